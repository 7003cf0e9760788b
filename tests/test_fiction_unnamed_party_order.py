"""Which search names a party no tag of the run names (issue 15): the first name that tags a quotation after the
run comes before a speaking character the closing narration merely mentions. Passages written for these tests,
real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote


def _scene(after: str) -> str:
    # Mr. Beebe tags a quotation only far after the run, so he is a speaking character of the passage whom the
    # closing narration names, but no name tag near the run
    beats = "\n\n".join(["The rain had stopped, and the garden dripped in the sun."] * 6)
    return (
        "Lucy sat by the window with her book.\n\n"
        '"Is it still raining?" said Lucy.\n\n'
        '"Not at all."\n\n'
        '"Then we might walk to the church."\n\n'
        '"Not today; the road is all mud."\n\n'
        "Mr. Beebe was seen passing under the window with his umbrella.\n\n"
        f"{after}\n\n"
        f"{beats}\n\n"
        '"Good evening," said Mr. Beebe.\n'
    )


# The party speaks again right after the closing narration, tagged with a name: that name, not the one the
# narration mentions.
NAMED_AFTER = _scene('"There is one from Florence," said Charlotte.')
# The tag after the run names the run's own party: the closing narration's character stays the answer.
RUN_PARTY = _scene('"There is one from Florence," said Lucy.')
# Only a pronoun tag after the run: likewise.
PRONOUN_AFTER = _scene('"There is one from Florence," she said.')


@pytest.mark.models
def test_a_name_tag_after_the_run_before_the_closing_narrations_character(extractor: Extractor) -> None:
    r = extractor.extract(NAMED_AFTER)
    q = _quote(r, "Not at all")
    assert q.speaker is not None and q.speaker.name == "Charlotte"
    assert "tagged_after_run" in q.rules
    later = _quote(r, "Not today")  # alternation carries it on
    assert later.speaker is not None and later.speaker.name == "Charlotte"


@pytest.mark.models
@pytest.mark.parametrize("text", [RUN_PARTY, PRONOUN_AFTER])
def test_the_closing_narration_when_no_new_name_tags_after_the_run(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text)
    q = _quote(r, "Not at all")
    assert "tagged_after_run" not in q.rules
    assert q.speaker is not None and q.speaker.name == "Beebe"
    assert "closing_narration" in q.rules
