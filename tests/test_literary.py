"""Literary text (issue 15): hard-wrapped novels and fiction dialogue tags, on passages written for these tests."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.paragraphs import is_hard_wrapped, split_paragraphs, unwrap_lines

# A Gutenberg-style passage: wrapped at about 70 characters, a blank line between paragraphs, a quotation and a
# ``said:`` that run over single line breaks.
WRAPPED_EN = (
    "The rain had not stopped since the morning, and the little party in the\n"
    "drawing-room had long since given up any hope of a walk. Margaret sat by\n"
    "the window with her needlework, and her brother read aloud from a novel\n"
    "that nobody was listening to.\n"
    "\n"
    '"I cannot bear another hour of this," cried Margaret. "If the sky does\n'
    "not clear by four o'clock I shall go out in it all the same, and you may\n"
    'tell Mother whatever you please."\n'
    "\n"
    "Her brother closed the book, looked at her for a long moment, and at last\n"
    "he said:\n"
    "\n"
    '"Then I shall come with you, for somebody must carry the umbrella."\n'
)

# News with one paragraph per line: every line break is a paragraph break, as before.
NEWS_EN = (
    "The city council approved the budget on Tuesday after a long debate.\n"
    '"This is a good day for the city," said Mayor Ellen Ward.\n'
    "Opponents said the plan cut too deeply into the library service.\n"
    '"We will keep fighting for every branch," said Tom Reyes.\n'
)

WRAPPED_DE = (
    "Es war schon spät am Abend, als der alte Förster endlich aus dem Walde\n"
    "zurückkam und die Tür hinter sich zuwarf, daß die Scheiben klirrten. Die\n"
    "Kinder saßen noch am Tisch und sahen ihn erschrocken an.\n"
    "\n"
    "»Wo ist die Laterne?« schrie er. »Ich habe euch doch gesagt, daß sie\n"
    "immer neben der Tür zu hängen hat!«\n"
    "\n"
    "»Sie hängt ja dort, Vater«, flüsterte Gretchen.\n"
)


def test_news_lines_are_not_wrapped() -> None:
    assert not is_hard_wrapped(NEWS_EN)
    assert unwrap_lines(NEWS_EN) is NEWS_EN
    assert len(split_paragraphs(NEWS_EN)) == 4


def test_wrapped_text_keeps_blank_lines_as_paragraph_breaks() -> None:
    assert is_hard_wrapped(WRAPPED_EN)
    flat = unwrap_lines(WRAPPED_EN)
    assert len(flat) == len(WRAPPED_EN)
    paras = [flat[p.start : p.end] for p in split_paragraphs(flat)]
    assert len(paras) == 4
    assert paras[3].startswith('"Then I shall come')
    assert "\n" not in paras[1]
    assert paras[2].endswith("he said:")


@pytest.mark.parametrize(
    "text",
    [
        "Short line.\nAnother short line.\nA third one.\nAnd a fourth.\n",  # a list: lines end sentences
        "Title\n\n" + "A paragraph of news that runs on for well over a hundred characters, as news paragraphs do, "
        "without any wrapping.\nAnother such paragraph follows on the next line, once more longer than a wrapped line "
        "could be.\nAnd a third.\n",
        "one\ntwo\n",  # too few lines to judge
    ],
)
def test_not_taken_for_wrapped(text: str) -> None:
    assert unwrap_lines(text) is text


def test_wrapped_without_blank_lines_keeps_indented_paragraphs() -> None:
    text = (
        "    The morning was grey and cold, and the wind came off the sea with a\n"
        "sharp edge that found every gap in the old house and made the candles\n"
        "gutter in their sticks all through breakfast.\n"
        "    Nobody spoke until the letter came, and then everybody spoke at once\n"
        "about what it might mean for the family and for the farm.\n"
    )
    flat = unwrap_lines(text)
    assert len(split_paragraphs(flat)) == 2


@pytest.mark.models
def test_wrapped_english_passage(extractor: Extractor) -> None:
    result = extractor.extract(WRAPPED_EN)
    assert result.text == WRAPPED_EN
    for q in result.quotes:
        assert WRAPPED_EN[q.start : q.end] == q.text
    direct = [q for q in result.quotes if q.kind.value == "direct"]
    texts = [q.text for q in direct]
    # The quotation crosses two line breaks and is one quote, with its line breaks as written.
    long = next(t for t in texts if t.startswith("If the sky does"))
    assert long.endswith("whatever you please.") and long.count("\n") == 2
    # ``cried`` is a tag, so the first part has its speaker and the second continues it.
    by_text = {q.text: q for q in direct}
    first = by_text["I cannot bear another hour of this,"]
    assert first.speaker is not None and first.speaker.name == "Margaret"
    assert first.cue is not None and first.cue.lemma == "cry"
    # ``he said:`` after a wrapped line, then a blank line, introduces the next paragraph's quote.
    last = next(q for q in direct if q.text.startswith("Then I shall come"))
    assert last.speaker is not None and last.speaker.mention.text == "he"
    assert last.cue is not None and last.cue.lemma == "say"


@pytest.mark.models
def test_news_line_breaks_stay_paragraph_breaks(extractor: Extractor) -> None:
    result = extractor.extract(NEWS_EN)
    direct = [q for q in result.quotes if q.kind.value == "direct"]
    assert [q.paragraph for q in direct] == [1, 3]
    assert [q.speaker.name if q.speaker else None for q in direct] == ["Ellen Ward", "Tom Reyes"]


@pytest.mark.models
def test_wrapped_german_passage_with_fiction_tags(extractor: Extractor) -> None:
    result = extractor.extract(WRAPPED_DE)
    for q in result.quotes:
        assert WRAPPED_DE[q.start : q.end] == q.text
    by_start = {q.text.split()[0]: q for q in result.quotes if q.kind.value == "direct"}
    laterne = by_start["Wo"]
    assert laterne.cue is not None and laterne.cue.lemma == "schreien"
    assert laterne.speaker is not None and laterne.speaker.mention.text == "er"
    assert by_start["Ich"].text.count("\n") == 1  # the second part runs over a wrapped line
    haengt = by_start["Sie"]
    assert haengt.speaker is not None and haengt.speaker.name == "Gretchen"
    assert haengt.cue is not None and haengt.cue.lemma == "flüstern"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("»Kratzt der Alte einmal wieder«, brummte er, »und stört die Leute.«", "und stört die Leute."),
        ('"Yes," laughed Tom, "but only on Sundays."', "but only on Sundays."),
        ("»Das sollten wir!« »Aber sie sind gesund!«", "Aber sie sind gesund!"),
    ],
)
def test_dialogue_continuations_are_direct(text: str, quote: str) -> None:
    """The second part of a quotation interrupted by a tag without a known speech verb, and a quotation right
    after a finished one, are direct speech, not fragments of the narrator's sentence (no parse needed)."""
    from quotekit.attribution.classify import classify_quote

    start = text.rindex(quote)
    end = start + len(quote)
    assert classify_quote(text, start, end, (start - 1, start), (end, end + 1), []) == "direct"


@pytest.mark.parametrize("text", ["", "\n", "\n\n  \n", "   "])
def test_empty_and_blank_texts_are_not_wrapped(text: str) -> None:
    # A text of nothing but blank lines has no line to look at; the check must say so, not fail.
    from quotekit.paragraphs import is_hard_wrapped, unwrap_lines

    assert not is_hard_wrapped(text)
    assert unwrap_lines(text) is text
