"""Attribution cues and mention words as data: speech verbs, source patterns, pronouns.

The tables live in ``quotekit/data`` (``cues_en.tsv``, ``cues_de.tsv``, ``mention_words.tsv``) and are read
lazily, once per process, through :mod:`importlib.resources`. A cue row is ``lemma, particle, kind, forms``;
German separable verbs keep their particle apart so that ``teilte … mit`` (lemma ``teilen`` plus the particle
``mit``) is reassembled to ``mitteilen``; English phrasal verbs work the same way (``pointed … out``).

Inflected forms for :func:`cue_surface_pattern` are generated from the lemmas (English ``-s/-ed/-ing``,
German weak conjugation) plus the irregular forms listed in the table, never written out in code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache
from importlib import resources

import regex

__all__ = [
    "CueEntry",
    "CueKind",
    "cue_entries",
    "cue_lemmas",
    "cue_surface_pattern",
    "is_cue",
    "mention_words",
    "pronouns",
    "surface_forms",
    "verb_cues",
]

LANGUAGES = ("en", "de")


class CueKind(str, Enum):
    """What a cue row is; see the header of ``cues_en.tsv``."""

    SPEECH = "speech"
    COMMUNICATION = "communication"
    PREP = "prep"
    POSTP = "postp"
    TAG = "tag"
    AS = "as"

    @property
    def is_verb(self) -> bool:
        return self in (CueKind.SPEECH, CueKind.COMMUNICATION)


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
        if self.lang == "de" and self.lemma.startswith(self.particle):
            return self.lemma[len(self.particle) :]
        suffix = " " + self.particle
        if self.lemma.endswith(suffix):
            return self.lemma[: -len(suffix)]
        return self.lemma

    @property
    def words(self) -> tuple[str, ...]:
        """The words of a multi-word pattern (``according to`` → ``("according", "to")``)."""
        return tuple(self.lemma.split())


def _data_text(name: str) -> str:
    return resources.files("quotekit").joinpath("data", name).read_text(encoding="utf-8")


def _rows(name: str) -> Iterable[list[str]]:
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        yield line.split("\t")


def _parse_cue_row(cols: list[str], lang: str) -> CueEntry:
    if len(cols) != 4:
        raise ValueError(f"cues_{lang}.tsv: expected 4 tab-separated columns, got {cols!r}")
    lemma, particle, kind, forms = (c.strip() for c in cols)
    return CueEntry(
        lemma=lemma,
        particle=None if particle == "-" else particle,
        kind=CueKind(kind),
        forms=() if forms == "-" else tuple(f.strip() for f in forms.split(",") if f.strip()),
        lang=lang,
    )


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"no cue table for language {lang!r}; quotekit knows {', '.join(LANGUAGES)}")
    return lang


@cache
def cue_entries(lang: str) -> tuple[CueEntry, ...]:
    """Every row of the cue table of ``lang``, in file order."""
    _check_lang(lang)
    return tuple(_parse_cue_row(cols, lang) for cols in _rows(f"cues_{lang}.tsv"))


@cache
def cue_lemmas(lang: str) -> frozenset[str]:
    """Lemmas of all cues of ``lang``: verbs whole (``mitteilen``, ``point out``) and patterns (``laut``)."""
    return frozenset(e.lemma for e in cue_entries(lang))


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
        if part is None and e.lemma == key:
            return True
        if e.kind.is_verb and e.base == key and e.particle == part:
            return True
    return False


# --- inflection -------------------------------------------------------------------------------------------

_VOWELS = "aeiou"


def _english_forms(base: str) -> set[str]:
    out = {base}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        out.add(base + "es")
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        out.add(base[:-1] + "ies")
    else:
        out.add(base + "s")
    if base.endswith("e"):
        out |= {base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        out |= {base[:-1] + "ied", base + "ing"}
    else:
        out |= {base + "ed", base + "ing"}
    return out


# Inseparable prefixes (and -ieren verbs) take no ``ge-`` in the participle: ``erklärt``, ``kritisiert``.
_DE_NO_GE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider")


def _german_forms(base: str, particle: str | None) -> set[str]:
    if base.endswith("en"):
        stem = base[:-2]
    elif base.endswith("n"):
        stem = base[:-1]
    else:
        stem = base
    # Stems in -t/-d (antworten, melden) insert an e: antwortete, geantwortet.
    e = "e" if stem.endswith(("t", "d")) else ""
    out = {base, stem + "e", stem + e + "st", stem + e + "t", stem + e + "te", stem + e + "ten", stem + e + "tet"}
    ge = "" if base.startswith(_DE_NO_GE) or base.endswith("ieren") else "ge"
    participle = ge + stem + e + "t"
    out.add((particle or "") + participle)
    if particle:
        out |= {particle + base, particle + "zu" + base}
    return out


def surface_forms(entry: CueEntry) -> frozenset[str]:
    """Inflected forms of a verb cue as they stand in text, lower-case: generated plus the table's irregulars.

    For particle verbs these are the forms of the base (``teilte`` for ``mitteilen``), because the particle
    stands apart in main clauses, plus the joined infinitive and participle (``mitteilen``, ``mitgeteilt``).
    """
    if not entry.kind.is_verb:
        return frozenset({entry.lemma})
    forms = _english_forms(entry.base) if entry.lang == "en" else _german_forms(entry.base, entry.particle)
    forms |= {f.lower() for f in entry.forms}
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
        elif e.kind is not CueKind.AS and e.lemma not in ("so",):
            # ``as``/``wie``/``so`` alone are far too frequent to select sentences by.
            alternatives.add(e.lemma)
    parts = sorted((r"\s+".join(regex.escape(w) for w in a.split()) for a in alternatives), key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", regex.IGNORECASE | regex.VERSION1)


# --- mention words ----------------------------------------------------------------------------------------

MENTION_KINDS = ("organisation", "not_speaker")


@cache
def _mention_table() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    rows = iter(_rows("mention_words.tsv"))
    next(rows)  # header
    for cols in rows:
        if len(cols) != 3 or cols[2] not in MENTION_KINDS:
            raise ValueError(f"mention_words.tsv: malformed row {cols!r}")
        out.setdefault((cols[0], cols[2]), set()).add(cols[1])
    return {k: frozenset(v) for k, v in out.items()}


def mention_words(lang: str, kind: str) -> frozenset[str]:
    """Lower-case words of ``kind`` (``organisation``, ``not_speaker``) for ``lang``."""
    if kind not in MENTION_KINDS:
        raise ValueError(f"unknown mention word kind {kind!r}; one of {', '.join(MENTION_KINDS)}")
    return _mention_table().get((lang, kind), frozenset())


def pronouns(lang: str) -> frozenset[str]:
    """Pronouns that can stand as a speaker (``he``, ``er``, ``they``, ``wir``), lower-case (``pronouns.tsv``)."""
    from quotekit.attribution.persons import pronoun_forms

    return pronoun_forms(lang)
