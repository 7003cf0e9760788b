"""The paragraph-tag rule: an untagged quotation that opens a turn is the speaker's whose tag the paragraph has."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import regex

from quotekit.attribution.context import Attribution, Context, QuoteTarget, turn_lead
from quotekit.attribution.own_tags import OWN_TAG_SIEVES
from quotekit.attribution.rules import Phase

__all__ = ["ParagraphTagSieve"]

_WORD = regex.compile(r"\w")


class ParagraphTagSieve:
    """A quotation that opens its paragraph, with no tag of its own, takes the speaker of a later quotation of the
    same paragraph that has its own tag, when narration stands between them.

    Fiction gives a turn one paragraph: ``– »Weshalb nicht, Hauke?« Und sich halb erhebend, setzte sie hinzu:
    »Willst du mit mir tanzen?«`` is hers in both quotations, though the previous paragraph was his (continuation
    carried his on). Not across a dash or comma alone (``»…« – »…«, sagte er``: two speakers in one paragraph,
    each a turn); only the first quotation after a paragraph break, as the turn rules read the others (not one
    opening the text: an excerpt may start mid-paragraph). Runs
    after turn-taking, which leaves such quotations to the rules after it, and before continuation.
    """

    name = "paragraph_tag"
    languages = None
    phase = Phase.NEIGHBOURS
    factor: ClassVar[float] = 0.7
    cap: ClassVar[float] = 0.6
    """The later tag's confidence times :attr:`factor`, at most :attr:`cap`."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        # at the text's very start an excerpt may open mid-paragraph: no turn known to open there
        if turn_lead(ctx, quote) != "\n" or ctx.own(quote.index) is not None:
            return None
        prev_end = quote.region[1]
        for j in range(quote.index + 1, len(ctx.quotes)):
            nq = ctx.quotes[j]
            if nq.paragraph != quote.paragraph:
                return None
            if not _WORD.search(ctx.text, prev_end, nq.region[0]):
                return None  # ``»…« – »…«``: joined by a dash, another speaker's turn
            own = ctx.own(j)
            if own is not None and own.speaker is not None:
                if own.sieve not in OWN_TAG_SIEVES:
                    return None
                conf = round(min(own.confidence * self.factor, self.cap), 3)
                return replace(own, sieve=self.name, confidence=conf, rule="later_tag")
            prev_end = nq.region[1]
        return None
