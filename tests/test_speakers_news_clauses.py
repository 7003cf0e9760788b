"""Who said it, issue 11 (second round): relative pronouns, sentence openers, the sentence after a quote and
postposed source phrases, on news sentences written for the purpose, end to end with the real Stanza pipeline
(the compact models' parse errors included)."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import mention_of as _mention
from speaker_helpers import quote_starting as _quote

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "content", "pronoun", "name"),
    [
        (
            "Durch die Folien soll das Scratching schlechter sichtbar sein. Kritik kommt vom Berliner "
            "Fahrgastverband IGEB, der diese Maßnahme als „Kapitulation“ vor den Randalierern sieht.",
            "Kapitulation",
            "der",
            "IGEB",
        ),
        (
            "Das Weiße Haus schwieg. In der Zeitung erschien ein Kommentar, der die Entscheidung des Komitees als "
            "„nicht nachzuvollziehende Verirrung“ bezeichnet.",
            "nicht nachzuvollziehende",
            "der",
            "Kommentar",
        ),
        (
            "Mayor Peter Klein spoke on Monday. “We will not give in,” said Anna Hill, who chairs the committee.",
            "We will not",
            "Anna Hill",
            "Anna Hill",
        ),
    ],
)
def test_a_relative_pronoun_speaks_for_the_phrase_before_it(
    extractor: Extractor, text: str, content: str, pronoun: str, name: str
) -> None:
    """``X, der …`` names X, not whoever spoke last; the mention stays the pronoun as written."""
    q = _quote(extractor, text, content)
    assert q.speaker is not None
    assert q.speaker.mention.text == pronoun
    assert name in q.speaker.name


def test_a_relative_pronoun_after_no_speaker_like_phrase_is_resolved_as_before(extractor: Extractor) -> None:
    """``Still, who …`` names nobody: an adverb is no antecedent, and the pronoun is resolved as any other."""
    text = "Die Ministerin Anna Berger sprach am Montag. Die Regeln, die sie als „völlig überholt“ bezeichnete, gelten."
    q = _quote(extractor, text, "völlig überholt")
    assert q.speaker is None or "Regeln" not in q.speaker.name


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Viele Schollen ragten aus der Fläche. Passend zu den Gefahren des Eises warnte die Moderatorin eines "
            "Lokalsenders: „Auf dem Eis kann es glatt sein.“",
            "Auf dem Eis",
            "Moderatorin",
        ),
        # English sets such an adverb off with a comma, and the parse keeps it apart: a guard, not a repair
        (
            "Many floes rose from the ice. Fittingly, the presenter Anna Hill warned: “The ice can be slippery.”",
            "The ice can",
            "Hill",
        ),
    ],
)
def test_a_word_opening_the_sentence_is_no_second_subject(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """A bare adverb or adjective opening the sentence, which the text never writes capitalised inside one, is
    no subject beside the real one (``Passend`` NOUN nsubj next to ``die Moderatorin``)."""
    assert speaker in _mention(_quote(extractor, text, content))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "„Wir werden alles tun“, sagte Beck. „Die Menschen hier sind traumatisiert.“ Der Bürgermeister Bob "
            "Parker teilte am Abend mit, dass etwa 120 Personen gerettet worden seien.",
            "Die Menschen",
            "Beck",
        ),
        (
            "„Das stimmt“, wird Panetta zitiert. „Tatsächlich wollen wir helfen.“ Im September hatte Premier "
            "David Cameron angekündigt, den Einsatz fortsetzen zu wollen.",
            "Tatsächlich",
            "Panetta",
        ),
        (
            "“We will do everything,” said Beck. “People here are traumatised.” Mayor Bob Parker announced that "
            "120 people had been rescued.",
            "People here",
            "Beck",
        ),
    ],
)
def test_the_sentence_after_a_quote_reporting_its_own_content_is_no_tag(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """A speech verb after the quote with content of its own (``teilte mit, dass …``, ``announced that …``)
    reports that content; the quote goes on the earlier tag's speaker."""
    q = _quote(extractor, text, content)
    assert q.speaker is not None
    assert speaker in q.speaker.name


def test_a_thing_after_a_quote_is_no_tag(extractor: Extractor) -> None:
    text = (
        "„Ich trete als Konservativer an“, sagte Romney. „Ich war ein konservativer Gouverneur.“ Die Arithmetik "
        "und der Kalender sprechen für Romney."
    )
    q = _quote(extractor, text, "Ich war")
    assert q.speaker is not None
    assert "Arithmetik" not in q.speaker.mention.text


@pytest.mark.parametrize(
    ("text", "content", "mention", "name"),
    [
        (
            "Der Premierminister John Key hat sich vor Ort informiert. Seiner Ansicht nach „sind wir wohl Zeugen "
            "des schwärzesten Tages des Landes“.",
            "sind wir wohl",
            "Seiner",
            "Key",
        ),
        (
            "Joe Stork fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um einen "
            "„entsetzlichen Angriff auf Zivilisten“ gehandelt haben könne.",
            "entsetzlichen Angriff",
            "seiner",
            "Stork",
        ),
    ],
)
def test_a_source_phrase_after_its_noun_names_the_owner(
    extractor: Extractor, text: str, content: str, mention: str, name: str
) -> None:
    """``Seiner Ansicht nach`` is ``nach seiner Ansicht``: the possessive is the speaker's pronoun. (English
    source phrases do not turn round; ``according to`` stays as tested in test_speakers_news.)"""
    q = _quote(extractor, text, content)
    assert q.speaker is not None
    assert q.speaker.mention.text == mention
    assert name in q.speaker.name


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Das US-Magazin Barrons bezeichnete Stratfor wegen seiner Arbeit als „Schatten-CIA“.",
            "Schatten-CIA",
            "US-Magazin",
        ),
        (
            "Das Nobelkomitee in Oslo würdigte damit Obamas Einsatz zur „Stärkung der internationalen Diplomatie“.",
            "Stärkung",
            "Nobelkomitee",
        ),
        # a pronoun after the verb is the subject, however the phrase before it looks
        (
            "Der Präsident äußerte sich am Montag. Die Arbeit der Koalition bewertete er als „sehr solide“.",
            "sehr solide",
            "er",
        ),
        # English has no case on articles: the subject before the verb is the parse's anyway (the fragment is
        # reported with its mixed statement, LanguageProfile.fragment_quotes)
        ("The magazine Barrons called Stratfor a “shadow CIA” in 2010.", "called Stratfor", "Barrons"),
    ],
)
def test_an_article_in_the_nominative_shows_the_subject(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """The compact German parser makes a bare name after the verb a second subject; of the two, the phrase before
    the verb with a nominative article is the subject."""
    assert speaker in _mention(_quote(extractor, text, content))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Nachdem man damit laut Klinikdirektor Matthias Beckmann „jetzt Paaren helfen kann“, suchen die "
            "Forscher an der Klinik nach einem neuen Weg.",
            "jetzt Paaren",
            "Beckmann",
        ),
        (
            "Since the clinic, according to director Matthias Beckmann, “can now help couples”, search the "
            "researchers for a new way.",
            "can now help",
            None,
        ),
    ],
)
def test_a_verb_after_a_fragment_inside_a_sentence_is_no_tag(
    extractor: Extractor, text: str, content: str, speaker: str | None
) -> None:
    """After a quoted fragment inside a narrative sentence, the next verb goes on with that sentence: it is no tag
    of a verb the cue table lacks (``»…«, lachte Anne``), and in German the source phrase before the fragment
    names it. In English the fragment after a comma opens a statement that runs on past its marks, which the
    tag-chain check drops, so the fragment has no speaker: none is better than ``the researchers``."""
    q = _quote(extractor, text, content)
    assert "tag_unlisted_verb" not in q.rules
    if speaker is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None
        assert speaker in q.speaker.mention.text


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Mannschaft spielte stark. In der ARD zeigt sich der Bundestrainer zufrieden: „Wir haben eine "
            "deutliche Leistungssteigerung gezeigt.“",
            "Wir haben",
            "Bundestrainer",
        ),
        (
            "The team played well. On TV the coach seemed pleased: “We showed a clear improvement.”",
            "We showed",
            "coach",
        ),
    ],
)
def test_a_person_in_the_nominative_before_a_colon_introduces_the_quote(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """``zeigt sich der Bundestrainer zufrieden:`` with the role parsed as an object: its nominative article shows
    the subject the parse missed (English needs no such help: the parse finds ``the coach``)."""
    assert speaker in _mention(_quote(extractor, text, content))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Nach Angaben des Verfassungsschutzes soll es sich um Missionierung handeln, die jedoch nach Bewertung "
            "der Staatsanwaltschaft „keinen Anlass für strafrechtliche Maßnahmen“ hergibt.",
            "keinen Anlass",
            "Staatsanwaltschaft",
        ),
    ],
)
def test_the_source_phrase_nearest_before_the_quote_names_it(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    """Of two source phrases in the quote's sentence, the last one before the quote scopes over it. (English news
    reports such a fragment with its whole mixed statement, whose speaker the reported-speech rules give:
    LanguageProfile.fragment_quotes.)"""
    assert speaker in _mention(_quote(extractor, text, content))
