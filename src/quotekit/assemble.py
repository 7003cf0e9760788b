"""The last stage: the frozen :class:`~quotekit.models.ExtractionResult` from what the stages before found.

:class:`Entry` is a quotation or reported statement on its way to becoming a :class:`~quotekit.models.Quote`;
:func:`build_result` turns the entries and their resolved speakers into the result. Which entries there are
and who speaks them is decided before (see :mod:`quotekit.extractor`); nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from quotekit.attribution.own_tags import AttributionLike
from quotekit.attribution.resolution import Resolution
from quotekit.models import Cue, ExtractionResult, Language, Quote, QuoteKind, Span
from quotekit.paragraphs import Paragraph, paragraph_at
from quotekit.scanner import QuoteSpan, mark_class, quote_marks

__all__ = ["Entry", "build_result", "quote_region", "span_of"]


def span_of(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _cue(text: str, cue: tuple[int, int, str] | None) -> Cue | None:
    if cue is None:
        return None
    s, e, lemma = cue
    words = list(_WORD.finditer(text, s, e))
    if len(words) > 1 and lemma.isalpha():
        # The reported-speech rules hand over the whole attribution, verb to particle (``schlug Rao vor``): as a
        # cue that is the verb and its particle, as for quotations, so the speaker inside is not part of the cue.
        particle = _separated_particle(text, s, words[0].end(), lemma, limit=e)
        if particle is not None and particle[1] == words[-1].end():
            e = words[0].end()
        else:
            particle = None  # some other phrase (``nach Angaben``): the span as handed over
    else:
        particle = _separated_particle(text, s, e, lemma)
    return Cue(start=s, end=e, text=text[s:e], lemma=lemma, particle=span_of(text, *particle) if particle else None)


# Initial and final punctuation covers the typographic marks that may be apostrophes (‘ ’); ' is no clause end.
_CLAUSE_END = regex.compile(r"[.!?;:,\n\p{Pi}\p{Pf}\p{Ps}\p{Pe}" + mark_class(quote_marks().unambiguous) + "]")
_WORD = regex.compile(r"\p{L}+")


def _separated_particle(
    text: str, start: int, end: int, lemma: str, limit: int | None = None
) -> tuple[int, int] | None:
    """Offsets of the separated particle of a German particle verb cue (``hinzu`` in ``fügte sie hinzu``).

    The sieves hand over the verb's offsets and the reassembled lemma (``hinzufügen``), not the particle's word,
    so it is found again in the text: the last word before the clause ends that the lemma starts with, whose
    rest begins like the verb (``hinzu`` + ``fügen`` for ``fügte``). A joined form (``hinzugefügt``) has none.
    """
    verb = text[start:end].casefold()
    if not verb.isalpha() or not lemma.isalpha() or len(lemma) <= len(verb) // 2:
        return None
    reach = min(len(text), end + 80) if limit is None else limit
    stop = _CLAUSE_END.search(text, end, reach)
    found = None
    for m in _WORD.finditer(text, end, stop.start() if stop else reach):
        word = m.group().casefold()
        rest = lemma.casefold()[len(word) :]
        if len(word) >= 2 and lemma.casefold().startswith(word) and rest[:1] == verb[:1] and not verb.startswith(word):
            found = (m.start(), m.end())
    return found


@dataclass(frozen=True)
class Entry:
    """A quotation or a reported statement on its way to becoming a :class:`Quote`."""

    start: int
    end: int
    kind: QuoteKind
    attribution: AttributionLike | None
    cue: tuple[int, int, str] | None
    span: QuoteSpan | None = None
    span_index: int | None = None
    """Position of ``span`` in the scanner's list (where its nested quotes are filed)."""
    addressee: tuple[int, int] | None = None
    """Offsets of the name or pronoun the quotation is addressed to, where the text shows it."""
    within: tuple[int, int] | None = None
    """Content offsets of the quotation that holds this statement (speech a character reports), else None."""


def quote_region(s: QuoteSpan) -> tuple[int, int]:
    """The quote with its marks."""
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


def build_result(
    text: str,
    *,
    doc_id: str | None,
    paragraphs: Sequence[Paragraph],
    languages: Sequence[Language | None],
    spans: Sequence[QuoteSpan],
    entries: Sequence[Entry],
    resolved: Resolution,
) -> ExtractionResult:
    """The document's frozen result from its entries (in text order) and their resolved speakers."""
    paras = list(paragraphs)

    def para(offset: int) -> int:
        return paragraph_at(paras, offset) if paras else 0

    nested = _nested_by_root(spans)
    holders = {(e.start, e.end): k for k, e in enumerate(entries) if e.span is not None and e.within is None}
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
                addressee=span_of(text, *e.addressee) if e.addressee is not None else None,
                within=holders.get(e.within) if e.within is not None else None,
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
