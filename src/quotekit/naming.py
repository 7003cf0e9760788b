"""Is a stretch in quotation marks a name or title, or someone's words?

News puts names in marks as often as words: newspapers (``im Gespräch mit der „Frankfurter Rundschau“``),
ships (``der Tanker „Nordstern“``), organisations, works, mottos (``unter dem Motto „Gemeinsam stark“``),
nicknames (``das Boot, „Seestern“ genannt``; ``a group dubbed "the Squad"``). Two questions are answered here,
from the text around the marks and, when there is one, the parse of the sentence:

* :func:`name_rule` — the evidence that the stretch *names* something, as the name of the rule that fired, or
  ``None``. A stretch that reads as an utterance (its own end punctuation, or six words or more) is never a name,
  and the weaker kinds of evidence yield to a labelling speech verb before the marks (``bezeichnete ihn als
  „…“``, ``called the plan "…"``), because that makes the stretch someone's words whatever it looks like.
* :func:`speech_rule` — evidence of speech around a short stretch that has no speech verb in its sentence: a
  trailing tag (``„In absehbarer Zeit“, so der Vorstand``; ``…“, sagte Müller``) or, in German, a Konjunktiv-I
  clause (``Er sei „müde“``).

The word lists are data (``data/naming_de.tsv``, ``data/naming_en.tsv``), read once. This module knows nothing
about the attribution sieves; it reads the text, a :class:`~quotekit.tree.ParsedSentence` and the cue lexicon.

Known failures: a name with no evidence around it (``wegen „groben Unfugs“`` is a scare quote, ``Pfeiffer
drehte „Die Farbe“`` a film) stays speech; a newspaper named as the addressee of a speech verb with a single
word (``sagte er der „Bild“``) is caught only by the definite article rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from quotekit.lang import PROFILES
from quotekit.lang.profile import LanguageProfile
from quotekit.language import stopwords
from quotekit.lexicon import cue_surface_pattern, read_table
from quotekit.scanner import mark_class, quote_marks
from quotekit.tree import ParsedSentence, Word

__all__ = ["NamingWords", "name_rule", "naming_words", "speech_rule"]

ROLES = (
    "naming_noun",
    "naming_word",
    "definite_article",
    "indefinite_article",
    "source_before",
    "source_after",
    "function_word",
    "label_verb",
    "konjunktiv",
    "tag_word",
    "as_copula",
    "naming_clause",
    "legal_form",
)
_WHERE = ("before", "after", "any", "right", "-")

_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# What ends the clause the marks stand in, looking back from the opening mark (a comma does not: ``die Zeitung,
# die …`` is rare before a name, while ``bezeichnete den Plan, wörtlich, als „…“`` happens).
_CLAUSE_STOP = regex.compile(r"[.;:!?…]\s")
# What ends the words right around the marks: the evidence must stand in the same phrase.
# Marks that may be apostrophes (``O’Brien``) stop nothing.
_PHRASE_STOP = regex.compile(r"[,;:.!?()\[\]–—" + mark_class(quote_marks().unambiguous) + "]")
# ``„X“-Zeitung``: a hyphen right after the closing mark joins the name to a noun.
_COMPOUND = regex.compile(r"-\p{L}")
# ``„Allianz für Europa“ (AIE)``: an abbreviation in brackets right after the closing mark.
_ABBREVIATION = regex.compile(r"\s*\((?=[^)]*\p{Lu}[^)]*\p{Lu})[\p{Lu}\p{N}][\p{L}\p{N}.\-/&]{1,11}\)")
# ``„X“, „Y“ und „Z“``: another stretch in marks right before or after, joined by a comma or a conjunction.
_OPENING = mark_class(quote_marks().opening)
_LIST_AFTER = regex.compile(rf"\s*(?:,|;|und|oder|sowie|and|or)\s+[{_OPENING}]|,[{_OPENING}]", regex.IGNORECASE)
_LIST_BEFORE = regex.compile(
    "[" + mark_class(quote_marks().closing) + r"](?:,|;|\s+(?:und|oder|sowie|and|or))\s*$", regex.IGNORECASE
)
# A trailing tag opens after a comma or dash right behind the closing mark (``„…“, so Müller``).
_TAG_OPEN = regex.compile(r"\s*[,–—]\s*")
_UTTERANCE_END = (".", "!", "?", "…", ",", ";")
# ``„Nichtraucher-Initiative Deutschland e.V. (NID)“``: a bracket at the end of the stretch, dropped before its
# legal form is looked for.
_TRAILING_BRACKET = regex.compile(r"\s*\([^()]*\)\s*$")
# ``„news.bbc.co.uk“``, ``"www.example.org/news"``: a web address (a top-level part of two letters or more, so
# ``z.B`` is none).
_WEB_ADDRESS = regex.compile(r"\s*(?:https?://)?[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,6}(?:/\S*)?\s*")
# ``„Baa3“``, ``"Ener1"``: one token of letters and digits is a code, a model or a rating, not words.
_CODE = regex.compile(r"\s*(?=[\p{L}\-]*\p{N})(?=[\p{N}\-]*\p{L})[\p{L}\p{N}\-]+\s*")
# ``Kapitelzeichen („Bookmarks“)``, ``(deutsch „Britannien zuerst“)``, ``(übersetzt: „…“)``: a stretch that fills a
# bracket, after at most one word, glosses or translates a term.
_GLOSS_BEFORE = regex.compile(r"\(\s*(?:\p{L}+\.?:?\s+)?$")
_GLOSS_AFTER = regex.compile(r"\s*\)")
_MIN_UTTERANCE_WORDS = 6
_MAX_SHORT_WORDS = 3
_MAX_SOURCE_WORDS = 4
_MIN_COMPOUND_PREFIX = 3  # ``Tageszeitung`` ends in ``zeitung``; ``Reaktion`` is no ``aktion``


@dataclass(frozen=True, slots=True)
class NamingWords:
    """The word lists of one language, by role (lower-case)."""

    naming_nouns: frozenset[str]
    naming_before: frozenset[str]
    naming_after: frozenset[str]
    definite_articles: frozenset[str]
    indefinite_articles: frozenset[str]
    source_before: frozenset[str]
    source_after: frozenset[str]
    function_words: frozenset[str]
    label_verbs: frozenset[str]
    label_phrases: frozenset[str]
    konjunktiv: frozenset[str]
    tag_words: frozenset[str]
    as_copula: frozenset[str] = frozenset()
    naming_clauses: frozenset[str] = frozenset()
    naming_right: frozenset[str] = frozenset()
    """Naming words that name only right before the opening mark, and there whatever the stretch's own end
    punctuation (``unter dem Motto „Nie wieder Krieg!“``, ``kurz „DFB“``)."""
    legal_forms: frozenset[str] = frozenset()
    """Legal forms that end an organisation's name (``e.v.``, ``gmbh``, ``inc.``)."""


@cache
def naming_words(lang: str) -> NamingWords:
    """The lists of ``data/naming_<lang>.tsv`` (``en`` for a language without its own file)."""
    name = f"naming_{lang}.tsv"
    if not resources.files("quotekit.data").joinpath(name).is_file():
        return naming_words("en")
    rows = read_table(name)
    by_role: dict[str, set[str]] = {r: set() for r in (*ROLES, "naming_before", "naming_after", "naming_right")}
    for row in rows:
        word, role, where = row["word"].lower(), row["role"], row["where"]
        if role not in ROLES or where not in _WHERE or not word:
            raise ValueError(f"{name}: malformed row {row!r}")
        if role == "naming_word":
            if where in ("before", "any"):
                by_role["naming_before"].add(word)
            if where in ("after", "any"):
                by_role["naming_after"].add(word)
            if where == "right":
                by_role["naming_right"].add(word)
        else:
            by_role[role].add(word)
    f = {k: frozenset(v) for k, v in by_role.items()}
    return NamingWords(
        naming_nouns=f["naming_noun"],
        naming_before=f["naming_before"],
        naming_after=f["naming_after"],
        definite_articles=f["definite_article"],
        indefinite_articles=f["indefinite_article"],
        source_before=f["source_before"],
        source_after=f["source_after"],
        function_words=f["function_word"],
        label_verbs=frozenset(w for w in f["label_verb"] if " " not in w),
        label_phrases=frozenset(w for w in f["label_verb"] if " " in w),
        konjunktiv=f["konjunktiv"],
        tag_words=f["tag_word"],
        as_copula=f["as_copula"],
        naming_clauses=f["naming_clause"],
        naming_right=f["naming_right"],
        legal_forms=f["legal_form"],
    )


# --- the text around the marks ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Around:
    words: list[str]
    """The words inside the marks."""
    clause: list[str]
    """The words from the start of the clause up to the opening mark."""
    phrase_before: list[str]
    """The words right before the opening mark, back to the nearest punctuation."""
    phrase_after: list[str]
    """The words right after the closing mark, up to the nearest punctuation."""
    after_text: str
    """The text from the closing mark to the sentence end."""
    before_text: str


def _around(text: str, start: int, end: int, open_start: int, close_end: int, s_start: int, s_end: int) -> _Around:
    before_text = text[s_start:open_start]
    stops = list(_CLAUSE_STOP.finditer(before_text))
    clause_text = before_text[stops[-1].end() :] if stops else before_text
    stops = list(_PHRASE_STOP.finditer(before_text))
    phrase_before = before_text[stops[-1].end() :] if stops else before_text
    after_text = text[close_end : max(s_end, close_end)]
    m = _PHRASE_STOP.search(after_text)
    phrase_after = after_text[: m.start()] if m else after_text
    return _Around(
        words=_WORD.findall(text[start:end]),
        clause=_WORD.findall(clause_text),
        phrase_before=_WORD.findall(phrase_before),
        phrase_after=_WORD.findall(phrase_after),
        after_text=after_text,
        before_text=before_text,
    )


_MAX_FOREIGN_TITLE_WORDS = 8


def _foreign_title(content: str, words: Sequence[str], lang: str) -> bool:
    """``die CD „Have a nice day“``, ``die „L’ Alliance pour la Planète“``: a stretch in another language than its
    sentence (function words of another language, none of the sentence's own), opening with a capital or digit
    and without end punctuation, is a title or name; someone's words in another language read as an utterance
    (``„That's one small step for man, …“``)."""
    if not 1 < len(words) <= _MAX_FOREIGN_TITLE_WORDS or content.rstrip().endswith(_UTTERANCE_END):
        return False
    if not (content[:1].isupper() or content[:1].isdigit()):
        return False
    own = stopwords(lang) if lang in PROFILES else frozenset()
    others = frozenset().union(*(stopwords(lg) for lg in (*PROFILES, "other") if lg != lang)) - own
    low = [w.lower().replace("’", "'") for w in words]
    return any(w in others for w in low) and not any(w in own for w in low)


def _utterance_like(content: str, words: Sequence[str]) -> bool:
    """Read as someone's words whatever precedes: its own end punctuation, or six words or more."""
    return content.rstrip().endswith(_UTTERANCE_END) or len(words) >= _MIN_UTTERANCE_WORDS


def _profile(lang: str) -> LanguageProfile:
    """The language's profile; English rules for a code without one (as :func:`naming_words` does)."""
    return PROFILES.get(lang, PROFILES["en"])


# Inflection endings a naming noun may carry in a language that inflects nouns (``des Magazines``, ``die
# Modelle``, ``der Zeitschriften``, ``des Gesetzes``), tried longest first.
_NOUN_ENDINGS = ("es", "en", "er", "s", "e", "n")


def _is_naming_noun(word: str, lex: NamingWords, lang: str) -> bool:
    low = word.lower()
    prof = _profile(lang)
    if low in lex.naming_nouns:
        return not prof.capitalised_nouns or word[:1].isupper()
    if not prof.compound_nouns or not word[:1].isupper():
        return False
    stems = [low] + [low[: -len(e)] for e in _NOUN_ENDINGS if low.endswith(e) and len(low) > len(e) + 2]
    # German compounds: the last part decides (``Tageszeitung``, ``Nachrichtenmagazin``).
    return any(
        stem == n or (stem.endswith(n) and len(stem) - len(n) >= _MIN_COMPOUND_PREFIX)
        for stem in stems
        for n in lex.naming_nouns
    )


def _named_by_noun(a: _Around, content: str, lex: NamingWords, lang: str) -> bool:
    """A naming noun that is the stretch's own head, whatever its length: right before the opening mark (``unter
    dem Motto „50 Jahre … zuviel! Zapfenstreich abpfeifen“``, ``das Lied „Für dich soll's rote Rosen regnen“``,
    ``die Modelle „Touareg“``) or as its first word followed by a function word (``ein „Gesetz zur Änderung des
    Passgesetzes“``, ``die „Kampagne für ein Freies Tibet“``). The stretch must open with a capital or a digit, as
    names do, and not end like an utterance; only in languages that capitalise nouns (English news quotes ``the
    slogan "…"`` as words, see rule 5)."""
    if not _profile(lang).capitalised_nouns or not a.words or not (content[:1].isupper() or content[:1].isdigit()):
        return False
    if content.rstrip().endswith(_UTTERANCE_END):
        return False  # its own end punctuation makes it an utterance (``unter dem Motto „Wir geben nicht auf!“``)
    if a.phrase_before and _is_naming_noun(a.phrase_before[-1], lex, lang):
        return True
    return len(a.words) > 1 and _is_naming_noun(a.words[0], lex, lang) and a.words[1].lower() in lex.function_words


def _all_capitalised(words: Sequence[str]) -> bool:
    return len(words) > 1 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _title_shape(words: Sequence[str], lex: NamingWords) -> bool:
    """``Der Fänger im Roggen``: capitalised first word, lower case only for a title's function words."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in lex.function_words for w in words)


def _words_at(sentence: ParsedSentence | None, start: int, end: int) -> list[Word]:
    if sentence is None:
        return []
    return [w for w in sentence if start <= w.start and w.end <= end]


def _attributive_phrase(words: Sequence[str]) -> bool:
    """``die „volle Verantwortung“``, ``zum „gläsernen Menschen“``: a lower-case word before a capitalised noun is
    an adjective the sentence's article declines, so the marks quote the words of a noun phrase of the sentence;
    a name keeps its own form (``die „Frankfurter Rundschau“``, ``die „taz“``)."""
    return len(words) > 1 and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:])


def _article_before(text: str, open_start: int, s_start: int, sentence: ParsedSentence | None, first_word: str) -> bool:
    """The definite article right before the mark is an article of the stretch, not a pronoun.

    ``die „Computerwoche“`` (article) against ``Maßnahmen, die „völlig überzogen“ seien`` (relative pronoun)
    and ``das sei „Unsinn“`` (demonstrative): from the parse when the word is parsed, else a comma before the
    ``die`` or a lower-case first word inside the marks says pronoun.
    """
    m = regex.search(r"(\p{L}+)\s*$", text[max(s_start, open_start - 40) : open_start])
    if m is None:
        return False
    a_start = max(s_start, open_start - 40) + m.start(1)
    parsed = _words_at(sentence, a_start, a_start + len(m.group(1)))
    if parsed:
        return any(w.upos == "DET" or w.upos == "ADP" for w in parsed) and not any(w.upos == "PRON" for w in parsed)
    if regex.search(r",\s*$", text[max(s_start, a_start - 5) : a_start]):
        return False
    return first_word[:1].isupper()


def _cue_outside(text: str, s_start: int, s_end: int, open_start: int, close_end: int, lang: str) -> bool:
    """A speech verb or source phrase in the sentence, outside the marks (surface forms of the cue table)."""
    pattern = cue_surface_pattern(lang if lang in PROFILES else "en")
    return bool(pattern.search(text, s_start, open_start) or pattern.search(text, close_end, max(s_end, close_end)))


def _naming_word_around(a: _Around, lex: NamingWords) -> bool:
    before = [w.lower() for w in a.phrase_before[-3:]]
    after = [w.lower() for w in a.phrase_after[:2]]
    for k, w in enumerate(before):
        if w not in lex.naming_before:
            continue
        # ``heißt es``/``das heißt`` open speech or an explanation, not a name.
        if w in ("heißt", "hieß", "heißen"):
            neighbours = before[max(0, k - 1) : k] + before[k + 1 : k + 2]
            if any(n in ("es", "das") for n in neighbours):
                continue
        # ``known`` names only as ``known as``.
        if w == "known" and "as" not in before[k + 1 :]:
            continue
        return True
    # ``bekannt`` names only in ``als „X“ bekannt``; ``„X“ genannt`` and ``„X“ betitelt`` do on their own.
    as_before = bool(before) and before[-1] == "als"
    # ``gilt damit nicht als „Störfall“``, ``der sich als „Bürgerjournalist“ engagierte``: what a thing counts as
    # or presents itself as is a classification, nobody's words.
    if as_before and any(w in lex.as_copula for w in [x.lower() for x in a.phrase_before[-5:-1]]):
        return True
    return any(w in lex.naming_after and (w != "bekannt" or as_before) for w in after)


_CLAUSE_AFTER = regex.compile(r"\s*[,–—]\s*(\p{L}+)\b([^,;:.!?()\[\]–—]*)")


def _named_in_clause_after(a: _Around, lex: NamingWords) -> bool:
    """``„Trap“, wie er weitläufig genannt wird``, ``„Oberste Rat …“, wie sich die Junta selbst nennt``,
    ``„Rot-Hemden“ – so werden die Anhänger genannt –``: a clause right after the marks (after a comma or a dash)
    says the stretch is what something is called (a naming participle, or a labelling verb with ``sich``); an
    active label (``„Unsinn“, wie er es nannte``) is someone's words and does not count."""
    m = _CLAUSE_AFTER.match(a.after_text)
    if m is None or m.group(1).lower() not in lex.naming_clauses:
        return False
    words = [w.lower() for w in _WORD.findall(m.group(2))]
    return any(w in lex.naming_after for w in words) or ("sich" in words and any(w in lex.label_verbs for w in words))


def _source(a: _Around, lex: NamingWords, lang: str) -> bool:
    """The stretch is the source of a report: ``laut „X“``, ``„X“ zufolge``, ``Wie „X“ berichtet``."""
    if len(a.words) > _MAX_SOURCE_WORDS:
        return False
    before = [w.lower() for w in a.phrase_before]
    after = [w.lower() for w in a.phrase_after[:1]]
    if before and (before[-1] in lex.source_before or before[-2:] == ["according", "to"]):
        return True
    if after and after[0] in ("zufolge",):
        return True
    # ``Wie „heise online“ berichtet`` / ``die „Bild“ berichtete`` / ``„BBC News“ berichtet``.
    if after and after[0] in lex.source_after:
        return not before or before[-1] in lex.definite_articles or before[-1] in ("wie", "as", "the")
    return False


def _label_verb_around(a: _Around, lex: NamingWords) -> bool:
    """A labelling speech verb in the clause before the marks or right after them: the stretch is someone's label.

    ``bezeichnete die Reform als „…“``, ``als „…“ eingestuft``; a two-word entry is a verb and the preposition
    it takes, with words between (``warnte Kluncker vor den „…“``); a verb with ``sich`` after it names
    (``nennt sich``) and is not a label.
    """
    low = [w.lower() for w in a.clause]
    for k, w in enumerate(low):
        if w in lex.label_verbs and "sich" not in low[k + 1 : k + 3]:
            return True
        if any(p.startswith(w + " ") and p.split(" ", 1)[1] in low[k + 1 :] for p in lex.label_phrases):
            return True
    return any(w.lower() in lex.label_verbs for w in a.phrase_after[:2])


def _calls_itself(a: _Around, lex: NamingWords) -> bool:
    """``nennt sich „documenta 12“``, ``das sich „Allianz …“ nennt``: a reflexive naming verb; so is an impersonal
    one (``Dies nennt man einen „Aktiensplit“``, ``was man „Schwarmintelligenz“ nennt``): what one calls a thing
    is its name, nobody's words."""
    low = [w.lower() for w in a.phrase_before[-4:]]
    after = [w.lower() for w in a.phrase_after[:2]]
    for k, w in enumerate(low):
        if w in lex.label_verbs and any(x in ("sich", "man") for x in low[k + 1 : k + 3]):
            return True
    return any(x in ("sich", "man") for x in low[-3:]) and any(w in lex.label_verbs for w in after)


def _english_called_names(a: _Around, sentence: ParsedSentence | None, text: str, open_start: int) -> bool:
    """``a group called "X"`` (a participle modifying a noun) names; ``Trump called the plan "X"`` labels."""
    if not a.phrase_before or a.phrase_before[-1].lower() not in ("called", "named"):
        return False
    m = regex.search(r"(\p{L}+)\s*$", text[max(0, open_start - 20) : open_start])
    if m is None:
        return False
    a_start = max(0, open_start - 20) + m.start(1)
    return any(w.deprel.startswith("acl") for w in _words_at(sentence, a_start, a_start + len(m.group(1))))


def _named_right_before(a: _Around, lex: NamingWords, text: str, open_start: int) -> bool:
    """A naming word right before the opening mark that names whatever the stretch's punctuation: ``unter dem
    Motto „50 Jahre sind genug!“``, ``kurz „DFB“`` (``kurz`` a few words before is an adverb: ``kurz vor der
    „Wahl“``)."""
    if not a.phrase_before or a.phrase_before[-1].lower() not in lex.naming_right:
        return False
    return text[:open_start].rstrip().endswith(a.phrase_before[-1])


_AFTER_COMMA = regex.compile(r"\s*,\s*(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?")


def _named_after_comma(a: _Around, lex: NamingWords, lang: str) -> bool:
    """What follows the marks after a comma names the stretch: its short form (``„Fédération Internationale de
    Football Association“, kurz FIFA``) or an apposition headed by a naming noun (``in der „Correio da Manhã“, einem
    Boulevardblatt``)."""
    m = _AFTER_COMMA.match(a.after_text)
    if m is None:
        return False
    first, *rest = [w for w in m.groups() if w]
    if first.lower() in lex.naming_right:
        return True
    articles = lex.definite_articles | lex.indefinite_articles
    return first.lower() in articles and any(_is_naming_noun(w, lex, lang) for w in rest)


def _legal_form(content: str, words: Sequence[str], lex: NamingWords) -> bool:
    """``„Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e.V.“``, ``"Acme Widgets Inc."``: an
    organisation's legal form ends the stretch (its full stop is no sentence end)."""
    if len(words) < 2 or not lex.legal_forms:
        return False
    tail = _TRAILING_BRACKET.sub("", content).rstrip().lower()
    return any(tail.endswith(" " + f) for f in lex.legal_forms)


def _article_title(
    text: str, a: _Around, content: str, start: int, end: int, open_start: int, s_start: int,
    sentence: ParsedSentence | None, lex: NamingWords, lang: str,
) -> bool:  # fmt: skip
    """``das „Große Goldene Ehrenzeichen mit dem Stern für Verdienste um die Republik Österreich“``, ``die „BILD am
    Sonntag“``: where nouns are capitalised, a definite article right before a title-shaped stretch (capitalised
    words and a title's function words only) with no verb inside names it, whatever its length and whatever speech
    is around; someone's words in that place hold a lower-case word (``als die „weltweit häufigste …“``)."""
    if not _profile(lang).capitalised_nouns or content.rstrip().endswith(_UTTERANCE_END):
        return False
    if not a.phrase_before or a.phrase_before[-1].lower() not in lex.definite_articles:
        return False
    if not _title_shape(a.words, lex) or any(w.upos in ("VERB", "AUX") for w in _words_at(sentence, start, end)):
        return False
    return _article_before(text, open_start, s_start, sentence, a.words[0])


def _shape_names(content: str, text: str, open_start: int, close_end: int) -> str | None:
    """What the stretch's own shape says it is, in any language: ``web_address`` (``„news.bbc.co.uk“``), ``code``
    (``„Baa3“``) or ``gloss`` (a stretch filling a bracket: ``Kapitelzeichen („Bookmarks“)``, ``(deutsch „Britannien
    zuerst“)``)."""
    if _WEB_ADDRESS.fullmatch(content):
        return "web_address"
    if _CODE.fullmatch(content):
        return "code"
    if _GLOSS_BEFORE.search(text, max(0, open_start - 30), open_start) and _GLOSS_AFTER.match(text, close_end):
        return "gloss"
    return None


def _title_by_case(
    text: str,
    a: _Around,
    lex: NamingWords,
    speech: str | None,
    s_start: int,
    s_end: int,
    open_start: int,
    close_end: int,
    lang: str,
) -> str | None:
    """Rule 4 of :func:`name_rule`, for languages that capitalise nouns: ``title_case`` or ``title_shape``."""
    sentence_initial = not a.before_text.strip()
    after_colon = a.before_text.rstrip().endswith(":")
    if _all_capitalised(a.words) and not sentence_initial and not after_colon:
        return "title_case"
    if (
        _title_shape(a.words, lex)
        and speech is None
        and not _cue_outside(text, s_start, s_end, open_start, close_end, lang)
    ):
        return "title_shape"
    return None


def name_rule(  # noqa: C901 - the docstring's seven rules in their order; each is a helper already
    text: str,
    start: int,
    end: int,
    open_start: int,
    close_end: int,
    s_start: int,
    s_end: int,
    sentence: ParsedSentence | None,
    lang: str,
) -> str | None:
    """Which rule says ``text[start:end]`` (the stretch inside the marks) names something, or ``None``.

    ``open_start``/``close_end`` are the outer offsets of the marks, ``s_start``/``s_end`` the sentence around
    them, ``sentence`` its parse when there is one. In the order tried:

    1. ``compound`` — ``„Bild“-Zeitung``, ``"Apprentice"-style``; ``abbreviation`` — ``„Allianz für Europa“ (AIE)``;
       ``legal_form`` — ``„Wikimedia Deutschland e.V.“``, ``"Acme Inc."``, whatever its length and full stop.
    2. ``naming_word`` — a pure naming word around: ``genannt``, ``namens``, ``als „X“ bekannt``; ``dubbed``,
       ``titled``, ``known as``, ``so-called``; ``a group called "X"`` (``called`` as a participle); right before
       the mark (``Motto``, ``Titel``, ``kurz``) whatever the stretch's own punctuation; an impersonal label
       (``Dies nennt man einen „Aktiensplit“``).
    3. ``source`` — the stretch is the source of a report: ``laut „Figaro“``, ``dem „Figaro“ zufolge``, ``Wie
       „heise online“ berichtet``; ``according to "Politico"``.

    The rest yields to a labelling speech verb in the clause before (``bezeichnete die Reform als „…“``):

    4. ``title_case`` — German, two words or more all capitalised (``„Frankfurter Rundschau“``), not opening the
       sentence; ``title_shape`` — German, a title's shape with lower-case function words only (``„Der Fänger im
       Roggen“``), with no speech verb in the sentence and no speech evidence (:func:`speech_rule`).
    5. ``naming_noun`` — a naming noun in the three words before (``die Tageszeitung „taz“``, ``the newspaper
       "Haaretz"``; English only for a title-cased stretch: PolNeAR-style news quotes ``the slogan "…"``).
    6. ``definite_article`` — German only, a definite article of the stretch right before a short one (``die
       „Computerwoche“``, ``im „Kesselhaus“``) with no speech evidence; the indefinite one marks a fragment (``ein
       „Opfer des Terrorismus“``) and English articles say nothing. Before a title-shaped stretch with no verb
       inside, the article names it whatever its length and whatever speech is around (``das „Große Goldene
       Ehrenzeichen mit dem Stern für Verdienste um …“``, ``die „BILD am Sonntag“``).
    7. ``list`` — German, one of several stretches in marks in a row (``„Erinnerungen“, „Zur Geschichte“ und …``).

    Shapes that name in any language, tried after the utterance test: ``web_address`` (``„news.bbc.co.uk“``),
    ``code`` (``„Baa3“``), ``gloss`` (a stretch filling a bracket: ``Kapitelzeichen („Bookmarks“)``).

    Never a name: a stretch that reads as an utterance (own end punctuation, six words or more) — except where,
    before all the above, ``naming_noun`` finds a naming noun heading the stretch whatever its length (German:
    right before the mark, ``das Lied „Für dich soll's rote Rosen regnen“``, or as its first word before a function
    word, ``ein „Gesetz zur Änderung des Passgesetzes“``) or ``foreign_title`` finds a short capitalised stretch in
    another language than its sentence (``die CD „Have a nice day“``). Rule 2 also takes ``als`` after a
    classifying word (``gilt nicht als „Störfall“``, ``der sich als „Bürgerjournalist“ engagierte``) and a
    naming clause after the marks (``„Trap“, wie er genannt wird``).

    Known failure: a naming noun as the dative object of a labelling verb (``warf der Partei „Verrat“ vor``) is
    taken for the stretch's head.
    """
    lex = naming_words(lang)
    a = _around(text, start, end, open_start, close_end, s_start, s_end)
    content = text[start:end]
    if not a.words:
        return None
    utterance = _utterance_like(content, a.words)
    if not utterance and _COMPOUND.match(text, close_end):
        return "compound"
    if not utterance and _ABBREVIATION.match(text, close_end):
        return "abbreviation"
    if _legal_form(content, a.words, lex):
        return "legal_form"
    if _named_right_before(a, lex, text, open_start):
        return "naming_word"
    # Explicit naming words outweigh length (``präsentiert sich als „Wissenschaftlicher Berater / Stellvertretender
    # Vorsitzender des Beirates“``), not an utterance's own end punctuation.
    if not content.rstrip().endswith(_UTTERANCE_END) and (
        _naming_word_around(a, lex)
        or _named_after_comma(a, lex, lang)
        or _calls_itself(a, lex)
        or _named_in_clause_after(a, lex)
        or (not _profile(lang).capitalised_nouns and _english_called_names(a, sentence, text, open_start))
    ):
        return "naming_word"
    if _named_by_noun(a, content, lex, lang):
        return "naming_noun"
    # A stretch a speech tag follows is someone's words in whatever language or dialect (``»Du hast recht«, sagte
    # der Engel``, ``»Tööf still«, sagte der Mann``: ``du`` is also French, dialect words are no German function
    # words).
    if _foreign_title(content, a.words, lang) and not _tag_after(text, close_end, s_end, lang):
        return "foreign_title"
    # A long title after its article (``das „Große Goldene Ehrenzeichen mit dem Stern für Verdienste um …“``).
    if utterance and _article_title(text, a, content, start, end, open_start, s_start, sentence, lex, lang):
        return "definite_article"
    if utterance:
        return None
    shape = _shape_names(content, text, open_start, close_end)
    if shape is not None:
        return shape
    if _source(a, lex, lang):
        return "source"
    before = [w.lower() for w in a.phrase_before]
    # A labelling verb, or an indefinite article (``einen „Angriff gegen die Belegschaft“``): a fragment.
    if _label_verb_around(a, lex) or (before and before[-1] in lex.indefinite_articles):
        return None
    speech = speech_rule(text, open_start, close_end, s_start, s_end, sentence, lang)
    capitalised_nouns = _profile(lang).capitalised_nouns
    if capitalised_nouns:
        by_case = _title_by_case(text, a, lex, speech, s_start, s_end, open_start, close_end, lang)
        if by_case is not None:
            return by_case
        if _article_title(text, a, content, start, end, open_start, s_start, sentence, lex, lang):
            return "definite_article"
    # The naming noun must head the stretch: ``die Zeitung „taz“``, not ``den Verein als „gelungenes Beispiel“``.
    near = a.phrase_before[-3:]
    if "als" in before[-3:]:
        near = near[max(k for k, w in enumerate(before[-3:]) if w == "als") + 1 :]
    # ``des Polizeigesetzes „ein moderates … Gesetz“``: a stretch opening with an indefinite article is a fragment.
    fragment = a.words[0].lower() in lex.indefinite_articles
    if (
        any(_is_naming_noun(w, lex, lang) for w in near)
        and (capitalised_nouns or _title_shape(a.words, lex))
        and not fragment
    ):
        return "naming_noun"
    if not capitalised_nouns:
        return None
    short = len(a.words) <= _MAX_SHORT_WORDS
    if (
        short
        and speech is None
        and a.phrase_before
        and a.phrase_before[-1].lower() in lex.definite_articles
        and not _attributive_phrase(a.words)
        and _article_before(text, open_start, s_start, sentence, a.words[0])
    ):
        return "definite_article"
    # Titles in a row (``„Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“``); slogans in a row are speech
    # more often, so every word of the stretch must be capitalised or a title's function word.
    listed = _LIST_AFTER.match(text, close_end) or _LIST_BEFORE.search(text, max(0, open_start - 12), open_start)
    if listed and ((len(a.words) == 1 and a.words[0][:1].isupper()) or _title_shape(a.words, lex)):
        return "list"
    return None


# --- speech evidence ---------------------------------------------------------------------------------------------


def _konjunktiv_word(w: Word, lex: NamingWords) -> bool:
    """A finite verb in Konjunktiv I: from the form list, else stem + e in the 3rd person (``gebe``, ``liege``)."""
    if w.upos not in ("VERB", "AUX"):
        return False
    low = w.text.lower()
    if low in lex.konjunktiv:
        return w.feats.get("Person") != "1"
    lemma = w.lemma.lower()
    return (
        w.feats.get("Mood") == "Sub"
        and w.feats.get("Person") == "3"
        and lemma.endswith("en")
        and low == lemma[:-2] + "e"
    )


def _tag_after(text: str, close_end: int, s_end: int, lang: str) -> bool:
    """A trailing tag after the marks: a comma or dash and a cue of the language's cue table (or German ``so`` +
    a capitalised word) among the first three words."""
    lex = naming_words(lang)
    after = text[close_end : max(s_end, close_end)]
    m = _TAG_OPEN.match(after)
    if m is None:
        return False
    stop = _PHRASE_STOP.search(after, m.end())
    tag_words = _WORD.findall(after[m.end() : stop.start() if stop else len(after)])[:3]
    if tag_words and tag_words[0].lower() in lex.tag_words and len(tag_words) > 1 and tag_words[1][:1].isupper():
        return True
    pattern = cue_surface_pattern(lang if lang in PROFILES else "en")
    return any(pattern.fullmatch(w) for w in tag_words)


def speech_rule(
    text: str,
    open_start: int,
    close_end: int,
    s_start: int,
    s_end: int,
    sentence: ParsedSentence | None,
    lang: str,
) -> str | None:
    """Which evidence says the stretch in marks is someone's words though no speech verb introduces it, or None.

    * ``tag`` — a trailing tag after a comma or dash: ``„In absehbarer Zeit“, so der Vorstand``, ``…“, sagte
      Müller``, ``"…", said Smith``: a cue of the language's cue table (or German ``so`` + a capitalised word)
      among the first three words after the comma.
    * ``konjunktiv`` — German, a Konjunktiv-I verb in the sentence outside the marks: reported speech (``Die Lage
      sei „ernst“``). Konjunktiv II (``wäre``, ``würde``) is not evidence: narrators use it too.
    """
    if _tag_after(text, close_end, s_end, lang):
        return "tag"
    if not _profile(lang).reported_mood:
        return None
    lex = naming_words(lang)
    if sentence is not None:
        outside = [w for w in sentence if w.end <= open_start or w.start >= close_end]
        if any(_konjunktiv_word(w, lex) for w in outside):
            return "konjunktiv"
        return None
    for part in (text[s_start:open_start], text[close_end : max(s_end, close_end)]):
        words = _WORD.findall(part)
        for k, w in enumerate(words):
            low = w.lower()
            if low in lex.konjunktiv and (k == 0 or words[k - 1].lower() != "ich"):
                return "konjunktiv"
    return None
