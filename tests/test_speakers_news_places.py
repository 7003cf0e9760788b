"""Who said it, issue 11 (third round): words that stand in a text are the text's (``In dem Entwurf steht der
Passus: „…“``), on news sentences written for the purpose, end to end with the real Stanza pipeline. English
names such a source as the subject (``The letter read: "…"``), which the speech-verb rules already take; the
construction here is German."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import mention_of as _mention
from speaker_helpers import quote_starting as _quote

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Die Reform ist umstritten. Derzeit steht in dem Gesetzentwurf der Regierung noch der Passus: „Die "
            "gespeicherten Daten sind nach einem Jahr zu löschen.“",
            "Die gespeicherten Daten",
            "Gesetzentwurf",
        ),
        (
            "Der Verlag stellte seine Redaktion um. In der Zeitung fand sich dazu die Feststellung „Wir stellen "
            "unsere Produktion auf neue Beine“.",
            "Wir stellen unsere",
            "Zeitung",
        ),
        (
            "Die Stellen fallen weg. In einem Schreiben an die Mitarbeiter war von einem „vertrauensvollen und "
            "offenen Dialog“ die Rede.",
            "vertrauensvollen und offenen",
            "Schreiben",
        ),
        # ``geheißen``: the compact lemmatiser keeps the participle as the lemma of the impersonal verb
        (
            "Die Kämpfe gehen weiter. In einer Erklärung der Außenminister hatte es geheißen: „Es gibt keine "
            "militärische Lösung.“",
            "Es gibt keine",
            "Erklärung",
        ),
    ],
)
def test_words_that_stand_in_a_text_are_the_texts(extractor: Extractor, text: str, content: str, source: str) -> None:
    """The ``in`` phrase of ``stehen``, ``sich finden``, ``die Rede sein`` or an impersonal ``heißen`` names the
    text the words stand in."""
    assert source in _mention(_quote(extractor, text, content))


def test_a_person_who_finds_words_in_a_text_speaks_them(extractor: Extractor) -> None:
    """A person as the subject is the speaker, not the text the sentence mentions."""
    text = (
        "Der Bericht liegt vor. In dem Bericht fand der Minister Peter Hahn einen „schweren und folgenreichen "
        "Fehler“ der Behörde."
    )
    assert "Hahn" in _mention(_quote(extractor, text, "schweren und"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Partei fordert den Rücktritt des Präsidenten. Der Parteivorsitzende Peter Hahn begründete die "
            "Forderung damit, dass der Präsident „ohne Vernunft und verantwortungslos“ gehandelt habe.",
            "ohne Vernunft",
            "Hahn",
        ),
        (
            "Der Streit geht weiter. Seit August vertritt Anna Berger die These, dass die Reform „in der Ideologie "
            "der Partei angelegt“ sei.",
            "in der Ideologie",
            "Berger",
        ),
    ],
)
def test_a_konjunktiv_clause_below_a_person_reports_that_person(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """A quote in a Konjunktiv-I clause under a main clause whose subject is a person is that person's view, not
    that of the person the clause is about nor of the last speaker before (German: English marks no mood)."""
    assert speaker in _mention(_quote(extractor, text, content))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Zeitung berichtete über den Geheimdienst. Die Bundesregierung hatte den Bericht der Zeitung umgehend "
            "als „völlig falsch und haltlos“ zurückgewiesen.",
            "völlig falsch",
            "Bundesregierung",
        ),
    ],
)
def test_an_active_perfect_subject_labels_what_it_rejects(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """``hatte … als „…“ zurückgewiesen``: the auxiliary of an active perfect shows that a subject the parse marks
    passive is the one who labels, not a patient whose agent is missing. (English reports such a fragment as part
    of its statement, ``LanguageProfile.fragment_quotes``, whose speaker the reported-speech rules find.)"""
    assert speaker in _mention(_quote(extractor, text, content))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Viele gratulierten, so der Ministerpräsident Paolo Rossi, die Leiterin der Behörde, Anna Berger („Niemand "
            "hat diese Ehre mehr verdient.“), und der Bürgermeister.",
            "Niemand hat",
            "Berger",
        ),
        (
            "Many leaders congratulated him, among them Prime Minister Paolo Rossi, the agency head Anna Berger "
            '("Nobody has deserved this honour more."), and the mayor.',
            "Nobody has",
            "Berger",
        ),
    ],
)
def test_a_quotation_in_brackets_after_a_name_is_that_persons(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """A quotation filling a bracket right after a person's name is that person's, not the list's tag."""
    assert speaker in _mention(_quote(extractor, text, content))
