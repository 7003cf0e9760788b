"""What the who-said-it tests read from a result: the quote that opens with given words."""

from __future__ import annotations

from quotekit import Extractor, Quote


def quote_starting(extractor: Extractor, text: str, content: str) -> Quote:
    """The first quote of ``text`` whose words start with ``content`` (the test fails, listing the quotes found,
    when there is none)."""
    quotes = extractor.extract(text).quotes
    found = [q for q in quotes if q.text.startswith(content)]
    assert found, [q.text for q in quotes]
    return found[0]
