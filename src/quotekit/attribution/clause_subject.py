"""The clause-subject rule: a quote inside a narrative sentence belongs to the subject of its verb."""

from __future__ import annotations

from typing import ClassVar

from quotekit.attribution.context import Attribution, Context, QuoteTarget
from quotekit.attribution.mentions import is_nominal
from quotekit.attribution.rules import Phase

__all__ = ["ClauseSubjectSieve"]


class ClauseSubjectSieve:
    """A quote embedded in a narrative sentence: the subject of the verb it hangs off speaks it.

    English: ``Jeb Bush called his rival "totally scripted."``; German: ``Stoiber begründete seinen Rückzug mit
    einer „veränderten Lage“.`` Low confidence: the verb is no speech verb, so scare quotes and titles in a
    sentence with a subject are attributed too (indirect/mixed detection decides whether they are quotes).
    Known failure: ``Die Polizei fand einen Zettel: „…“``.
    """

    name = "clause_subject"
    languages = None
    phase = Phase.OWN
    confidence: ClassVar[float] = 0.45
    """Low: the verb is no speech verb, so scare quotes and titles in a sentence with a subject come too."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        for si in ctx.touching(quote):
            sent = ctx.sentences[si]
            qwords = set(ctx.quote_words(si, quote.index))
            # The quote's attachment points: its words whose head lies outside it.
            for k in sorted(qwords):
                h = sent[k].head
                seen: set[int] = set()
                while 0 <= h < len(sent) and h not in seen and h not in qwords:
                    seen.add(h)
                    w = sent[h]
                    if ctx.outside(si, h) and w.upos in ("VERB", "AUX"):
                        subj = [
                            c
                            for c in sent.children(h, "nsubj")
                            if ctx.outside(si, c.index) and is_nominal(c, sent.lang)
                        ]
                        if subj:
                            cue = (w.start, w.end, w.lemma)
                            return ctx.build(self.name, "governing_verb", si, subj[0].index, cue, self.confidence)
                        break
                    if not ctx.outside(si, h):
                        break
                    h = w.head
        return None
