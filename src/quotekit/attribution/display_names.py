"""Display names of noun phrases in the nominative: a speaker written ``laut einem Sprecher`` is named
``ein Sprecher``, ``dem Bericht zufolge`` names ``der Bericht``.

Only in languages whose profile has a :attr:`~quotekit.lang.profile.LanguageProfile.nominative_table`, and only
for a phrase whose form is certain: a determiner of the table in the case the parse gives it, adjectives whose
lemma is their written stem, and one common noun in the singular. The gender comes from the determiner's written
form or from the noun's ending (``noun_gender_table``), never from the parse's Gender feature alone, which the
compact models often get wrong (``Anwalt`` as feminine). Anything else (plurals, names, nouns of unknown gender)
keeps its written form: a wrong guess would be worse than the dative.
"""

from __future__ import annotations

from functools import cache

from quotekit.lang import LanguageProfile, profile
from quotekit.lexicon import read_table
from quotekit.models import Span
from quotekit.tree import ParsedSentence, Word

__all__ = ["nominative_name", "oblique_determiner"]


@cache
def _determiners(table: str) -> dict[tuple[str, str], dict[str, tuple[str, str]]]:
    """(written form, case) -> gender -> (nominative article, adjective ending)."""
    out: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}
    for r in read_table(table):
        out.setdefault((r["form"], r["case"]), {})[r["gender"]] = (r["article"], r["adjective"])
    return out


@cache
def _nominatives(table: str) -> frozenset[str]:
    return frozenset(r["article"] for r in read_table(table))


def oblique_determiner(word: Word, table: str | None) -> bool:
    """Whether ``word`` is a determiner written only in a case other than the nominative (``dem``, ``einem``,
    ``des``; not ``der``, which is also a nominative) by the profile's ``table``; never where there is none."""
    if table is None:
        return False
    low = word.text.casefold()
    return any(form == low for form, _ in _determiners(table)) and low not in _nominatives(table)


@cache
def _case_endings(table: str | None, role: str) -> tuple[str, ...]:
    """Endings of ``role`` (``adjective``, ``genitive``) in the case ending table, longest first; none without a
    table."""
    if table is None:
        return ()
    rows = [r["ending"] for r in read_table(table) if r["role"] == role]
    return tuple(sorted(rows, key=lambda e: -len(e)))


@cache
def _noun_endings(table: str) -> tuple[tuple[str, str], ...]:
    """(ending, gender), longest ending first, so ``sprecherin`` wins over ``sprecher``."""
    rows = ((r["ending"], r["gender"]) for r in read_table(table))
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _gender_of(noun: str, table: str | None) -> str | None:
    if table is None:
        return None
    low = noun.casefold()
    return next((g for end, g in _noun_endings(table) if low.endswith(end)), None)


def _noun(word: Word, case: str, lang: LanguageProfile, feminine: bool) -> tuple[str, str | None] | None:
    """The noun's nominative singular and its gender by ending (None when no ending fits); ``feminine``: the
    determiner's form says so (``einer``), which the checks below may trust but the caller may not (``der``)."""
    if word.upos != "NOUN" or word.feats.get("Number") != "Sing" or word.feats.get("Case") != case:
        return None
    text = word.text
    table = lang.noun_gender_table
    if case == "Gen":
        # the parse's lemma may keep the -s (``Ministeriums``): strip it where the rest has a known gender
        for end in _case_endings(lang.case_ending_table, "genitive"):
            stem = text[: -len(end)]
            if text.endswith(end) and _gender_of(stem, table) in ("Masc", "Neut"):
                return stem, _gender_of(stem, table)
    lemma = word.lemma if word.lemma[:1].isupper() and text.startswith(word.lemma) else text
    gender = _gender_of(lemma, table)
    known = gender or ("Fem" if feminine else None)
    if lemma != text and known in (None, "Fem"):
        return None  # an ending the parse stripped is unsure, and a feminine noun has none in the singular
    if case == "Gen" and known != "Fem":
        return None  # a masculine or neuter genitive keeps its -s unless the ending above is known
    return lemma, gender


def _adjective(word: Word, case: str, ending: str, endings: tuple[str, ...]) -> str | None:
    if word.upos != "ADJ" or word.feats.get("Case", case) != case:
        return None
    text = word.text
    for old in endings:
        stem = text[: -len(old)]
        if text.endswith(old) and stem and stem.casefold() == word.lemma.casefold():
            return stem + ending
    return None


def _article(options: dict[str, tuple[str, str]], gender: str | None, adjectives: int) -> tuple[str, str] | None:
    """The nominative article and adjective ending for the noun's gender; a form of one gender needs none known,
    nor one of two whose articles agree (``einem`` → ``ein``) when no adjective follows to tell them apart."""
    if gender is not None:
        return options.get(gender)
    if len(options) == 1 or (len({a for a, _ in options.values()}) == 1 and not adjectives):
        return next(iter(options.values()))
    return None


def nominative_name(sent: ParsedSentence | None, mention: Span) -> str | None:
    """``mention`` (a noun phrase, not a name) in the nominative singular, or None where it is in the nominative
    already or its form is not certain. The article keeps the written capital (``Dem Bericht`` → ``Der
    Bericht``), as a nominative mention opening a sentence keeps it."""
    lang = profile(sent.lang) if sent is not None else None
    if sent is None or lang is None or lang.nominative_table is None:
        return None
    words = [w for w in sent.words if mention.start <= w.start < mention.end]
    if len(words) < 2 or words[0].start != mention.start or words[-1].end != mention.end:
        return None
    det, *adjectives, last = words
    case = det.feats.get("Case", "")
    options = _determiners(lang.nominative_table).get((det.text.casefold(), case))
    noun = _noun(last, case, lang, options is not None and set(options) == {"Fem"})
    if det.upos != "DET" or options is None or noun is None:
        return None
    if noun[1] is None and det.text.casefold() in _nominatives(lang.nominative_table):
        return None  # ``der`` is a nominative too: the parse's case alone does not make it a feminine dative
    found = _article(options, noun[1], len(adjectives))
    if found is None:
        return None
    article, ending = found
    endings = _case_endings(lang.case_ending_table, "adjective")
    inflected = [_adjective(w, case, ending, endings) for w in adjectives]
    if any(a is None for a in inflected):
        return None
    if det.text[:1].isupper():
        article = article[:1].upper() + article[1:]
    return " ".join([article, *(a for a in inflected if a is not None), noun[0]])
