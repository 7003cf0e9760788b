"""Reported speech without quotation marks, and what kind of thing a pair of quotation marks holds.

:func:`find_indirect` reads the parsed sentences and returns one :class:`ReportedStatement` per reported
content clause. The rules run in one fixed order (:data:`SIEVES`); the first rule that claims a stretch of a
sentence wins it, so a later rule never reports the same content twice:

1. ``indirect_according_to`` — a source phrase: ``according to X, …``, ``…, according to X``, ``laut X …``,
   ``X zufolge …``, ``nach Angaben von X …``, a trailing ``…, so X.``; the content is the rest of the sentence
   on the larger side of the phrase.
2. ``indirect_as`` — a parenthetical speech clause: ``As X pointed out, …``, ``…, as X said``,
   ``Wie X mitteilte, …``, ``…, wie er sagt.``; the content is the main clause beside it.
3. ``indirect_parenthetical`` — the attribution between commas inside the content: ``Die Lage, sagte der
   Minister, sei ernst.``, ``The situation, the minister said, was serious.``; both sides are reported.
3b. ``indirect_finding`` — a poll, study or record that shows or finds: ``The poll shows [Clinton with a lead]``,
   ``A 2009 report found [that …]`` (English rows of ``evidence_verb`` and ``evidence_noun``).
4. ``indirect_that_clause`` — a speech verb with a content clause after it: ``X said (that) …``,
   ``X agreed, saying that …``, ``X told reporters …``, ``X sagte, dass …``, ``X schlug vor, dass …``.
5. ``indirect_konjunktiv`` — German verb-second reported speech: ``sagte Curran, … gebe es keinen Grund …``,
   ``Er sagte, er sei …``: a speech verb, its speaker, a comma, then a clause with a finite verb, or a
   ``zu``-infinitive (``forderte ihn auf, sich zu stellen``). The compact German model's ``Mood`` is unreliable,
   so the comma after the attribution is what decides; ``Mood=Sub`` (or a Konjunktiv-I form such as ``sei``,
   ``habe``, ``gebe``) only raises the confidence.
6. ``indirect_content_first`` — the content before its attribution: ``…, Rao said.``, ``…, sagte ein Sprecher.``
6b. ``indirect_trailing_tag`` — English order: the same closing tag read by surface order where the parse broke it
   (``…, the University of Michigan reported last week.``, ``…, Ms. Gedrich said.``).
6b2. ``indirect_tag_then_more`` — English order: a closing tag the narrator goes on after (``…, said DeSantis, who
   was elected …``, ``…, French officials said, before being shot …``): the content before it.
6c. ``indirect_relative_object`` — a relative pronoun that is a speech verb's object (``…, which he said were
   evenly split``): the pronoun is the content, as PolNeAR marks it.
6d. ``indirect_pro_form`` — a speech or belief verb whose complement stands for a whole clause (``neither side
   would say [so]``): the word alone is the content, as PolNeAR marks it (``content_pro_form`` rows).
6e. ``indirect_relative_gap`` — English: a relative word before a speech verb's subject whose clause lacks it as its
   subject (``a deadline [that] insiders said went unnoticed``): the word is the content, as PolNeAR marks it.
6f. ``indirect_fronted_act`` — English: a fronted ``-ing`` speech act (``After blasting [the report], Beck …``, ``Noting
   that [A], Schlafly …``): its content first, its source the main clause's subject after.
7. ``indirect_speech_act`` — a speech act without a content clause (``Der Verband sprach von einem schwarzen
   Tag.``, ``Sanders criticized the plan.``): the whole sentence in German, the act's object in English
   (:attr:`quotekit.lang.profile.LanguageProfile.speech_act_content`); see docs/attribution.md. It also anchors a
   Konjunktiv chain.
7a. ``indirect_impression`` — an impression or perception the narrator reports without naming whose: a verb of
   seeming with its complement (``Manafort seemed [to be a part of the establishment]``, ``This seems [like a
   fine idea]``) or a passive verb of perceiving with its ``as`` phrase (``Rubio is seen [as the candidate …]``),
   in a main clause outside quotations and not after an empty subject (``it seems that …``: the writer's hedge);
   no speaker (English rows of ``impression_verb`` and ``perceived_as_verb``).
7a1. ``indirect_raised_subject`` — English: the subject before a verb of seeming or a passive report whose
   complement 7a or 4 reports (``[Investors] seem to agree``, ``[The bank] is expected to act``), a piece of the
   statement of its own, as PolNeAR cuts it; no speaker.
7b. ``indirect_surface_said`` — English order: subject phrase, speech verb and a clause opening with its subject,
   read by surface order where the parse broke the tag (``Sources have also said [Lt. Gov. … is interested]``).
7c. ``reported_clause`` — inside a character's quotation only (:func:`find_embedded`, ``Extractor(embedded=True)``):
   a clause that speaks or thinks without content of its own (``ich frage sonst nicht viel``).
7d. ``indirect_nominal`` — English: a speech noun between its holder and its content clause: ``Bradley's
   proposal [to cut taxes]``, ``the governor's claim that [the budget was balanced]`` (``speech_noun`` rows).
7e. ``indirect_agent`` — English: the content before its source, a passive ``by`` agent of a verb of stance,
   judgement, proposal or report: ``[legislative changes] proposed by the government``, ``[The tax] was rejected
   by voters`` (``attitude_verb`` rows).
8. ``indirect_konjunktiv_continuation`` — German: a sentence with no cue of its own whose main clause reports
   by its grammar (a Konjunktiv-I form; reportative ``soll`` + perfect infinitive; ``hätte``/``wäre`` outside a
   condition), right after a reported statement, continues it (same speaker). The chain runs on over several
   sentences and breaks at a cue, a quotation or a new source phrase.
9. ``indirect_konjunktiv_resumption`` — German: after such a break (a quotation, or a sentence whose report was
   not found), a Konjunktiv-I sentence goes on with the last statement's or the quotation's speaker; with no
   statement before it, it is reported without a speaker.

Besides the speech verbs of the cue tables, these rules read the ``belief`` rows (``believe``, ``fear``, ``show``,
``befürchten``, ``schätzen``, ``aufrufen``): verbs that report a content clause but never tag a quotation, so
the quote sieves do not see them. A run of Konjunktiv sentences continuing one statement is one statement, and
a content clause that runs to a title's period (``Rep.``, where the parser ends the sentence) goes on to the end
of the next sentence.

The parse is treated as a hint, not the truth: the compact models misattach clauses (``agreed`` gets the
``ccomp`` that belongs to ``saying``), tag ``Allerdings`` as a subject and ``beschrieb`` as an adjective. So the
content span is decided by surface order inside the sentence (from the end of the attribution to the end of the
sentence, or from the start of the sentence to the attribution) and the parse mainly says where the speech
verb, its speaker and its content clause are.

Content that lies mostly inside quotation marks is left alone: that is a direct or mixed quotation, handled by
the quote sieves. Content with a smaller quoted fragment in it is reported with ``kind="mixed"``.

:func:`quotekit.attribution.classify.classify_quote` decides whether a stretch in quotation marks is a direct
quotation, a mixed one (a fragment inside the narrator's clause) or no quotation at all (scare quotes, titles).

Known failures: content that runs over several sentences is only followed in German (Konjunktiv I); English
``He said.`` after a paragraph of reported speech is not linked back; ``heißt es in X``, ``…, wonach …`` and
noun constructions (``vertritt die Ansicht, …``) are not read; a speaker phrase the parser breaks apart
(``Allerdings sagte Forrester's Curran``) is recovered by looking for the first name after the verb, which
can pick an object in ``told Rao that …`` when the real subject is missing.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from quotekit.attribution.context import Context, Cue, QuoteTarget
from quotekit.attribution.display_names import oblique_determiner
from quotekit.attribution.mentions import (
    GROUP_RANK,
    PERSON_RANK,
    Mention,
    expand_mention,
    is_nominal,
    object_form,
    speaker_rank,
)
from quotekit.attribution.rules import Phase, Rule, applies_to
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import CueKind, SourcePhrases, as_words, source_phrases
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.regions import SpanIndex
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence, Word

__all__ = [
    "REPORTED_RULES",
    "AccordingToRule",
    "AgentRule",
    "AnaphoricContentRule",
    "AsClauseRule",
    "ContentFirstRule",
    "FindingRule",
    "Found",
    "FrontedActRule",
    "ImpressionRule",
    "KonjunktivClauseRule",
    "KonjunktivContinuationRule",
    "KonjunktivResumptionRule",
    "NominalRule",
    "ParentheticalRule",
    "ProFormRule",
    "RaisedSubjectRule",
    "RelativeGapRule",
    "RelativeObjectRule",
    "ReportedStatement",
    "SentenceContext",
    "SpeechActRule",
    "SurfaceSaidRule",
    "TagThenMoreRule",
    "ThatClauseRule",
    "TrailingTagRule",
    "find_indirect",
]

logger = logging.getLogger(__name__)


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
# The word lists these rules read (complementisers, relative pronouns, Konjunktiv forms, introducers …) are
# rows of data/function_words.tsv and, for source phrases and ``as``/``wie``, of data/cues_<lang>.tsv, all
# read through quotekit.lexicon.
# How far (characters) a Konjunktiv-I sentence may stand from the statement it continues: one short sentence.
_CONTINUATION_GAP = 250
# How far a Konjunktiv-I sentence may stand from the last statement when the chain was broken in between (by a
# quotation, or a sentence whose statement was not found): about three sentences.
_RESUMPTION_GAP = 600
_FINITE_UPOS = frozenset({"VERB", "AUX"})
_NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM", "ADP"})
_MIN_CONTENT_WORDS = 3
# Longest stretch from ``as``/``wie`` to its speech verb: in verb-second languages the subordinate clause puts the
# verb last, after a subject and a time or place phrase (``Wie der Weltverband FIFA in der Nacht bekanntgegeben
# hat``); elsewhere the verb follows its subject closely (``As Rao pointed out``).
_AS_CLAUSE_WORDS = 9
# Up to this distance any clause opened by ``as``/``wie`` counts; farther, only one that opens with its subject.
_AS_CLAUSE_NEAR = 5
# Share of the content that may lie inside quotation marks before it counts as a quotation, not reported speech.
_MAX_QUOTED_SHARE = 0.5
MIXED_FACTOR = 0.9
"""Factor on a reported statement's confidence when a quoted fragment sits inside it (``kind="mixed"``)."""


def _is_relative(w: Word) -> bool:
    """A relative pronoun (``der`` in ``der Mann, der …``, ``which``), not an article (``die Verhandlungen``)."""
    return "Rel" in w.feats.get("PronType", "") or w.upos == "PRON" or w.text.lower() in lexicon_words("relative", "en")


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
        self._cues: list[_Cue] | None = None
        self.previous: ParsedSentence | None = None
        """The sentence right before this one, when it was parsed and nothing but space stands between them."""
        self.previous_quotes: Sequence[tuple[int, int]] = ()
        """The quotations that overlap :attr:`previous`."""

    def cues(self) -> list[_Cue]:
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
                    _evidence_subject(self.sent, c.word) is None
                ):
                    continue  # ``Mr. Romney found it difficult``: only a poll's or study's finding is reported
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
        a = _apposition_before(sent, v)
        if a is not None and a not in content:
            return a
        a = _fronted_subject(sent, v)
        if a is not None and a not in content:
            return a
        for k in range(v + 1, min(len(sent), v + 4)):
            w = sent[k]
            if k in content or _is_comma(w) or w.upos in ("VERB", "AUX", "PUNCT"):
                break
            if sent.children(k, "case"):
                continue  # a phrase with a preposition names where or how, not who (``said in an e-mail``)
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
            c
            for c in subjects
            if "Rel" in c.feats.get("PronType", "") or c.text.lower() in lexicon_words("relative", "en")
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
        if any(c.text.lower() in lexicon_words("non_speaker_subject") for c in subjects):
            return None  # ``That said, …``
        found = self._ctx.speaker_of(cue.raw)
        if found is None:
            if head is not None and sent[v].base_rel == "acl" and is_nominal(head, sent.lang):
                return head.index  # ``a statement saying that …``
            return self._surface_subject(v, content)
        k = found[0]
        if found[1] in ("inherited_subject", "conjunct_subject") and k < v and v > 0 and _is_comma(sent[v - 1]):
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


def _quoted(ss: SentenceContext, lo: int, hi: int) -> bool:
    """Whether a quotation overlaps words ``lo..hi``."""
    a, b = ss.sent[lo].start, ss.sent[hi].end
    return any(qs < b and a < qe for qs, qe in ss.quote_ranges)


def _stance(sent: ParsedSentence, cue: _Cue) -> bool:
    """A verb of opinion (``stance_verb``, ``think``): reported only by the that-clause rule, from a content clause
    after it that opens with its own subject."""
    return cue.lemma in lexicon_words("stance_verb", sent.lang)


def _restricted(sent: ParsedSentence, cue: _Cue) -> bool:
    """A cue that the parenthetical, ``as`` and content-first rules leave alone: a verb of opinion
    (:func:`_stance`) or one of finding that reports only through :class:`FindingRule` (``evidence_only``)."""
    return _stance(sent, cue) or cue.lemma in lexicon_words("evidence_only", sent.lang)


def _apposition_before(sent: ParsedSentence, v: int) -> int | None:
    """``Die Sprecherin des Konzerns, Anna Schulz, sagte``: the parser hangs the noun on the content's verb, but
    the apposition's closing comma right before the speech verb still shows who speaks; the apposed name."""
    k = v - 2
    if k < 0 or not _is_comma(sent[v - 1]):
        return None
    # From the last word of the apposition (``Schulz``, flat) up to its head (``Anna``, appos).
    while sent[k].base_rel == "flat" and 0 <= sent[k].head < k:
        k = sent[k].head
    if sent[k].base_rel == "appos" and is_nominal(sent[k], sent.lang):
        return k
    return None


_FRONTED_NP = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})
_NOUN_LEAD_UPOS = frozenset({"DET", "ADJ", "NUM"})


def _after_adverbials(sent: ParsedSentence, k: int, end: int) -> int:
    """The first word at or after ``k`` past adverbs and prepositional phrases of one noun (``am Montag``, ``in
    Berlin``, ``gestern``); ``end + 1`` when they run to ``end``, -1 when a preposition has no noun."""
    while k <= end:
        if sent[k].upos == "ADV":
            k += 1
        elif sent[k].upos == "ADP":
            k += 1
            while k <= end and sent[k].upos in _NOUN_LEAD_UPOS:
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
    stop = next((k for k in range(v + 1, len(sent)) if _is_comma(sent[k])), len(sent))
    end = stop - 1
    while end > v and _is_punct(sent[end]):
        end -= 1
    k = _after_adverbials(sent, v + 1, end)
    if k <= v + 1 or k > end or oblique_determiner(sent[k], profile(sent.lang).nominative_table):
        return None
    head = k
    while head <= end and sent[head].upos in _NOUN_LEAD_UPOS:
        head += 1
    if head > end or sent[head].upos not in ("NOUN", "PROPN") or not is_nominal(sent[head], sent.lang):
        return None
    if speaker_rank(sent, head, subject=False) < GROUP_RANK:
        return None  # ``sagte aber am Montag die Wahrheit``: an object
    return None if any(w.upos in _FINITE_UPOS for w in sent.words[head : end + 1]) else head


def _fronted_subject(sent: ParsedSentence, v: int) -> int | None:
    """``Paradis, who has been active in politics since the age of 25, says …``, ``North Carolina's Ada Fisher,
    one of only a handful of African-American RNC members, said …``: a noun phrase opens the sentence, a relative
    clause or an apposition between commas follows, and the speech verb comes right after the closing comma; the
    parser often hangs the noun phrase inside the clause. Its last noun, when it is a name or a person."""
    if v < 4 or not _is_comma(sent[v - 1]) or profile(sent.lang).verb_second:
        return None
    k = 1 if sent[0].upos in ("CCONJ", "ADV") else 0
    head = None
    while k < v - 1 and (sent[k].upos in _FRONTED_NP or sent[k].text in ("'s", "’s", "'", ".")):
        if sent[k].upos in ("PROPN", "NOUN"):
            head = k
        k += 1
    if head is None or not _is_comma(sent[k]) or k >= v - 2:
        return None
    return head if speaker_rank(sent, head, subject=False) == PERSON_RANK else None


# --- spans ------------------------------------------------------------------------------------------------


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


def _trim(sent: ParsedSentence, lo: int, hi: int) -> tuple[int, int] | None:
    """Drop punctuation, complementisers and coordinators at the edges; keep a sentence-final period."""
    while lo <= hi and (
        _is_punct(sent[lo]) or sent[lo].text.lower() in lexicon_words("complementiser") or sent[lo].upos == "CCONJ"
    ):
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
    if (
        len(words) < 4
        and not any(w.base_rel in ("nsubj", "expl", "csubj") for w in words)
        and not _object_subject_shape(words)
    ):
        return False
    return any(w.upos in _FINITE_UPOS for w in words) or any(_konjunktiv(w) for w in words)


def _object_subject_shape(words: Sequence[Word]) -> bool:
    """``the plan failed`` parsed as object + xcomp (see :func:`_object_subject`): a noun right before a verb."""
    return any(a.base_rel == "obj" and b.upos in _FINITE_UPOS for a, b in pairwise(words))


def _konjunktiv(w: Word) -> bool:
    """A finite verb in Konjunktiv I or II, from the tag or, as the tagger is unreliable, from the form."""
    low = w.text.lower()
    if w.feats.get("Mood") == "Sub" or low in lexicon_words("konjunktiv1") or low in lexicon_words("konjunktiv2"):
        return True
    if w.upos not in _FINITE_UPOS or not low.endswith("e"):
        return False
    lemma = w.lemma.lower()
    # 3rd person singular Konjunktiv I is stem + e (``gebe`` of ``geben``, ``liege`` of ``liegen``); a separable
    # verb's finite form leaves its particle behind (``komme … an`` of ``ankommen``).
    return lemma.endswith("en") and lemma.endswith(low[:-1] + "en") and w.feats.get("Person") != "1"


def _opens_non_content(sent: ParsedSentence, lo: int) -> bool:
    """Whether the clause at word ``lo`` is a purpose, causal or other adverbial clause (``um … zu``, ``weil``,
    ``wobei``), which follows a cue's object (``forderten den Rücktritt, um …``) but is not what was said."""
    w = sent[lo]
    return w.text.lower() in lexicon_words("report_opener", sent.lang) and (w.base_rel == "mark" or w.upos == "SCONJ")


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


def _finite_before(sent: ParsedSentence, lo: int) -> bool:
    """Whether a finite verb stands before word ``lo`` in its clause (no comma between): the words at ``lo`` are
    then inside a clause that is already running (``Dabei kam es nach Angaben der Polizei zu …``)."""
    for k in range(lo - 1, -1, -1):
        w = sent[k]
        if _is_punct(w):
            return False
        if w.upos in _FINITE_UPOS and ("Mood" in w.feats or w.feats.get("VerbForm") == "Fin"):
            return True
    return False


def _source_phrase_end(sent: ParsedSentence, head: int, start: int, lo: int) -> int:
    """Last word of a source phrase headed by ``head``, starting at word ``lo``: up to the next comma, or the
    head's noun phrase."""
    comma = _next_comma(sent, start)
    _, sub_hi = _span_words(sent, head)
    m = expand_mention(sent, head)
    hi = max(head, sent.words.index(next(w for w in sent if w.end >= m.end)) if m else head)
    if profile(sent.lang).verb_second and _finite_before(sent, lo):
        # In verb-second order the verb came before the phrase, so what follows its noun phrase is the rest of
        # the clause, the content (``waren nach Behördenangaben 62 Personen, darunter …``), not more of the source;
        # the parse often hangs that rest on the source noun, so the phrase ends with the noun and its genitive or
        # name words (``der Polizei``, ``des Piratenchefs Mohamed Said``).
        k = head
        while k + 1 < len(sent) and (
            sent[k + 1].upos in ("PROPN", "NOUN", "X", "ADJ")
            or (sent[k + 1].upos == "DET" and sent[k + 1].feats.get("Case") == "Gen")
        ):
            k += 1
        return k
    if comma is not None and comma > hi:
        # ``according to a letter from the chairman of the committee,``: the phrase runs to the comma, unless
        # a verb comes first (``laut X sind …``: the content starts there).
        for k in range(hi + 1, comma):
            if sent[k].upos in _FINITE_UPOS:
                return min(max(hi, min(sub_hi, k - 1)), k - 1)
        return comma - 1
    return max(hi, min(sub_hi, comma - 1 if comma is not None else sub_hi))


def _apposition_after(sent: ParsedSentence, head: int, end: int) -> int:
    """``According to Maria Lopez, a spokeswoman, the remarks …``: an apposition of the source between commas
    belongs to the source phrase, not to the content; the new end of the phrase (the closing comma's word)."""
    if end + 2 >= len(sent) or not _is_comma(sent[end + 1]):
        return end
    close = _next_comma(sent, end + 2)
    if close is None:
        return end
    between = range(end + 2, close)
    if len(between) > 6 or any(sent[k].upos in _FINITE_UPOS for k in between):
        return end
    # The parser marks the apposition, or it has an indefinite article (``a spokeswoman``), which no subject of
    # the content after a source phrase has.
    if any(sent[k].base_rel == "appos" and sent[k].head == head for k in between) or (
        sent[end + 2].upos == "DET" and sent[end + 2].feats.get("Definite") == "Ind"
    ):
        return close - 1
    return end


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


# Words a noun phrase before a postposition is made of (``einem Bericht der Zeitung „Die Welt“ zufolge``).
_NOUN_PHRASE_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "X"})


def _postposed_phrase_start(sent: ParsedSentence, k: int) -> int:
    """First word of the noun phrase ending at ``k`` before a postposition: back over determiners, adjectives and
    nouns (a genitive attribute: ``einem Bericht der Zeitung zufolge``) and quotation marks, to the previous comma
    at most. A verb, pronoun or adverb ends it, so in the middle of a clause (``Es handele sich ersten Angaben
    zufolge um …``) the clause's words before the phrase stay content."""
    lo = k
    m = expand_mention(sent, k)
    while lo > 0 and m is not None and sent[lo - 1].start >= m.start:
        lo -= 1
    while lo > 0:
        w = sent[lo - 1]
        if w.upos in _NOUN_PHRASE_UPOS or (w.upos == "PUNCT" and not _is_comma(w) and w.text not in ".;:!?"):
            lo -= 1
        else:
            break
    return lo


def _source_phrases(lang: str) -> SourcePhrases:
    return source_phrases(lang, compounds=profile(lang).compound_nouns)


def _compound_source(
    sent: ParsedSentence, low: Sequence[str], i: int, phrases: SourcePhrases
) -> tuple[tuple[str, str] | None, int]:
    """A compound source phrase starting at word ``i`` and the index of its noun: ``nach Angaben``, with up to two
    determiners or adjectives before the noun (``nach eigenen Angaben``, ``nach den Worten``) and the noun
    possibly ending a compound (``nach Polizeiangaben``)."""
    for c in phrases.compound_preps:
        if low[i] != c[0]:
            continue
        for j in range(i + 1, min(len(sent), i + 4)):
            if low[j].endswith(c[1]):
                return c, j
            if sent[j].upos not in ("DET", "ADJ"):
                break
    return None, i


def _according_to(ss: SentenceContext) -> list[Found]:  # noqa: C901 - one branch per shape of source phrase, side by side
    """A source phrase of the cue table: ``according to X`` / ``laut X`` (before the source), ``nach Angaben von
    X`` / ``nach Polizeiangaben`` (a compound noun), ``X zufolge`` (after it), ``…, so X.`` (a tag)."""
    sent = ss.sent
    out: list[Found] = []
    if sent.lang not in LANGUAGES:
        return out
    phrases = _source_phrases(sent.lang)
    connectors = lexicon_words("source_connector", sent.lang)
    low = [w.text.lower() for w in sent]
    n = len(sent)
    for i, t in enumerate(low):
        cue_lo = cue_hi = i
        head: int | None = None
        lemma = t
        prep = next((p for p in phrases.preps if tuple(low[i : i + len(p)]) == p), None)
        compound, j = _compound_source(sent, low, i, phrases)
        postp = t in phrases.postps
        tag = False
        if prep is not None:
            cue_hi, lemma = i + len(prep) - 1, " ".join(prep)
            head = _nominal_after(sent, i + len(prep))
        elif compound is not None:
            cue_hi, lemma = j, " ".join(compound)
            if low[j] != compound[1]:
                head = j  # ``nach Polizeiangaben``: the source is inside the word
            elif j + 1 < n and (low[j + 1] in connectors or _genitive_start(sent[j + 1])):
                nxt = j + 1 + (1 if low[j + 1] in connectors else 0)
                head = _nominal_after(sent, nxt) if nxt < n else None
            else:
                head = j  # ``nach eigenen Angaben``: no source named after the noun, the phrase is the mention
        elif postp and i > 0:
            k = i - 1
            while k >= 0 and sent[k].upos not in ("NOUN", "PROPN", "PRON", "X"):
                k -= 1
            if k < 0:
                continue
            head = k
            cue_lo = _postposed_phrase_start(sent, k)
        elif t in lexicon_words("source_adverb", sent.lang) and sent[i].upos in ("ADV", "PRON"):
            # ``Demnach hat sich die Koalition durchgesetzt``: the adverb points back to a source and stands for it
            # (SpkAtt marks the adverb itself as the source).
            head = i
            postp = True
        elif t in phrases.tags and i > 1 and _is_comma(sent[i - 1]) and _tag_phrase(sent, i):
            head = _nominal_after(sent, i + 1)
            tag = True
        else:
            continue
        if head is None:
            continue
        if postp or head <= cue_hi:
            cue_hi2 = cue_hi  # the source is the cue's own word or before it: ``nach eigenen Angaben``, ``Demnach``
        elif profile(sent.lang).verb_second and cue_lo > 0:
            # Inside the sentence the phrase ends with its noun phrase; at its start it may run to a comma.
            cue_hi2 = _noun_phrase_end(sent, cue_hi + 1, connectors)
        else:
            cue_hi2 = _source_phrase_end(sent, head, cue_hi + 1, cue_lo)
        cue_hi2 = _apposition_after(sent, head, cue_hi2)
        conf = AccordingToRule.so_confidence if tag else AccordingToRule.confidence
        cue_word = cue_lo if not postp else i
        pieces = _clause_pieces(sent, cue_lo, cue_hi2)
        if pieces:
            out.extend(
                Found(lo, hi, head, cue_word, cue_hi, lemma, "indirect_according_to", conf, speaker_hi=cue_hi2)
                for lo, hi in pieces
            )
            continue
        # A tag between commas (``Der Präsident sei, so Gamkrelids, Schuld daran …``) reports what precedes it.
        span = _trim(sent, 0, cue_lo - 1) if tag else None
        if span is None and prep is not None:
            span = _closing_source_side(sent, cue_lo)
        if span is None:
            span = _larger_side(sent, (0, cue_lo - 1), (cue_hi2 + 1, n - 1))
        if span is None:
            continue
        out.append(Found(span[0], span[1], head, cue_word, cue_hi, lemma, "indirect_according_to", conf))
        other = _other_side(sent, cue_lo, cue_hi2, span)
        if other is not None:
            out.append(Found(other[0], other[1], head, cue_word, cue_hi, lemma, "indirect_according_to", conf))
    return out


def _closing_source_side(sent: ParsedSentence, cue_lo: int) -> tuple[int, int] | None:
    """``[Only one person was killed by a gun last year in Japan], according to the National Police Agency, and there
    were …``, ``[Trump gave his blessing], according to court documents …, becoming …``: in English order a source
    phrase after a comma that closes a clause attributes that clause; what follows the phrase is the narrator's
    going on (the longer side, which :func:`_larger_side` picks, is that as often as not). None when the phrase
    opens the sentence, stands after no comma, or nothing before it is a clause; always None in verb-second order,
    where the phrase sits inside its clause (``Der Präsident sei, laut X, …``)."""
    if profile(sent.lang).verb_second or cue_lo < 2 or sent[cue_lo - 1].text != ",":
        return None  # a dash sets off an aside inside the clause (``blamed the attack … while — according to …``)
    if sent[cue_lo - 2].text.lower() in lexicon_words("complementiser", sent.lang):
        return None  # ``The AP reported that, according to an analysis …, 85 of …``: the phrase is inside the content
    t = _trim(sent, 0, cue_lo - 2)
    return t if t is not None and _has_clause(sent, *t) else None


def _tag_phrase(sent: ParsedSentence, i: int) -> bool:
    """Whether the tag word ``i`` (``so``) opens a source tag: a noun phrase (``so der Minister``, ``so Obama
    weiter``, ``so Nasrallah im Fernsehen``) with no verb up to the next comma or the sentence end. ``so zeigen
    Studien`` (verb first) and ``so dass …`` are not tags."""
    if i + 1 >= len(sent) or sent[i + 1].upos not in ("PROPN", "NOUN", "DET", "ADJ", "X"):
        return False
    for k in range(i + 1, len(sent)):
        if _is_comma(sent[k]):
            break
        if sent[k].upos in _FINITE_UPOS or sent[k].upos == "SCONJ":
            return False
    return True


def _noun_phrase_end(sent: ParsedSentence, start: int, connectors: frozenset[str]) -> int:
    """Last word of the source's noun phrase after a preposition (``laut``, ``nach Angaben``), by surface order.

    A verb-second clause puts no comma after a source phrase (``Laut Airbus liegen …``, ``Bisher liegen laut
    Airbus Bestellungen … vor``), and the parse often hangs the content's first noun off the source, so the phrase
    is read from its words: determiners, adjectives, a noun or a name (``Verhandlungsführer Hans-Peter Lafos``),
    a title in quotation marks, a genitive attribute after a common noun (``einem Sprecher der Firma``), a
    bracketed abbreviation (``(USGS)``), ``von`` + a name (``Sipe von der US-Marineinfanterie``). A second noun
    after a name, or after a noun without a genitive article, starts the content (``laut Airbus [Bestellungen …]``).
    """
    k = start + 1 if start < len(sent) and sent[start].text.lower() in connectors else start
    last = start - 1
    head: str | None = None  # upos of the last noun or name read; None before the first and after an article
    while k < len(sent):
        step = _phrase_step(sent, k, head, connectors)
        if step is None:
            break
        k, head, took = step
        if took:
            last = k - 1
    return last


def _phrase_step(
    sent: ParsedSentence, k: int, head: str | None, connectors: frozenset[str]
) -> tuple[int, str | None, bool] | None:
    """One step of :func:`_noun_phrase_end` from word ``k``: the next word to read, the new head, and whether the
    words read end the phrase so far (a noun does, an article does not); None where the phrase has ended."""
    w = sent[k]
    if _is_quote_mark(w) or (w.text in _OPEN_BRACKETS and head is not None):
        # a title in marks (``laut „tagesschau.de“``, ``des Magazins „Der Spiegel“``) or ``(USGS)``: to its end
        closing = _is_quote_mark if _is_quote_mark(w) else (lambda x: x.text in _CLOSE_BRACKETS)
        close = next((j for j in range(k + 1, min(len(sent), k + 10)) if closing(sent[j])), None)
        return None if close is None else (close + 1, "PROPN", True)
    if head is not None and _hyphen_joint(sent, k):  # ``US-Marineinfanterie`` split by the tokenizer
        return k + 2, head, True
    if head is not None and w.text.lower() in connectors and _names_follow(sent, k + 1):
        # an affiliation or outlet (``von der US-Marineinfanterie``, ``von „BBC News“``); ``von`` before a common
        # noun is mostly the content's agent
        return k + 1, None, False
    if w.upos in ("NOUN", "PROPN", "X"):
        if (head == "PROPN" and w.upos != "PROPN") or (head == "NOUN" and w.upos == "NOUN"):
            return None
        return k + 1, w.upos, True
    if w.upos in ("DET", "ADJ", "NUM"):
        # After a noun only a genitive attribute goes on, which the parse hangs off a noun; an article of the
        # content's subject looks the same (``nach Einschätzung der Ermittler [der Mörder … befinden sollte]``).
        if head is not None and (head != "NOUN" or w.feats.get("Case") != "Gen" or sent[w.head].base_rel != "nmod"):
            return None
        return k + 1, None, False
    return None


_OPEN_BRACKETS = frozenset("([")
_CLOSE_BRACKETS = frozenset(")]")


def _hyphen_joint(sent: ParsedSentence, k: int) -> bool:
    """Word ``k`` is a hyphen with no space on either side, inside one compound the tokenizer split."""
    return (
        0 < k < len(sent) - 1
        and sent[k].text in ("-", "–")
        and sent[k - 1].end == sent[k].start
        and sent[k].end == sent[k + 1].start
    )


def _names_follow(sent: ParsedSentence, k: int) -> bool:
    """Whether a name or a title in quotation marks comes next, after articles and adjectives."""
    while k < len(sent) and sent[k].upos in ("DET", "ADJ"):
        k += 1
    return k < len(sent) and (sent[k].upos == "PROPN" or _is_quote_mark(sent[k]))


def _genitive_start(w: Word) -> bool:
    """A name or a genitive article right after a source noun names the source (``nach Angaben der Polizei``,
    ``nach Angaben Russlands``); a dative or accusative article starts the content (``nach israelischen Angaben
    [dem Transport …]``)."""
    return w.upos == "PROPN" or (w.upos == "DET" and w.feats.get("Case", "Gen") == "Gen")


def _is_quote_mark(w: Word) -> bool:
    return w.upos == "PUNCT" and w.text in quote_marks().tokens


def _clause_pieces(sent: ParsedSentence, lo: int, hi: int) -> list[tuple[int, int]]:
    """``[Es handele sich] ersten Angaben zufolge [um vier angreifende Terroristen].``: a source phrase inside a
    clause, with no comma on either side, cuts its content in two, and the corpora report both pieces: from the
    clause's start (the last comma before the phrase, or the sentence start) to the phrase, and from the phrase to
    the sentence end, or to the comma after the verb that closes a relative or subordinate clause (``, [der] laut
    X [den Befehl gab], …``). The clause must have a verb; a piece may be a single word. None when the phrase is
    set off by commas or opens the sentence: it stands beside its content, one piece."""
    n = len(sent)
    if lo < 1 or hi + 1 >= n or _is_punct(sent[lo - 1]) or _is_punct(sent[hi + 1]):
        return []
    start = max((k for k in range(lo) if _is_comma(sent[k])), default=-1) + 1
    left = _trim(sent, start, lo - 1)
    if left is None:
        return []
    end = n - 1
    first = sent[left[0]]
    if _is_relative(first) or first.upos == "SCONJ":
        verb = next((k for k in range(hi + 1, n) if sent[k].upos in _FINITE_UPOS), None)
        comma = _next_comma(sent, verb) if verb is not None else None
        if comma is not None:
            end = comma - 1
    right = _trim(sent, hi + 1, end)
    if right is None:
        return []
    words = [*sent.words[left[0] : left[1] + 1], *sent.words[right[0] : right[1] + 1]]
    if not any(w.upos in _FINITE_UPOS or _konjunktiv(w) for w in words):
        return []
    return [left, right]


def _other_side(sent: ParsedSentence, lo: int, hi: int, taken: tuple[int, int]) -> tuple[int, int] | None:
    """``[Ein Tatverdacht bestehe] nach Angaben der Bundesanwaltschaft [nicht mehr].``: a source phrase inside a
    clause, with no comma on either side, cuts one content in two; the smaller side is content too (the corpora
    report both pieces). A phrase set off by commas or at the sentence start stands beside its content instead."""
    n = len(sent)
    if lo < 1 or hi + 1 >= n or _is_punct(sent[lo - 1]) or _is_punct(sent[hi + 1]):
        return None
    side = (0, lo - 1) if taken[0] > hi else (hi + 1, n - 1)
    t = _trim(sent, *side)
    if t is None or sum(not _is_punct(w) for w in sent.words[t[0] : t[1] + 1]) < 2:
        return None
    return t


def _opens_with_subject(sent: ParsedSentence, k: int) -> bool:
    """Whether word ``k`` starts a noun phrase (an article, a name, a noun, a pronoun), not a degree word or an
    indefinite quantifier (``wie viele``, ``wie lange``)."""
    if k >= len(sent):
        return False
    w = sent[k]
    if w.upos == "DET":
        return w.feats.get("PronType") != "Ind"
    return w.upos in ("PROPN", "NOUN", "PRON")


def _as_clause(ss: SentenceContext) -> list[Found]:
    """``As X pointed out, …`` / ``…, as X said`` / ``Wie X mitteilte, …`` / ``…, wie er sagt, …``."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in (c for c in ss.cues() if not _restricted(sent, c)):
        v = cue.verb
        mark = next((c for c in sent.children(v, "mark") if c.text.lower() in as_words()), None)
        if mark is None:
            # The parse may hang ``as`` elsewhere; accept it opening the clause of the verb (``As Rao pointed out``,
            # ``Wie der Weltverband FIFA in der Nacht bekanntgegeben hat``).
            k = v - 1
            while (
                k >= 0
                and v - k <= (_AS_CLAUSE_WORDS if profile(sent.lang).verb_second else _AS_CLAUSE_NEAR)
                and not _is_comma(sent[k])
                and sent[k].text.lower() not in as_words()
            ):
                k -= 1
            if k < 0 or sent[k].text.lower() not in as_words() or (k > 0 and not _is_comma(sent[k - 1])):
                continue
            if v - k > _AS_CLAUSE_NEAR and not _opens_with_subject(sent, k + 1):
                continue  # ``Wie viele Menschen in der Stadt gesagt haben, …``: a question of degree, not ``as``
            mark_i = k
        else:
            mark_i = mark.index
        if mark_i > v:
            continue
        # The parenthetical runs from ``as`` to the next comma (or the sentence end).
        comma = _next_comma(sent, v + 1)
        clause_hi = comma - 1 if comma is not None else n - 1
        # ``as X said,`` ends soon after its verb; an object or clause of its own after the verb (``as he
        # mentioned raising the wage``, ``as he will continue to back …``) makes it a clause of time or cause.
        if clause_hi - v > 4 or any(v < c.index <= clause_hi for c in sent.children(v, "obj", *_CONTENT_RELS)):
            continue
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
        out.append(Found(span[0], span[1], speaker, v, cue.particle, cue.lemma, "indirect_as", AsClauseRule.confidence))
    return out


def _object_subject(ss: SentenceContext, v: int, kids: Sequence[int]) -> list[int]:
    """``He said the plan failed``: the parser makes ``the plan`` the object of ``said`` and ``failed`` its
    xcomp, so the content clause's subject hangs on the speech verb. An object right before the content clause
    belongs to the content, unless the verb takes a listener as object (``told reporters the plan …``) or the
    object is a pronoun (``told him``)."""
    sent = ss.sent
    # Verb-second languages put a comma before such content (``sagte, das Unternehmen werde``): no such misparse.
    if (
        not kids
        or profile(sent.lang).verb_second
        or sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang)
    ):
        return []
    first = min(_span_words(sent, k)[0] for k in kids)
    clause = min(kids, key=lambda k: _span_words(sent, k)[0])
    # A zu/to-infinitive or a clause after a comma is a purpose or object clause, not the content's predicate.
    if _is_punct(sent[first]) or sent[clause].feats.get("VerbForm") == "Inf":
        return []
    for o in sent.children(v, "obj"):
        lo, hi = _span_words(sent, o.index)
        if v < lo and hi + 1 == first and o.upos != "PRON":
            return [o.index]
    return []


def _object_then_predicate(ss: SentenceContext, v: int) -> list[int]:
    """``He said the plan, which was drafted last year, would fail``: a relative clause or apposition after the
    content's subject leads the parser to take the subject for the speech verb's object and the content's
    predicate for a second, subjectless conjunct of the speech verb. The conjunct (no subject, no coordinator,
    a finite verb or an auxiliary) and the object. Not after a verb that takes a listener (``told reporters``)."""
    sent = ss.sent
    if profile(sent.lang).verb_second or sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang):
        return []
    objs = [o for o in sent.children(v, "obj") if o.index > v and o.upos in ("NOUN", "PROPN")]
    if not objs:
        return []
    o = objs[0]
    for c in sent.children(v, "conj"):
        if c.index <= o.index or sent.children(c.index, "nsubj", "cc", "mark", "nsubj:pass"):
            continue
        lo = _span_words(sent, c.index)[0]
        opens = next((k for k in range(lo, c.index + 1) if not _is_punct(sent[k])), c.index)
        if sent[opens].upos == "AUX" or (sent[opens] is sent[c.index] and _finite(sent[c.index])):
            return [c.index, o.index]
    return []


def _content_children(ss: SentenceContext, v: int) -> list[int]:
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
    return good + _object_subject(ss, v, good) if good else _object_then_predicate(ss, v)


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
        if w.text.lower() in lexicon_words("complementiser") and w.base_rel == "mark":
            return k
        if w.base_rel in ("nsubj", "expl"):
            return min(max(lo, _span_words(sent, k)[0]), k)
        if w.upos in ("AUX",) or _is_comma(w):
            break
    return lo


def _that_clause(ss: SentenceContext) -> list[Found]:  # noqa: C901 - the content clause is found, bounded and trimmed in one pass whose steps share their indices
    """``X said (that) …`` / ``X agreed, saying that …`` / ``X sagte, dass …`` / ``schlug X vor, dass …``."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        if any(c.text.lower() in as_words() for c in sent.children(v, "mark")) or cue.lemma in lexicon_words(
            "evidence_only", sent.lang
        ):
            continue
        out.extend(_relative_gap(ss, cue))
        kids = _content_children(ss, v)
        dass = None
        fallback = False
        if not kids:
            # A complementiser after the attribution that the parser hung elsewhere.
            for k in range(v + 1, min(n, v + 8)):
                if sent[k].text.lower() in lexicon_words("complementiser") and sent[k].upos in ("SCONJ", "PRON", "DET"):
                    dass = k
                    break
                if sent[k].text in (".", ":", ";"):
                    break
            if dass is None and not profile(sent.lang).verb_second:
                # A verb-second language puts a comma before its content, which the parser finds; this misparse
                # (a long listener or adverbial, then ``that``) is English
                dass = _distant_complementiser(sent, v)
            if dass is None:
                dass = _pronoun_subject_after(sent, v)
                fallback = dass is not None
            if dass is None:
                continue
        lo_words = [_span_words(sent, k)[0] for k in kids] + ([dass] if dass is not None else [])
        lo = max(v + 1, min(lo_words))
        content = set(range(lo, n))
        speaker = ss.subject(cue, content)
        if speaker is None:
            speaker = _loose_subject(sent, v) if _finite(sent[v]) else _controller(sent, v)
        if speaker is None and not _impersonal(sent, v):
            continue
        if _passive_topic(sent, v, speaker) or (not profile(sent.lang).verb_second and _passive_report(ss, v)):
            # ``The bridge is expected to open …``, ``He was asked whether …``: the passive's subject is what
            # was thought of or the one asked, not the source, which the text does not name; nor is the noun a
            # relative clause's pronoun stands for (``the event, which is expected to draw …``)
            speaker = None
        if fallback and (speaker is None or speaker > v):
            continue  # ``sagte er …``: a pronoun after the verb is the speaker, not the content's subject
        att_end = _attribution_end(sent, v, cue.particle, speaker)
        lo = _content_start(sent, max(lo, att_end + 1))
        if _tags_quotation(ss, v, speaker) and not _own_content(ss, v, lo):
            continue
        # Stop at another speech verb that coordinates with this one: ``X said A, but Y said B``.
        # A speech verb in a relative clause (``the ministry, which said that …, declined``) reports only there.
        # So does a clause before the word it depends on, when the parse shows its content inside it.
        embedded = sent[v].deprel == "acl:relcl" or (any(sent[k].head == v for k in kids) and _governed_later(sent, v))
        hi = _span_words(sent, v)[1] if embedded else n - 1
        for other in ss.cues():
            o = other.verb
            if o > lo and (
                (sent[o].head == v and sent[o].base_rel in ("conj", "parataxis")) or _own_report(sent, o, kids)
            ):
                hi = min(hi, _span_words(sent, o)[0] - 1)
        hi = min(hi, _trailing_adjunct(sent, v, lo, kids))
        if not profile(sent.lang).verb_second:
            speech_verbs = frozenset(c.verb for c in ss.cues())
            hi = _content_tail(sent, lo, _before_trailing_relative(sent, lo, hi), speech_verbs)
        t = _trim(sent, lo, hi)
        if t is None or not _has_clause(sent, *t) or _opens_non_content(sent, t[0]) or _relative_start(sent, t[0]):
            continue
        if _stance(sent, cue) and not (
            kids and sent[v].upos == "VERB" and _opens_with_subject(sent, t[0]) and not _quoted(ss, *t)
        ):
            # ``the provisions that he thought [would displace …]``: a relative gap, not a stated opinion; the
            # content must be a clause the parse hangs on the verb, and one with a quotation in it is left to the
            # quotation rules (``think they can "outsource" …``: the fragment's own attribution)
            continue
        conf = ThatClauseRule.confidence
        sieve = "indirect_that_clause"
        if profile(sent.lang).verb_second and t[0] > 0 and _is_comma(sent[t[0] - 1]):
            # ``sagte Curran, … gebe es …``: verb-second reported speech that the parser did hang on the verb.
            sieve = "indirect_konjunktiv"
            if not any(_konjunktiv(w) for w in sent.words[t[0] : t[1] + 1] if w.upos in _FINITE_UPOS):
                conf = ThatClauseRule.without_konjunktiv
        out.append(Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, sieve, conf))
    return out


def _relative_gap(ss: SentenceContext, cue: _Cue) -> list[Found]:
    """``a wall, which he said Mexico should pay for``, ``a speech which even critics say was the best``, ``a
    path, which he declared a disaster``: the relative pronoun that opens a speech verb's relative clause stands
    for (a part of) what was said, and PolNeAR marks it as a statement of its own beside any content. Not the
    relative subject of the verb itself (``the ministry, which said that …``: the speaker)."""
    sent, v = ss.sent, cue.verb
    if sent[v].deprel != "acl:relcl" or profile(sent.lang).verb_second:
        return []
    r = _span_words(sent, v)[0]
    while r < v and _is_punct(sent[r]):
        r += 1
    w = sent[r]
    if r >= v or (w.head == v and w.base_rel == "nsubj") or not _is_relative(w):
        return []
    if w.text.lower() not in lexicon_words("relative", sent.lang) and "Rel" not in w.feats.get("PronType", ""):
        return []
    speaker = ss.subject(cue, {r})
    if speaker is None or speaker == r:
        return []
    return [Found(r, r, speaker, v, cue.particle, cue.lemma, ThatClauseRule.name, ThatClauseRule.confidence)]


# Relations by which the parser hangs a speech verb's real subject before it when it misreads the subject phrase.
_LOOSE_SUBJECT_RELS = frozenset({"nsubj", "obl", "nmod", "obj", "dep", "appos"})


def _loose_subject(sent: ParsedSentence, v: int) -> int | None:
    """The speaker of a speech verb in a main clause whose subject the parse lost, in languages whose subject
    stands before the verb: ``One in four voters … said`` (a numeral subject), ``nearly eight in 10 voters said``
    (``voters`` an oblique), ``those surveyed said`` (``those`` the subject of a clause before the verb), ``Rep.
    Bobby Scott (D-Va.), ranking member …, said`` (the verb hung on the name as parataxis). The phrase must end
    right before the verb, only adverbs and commas between."""
    if profile(sent.lang).verb_second or _subordinate(sent, v):
        return None
    k = v - 1
    while k >= 0 and (sent[k].upos == "ADV" or _is_comma(sent[k])):
        k -= 1
    if k < 0:
        return None
    for c in reversed(sent.children(v)):
        if c.index > v or _span_words(sent, c.index)[1] != k:
            continue
        if c.base_rel in _LOOSE_SUBJECT_RELS:
            return c.index if _loose_nominal(sent, c) else None
        if c.base_rel in ("ccomp", "csubj", "advcl") and c.upos == "VERB":
            # ``those surveyed said``: the subject of the participle heads the phrase
            subj = [w for w in sent.children(c.index, "nsubj") if w.index < c.index]
            return subj[0].index if subj and subj[0].upos in ("DET", "PRON", "NOUN", "PROPN") else None
        return None
    named = _root_name(sent, v)
    if named is not None:
        return named
    # ``numerous veterans interviewed at rallies, including Mr. Jebens, said``: a name or noun right before the verb
    # that the parse hung below a phrase of its own
    w = sent[k]
    if w.upos in ("PROPN", "NOUN") and w.lemma.lower() not in lexicon_words("time_noun", sent.lang):
        return k if all(a.index != k for a in sent.ancestors(v)) and not _prepositional(sent, w) else None
    return None


def _finite(w: Word) -> bool:
    return w.feats.get("VerbForm", "Fin") == "Fin"


# Relations by which a non-finite speech verb hangs on the verb whose subject or object says it.
_CONTROLLED_RELS = frozenset({"xcomp", "advcl", "ccomp"})
_CONTROL_DEPTH = 3


def _controller(sent: ParsedSentence, v: int) -> int | None:
    """The speaker of a non-finite speech verb without a subject of its own, in languages whose subject stands
    before the verb: ``declined to say whether``, ``led Republicans to say that`` (the object before it),
    ``Rubio pushed back, saying that`` (the subject of the verb it hangs on, up through such verbs); a relative
    clause's antecedent (``an aide, who …, declined to say``) or a noun the parse made the root."""
    if profile(sent.lang).verb_second:
        return None
    k = v
    for _ in range(_CONTROL_DEPTH):
        head = sent.head_of(k)
        # a clause with a subject or a conjunction of its own (``after he said``) is no controlled verb; an
        # infinitive keeps its ``to``
        own = bool(sent.children(k, "mark", "nsubj")) and sent[k].feats.get("VerbForm") != "Inf"
        if head is None or sent[k].base_rel not in _CONTROLLED_RELS or own:
            return None
        objs = [o for o in sent.children(head.index, "obj") if o.index < v and o.upos in ("NOUN", "PROPN")]
        if sent[k].base_rel == "xcomp" and objs:
            return objs[-1].index
        subj = [c for c in sent.children(head.index, "nsubj") if c.index < v]
        if subj:
            if not _is_relative(subj[0]) or subj[0].upos in ("NOUN", "PROPN"):
                return subj[0].index if subj[0].upos != "PRON" or subj[0].feats.get("PronType") == "Prs" else None
            h = sent.head_of(head.index)
            return h.index if h is not None and head.deprel == "acl:relcl" and is_nominal(h, sent.lang) else None
        if head.deprel == "root" and head.upos in ("NOUN", "PROPN") and head.index < v:
            return head.index
        k = head.index
    return None


def _loose_nominal(sent: ParsedSentence, c: Word) -> bool:
    """A noun phrase that may be a lost subject: a noun, name or numeral (``74 percent``, ``One in four``) or a
    quantifier subject (``many said``), not a pronoun (``That said``, ``which``), not a time (``said last week``)
    and not a prepositional phrase."""
    quantifier = c.base_rel == "nsubj" and c.upos in ("ADJ", "DET")  # ``many said``, ``most say``
    return (
        (c.upos in ("NOUN", "PROPN", "NUM") or quantifier)
        and c.text.lower() not in lexicon_words("non_speaker_subject")
        and c.lemma.lower() not in lexicon_words("time_noun", sent.lang)
        and not _prepositional(sent, c)
    )


def _root_name(sent: ParsedSentence, v: int) -> int | None:
    """``Rep. Bobby Scott (D-Va.), ranking member of …, said``: the parse heads the sentence with the name and
    hangs the verb below it as parataxis; the name, when no finite verb stands between."""
    root = sent.root()
    if (
        root is None
        or sent[v].base_rel != "parataxis"
        or root.index >= v
        or root.upos not in ("PROPN", "NOUN")
        or root.lemma.lower() in lexicon_words("time_noun", sent.lang)
        or not any(a.index == root.index for a in sent.ancestors(v))
    ):
        return None
    between = sent.words[root.index + 1 : v]
    return None if any(w.feats.get("VerbForm") == "Fin" for w in between) else root.index


def _prepositional(sent: ParsedSentence, c: Word) -> bool:
    """A phrase opened by a preposition (``Among likely voters``), not the subject; a numeral before ``in``/``of``
    heads its own phrase (``eight in 10 voters``: the parse hangs ``voters`` on the verb)."""
    case = [w for w in sent.children(c.index, "case") if w.index < c.index]
    if not case:
        return False
    lo = _span_words(sent, c.index)[0]
    return not (case[0].index == lo + 1 and sent[lo].upos in ("NUM", "ADV") and sent[lo].lemma.isalpha())


_BEFORE_NO_CONTENT = frozenset({"ADP", "SCONJ"})


def _own_report(sent: ParsedSentence, o: int, kids: Sequence[int]) -> bool:
    """``74 percent said they are set on voting for him, while 22 percent said they might change their mind``: a
    second speech verb with a subject of its own, in a clause set off by a comma, starts a report of its own
    wherever the parser hung it. The content clause itself (one of ``kids``, ``sagte, dass die Kommission Ghani
    zum Präsidenten erkläre``) is one only after a connective that is no complementiser (``while``, ``but``)."""
    subjects = sent.children(o, "nsubj")
    if (
        sent[o].base_rel not in ("conj", "advcl", "parataxis", "ccomp")
        or not subjects
        or any(_is_relative(w) for w in subjects)
    ):
        return False
    a = _span_words(sent, o)[0]
    while a < o and _is_punct(sent[a]):
        a += 1
    connective = next(
        (k for k in (a, a + 1) if 0 < k < o and _is_comma(sent[k - 1]) and sent[k].upos in ("CCONJ", "SCONJ")), None
    )
    if connective is not None:
        return sent[connective].text.lower() not in lexicon_words("complementiser")
    return a > 0 and _is_comma(sent[a - 1]) and o not in kids and sent[o].base_rel != "ccomp"


def _own_content(ss: SentenceContext, v: int, lo: int) -> bool:
    """Whether the content at ``lo`` after a quotation's tag at ``v`` is still reported: it opens with a
    complementiser (``"…," he said, that …``) or belongs to a second speech verb (``"…," he said, noting he had
    …``, ``adding that …``)."""
    sent = ss.sent
    k = lo
    while k < len(sent) and _is_punct(sent[k]):
        k += 1
    if k < len(sent) and sent[k].text.lower() in lexicon_words("complementiser"):
        return True
    return any(v < c.verb <= k for c in ss.cues())


def _tags_quotation(ss: SentenceContext, v: int, speaker: int | None) -> bool:
    """Whether the attribution at ``v`` tags the quotation that closes right before it (``"…," said Geoff Garin,
    a pollster``, ``"…," Trump told a crowd in Miami``): what was said is the quotation; the words after the
    verb describe the speaker, the listener or the occasion."""
    sent = ss.sent
    start = sent[v].start
    if speaker is not None and speaker < v:
        m = expand_mention(sent, speaker)
        start = min(start, m.start if m is not None else sent[speaker].start)
    return any(ss.text[qe:start].strip(" ,\n") == "" and qe <= start for _, qe in ss.quote_ranges)


def _distant_complementiser(sent: ParsedSentence, v: int) -> int | None:
    """``told a crowded banquet hall at a hotel in downtown Baltimore that …``, ``said in an interview with The
    Associated Press last week that …``: a listener or a long adverbial between the verb and its content clause,
    whose complementiser the parser hung on a noun of it. Beyond the near window only a ``mark`` counts (a
    relative ``that`` is the parser's pronoun), and no finite verb or clause break may stand between."""
    for k in range(v + 1, len(sent)):
        w = sent[k]
        if w.text.lower() in lexicon_words("complementiser") and w.base_rel == "mark" and w.upos == "SCONJ":
            # ``before that``, ``except that``, ``including that``: a preposition's clause, not the verb's content
            return k if sent[k - 1].upos not in _BEFORE_NO_CONTENT else None
        if w.text in (".", ":", ";") or (w.upos in _FINITE_UPOS and w.feats.get("VerbForm") == "Fin"):
            return None
    return None


def _pronoun_subject_after(sent: ParsedSentence, v: int) -> int | None:
    """``He said he and Trump differ …``, ``Cruz has said for weeks he's the only …``: the parser took the content's
    subject pronoun for the speech verb's object, or its predicate for a conjunct. A nominative personal pronoun
    right after the verb, or after a time phrase of it, with a verb later in the sentence, still opens the
    content; its index."""
    k = v + 1
    for c in sent.children(v, "obl", "advmod"):
        a, b = _span_words(sent, c.index)
        if a == k and c.lemma.lower() in lexicon_words("time_noun", sent.lang):
            k = b + 1
    if k >= len(sent):
        return None
    if sent[k].upos != "PRON":
        return _noun_subject_after(sent, v, k)
    if sent[k].feats.get("Case") != "Nom" or sent[k].feats.get("PronType") != "Prs":
        return None
    return k if any(w.upos in _FINITE_UPOS for w in sent.words[k + 1 :]) else None


_SUBJECT_NOUN_WORDS = 4


def _noun_subject_after(sent: ParsedSentence, v: int, k: int) -> int | None:
    """``She praised Garland and said [Republicans should give him a hearing]``: the parser hung the content's
    predicate on the first verb, so the speech verb has no content clause; the noun phrase at ``k`` right after
    it is the subject (``nsubj``) of a verb with a finite auxiliary or form after it, which is no ancestor of
    the speech verb. ``k`` when so. Not after a verb whose object is the listener (``told Rao the plan …``)."""
    h = k
    while h < len(sent) and h - k < _SUBJECT_NOUN_WORDS and sent[h].upos in _NOUN_LEAD_UPOS:
        h += 1
    if h >= len(sent) or sent[h].upos not in ("NOUN", "PROPN") or sent[h].base_rel != "nsubj":
        return None
    pred = sent.head_of(h)
    if pred is None or pred.index <= h or any(a.index == pred.index for a in sent.ancestors(v)):
        return None
    if sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang) or _subordinate(sent, v):
        return None  # ``savings that he says [the plan would achieve]``: a relative gap
    finite = (_finite(pred) and pred.upos in _FINITE_UPOS) or any(
        _finite(a) for a in sent.children(pred.index, "aux", "cop") if a.index < pred.index
    )
    return k if finite else None


def _before_trailing_relative(sent: ParsedSentence, lo: int, hi: int) -> int:
    """``… announced his engagement to Jerry Hall, who is the ex-wife of Mick Jagger.``: a non-restrictive
    relative clause that closes the sentence describes someone the content names; the narrator adds it. English
    only (the caller asks the profile): German content after ``sagte,`` keeps its relative clauses, as SpkAtt
    marks them."""
    for k in range(hi, lo + 1, -1):
        if (
            _is_comma(sent[k - 1])
            and sent[k].text.lower() in lexicon_words("relative", sent.lang)
            and _is_relative(sent[k])
        ):
            rel = sent.head_of(k)
            if rel is not None and rel.deprel == "acl:relcl" and _span_words(sent, rel.index)[1] >= hi - 1:
                return k - 2
    return hi


def _governed_later(sent: ParsedSentence, v: int) -> bool:
    """Whether the speech verb heads a clause that stands before the word it depends on (``Although he said that
    his net worth exceeds $10 billion, [all of the firms put him lower]``, ``A letter saying that …, sits on
    top of the mail``): its content ends with the clause. English only: the compact German parse hangs a
    verb-final clause's content on the verb after it."""
    head = sent.head_of(v)
    if head is None or head.index < v or profile(sent.lang).verb_second:
        return False
    return (sent[v].base_rel == "advcl" and bool(sent.children(v, "mark"))) or sent[v].deprel == "acl"


def _content_tail(sent: ParsedSentence, lo: int, hi: int, speech_verbs: frozenset[int]) -> int:
    """Where English content after a speech verb ends, before a comma that opens the narrator's addition: a
    contrast (``said they prefer an outsider, while about 4 in 10 want …``), a relative clause that runs to the
    content's end (``did not suggest it would be Trump, who has a significant delegate lead``, which the parse
    may hang on the content as a conjunct), a participle that is itself a speech verb (``said he would not seek
    a recount, conceding the race``, ``rejected the idea …, saying the crowds prove …``: a speech act of its own,
    with its own content) or a clause with a speech verb and subject of its own; the last word before it. A
    semicolon ends the content as well (``say the United States has more billionaires; Wealth-X tallies 585 …``):
    the narrator's next clause. Any other participle clause after a comma (``…, doing little to …``) was measured
    as often inside PolNeAR's content as outside, and stays."""
    for k in range(lo + 2, hi + 1):
        if sent[k - 1].text == ";":
            return k - 2
        if not _is_comma(sent[k - 1]) or sent[k - 1].text != ",":
            continue
        if (
            _cut_contrast(sent, k)
            or _cut_relative(sent, k, hi)
            or _speech_participle(sent, k, speech_verbs)
            or _speech_clause(sent, k, speech_verbs)
        ):
            return k - 2
    return hi


def _speech_clause(sent: ParsedSentence, k: int, speech_verbs: frozenset[int]) -> bool:
    """Whether a clause with a finite speech verb and its own subject opens at word ``k`` after a comma
    (``… attacks that, Sweet noted, Trump said …``): a report of its own, found from its own verb."""
    return any(
        o > k
        and sent[o].upos == "VERB"
        and sent[o].feats.get("VerbForm") == "Fin"
        and _span_words(sent, o)[0] in (k - 1, k)
        and bool(sent.children(o, "nsubj"))
        for o in speech_verbs
    )


def _speech_participle(sent: ParsedSentence, k: int, speech_verbs: frozenset[int]) -> bool:
    """Whether word ``k`` is a present participle or gerund that is a speech verb (``saying``, ``conceding``)."""
    w = sent[k]
    return (
        k in speech_verbs
        and w.upos == "VERB"
        and w.feats.get("VerbForm") in ("Ger", "Part")
        and w.feats.get("Tense") != "Past"
    )


def _cut_contrast(sent: ParsedSentence, k: int) -> bool:
    return sent[k].text.lower() in lexicon_words("contrast_opener", sent.lang) and sent[k].upos == "SCONJ"


def _cut_relative(sent: ParsedSentence, k: int, hi: int) -> bool:
    w = sent[k]
    if w.text.lower() not in lexicon_words("relative", sent.lang) or not _is_relative(w):
        return False
    head = sent.head_of(k)
    return head is not None and head.index > k and _span_words(sent, head.index)[1] >= hi - 1


def _passive_topic(sent: ParsedSentence, v: int, speaker: int | None) -> bool:
    """Whether ``speaker`` is the subject of a passive report without agent. English only: SpkAtt gives such
    German subjects as the source (``Klien wurde … zitiert``), PolNeAR leaves the source out."""
    return (
        speaker is not None
        and not profile(sent.lang).verb_second
        and sent[speaker].deprel == "nsubj:pass"
        and _impersonal(sent, v)
    )


def _impersonal(sent: ParsedSentence, v: int) -> bool:
    """``Es wurde mitgeteilt, dass …``, ``It was reported that …``, ``heißt es, dass …``: a passive speech verb
    without an agent, or one whose subject is an expletive, reports content whose source the text does not name."""
    if _subordinate(sent, v) or sent.children(v, "obl:agent"):
        return False
    return _passive(sent, v) or any(c.base_rel == "expl" for c in sent.children(v))


def _passive(sent: ParsedSentence, v: int) -> bool:
    return sent[v].feats.get("Voice") == "Pass" or any(
        c.deprel in ("aux:pass", "nsubj:pass", "expl:pass") for c in sent.children(v)
    )


def _relative_start(sent: ParsedSentence, lo: int) -> bool:
    """``said Peter Hart, who lives …``, ``told Annette Guessford, who answered …``: a relative clause describes the
    speaker or the listener; it is never the content."""
    return sent[lo].text.lower() in lexicon_words("relative", sent.lang) and _is_relative(sent[lo])


def _trailing_adjunct(sent: ParsedSentence, v: int, lo: int, kids: Sequence[int]) -> int:
    """``suggested that officials should curb their complaints because …``, ``said …, adding that …``: an
    adverbial clause of the speech verb after its content is the narrator's, not what was said; the last word
    before it (the sentence's last word when there is none). So is a finite verb coordinated with the speech verb
    after an infinitive content (``vowed to keep abortion legal and celebrated the ruling``): the infinitive cannot
    coordinate with it. A conjunct after a finite content clause stays: the parse hangs the content's own second
    verb on the speech verb as often as the narrator's (measured on PolNeAR, no net gain from cutting)."""
    end = len(sent) - 1
    content = [_span_words(sent, k) for k in kids]
    infinitive = any(sent[k].deprel == "xcomp" and sent[k].feats.get("VerbForm") == "Inf" for k in kids)
    for c in sent.children(v, "advcl", "conj"):
        if c.base_rel == "conj" and not (infinitive and c.feats.get("VerbForm") == "Fin"):
            continue
        a, _ = _span_words(sent, c.index)
        if a > lo and not any(x <= c.index <= y for x, y in content):
            end = min(end, a - 1)
    return end


def _subordinate(sent: ParsedSentence, v: int) -> bool:
    """Whether the speech verb heads a relative or subordinate clause (``der das sagte``, ``weil er sagte``)."""
    if sent[v].deprel in ("acl:relcl", "acl") or sent.children(v, "mark"):
        return True
    return any("Rel" in c.feats.get("PronType", "") for c in sent.children(v, "nsubj"))


def _konjunktiv_clause(ss: SentenceContext) -> list[Found]:
    """German ``sagte X, … gebe es …`` / ``Er sagte, er sei …``: attribution, comma, a clause with a finite verb."""
    sent = ss.sent
    if not profile(sent.lang).reported_mood:
        return []
    out: list[Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        if any(c.text.lower() in as_words() for c in sent.children(v, "mark")):
            continue
        if _subordinate(sent, v):
            continue  # ``Der Mann, der das sagte, ging …``: the main clause after the comma is not reported
        if _participle(sent[v], sent.lang) and not sent.children(v, "aux"):
            continue  # ``Das Objekt, genannt X, hat …``: a participle naming, no speech act
        speaker = ss.subject(cue, set())
        if speaker is None and not _impersonal(sent, v):
            continue
        att_end = _attribution_end(sent, v, cue.particle, speaker)
        # Only adverbials may stand between the attribution and the comma (``sagte er am Montag,``).
        comma = _next_comma(sent, att_end + 1)
        if comma is None or comma - att_end > 4 or any(sent[k].upos in _FINITE_UPOS for k in range(att_end + 1, comma)):
            continue
        if comma + 1 >= n or (
            sent[comma + 1].text.lower() in lexicon_words("relative", "de") and _is_relative(sent[comma + 1])
        ):
            continue
        t = _trim(sent, comma + 1, n - 1)
        if t is None or _opens_non_content(sent, t[0]):
            continue
        if _has_clause(sent, *t):
            finite = [w for w in sent.words[t[0] : t[1] + 1] if w.upos in _FINITE_UPOS]
            conf = (
                KonjunktivClauseRule.confidence
                if any(_konjunktiv(w) for w in finite)
                else KonjunktivClauseRule.without_konjunktiv
            )
        elif _zu_infinitive(sent, *t):
            conf = KonjunktivClauseRule.infinitive
        else:
            continue
        out.append(Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, "indirect_konjunktiv", conf))
    return out


def _zu_infinitive(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """``forderte ihn auf, [sich zu stellen]``, ``beteuert, [nicht abgeschrieben zu haben]``: an infinitive clause
    with ``zu`` and no finite verb, what a speech verb asks, promises or claims. At least three words."""
    words = [w for w in sent.words[lo : hi + 1] if not _is_punct(w)]
    if len(words) < _MIN_CONTENT_WORDS or any(
        w.upos in _FINITE_UPOS and w.feats.get("VerbForm") == "Fin" for w in words
    ):
        return False
    last = words[-1]
    if last.feats.get("VerbForm") != "Inf" and not last.text.lower().endswith("en"):
        return False
    markers = lexicon_words("infinitive_marker", sent.lang)
    # ``zu stellen``, or a particle verb's joined ``abzuschalten`` (the marker inside the word).
    low = last.text.lower()
    return words[-2].text.lower() in markers or (
        last.feats.get("VerbForm") == "Inf" and any(low.find(m, 1) > 0 for m in markers)
    )


def _participle(w: Word, lang: str) -> bool:
    """A participle or infinitive, also where the tagger calls ``genannt`` finite: a ``ge-`` form of a verb whose
    lemma has none."""
    if w.feats.get("VerbForm") in ("Part", "Inf"):
        return True
    low, lemma = w.text.lower(), w.lemma.lower()
    return (
        profile(lang).joined_particles
        and low.startswith("ge")
        and not lemma.startswith("ge")
        and low.endswith(("t", "en"))
    )


# Words between a parenthetical tag's verb and the comma before it: a pronoun or a name (``, she said,``); in English
# up to eight, for a subject phrase with modifiers (``, the Texas senator's allies say,``: on PolNeAR 6 more
# statements, all right). German keeps five: its verb-second tag puts the subject after the verb.
_TAG_REACH = 5
_LONG_TAG_REACH = 8


def _between_commas(sent: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The commas around a speech clause inside a sentence (``…, sagte der Minister, …``): each within five
    words of the verb with no other finite verb between."""
    reach = _TAG_REACH + 1 if profile(sent.lang).verb_second else _LONG_TAG_REACH + 1
    lo = next(
        (k for k in range(v - 1, max(-1, v - reach), -1) if _is_comma(sent[k]) or sent[k].upos in _FINITE_UPOS), None
    )
    hi = next(
        (k for k in range(v + 1, min(len(sent), v + 6)) if _is_comma(sent[k]) or sent[k].upos in _FINITE_UPOS), None
    )
    if lo is None or hi is None or not (_is_comma(sent[lo]) and _is_comma(sent[hi])) or lo < 1:
        return None
    if v - lo > _TAG_REACH and not any(w.feats.get("VerbForm") == "Fin" for w in sent.words[hi + 1 :]):
        # A long subject before the verb (``, a wide array of economists say,``) is a tag between commas only
        # when a finite clause goes on after it; otherwise the comma after the verb opens the narrator's
        # participle (``In New Orleans, a stream of protesters interrupted a Trump event, sometimes dropping …``).
        return None
    return lo, hi


def _parenthetical(ss: SentenceContext) -> list[Found]:
    """``Die Lage, sagte der Minister, sei ernst.`` / ``The situation, the minister said, was serious.``: the
    attribution between commas inside the content; both sides are reported (the corpora cut the content there)."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in (c for c in ss.cues() if not _restricted(sent, c)):
        v = cue.verb
        # A participle between commas names or describes (``Das Objekt, genannt 2003 EL61, hat …``).
        if _participle(sent[v], sent.lang) or _subordinate(sent, v):
            continue
        if any(c.text.lower() in as_words() for c in sent.children(v, "mark")):
            continue
        commas = _between_commas(sent, v)
        if commas is None:
            continue
        lo_c, hi_c = commas
        inside = [k for k in range(lo_c + 1, hi_c) if k != v]
        outside = set(range(0, lo_c)) | set(range(hi_c + 1, n))
        speaker = ss.subject(cue, outside)
        parsed_inside = speaker is not None and speaker in inside
        if speaker is None or speaker not in inside:
            nominal = [
                k
                for k in inside
                if sent[k].upos in ("NOUN", "PROPN", "PRON")
                and sent[k].base_rel == "nsubj"
                and is_nominal(sent[k], sent.lang)
            ]
            if not nominal:
                continue
            speaker = nominal[-1] if nominal[-1] > v else nominal[0]
        right = _trim(sent, hi_c + 1, n - 1)
        left = _trim(sent, 0, lo_c - 1)
        if right is None or left is None:
            continue
        right_words = [w for w in sent.words[right[0] : right[1] + 1] if not _is_punct(w)]
        if len(right_words) < 2 or not any(w.upos in _FINITE_UPOS for w in right_words):
            continue
        # ``„…“, said Rita Katz, the director of …``: the attribution belongs to the quotation beside it, and
        # what follows the second comma describes the speaker (apposition, relative clause, ``holding back
        # tears``); only a clause that continues unquoted content on both sides is cut in two.
        shares = [_quoted_share(sent[a].start, sent[b].end, ss.quote_ranges) for a, b in (left, right)]
        if shares[0] >= _MAX_QUOTED_SHARE or (
            _is_relative(sent[right[0]]) and sent[right[0]].text.lower() in lexicon_words("relative")
        ):
            continue
        # ``Um … anzusprechen, schlug Rao vor, dass …``: a fronted adverbial clause and a that-clause, not one
        # content cut in two (the that-clause rule takes it).
        if sent[hi_c + 1].text.lower() in lexicon_words("complementiser") or _opens_non_content(sent, left[0]):
            continue
        conf = ParentheticalRule.confidence
        for lo, hi in _parenthetical_sides(sent, left, right, shares, parsed_inside):
            out.append(Found(lo, hi, speaker, v, cue.particle, cue.lemma, "indirect_parenthetical", conf))
    return out


def _subject_phrase(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` are a bare noun phrase (``These and other sources of authority``): no verb, not
    opened by a preposition, subordinator or adverb, with a noun in it."""
    words = sent.words[lo : hi + 1]
    return (
        words[0].upos not in ("ADP", "SCONJ", "ADV")
        and not any(w.upos in _FINITE_UPOS for w in words)
        and any(w.upos in ("NOUN", "PROPN") for w in words)
    )


def _has_finite(sent: ParsedSentence, k: int) -> bool:
    """Whether the phrase headed by ``k`` holds a verb (the tagger's AUX counts)."""
    lo, hi = _span_words(sent, k)
    return any(w.upos in _FINITE_UPOS for w in sent.words[lo : hi + 1])


# Words a subject phrase before its speech verb may hold beyond the parsed mention: ``[the] group says`` (the
# tagger made ``says`` a noun and hung ``the`` on it), ``[he and] Mr. Allen said``. Read in English order only:
# a verb-second tag (``…, sagte X``) puts its subject after the verb.
_SUBJECT_PHRASE_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "CCONJ"})
_SUBJECT_PHRASE_WORDS = 6


def _subject_phrase_start(sent: ParsedSentence, lo: int) -> int:
    """The first word of the subject phrase whose mention starts at ``lo``, when only noun-phrase words stand
    between it and a comma before (a short run); ``lo`` otherwise."""
    k = lo
    while k > 0 and lo - k < _SUBJECT_PHRASE_WORDS and not _is_comma(sent[k - 1]):
        w = sent[k - 1]
        if w.upos not in _SUBJECT_PHRASE_UPOS and w.text not in ("'s", "’s"):
            return lo
        k -= 1
    return k if k > 0 and _is_comma(sent[k - 1]) else lo


def _parenthetical_sides(
    sent: ParsedSentence,
    left: tuple[int, int],
    right: tuple[int, int],
    shares: Sequence[float],
    parsed_inside: bool,
) -> list[tuple[int, int]]:
    """The sides of a parenthetical attribution that are reported: both, or only the left one when a quotation
    fills the right (``The golf industry, she said, is "doing much better …"``: the quotation is the quote
    sieves', the unquoted subject before it is still reported, as PolNeAR does). A fronted adverbial (``In an
    interview, he said, "…"``) is the narrator's; so is a noun phrase whose apposition the parser took for the
    speaker (the parsed subject must stand between the commas). German puts the attribution between commas
    around an apposed subject too (``Das Staatsoberhaupt, die Königin, bat …``), so verb-second languages report
    no lone left side."""
    if shares[1] < _MAX_QUOTED_SHARE:
        return [left, right]
    if shares[0] or profile(sent.lang).verb_second:
        return []
    if parsed_inside and _subject_phrase(sent, *left):
        return [left]
    # ``[If Clinton is elected], he said, "she might be going back and forth …"``: a fronted subordinate clause is
    # part of what the speaker says (the quotation goes on with it), unlike a fronted phrase of time or place.
    if sent[left[0]].upos == "SCONJ" and _has_clause(sent, *left):
        return [left]
    return []


def _content_first(ss: SentenceContext) -> list[Found]:
    """``…, Rao said.`` / ``…, sagte ein Sprecher.``: the attribution closes the sentence after a comma."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in (c for c in ss.cues() if not _restricted(sent, c)):
        v = cue.verb
        speaker = ss.subject(cue, set())
        if speaker is None:
            continue
        lo_att = min(v, speaker)
        m = expand_mention(sent, speaker)
        if m is not None and speaker < v:
            while lo_att > 0 and sent[lo_att - 1].start >= m.start:
                lo_att -= 1
            if not profile(sent.lang).verb_second:
                lo_att = _subject_phrase_start(sent, lo_att)
        if lo_att < 2 or not _is_comma(sent[lo_att - 1]) or _joins_verb_before(sent, v, lo_att):
            continue
        # Nothing but the attribution and adverbials after it: no clause of its own.
        if any(sent[k].upos in _FINITE_UPOS and k != v for k in range(lo_att, n)):
            continue
        # A clause after the verb is its content; in English a noun the parser hung there as one is the
        # speaker's apposition (``said Angie Holan, Politifact's editor``). The compact German parse hangs content
        # fragments on ``sagte`` that way, so verb-second languages keep every such child.
        v2 = profile(sent.lang).verb_second
        if any(c.index > v and (v2 or _has_finite(sent, c.index)) for c in sent.children(v, *_CONTENT_RELS)):
            continue
        t = _trim(sent, 0, lo_att - 2)
        if t is None or not _has_clause(sent, *t):
            continue
        out.append(
            Found(
                t[0], t[1], speaker, v, cue.particle, cue.lemma, "indirect_content_first", ContentFirstRule.confidence
            )
        )
    return out


# Words a trailing tag's source phrase may hold (``the University of Michigan``, ``Ms. Gedrich``, ``a study by the
# Council``): a noun phrase with prepositional modifiers, as the tagger sees it when it breaks the parse.
_TAG_SOURCE_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "CCONJ", "X"})
_TAG_SOURCE_WORDS = 10


def _tag_source_start(sent: ParsedSentence, v: int) -> int | None:
    """The first word of the source phrase that stands between a comma and the speech verb ``v`` (adverbs right
    before the verb skipped: ``Politico recently reported``); None unless only noun-phrase words stand there, the
    phrase ends in a noun and opens with no preposition, coordinator (``…, and Obama responded``) or relative
    pronoun (``…, who added``)."""
    k = v - 1
    while k > 0 and sent[k].upos == "ADV" and sent[k].text[:1].islower():
        k -= 1
    end = k
    if sent[end].upos not in ("NOUN", "PROPN", "PRON", "X"):
        return None  # ``…, deputy sheriff in an alleged …``: a participle modifying a noun, no tag
    while k >= 0 and end - k < _TAG_SOURCE_WORDS and not _is_comma(sent[k]):
        w = sent[k]
        if w.upos not in _TAG_SOURCE_UPOS and w.text not in ("'s", "’s", ".", "-"):
            return None
        k -= 1
    if k < 2 or not _is_comma(sent[k]):
        return None
    lo = k + 1
    return None if _no_source_opener(sent, lo) else lo


def _no_source_opener(sent: ParsedSentence, lo: int) -> bool:
    """Whether word ``lo`` cannot open a source phrase read by surface order: a preposition, a coordinator
    (``…, and Obama responded``) or a relative pronoun (``…, who added``)."""
    w = sent[lo]
    return w.upos in ("ADP", "CCONJ") or w.text.lower() in lexicon_words("relative", sent.lang)


def _tag_source_head(sent: ParsedSentence, lo: int, hi: int) -> int:
    """The head word of the source phrase ``lo..hi``: its last noun before a preposition (``[University] of
    Michigan``, ``a [study] by the Council``)."""
    head = lo
    for k in range(lo, hi + 1):
        if sent[k].upos == "ADP" and head > lo:
            break
        if sent[k].upos in ("NOUN", "PROPN", "PRON", "X"):
            head = k
    return head


def _tag_closes(sent: ParsedSentence, v: int) -> bool:
    """Whether nothing after the speech verb ``v`` is a clause: only its object or adverbials (``told POLITICO``,
    ``said on Saturday``, ``reported last week``) up to the sentence end."""
    return not any(w.upos in _FINITE_UPOS or _is_quote_mark(w) or _is_comma(w) for w in sent.words[v + 1 :])


def _tag_verb(sent: ParsedSentence, v: int) -> bool:
    """Whether ``v`` can be a closing tag's verb: a lower-case word, no ``-ing`` form (``…, re-tweeting …``), no
    passive participle with its agent after it (``a practice criticized by Miller``: a noun's modifier), and
    nothing after it is a clause."""
    w = sent[v]
    if not w.text[:1].islower() or w.feats.get("VerbForm") == "Ger" or w.text.lower().endswith("ing"):
        return False
    if v + 1 < len(sent) and sent[v + 1].text.lower() in lexicon_words("agent_case", sent.lang):
        return False
    return _tag_closes(sent, v)


def _tag_finding(sent: ParsedSentence, lemma: str, lo: int, v: int) -> bool:
    """``…, a study by the Council of the Great City Schools found.``: a verb of finding closes the sentence with a
    poll, study or record (``evidence_noun``) heading its source phrase."""
    if lemma not in lexicon_words("evidence_verb", sent.lang):
        return False
    nouns = lexicon_words("evidence_noun", sent.lang)
    return any(sent[k].lemma.lower() in nouns for k in range(lo, v))


def _trailing_tag(ss: SentenceContext) -> list[Found]:
    """``…, the University of Michigan reported last week.``, ``…, Ms. Gedrich said.``, ``…, analyst says.``: the
    sentence closes with a comma, a source phrase and a speech verb, and the compact parse broke the tag apart (the
    verb tagged a modifier or noun, the source hung on the content, the title's period split off), so
    :class:`ContentFirstRule` found no subject. The surface order decides: the content is everything before the
    comma, and it must be a clause."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []  # ``…, sagte ein Sprecher.``: the verb comes first, the content-first rule reads it
    out: list[Found] = []
    for c in ss._ctx.cues(0):
        v = c.word
        if c.entry.lemma in lexicon_words("stance_verb", sent.lang) or not _tag_verb(sent, v):
            continue
        lo_src = _tag_source_start(sent, v)
        if lo_src is None or not (c.entry.kind.is_verb or _tag_finding(sent, c.entry.lemma, lo_src, v)):
            continue
        t = _trim(sent, 0, lo_src - 2)
        if t is None or not _has_clause(sent, *t):
            continue
        hi_src = v - 1
        while sent[hi_src].upos == "ADV":
            hi_src -= 1
        speaker = _tag_source_head(sent, lo_src, hi_src)
        conf = TrailingTagRule.confidence
        out.append(
            Found(t[0], t[1], speaker, v, c.particle, c.entry.lemma, TrailingTagRule.name, conf, speaker_hi=hi_src)
        )
    return out


# Punctuation that closes an English closing tag when the narrator goes on after it (``…, Nefzi said, adding …``,
# ``…, Bill Clinton said this week — an apparent reversal …``).
_TAG_CLOSERS = frozenset({",", "—", "–", "--"})
# Words after a closing tag's comma within which a quotation opening is introduced by the tag (``Beck said, "I …"``,
# ``he says, by ''stubbornly …''``).
_TAG_QUOTE_GAP = 2


def _tag_tail_blocks(ss: SentenceContext, lo_att: int, v: int, speaker: int) -> bool:
    """Whether the words after the start ``lo_att`` of the closing tag at ``v`` show that the tag is no closing
    tag. The tag (the speech verb, its subject before or after it, adverbials and objects) ends at the first comma
    or dash after the verb (a semicolon goes on with a clause of the tag's own); inside it a finite verb other than
    the speech verb's auxiliaries (``they've suggested``) belongs to the tag's own content (``…, he said he would
    …``), and so does a complementiser or subordinator (``says that Walker, who …``), unless it lies in a relative
    clause or participle on a speaker after the verb (``said an American official who was briefed``). After that
    comma or dash the narrator goes on, with a relative clause, a participle, an adverbial or a second clause
    (``…, said DeSantis, who was elected …``, ``…, French officials said, before being shot …``), but not with a
    quotation, which the tag introduces (``[Holding open a book], Beck said, "I just want …"``)."""
    sent = ss.sent
    describes = set(sent.subtree(speaker)) if speaker > v else set()
    complementisers = lexicon_words("complementiser", sent.lang)
    addressed = sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang)  # ``…, he told reporters``
    for k in range(lo_att, len(sent)):
        w = sent[k]
        if k > v and k not in describes and w.text in _TAG_CLOSERS:
            # ``…, Nefzi said, adding, "He was …"``: a quotation further on has a tag of its own
            return k + 1 < len(sent) and _quoted(ss, k + 1, min(k + _TAG_QUOTE_GAP, len(sent) - 1))
        if k == v or k in describes:
            continue
        if w.upos in _FINITE_UPOS and _finite(w) and not (w.head == v and w.base_rel == "aux"):
            return True  # a participle modifies a noun of the tag (``the Associated Press``, ``reporters gathered``)
        if k > v and (w.upos == "SCONJ" or w.text.lower() in complementisers):
            return True
        if w.head == v and k > v and _tag_own_act(sent, w, addressed):
            return True
    return False


def _tag_own_act(sent: ParsedSentence, w: Word, addressed: bool) -> bool:
    """Whether the dependent ``w`` after a tag's verb is what the verb itself says or does: a content clause or an
    object (``…, Nega defended his decision``, ``…, Ethiopia continues to occupy``), not the listener of a verb
    that takes one (``told reporters``) nor a time the parse takes for the object (``insisted Thursday``)."""
    if w.base_rel in _CONTENT_RELS:
        return True
    return w.base_rel == "obj" and not addressed and w.lemma.lower() not in lexicon_words("time_noun", sent.lang)


def _tag_in_clause(sent: ParsedSentence, v: int, lo_att: int) -> bool:
    """Whether the speech verb ``v`` heads a subordinate clause (``…, as he said``, ``…, which he said``) or a
    relative clause on a noun of the words from ``lo_att`` (``…, [an arrangement] the campaign has criticized``).
    A relative clause on a word of the content before is the parse's way of hanging the tag there."""
    if sent.children(v, "mark") or any("Rel" in c.feats.get("PronType", "") for c in sent.children(v, "nsubj")):
        return True
    return sent[v].deprel in ("acl", "acl:relcl") and lo_att <= sent[v].head < v


def _tag_hedged(sent: ParsedSentence, v: int, lo_att: int) -> bool:
    """Whether the tag at ``v`` reports no statement made: a negated or modal verb (``…, I shouldn't say anything``,
    ``…, he could speak with fluency``), or a tag that opens with a wh-word (``…, what Mr. Darcy had described``)."""
    if any(c.feats.get("Polarity") == "Neg" or (c.base_rel == "aux" and c.xpos == "MD") for c in sent.children(v)):
        return True
    return sent[lo_att].feats.get("PronType") in ("Int", "Rel")


def _main_clause_in(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` hold a clause with its subject that is no adverbial, relative or subordinate
    clause (``[Even if the department no longer existed, some of its functions would be performed …]``), not only
    a fronted adverbial of the clause after them (``[When asked for his position], Trump said``, ``[In the final
    Mass, held along the border], Francis told …``)."""
    for k in range(lo, hi + 1):
        w = sent[k]
        if w.base_rel in ("advcl", "acl") or sent.children(k, "mark"):
            continue
        if any(lo <= c.index <= hi for c in sent.children(k, "nsubj", "expl")):
            return True
    # The parse may lose the subject (``[A truck rammed into a crowd …]`` as a noun with a participle): a content
    # that opens with a noun phrase is a clause of its own, not a fronted adverbial.
    return _opens_with_subject(sent, lo)


def _closing_tag_speaker(ss: SentenceContext, cue: _Cue) -> tuple[int, int] | None:
    """The speaker of a closing tag's verb and the first word of the tag: the verb's subject with its mention (and
    the noun-phrase words before it, :func:`_subject_phrase_start`), or the source phrase between the comma and the
    verb where the parse gave the verb the content's subject (``[…], the Associated Press declared on Thursday``)."""
    sent = ss.sent
    v = cue.verb
    speaker = ss.subject(cue, set())
    lo_src = _tag_source_start(sent, v)
    if lo_src is not None and (speaker is None or speaker < lo_src - 1):
        hi_src = v - 1
        while sent[hi_src].upos == "ADV":
            hi_src -= 1
        speaker = _tag_source_head(sent, lo_src, hi_src)
    if speaker is None:
        return None
    lo_att = min(v, speaker)
    m = expand_mention(sent, speaker)
    if m is not None and speaker < v:
        while lo_att > 0 and sent[lo_att - 1].start >= m.start:
            lo_att -= 1
        lo_att = _subject_phrase_start(sent, lo_att)
    return speaker, lo_att


def _tag_then_more(ss: SentenceContext) -> list[Found]:
    """``[…], said DeSantis, who was elected to the U.S. House in 2012.``, ``[…], French officials said, before
    being shot …``, ``[…], the Associated Press declared on Thursday, two days after voters went to the polls``:
    the content before a closing tag that the narrator goes on after (a relative clause on the speaker, a
    participle, an adverbial or second clause), which :class:`ContentFirstRule` leaves because a verb follows
    the tag. English order only: the tag is the speech verb with its subject before or after it, set off by a
    comma from the content before it."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    out: list[Found] = []
    for cue in (c for c in ss.cues() if not _restricted(sent, c)):
        v = cue.verb
        w = sent[v]
        if (
            w.upos != "VERB"
            or not w.text[:1].islower()
            or w.text.lower().endswith("ing")
            or not (_finite(w) or sent.children(v, "aux"))
        ):
            continue  # ``…, saying …``: a participle goes on with the clause before, it tags nothing
        found = _closing_tag_speaker(ss, cue)
        if found is None:
            continue
        speaker, lo_att = found
        before = v - 1
        while before > lo_att and sent[before].upos in ("ADV", "AUX"):
            before -= 1
        if speaker < v and sent[before].upos not in ("NOUN", "PROPN", "PRON", "X"):
            continue  # ``the most conservative state``: the tagger's verb after an adjective is a noun
        if speaker > v and speaker_rank(sent, speaker, subject=False) < GROUP_RANK:
            continue  # ``…, alleges a long list of violations``: an object after the verb, which has its subject before
        if lo_att < 2 or sent[lo_att - 1].text != "," or _no_source_opener(sent, lo_att):
            continue
        if _tag_in_clause(sent, v, lo_att) or _tag_hedged(sent, v, lo_att):
            continue
        if _tag_tail_blocks(ss, lo_att, v, speaker):
            continue
        t = _trim(sent, 0, lo_att - 2)
        if t is None or not _has_clause(sent, *t) or not _main_clause_in(sent, *t):
            continue
        out.append(
            Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, TagThenMoreRule.name, TagThenMoreRule.confidence)
        )
    return out


def _relative_object(ss: SentenceContext) -> list[Found]:
    """``the wall, which he said Mexico should pay for``, ``Guccifer described [what] …``, ``regional accreditation
    bodies, [which] he described as "a cartel"``: a relative pronoun (``object_relative``) is the object of a speech
    verb whose subject follows it; the pronoun is what the speaker's words are about, and PolNeAR marks it alone as
    the content. Not in a question (``What do you think of …?``)."""
    sent = ss.sent
    if sent.words[-1].text == "?":
        return []
    pronouns = lexicon_words("object_relative", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        if not cue.raw.entry.kind.is_verb:
            continue  # a belief (``the themes that marketers hope to win over``): 1 of 4 right
        for r in sent.children(v, "obj"):
            if r.index > v or r.text.lower() not in pronouns or not _inside(ss, r.index):
                continue
            subjects = [c.index for c in sent.children(v, "nsubj") if r.index < c.index < v]
            if not subjects:
                continue
            conf = RelativeObjectRule.confidence
            out.append(Found(r.index, r.index, subjects[0], v, cue.particle, cue.lemma, RelativeObjectRule.name, conf))
    return out


def _pro_form_content(ss: SentenceContext) -> list[Found]:
    """``neither side would say [so]``, ``Consistently, they never thought [so]``, ``a novel says [so]``: a speech or
    belief verb whose complement is a word that stands for a whole clause (``content_pro_form``); PolNeAR marks the
    word alone as the content. It must close the verb's clause: ``said so far``, ``thought so much`` are adverbs."""
    sent = ss.sent
    pro_forms = lexicon_words("content_pro_form", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        k = cue.verb + 1
        if k >= len(sent) or sent[k].text.lower() not in pro_forms or not _inside(ss, k):
            continue
        if k + 1 < len(sent) and not (_is_punct(sent[k + 1]) or sent[k + 1].upos == "CCONJ"):
            continue
        speaker = ss.subject(cue, {k})
        if speaker is None:
            continue
        conf = ProFormRule.confidence
        out.append(Found(k, k, speaker, cue.verb, cue.particle, cue.lemma, ProFormRule.name, conf))
    return out


def _gap_after(sent: ParsedSentence, v: int) -> str | None:
    """What follows the speech verb ``v`` of a relative clause: ``"subject"`` when a finite verb comes first (``that
    insiders said [went] unnoticed``, ``which critics said [was] discriminatory``: the relative word is the
    content's subject), ``"object"`` when the clause ends there (``that Trump [mocked].``), None otherwise."""
    k = v + 1
    while k < len(sent) and sent[k].upos == "ADV" and sent[k].text[:1].islower():
        k += 1
    if k >= len(sent) or _is_punct(sent[k]):
        return "object"
    w = sent[k]
    if w.upos == "AUX" or (w.upos == "VERB" and w.feats.get("VerbForm") == "Fin"):
        return "subject"
    return None


def _antecedent(sent: ParsedSentence, r: int) -> bool:
    """Whether the relative word ``r`` follows what it stands for: a noun (``a deadline that``), a comma after one
    (``…, which``), or a preposition before a free relative (``adapt to what``). After a verb ``that`` is a
    complementiser (``reported that …``) and ``what`` opens a question or an object clause (``heard what …``)."""
    before = sent[r - 1]
    if sent[r].text.lower() == "what":
        return before.upos == "ADP"
    return before.upos in ("NOUN", "PROPN") or (_is_comma(before) and sent[r].upos == "PRON")


def _relative_gap_surface(ss: SentenceContext) -> list[Found]:
    """``a deadline [that] several Indiana GOP insiders said went unnoticed``, ``a decision [that] he has refused
    to …``, ``[which] critics said was discriminatory``: a relative word (``object_relative`` rows) right before the
    subject of a speech or belief verb, whose clause lacks the word's place (its subject: a finite verb right after
    the speech verb; or its object: the clause ends with the verb). PolNeAR marks the relative word as a statement
    of its own, beside the rest of the clause. Read by surface order, as the compact parse tags ``that`` a
    subordinator and hangs the verb anywhere, which :func:`_relative_gap` (a parsed relative clause) misses."""
    sent = ss.sent
    if profile(sent.lang).verb_second or sent.words[-1].text == "?":
        return []
    relatives = lexicon_words("object_relative", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        if _stance(sent, cue) or not sent[v].text[:1].islower():
            continue
        subjects = [c.index for c in sent.children(v, "nsubj") if c.index < v]
        if not subjects:
            continue
        speaker = max(subjects)
        r = min(_span_words(sent, k)[0] for k in subjects) - 1
        if r < 1 or sent[r].text.lower() not in relatives or not _inside(ss, r) or not _antecedent(sent, r):
            continue
        if any(sent[k].upos in _FINITE_UPOS and sent[k].head != v for k in range(r + 1, v)):
            continue  # ``that he knew the rights he was giving up``: the word opens another clause
        if _gap_after(sent, v) != "subject" or _passive(sent, v):
            continue  # ``word that his demands have been answered``: the passive's subject, no speaker
        conf = RelativeGapRule.confidence
        out.append(Found(r, r, speaker, v, cue.particle, cue.lemma, RelativeGapRule.name, conf))
    return out


# Words of a subject phrase read by surface order when the parse broke it: a noun phrase with prepositional
# modifiers, a party-and-state tag in parentheses (``Sen. Mitch McConnell (R-Ky.)``), quantifiers the tagger calls
# adverbs (``Nearly eight in 10 Democratic voters overall``).
_SURFACE_SUBJECT_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "CCONJ", "ADV", "X"})
_SURFACE_SUBJECT_WORDS = 12
_SUBJECT_PUNCT = frozenset({"(", ")", "-", ".", "'s", "’s", "R-", "D-"})


def _surface_subject_start(sent: ParsedSentence, end: int) -> int | None:
    """The first word of a subject phrase that ends at ``end`` and opens the sentence, or follows a comma after
    a sentence adverbial (``Indeed, proponents of … say``); None when any other word stands in it."""
    k = end
    depth = 0
    while k >= 0 and end - k < _SURFACE_SUBJECT_WORDS and not _is_comma(sent[k]):
        w = sent[k]
        depth += (w.text == ")") - (w.text == "(")
        if not (w.upos in _SURFACE_SUBJECT_UPOS or w.text in _SUBJECT_PUNCT or depth > 0):
            return None
        k -= 1
    if k >= 0 and not (_is_comma(sent[k]) and sent[k].text == "," and _opener(sent, k)):
        return None
    lo = k + 1
    return None if _no_source_opener(sent, lo) else lo


def _opener(sent: ParsedSentence, comma: int) -> bool:
    """Whether the words before ``comma`` are one sentence adverb (``Indeed``, ``However``)."""
    return (comma == 1 and sent[0].upos in ("ADV", "CCONJ", "INTJ")) or (comma == 1 and sent[0].text.istitle())


def _surface_speaker(sent: ParsedSentence, v: int) -> int | None:
    """The speaker of ``v`` read by surface order: the last noun of the subject phrase before it (adverbs and
    auxiliaries between skipped: ``Sources have also said``), outside parentheses; for ``… and said …`` the subject
    of the verb ``v`` is coordinated with."""
    k = v - 1
    while k >= 0 and ((sent[k].upos == "ADV" and sent[k].text[:1].islower()) or sent[k].upos == "AUX"):
        k -= 1
    if k < 0:
        return None
    head = sent.head_of(v)
    if sent[k].upos == "CCONJ" and head is not None and sent[v].base_rel == "conj" and head.index < k:
        subjects = [c.index for c in sent.children(head.index, "nsubj") if c.index < head.index]
        return subjects[0] if subjects else None
    lo = _surface_subject_start(sent, k)
    if lo is None or sent[k].text.lower() in lexicon_words("relative", sent.lang):
        return None
    depth = 0
    for j in range(k, lo - 1, -1):
        depth += (sent[j].text == ")") - (sent[j].text == "(")
        if depth == 0 and sent[j].upos in ("NOUN", "PROPN", "PRON") and sent[j].text not in _SUBJECT_PUNCT:
            return j
    return None


_CLAUSE_SUBJECT_WORDS = 8


def _subject_then_verb(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` open with a clause's subject and, before any comma, its finite verb (``[people]
    [misunderstand]``, ``[the prime minister] [stood]``), not an object noun phrase (``claimed [responsibility for
    that attack], …``) or a verb (``said [have] negative feelings``)."""
    if not _opens_with_subject(sent, lo):
        return False
    for k in range(lo + 1, min(hi, lo + _CLAUSE_SUBJECT_WORDS) + 1):
        w = sent[k]
        if _is_comma(w):
            return False
        if w.upos == "AUX" or (w.upos == "VERB" and _finite(w)):
            return True
    return False


def _surface_said(ss: SentenceContext) -> list[Found]:
    """``The NFL legend said [people misunderstand Trump].``, ``Sen. Mitch McConnell (R-Ky.) said that …``, ``…
    called on Congress to pass a deal and said [funding is needed].``: a speech verb with a subject phrase before it
    and a clause after it, where the compact parse broke the tag (the speaker found inside the content, a noun tagged
    as a verb, a party tag in parentheses) so that no other rule reported it. Read by surface order, in English
    order only: subject phrase, speech verb, content clause to the sentence end."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    out: list[Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        w = sent[v]
        if cue.raw.entry.kind is not CueKind.SPEECH or _stance(sent, cue) or cue.particle is not None:
            continue
        if not w.text[:1].islower() or w.feats.get("VerbForm") in ("Ger", "Inf") or w.text.lower().endswith("ing"):
            continue
        speaker = _surface_speaker(sent, v)
        if speaker is None:
            continue
        lo = v + 1
        if lo < n and sent[lo].text.lower() in lexicon_words("complementiser", sent.lang):
            lo += 1
        if lo >= n or _is_punct(sent[lo]) or _quoted(ss, lo, lo):
            continue
        if sent[lo].upos == "CCONJ" or sent[lo].feats.get("PronType") in ("Ind", "Neg"):
            # ``Rao said and the committee met``, ``said nothing and the committee met``: the verb's own object or a
            # second clause of the narrator's, not the content
            continue
        t = _trim(sent, lo, n - 1)
        if t is None or not _has_clause(sent, *t) or not _subject_then_verb(sent, *t):
            continue
        hi = _content_tail(sent, t[0], t[1], frozenset(c.verb for c in ss.cues()))
        t = _trim(sent, t[0], hi)
        if t is None:
            continue
        conf = SurfaceSaidRule.confidence
        out.append(Found(t[0], t[1], speaker, v, None, cue.lemma, SurfaceSaidRule.name, conf))
    return out


def _joins_verb_before(sent: ParsedSentence, v: int, lo_att: int) -> bool:
    """``Er ging nach Hause, sagte aber am Montag nichts.``: the verb right after the comma carries ``aber``
    (``verb_coordinator``), so it goes on with the subject of the clause before instead of tagging it."""
    return lo_att == v and any(
        c.index > v and c.text.lower() in lexicon_words("verb_coordinator", sent.lang) for c in sent.children(v)
    )


def _acts_alone(sent: ParsedSentence, cue: _Cue) -> bool:
    """Whether the cue can be a speech act of its own: a verb (a belief without content, ``glaubt an Gott``, is
    none), not in a subordinate clause, and no participle naming something without its auxiliary."""
    v = cue.verb
    return (
        cue.raw.entry.kind.is_verb
        and not _subordinate(sent, v)
        and not (_participle(sent[v], sent.lang) and not sent.children(v, "aux"))
    )


def _main_speech_act(ss: SentenceContext) -> tuple[_Cue, int] | None:
    """The speech verb of a main clause with a speaker but no content clause (``Er kritisierte den Plan``), and
    that speaker: the first such verb that is no participle naming, no subordinate clause and no belief."""
    sent = ss.sent
    for cue in ss.cues():
        if not _acts_alone(sent, cue) or any(c.index > cue.verb for c in sent.children(cue.verb, *_CONTENT_RELS)):
            continue
        speaker = ss.subject(cue, set())
        if speaker is not None:
            return cue, speaker
    return None


def _act_object(ss: SentenceContext, cue: _Cue) -> tuple[int, int] | None:
    """What an English speech act is about: its object (``criticized [the plan]``, with a phrase after it:
    ``accused [him of sexism]``) or a ``topic_case`` phrase without the preposition (``talked about [X]``)."""
    sent = ss.sent
    v = cue.verb
    if cue.lemma in lexicon_words("addressee_verb", sent.lang) or cue.lemma in lexicon_words(
        "no_topic_verb", sent.lang
    ):
        return None  # ``told reporters``: the object is the listener; ``responded to the crowd``: no topic
    if any(c.upos == "PRON" for c in sent.children(v, "obj")):
        return None  # ``said nothing about the plan``, ``said it``: what was said is only a pronoun
    topic = lexicon_words("topic_case", sent.lang)
    for c in sent.children(v, "obj", "obl"):
        k = c.index
        if k < v or c.upos in ("PRON", "NUM") or _is_relative(c):
            continue
        lo, hi = _span_words(sent, k)
        time_nouns = lexicon_words("time_noun", sent.lang)
        if sent[hi].lemma.lower() in time_nouns or c.lemma.lower() in time_nouns:
            continue  # ``said last week``: a time adverbial the parser took for the object
        if c.base_rel == "obl":
            case = [w for w in sent.children(k, "case") if w.index < k]
            if not case or case[0].text.lower() not in topic or case[0].index != lo:
                continue
            lo += 1
        elif lo != v + 1 and not (cue.particle is not None and lo == cue.particle + 1):
            continue
        # A prepositional phrase or infinitive right after the object belongs to the act's content.
        for d in sent.children(v, "obl", "xcomp"):
            a, b = _span_words(sent, d.index)
            if a == hi + 1:
                hi = b
        t = _trim(sent, lo, hi)
        if t is not None and sum(not _is_punct(w) for w in sent.words[t[0] : t[1] + 1]) >= 2:
            return t
    return None


def _names_content(sent: ParsedSentence, v: int) -> bool:
    """Whether a speech act states what was said in a noun phrase: ``sprach von einem Fehler``, ``bezeichnete
    den Plan als Fehler`` (a ``topic_case`` phrase), ``nannte den Plan einen Fehler`` (two objects). A bare
    object (``kritisierte den Vertrag``, ``hatte Protest angekündigt``) only names the act's target."""
    topic = lexicon_words("topic_case", sent.lang)
    deps = [c for c in sent.children(v) if c.base_rel in ("obl", "obj", "xcomp", "advcl", "iobj", "nmod")]
    if any(w.text.lower() in topic for d in deps for w in sent.children(d.index, "case", "mark")):
        return True
    return sum(d.base_rel in ("obj", "xcomp", "iobj") for d in deps) >= 2


def _speech_act_content(ss: SentenceContext) -> list[Found]:
    """``Der Verband kritisierte den Plan.`` / ``Sanders criticized the plan.``: a speech act whose content is
    only named, not stated. What is reported follows the language profile's ``speech_act_content``."""
    sent = ss.sent
    if sent.lang not in LANGUAGES or ss.quote_ranges:
        return []
    act = _main_speech_act(ss)
    if act is None:
        return _dependent_acts(ss, None) if profile(sent.lang).speech_act_content == "object" else []
    cue, speaker = act
    conf = SpeechActRule.confidence
    if profile(sent.lang).speech_act_content == "sentence":
        t = _trim(sent, 0, len(sent) - 1)
        if t is None or sent[cue.verb].deprel != "root" or sent[-1].text == "?" or not _names_content(sent, cue.verb):
            return []
        # A sentence reported whole must be the act itself: a passive (``wurde vom Sprecher kritisiert``) names the
        # act's target, a modal (``soll … zustimmen``) a plan. PolNeAR's object contents include both.
        if _passive(sent, cue.verb) or any(
            c.lemma.lower() in lexicon_words("modal", sent.lang) for c in sent.children(cue.verb, "aux")
        ):
            return []
        return [Found(t[0], t[1], speaker, cue.verb, cue.particle, cue.lemma, SpeechActRule.name, conf, True)]
    out = []
    span = _act_object(ss, cue)
    if span is not None:
        out.append(Found(span[0], span[1], speaker, cue.verb, cue.particle, cue.lemma, SpeechActRule.name, conf))
    return out + _dependent_acts(ss, cue)


def _fronted_act(ss: SentenceContext) -> list[Found]:
    """``After blasting [the Drudge Report for linking to …], Glenn Beck doubled down …``, ``Noting that [both Reagan
    and Trump battled staunch opposition …], Schlafly put …``: an ``-ing`` speech verb opening the sentence (after a
    subordinator at most) in an adverbial clause that a comma closes before the main clause's subject; the content
    (its ``that`` clause, else its object) comes first and its source, that subject, after. English order only; the
    clause's end is read by surface order, as the parse often hangs the content clause on the main verb."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        w = sent[v]
        if not cue.raw.entry.kind.is_verb or not w.text.lower().endswith("ing") or v > 2:
            continue
        if any(sent[k].upos not in ("SCONJ", "ADP", "ADV") for k in range(v)):
            continue
        head = sent.head_of(v)
        if head is None or w.base_rel != "advcl" or head.index < v:
            continue
        subjects = [c.index for c in sent.children(head.index, "nsubj") if v < c.index < head.index]
        if not subjects:
            continue
        speaker = subjects[0]
        comma = min(_span_words(sent, k)[0] for k in subjects) - 1
        if comma <= v + 1 or sent[comma].text != ",":
            continue
        lo = _after_adverbials(sent, v + 1, comma - 1)  # ``suggesting on Wednesday that …``
        if 0 < lo < comma and sent[lo].text.lower() in lexicon_words("complementiser", sent.lang):
            span = _trim(sent, lo + 1, comma - 1)
        else:
            obj = _act_object(ss, cue)
            # the object runs on to the clause's first comma (``[the Drudge Report for linking to …],``): the parse
            # hangs its prepositional phrases anywhere
            stop = _next_comma(sent, obj[0], comma) if obj is not None else None
            span = (obj[0], (comma if stop is None else stop) - 1) if obj is not None and obj[0] < comma else None
        if span is None or _quoted(ss, *span):
            continue
        conf = FrontedActRule.confidence
        out.append(Found(span[0], span[1], speaker, v, cue.particle, cue.lemma, FrontedActRule.name, conf))
    return out


# How a speech act below the main clause may hang on its head: ``went on television and chastised Snyder``,
# ``joined the debate, announcing …`` (its subject is the head's). An infinitive as complement (``declined to
# comment on``) was measured at under half right on PolNeAR and stays out; one of purpose (an ``advcl``) counts.
_DEPENDENT_ACT_RELS = frozenset({"conj", "advcl"})


def _dependent_acts(ss: SentenceContext, main: _Cue | None) -> list[Found]:
    """Objects of the further speech acts of a sentence besides its main act (``main``, None when the main clause
    has none): a coordinated verb, an ``-ing`` adverbial or an infinitive of purpose, with a speaker of its own or
    inherited (``Clinton went on television and chastised [Snyder for refusing …]``, ``…, criticizing [the
    fact-checkers]``, ``went on ABC to defend [his staff shake-up]``). A subordinate clause (``after he
    mentioned …``), a past participle (``a plan criticized by …``) or a verb with a content clause is not such an
    act."""
    sent = ss.sent
    out = []
    for cue in ss.cues():
        v = cue.verb
        if (
            (main is not None and cue.verb == main.verb)
            or not cue.raw.entry.kind.is_verb
            or sent[v].base_rel not in _DEPENDENT_ACT_RELS
            or (sent[v].feats.get("VerbForm") == "Part" and sent[v].feats.get("Tense") == "Past")
            or (sent.children(v, "mark") and sent[v].feats.get("VerbForm") != "Inf")
            or any(c.index > v for c in sent.children(v, *_CONTENT_RELS))
        ):
            continue
        speaker = ss.subject(cue, set())
        span = _act_object(ss, cue) if speaker is not None else None
        if span is not None:
            out.append(
                Found(
                    span[0], span[1], speaker, v, cue.particle, cue.lemma, SpeechActRule.name, SpeechActRule.confidence
                )
            )
    return out


def _evidence_subject(sent: ParsedSentence, v: int) -> int | None:
    """The poll, study or record (an ``evidence_noun``) that is the subject of ``v`` or heads its subject phrase
    outside a prepositional phrase (``the poll``, ``A review by The Times``, ``A Washington Post-ABC News poll
    last week``, ``Several polls``), else None."""
    nouns = lexicon_words("evidence_noun", sent.lang)
    for subj in sent.children(v, "nsubj"):
        if subj.index > v:
            continue
        lo, hi = _span_words(sent, subj.index)
        for k in range(lo, min(hi, v - 1) + 1):
            w = sent[k]
            if w.lemma.lower() in nouns and w.upos == "NOUN" and not sent.children(k, "case"):
                return k
    return None


def _findings(ss: SentenceContext) -> list[Found]:
    """``The poll shows [Clinton with a 10-point lead]``, ``A 2009 report found [that a tax would raise …]``: a
    poll, study or record (an ``evidence_noun`` subject) states what follows its verb of finding (an
    ``evidence_verb``), a clause or a noun phrase with its predicate."""
    sent = ss.sent
    verbs = lexicon_words("evidence_verb", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        if cue.lemma not in verbs or (_subordinate(sent, v) and sent[v].deprel != "acl:relcl"):
            continue
        speaker = _evidence_subject(sent, v)
        if speaker is None:
            continue
        hi = _span_words(sent, v)[1] if sent[v].deprel == "acl:relcl" else len(sent) - 1
        lo = v + 1
        hi = min(hi, _trailing_adjunct(sent, v, lo, _content_children(ss, v)))
        speech_verbs = frozenset(c.verb for c in ss.cues())
        hi = _content_tail(sent, lo, _before_trailing_relative(sent, lo, hi), speech_verbs)
        t = _trim(sent, lo, hi)
        if t is None or sum(not _is_punct(w) for w in sent.words[t[0] : t[1] + 1]) < _MIN_CONTENT_WORDS:
            continue
        if sent[t[0]].upos in _FINITE_UPOS or _quoted(ss, *t):
            # ``what polls show [is a lead]``: a relative gap, the finding is the clause around it; a quotation
            # inside is a title or a fragment the quotation rules attribute
            continue
        out.append(Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, FindingRule.name, FindingRule.confidence))
    return out


def _passive_agent(sent: ParsedSentence, v: int) -> int | None:
    """The head of the ``by`` phrase after ``v`` (``obl:agent``, or an ``obl`` opened by an ``agent_case`` word)."""
    for c in sent.children(v, "obl"):
        if c.index > v and (c.deprel == "obl:agent" or _by_phrase(sent, c.index)):
            return c.index
    return None


def _by_phrase(sent: ParsedSentence, k: int) -> bool:
    """Whether the phrase headed by ``k`` is opened by an ``agent_case`` word (``by``)."""
    cases = lexicon_words("agent_case", sent.lang)
    return any(c.text.lower() in cases for c in sent.children(k, "case"))


_NP_RELS = ("det", "amod", "compound", "nmod", "nummod", "flat")
"""Relations of the words before a noun that belong to its phrase."""


def _leading_function_words(sent: ParsedSentence, lo: int, hi: int) -> int:
    """``lo`` moved past the preposition, coordinator or punctuation that opens a phrase's subtree."""
    while lo <= hi and (_is_punct(sent[lo]) or sent[lo].base_rel in ("case", "cc", "mark")):
        lo += 1
    return lo


def _agent_content(sent: ParsedSentence, v: int) -> tuple[int, int] | None:
    """What the agent of ``v`` holds a view on, before ``v``: the noun phrase a participle modifies
    (``[legislative changes] proposed by the government``), or the passive subject (``[This proposal] was
    rejected by 64 percent``)."""
    w = sent[v]
    head = sent.head_of(v)
    if w.deprel == "acl" and head is not None and head.index < v and head.upos in ("NOUN", "PROPN"):
        # the noun phrase only: a noun that is a relative clause's predicate keeps its clause out
        # (``those that had been on the original slate``)
        lo = min([head.index] + [_span_words(sent, c.index)[0] for c in sent.children(head.index, *_NP_RELS)])
        hi = _span_words(sent, v)[0] - 1
    else:
        subjects = [c for c in sent.children(v, "nsubj") if c.deprel == "nsubj:pass" and c.index < v]
        if not subjects:
            return None
        lo, hi = _span_words(sent, subjects[0].index)
        hi = min(hi, v - 1)
    lo = _leading_function_words(sent, lo, hi)
    while hi >= lo and _is_punct(sent[hi]):
        hi -= 1
    return (lo, hi) if lo <= hi else None


def _agent_reports(ss: SentenceContext) -> list[Found]:
    """Content before its source: a speech or attitude verb in the passive whose ``by`` phrase names who holds
    the view (``legislative changes proposed by the government``, ``The measure was rejected by voters``)."""
    sent = ss.sent
    verbs = lexicon_words("attitude_verb", sent.lang)
    out: list[Found] = []
    for w in sent:
        if w.upos != "VERB" or w.lemma.lower() not in verbs or w.deprel == "acl:relcl":
            continue
        if any(sent[k].text.lower() in as_words() for k in range(max(0, w.index - 2), w.index)):
            continue  # ``as (first) reported by the Times``: a parenthetical, the as-clause rule's
        agent = _passive_agent(sent, w.index)
        if agent is None:
            continue
        span = _agent_content(sent, w.index)
        if span is None or _quoted(ss, *span):
            continue
        out.append(Found(span[0], span[1], agent, w.index, None, w.lemma.lower(), AgentRule.name, AgentRule.confidence))
    return out


def _noun_holder(sent: ParsedSentence, n: int) -> int | None:
    """Who a speech noun is of: a possessive before it (``Bradley's proposal``, ``his insistence``) or a ``by``
    phrase after it (``claims by intelligence agencies``)."""
    for c in sent.children(n, "nmod"):
        if c.deprel == "nmod:poss" and c.index < n:
            return c.index
    for c in sent.children(n, "nmod"):
        if c.index > n and _by_phrase(sent, c.index):
            return c.index
    return None


_MAIN_CLAUSE_RELS = frozenset({"root", "conj", "parataxis"})


def _main_clause(sent: ParsedSentence, v: int) -> bool:
    """Whether ``v`` heads the sentence's main clause or one joined to it (``and seems to …``), not a subordinate,
    relative or adverbial clause (``when a protester seemed to stumble``, ``what appears to be``)."""
    w = sent[v]
    if w.deprel not in _MAIN_CLAUSE_RELS or _subordinate(sent, v):
        return False
    head = sent.head_of(v)
    return head is None or w.deprel == "root" or _main_clause(sent, head.index)


def _impression_complement(sent: ParsedSentence, v: int, passive: bool) -> int | None:
    """The complement an impression reports: after a verb of seeming a to-infinitive, a ``that`` clause or a
    ``like`` phrase (``seemed [to be …]``, ``seems [like a fine idea]``); after a passive verb of perceiving only
    an ``as`` phrase (``is seen [as the candidate]``). None without one after the verb."""
    cases = lexicon_words("impression_case", sent.lang)
    for c in sent.children(v):
        if c.index < v:
            continue
        opener = sent[_span_words(sent, c.index)[0]]
        if c.base_rel in ("obl", "advcl", "xcomp") and opener.text.lower() in cases:
            return c.index
        if passive or opener.index <= v:
            continue
        if c.base_rel == "ccomp" or (c.base_rel == "xcomp" and opener.upos == "PART" and opener.base_rel == "mark"):
            # Not a bare adjective (``appeared rattled``, ``didn't seem impressed``): a state the narrator
            # describes, which PolNeAR leaves unmarked
            return c.index
    return None


def _noun_clause(sent: ParsedSentence, n: int, holder: int) -> int | None:
    """The content clause of a speech noun: a ``that``-clause or a ``to``-infinitive after it."""
    for c in sent.children(n, "acl", "ccomp"):
        if c.index < n or c.index == holder or c.deprel == "acl:relcl":
            continue
        for m in sent.children(c.index, "mark"):
            if m.text.lower() in lexicon_words("complementiser", sent.lang) or m.upos == "PART":
                return c.index
    return None


def _nominal_reports(ss: SentenceContext) -> list[Found]:
    """A source right before the content: a speech noun with its holder and a content clause (``Bradley's
    proposal [to cut taxes]``, ``the governor's claim [that …]``, ``claims by the agencies [that …]``)."""
    sent = ss.sent
    nouns = lexicon_words("speech_noun", sent.lang)
    out: list[Found] = []
    for w in sent:
        if w.upos != "NOUN" or w.lemma.lower() not in nouns:
            continue
        holder = _noun_holder(sent, w.index)
        if holder is None:
            continue
        clause = _noun_clause(sent, w.index, holder)
        if clause is None:
            continue
        lo, hi = _span_words(sent, clause)
        lo = max(lo, w.index + 1)
        if w.head > w.index:
            hi = min(hi, w.head - 1)  # ``Bradley's proposal to cut taxes [drew little support]``: the noun's verb
        if sent[lo].text.lower() in lexicon_words("complementiser", sent.lang):
            lo += 1  # left out as the that-clause rule leaves it out; an infinitive keeps its ``to``
        while hi >= lo and _is_punct(sent[hi]):
            hi -= 1
        if hi - lo + 1 < _MIN_CONTENT_WORDS or _quoted(ss, lo, hi):
            continue
        found = Found(lo, hi, holder, w.index, None, w.lemma.lower(), NominalRule.name, NominalRule.confidence)
        # the holder's mention ends before its possessive ``'s``
        marker = [c.index for c in sent.children(holder, "case") if c.index > holder]
        out.append(replace(found, speaker_hi=marker[0] - 1) if marker else found)
    return out


_IMPRESSION_STOPS = frozenset({":", "-", "–", "—", "--"})
"""Punctuation after which the narrator goes on with an example or an aside of his own (``Investors seem to
agree: At one point …``, ``seemed to take on elements of his personality - in particular …``)."""


def _impression_end(sent: ParsedSentence, v: int, lo: int) -> int:
    """The last word of an impression's content: the verb's clause, which takes in a participle or absolute clause
    that goes on describing the impression (``seemed to overstay his welcome, revealing a tendency …``,
    ``appeared to have the most to gain, given her foreign policy experience``), but ends before a clause
    coordinated with the verb (``seemed to be well-known in town, and voters … greeted both``) and before a colon
    or a spaced dash."""
    hi = _span_words(sent, v)[1]
    for c in sent.children(v, "conj", "parataxis"):
        if c.index > lo:
            hi = min(hi, _span_words(sent, c.index)[0] - 1)
    for k in range(lo + 1, hi + 1):
        w = sent[k]
        if w.text in _IMPRESSION_STOPS and (w.text == ":" or w.start > sent[k - 1].end):
            return k - 1
        if w.upos == "CCONJ" and _is_comma(sent[k - 1]) and _own_subject_clause(sent, k):
            return k - 2
    return hi


def _own_subject_clause(sent: ParsedSentence, k: int) -> bool:
    """Whether the coordinator at ``k`` joins a clause with a subject of its own (``, and voters … greeted``)."""
    head = sent.head_of(k)
    return head is not None and any(c.index > k for c in sent.children(head.index, "nsubj", "nsubj:pass", "expl"))


def _expletive_subject(sent: ParsedSentence, v: int) -> bool:
    """``For now, it seems that …``, ``There seems to be …``: an empty subject makes a verb of seeming the writer's
    own hedge on a claim, which the seed and SpkAtt-style annotation leave unmarked; only an impression of
    something the sentence names (``Manafort seemed to …``) is reported."""
    empty = lexicon_words("expletive", sent.lang)
    return any(
        c.base_rel == "expl" or c.text.lower() in empty for c in sent.children(v, "nsubj", "expl") if c.index < v
    )


def _impressions(ss: SentenceContext) -> list[Found]:
    """``Manafort seemed [to be a part of the establishment]``, ``Rubio is seen [as the candidate with the best
    chance]``: the narrator reports an impression or a perception without naming whose (PolNeAR's attributions
    without a source). Only in a main clause outside quotations; the content is the complement, up to where
    the narrator's own additions begin. A passive's agent (``seen by many as``) is the source."""
    sent = ss.sent
    seeming = lexicon_words("impression_verb", sent.lang)
    perceiving = lexicon_words("perceived_as_verb", sent.lang)
    out: list[Found] = []
    for w in sent:
        lemma = w.lemma.lower()
        passive = lemma in perceiving and _passive(sent, w.index)
        if w.upos != "VERB" or not (lemma in seeming or passive) or not _inside(ss, w.index):
            continue
        if not _main_clause(sent, w.index) or _expletive_subject(sent, w.index):
            continue
        comp = _impression_complement(sent, w.index, passive)
        if comp is None:
            continue
        lo = _span_words(sent, comp)[0]
        hi = _impression_end(sent, w.index, lo)
        hi = _content_tail(sent, lo, _before_trailing_relative(sent, lo, hi), frozenset(c.verb for c in ss.cues()))
        t = _trim(sent, lo, hi)
        if t is None or sum(not _is_punct(x) for x in sent.words[t[0] : t[1] + 1]) < _MIN_CONTENT_WORDS:
            continue
        agents = sent.children(w.index, "obl:agent")
        speaker = agents[0].index if agents else None
        out.append(Found(t[0], t[1], speaker, w.index, None, lemma, ImpressionRule.name, ImpressionRule.confidence))
    return out


def _raised_subject(sent: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The subject phrase before ``v`` (active or passive): its nominal subjects (the parse may give ``Mr.`` and
    ``Clinton`` one each), from the first one's phrase to the last one's, before the verb and after a comma that
    ends a fronted clause or adverbial (``While …, [the drafting process] is seen as …``); None for an empty
    subject (``it seems``) or a clause."""
    empty = lexicon_words("expletive", sent.lang)
    heads = [
        c.index
        for c in sent.children(v, "nsubj", "nsubj:pass")
        if c.index < v
        and c.base_rel != "expl"
        and c.text.lower() not in empty
        and c.upos in ("NOUN", "PROPN", "PRON", "DET", "NUM")
    ]
    if not heads:
        return None
    hi = min(_span_words(sent, heads[-1])[1], v - 1)
    first = heads[-1]
    for h in reversed(heads[:-1]):
        if any(_is_comma(sent[k]) for k in range(h, first)):
            break  # ``While a party's platform [tends] …, the process``: a clause the tagger took for a noun
        first = h
    lo = _span_words(sent, first)[0]
    lo = max([lo, *(k + 1 for k in range(lo, first) if _is_comma(sent[k]))])
    return lo, hi


def _passive_report(ss: SentenceContext, v: int) -> bool:
    """``[The plan] is expected [to pass]``, ``[which] is said [to be …]``: a passive speech or belief verb without
    an agent whose content is a ``to``-infinitive after it (the that-clause rule reports the infinitive)."""
    sent = ss.sent
    # The passive needs its auxiliary (``is expected``): the tagger marks active participles passive too.
    if ss.cue_at(v) is None or not sent.children(v, "aux:pass") or sent.children(v, "obl:agent"):
        return False
    return any(
        c.index > v and any(m.upos == "PART" and m.index > v for m in sent.children(c.index, "mark"))
        for c in sent.children(v, "xcomp")
    )


def _raised_subjects(ss: SentenceContext) -> list[Found]:
    """``[Investors] seem [to agree]``, ``[The central bank] is expected [to act]``, ``[which] is said [to be …]``:
    PolNeAR cuts a statement whose source the text does not name at its verb of seeming or passive report and
    keeps the subject as a piece of its own (one group with the complement, which the impression and that-clause
    rules report). This reports that piece, with the complement's speaker (none, or a passive's agent): the whole
    subject phrase, a relative pronoun alone."""
    sent = ss.sent
    seeming = lexicon_words("impression_verb", sent.lang)
    perceiving = lexicon_words("perceived_as_verb", sent.lang)
    out: list[Found] = []
    for w in sent:
        v, lemma = w.index, w.lemma.lower()
        if w.upos != "VERB" or not _inside(ss, v):
            continue
        passive = lemma in perceiving and _passive(sent, v)
        impression = (
            (lemma in seeming or passive)
            and _main_clause(sent, v)
            and not _expletive_subject(sent, v)
            and _impression_complement(sent, v, passive) is not None
        )
        if not impression and not _passive_report(ss, v):
            continue
        subj = _raised_subject(sent, v)
        if subj is None or not all(_inside(ss, k) for k in subj):
            continue
        if subj[0] == subj[1] and (
            _is_relative(sent[subj[0]]) or sent[subj[0]].text.lower() in lexicon_words("relative", sent.lang)
        ):
            t: tuple[int, int] | None = subj  # ``which``, ``that``: _trim would drop a complementiser
        else:
            t = _trim(sent, *subj)
        if t is None:
            continue
        agents = sent.children(v, "obl:agent")
        speaker = agents[0].index if agents else None
        out.append(Found(t[0], t[1], speaker, v, None, lemma, RaisedSubjectRule.name, RaisedSubjectRule.confidence))
    return out


class _SentenceRule:
    """A reported-speech rule over one sentence: ``match`` returns the content stretches it claims."""

    name: str = ""
    languages: frozenset[str] | None = None
    phase = Phase.REPORTED

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        raise NotImplementedError


class AccordingToRule(_SentenceRule):
    """``according to X, …`` / ``laut X …`` / ``X zufolge …`` / ``nach Angaben von X …`` / ``…, so X.``"""

    name = "indirect_according_to"
    confidence = 0.8
    so_confidence = 0.7
    """The German trailing ``…, so X.``: a weaker sign than a source preposition."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _according_to(ctx)


class AsClauseRule(_SentenceRule):
    """``As X pointed out, …`` / ``…, as X said`` / ``Wie X mitteilte, …``: the main clause beside it."""

    name = "indirect_as"
    confidence = 0.85

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _as_clause(ctx)


class ParentheticalRule(_SentenceRule):
    """``Die Lage, sagte der Minister, sei ernst.`` / ``The situation, the minister said, was serious.``"""

    name = "indirect_parenthetical"
    confidence = 0.8

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _parenthetical(ctx)


class ThatClauseRule(_SentenceRule):
    """``X said (that) …`` / ``X agreed, saying that …`` / ``X sagte, dass …`` / ``schlug X vor, dass …``."""

    name = "indirect_that_clause"
    confidence = 0.85
    without_konjunktiv = 0.65
    """German verb-second content after a comma whose finite verbs show no Konjunktiv."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _that_clause(ctx)


class KonjunktivClauseRule(_SentenceRule):
    """German ``sagte X, … gebe es …`` / ``Er sagte, er sei …``: attribution, comma, a finite clause."""

    name = "indirect_konjunktiv"
    languages = frozenset({"de"})
    confidence = 0.85
    without_konjunktiv = 0.65
    infinitive = 0.6
    """A ``zu``-infinitive as the content (``forderte ihn auf, sich zu stellen``): asked or promised, not stated."""

    narration_only = True
    """Not inside a character's quotation (:func:`find_embedded`): there a comma clause after a verb of speaking
    is mostly the speaker's own wish or condition (``…, bin ich fest entschlossen zu sterben``); 15 of its 30
    statements on Redewiedergabe overlapped no segment by half."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _konjunktiv_clause(ctx)


class ContentFirstRule(_SentenceRule):
    """``…, Rao said.`` / ``…, sagte ein Sprecher.``: the content before its attribution."""

    name = "indirect_content_first"
    confidence = 0.75

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _content_first(ctx)


class TrailingTagRule(_SentenceRule):
    """``…, the University of Michigan reported last week.``: a closing tag whose parse broke apart."""

    name = "indirect_trailing_tag"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _trailing_tag(ctx)


class TagThenMoreRule(_SentenceRule):
    """``[…], said DeSantis, who was elected …``: a closing tag that the narrator goes on after."""

    name = "indirect_tag_then_more"
    languages = frozenset({"en"})
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _tag_then_more(ctx)


class RelativeObjectRule(_SentenceRule):
    """``…, which he said Mexico should pay for``: the relative pronoun a speech verb takes as its object."""

    name = "indirect_relative_object"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _relative_object(ctx)


class ProFormRule(_SentenceRule):
    """``neither side would say so``: a speech or belief verb whose content is a pro-form, reported alone."""

    name = "indirect_pro_form"
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _pro_form_content(ctx)


class RelativeGapRule(_SentenceRule):
    """``a deadline [that] insiders said went unnoticed``: a relative word whose place the verb's clause lacks."""

    name = "indirect_relative_gap"
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _relative_gap_surface(ctx)


class FrontedActRule(_SentenceRule):
    """``After blasting [the report], Beck doubled down``: a fronted ``-ing`` speech act; its source, the subject."""

    name = "indirect_fronted_act"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _fronted_act(ctx)


class SurfaceSaidRule(_SentenceRule):
    """``The NFL legend said [people misunderstand Trump].``: subject, speech verb and clause read by surface order
    where the parse broke the tag."""

    name = "indirect_surface_said"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _surface_said(ctx)


class SpeechActRule(_SentenceRule):
    """A speech act without a content clause (``sprach von einem Fehler``, ``denied the report``): the sentence
    or the act's object, as :attr:`~quotekit.lang.profile.LanguageProfile.speech_act_content` says."""

    name = "indirect_speech_act"
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _speech_act_content(ctx)


class FindingRule(_SentenceRule):
    """``The poll shows Clinton with a lead`` / ``A study found that …``: a poll's or record's finding."""

    name = "indirect_finding"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _findings(ctx)


class AgentRule(_SentenceRule):
    """``changes proposed by the government`` / ``was rejected by voters``: content, then its passive agent."""

    name = "indirect_agent"
    # German puts the agent before the participle (``die von der Regierung vorgeschlagenen Änderungen``); not
    # measured there.
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _agent_reports(ctx)


class NominalRule(_SentenceRule):
    """``Bradley's proposal to …`` / ``the president's claim that …``: a speech noun, its holder, its clause."""

    name = "indirect_nominal"
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _nominal_reports(ctx)


class ImpressionRule(_SentenceRule):
    """``Manafort seemed to be …`` / ``Rubio is seen as …``: an impression the narrator reports without a source."""

    name = "indirect_impression"
    confidence = 0.5
    narration_only = True
    """Inside a character's quotation ``seemed to`` is the character's own impression, not a report."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _impressions(ctx)


class RaisedSubjectRule(_SentenceRule):
    """``[Investors] seem to agree`` / ``[The bank] is expected to act``: the subject before a verb of seeming or a
    passive report, a piece of the statement of its own."""

    name = "indirect_raised_subject"
    languages = frozenset({"en"})
    confidence = 0.5
    narration_only = True
    """Inside a character's quotation ``seemed to`` is the character's own impression, not a report."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _raised_subjects(ctx)


def _inside(ss: SentenceContext, k: int) -> bool:
    w = ss.sent[k]
    return not any(a <= w.start < b for a, b in ss.quote_ranges)


def _speech_clauses(ss: SentenceContext) -> list[Found]:
    """Each clause whose verb speaks or thinks (a cue, or a ``thought_verb`` row) without a content clause of its
    own: the words around the verb up to the nearest punctuation (a comma, a dash, a bracket, the sentence's
    end) or the end of the quotation. A clause that frames other words is left to them: one before a colon or a
    nested quotation (``und sagte: ›…‹``), a verb-first tag after a comma (``rief Freund Brétignot``, ``so
    antwortet``), a bare frame of two words (``Ich glaube,``)."""
    sent = ss.sent
    out = []
    verbs: dict[int, _Cue | None] = {c.verb: c for c in ss.cues() if c.raw.entry.kind.inflects}
    thought = lexicon_words("thought_verb", sent.lang)
    for w in sent.words:
        if (
            w.index not in verbs
            and (w.lemma.lower() in thought or w.text.lower() in thought)
            # ``weiß`` is also the adjective ``white`` (``das weiße Kreuz``).
            and (w.upos not in ("NOUN", "PROPN", "DET", "PRON", "ADP", "PUNCT", "ADJ") or _verb_first(sent, w.index))
            and _inside(ss, w.index)
        ):
            verbs[w.index] = None
    for v in sorted(verbs):
        # A content clause of its own makes it a frame; the tag after the marks, which the parse may hang on the
        # quotation's verb (``weißt … ?« fragte die Mutter``), is no content of it.
        if any(_inside(ss, c.index) for c in sent.children(v, *_CONTENT_RELS)):
            continue
        lo = v
        while lo > 0 and not _is_punct(sent[lo - 1]) and _inside(ss, lo - 1):
            lo -= 1
        hi = v
        while hi + 1 < len(sent) and not _is_punct(sent[hi + 1]) and _inside(ss, hi + 1):
            hi += 1
        lo, hi = _own_conjunct(sent, lo, hi, v)
        t = _trim(sent, lo, hi)
        if t is None:
            continue
        cue = verbs[v]
        particle, lemma = (cue.particle, cue.lemma) if cue is not None else (None, sent[v].lemma.lower())
        conf = SpeechClauseRule.confidence
        if _frames_other_words(ss, t[0], t[1], v):
            said = _after_colon(ss, t[1])
            if said is not None:
                # ``da faßt ich mir ein Herz und fragt ihn: was er wohl mein'``: the frame's subject may be its
                # conjunct's.
                speaker = _clause_subject(sent, t[0], t[1], v)
                if speaker is None:
                    speaker = _governing_subject(ss, v)
                out.append(Found(said[0], said[1], speaker, v, particle, lemma, SpeechClauseRule.name, conf))
            continue
        t = _utterance_edges(ss, _dislocated_start(ss, t[0]), _content_after(ss, t[1]))
        speaker = _clause_subject(sent, t[0], t[1], v)
        if speaker is None:
            speaker = _governing_subject(ss, v)
        out.append(Found(t[0], t[1], speaker, v, particle, lemma, SpeechClauseRule.name, conf, True))
    return out


def _utterance_edges(ss: SentenceContext, lo: int, hi: int) -> tuple[int, int]:
    """A speech clause keeps the question or exclamation mark that ends it (``Hat sie schon gerufen?``, ``wie
    lang ich sie weiß?``), the subordinator before it (``daß``, ``als hörte ich …``) and, opening its sentence or
    the quotation's stretch after a tag, the coordinator it opens with (``Und das alles sagst du im Ernst?``), as
    Redewiedergabe marks its segments. A clause that is a whole sentence of the quotation then has
    the extent of the quotation's own segment around the same words (the level-1 segment and its level-2 twin)."""
    sent = ss.sent
    # Opening the sentence or the quotation's stretch after a tag (``sagte der Alte, »als hörte ich …«``).
    k = lo - 2
    while k >= 0 and _is_punct(sent[k]):
        k -= 1
    opens = k < 0 or not _inside(ss, k)
    before = sent[lo - 1] if lo > 0 and _inside(ss, lo - 1) else None
    if before is not None and ((before.upos == "CCONJ" and opens) or _subordinator(before)):
        lo -= 1
    if hi + 1 < len(sent) and sent[hi + 1].text in ("?", "!") and _inside(ss, hi + 1):
        hi += 1
    return lo, hi


def _subordinator(w: Word) -> bool:
    """A complementiser or subordinating conjunction, which Redewiedergabe counts to the reported clause it opens
    (``als hörte ich den Junker Kuno meinen Namen rufen``, ``daß Sie mir … beantworten``)."""
    return w.upos == "SCONJ" or w.text.lower() in lexicon_words("complementiser")


def _verb_first(sent: ParsedSentence, k: int) -> bool:
    """A capitalised verb opening a question or a request, its subject pronoun right after it (``Weißt du es
    gewiß?``, ``Glauben Sie …``), which the tagger takes for a noun by its capital."""
    nxt = sent[k + 1] if k + 1 < len(sent) else None
    opens = k == 0 or _is_punct(sent[k - 1])
    return (
        opens
        and sent[k].upos in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.upos == "PRON"
        and nxt.feats.get("PronType") == "Prs"
        and nxt.feats.get("Case") == "Nom"
    )


def _after_colon(ss: SentenceContext, hi: int) -> tuple[int, int] | None:
    """The words a speech clause ending in a colon introduces without marks of their own (``Denk' doch mal: was
    sollten denn sonst die Weiber anfangen!``, ``ich schwöre es Euch: ehe ich …``), up to the end of the sentence
    or of the quotation: what the inner speaker says or thinks, word for word. A nested quotation after the
    colon is read as a quotation (:func:`~quotekit.extractor._nested_spoken`)."""
    sent = ss.sent
    k = hi + 2
    if k >= len(sent) or sent[hi + 1].text != ":" or not _inside(ss, k) or sent[k].text[:1] in quote_marks().all:
        return None
    end = k
    while end + 1 < len(sent) and _inside(ss, end + 1):
        end += 1
    return _trim(sent, k, end)


def _own_conjunct(sent: ParsedSentence, lo: int, hi: int, v: int) -> tuple[int, int]:
    """The part of a speech clause's words ``lo..hi`` that belongs to its verb ``v``: a coordinator joining
    another verb's clause bounds it (``[Dann schwieg sie wieder] und kam des Abends nicht her``, ``ich gab ihm
    keine Antwort und [wiederholte nur alles]``), and so does the preposition of an infinitive clause the verb
    heads (``ich kann euch nicht auflösen [ohne euch Lebewohl zu sagen]``). Redewiedergabe marks the speech
    clause alone; with the other clause the span overlapped its segment by less than half."""

    def verb_in(a: int, b: int) -> bool:
        return any(w.upos in _FINITE_UPOS for w in sent.words[a:b])

    def joins(w: Word) -> bool:
        # A coordinator of clauses hangs on the next clause's verb, not on a noun (``in Liebe und Freundschaft``).
        return w.upos == "CCONJ" and 0 <= w.head < len(sent) and sent[w.head].upos not in _NOMINAL_UPOS

    for k in range(v + 1, hi + 1):
        if joins(sent[k]) and verb_in(k + 1, hi + 1):
            hi = k - 1
            break

    def opens_phrase(w: Word) -> bool:
        # The parse may hang the coordinator on the first phrase of the verb's clause (``Man nehme sie heraus
        # [und] die Landschaft will nichts mehr sagen``); a noun joined to a noun hangs further down.
        return w.upos == "CCONJ" and 0 <= w.head < len(sent) and sent[w.head].head == v and w.head < v

    openers = lexicon_words("report_opener", sent.lang)
    for k in range(v - 1, lo, -1):
        w = sent[k]
        # A preposition opens an infinitive clause only with its ``zu`` (``ohne euch Lebewohl zu sagen``), not
        # a prepositional object (``ich muß dich [um was] fragen``).
        infinitive = w.upos == "SCONJ" or any(c.upos == "PART" for c in sent.children(v, "mark"))
        opens = w.upos in ("ADP", "SCONJ") and w.text.lower() in openers and infinitive and not verb_in(k + 1, v)
        if (joins(w) or opens or opens_phrase(w)) and verb_in(lo, k):
            lo = k if opens else k + 1
            break
    return lo, hi


def _dislocated_start(ss: SentenceContext, lo: int) -> int:
    """Where a speech clause starts whose object is a demonstrative taking up the words before its comma (``Die
    Geschichte von der Tangerschlacht, [die] weißt du nicht``, ``Alles, was Werth hat, [das] kenne ich ja``):
    the dislocated words are what is known or said, and the segment opens with them, at the last semicolon,
    colon or the start of the sentence or quotation."""
    sent = ss.sent
    w = sent[lo]
    # The verb right after the pronoun: verb-second, so no relative clause (``etwas, das du weißt``).
    dem = "Dem" in w.feats.get("PronType", "").split(",")
    if lo < 2 or lo + 1 >= len(sent) or w.upos != "PRON" or not dem or sent[lo - 1].text != ",":
        return lo
    if sent[lo + 1].upos not in _FINITE_UPOS:
        return lo
    start = lo - 1
    while start > 0 and _inside(ss, start - 1) and sent[start - 1].text not in (";", ":"):
        start -= 1
    t = _trim(sent, start, lo)
    return lo if t is None else t[0]


def _content_after(ss: SentenceContext, hi: int) -> int:
    """Where a speech clause ends when its content follows after a comma that the parse did not hang on its verb
    (``er sagte dann immer, das sei …``, ``doch sagt man, unsere …``, ``nun versichere ich kühn, daß …``): a next
    clause that opens with a complementiser or a question word, or whose finite verb is in the subjunctive, is its
    content, up to the sentence's next semicolon, colon or end inside the quotation. Redewiedergabe marks frame
    and content as one segment; the frame alone overlapped it by less than half."""
    sent = ss.sent
    if hi + 2 >= len(sent) or sent[hi + 1].text != "," or not _inside(ss, hi + 2):
        return hi
    nxt = sent[hi + 2]
    end = hi + 2
    while end + 1 < len(sent) and not _is_punct(sent[end + 1]) and _inside(ss, end + 1):
        end += 1
    opens = nxt.text.lower() in lexicon_words("content_opener", sent.lang)
    asks = nxt.feats.get("PronType") == "Int"
    subjunctive = any(w.upos in _FINITE_UPOS and _konjunktiv(w) for w in sent.words[hi + 2 : end + 1])
    if not (opens or asks or subjunctive):
        return hi
    while end + 1 < len(sent) and sent[end + 1].text not in (";", ":") and _inside(ss, end + 1):
        end += 1
    t = _trim(sent, hi + 2, end)
    return hi if t is None else t[1]


def _clause_subject(sent: ParsedSentence, lo: int, hi: int, v: int) -> int | None:
    """The speaker of a speech clause, inside it: the verb's subject when it is a person-like word, else the
    first personal pronoun in the nominative (the compact parse hangs ``du`` of ``Das mußt du mir erzählen`` off
    the modal, and takes the object ``das``/``was`` of ``was ich dir sage`` for the subject), else a nominative
    noun, else whatever subject the parse gave."""
    span = range(lo, hi + 1)
    # The one spoken to is no speaker (``um dir das Todesurteil zu sprechen``, tagged nominative).
    objects = lexicon_words("object_pronoun", sent.lang)
    subjects = [c.index for c in sent.children(v, "nsubj") if c.index in span and c.text.lower() not in objects]
    nominative = [
        k
        for k in span
        if sent[k].feats.get("Case") == "Nom"
        and sent[k].upos in ("PRON", "NOUN", "PROPN")
        and sent[k].text.lower() not in objects
    ]
    person = _person_subject(sent, subjects)
    if person is not None:
        return person
    for k in subjects:
        if sent[k].upos in ("NOUN", "PROPN") or sent[k].feats.get("PronType") == "Prs":
            return k
    personal = [k for k in nominative if sent[k].feats.get("PronType") == "Prs" and sent[k].lemma.lower() != "es"]
    nouns = [k for k in nominative if sent[k].upos in ("NOUN", "PROPN")]
    found = personal or nouns or subjects
    return found[0] if found else None


_GOVERNED_RELS = frozenset({"conj", "xcomp", "advcl"})


def _governing_subject(ss: SentenceContext, v: int) -> int | None:
    """The speaker of a speech clause without a subject of its own, from the clause it hangs on inside the
    quotation: the verb it is coordinated with (``ich gab ihm keine Antwort und [wiederholte nur alles]``), the
    verb an infinitive depends on (``ich kann euch nicht auflösen, [ohne euch Lebewohl zu sagen]``), or the
    auxiliary the parse hung the subject on (``Ich will Ihnen, …, [dies Stück meines Lebens mitteilen]``). A
    person only, up through three such clauses."""
    sent = ss.sent
    objects = lexicon_words("object_pronoun", sent.lang)
    k = v
    for _ in range(_CONTROL_DEPTH):
        held = [c for a in sent.children(k, "aux") for c in sent.children(a.index, "nsubj")]
        found = [c.index for c in [*sent.children(k, "nsubj"), *held] if _inside(ss, c.index)]
        person = _person_subject(sent, [c for c in found if sent[c].text.lower() not in objects])
        if person is not None:
            return person
        if k != v:
            # The clause governing it names its subject with a noun the role lists lack (``Ein Freund, der …,
            # hat uns einen Paß verschafft, mich an Euch angewiesen``).
            nouns = [c for c in found if sent[c].upos in ("NOUN", "PROPN") and speaker_rank(sent, c) > 0]
            if not found and sent[k].upos == "VERB":
                # no subject at all: a noun the parse marks nominative but made an object (``Schon versammeln
                # sich die Feen, um dir das Todesurteil zu sprechen``)
                nouns = [c for c in _nominative_objects(sent, k) if _inside(ss, c)]
            if nouns:
                return nouns[0]
        head = sent.head_of(k)
        if head is None or sent[k].base_rel not in _GOVERNED_RELS or not _inside(ss, head.index):
            return None
        k = head.index
    return None


def _nominative_objects(sent: ParsedSentence, v: int) -> list[int]:
    """Nouns hung on ``v`` as objects after it, whose phrase the parse marks nominative and for no other case: a
    subject after its verb (a predicate noun before it, ``das ist der Fleck, wo …``, is none)."""
    out = []
    for c in sent.children(v, "obj"):
        if c.index < v or sent.children(c.index, "cop"):
            continue
        marked = [c, *sent.children(c.index, "det")]
        cases = {w.feats.get("Case") for w in marked if w.feats.get("Case")}
        if c.upos in ("NOUN", "PROPN") and cases == {"Nom"}:
            out.append(c.index)
    return out


def _person_subject(sent: ParsedSentence, subjects: Sequence[int]) -> int | None:
    """Of a speech verb's subjects, the first that is a person (a personal pronoun, ``man``, a name or a role
    noun): the compact parse gives a fronted object a subject's relation too (``[Die Worte] hab [ich] nimmer
    vergessen können``)."""
    for k in subjects:
        w = sent[k]
        pronoun = w.upos == "PRON" and w.feats.get("PronType") in ("Prs", "Ind") and w.lemma.lower() != "es"
        if pronoun or (w.upos in ("NOUN", "PROPN") and speaker_rank(sent, k) == PERSON_RANK):
            return k
    return None


_FRAME_PUNCT = (",", ";", "–", "—", "-", "--")


def _frames_other_words(ss: SentenceContext, lo: int, hi: int, v: int) -> bool:
    sent = ss.sent
    n = sum(1 for w in sent.words[lo : hi + 1] if not _is_punct(w))
    after = sent[hi + 1].text if hi + 1 < len(sent) else ""
    if after == "?":
        return False  # a question asks about the speech or thought (``meinst du?``) and frames nothing
    # ``Ich glaube, …`` frames its content. Verbs of knowing (``ich weiß, …``, ``Weißt du, Amalie?``) are framed
    # the same way, and letting them through found 2 right of 8 on Redewiedergabe.
    # A nested quotation's opening mark lies outside the holder's words; the holder's own closing mark, inside
    # them, ends the clause and frames nothing (``»Wir reden natürlich nicht davon«, sagte sie``).
    nested_after = bool(after) and after[0] in quote_marks().all and not _inside(ss, hi + 1)
    if after == ":" or nested_after or (n <= 2 and after in _FRAME_PUNCT):
        return True
    # Right after a nested quotation's closing mark, the clause is that quotation's tag (``als einer der Matrosen
    # plötzlich „Land!“ rief``): only the nested quotation's marks lie outside the holding one's words.
    if lo > 0 and not _inside(ss, lo - 1) and sent[lo - 1].text[:1] in quote_marks().all:
        return True
    # A verb-first tag after a comma or dash (``sagte eine Frau``, ``so antwortet``, with its finite auxiliary
    # first: ``hat der Fuchs gemeint``, ``läßt Ihm die Frau Amtmännin sagen``) tags the words before it.
    first = v == lo or (v == lo + 1 and sent[lo].upos in ("ADV", "CCONJ"))
    if lo > 0 and sent[lo - 1].text in _FRAME_PUNCT and first and n <= 4:
        return True
    return (
        lo > 0
        and sent[lo - 1].text == ","
        and after in (",", "")
        and n <= 6
        # the finite verb first and the speech verb last: the tag's word order (``hat der Fuchs gemeint``)
        and sent[lo].upos in _FINITE_UPOS
        and sent[lo].feats.get("VerbForm") not in ("Inf", "Part")
        and v == hi
        # a noun after the verb, a tag's speaker (a conditional ``kenne ich etwas nicht, so …`` has none)
        and any(sent[k].upos in ("NOUN", "PROPN") for k in range(lo + 1, v))
    )


class SpeechClauseRule(_SentenceRule):
    """Inside a character's quotation only (:func:`find_embedded`): a clause that speaks or thinks without
    content of its own (``ich frage sonst nicht viel``, ``Du meinst Liebe.``), which Redewiedergabe annotates
    as reported speech or thought of the speaker inside the quotation. See :func:`_speech_clauses`."""

    name = "reported_clause"
    confidence = 0.5
    embedded = True

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _speech_clauses(ctx)


class KonjunktivContinuationRule:
    """German: a sentence with no cue of its own whose finite verb is Konjunktiv I, right after a reported
    statement, continues it (same speaker). See :func:`_continuation`."""

    name = "indirect_konjunktiv_continuation"
    languages = frozenset({"de"})
    phase = Phase.REPORTED_CONTINUATION
    max_confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement, /) -> ReportedStatement | None:
        return _continuation(ctx.text, previous, ctx, ctx.quote_ranges)


class KonjunktivResumptionRule:
    """German: a Konjunktiv-I sentence after the chain broke (a quotation, or a sentence whose report was not
    found, stood in between) goes on with the last reported statement's speaker, up to :data:`_RESUMPTION_GAP`
    characters back. Only Konjunktiv I counts here, which reports by itself; Konjunktiv II and ``soll`` do not.
    The driver gives it the last statement found, not the live chain (``after_break``); with none found before, the
    sentence is still reported, without a speaker (free indirect speech whose source the reader infers)."""

    name = "indirect_konjunktiv_resumption"
    languages = frozenset({"de"})
    phase = Phase.REPORTED_CONTINUATION
    after_break = True
    max_confidence = 0.5

    def match(self, ctx: SentenceContext, previous: ReportedStatement, /) -> ReportedStatement | None:
        return _continuation(ctx.text, previous, ctx, ctx.quote_ranges, resumed=True)


class AnaphoricContentRule:
    """``Die Bahn stellt den Betrieb ein. Dies teilte ein Sprecher mit.``: a sentence that opens with an anaphoric
    pronoun (the ``anaphoric_content`` rows of data/function_words.tsv: ``dies``, ``das``) as the object of a speech
    verb, or as the subject of its passive, and has no content of its own reports the sentence before it, spoken
    by the verb's speaker. Languages without such rows are untouched. Known failure: ``Das sagte er schon
    gestern.`` after a sentence that is not what he said."""

    name = "indirect_anaphoric_content"
    languages = None
    phase = Phase.REPORTED_CONTINUATION
    reads_previous_sentence = True
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> ReportedStatement | None:
        return _anaphoric_content(ctx, self.confidence)


def _anaphoric_content(ss: SentenceContext, confidence: float) -> ReportedStatement | None:
    sent, before = ss.sent, ss.previous
    if before is None or not len(before) or sent[0].text.lower() not in lexicon_words("anaphoric_content", sent.lang):
        return None
    cue = ss.cue_at(sent[0].head) if sent[0].head is not None else None
    if cue is None or sent[0].base_rel not in ("obj", "nsubj"):
        return None
    if any(c.feats.get("Polarity") == "Neg" for c in sent.children(cue.verb)):
        return None  # ``Das sagte er nicht.``: denied, not reported
    # The parser often makes the opening pronoun the subject; the speaker then stands after the verb
    # (``Dies teilte der Geschäftsführer mit``), or the verb is passive (``Das wurde von X bestätigt``).
    speaker = ss.subject(cue, {0})
    if speaker is None or speaker == 0:
        after = [c.index for c in sent.children(cue.verb, "nsubj", "obj") if c.index > cue.verb]
        speaker = next((k for k in after if is_nominal(sent[k], sent.lang)), None)
        if speaker is None:
            speaker = ss._surface_subject(cue.verb, {0})
    if speaker is None or (sent[0].base_rel == "nsubj" and speaker < cue.verb and not _passive(sent, cue.verb)):
        return None
    t = _trim(before, 0, len(before) - 1)
    if t is None or not _has_clause(before, *t):
        return None
    start, end = before[t[0]].start, before[t[1]].end
    if ss.previous_quotes:
        return None  # a sentence with a quotation in it has its speaker from the quotation rules
    m = expand_mention(sent, speaker, blocked=ss.quote_ranges)
    if m is None:
        return None
    c = cue.raw
    c_end = sent[cue.particle].end if cue.particle is not None else sent[cue.verb].end
    return ReportedStatement(
        start=start,
        end=end,
        speaker=(m.start, m.end),
        mention_kind=m.kind,
        cue=(sent[c.word].start, max(c_end, sent[c.word].end), cue.lemma),
        sieve=AnaphoricContentRule.name,
        confidence=confidence,
    )


REPORTED_RULES: tuple[Rule, ...] = (
    AccordingToRule(),
    AsClauseRule(),
    ParentheticalRule(),
    FindingRule(),
    ThatClauseRule(),
    KonjunktivClauseRule(),
    ContentFirstRule(),
    TrailingTagRule(),
    TagThenMoreRule(),
    RelativeObjectRule(),
    ProFormRule(),
    RelativeGapRule(),
    FrontedActRule(),
    SpeechActRule(),
    ImpressionRule(),
    RaisedSubjectRule(),
    SurfaceSaidRule(),
    SpeechClauseRule(),
    NominalRule(),
    AgentRule(),
    AnaphoricContentRule(),
    KonjunktivContinuationRule(),
    KonjunktivResumptionRule(),
)
"""The reported-speech rules in the order they claim content (the default chain's last two phases)."""


# --- driver -----------------------------------------------------------------------------------------------


def _quoted_share(start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> float:
    if end <= start:
        return 0.0
    covered = 0
    for qs, qe in quote_ranges:
        covered += max(0, min(end, qe) - max(start, qs))
    return min(1.0, covered / (end - start))


_SENTENCE_END = (".", "!", "?", "…")


def _runs_on_from_quote(text: str, start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> bool:
    """Content that opens inside a quotation whose words end a sentence (``„… aller Zeiten!“``) or that a tag
    follows (:func:`_tag_follows`), and goes on past its marks: the sentence splitter ran the quotation's last
    sentence into the narration after it (``„… aller Zeiten!“ 1300 Polizisten waren im Einsatz.``), and a rule
    took the two for one clause. Neither part is
    reported speech of the rule's cue: the words in marks are the quotation's, the narration after it nobody's."""
    closing = "".join(quote_marks().closing)
    for qs, qe in quote_ranges:
        if not qs < start < qe < end:
            continue
        if text[qs:qe].rstrip().rstrip(closing).endswith(_SENTENCE_END) or _tag_follows(text, qe):
            return True
    return False


def _tag_follows(text: str, qe: int) -> bool:
    """Whether the quotation whose closing mark ends at ``qe`` is followed by a comma or semicolon, as German
    dialogue tags are (``»Die schlafen«, rief die Katze``). Content that opens inside such a quotation and runs
    on past it took the tag and the turns after it for one clause (``Die schlafen«, rief die kleine Katze
    herunter … »Junge«, sagte der Mond``): the words in marks are the tag's speaker's, not a reported statement
    of a later cue. A lower-case word right after the mark is no sign of a tag: English news goes on with the
    sentence (``saying that “bombastic comments” do more harm``, a statement that rightly opens in the marks)."""
    if text[qe - 1] not in quote_marks().closing:
        return False
    rest = text[qe : qe + 3].lstrip()
    return rest[:1] in (",", ";")


def _ends_in_introduced_quote(text: str, start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> bool:
    """Content that ends inside a quotation opened after a colon or a finished sentence within the content
    (``Besorgt äußerte sich X: „Wir befürchten das Schlimmste“, sagte er``, ``… in Halle 4. „Vielfalt ist Programm“,
    erklärte Zille``): the tag after the marks introduces that quotation, which the quotation rules report, and
    the narration before it is nobody's words. A fragment that ends the content without such a break (``Die Lage
    sei „sehr ernst“, sagte er``) stays part of it. Asked of content before its tag and of continuations."""
    for qs, qe in quote_ranges:
        if start < qs and qs + 1 < end <= qe:
            lead = text[start:qs].rstrip()
            if lead.endswith(":") or lead.rstrip("".join(quote_marks().closing)).endswith(_SENTENCE_END):
                return True
    return False


def _statement(
    text: str, sent: ParsedSentence, f: Found, quote_ranges: Sequence[tuple[int, int]]
) -> ReportedStatement | None:
    start, end = sent[f.lo].start, sent[f.hi].end
    if _runs_on_from_quote(text, start, end, quote_ranges):
        return None
    # Only a speech tag after the content introduces the quotation that ends it; a cue before the content or a
    # source after it reports the whole (``said that Muslims have two choices: “You either leave …”``, ``One message
    # said: “…,” according to a letter``: mixed statements).
    if f.sieve in (ContentFirstRule.name, TagThenMoreRule.name) and _ends_in_introduced_quote(
        text, start, end, quote_ranges
    ):
        return None
    share = _quoted_share(start, end, quote_ranges)
    if share >= _MAX_QUOTED_SHARE:
        return None
    speaker: tuple[int, int] | None = None
    kind = MentionKind.NOMINAL
    if f.speaker is not None:
        m = expand_mention(sent, f.speaker, blocked=quote_ranges)
        if m is not None and f.speaker_hi is not None and m.end > sent[f.speaker_hi].end:
            m = replace(m, end=sent[f.speaker_hi].end)
        if m is None:
            return None
        m_end = m.end
        if m.start < start < m_end and sent[f.speaker].end <= start and not f.speaker_inside:
            # The parse hung the content on the source noun (``nach Angaben der Polizei zu Rangeleien``): the
            # mention ends where the content begins.
            m_end = start
            while m_end > m.start and text[m_end - 1] in " ,":
                m_end -= 1
        if m.start < end and start < m_end and not f.speaker_inside:
            return None
        speaker, kind = (m.start, m_end), m.kind
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
        confidence=round(f.confidence * (MIXED_FACTOR if share > 0 else 1.0), 3),
        kind="mixed" if share > 0 else "indirect",
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _has_source_word(sent: ParsedSentence) -> bool:
    return sent.lang in LANGUAGES and any(w.text.lower() in _source_phrases(sent.lang).source_words for w in sent)


def _reportative(sent: ParsedSentence, finite: Sequence[Word]) -> bool:
    """``Der Mann soll … geflohen sein``: a finite reportative modal with a perfect infinitive after it. With a
    present infinitive (``sollen … investiert werden``) it states a plan, not hearsay."""
    modals = [w for w in finite if w.text.lower() in lexicon_words("reportative", sent.lang)]
    if not modals:
        return False
    after = [w for w in sent.words[modals[0].index + 1 :] if not _is_punct(w)]
    aux = lexicon_words("perfect_aux", sent.lang)
    return any(
        w.text.lower() in aux and k > 0 and after[k - 1].feats.get("VerbForm") == "Part" for k, w in enumerate(after)
    )


def _reports_by_mood(sent: ParsedSentence) -> bool:
    """Whether the main clause reports by its grammar alone: a Konjunktiv-I finite verb, reportative ``soll`` +
    perfect infinitive, or Konjunktiv II standing in for an I that looks indicative (``sie hätten``; not ``würde``,
    ``könnte``, which mostly state a hypothesis) when no condition (``wenn``, ``falls``) makes it hypothetical."""
    root = sent.root()
    finite = [w for w in sent if w.upos in _FINITE_UPOS and (root is None or w.head in (root.index, -1))]
    k2 = lexicon_words("konjunktiv2")
    if any(_konjunktiv(w) and w.text.lower() not in k2 for w in finite) or _reportative(sent, finite):
        return True
    if any(w.text.lower() in lexicon_words("conditional", sent.lang) for w in sent):
        return False
    return any(w.text.lower() in lexicon_words("konjunktiv2_report", sent.lang) for w in finite)


def _konjunktiv1_main(sent: ParsedSentence) -> bool:
    """Whether a finite verb of the main clause is Konjunktiv I (``sei``, ``habe``, ``gebe``), the mood that marks
    reported speech unambiguously; Konjunktiv II and ``soll`` also state hypotheses and plans."""
    root = sent.root()
    k2 = lexicon_words("konjunktiv2")
    return any(
        w.upos in _FINITE_UPOS
        and (root is None or w.head in (root.index, -1))
        and _konjunktiv(w)
        and w.text.lower() not in k2
        for w in sent
    ) and not any(w.text.lower() in lexicon_words("conditional", sent.lang) for w in sent)


def _continuation(
    text: str,
    prev: ReportedStatement,
    ss: SentenceContext,
    quote_ranges: Sequence[tuple[int, int]],
    *,
    resumed: bool = False,
) -> ReportedStatement | None:
    """German reported speech runs on in Konjunktiv I: ``Die Suche sei eingestellt worden.`` after a statement.

    A German main clause in Konjunktiv I reports someone's words by its grammar alone, so one sentence of
    narration may stand between it and the statement it continues (at most :data:`_CONTINUATION_GAP`
    characters, same paragraph).
    """
    sent = ss.sent
    gap = _RESUMPTION_GAP if resumed else _CONTINUATION_GAP
    if not profile(sent.lang).reported_mood or "\n" in text[prev.end : sent.start] or sent.start - prev.end > gap:
        return None
    # A sentence with an attribution of its own (a speech verb, ``laut``, ``zufolge``) starts something new.
    if ss.cues() or _has_source_word(sent) or (resumed and ss.quote_ranges):
        return None
    if not (_konjunktiv1_main(sent) if resumed else _reports_by_mood(sent)):
        return None
    t = _trim(sent, 0, len(sent) - 1)
    if t is None or not _has_clause(sent, *t):
        return None
    start, end = sent[t[0]].start, sent[t[1]].end
    if _runs_on_from_quote(text, start, end, quote_ranges) or _ends_in_introduced_quote(text, start, end, quote_ranges):
        return None
    share = _quoted_share(start, end, quote_ranges)
    if share >= _MAX_QUOTED_SHARE:
        return None
    return ReportedStatement(
        start=start,
        end=end,
        speaker=prev.speaker,
        mention_kind=prev.mention_kind,
        cue=None,
        sieve=KonjunktivResumptionRule.name if resumed else KonjunktivContinuationRule.name,
        confidence=round(
            min(prev.confidence, KonjunktivResumptionRule.max_confidence)
            if resumed
            else min(prev.confidence, KonjunktivContinuationRule.max_confidence),
            3,
        ),
        kind="mixed" if share > 0 else "indirect",
    )


SPEECH_ACT_CONFIDENCE = 0.6
"""Confidence of a Konjunktiv sentence continuing a speech act that had no content of its own."""


def _speech_act(ss: SentenceContext) -> ReportedStatement | None:
    """The anchor a contentless speech act leaves for the continuation rule: its speaker, at the sentence end
    (whether the act itself is reported is :class:`SpeechActRule`'s decision)."""
    sent = ss.sent
    for cue in ss.cues():
        if not _acts_alone(sent, cue):
            continue
        head = ss.subject(cue, set())
        m = expand_mention(sent, head, blocked=ss.quote_ranges) if head is not None else None
        if m is None:
            continue
        return ReportedStatement(
            start=sent.end,
            end=sent.end,
            speaker=(m.start, m.end),
            mention_kind=m.kind,
            cue=(sent[cue.verb].start, sent[cue.verb].end, cue.lemma),
            sieve="speech_act",
            confidence=SPEECH_ACT_CONFIDENCE,
        )
    return None


def find_indirect(
    text: str,
    sentences: Sequence[ParsedSentence],
    quote_ranges: Sequence[tuple[int, int]],
    rules: Sequence[Rule] = REPORTED_RULES,
    quote_speakers: Sequence[tuple[int, int, tuple[int, int], MentionKind]] = (),
    *,
    embedded: bool = False,
) -> list[ReportedStatement]:
    """Reported statements without quotation marks, in text order.

    ``quote_ranges`` are the quotations of the document, marks included; content that lies mostly inside them
    is a direct or mixed quotation and is not reported here. ``rules`` are the chain's rules; those of the
    ``REPORTED`` phases run, in their order. ``quote_speakers`` are the attributed quotations (start, end, speaker
    offsets, mention kind): a Konjunktiv-I sentence after a quotation may resume with its speaker. Never raises on
    odd parses: a sentence whose words confuse a rule yields nothing from that rule.
    """
    sentence_rules = [r for r in rules if r.phase is Phase.REPORTED and (embedded or not _embedded_only(r))]
    continuation_rules = [r for r in rules if r.phase is Phase.REPORTED_CONTINUATION]
    out: list[ReportedStatement] = []
    last: ReportedStatement | None = None
    recent: ReportedStatement | None = None  # the last statement found, kept across a break of the chain
    quote_index = SpanIndex(quote_ranges)
    by_start = sorted(quote_speakers, key=lambda q: q[0])
    before: ParsedSentence | None = None
    for sent in sorted(sentences, key=lambda s: s.start):
        if not len(sent):
            continue
        previous, before = before, sent
        # Only the quotes that overlap this sentence matter to its words, mentions and quoted share.
        ss = SentenceContext(text, sent, quote_index.overlapping(sent.start, sent.end))
        if previous is not None and not text[previous.end : sent.start].strip():
            ss.previous = previous
            ss.previous_quotes = quote_index.overlapping(previous.start, previous.end)
        found_here = _claim(ss, sentence_rules, last, embedded=embedded)
        if not found_here:
            found_here, last, recent = _carry_on(ss, continuation_rules, out, last, recent)
        found_here.sort(key=lambda s: s.start)
        out.extend(found_here)
        if found_here:
            last = recent = found_here[-1]
        elif _has_source_word(sent):
            last = recent = None  # a new source: the chain breaks and no later sentence resumes it
        elif ss.quote_ranges:
            # A quotation breaks the chain; a Konjunktiv-I sentence after it may resume with its speaker.
            last = None
            recent = _quote_anchor(sent, by_start) or recent
        elif ss.cues():
            # A speech act without content (``Er kritisierte den Plan.``): what follows in Konjunktiv is its
            # content, so it starts a chain of its own; without a speaker it only breaks the old one.
            last = recent = _speech_act(ss)
    return out


def _carry_on(
    ss: SentenceContext,
    rules: Sequence[Rule],
    out: list[ReportedStatement],
    last: ReportedStatement | None,
    recent: ReportedStatement | None,
) -> tuple[list[ReportedStatement], ReportedStatement | None, ReportedStatement | None]:
    """The continuation rules on a sentence no sentence rule found content in: the first answer decides. Returns
    the new statements and the chain's ``last`` and ``recent``; a run-on continuation extends ``out[-1]`` instead."""
    text, sent = ss.text, ss.sent
    for rule in rules:
        if not applies_to(rule, sent.lang):
            continue
        if reads_previous_sentence(rule):
            # Its content is the sentence before, unless a statement already holds it.
            taken = bool(out) and ss.previous is not None and out[-1].end > ss.previous.start
            back = None if taken else rule.match(ss, last)
            if back is not None:
                return [back], last, recent
            continue
        # A rule marked ``after_break`` reads the last statement found, and only once the chain broke;
        # with none found yet, a sourceless anchor at the sentence (the content has no speaker).
        prev = ((recent or _no_source(sent)) if last is None else None) if after_break(rule) else last
        cont = rule.match(ss, prev) if prev is not None else None
        if cont is None:
            continue
        if out and out[-1] is last and _runs_on(text, last, cont):
            # The corpora mark a run of Konjunktiv sentences as one statement, not one per sentence.
            out[-1] = last = recent = replace(last, end=cont.end)
            return [], last, recent
        return [cont], last, recent
    return [], last, recent


def _clipped(text: str, st: ReportedStatement, end: int, nested: Sequence[tuple[int, int]]) -> ReportedStatement:
    """``st`` ending at ``end`` at the latest, without the punctuation before it."""
    while end > st.start and text[end - 1] in " ,;:–—":
        end -= 1
    return replace(st, end=end, kind="mixed" if _quoted_share(st.start, end, nested) > 0 else "indirect")


def _clause_stop(text: str, st: ReportedStatement) -> int | None:
    """The first semicolon or colon inside the statement's content; None without one."""
    k = min((i for i in (text.find(";", st.start, st.end), text.find(":", st.start, st.end)) if i >= 0), default=-1)
    return k if k > st.start else None


def _narration_only(rule: Rule) -> bool:
    """Whether a rule stays out of the quotations (:func:`find_embedded`)."""
    return bool(getattr(rule, "narration_only", False))


def _embedded_only(rule: Rule) -> bool:
    """Whether a rule runs only inside quotations (:func:`find_embedded`)."""
    return bool(getattr(rule, "embedded", False))


def reads_previous_sentence(rule: Rule) -> bool:
    """Whether a continuation rule reports the sentence before the current one (an anaphor points back to it)."""
    return bool(getattr(rule, "reads_previous_sentence", False))


def after_break(rule: Rule) -> bool:
    """Whether a continuation rule reads the last statement found after the chain broke, not the live chain."""
    return bool(getattr(rule, "after_break", False))


NO_SOURCE_CONFIDENCE = 0.4
"""Confidence of a Konjunktiv-I sentence reported with no statement before it to take a speaker from."""


def _no_source(sent: ParsedSentence) -> ReportedStatement:
    """The anchor of a Konjunktiv-I sentence with no earlier statement: no speaker, right at the sentence."""
    return ReportedStatement(sent.start, sent.start, None, MentionKind.NOMINAL, None, "none", NO_SOURCE_CONFIDENCE)


QUOTE_ANCHOR_CONFIDENCE = 0.6
"""Confidence of the anchor a quotation's speaker leaves for a Konjunktiv-I sentence after it."""


def _quote_anchor(
    sent: ParsedSentence, by_start: Sequence[tuple[int, int, tuple[int, int], MentionKind]]
) -> ReportedStatement | None:
    """The anchor the last attributed quotation of ``sent`` leaves: its speaker, at the sentence end.
    ``by_start`` are the attributed quotations ordered by start (stably), searched by bisection: a scan of all
    of them per sentence grows with the square of a long document's length."""
    j = bisect_left(by_start, sent.end, key=lambda q: q[0])
    if j == 0 or by_start[j - 1][0] < sent.start:
        return None
    # Of quotations starting at the same offset, the first given, as max() over them would pick.
    _, _, speaker, kind = by_start[bisect_left(by_start, by_start[j - 1][0], key=lambda q: q[0])]
    return ReportedStatement(
        start=sent.end,
        end=sent.end,
        speaker=speaker,
        mention_kind=kind,
        cue=None,
        sieve="quote",
        confidence=QUOTE_ANCHOR_CONFIDENCE,
    )


def _runs_on(text: str, prev: ReportedStatement, cont: ReportedStatement) -> bool:
    """Whether ``cont`` goes on with ``prev``, itself a continuation: same rule and speaker, nothing between."""
    return (
        prev.sieve == cont.sieve
        and prev.speaker == cont.speaker
        and prev.kind == cont.kind
        and not text[prev.end : cont.start].strip()
    )


_OBJECT_RELS = frozenset({"obj", "iobj", "obl"})


def _nominative_dependent(sent: ParsedSentence, v: int, taken: int) -> int | None:
    """The subject of speech verb ``v`` other than word ``taken``: a subject of the verb or of its infinitive
    (the compact parse hangs ``Ich`` on an adverb it made an ``xcomp``: ``Ich habe einstweilen deinem Vater
    nichts gesagt``), else a phrase it marks nominative after the verb whatever its relation (``ermahnte mich
    Freund Brétignot``, the name made an object)."""
    heads = [v, *(c.index for c in sent.children(v, "xcomp"))]
    for h in heads:
        for c in sent.children(h, "nsubj"):
            if c.index != taken and not any(object_form(sent, c.index)):
                return c.index
    for c in sent.children(v):
        nominative = any("Nom" in w.feats.get("Case", "") for w in (c, *sent.children(c.index, "det")))
        if c.index != taken and c.upos in ("NOUN", "PROPN") and nominative and not any(object_form(sent, c.index)):
            return c.index
    return None


def nominative_speaker(sent: ParsedSentence, head: int, cue_start: int) -> Mention | None:
    """The speaker mention of a quotation inside a character's speech whose speaker head is ``head`` and whose
    cue starts at ``cue_start``: as found, unless it is an object (``so schrie man mir nach ›Seht die
    Übermütige!‹``), when the cue's nominative subject replaces it (see :func:`_nominative_speaker`); None when
    there is none."""
    cue = next((w.index for w in sent if w.start == cue_start), None)
    k: int | None = head
    bare_object = sent[head].base_rel in _OBJECT_RELS and not sent[head].feats.get("Case")
    if bare_object or any(object_form(sent, head)):
        k = None if cue is None else _nominative_dependent(sent, cue, head)
    return None if k is None else expand_mention(sent, k)


def _nominative_speaker(sent: ParsedSentence, f: Found) -> Found:
    """Inside a character's speech, a speaker in the dative or accusative is the one spoken to or about
    (``Ich habe einstweilen deinem Vater nichts gesagt``, ``Thun Sie mir nur den Gefallen, ermahnte mich Freund
    Brétignot``; ``Jch habe oft eure Leiden beklagt``, an object without case): the verb's nominative subject
    speaks, or nobody the clause names."""
    k = f.speaker
    if k is None or f.cue_word is None:
        return f
    bare_object = sent[k].base_rel in _OBJECT_RELS and not sent[k].feats.get("Case")
    if not (bare_object or any(object_form(sent, k))):
        return f
    return replace(f, speaker=_nominative_dependent(sent, f.cue_word, k))


def _claim(
    ss: SentenceContext, rules: Sequence[Rule], last: ReportedStatement | None, *, embedded: bool = False
) -> list[ReportedStatement]:
    """The statements of one sentence: each rule in turn claims content no earlier rule claimed. With
    ``embedded`` (inside a character's speech) an object is never the speaker (:func:`_nominative_speaker`)."""
    sent = ss.sent
    claimed: list[tuple[int, int]] = []
    found_here: list[ReportedStatement] = []
    for rule in rules:
        if not applies_to(rule, sent.lang):
            continue
        try:
            candidates = rule.match(ss, last)
        except (IndexError, ValueError, StopIteration):  # a malformed parse must not sink the document
            logger.debug("rule %s failed on sentence at %d", rule.name, sent.start, exc_info=True)
            continue
        for f in candidates:
            st = _statement(ss.text, sent, _nominative_speaker(sent, f) if embedded else f, ss.quote_ranges)
            if st is None or any(_overlaps((st.start, st.end), c) for c in claimed):
                continue
            claimed.append((st.start, st.end))
            found_here.append(st)
    return found_here


def find_embedded(
    text: str,
    sentences: Sequence[ParsedSentence],
    quotations: Sequence[tuple[int, int]],
    regions: Sequence[tuple[int, int]],
    nested: Sequence[tuple[int, int]] = (),
    rules: Sequence[Rule] = REPORTED_RULES,
) -> list[tuple[int, ReportedStatement]]:
    """Reported statements inside the characters' quotations (``»Er sagte mir, er komme morgen.«``): speech
    the quoted speaker reports, with the speaker inside the quotation (the inner speaker), as pairs of the
    index into ``quotations`` and the statement.

    ``quotations`` are the content ranges (marks excluded) of the top-level quotations, in text order,
    ``regions`` the same quotations with their marks, and ``nested`` the quotations inside them, marks included.
    The rules run on the sentences that overlap a quotation with the narration outside the quotations in place
    of the quotations: its cues are not read, a speaker there is blocked, content that runs into it is dropped.
    The marks themselves stay out of the narration: a range ending in the opening mark would be a quotation
    closing right before the first word, which the rules read as a tag (``"…," Trump told``). A statement is kept
    only when its content, cue and speaker all lie inside one quotation."""
    if not quotations:
        return []
    blocked: list[tuple[int, int]] = []
    prev = 0
    for a, b in regions:
        if a > prev:
            blocked.append((prev, a))
        prev = max(prev, b)
    if len(text) > prev:
        blocked.append((prev, len(text)))
    blocked.extend(nested)
    blocked.sort()
    inside = SpanIndex(list(quotations))
    selected = [s for s in sentences if inside.overlapping(s.start, s.end)]
    out: list[tuple[int, ReportedStatement]] = []
    # The continuation rules stay out: a Konjunktiv sentence in a character's speech is mostly their own wish or
    # condition (none of 8 right on Redewiedergabe).
    sentence_rules = [r for r in rules if r.phase is Phase.REPORTED and not _narration_only(r)]
    for st in find_indirect(text, selected, blocked, sentence_rules, embedded=True):
        k = inside.containing(st.start)
        if k < 0 or st.end <= st.start:
            continue
        a, b = quotations[k]
        if st.end > b:
            # The parse ran the clause on into the tag after the marks (``er komme morgen«, erklärte Marie``).
            st = _clipped(text, st, b, nested)
        stop = _clause_stop(text, st)
        if stop is not None:
            # Inside a character's speech a semicolon or colon ends what they report (``…, um deinem Vater etwas
            # anzuhängen; aber hereinkommen kannst du nicht``); the parse runs the content on into the next clause.
            st = _clipped(text, st, stop, nested)
        spans = [(st.start, st.end)]
        if st.cue is not None:
            spans.append(st.cue[:2])
        if st.speaker is not None:
            spans.append(st.speaker)
        if all(a <= s and e <= b for s, e in spans):
            out.append((k, st))
    return out
