"""What the who-said-it tests read from a result: the quote that opens with given words, and its speaker mention."""

from __future__ import annotations

from typing import Literal

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


def speaker_at(result: ExtractionResult, start: str, read: Literal["name", "mention"]) -> str | None:
    """The speaker of the first quote of ``result`` whose words start with ``start``, as its resolved ``name`` or its
    ``mention`` as written (None when unattributed; the test fails, naming ``start``, when there is no such quote).
    Tests of a tag's wording read the mention (``einer``, ``dieser``, ``es``), tests of who speaks read the name."""
    q = next((q for q in result.quotes if q.text.startswith(start)), None)
    assert q is not None, start
    if q.speaker is None:
        return None
    return q.speaker.name if read == "name" else q.speaker.mention.text


def name_at(result: ExtractionResult, start: str) -> str | None:
    """The speaker name of the first quote of ``result`` whose words start with ``start`` (None when unattributed;
    the test fails when there is no such quote)."""
    return speaker_at(result, start, "name")


def speaker_name(extractor: Extractor, text: str, start: str) -> str | None:
    """The speaker name of the first quote of ``text`` (run through ``extractor``) whose words start with ``start``
    (None when unattributed)."""
    return name_at(extractor.extract(text), start)
