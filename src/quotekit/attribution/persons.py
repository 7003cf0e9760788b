"""Person-name knowledge as data: pronouns with gender and number, titles, common first names.

Loaded lazily, once, from ``quotekit/data/`` (``pronouns.tsv``, ``titles.tsv``, ``first_names.tsv``,
``gendered_nouns.tsv``, ``narration_pronouns.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from quotekit.lexicon import read_table

__all__ = [
    "PronounInfo",
    "first_name_gender",
    "is_title",
    "kin_relation",
    "noun_gender",
    "pronoun",
    "pronoun_forms",
    "role_gender",
    "stopped_pronoun",
    "title_gender",
]


@dataclass(frozen=True, slots=True)
class PronounInfo:
    gender: str
    """m, f, n or x (any)."""
    number: str
    """sg, pl or x (either)."""
    person: str
    """1, 2, 3 or rel (relative)."""

    @property
    def resolvable(self) -> bool:
        """Third-person and relative pronouns refer back to someone the text named; I/we/you do not."""
        return self.person in ("3", "rel")


@cache
def _pronouns() -> dict[tuple[str, str], PronounInfo]:
    return {
        (r["lang"], r["form"]): PronounInfo(r["gender"], r["number"], r["person"]) for r in read_table("pronouns.tsv")
    }


@cache
def pronoun_forms(lang: str) -> frozenset[str]:
    """Every pronoun of ``lang`` that can stand as a speaker, lower-case."""
    return frozenset(form for (lg, form) in _pronouns() if lg == lang)


@cache
def _titles() -> dict[str, str]:
    return {r["title"].casefold(): r["gender"] for r in read_table("titles.tsv")}


@cache
def _first_names() -> dict[str, str]:
    return {r["name"].casefold(): r["gender"] for r in read_table("first_names.tsv")}


def pronoun(form: str, lang: str | None) -> PronounInfo | None:
    """Gender and number of a third-person pronoun, or None if ``form`` is not one (either language)."""
    key = stopped_pronoun(form).casefold()
    table = _pronouns()
    if lang is not None and (lang, key) in table:
        return table[(lang, key)]
    return table.get(("en", key)) or table.get(("de", key))


def stopped_pronoun(form: str) -> str:
    """A one-letter word with the full stop the tokenizer kept on it, without the stop: ``said I.`` at a sentence
    end comes out as one token ``I.`` (read like an initial), which is the pronoun ``I``, not a name. Any other form
    as it is."""
    return form[0] if len(form) == 2 and form.endswith(".") else form


def is_title(token: str) -> bool:
    """True for titles and honorifics kept apart from a name (``Dr.``, ``Präsident``)."""
    return token.casefold() in _titles() or token.casefold().rstrip(".") in _titles()


def title_gender(token: str) -> str | None:
    """m or f for a title that says it (``Mrs.``, ``Herr``, ``Ministerin``); None for others and non-titles."""
    table = _titles()
    g = table.get(token.casefold()) or table.get(token.casefold().rstrip("."))
    return g if g in ("m", "f") else None


def first_name_gender(token: str) -> str | None:
    """m, f or x for a known first name; None for anything else."""
    return _first_names().get(token.casefold())


@cache
def _pet_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for r in read_table("hypocoristics.tsv"):
        table.setdefault(r["pet"].casefold(), []).append((r["full"], r["gender"]))
    return {k: tuple(v) for k, v in table.items()}


def full_forms(token: str) -> tuple[tuple[str, str], ...]:
    """The full first names a pet form abbreviates, each with its gender (``Lizzy`` → Elizabeth f, ``Charlie`` →
    Charles m and Charlotte f), from ``hypocoristics.tsv``; empty for anything else."""
    return _pet_forms().get(token.casefold(), ())


@cache
def _kin_nouns() -> dict[str, str]:
    return {r["word"].casefold(): r["relation"] for r in read_table("kin_nouns.tsv")}


def kin_relation(word: str) -> str | None:
    """``parent`` or ``spouse`` for a kin noun (``mother``, ``Papa``, ``wife``), ``unmarried`` for a title that
    says so (``Miss``), from ``kin_nouns.tsv`` (either language: the words do not collide); None otherwise."""
    return _kin_nouns().get(word.strip(".,;:!?").casefold()) or _kin_nouns().get(word.casefold())


@cache
def _gendered_nouns() -> dict[str, str]:
    return {r["word"].casefold(): r["gender"] for r in read_table("gendered_nouns.tsv")}


@cache
def _narration_pronouns(possessive: bool) -> dict[str, str]:
    return {
        r["word"].casefold(): r["gender"]
        for r in read_table("narration_pronouns.tsv")
        if possessive or r["form"] != "possessive"
    }


def narration_pronoun_gender(word: str, *, possessive: bool = False) -> str | None:
    """m or f for a subject or reflexive pronoun (with ``possessive``, also ``his``) that shows the gender of a
    name before it in its sentence (``narration_pronouns.tsv``; either language: the words do not collide); None
    for any other word."""
    return _narration_pronouns(possessive).get(word.casefold())


def noun_gender(phrase: str) -> str | None:
    """m or f when the last gendered noun of a noun phrase says it (``the little old lady``, ``her mother``,
    ``der alte Vater``); None otherwise (either language: the words do not collide)."""
    table = _gendered_nouns()
    for token in reversed(phrase.split()):
        g = table.get(token.strip(".,;:!?").casefold())
        if g is not None:
            return g
    return None


def role_gender(noun: str, roles: frozenset[str]) -> str | None:
    """m or f for a role noun that ends in a gendered noun and has a counterpart of the other gender among
    ``roles`` (``spokeswoman``/``spokesman``, ``chairman``/``chairwoman``); None otherwise (``spokesperson`` ends
    in ``son`` by chance: there is no ``spokesperdaughter``)."""
    low = noun.casefold()
    table = _gendered_nouns()
    for word, gender in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if not low.endswith(word) or len(low) == len(word):
            continue
        stem = low[: -len(word)]
        if any(g != gender and stem + other in roles for other, g in table.items()):
            return gender
    return None
