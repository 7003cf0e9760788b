"""quotekit's own tokenizer and sentence splitter, an optional stand-in for Stanza's neural tokenizer.

Stanza's tokenizer is a character-level network that costs about as much as its tagger on the chunks quotekit
parses (docs/performance.md, "Where the time goes"). The texts quotekit sends are short, selected chunks with
normalised quote marks (:mod:`quotekit.parser_input`), where rules do the job. Sentences end at end punctuation
(with the closing marks right after it) before a capital or a digit; the periods of the lexicon's abbreviations,
of initials and of German ordinals stay in their word. Tokens are cut by one regular expression in the style of
the UD treebanks the models were trained on (punctuation and hyphens on their own, numbers and abbreviations
whole), and the multi-word tokens of ``data/contractions.tsv`` are expanded by table (English ``don't`` =
``do`` + ``n't``, German ``zum`` = ``zu`` + ``dem``), as Stanza's tokenizer and MWT expander return them.

:func:`tokenize` returns sentences of :class:`Token` with character offsets into the text it was given;
:func:`quotekit.nlp.Pipelines` turns them into a ``stanza.Document`` for the tagger and parser. Nothing here
imports Stanza.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from quotekit.lang import PROFILES
from quotekit.lexicon import read_table, words
from quotekit.scanner import mark_class, quote_marks

__all__ = ["Token", "contractions", "split_token", "tokenize"]


@dataclass(frozen=True, slots=True)
class Token:
    """``text[start:end]``, read as the syntactic ``words`` (one word, the token's text, unless a contraction)."""

    start: int
    end: int
    words: tuple[str, ...]


# One token, first match wins. URLs and e-mail addresses whole; letters with inner periods (U.S., z.B.); a word
# of letters, digits and in-word apostrophes (O'Brien; clitics are split off afterwards); a number with inner
# separators (1,000.5, 10:30, 9/11); runs of periods or hyphens (... --); else any single non-space character.
_TOKEN = regex.compile(
    r"""
    (?:https?://|www\.)[^\s"'<>]*[^\s"'<>.,;:!?)\]]
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
  | \p{L}(?:\.\p{L})+\.
  | [\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*(?:'[\p{L}\p{M}]+)*
  | \d+(?:[.,:/]\d+)*(?:[\p{L}]+)?
  | \.{2,}|-{2,}|\S
    """,
    regex.VERBOSE,
)


@cache
def contractions(lang: str) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """``lang``'s whole-token contractions (lower-case form → words) and clitic suffixes, longest first."""
    whole: dict[str, tuple[str, ...]] = {}
    suffixes: list[str] = []
    for row in read_table("contractions.tsv"):
        if row["lang"] != lang:
            continue
        if row["kind"] == "word":
            whole[row["form"]] = tuple(row["words"].split())
        elif row["kind"] == "suffix":
            suffixes.append(row["form"])
        else:
            raise ValueError(f"contractions.tsv: unknown kind in {row!r}")
    return whole, tuple(sorted(suffixes, key=len, reverse=True))


def split_token(text: str, lang: str) -> tuple[str, ...]:
    """The syntactic words of one token's text.

    >>> split_token("don't", "en"), split_token("Zum", "de"), split_token("Hause", "de")
    (('do', "n't"), ('Zu', 'dem'), ('Hause',))
    """
    whole, suffixes = contractions(lang)
    expansion = whole.get(text.lower())
    if expansion is not None:
        first = expansion[0]
        if text[:1].isupper():
            first = first[:1].upper() + first[1:]
        if text.isupper() and len(text) > 1:
            return tuple(w.upper() for w in expansion)
        return (first, *expansion[1:])
    lower = text.lower()
    for suffix in suffixes:
        if lower.endswith(suffix) and len(text) > len(suffix):
            return (text[: -len(suffix)], text[-len(suffix) :])
    return (text,)


def _keeps_period(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the period right after ``text[start:end]`` belongs to that word (``Mr.``, ``J.``, German ``5.``).

    Not when only closing marks, brackets or nothing follow it in the text: then it ends a sentence.
    """
    word = text[start:end]
    if not word.isalnum():
        return False
    nxt = _NEXT_WORD_CHAR.match(text, end + 1)
    if nxt is None:
        return False
    if word.isdigit():
        return len(word) <= 2 and PROFILES[lang].ordinal_period
    return (len(word) == 1 and word.isalpha()) or word.lower() in words("abbreviation", lang)


# After a period: closing marks and brackets may follow, then something must (else the period ends the text).
_NEXT_WORD_CHAR = regex.compile(
    r"[\s" + mark_class(quote_marks().closing) + r")\]]*[^\s" + mark_class(quote_marks().closing) + r")\]]"
)
_END = frozenset(".!?…")
_CLOSERS = quote_marks().closing | frozenset(")]}")
_OPENERS = quote_marks().opening | frozenset("([{")


def _tokens(text: str, start: int, end: int, lang: str) -> list[Token]:
    out: list[Token] = []
    pos = start
    while pos < end:
        m = _TOKEN.search(text, pos, end)
        if m is None:
            break
        s, e = m.span()
        if e < end and text[e] == "." and _keeps_period(text, s, e, lang):
            e += 1
        out.append(Token(s, e, split_token(text[s:e], lang)))
        pos = e
    return out


def _ends_sentence(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after ``tokens[i]`` still belong to its sentence if it ends one (closing marks), or -1.

    A sentence ends at end punctuation when what follows its closing marks starts with a capital or a digit,
    possibly behind opening marks; lower case (``„Warum?“, fragte er``) or a comma continues it.
    """
    tok = text[tokens[i].start : tokens[i].end]
    if not tok or not all(c in _END for c in tok):
        return -1
    j = i + 1
    # a mark right after the punctuation, with no space before it, closes the quotation the sentence is in
    while j < len(tokens) and text[tokens[j].start] in _CLOSERS and tokens[j].start == tokens[j - 1].end:
        j += 1
    k = j
    while k < len(tokens) and text[tokens[k].start] in _OPENERS:
        k += 1
    if k >= len(tokens):
        return j - i - 1  # the end of the text: the caller closes the sentence anyway
    first = text[tokens[k].start]
    return j - i - 1 if first.isupper() or first.isdigit() else -1


def tokenize(text: str, lang: str) -> list[list[Token]]:
    """Sentences of tokens of ``text``, offsets into ``text``; every non-space character is in one token.

    >>> text = 'Mr. Rao said: "We don\\'t. No."'
    >>> [[text[t.start : t.end] for t in s] for s in tokenize(text, "en")]
    [['Mr.', 'Rao', 'said', ':', '"', 'We', "don't", '.'], ['No', '.', '"']]
    """
    tokens = _tokens(text, 0, len(text), lang)
    sentences: list[list[Token]] = []
    start = i = 0
    while i < len(tokens):
        extra = _ends_sentence(text, tokens, i)
        if extra >= 0:
            i += extra
            sentences.append(tokens[start : i + 1])
            start = i + 1
        i += 1
    if start < len(tokens):
        sentences.append(tokens[start:])
    return sentences
