"""A turn left without a speaker after the chain takes the party of its run an even number of turns away, when the
run's turns with a speaker name exactly two parties (issue 15, :meth:`TurnTakingSieve.fill_from_neighbours`).
Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote

# An exchange makes the document a dialogue; two narration paragraphs reset it, so the first turn after them has
# no rule that answers it during the chain (no tag, no address, no later tag an even number of turns ahead); the
# turn two after it is answered only by the other-party search, which runs when that turn comes.
_HEAD = (
    '"Is the kettle on?" asked Marilla.\n\n'
    '"Not yet," said Anne.\n\n'
    '"Then put it on."\n\n'
    '"I will."\n\n'
    "The afternoon wore on slowly.\n\n"
    "The kettle began to sing on the stove at last.\n\n"
)
TWO_PARTIES = (
    _HEAD + '"There, it is boiling now."\n\n"Shall I make the tea?" said Anne.\n\n"If you like."\n\n'
    '"Yes, please," said Anne.\n'
)
# The odd turns name two people: the run has three parties, and no parity holds.
THIRD_PARTY = (
    _HEAD + '"There, it is boiling now."\n\n"Shall I make the tea?" said Anne.\n\n"If you like."\n\n'
    '"Yes, please," said Diana.\n'
)
# Narration right after the turn: it has no run to read.
BROKEN = (
    _HEAD + '"There, it is boiling now."\n\nShe took the cups down from the shelf.\n\n'
    '"Shall I make the tea?" said Anne.\n\n"If you like."\n\n"Yes, please," said Anne.\n'
)
GERMAN = (
    "»Kocht das Wasser schon?« fragte Marilla.\n\n"
    "»Noch nicht«, sagte Anne.\n\n"
    "»Dann setz es auf.«\n\n"
    "»Mach ich.«\n\n"
    "Der Nachmittag verging langsam.\n\n"
    "Endlich begann der Kessel auf dem Herd zu singen.\n\n"
    "»So, jetzt kocht es.«\n\n"
    "»Soll ich den Tee machen?« sagte Anne.\n\n"
    "»Wenn du willst.«\n\n"
    "»Ja, gern«, sagte Anne.\n"
)


@pytest.mark.models
def test_a_turn_without_speaker_takes_the_even_party_of_its_run(extractor: Extractor) -> None:
    r = extractor.extract(TWO_PARTIES)
    q = _quote(r, "There, it is")
    assert q.speaker is not None and q.speaker.name == "Marilla", (q.speaker, q.rules)
    assert "neighbour_parity" in q.rules
    # the turns that had answers keep them
    assert _quote(r, "If you like").speaker is not None
    assert "neighbour_parity" not in _quote(r, "If you like").rules


@pytest.mark.models
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(THIRD_PARTY, id="the_run_names_a_third_party"),
        pytest.param(BROKEN, id="across_narration"),
    ],
)
def test_no_parity(extractor: Extractor, text: str) -> None:
    q = _quote(extractor.extract(text), "There, it is")
    assert "neighbour_parity" not in q.rules
    assert q.speaker is None


@pytest.mark.models
def test_german_turn_without_speaker_takes_the_even_party(extractor: Extractor) -> None:
    q = _quote(extractor.extract(GERMAN), "So, jetzt")
    assert q.speaker is not None and q.speaker.name == "Marilla", (q.speaker, q.rules)
    assert "neighbour_parity" in q.rules
