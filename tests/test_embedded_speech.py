"""Extent of the speech a character reports inside their own quotation (``Extractor(embedded=True)``): where a
speech or thought clause starts and ends, and which clauses are a tag rather than reported speech. German
passages written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import Quote


def _inner(ex: Extractor, text: str) -> list[str]:
    return [q.text for q in ex.extract(text).quotes if q.within is not None]


def _inner_quotes(ex: Extractor, text: str) -> list[Quote]:
    return [q for q in ex.extract(text).quotes if q.within is not None]


@pytest.mark.models
def test_a_speech_clause_ends_where_a_coordinated_clause_begins(embedded_extractor: Extractor) -> None:
    """``Dann schwieg sie wieder`` and not the clause joined to it by ``und``, which reports nothing."""
    text = (
        "Sie sah ihn lange an. »Wochenlang redete sie von nichts anderem. Dann schwieg sie wieder und kam des "
        "Abends nicht mehr her«, sagte Paul."
    )
    inner = _inner_quotes(embedded_extractor, text)
    assert "Dann schwieg sie wieder" in [q.text for q in inner]
    assert not any("kam des Abends" in q.text for q in inner)
    quiet = next(q for q in inner if q.text == "Dann schwieg sie wieder")
    assert quiet.speaker is not None and quiet.speaker.mention.text == "sie"


@pytest.mark.models
def test_a_dislocated_object_opens_the_thought_clause(embedded_extractor: Extractor) -> None:
    """``Die Geschichte …, die weißt du nicht``: what is known stands before the comma and is taken up by the
    demonstrative, so the clause opens with it; the same verb with a relative clause's order keeps its start."""
    text = (
        "»Aber Grete, woher weißt du nur das alles? Die Geschichte von der großen Tangerschlacht und von dem "
        "Tangermünder Schatze, die weißt du nicht, und die von dem Pastor weißt du so genau!«"
    )
    inner = _inner(embedded_extractor, text)
    assert "Die Geschichte von der großen Tangerschlacht und von dem Tangermünder Schatze, die weißt du nicht" in inner
    # with the mark that ends it, as Redewiedergabe marks the segment (the scorer trims only . , ; :)
    assert "die von dem Pastor weißt du so genau!" in inner


@pytest.mark.models
def test_a_tag_with_its_auxiliary_first_reports_nothing(embedded_extractor: Extractor) -> None:
    """``…, hat der Fuchs gemeint, …`` inside a quotation tags the saying before it (a fable quoted), in tag
    order: finite verb first, speaker, speech verb last. It is no speech clause of its own."""
    text = (
        "»Er läßt?« fragte der Alte höhnisch. »Ja, sie sind sauer, hat der Fuchs gemeint, wie die Trauben zu hoch "
        "haben gehängt.«"
    )
    assert not any("Fuchs" in t for t in _inner(embedded_extractor, text))


@pytest.mark.models
def test_reported_content_inside_a_quotation_ends_at_a_semicolon(embedded_extractor: Extractor) -> None:
    """The parse runs the content of ``wie er sagte, um …`` on past the semicolon into the speaker's own words."""
    text = (
        "»Der Vater ist zur Stadt, wie er sagte, um deinem Vater irgend etwas anzuhängen; aber hereinkommen kannst "
        "du nicht«, flüsterte das Mädchen."
    )
    inner = _inner(embedded_extractor, text)
    assert "um deinem Vater irgend etwas anzuhängen" in inner
    assert not any("hereinkommen" in t for t in inner)


@pytest.mark.models
def test_a_clause_that_fills_its_quotation_is_reported(embedded_extractor: Extractor) -> None:
    """``»Wir reden natürlich nicht davon«, sagte sie``: the holder's own closing mark ends the clause and frames
    nothing (only a nested quotation's opening mark does, ``und sagte ›…‹``); Redewiedergabe marks the clause as
    speech reported at the next level, beside the quotation."""
    text = (
        "Ich hörte nur, daß jetzt die ältere Schwester der jüngeren beistimmte. »Wir reden natürlich nicht davon«, "
        "sagte sie, »aber ins Haus nehmen, das geht nicht.«"
    )
    inner = _inner_quotes(embedded_extractor, text)
    said = next(q for q in inner if q.text == "Wir reden natürlich nicht davon")
    assert said.speaker is not None and said.speaker.mention.text == "Wir"


@pytest.mark.models
def test_words_after_a_speech_clause_and_a_colon_are_reported(embedded_extractor: Extractor) -> None:
    """``Das hat sie uns alles selbst erzählt: wie …``: a clause of speaking that ends in a colon frames the words
    after it, which have no marks of their own; they are the inner speaker's, up to the end of the sentence."""
    text = (
        "Die Magd kam herein. »Das hat sie uns später alles selbst erzählt: wie der weißhaarige Alte in "
        "Seziermantel und schwarzer Samtmütze vor seinem Frühstück saß.«"
    )
    told = next(q for q in _inner_quotes(embedded_extractor, text) if "weißhaarige" in q.text)
    assert told.text.endswith("vor seinem Frühstück saß.")
    assert "erzählt" not in told.text
    assert told.speaker is not None and told.speaker.mention.text == "sie"
