"""A name is a name across its document, and narration that only introduces a quotation is nobody's words
(issue 11, false spans in German news).

End to end on sentences written for the purpose, parsed by the shared compact models:

* a stretch named once (``der Suchseite „Gesuchte Kinder“``) is a name where it recurs without naming words;
* a stretch listed next to a name (``„Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“``) is one too;
* a short stretch that opens its sentence right before a colon labels who speaks next in an interview;
* a reported statement that ends inside a quotation opened after a colon (``X äußerte sich: „…“, sagte er``) is
  the quotation's introduction, not a statement: only the quotation is reported.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor


def _quoted(extractor: Extractor, text: str) -> list[str]:
    return [q.text.strip() for q in extractor.extract(text).quotes if q.kind.value in ("direct", "mixed")]


NAMED_ELSEWHERE = [
    # named once by its naming noun, then the subject of a sentence
    "Die Polizei fand den Jungen über die Suchseite „Gesuchte Kinder“. „Gesuchte Kinder“ stellt seit Jahren Fotos "
    "vermisster Kinder ins Internet.",
    'The boy was found through the website "Missing Kids Today". "Missing Kids Today" posts photos of children '
    "every week.",
    # listed next to a title
    "Delmare spielte in vielen Filmen mit, so in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“.",
    'He starred in many films, such as "The Long Voyage Home" or "Nobody Dies Alone" in the fifties.',
]


@pytest.mark.models
@pytest.mark.parametrize("text", NAMED_ELSEWHERE)
def test_a_name_recurring_or_listed_beside_a_name_is_no_quotation(extractor: Extractor, text: str) -> None:
    assert _quoted(extractor, text) == []


INTERVIEW_LABELS = [
    # the speech verbs after the colons are the interview's words, not evidence that the labels are
    "„Wikinews“: Was sagen Sie zu dem Gesetz? „Pau“: Ich sage Ihnen, es ist falsch.",
    '"Reporter": What do you say to the bill? "Smith": I say it is wrong.',
]


@pytest.mark.models
@pytest.mark.parametrize("text", INTERVIEW_LABELS)
def test_a_label_before_a_colon_names_who_speaks(extractor: Extractor, text: str) -> None:
    assert _quoted(extractor, text) == []


INTRODUCED_QUOTATIONS = [
    (
        "Besorgt äußerte sich auch der Vorsitzende der Initiative, Wolfgang Grader, zu den Vorgängen: "
        "„Wir befürchten das Schlimmste“, sagte er am Montag.",
        "Wir befürchten das Schlimmste",
        "Besorgt",
    ),
    (
        "Da Frankfurt die letzten sieben Spiele gewann, war Trainer Thomas Schaaf zufrieden: „Ein guter Start“, "
        "sagte er zur Sportschau.",
        "Ein guter Start",
        "Frankfurt",
    ),
    (
        'The coach was happy after seven wins in a row: "It was a good start for us," he told reporters.',
        "It was a good start for us,",
        "coach",
    ),
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "quote", "narration"), INTRODUCED_QUOTATIONS)
def test_narration_introducing_a_quotation_is_no_statement(
    extractor: Extractor, text: str, quote: str, narration: str
) -> None:
    result = extractor.extract(text)
    assert [q.text.strip() for q in result.quotes if q.kind.value == "direct"] == [quote]
    assert not any(narration in q.text for q in result.quotes)


SCARE_QUOTES_IN_STATEMENTS = [
    # a short stretch with no speech verb in its sentence is dropped as a scare quote, unless a reported
    # statement holds it: then it is the statement's quoted fragment (German news reports fragments)
    ("Der Polizei zufolge soll der Mann „unangemessene Fragen“ an die Schülerin gestellt haben.", "Polizei"),
    ("Nach Angaben der Polizei soll der Mann dabei „unangemessene Fragen“ gestellt haben.", "Polizei"),
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "speaker"), SCARE_QUOTES_IN_STATEMENTS)
def test_a_scare_quote_inside_a_statement_is_its_fragment(extractor: Extractor, text: str, speaker: str) -> None:
    fragments = [q for q in extractor.extract(text).quotes if q.text.strip() == "unangemessene Fragen"]
    assert [q.kind.value for q in fragments] == ["mixed"]
    assert fragments[0].speaker is not None and speaker in fragments[0].speaker.name


@pytest.mark.models
def test_english_statements_keep_their_scare_quotes_inside(extractor: Extractor) -> None:
    # PolNeAR-style English news marks the statement only: the fragment is not reported on its own
    quotes = extractor.extract('According to the police, the man asked the girl "improper questions" after school.')
    assert not any(q.text.strip() == "improper questions" for q in quotes.quotes)
    assert any("improper questions" in q.text for q in quotes.quotes)


@pytest.mark.models
def test_a_tagged_stretch_is_words_though_named_elsewhere(extractor: Extractor) -> None:
    text = "Im Dorf hieß das alte Spiel der Kinder »Tööf still«. »Tööf still«, sagte der Meister und ging hinaus."
    assert _quoted(extractor, text) == ["Tööf still"]
