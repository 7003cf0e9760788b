"""Reported speech without quotation marks, and what kind of thing a pair of quotation marks holds.

:func:`find_indirect` reads the parsed sentences and returns one :class:`ReportedStatement` per reported
content clause. The rules run in one fixed order (:data:`SIEVES`); the first rule that claims a stretch of a
sentence wins it, so a later rule never reports the same content twice:

1. ``indirect_according_to`` — a source phrase: ``according to X, …``, ``…, according to X``, ``laut X …``,
   ``X zufolge …``, ``nach Angaben von X …``, a trailing ``…, so X.``; the content is the rest of the sentence
   on the larger side of the phrase.
2. ``indirect_as`` — a parenthetical speech clause: ``As X pointed out, …``, ``…, as X said``,
   ``Wie X mitteilte, …``, ``…, wie er sagt.``; the content is the main clause beside it.
3. ``indirect_that_clause`` — a speech verb with a content clause after it: ``X said (that) …``,
   ``X agreed, saying that …``, ``X told reporters …``, ``X sagte, dass …``, ``X schlug vor, dass …``.
4. ``indirect_konjunktiv`` — German verb-second reported speech: ``sagte Curran, … gebe es keinen Grund …``,
   ``Er sagte, er sei …``: a speech verb, its speaker, a comma, then a clause with a finite verb. The compact
   German model's ``Mood`` is unreliable, so the comma after the attribution is what decides; ``Mood=Sub`` (or a
   Konjunktiv-I form such as ``sei``, ``habe``, ``gebe``) only raises the confidence.
5. ``indirect_content_first`` — the content before its attribution: ``…, Rao said.``, ``…, sagte ein Sprecher.``
6. ``indirect_konjunktiv_continuation`` — German: a sentence with no cue of its own whose finite verb is a
   Konjunktiv-I form, right after a reported statement, continues it (same speaker).

The parse is treated as a hint, not the truth: the compact models misattach clauses (``agreed`` gets the
``ccomp`` that belongs to ``saying``), tag ``Allerdings`` as a subject and ``beschrieb`` as an adjective. So the
content span is decided by surface order inside the sentence (from the end of the attribution to the end of the
sentence, or from the start of the sentence to the attribution) and the parse mainly says where the speech
verb, its speaker and its content clause are.

Content that lies mostly inside quotation marks is left alone: that is a direct or mixed quotation, handled by
the quote sieves. Content with a smaller quoted fragment in it is reported with ``kind="mixed"``.

:func:`classify_quote` decides whether a stretch in quotation marks is a direct quotation, a mixed one (a
fragment inside the narrator's clause) or no quotation at all (scare quotes, titles).

Known failures: content that runs over several sentences is only followed in German (Konjunktiv I); English
``He said.`` after a paragraph of reported speech is not linked back; a speaker phrase the parser breaks apart
(``Allerdings sagte Forrester's Curran``) is recovered by looking for the first name after the verb, which
can pick an object in ``told Rao that …`` when the real subject is missing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from quotekit.lexicon import cue_surface_pattern
from quotekit.mentions import expand_mention, is_nominal
from quotekit.models import MentionKind
from quotekit.sieves import Context, QuoteTarget
from quotekit.sieves import _Cue as _SieveCue
from quotekit.tree import ParsedSentence, Word

__all__ = ["SIEVES", "ReportedStatement", "classify_quote", "find_indirect"]

logger = logging.getLogger(__name__)

QuoteClass = Literal["direct", "mixed", "none"]


@dataclass(frozen=True, slots=True)
class ReportedStatement:
    """One reported statement: the content (not the attribution), its speaker and how it was found."""

    start: int
    """Absolute offset of the content's first character."""
    end: int
    """Offset after the content's last character (a sentence-final period is included, like the gold)."""
    speaker: tuple[int, int] | None
    """Offsets of the speaker mention as written."""
    mention_kind: MentionKind
    cue: tuple[int, int, str] | None
    """Offsets of the cue word and its lemma (``mitteilen`` for ``teilte … mit``, ``according to``)."""
    sieve: str
    """The rule that found it (see :data:`SIEVES`)."""
    confidence: float
    kind: Literal["indirect", "mixed"] = "indirect"
    """``mixed`` when a quoted fragment (less than half of the content) sits inside the reported content."""


# --- word classes -----------------------------------------------------------------------------------------

# Relations by which a content clause hangs off its speech verb (parataxis: German ``sagte X, gebe es …``).
_CONTENT_RELS = frozenset({"ccomp", "parataxis", "xcomp", "csubj"})
# Complementisers that introduce the content and are not part of it (the gold leaves them out).
_COMPLEMENTISERS = frozenset({"that", "dass", "daß"})
# Subordinators that make a speech clause parenthetical: ``As X said``, ``Wie X mitteilte``.
_AS_WORDS = frozenset({"as", "wie"})
# Relative pronouns: ``sagte der Mann, der …`` continues the speaker phrase, it does not start the content.
_RELATIVE_WORDS = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "welche", "welcher", "welches"})
_EN_RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})
# Subjects that show a non-speech ``said``: ``That said, …``, ``Having said that``.
_NON_SPEAKER_SUBJECTS = frozenset({"that", "this", "which", "what", "it", "das", "dies", "es", "was"})
# Finite forms that are Konjunktiv I (or used as such) whatever the tagger says; regular 3rd singular forms
# (``gebe``, ``liege``) are recognised from the lemma, these are the irregular or plural ones.
_KONJUNKTIV_FORMS = frozenset(
    {"sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse"}
)
# German Konjunktiv II forms frequent in reported speech.
_KONJUNKTIV2_FORMS = frozenset(
    {
        "würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte", "könnten",
        "müsste", "müssten", "sollte", "sollten", "dürfte", "dürften",
    }
)  # fmt: skip
# Source phrases that give a German sentence its own attribution.
_SOURCE_WORDS_DE = frozenset({"laut", "zufolge", "angaben"})
# How far (characters) a Konjunktiv-I sentence may stand from the statement it continues: one short sentence.
_CONTINUATION_GAP = 250
_FINITE_UPOS = frozenset({"VERB", "AUX"})
_MIN_CONTENT_WORDS = 3
# Share of the content that may lie inside quotation marks before it counts as a quotation, not reported speech.
_MAX_QUOTED_SHARE = 0.5


def _is_relative(w: Word) -> bool:
    """A relative pronoun (``der`` in ``der Mann, der …``, ``which``), not an article (``die Verhandlungen``)."""
    return "Rel" in w.feats.get("PronType", "") or w.upos == "PRON" or w.text.lower() in _EN_RELATIVE_WORDS


def _is_punct(w: Word) -> bool:
    return w.upos == "PUNCT" or not any(c.isalnum() for c in w.text)


def _is_comma(w: Word) -> bool:
    return w.text in (",", ";", "–", "—") or (w.upos == "PUNCT" and w.text in (",",))


@dataclass(frozen=True, slots=True)
class _Cue:
    """A speech verb found in a sentence: the verb word, its reassembled lemma and its particle, if any."""

    verb: int
    lemma: str
    particle: int | None
    raw: _SieveCue


class _Sentence:
    """One parsed sentence as the rules see it, with the attribution sieves' cue and speaker finders.

    Cue lookup (particle verbs reassembled, words inside quotes skipped) and the speaker of a speech verb
    (subject, passive agent, the subject a participle inherits, a dependent when the parse is broken) are the
    quote sieves' own (:class:`quotekit.sieves.Context`), so direct and reported speech agree on who speaks.
    """

    def __init__(self, text: str, sent: ParsedSentence, quote_ranges: Sequence[tuple[int, int]]) -> None:
        self.sent = sent
        inside = [(a, b) for a, b in quote_ranges if a < sent.end and sent.start < b]
        targets = [QuoteTarget(k, a, b, None, None, 0) for k, (a, b) in enumerate(inside)]
        self._ctx = Context(text, targets, [sent])
        self._cues: list[_Cue] | None = None

    def cues(self) -> list[_Cue]:
        """Speech verbs outside quotes; not a modifier (``the said agreement``)."""
        if self._cues is None:
            out = []
            for c in self._ctx.cues(0):
                w = self.sent[c.word]
                if w.deprel in ("amod", "compound", "det", "case", "flat") or not w.text[:1].isalpha():
                    continue
                out.append(_Cue(c.word, c.entry.lemma, c.particle, c))
            self._cues = out
        return self._cues

    def _surface_subject(self, v: int, content: set[int]) -> int | None:
        """With the parse broken around the verb (``Rao`` tagged ADV): the nominal right before the verb, or in
        verb-second order the first one after it, with no comma in between."""
        sent = self.sent
        k = v - 1
        if k >= 0 and k not in content and is_nominal(sent[k], sent.lang) and sent[k].upos not in ("ADP", "DET"):
            return k
        for k in range(v + 1, min(len(sent), v + 4)):
            w = sent[k]
            if k in content or _is_comma(w) or w.upos in ("VERB", "AUX", "PUNCT"):
                break
            if w.upos in ("PROPN", "NOUN", "PRON", "X") and is_nominal(w, sent.lang):
                return k
        return None

    def cue_at(self, i: int) -> _Cue | None:
        return next((c for c in self.cues() if c.verb == i), None)

    def subject(self, cue: _Cue, content: set[int]) -> int | None:
        """The speaker head of ``cue``, or None when there is none or it cannot be one (``That said``)."""
        sent = self.sent
        v = cue.verb
        head = sent.head_of(v)
        subjects = [c for c in sent.children(v, "nsubj") if c.index not in content]
        relatives = [
            c for c in subjects if "Rel" in c.feats.get("PronType", "") or c.text.lower() in _EN_RELATIVE_WORDS
        ]
        if relatives:
            # ``the ministry, which said that …``: the antecedent speaks.
            if head is not None and sent[v].deprel == "acl:relcl" and is_nominal(head, sent.lang):
                return head.index
            others = [c for c in subjects if c not in relatives and is_nominal(c, sent.lang)]
            if others:
                return others[0].index
            k = relatives[0].index - 1
            while k >= 0 and _is_punct(sent[k]):
                k -= 1
            return k if k >= 0 and is_nominal(sent[k], sent.lang) else None
        if any(c.text.lower() in _NON_SPEAKER_SUBJECTS for c in subjects):
            return None  # ``That said, …``
        found = self._ctx.speaker_of(cue.raw)
        if found is None:
            if head is not None and sent[v].base_rel == "acl" and is_nominal(head, sent.lang):
                return head.index  # ``a statement saying that …``
            return self._surface_subject(v, content)
        k = found[0]
        if k in content or sent[k].text.lower() in _NON_SPEAKER_SUBJECTS:
            return None
        return k


# --- spans ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    """A content stretch of one sentence (word indices, inclusive) with its attribution."""

    lo: int
    hi: int
    speaker: int | None
    cue_word: int | None
    cue_end_word: int | None
    lemma: str | None
    sieve: str
    confidence: float


def _trim(sent: ParsedSentence, lo: int, hi: int) -> tuple[int, int] | None:
    """Drop punctuation, complementisers and coordinators at the edges; keep a sentence-final period."""
    while lo <= hi and (_is_punct(sent[lo]) or sent[lo].text.lower() in _COMPLEMENTISERS or sent[lo].upos == "CCONJ"):
        lo += 1
    final = hi == len(sent) - 1 and sent[hi].text in (".", "!", "?")
    while hi >= lo and _is_punct(sent[hi]):
        hi -= 1
    if hi < lo:
        return None
    if final and hi + 1 < len(sent):
        hi += 1
    return lo, hi


def _has_clause(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` hold a clause: enough words and a verb (the tagger's AUX counts: ``is``, ``sei``)."""
    words = [w for w in sent.words[lo : hi + 1] if not _is_punct(w)]
    if len(words) < _MIN_CONTENT_WORDS:
        return False
    # A subject, or at least four words, as well as a verb: the tagger calls adverbs verbs (``schrieb Altman
    # gestern auf X``) but misses subjects too (``wurden … drei Menschen verletzt``).
    if len(words) < 4 and not any(w.base_rel in ("nsubj", "expl", "csubj") for w in words):
        return False
    return any(w.upos in _FINITE_UPOS for w in words) or any(_konjunktiv(w) for w in words)


def _konjunktiv(w: Word) -> bool:
    """A finite verb in Konjunktiv I or II, from the tag or, as the tagger is unreliable, from the form."""
    low = w.text.lower()
    if w.feats.get("Mood") == "Sub" or low in _KONJUNKTIV_FORMS or low in _KONJUNKTIV2_FORMS:
        return True
    if w.upos not in _FINITE_UPOS or not low.endswith("e"):
        return False
    lemma = w.lemma.lower()
    # 3rd person singular Konjunktiv I is stem + e (``gebe`` of ``geben``, ``liege`` of ``liegen``).
    return lemma.endswith("en") and low == lemma[:-2] + "e" and w.feats.get("Person") != "1"


def _span_words(sent: ParsedSentence, a: int) -> tuple[int, int]:
    """The first and last word index of the subtree of ``a``."""
    sub = sent.subtree(a)
    return sub[0], sub[-1]


def _next_comma(sent: ParsedSentence, start: int, stop: int | None = None) -> int | None:
    end = len(sent) if stop is None else stop
    for k in range(start, end):
        if _is_comma(sent[k]):
            return k
    return None


def _larger_side(
    sent: ParsedSentence, left: tuple[int, int] | None, right: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The longer of the two stretches beside an attribution, each trimmed and required to hold a clause."""
    options = []
    for side in (left, right):
        if side is None or side[0] > side[1]:
            continue
        t = _trim(sent, *side)
        if t is not None and _has_clause(sent, *t):
            options.append(t)
    if not options:
        return None
    return max(options, key=lambda t: sent[t[1]].end - sent[t[0]].start)


# --- sieves -----------------------------------------------------------------------------------------------


def _source_phrase_end(sent: ParsedSentence, head: int, start: int) -> int:
    """Last word of a source phrase headed by ``head``: up to the next comma, or the head's noun phrase."""
    comma = _next_comma(sent, start)
    _, sub_hi = _span_words(sent, head)
    m = expand_mention(sent, head)
    hi = max(head, sent.words.index(next(w for w in sent if w.end >= m.end)) if m else head)
    if comma is not None and comma > hi:
        # ``according to a letter from the chairman of the committee,``: the phrase runs to the comma, unless
        # a verb comes first (``laut X sind …``: the content starts there).
        for k in range(hi + 1, comma):
            if sent[k].upos in _FINITE_UPOS:
                return min(max(hi, min(sub_hi, k - 1)), k - 1)
        return comma - 1
    return max(hi, min(sub_hi, comma - 1 if comma is not None else sub_hi))


def _nominal_after(sent: ParsedSentence, start: int, limit: int = 6) -> int | None:
    """The head of the noun phrase starting at ``start`` (the word the parse hangs the preposition on)."""
    for k in range(start, min(len(sent), start + limit)):
        w = sent[k]
        if _is_comma(w):
            return None
        if w.upos in ("NOUN", "PROPN", "PRON", "X") and is_nominal(w, sent.lang):
            # Prefer the last name-like word of a run (``Prof. Dr. Matthias Beckmann``): the mention grows back.
            j = k
            while j + 1 < len(sent) and sent[j + 1].upos in ("PROPN", "NOUN") and sent[j + 1].head == j:
                j += 1
            # ``a government spokeswoman``: climb from a compound to the noun it modifies.
            while sent[j].base_rel in ("compound", "flat", "amod") and j < sent[j].head <= j + 3:
                j = sent[j].head
            return j
    return None


def _according_to(ss: _Sentence) -> list[_Found]:
    """``according to X`` / ``laut X`` / ``X zufolge`` / ``nach Angaben von X`` / ``…, so X.`` (German tag)."""
    sent = ss.sent
    out: list[_Found] = []
    low = [w.text.lower() for w in sent]
    n = len(sent)
    for i, t in enumerate(low):
        cue_lo = cue_hi = i
        head: int | None = None
        lemma = t
        if sent.lang == "en" and t == "according" and i + 1 < n and low[i + 1] == "to":
            cue_hi, lemma = i + 1, "according to"
            head = _nominal_after(sent, i + 2)
        elif sent.lang == "de" and t == "laut":
            head = _nominal_after(sent, i + 1)
        elif sent.lang == "de" and t == "nach" and i + 1 < n and low[i + 1].endswith("angaben"):
            cue_hi, lemma = i + 1, "nach angaben"
            if low[i + 1] != "angaben":
                head = i + 1  # ``nach Polizeiangaben``: the source is inside the word
            else:
                nxt = i + 2 + (1 if i + 2 < n and low[i + 2] in ("von", "vom", "des", "der") else 0)
                head = _nominal_after(sent, nxt) if nxt < n else None
        elif sent.lang == "de" and t == "zufolge" and i > 0:
            k = i - 1
            while k >= 0 and sent[k].upos not in ("NOUN", "PROPN", "PRON", "X"):
                k -= 1
            if k < 0:
                continue
            head = k
            m = expand_mention(sent, k)
            lo = k
            while lo > 0 and m is not None and sent[lo - 1].start >= m.start:
                lo -= 1
            # ``einem Bericht der Zeitung zufolge``: the phrase starts after the previous comma or at the sentence.
            prev = max((j for j in range(0, lo) if _is_comma(sent[j])), default=-1)
            cue_lo = prev + 1 if lo - prev <= 8 else lo
        elif (
            sent.lang == "de"
            and t == "so"
            and i > 1
            and _is_comma(sent[i - 1])
            and all(sent[k].upos in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT", "X") for k in range(i + 1, n))
        ):
            head = _nominal_after(sent, i + 1)
            lemma = "so"
        else:
            continue
        if head is None:
            continue
        cue_hi2 = _source_phrase_end(sent, head, cue_hi + 1) if t != "zufolge" else i
        span = _larger_side(sent, (0, cue_lo - 1), (cue_hi2 + 1, n - 1))
        if span is None:
            continue
        conf = 0.8 if lemma != "so" else 0.7
        out.append(
            _Found(
                span[0], span[1], head, cue_lo if t != "zufolge" else i, cue_hi, lemma, "indirect_according_to", conf
            )
        )
    return out


def _as_clause(ss: _Sentence) -> list[_Found]:
    """``As X pointed out, …`` / ``…, as X said`` / ``Wie X mitteilte, …`` / ``…, wie er sagt, …``."""
    sent = ss.sent
    out: list[_Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        mark = next((c for c in sent.children(v, "mark") if c.text.lower() in _AS_WORDS), None)
        if mark is None:
            # The parse may hang ``as`` elsewhere; accept it right before the subject (``As Rao pointed out``).
            k = v - 1
            while k >= 0 and v - k <= 5 and not _is_comma(sent[k]) and sent[k].text.lower() not in _AS_WORDS:
                k -= 1
            if k < 0 or sent[k].text.lower() not in _AS_WORDS or (k > 0 and not _is_comma(sent[k - 1])):
                continue
            mark_i = k
        else:
            mark_i = mark.index
        if mark_i > v:
            continue
        # The parenthetical runs from ``as`` to the next comma (or the sentence end).
        comma = _next_comma(sent, v + 1)
        clause_hi = comma - 1 if comma is not None else n - 1
        # The speaker stands inside the parenthetical; a subject found outside it (the parser hangs ``mitteilte``
        # off the main verb, whose subject it then inherits) is the main clause's, so look between ``as`` and
        # the verb, then after the verb.
        main = set(range(0, mark_i)) | set(range(clause_hi + 1, n))
        speaker = ss.subject(cue, main)
        if speaker is None or not (mark_i < speaker < v or v < speaker <= clause_hi):
            inside = [k for k in range(mark_i + 1, v) if sent[k].upos in ("NOUN", "PROPN", "PRON", "X")]
            inside = [k for k in inside if is_nominal(sent[k], sent.lang)]
            speaker = inside[-1] if inside else ss._surface_subject(v, main)
        if speaker is None or not (mark_i < speaker < v or v < speaker <= clause_hi):
            continue
        span = _larger_side(sent, (0, mark_i - 1), (clause_hi + 1, n - 1))
        if span is None:
            continue
        out.append(_Found(span[0], span[1], speaker, v, cue.particle, cue.lemma, "indirect_as", 0.85))
    return out


def _content_children(ss: _Sentence, v: int) -> list[int]:
    """Content clauses after ``v``: its own ``ccomp``/``parataxis``, and for ``X agreed, saying that …`` those
    the parser hung on the head verb instead."""
    sent = ss.sent
    kids = [c.index for c in sent.children(v, *_CONTENT_RELS) if c.index > v]
    head = sent.head_of(v)
    if head is not None and sent[v].base_rel in ("advcl", "xcomp", "conj") and ss.cue_at(head.index):
        kids += [c.index for c in sent.children(head.index, *_CONTENT_RELS) if c.index > v]
    good = []
    for k in kids:
        lo, hi = _span_words(sent, k)
        if hi > v and any(sent[j].upos in _FINITE_UPOS for j in range(max(lo, v + 1), hi + 1)):
            good.append(k)
    return good


def _attribution_end(sent: ParsedSentence, v: int, particle: int | None, speaker: int | None) -> int:
    """Last word of the attribution ``X said`` / ``sagte X`` / ``schlug X vor``: verb, particle, a speaker after it."""
    end = v
    if particle is not None and particle > end:
        end = particle
    if speaker is not None and speaker > v:
        m = expand_mention(sent, speaker)
        end = max(end, speaker)
        while m is not None and end + 1 < len(sent) and sent[end + 1].end <= m.end:
            end += 1
    return end


def _content_start(sent: ParsedSentence, lo: int) -> int:
    """Skip a recipient or adverbial before the content's complementiser or subject (``told reporters the plan
    was …``, ``said on Monday that …``): at most four words, and only up to a ``that``/``dass`` or a subject."""
    for k in range(lo, min(len(sent), lo + 5)):
        w = sent[k]
        if w.text.lower() in _COMPLEMENTISERS and w.base_rel == "mark":
            return k
        if w.base_rel in ("nsubj", "expl"):
            return min(max(lo, _span_words(sent, k)[0]), k)
        if w.upos in ("AUX",) or _is_comma(w):
            break
    return lo


def _that_clause(ss: _Sentence) -> list[_Found]:
    """``X said (that) …`` / ``X agreed, saying that …`` / ``X sagte, dass …`` / ``schlug X vor, dass …``."""
    sent = ss.sent
    out: list[_Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        if any(c.text.lower() in _AS_WORDS for c in sent.children(v, "mark")):
            continue
        kids = _content_children(ss, v)
        dass = None
        if not kids:
            # A complementiser after the attribution that the parser hung elsewhere.
            for k in range(v + 1, min(n, v + 8)):
                if sent[k].text.lower() in _COMPLEMENTISERS and sent[k].upos in ("SCONJ", "PRON", "DET"):
                    dass = k
                    break
                if sent[k].text in (".", ":", ";"):
                    break
            if dass is None:
                continue
        lo_words = [_span_words(sent, k)[0] for k in kids] + ([dass] if dass is not None else [])
        lo = max(v + 1, min(lo_words))
        content = set(range(lo, n))
        speaker = ss.subject(cue, content)
        if speaker is None:
            continue
        att_end = _attribution_end(sent, v, cue.particle, speaker)
        lo = _content_start(sent, max(lo, att_end + 1))
        # Stop at another speech verb that coordinates with this one: ``X said A, but Y said B``.
        # A speech verb in a relative clause (``the ministry, which said that …, declined``) reports only there.
        hi = _span_words(sent, v)[1] if sent[v].deprel == "acl:relcl" else n - 1
        for other in ss.cues():
            o = other.verb
            if o > lo and sent[o].head == v and sent[o].base_rel in ("conj", "parataxis"):
                hi = min(hi, _span_words(sent, o)[0] - 1)
        t = _trim(sent, lo, hi)
        if t is None or not _has_clause(sent, *t):
            continue
        conf = 0.85
        sieve = "indirect_that_clause"
        if sent.lang == "de" and t[0] > 0 and _is_comma(sent[t[0] - 1]):
            # ``sagte Curran, … gebe es …``: verb-second reported speech that the parser did hang on the verb.
            sieve = "indirect_konjunktiv"
            if not any(_konjunktiv(w) for w in sent.words[t[0] : t[1] + 1] if w.upos in _FINITE_UPOS):
                conf = 0.65
        out.append(_Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, sieve, conf))
    return out


def _subordinate(sent: ParsedSentence, v: int) -> bool:
    """Whether the speech verb heads a relative or subordinate clause (``der das sagte``, ``weil er sagte``)."""
    if sent[v].deprel in ("acl:relcl", "acl") or sent.children(v, "mark"):
        return True
    return any("Rel" in c.feats.get("PronType", "") for c in sent.children(v, "nsubj"))


def _konjunktiv_clause(ss: _Sentence) -> list[_Found]:
    """German ``sagte X, … gebe es …`` / ``Er sagte, er sei …``: attribution, comma, a clause with a finite verb."""
    sent = ss.sent
    if sent.lang != "de":
        return []
    out: list[_Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        if any(c.text.lower() in _AS_WORDS for c in sent.children(v, "mark")):
            continue
        if _subordinate(sent, v):
            continue  # ``Der Mann, der das sagte, ging …``: the main clause after the comma is not reported
        speaker = ss.subject(cue, set())
        if speaker is None:
            continue
        att_end = _attribution_end(sent, v, cue.particle, speaker)
        # Only adverbials may stand between the attribution and the comma (``sagte er am Montag,``).
        comma = _next_comma(sent, att_end + 1)
        if comma is None or comma - att_end > 4 or any(sent[k].upos in _FINITE_UPOS for k in range(att_end + 1, comma)):
            continue
        if comma + 1 >= n or (sent[comma + 1].text.lower() in _RELATIVE_WORDS and _is_relative(sent[comma + 1])):
            continue
        t = _trim(sent, comma + 1, n - 1)
        if t is None or not _has_clause(sent, *t):
            continue
        finite = [w for w in sent.words[t[0] : t[1] + 1] if w.upos in _FINITE_UPOS]
        conf = 0.85 if any(_konjunktiv(w) for w in finite) else 0.65
        out.append(_Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, "indirect_konjunktiv", conf))
    return out


def _content_first(ss: _Sentence) -> list[_Found]:
    """``…, Rao said.`` / ``…, sagte ein Sprecher.``: the attribution closes the sentence after a comma."""
    sent = ss.sent
    out: list[_Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        speaker = ss.subject(cue, set())
        if speaker is None:
            continue
        lo_att = min(v, speaker)
        m = expand_mention(sent, speaker)
        if m is not None and speaker < v:
            while lo_att > 0 and sent[lo_att - 1].start >= m.start:
                lo_att -= 1
        if lo_att < 2 or not _is_comma(sent[lo_att - 1]):
            continue
        # Nothing but the attribution and adverbials after it: no clause of its own.
        if any(sent[k].upos in _FINITE_UPOS and k != v for k in range(lo_att, n)):
            continue
        if any(c.index > v for c in sent.children(v, *_CONTENT_RELS)):
            continue
        t = _trim(sent, 0, lo_att - 2)
        if t is None or not _has_clause(sent, *t):
            continue
        out.append(_Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, "indirect_content_first", 0.75))
    return out


_SentenceSieve = Callable[[_Sentence], list[_Found]]

SIEVES: tuple[tuple[str, _SentenceSieve], ...] = (
    ("indirect_according_to", _according_to),
    ("indirect_as", _as_clause),
    ("indirect_that_clause", _that_clause),
    ("indirect_konjunktiv", _konjunktiv_clause),
    ("indirect_content_first", _content_first),
)
"""The sentence-level rules in the order they claim content; the continuation rule runs after them."""


# --- driver -----------------------------------------------------------------------------------------------


def _quoted_share(start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> float:
    if end <= start:
        return 0.0
    covered = 0
    for qs, qe in quote_ranges:
        covered += max(0, min(end, qe) - max(start, qs))
    return min(1.0, covered / (end - start))


def _statement(
    text: str, sent: ParsedSentence, f: _Found, quote_ranges: Sequence[tuple[int, int]]
) -> ReportedStatement | None:
    start, end = sent[f.lo].start, sent[f.hi].end
    share = _quoted_share(start, end, quote_ranges)
    if share >= _MAX_QUOTED_SHARE:
        return None
    speaker: tuple[int, int] | None = None
    kind = MentionKind.NOMINAL
    if f.speaker is not None:
        m = expand_mention(sent, f.speaker, blocked=quote_ranges)
        if m is None or (m.start < end and start < m.end):
            return None
        speaker, kind = (m.start, m.end), m.kind
    cue: tuple[int, int, str] | None = None
    if f.cue_word is not None and f.lemma is not None:
        c_end = sent[f.cue_end_word].end if f.cue_end_word is not None else sent[f.cue_word].end
        cue = (sent[f.cue_word].start, max(c_end, sent[f.cue_word].end), f.lemma)
    return ReportedStatement(
        start=start,
        end=end,
        speaker=speaker,
        mention_kind=kind,
        cue=cue,
        sieve=f.sieve,
        confidence=round(f.confidence * (0.9 if share > 0 else 1.0), 3),
        kind="mixed" if share > 0 else "indirect",
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _continuation(
    text: str, prev: ReportedStatement, ss: _Sentence, quote_ranges: Sequence[tuple[int, int]]
) -> ReportedStatement | None:
    """German reported speech runs on in Konjunktiv I: ``Die Suche sei eingestellt worden.`` after a statement.

    A German main clause in Konjunktiv I reports someone's words by its grammar alone, so one sentence of
    narration may stand between it and the statement it continues (at most :data:`_CONTINUATION_GAP`
    characters, same paragraph).
    """
    sent = ss.sent
    if sent.lang != "de" or "\n" in text[prev.end : sent.start] or sent.start - prev.end > _CONTINUATION_GAP:
        return None
    # A sentence with an attribution of its own (a speech verb, ``laut``, ``zufolge``) starts something new.
    if ss.cues() or any(w.text.lower() in _SOURCE_WORDS_DE for w in sent):
        return None
    root = sent.root()
    finite = [w for w in sent if w.upos in _FINITE_UPOS and (root is None or w.head in (root.index, -1))]
    if not any(_konjunktiv(w) and w.text.lower() not in _KONJUNKTIV2_FORMS for w in finite):
        return None
    t = _trim(sent, 0, len(sent) - 1)
    if t is None or not _has_clause(sent, *t):
        return None
    start, end = sent[t[0]].start, sent[t[1]].end
    share = _quoted_share(start, end, quote_ranges)
    if share >= _MAX_QUOTED_SHARE:
        return None
    return ReportedStatement(
        start=start,
        end=end,
        speaker=prev.speaker,
        mention_kind=prev.mention_kind,
        cue=None,
        sieve="indirect_konjunktiv_continuation",
        confidence=round(min(prev.confidence, 0.7), 3),
        kind="mixed" if share > 0 else "indirect",
    )


def find_indirect(
    text: str, sentences: Sequence[ParsedSentence], quote_ranges: Sequence[tuple[int, int]]
) -> list[ReportedStatement]:
    """Reported statements without quotation marks, in text order.

    ``quote_ranges`` are the quotations of the document, marks included; content that lies mostly inside them
    is a direct or mixed quotation and is not reported here. Never raises on odd parses: a sentence whose
    words confuse a rule yields nothing from that rule.
    """
    out: list[ReportedStatement] = []
    last: ReportedStatement | None = None
    for sent in sorted(sentences, key=lambda s: s.start):
        if not len(sent):
            continue
        claimed: list[tuple[int, int]] = []
        found_here: list[ReportedStatement] = []
        ss = _Sentence(text, sent, quote_ranges)
        for name, sieve in SIEVES:
            try:
                candidates = sieve(ss)
            except (IndexError, ValueError, StopIteration):  # a malformed parse must not sink the document
                logger.debug("sieve %s failed on sentence at %d", name, sent.start, exc_info=True)
                continue
            for f in candidates:
                st = _statement(text, sent, f, quote_ranges)
                if st is None or any(_overlaps((st.start, st.end), c) for c in claimed):
                    continue
                claimed.append((st.start, st.end))
                found_here.append(st)
        if not found_here and last is not None:
            cont = _continuation(text, last, ss, quote_ranges)
            if cont is not None:
                found_here.append(cont)
        found_here.sort(key=lambda s: s.start)
        out.extend(found_here)
        if found_here:
            last = found_here[-1]
        elif ss.cues():
            last = None  # someone speaks here (a direct quote, a cue without content): the chain breaks
    return out


# --- classifying quotations -------------------------------------------------------------------------------

# Words right before a quotation that make it a fragment of the narrator's clause: ``described it as „…“``,
# ``called the plan "reckless"``, ``bezeichnete es als „…“``, ``nannte ihn „…“``.
_MIXED_INTRODUCERS = frozenset(
    {
        "as", "called", "calls", "calling", "dubbed", "termed", "labelled", "labeled", "branded", "deemed",
        "als", "nannte", "nannten", "nennt", "nennen", "bezeichnete", "bezeichneten", "bezeichnet",
    }
)  # fmt: skip
# ``the so-called "Eagle"``, ``die sogenannte „Agenda“``: a label, not anybody's words.
_LABEL_INTRODUCERS = frozenset({"so-called", "sogenannte", "sogenannten", "sogenannter", "sogenanntes", "so-genannte"})
# How many words back an introducer may stand (``called the new plan "reckless"``).
_INTRODUCER_WINDOW = 5
_MAX_LABEL_TOKENS = 3
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# A sentence end before the quote, for when there is no parse: end punctuation (maybe inside marks) and space.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”“»«’]?\s+|\n")
_CLAUSE_BREAK = regex.compile(r"[,;:–—(]")
# Dialogue (issue 15): right after a finished quotation (``»…sollten!« »Aber …«``) or after a short tag that
# interrupts one (``»…«, brummte er, »und stört …«``, ``"…," laughed Tom, "but …"``), a quotation goes on speaking.
# The comma at the closing mark keeps titles in a list out (``„Der Fänger im Roggen“ von J.D. Salinger, „…“``).
_AFTER_QUOTE = regex.compile(r"(?:[.!?…][\"'”“»«’]|(?:[,!?…][\"'”“»«’]|[\"'”“»«’],)(?:\s+[^\s,\"'”“»«’]+){1,4},)$")


def _sentence_bounds(
    text: str, pos: int, sentences: Sequence[ParsedSentence]
) -> tuple[int, int, ParsedSentence | None]:
    """The sentence around ``pos``: from the parse when there is one, else from punctuation."""
    for s in sentences:
        if s.start <= pos < s.end:
            return s.start, s.end, s
    lo = max(0, pos - 600)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    start = starts[-1] if starts else (0 if lo == 0 else lo)
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() + 1 if m else len(text)), None


def _has_cue(text: str, start: int, end: int, lang: str, sent: _Sentence | None) -> bool:
    """A speech verb or source phrase between ``start`` and ``end``: from the parse, else from the surface pattern."""
    if start >= end:
        return False
    if sent is not None:
        for c in sent.cues():
            w = sent.sent[c.verb]
            if start <= w.start and w.end <= end:
                return True
        return False
    langs = (lang,) if lang in ("en", "de") else ("en", "de")
    return any(cue_surface_pattern(lg).search(text, start, end) for lg in langs)


def _guess_lang(text: str, sent: ParsedSentence | None) -> str:
    if sent is not None:
        return sent.lang
    # Without a parse: German quotation marks and a few function words are enough to pick a cue table.
    sample = text.lower()
    de = sum(sample.count(w) for w in (" der ", " die ", " und ", " sagte ", " ist ", "„"))
    en = sum(sample.count(w) for w in (" the ", " and ", " said ", " is ", " of "))
    return "de" if de > en else "en"


def _title_like(words: Sequence[str], lang: str) -> bool:
    """A name or title: every word capitalised (English small words excepted: ``The Art of the Deal``).

    German capitalises every noun, so there a lower-case word anywhere (``Opfer des Terrorismus``) means a
    phrase, not a title; a lone capitalised German noun is too weak a sign and counts only with no cue around.
    """
    if not words or not words[0][:1].isupper():
        return False
    if lang == "de":
        return len(words) > 1 and all(w[:1].isupper() for w in words)
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with"}
    return all(w[:1].isupper() or w.lower() in small for w in words)


def classify_quote(
    text: str,
    start: int,
    end: int,
    open_: tuple[int, int] | None,
    close: tuple[int, int] | None,
    sentences: Sequence[ParsedSentence],
) -> QuoteClass:
    """What a stretch in quotation marks is: ``"direct"``, ``"mixed"`` or ``"none"`` (not a quotation).

    Rules, in order, over the sentence around the opening mark (from ``sentences`` when the quote's sentence
    was parsed, else from punctuation) — ``before`` is the sentence text up to the opening mark, ``after`` the
    text from the closing mark to the sentence end:

    1. ``before`` ends in a colon → **direct** (``Rao said: „…“``).
    2. A label word right before (``so-called``, ``sogenannte``) → **none**.
    3. ``as``/``als``/``called``/``nannte``/``bezeichnete`` within five words before the mark, with no comma in
       between → **mixed** (``described it as „…“``, ``called the plan "reckless"``).
    4. Nothing before the mark in its sentence (the quote opens the sentence) → **direct**, unless it is a short
       label: at most three words, no speech cue in the sentence and no end punctuation of its own
       (``„Eagle“ startet 2025.`` → **none**; ``“Big time.”`` → direct).
    5. ``before`` ends in a comma after a speech cue (``he said, “…”``, ``As Altman said Monday, “…”``,
       ``„…“, sagte er, „…“``) → **direct**.
    6. A speech verb right before the mark and a capitalised quote of four words or more (``said "We will…"``)
       → **direct**.
    7. Otherwise the quote sits inside the narrator's clause. It is a scare quote, name or title → **none**
       when it is title-cased (``his book "The Art of the Deal"``, ``„Die Blechtrommel“``; in German only when
       every word is capitalised) or short (at most three words) with no speech cue in the sentence
       (``the „Eagle“``); else it is a quoted fragment → **mixed** (``warnte vor einem „populistischen
       Wahlkampf“``, ``Afghanistan sei ein „Opfer des Terrorismus“``).

    Known failure: a full sentence quoted in the middle of a narrator's clause with no cue (``the motto
    "Wir schaffen das" became famous``) is called mixed.
    """
    o_start = open_[0] if open_ is not None else start
    c_end = close[1] if close is not None else end
    s_start, s_end, parsed = _sentence_bounds(text, o_start, sentences)
    s_start = min(s_start, o_start)
    lang = _guess_lang(text[max(0, s_start - 200) : s_end], parsed)
    # Cues inside the quotation itself (``„Ich sagte …“``) say nothing about how it is introduced.
    sent = _Sentence(text, parsed, [(o_start, c_end)]) if parsed is not None else None
    content_words = _WORD.findall(text[start:end])
    before = text[s_start:o_start].rstrip()
    before_words = _WORD.findall(before)
    sentence_has_cue = _has_cue(text, s_start, max(s_end, c_end), lang, sent) or _has_cue(
        text, c_end, s_end, lang, None
    )
    short = len(content_words) <= _MAX_LABEL_TOKENS

    if before.endswith(":") or _AFTER_QUOTE.search(before):
        return "direct"
    if before_words and before_words[-1].lower() in _LABEL_INTRODUCERS:
        return "none"
    tail = before_words[-_INTRODUCER_WINDOW:]
    tail_text = before[-120:]
    for k, w in enumerate(reversed(tail)):
        if w.lower() in _MIXED_INTRODUCERS:
            # ``As Altman said Monday, “…”``: a comma after the introducer ends its clause.
            pos = tail_text.lower().rfind(w.lower())
            if pos >= 0 and not _CLAUSE_BREAK.search(tail_text, pos):
                if k == 0 and w.lower() == "as" and short and _title_like(content_words, lang):
                    return "none"  # ``known as the "Eagle"`` / ``as "Eagle"``
                return "mixed"
    if not before_words:
        # A quote that opens its sentence is someone's words unless it is a bare label: short, no speech verb
        # around, and no sentence-final punctuation of its own (``„Eagle“ startet 2025.`` vs ``“Big time.”``).
        ends_utterance = text[start:end].rstrip().endswith((".", "!", "?", "…", ","))
        if short and not sentence_has_cue and not ends_utterance:
            return "none"
        return "direct"
    if before.endswith(",") and _has_cue(text, s_start, o_start, lang, sent):
        return "direct"
    last = before_words[-1].lower()
    if (
        len(content_words) > _MAX_LABEL_TOKENS
        and content_words[0][:1].isupper()
        and _has_cue(text, o_start - len(before_words[-1]) - 2, o_start, lang, sent)
        and last not in _MIXED_INTRODUCERS
    ):
        return "direct"
    if _title_like(content_words, lang) or (short and not sentence_has_cue):
        return "none"
    return "mixed"
