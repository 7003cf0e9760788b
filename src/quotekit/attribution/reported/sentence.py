"""One parsed sentence as the reported-speech rules see it (:class:`SentenceContext`), the statement they return
(:class:`ReportedStatement`), and the word classes the rules share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from quotekit.attribution.context import Context, Cue, QuoteTarget
from quotekit.attribution.display_names import oblique_determiner
from quotekit.attribution.mentions import (
    GROUP_RANK,
    PERSON_RANK,
    is_nominal,
    speaker_rank,
)
from quotekit.lang import profile
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence, Word


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
    """The rule that found it (see :data:`~quotekit.attribution.reported.rules.REPORTED_RULES`)."""
    confidence: float
    kind: Literal["indirect", "mixed"] = "indirect"
    """``mixed`` when a quoted fragment (less than half of the content) sits inside the reported content."""


# Relations by which a content clause hangs off its speech verb (parataxis: German ``sagte X, gebe es …``).
CONTENT_RELS = frozenset({"ccomp", "parataxis", "xcomp", "csubj"})
# The word lists these rules read (complementisers, relative pronouns, Konjunktiv forms, introducers …) are
# rows of data/function_words.tsv and, for source phrases and ``as``/``wie``, of data/cues_<lang>.tsv, all
# read through quotekit.lexicon.
# How far (characters) a Konjunktiv-I sentence may stand from the statement it continues: one short sentence.
CONTINUATION_GAP = 250
# How far a Konjunktiv-I sentence may stand from the last statement when the chain was broken in between (by a
# quotation, or a sentence whose statement was not found): about three sentences.
RESUMPTION_GAP = 600
FINITE_UPOS = frozenset({"VERB", "AUX"})
NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM", "ADP"})
MIN_CONTENT_WORDS = 3
# Longest stretch from ``as``/``wie`` to its speech verb: in verb-second languages the subordinate clause puts the
# verb last, after a subject and a time or place phrase (``Wie der Weltverband FIFA in der Nacht bekanntgegeben
# hat``); elsewhere the verb follows its subject closely (``As Rao pointed out``).
AS_CLAUSE_WORDS = 9
# Up to this distance any clause opened by ``as``/``wie`` counts; farther, only one that opens with its subject.
AS_CLAUSE_NEAR = 5
# Share of the content that may lie inside quotation marks before it counts as a quotation, not reported speech.
MAX_QUOTED_SHARE = 0.5
MIXED_FACTOR = 0.9
"""Factor on a reported statement's confidence when a quoted fragment sits inside it (``kind="mixed"``)."""


def is_relative(w: Word) -> bool:
    """A relative pronoun (``der`` in ``der Mann, der …``, ``which``), not an article (``die Verhandlungen``); any
    pronoun passes (:func:`is_relative_pronoun` is the strict test)."""
    return "Rel" in w.feats.get("PronType", "") or w.upos == "PRON" or w.text.lower() in lexicon_words("relative", "en")


def is_relative_pronoun(w: Word, lang: str) -> bool:
    """Whether ``w`` is a relative pronoun only (``PronType=Rel``, or a ``relative`` row of ``lang``), not a personal
    one (``he made it clear``), which :func:`is_relative` also takes: the test by which a relative subject stands for
    its antecedent."""
    return "Rel" in w.feats.get("PronType", "") or w.text.lower() in lexicon_words("relative", lang)


def relative_antecedent(sent: ParsedSentence, v: int) -> int | None:
    """The noun a relative clause's verb ``v`` hangs on (``the ministry, which said``), or None: the antecedent
    that speaks for a relative pronoun subject, shared by every subject finder."""
    head = sent.head_of(v)
    return head.index if head is not None and sent[v].deprel == "acl:relcl" and is_nominal(head, sent.lang) else None


def is_punct(w: Word) -> bool:
    return w.upos == "PUNCT" or not any(c.isalnum() for c in w.text)


def is_comma(w: Word) -> bool:
    return w.text in (",", ";", "–", "—") or (w.upos == "PUNCT" and w.text in (",",))


def comma_before(sent: ParsedSentence, k: int) -> bool:
    """Whether a comma ends the words before word ``k``: right before it, or inside the closing mark of a quotation
    that ends there (``"… working together," suggesting that …``: American style puts the comma inside the marks,
    so the mark, not the comma, stands before the next word)."""
    if k < 1:
        return False
    if sent[k - 1].text == ",":
        return True
    return (
        k >= 2
        and sent[k - 1].upos == "PUNCT"
        and sent[k - 1].text in quote_marks().tokens
        and sent[k - 2].text == ","
        and sent[k - 2].end == sent[k - 1].start
        and (k == len(sent) or sent[k - 1].end < sent[k].start)
    )


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A speech verb found in a sentence: the verb word, its reassembled lemma and its particle, if any."""

    verb: int
    lemma: str
    particle: int | None
    raw: Cue


class SentenceContext:
    """One parsed sentence as the rules see it, with the attribution sieves' cue and speaker finders.

    Cue lookup (particle verbs reassembled, words inside quotes skipped) and the speaker of a speech verb
    (subject, passive agent, the subject a participle inherits, a dependent when the parse is broken) are the
    quote rules' own (:class:`quotekit.attribution.context.Context`), so direct and reported speech agree on
    who speaks.
    """

    def __init__(self, text: str, sent: ParsedSentence, quote_ranges: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.sent = sent
        inside = [(a, b) for a, b in quote_ranges if a < sent.end and sent.start < b]
        self.quote_ranges = inside
        """The quotations (marks included) that overlap this sentence."""
        targets = [QuoteTarget(k, a, b, None, None, 0) for k, (a, b) in enumerate(inside)]
        self._ctx = Context(text, targets, [sent], beliefs=True)
        self._cues: list[VerbCue] | None = None
        self._cue_verbs: frozenset[int] | None = None
        self.previous: ParsedSentence | None = None
        """The sentence right before this one, when it was parsed and nothing but space stands between them."""
        self.previous_quotes: Sequence[tuple[int, int]] = ()
        """The quotations that overlap :attr:`previous`."""

    def cues(self) -> list[VerbCue]:
        """Speech verbs outside quotes; not a modifier (``the said agreement``)."""
        if self._cues is None:
            out = []
            for c in self._ctx.cues(0):
                w = self.sent[c.word]
                if w.deprel in ("amod", "compound", "det", "case", "flat") or not w.text[:1].isalpha():
                    continue
                if w.index > 0 and _noun_marker(self.sent[w.index - 1], w.index):
                    continue  # ``all the states allocate``, ``a claim that``: a noun the tagger took for a verb
                if c.entry.lemma in lexicon_words("evidence_only", self.sent.lang) and (
                    evidence_subject(self.sent, c.word) is None
                ):
                    continue  # ``Mr. Romney found it difficult``: only a poll's or study's finding is reported
                out.append(VerbCue(c.word, c.entry.lemma, c.particle, c))
            self._cues = out
        return self._cues

    def cue_verbs(self) -> frozenset[int]:
        """The verbs of :meth:`cues` (word indices), built once per sentence: the content-tail cuts of several rules
        read them for every cue."""
        if self._cue_verbs is None:
            self._cue_verbs = frozenset(c.verb for c in self.cues())
        return self._cue_verbs

    def _surface_subject(self, v: int, content: set[int]) -> int | None:
        """With the parse broken around the verb (``Rao`` tagged ADV): the nominal right before the verb, or in
        verb-second order the first one after it, with no comma in between."""
        sent = self.sent
        k = v - 1
        if k >= 0 and k not in content and is_nominal(sent[k], sent.lang) and sent[k].upos not in ("ADP", "DET"):
            return k
        a = _apposition_before(sent, v)
        if a is not None and a not in content:
            return a
        a = _fronted_subject(sent, v)
        if a is not None and a not in content:
            return a
        for k in range(v + 1, min(len(sent), v + 4)):
            w = sent[k]
            if k in content or is_comma(w) or w.upos in ("VERB", "AUX", "PUNCT"):
                break
            if sent.children(k, "case"):
                continue  # a phrase with a preposition names where or how, not who (``said in an e-mail``)
            if w.upos in ("PROPN", "NOUN", "PRON", "X") and is_nominal(w, sent.lang):
                return k
        return None

    def cue_at(self, i: int) -> VerbCue | None:
        return next((c for c in self.cues() if c.verb == i), None)

    def subject(self, cue: VerbCue, content: set[int]) -> int | None:
        """The speaker head of ``cue``, or None when there is none or it cannot be one (``That said``)."""
        sent = self.sent
        v = cue.verb
        head = sent.head_of(v)
        subjects = [c for c in sent.children(v, "nsubj") if c.index not in content]
        relatives = [c for c in subjects if is_relative_pronoun(c, "en")]
        if relatives:
            # ``the ministry, which said that …``: the antecedent speaks.
            antecedent = relative_antecedent(sent, v)
            if antecedent is not None:
                return antecedent
            others = [c for c in subjects if c not in relatives and is_nominal(c, sent.lang)]
            if others:
                return others[0].index
            k = relatives[0].index - 1
            while k >= 0 and is_punct(sent[k]):
                k -= 1
            return k if k >= 0 and is_nominal(sent[k], sent.lang) else None
        if any(c.text.lower() in lexicon_words("non_speaker_subject") for c in subjects):
            return None  # ``That said, …``
        found = self._ctx.speaker_of(cue.raw)
        if found is None:
            if head is not None and sent[v].base_rel == "acl" and is_nominal(head, sent.lang):
                return head.index  # ``a statement saying that …``
            return self._surface_subject(v, content)
        k = found[0]
        if found[1] in ("inherited_subject", "conjunct_subject") and k < v and v > 0 and is_comma(sent[v - 1]):
            # ``Die Lage sei ernst, sagte am Montag ein Sprecher.``: the parse made the verb right after the comma a
            # conjunct of the content clause, whose subject it inherits; a subject after the verb is the speaker
            # (verbs joined by ``und`` share theirs: ``stellte die Arbeit ein und empfahl am 3. Januar US-Bürgern``)
            post = _postponed_subject(sent, v)
            if post is not None and post not in content:
                return post
        if k in content:
            # ``Paradis, who has been active …, says she …``: the parser hung the subject in the relative clause
            a = _fronted_subject(sent, v)
            return a if a is not None and a not in content else None
        if sent[k].text.lower() in lexicon_words("non_speaker_subject"):
            return None
        return k


def _noun_marker(w: Word, v: int) -> bool:
    """An article (``the``, ``a``) that the parse hangs on word ``v`` as its determiner: ``v`` is a noun, never a
    finite verb. Not a possessive: ``his comments that he would be …``, ``their fear``, a speech noun the tagger
    took for a verb, states its owner's words (PolNeAR marks them); and not a demonstrative the tagger calls an
    article that is the verb's subject or object (German ``Das berichtete die Zeitung``)."""
    return w.upos == "DET" and w.feats.get("PronType") == "Art" and w.head == v and w.base_rel == "det"


def is_quoted(ss: SentenceContext, lo: int, hi: int) -> bool:
    """Whether a quotation overlaps words ``lo..hi``."""
    a, b = ss.sent[lo].start, ss.sent[hi].end
    return any(qs < b and a < qe for qs, qe in ss.quote_ranges)


def is_stance(sent: ParsedSentence, cue: VerbCue) -> bool:
    """A verb of opinion (``stance_verb``, ``think``): reported only from a content clause after it that opens with
    its own subject (by the that-clause rule, or the surface-order rule where the parse broke the tag)."""
    return cue.lemma in lexicon_words("stance_verb", sent.lang)


def is_restricted(sent: ParsedSentence, cue: VerbCue) -> bool:
    """A cue that the parenthetical, ``as`` and content-first rules leave alone: a verb of opinion
    (:func:`is_stance`) or one of finding that reports only through :class:`FindingRule` (``evidence_only``)."""
    return is_stance(sent, cue) or cue.lemma in lexicon_words("evidence_only", sent.lang)


def _apposition_before(sent: ParsedSentence, v: int) -> int | None:
    """``Die Sprecherin des Konzerns, Anna Schulz, sagte``: the parser hangs the noun on the content's verb, but
    the apposition's closing comma right before the speech verb still shows who speaks; the apposed name."""
    k = v - 2
    if k < 0 or not is_comma(sent[v - 1]):
        return None
    # From the last word of the apposition (``Schulz``, flat) up to its head (``Anna``, appos).
    while sent[k].base_rel == "flat" and 0 <= sent[k].head < k:
        k = sent[k].head
    if sent[k].base_rel == "appos" and is_nominal(sent[k], sent.lang):
        return k
    return None


_FRONTED_NP = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})
NOUN_LEAD_UPOS = frozenset({"DET", "ADJ", "NUM"})


def after_adverbials(sent: ParsedSentence, k: int, end: int) -> int:
    """The first word at or after ``k`` past adverbs and prepositional phrases of one noun (``am Montag``, ``in
    Berlin``, ``gestern``); ``end + 1`` when they run to ``end``, -1 when a preposition has no noun."""
    while k <= end:
        if sent[k].upos == "ADV":
            k += 1
        elif sent[k].upos == "ADP":
            k += 1
            while k <= end and sent[k].upos in NOUN_LEAD_UPOS:
                k += 1
            if k > end or sent[k].upos not in ("NOUN", "PROPN"):
                return -1
            k += 1
            while k <= end and sent[k].upos == "PROPN" and sent[k - 1].upos == "PROPN":
                k += 1  # ``von Petra Haltmayr``: a name of several words
        else:
            break
    return k


def _postponed_subject(sent: ParsedSentence, v: int) -> int | None:
    """``…, sagte am Montag ein Sprecher.``, ``…, erklärte gestern in Berlin die Ministerin.``: in verb-second order
    the subject may follow the verb after adverbials, where the compact parser takes it for an object or hangs it
    on the time phrase. The head noun of a noun phrase that follows only adverbs and prepositional phrases and closes
    the clause (up to a comma or the sentence end), opened by no determiner of another case than the nominative
    (``sagte am Montag dem Spiegel``: the listener)."""
    if not profile(sent.lang).verb_second:
        return None
    stop = next((k for k in range(v + 1, len(sent)) if is_comma(sent[k])), len(sent))
    end = stop - 1
    while end > v and is_punct(sent[end]):
        end -= 1
    k = after_adverbials(sent, v + 1, end)
    if k <= v + 1 or k > end or oblique_determiner(sent[k], profile(sent.lang).nominative_table):
        return None
    head = k
    while head <= end and sent[head].upos in NOUN_LEAD_UPOS:
        head += 1
    if head > end or sent[head].upos not in ("NOUN", "PROPN") or not is_nominal(sent[head], sent.lang):
        return None
    if speaker_rank(sent, head, subject=False) < GROUP_RANK:
        return None  # ``sagte aber am Montag die Wahrheit``: an object
    return None if any(w.upos in FINITE_UPOS for w in sent.words[head : end + 1]) else head


def _fronted_subject(sent: ParsedSentence, v: int) -> int | None:
    """``Paradis, who has been active in politics since the age of 25, says …``, ``North Carolina's Ada Fisher,
    one of only a handful of African-American RNC members, said …``: a noun phrase opens the sentence, a relative
    clause or an apposition between commas follows, and the speech verb comes right after the closing comma; the
    parser often hangs the noun phrase inside the clause. Its last noun, when it is a name or a person."""
    if v < 4 or not is_comma(sent[v - 1]) or profile(sent.lang).verb_second:
        return None
    k = 1 if sent[0].upos in ("CCONJ", "ADV") else 0
    head = None
    while k < v - 1 and (sent[k].upos in _FRONTED_NP or sent[k].text in ("'s", "’s", "'", ".")):
        if sent[k].upos in ("PROPN", "NOUN"):
            head = k
        k += 1
    if head is None or not is_comma(sent[k]) or k >= v - 2:
        return None
    return head if speaker_rank(sent, head, subject=False) == PERSON_RANK else None


def span_words(sent: ParsedSentence, a: int) -> tuple[int, int]:
    """The first and last word index of the subtree of ``a``."""
    sub = sent.subtree(a)
    return sub[0], sub[-1]


def homograph_noun(sent: ParsedSentence, v: int) -> bool:
    """Whether cue word ``v`` is the noun of a ``noun_homograph`` speech verb (``EU member state``, ``Most Southern
    states that vote``): tagged as a noun and not the subject of the clause after it, where it is a verb the parser
    took for a noun (``The report states that the factory will close``: ``report`` its compound, ``close`` its
    head). The quote classifier still reads it as a cue: only a reported statement on it is dropped."""
    w = sent[v]
    return w.upos == "NOUN" and w.base_rel != "nsubj" and w.lemma.lower() in lexicon_words("noun_homograph", sent.lang)


def evidence_subject(sent: ParsedSentence, v: int) -> int | None:
    """The poll, study or record (an ``evidence_noun``) that is the subject of ``v`` or heads its subject phrase
    outside a prepositional phrase (``the poll``, ``A review by The Times``, ``A Washington Post-ABC News poll
    last week``, ``Several polls``), else None."""
    nouns = lexicon_words("evidence_noun", sent.lang)
    for subj in sent.children(v, "nsubj"):
        if subj.index > v:
            continue
        lo, hi = span_words(sent, subj.index)
        for k in range(lo, min(hi, v - 1) + 1):
            w = sent[k]
            if w.lemma.lower() in nouns and w.upos == "NOUN" and not sent.children(k, "case"):
                return k
    return None


def in_narration(ss: SentenceContext, k: int) -> bool:
    w = ss.sent[k]
    return not any(a <= w.start < b for a, b in ss.quote_ranges)
