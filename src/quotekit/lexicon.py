"""Attribution cues and mention words as data: speech verbs, source patterns, pronouns.

The tables live in ``quotekit/data`` (``cues_en.tsv``, ``cues_de.tsv``, ``mention_words.tsv``) and are read
lazily, once per process, through :mod:`importlib.resources`. A cue row is ``lemma, particle, kind, forms``;
German separable verbs keep their particle apart so that ``teilte … mit`` (lemma ``teilen`` plus the particle
``mit``) is reassembled to ``mitteilen``; English phrasal verbs work the same way (``pointed … out``).

Inflected forms for :func:`cue_surface_pattern` are generated from the lemmas (English ``-s/-ed/-ing``,
German weak conjugation) plus the irregular forms listed in the table, never written out in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from importlib import resources

import regex

from quotekit.lang import LANGUAGES, profile

__all__ = [
    "CueEntry",
    "CueKind",
    "SourcePhrases",
    "anaphoric_opening_pattern",
    "as_words",
    "belief_cues",
    "cue_entries",
    "cue_lemmas",
    "cue_surface_pattern",
    "is_cue",
    "mention_words",
    "pronouns",
    "read_table",
    "report_surface_pattern",
    "source_phrases",
    "surface_forms",
    "title_abbreviations",
    "verb_cues",
    "word_pairs",
    "words",
]


class CueKind(str, Enum):
    """What a cue row is; see the header of ``cues_en.tsv``."""

    SPEECH = "speech"
    COMMUNICATION = "communication"
    PREP = "prep"
    POSTP = "postp"
    TAG = "tag"
    AS = "as"
    BELIEF = "belief"

    @property
    def is_verb(self) -> bool:
        """A verb that attributes quotations and reported speech alike (``belief`` verbs are not: see
        :func:`belief_cues`)."""
        return self in (CueKind.SPEECH, CueKind.COMMUNICATION)

    @property
    def inflects(self) -> bool:
        return self.is_verb or self is CueKind.BELIEF


@dataclass(frozen=True, slots=True)
class CueEntry:
    """One row of a cue table."""

    lemma: str
    """Dictionary form, particle verbs whole (``mitteilen``, ``point out``); patterns with spaces."""
    particle: str | None
    kind: CueKind
    forms: tuple[str, ...]
    """Irregular forms from the table (the generated regular ones are in :func:`surface_forms`)."""
    lang: str

    @property
    def base(self) -> str:
        """The lemma the parser gives the finite verb: ``mitteilen`` → ``teilen``, ``point out`` → ``point``."""
        if self.particle is None:
            return self.lemma
        if profile(self.lang).joined_particles and self.lemma.startswith(self.particle):
            return self.lemma[len(self.particle) :]
        suffix = " " + self.particle
        if self.lemma.endswith(suffix):
            return self.lemma[: -len(suffix)]
        return self.lemma

    @property
    def words(self) -> tuple[str, ...]:
        """The words of a multi-word pattern (``according to`` → ``("according", "to")``)."""
        return tuple(self.lemma.split())


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file in ``quotekit/data`` as dicts: the one loader of every word list.

    The first line that is not a ``#`` comment is the header row naming the columns; blank lines are skipped.
    """
    raw = resources.files("quotekit.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) != len(header):
            raise ValueError(
                f"{name}: expected {len(header)} tab-separated columns ({', '.join(header)}), got {cols!r}"
            )
        rows.append(dict(zip(header, (c.strip() for c in cols), strict=True)))
    return rows


def _parse_cue_row(row: dict[str, str], lang: str) -> CueEntry:
    particle, forms = row["particle"], row["forms"]
    return CueEntry(
        lemma=row["lemma"],
        particle=None if particle == "-" else particle,
        kind=CueKind(row["kind"]),
        forms=() if forms == "-" else tuple(f.strip() for f in forms.split(",") if f.strip()),
        lang=lang,
    )


@cache
def cue_entries(lang: str) -> tuple[CueEntry, ...]:
    """Every row of the cue table of ``lang``, in file order."""
    return tuple(_parse_cue_row(row, lang) for row in read_table(profile(lang).cue_table))


@cache
def cue_lemmas(lang: str) -> frozenset[str]:
    """Lemmas of all cues of ``lang``: verbs whole (``mitteilen``, ``point out``) and patterns (``laut``)."""
    return frozenset(e.lemma for e in cue_entries(lang))


@cache
def cue_lemmas_of(lang: str, kind: CueKind) -> frozenset[str]:
    """Lemmas of the cues of one kind in ``lang``: the tag words (``so``), the ``as`` subordinators (``wie``)."""
    return frozenset(e.lemma for e in cue_entries(lang) if e.kind is kind)


@cache
def source_entries(lang: str, kinds: frozenset[CueKind]) -> tuple[CueEntry, ...]:
    """The source-phrase cues of ``kinds`` in ``lang``, longest first, so that a phrase is tried before a shorter
    one it starts with (``nach Angaben von`` before ``nach Angaben``)."""
    return tuple(sorted((e for e in cue_entries(lang) if e.kind in kinds), key=lambda e: -len(e.words)))


@cache
def _verbs_by_base(lang: str) -> dict[str, tuple[CueEntry, ...]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_entries(lang):
        if e.kind.is_verb:
            out.setdefault(e.base, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _verbs_by_form(lang: str) -> dict[str, tuple[CueEntry, ...]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_entries(lang):
        if e.kind.is_verb:
            for form in surface_forms(e):
                out.setdefault(form, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _verbs_by_lemma(lang: str) -> dict[str, tuple[CueEntry, ...]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_entries(lang):
        if e.kind.is_verb:
            out.setdefault(e.lemma, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 16)  # called per parsed word; the table scan behind it is the same every time
def verb_cues(lemma: str, lang: str, *, surface: str | None = None) -> tuple[CueEntry, ...]:
    """Verb cues whose parser lemma (the base, without particle) is ``lemma``, or whose whole lemma is.

    ``surface`` (the word as written) is a second chance when the parser's lemma is wrong: the compact
    German model lemmatises some past forms badly, so ``erklärte`` is also looked up among the generated forms.
    """
    if lang not in LANGUAGES:
        return ()
    key = lemma.lower()
    found: list[CueEntry] = list(_verbs_by_base(lang).get(key, ()))
    found += [e for e in _verbs_by_lemma(lang).get(key, ()) if e not in found]
    if surface is not None:
        found += [e for e in _verbs_by_form(lang).get(surface.lower(), ()) if e not in found]
    return tuple(found)


@cache
def _beliefs(lang: str) -> dict[str, tuple[CueEntry, ...]]:
    out: dict[str, list[CueEntry]] = {}
    for e in cue_entries(lang):
        if e.kind is CueKind.BELIEF:
            for key in {e.base, e.lemma} | surface_forms(e):
                out.setdefault(key, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 16)
def belief_cues(lemma: str, lang: str, *, surface: str | None = None) -> tuple[CueEntry, ...]:
    """Verbs of thought, belief and intention (``believe``, ``befürchten``) whose parser lemma or surface form
    is given: they report a content clause (``X believes that …``) but never attribute a quotation, so only the
    reported-speech rules look them up."""
    if lang not in LANGUAGES:
        return ()
    table = _beliefs(lang)
    found = list(table.get(lemma.lower(), ()))
    if surface is not None:
        found += [e for e in table.get(surface.lower(), ()) if e not in found]
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def is_cue(lemma: str, lang: str, particle: str | None = None) -> bool:
    """Whether ``lemma`` (with the separated ``particle``, if any) is a speech-verb or pattern cue.

    ``is_cue("teilen", "de", particle="mit")`` is True (``mitteilen``); ``is_cue("teilen", "de")`` is not.
    """
    if lang not in LANGUAGES:
        return False
    key = lemma.lower()
    part = particle.lower() if particle else None
    for e in cue_entries(lang):
        if part is None and e.lemma == key and e.kind is not CueKind.BELIEF:
            return True
        if e.kind.is_verb and e.base == key and e.particle == part:
            return True
    return False


# --- inflection -------------------------------------------------------------------------------------------


def surface_forms(entry: CueEntry) -> frozenset[str]:
    """Inflected forms of a verb cue as they stand in text, lower-case: generated plus the table's irregulars.

    For particle verbs these are the forms of the base (``teilte`` for ``mitteilen``), because the particle
    stands apart in main clauses, plus the joined forms where the language writes them so: infinitive, participle
    and the finite forms of a verb-final clause (``mitteilen``, ``mitgeteilt``, ``mitteilte``).
    """
    if not entry.kind.inflects:
        return frozenset({entry.lemma})
    forms = profile(entry.lang).inflect(entry.base, entry.particle)
    irregular = {f.lower() for f in entry.forms}
    forms |= irregular
    if entry.particle and profile(entry.lang).joined_particles:
        # The irregular finite forms joined to the particle, as a verb-final clause writes them (``hinwies``).
        forms |= {entry.particle + f for f in irregular if not f.startswith(entry.particle)}
    return frozenset(forms)


@cache
def cue_surface_pattern(lang: str) -> regex.Pattern[str]:
    """A compiled, case-insensitive regex matching inflected surface forms of every cue of ``lang``.

    Meant for deciding which sentences to parse: it matches ``said``, ``told``, ``sagte``, ``teilte`` (of
    ``teilte … mit``), ``laut``, ``according to`` … on word boundaries. It over-matches by design (``stellte``
    for ``feststellen``); the sieves decide on the parse.
    """
    alternatives: set[str] = set()
    for e in cue_entries(lang):
        if e.kind.is_verb:
            alternatives |= surface_forms(e)
        elif e.kind not in (CueKind.AS, CueKind.BELIEF) and e.lemma not in ("so",):
            # ``as``/``wie``/``so`` alone are far too frequent to select sentences by.
            alternatives.add(e.lemma)
    parts = sorted((r"\s+".join(regex.escape(w) for w in a.split()) for a in alternatives), key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", regex.IGNORECASE | regex.VERSION1)


def _belief_markers(lang: str) -> frozenset[str]:
    """Surface forms of the belief verbs for the selection; of a particle verb only the joined ones
    (``ausgegangen``), as its bare base (``geht``, ``gab``) is in every other sentence."""
    out: set[str] = set()
    for e in cue_entries(lang):
        if e.kind is CueKind.BELIEF:
            out |= {f for f in surface_forms(e) if e.particle is None or e.particle in f}
    return frozenset(out)


def _noun_content_pattern(lang: str) -> str | None:
    """A speech or belief noun (``speech_noun``, ``belief_noun``, singular or plural) with a content clause after
    it: the noun, at most two words (``Trump's assertion Monday that``), then a ``noun_content_opener``
    (``that``, ``to``). A pattern string for :func:`report_surface_pattern`; None for a language without rows.
    The opener is required because the nouns alone stand in every other news sentence (``the decision``)."""
    nouns = words("speech_noun", lang) | words("belief_noun", lang)
    openers = words("noun_content_opener", lang)
    if not nouns or not openers:
        return None
    forms = sorted({f for n in nouns for f in (n, n + "s")}, key=len, reverse=True)
    return (
        r"(?<!\w)(?:"
        + "|".join(regex.escape(f) for f in forms)
        + r")(?:\s+[\w'’.-]+){0,2}\s+(?:"
        + "|".join(regex.escape(o) for o in sorted(openers))
        + r")(?!\w)"
    )


def _verb_phrase_pattern(lang: str) -> str | None:
    """A verb of a ``stance_phrase`` or ``target_phrase`` row (its regular forms and the ``phrase_verb_form``
    rows: ``made``, ``took``), at most three words, then the row's noun (``made it clear``, ``took multiple swipes``):
    a pattern string for :func:`report_surface_pattern`; None for a language without rows. The verbs alone (``make``,
    ``take``) stand in every other sentence, the nouns (``case``, ``issue``, ``point``) too."""
    rows = set(word_pairs("stance_phrase", lang) + word_pairs("target_phrase", lang))
    if not rows:
        return None
    forms = set(words("phrase_verb_form", lang))
    for verb, _ in rows:
        forms |= profile(lang).inflect(verb, None)
    nouns = {n for _, n in rows} | {n + "s" for _, n in rows}
    return (
        r"(?<!\w)(?:"
        + "|".join(regex.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?:\s+[\w'’-]+){0,3}\s+(?:"
        + "|".join(regex.escape(n) for n in sorted(nouns, key=len, reverse=True))
        + r")(?!\w)"
    )


def _appeal_pattern(lang: str) -> str | None:
    """A form of an ``appeal_phrase`` or ``appeal_listener`` verb right before its preposition (``called for``,
    ``calling on``): a pattern string for :func:`report_surface_pattern`; None for a language without rows. The verb
    alone (``call``) stands in every other sentence in other senses."""
    rows = set(word_pairs("appeal_phrase", lang) + word_pairs("appeal_listener", lang))
    if not rows:
        return None
    alternatives = {
        regex.escape(form) + r"\s+" + regex.escape(prep)
        for verb, prep in rows
        for form in profile(lang).inflect(verb, None)
    }
    return r"(?<!\w)(?:" + "|".join(sorted(alternatives, key=len, reverse=True)) + r")(?!\w)"


@cache
def report_surface_pattern(lang: str) -> regex.Pattern[str]:
    """:func:`cue_surface_pattern` widened by the language's ``report_marker`` words (``function_words.tsv``).

    Meant for choosing the sentences to parse when indirect speech is asked for: German reports speech by
    the verb's mood alone (``Die Suche sei eingestellt worden.``), by reportative ``soll`` and by source nouns
    (``nach Polizeiangaben``), none of which is a cue verb. A marker written ``*angaben`` also ends a compound.
    """
    markers = words("report_marker", lang) | _belief_markers(lang)
    nouns = _noun_content_pattern(lang)
    phrases = _verb_phrase_pattern(lang)
    appeals = _appeal_pattern(lang)
    if not markers and nouns is None and phrases is None and appeals is None:
        return cue_surface_pattern(lang)
    whole = sorted((regex.escape(m) for m in markers if not m.startswith("*")), key=len, reverse=True)
    # A compound's end needs no boundary before it; ``\w*`` in front would make every position a try.
    ends = sorted((regex.escape(m[1:]) for m in markers if m.startswith("*")), key=len, reverse=True)
    alternatives = [r"(?<!\w)(?:" + "|".join(whole) + r")(?!\w)"] if whole else []
    if nouns is not None:
        alternatives.append(nouns)
    if phrases is not None:
        alternatives.append(phrases)
    if appeals is not None:
        alternatives.append(appeals)
    if ends:
        alternatives.append(r"(?:" + "|".join(ends) + r")(?!\w)")
    return regex.compile(
        cue_surface_pattern(lang).pattern + "|" + "|".join(alternatives), regex.IGNORECASE | regex.VERSION1
    )


@cache
def anaphoric_opening_pattern(lang: str) -> regex.Pattern[str] | None:
    """A sentence opening with an ``anaphoric_content`` pronoun (``Dies``, ``Das``), anchored at the match position;
    None for a language with no such rows. The selection parses the sentence before such a sentence."""
    found = words("anaphoric_content", lang)
    if not found:
        return None
    alternatives = "|".join(sorted((regex.escape(w) for w in found), key=len, reverse=True))
    return regex.compile(r"(?:" + alternatives + r")(?!\w)", regex.IGNORECASE | regex.VERSION1)


# --- mention words ----------------------------------------------------------------------------------------

MENTION_KINDS = ("organisation", "role", "statement", "not_speaker")


@cache
def _mention_table() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for row in read_table("mention_words.tsv"):
        if row["kind"] not in MENTION_KINDS:
            raise ValueError(f"mention_words.tsv: malformed row {row!r}")
        out.setdefault((row["lang"], row["kind"]), set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


def mention_words(lang: str, kind: str) -> frozenset[str]:
    """Lower-case words of ``kind`` (``organisation``, ``role``, ``statement``, ``not_speaker``) for ``lang``."""
    if kind not in MENTION_KINDS:
        raise ValueError(f"unknown mention word kind {kind!r}; one of {', '.join(MENTION_KINDS)}")
    return _mention_table().get((lang, kind), frozenset())


def pronouns(lang: str) -> frozenset[str]:
    """Pronouns that can stand as a speaker (``he``, ``er``, ``they``, ``wir``), lower-case (``pronouns.tsv``)."""
    from quotekit.attribution.persons import pronoun_forms

    return pronoun_forms(lang)


# --- function words ---------------------------------------------------------------------------------------

WORD_KINDS = (
    "complementiser",
    "relative",
    "non_speaker_subject",
    "konjunktiv1",
    "konjunktiv2",
    "source_connector",
    "mixed_introducer",
    "label_introducer",
    "list_conjunction",
    "title_small_word",
    "agent_case",
    "abbreviation",
    "number_abbreviation",
    "quoting_verb",
    "impersonal_cue",
    "addressee_verb",
    "report_marker",
    "report_opener",
    "conditional",
    "konjunktiv2_report",
    "reportative",
    "perfect_aux",
    "addressee_case",
    "vocative_not_name",
    "silent_verb",
    "object_pronoun",
    "neuter_speaker",
    "infinitive_marker",
    "topic_case",
    "time_noun",
    "no_topic_verb",
    "noun_homograph",
    "act_conjunction",
    "modal",
    "anaphoric_content",
    "source_adverb",
    "holder_case",
    "tag_particle",
    "utterance_noun",
    "text_place_cue",
    "text_place_case",
    "active_aux",
    "thought_verb",
    "second_person",
    "contrast_opener",
    "verb_coordinator",
    "content_opener",
    "evidence_verb",
    "evidence_noun",
    "evidence_only",
    "object_break",
    "sentence_adverb",
    "stance_verb",
    "attitude_verb",
    "speech_noun",
    "belief_noun",
    "noun_content_opener",
    "impression_verb",
    "perceived_as_verb",
    "question_verb",
    "question_opener",
    "impression_case",
    "expletive",
    "object_relative",
    "clause_coordinator",
    "content_pro_form",
    "refusal_verb",
    "label_verb",
    "naming_verb",
    "stance_phrase",
    "target_phrase",
    "phrase_verb_form",
    "appeal_phrase",
    "appeal_listener",
    "hearsay_adverb",
    "evidence_case",
    "scene_subordinator",
)
"""The kinds of ``function_words.tsv`` (its header comment says what each is for)."""


@cache
def _function_words() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for row in read_table("function_words.tsv"):
        if row["kind"] not in WORD_KINDS:
            raise ValueError(f"function_words.tsv: unknown kind in {row!r}")
        out.setdefault((row["lang"], row["kind"]), set()).add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


@cache
def words(kind: str, lang: str | None = None) -> frozenset[str]:
    """Lower-case function words of ``kind`` for ``lang``, or of every language when ``lang`` is None."""
    if kind not in WORD_KINDS:
        raise ValueError(f"unknown word kind {kind!r}; one of {', '.join(WORD_KINDS)}")
    table = _function_words()
    if lang is not None:
        return table.get((lang, kind), frozenset())
    return frozenset().union(*(v for (_, k), v in table.items() if k == kind))


@cache
def word_pairs(kind: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The two-word rows of ``kind`` for ``lang`` (``stance_phrase``: ``make clear``; ``appeal_listener``: ``call
    on``) split into their words, in sorted order: read once, not split again by every pattern and rule."""
    pairs = []
    for row in sorted(words(kind, lang)):
        first, second = row.split()
        pairs.append((first, second))
    return tuple(pairs)


@dataclass(frozen=True, slots=True)
class SourcePhrases:
    """The source phrases of one language's cue table, in the shapes reported speech reads them."""

    preps: tuple[tuple[str, ...], ...]
    """Words of phrases before their source (``according to``, ``laut``, ``gemäß``), longest first."""
    compound_preps: tuple[tuple[str, str], ...]
    """(preposition, noun) of phrases whose noun may end a compound (``nach Polizeiangaben``): languages
    with compound nouns only."""
    postps: frozenset[str]
    """Words after their source (``zufolge``)."""
    tags: frozenset[str]
    """Short tags after a quote or statement that name the source (``…, so X.``)."""

    @property
    def source_words(self) -> frozenset[str]:
        """Single words that give a sentence its own attribution: one-word prepositions, postpositions and the
        nouns of compound phrases (``laut``, ``zufolge``, ``angaben``)."""
        single = {p[0] for p in self.preps if len(p) == 1}
        return frozenset(single | set(self.postps) | {noun for _, noun in self.compound_preps})


@cache
def source_phrases(lang: str, *, compounds: bool) -> SourcePhrases:
    """The prep/postp/tag rows of ``cues_<lang>.tsv``; with ``compounds`` (German), a multi-word preposition
    whose second word is a noun (``nach angaben``) may find that noun at the end of a compound."""
    entries = cue_entries(lang)
    preps = sorted({e.words for e in entries if e.kind is CueKind.PREP}, key=lambda w: (-len(w), w))
    compound = tuple(dict.fromkeys((w[0], w[1]) for w in preps if compounds and len(w) > 1))
    return SourcePhrases(
        preps=tuple(w for w in preps if not (compounds and len(w) > 1)),
        compound_preps=compound,
        postps=frozenset(e.lemma for e in entries if e.kind is CueKind.POSTP),
        tags=frozenset(e.lemma for e in entries if e.kind is CueKind.TAG),
    )


@cache
def as_words() -> frozenset[str]:
    """Subordinators that make a speech clause parenthetical, every language (``as``, ``wie``)."""
    return frozenset(e.lemma for lang in LANGUAGES for e in cue_entries(lang) if e.kind is CueKind.AS)


@cache
def title_abbreviations(lang: str) -> frozenset[str]:
    """Title abbreviations of ``lang``, lower case and without their period: they stand before a name, so their
    period never ends a sentence before a capital.

    A title is an abbreviation when ``data/titles.tsv`` writes it with a period (``Prof.``, ``Dr.``) or when its
    bare form is also an ``abbreviation`` row of ``data/function_words.tsv`` (``Lt``, ``Col``: British style
    writes them without one, so the title row has none, while the period is still an abbreviation's)."""
    abbreviations = words("abbreviation", lang)
    titles = {r["title"].lower() for r in read_table("titles.tsv") if r["lang"] == lang}
    return frozenset(t.rstrip(".") for t in titles if t.endswith(".") or t in abbreviations)


def clear_caches() -> None:
    """Forget every table read so far, so the next lookup reads the data files again (after editing them)."""
    for f in (
        cue_entries,
        cue_lemmas,
        cue_lemmas_of,
        source_entries,
        _verbs_by_base,
        _verbs_by_form,
        _verbs_by_lemma,
        verb_cues,
        _beliefs,
        belief_cues,
        is_cue,
        cue_surface_pattern,
        report_surface_pattern,
        _mention_table,
        _function_words,
        words,
        source_phrases,
        as_words,
        title_abbreviations,
    ):
        f.cache_clear()
