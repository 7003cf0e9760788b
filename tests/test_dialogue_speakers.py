"""Speakers of novel dialogue (issue 15, second pass): tags the splitter or tagger breaks, and the other party of
a dialogue across narration; passages written for these tests, in English and German, with real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.attribution.name_evidence import name_after_title
from quotekit.models import Span
from speaker_helpers import name_at, quote_at

# --- a title the sentence splitter cut from its name (no models) -----------------------------------------------


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ('cried Mrs. Honeychurch. "Whoever', 6, 9, "Mrs. Honeychurch"),
    ("exclaimed the horrified Mrs.\nRachel.", 24, 28, "Mrs.\nRachel"),
    ("rief Prof. Lindner aus.", 5, 9, "Prof. Lindner"),
    ("said the Doctor. Then he left.", 9, 15, "Doctor"),  # a full title word before a full stop ends a sentence
    ("said Madame, with a smile.", 5, 11, "Madame"),  # no full stop: nothing to join
])  # fmt: skip
def test_a_lone_abbreviated_title_takes_the_name_after_it(text: str, start: int, end: int, expected: str) -> None:
    got = name_after_title(text, Span(start=start, end=end, text=text[start:end]))
    assert got.text == expected and got.start == start


# --- tags: the possessive is not the speaker; a capitalised word after the verb is -------------------------------

TAGS_EN = (
    '"Gracious alive!" cried Mrs. Honeychurch. "Whoever were those people?"\n\n'
    '"Were you snubbed?" asked his son tranquilly.\n\n'
    '"I think he is lovely," said Anne reproachfully. "He is so kind."\n'
)
TAGS_DE = (
    "»Um Gottes willen!« rief Prof. Lindner. »Wer waren diese Leute?«\n\n"
    "»Bist du abgewiesen worden?« fragte sein Sohn ruhig.\n\n"
    "»Ich finde ihn reizend«, sagte Anna vorwurfsvoll. »Er ist so gütig.«\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "titled", "son", "anne"), [
    (TAGS_EN, ("Gracious", "Whoever", "Honeychurch"), ("Were you", "his son"), ("I think", "He is so", "Anne")),
    (TAGS_DE, ("Um Gottes", "Wer waren", "Lindner"), ("Bist du", "sein Sohn"), ("Ich finde", "Er ist", "Anna")),
])  # fmt: skip
def test_novel_tags(
    extractor: Extractor, text: str, titled: tuple[str, ...], son: tuple[str, str], anne: tuple[str, ...]
) -> None:
    r = extractor.extract(text)
    for start in titled[:2]:
        assert titled[2] in (name_at(r, start) or "")  # the name, not the bare title
    q = quote_at(r, son[0])
    assert q.speaker is not None and q.speaker.mention.text == son[1]  # not the possessive alone
    for start in anne[:2]:
        assert name_at(r, start) == anne[2]  # the tag's name, not the previous speaker


# --- dialogue: the untagged turn after X's is the other party's ---------------------------------------------------

DIALOGUE_EN = (
    "Lucy came down to breakfast late.\n\n"
    '"Where have you been?" asked Marilla.\n\n'
    '"In the garden," said Anne.\n\n'
    '"Alone?" asked Marilla.\n\n'
    '"Quite alone," said Anne.\n\n'
    '"Was it cold?" asked Marilla.\n\n'
    '"Not very," said Anne.\n\n'
    "Marilla put down her knitting and looked out of the window for a long time.\n\n"
    '"Then you may set the table," said Marilla.\n\n'
    '"Must I do it now?"\n'
)
DIALOGUE_DE = (
    "Gretchen kam spät zum Frühstück.\n\n"
    "»Wo bist du gewesen?« fragte Marie.\n\n"
    "»Im Garten«, sagte Gretchen.\n\n"
    "»Allein?« fragte Marie.\n\n"
    "»Ganz allein«, sagte Gretchen.\n\n"
    "»War es kalt?« fragte Marie.\n\n"
    "»Nicht sehr«, sagte Gretchen.\n\n"
    "Marie legte ihr Strickzeug weg und sah lange aus dem Fenster.\n\n"
    "»Dann deck den Tisch«, sagte Marie.\n\n"
    "»Muß ich das jetzt tun?«\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "last", "other"), [
    (DIALOGUE_EN, "Must I", "Anne"),
    (DIALOGUE_DE, "Muß ich", "Gretchen"),
])  # fmt: skip
def test_the_other_party_answers_across_narration(extractor: Extractor, text: str, last: str, other: str) -> None:
    r = extractor.extract(text)
    q = quote_at(r, last)
    assert q.sieve == "turn_taking" and "other_party" in q.rules
    assert name_at(r, last) == other  # not continuation's Marilla/Marie, whose tagged turn is right before


@pytest.mark.models
def test_news_paragraphs_of_one_speaker_keep_continuation(extractor: Extractor) -> None:
    news = (
        '"We will not raise taxes this year," Mayor Ellen Ward said on Tuesday.\n\n'
        "The council met again at noon.\n\n"
        '"The budget is balanced," Council member Tom Reyes said.\n\n'
        '"We will vote for it."\n'
    )
    r = extractor.extract(news)
    assert name_at(r, "We will vote") == "Tom Reyes"  # no dialogue: no other party across narration


# --- pronouns: who the scene is about -------------------------------------------------------------------------

SCENE_EN = '"How are you?" said Tom.\n\nJohn shook his head from side to side.\n\n"Not very well," he said.\n'
SCENE_DE = "»Wie geht es dir?« fragte Konrad.\n\nFritz schüttelte langsam den Kopf.\n\n»Nicht sehr gut«, sagte er.\n"


@pytest.mark.models
@pytest.mark.parametrize(("text", "start", "subject"), [
    (SCENE_EN, "Not very", "John"),
    (SCENE_DE, "Nicht sehr", "Fritz"),
])  # fmt: skip
def test_a_pronoun_takes_the_person_the_scene_is_about(
    extractor: Extractor, text: str, start: str, subject: str
) -> None:
    # the narration sentence is left unparsed; its opening name before a lower-case word is its subject
    q = quote_at(extractor.extract(text), start)
    assert q.speaker is not None and q.speaker.name == subject  # not the earlier speaker
    assert "pronoun_scene_subject" in q.rules


@pytest.mark.models
def test_a_capitalised_word_opening_a_quotation_is_no_character(extractor: Extractor) -> None:
    text = (
        '"Right!" said I. "You are right on both points."\n\n'
        "The fire burned low for a long while.\n\n"
        '"It is simplicity itself," he remarked.\n'
    )
    q = quote_at(extractor.extract(text), "It is simplicity")
    assert q.speaker is None or q.speaker.name != "Right"


# --- marks: a quotation interrupted by a tag that ends in a semicolon (no parse needed) ------------------------


@pytest.mark.parametrize(("text", "quote"), [
    ("»Ihr irrt Euch, Meister«, erwiderte der Knecht; »hier unten!«", "hier unten!"),
    ('"You are wrong, master," answered the old servant; "down here!"', "down here!"),
])  # fmt: skip
def test_a_quotation_goes_on_after_a_semicolon_tag(text: str, quote: str) -> None:
    from quotekit.attribution.classify import classify_quote

    start = text.rindex(quote)
    end = start + len(quote)
    assert classify_quote(text, start, end, (start - 1, start), (end, end + 1), []) == "direct"
