"""Attribution sieves: who said each quotation, read off dependency parses and the tokens around the marks.

Each sieve is a small object with a ``name`` and one method, :meth:`Sieve.match`, that returns an
:class:`Attribution` or ``None``. :data:`SIEVES` is the one place that fixes their order: the first sieve that
answers decides. The order runs from the most to the least specific evidence:

1. ``syntactic`` — the quote hangs off a speech verb outside it, or the verb hangs off a word inside it;
2. ``pattern`` — token patterns that survive a wrong parse: the tag right after or before the quote
   (``„…“, sagte Rao``, ``Rao said:``), ``As X said``, ``laut X``, ``according to X``, ``X zufolge``;
3. ``adjacency`` — a speech verb with a subject in the sentence right before or after the quote;
4. ``clause_subject`` — a quote inside a narrative sentence: the subject of the verb it hangs off (low);
5. ``continuation`` — the speaker of the previous quote carries on until someone else is introduced.

Sieves never raise on odd input: a quote they cannot read is simply left to the next one.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import ClassVar, Protocol

import regex

from quotekit.lexicon import CueEntry, CueKind, cue_entries, cue_surface_pattern, verb_cues
from quotekit.mentions import Mention, expand_mention, is_nominal, is_pronoun
from quotekit.models import MentionKind
from quotekit.regions import SpanIndex
from quotekit.tree import ParsedSentence, Word

__all__ = [
    "SIEVES",
    "AdjacencySieve",
    "Attribution",
    "ClauseSubjectSieve",
    "Context",
    "ContinuationSieve",
    "PatternSieve",
    "QuoteTarget",
    "Sieve",
    "SyntacticSieve",
    "attribute",
]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class QuoteTarget:
    """A quotation to attribute: content offsets, mark offsets, paragraph; ``index`` is its place in text order."""

    index: int
    start: int
    end: int
    open: tuple[int, int] | None
    close: tuple[int, int] | None
    paragraph: int

    @property
    def region(self) -> tuple[int, int]:
        """The quote with its marks: words inside this span belong to the quotation."""
        return (self.open[0] if self.open else self.start, self.close[1] if self.close else self.end)


@dataclass(frozen=True, slots=True)
class Attribution:
    """How a quote was attributed: speaker mention, cue, deciding sieve and rule, confidence."""

    speaker: tuple[int, int] | None
    mention_kind: MentionKind
    cue: tuple[int, int, str] | None
    sieve: str
    confidence: float
    head: int | None = None
    """Index of the speaker's head word in its sentence (see :attr:`head_sentence`)."""
    head_sentence: int | None = None
    """Index into the ``sentences`` given to :func:`attribute` of the sentence holding the head word."""
    rule: str = ""
    """The finer rule inside the sieve (``nsubj``, ``inverted``, ``laut``, ``previous_sentence`` …)."""


# Relations through which a quote hangs off its speech verb, or the verb off the quote; any relation counts
# (the compact models label them freely) except those that make the verb a mere modifier of a noun inside it.
_NO_LINK_RELS = frozenset({"acl", "amod", "det", "case", "nmod", "compound", "fixed", "flat"})
# Dependents of a speech verb that may be its speaker when the parser found no subject.
_FALLBACK_RELS = frozenset(
    {"obj", "obl", "iobj", "nmod", "dep", "appos", "compound", "flat", "nsubj", "vocative", "conj", "expl"}
)
_AGENT_CASES = frozenset({"by", "von", "durch"})
_CLAUSE_END = frozenset({".", "!", "?", ";", ":", "…"})
_WORD_CHAR = regex.compile(r"\w")
_CAPITALISED_WORD = regex.compile(r"(?<=[^\s.!?:\"“„»«]\s+)\p{Lu}\w+")


@dataclass(frozen=True, slots=True)
class _Cue:
    sent: int
    word: int
    entry: CueEntry
    particle: int | None

    def span(self, sentences: Sequence[ParsedSentence]) -> tuple[int, int, str]:
        w = sentences[self.sent][self.word]
        return (w.start, w.end, self.entry.lemma)


@dataclass
class Context:
    """What every sieve reads: the text, the quotes, the parses, and which word lies inside which quote."""

    text: str
    quotes: Sequence[QuoteTarget]
    sentences: Sequence[ParsedSentence]
    regions: list[tuple[int, int]] = field(init=False)
    inside: list[list[int]] = field(init=False)
    final: list[Attribution | None] = field(init=False)
    _own: dict[int, Attribution | None] = field(init=False, default_factory=dict)
    _cues: dict[int, list[_Cue]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.regions = [q.region for q in self.quotes]
        self._region_index = SpanIndex(self.regions)
        self._sentence_index = SpanIndex([(s.start, s.end) for s in self.sentences])
        self._starts = [s.start for s in self.sentences]
        self._starts_ascend = all(a <= b for a, b in zip(self._starts, self._starts[1:], strict=False))
        self.inside = [[self._region_index.first_overlapping(w.start, w.end) for w in s] for s in self.sentences]
        # Which sentences hold words of which quote, filled in one pass instead of a scan per quote.
        self._touching: dict[int, list[int]] = {}
        for si, marks in enumerate(self.inside):
            for k in dict.fromkeys(m for m in marks if m >= 0):
                self._touching.setdefault(k, []).append(si)
        self._blocked_in: dict[int, list[tuple[int, int]]] = {}
        self.final = [None] * len(self.quotes)

    # --- where things are ---------------------------------------------------------------------------------

    def touching(self, q: QuoteTarget) -> list[int]:
        """Sentences that hold at least one word of the quote."""
        return list(self._touching.get(q.index, ()))

    def outside(self, si: int, wi: int) -> bool:
        return self.inside[si][wi] < 0

    def quote_words(self, si: int, qi: int) -> list[int]:
        return [wi for wi, k in enumerate(self.inside[si]) if k == qi]

    def lang_of(self, q: QuoteTarget) -> str | None:
        touching = self.touching(q)
        return self.sentences[touching[0]].lang if touching else None

    # --- cues -------------------------------------------------------------------------------------------

    def cues(self, si: int) -> list[_Cue]:
        """Speech verbs outside every quote in sentence ``si``, particle verbs reassembled."""
        if si not in self._cues:
            self._cues[si] = [c for wi in range(len(self.sentences[si])) if (c := self._cue_at(si, wi)) is not None]
        return self._cues[si]

    def _cue_at(self, si: int, wi: int) -> _Cue | None:
        sent = self.sentences[si]
        w = sent[wi]
        if not self.outside(si, wi) or w.upos in ("PUNCT", "DET", "ADP", "PRON", "NUM", "CCONJ", "SCONJ", "PART"):
            return None
        if w.upos in ("NOUN", "PROPN") and w.text[:1].isupper():
            return None  # a capitalised noun (``Sagen``, ``Says`` as a name) is no verb; mis-tagged verbs are lower
        entries = verb_cues(w.lemma, sent.lang, surface=w.text)
        if not entries:
            return None
        # The particle of a separable verb: its compound:prt child, or failing a parse, a word with the
        # particle's form later in the same clause (``teilte … mit:``).
        low = w.text.lower()
        for e in sorted(entries, key=lambda e: e.particle is None):
            if e.particle is None:
                return _Cue(si, wi, e, None)
            if w.lemma.lower() == e.lemma or (sent.lang == "de" and low.startswith(e.particle) and low != e.base):
                return _Cue(si, wi, e, None)  # joined form: ``mitgeteilt``, ``mitteilen``
            for c in sent.children(wi, "compound"):
                if c.text.lower() == e.particle:
                    return _Cue(si, wi, e, c.index)
            for k in range(wi + 1, len(sent)):
                if not self.outside(si, k) or sent[k].text in _CLAUSE_END or sent[k].text == ",":
                    break
                if sent[k].text.lower() == e.particle:
                    return _Cue(si, wi, e, k)  # any tag: the compact model even makes ``hinzu`` the root
        return None

    def linked(self, si: int, wi: int, qi: int) -> str | None:
        """How the verb ``wi`` is tied to quote ``qi`` in the parse: ``governs`` the quote or ``attached`` to it."""
        sent = self.sentences[si]
        qwords = self.quote_words(si, qi)
        if not qwords:
            return None
        for k in qwords:
            if sent[k].head == wi and sent[k].base_rel not in ("punct",):
                return "governs"
        h = sent[wi].head
        if h in qwords and sent[wi].base_rel not in _NO_LINK_RELS:
            return "attached"
        return None

    def linked_any(self, cue: _Cue) -> bool:
        marks = {k for k in self.inside[cue.sent] if k >= 0}
        return any(self.linked(cue.sent, cue.word, k) for k in marks)

    # --- speakers ---------------------------------------------------------------------------------------

    def _speaker_ok(self, si: int, w: Word, cue: _Cue | None = None) -> bool:
        if not self.outside(si, w.index) or (cue is not None and w.index == cue.particle):
            return False
        return is_nominal(w, self.sentences[si].lang)

    def speaker_of(self, cue: _Cue) -> tuple[int, str] | None:
        """Head word of the speaker of a speech verb and the rule that found it."""
        si, v = cue.sent, cue.word
        sent = self.sentences[si]
        lang = sent.lang
        subj = [w for w in sent.children(v, "nsubj") if w.deprel != "nsubj:pass" and self._speaker_ok(si, w, cue)]
        if subj:
            return min(subj, key=lambda w: abs(w.index - v)).index, "nsubj"
        passive = any(c.deprel in ("aux:pass", "nsubj:pass") for c in sent.children(v))
        for w in sent.children(v, "obl"):
            cases = {c.text.lower() for c in sent.children(w.index, "case")}
            if (w.deprel == "obl:agent" or (passive and cases & _AGENT_CASES)) and self._speaker_ok(si, w, cue):
                return w.index, "agent"
        head = sent.head_of(v)
        if head is not None and sent[v].base_rel in ("advcl", "xcomp", "conj") and self.outside(si, head.index):
            # ``Curran agreed, saying …``, ``sagte Rao und beschrieb …``: the subject of the verb it hangs off.
            inherited = [w for w in sent.children(head.index, "nsubj") if self._speaker_ok(si, w, cue)]
            if inherited:
                return inherited[0].index, "inherited_subject"
        as_words = {e.lemma for e in cue_entries(lang) if e.kind is CueKind.AS}
        cands = []
        for w in sent.children(v):
            if w.base_rel not in _FALLBACK_RELS or not self._speaker_ok(si, w, cue):
                continue
            cases = {c.text.lower() for c in sent.children(w.index, "case")}
            if cases - as_words:
                continue  # ``in his announcement``, ``auf X``: a place or time, not a speaker
            after = w.index > v
            cands.append(
                (
                    0 if w.upos in ("PROPN", "PRON") or is_pronoun(w, lang) else 1,
                    # English puts the speaker before the verb unless inverted; German V2 often after it.
                    (0 if after else 1) if lang == "de" else (1 if after else 0),
                    abs(w.index - v),
                    w.index,
                )
            )
        if cands:
            return min(cands)[3], "nearest_dependent"
        return None

    def blocked_in(self, si: int) -> list[tuple[int, int]]:
        """The quote regions that overlap sentence ``si``: the only ones a mention in it can run into."""
        if si not in self._blocked_in:
            sent = self.sentences[si]
            self._blocked_in[si] = self._region_index.overlapping(sent.start, sent.end)
        return self._blocked_in[si]

    def mention(self, si: int, head: int) -> Mention | None:
        return expand_mention(self.sentences[si], head, blocked=self.blocked_in(si))

    def build(
        self, sieve: str, rule: str, si: int, head: int, cue: tuple[int, int, str] | None, confidence: float
    ) -> Attribution | None:
        # The mention never takes in its own cue (a mis-tagged ``sagte`` as amod of ``der Minister``).
        regions = self.blocked_in(si)
        blocked = [*regions, (cue[0], cue[1])] if cue is not None else regions
        m = expand_mention(self.sentences[si], head, blocked=blocked)
        if m is None:
            return None
        return Attribution(
            speaker=(m.start, m.end),
            mention_kind=m.kind,
            cue=cue,
            sieve=sieve,
            confidence=round(confidence, 3),
            head=m.head,
            head_sentence=si,
            rule=rule,
        )

    def from_cue(self, sieve: str, rule: str, cue: _Cue, confidence: float) -> Attribution | None:
        found = self.speaker_of(cue)
        if found is None:
            return None
        head, how = found
        weight = {"nsubj": 1.0, "agent": 1.0, "inherited_subject": 0.9, "nearest_dependent": 0.8}[how]
        if cue.entry.kind is CueKind.COMMUNICATION:
            weight *= 0.9
        return self.build(sieve, f"{rule}:{how}", cue.sent, head, cue.span(self.sentences), confidence * weight)

    # --- own attribution (without continuation), memoised for look-ahead --------------------------------

    def own(self, qi: int) -> Attribution | None:
        if qi not in self._own:
            q = self.quotes[qi]
            result = None
            for sieve in SIEVES:
                if sieve.uses_neighbours:
                    continue
                result = _safe_match(sieve, self, q)
                if result is not None:
                    break
            self._own[qi] = result
        return self._own[qi]

    # --- flat token stream --------------------------------------------------------------------------------

    def words_after(self, pos: int, limit: int = 8) -> list[tuple[int, int]]:
        """Up to ``limit`` words starting at or after ``pos``, across sentence breaks, as (sentence, word)."""
        out: list[tuple[int, int]] = []
        for si in range(self.first_sentence_ending_after(pos), len(self.sentences)):
            sent = self.sentences[si]
            if sent.end <= pos:
                continue
            for w in sent:
                if w.start >= pos:
                    out.append((si, w.index))
                    if len(out) >= limit:
                        return out
        return out

    def words_before(self, pos: int, limit: int = 8) -> list[tuple[int, int]]:
        """Up to ``limit`` words ending at or before ``pos``, nearest first."""
        out: list[tuple[int, int]] = []
        for si in range(self.last_sentence_starting_before(pos), -1, -1):
            sent = self.sentences[si]
            if sent.start >= pos:
                continue
            for w in reversed(sent.words):
                if w.end <= pos:
                    out.append((si, w.index))
                    if len(out) >= limit:
                        return out
        return out

    def first_sentence_ending_after(self, pos: int) -> int:
        """Where a forward scan for sentences with ``end > pos`` may start (every earlier one ends by ``pos``)."""
        return self._sentence_index.first_ending_after(pos) if self._sentence_index.is_sorted else 0

    def last_sentence_starting_before(self, pos: int) -> int:
        """Where a backward scan for sentences with ``start < pos`` may start (every later one starts after)."""
        if not self._starts_ascend:
            return len(self.sentences) - 1
        return bisect_left(self._starts, pos) - 1

    def sentence_before(self, pos: int) -> int | None:
        """The last sentence (in order) that ends at or before ``pos``."""
        k = self._sentence_index.last_ending_by(pos)
        return k if k >= 0 else None

    def sentence_after(self, pos: int) -> int | None:
        """The first sentence (in order) that starts at or after ``pos``."""
        k = self._sentence_index.first_starting_from(pos)
        return k if k >= 0 else None

    def sentences_between(self, a: int, b: int) -> range:
        """Indices of the sentences that may overlap ``(a, b)``: a superset, callers still test each one."""
        if not self._sentence_index.is_sorted:
            return range(len(self.sentences))
        return range(self._sentence_index.first_ending_after(a), bisect_left(self._starts, b))

    def parsed_at(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one parsed sentence."""
        return any(
            self.sentences[si].start <= start and end <= self.sentences[si].end
            for si in self.sentences_between(start - 1, end + 1)
        )

    def gap_is_blank(self, a: int, b: int) -> bool:
        """No letters or digits between offsets ``a`` and ``b`` (punctuation and marks are fine)."""
        return a <= b and _WORD_CHAR.search(self.text, a, b) is None


class Sieve(Protocol):
    """One attribution rule: ``match`` returns an attribution for the quote or None to pass it on."""

    name: str
    uses_neighbours: bool

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None: ...


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
    uses_neighbours = False
    base_confidence: ClassVar[float] = 0.9

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        best: tuple[int, Attribution] | None = None
        a, b = quote.region
        for si in ctx.touching(quote):
            for cue in ctx.cues(si):
                how = ctx.linked(si, cue.word, quote.index)
                if how is None:
                    continue
                att = ctx.from_cue(self.name, how, cue, self.base_confidence)
                if att is None:
                    continue
                w = ctx.sentences[si][cue.word]
                dist = a - w.end if w.end <= a else w.start - b
                if best is None or dist < best[0]:
                    best = (dist, att)
        return best[1] if best else None


class PatternSieve:
    """Token patterns around the marks that survive a wrong parse.

    - tag: ``„…“, sagte Rao`` / ``"…," Rao said`` / ``"…," said Rao`` / ``„…“, so Rao``;
    - colon introduction: ``Rao sagte: „…“`` / ``The ministry said: "…"``;
    - ``As Rao said, "…"`` / ``Wie Rao sagte, „…“``;
    - sources: ``according to X``, ``laut X``, ``nach Angaben von X``, ``X zufolge``.
    Known failure: a name the tokenizer glues to punctuation, or a tag more than a few words long
    (``said the former minister of state for …`` keeps only its head noun).
    """

    name = "pattern"
    uses_neighbours = False

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        return self._tag_after(ctx, quote) or self._colon(ctx, quote) or self._sources(ctx, quote)

    @staticmethod
    def _is_cue_verb(ctx: Context, si: int, wi: int) -> _Cue | None:
        return next((c for c in ctx.cues(si) if c.word == wi), None)

    def _tag_after(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        b = quote.region[1]
        words = ctx.words_after(b, 8)
        clause: list[tuple[int, int]] = []
        prev: Word | None = None
        for si, wi in words:
            w = ctx.sentences[si][wi]
            if not ctx.outside(si, wi):
                break
            if w.upos == "PUNCT" or not any(c.isalnum() for c in w.text):
                if _abbreviation_stop(prev, w):
                    continue  # ``Ms. Gil said``: the tokenizer ended a sentence after ``Ms``
                if clause or w.text not in (",", "—", "–", "-"):
                    break
                continue
            clause.append((si, wi))
            prev = w
        if not clause:
            return None
        tag_start = ctx.sentences[clause[0][0]][clause[0][1]].start
        between = ctx.text[b:tag_start]
        if not ctx.gap_is_blank(b, tag_start) or "\n" in between:
            return None
        # A tag follows a quote that ends open (``"…," he said``, ``„…“, sagte er``, ``"…!" she shouted``);
        # after a full stop the next words start a sentence of their own.
        inner = ctx.text[quote.start : quote.end].rstrip()
        si0, wi0 = clause[0]
        first = ctx.sentences[si0][wi0]
        tags = {e.lemma for e in cue_entries(first_lang(ctx, si0)) if e.kind is CueKind.TAG}
        ends_open = any(c in between for c in ",—–-") or inner.endswith((",", "!", "?", "…", "-", "—", "–"))
        if not ends_open and first.text.lower() not in tags:
            return None  # ``„….“ so das Fazit`` is a tag even after a full stop; other words start a sentence
        if first.text.lower() in tags and len(clause) > 1:
            si, wi = clause[1]
            k = 1
            while k < len(clause) and not is_nominal(ctx.sentences[clause[k][0]][clause[k][1]], first_lang(ctx, si)):
                k += 1
            if k < len(clause):
                si, wi = clause[k]
                return ctx.build(self.name, "so_tag", si, wi, (first.start, first.end, first.text.lower()), 0.8)
        for k, (si, wi) in enumerate(clause[:5]):
            cue = self._is_cue_verb(ctx, si, wi)
            if cue is None:
                continue
            lang = first_lang(ctx, si)
            before = [c for c in clause[:k] if is_nominal(ctx.sentences[c[0]][c[1]], lang)]
            after = [c for c in clause[k + 1 :] if is_nominal(ctx.sentences[c[0]][c[1]], lang)]
            pick = before[0] if before else after[0] if after else None
            if pick is None:
                return None
            rule = "tag_subject_first" if before else "tag_inverted"
            conf = 0.8 if cue.entry.kind is CueKind.SPEECH else 0.72
            return ctx.build(self.name, rule, pick[0], pick[1], cue.span(ctx.sentences), conf)
        return None

    def _colon(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        a, _ = quote.region
        before = ctx.words_before(a, 12)
        if not before:
            return None
        si, wi = before[0]
        colon = ctx.sentences[si][wi]
        if colon.text != ":" or not ctx.gap_is_blank(colon.end, a):
            return None
        clause = []
        for sj, wj in before[1:]:
            w = ctx.sentences[sj][wj]
            if not ctx.outside(sj, wj) or w.text in _CLAUSE_END or sj != si:
                break
            clause.append((sj, wj))
        for sj, wj in clause:  # nearest to the colon first
            cue = self._is_cue_verb(ctx, sj, wj)
            if cue is None:
                continue
            att = ctx.from_cue(self.name, "colon", cue, 0.85)
            if att is not None:
                return att
            lang = first_lang(ctx, sj)
            noms = [c for c in clause if is_nominal(ctx.sentences[c[0]][c[1]], lang) and c[1] != wj]
            if noms:
                pick = min(noms, key=lambda c: abs(c[1] - wj))
                return ctx.build(self.name, "colon:adjacent", pick[0], pick[1], cue.span(ctx.sentences), 0.7)
        # No speech verb: ``Pinheiro sieht die Verantwortung beim Staat: „…“`` — a clause with a subject that
        # ends in a colon before a quote introduces its subject as the speaker, more often than not.
        sent = ctx.sentences[si]
        for _, wj in clause:
            w = sent[wj]
            if w.upos not in ("VERB", "AUX"):
                continue
            subj = [c for c in sent.children(wj, "nsubj") if ctx.outside(si, c.index) and is_nominal(c, sent.lang)]
            if subj:
                return ctx.build(self.name, "colon:clause_subject", si, subj[0].index, (w.start, w.end, w.lemma), 0.55)
        return None

    def _sources(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        """``according to X``, ``laut X``, ``nach Angaben von X``, ``X zufolge``, ``As X said`` in the quote's
        sentences (outside the marks)."""
        for si in ctx.touching(quote):
            sent = ctx.sentences[si]
            entries = sorted(
                (e for e in cue_entries(sent.lang) if e.kind in (CueKind.PREP, CueKind.POSTP, CueKind.AS)),
                key=lambda e: -len(e.words),
            )
            for wi in range(len(sent)):
                if not ctx.outside(si, wi):
                    continue
                for e in entries:
                    n = len(e.words)
                    if wi + n > len(sent) or any(
                        sent[wi + k].text.lower() != e.words[k] or not ctx.outside(si, wi + k) for k in range(n)
                    ):
                        continue
                    cue_span = (sent[wi].start, sent[wi + n - 1].end, e.lemma)
                    if e.kind is CueKind.POSTP:
                        k = wi - 1
                        if k >= 0 and ctx.outside(si, k) and is_nominal(sent[k], sent.lang):
                            return ctx.build(self.name, e.lemma, si, k, cue_span, 0.8)
                        continue
                    if e.kind is CueKind.AS:
                        att = self._as_clause(ctx, si, wi + n, e, cue_span)
                        if att is not None:
                            return att
                        continue
                    k = wi + n
                    while k < len(sent) and ctx.outside(si, k) and sent[k].upos in ("DET", "ADJ", "ADP", "NUM"):
                        k += 1
                    if k < len(sent) and ctx.outside(si, k) and is_nominal(sent[k], sent.lang):
                        return ctx.build(self.name, e.lemma, si, k, cue_span, 0.8)
        return None

    def _as_clause(
        self, ctx: Context, si: int, start: int, entry: CueEntry, cue_span: tuple[int, int, str]
    ) -> Attribution | None:
        """``As Rao said`` / ``Wie Rao sagte``: a speech verb within a few words, the speaker between."""
        sent = ctx.sentences[si]
        for k in range(start, min(start + 6, len(sent))):
            if not ctx.outside(si, k) or sent[k].upos == "PUNCT":
                return None
            cue = self._is_cue_verb(ctx, si, k)
            if cue is None:
                continue
            noms = [j for j in range(start, k) if is_nominal(sent[j], sent.lang)]
            if not noms:
                return None
            conf = 0.8 if cue.entry.kind is CueKind.SPEECH else 0.72
            return ctx.build(self.name, "as_clause", si, noms[0], cue.span(ctx.sentences), conf)
        return None


def _abbreviation_stop(prev: Word | None, w: Word) -> bool:
    """A full stop glued to a short capitalised word (``Ms.``, ``Dr.``, ``Gov.``) that is no sentence end."""
    return (
        prev is not None
        and w.text == "."
        and w.start == prev.end
        and prev.text[:1].isupper()
        and len(prev.text) <= 4
        and prev.text.isalpha()
    )


def first_lang(ctx: Context, si: int) -> str:
    return ctx.sentences[si].lang


class AdjacencySieve:
    """A speech verb with a subject in the sentence right before or after the quote, not tied to another quote.

    English: ``Curran agreed, saying that …. "They have to …"``; German: ``Rao äußerte sich skeptisch.
    „Das wird nicht reichen.“`` (with a cue verb). Across a paragraph break only a named or pronoun speaker
    counts and only when the language stays the same. Known failure: a narrative sentence with a speech verb
    about something else (``Only time will tell``) next to an unattributed quote.
    """

    name = "adjacency"
    uses_neighbours = False

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        a, b = quote.region
        lang = ctx.lang_of(quote)
        if not _standalone(ctx, quote):
            return None  # a quote inside a narrative sentence belongs to that sentence, not to its neighbours
        prev = ctx.sentence_before(a)
        if prev is not None:
            si = prev
            sent = ctx.sentences[si]
            # A neighbour that holds a quote of its own carries that quote's attribution: continuation's turn.
            if _free_neighbour(ctx, si, sent.end, a, lang):
                crosses = "\n" in ctx.text[sent.end : a]
                for cue in reversed(ctx.cues(si)):
                    if ctx.linked_any(cue):
                        continue
                    att = ctx.from_cue(self.name, "previous_sentence", cue, 0.5 if crosses else 0.65)
                    if att is None:
                        continue
                    if crosses and att.mention_kind not in (MentionKind.NAME, MentionKind.PRONOUN):
                        continue
                    return att
        nxt = ctx.sentence_after(b)
        if nxt is not None:
            si = nxt
            sent = ctx.sentences[si]
            if _free_neighbour(ctx, si, b, sent.start, lang) and "\n" not in ctx.text[b : sent.start]:
                for cue in ctx.cues(si):
                    if ctx.linked_any(cue):
                        continue
                    att = ctx.from_cue(self.name, "next_sentence", cue, 0.55)
                    if att is not None:
                        return att
        return None


def _free_neighbour(ctx: Context, si: int, gap_start: int, gap_end: int, lang: str | None) -> bool:
    """Sentence ``si`` borders the quote (nothing but marks and spaces between), shares its language and
    holds no quote of its own."""
    return (
        ctx.gap_is_blank(gap_start, gap_end)
        and (lang is None or ctx.sentences[si].lang == lang)
        and all(k < 0 for k in ctx.inside[si])
    )


def _standalone(ctx: Context, quote: QuoteTarget) -> bool:
    """The quote's sentences hold no words of their own outside the marks (punctuation aside)."""
    for si in ctx.touching(quote):
        for w in ctx.sentences[si]:
            if ctx.outside(si, w.index) and any(c.isalnum() for c in w.text):
                return False
    return True


class ClauseSubjectSieve:
    """A quote embedded in a narrative sentence: the subject of the verb it hangs off speaks it.

    English: ``Jeb Bush called his rival "totally scripted."``; German: ``Stoiber begründete seinen Rückzug mit
    einer „veränderten Lage“.`` Low confidence: the verb is no speech verb, so scare quotes and titles in a
    sentence with a subject are attributed too (indirect/mixed detection decides whether they are quotes).
    Known failure: ``Die Polizei fand einen Zettel: „…“``.
    """

    name = "clause_subject"
    uses_neighbours = False

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
                            return ctx.build(self.name, "governing_verb", si, subj[0].index, cue, 0.45)
                        break
                    if not ctx.outside(si, h):
                        break
                    h = w.head
        return None


class ContinuationSieve:
    """A quote without its own attribution continues the previous quote's speaker, until someone else comes in.

    ``„…“, sagte er, „…“`` and ``"…," he said. "…"`` (the second part); a quote right before an attributed
    one in the same paragraph takes that one's speaker (``"…." "…," she said.``). Stops at another speech
    verb or named subject in between, at a paragraph of narrative that names someone, and at a change of
    language. Known failure: an interview where two people alternate without tags.
    """

    name = "continuation"
    uses_neighbours = True
    max_gap: ClassVar[int] = 400

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        i = quote.index
        if i > 0 and (prev := ctx.final[i - 1]) is not None and prev.speaker is not None:
            pq = ctx.quotes[i - 1]
            if self._continues(ctx, pq, quote, prev):
                return replace(
                    prev, sieve=self.name, confidence=round(min(prev.confidence * 0.85, 0.7), 3), rule="previous_quote"
                )
        if i + 1 < len(ctx.quotes):
            nq = ctx.quotes[i + 1]
            gap = ctx.text[quote.region[1] : nq.region[0]]
            if ctx.gap_is_blank(quote.region[1], nq.region[0]) and "\n" not in gap:
                nxt = ctx.own(i + 1)
                if nxt is not None and nxt.speaker is not None:
                    return replace(
                        nxt, sieve=self.name, confidence=round(min(nxt.confidence * 0.7, 0.6), 3), rule="next_quote"
                    )
        return None

    @staticmethod
    def _other_speaker(ctx: Context, cue: _Cue, prev: Attribution) -> bool:
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

        def is_own(s: int, e: int) -> bool:
            return any(s < oe and os < e for os, oe in own_spans)

        # Parsed words in the gap: another speech verb, or another named subject, means another speaker.
        # Words of the previous quote's own attribution clause (``said in a documentary that showed …``) don't.
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
                if w.start < a or w.end > b or not ctx.outside(si, w.index) or is_own(w.start, w.end):
                    continue
                if w.index in own_clause or w.upos == "PRON":
                    continue
                cue = next((c for c in ctx.cues(si) if c.word == w.index), None)
                if cue is not None and self._other_speaker(ctx, cue, prev):
                    return False
                if w.base_rel == "nsubj" and is_nominal(w, sent.lang) and not is_pronoun(w, sent.lang):
                    return False  # narrative with a subject of its own comes between the quotes
        gap = ctx.text[a:b]
        lang = lang_p or lang_q
        pattern = cue_surface_pattern(lang) if lang in ("en", "de") else None
        if pattern is not None:
            # Text the selection left unparsed: a speech cue there is enough to stop.
            for m in pattern.finditer(ctx.text, a, b):
                parsed = ctx.parsed_at(m.start(), m.end())
                if not parsed and not is_own(m.start(), m.end()):
                    return False
        if "\n" in gap:
            # Narrative after a paragraph break (whole paragraphs, or words before the quote in its own
            # paragraph) may bring in the next speaker: English names show as capitalised words inside a
            # sentence; German capitalises every noun, so there any narrative ends the run.
            for line in gap.split("\n")[1:]:
                if not _WORD_CHAR.search(line):
                    continue
                if lang != "en" or _CAPITALISED_WORD.search(line):
                    return False
        return True


SIEVES: tuple[Sieve, ...] = (
    SyntacticSieve(),
    PatternSieve(),
    AdjacencySieve(),
    ClauseSubjectSieve(),
    ContinuationSieve(),
)
"""The one place that fixes the order of the sieves: the first that answers decides."""


def attribute(
    text: str, quotes: Sequence[QuoteTarget], sentences: Sequence[ParsedSentence]
) -> list[Attribution | None]:
    """Attribute every quote (in text order) from the parsed ``sentences`` (a selection, in text order).

    Returns one entry per quote, ``None`` where no sieve found a speaker.
    """
    ordered = sorted(sentences, key=lambda s: s.start)
    # Sieves address quotes by position; keep ``index`` equal to it whatever the caller passed.
    targets = [q if q.index == i else replace(q, index=i) for i, q in enumerate(quotes)]
    ctx = Context(text, targets, ordered)
    for q in targets:
        result = ctx.own(q.index)
        for sieve in SIEVES:
            if result is not None:
                break
            if sieve.uses_neighbours:
                result = _safe_match(sieve, ctx, q)
        ctx.final[q.index] = result
    return ctx.final


def _safe_match(sieve: Sieve, ctx: Context, q: QuoteTarget) -> Attribution | None:
    try:
        return sieve.match(ctx, q)
    except Exception:  # a sieve must never take the document down; the next one gets its chance
        logger.exception("sieve %s failed on quote %d", sieve.name, q.index)
        return None
