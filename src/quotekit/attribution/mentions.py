"""Speaker mentions: from the head word a sieve found to the phrase the text uses for the speaker.

The compact parsers split names (``sagte Angela Merkel`` → ``Angela`` NOUN, ``Merkel`` obj), so a name is
grown from adjacent capitalised tokens rather than from ``flat`` arcs alone. A possessor is stepped over
(``Forrester’s Curran`` → ``Curran``, as the gold annotation has it); common nouns take their determiners,
adjectives and attached ``of``/genitive phrases (``a spokeswoman for the ministry``, ``ein Sprecher des
Ministeriums``); a pronoun stays one word. Titles (``Dr.``, ``Präsident``) may end up inside or outside a
name; speaker resolution keeps them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quotekit.attribution.persons import first_name_gender, stopped_pronoun
from quotekit.lang import profile
from quotekit.lexicon import mention_words, pronouns
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.tree import ParsedSentence, Word

__all__ = [
    "GROUP_RANK",
    "PERSON_RANK",
    "Mention",
    "expand_mention",
    "fronted_subject",
    "is_nominal",
    "is_pronoun",
    "mention_kind",
    "not_nominative",
    "object_form",
    "speaker_rank",
]

# Parts of speech that never belong to a name even when capitalised (sentence-initial ``But``, ``Der``).
_NOT_IN_NAME = frozenset({"DET", "ADP", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "SYM", "PART", "NUM"})
# Relations that make up a common-noun phrase around its head; clauses and appositions stay out.
_NP_RELS = frozenset({"det", "amod", "compound", "flat", "nmod", "case", "nummod", "fixed", "goeswith"})
_POSSESSIVE = frozenset({"'s", "’s", "s", "'", "’"})
_HYPHENS = frozenset({"-", "‐", "‑"})
_NOMINAL_UPOS = frozenset({"NOUN", "PROPN", "PRON", "X"})
_MIN_COMPOUND_PREFIX = 3  # letters before the role word of a compound: ``Regierungssprecher``


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker mention as written: character offsets, what kind it is, and its head word."""

    start: int
    end: int
    kind: MentionKind
    head: int
    """Index of the head word in its sentence."""


def _blocked(w: Word, blocked: Sequence[tuple[int, int]]) -> bool:
    return any(w.start < e and s < w.end for s, e in blocked)


def is_pronoun(w: Word, lang: str) -> bool:
    """A personal or relative pronoun that can stand for a speaker (``he``, ``er``, ``who``)."""
    low = w.text.lower()
    if stopped_pronoun(low) != low:
        # ``said I.``: the tagger calls the token a proper noun, as it would an initial; a subject of its own, where
        # an initial is part of a name (``James I. Carter``)
        return stopped_pronoun(low) in pronouns(lang) and w.upos in ("PRON", "PROPN", "X") and w.base_rel == "nsubj"
    # ``die``/``der`` are relative pronouns only when they do not determine a noun.
    return low in pronouns(lang) and (w.upos == "PRON" or (w.upos in ("DET", "X") and w.base_rel != "det"))


def is_nominal(w: Word, lang: str) -> bool:
    """Could this word head a speaker mention? Nouns, names, pronouns, and capitalised words the tagger missed.

    A sentence's first word is capitalised anyway: there an adjective (``Relativierend fügt Gall hinzu``) is no
    name the tagger missed (an adverb may be: the compact German model tags a sentence-initial ``Rao`` ADV).
    """
    if w.upos == "PUNCT" or not any(c.isalpha() for c in w.text):
        return False
    if w.text.lower() in mention_words(lang, "not_speaker"):
        return False
    # By its lemma only where capitals do not mark a name: ``The Times`` (lemma ``time``) is a newspaper.
    if w.lemma.lower() in mention_words(lang, "not_speaker") and not (
        w.index > 0 and w.text[:1].isupper() and not profile(lang).capitalised_nouns
    ):
        return False
    if is_pronoun(w, lang):
        return True
    if _pronominal_determiner(w):
        return True
    if w.index == 0 and w.upos == "ADJ":
        return False
    return w.upos in _NOMINAL_UPOS or (w.text[:1].isupper() and w.upos not in _NOT_IN_NAME)


def _pronominal_determiner(w: Word) -> bool:
    """A determiner standing for a noun phrase as the subject: ``»…«, sagte einer``, ``sagte ein anderer``, ``fuhr
    der andere fort``. The German models tag these DET, but the relation shows no noun follows; tales name their
    speakers so when two or a crowd take turns. Not a form of another case (``dem gaben sie …``, parsed as
    subject), not a demonstrative (``dieser`` points back to someone named before, whom news gold wants: ``–
    sagte dieser, dass …``), not a neuter one (``Das``, ``Alles``, ``Dies hätten die Beamten verhindert``: a
    thing the parse made the subject)."""
    return (
        w.upos == "DET"
        and w.base_rel == "nsubj"
        and "Nom" in w.feats.get("Case", "Nom")
        and "Dem" not in w.feats.get("PronType", "")
        # neuter by its ending, not the tagger's gender (which gives ``ein anderer`` neuter): das, alles, eines
        and not w.text.casefold().endswith("s")
    )


def object_form(sent: ParsedSentence, i: int) -> tuple[bool, bool]:
    """How surely the word at ``i`` is the one spoken to rather than the speaker, as a sort key (False first): an
    object pronoun by its form (``ihn``, ``ihm``, ``him``: ``object_pronoun`` rows of ``function_words.tsv``),
    then a phrase the parse marks for another case than the nominative. ``schrie ihn der Pfarrer an``,
    ``Antwortet ihm der Mann:`` (where the parse may mark both phrases dative)."""
    return sent[i].text.casefold() in lexicon_words("object_pronoun", sent.lang), not_nominative(sent, i)


def not_nominative(sent: ParsedSentence, i: int) -> bool:
    """The parse marks the noun phrase at ``i`` for a case other than the nominative (``Den Unmut der CDU …
    brachte die Sprecherin zum Ausdruck``): whatever its relation says, it is no subject. Languages without
    case on nouns never answer yes."""
    marked = [sent[i], *sent.children(i, "det")]
    cases = [w.feats.get("Case", "") for w in marked if w.feats.get("Case")]
    return bool(cases) and not any("Nom" in c for c in cases)


def fronted_subject(sent: ParsedSentence, subjects: Sequence[Word], v: int) -> Word | None:
    """Of several subjects the parse gives verb ``v`` in a verb-second language, the one that opens the clause with
    an article in the nominative, where every other is a name after the verb without any article: ``Das
    US-Magazin Barrons bezeichnete Stratfor als „Schatten-CIA“`` (the compact parser makes the bare name after the
    verb a second subject; the article shows which phrase is the subject). None when the articles do not decide
    (``Die Anwendung stellte der Vorsitzende in Frage``: both carry one)."""
    if len(subjects) < 2 or not profile(sent.lang).verb_second:
        return None
    before = [w for w in subjects if w.index < v]
    if len(before) != 1:
        return None
    after = [w for w in subjects if w is not before[0]]
    if any(w.index < v or w.upos != "PROPN" or sent.children(w.index, "det", "det:poss") for w in after):
        return None  # a pronoun after the verb is the subject (``Die Arbeit der Koalition bewertete er als …``)
    if any(w.upos in ("VERB", "AUX") or w.text == "," for w in sent.words[before[0].index + 1 : v]):
        return None  # ``Alle Gebiete seien …, sagte Bouchard``: the phrase belongs to a clause of its own
    articles = sent.children(before[0].index, "det")
    # An article proper (``Einige Tage nach seiner Abreise sagte Guidi``: a quantifier opens an adverbial).
    if not articles or any(a.feats.get("Case") != "Nom" or a.feats.get("PronType") != "Art" for a in articles):
        return None
    return before[0]


def _word_kind(w: Word, lang: str, kind: str) -> bool:
    table = mention_words(lang, kind)
    low, lemma = w.text.lower(), w.lemma.lower()
    if low in table or lemma in table:
        return True
    # ``Regierungssprecher``, ``Ministerpräsidentin``: a compound ends in its kind.
    return profile(lang).compound_nouns and any(
        low.endswith(t) and len(low) - len(t) >= _MIN_COMPOUND_PREFIX for t in table
    )


PERSON_RANK = 3
""":func:`speaker_rank` of a person: a name, a personal pronoun, a role noun."""
GROUP_RANK = 2
""":func:`speaker_rank` of an organisation, medium or statement."""


def speaker_rank(sent: ParsedSentence, i: int, *, subject: bool = True) -> int:
    """How much like a speaker the word at ``i`` is: 3 a person (a name, a personal pronoun, a role noun such as
    ``Sprecherin`` or ``spokeswoman``), 2 an organisation, medium or statement (``die Polizei``, ``der Bericht``),
    1 another noun (``die Entscheidung``), 0 no speaker at all. As a ``subject`` (the default) a phrase marked
    for another case than the nominative, or introduced by a preposition or ``als`` (``Als Begründung sagte
    …``), is none; an object or a source phrase (``zitierte den Manager``, ``heißt es in dem Antrag``) may be.
    A capitalised common noun that only opens the sentence (``Relativierend``) is no name."""
    w = sent[i]
    lang = sent.lang
    if not is_nominal(w, lang):
        return 0
    if subject and (not_nominative(sent, i) or any(c.index < i for c in sent.children(i, "case", "mark", "cc"))):
        return 0
    # A capitalised noun opening the sentence is a name when it is a known first name (``Grete lachte.``), not
    # when it is any noun (``Relativierend``).
    name = _is_name_like(sent, i) and (i > 0 or w.upos == "PROPN" or first_name_gender(w.text) is not None)
    if is_pronoun(w, lang) or name or _word_kind(w, lang, "role"):
        return PERSON_RANK
    if _word_kind(w, lang, "organisation") or _word_kind(w, lang, "statement"):
        return GROUP_RANK
    if _nominalised_adjective(w, lang):
        return PERSON_RANK
    return 1


def _nominalised_adjective(w: Word, lang: str) -> bool:
    """``die Alte``, ``der Blinde``, ``der Verurteilte``: an adjective or participle made a noun, masculine or
    feminine singular, names a person (the neuter names a thing: ``das Gute``). Told where nouns are capitalised
    and the lemmatiser gives the adjective's lower-case lemma for the noun it tags."""
    return (
        profile(lang).capitalised_nouns
        and w.upos == "NOUN"
        and w.text[:1].isupper()
        and w.lemma[:1].islower()
        and w.feats.get("Number") == "Sing"
        and w.feats.get("Gender") in ("Masc", "Fem")
    )


def _capitalised(w: Word) -> bool:
    return w.text[:1].isupper() and any(c.isalpha() for c in w.text)


def _is_name_like(sent: ParsedSentence, i: int) -> bool:
    w = sent[i]
    if not _capitalised(w) or w.upos in _NOT_IN_NAME:
        return False
    if w.upos == "PROPN":
        return True
    if profile(sent.lang).capitalised_nouns:
        # German capitalises every noun: a bare noun without article or adjective is most likely a name the
        # tagger got wrong (``Merkel`` NOUN); ``der Minister`` is not.
        return not sent.children(i, "det", "amod", "det:poss")
    return i > 0  # an English capitalised noun is a name unless it only starts the sentence


def _possessor_shift(sent: ParsedSentence, i: int, blocked: Sequence[tuple[int, int]]) -> int:
    """``Forrester’s Curran``: the speaker is the possessed name, not the possessor."""
    w = sent[i]
    glued = w.text.endswith(("'s", "’s"))
    nxt = i + 1 if glued else i + 2
    if not glued and not (i + 1 < len(sent) and sent[i + 1].text in _POSSESSIVE):
        return i
    if (
        nxt < len(sent)
        and _capitalised(sent[nxt])
        and sent[nxt].upos not in _NOT_IN_NAME
        and not _blocked(sent[nxt], blocked)
    ):
        return nxt
    return i


def _name_run(sent: ParsedSentence, i: int, blocked: Sequence[tuple[int, int]]) -> tuple[int, int]:
    not_speaker = mention_words(sent.lang, "not_speaker")

    def fits(k: int) -> bool:
        w = sent[k]
        return (
            _capitalised(w)
            and w.upos not in _NOT_IN_NAME
            and w.text.lower() not in not_speaker
            and w.text not in _POSSESSIVE
            and not w.text.endswith(("'s", "’s"))
            and not _blocked(w, blocked)
        )

    lo = hi = i
    while lo - 1 >= 0 and fits(lo - 1) and sent[lo - 1].end <= sent[lo].start:
        lo -= 1
    while hi + 1 < len(sent) and fits(hi + 1) and sent[hi + 1].start >= sent[hi].end:
        hi += 1
    return lo, hi


def _noun_phrase(sent: ParsedSentence, i: int, blocked: Sequence[tuple[int, int]]) -> tuple[int, int]:
    members = {i}
    stack = [i]
    while stack:
        k = stack.pop()
        for c in sent.children(k):
            if k == i and c.base_rel == "case":
                continue  # the head's own preposition (``by`` a spokeswoman) is not part of the mention
            # A hyphen the tokenizer split off a compound belongs to it (``US - Magazin`` is ``US-Magazin``).
            hyphen = k != i and c.base_rel == "punct" and c.text in _HYPHENS
            if c.index not in members and (c.base_rel in _NP_RELS or c.deprel == "nmod:poss" or hyphen):
                members.add(c.index)
                stack.append(c.index)
    lo = hi = i
    while lo - 1 in members and not _blocked(sent[lo - 1], blocked):
        lo -= 1
    while hi + 1 in members and not _blocked(sent[hi + 1], blocked):
        hi += 1
    # A phrase does not end in its preposition or article (``for the`` left over from a cut).
    while hi > i and sent[hi].upos in ("ADP", "DET", "PUNCT"):
        hi -= 1
    return lo, hi


def mention_kind(sent: ParsedSentence, head: int) -> MentionKind:
    """Pronoun, name, organisation or other noun phrase, judged from the head word."""
    w = sent[head]
    if is_pronoun(w, sent.lang):
        return MentionKind.PRONOUN
    orgs = mention_words(sent.lang, "organisation")
    if w.lemma.lower() in orgs or w.text.lower() in orgs:
        return MentionKind.ORGANISATION
    if _is_name_like(sent, head):
        return MentionKind.NAME
    return MentionKind.NOMINAL


def expand_mention(sent: ParsedSentence, head: int, *, blocked: Sequence[tuple[int, int]] = ()) -> Mention | None:
    """The full mention around ``head``; None when the head lies in a ``blocked`` span (inside a quote).

    ``blocked`` holds character spans the mention must not enter, normally the quotations of the document.
    """
    if not 0 <= head < len(sent) or _blocked(sent[head], blocked):
        return None
    head = _possessor_shift(sent, head, blocked)
    kind = mention_kind(sent, head)
    if _pronoun_with_stop(sent[head], sent.lang):
        # ``said I.`` at a sentence's end: the tokenizer reads ``I.`` as an initial; the pronoun is the speaker
        return Mention(sent[head].start, sent[head].end - 1, MentionKind.PRONOUN, head)
    if kind is MentionKind.PRONOUN:
        lo = hi = head
    elif kind is MentionKind.NAME:
        lo, hi = _name_run(sent, head, blocked)
    else:
        lo, hi = _noun_phrase(sent, head, blocked)
        named = _name_after_role(sent, head, hi, blocked)
        if named > hi:
            hi, kind = named, MentionKind.NAME
    return Mention(sent[lo].start, sent[hi].end, kind, head)


def _pronoun_with_stop(w: Word, lang: str) -> bool:
    """A pronoun the tokenizer glued to the full stop after it (``I.``, taken for an initial)."""
    return len(w.text) > 1 and w.text.endswith(".") and w.text[:-1].lower() in pronouns(lang)


def _name_after_role(sent: ParsedSentence, head: int, hi: int, blocked: Sequence[tuple[int, int]]) -> int:
    """``der Finanzminister Hartmut Möllring``, ``the minister Anna Hill``: a role noun with the name right after
    it is one mention with the name (the compact parsers hang the name off anywhere, so the phrase ends at the
    role). Returns the last word of the name, or ``hi`` when no name follows."""
    if hi != head or not _word_kind(sent[head], sent.lang, "role"):
        return hi
    not_speaker = mention_words(sent.lang, "not_speaker")
    k = hi
    while (
        k + 1 < len(sent)
        and sent[k + 1].upos == "PROPN"
        and _capitalised(sent[k + 1])
        and sent[k + 1].text.lower() not in not_speaker
        and not _blocked(sent[k + 1], blocked)
        and not sent[k + 1].text.endswith(("'s", "’s"))
    ):
        k += 1
    return k
