"""Who speaks in the speech a character reports inside their own quotation (``Extractor(embedded=True)``), and
the extent of a speech clause that is a whole sentence of it. German passages written for these tests, run
through the real pipeline."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import Quote


def _inner(ex: Extractor, text: str, words: str) -> Quote:
    """The statement inside a quotation whose text contains ``words``; it follows the quotation holding it."""
    quotes = ex.extract(text).quotes
    found = [(i, q) for i, q in enumerate(quotes) if q.within is not None and words in q.text]
    assert found, [q.text for q in quotes]
    i, q = found[0]
    assert q.within is not None and q.within < i
    return q


def _speaker(q: Quote) -> str | None:
    return q.speaker.mention.text if q.speaker is not None else None


@pytest.mark.models
def test_a_whole_question_keeps_its_question_mark_and_follows_its_quotation(embedded_extractor: Extractor) -> None:
    """``Hat sie schon gerufen?`` is both the mother's quotation and the owl's speech she asks about
    (Redewiedergabe's level-1 segment and its level-2 twin): the statement has the quotation's extent, mark
    included, and comes after it."""
    text = "Die Eule saß auf dem Dach. »Hat sie schon gerufen?« fragte die Mutter."
    inner = _inner(embedded_extractor, text, "gerufen")
    assert inner.text == "Hat sie schon gerufen?"
    assert _speaker(inner) == "sie"


@pytest.mark.models
def test_a_whole_question_keeps_its_opening_coordinator(embedded_extractor: Extractor) -> None:
    text = "Hugo lachte. »Und das alles sagst du im Ernst?« fragte er."
    inner = _inner(embedded_extractor, text, "sagst")
    assert inner.text == "Und das alles sagst du im Ernst?"
    assert _speaker(inner) == "du"


@pytest.mark.models
def test_a_fronted_object_is_no_speaker(embedded_extractor: Extractor) -> None:
    """The compact parse makes both ``Die Worte`` and ``ich`` subjects; the person speaks."""
    text = "Die Frau seufzte. »Die Worte hab ich nimmer vergessen können«, sagte die Alte."
    assert _speaker(_inner(embedded_extractor, text, "vergessen")) == "ich"


@pytest.mark.models
def test_a_coordinated_speech_clause_takes_the_first_clause_s_subject(embedded_extractor: Extractor) -> None:
    text = "Grete weinte. »Aber ich gab ihm keine Antwort und wiederholte nur alles«, sagte sie."
    inner = _inner(embedded_extractor, text, "wiederholte")
    assert inner.text == "wiederholte nur alles"
    assert _speaker(inner) == "ich"


@pytest.mark.models
def test_an_infinitive_speech_clause_takes_the_governing_subject(embedded_extractor: Extractor) -> None:
    text = "Der Bauer stand auf. »Ich kann euch nicht auflösen, ohne euch Lebewohl zu sagen«, sprach er."
    inner = _inner(embedded_extractor, text, "Lebewohl")
    assert inner.text == "ohne euch Lebewohl zu sagen"
    assert _speaker(inner) == "Ich"


@pytest.mark.models
def test_the_one_spoken_to_is_no_inner_speaker(embedded_extractor: Extractor) -> None:
    """``dir`` is who is sentenced, and the parse tags it nominative; nobody in the clause speaks."""
    text = "»Schon versammeln sich die Feen, um dir das Todesurteil zu sprechen«, rief die Königin."
    assert _speaker(_inner(embedded_extractor, text, "Todesurteil")) != "dir"


@pytest.mark.models
def test_a_preposition_without_zu_opens_no_infinitive_clause(embedded_extractor: Extractor) -> None:
    """``um was`` is the object of ``fragen``, not ``um … zu``: the clause keeps its subject."""
    text = "Der Waldbauer wendete sich gegen den Knecht und sagte: »Du, ich muß dich um was fragen, Stephan.«"
    inner = _inner(embedded_extractor, text, "fragen")
    assert inner.text == "ich muß dich um was fragen"
    assert _speaker(inner) == "ich"


@pytest.mark.models
def test_a_capitalised_verb_of_knowing_opens_a_question(embedded_extractor: Extractor) -> None:
    """``Weißt`` opening the question is tagged a noun; with ``du`` right after it, it is the verb."""
    text = "Der Knecht schwieg. »Weißt du es gewiß?« fragte der Waldbauer."
    inner = _inner(embedded_extractor, text, "gewiß")
    assert inner.text == "Weißt du es gewiß?"
    assert _speaker(inner) == "du"


@pytest.mark.models
def test_a_nested_quotation_takes_no_speech_verb_from_an_earlier_clause(embedded_extractor: Extractor) -> None:
    """``flüstert sie mir zu, und als die andere just den Kopf wendet: ›Herr Jesus!‹``: the whispering, two
    clauses back, is not the nested quotation's tag (its own, ``ruf ich``, is a form the cue lists lack), so the
    quotation gets no speaker from it and, as a nested quotation without one, is not written."""
    text = (
        "Die Alte lachte. »Frau Geyers, flüstert sie mir zu, und als die andere just den Kopf wendet: ›Herr Jesus!‹ "
        "ruf ich, ›und da ist auch die Anna!‹ So war es«, erzählte die Magd."
    )
    nested = {q.text: _speaker(q) for q in embedded_extractor.extract(text).quotes if q.within is not None}
    assert nested.get("Herr Jesus!", "ich") == "ich"


def _nested(ex: Extractor, text: str, words: str) -> Quote:
    """The quotation inside a quotation whose text contains ``words``."""
    found = [q for q in ex.extract(text).quotes if q.within is not None and q.kind == "direct" and words in q.text]
    assert found, [q.text for q in ex.extract(text).quotes]
    return found[0]


@pytest.mark.models
def test_an_object_is_no_inner_speaker(embedded_extractor: Extractor) -> None:
    """The parse gives ``deinem Vater`` the object's case; the subject ``Ich`` speaks (the parse may hang it on
    an adverb it makes a clause)."""
    text = "Der Pfarrer sah mich an. »Ich habe einstweilen deinem Vater nichts gesagt«, sprach er streng."
    assert _speaker(_inner(embedded_extractor, text, "gesagt")) == "Ich"


@pytest.mark.models
def test_a_nested_quotation_s_speaker_is_no_object(embedded_extractor: Extractor) -> None:
    """``so schrie man mir nach ›…‹``: ``mir`` is who was shouted at; ``man`` shouted."""
    text = (
        "»Kleidete ich mich nach meinem Stande, so schrie man mir nach ›Seht die Übermütige!‹ Das ertrug ich "
        "nicht«, klagte sie."
    )
    assert _speaker(_nested(embedded_extractor, text, "Übermütige")) == "man"


@pytest.mark.models
def test_a_speech_clause_keeps_its_subordinator_after_the_tag(embedded_extractor: Extractor) -> None:
    """``»als hörte ich …«`` opens the quotation's stretch after the tag: the segment keeps ``als``, as
    Redewiedergabe marks it, and so has the extent of the quotation's own segment."""
    text = "Der Alte stand still. »Mir war«, sagte der Alte, »als hörte ich den Junker Kuno meinen Namen rufen.«"
    inner = _inner(embedded_extractor, text, "Namen")
    assert inner.text.startswith("als hörte")


@pytest.mark.models
def test_a_frame_before_a_colon_takes_its_conjunct_s_subject(embedded_extractor: Extractor) -> None:
    text = (
        "Grete erzählte weiter. »Als ich sah, daß er sich sorgte, da faßt ich mir ein Herz und fragt ihn: was er "
        "wohl mein'. Er schwieg lange.«"
    )
    assert _speaker(_inner(embedded_extractor, text, "mein")) == "ich"


@pytest.mark.models
def test_a_clause_without_subject_takes_the_governing_noun(embedded_extractor: Extractor) -> None:
    """``Freund`` is in no role list; as the subject of the clause the speech clause hangs on, it speaks."""
    text = (
        "»Ein Freund, der sich unserer Lage erbarmte, hat uns einen Paß und Geld verschafft, mich an Euch "
        "angewiesen. Nun helft mir!«, bat der Fremde."
    )
    assert _speaker(_inner(embedded_extractor, text, "angewiesen")) == "Ein Freund"


@pytest.mark.models
def test_a_nominative_after_the_governing_verb_speaks(embedded_extractor: Extractor) -> None:
    """The parse makes ``die Feen`` an object of ``versammeln``, but marks it nominative and gives the verb no
    subject: the fairies pronounce the sentence."""
    text = "»Hör gut zu. Schon versammeln sich die Feen, um dir das Todesurteil zu sprechen.« Die Fliege flog davon."
    assert _speaker(_inner(embedded_extractor, text, "Todesurteil")) == "die Feen"


@pytest.mark.models
def test_a_coordinator_hung_on_the_clause_s_subject_bounds_it(embedded_extractor: Extractor) -> None:
    text = "»Man nehme sie heraus und die Landschaft will nichts mehr sagen«, meinte der Maler."
    inner = _inner(embedded_extractor, text, "Landschaft")
    assert inner.text.startswith("die Landschaft")
    assert _speaker(inner) == "die Landschaft"
