"""English: the profile quotekit reads English by (after spaCy's ``lang/en``)."""

from __future__ import annotations

from quotekit.lang.profile import LanguageProfile

__all__ = ["PROFILE", "inflect"]

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


def inflect(base: str, particle: str | None) -> set[str]:
    """Regular forms of an English verb (the particle of a phrasal verb stands apart: ``pointed … out``)."""
    return _english_forms(base)


PROFILE = LanguageProfile(
    code="en",
    name="English",
    verb_second=False,
    capitalised_nouns=False,
    compound_nouns=False,
    joined_particles=False,
    reported_mood=False,
    fragment_quotes=False,
    single_marks="indirect",
    speech_act_content="object",
    ordinal_period=False,
    parser_marks="straight",
    cue_table="cues_en.tsv",
    stopwords="stopwords_en.txt",
    inflect=inflect,
)
