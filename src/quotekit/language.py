"""English or German, decided per paragraph, offline and in microseconds.

Why not a language-identification model: quotekit only has to tell two languages apart, news paragraphs are
long enough for function words to settle it, and the strongest evidence in quoted news is typographic — German
opens a quotation with ``„`` and closes it with ``“``, English opens with ``“`` and closes with ``”``. A model
(fastText, langdetect) would add a dependency and a download for no gain on this task, and would still need
the neighbour rule below for headings.

Evidence per paragraph, as two scores:

* one point per word from a list of function words and frequent news words of each language
  (``data/stopwords_en.txt``, ``data/stopwords_de.txt``; words common to both, like ``in``, ``was``, ``also``,
  are in neither list);
* German letters: one point for German per word with ``ä ö ü ß``;
* quotation marks: ``„`` three points for German, ``»``/``«`` one; ``“`` in opening position (after a space,
  before a letter) two points for English, in closing position one for German; ``”`` one for English.

A paragraph is *confident* when its winning score is at least 3 and at least twice the other. The others —
headings such as ``Werfen von Schatten auf Meta``, one-line captions — borrow: when the nearest confident
paragraphs before and after agree they take that language, otherwise their own lean, otherwise the language of
the paragraph that follows (a heading introduces what comes after it). A text without a confident paragraph is
treated as one block.

**Other languages** (:func:`unsupported_paragraphs`) are not guessed as English or German: a paragraph is skipped
when most of its letters are not Latin (Chinese, Russian, Arabic…; at least 10 letters), or when it holds at
least 4 function words of another language (``data/stopwords_other.txt``: French, Spanish, Italian, Dutch…) and
those outnumber its English and German evidence two to one. Short paragraphs without such evidence (a name, a
heading) are never skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Literal

import regex

from quotekit.paragraphs import Paragraph

__all__ = [
    "Language",
    "detect_language",
    "language_scores",
    "mask_paragraphs",
    "paragraph_languages",
    "stopwords",
    "unsupported_paragraphs",
]

from quotekit.lang import Language

# A word, with an in-word apostrophe kept so "don't" and "it's" can match the list.
_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)?")
# Letters that mark a word as German (checked on lower-cased words, once per word).
_GERMAN_LETTERS = frozenset("äöüß")

# Quotation-mark evidence: (pattern, language, points). Opening means after start/space/bracket and before a
# non-space; closing means after a non-space.
# Each row names the characters it needs so a paragraph without them skips the regex.
_MARK_EVIDENCE: tuple[tuple[str, regex.Pattern[str], Language, float], ...] = (
    ("„", regex.compile(r"„"), "de", 3.0),
    ("»«", regex.compile(r"[»«]"), "de", 1.0),
    ("“", regex.compile(r"(?:^|(?<=[\s(\[]))“(?=\S)"), "en", 2.0),
    ("“", regex.compile(r"(?<=\S)“"), "de", 1.0),
    ("”", regex.compile(r"”"), "en", 1.0),
)

_CONFIDENT_MIN = 3.0
_CONFIDENT_RATIO = 2.0

# Other languages (see the module docstring).
_OTHER_MIN = 4
_OTHER_RATIO = 2.0
_SCRIPT_MIN_LETTERS = 10
_LETTER = regex.compile(r"\p{L}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")


@cache
def _stopwords(lang: Language | Literal["other"]) -> frozenset[str]:
    """The word list of ``lang``, read once from ``quotekit/data``."""
    raw = resources.files("quotekit").joinpath("data", f"stopwords_{lang}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def stopwords(lang: str) -> frozenset[str]:
    """Frequent function words of a supported language, or of ``"other"`` languages (lower case)."""
    return _stopwords(lang)  # only shipped lists exist: an unknown code fails to read its file


def language_scores(text: str, start: int = 0, end: int | None = None) -> dict[Language, float]:
    """Evidence points for English and German in ``text[start:end]`` (see the module docstring)."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    words = _WORD.findall(chunk.lower().replace("’", "'"))
    en = float(sum(map(_stopwords("en").__contains__, words)))
    de = float(sum(map(_stopwords("de").__contains__, words)))
    de += sum(1 for w in words if not w.isascii() and any(c in _GERMAN_LETTERS for c in w))
    scores: dict[Language, float] = {"en": en, "de": de}
    for chars, pattern, lang, points in _MARK_EVIDENCE:
        if not any(c in chunk for c in chars):
            continue
        scores[lang] += len(pattern.findall(chunk)) * points
    return scores


def _lean(scores: dict[Language, float]) -> Language | None:
    if scores["en"] > scores["de"]:
        return "en"
    if scores["de"] > scores["en"]:
        return "de"
    return None


def _confident(scores: dict[Language, float]) -> bool:
    top, other = max(scores.values()), min(scores.values())
    return top >= _CONFIDENT_MIN and top >= _CONFIDENT_RATIO * other


def detect_language(text: str) -> Language | None:
    """``"en"`` or ``"de"`` for ``text`` by the evidence above; None when there is none or it is tied.

    >>> detect_language("„Wir sind bereit“, sagte Rao.")
    'de'
    >>> detect_language("“We are ready,” Rao said.")
    'en'
    >>> detect_language("OpenAI") is None
    True
    """
    return _lean(language_scores(text))


def paragraph_languages(
    text: str, paragraphs: Sequence[Paragraph], *, default: Language | None = None
) -> list[Language | None]:
    """The language of each paragraph; weak paragraphs borrow from their neighbours (see the module docstring).

    Every paragraph gets a language: with no evidence anywhere, ``default`` (``"en"`` when None).
    """
    fallback: Language = default or "en"
    scores = [language_scores(text, p.start, p.end) for p in paragraphs]
    leans = [_lean(s) for s in scores]
    confident = [lean if lean is not None and _confident(s) else None for s, lean in zip(scores, leans, strict=True)]
    if not any(confident):
        total: dict[Language, float] = {
            "en": sum(s["en"] for s in scores),
            "de": sum(s["de"] for s in scores),
        }
        whole = _lean(total) or fallback
        return [whole for _ in paragraphs]

    before: list[Language | None] = []
    last: Language | None = None
    for c in confident:
        before.append(last)
        last = c or last
    after: list[Language | None] = [None] * len(confident)
    last = None
    for i in range(len(confident) - 1, -1, -1):
        after[i] = last
        last = confident[i] or last

    out: list[Language | None] = []
    for i, c in enumerate(confident):
        if c is not None:
            out.append(c)
        elif before[i] is not None and before[i] == after[i]:
            out.append(before[i])
        else:
            out.append(leans[i] or after[i] or before[i] or fallback)
    return out


def _unsupported(text: str, start: int, end: int) -> bool:
    chunk = text[start:end]
    letters = len(_LETTER.findall(chunk))
    if letters >= _SCRIPT_MIN_LETTERS and 2 * len(_LATIN_LETTER.findall(chunk)) < letters:
        return True
    words = _WORD.findall(chunk.lower().replace("’", "'"))
    other = sum(map(_stopwords("other").__contains__, words))
    if other < _OTHER_MIN:
        return False
    scores = language_scores(text, start, end)
    return other >= _OTHER_RATIO * (scores["en"] + scores["de"])


def unsupported_paragraphs(text: str, paragraphs: Sequence[Paragraph]) -> list[int]:
    """Indices of the paragraphs written in neither English nor German (see the module docstring).

    >>> from quotekit.paragraphs import split_paragraphs
    >>> t = "Rao said so.\nLe président a déclaré que le projet de loi sera présenté avant la fin du mois."
    >>> unsupported_paragraphs(t, split_paragraphs(t))
    [1]
    """
    return [i for i, p in enumerate(paragraphs) if _unsupported(text, p.start, p.end)]


def mask_paragraphs(text: str, paragraphs: Sequence[Paragraph], skipped: Sequence[int]) -> str:
    """``text`` with the ``skipped`` paragraphs blanked out (spaces, same length): what the quote scanner and
    the sentence selection see, so a skipped paragraph yields no quote and no parse while offsets stay put."""
    if not skipped:
        return text
    out = list(text)
    for k in skipped:
        p = paragraphs[k]
        out[p.start : p.end] = " " * (p.end - p.start)
    return "".join(out)
