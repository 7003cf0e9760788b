"""Parity from a pair of name-tagged turns (issue 15): two adjacent later turns of an unbroken run, tagged with two
different names, fix the run's two parties for turns that alternation would carry from a nominal tag or a guess.
Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote


def _run(first_tag: str, before_pair: str = "") -> str:
    return (
        "Robert rowed the boat across the bay, and the girl from the island sat in the bow.\n\n"
        f'"Why does she look at me like that?" {first_tag}\n\n'
        '"Maybe she thinks you are pretty."\n\n'
        '"Is she your sweetheart?"\n\n'
        '"She is a married lady, with two children."\n\n'
        '"Oh! Does she understand what we say?"\n\n'
        '"Hush!"\n\n'
        '"Are those two over there married?"\n\n'
        f"{before_pair}"
        '"Of course not," laughed Robert.\n\n'
        '"Of course not," echoed Mariequita.\n'
    )


# The run opens with a nominal tag: the name-tagged pair at its end gives both parties.
NOMINAL_SOURCE = _run("asked the girl.")
# The run opens with a name tag: alternation carries it, the pair is not read.
NAME_SOURCE = _run("asked Edna.")
# A narration paragraph before the pair: the pair is outside the run.
BROKEN = _run("asked the girl.", "The sun was high, and the breeze had dropped.\n\n")
# German: the run opens with a nominal tag too.
GERMAN = (
    "Konrad ruderte das Boot über die Bucht, und das Mädchen von der Insel saß vorne.\n\n"
    "»Warum sieht sie mich so an?« fragte das Mädchen.\n\n"
    "»Vielleicht findet sie dich hübsch.«\n\n"
    "»Ist sie deine Liebste?«\n\n"
    "»Sie ist verheiratet und hat zwei Kinder.«\n\n"
    "»Versteht sie, was wir sagen?«\n\n"
    "»Still!«\n\n"
    "»Sind die beiden dort drüben verheiratet?«\n\n"
    "»Natürlich nicht«, sagte Konrad.\n\n"
    "»Natürlich nicht«, wiederholte Sanna.\n"
)


@pytest.mark.models
def test_a_named_pair_fixes_a_run_carried_from_a_nominal_tag(extractor: Extractor) -> None:
    r = extractor.extract(NOMINAL_SOURCE)
    for start, name in (
        ("Maybe she thinks", "Robert"),
        ("Is she your", "Mariequita"),
        ("She is a married", "Robert"),
        ("Oh! Does she", "Mariequita"),
        ("Hush", "Robert"),
        ("Are those two", "Mariequita"),
    ):
        q = _quote(r, start)
        assert q.speaker is not None and q.speaker.name == name, (start, q.speaker, q.rules)
    assert "named_pair" in _quote(r, "Is she your").rules


@pytest.mark.models
def test_a_name_tag_source_keeps_alternation(extractor: Extractor) -> None:
    r = extractor.extract(NAME_SOURCE)
    q = _quote(r, "Is she your")
    assert "named_pair" not in q.rules
    assert q.speaker is not None and q.speaker.name == "Edna"
    assert "two_turns_back" in q.rules


@pytest.mark.models
def test_no_pair_across_narration(extractor: Extractor) -> None:
    r = extractor.extract(BROKEN)
    for start in ("Maybe she thinks", "Is she your", "Oh! Does she"):
        assert "named_pair" not in _quote(r, start).rules


@pytest.mark.models
def test_a_named_pair_in_german(extractor: Extractor) -> None:
    r = extractor.extract(GERMAN)
    for start, name in (("Vielleicht", "Konrad"), ("Ist sie", "Sanna"), ("Still", "Konrad"), ("Sind die", "Sanna")):
        q = _quote(r, start)
        assert q.speaker is not None and q.speaker.name == name, (start, q.speaker, q.rules)
