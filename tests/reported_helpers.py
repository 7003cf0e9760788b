"""What the reported-speech tests read from a result: one extractor per language on the session's models, and
each statement as (content, speaker as written, rule)."""

from __future__ import annotations

from quotekit import Extractor
from quotekit.models import ExtractionResult


def reporting(extractor: Extractor, lang: str) -> Extractor:
    """An extractor of ``lang`` with indirect speech on, sharing the session's loaded models (one load per run)."""
    ex = Extractor(lang=lang, indirect=True)
    ex.pipelines = extractor.pipelines
    return ex


def statements(result: ExtractionResult) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker as written, rule) of every indirect statement, in text order."""
    text = result.text
    return [
        (q.text, text[q.speaker.mention.start : q.speaker.mention.end] if q.speaker is not None else None, q.sieve)
        for q in result.quotes
        if q.kind.value == "indirect"
    ]


def starting_with(extractor: Extractor, lang: str, text: str, content: str) -> list[tuple[str, str | None, str | None]]:
    """The statements of ``text`` (indirect speech on) whose content starts with ``content``, in text order (the
    test fails, listing every statement, when there is none)."""
    found = statements(reporting(extractor, lang).extract(text))
    hits = [f for f in found if f[0].startswith(content)]
    assert hits, found
    return hits


def of_rule(extractor: Extractor, lang: str, text: str, rule: str) -> list[tuple[str, str | None, str | None]]:
    """The statements of ``text`` (indirect speech on) that ``rule`` made, in text order."""
    return [f for f in statements(reporting(extractor, lang).extract(text)) if f[2] == rule]


def kinds_and_texts(extractor: Extractor, lang: str, text: str) -> list[tuple[str, str]]:
    """(kind, text) of every quotation and statement of ``text`` (indirect speech on), in text order."""
    return [(q.kind.value, q.text) for q in reporting(extractor, lang).extract(text).quotes]
