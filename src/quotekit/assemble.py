"""The last stage: quote spans + parses → attribution → speaker resolution → the frozen result."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quotekit.models import Cue, ExtractionResult, Language, MentionKind, Quote, QuoteKind, Span, Speaker
from quotekit.paragraphs import Paragraph, paragraph_at
from quotekit.scanner import QuoteSpan
from quotekit.sieves import Attribution, QuoteTarget, attribute
from quotekit.tree import ParsedSentence

__all__ = ["assemble", "span_of"]


def span_of(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _speaker(text: str, att: Attribution | None) -> Speaker | None:
    if att is None or att.speaker is None:
        return None
    s, e = att.speaker
    mention = span_of(text, s, e)
    return Speaker(name=mention.text, mention=mention, mention_kind=att.mention_kind)


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
    times.attribution += t1 - t0

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
                speaker=_speaker(text, att),
                cue=_cue(text, att),
                confidence=att.confidence if att is not None else 0.0,
                sieve=att.sieve if att is not None else None,
                rules=(att.sieve,) if att is not None else (),
                flags=tuple(sorted(s.flags, key=lambda f: f.value)),
                nested=tuple(span_of(text, n.start, n.end) for n in nested.get(i, [])),
            )
        )
    _ = MentionKind
    return ExtractionResult(
        id=doc_id,
        text=text,
        quotes=tuple(quotes),
        paragraph_languages=tuple(languages),
    )
