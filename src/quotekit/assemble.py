"""The last stage: quote spans + parses → attribution → speaker resolution → the frozen result."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quotekit.models import Cue, ExtractionResult, Language, Quote, QuoteKind, Span
from quotekit.paragraphs import Paragraph, paragraph_at
from quotekit.resolution import resolve_speakers
from quotekit.scanner import QuoteSpan
from quotekit.sieves import Attribution, QuoteTarget, attribute
from quotekit.tree import ParsedSentence

__all__ = ["assemble", "span_of"]


def span_of(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _cue(text: str, att: Attribution | None) -> Cue | None:
    if att is None or att.cue is None:
        return None
    s, e, lemma = att.cue
    return Cue(start=s, end=e, text=text[s:e], lemma=lemma)


def assemble(
    text: str,
    *,
    doc_id: str | None,
    paragraphs: Sequence[Paragraph],
    languages: Sequence[Language | None],
    spans: Sequence[QuoteSpan],
    sentences: Sequence[ParsedSentence],
    indirect: bool,
    times: Any,
) -> ExtractionResult:
    import time

    top = [i for i, s in enumerate(spans) if s.depth == 0]
    nested: dict[int, list[QuoteSpan]] = {i: [] for i in top}
    for s in spans:
        if s.depth > 0:
            root = s
            while root.parent is not None and root.depth > 0:
                root = spans[root.parent]
            nested.setdefault(spans.index(root), []).append(s)
    targets = []
    for k, i in enumerate(top):
        s = spans[i]
        para = paragraph_at(list(paragraphs), s.start) if paragraphs else 0
        targets.append(QuoteTarget(index=k, start=s.start, end=s.end, open=s.open, close=s.close, paragraph=para))
    t0 = time.perf_counter()
    atts = attribute(text, targets, sentences)
    t1 = time.perf_counter()
    quote_ranges = [(s.open[0] if s.open else s.start, s.close[1] if s.close else s.end) for s in spans]
    resolved = resolve_speakers(text, atts, sentences, paragraphs, quote_ranges=quote_ranges)
    times.attribution += t1 - t0
    times.resolution += time.perf_counter() - t1

    quotes = []
    for k, i in enumerate(top):
        s = spans[i]
        att = atts[k]
        para = targets[k].paragraph
        quotes.append(
            Quote(
                text=text[s.start : s.end],
                start=s.start,
                end=s.end,
                kind=QuoteKind.DIRECT,
                open_mark=span_of(text, *s.open) if s.open else None,
                close_mark=span_of(text, *s.close) if s.close else None,
                language=languages[para] if para < len(languages) else None,
                paragraph=para,
                speaker=resolved.speakers[k],
                cue=_cue(text, att),
                confidence=round(resolved.confidences[k], 4),
                sieve=att.sieve if att is not None else None,
                rules=resolved.rules[k],
                flags=tuple(sorted(s.flags, key=lambda f: f.value)),
                nested=tuple(span_of(text, n.start, n.end) for n in nested.get(i, [])),
            )
        )
    quotes_of: dict[int, list[int]] = {}
    for k, q in enumerate(quotes):
        if q.speaker is not None and q.speaker.entity is not None:
            quotes_of.setdefault(q.speaker.entity, []).append(k)
    return ExtractionResult(
        id=doc_id,
        text=text,
        quotes=tuple(quotes),
        speakers=resolved.speaker_entities(quotes_of),
        paragraph_languages=tuple(languages),
    )
