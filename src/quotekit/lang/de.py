"""German: the profile quotekit reads German by (after spaCy's ``lang/de``)."""

from __future__ import annotations

from quotekit.lang.profile import LanguageProfile

__all__ = ["PROFILE", "inflect"]

# Inseparable prefixes (and -ieren verbs) take no ``ge-`` in the participle: ``erklärt``, ``kritisiert``.
_DE_NO_GE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "wider")


def _inserts_e(stem: str) -> bool:
    """Stems in -t/-d (antworten, melden) and in consonant + m/n (entgegnen, atmen, rechnen; not after a vowel,
    l, r, m, n or a lengthening h: warnte, filmte, wohnte) take an e before the ending: entgegnete, geatmet."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) < 3 or stem[-1] not in "mn" or stem[-2] in "aeiouäöüylrmn":
        return False
    return stem[-2] != "h" or stem[-3] not in "aeiouäöü"


def _german_forms(base: str, particle: str | None) -> set[str]:
    if base.endswith("en"):
        stem = base[:-2]
    elif base.endswith("n"):
        stem = base[:-1]
    else:
        stem = base
    e = "e" if _inserts_e(stem) else ""
    finite = {stem + "e", stem + e + "st", stem + e + "t", stem + e + "te", stem + e + "ten", stem + e + "tet"}
    out = {base} | finite
    ge = "" if base.startswith(_DE_NO_GE) or base.endswith("ieren") else "ge"
    participle = ge + stem + e + "t"
    out.add((particle or "") + participle)
    if particle:
        # A subordinate clause puts the finite verb last, joined to its particle: ``wie die Polizei mitteilte``.
        out |= {particle + base, particle + "zu" + base} | {particle + f for f in finite}
    return out


def inflect(base: str, particle: str | None) -> set[str]:
    """Regular (weak) forms of a German verb, with the joined forms of a particle verb (``mitgeteilt``)."""
    return _german_forms(base, particle)


PROFILE = LanguageProfile(
    code="de",
    name="German",
    verb_second=True,
    capitalised_nouns=True,
    compound_nouns=True,
    joined_particles=True,
    reported_mood=True,
    turns_share_paragraphs=True,
    fragment_quotes=True,
    speech_act_content="sentence",
    ordinal_period=True,
    parser_marks="german",
    cue_table="cues_de.tsv",
    stopwords="stopwords_de.txt",
    inflect=inflect,
    nominative_table="nominative_de.tsv",
    noun_gender_table="noun_genders_de.tsv",
    case_ending_table="case_endings_de.tsv",
)
