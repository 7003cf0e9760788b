"""The shared parse services every attribution rule reads: quotes, sentences, cues, speakers, token windows.

:class:`Context` indexes one document once (which word lies in which quote, which sentences a quote touches,
the speech verbs of each sentence with German and English particle verbs reassembled) so that every rule asks
the same questions in constant or logarithmic time. :class:`Cue` is a speech verb found in a sentence;
:meth:`Context.speaker_of` is the one place that says who speaks a cue, for quotations and reported speech alike.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import regex

from quotekit.attribution.mentions import (
    PERSON_RANK,
    Mention,
    expand_mention,
    fronted_subject,
    is_nominal,
    is_pronoun,
    object_form,
    speaker_rank,
)
from quotekit.attribution.persons import first_name_gender
from quotekit.attribution.rules import applies_to
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import CueEntry, CueKind, belief_cues, cue_lemmas_of, verb_cues
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.regions import SpanIndex
from quotekit.tree import ParsedSentence, Word

__all__ = ["CLAUSE_END", "Attribution", "Context", "Cue", "QuoteRuleLike", "QuoteTarget", "gap_is_blank", "safe_match"]

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
CLAUSE_END = frozenset({".", "!", "?", ";", ":", "…"})
_OBJECT_RELS = frozenset({"obj", "iobj"})
_WORD_CHAR = regex.compile(r"\w")
# A capitalised word after a lower-case word or a comma: inside a sentence, where only names and nouns are.
_MID_SENTENCE_CAPITAL = regex.compile(r"(?<=[\p{Ll},] )(\p{Lu}\p{L}+)")


@lru_cache(maxsize=4)
def _capitalised_inside(text: str) -> frozenset[str]:
    """Words the text writes capitalised inside a sentence. Kept per text, not per context: the chain builds many
    contexts over one document, and reading a long document once for each grew with its length squared."""
    return frozenset(m.group(1) for m in _MID_SENTENCE_CAPITAL.finditer(text))


# How sure the speaker of a cue is, by how :meth:`Context.speaker_of` found it; rule confidences are multiplied
# by these (and by COMMUNICATION_WEIGHT for verbs with other senses than saying).
SPEAKER_WEIGHTS: dict[str, float] = {
    "nsubj": 1.0,
    "agent": 1.0,
    "quoted_object": 0.9,
    "inherited_subject": 0.9,
    "conjunct_subject": 0.9,
    "neuter_subject": 0.8,
    "demonstrative_subject": 0.8,
    "initial_name": 0.85,
    "coordinated_subject": 0.85,
    "nearest_dependent": 0.8,
    "named_dependent": 0.8,
}
COMMUNICATION_WEIGHT = 0.9


_NOUN_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NUM"})


def object_like(sent: ParsedSentence, i: int) -> bool:
    """The word at ``i`` is parsed as an object and not marked nominative (the compact parse calls the subject
    after the verb an object at times: ``Da stand ein graues Männchen``, ``Männchen`` obj with Case=Nom)."""
    w = sent[i]
    return w.base_rel in _OBJECT_RELS and "Nom" not in w.feats.get("Case", "")


def after_preposition(sent: ParsedSentence, i: int) -> bool:
    """The noun phrase of the word at ``i`` follows a preposition (``vor ihm``, ``bei der Hecke``), read from the
    words before it: the compact parse often hangs the preposition elsewhere, and a dative pronoun it gives no
    case, so neither the relation nor the case feature shows it is no subject."""
    k = i - 1
    while k >= 0 and sent[k].upos in _NOUN_PHRASE_OPENERS:
        k -= 1
    return k >= 0 and sent[k].upos == "ADP"


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech verb outside every quote: sentence and word index, its cue-table row, its separated particle."""

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
    own_rules: Sequence[QuoteRuleLike] = ()
    """The rules :meth:`own` runs (the chain's own-evidence phase), set by the chain that runs them."""
    beliefs: bool = False
    """Whether :meth:`cues` also finds verbs of thought and belief (``believe``): reported speech only."""
    regions: list[tuple[int, int]] = field(init=False)
    inside: list[list[int]] = field(init=False)
    final: list[Attribution | None] = field(init=False)
    _own: dict[int, Attribution | None] = field(init=False, default_factory=dict)
    _cues: dict[int, list[Cue]] = field(init=False, default_factory=dict)
    _flags: dict[str, bool] = field(init=False, default_factory=dict)
    _values: dict[str, frozenset[str]] = field(init=False, default_factory=dict)

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

    def document_value(self, key: str, compute: Callable[[], frozenset[str]]) -> frozenset[str]:
        """A set of words about the whole document (fixed while the chain runs), computed on the first ask, as
        :meth:`document_flag` does for facts."""
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]

    def document_flag(self, key: str, compute: Callable[[], bool]) -> bool:
        """A fact about the whole document that a rule derives from the quotes' own evidence (fixed while the chain
        runs), computed on the first ask: derived again for every quote, it costs the square of their number."""
        if key not in self._flags:
            self._flags[key] = compute()
        return self._flags[key]

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

    def nearest_cue(self, q: QuoteTarget, attribute: Callable[[int, Cue], Attribution | None]) -> Attribution | None:
        """What ``attribute(sentence, cue)`` gives for the cue nearest the quote, of those in the sentences it
        touches for which it gives anything: a rule picks which cues count, the distance picks among them."""
        a, b = q.region
        best: tuple[tuple[bool, int], Attribution] | None = None
        for si in self.touching(q):
            for cue in self.cues(si):
                att = attribute(si, cue)
                if att is None:
                    continue
                w = self.sentences[si][cue.word]
                if w.start >= b and self.introduces_next(si, q.index, b, w):
                    continue  # ``»…«, und dann sprach er zu dem Jäger: »…«``: the next quotation's, with its colon
                if w.start >= b and self.beyond_joined_turn(q.index, w.start):
                    continue  # ``»…, Sali!« – »Bist du allein?« fragte dieser``: the next turn's tag
                dist = a - w.end if w.end <= a else w.start - b
                # A cue with another quotation between is that quotation's tag (``Da antwortete die Frau: „…“
                # „Nun“, sagte der Mann``): a cue on the quote's own side comes first, however near the other.
                key = (self._quote_between(q.index, *((w.end, a) if w.end <= a else (b, w.start))), dist)
                if best is None or key < best[0]:
                    best = (key, att)
        return best[1] if best else None

    def beyond_joined_turn(self, qi: int, pos: int) -> bool:
        """A quotation joined to quote ``qi`` as the next turn (:func:`joined_turn`) stands before offset ``pos``."""
        nxt = qi + 1
        return nxt < len(self.quotes) and self.quotes[nxt].region[1] <= pos and joined_turn(self, nxt)

    def _quote_between(self, qi: int, lo: int, hi: int) -> bool:
        """Whether a quotation other than ``qi`` lies between the offsets ``lo`` and ``hi``."""
        own = self.regions[qi]
        return lo < hi and any(r != own for r in self._region_index.overlapping(lo, hi))

    def introduces_next(self, si: int, qi: int, b: int, verb: Word) -> bool:
        """Whether ``verb``, a cue after quote ``qi`` (which ends at ``b``) in sentence ``si``, opens a clause of its
        own with a conjunction and runs to a colon before the next quotation (``»…«, und dann sprach er zu dem
        Jäger: »…«``): the cue introduces that quotation. A tag right after the quote stays its own (``„…“, sagte
        Merkel und fügte hinzu: „…“``: ``sagte`` is the first quote's, ``fügte hinzu`` the second's)."""
        nxt = qi + 1
        if nxt >= len(self.regions):
            return False
        start = self.regions[nxt][0]
        between = self.text[verb.end : start].rstrip()
        if start <= verb.end or not between.endswith(":") or any(c in between for c in ".!?\n"):
            return False
        return any(b <= w.start < verb.start and w.upos == "CCONJ" for w in self.sentences[si])

    def cues(self, si: int) -> list[Cue]:
        """Speech verbs outside every quote in sentence ``si``, particle verbs reassembled."""
        if si not in self._cues:
            self._cues[si] = [c for wi in range(len(self.sentences[si])) if (c := self._cue_at(si, wi)) is not None]
        return self._cues[si]

    def _entries(self, lemma: str, lang: str, surface: str) -> tuple[CueEntry, ...]:
        """The cue rows of a word: speech verbs, and where reported speech asks for them, belief verbs."""
        entries = verb_cues(lemma, lang, surface=surface)
        if self.beliefs:
            # Both: ``rief … auf`` is ``aufrufen`` (a belief row) when its particle stands there, else ``rufen``.
            entries += belief_cues(lemma, lang, surface=surface)
        return entries

    def _cue_at(self, si: int, wi: int) -> Cue | None:
        sent = self.sentences[si]
        w = sent[wi]
        if not self.outside(si, wi) or w.upos in ("PUNCT", "DET", "ADP", "PRON", "NUM", "CCONJ", "SCONJ", "PART"):
            return None
        if w.upos in ("NOUN", "PROPN") and w.text[:1].isupper():
            return None  # a capitalised noun (``Sagen``, ``Says`` as a name) is no verb; mis-tagged verbs are lower
        entries = self._entries(w.lemma, sent.lang, w.text)
        if not entries:
            return None
        # The particle of a separable verb: its compound:prt child, or failing a parse, a word with the
        # particle's form later in the same clause (``teilte … mit:``).
        low = w.text.lower()
        for e in sorted(entries, key=lambda e: e.particle is None):
            if e.particle is None:
                return Cue(si, wi, e, None)
            if w.lemma.lower() == e.lemma or (
                profile(sent.lang).joined_particles and low.startswith(e.particle) and low != e.base
            ):
                return Cue(si, wi, e, None)  # joined form: ``mitgeteilt``, ``mitteilen``
            for c in sent.children(wi, "compound"):
                if c.text.lower() == e.particle:
                    return Cue(si, wi, e, c.index)
            for k in range(wi + 1, len(sent)):
                if not self.outside(si, k) or sent[k].text in CLAUSE_END or sent[k].text == ",":
                    break
                if sent[k].text.lower() == e.particle:
                    return Cue(si, wi, e, k)  # any tag: the compact model even makes ``hinzu`` the root
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

    def linked_any(self, cue: Cue) -> bool:
        marks = {k for k in self.inside[cue.sent] if k >= 0}
        return any(self.linked(cue.sent, cue.word, k) for k in marks)

    # --- speakers ---------------------------------------------------------------------------------------

    def _speaker_ok(self, si: int, w: Word, cue: Cue | None = None) -> bool:
        if not self.outside(si, w.index) or (cue is not None and w.index == cue.particle):
            return False
        return is_nominal(w, self.sentences[si].lang)

    def speaker_of(self, cue: Cue) -> tuple[int, str] | None:
        """Head word of the speaker of a speech verb and the rule that found it."""
        si, v = cue.sent, cue.word
        sent = self.sentences[si]
        lang = sent.lang
        quoted = self._quoted_one(cue)
        if quoted is not None:
            return quoted, "quoted_object"
        subject = self._own_subject(si, v, cue)
        if subject is not None:
            return subject
        passive = any(c.deprel in ("aux:pass", "nsubj:pass") for c in sent.children(v))
        for w in sent.children(v, "obl"):
            cases = {c.text.lower() for c in sent.children(w.index, "case")}
            if (w.deprel == "obl:agent" or (passive and cases & lexicon_words("agent_case"))) and self._speaker_ok(
                si, w, cue
            ):
                return w.index, "agent"
        inherited = self._from_governing_verb(si, v, cue)
        if inherited is not None:
            return inherited
        by_position = self._subject_by_position(si, v)
        if by_position is not None:
            return by_position
        as_words = cue_lemmas_of(lang, CueKind.AS)
        cands = []
        spoken_to = cue.entry.lemma in lexicon_words("addressee_verb", lang)
        for w in sent.children(v):
            if w.base_rel not in _FALLBACK_RELS or not self._speaker_ok(si, w, cue):
                continue
            if spoken_to and w.base_rel in ("obj", "iobj"):
                continue  # ``told POLITICO``: the one spoken to
            cases = {c.text.lower() for c in sent.children(w.index, "case")}
            if cases - as_words:
                continue  # ``in his announcement``, ``auf X``: a place or time, not a speaker
            after = w.index > v
            cands.append(
                (
                    # a form of another case is the one spoken to (``schrie ihn der Pfarrer an``, ``him``)
                    object_form(sent, w.index),
                    0 if w.upos in ("PROPN", "PRON") or is_pronoun(w, lang) else 1,
                    # English puts the speaker before the verb unless inverted; German V2 often after it.
                    (0 if after else 1) if profile(lang).verb_second else (1 if after else 0),
                    abs(w.index - v),
                    w.index,
                )
            )
        if cands:
            return min(cands)[4], "nearest_dependent"
        return None

    def _subject(self, si: int, v: int, cue: Cue) -> tuple[int, str] | None:
        sent = self.sentences[si]
        subj = [
            w
            for w in sent.children(v, "nsubj")
            if w.deprel != "nsubj:pass" and self._speaker_ok(si, w, cue) and speaker_rank(sent, w.index) > 0
        ]
        if len(subj) > 1:
            subj = [w for w in subj if not self._bare_opener(si, w.index)] or subj
        if not subj:
            return None
        # Two subjects are a parse of an inverted clause (``Als Begründung sagte ein Wissenschaftler``): the
        # more speaker-like one, then the nearer. Of equals a verb-second language takes the first: its subject
        # opens the clause far more often than an object does, and an object right after the verb is what the
        # parse most often mistakes for a second subject (``Condoleezza Rice nannte Shultz einen „…“``).
        fronted = fronted_subject(sent, subj, v)
        if fronted is not None:
            return fronted.index, "nsubj"
        first_of_equals = profile(sent.lang).verb_second
        best = min(
            subj,
            key=lambda w: (-speaker_rank(sent, w.index), w.index if first_of_equals else abs(w.index - v)),
        )
        if speaker_rank(sent, best.index) >= PERSON_RANK:
            return best.index, "nsubj"
        named = self._named_instead(si, v, cue, best)
        return (named, "named_dependent") if named is not None else (best.index, "nsubj")

    def _own_subject(self, si: int, v: int, cue: Cue) -> tuple[int, str] | None:
        """The verb's own subject: a speaker-like one, else a tale's neuter ``es`` (:meth:`_neuter_subject`)."""
        subject = self._subject(si, v, cue)
        if subject is not None:
            return subject
        neuter = self._neuter_subject(si, v, cue)
        if neuter is not None:
            return neuter, "neuter_subject"
        demonstrative = self._demonstrative_subject(si, v, cue)
        return None if demonstrative is None else (demonstrative, "demonstrative_subject")

    def _demonstrative_subject(self, si: int, v: int, cue: Cue) -> int | None:
        """``»Bist du allein?« fragte dieser``, ``gab dieser zurück``, ``und dieser sprach:``: a demonstrative
        standing alone as the subject right after a speech verb (an inverted tag), or right before one that a colon
        follows, names the speaker, the one named last before (Redewiedergabe marks the demonstrative itself).
        Never beside a content clause (``sagte dieser, dass …``) nor opening reported speech (``Dieser sagte, er
        habe …``): news gold wants the person named before there. Only the masculine singular (``dieser``,
        ``jener``), told by its ending as the tagger's gender is unreliable: the neuter is a thing (``dies``), and
        ``diese`` a group as often as a woman (``…, so diese``: a company's spokespeople in news)."""
        sent = self.sentences[si]
        if not cue.entry.kind.is_verb or any(
            c.base_rel in ("ccomp", "csubj") and self.outside(si, c.index) for c in sent.children(v)
        ):
            return None
        for w in sent.children(v, "nsubj"):
            if (
                w.deprel == "nsubj"
                and (w.index == v + 1 or (w.index == v - 1 and _before_colon(sent, v)))
                and w.upos == "DET"
                and "Dem" in w.feats.get("PronType", "")
                and "Nom" in w.feats.get("Case", "Nom")
                and w.text.casefold().endswith("er")
                and not sent.children(w.index)
                and self.outside(si, w.index)
            ):
                return w.index
        return None

    def _neuter_subject(self, si: int, v: int, cue: Cue) -> int | None:
        """``und sogleich sprach es:``, ``und es sprach zu ihm``: a neuter pronoun (``neuter_speaker`` rows) right
        beside a speech verb whose own subject it is stands for a neuter being of the tale (``das Männchen``,
        ``das Mädchen``, ``das Schaaf``), where elsewhere it is no speaker (``es`` is a ``not_speaker`` mention
        word). Not beside a verb that takes an expletive subject (``heißt es``)."""
        sent = self.sentences[si]
        lang = sent.lang
        if not cue.entry.kind.is_verb or cue.entry.lemma in lexicon_words("impersonal_cue", lang):
            return None
        neuter = lexicon_words("neuter_speaker", lang)
        for w in sent.children(v, "nsubj"):
            if w.deprel == "nsubj" and abs(w.index - v) == 1 and w.text.lower() in neuter and self.outside(si, w.index):
                return w.index
        return None

    def _bare_opener(self, si: int, i: int) -> bool:
        """The sentence's first word, bare (no article, adjective or name beside it), which the document never
        writes capitalised inside a sentence and which is no pronoun, plural noun or known first name: an adverb
        or adjective opening the sentence (``Aktuell lässt sie …``, ``Passend zu … warnte die Moderatorin``)
        that the tagger took for a name or noun. Beside another subject, it is not the one."""
        sent = self.sentences[si]
        w = sent[i]
        if i != 0 or is_pronoun(w, sent.lang) or sent.children(i, "det", "amod", "flat", "compound", "det:poss"):
            return False
        if w.upos == "NOUN" and "Sing" not in w.feats.get("Number", "Sing"):
            return False  # ``Kritiker werfen Obama vor``: a bare plural is a subject; a bare singular rarely is
        if i + 1 < len(sent) and sent[i + 1].upos == "PROPN":
            return False  # ``Condoleezza Rice``: a name of two words
        return w.text not in self._mid_sentence_words() and first_name_gender(w.text) is None

    def _named_instead(self, si: int, v: int, cue: Cue, subj: Word) -> int | None:
        """A name the parse did not make the subject, where the subject it chose is no person (``Modder nannte
        die Absage Hartmanns einen „Vertrauensbruch“`` parsed with ``die Absage`` as subject, ``Modder`` as an
        adverb): in a clause with a speech verb the named person speaks, the thing is spoken about. Only a name
        in the nominative the parse leaves unattached to another word: the sentence-initial word
        (:meth:`initial_name`) or a bare dependent of the verb."""
        sent = self.sentences[si]
        initial = self.initial_name(si, v)
        if initial is not None and initial != subj.index:
            return initial
        for w in sent.children(v):
            if (
                w.index != subj.index
                and w.base_rel in ("obj", "nsubj", "dep", "obl", "appos", "flat")
                and w.upos == "PROPN"
                and self._speaker_ok(si, w, cue)
                and speaker_rank(sent, w.index) >= PERSON_RANK
                and not (w.index > v and subj.index > v)
            ):
                return w.index
        return None

    def _from_governing_verb(self, si: int, v: int, cue: Cue) -> tuple[int, str] | None:
        """``Curran agreed, saying …``, ``sagte Rao und beschrieb …``: the subject of the verb ``v`` hangs off;
        ``quoted Tom Lynch as saying``: the one a quoting verb quotes."""
        sent = self.sentences[si]
        head = sent.head_of(v)
        if head is None or sent[v].base_rel not in ("advcl", "xcomp", "conj") or not self.outside(si, head.index):
            return None
        quoted = self._object_of_quoting(si, head.index, cue, head.lemma)
        if quoted is not None:
            return quoted, "quoted_object"
        if sent[v].base_rel == "conj":
            nearer = self._conjunct_subject(si, head.index, v, cue)
            if nearer is not None:
                return nearer, "conjunct_subject"
        inherited = [w for w in sent.children(head.index, "nsubj") if self._speaker_ok(si, w, cue)]
        if len(inherited) > 1:
            inherited = [w for w in inherited if not self._bare_opener(si, w.index)] or inherited
            # a personal pronoun before a determiner standing alone, which is the fronted object (``Die läßt er auf
            # dem Kopfe und ruft:``)
            inherited.sort(key=lambda w: w.upos == "DET")
        return (inherited[0].index, "inherited_subject") if inherited else None

    def _conjunct_subject(self, si: int, h: int, v: int, cue: Cue) -> int | None:
        """The subject of the conjunct nearest before ``v`` that has one, where the parse hangs every verb of a
        coordination off the first (``Sogleich kochte sie einen Hahn und nicht lange danach kam der Mond zu Hause
        und sagte:``, ``sagte`` a conjunct of ``kochte``): a verb without subject shares the subject of the verb
        just before it, not of the first. A second subject of the first verb after a clause break counts as the
        nearer one's (``So mußte die Prinzessin zurückkehren; die zweite Königstochter aber legte … an und
        sprach:``, both parsed subjects of ``zurückkehren``). None when no verb between has a subject of its own."""
        sent = self.sentences[si]
        between = [c.index for c in sent.children(h, "conj", "parataxis") if h < c.index < v]
        subjects = [
            w.index for k in between for w in sent.children(k, "nsubj") if self._speaker_ok(si, w, cue) and w.index < v
        ]
        own = [w.index for w in sent.children(h, "nsubj") if self._speaker_ok(si, w, cue)]
        # the first verb's own later subject stands after a clause break: ``;`` or ``:`` between the two
        later = [j for j in own[1:] if any(sent[k].text in (";", ":") for k in range(own[0], j))]
        found = [j for j in subjects + later if j < v]
        return max(found) if found else None

    def _subject_by_position(self, si: int, v: int) -> tuple[int, str] | None:
        """The subject where the parse gave the verb none, read from where words stand in the sentence."""
        initial = self.initial_name(si, v)
        if initial is not None:
            return initial, "initial_name"
        coordinated = self.coordinated_subject(si, v)
        return (coordinated, "coordinated_subject") if coordinated is not None else None

    def coordinated_subject(self, si: int, v: int) -> int | None:
        """``Da hob er den Finger und sagte: »…«``: a verb right after a coordinating conjunction shares the
        subject of the verb before it. The compact parse often hangs such a verb off a word of the quotation or
        off a clause without subject, so the head is not followed: the most subject-like nominal of the clause
        before the conjunction (no object case or relation, no preposition), a parsed subject first, then the
        first of equals, is taken. Its object or place (``den Finger``, ``bei der Hecke``) was the nearest
        dependent before."""
        sent = self.sentences[si]
        k = v - 1
        # Verb-second languages only: the English parse attaches ``and said`` to the first verb, whose subject
        # ``inherited_subject`` takes; where it does not, the parse failed in other ways too (PolNeAR measured:
        # indirect speaker accuracy 0.899 -> 0.897 with the rule on).
        if not profile(sent.lang).verb_second or k < 1 or sent[k].upos != "CCONJ" or not self.outside(si, k):
            return None
        cands: list[tuple[int, bool, bool, int]] = []
        beyond_comma = False
        for j in range(k - 1, -1, -1):
            w = sent[j]
            if not self.outside(si, j) or w.text in CLAUSE_END:
                break
            beyond_comma = beyond_comma or w.text == ","
            rank = speaker_rank(sent, j)
            # a relative pronoun is its own clause's subject (``kam er bei dem Manne an, der die Äpfel abkriegte, und
            # fragte ihn:``)
            relative = "Rel" in w.feats.get("PronType", "")
            if rank > 0 and not relative and not object_like(sent, j) and not after_preposition(sent, j):
                # A parsed subject first: a fronted object looks like one (``Die läßt er auf dem Kopfe und ruft:``).
                # Of equal rank, one in the conjunct itself before one beyond a comma, which is often in a clause
                # of its own (``als er sein zehntes Jahr erreicht hatte, erschien ihm Maria und sprach:``).
                cands.append((-rank, beyond_comma, w.base_rel != "nsubj", j))
        return min(cands)[3] if cands else None

    def initial_name(self, si: int, v: int) -> int | None:
        """The compact German model tags a name that opens the sentence as an adverb modifying the verb
        (``Zypries sieht …``, ``Rao sagte …``). Such a word is taken for the subject of ``v`` when the document
        writes it capitalised inside a sentence too, as names are and adverbs are not."""
        sent = self.sentences[si]
        w = sent[0]
        if (
            w.head != v
            or w.upos not in ("ADV", "X")
            or not w.text[:1].isupper()
            or not w.text.isalpha()
            or not self.outside(si, 0)
            or not is_nominal(w, sent.lang)
        ):
            return None
        if w.text not in self._mid_sentence_words():
            return None
        return 0

    def capitalised_inside(self, word: str) -> bool:
        """Whether the document writes ``word`` capitalised inside a sentence, as names are (and, in German, every
        noun)."""
        return word in self._mid_sentence_words()

    def _mid_sentence_words(self) -> frozenset[str]:
        return _capitalised_inside(self.text)

    def _quoted_one(self, cue: Cue) -> int | None:
        """``zitierte die Zeitung Lynch``, ``wird der Franzose zitiert``: of a quoting verb, the object (or the
        passive subject) is the one quoted; the subject only passes the words on."""
        return self._object_of_quoting(cue.sent, cue.word, cue, cue.entry.lemma)

    def _object_of_quoting(self, si: int, v: int, cue: Cue, lemma: str) -> int | None:
        sent = self.sentences[si]
        if lemma.lower() not in lexicon_words("quoting_verb", sent.lang):
            return None
        rels = ("nsubj:pass",) if any(c.deprel == "aux:pass" for c in sent.children(v)) else ("obj",)
        found = [
            w
            for w in sent.children(v)
            if w.deprel in rels
            and self._speaker_ok(cue.sent, w, cue)
            and speaker_rank(sent, w.index, subject=False) >= 2
        ]
        return found[0].index if found else None

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

    def from_cue(self, sieve: str, rule: str, cue: Cue, confidence: float) -> Attribution | None:
        found = self.speaker_of(cue)
        if found is None:
            return None
        head, how = found
        weight = SPEAKER_WEIGHTS[how]
        if cue.entry.kind is CueKind.COMMUNICATION:
            weight *= COMMUNICATION_WEIGHT
        return self.build(sieve, f"{rule}:{how}", cue.sent, head, cue.span(self.sentences), confidence * weight)

    # --- own attribution (without continuation), memoised for look-ahead --------------------------------

    def own(self, qi: int) -> Attribution | None:
        """The first answer of the rules that read only the quote's own evidence (:data:`own_rules`)."""
        if qi not in self._own:
            q = self.quotes[qi]
            result = None
            lang = self.lang_of(q)
            for rule in self.own_rules:
                if not applies_to(rule, lang):
                    continue  # a rule for other languages
                result = safe_match(rule, self, q)
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
        return gap_is_blank(self.text, a, b)


def gap_is_blank(text: str, a: int, b: int) -> bool:
    """No letters or digits between offsets ``a`` and ``b`` of ``text``."""
    return a <= b and _WORD_CHAR.search(text, a, b) is None


class QuoteRuleLike(Protocol):
    """What :meth:`Context.own` calls (any rule of the quote phases; see :mod:`quotekit.attribution.rules`)."""

    @property
    def name(self) -> str: ...
    @property
    def languages(self) -> frozenset[str] | None: ...

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None: ...


def safe_match(rule: QuoteRuleLike, ctx: Context, q: QuoteTarget) -> Attribution | None:
    """``rule.match``; a rule that raises is logged and treated as no answer, never taking the document down."""
    try:
        return rule.match(ctx, q)
    except Exception:  # a rule must never take the document down; the next one gets its chance
        logger.exception("rule %s failed on quote %d", rule.name, q.index)
        return None


# What may stand between two quotations that are two turns of one paragraph (``»…« – »…«``, ``»…« »…«``): space,
# and at most one dash; nothing else, no line break.
_JOIN_GAP = regex.compile(r"[ \t\u00a0]*(?:([–—]|--?)[ \t\u00a0]*)?")
# The end of a quotation's words that closes what it says: a sentence end or a dash that breaks it off.
_CLOSED = regex.compile(r"[.!?…–—-][\W_]*$")
# A sentence end, then a dash right before the opening mark (searched in the gap between two quotations).
_DASH_LED = regex.compile(r"[.!?][ \t\u00a0]{0,3}[–—][ \t\u00a0]{0,3}$")
_DASH_LED_WINDOW = 8


def joined_turn(ctx: Context, i: int, depth: int = 0) -> bool:
    """Quotation ``i`` is a new turn joined to the quotation before it in one paragraph: nothing stands between
    them but space and at most one dash, and the one before ended what it says (a sentence end or a dash; with a dash
    between, any end). German fiction runs short exchanges so (``»…, Sali!« – »Bist du allein?« fragte dieser``,
    ``»Ich sage, eine Methode!« »Aber ...«``): in Redewiedergabe's gold 39 of 41 such pairs change speaker, so
    neither carries the other's speaker on. So does a dash that opens a quotation after the tag sentence of the one
    before (``»…?« fragte der Deutsche. – »…«``: 11 of 11)."""
    if i <= 0 or i >= len(ctx.quotes):
        return False
    prev, q = ctx.quotes[i - 1], ctx.quotes[i]
    if prev.paragraph != q.paragraph or prev.region[1] > q.region[0]:
        return False
    gap = _JOIN_GAP.fullmatch(ctx.text, prev.region[1], q.region[0])
    if gap is None:
        # a tag sentence between, then a dash opens the next turn: ``»…?« fragte der Deutsche. – »…«`` (only the
        # few characters before the mark are read: every quotation of a long paragraph asks)
        return _DASH_LED.search(ctx.text, max(prev.region[1], q.region[0] - _DASH_LED_WINDOW), q.region[0]) is not None
    if gap.group(1) is not None:
        return True
    # Space alone: in a language whose fiction runs turns in one paragraph, and only after a quotation that ended
    # what it says and is itself a turn, opening its paragraph (``»Ich sage, eine Methode!« »Aber ...«``) or joined
    # to the one before it. News quotes one source in several quotations after narration (``Khan verurteilte …
    # „…“ „…“``), the same speaker.
    lang = ctx.lang_of(q)
    if lang is None or lang not in LANGUAGES or not profile(lang).turns_share_paragraphs:
        return False
    return _closed(ctx, prev) and (
        opens_turn(ctx, prev) or (depth < _JOIN_DEPTH and joined_turn(ctx, i - 1, depth + 1))
    )


_JOIN_DEPTH = 6
"""Space joins followed back through a paragraph (each step asks the join before)."""
# What may stand in a paragraph before the quotation that opens a turn: space and the dash of a dash-introduced
# turn (``– »…«``, ``— "…"``); searched backwards, the nearest line break or any other character.
_NOT_TURN_LEAD = regex.compile(r"(?r)\n|[^\s\-–—]")


def _closed(ctx: Context, q: QuoteTarget) -> bool:
    """The quotation's words end what they say (a sentence end or a dash): only their last few characters are
    read, as every quotation of a long paragraph may ask."""
    return _CLOSED.search(ctx.text, max(q.start, q.end - _CLOSED_WINDOW), q.end) is not None


_CLOSED_WINDOW = 12


def turn_lead(ctx: Context, q: QuoteTarget) -> str | None:
    """What stands nearest before the quotation, space and dashes skipped: ``"\\n"`` when it opens its paragraph,
    None when it opens the text, else that character."""
    # Searched backwards from the mark for the nearest line break or other character, not from the line's start:
    # every quotation of a paragraph asks, and reading back to its start costs the square of their number.
    m = _NOT_TURN_LEAD.search(ctx.text, 0, q.region[0])
    return None if m is None else m.group()


def opens_turn(ctx: Context, q: QuoteTarget) -> bool:
    """The quotation is the first thing in its paragraph (after space or a dash), or opens the text."""
    return turn_lead(ctx, q) in (None, "\n")


_COLON_REACH = 3
"""Words after a speech verb, adverbs all but the colon, within which its colon may stand (``sprach jetzo:``)."""


def _before_colon(sent: ParsedSentence, v: int) -> bool:
    """A colon follows verb ``v`` within :data:`_COLON_REACH` words, with nothing but adverbs between."""
    for k in range(v + 1, min(len(sent), v + 1 + _COLON_REACH)):
        if sent[k].text == ":":
            return True
        if sent[k].upos not in ("ADV", "ADJ", "X"):  # old adverbs the tagger does not know (``jetzo``)
            return False
    return False
