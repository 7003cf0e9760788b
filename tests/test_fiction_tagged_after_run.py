"""A party that joins a dialogue untagged and is named only when it speaks again after the run (issue 15): the
first name tag within a few paragraphs after the run, of no party of the run, speaks the turns nothing before
names. Passages written for these tests, English and German, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.attribution.dialogue import AFTER_RUN_PARAGRAPHS
from quotekit.models import ExtractionResult, Quote


def _quote(result: ExtractionResult, start: str) -> Quote:
    return next(q for q in result.quotes if q.text.startswith(start))


def _scene(after: str, beats: int = 1) -> str:
    narration = "\n\n".join(["The bell rang below, and the maid came up with the letters."] * beats)
    return (
        "Lucy sat by the window with her book.\n\n"
        '"Is it still raining?" said Lucy.\n\n'
        '"Not at all."\n\n'
        '"Then we might walk to the church."\n\n'
        '"Not today; the road is all mud."\n\n'
        f"{narration}\n\n"
        f"{after}\n"
    )


# The party speaks again after a beat, tagged with a name: that name for the untagged turns.
NAMED_AFTER = _scene('"There is one from Florence," said Charlotte.')
# The name after the run is the run's own party: nothing to say about the other one.
RUN_PARTY = _scene('"There is one from Florence," said Lucy.')
# Only a pronoun tag after the run.
PRONOUN_AFTER = _scene('"There is one from Florence," she said.')
# The name tag comes after more narration paragraphs than the rule reads: another scene.
FAR_AFTER = _scene('"There is one from Florence," said Charlotte.', beats=AFTER_RUN_PARAGRAPHS + 1)

GERMAN = (
    "Grete saß mit ihrem Buch am Fenster.\n\n"
    "»Regnet es noch?« fragte Grete.\n\n"
    "»Nicht mehr.«\n\n"
    "»Dann könnten wir zur Kirche gehen.«\n\n"
    "»Heute nicht, der Weg ist voller Schlamm.«\n\n"
    "Unten läutete die Glocke, und die Magd brachte die Briefe herauf.\n\n"
    "»Einer ist aus Florenz«, sagte Charlotte.\n"
)


@pytest.mark.models
def test_the_first_name_tag_after_the_run_speaks_its_unnamed_turns(extractor: Extractor) -> None:
    r = extractor.extract(NAMED_AFTER)
    q = _quote(r, "Not at all")
    assert q.speaker is not None and q.speaker.name == "Charlotte"
    assert "tagged_after_run" in q.rules
    back = _quote(r, "Then we might")
    assert back.speaker is not None and back.speaker.name == "Lucy"
    later = _quote(r, "Not today")  # alternation carries it on
    assert later.speaker is not None and later.speaker.name == "Charlotte"


@pytest.mark.models
@pytest.mark.parametrize("text", [RUN_PARTY, PRONOUN_AFTER, FAR_AFTER])
def test_no_party_from_the_runs_own_speaker_a_pronoun_or_a_tag_far_away(extractor: Extractor, text: str) -> None:
    r = extractor.extract(text)
    for start in ("Not at all", "Not today"):
        q = _quote(r, start)
        assert "tagged_after_run" not in q.rules
        assert q.speaker is None or q.speaker.name != "Charlotte"


@pytest.mark.models
def test_german_name_tag_after_the_run(extractor: Extractor) -> None:
    r = extractor.extract(GERMAN)
    q = _quote(r, "Nicht mehr")
    assert q.speaker is not None and q.speaker.name == "Charlotte"
    assert "tagged_after_run" in q.rules
