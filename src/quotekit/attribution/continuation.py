"""The continuation rule: a quote without its own attribution carries on the previous (or next) quote's speaker."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import regex

from quotekit.attribution.context import Attribution, Context, Cue, QuoteTarget, joined_turn
from quotekit.attribution.mentions import is_nominal, is_pronoun
from quotekit.attribution.reported_mood import is_konjunktiv_i
from quotekit.attribution.rules import Phase
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import cue_surface_pattern
from quotekit.scanner import mark_class, quote_marks
from quotekit.tree import ParsedSentence

_WORD_CHAR = regex.compile(r"\w")
_CAPITALISED_WORD = regex.compile(r"(?<=[^\s.!?:" + mark_class(quote_marks().opening) + r"]\s+)\p{Lu}\w+")


__all__ = ["ContinuationSieve"]


class ContinuationSieve:
    """A quote without its own attribution continues the previous quote's speaker, until someone else comes in.

    ``„…“, sagte er, „…“`` and ``"…," he said. "…"`` (the second part); a quote right before an attributed
    one in the same paragraph takes that one's speaker (``"…." "…," she said.``). Stops at another speech
    verb or named subject in between, at a paragraph of narrative that names someone, and at a change of
    language. Known failure: an interview where two people alternate without tags.
    """

    name = "continuation"
    languages = None
    phase = Phase.NEIGHBOURS
    max_gap: ClassVar[int] = 400
    previous_factor: ClassVar[float] = 0.85
    """Carrying on the previous quote's speaker: its confidence times this, at most :attr:`previous_cap`."""
    previous_cap: ClassVar[float] = 0.7
    next_factor: ClassVar[float] = 0.7
    """Taking the next quote's speaker (``"…." "…," she said.``): its confidence times this, at most
    :attr:`next_cap`."""
    next_cap: ClassVar[float] = 0.6

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        i = quote.index
        if i > 0 and (prev := ctx.final[i - 1]) is not None and prev.speaker is not None:
            pq = ctx.quotes[i - 1]
            if self._continues(ctx, pq, quote, prev) and not joined_turn(ctx, i):
                return replace(
                    prev,
                    sieve=self.name,
                    confidence=round(min(prev.confidence * self.previous_factor, self.previous_cap), 3),
                    rule="previous_quote",
                )
        if i + 1 < len(ctx.quotes):
            nq = ctx.quotes[i + 1]
            gap = ctx.text[quote.region[1] : nq.region[0]]
            if ctx.gap_is_blank(quote.region[1], nq.region[0]) and "\n" not in gap and not joined_turn(ctx, i + 1):
                nxt = ctx.own(i + 1)
                if nxt is not None and nxt.speaker is not None:
                    return replace(
                        nxt,
                        sieve=self.name,
                        confidence=round(min(nxt.confidence * self.next_factor, self.next_cap), 3),
                        rule="next_quote",
                    )
        return None

    @staticmethod
    def _other_speaker(ctx: Context, cue: Cue, prev: Attribution) -> bool:
        """A speech verb between the quotes brings in someone else unless it shares the previous speaker
        (``sagte Rao und beschrieb …``) or has no speaker of its own."""
        found = ctx.speaker_of(cue)
        if found is None or prev.speaker is None:
            return found is not None
        m = ctx.mention(cue.sent, found[0])
        return m is not None and not (m.start < prev.speaker[1] and prev.speaker[0] < m.end)

    def _continues(self, ctx: Context, pq: QuoteTarget, q: QuoteTarget, prev: Attribution) -> bool:
        a, b = pq.region[1], q.region[0]
        if b < a or b - a > self.max_gap:
            return False
        lang_p, lang_q = ctx.lang_of(pq), ctx.lang_of(q)
        if lang_p and lang_q and lang_p != lang_q:
            return False
        own_spans = [s for s in (prev.speaker, prev.cue[:2] if prev.cue else None) if s is not None]
        lang = lang_p or lang_q
        return not (
            self._someone_else_parsed(ctx, a, b, prev, own_spans)
            or _unparsed_cue(ctx, a, b, lang, own_spans)
            or _narrative_after_break(ctx.text[a:b], lang)
        )

    def _someone_else_parsed(
        self, ctx: Context, a: int, b: int, prev: Attribution, own_spans: list[tuple[int, int]]
    ) -> bool:
        """Parsed words in the gap: another speech verb, or another named subject, means another speaker.
        Words of the previous quote's own attribution clause (``said in a documentary that showed …``) don't."""
        for si in ctx.sentences_between(a, b):
            sent = ctx.sentences[si]
            if sent.end <= a or sent.start >= b:
                continue
            own_clause: set[int] = set()
            if prev.cue is not None:
                for w in sent:
                    if w.start == prev.cue[0]:
                        own_clause = set(sent.subtree(w.index))
            for w in sent:
                if w.start < a or w.end > b or not ctx.outside(si, w.index) or _overlaps(own_spans, w.start, w.end):
                    continue
                if w.index in own_clause or w.upos == "PRON":
                    continue
                cue = next((c for c in ctx.cues(si) if c.word == w.index), None)
                if cue is not None and self._other_speaker(ctx, cue, prev):
                    return True
                if (
                    w.base_rel == "nsubj"
                    and is_nominal(w, sent.lang)
                    and not is_pronoun(w, sent.lang)
                    and not _reported_clause(sent, w.head)
                ):
                    return True  # narrative with a subject of its own comes between the quotes
        return False


def _reported_clause(sent: ParsedSentence, v: int) -> bool:
    """The clause of ``v`` is in Konjunktiv I (its verb, auxiliary or copula), where the language's mood marks
    reported speech: it goes on reporting the previous speaker (``„…“, sagte Stöhr. Die Gefahr sei real. „…“``),
    so its subject is what the speaker talks about, not someone new speaking."""
    if not 0 <= v < len(sent) or not profile(sent.lang).reported_mood:
        return False
    return any(is_konjunktiv_i(w) for w in (sent[v], *sent.children(v, "aux", "cop")))


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < oe and os < e for os, oe in spans)


def _unparsed_cue(ctx: Context, a: int, b: int, lang: str | None, own_spans: list[tuple[int, int]]) -> bool:
    """Text the selection left unparsed: a speech cue there is enough to stop."""
    if lang not in LANGUAGES:
        return False
    for m in cue_surface_pattern(lang).finditer(ctx.text, a, b):
        if not ctx.parsed_at(m.start(), m.end()) and not _overlaps(own_spans, m.start(), m.end()):
            return True
    return False


def _narrative_after_break(gap: str, lang: str | None) -> bool:
    """Narrative after a paragraph break (whole paragraphs, or words before the quote in its own paragraph)
    may bring in the next speaker: English names show as capitalised words inside a sentence; German
    capitalises every noun, so there any narrative ends the run."""
    if "\n" not in gap:
        return False
    for line in gap.split("\n")[1:]:
        if not _WORD_CHAR.search(line):
            continue
        if lang is None or profile(lang).capitalised_nouns or _CAPITALISED_WORD.search(line):
            return True
    return False
