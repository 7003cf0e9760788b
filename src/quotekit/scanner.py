"""Quotation-span scanner: finds quoted stretches in raw text by their marks, with no NLP.

The scanner reads the text once, left to right, and keeps a small stack of open quotations. Marks are paired by
*convention* (a row of ``data/quote_marks.json``), not by character: ``“`` closes a German ``„`` but opens an
English quotation, ``‘`` closes a German ``‚`` but opens an English single quotation, ``»`` closes ``«`` but opens
``»…«``. Typewriter marks (``"``, ``'``, ``''``) get their direction from their neighbours, the way Markdown decides
emphasis: a mark followed by a word and not preceded by one opens, a mark preceded by a word and followed by a
space or punctuation closes.

Decisions, in the order the scanner takes them:

* **Apostrophes are not quotes.** A ``'``, ``’`` or ``‘`` between letters or digits (``isn't``, ``O’Brien``,
  ``geht’s``), or starting an elided word after a space (``’90s``, ``'em``, ``rock ’n’ roll``) is skipped. After a
  possessive ``s``/``x``/``z`` and before a word (``Hans’ Auto``, ``the boys' car``) it is an apostrophe unless a
  single quotation is open and no later mark in the paragraph could close it.
* **Closing beats opening** for a character that can do both, when something it closes is open; the proper closer
  of a convention is looked for first, then marks that sloppy text closes it with (``“…"``, ``„…”``).
* **Nesting**: an opener inside an open quotation is pushed on the stack; the inner quotation is reported with
  ``depth > 0`` and the outer one gets :attr:`QuoteFlag.HAS_NESTED`. Nesting a convention in itself is wrong by
  the style books but common in news (``„… bedeutende „Small-Business-Unternehmen“ in …“``), far commoner in the
  dev sets than a forgotten closer followed by a new quotation, so a second ``„`` inside an open one nests too.
  A ``“`` before a word two levels inside ``„…`` opens rather than closing the ``„`` (``„A ‚B “C” b‘ a“``).
* **Paragraphs** (every line break, see :func:`quotekit.paragraphs.split_paragraphs`) bound every quotation. A
  paragraph that ends with a quotation open, followed by a paragraph that starts with an opener of the same
  convention, continues the quotation (:attr:`QuoteFlag.MULTI_PARAGRAPH`, the re-opening marks in
  :attr:`QuoteSpan.reopen`). A single line break inside a sentence whose next line closes the quotation is a
  hard-wrapped line, and the quotation goes on over it (no flag). Otherwise the quotation ends at its paragraph
  end (:attr:`QuoteFlag.UNCLOSED`), so a stray opener never swallows the rest of the document. The scanner finds
  the paragraphs around its marks itself (the bounds are split_paragraphs', a property test checks) so that
  text without quotation marks costs only the regex scan.
* **Unclosed single quotes are dropped**: a ``'``/``‘``/``‚``/``‹``/``›`` opener never closed in its paragraph was
  almost always an apostrophe or a comma, so it is not reported (its nested quotations move up a level).
* **Unopened closers** are reported (:attr:`QuoteFlag.UNOPENED`, content from the paragraph start) only when the
  mark is clearly a double closing mark -- ``”``, or a right-flanking ``“``/``"``/``''``/``»``/``«`` -- in a
  paragraph with no other quotation so far, right after ``,``/``!``/``?``/``…`` (or ``.`` before a lower-case
  word) and followed on the same line by a word (``…,” he said``, ``…“, sagte sie``), as when a news text begins
  in the middle of a quotation. A ``”`` that starts a paragraph cannot close anything and opens (``”… ”``).
  Every other closer with nothing open is ignored.
* **Markup** left in the text is not quoted: a straight mark after ``=`` or before ``>`` is an HTML attribute.

Linear time: the marks are found by one character-class regex, every mark does a bounded amount of work (the
stack holds at most :data:`MAX_DEPTH` quotations; deeper openers are ignored), every look-ahead (the next line
break, the next paragraph, a later closer for a possessive) covers text no other look-ahead covers, and
:func:`_scan` counts the steps so tests can check the scaling.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, cast

import regex

from quotekit.models import QuoteFlag

__all__ = [
    "MAX_DEPTH",
    "Convention",
    "QuoteMarks",
    "QuoteSpan",
    "conventions",
    "mark_class",
    "quote_marks",
    "scan_quotes",
    "span_pieces",
]

MAX_DEPTH = 8
"""Most quotations open at once; real text nests three deep at most, and the bound keeps every step O(1)."""


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation found by its marks. Offsets are character offsets into the scanned text, end exclusive."""

    start: int
    """Content start (after the opening mark); for UNOPENED the paragraph start."""
    end: int
    """Content end (before the closing mark); for UNCLOSED where it was cut off (paragraph end, trailing space
    trimmed, or the closing mark of the quotation around it)."""
    open: tuple[int, int] | None
    """Offsets of the opening mark (None when UNOPENED)."""
    close: tuple[int, int] | None
    """Offsets of the closing mark (None when UNCLOSED)."""
    convention: str
    """Name of the convention (a row of ``data/quote_marks.json``) of the opening mark, else of the closing one."""
    depth: int
    """0 for a top-level quotation, 1 for one inside it, and so on."""
    parent: int | None
    """Index into the returned list of the enclosing quotation."""
    flags: frozenset[QuoteFlag]
    """UNCLOSED, UNOPENED, MULTI_PARAGRAPH, HAS_NESTED, STRAIGHT_MARKS."""
    reopen: tuple[tuple[int, int], ...] = ()
    """The re-opening marks of later paragraphs of a multi-paragraph quotation."""


@dataclass(frozen=True, slots=True)
class Convention:
    """A pair of quotation marks that belong together (a row of ``data/quote_marks.json``)."""

    name: str
    family: str
    """``double`` or ``single``; single-family openers left unclosed are taken as apostrophes and dropped."""
    straight: bool
    """Typewriter marks, whose direction is a guess from their neighbours."""
    open: tuple[str, ...]
    close: tuple[str, ...]
    fallback_close: tuple[str, ...]
    """Marks sloppy text closes this convention with; used only when no proper closer is open."""


@dataclass(frozen=True, slots=True)
class _Tables:
    conventions: tuple[Convention, ...]
    opener: dict[str, Convention]
    apostrophe_marks: frozenset[str]
    possessive_final: frozenset[str]
    double_closers: frozenset[str]
    mark: re.Pattern[str]
    run_chars: frozenset[str]
    elision: Any
    single_closer: Any
    passage_opened: Any


@cache
def _tables() -> _Tables:
    raw = json.loads(resources.files("quotekit.data").joinpath("quote_marks.json").read_text(encoding="utf-8"))
    convs = tuple(
        Convention(
            name=c["name"],
            family=c["family"],
            straight=bool(c["straight"]),
            open=tuple(c["open"]),
            close=tuple(c["close"]),
            fallback_close=tuple(c["fallback_close"]),
        )
        for c in raw["conventions"]
    )
    opener: dict[str, Convention] = {}
    for conv in convs:
        for mark in conv.open:
            if mark in opener:
                raise ValueError(f"quote_marks.json: {mark!r} opens both {opener[mark].name} and {conv.name}")
            opener[mark] = conv
    marks = {m for c in convs for m in (*c.open, *c.close, *c.fallback_close)}
    singles = sorted(m for m in marks if len(m) == 1)
    # Marks of several characters ('' and ``) are runs of one character: the scanner takes the whole run and
    # splits it itself (''' closing a nested ' and then '' at once), so the pattern must not cut runs apart.
    run_chars = sorted({m[0] for m in marks if len(m) > 1 and len(set(m)) == 1})
    apo = raw["apostrophe"]
    apo_marks = "".join(regex.escape(m) for m in apo["marks"])
    # One bare character class for the stdlib `re`, which scans for it far faster than any alternation: runs
    # ('' and ``) are extended and word-internal apostrophes (isn't) dropped by the caller.
    mark_re = re.compile("[" + "".join(re.escape(ch) for ch in sorted({*singles, *run_chars})) + "]")
    words = "|".join(regex.escape(w) for w in sorted(apo["elided_words"], key=len, reverse=True))
    # Matched right after the apostrophe: '90s, 'em, and 'n' (whose second mark is consumed with it).
    elision = regex.compile(
        rf"(?:\d{{{int(apo['elided_digits_min'])},}}s?|n[{apo_marks}]|(?:{words}))(?![\p{{L}}\p{{N}}])",
        regex.IGNORECASE,
    )
    # A single mark that could close a quotation: after a non-space, not before a letter/digit, not in a run.
    single_closer = regex.compile(rf"(?<=[^\s{apo_marks}])[{apo_marks}](?![\p{{L}}\p{{N}}{apo_marks}])")
    double_closers = frozenset(m for c in convs if c.family == "double" for m in (*c.close, *c.fallback_close))
    # What may follow the first closing mark of a passage that opens inside a quotation: the paragraph's end, or
    # a dash and the next quotation's opening mark.
    openers = "".join(regex.escape(m) for m in sorted(opener) if len(m) == 1)
    passage_opened = regex.compile(rf"[.,]?[ \t\u00a0]*(?:\Z|[\r\n]|[–—][ \t\u00a0]*[{openers}])")
    return _Tables(
        conventions=convs,
        opener=opener,
        apostrophe_marks=frozenset(apo["marks"]),
        possessive_final=frozenset(apo["possessive_final"]),
        double_closers=double_closers,
        mark=mark_re,
        run_chars=frozenset(run_chars),
        elision=elision,
        single_closer=single_closer,
        passage_opened=passage_opened,
    )


def conventions() -> tuple[Convention, ...]:
    """The quotation conventions the scanner knows, in table order."""
    return _tables().conventions


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """The quotation-mark characters of ``data/quote_marks.json``, for modules that look at marks without scanning
    (sentence bounds, names, tokens): the one place they are spelled, so every module knows the same marks."""

    opening: frozenset[str]
    """Characters that open a quotation in some convention (``„``, ``“``, ``»``, ``'``, ...)."""
    closing: frozenset[str]
    """Characters that close one, sloppy closers included (``“``, ``”``, ``«``, ``'``, ...)."""
    ptb: frozenset[str]
    """The marks written as runs of two characters (``''`` and ````` `` `````), which Stanza also gives as tokens."""
    apostrophes: frozenset[str]
    """Mark characters that are also apostrophes (``'``, ``’``, ``‘``): inside a word or a name they are no mark."""

    @property
    def all(self) -> frozenset[str]:
        """Every mark character, opening or closing (the characters of the two-character marks too)."""
        return self.opening | self.closing | {ch for m in self.ptb for ch in m}

    @property
    def unambiguous(self) -> frozenset[str]:
        """Mark characters that are never an apostrophe (``„``, ``“``, ``»``, ``"``, ...)."""
        return self.all - self.apostrophes

    @property
    def tokens(self) -> frozenset[str]:
        """What a tokenizer gives as a quotation-mark token: a mark character or a two-character mark."""
        return self.all | self.ptb


@cache
def quote_marks() -> QuoteMarks:
    """The quotation-mark characters of the conventions the scanner knows (see :class:`QuoteMarks`)."""
    convs = _tables().conventions
    opening = {m for c in convs for m in c.open}
    closing = {m for c in convs for m in (*c.close, *c.fallback_close)}
    return QuoteMarks(
        opening=frozenset(m for m in opening if len(m) == 1),
        closing=frozenset(m for m in closing if len(m) == 1),
        ptb=frozenset(m for m in opening | closing if len(m) > 1),
        apostrophes=_tables().apostrophe_marks,
    )


def mark_class(marks: Iterable[str]) -> str:
    """The characters of ``marks`` escaped for a regular-expression character class (``[...]``), in a fixed order."""
    return "".join(regex.escape(ch) for ch in sorted({ch for m in marks for ch in m}))


# Character classes for flanking: 0 white space (and the text's ends), 1 punctuation or symbol, 2 anything else.
_WS, _PUNCT, _WORD = 0, 1, 2


def _cls_uncached(ch: str) -> int:
    if ch.isspace():
        return _WS
    cat = unicodedata.category(ch)[0]
    if cat in "PS":
        return _PUNCT
    if cat in "ZC":
        return _WS
    return _WORD


_CLS: dict[str, int] = {chr(i): _cls_uncached(chr(i)) for i in range(0x250)}


def _cls(ch: str) -> int:
    c = _CLS.get(ch)
    if c is None:
        c = _cls_uncached(ch)
        if len(_CLS) < 8192:  # filled as characters turn up, bounded so odd input cannot grow it for ever
            _CLS[ch] = c
    return c


# A word follows on the same line, after an optional comma: "…,” he said", "…“, sagte sie".
_SPEECH_AFTER = regex.compile(r",?[ \t\u00a0]+(\p{L})")
_UNOPENED_BEFORE = frozenset(",!?…")
_SENTENCE_END_BEFORE = frozenset(".!?…")
_NEVER_AFTER_OPENER = frozenset(",.;:!?)]}>")
# The line breaks of quotekit.paragraphs. Looked for one character at a time (\r\n is then two breaks with an
# empty paragraph between, which split_paragraphs drops anyway) because a bare character class keeps the
# stdlib `re` on its fast path; `_LINE_BREAK` counts them properly to tell a wrapped line from a paragraph break.
_BREAK_CHARS = "\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85"
_LINE_BREAK = regex.compile(rf"\r\n|[{_BREAK_CHARS}]")
_LINE_BREAK_CHAR = re.compile(f"[{_BREAK_CHARS}]")
_LINE_BREAK_BACK = regex.compile(f"[{_BREAK_CHARS}]", regex.REVERSE)
_NON_SPACE = re.compile(r"\S")
_NEVER_BEFORE_CLOSER = frozenset("([{")
# How far a spaced opener glued to the word before it (``Gaststätte« Schweizerhaus »``) looks for its closer: a
# name or title, not a statement.
_SPACED_PAIR_REACH = 80


_NONE: frozenset[QuoteFlag] = frozenset()
_UNCLOSED = frozenset({QuoteFlag.UNCLOSED})
_UNOPENED = frozenset({QuoteFlag.UNOPENED})
_MULTI = frozenset({QuoteFlag.MULTI_PARAGRAPH})
_STRAIGHT = frozenset({QuoteFlag.STRAIGHT_MARKS})
_NESTED = frozenset({QuoteFlag.HAS_NESTED})


class _Para:
    """The paragraph being scanned, found lazily around its marks; the same bounds as
    :func:`quotekit.paragraphs.split_paragraphs` gives (a test checks), without building every paragraph."""

    __slots__ = ("_start", "brk", "end", "text")

    def __init__(self, text: str, start: int | None, brk: int) -> None:
        self.text = text
        self._start = start
        self.brk = brk
        """Offset of the line break that ends the paragraph (len(text) for the last one)."""
        end = brk
        while end > 0 and text[end - 1].isspace():
            end -= 1
        self.end = end
        """End of the paragraph, white space trimmed."""

    @property
    def start(self) -> int:
        """Start of the paragraph: after the last line break before it, white space skipped."""
        if self._start is None:
            m = _LINE_BREAK_BACK.search(self.text, 0, self.end)
            first = _NON_SPACE.search(self.text, m.end() if m else 0, self.end)
            self._start = first.start() if first else self.end
        return self._start


def _paragraph_at(text: str, pos: int) -> _Para:
    """The paragraph holding ``pos`` (a non-space character)."""
    m = _LINE_BREAK_CHAR.search(text, pos)
    return _Para(text, None, m.start() if m else len(text))


@dataclass(slots=True)
class _Open:
    conv: Convention
    mark: tuple[int, int]
    reopen: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    open: tuple[int, int] | None
    close: tuple[int, int] | None
    convention: str
    flags: frozenset[QuoteFlag]
    reopen: tuple[tuple[int, int], ...]

    @property
    def outer(self) -> tuple[int, int]:
        return (
            self.open[0] if self.open is not None else self.start,
            self.close[1] if self.close is not None else self.end,
        )


class _Scanner:
    """State of one scan; a class only to share the stack between the small steps."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.t = _tables()
        self.stack: list[_Open] = []
        self.out: list[_Raw] = []
        self.steps = 0
        self.skip = 0  # marks before this offset were consumed already (elisions, re-opening marks)
        self.para_used = False  # a quotation was opened or closed in the current paragraph
        # The last answer of _later_single_closer: searched from sc_from to sc_to, found at sc_found.
        self.sc_from, self.sc_to, self.sc_found = -1, -1, cast("int | None", None)

    # -- emitting -----------------------------------------------------------------------------------------
    def _trim_end(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1].isspace():
            end -= 1
            self.steps += 1
        return end

    def _close_unclosed(self, entry: _Open, limit: int) -> None:
        if entry.conv.family == "single" and not entry.reopen:
            return  # an apostrophe or comma after all; see the module docstring
        start = entry.mark[1]
        flags = _UNCLOSED | (_MULTI if entry.reopen else _NONE) | (_STRAIGHT if entry.conv.straight else _NONE)
        end = self._trim_end(start, max(start, limit))
        self.out.append(_Raw(start, end, entry.mark, None, entry.conv.name, flags, tuple(entry.reopen)))

    def _unwind(self, keep: int, limit: int) -> None:
        """Ends every open quotation above stack index ``keep`` as unclosed, at ``limit``."""
        while len(self.stack) > keep:
            self.steps += 1
            self._close_unclosed(self.stack.pop(), limit)

    def _close(self, k: int, mark: tuple[int, int], straight_mark: bool) -> None:
        self._unwind(k + 1, mark[0])
        entry = self.stack.pop()
        flags = (_MULTI if entry.reopen else _NONE) | (_STRAIGHT if entry.conv.straight or straight_mark else _NONE)
        self.out.append(_Raw(entry.mark[1], mark[0], entry.mark, mark, entry.conv.name, flags, tuple(entry.reopen)))
        self.para_used = True

    def _open(self, conv: Convention, mark: tuple[int, int]) -> None:
        if len(self.stack) < MAX_DEPTH:
            self.stack.append(_Open(conv, mark))
            self.para_used = True

    def _acceptor(self, mark: str, fallback: bool) -> int:
        """Stack index of the innermost quotation ``mark`` closes properly, else (if allowed) sloppily; -1."""
        for i in range(len(self.stack) - 1, -1, -1):
            self.steps += 1
            if mark in self.stack[i].conv.close:
                return i
        if fallback:
            for i in range(len(self.stack) - 1, -1, -1):
                self.steps += 1
                if mark in self.stack[i].conv.fallback_close:
                    return i
        return -1

    # -- paragraphs ---------------------------------------------------------------------------------------
    def leave(self, para: _Para) -> _Para | None:
        """Ends ``para``; returns the next paragraph when an open quotation continues into it."""
        self.steps += 1
        self.para_used = False
        if not self.stack:
            return None
        text = self.text
        bottom = self.stack[0]
        first = _NON_SPACE.search(text, para.brk)
        if first is not None:
            nxt = first.start()
            self.steps += nxt - para.brk
            for mark in bottom.conv.open:
                end = nxt + len(mark)
                if text.startswith(mark, nxt) and end < len(text) and not text[end].isspace() and text[end] != mark[0]:
                    self._unwind(1, para.end)
                    bottom.reopen.append((nxt, end))
                    self.skip = end
                    return self._next_para(nxt)
            if bottom.conv.family == "double":
                following = self._next_para(nxt)
                if self._wrapped_line(bottom.conv, para.end, following):
                    self._unwind(1, para.end)
                    return following
        self._unwind(0, para.end)
        return None

    def _next_para(self, start: int) -> _Para:
        nxt = _paragraph_at(self.text, start)
        nxt._start = start
        self.steps += 1 + nxt.brk - start
        return nxt

    def _wrapped_line(self, conv: Convention, end: int, nxt: _Para) -> bool:
        """A hard-wrapped line rather than a new paragraph: a single line break inside a sentence, and the next
        line's first mark, preceded by a word, closes ``conv`` (“… getting them to participate\nin caucuses.”)."""
        text = self.text
        if text[end - 1] in ".!?…" or len(_LINE_BREAK.findall(text, end, nxt.start)) != 1:
            return False  # a finished sentence before the break: a new line of its own (an attribution, say)
        t = self.t
        for m in t.mark.finditer(text, nxt.start, nxt.end):
            s, mark = m.start(), m.group()
            self.steps += 1
            if mark in t.apostrophe_marks and text[s - 1 : s].isalnum() and text[s + 1 : s + 2].isalnum():
                continue  # word-internal apostrophes are not marks
            if mark in t.run_chars:
                e = s + 1
                while e < nxt.end and text[e] == mark:
                    e += 1
                mark = text[s:e]
                if mark not in t.opener and mark not in t.double_closers and len(mark) > 1:
                    return False
            return s > nxt.start and not text[s - 1].isspace() and (mark in conv.close or mark in conv.fallback_close)
        return False

    # -- marks --------------------------------------------------------------------------------------------
    def _later_single_closer(self, pos: int, para_end: int) -> bool:
        """Whether a mark after ``pos`` in the paragraph could close a single quotation.

        The answer is kept until the scan passes the mark it found (or the paragraph ends), so every search
        covers new text and the total stays linear.
        """
        found = self.sc_found
        cached = self.sc_from <= pos and (pos < found if found is not None else para_end == self.sc_to)
        if not cached:
            m = self.t.single_closer.search(self.text, pos + 1, para_end)
            self.steps += 1 + (m.start() if m else para_end) - pos
            found = self.sc_found = m.start() if m else None
            self.sc_from, self.sc_to = pos, para_end
        return found is not None

    def _closed_by(self, mark: str) -> Convention:
        """The convention ``mark`` closes properly, else the first one it closes sloppily."""
        return min(
            (c for c in self.t.conventions if mark in c.close or mark in c.fallback_close),
            key=lambda c: mark not in c.close,
        )

    def _unopened(self, s: int, e: int, mark: str, para: _Para, straight: bool) -> None:
        if self.para_used or self.stack or mark not in self.t.double_closers:
            return
        text = self.text
        prev = text[s - 1] if s > 0 else ""
        conv = self._closed_by(mark)
        flags = _UNOPENED | (_STRAIGHT if straight else _NONE)
        if (
            _NON_SPACE.search(text, 0, para.start) is None
            and self.t.passage_opened.match(text, e)
            and (not straight or prev in _SENTENCE_END_BEFORE)  # not an inch mark: ``5'10"``
        ):
            # A passage cut from a longer text (an excerpt, a page of a book) that opens inside a quotation: the
            # text's first closing mark, with no opener before it, that ends its paragraph or is followed by a
            # dash and the next turn (``…tauge nichts mehr.« – »Wenn Sie …«``) closes a quotation begun before
            # the passage. Followed by narration (``He said it.” Then he left.``) it closes nothing.
            self.out.append(_Raw(para.start, s, None, (s, e), conv.name, flags, ()))
            self.para_used = True
            return
        m = _SPEECH_AFTER.match(text, e)
        if m is None:
            return
        after_comma = text[e] == ","
        if not (prev in _UNOPENED_BEFORE or after_comma or (prev == "." and m.group(1).islower())):
            return
        self.out.append(_Raw(para.start, s, None, (s, e), conv.name, flags, ()))
        self.para_used = True

    def mark(self, s: int, e: int, mark: str, para: _Para) -> None:  # noqa: C901 - one step of the scanner state machine; each branch is one role a mark can play, read best side by side
        """Decides what one mark (a single character, or a run of ' or `) does."""
        text = self.text
        p = text[s - 1] if s > 0 else "\n"
        n = text[e] if e < len(text) else "\n"
        cp, cn = _cls(p), _cls(n)
        # Markdown's flanking rules, except that a mark before , . ; : ! ? never opens and one after ( [ {
        # never closes: tokenised text writes „Tod dem Diktator ", and '' Pau '': with spaces on both sides.
        left = (  # may open
            cn != _WS
            and (cn != _PUNCT or cp != _WORD)
            and (n not in _NEVER_AFTER_OPENER or (n == "." and text[e + 1 : e + 2] in (".", " ")))  # ". . . I
        )
        right = cp != _WS and (cp != _PUNCT or cn != _WORD) and p not in _NEVER_BEFORE_CLOSER  # may close

        if len(mark) > 1:
            self._run(s, e, mark, left, right, para)
            return
        t = self.t
        if mark in t.apostrophe_marks:
            if p.isalnum() and n.isalnum():
                return  # isn't, O’Brien, geht’s, 5'10
            if not p.isalnum():
                m = t.elision.match(text, e)
                if m is not None:
                    self.skip = m.end()  # ’90s, 'em, and both marks of rock ’n’ roll
                    return
            if (
                p in t.possessive_final
                and n.isspace()
                and e + 1 < len(text)
                and text[e + 1].isalnum()
                and (self._acceptor(mark, True) < 0 or self._later_single_closer(s, para.end))
            ):
                return  # Hans’ Auto, the boys' car
        conv = t.opener.get(mark)
        if conv is not None and conv.straight:
            if p == "=":
                return  # markup left in the text (tweet-date="…"): an attribute value, not a quotation
            self._straight(s, e, mark, conv, left, right, para)
            return
        # Typographic marks know their role; flanking only keeps an opener from closing sloppily.
        k = self._acceptor(mark, fallback=conv is None or not left)
        if k >= 0 and conv is not None and left and not right and k < len(self.stack) - 1:
            k = -1  # “ before a word inside ‚…: opens a third level rather than closing the „ two levels out
        if k >= 0:
            self._close(k, (s, e), straight_mark=mark in ("'", '"'))
        elif conv is not None and (
            ((left or not right) and not (conv.family == "single" and p.isalnum()))
            or self._spaced_inside(s, e, conv, para)
        ):
            self._open(conv, (s, e))
        elif conv is None and not self.stack and mark in t.double_closers and s == para.start:
            # Nothing can be open at a paragraph start, so a closing mark there is a sloppy opener (”… ”).
            self._open(self._closed_by(mark), (s, e))
        elif conv is None or (right and not left):
            self._unopened(s, e, mark, para, straight=False)

    def _spaced_inside(self, s: int, e: int, conv: Convention, para: _Para) -> bool:
        """``Gaststätte« Schweizerhaus »im Prater``: spaced guillemets (``« X »``) glued to the words outside.

        Text tokenised and joined again by a tool that took the marks for the other convention keeps the
        spaces inside the marks and loses those outside, so every mark flanks the wrong way and ``»im … des«``
        pairs across the names. A typographic double opener that nothing open could take, glued to the word
        before it with a space after, opens when its own closer follows in the same paragraph, after a space,
        within :data:`_SPACED_PAIR_REACH` characters and with no sentence end, line break or other mark of the
        pair in between (``…Ende« sagte er. »Neu`` in ``»…«`` text is an unopened closer, not this).
        """
        if self.stack or conv.family != "double" or conv.straight or not self.text[e : e + 1].isspace():
            return False
        text = self.text
        # The look-ahead stops at the next opener of the convention, so two look-aheads never cover the same text.
        for i in range(e + 1, min(para.end, e + _SPACED_PAIR_REACH)):
            self.steps += 1
            ch = text[i]
            if ch in conv.close:
                return text[i - 1].isspace() and text[i - 2 : i - 1].isalnum()
            if ch in conv.open or ch in ".!?" or _LINE_BREAK_CHAR.match(ch):
                return False
        return False

    def _straight(self, s: int, e: int, mark: str, conv: Convention, left: bool, right: bool, para: _Para) -> None:
        if left and not right:
            self._open(conv, (s, e))
            return
        k = self._acceptor(mark, fallback=True)
        if k >= 0:
            self._close(k, (s, e), straight_mark=True)
        elif right and not left:
            self._unopened(s, e, mark, para, straight=True)
        elif conv.family == "double" and self.text[e : e + 1] not in _NEVER_AFTER_OPENER:
            # in a word or between spaces the direction is a toss-up, so open; before , . > it is markup or junk
            self._open(conv, (s, e))

    def _run(self, s: int, e: int, mark: str, left: bool, right: bool, para: _Para) -> None:
        t = self.t
        if len(mark) == 2:
            conv = t.opener.get(mark)
            if conv is None:
                return
            if mark in conv.close:
                self._straight(s, e, mark, conv, left, right, para)
            elif left or not right:
                self._open(conv, (s, e))  # `` only opens
        elif len(mark) == 3 and mark[0] == "'":
            # ''' is a nested ' and a '' together: closing, the inner one goes first; opening, the outer one.
            if right and not left:
                self._straight_single_part(s, s + 1, para, left, right)
                self._run(s + 1, e, "''", left, right, para)
            else:
                self._run(s, s + 2, "''", left, right, para)
                self._straight_single_part(s + 2, e, para, left, right)
        # longer runs are rules or ASCII art, not quotation marks

    def _straight_single_part(self, s: int, e: int, para: _Para, left: bool, right: bool) -> None:
        conv = self.t.opener.get("'")
        if conv is not None:
            self._straight(s, e, "'", conv, left, right, para)


def _scan(text: str) -> tuple[list[QuoteSpan], int]:
    """:func:`scan_quotes` plus the number of steps it took (for the linear-time tests)."""
    sc = _Scanner(text)
    runs, apostrophes = sc.t.run_chars, sc.t.apostrophe_marks
    para: _Para | None = None
    for m in sc.t.mark.finditer(text):
        sc.steps += 1
        s = m.start()
        while para is not None and s >= para.brk:
            para = sc.leave(para)
        if para is None:
            para = _paragraph_at(text, s)
            sc.steps += para.brk - s
        if s < sc.skip:
            continue
        mark = m.group()
        e = s + 1
        if mark in runs and text[e : e + 1] == mark:  # '' and ``: the pattern finds one character at a time
            while e < len(text) and text[e] == mark:
                e += 1
            sc.skip = e
            mark = text[s:e]
        elif mark in apostrophes and text[s - 1 : s].isalnum() and text[e : e + 1].isalnum():
            continue  # isn't, O’Brien: most marks in English text, so settled before any other work
        sc.mark(s, e, mark, para)
    while para is not None:
        para = sc.leave(para)
    return _assemble(sc.out), sc.steps


def _assemble(raws: list[_Raw]) -> list[QuoteSpan]:
    # The spans are well nested by construction; one sweep in order of their outer extent finds each one's parent.
    outer = [r.outer for r in raws]
    order = sorted(range(len(raws)), key=lambda i: (outer[i][0], -outer[i][1]))
    parent: list[int | None] = [None] * len(raws)
    depth = [0] * len(raws)
    has_child = [False] * len(raws)
    open_: list[int] = []
    for i in order:
        o_start, o_end = outer[i]
        while open_ and not (outer[open_[-1]][0] <= o_start and o_end <= outer[open_[-1]][1]):
            open_.pop()
        if open_:
            parent[i] = open_[-1]
            depth[i] = len(open_)
            has_child[open_[-1]] = True
        open_.append(i)
    interned: dict[frozenset[QuoteFlag], frozenset[QuoteFlag]] = {}
    final = sorted(range(len(raws)), key=lambda i: (raws[i].start, depth[i], raws[i].end))
    index = {raw_i: out_i for out_i, raw_i in enumerate(final)}
    spans = []
    for i in final:
        r = raws[i]
        flags = r.flags | _NESTED if has_child[i] else r.flags
        flags = interned.setdefault(flags, flags)  # one frozenset per combination, not one per span
        pi = parent[i]
        spans.append(
            QuoteSpan(
                start=r.start,
                end=r.end,
                open=r.open,
                close=r.close,
                convention=r.convention,
                depth=depth[i],
                parent=None if pi is None else index[pi],
                flags=flags,
                reopen=r.reopen,
            )
        )
    return spans


def span_pieces(text: str, span: QuoteSpan) -> tuple[tuple[int, int], ...]:
    """The content of ``span`` paragraph by paragraph: one ``(start, end)`` per paragraph it covers.

    A multi-paragraph quotation is one span from its first opening to its final close; corpora that annotate
    each paragraph as a quotation of its own want the pieces between the re-opening marks (the text before
    each re-opening mark is cut at the end of its paragraph, white space trimmed).
    """
    if not span.reopen:
        return ((span.start, span.end),)
    pieces = []
    start = span.start
    for mark_start, mark_end in span.reopen:
        end = mark_start
        while end > start and text[end - 1].isspace():
            end -= 1
        pieces.append((start, end))
        start = mark_end
    pieces.append((start, max(start, span.end)))
    return tuple(pieces)


def scan_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in ``text`` found by their marks, sorted by ``(start, depth)``; nested ones included.

    >>> [(text[q.start:q.end], q.depth) for text in ["„Er sagte ‚nein‘“, sagte sie."] for q in scan_quotes(text)]
    [('Er sagte ‚nein‘', 0), ('nein', 1)]
    >>> [q.convention for q in scan_quotes("“OpenAI’s strategy isn't new,” he said.")]
    ['en_double']

    Never raises on any string; see the module docstring for how each mark is decided.
    """
    return _scan(text)[0]
