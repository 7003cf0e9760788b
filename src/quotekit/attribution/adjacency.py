"""The adjacency rule: a speech verb with a subject in the sentence right before or after the quote."""

from __future__ import annotations

from typing import ClassVar

from quotekit.attribution.context import Attribution, Context, QuoteTarget
from quotekit.attribution.rules import Phase
from quotekit.models import MentionKind

__all__ = ["AdjacencySieve", "free_neighbour", "standalone"]


class AdjacencySieve:
    """A speech verb with a subject in the sentence right before or after the quote, not tied to another quote.

    English: ``Curran agreed, saying that …. "They have to …"``; German: ``Rao äußerte sich skeptisch.
    „Das wird nicht reichen.“`` (with a cue verb). Across a paragraph break only a named or pronoun speaker
    counts and only when the language stays the same. Known failure: a narrative sentence with a speech verb
    about something else (``Only time will tell``) next to an unattributed quote.
    """

    name = "adjacency"
    languages = None
    phase = Phase.OWN
    previous: ClassVar[float] = 0.65
    """A speech verb in the sentence right before the quote, same paragraph."""
    previous_across_paragraph: ClassVar[float] = 0.5
    """The same across a paragraph break (named or pronoun speakers only)."""
    following: ClassVar[float] = 0.55
    """A speech verb in the sentence right after the quote."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        if not standalone(ctx, quote):
            return None  # a quote inside a narrative sentence belongs to that sentence, not to its neighbours
        return self._previous(ctx, quote) or self._next(ctx, quote)

    def _previous(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        a = quote.region[0]
        si = ctx.sentence_before(a)
        if si is None:
            return None
        sent = ctx.sentences[si]
        # A neighbour that holds a quote of its own carries that quote's attribution: continuation's turn.
        if not free_neighbour(ctx, si, sent.end, a, ctx.lang_of(quote)):
            return None
        crosses = "\n" in ctx.text[sent.end : a]
        confidence = self.previous_across_paragraph if crosses else self.previous
        for cue in reversed(ctx.cues(si)):
            if ctx.linked_any(cue):
                continue
            att = ctx.from_cue(self.name, "previous_sentence", cue, confidence)
            if att is None:
                continue
            if crosses and att.mention_kind not in (MentionKind.NAME, MentionKind.PRONOUN):
                continue
            return att
        return None

    def _next(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        b = quote.region[1]
        si = ctx.sentence_after(b)
        if si is None:
            return None
        sent = ctx.sentences[si]
        if not free_neighbour(ctx, si, b, sent.start, ctx.lang_of(quote)) or "\n" in ctx.text[b : sent.start]:
            return None
        for cue in ctx.cues(si):
            if ctx.linked_any(cue):
                continue
            att = ctx.from_cue(self.name, "next_sentence", cue, self.following)
            if att is not None:
                return att
        return None


def free_neighbour(ctx: Context, si: int, gap_start: int, gap_end: int, lang: str | None) -> bool:
    """Sentence ``si`` borders the quote (nothing but marks and spaces between), shares its language and
    holds no quote of its own."""
    return (
        ctx.gap_is_blank(gap_start, gap_end)
        and (lang is None or ctx.sentences[si].lang == lang)
        and all(k < 0 for k in ctx.inside[si])
    )


def standalone(ctx: Context, quote: QuoteTarget) -> bool:
    """The quote's sentences hold no words of their own outside the marks (punctuation aside)."""
    for si in ctx.touching(quote):
        for w in ctx.sentences[si]:
            if ctx.outside(si, w.index) and any(c.isalnum() for c in w.text):
                return False
    return True
