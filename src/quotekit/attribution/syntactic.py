"""The syntactic rule: the quote hangs off a speech verb (or the verb off the quote) in the parse."""

from __future__ import annotations

from typing import ClassVar

from quotekit.attribution.context import Attribution, Context, Cue, QuoteTarget
from quotekit.attribution.rules import Phase

__all__ = ["SyntacticSieve"]


class SyntacticSieve:
    """The quote hangs off a speech verb outside it (or the verb off a word inside it) → the verb's subject.

    Patterns: ``ccomp``/``parataxis``/``obj``/… from the verb into the quote; the verb as ``parataxis``/``conj``
    of the quote's root (the compact models' usual analysis of ``"…," he said``); speaker = ``nsubj``
    (inverted too: ``sagte Rao``), passive agent, the subject of the verb it hangs off (``agreed, saying``),
    else the nearest nominal dependent (``sagte Angela Merkel`` parsed with ``Merkel`` as obj).
    English: ``"They need to maintain that fine balance," he said.`` German: ``„Sie reden …“, sagte Rao.``
    Known failure: when the parser hangs the verb off a word outside the quote (a second clause) no link is
    seen; the pattern sieve's tag rule then usually takes it.
    """

    name = "syntactic"
    languages = None
    phase = Phase.OWN
    base_confidence: ClassVar[float] = 0.9

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        def linked(si: int, cue: Cue) -> Attribution | None:
            how = ctx.linked(si, cue.word, quote.index)
            return None if how is None else ctx.from_cue(self.name, how, cue, self.base_confidence)

        return ctx.nearest_cue(quote, linked)
