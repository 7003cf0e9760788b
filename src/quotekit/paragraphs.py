"""Paragraph boundaries: the unit that language detection and multi-paragraph quotes work on."""

from __future__ import annotations

from dataclasses import dataclass

import regex

__all__ = ["Paragraph", "paragraph_at", "split_paragraphs"]

# A paragraph is a run of text between line breaks. News feeds use "\n" or "\n\n" between paragraphs and
# rarely wrap lines inside one, so every line break counts; blank lines only separate.
_LINE_BREAK = regex.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    """End exclusive, without the line break; surrounding white space trimmed."""


def split_paragraphs(text: str) -> list[Paragraph]:
    """Non-empty paragraphs of ``text`` with offsets; white space at either end is left out."""
    out: list[Paragraph] = []
    pos = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Paragraph(len(out), s, e))
        if m is not None:
            pos = m.end()
    return out


def paragraph_at(paragraphs: list[Paragraph], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (the previous one when it falls between paragraphs)."""
    lo, hi = 0, len(paragraphs) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if paragraphs[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return best
