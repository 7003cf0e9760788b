"""Which parts of a document Stanza parses: the whole selection policy, in one place so it can be tuned.

Parsing dominates quotekit's cost, and most news sentences neither contain a quote nor report speech. In
selective mode a sentence is parsed when

1. it overlaps a quotation span (marks included) that may be someone's words — a quote that runs over several
   sentences keeps all of them. A *bare label* does not count (:func:`quote_needs_parse`): at most three words,
   no end punctuation or comma of its own, no colon or naming word (``as``, ``called``, ``als``, ``nannte``…)
   just before it, and no speech cue in its sentence or the ones next to it (``the „Eagle“ programme``).
   Attribution calls such a quote "not a quotation" with or without a parse, so its sentence is not parsed on its
   account; this is what keeps a page of scare quotes (or 100 KB of ``„a“``) from costing a full parse;
2. it lies within ``window`` sentences of such a sentence, in the same paragraph — where adjacent attributions
   (``He said so on Monday.``) and colon introductions (``Rao said:``) live;
3. only when indirect speech is asked for (``indirect=True``): the speech-cue pattern of its paragraph's language
   matches in it (``said``, ``sagte``, ``according``…), or, where ``report_patterns`` are given, the wider
   pattern of words that report speech without a cue verb (German Konjunktiv I ``sei``, reportative ``soll``,
   ``nach Polizeiangaben``: :func:`quotekit.lexicon.report_surface_pattern`). Direct quotes do not need these
   sentences — the window already holds their attributions — and on English news they are a third of all
   sentences, so skipping them is what makes direct-only extraction twice as fast as parsing everything. Also
   only for indirect speech: a paragraph's first sentence that opens with at most five words and a colon, where a
   headline may name its source (``Poll: Trump leads in Ohio.``, read by attribution's headline rule).

Selected sentences that touch are merged into one :class:`Chunk`, and a chunk never crosses a paragraph
boundary, so every chunk has one language. Stanza splits each chunk into sentences again; the cheap splitter
here only decides granularity, and its mistakes cost speed, not accuracy: a missed boundary parses a bit more,
a false one is healed by the window.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import regex

from quotekit.lexicon import words
from quotekit.paragraphs import Paragraph, paragraph_at
from quotekit.scanner import QuoteSpan, mark_class, quote_marks

_WORD = regex.compile(r"\w")

__all__ = [
    "Chunk",
    "SelectionCounts",
    "drop_label_floods",
    "parsed_share",
    "quote_needs_parse",
    "select_chunks",
    "selection_counts",
    "split_sentences",
]


@dataclass(frozen=True, slots=True)
class Chunk:
    """A contiguous stretch ``text[start:end]`` of the document, parsed as one text in language ``lang``."""

    start: int
    end: int
    lang: str


# Abbreviations whose period does not end a sentence are the ``abbreviation`` rows of data/function_words.tsv.
# Single letters (initials, "z. B.", the "S" of "U.S.") and one- or two-digit numbers (German ordinals and
# dates: "am 5. August", "zum 2. Mal") are handled by rule, not listed.


@cache
def _boundary() -> regex.Pattern[str]:
    """End punctuation, optional closing marks or brackets, then white space and something that can start a
    sentence: an upper-case letter or a digit, possibly behind opening marks. Lower case after "?“" or "!”"
    ("„Warum?“, fragte er") continues the sentence. Any mark may stand on either side: straight marks and ``“``
    open in one convention and close in another."""
    marks = mark_class(quote_marks().all)
    closers, openers = marks + regex.escape(")]}"), marks + regex.escape("([{")
    return regex.compile(r"[.!?…]+[" + closers + r"]*(?=\s+[" + openers + r"]*[\p{Lu}\p{N}])")


_LAST_WORD = regex.compile(r"(\p{L}+|\p{N}+)$")


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    """Whether the period at ``dot`` belongs to the word before it rather than ending the sentence."""
    m = _LAST_WORD.search(text, max(lo, dot - 24), dot)
    if m is None:
        return False
    word = m.group()
    if word.isdigit():
        return len(word) <= 2
    return len(word) == 1 or word.lower() in words("abbreviation")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence ranges inside ``text[start:end]``, white space trimmed, in order, covering every non-space char.

    >>> t = "Dr. Rao sagte am 5. August: „Ja.“ Mr. Smith left the U.S. on Monday. Er ging."
    >>> [t[s:e] for s, e in split_sentences(t, 0, len(t))]
    ['Dr. Rao sagte am 5. August: „Ja.“', 'Mr. Smith left the U.S. on Monday.', 'Er ging.']
    """
    out: list[tuple[int, int]] = []
    pos = start
    for m in _boundary().finditer(text, start, end):
        if m.group() == "." and _is_abbreviation(text, m.start(), start):
            continue
        _append(text, pos, m.end(), out)
        pos = m.end()
    _append(text, pos, end, out)
    return out


def _append(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


# Bare labels (see the module docstring): what attribution's classify_quote calls "none" whatever the parse.
_LABEL_MAX_WORDS = 3
_LABEL_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
_UTTERANCE_END = (".", "!", "?", "…", ",", ";", ":")

# Words that make a following quotation a quoted fragment or a name given by someone (classify_quote's rule 3 and
# the label introducers of data/function_words.tsv), looked for among the five words before the opening mark, in
# every language: selection runs before it is sure of the paragraph's language.
_NAMING_KINDS = ("mixed_introducer", "label_introducer")


def quote_needs_parse(text: str, start: int, end: int, para_start: int = 0) -> bool:
    """Whether the quotation ``text[start:end]`` (marks included) may be someone's words, by its own text.

    False for a bare label: at most three words, no end punctuation or comma inside the marks, nothing but a
    non-empty stretch, and no colon or naming word right before it. The speech-cue test on its sentences is
    :func:`select_chunks`' part.
    """
    content = text[start:end].strip("".join(quote_marks().all)).strip()
    if not content or len(_LABEL_WORD.findall(content)) > _LABEL_MAX_WORDS or content.endswith(_UTTERANCE_END):
        return True
    before = text[max(para_start, start - 80) : start].rstrip()
    if before.endswith(":"):
        return True
    return any(w.lower() in words(kind) for w in _LABEL_WORD.findall(before)[-5:] for kind in _NAMING_KINDS)


LABEL_FLOOD = 50
"""More bare labels than this in one paragraph is not prose (the dev sets' maximum is far below; see
:func:`drop_label_floods`)."""


def drop_label_floods(text: str, paragraphs: Sequence[Paragraph], spans: Sequence[QuoteSpan]) -> list[QuoteSpan]:
    """``spans`` without the bare labels of paragraphs that hold more than :data:`LABEL_FLOOD` of them.

    Attribution calls a bare label "not a quotation", but deciding so costs a look at its sentence, and text made
    of nothing but short quotes (100 KB of ``„a“``) is one sentence of tens of thousands of them. Such a paragraph
    is not prose, so its bare labels are dropped before attribution; every other span, and every span of ordinary
    text, is kept. A dropped span's nested spans go with it; ``parent`` indices are renumbered.
    """
    if len(spans) <= LABEL_FLOOD or not paragraphs:
        return list(spans)
    paras = list(paragraphs)
    labels: dict[int, list[int]] = {}
    for k, sp in enumerate(spans):
        if sp.depth != 0:
            continue
        lo = sp.open[0] if sp.open else sp.start
        hi = sp.close[1] if sp.close else sp.end
        p = paragraph_at(paras, lo)
        if not quote_needs_parse(text, lo, hi, paras[p].start):
            labels.setdefault(p, []).append(k)
    gone = {k for ks in labels.values() if len(ks) > LABEL_FLOOD for k in ks}
    if not gone:
        return list(spans)
    new_index: dict[int, int] = {}
    out: list[QuoteSpan] = []
    for k, sp in enumerate(spans):
        if k in gone or (sp.parent is not None and sp.parent not in new_index):
            gone.add(k)  # parents come before their children in the scanner's list
            continue
        new_index[k] = len(out)
        out.append(sp if sp.parent is None else replace(sp, parent=new_index[sp.parent]))
    return out


def _overlapping(windows: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """For each window (sorted, disjoint), the indices of ``spans`` (sorted by start) that overlap it.

    One sweep: a span stays on the active list while it may reach a later window, so the cost is the number of
    windows and spans plus the overlaps. An empty span (an unclosed mark at the very end) still marks the
    window it sits in.
    """
    out: list[list[int]] = []
    active: list[int] = []
    k = 0
    for s, e in windows:
        while k < len(spans) and spans[k][0] < e:
            active.append(k)
            k += 1
        active = [j for j in active if max(spans[j][1], spans[j][0] + 1) > s]
        out.append([j for j in active if spans[j][0] < e])
    return out


def _keep_pointed_back(
    text: str,
    sentences: Sequence[tuple[int, int]],
    has_cue: Sequence[bool],
    back: regex.Pattern[str] | None,
    keep: list[bool],
) -> None:
    """Keep a sentence with a cue that opens with ``back`` (``Dies teilte ein Sprecher mit.``) and the one before."""
    if back is None:
        return
    for i, (s, _) in enumerate(sentences):
        if i and has_cue[i] and back.match(text, s):
            keep[i - 1] = keep[i] = True


# A paragraph that opens with a short capitalised phrase and a colon (``Poll: Trump leads in Ohio.``, ``Matthews:
# Well, …``) may name its source there without a speech verb: attribution's headline rule reads it, so with indirect
# speech asked for its first sentence is parsed: up to five words, the first capitalised, then the colon.
_SOURCE_COLON = regex.compile(r"[\p{Lu}][\w.'’&-]*(?:[ \t]+[\w.'’&-]+){0,4}:\s")


def _keep_source_colon(text: str, sentences: Sequence[tuple[int, int]], indirect: bool, keep: list[bool]) -> None:
    """Keep the paragraph's first sentence when it opens with a source and a colon (indirect speech only)."""
    if indirect and sentences and _SOURCE_COLON.match(text, *sentences[0]) is not None:
        keep[0] = True


def select_chunks(
    text: str,
    paragraphs: Sequence[Paragraph],
    languages: Sequence[str | None],
    quote_spans: Sequence[tuple[int, int]],
    cue_patterns: Mapping[Any, regex.Pattern[str]],
    *,
    selective: bool = True,
    window: int = 1,
    indirect: bool = True,
    report_patterns: Mapping[Any, regex.Pattern[str]] | None = None,
    back_patterns: Mapping[Any, regex.Pattern[str]] | None = None,
) -> list[Chunk]:
    """The chunks to parse, in document order (see the module docstring for the policy).

    Args:
        text: the document.
        paragraphs: its paragraphs (:func:`quotekit.paragraphs.split_paragraphs`).
        languages: one per paragraph; None falls back to English.
        quote_spans: ``(start, end)`` of each quotation, marks included.
        cue_patterns: per language, a pattern of speech-cue surface forms (``said``, ``sagte``, ``according``);
            keyed by language code (typed ``Any`` because ``Mapping`` keys are invariant and callers key by a
            ``Literal``).
        selective: False parses every paragraph whole (one chunk each).
        window: sentences kept on each side of a quote sentence, within its paragraph.
        indirect: also parse sentences with a speech cue (for indirect speech); False parses only quotes and
            their windows.
        report_patterns: per language, the pattern that picks sentences for indirect speech (a superset of
            ``cue_patterns``); None uses ``cue_patterns``. Read only when ``indirect`` is True.
        back_patterns: per language, the opening of a sentence whose speech cue reports the sentence before it
            (``Dies teilte ein Sprecher mit.``): that sentence is parsed too. Read only when ``indirect`` is True.
    """
    chunks: list[Chunk] = []
    spans = sorted(quote_spans)
    para_spans = _overlapping([(p.start, p.end) for p in paragraphs], spans)
    for para, lang, span_ids in zip(paragraphs, languages, para_spans, strict=True):
        code = lang or "en"
        if not selective:
            chunks.append(Chunk(para.start, para.end, code))
            continue
        local = [spans[j] for j in span_ids]
        cue = (report_patterns or cue_patterns).get(code) if indirect else None
        if not local and cue is None:
            continue
        sentences = split_sentences(text, para.start, para.end)
        keep = [False] * len(sentences)
        needs = [quote_needs_parse(text, qs, qe, para.start) for qs, qe in local]
        # speech cues per sentence: for the indirect rule, and to tell a bare label from a short quotation
        label_cue = cue_patterns.get(code)
        wider = cue is not None and cue is not label_cue
        # The report pattern matches wherever the cue pattern does, so the cue pattern only needs a look at the
        # sentences the report pattern matched: one pass over the text, not two.
        reports = [cue.search(text, s, e) is not None for s, e in sentences] if wider and cue is not None else None
        has_cue = (
            [
                (reports is None or reports[i]) and label_cue.search(text, s, e) is not None
                for i, (s, e) in enumerate(sentences)
            ]
            if label_cue is not None and (cue is not None or not all(needs))
            else [False] * len(sentences)
        )
        if reports is None:
            reports = has_cue
        for i, quote_ids in enumerate(_overlapping(sentences, local) if local else [[]] * len(sentences)):
            cue_near = any(has_cue[max(0, i - 1) : i + 2])
            if any(needs[j] or cue_near for j in quote_ids):
                for k in range(max(0, i - window), min(len(sentences), i + window + 1)):
                    keep[k] = True
            elif cue is not None and not keep[i] and reports[i]:
                keep[i] = True
        _keep_source_colon(text, sentences, cue is not None, keep)
        _keep_pointed_back(text, sentences, has_cue, (back_patterns or {}).get(code) if indirect else None, keep)
        run_start: int | None = None
        for i, (s, e) in enumerate(sentences):
            if keep[i] and run_start is None:
                run_start = s
            if keep[i] and (i + 1 == len(sentences) or not keep[i + 1]):
                assert run_start is not None
                chunks.append(Chunk(run_start, e, code))
                run_start = None
    # whole paragraphs hold every beat already: nothing to add then
    return _keep_beats(text, paragraphs, languages, spans, para_spans, chunks)


def _keep_beats(
    text: str,
    paragraphs: Sequence[Paragraph],
    languages: Sequence[str | None],
    spans: Sequence[tuple[int, int]],
    para_spans: Sequence[Sequence[int]],
    chunks: list[Chunk],
) -> list[Chunk]:
    """Keep the last sentence of a narration paragraph (no quotation) right before a paragraph that is one
    quotation and nothing else: fiction's action beat before an untagged turn (``Er beugt sich über ihre Hand.``
    ⏎ ``»Gute Nacht …«``), read by attribution's narration-beat rule."""
    extra: list[Chunk] = []
    starts = [c.start for c in chunks]
    for k in range(1, len(paragraphs)):
        ids, before = para_spans[k], paragraphs[k - 1]
        if len(ids) != 1 or para_spans[k - 1] or languages[k] != languages[k - 1]:
            continue
        qs, qe = spans[ids[0]]
        para = paragraphs[k]
        if _WORD.search(text, para.start, qs) or _WORD.search(text, qe, para.end):
            continue
        sentences = split_sentences(text, before.start, before.end)
        if not sentences:
            continue
        s, e = sentences[-1]
        # chunks come in text order and do not overlap: only the last one starting before the sentence's end can
        # overlap it (asking every chunk for every paragraph would cost paragraphs times chunks)
        i = bisect_left(starts, e) - 1
        if i < 0 or chunks[i].end <= s:
            extra.append(Chunk(s, e, languages[k - 1] or "en"))
    return sorted([*chunks, *extra], key=lambda c: c.start) if extra else chunks


@dataclass(frozen=True, slots=True)
class SelectionCounts:
    """How much of a document was selected for parsing; add them up over a corpus to report a share."""

    sentences_parsed: int
    sentences_total: int
    chars_parsed: int
    chars_total: int

    def __add__(self, other: SelectionCounts) -> SelectionCounts:
        return SelectionCounts(
            self.sentences_parsed + other.sentences_parsed,
            self.sentences_total + other.sentences_total,
            self.chars_parsed + other.chars_parsed,
            self.chars_total + other.chars_total,
        )

    @property
    def sentence_share(self) -> float:
        return self.sentences_parsed / self.sentences_total if self.sentences_total else 0.0

    @property
    def char_share(self) -> float:
        return self.chars_parsed / self.chars_total if self.chars_total else 0.0


def selection_counts(text: str, chunks: Sequence[Chunk], paragraphs: Sequence[Paragraph]) -> SelectionCounts:
    """Sentences (by :func:`split_sentences`) and characters of ``paragraphs`` that lie in ``chunks``."""
    bounds = sorted((c.start, c.end) for c in chunks)
    parsed_sents = total_sents = 0
    k = 0  # sentences and chunks both run in document order: one pass over each
    for p in paragraphs:
        for s, e in split_sentences(text, p.start, p.end):
            total_sents += 1
            while k < len(bounds) and bounds[k][1] < e:
                k += 1
            parsed_sents += k < len(bounds) and bounds[k][0] <= s
    return SelectionCounts(
        parsed_sents,
        total_sents,
        sum(c.end - c.start for c in chunks),
        sum(p.end - p.start for p in paragraphs),
    )


def parsed_share(chunks: Sequence[Chunk], paragraphs: Sequence[Paragraph]) -> float:
    """Share of the paragraphs' characters that go to the parser (0.0 for an empty document)."""
    total = sum(p.end - p.start for p in paragraphs)
    return sum(c.end - c.start for c in chunks) / total if total else 0.0
