"""What the who-said-it tests read from a result: the quote that opens with given words, and its speaker mention."""

from __future__ import annotations

from quotekit import Extractor, Quote
from quotekit.models import ExtractionResult


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


def quote_at(result: ExtractionResult, start: str) -> Quote:
    """The first quote of ``result`` whose words start with ``start`` (``StopIteration`` when there is none)."""
    return next(q for q in result.quotes if q.text.startswith(start))


def name_at(result: ExtractionResult, start: str) -> str | None:
    """The speaker name of the first quote of ``result`` whose words start with ``start`` (None when unattributed)."""
    q = quote_at(result, start)
    return q.speaker.name if q.speaker is not None else None


def speaker_name(extractor: Extractor, text: str, start: str) -> str | None:
    """The speaker name of the first quote of ``text`` (run through ``extractor``) whose words start with ``start``
    (None when unattributed)."""
    return name_at(extractor.extract(text), start)
