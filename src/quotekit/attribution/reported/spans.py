"""The stretch of a sentence a rule claims (:class:`Found`), the helpers that trim and bound it, and the base class
of the sentence rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from quotekit.attribution.reported.sentence import (
    FINITE_UPOS,
    MIN_CONTENT_WORDS,
    ReportedStatement,
    SentenceContext,
    is_comma,
    is_punct,
)
from quotekit.attribution.rules import Phase
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence, Word


@dataclass(frozen=True, slots=True)
class Found:
    """A content stretch of one sentence (word indices, inclusive) with its attribution."""

    lo: int
    hi: int
    speaker: int | None
    cue_word: int | None
    cue_end_word: int | None
    lemma: str | None
    sieve: str
    confidence: float
    speaker_inside: bool = False
    """The content holds its own attribution (a speech act reported as a whole sentence)."""
    speaker_hi: int | None = None
    """Last word the speaker's mention may reach: a source phrase's end, where the content goes on right after
    it (``laut ihrem Anführer [starken Zulauf]``) and the parse may hang content words off the source."""


def trim_span(sent: ParsedSentence, lo: int, hi: int) -> tuple[int, int] | None:
    """Drop punctuation, complementisers and coordinators at the edges; keep a sentence-final period."""
    while lo <= hi and (
        is_punct(sent[lo]) or sent[lo].text.lower() in lexicon_words("complementiser") or sent[lo].upos == "CCONJ"
    ):
        lo += 1
    final = hi == len(sent) - 1 and sent[hi].text in (".", "!", "?")
    while hi >= lo and is_punct(sent[hi]):
        hi -= 1
    if hi < lo:
        return None
    if final and hi + 1 < len(sent):
        hi += 1
    return lo, hi


def enough_words(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` hold at least :data:`MIN_CONTENT_WORDS` words besides punctuation: the one count
    every rule's content must pass (fewer words are a fragment, not a statement)."""
    return sum(not is_punct(w) for w in sent.words[lo : hi + 1]) >= MIN_CONTENT_WORDS


def has_clause(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` hold a clause: enough words and a verb (the tagger's AUX counts: ``is``, ``sei``)."""
    if not enough_words(sent, lo, hi):
        return False
    words = [w for w in sent.words[lo : hi + 1] if not is_punct(w)]
    # A subject, or at least four words, as well as a verb: the tagger calls adverbs verbs (``schrieb Altman
    # gestern auf X``) but misses subjects too (``wurden … drei Menschen verletzt``).
    if (
        len(words) < 4
        and not any(w.base_rel in ("nsubj", "expl", "csubj") for w in words)
        and not _object_subject_shape(words)
    ):
        return False
    return any(w.upos in FINITE_UPOS for w in words) or any(konjunktiv_form(w) for w in words)


def _object_subject_shape(words: Sequence[Word]) -> bool:
    """``the plan failed`` parsed as object + xcomp (see :func:`_object_subject`): a noun right before a verb."""
    return any(a.base_rel == "obj" and b.upos in FINITE_UPOS for a, b in pairwise(words))


def konjunktiv_form(w: Word) -> bool:
    """A finite verb in Konjunktiv I or II, from the tag or, as the tagger is unreliable, from the form."""
    low = w.text.lower()
    if w.feats.get("Mood") == "Sub" or low in lexicon_words("konjunktiv1") or low in lexicon_words("konjunktiv2"):
        return True
    if w.upos not in FINITE_UPOS or not low.endswith("e"):
        return False
    lemma = w.lemma.lower()
    # 3rd person singular Konjunktiv I is stem + e (``gebe`` of ``geben``, ``liege`` of ``liegen``); a separable
    # verb's finite form leaves its particle behind (``komme … an`` of ``ankommen``).
    return lemma.endswith("en") and lemma.endswith(low[:-1] + "en") and w.feats.get("Person") != "1"


def opens_non_content(sent: ParsedSentence, lo: int) -> bool:
    """Whether the clause at word ``lo`` is a purpose, causal or other adverbial clause (``um … zu``, ``weil``,
    ``wobei``), which follows a cue's object (``forderten den Rücktritt, um …``) but is not what was said."""
    w = sent[lo]
    return w.text.lower() in lexicon_words("report_opener", sent.lang) and (w.base_rel == "mark" or w.upos == "SCONJ")


def next_comma(sent: ParsedSentence, start: int, stop: int | None = None) -> int | None:
    end = len(sent) if stop is None else stop
    for k in range(start, end):
        if is_comma(sent[k]):
            return k
    return None


def larger_side(
    sent: ParsedSentence, left: tuple[int, int] | None, right: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The longer of the two stretches beside an attribution, each trimmed and required to hold a clause."""
    options = []
    for side in (left, right):
        if side is None or side[0] > side[1]:
            continue
        t = trim_span(sent, *side)
        if t is not None and has_clause(sent, *t):
            options.append(t)
    if not options:
        return None
    return max(options, key=lambda t: sent[t[1]].end - sent[t[0]].start)


class SentenceRule:
    """A reported-speech rule over one sentence: ``match`` returns the content stretches it claims."""

    name: str = ""
    languages: frozenset[str] | None = None
    phase = Phase.REPORTED

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        raise NotImplementedError


def quoted_share(start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> float:
    if end <= start:
        return 0.0
    covered = 0
    for qs, qe in quote_ranges:
        covered += max(0, min(end, qe) - max(start, qs))
    return min(1.0, covered / (end - start))
