"""What the who-said-it tests read from a result: the quote that opens with given words, and its speaker mention."""

from __future__ import annotations

from quotekit import Extractor, Quote


def quote_starting(extractor: Extractor, text: str, content: str) -> Quote:
    """The first quote of ``text`` whose words start with ``content`` (the test fails, listing the quotes found,
    when there is none)."""
    quotes = extractor.extract(text).quotes
    found = [q for q in quotes if q.text.startswith(content)]
    assert found, [q.text for q in quotes]
    return found[0]


def mention_of(q: Quote) -> str:
    """The speaker mention of ``q`` as written (the test fails when ``q`` has no speaker)."""
    assert q.speaker is not None, q.text
    return q.speaker.mention.text
