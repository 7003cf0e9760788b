"""A tag carried down a dialogue by turn-taking speaks as it was resolved for its own turn (issue 15): resolved
again at the carrying turn, a pronoun read that turn's neighbours and became the other party. Passages written for
these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import ExtractionResult, Quote


def _quote(result: ExtractionResult, start: str) -> Quote:
    return next(q for q in result.quotes if q.text.startswith(start))


# ``she added`` is Mrs. Gardiner (the narration's subject); the next turn addresses Elizabeth, who then is a
# speaker in the paragraph of ``she``, and ``she`` resolved again two turns on took her.
AUNT_AND_NIECE = (
    "Mrs. Gardiner then teased her niece about the long journey, and praised her for bearing it so well.\n\n"
    '"But, my dear Elizabeth," she added, "what sort of girl is Miss King? I should be sorry to think him '
    'careless."\n\n'
    '"Pray, my dear aunt, what is the difference between the careless and the prudent motive?"\n\n'
    '"If you will only tell me what sort of girl Miss King is, I shall know what to think."\n\n'
    '"She is a very good kind of girl, I believe."\n\n'
    '"But he paid her no attention at all until last winter."\n\n'
    '"Then he was wiser than I thought," she replied.\n'
)


@pytest.mark.models
def test_a_carried_pronoun_tag_keeps_its_own_turns_resolution(extractor: Extractor) -> None:
    r = extractor.extract(AUNT_AND_NIECE)
    own = _quote(r, "But, my dear Elizabeth")
    assert own.speaker is not None and own.speaker.name == "Gardiner"
    for start in ("If you will only", "But he paid"):
        q = _quote(r, start)
        assert "two_turns_back" in q.rules
        assert q.speaker is not None and q.speaker.mention.start == own.speaker.mention.start
        assert q.speaker.name == "Gardiner" and q.speaker.entity == own.speaker.entity


@pytest.mark.models
def test_a_new_pronoun_tag_is_resolved_at_its_own_turn(extractor: Extractor) -> None:
    r = extractor.extract(AUNT_AND_NIECE)
    q = _quote(r, "Then he was wiser")
    own = _quote(r, "But, my dear Elizabeth")
    # its own ``she`` (another mention): resolved where it stands, not taken from the earlier tag
    assert q.speaker is not None and q.speaker.mention.start != own.speaker.mention.start  # type: ignore[union-attr]
    assert q.rules[0] == "syntactic" and "two_turns_back" not in q.rules
