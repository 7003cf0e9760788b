"""German reported speech (issue 12): verb-final speech verbs, ``wie``-clauses and source phrases inside a clause.

End to end on the shared models, positive and negative cases on sentences written for the test. A sentence with
a speech verb only in a verb-final clause (``wie die Feuerwehr mitteilte``) must be selected for parsing; a
source phrase after the finite verb (``waren nach Behördenangaben …``) ends with its noun phrase.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.extractor import StageTimes
from quotekit.lexicon import cue_entries, report_surface_pattern, surface_forms
from reported_helpers import reporting, statements


def test_a_particle_verb_has_its_joined_finite_forms() -> None:
    by = {e.lemma: e for e in cue_entries("de")}
    assert {"mitteilte", "mitteilten", "mitteilt"} <= surface_forms(by["mitteilen"])
    assert {"bekanntgab", "bekanntgaben"} <= surface_forms(by["bekanntgeben"])  # irregular, joined
    assert "hinwies" in surface_forms(by["hinweisen"])
    # a verb without a particle gains nothing joined
    assert surface_forms(by["sagen"]) == {"sagen", "sage", "sagst", "sagt", "sagte", "sagten", "sagtet", "gesagt"}


def test_a_verb_final_speech_verb_selects_its_sentence() -> None:
    pattern = report_surface_pattern("de")
    assert pattern.search("Wie die Feuerwehr am Abend mitteilte, sind zwei Frauen geborgen worden.")
    assert pattern.search("Wie der Konzern bekanntgab, wird das Werk geschlossen.")
    assert not pattern.search("Wie die Feuerwehr am Abend eintraf, waren zwei Frauen schon geborgen.")


@pytest.mark.models
def test_a_wie_clause_with_a_verb_final_particle_verb_is_reported(extractor: Extractor) -> None:
    text = (
        "Der Bahnhof war am Montag geschlossen. Die Züge fuhren nicht. "
        "Wie die Feuerwehr am Abend mitteilte, sind aus den Trümmern zwei Frauen geborgen worden."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert ("sind aus den Trümmern zwei Frauen geborgen worden.", "die Feuerwehr", "indirect_as") in found


@pytest.mark.models
def test_a_long_wie_clause_opening_with_its_subject_is_reported(extractor: Extractor) -> None:
    text = (
        "Wie der Weltverband FIFA in der Nacht bekanntgegeben hat, wird die Fußball-Weltmeisterschaft 2006 doch "
        "nicht in Deutschland stattfinden."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert any(c.startswith("wird die Fußball-Weltmeisterschaft") and s == "der Weltverband FIFA" for c, s, _ in found)


@pytest.mark.models
def test_a_question_of_degree_with_wie_is_not_reported(extractor: Extractor) -> None:
    text = "Wie viele Menschen in der Stadt in der Nacht gesagt haben, ist bis heute unklar."
    assert statements(reporting(extractor, "de").extract(text)) == []


# (text, content, speaker) of a source phrase, each found by indirect_according_to:
# - a phrase after the finite verb ends with its noun phrase (``waren nach Behördenangaben 62 Personen``);
# - a ``so`` tag reports what precedes it, at the end or in the middle of the sentence;
# - a study or report after ``nach`` is a source (``Nach einer norwegischen Studie``, ``nach Zeugenaussagen``).
SOURCE_PHRASES = [
    (
        "An Bord des Flugzeugs waren nach Behördenangaben 62 Personen, darunter zwölf Besatzungsmitglieder.",
        "62 Personen, darunter zwölf Besatzungsmitglieder.",
        "Behördenangaben",
    ),
    (
        "Dabei kam es nach Angaben der Polizei zu kleineren Rangeleien, einige Menschen wurden festgenommen.",
        "zu kleineren Rangeleien, einige Menschen wurden festgenommen.",
        "der Polizei",
    ),
    (
        "Der Vertrauensverlust schaffe für die großen Volksparteien Probleme, so Frank Karl, Leiter der "
        "Abteilung bei der FES.",
        "Der Vertrauensverlust schaffe für die großen Volksparteien Probleme",
        "Frank Karl",
    ),
    (
        "Der Präsident sei, so Gamkrelids, Schuld daran, dass Georgien die Kontrolle verloren habe.",
        "Der Präsident sei",
        "Gamkrelids",
    ),
    (
        "Nach einer norwegischen Studie wird durch das Rauchen von wenigen Zigaretten das Risiko verdreifacht.",
        "wird durch das Rauchen von wenigen Zigaretten das Risiko verdreifacht.",
        "einer norwegischen Studie",
    ),
    (
        "Der Täter hatte nach Zeugenaussagen die Tat mindestens seit dem Vorabend geplant.",
        "die Tat mindestens seit dem Vorabend geplant.",
        "Zeugenaussagen",
    ),
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker"), SOURCE_PHRASES)
def test_a_source_phrase_reports_its_content(extractor: Extractor, text: str, content: str, speaker: str) -> None:
    found = statements(reporting(extractor, "de").extract(text))
    assert (content, speaker, "indirect_according_to") in found


@pytest.mark.models
def test_a_source_phrase_opening_the_sentence_still_runs_to_its_comma(extractor: Extractor) -> None:
    text = "Nach Angaben eines Sprechers der Stadt in einer kurzen Mitteilung am Abend, wurde die Brücke gesperrt."
    found = statements(reporting(extractor, "de").extract(text))
    assert [c for c, _, _ in found] == ["wurde die Brücke gesperrt."]


def test_a_sentence_pointing_back_selects_the_sentence_before() -> None:
    text = (
        "Es regnete am Morgen. Der Abgeordnete will bei der Wahl nicht mehr antreten. "
        "Dies teilte der Geschäftsführer der Fraktion mit."
    )
    work = Extractor(lang="de")._read((text, "t"), 0, StageTimes())
    parsed = [text[c.start : c.end] for c in work.chunks]
    assert any("Der Abgeordnete will" in c and "Dies teilte" in c for c in parsed)
    assert not any("Es regnete" in c for c in parsed)


@pytest.mark.models
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Der Abgeordnete Frank Mindermann will bei der nächsten Wahl nicht mehr antreten. "
            "Dies teilte der Geschäftsführer der Fraktion, Jens Nacke, mit.",
            "Der Abgeordnete Frank Mindermann will bei der nächsten Wahl nicht mehr antreten.",
            "der Geschäftsführer der Fraktion",
        ),
        (
            "Im Trinkwasser der Hauptstadt wurden Spuren von Iod gefunden. Das berichtet die Nachrichtenagentur Kyodo.",
            "Im Trinkwasser der Hauptstadt wurden Spuren von Iod gefunden.",
            "die Nachrichtenagentur",
        ),
    ],
)
def test_a_pronoun_object_of_a_speech_verb_reports_the_sentence_before(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "de").extract(text))
    assert any(c == content and s is not None and s.startswith(speaker) for c, s, _ in found), found
    assert any(r == "indirect_anaphoric_content" for _, _, r in found)


@pytest.mark.models
@pytest.mark.parametrize(
    "text",
    [
        "Der Minister war am Montag krank. Das sagte er nicht.",  # denied
        "Der Zug hatte am Montag zwei Stunden Verspätung. Das ärgerte die Fahrgäste sehr.",  # no speech verb
    ],
)
def test_a_pronoun_opening_without_a_report_reports_nothing_before(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "de").extract(text))
    assert not any(r == "indirect_anaphoric_content" for _, _, r in found), found


@pytest.mark.models
def test_demnach_names_the_source_of_its_clause(extractor: Extractor) -> None:
    text = (
        "Die Wahlkommission gab ein vorläufiges Ergebnis bekannt. "
        "Demnach hat sich die regierende Koalition von Präsident Ronald Venetiaan durchgesetzt."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert (
        "hat sich die regierende Koalition von Präsident Ronald Venetiaan durchgesetzt.",
        "Demnach",
        "indirect_according_to",
    ) in found


@pytest.mark.models
def test_danach_in_time_is_no_source(extractor: Extractor) -> None:
    text = "Die Mannschaft gewann das Spiel am Samstag. Danach feierten die Spieler in der Stadt bis zum Morgen."
    assert statements(reporting(extractor, "de").extract(text)) == []


@pytest.mark.models
@pytest.mark.parametrize(
    "text", ["Er kam am Abend sehr spät, so dass wir nicht mehr essen konnten.", "Es war kalt, so kalt wie nie."]
)
def test_so_as_an_adverb_or_conjunction_is_no_tag(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "de").extract(text)) == []


def test_a_separated_belief_particle_with_its_correlate_selects_its_sentence() -> None:
    pattern = report_surface_pattern("de")
    assert pattern.search("Die Gewerkschaft geht davon aus, dass es Verspätungen gibt.")
    assert not pattern.search("Die Gewerkschaft ging davon weg.")


@pytest.mark.models
def test_geht_davon_aus_reports_its_dass_clause(extractor: Extractor) -> None:
    text = (
        "Am Montag streiken die Fluglotsen. "
        "Die Gewerkschaft geht davon aus, dass es dadurch zu massiven Beeinträchtigungen im Flugverkehr kommen wird."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert any(c.startswith("es dadurch zu massiven") and s == "Die Gewerkschaft" for c, s, _ in found), found


def test_source_nouns_in_compounds_select_their_sentence() -> None:
    pattern = report_surface_pattern("de")
    assert pattern.search("Der Täter hatte nach Zeugenaussagen die Tat geplant.")
    assert pattern.search("Die Gefahr besteht nach Expertenmeinung vor allem im Winter.")
    assert pattern.search("Nach einem Bericht der Zeitung gab es keine Toten.")


@pytest.mark.models
def test_a_study_named_without_nach_is_no_source(extractor: Extractor) -> None:
    text = "Die Studie wurde am Montag in Berlin von den Forschern vorgestellt."
    assert statements(reporting(extractor, "de").extract(text)) == []
