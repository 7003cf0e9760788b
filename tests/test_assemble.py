"""Assembling a document's result: mixed statements, scare quotes and the speaker list, end to end."""

from __future__ import annotations

import pytest

from quotekit import Extractor, QuoteKind

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "content", "reported"),
    [
        # English news reports the statement alone (PolNeAR's convention): the fragment is part of it.
        ('Rao said that the plan was "reckless and wrong" for the city.', "reckless and wrong", 1),
        # German news reports the statement and the fragment as a quotation of its own (SpkAtt's convention).
        ("Rao sagte, der Plan sei „rücksichtslos und falsch“ für die Stadt.", "rücksichtslos und falsch", 2),
    ],
)
def test_a_quoted_fragment_inside_reported_speech_is_reported_by_the_language_convention(
    extractor: Extractor, text: str, content: str, reported: int
) -> None:
    result = extractor.extract(text)
    assert len(result.quotes) == reported, [q.text for q in result.quotes]
    statement, *fragments = sorted(result.quotes, key=lambda q: len(q.text), reverse=True)
    assert statement.kind is QuoteKind.MIXED and content in statement.text
    assert [f.text for f in fragments] == [content] * (reported - 1)
    for q in (statement, *fragments):
        assert q.kind is QuoteKind.MIXED
        assert q.speaker is not None and q.speaker.name == "Rao"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Die Ministerin Anna Berger sagte, die Verhandlungen seien „zäh, aber ehrlich“ gewesen.",
            "zäh, aber ehrlich",
            "Anna Berger",
        ),
        (
            "Anna Berger said that the talks had been “tough but honest” for everyone.",
            "tough but honest",
            "Anna Berger",
        ),
    ],
)
def test_a_fragment_takes_the_speaker_of_the_statement_around_it(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    # The fragment's own entry where the language reports one, else the statement it is part of.
    quote = min((q for q in extractor.extract(text).quotes if content in q.text), key=lambda q: len(q.text))
    assert quote.speaker is not None and speaker in quote.speaker.name


@pytest.mark.parametrize(
    ("text", "statement", "fragment"),
    [
        # No reported statement holds these fragments; English reports the phrase each stands in. (``calling the
        # prince "dopey"`` is a label now, a reported statement of its own: tests/test_reported_labels_en.py.)
        ('The mayor answered on Tuesday by dismissing the prince as a "dope" and left the room.', "the prince", "dope"),
        ('The company described the offer as a series of "gifts" to its friends.', "a series of", "gifts"),
    ],
)
def test_a_lone_english_fragment_is_reported_as_the_phrase_it_stands_in(
    extractor: Extractor, text: str, statement: str, fragment: str
) -> None:
    (quote,) = extractor.extract(text).quotes
    assert quote.kind is QuoteKind.MIXED
    assert statement in quote.text and f'"{fragment}"' in quote.text
    assert text[quote.start : quote.end] == quote.text
    assert quote.open_mark is not None and quote.start < quote.open_mark.start


def test_a_lone_german_fragment_stays_the_words_in_marks(extractor: Extractor) -> None:
    # SpkAtt reports the quoted words themselves: German keeps the fragment as it is.
    (quote,) = extractor.extract("Der Minister nannte den Plan „rücksichtslos“ und ging.").quotes
    assert quote.text == "rücksichtslos"


def test_indirect_switch_leaves_direct_quotes_alone(extractor: Extractor) -> None:
    text = "Rao sagte, der Plan sei gut. „Wir sind bereit“, sagte Curran."
    with_indirect = extractor.extract(text)
    off = Extractor(indirect=False, offline=True)
    off.pipelines = extractor.pipelines
    without = off.extract(text)
    assert {q.kind for q in with_indirect.quotes} == {QuoteKind.INDIRECT, QuoteKind.DIRECT}
    assert [q.kind for q in without.quotes] == [QuoteKind.DIRECT]
    direct = next(q for q in with_indirect.quotes if q.kind is QuoteKind.DIRECT)
    # the same quote, speaker and cue; only the index into the speaker list may differ
    assert without.quotes[0].model_dump(exclude={"speaker": {"entity"}}) == direct.model_dump(
        exclude={"speaker": {"entity"}}
    )


def test_scare_quotes_and_titles_are_not_quotations(extractor: Extractor) -> None:
    result = extractor.extract("Die Mondlandefähre „Eagle“ landete im Meer der Ruhe. Er las „Faust“ gern.")
    assert result.quotes == ()


def test_a_reported_cue_is_the_verb_and_its_particle_not_the_speaker_between(extractor: Extractor) -> None:
    # Issue 14: reported speech handed its cue over as the whole attribution ``schlug Rao vor``, so the table
    # printed that as the cue and the HTML view underlined the speaker's name as part of the speech verb.
    text = (
        "Um KI-Entwickler mit Einfluss anzusprechen, schlug Rao vor, dass OpenAI ein Modell veröffentlichen "
        "würde, das groß ist."
    )
    q = next(q for q in extractor.extract(text).quotes if q.kind is QuoteKind.INDIRECT)
    assert q.cue is not None and q.speaker is not None
    assert (q.cue.text, q.cue.lemma, q.cue.words) == ("schlug", "vorschlagen", "schlug … vor")
    assert q.cue.particle is not None and text[q.cue.particle.start : q.cue.particle.end] == "vor"
    assert not q.cue.start < q.speaker.mention.end <= q.cue.end
