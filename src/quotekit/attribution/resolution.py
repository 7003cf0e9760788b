"""Speaker resolution: pronouns to people, short names to full names, titles and roles apart.

A careful reader resolves ``he said`` to the person the article last presented as a source, not merely the
last name it printed, so candidates are ranked by (1) whether they already spoke or were just introduced as a
source (subject of a speech verb: ``As Rao pointed out``, ``sagte Forrester’s Curran``), (2) agreement in
gender (from a first-name list; unknown gender agrees with anything) and number, (3) recency, within a window
of paragraphs. Failing a name, a person noun just before (``Der Bürgermeister … sagte er``). A pronoun nobody
fits stays a pronoun, a speaker entity of its own marked unresolved: better than an invented one.

Names are grouped into one speaker per person: ``Sam Altman`` and later ``Altman`` share a surname and become
one :class:`~quotekit.models.SpeakerEntity` whose name is the longest form the document uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

import regex

from quotekit.attribution.candidates import (
    CHARACTER_WINDOW,
    SOURCE_WINDOW,
    Candidate,
    Candidates,
    find_antecedent,
)
from quotekit.attribution.display_names import nominative_name
from quotekit.attribution.mentions import (
    GROUP_RANK,
    PERSON_RANK,
    expand_mention,
    is_nominal,
    speaker_rank,
)
from quotekit.attribution.name_evidence import (
    GENDER_FEATS,
    POSSESSIVE,
    SURFACE_NAME,
    WordStarts,
    addressed_name,
    clean_name,
    full_name_of,
    gender_in_clause,
    genders_agree,
    inside_ranges,
    is_speech_subject,
    is_subject,
    kept_opening,
    lower_case_words,
    may_open_as_name,
    mid_sentence_capitals,
    mistagged_first_names,
    name_after_title,
    name_gender,
    narration_genders,
    nominal_role,
    opens_clause_before_verb,
    opens_quotation,
    opens_sentence,
    pronoun_subject_beside,
    proper_runs,
    same_person,
    sentence_initial_word,
    subordinate_subject,
    title_at,
    title_before,
)
from quotekit.attribution.narrator import addressed_aliases, first_person, narrator_name
from quotekit.attribution.own_tags import CARRYING_SIEVES, OWN_TAG_SIEVES, AttributionLike, own_tag_names
from quotekit.attribution.persons import (
    PronounInfo,
    first_name_gender,
    full_forms,
    is_title,
    kin_relation,
    noun_gender,
    pronoun,
    role_gender,
    title_gender,
)
from quotekit.lang import profile
from quotekit.lexicon import mention_words, title_abbreviations
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind, Span, Speaker, SpeakerEntity
from quotekit.paragraphs import Paragraph, paragraph_at
from quotekit.regions import SpanIndex
from quotekit.scanner import mark_class, quote_marks
from quotekit.tree import ParsedSentence

__all__ = ["AttributionLike", "Resolution", "resolve_speakers"]

PRONOUN_CONFIDENCE = 0.85
"""Factor on the attribution's confidence when the name came from a pronoun."""
UNRESOLVED_PRONOUN_CONFIDENCE = 0.5
"""Factor when a pronoun found no antecedent and stays a pronoun."""
PARAGRAPH_DISTANCE_DECAY = 0.9
"""Further factor per paragraph between a pronoun and its antecedent."""
LATER_WINDOW = 20
"""Paragraphs after it in which a pronoun with nobody of its gender before it looks for its character's name."""
LATER_CANDIDATES = 200
"""Mentions after it that such a pronoun reads at most: a long paragraph holds any number of them, and reading all
for each pronoun would cost their square (a 4,000-character passage has far fewer)."""
CHARACTER_FACTOR = 0.8
"""Further factor on the confidence of a pronoun resolved through :data:`CHARACTER_WINDOW`."""
NOMINAL_ANTECEDENT_SENTENCES = 2
"""Sentences before its own in which a pronoun nobody named fits looks for a person noun as subject: further back
a news text names the role again."""

EntityKind = Literal["person", "organisation", "anonymous"]
# A sentence end in narration: a full stop, ! or ? (and a closing mark) before space and a capital.
_SENTENCE_END = regex.compile(r"[.!?][" + mark_class(quote_marks().closing) + r"]?[ \t\n]+\p{Lu}")
# The word right before a full stop (``Mr`` in ``exclaimed Mr. Beebe``).
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}]+\Z")
# Searched backwards from a quotation: the nearest letter or digit before it in its paragraph, if any.
_LAST_ALNUM = regex.compile(r"(?r)[\p{L}\p{N}]")
_LOWER_NEXT = regex.compile(r"[ \t\n]+\p{Ll}")
# A comma or semicolon and a lower-case word right before a name (``…, but Mrs. Miller``), within a few characters.
_COORDINATOR_BEFORE = regex.compile(r"[,;][ \t\n]+(\p{Ll}+)[ \t\n]+\Z")
_COORDINATOR_REACH = 16
# A semicolon right before a name (``Madame Lebrun grew a trifle hysterical;`` | ``Robert called his brother …``).
_SEMICOLON_BEFORE = regex.compile(r";[ \t\n]+\Z")


def _opens_coordinated_clause(text: str, offset: int) -> bool:
    """A clause opens at ``offset`` after a comma or semicolon and a clause coordinator (``…, but`` | ``Mrs.
    Miller was …``), or right after a semicolon (``…;`` | ``Robert called …``: in narration a semicolon
    joins clauses as a full stop would): only the few characters before it are read, as in
    :func:`opens_sentence`."""
    if _SEMICOLON_BEFORE.search(text, max(0, offset - _COORDINATOR_REACH), offset) is not None:
        return True
    m = _COORDINATOR_BEFORE.search(text, max(0, offset - _COORDINATOR_REACH), offset)
    return m is not None and m.group(1) in lexicon_words("clause_coordinator")


@dataclass
class _Entity:
    tokens: tuple[str, ...]
    kind: EntityKind
    mentions: list[Span] = field(default_factory=list)
    title: str | None = None
    role: str | None = None
    gender: str | None = None
    display: str | None = None
    """The name to show where the written one is inflected (``einem Sprecher`` is ``ein Sprecher``)."""
    resolved: bool = True
    """False for a pronoun nobody in reach fits: the speaker is known only as the pronoun."""

    @property
    def name(self) -> str:
        return self.display or " ".join(self.tokens)


@dataclass(frozen=True)
class Resolution:
    """Speakers per attribution (same order) and the document's speaker list."""

    speakers: list[Speaker | None]
    entities: list[_Entity]
    confidences: list[float]
    rules: list[tuple[str, ...]]

    def speaker_entities(self, quotes_of: dict[int, list[int]]) -> tuple[SpeakerEntity, ...]:
        return tuple(
            SpeakerEntity(
                id=i,
                name=e.name,
                kind=e.kind,
                mentions=tuple(e.mentions),
                quotes=tuple(quotes_of.get(i, [])),
                title=e.title,
                role=e.role,
                resolved=e.resolved,
            )
            for i, e in enumerate(self.entities)
        )


def _name_genders(candidates: Candidates) -> dict[str, str]:
    """The gender each one-word name takes wherever the document shows it (a title, a first name, a pronoun of
    its clause), when every showing agrees: ``Lucy`` is female all through a chapter once one sentence says so.
    Surnames that two genders share (``Mr. Bennet``, ``Mrs. Bennet``) get none."""
    seen: dict[str, set[str]] = {}
    for c in candidates.newest_first(10**12):
        if c.gender in ("m", "f") and len(c.tokens) == 1:
            seen.setdefault(c.tokens[0].casefold(), set()).add(c.gender)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def _chain(att: AttributionLike) -> tuple[str, ...]:
    """The deciding sieve and, when the attribution has one, its finer rule (``attached:nsubj``)."""
    rule = getattr(att, "rule", "")
    return (att.sieve, rule) if rule else (att.sieve,)


FAMILY_CANDIDATES = 200
"""Mentions before a kin noun that :meth:`_Resolver._family` reads for the couple's latest mention: a novel has
any number of kin nouns, and reading back to the first mention for each would cost the square of its length."""
_FAMILY = ("parent", "spouse")
"""``kin_nouns.tsv`` relations that name one of a family's couple (:meth:`_Resolver._family`)."""

_TURN_QUOTES = 12
"""Quotations back that :meth:`_Resolver._carried_clash` reads for the turn before (a turn holds a few)."""

DIALOGUE_EXCHANGES = 3
"""Adjacent turns with tags naming different speakers that make a text a dialogue (:func:`_holds_dialogue`, and
the turn-taking rule's own test)."""


def _holds_dialogue(
    text: str,
    attributions: Sequence[AttributionLike | None],
    paragraphs: Sequence[Paragraph],
    quote_ranges: Sequence[tuple[int, int]],
) -> bool:
    """The text holds a novel's dialogue: at least :data:`DIALOGUE_EXCHANGES` pairs of adjacent paragraphs that
    open with a quotation and whose tags name different speakers (none of the PolNeAR news articles has
    three), or one pair of adjacent such paragraphs neither of which holds a tag of its own (news tags nearly
    every paragraph it quotes; a first-person narrator's dialogue runs on untagged turns and ``he``/``I`` tags,
    ``"Ah, you have him there!" said he.``): the turn-taking rule's test
    (:meth:`~quotekit.attribution.dialogue.TurnTakingSieve._is_dialogue`), from the attributions."""
    paras = list(paragraphs)
    if not paras:
        return False
    opening = set()
    for qs, _qe in quote_ranges:
        k = paragraph_at(paras, qs)
        if not text[paras[k].start : qs].strip(" \t–—-" + "".join(quote_marks().all)):
            opening.add(k)
    tags: dict[int, str] = {}
    for att in attributions:
        if att is None or att.speaker is None or att.sieve not in OWN_TAG_SIEVES:
            continue
        k = paragraph_at(paras, att.speaker[0])
        if k in opening:
            tags.setdefault(k, text[att.speaker[0] : att.speaker[1]].casefold())
    exchanges = sum(1 for k, who in tags.items() if k - 1 in tags and tags[k - 1] != who)
    untagged = any(k - 1 in opening and k not in tags and k - 1 not in tags for k in opening)
    return exchanges >= DIALOGUE_EXCHANGES or untagged


def _tag_names(text: str, attributions: Sequence[AttributionLike | None], dialogue: bool) -> frozenset[str]:
    """In a dialogue, the last words (case-folded) of the names that tag a quotation of their own anywhere in the
    text (``"…," said Holmes``): a character, also where the narration that writes the name was left unparsed
    (``Holmes glanced at it, and then handed it to me.`` before the first tag that names him)."""
    if not dialogue:
        return frozenset()
    return frozenset(toks[-1].casefold() for _, toks, _ in own_tag_names(text, attributions))


def resolve_speakers(
    text: str,
    attributions: Sequence[AttributionLike | None],
    sentences: Sequence[ParsedSentence],
    paragraphs: Sequence[Paragraph],
    *,
    quote_ranges: Sequence[tuple[int, int]] = (),
    entry_ranges: Sequence[tuple[int, int]] | None = None,
    addressees: Sequence[tuple[int, int] | None] | None = None,
) -> Resolution:
    """Resolve every attribution's speaker mention to a :class:`Speaker`; attributions must be in text order.

    ``entry_ranges`` (the ``(start, end)`` of each attribution's quotation or statement) and ``addressees`` (the
    name or pronoun each quotation is addressed to, ``Quote.addressee``), when given, let a first-person narrator
    take the name the other characters call them (:func:`narrator_name`).
    """
    dialogue = _holds_dialogue(text, attributions, paragraphs, quote_ranges)
    resolver = _Resolver(text, sentences, paragraphs, quote_ranges, dialogue, _tag_names(text, attributions, dialogue))
    if entry_ranges is not None and addressees is not None:
        # a first-person narrator's name is looked for in any passage, not only a dialogue: a passage of narration
        # with a few turns (``"Are you game, Watson?" ⏎ "Certainly," I answered.``) names the narrator as well
        resolver.narrator = narrator_name(text, attributions, entry_ranges, addressees, resolver.para)
        resolver.aliases = addressed_aliases(text, attributions, entry_ranges, addressees, resolver.para)
    if entry_ranges is not None:
        resolver.entry_paragraphs = [resolver.para(a) for a, _b in entry_ranges]
        resolver.entry_ends = [b for _a, b in entry_ranges]
    if resolver.dialogue and entry_ranges is not None and addressees is not None:
        ends, starts = [p.end for p in resolver.paras], [p.start for p in resolver.paras]
        resolver.turns = _Turns(text, entry_ranges, addressees, resolver.para, resolver.quote_index, ends, starts)
    for att in attributions:
        resolver.add(att)
    return Resolution(resolver.final_names(), resolver.entities, resolver.confidences, resolver.rules)


def _narration_after(tail: str) -> bool:
    """A sentence ends in ``tail`` (the rest of a paragraph after its quotation) before another begins: the
    paragraph goes on with narration. The full stop of a title abbreviation (``exclaimed Mr. Beebe, mopping his
    brow``) ends no sentence: it stands before the name of the tag."""
    titles = _title_abbreviations()
    for m in _SENTENCE_END.finditer(tail):
        before = _WORD_BEFORE.search(tail, 0, m.start())
        if tail[m.start()] == "." and before is not None and before.group().casefold() in titles:
            continue
        return True
    return False


@cache
def _title_abbreviations() -> frozenset[str]:
    # a tag's language is not known here; a title abbreviation of either language stands before a name
    return title_abbreviations("en") | title_abbreviations("de")


class _Turns:
    """A dialogue's quotations by paragraph, with the name each one addresses (``"Mr. Beebe, I'm thankful"``)."""

    def __init__(
        self,
        text: str,
        ranges: Sequence[tuple[int, int]],
        addressees: Sequence[tuple[int, int] | None],
        para: Callable[[int], int],
        quote_index: SpanIndex | None = None,
        paragraph_ends: Sequence[int] = (),
        paragraph_starts: Sequence[int] = (),
    ) -> None:
        self.paragraphs = [para(s) for s, _e in ranges]
        self.ranges = ranges
        self.addressees = addressees
        self.text = text
        self.quote_index = quote_index or SpanIndex([])
        self.paragraph_ends = paragraph_ends
        self.paragraph_starts = paragraph_starts

    def opens_paragraph(self, i: int) -> bool:
        """Quotation ``i`` opens its paragraph: a reply, not speech after an action of its paragraph (``Balancing on
        three legs, he began … "I did this yesterday," he explained``)."""
        if i >= len(self.ranges):
            return False
        p = self.paragraphs[i]
        start = self.paragraph_starts[p] if p < len(self.paragraph_starts) else 0
        # backwards from the quotation, not forwards from the paragraph's start: every pronoun tag of a paragraph
        # asks, and reading each time from its start costs the square of a long paragraph
        return _LAST_ALNUM.search(self.text, start, self.ranges[i][0]) is None

    def ends_paragraph(self, i: int) -> bool:
        """Quotation ``i`` is a quotation (not a statement in narration) and at most its tag follows it in its
        paragraph: no narration sentence after it (``"Am I?" said Pooh. And then he brightened up`` goes on with
        Pooh) and no colon that introduces the next paragraph's speech."""
        start, end = self.ranges[i]
        if not inside_ranges(self.quote_index, start, end):
            return False
        p = self.paragraphs[i]
        tail = self.text[end : self.paragraph_ends[p] if p < len(self.paragraph_ends) else len(self.text)]
        return not _narration_after(tail) and not tail.rstrip().endswith(":")

    def called_next(self, i: int) -> tuple[int, int] | None:
        """The name addressed by the first quotation of the paragraph right after quotation ``i``'s, if it opens
        the next turn; None when the next paragraph holds no quotation or it addresses nobody by a capitalised
        word."""
        paras = self.paragraphs
        if i >= len(paras):
            return None
        j = i + 1
        while j < len(paras) and paras[j] == paras[i]:
            j += 1
        if j >= len(paras) or paras[j] != paras[i] + 1:
            return None
        addr = self.addressees[j]
        if addr is None or not self.text[addr[0] : addr[0] + 1].isupper():
            return None
        return addr


class _Resolver:
    """One document's resolution state: candidates, entities and the answers so far, in text order."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[ParsedSentence],
        paragraphs: Sequence[Paragraph],
        quote_ranges: Sequence[tuple[int, int]],
        dialogue: bool = False,
        tag_names: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.dialogue = dialogue
        self.narrator: tuple[int, int] | None = None
        self.aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
        """Names the others call a character by, by their case-folded words (:func:`addressed_aliases`)."""
        self.turns: _Turns | None = None
        """The quotations' paragraphs and the names they address, in a dialogue (:class:`_Turns`)."""
        """Where the name of a first-person narrator is written (:func:`narrator_name`)."""
        self.entry_paragraphs: list[int] = []
        self.entry_ends: list[int] = []
        """The paragraph of each attribution's quotation, when the caller gives their ranges (in any text: a
        passage of turns need not be a dialogue by :func:`_holds_dialogue`'s count)."""
        self.sentences = sentences
        self.paras = list(paragraphs)
        self.sentence_index = SpanIndex([(s.start, s.end) for s in sentences])
        self.entities: list[_Entity] = []
        self.speakers: list[Speaker | None] = []
        self.confidences: list[float] = []
        self.rules: list[tuple[str, ...]] = []
        self._full_names: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._pet_fulls: dict[tuple[str, str | None], str | None] = {}
        self._word_starts = WordStarts(text)
        # Entities that could match, by kind and surname (persons) or whole name (others), in creation order:
        # the same entities a scan over all of them would test first, without the scan.
        self._by_key: dict[tuple[str, object], list[int]] = {}
        # Gender a name's own sentence shows (``Marilla put down her knitting``), by the name's start offset.
        self._context_gender: dict[int, str] = {}
        # Candidates from the parse: names outside quotes, marked as sources when they speak.
        quote_index = self.quote_index = SpanIndex(quote_ranges)
        lowercase = self._lowercase = lower_case_words(text)
        self.candidates = Candidates()
        self._sentence_adverbs = lexicon_words("sentence_adverb")
        for sent in sentences:
            runs = proper_runs(sent)
            # In a dialogue, a first name the tagger took for a verb or a noun is a name all the same (news writes
            # ``Grace`` and ``Mark`` as words and is left alone)
            mistagged = mistagged_first_names(sent, runs) if dialogue else []
            for run in sorted(runs + mistagged, key=lambda r: r[0].index):
                if len(run) > 1 and run[0].index == 0 and run[0].text.casefold() in self._sentence_adverbs:
                    run = run[1:]  # ``So Eeyore stood there``: the tagger took the adverb for the name's first word
                s, e = run[0].start, run[-1].end
                addressed = inside_ranges(quote_index, s, e)
                if addressed and not addressed_name(sent, run):
                    continue
                if addressed and opens_quotation(sent, run) and not may_open_as_name(run[0].text, sent, lowercase):
                    continue  # ``"Right!" said I``, ``»Mord, wenn …«``: no name
                toks, title = clean_name([w.text for w in run])
                if toks and not sentence_initial_word(text, sent, run, toks):
                    title = title or title_before(sent, run[0])
                    gender = name_gender(toks, title) or gender_in_clause(sent, run)
                    source = not addressed and is_speech_subject(sent, run)
                    subject = not addressed and (
                        is_subject(text, sent, run) or (run in mistagged and opens_clause_before_verb(sent, run))
                    )
                    subordinate = subject and not source and subordinate_subject(sent, run)
                    beside = None if addressed else pronoun_subject_beside(sent, run)
                    cand = Candidate(
                        s, e, toks, gender, source, self.para(s), subject=subject, scene_only=addressed,
                        addressed=addressed, subordinate=subordinate, beside=beside,
                    )  # fmt: skip
                    self.candidates.append(cand)
                    if gender is not None:
                        self._context_gender.setdefault(s, gender)
        # Words the text never writes in lower case that a pronoun after them genders are characters too
        # (``Holmes``, whom the tagger may not take for a name): the narration shows what they are. Only in a
        # dialogue (news names places and parties so: ``the Vermont senator … he``) and where nouns are lower
        # case (German capitalises every noun).
        narration: dict[str, str] = {}
        if dialogue and sentences and not any(profile(sent.lang).capitalised_nouns for sent in sentences):
            capitalised = mid_sentence_capitals(text) - {w.casefold() for w in lowercase}
            narration = narration_genders(text, capitalised, quote_index)
        self._unparsed_names(text, quote_index, set(narration) | tag_names, lowercase)
        self._tag_names = tag_names
        # Last words of the names the text makes act, speak or be spoken to somewhere: its characters. A name of
        # unknown gender seen only in an object or a prepositional phrase (``in Derbyshire``, ``towards the Arno``,
        # ``From a Leonardo``) is more often a place or a thing than a person.
        self._characters = {
            c.tokens[-1].casefold()
            for c in self.candidates.newest_first(len(text) + 1)
            if c.tokens and (c.subject or c.source or c.addressed)
        }
        self._name_genders = _name_genders(self.candidates)
        for key, gender in narration.items():
            self._name_genders.setdefault(key, gender)
        for cand in self.candidates.newest_first(len(text) + 1):
            if cand.gender is None and len(cand.tokens) == 1:
                cand.gender = self._name_genders.get(cand.tokens[0].casefold())
        self._couple_cache: dict[str, dict[str, Candidate]] | None = None
        self._parent_cache: dict[str, dict[str, Candidate]] | None = None
        # Each speaker mention's first resolution for a turn of its own (by a sieve that does not carry it over):
        # the speaker, the factor on the attribution's confidence and the resolution's own rules (:meth:`add`).
        self._resolved_mentions: dict[tuple[int, int], tuple[Speaker, float, tuple[str, ...]]] = {}

    def _unparsed_names(self, text: str, quotes: SpanIndex, gendered: set[str], lowercase: frozenset[str]) -> None:
        """Titled names, known first names and names parsed elsewhere in the document, in narration the selection
        left unparsed, as scene characters; one that opens a sentence before a lower-case word (``Eeyore shook
        his head``) is the subject of its clause. ``gendered``: case-folded words the narration genders;
        ``lowercase``: the words the text writes in lower case, which open no name (``But Victor``)."""
        known = {t.casefold() for c in self.candidates.newest_first(len(text) + 1) for t in c.tokens[-1:]} | gendered
        for m in SURFACE_NAME.finditer(text):
            s, e = m.span()
            if self.sentence_index.first_overlapping(s, e) >= 0 or inside_ranges(quotes, s, e):
                continue
            words = m.group().split()
            while len(words) > 1 and (
                (words[0].casefold() in lowercase and not kept_opening(words[0]))
                or words[0].casefold() in self._sentence_adverbs
            ):
                s = text.index(words[1], s + len(words[0]))  # ``But Victor``, ``Dear Lizzy``: the name is Victor
                words.pop(0)
            toks, title = clean_name(words)
            if title is None and first_name_gender(words[0]) is None and toks[-1].casefold() not in known:
                continue
            gender = name_gender(toks, title)
            opens = opens_sentence(text, s) or _opens_coordinated_clause(text, s)
            subject = opens and _LOWER_NEXT.match(text, e) is not None
            cand = Candidate(s, e, toks, gender, False, self.para(s), subject=subject, scene_only=True)
            self.candidates.append(cand)

    def para(self, offset: int) -> int:
        return paragraph_at(self.paras, offset) if self.paras else 0

    def full_name(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        # One search of the text per surname, not per mention: the answer depends on the text and tokens only.
        if tokens not in self._full_names:
            alias = self.aliases.get(tuple(t.casefold() for t in tokens))
            found = alias if alias is not None else tokens
            self._full_names[tokens] = full_name_of(self.text, found, self._word_starts)
        return self._full_names[tokens]

    @staticmethod
    def _key(tokens: tuple[str, ...], kind: EntityKind) -> tuple[str, object]:
        return (kind, tokens[-1].casefold() if kind == "person" and tokens else tokens)

    def entity_for(self, tokens: tuple[str, ...], kind: EntityKind, gender: str | None = None) -> int:
        """The entity these name tokens belong to, made when there is none yet.

        A person's name joins an entity that shares its surname (``Darcy``, ``Mr. Darcy``, ``Fitzwilliam Darcy``)
        unless their genders differ (``Mr. Bennet``, ``Mrs. Bennet``); a lone first name joins the one entity
        whose full name starts with it (``Lucy`` … ``Lucy Honeychurch``, in either order).
        """
        if kind == "person" and len(tokens) == 1 and self.dialogue:
            # ``Lizzy`` is the passage's Elizabeth, and shows as her. A lone name in a dialogue only: with a
            # surname the surname keys the person, and news names a Hans beside another man's Johannes.
            tokens = (self._pet_full_form(tokens[0], gender) or tokens[0],)
        for i in self._by_key.get(self._key(tokens, kind), ()):
            ent = self.entities[i]
            if kind == "person" and not genders_agree(ent.gender, gender):
                continue
            if same_person(ent.tokens, tokens) if kind == "person" else ent.tokens == tokens:
                if len(tokens) > len(ent.tokens):
                    ent.tokens = tokens
                return i
        if kind == "person" and (alias := self._first_name_alias(tokens, gender)) is not None:
            return alias
        self.entities.append(_Entity(tokens, kind, gender=gender if kind == "person" else None))
        self._index(len(self.entities) - 1)
        return len(self.entities) - 1

    def _pet_full_form(self, word: str, gender: str | None) -> str | None:
        """The full first name a pet form stands for in this text (``Lizzy`` → ``Elizabeth``): the one name of
        :func:`full_forms` of the mention's gender that the text writes as a bare name, with no title before it
        (``Lady Catherine`` is addressed so by everyone, and is nobody's ``Kitty``). None where the text writes
        none or two (``Charlie`` beside both ``Charles`` and ``Charlotte``); two characters of that first name
        then stay apart in :meth:`_first_name_alias`. One search of the text per pet form and gender."""
        key = (word.casefold(), gender)
        if key not in self._pet_fulls:
            found = {
                full
                for full, g in full_forms(word)
                if full != word and genders_agree(g, gender) and self._written_bare(full)
            }
            self._pet_fulls[key] = found.pop() if len(found) == 1 else None
        return self._pet_fulls[key]

    def _written_bare(self, name: str) -> bool:
        """``name`` is written as a capitalised word with no title right before it, somewhere in the text."""
        pattern = regex.compile(rf"(?<!\w){regex.escape(name)}(?!\w)")
        return any(title_at(self.text, m.start()) is None for m in pattern.finditer(self.text))

    def _index(self, i: int) -> None:
        ent = self.entities[i]
        key = self._key(ent.tokens, ent.kind)
        if i not in self._by_key.get(key, ()):
            self._by_key.setdefault(key, []).append(i)
        if ent.kind == "person" and len(ent.tokens) > 1:
            self._by_key.setdefault(("first", ent.tokens[0].casefold()), []).append(i)

    def _first_name_alias(self, tokens: tuple[str, ...], gender: str | None) -> int | None:
        """``Lucy`` after ``Lucy Honeychurch`` (or before it: the entity takes the full name), when only one
        entity fits; a first name shared by two people stays apart."""
        if len(tokens) == 1:
            found = [
                i
                for i in self._by_key.get(("first", tokens[0].casefold()), ())
                if genders_agree(self.entities[i].gender, gender)
            ]
            return found[0] if len(set(found)) == 1 else None
        if first_name_gender(tokens[0]) is None:
            return None
        found = [
            i
            for i in self._by_key.get(("person", tokens[0].casefold()), ())
            if self.entities[i].tokens == tokens[:1] and genders_agree(self.entities[i].gender, gender)
        ]
        if len(found) != 1:
            return None
        self.entities[found[0]].tokens = tokens
        self._index(found[0])
        return found[0]

    def _without_opening_word(self, words: list[str]) -> list[str]:
        """A name's words without an opening word the text also writes in lower case (``"Poor Lucy--"`` addressed
        in a quotation is Lucy, ``Old Mr. Emerson`` is Mr. Emerson), unless it is a title or a known first name
        (``Miss``, ``Rose``); only before a title or first name, which open the name (``De Griers`` keeps its
        particle, though French ``de`` is written in lower case). News has it too (``When Mr. Trump``, ``State Sen.
        Lee Bright``). Not where nouns are capitalised: German ``die Außenminister Frankreichs`` is no
        ``Frankreichs``."""
        while (
            len(words) > 1
            and words[0].casefold() in self._lowercase
            and not kept_opening(words[0])
            and kept_opening(words[1])
        ):
            words = words[1:]
        return words

    def final_names(self) -> list[Speaker | None]:
        """The speakers with the name their person has at the end of the text: a character's entity takes the
        fullest name the text gives it (``Anne`` … ``Anne Shirley``), and a speaker answered before the longer form
        was read printed the shorter one; every quotation of one character now prints the same, fullest name. Only
        in a text that holds a dialogue: a news entity grows by the words of a longer mention (``Even Republicans``,
        ``Republican candidate Lindsey Graham``), which no quotation should print."""
        if not self.dialogue:
            return self.speakers
        out: list[Speaker | None] = []
        for sp in self.speakers:
            ent = self.entities[sp.entity] if sp is not None and sp.entity is not None else None
            if sp is not None and ent is not None and ent.kind == "person" and ent.resolved and ent.name != sp.name:
                sp = sp.model_copy(update={"name": ent.name})
            out.append(sp)
        return out

    def _entity_gender(self, i: int | None) -> str | None:
        return self.entities[i].gender if i is not None else None

    def _or_no_character(self, excluded: Callable[[Candidate], bool]) -> Callable[[Candidate], bool]:
        """``excluded``, and a name of unknown gender that is no character: it neither acts nor speaks here, and
        no mention of its last word acts, speaks or is spoken to anywhere in the text (:attr:`_characters`). Such a
        name (``Had she not seen him in Derbyshire``, ``towards the Arno``) is no ``he``/``she``, even as the last
        resort of the character pass."""

        def test(c: Candidate) -> bool:
            if excluded(c):
                return True
            if (c.gender or self._entity_gender(c.entity)) is not None or c.subject or c.source:
                return False
            return not c.tokens or c.tokens[-1].casefold() not in self._characters

        return test

    def _answer(self, speaker: Speaker | None, confidence: float, rules: tuple[str, ...]) -> None:
        self.speakers.append(speaker)
        self.confidences.append(confidence)
        self.rules.append(rules)

    def add(self, att: AttributionLike | None) -> None:
        """Resolve the next attribution (in text order)."""
        if att is None or att.speaker is None:
            self._answer(None, att.confidence if att is not None else 0.0, _chain(att) if att is not None else ())
            return
        s, e = att.speaker
        earlier = self._resolved_mentions.get((s, e))
        clash = earlier is not None and att.sieve in CARRYING_SIEVES and self._carried_clash(att, earlier[0])
        if earlier is not None and att.sieve in CARRYING_SIEVES and not clash:
            # A turn that carries another turn's tag (the speaker two turns back) speaks as that tag was resolved
            # for its own turn: resolved again here, a pronoun would read this turn's neighbours (its previous
            # speaker, the names said since) and could become the other party of the exchange.
            carried, factor, how = earlier
            self._answer(carried, att.confidence * factor, (*_chain(att), *how))
            return
        answered = len(self.speakers)
        mention = Span(start=s, end=e, text=self.text[s:e])
        k_sent = self.sentence_index.containing(s)
        msent = self.sentences[k_sent] if k_sent >= 0 else None
        if att.mention_kind == MentionKind.PRONOUN:
            self._pronoun(att, mention, msent, not_entity=earlier[0].entity if clash and earlier is not None else None)
        elif not (att.mention_kind == MentionKind.NOMINAL and self._nominal_character(att, mention, msent)):
            self._named(att, mention, msent)
        if len(self.speakers) == answered + 1 and earlier is None and att.sieve not in CARRYING_SIEVES:
            self._remember(att, (s, e))

    def _carried_clash(self, att: AttributionLike, carried: Speaker) -> bool:
        """A pronoun tag carried from two turns back whose resolution for its own turn is the character who spoke
        the turn right before this one, or whom this turn calls by name: the two parties of an exchange are two
        people and nobody addresses themself, so that resolution was wrong (``"…," he said.`` → Watson ⏎ ``"…," I
        said.`` → Watson ⏎ ``"…"``); the mention is then resolved again here, with that character no candidate.
        On PDNC the clash was the carried pronoun's fault more often than the previous turn's (implicit answers 8
        wrong → right, 2 right → wrong)."""
        i = len(self.speakers)  # this quotation
        if att.mention_kind != MentionKind.PRONOUN or carried.entity is None or i >= len(self.entry_paragraphs):
            return False
        paragraphs = self.entry_paragraphs
        # the turn right before: the quotations of the paragraph before this one, walked back from this one (the
        # carrying rule answers only a turn whose paragraph before is one; a bounded walk, a turn's quotations)
        for j in range(i - 1, max(-1, i - 1 - _TURN_QUOTES), -1):
            if paragraphs[j] == paragraphs[i]:
                continue
            if paragraphs[j] != paragraphs[i] - 1:
                break
            sp = self.speakers[j]
            if sp is not None and sp.entity is not None:
                if sp.entity == carried.entity:
                    return True
                break
        # nor is it the character this turn calls by name (``"…, Watson?"``)
        ent = self.entities[carried.entity]
        if not ent.tokens or ent.kind != "person":
            return False
        return self.candidates.addressed_before(paragraphs[i], self.entry_ends[i], ent.tokens[-1].casefold())

    def _remember(self, att: AttributionLike, mention: tuple[int, int]) -> None:
        """Keep the answer just given for ``att`` as its mention's resolution (:data:`CARRYING_SIEVES`)."""
        speaker = self.speakers[-1]
        if speaker is None or att.confidence <= 0:
            return
        factor = self.confidences[-1] / att.confidence
        self._resolved_mentions[mention] = (speaker, factor, self.rules[-1][len(_chain(att)) :])

    def _nominal_character(self, att: AttributionLike, mention: Span, msent: ParsedSentence | None) -> bool:
        """``"…," said the girl``, ``cried his father``: a definite or possessive noun phrase whose noun says a
        gender names a person the passage already knows, found like a pronoun of that gender among the persons
        (not among other noun phrases: ``the girl`` is no ``old lady``). The mention stays the noun phrase, so its
        offsets are what they were. A phrase with ``a`` brings in someone new (``a grave voice``), and one with no
        person of its gender in reach stays what it is. Not where every noun is capitalised: there the persons a
        German tale's roles would resolve to are mostly capitalised nouns (``der Schlachter`` is no ``Kalb``)."""
        if msent is None or profile(msent.lang).capitalised_nouns or not _definite(msent, mention):
            return False
        gender = noun_gender(mention.text)
        if gender not in ("m", "f"):
            return False
        s = mention.start
        para = self.para(s)
        addressed = self._addressed_in(para, s)
        possessor = self._possessor(mention, msent, para)
        if possessor is not None and (kin := self._same_surname(possessor, gender, s, para)) is not None:
            self._resolved(att, mention, kin, "nominal_kin", gender)  # ``his wife`` of Mr. Bennet: Mrs. Bennet
            return True
        relation = kin_relation(mention.text.split()[-1])
        if relation in _FAMILY and (member := self._family(gender, s, relation == "parent")) is not None:
            self._resolved(att, mention, member, "nominal_family", gender)  # ``her mother`` of Elizabeth
            return True
        excluded = addressed if possessor is None else lambda c: addressed(c) or self._same_entity(c, possessor)
        target, how = find_antecedent(
            self.candidates, s, para, gender, "sg", self._entity_gender, excluded, persons=True
        )
        if target is None:
            return False
        self._resolved(att, mention, target, "nominal_" + how.removeprefix("pronoun_"), gender)
        return True

    def _couples(self) -> dict[str, dict[str, Candidate]]:
        """Surnames the passage writes with a man's and a woman's title (``Mr. Bennet``, ``Mrs. Bennet``; not an
        unmarried one, ``Miss Bennet``), each with the first mention of either: the couple a family's kin nouns
        name. Computed once."""
        if self._couple_cache is None:
            married, _unmarried = self._titled_surnames()
            self._couple_cache = {k: v for k, v in married.items() if len(v) == 2}
        return self._couple_cache

    def _parents(self) -> dict[str, dict[str, Candidate]]:
        """Surnames the passage writes with an unmarried title (``Miss Bennet``) and with a married man's or
        woman's title (``Mr. Bennet``), each with the first mention of the latter by its gender: the daughters'
        parent, for a family whose other parent the passage never names (:meth:`_family`). Computed once."""
        if self._parent_cache is None:
            married, unmarried = self._titled_surnames()
            self._parent_cache = {k: v for k, v in married.items() if k in unmarried}
        return self._parent_cache

    def _titled_surnames(self) -> tuple[dict[str, dict[str, Candidate]], set[str]]:
        """The surnames (case-folded) the candidates so far write with a man's or a woman's title, each with the
        first mention by the title's gender, and those written with an unmarried title (``Miss``): what
        :meth:`_couples` and :meth:`_parents` read, each at its own first call."""
        married: dict[str, dict[str, Candidate]] = {}
        unmarried: set[str] = set()
        for c in reversed(list(self.candidates.newest_first(len(self.text) + 1))):
            if c.nominal or c.organisation or not c.tokens:
                continue
            first = self.text[c.start : c.end].split()[:1]
            title = first[0] if first and is_title(first[0]) else title_at(self.text, c.start)
            if title is None:
                continue
            if kin_relation(title) == "unmarried":
                unmarried.add(c.tokens[-1].casefold())
            elif (g := title_gender(title)) in ("m", "f"):
                married.setdefault(c.tokens[-1].casefold(), {}).setdefault(g, c)
        return married, unmarried

    def _family(self, gender: str, offset: int, parent: bool = False) -> Candidate | None:
        """``said her mother``, ``cried her husband``: in a passage about one family, the couple's member
        of the kin noun's gender (:meth:`_couples`), when the passage names exactly one couple; its latest mention
        before ``offset``, else its first. With no couple, a ``parent`` noun (``said her father``, ``"Oh,
        Papa, …"``) is the one person of its gender whose surname the passage also writes with ``Miss``
        (:meth:`_parents`: ``Mr. Bennet``, ``Miss Bennet``), found the same way: a passage that opens on a family
        scene often names the father only in a later line (``Two days after Mr. Bennet's return``)."""
        couples = self._couples()
        if not couples and parent:
            couples = {k: v for k, v in self._parents().items() if gender in v}
        if len(couples) != 1 or gender not in ("m", "f"):
            return None
        surname, members = next(iter(couples.items()))
        for n, c in enumerate(self.candidates.newest_first(offset)):
            if n == FAMILY_CANDIDATES:
                break
            if c.tokens and c.tokens[-1].casefold() == surname and not c.nominal and c.gender == gender:
                return c
        first = members[gender]
        return Candidate(first.start, first.end, first.tokens, gender, False, first.paragraph)

    def _possessor(self, mention: Span, msent: ParsedSentence, para: int) -> Candidate | None:
        """Who the possessive of ``her mother``, ``his wife`` refers to, found like a tag pronoun: the noun phrase
        names someone else (``her mother`` is never the ``her``)."""
        words = mention.text.split()
        info = pronoun(words[0], msent.lang) if len(words) > 1 else None
        if info is None or info.person != "3" or info.gender not in ("m", "f"):
            return None
        s = mention.start
        found, _how = find_antecedent(
            self.candidates, s, para, info.gender, "sg", self._entity_gender, self._addressed_in(para, s), persons=True
        )
        return found

    def _same_entity(self, c: Candidate, other: Candidate) -> bool:
        if c.entity is not None and other.entity is not None:
            return c.entity == other.entity
        return bool(c.tokens and other.tokens) and same_person(c.tokens, other.tokens)

    def _same_surname(self, possessor: Candidate, gender: str, offset: int, para: int) -> Candidate | None:
        """The latest person of ``gender`` who shares the possessor's surname and is someone else (``his wife``
        after ``Mr. Bennet`` is ``Mrs. Bennet``), within :data:`CHARACTER_WINDOW` paragraphs."""
        if len(possessor.tokens) < 1 or (possessor.gender or self._entity_gender(possessor.entity)) == gender:
            return None
        surname = possessor.tokens[-1].casefold()
        for c in self.candidates.within(offset, para, CHARACTER_WINDOW):
            if c.addressed or c.nominal or not c.tokens or c.tokens[-1].casefold() != surname:
                continue
            if (c.gender or self._entity_gender(c.entity)) == gender:
                return c
        return None

    def _pronoun(
        self, att: AttributionLike, mention: Span, msent: ParsedSentence | None, *, not_entity: int | None = None
    ) -> None:
        """Resolve a pronoun speaker mention; never to entity ``not_entity`` (a carried tag whose own resolution
        clashes with the turn before, :meth:`_carried_clash`)."""
        s, e = mention.start, mention.end
        chain, conf, kind = _chain(att), att.confidence, att.mention_kind
        info = pronoun(mention.text, msent.lang if msent else None)
        if info is not None and info.person == "rel" and msent is not None and self._relative(att, mention, msent):
            return
        target, how = None, "pronoun_unresolved"
        if self.narrator is not None and first_person(self.text, att) and not inside_ranges(self.quote_index, s, e):
            self._narrator(att, mention)
            return
        if info is None or info.resolvable:
            gender, number = (info.gender, info.number) if info else ("x", "x")
            para = self.para(s)
            excluded = self._not_speaking_here(para, s)
            if not_entity is not None:
                excluded = _either(excluded, self._is_entity(not_entity))
            if (other := self._object_of_pronoun(para, s, gender)) is not None:
                excluded = _either(excluded, other)
            if gender in ("m", "f") and msent is not None and not profile(msent.lang).capitalised_nouns:
                # only where nouns are lower case, as the narration genders: in German news a person named once
                # in an object (``Álvaro Uribe``) is as often the ``er`` as a place is (changes there were mixed)
                excluded = self._or_no_character(excluded)
            target, how = find_antecedent(
                self.candidates, s, para, gender, number, self._entity_gender, excluded, speaking=self._tag_names
            )
        # the next turn's address outweighs a character found only by gender and recency
        called = self._called(info.gender) if info is not None and how.endswith(("_unresolved", "_character")) else None
        if called is not None:
            target, how = called, "pronoun_called_next_turn"
        if target is None and info is not None and self._nominal_antecedent(att, mention, info):
            return
        if target is None and info is not None and info.number == "sg":
            addressed = self._addressed_in(self.para(s), s)
            target, how = self._named_later(info.gender, mention, addressed), "pronoun_named_later"
        if target is None:
            self._unresolved(mention, kind, conf * UNRESOLVED_PRONOUN_CONFIDENCE, (*chain, "pronoun_unresolved"))
            return
        self._resolved(att, mention, target, how, info.gender if info is not None else None)

    def _nominal_antecedent(self, att: AttributionLike, mention: Span, info: PronounInfo) -> bool:
        """``Der Bürgermeister kam spät. „…“, sagte er.``: a singular ``er``/``she`` nobody named fits speaks for the
        nearest person noun (a role such as ``Bürgermeister``, ``spokeswoman``) that is the subject of the
        pronoun's sentence or of the two before it, in its paragraph or the one before, and agrees in gender (the
        parse's grammatical gender where nouns have one; the noun's own where it says one). A fallback only: a name
        in reach wins, and a noun that cannot speak (``der Bericht``) is none."""
        if info.gender not in ("m", "f") or info.number == "pl":  # ``sie`` may be either number
            return False
        k = self.sentence_index.containing(mention.start)
        para = self.para(mention.start)
        for sent in reversed(self.sentences[max(0, k - NOMINAL_ANTECEDENT_SENTENCES) : k + 1] if k >= 0 else ()):
            if self.para(sent.start) < para - 1:
                break
            blocked = self.quote_index.overlapping(sent.start, sent.end)
            for w in reversed(sent.words):
                if w.start >= mention.start or w.upos != "NOUN" or not w.deprel.startswith("nsubj"):
                    continue
                if _inside_any(blocked, w.start, w.end) or w.feats.get("Number", "Sing") != "Sing":
                    continue
                if speaker_rank(sent, w.index) != PERSON_RANK:
                    continue
                found = expand_mention(sent, w.index, blocked=blocked)
                if found is None or found.kind is not MentionKind.NOMINAL:
                    continue
                ante = Span(start=found.start, end=found.end, text=self.text[found.start : found.end])
                said = noun_gender(ante.text) or role_gender(w.text, mention_words(sent.lang, "role"))
                if not genders_agree(said or _grammatical_gender(sent, ante), info.gender):
                    continue
                self._named(att, ante, sent, kind=MentionKind.NOMINAL, shown=mention, via="pronoun_nominal")
                return True
        return False

    def _unresolved(self, mention: Span, kind: MentionKind, confidence: float, rules: tuple[str, ...]) -> None:
        """A pronoun nobody fits still speaks: it gets an entity of its own, marked unresolved, so that
        ``result.speakers`` lists everyone who speaks. Never shared with another pronoun: two unresolved ``sie`` may
        be two people, and no candidate takes it up (an unknown cannot be an antecedent)."""
        self.entities.append(_Entity((mention.text,), "anonymous", [mention], resolved=False))
        ent_id = len(self.entities) - 1
        speaker = Speaker(name=mention.text, mention=mention, mention_kind=kind, entity=ent_id)
        self._answer(speaker, confidence, rules)

    def _resolved(self, att: AttributionLike, mention: Span, target: Candidate, how: str, gender: str | None) -> None:
        """Answer a pronoun or noun phrase ``mention`` found to be ``target`` (``how`` names the search), and keep
        it as a candidate for the next ones."""
        s, e = mention.start, mention.end
        ent_id = target.entity
        if ent_id is None:
            ent_id = target.entity = self.entity_for(self.full_name(target.tokens), "person", target.gender)
        ent = self.entities[ent_id]
        ent.mentions.append(mention)
        if not how.endswith("_character") and ent.gender is None and gender in ("m", "f"):
            ent.gender = gender  # ``Holmes`` … ``he``: the pronouns a character takes give its gender
        distance = abs(self.para(s) - target.paragraph)  # a name after the pronoun (pronoun_named_later) too
        speaker = Speaker(
            name=ent.name,
            mention=mention,
            mention_kind=att.mention_kind,
            antecedent=Span(start=target.start, end=target.end, text=self.text[target.start : target.end]),
            entity=ent_id,
            title=ent.title,
            role=ent.role,
        )
        factor = PRONOUN_CONFIDENCE * (PARAGRAPH_DISTANCE_DECAY ** min(distance, SOURCE_WINDOW))
        if how.endswith("_character"):
            factor *= CHARACTER_FACTOR
        self._answer(speaker, att.confidence * factor, (*_chain(att), how))
        inferred = att.mention_kind == MentionKind.PRONOUN  # a pronoun's speaker, inferred (:func:`_new_actor`)
        self.candidates.append(
            Candidate(s, e, ent.tokens, ent.gender, True, self.para(s), ent_id, subject=True, inferred=inferred)
        )

    def _called(self, gender: str) -> Candidate | None:
        """The name the next turn calls its hearer (``"…," she said.`` ⏎ ``"Mrs. Honeychurch, …"``): in a dialogue a
        reply speaks to the one who spoke last. Only a name of the pronoun's gender (m or f), or of none known."""
        if self.turns is None or gender not in ("m", "f"):
            return None
        found = self.turns.called_next(len(self.speakers))
        if found is None:
            return None
        a, b = found
        toks, title = clean_name(POSSESSIVE.sub("", self.text[a:b]).split())
        if not toks or pronoun(toks[0], None) is not None or all(is_title(t) for t in toks):
            return None
        g = name_gender(toks, title) or self._name_genders.get(toks[-1].casefold())
        if g is not None and g != gender:
            return None
        return Candidate(a, b, toks, g, False, self.para(a))

    def _named_later(self, gender: str, mention: Span, addressed: Callable[[Candidate], bool]) -> Candidate | None:
        """``"…," she said`` at the top of an excerpt, with nobody before it: the first person of her gender that
        speaks or is a clause's subject after it, within :data:`LATER_WINDOW` paragraphs (a passage that opens
        mid-scene names its people a few lines on, and narration may run on for a page before it does). In a
        dialogue, or in any passage whose nouns are lower case; only for a gender the text shows. A name
        addressed inside a quotation is the hearer, and one in an object (``followed by Thaddeus Sholto``) is
        someone the scene brings in. Nor is it a name the pronoun's own turn addresses before its tag
        (``addressed``, :meth:`_addressed_in`: ``"You'll stay in this room until you confess, Anne," she said`` ⏎
        ``"But the picnic is tomorrow, Marilla," cried Anne`` is Marilla's), as for an antecedent before it."""
        if gender not in ("m", "f") or (not self.dialogue and not self._lower_case_nouns(mention.start)):
            return None
        para = self.para(mention.start)
        for n, c in enumerate(self.candidates.oldest_after(mention.end)):
            if c.paragraph - para > LATER_WINDOW or n == LATER_CANDIDATES:
                return None
            if c.addressed or c.organisation or c.nominal or not c.tokens or not (c.source or c.subject):
                continue
            if addressed(c):
                continue
            if (c.gender or self._entity_gender(c.entity) or self._name_genders.get(c.tokens[-1].casefold())) == gender:
                return c
        return None

    def _lower_case_nouns(self, offset: int) -> bool:
        """The sentence at ``offset`` is parsed, in a language that writes common nouns in lower case: outside a
        dialogue, a capitalised word after a pronoun there is a name (German ``Alkohol`` is not)."""
        k = self.sentence_index.containing(offset)
        return k >= 0 and not profile(self.sentences[k].lang).capitalised_nouns

    def _narrator(self, att: AttributionLike, mention: Span) -> None:
        """``said I`` in first-person narration: the narrator, under the name the others call them."""
        assert self.narrator is not None
        a, b = self.narrator
        toks, title = clean_name(self.text[a:b].split())
        full = self.full_name(toks)
        ent_id = self.entity_for(full, "person", name_gender(full, title))
        ent = self.entities[ent_id]
        ent.mentions.append(mention)
        speaker = Speaker(
            name=ent.name,
            mention=mention,
            mention_kind=att.mention_kind,
            antecedent=Span(start=a, end=b, text=self.text[a:b]),
            entity=ent_id,
            title=ent.title,
            role=ent.role,
        )
        self._answer(speaker, att.confidence * PRONOUN_CONFIDENCE * CHARACTER_FACTOR, (*_chain(att), "narrator"))

    def _addressed_in(self, paragraph: int, offset: int) -> Callable[[Candidate], bool]:
        """Who the pronoun's own turn talks to: the names written inside the quotations of its paragraph before it
        (``"Anne, you've passed," she cried``). A speaker does not address herself, so neither these mentions nor
        earlier mentions of the same names are her."""
        candidates = self.candidates
        return lambda c: bool(c.tokens) and candidates.addressed_before(paragraph, offset, c.tokens[-1].casefold())

    def _not_speaking_here(self, paragraph: int, offset: int) -> Callable[[Candidate], bool]:
        """:meth:`_addressed_in`, and in a dialogue the speaker of the turn right before: a reply is the other
        party's (``"Anne!"`` said Marilla. ⏎ ``"How dare you …?" she cried``: Anne, not Marilla)."""
        addressed = self._addressed_in(paragraph, offset)
        previous = self._previous_turn_speaker(paragraph)
        if previous is None:
            return addressed
        spoke_before = self._is_entity(previous)
        return lambda c: addressed(c) or spoke_before(c)

    def _object_of_pronoun(self, paragraph: int, offset: int, gender: str) -> Callable[[Candidate], bool] | None:
        """``As she passed along the gallery she patted Edna upon the shoulder.`` ⏎ ``"Well, how did you like my
        music?" she asked``: when the latest name in the narration before the pronoun (in its paragraph or the one
        before) is the object of a ``she`` of the pronoun's gender, the narration is about that ``she``, and the tag
        goes on with her: not the name, nor its other mentions (by surname). Only for a name of the pronoun's gender
        (title, first name, the pronouns of its clauses), not one a resolved pronoun gave its entity: in news that
        is as often a wrong resolution (``Facebook`` … ``she wrote``). None when there is no such name."""
        if gender not in ("m", "f"):
            return None
        for c in self.candidates.within(offset, paragraph, 1):
            if c.addressed:
                continue  # a name inside a quotation is the hearer, no part of the narration
            if c.beside != gender or not c.tokens:
                return None
            if (c.gender or self._name_genders.get(c.tokens[-1].casefold())) != gender:
                return None  # ``she had posted comments on Facebook``: no person the text shows
            surname = c.tokens[-1].casefold()
            return lambda d: d is c or (bool(d.tokens) and d.tokens[-1].casefold() == surname)
        return None

    def _is_entity(self, ent_id: int) -> Callable[[Candidate], bool]:
        """A candidate that is entity ``ent_id``: its own, or, not yet resolved, a mention of its surname and a
        gender that agrees."""
        ent = self.entities[ent_id]
        surname = ent.tokens[-1].casefold() if ent.tokens else ""

        def test(c: Candidate) -> bool:
            if c.entity is not None:
                return c.entity == ent_id
            return bool(c.tokens) and c.tokens[-1].casefold() == surname and genders_agree(c.gender, ent.gender)

        return test

    def _previous_turn_speaker(self, paragraph: int) -> int | None:
        """The entity of the resolved speaker (a person) of the last quotation in the paragraph right before
        ``paragraph``, when that paragraph is a turn of the dialogue that ends with its quotation and tag (no
        narration after it: ``"…," said Elizabeth. She then sought her sister`` hands the scene on); None
        otherwise."""
        if self.turns is None or not self.turns.opens_paragraph(len(self.speakers)):
            return None
        turns = self.turns
        for j in range(min(len(self.speakers), len(turns.paragraphs)) - 1, -1, -1):
            if turns.paragraphs[j] >= paragraph:
                continue
            if turns.paragraphs[j] < paragraph - 1 or not turns.ends_paragraph(j):
                return None
            sp = self.speakers[j]
            if sp is None or sp.entity is None or not self.entities[sp.entity].resolved:
                return None
            ent = self.entities[sp.entity]
            return sp.entity if ent.tokens and ent.kind == "person" else None
        return None

    def _family_name(self, att: AttributionLike, mention: Span, msent: ParsedSentence | None) -> bool:
        """A parent's kin noun used as a name (``"I am not going to run away, Papa," said Kitty`` ⏎ ``"…"`` → the
        one she calls ``Papa``) is the family's parent of its gender (:meth:`_family`), as ``her father`` is, and
        the pronouns after it resolve to that parent. Only where nouns are lower case, as for ``her father``
        (:meth:`_nominal_character`): a capitalised noun is no name there."""
        words = mention.text.split()
        if msent is None or profile(msent.lang).capitalised_nouns or len(words) != 1 or not words[0][:1].isupper():
            return False
        gender = noun_gender(words[0])
        if kin_relation(words[0]) != "parent" or gender not in ("m", "f"):
            return False
        member = self._family(gender, mention.start, parent=True)
        if member is None:
            return False
        self._resolved(att, mention, member, "name_family", gender)
        return True

    def _relative(self, att: AttributionLike, mention: Span, msent: ParsedSentence) -> bool:
        """A relative pronoun speaks for the noun phrase it follows (``Kritik kommt vom Fahrgastverband IGEB, der
        die Maßnahme als „Kapitulation“ sieht``, ``said Peter Hart, who …``), not for whoever spoke last: the
        speaker is named after that phrase, the mention stays the pronoun as written. False when the parse shows
        no such phrase (the pronoun is then resolved like any other)."""
        blocked = self.quote_index.overlapping(msent.start, msent.end)
        head = _relative_antecedent(msent, mention.start, blocked)
        found = None if head is None else expand_mention(msent, head, blocked=blocked)
        if found is None or found.kind is MentionKind.PRONOUN:
            return False
        ante = Span(start=found.start, end=found.end, text=self.text[found.start : found.end])
        self._named(att, ante, msent, kind=found.kind, shown=mention)
        return True

    def _named(
        self,
        att: AttributionLike,
        mention: Span,
        msent: ParsedSentence | None,
        *,
        kind: MentionKind | None = None,
        shown: Span | None = None,
        via: str = "relative_antecedent",
    ) -> None:
        """Resolve a name or noun phrase ``mention`` of the given ``kind`` (the attribution's by default); a
        ``shown`` mention (a relative pronoun) stands in the text for it and is what the speaker records."""
        s, e = mention.start, mention.end
        chain, kind = _chain(att), kind or att.mention_kind
        if kind == MentionKind.NAME and shown is None and self._family_name(att, mention, msent):
            return
        if kind == MentionKind.NAME:
            mention = name_after_title(self.text, mention)
            e = mention.end
            words = mention.text.split()
            if msent is not None and not profile(msent.lang).capitalised_nouns:
                words = self._without_opening_word(words)
            toks, title = clean_name(words)
            title = title or title_at(self.text, s)
            full = self.full_name(toks)
            ent_id = self.entity_for(full, "person", name_gender(full, title) or self._context_gender.get(s))
            chain = (*chain, "full_name") if full != toks else chain
        else:
            toks, title = tuple(mention.text.split()), None
            ent_kind: EntityKind = "organisation" if kind == MentionKind.ORGANISATION else "anonymous"
            ent_id = self.entity_for(toks, ent_kind)
        ent = self.entities[ent_id]
        ent.mentions.append(mention)
        ent.title = ent.title or title
        if kind == MentionKind.NAME:
            ent.gender = ent.gender or name_gender(ent.tokens, title) or self._context_gender.get(s)
            ent.gender = ent.gender or self._name_genders.get(ent.tokens[-1].casefold() if ent.tokens else "")
        elif kind == MentionKind.NOMINAL:
            ent.gender = ent.gender or noun_gender(mention.text) or _grammatical_gender(msent, mention)
        if kind != MentionKind.NAME and ent.display is None:
            ent.display = nominative_name(msent, mention)
        if kind == MentionKind.NOMINAL:
            ent.role = ent.role or mention.text
        else:
            ent.role = ent.role or nominal_role(self.text, msent, s, e)
        if shown is not None:
            speaker = Speaker(
                name=ent.name, mention=shown, mention_kind=MentionKind.PRONOUN, antecedent=mention, entity=ent_id,
                title=ent.title, role=ent.role,
            )  # fmt: skip
            chain = (*chain, via)
        else:
            speaker = Speaker(
                name=ent.name, mention=mention, mention_kind=kind, entity=ent_id, title=ent.title, role=ent.role
            )
        self._answer(speaker, att.confidence, chain)
        organisation, nominal = kind == MentionKind.ORGANISATION, kind == MentionKind.NOMINAL
        cand = Candidate(s, e, ent.tokens, ent.gender, True, self.para(s), ent_id, organisation, True, nominal=nominal)
        self.candidates.append(cand)


def _either(a: Callable[[Candidate], bool], b: Callable[[Candidate], bool]) -> Callable[[Candidate], bool]:
    return lambda c: a(c) or b(c)


def _grammatical_gender(sent: ParsedSentence | None, mention: Span) -> str | None:
    """m or f from the parse's gender of the phrase's last noun, in languages whose nouns have one (``der
    Brotherr`` … ``er``): there a pronoun agrees with the noun, whatever the person is."""
    if sent is None:
        return None
    nouns = [w for w in sent.words if mention.start <= w.start < mention.end and w.upos == "NOUN"]
    return GENDER_FEATS.get(nouns[-1].feats.get("Gender", "")) if nouns else None


def _definite(sent: ParsedSentence, mention: Span) -> bool:
    """The noun phrase opens with a definite article or a possessive (``the girl``, ``his father``)."""
    first = next((w for w in sent.words if w.start >= mention.start), None)
    if first is None or first.start >= mention.end:
        return False
    return first.feats.get("Definite") == "Def" or first.feats.get("Poss") == "Yes"


def _relative_antecedent(sent: ParsedSentence, start: int, blocked: Sequence[tuple[int, int]]) -> int | None:
    """Head word of the noun phrase the relative pronoun at offset ``start`` refers to: the noun right before it
    (a comma between), whatever the parse hangs the clause on (``the question from moderator John Dickerson,
    who`` is Dickerson's). A genitive of another gender than the pronoun passes it on to the noun it depends on,
    where that one agrees (``der Sprecher des Ministeriums, der``). Only a person, group or statement (``Still,
    who`` refers to no one the sentence names)."""
    at = [w for w in sent if w.start == start]
    if not at:
        return None
    rel = at[0]
    k = rel.index - 1
    if k >= 0 and sent[k].text == ",":
        k -= 1
    if k < 0:
        return None
    w = sent[k]
    if w.upos not in ("NOUN", "PROPN") or not is_nominal(w, sent.lang) or _inside_any(blocked, w.start, w.end):
        return None
    gender = rel.feats.get("Gender")
    owner = sent.head_of(k)
    if (
        gender is not None
        and w.base_rel == "nmod"
        and owner is not None
        and owner.index < k
        and owner.upos in ("NOUN", "PROPN")
        and gender not in w.feats.get("Gender", gender).split(",")
        and gender in owner.feats.get("Gender", "").split(",")
    ):
        k = owner.index
    return k if speaker_rank(sent, k, subject=False) >= GROUP_RANK else None


def _inside_any(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)
