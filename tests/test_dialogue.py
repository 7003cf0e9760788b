"""Dialogue in literary text (issue 15): characters, turn-taking and addressees, on passages written for these
tests, in English and German, with real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.attribution.persons import noun_gender, title_gender
from speaker_helpers import name_at, quote_at

# --- data: what a title or a noun says about a person's gender (no models) -----------------------------------


@pytest.mark.parametrize(
    ("title", "gender"),
    [("Mrs.", "f"), ("Miss", "f"), ("Mr", "m"), ("Herr", "m"), ("Frau", "f"), ("Fräulein", "f"), ("Dr.", None)],
)
def test_title_gender(title: str, gender: str | None) -> None:
    assert title_gender(title) == gender


@pytest.mark.parametrize(
    ("phrase", "gender"),
    [("the little old lady", "f"), ("his son", "m"), ("die alte Mutter", "f"), ("der Vater", "m"), ("the car", None)],
)
def test_noun_gender(phrase: str, gender: str | None) -> None:
    assert noun_gender(phrase) == gender


# --- characters: pronouns to the character of their gender, aliases as one character -------------------------

PRONOUNS_EN = (
    "Mrs. Bennet was sitting by the fire with her work when her husband came in from the library.\n\n"
    '"You look tired, my dear," said Mr. Bennet.\n\n'
    "He sat down in the armchair opposite and opened his newspaper. The clock struck nine, and then ten, and "
    "the candles burned low.\n\n"
    "The fire crackled in the grate for a long while.\n\n"
    '"I am not tired in the least," she said at last.\n'
)

PRONOUNS_DE = (
    "Frau Lindner saß mit ihrer Handarbeit am Ofen, als ihr Mann aus der Schreibstube kam.\n\n"
    "»Du siehst müde aus, meine Liebe«, sagte Herr Lindner.\n\n"
    "Er setzte sich in den Lehnstuhl gegenüber und schlug seine Zeitung auf. Die Uhr schlug neun, dann zehn, "
    "und die Kerzen brannten herunter.\n\n"
    "Das Feuer knisterte lange im Ofen.\n\n"
    "»Ich bin nicht im geringsten müde«, sagte sie endlich.\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "first", "last", "wife"), [
    (PRONOUNS_EN, "You look tired", "I am not tired", "Bennet"),
    (PRONOUNS_DE, "Du siehst müde", "Ich bin nicht", "Lindner"),
])  # fmt: skip
def test_pronoun_takes_the_character_of_its_gender(
    extractor: Extractor, text: str, first: str, last: str, wife: str
) -> None:
    r = extractor.extract(text)
    husband = quote_at(r, first).speaker
    assert husband is not None and wife in husband.name
    q = quote_at(r, last)
    assert q.speaker is not None and q.speaker.mention.text in ("she", "sie")
    assert q.speaker.antecedent is not None and wife in q.speaker.antecedent.text
    assert q.speaker.antecedent.text.startswith(("Mrs.", "Frau"))  # the wife, not the husband who spoke last


ALIASES_EN = (
    '"I have not the pleasure of understanding you," said Mr. Darcy.\n\n'
    "Elizabeth looked at him in surprise.\n\n"
    '"You are very kind," said Darcy, and bowed.\n\n'
    "Her aunt, who had been listening, said nothing, and Fitzwilliam Darcy turned to the window.\n\n"
    '"It will rain before night," said Fitzwilliam Darcy.\n'
)

ALIASES_DE = (
    "»Ich habe nicht das Vergnügen, Sie zu verstehen«, sagte Herr Wendt.\n\n"
    "Elisabeth sah ihn erstaunt an.\n\n"
    "»Sie sind sehr gütig«, sagte Wendt und verneigte sich.\n\n"
    "Ihre Tante, die zugehört hatte, schwieg, und Friedrich Wendt trat an das Fenster.\n\n"
    "»Es wird vor der Nacht noch regnen«, sagte Friedrich Wendt.\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "name"), [(ALIASES_EN, "Fitzwilliam Darcy"), (ALIASES_DE, "Friedrich Wendt")])
def test_aliases_are_one_character_with_its_quote_count(extractor: Extractor, text: str, name: str) -> None:
    r = extractor.extract(text)
    people = [s for s in r.speakers if s.kind == "person"]
    assert [(s.name, len(s.quotes)) for s in people] == [(name, 3)]
    assert {q.speaker.entity for q in r.quotes if q.speaker is not None} == {people[0].id}


def test_first_name_and_full_name_are_one_character() -> None:
    from quotekit.attribution.resolution import _Resolver

    resolver = _Resolver("Lucy Honeychurch. Lucy.", [], [], [])
    full = resolver.entity_for(("Lucy", "Honeychurch"), "person", "f")
    assert resolver.entity_for(("Lucy",), "person", None) == full
    assert resolver.entity_for(("Honeychurch",), "person", "m") != full  # Mr. Honeychurch is someone else


# --- turns: alternation, the addressed name, a dash before the turn -------------------------------------------

TURNS_EN = (
    "Marilla was standing by the kitchen window when Anne came in from the garden.\n\n"
    '"Where have you been all this time?" asked Marilla.\n\n'
    '"Down by the brook," answered Anne.\n\n'
    '"Alone?"\n\n'
    '"Quite alone. Diana could not come."\n\n'
    '"Then you may set the table, Anne."\n\n'
    '"Yes, of course."\n'
)

TURNS_DE = (
    "Die Mutter stand am Herd, als Gretchen aus dem Garten hereinkam.\n\n"
    "»Wo bist du so lange gewesen?« fragte Marie.\n\n"
    "»Unten am Bach«, antwortete Gretchen.\n\n"
    "– »Allein?«\n\n"
    "– »Ganz allein. Die Liese konnte nicht kommen.«\n\n"
    "»Dann deck den Tisch, Gretchen.«\n\n"
    "»Ja, gleich.«\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "asker", "child", "turns"), [
    (TURNS_EN, "Marilla", "Anne", ("Alone?", "Quite alone", "Then you may", "Yes, of")),
    (TURNS_DE, "Marie", "Gretchen", ("Allein?", "Ganz allein", "Dann deck", "Ja, gleich")),
])  # fmt: skip
def test_untagged_turns_alternate(
    extractor: Extractor, text: str, asker: str, child: str, turns: tuple[str, ...]
) -> None:
    r = extractor.extract(text)
    alone, quite, table, yes = turns
    assert name_at(r, alone) == asker  # two turns back
    assert name_at(r, quite) == child
    assert name_at(r, table) == asker
    assert quote_at(r, alone).sieve == "turn_taking"
    # the name addressed in the previous turn speaks next (here it agrees with the alternation)
    assert name_at(r, yes) == child
    addressee = quote_at(r, table).addressee
    assert addressee is not None and addressee.text == child


ADDRESSED_EN = (
    "The rain had stopped, and the three of them stood at the gate.\n\n"
    '"We shall be late," said Cecil.\n\n'
    '"Freddy, do fetch the umbrella," said Lucy.\n\n'
    '"Must I?"\n'
)

ADDRESSED_DE = (
    "Der Regen hatte aufgehört, und die drei standen am Gartentor.\n\n"
    "»Wir kommen zu spät«, sagte Konrad.\n\n"
    "»Fritz, hol doch den Schirm«, sagte Luise.\n\n"
    "»Muß ich?«\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "reply", "addressed"), [
    (ADDRESSED_EN, "Must I", "Freddy"),
    (ADDRESSED_DE, "Muß ich", "Fritz"),
])  # fmt: skip
def test_the_addressed_name_answers(extractor: Extractor, text: str, reply: str, addressed: str) -> None:
    r = extractor.extract(text)
    assert name_at(r, reply) == addressed  # not Cecil/Konrad two turns back: the previous turn called Freddy


NOT_THE_ADDRESSEE = '"Where have you been?" asked Marilla.\n\n"Down by the brook, Marilla."\n'


@pytest.mark.models
def test_a_turn_that_addresses_the_previous_speaker_is_not_hers(extractor: Extractor) -> None:
    r = extractor.extract(NOT_THE_ADDRESSEE)
    q = quote_at(r, "Down by the brook")
    assert q.speaker is None  # continuation would have said Marilla
    assert q.addressee is not None and q.addressee.text == "Marilla"


# --- addressees: told X, sagte zu X ---------------------------------------------------------------------------


@pytest.mark.models
@pytest.mark.parametrize(("text", "start", "hearer"), [
    ('The old man shook his head. "You will never find it," he told Anne.', "You will never", "Anne"),
    ("Der Alte schüttelte den Kopf. »Du wirst es nie finden«, sagte er zu Anna.", "Du wirst", "Anna"),
])  # fmt: skip
def test_the_hearer_of_the_speech_verb_is_the_addressee(
    extractor: Extractor, text: str, start: str, hearer: str
) -> None:
    q = quote_at(extractor.extract(text), start)
    assert q.addressee is not None and q.addressee.text == hearer


@pytest.mark.models
def test_news_quotes_get_no_turn_taking(extractor: Extractor) -> None:
    news = (
        '"We will not raise taxes this year," Mayor Ellen Ward said on Tuesday.\n'
        "Council member Tom Reyes disagreed with the plan.\n"
        '"The numbers do not add up," Reyes said.\n'
        '"We will vote against it."\n'
    )
    r = extractor.extract(news)
    assert quote_at(r, "We will vote").sieve != "turn_taking"  # the turns are not adjacent paragraphs of quotes
    assert name_at(r, "We will vote") == "Tom Reyes"


# --- historical German cue spellings ---------------------------------------------------------------------------


@pytest.mark.models
@pytest.mark.parametrize(("text", "start", "lemma"), [
    ("»Das weiß ich wohl«, erwiederte der Förster.", "Das weiß", "erwiedern"),
    ("Der Förster nickte. »Nun denn«, hub er an, »so hört mich.«", "Nun denn", "anheben"),
    ("»Was frägt er denn?« frägt die Magd.", "Was frägt", "fragen"),
])  # fmt: skip
def test_historical_german_tags(extractor: Extractor, text: str, start: str, lemma: str) -> None:
    q = quote_at(extractor.extract(text), start)
    assert q.cue is not None and q.cue.lemma == lemma
    assert q.speaker is not None
