"""The other party across narration (issue 15): after a beat, the untagged answer to a tagged turn goes to the
latest earlier party a tag of its own or the exchange's alternation gave, never to a party another rule only
guessed for its turn (here the name the turn before addressed). Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote


def _scene(minute: str) -> str:
    return (
        '"Is the carriage at the door?" asked Emma.\n\n'
        '"It is, and where is my shawl?" asked Mrs. Weston.\n\n'
        '"Here it is," said Emma.\n\n'
        '"Thank you, my dear," said Mrs. Weston. "Are you coming with us, Harriet?"\n\n'
        f"{minute}\n\n"
        "The clock struck four, and the fire burned low in the grate.\n\n"
        '"We shall be late for the concert," said Emma.\n\n'
        '"Then let us go at once."\n'
    )


# Harriet's turn is hers only because the turn before addressed her: a guess, not carried across the beat.
GUESSED = _scene('"In a minute."')
# Harriet's own tag names her: she is the party Emma was talking with.
TAGGED = _scene('"In a minute," said Harriet.')


@pytest.mark.models
def test_a_guessed_party_is_passed_over_for_the_tagged_one(extractor: Extractor) -> None:
    r = extractor.extract(GUESSED)
    minute = _quote(r, "In a minute")
    assert minute.speaker is not None and minute.speaker.name == "Harriet"
    assert "addressed" in minute.rules  # the guess the gate passes over
    q = _quote(r, "Then let us go")
    assert q.speaker is not None and q.speaker.name == "Weston"
    assert "other_party" in q.rules


@pytest.mark.models
def test_a_party_its_own_tag_names_is_carried(extractor: Extractor) -> None:
    r = extractor.extract(TAGGED)
    q = _quote(r, "Then let us go")
    assert q.speaker is not None and q.speaker.name == "Harriet"
    assert "other_party" in q.rules
