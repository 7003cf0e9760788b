"""The adjacency rule: a speech verb with a subject in the sentence right before or after the quote."""

from __future__ import annotations

from typing import ClassVar

from quotekit.attribution.context import Attribution, Context, Cue, QuoteTarget
from quotekit.attribution.mentions import GROUP_RANK, speaker_rank
from quotekit.attribution.rules import Phase
from quotekit.lang import profile
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind

__all__ = ["AdjacencySieve", "free_neighbour", "standalone"]

# Relations through which a speech verb holds a clause of content (``that …``, ``dass …``, ``zu …``).
_CONTENT_RELS = frozenset({"ccomp", "xcomp", "advcl"})
_SENTENCE_END = frozenset({".", "!", "?"})


class AdjacencySieve:
    """A speech verb with a subject in the sentence right before or after the quote, not tied to another quote.

    English: ``Curran agreed, saying that …. "They have to …"``; German: ``Rao äußerte sich skeptisch.
    „Das wird nicht reichen.“`` (with a cue verb). Across a paragraph break only a named or pronoun speaker
    counts and only when the language stays the same. A sentence after the quote counts only when its verb has no
    content of its own and its speaker is a person, group or statement (``Die Arithmetik spricht für Romney``
    is no tag). Known failure: a narrative sentence with a speech verb
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
            if ctx.linked_any(cue) or _says_own_content(ctx, cue):
                continue
            att = ctx.from_cue(self.name, "next_sentence", cue, self.following)
            if att is not None and _speaker_like(ctx, si, att):
                return att
        return None


def _speaker_like(ctx: Context, si: int, att: Attribution) -> bool:
    """A person, group or statement, or where only names are capitalised, a word the document capitalises inside
    sentences (``Weaver said.``, with ``Weaver`` tagged a common noun)."""
    if att.head is None:
        return False
    sent = ctx.sentences[si]
    if speaker_rank(sent, att.head) >= GROUP_RANK:
        return True
    return not profile(sent.lang).capitalised_nouns and ctx.capitalised_inside(sent[att.head].text)


def _says_own_content(ctx: Context, cue: Cue) -> bool:
    """The speech verb has content of its own outside every quote (``teilte mit, dass …``, ``hatte angekündigt,
    den Einsatz fortsetzen zu wollen``): the sentence reports that, not the quote before it, which an earlier
    tag's speaker goes on speaking (continuation). The compact parsers hang such content off anything, so a
    complementiser or infinitive marker after the verb counts as well as a clause the verb governs."""
    si = cue.sent
    sent = ctx.sentences[si]
    # Only up to the end of the verb's own sentence (the splitter may have run the next one on).
    end = next((w.index for w in sent.words[cue.word + 1 :] if w.text in _SENTENCE_END), len(sent))
    if any(c.base_rel in _CONTENT_RELS and c.index < end and ctx.outside(si, c.index) for c in sent.children(cue.word)):
        return True
    markers = lexicon_words("complementiser", sent.lang) | lexicon_words("infinitive_marker", sent.lang)
    return any(
        w.upos in ("SCONJ", "PART") and w.text.lower() in markers and ctx.outside(si, w.index)
        for w in sent.words[cue.word + 1 : end]
    )


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
