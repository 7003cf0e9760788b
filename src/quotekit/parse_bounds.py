"""No sentence longer than :data:`MAX_WORDS` reaches Stanza's tagger and parser.

Stanza's parser holds a score for every pair of words of a sentence, so its memory grows with the square of the
sentence length and then some (``python benchmarks/bench_parse_length.py``, table in ``docs/performance.md``):
a few hundred words cost tens of MB, a thousand words gigabytes. The tokenizer, by contrast, is linear, but it
happily returns one "sentence" for 2 KB of ``„a“„a“…`` or a 50 KB line without punctuation. So parsing is done in
two steps (:func:`parse_bounded`): tokenize (and expand multi-word tokens) first, split every sentence longer
than the bound, then run the remaining processors on the split documents.

Where a long sentence is cut, best first (:func:`split_points`): after sentence punctuation (``. ! ? …``),
around quotation marks (after a closing mark, before an opening one), after ``;`` or ``:``, after a comma,
before a coordinating or subordinating conjunction (``and``, ``but``, ``und``, ``weil``…), and, when the
window holds none of them, after exactly :data:`MAX_WORDS` words. Cuts fall between tokens, never inside a
multi-word token (German ``zum``), and keep every token's character offsets, so offsets into the text stay
exact. The character ranges of the sentences that were cut are kept on the result (:func:`split_ranges`), and
the extractor flags the quotes inside them with :attr:`~quotekit.models.QuoteFlag.PARSE_SPLIT`: their parse
lost the context beyond a cut.

This module never imports Stanza at import time; :func:`parse_bounded` receives the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from quotekit.models import QuoteFlag
from quotekit.scanner import QuoteSpan, quote_marks

__all__ = [
    "MAX_WORDS",
    "BoundedParse",
    "flag_split_quotes",
    "join_title_breaks",
    "parse_bounded",
    "split_points",
    "split_ranges",
]

MAX_WORDS = 250
"""Longest sentence (in syntactic words) that goes to the tagger and parser. Measured on the compact models:
the parser's extra memory stays under 100 MB up to 300 words and grows steeply beyond (docs/performance.md);
real news sentences longer than 100 words are rare, so a cut almost only ever hits run-on or broken text."""

_MIN_PIECE = MAX_WORDS // 4
"""A cut leaves at least this many words before it, so a boundary near the window start does not make a
string of tiny pieces; only the fixed-window fallback ignores it."""

# Boundary classes, best first. A token text ends a piece (cut after it) or starts one (cut before it).
_SENTENCE_END = frozenset(".!?…")
_CLOSING_MARKS = quote_marks().closing
_OPENING_MARKS = quote_marks().opening
_CLAUSE_END = frozenset(";:")
_COMMA = frozenset(",")
# Words a clause can start with; a cut before them splits coordinated or subordinate clauses.
_CONJUNCTIONS = frozenset((
    "and", "but", "or", "nor", "because", "while", "although", "though", "whereas", "so", "yet",
    "und", "aber", "oder", "doch", "denn", "sondern", "weil", "obwohl", "während", "dass", "ob", "wenn", "als",
))  # fmt: skip

_RANK_SENTENCE, _RANK_QUOTE, _RANK_CLAUSE, _RANK_COMMA, _RANK_CONJ = range(5)


@dataclass
class BoundedParse:
    """What :func:`parse_bounded` returns per text: the parsed document and the ranges that were cut."""

    document: Any
    """The ``stanza.Document`` with pos, lemma and depparse annotations."""
    split: tuple[tuple[int, int], ...]
    """Character ranges (relative to the text) of tokenizer sentences longer than the bound, parsed in pieces."""


def _rank_after(token: str) -> int | None:
    """Rank of a cut right after a token with this text (None: not a boundary)."""
    if token and all(c in _SENTENCE_END for c in token):
        return _RANK_SENTENCE
    if token in _CLOSING_MARKS:
        return _RANK_QUOTE
    if token in _CLAUSE_END:
        return _RANK_CLAUSE
    if token in _COMMA:
        return _RANK_COMMA
    return None


def _rank_before(token: str) -> int | None:
    """Rank of a cut right before a token with this text (None: not a boundary)."""
    if token in _OPENING_MARKS:
        return _RANK_QUOTE
    if token.lower() in _CONJUNCTIONS:
        return _RANK_CONJ
    return None


def split_points(tokens: Sequence[str], sizes: Sequence[int], max_words: int = MAX_WORDS) -> list[int]:
    """Token indices where a sentence of ``tokens`` is cut so that no piece holds more than ``max_words`` words.

    ``sizes[i]`` is the number of syntactic words of token ``i`` (2 for German ``zum`` = ``zu dem``). Greedy from
    the left: within the next window of ``max_words`` words the best boundary class wins, and within a class the
    latest one (fewer, larger pieces). A cut index ``k`` means a new piece starts at token ``k``.

    >>> split_points(["a", "b", ",", "c", "d", ".", "e", "f"], [1] * 8, max_words=6)
    [6]
    >>> split_points(["x"] * 7, [1] * 7, max_words=3)
    [3, 6]
    """
    if max_words < 1:
        raise ValueError("max_words must be at least 1")
    cuts: list[int] = []
    n = len(tokens)
    start = 0
    while True:
        words = 0
        end = start  # the window is tokens[start:end], at most max_words words (at least one token)
        while end < n and (words + sizes[end] <= max_words or end == start):
            words += sizes[end]
            end += 1
        if end >= n:
            return cuts
        best: tuple[int, int] | None = None  # (rank, -index): lower is better
        min_words = min(_MIN_PIECE, max_words // 2)
        seen = 0
        for k in range(start + 1, end + 1):
            seen += sizes[k - 1]
            if seen < min_words:
                continue
            ranks = [
                r for r in (_rank_after(tokens[k - 1]), _rank_before(tokens[k]) if k < n else None) if r is not None
            ]
            if ranks:
                cand = (min(ranks), -k)
                if best is None or cand < best:
                    best = cand
        cut = -best[1] if best is not None else end
        cuts.append(cut)
        start = cut


def _token_groups(sentence: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The entries of one ``Document.to_dict()`` sentence grouped per token (a multi-word token and its words)."""
    groups: list[list[dict[str, Any]]] = []
    pending = 0  # words still belonging to the last multi-word token
    for entry in sentence:
        ident = entry["id"]
        if isinstance(ident, (tuple, list)):
            groups.append([entry])
            pending = ident[-1] - ident[0] + 1
        elif pending:
            groups[-1].append(entry)
            pending -= 1
        else:
            groups.append([entry])
    return groups


def _renumber(groups: Sequence[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The entries of ``groups`` as a sentence of its own: word ids from 1 again."""
    out: list[dict[str, Any]] = []
    next_id = 1
    for group in groups:
        head = group[0]
        if isinstance(head["id"], (tuple, list)):
            width = head["id"][-1] - head["id"][0]
            out.append({**head, "id": (next_id, next_id + width)})
            for word in group[1:]:
                out.append({**word, "id": next_id})
                next_id += 1
        else:
            out.append({**head, "id": next_id})
            next_id += 1
    return out


def _group_words(group: list[dict[str, Any]]) -> int:
    return len(group) - 1 if isinstance(group[0]["id"], (tuple, list)) else 1


def _title_end(entries: Sequence[dict[str, Any]], titles: frozenset[str]) -> int:
    """How many entries at the end of a sentence make a title with its period (``Prof`` ``.`` → 2, ``Dr.`` → 1;
    0: none). Only plain tokens with offsets count: a multi-word token is never a title."""
    if not entries or not all(isinstance(e["id"], int) and "start_char" in e for e in entries[-2:]):
        return 0
    last = entries[-1]
    if last["text"].endswith(".") and last["text"][:-1].lower() in titles:
        return 1
    if (
        last["text"] == "."
        and len(entries) > 1
        and entries[-2]["text"].lower() in titles
        and entries[-2]["end_char"] == last["start_char"]
    ):
        return 2
    return 0


def join_title_breaks(doc: Any, titles: frozenset[str], numbered: frozenset[str] = frozenset()) -> Any:
    """``doc`` (tokenized) with every sentence that ends in a title abbreviation joined to the next when that
    opens with a capital, or in one of the ``numbered`` abbreviations when it opens with a digit, the abbreviation's
    period kept in its token.

    Stanza's German tokenizer ends a sentence after ``Prof.`` in ``sagte Prof. Dr. Anna Berger`` (the speaker then
    came out as ``Prof. Dr``); a title stands before a name, so its period ends no sentence. Its English tokenizer
    ends one after a month before its day (``the prime minister's Dec. | 28 meeting``, ``after the Sept. | 11
    attacks``) and after ``No. | 2``: reported content then stopped at the abbreviation. A number after such an
    abbreviation belongs to it. Offsets are kept; ``doc`` comes back unchanged when nothing is joined."""
    dicts = [s.to_dict() for s in doc.sentences]
    joins = [
        k
        for k in range(len(dicts) - 1)
        if dicts[k + 1]
        and (
            (_title_end(dicts[k], titles) and dicts[k + 1][0]["text"][:1].isupper())
            or (_title_end(dicts[k], numbered) and dicts[k + 1][0]["text"][:1].isdigit())
        )
    ]
    if not joins:
        return doc
    from stanza import Document

    sentences: list[list[dict[str, Any]]] = []
    joined_to_next = False
    for k, entries in enumerate(dicts):
        groups = _token_groups(entries)
        if joined_to_next:
            groups = _token_groups(sentences.pop()) + groups
        if k in joins and max(_title_end(entries, titles), _title_end(entries, numbered)) == 2:
            title, period = groups[-2][0], groups[-1][0]
            merged = {**title, "text": title["text"] + ".", "end_char": period["end_char"]}
            merged.pop("misc", None)
            if "misc" in period:
                merged["misc"] = period["misc"]
            groups = [*groups[:-2], [merged]]
        sentences.append(_renumber(groups))
        joined_to_next = k in joins
    return Document(sentences, text=doc.text)


def _bound_document(doc: Any, max_words: int) -> tuple[Any, tuple[tuple[int, int], ...]]:
    """``doc`` (tokenized) with every sentence over ``max_words`` words cut; the cut sentences' ranges."""
    if all(len(s.words) <= max_words for s in doc.sentences):
        return doc, ()
    from stanza import Document

    sentences: list[list[dict[str, Any]]] = []
    ranges: list[tuple[int, int]] = []
    for sent in doc.sentences:
        entries = sent.to_dict()
        if len(sent.words) <= max_words:
            sentences.append(entries)
            continue
        ranges.append((sent.tokens[0].start_char, sent.tokens[-1].end_char))
        groups = _token_groups(entries)
        cuts = split_points([g[0]["text"] for g in groups], [_group_words(g) for g in groups], max_words)
        for a, b in zip([0, *cuts], [*cuts, len(groups)], strict=True):
            sentences.append(_renumber(groups[a:b]))
    return Document(sentences, text=doc.text), tuple(ranges)


def parse_bounded(
    pipeline: Any,
    docs: list[Any],
    max_words: int = MAX_WORDS,
    *,
    tokenized: bool = False,
    titles: frozenset[str] = frozenset(),
    numbered: frozenset[str] = frozenset(),
) -> list[BoundedParse]:
    """Tokenize ``docs`` (``stanza.Document`` objects holding only text), cut long sentences, then tag and parse.

    With ``tokenized=True`` the documents already hold their sentences and tokens (see
    :func:`quotekit.nlp.pretokenized_document`) and Stanza's tokenizer is skipped. Every processor batches across
    all documents, as ``pipeline.bulk_process`` would. ``titles`` are the language's title abbreviations (lower
    case, no period): a sentence Stanza's tokenizer ends after one is joined to the next (:func:`join_title_breaks`),
    as is one that ends after one of the ``numbered`` abbreviations before a number (``Sept. 11``).
    """
    if not tokenized:
        pipeline.process(docs, processors="tokenize")  # mwt follows tokenize on its own where the pipeline has it
        if titles or numbered:
            docs = [join_title_breaks(d, titles, numbered) for d in docs]
    bounded = [_bound_document(d, max_words) for d in docs]
    parsed = pipeline.process([d for d, _ in bounded], processors="pos,lemma,depparse")
    return [BoundedParse(d, split) for d, (_, split) in zip(parsed, bounded, strict=True)]


def split_ranges(parse: BoundedParse, offset: int = 0) -> list[tuple[int, int]]:
    """The cut sentences of ``parse`` as ranges in the whole document (``offset`` = where its text starts)."""
    return [(s + offset, e + offset) for s, e in parse.split]


def flag_split_quotes(spans: Sequence[QuoteSpan], ranges: Sequence[tuple[int, int]]) -> list[QuoteSpan]:
    """``spans`` with :attr:`QuoteFlag.PARSE_SPLIT` added to each quotation (marks included) that overlaps a cut
    sentence's range; the others unchanged."""
    if not ranges:
        return list(spans)
    out = []
    for s in spans:
        lo = s.open[0] if s.open else s.start
        hi = s.close[1] if s.close else s.end
        if any(lo < e and rs < max(hi, lo + 1) for rs, e in ranges):
            s = replace(s, flags=s.flags | {QuoteFlag.PARSE_SPLIT})
        out.append(s)
    return out
