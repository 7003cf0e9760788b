"""The last stage: quote spans + parses → classification → attribution → resolution → the frozen result.

Quoted spans are classified first (direct, mixed, or not a quotation at all: scare quotes and titles), the
quotations are attributed by the sieves, reported statements without marks are found when asked for, and
then all of them go through speaker resolution together, in text order, so that an indirect statement
(``sagte Forrester’s Curran, … gebe es …``) can be the antecedent of a later ``sagte er``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from quotekit.indirect import QuoteClassifier, ReportedStatement, find_indirect
from quotekit.models import Cue, ExtractionResult, Language, Quote, QuoteKind, Span
from quotekit.paragraphs import Paragraph, paragraph_at
from quotekit.resolution import AttributionLike, resolve_speakers
from quotekit.scanner import QuoteSpan
from quotekit.sieves import QuoteTarget, attribute
from quotekit.tree import ParsedSentence

__all__ = ["StageClock", "assemble", "span_of"]


class StageClock(Protocol):
    """Where assemble() adds its seconds (the extractor's ``StageTimes`` fits)."""

    attribution: float
    resolution: float


def span_of(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _cue(text: str, cue: tuple[int, int, str] | None) -> Cue | None:
    if cue is None:
        return None
    s, e, lemma = cue
    return Cue(start=s, end=e, text=text[s:e], lemma=lemma)


@dataclass(frozen=True)
class _Entry:
    """A quotation or a reported statement on its way to becoming a :class:`Quote`."""

    start: int
    end: int
    kind: QuoteKind
    attribution: AttributionLike | None
    cue: tuple[int, int, str] | None
    span: QuoteSpan | None = None
    span_index: int | None = None
    """Position of ``span`` in the scanner's list (where its nested quotes are filed)."""


def _region(s: QuoteSpan) -> tuple[int, int]:
    return (s.open[0] if s.open else s.start, s.close[1] if s.close else s.end)


def _nested_by_root(spans: Sequence[QuoteSpan]) -> dict[int, list[QuoteSpan]]:
    nested: dict[int, list[QuoteSpan]] = {}
    for s in spans:
        if s.depth == 0 or s.parent is None:
            continue
        root = s.parent
        while spans[root].depth > 0 and spans[root].parent is not None:
            root = spans[root].parent  # type: ignore[assignment]  # checked in the loop condition
        nested.setdefault(root, []).append(s)
    return nested


def assemble(
    text: str,
    *,
    doc_id: str | None,
    paragraphs: Sequence[Paragraph],
    languages: Sequence[Language | None],
    spans: Sequence[QuoteSpan],
    sentences: Sequence[ParsedSentence],
    indirect: bool,
    times: StageClock,
) -> ExtractionResult:
    """Build the document's result from its quote spans and parsed sentences."""
    paras = list(paragraphs)

    def para(offset: int) -> int:
        return paragraph_at(paras, offset) if paras else 0

    t0 = time.perf_counter()
    top = [i for i, s in enumerate(spans) if s.depth == 0]
    kept: list[tuple[int, QuoteKind]] = []
    classifier = QuoteClassifier(text, sentences)
    for i in top:
        qs = spans[i]
        cls = classifier.classify(qs.start, qs.end, qs.open, qs.close)
        if cls != "none":  # scare quotes and titles are nobody's quotation
            kept.append((i, QuoteKind.MIXED if cls == "mixed" else QuoteKind.DIRECT))
    targets = [
        QuoteTarget(index=k, start=spans[i].start, end=spans[i].end, open=spans[i].open, close=spans[i].close,
                    paragraph=para(spans[i].start))
        for k, (i, _) in enumerate(kept)
    ]  # fmt: skip
    atts = attribute(text, targets, sentences)
    entries = [
        _Entry(spans[i].start, spans[i].end, kind, att, att.cue if att else None, spans[i], i)
        for (i, kind), att in zip(kept, atts, strict=True)
    ]
    if indirect:
        statements: list[ReportedStatement] = find_indirect(text, sentences, [_region(spans[i]) for i in top])
        statements = [st for st in statements if st.end > st.start]
        # a quoted fragment inside a mixed statement is part of that statement, not a quote of its own
        mixed = [(st.start, st.end) for st in statements if st.kind == "mixed"]
        entries = [e for e in entries if not any(ms <= e.start and e.end <= me for ms, me in mixed)]
        entries.extend(_Entry(st.start, st.end, QuoteKind(st.kind), st, st.cue) for st in statements)
    entries.sort(key=lambda e: (e.start, e.end))
    t1 = time.perf_counter()
    resolved = resolve_speakers(
        text, [e.attribution for e in entries], sentences, paras, quote_ranges=[_region(spans[i]) for i in top]
    )
    t2 = time.perf_counter()
    times.attribution += t1 - t0
    times.resolution += t2 - t1

    nested = _nested_by_root(spans)
    quotes = []
    for k, e in enumerate(entries):
        s = e.span
        p = para(e.start)
        quotes.append(
            Quote(
                text=text[e.start : e.end],
                start=e.start,
                end=e.end,
                kind=e.kind,
                open_mark=span_of(text, *s.open) if s is not None and s.open else None,
                close_mark=span_of(text, *s.close) if s is not None and s.close else None,
                language=languages[p] if p < len(languages) else None,
                paragraph=p,
                speaker=resolved.speakers[k],
                cue=_cue(text, e.cue),
                confidence=round(min(1.0, max(0.0, resolved.confidences[k])), 4),
                sieve=e.attribution.sieve if e.attribution is not None else None,
                rules=resolved.rules[k],
                flags=tuple(sorted(s.flags, key=lambda f: f.value)) if s is not None else (),
                nested=tuple(span_of(text, n.start, n.end) for n in nested.get(e.span_index, []))
                if e.span_index is not None
                else (),
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
