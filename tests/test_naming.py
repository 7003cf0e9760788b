"""Names and titles in quotation marks are nobody's words; short fragments with speech evidence are.

The word lists are checked as files; the rules are checked on the surface (no parse) one by one, and end to end
on sentences written for the purpose, parsed by the shared compact models.
"""

from __future__ import annotations

from importlib import resources

import pytest

from quotekit import Extractor
from quotekit.naming import ROLES, name_rule, naming_words, speech_rule
from quotekit.scanner import scan_quotes

# --- the data files ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_naming_files_are_well_formed(lang: str) -> None:
    text = resources.files("quotekit").joinpath("data", f"naming_{lang}.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    assert rows[0] == ["word", "role", "where"]
    seen = set()
    for word, role, where in rows[1:]:
        assert word == word.lower() and word.strip() == word, word
        assert role in ROLES, role
        assert (where != "-") == (role == "naming_word"), (word, role, where)
        assert (word, role) not in seen, (word, role)
        seen.add((word, role))


def test_naming_words_are_read_once_and_by_role() -> None:
    de = naming_words("de")
    assert de is naming_words("de")
    assert "zeitung" in de.naming_nouns and "genannt" in de.naming_after and "namens" in de.naming_before
    assert "der" in de.definite_articles and "ein" not in de.definite_articles
    assert "bezeichnete" in de.label_verbs and "sprach von" in de.label_phrases and "sei" in de.konjunktiv
    assert "einen" in de.indefinite_articles
    en = naming_words("en")
    assert "dubbed" in en.naming_before and not en.definite_articles
    assert naming_words("fr") is en  # a language without its own list reads English


# --- the rules on the surface --------------------------------------------------------------------------------


def _first(text: str) -> tuple[int, int, int, int]:
    q = next(s for s in scan_quotes(text) if s.depth == 0)
    assert q.open is not None and q.close is not None
    return q.start, q.end, q.open[0], q.close[1]


def _name(text: str, lang: str) -> str | None:
    start, end, o, c = _first(text)
    return name_rule(text, start, end, o, c, 0, len(text), None, lang)


def _speech(text: str, lang: str) -> str | None:
    _, _, o, c = _first(text)
    return speech_rule(text, o, c, 0, len(text), None, lang)


NAMES = [
    ("de", "Die „Bild“-Zeitung berichtete zuerst.", "compound"),
    ("de", "Das Bündnis „Allianz für Europa“ (AIE) regiert.", "abbreviation"),
    ("de", "Das Boot, „Seestern“ genannt, lag im Hafen.", "naming_word"),
    ("de", "Ein Mann namens „Ede“ kam vorbei.", "naming_word"),
    ("de", "Der Fall wurde als „Polizistenmord von Heilbronn“ bekannt.", "naming_word"),
    ("de", "Dann nennt sie sich „documenta 12“ und zieht um.", "naming_word"),
    ("de", "Laut „Figaro“ ist der Minister zurückgetreten.", "source"),
    ("de", "Dem „Figaro“ zufolge ist der Minister zurückgetreten.", "source"),
    ("de", "Wie „heise online“ berichtet, fällt der Dienst aus.", "source"),
    ("de", "Er sprach mit der „Frankfurter Rundschau“ über die Lage.", "title_case"),
    ("de", "Die Tageszeitung „taz“ erscheint täglich.", "naming_noun"),
    ("de", "Im Regal stand „Der Fänger im Roggen“ neben anderen.", "title_shape"),
    ("de", "Der Tanker „Nordstern“ sank vor der Küste.", "naming_noun"),
    ("de", "Sie zogen unter dem Motto „Gemeinsam stark“ durch die Stadt.", "naming_word"),
    # a motto is a name whatever its punctuation; so is what ``kurz`` abbreviates
    ("de", "Unter dem Motto „Wir geben nicht auf!“ zogen sie durch die Stadt.", "naming_word"),
    ("de", "Die Gruppe rief unter dem Motto „Wir bleiben hier!“ zum Protest.", "naming_word"),
    ("de", "Damals trat der Fußballverband, kurz „DFB“, dem Bund bei.", "naming_word"),
    ("de", "Heute hat die „Fédération Internationale de Football Association“, kurz FIFA, entschieden.", "naming_word"),
    ("de", "Er schrieb in der „Correio da Manhã“, einem Boulevardblatt, über die Wahl.", "naming_word"),
    ("de", "Auch das „Kesselhaus“ der Kulturbrauerei wird renoviert.", "definite_article"),
    ("de", "Von „Kapitalismuskritik“ und „Sozialismus“ ist oft die Rede.", "list"),
    # a naming noun heading the stretch, whatever its length; another language's title; ``gilt als``/``sich als``
    ("de", "Zum Abschied sangen sie das Lied „Für dich soll es rote Rosen regnen“ im Saal.", "naming_noun"),
    ("de", "Als Beispiele nennt VW die Modelle „Touareg“ und „Phaeton“.", "naming_noun"),
    ("de", "Er las im Auftrag des Magazines „Auto und Technik“ die Tests.", "naming_noun"),
    ("de", "Der Bundestag beschloss ein „Gesetz zur Änderung des Passgesetzes“ im Mai.", "naming_noun"),
    ("de", "Die Band stellte ihre neue CD „Have a nice day“ vor.", "foreign_title"),
    ("de", "Insbesondere die französische „Alliance pour la Planète“ rief zur Teilnahme auf.", "foreign_title"),
    ("en", 'They watched "Der Himmel über Berlin" twice.', "foreign_title"),
    ("de", "Der Vorfall gilt damit nicht als „Störfall“ der Stufe zwei.", "naming_word"),
    ("de", "Seitdem erreichte „Trap“, wie er weithin genannt wird, Kultstatus.", "naming_word"),
    ("de", "Dann erklärte der „Oberste Rat“, wie sich die Junta selbst nennt, den Notstand.", "naming_word"),
    ("de", "Die Experten sprachen über das Thema „Cannabis“ und die Folgen.", "naming_noun"),
    ("de", "Getötet wurde ein Mann, der sich als „Bürgerjournalist“ engagierte.", "naming_word"),
    ("de", "Er präsentiert sich als „Berater und Vorsitzender des Beirates der Firma“ im Netz.", "naming_word"),
    ("en", 'The ship, dubbed "Sea Star" by locals, sank.', "naming_word"),
    ("en", 'The plant is known as "the Furnace" in town.', "naming_word"),
    ("en", 'According to "Politico", the bill failed.', "source"),
    ("en", 'The "Apprentice"-style contest drew crowds.', "compound"),
    # an organisation's legal form ends the stretch, its full stop no sentence end
    ("de", "Die Seite zeigt einen Hinweis des „Förderverein Freies Wissen e.V.“ an.", "legal_form"),
    ("de", "Die „Initiative Nichtraucher e.V. (INR)“ rief zur Teilnahme auf.", "legal_form"),
    ("en", 'The lawsuit was filed by "Acme Widgets Inc." in May.', "legal_form"),
    # what the stretch's shape says: a web address, a code, a gloss filling a bracket
    ("de", "Der Artikel erschien auf „news.example.co.uk“ am Montag.", "web_address"),
    ("en", 'The story ran on "news.example.co.uk" on Monday.', "web_address"),
    ("de", "Die Agentur stufte das Land auf „Baa3“ herab.", "code"),
    ("en", 'The agency cut the rating to "Baa3" on Friday.', "code"),
    ("de", "Er speichert Kapitelzeichen („Lesezeichen“) und Dateien.", "gloss"),
    ("de", "Er rief den Satz (deutsch „Britannien zuerst“) laut.", "gloss"),
    ("en", 'The gag law (Spanish: "ley mordaza") passed.', "gloss"),
    # a long title after its article; what one calls a thing; a naming clause after a dash
    (
        "de",
        "Ihm wurde das „Große Goldene Ehrenzeichen mit dem Stern für Verdienste um die Republik“ verliehen.",
        "definite_article",
    ),
    ("de", "Dies nennt man einen „Aktiensplit“ an der Börse.", "naming_word"),
    ("de", "Seit Donnerstag halten „Rot-Hemden“ – so werden die Anhänger genannt – den Platz besetzt.", "naming_word"),
    ("en", 'He wrote for the newspaper "The Daily Star" for years.', "naming_noun"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), NAMES)
def test_names_and_titles_in_marks_are_found(lang: str, text: str, rule: str) -> None:
    assert _name(text, lang) == rule


NOT_NAMES = [
    # fragments: the indefinite article, a lower-case phrase, an utterance
    ("de", "Er warnte vor einem „populistischen Wahlkampf“."),
    ("de", "Afghanistan sei ein „Opfer des Terrorismus“."),
    ("de", "Der Tanker „sei nicht mehr zu retten und werde nun abgeschleppt“, sagte er."),
    # a labelling speech verb before makes it someone's words
    ("de", "Der Minister bezeichnete die Reform als „Großen Wurf“."),
    ("de", "Er sprach von der „Achse des Bösen“."),
    ("de", "Früh warnte Kluncker vor den „Lohnverzichtstheorien“."),
    ("de", "Seine Werke werden als „Meilensteine in der Musikgeschichte“ bezeichnet."),
    # an indefinite article makes a fragment; a naming noun behind ``als`` does not head the stretch
    ("de", "Nun sieht Osterloh einen „Angriff gegen die Belegschaft“."),
    ("de", "Er sah den Verein als „gelungenes Beispiel“."),
    # slogans in a row are speech more often than not: only title-shaped items make a list
    ("de", "Sie riefen „Wir kriegen euch“ oder „Ihr seid dran“ vor dem Rathaus."),
    # a relative pronoun is no article; a Konjunktiv clause is reported speech
    ("de", "Die Polizei nannte Maßnahmen, die „völlig überzogen“ waren."),
    ("de", "Er sagte, die Lage sei die „schwierigste seit Jahren“."),
    # a lower-case adjective before its noun is declined by the sentence's article: a noun phrase of the sentence,
    # quoted, not a name (issue 11)
    ("de", "Die Piloten tragen die „volle Verantwortung“ für den Absturz."),
    ("de", "Die Datensammlungen ebnen den Weg zum „gläsernen Menschen“ in Europa."),
    ("de", "Die Gefahr gehe von dem „auffälligen Bären“ im Wald aus."),
    # a naming noun before an indefinite article or a lower-case stretch heads nothing; an utterance stays one;
    # words of another language with their own end punctuation are speech
    ("de", "Nach der Novellierung des Polizeigesetzes „ein moderates Gesetz“ zu haben, sei gut."),
    ("de", "Der Plan sei „Unsinn“, wie er es nannte, und gehöre gestoppt."),  # an active label is someone's words
    ("de", "Er meldete sich mit den Worten „Houston, the Eagle has landed.“ zurück."),
    # English: articles say nothing, and a finite "called" labels
    ("en", 'The senator called the plan "a disaster".'),
    ("en", 'He said the deal was "the best ever".'),
    ("en", 'She described the "Eagle" plan as risky.'),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NAMES)
def test_fragments_and_labels_are_not_names(lang: str, text: str) -> None:
    assert _name(text, lang) is None


SPEECH = [
    ("de", "„In absehbarer Zeit“, so VW-Finanzvorstand Hans Pötsch.", "tag"),
    ("de", "„Nicht jetzt“, sagte der Trainer.", "tag"),
    ("de", "Die Mannschaft sei „hungrig“.", "konjunktiv"),
    ("de", "Die Regierung könne „nicht zaubern“.", "konjunktiv"),
    ("en", '"Not now", said the coach.', "tag"),
    ("de", "Der „Seestern“ lag im Hafen.", None),
    ("de", "Ich habe „Seestern“ gelesen.", None),  # ``ich habe`` is no Konjunktiv
    ("de", "Das wäre „schön“.", None),  # Konjunktiv II is not evidence
    ("en", 'The "Eagle" landed.', None),
]


@pytest.mark.parametrize(("lang", "text", "rule"), SPEECH)
def test_speech_evidence_around_a_short_stretch(lang: str, text: str, rule: str | None) -> None:
    assert _speech(text, lang) == rule


# --- end to end, parsed by the shared models -----------------------------------------------------------------


def _quoted(extractor: Extractor, text: str) -> list[str]:
    return [q.text.strip() for q in extractor.extract(text).quotes if q.kind.value in ("direct", "mixed")]


E2E_NAMES = [
    "Der Minister sprach am Montag mit der „Frankfurter Rundschau“ über die Lage.",
    "Der Tanker „Nordstern“ sank am Freitag vor der Küste.",
    "Die Initiative „Mehr Demokratie“ sammelt seit Wochen Unterschriften.",
    "Wie „heise online“ berichtet, fällt der Dienst am Montag aus.",
    "Auch das „Kesselhaus“ der Kulturbrauerei wird im Sommer renoviert.",
    'A group called "Patriots United" held a rally on Sunday.',
    'The ship, dubbed "Sea Star" by locals, sank in the storm.',
    'According to "Politico", the bill failed in the Senate.',
    "Zum Abschied sangen die Kollegen das Lied „Für dich soll es rote Rosen regnen“ im Saal.",
    "Am Abend stellte die Band ihre neue CD „Have a nice day“ in Berlin vor.",
    "Der Vorfall im Kraftwerk gilt damit nicht als „Störfall“ der Stufe zwei.",
    # a short label after a colon, and items of a list of stretches in marks
    "Im Sommer feierte das Projekt seinen Geburtstag, kurz: „OpenOffice“.",
    "Die Band stellte am Abend ihr neues Album vor: „Have a nice day“.",
    "Die Besucher hörten Vorträge zu Themen wie „Zur Geschichte der Straßenbahn“, „Erinnerungen an den "
    "Hauptbahnhof“ oder „Der Bau der Elbbrücke“.",
    'The museum showed films such as "The Long Voyage Home" and "Fort Apache" last summer.',
    'The band presented its new album in Berlin: "Blue Skies Again".',
    # a name inside the speaker's own phrase, before the speech verb
    "Ein Sprecher der „Polizei von DeLand“ sagte am Montag, das Flugzeug sei abgestürzt.",
    "Der Geschäftsführer von „Ener1“, Charles Gassenheimer, sagte, das Geld sei gut angelegt.",
    'A spokesman for the "Coalition for Safe Streets" said on Monday that the plan had failed.',
]


@pytest.mark.models
@pytest.mark.parametrize("text", E2E_NAMES)
def test_names_in_marks_are_not_reported_as_speech(extractor: Extractor, text: str) -> None:
    assert _quoted(extractor, text) == []


E2E_SPEECH = [
    ("Er warnte vor einem „populistischen Wahlkampf“ der Opposition.", "populistischen Wahlkampf"),
    ("Der Minister bezeichnete die Reform als „Großen Wurf“.", "Großen Wurf"),
    ("„In absehbarer Zeit“, so VW-Finanzvorstand Hans Pötsch.", "In absehbarer Zeit"),
    ("Der Trainer sagte am Sonntag, die Mannschaft sei „hungrig“.", "hungrig"),
    ('The senator called the plan "a disaster" on Monday.', "a disaster"),
    ('"We will win," said Smith.', "We will win,"),
    ('She said the deal was "a very good one for both sides".', "a very good one for both sides"),
    # a colon after a speech verb, a list of words with a trailing tag: speech, however short
    ("Der Trainer sagte nach dem Spiel: „Ein guter Start“.", "Ein guter Start"),
    ("„Wir kommen wieder“ und „Die Stadt gehört uns“, riefen die Demonstranten.", "Die Stadt gehört uns"),
    ('Asked about the vote, she said: "Not yet".', "Not yet"),
    # after the verb, a stretch the parser hangs off the subject is still a fragment
    ("Der Präsident nannte dies einen „Militärputsch“ gegen die Regierung.", "Militärputsch"),
    # fiction: a short saying after a colon has its verb, so it is no label
    ("Dem Wagen folgten die Leute pfeifend und rufend: „Es lebe der König“ bis zum Tor.", "Es lebe der König"),
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "quote"), E2E_SPEECH)
def test_speech_in_marks_is_kept(extractor: Extractor, text: str, quote: str) -> None:
    # kept as a quote of its own or inside the reported statement that holds it (``…, die Mannschaft sei „…“``)
    assert any(quote in q for q in _quoted(extractor, text))
