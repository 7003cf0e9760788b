"""Person-name knowledge as data: pronouns with gender and number, titles, common first names.

Loaded lazily, once, from ``quotekit/data/`` (``pronouns.tsv``, ``titles.tsv``, ``first_names.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from quotekit.lexicon import read_table

__all__ = ["PronounInfo", "first_name_gender", "is_title", "pronoun", "pronoun_forms"]


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
def _titles() -> frozenset[str]:
    return frozenset(r["title"].casefold() for r in read_table("titles.tsv"))


@cache
def _first_names() -> dict[str, str]:
    return {r["name"].casefold(): r["gender"] for r in read_table("first_names.tsv")}


def pronoun(form: str, lang: str | None) -> PronounInfo | None:
    """Gender and number of a third-person pronoun, or None if ``form`` is not one (either language)."""
    key = form.casefold()
    table = _pronouns()
    if lang is not None and (lang, key) in table:
        return table[(lang, key)]
    return table.get(("en", key)) or table.get(("de", key))


def is_title(token: str) -> bool:
    """True for titles and honorifics kept apart from a name (``Dr.``, ``Präsident``)."""
    return token.casefold() in _titles() or token.casefold().rstrip(".") in _titles()


def first_name_gender(token: str) -> str | None:
    """m, f or x for a known first name; None for anything else."""
    return _first_names().get(token.casefold())
