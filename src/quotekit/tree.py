"""A small, stanza-free view of dependency parses that the attribution sieves read.

Stanza's heads are 1-based with 0 as root and multi-word tokens (German ``zum`` → ``zu dem``) carry offsets
only on the token; this module wraps that once: :class:`Word` has 0-based heads (-1 for the root) and absolute
character offsets into the original document, taken from the token where the word has none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ParsedSentence", "Word", "sentences_from_stanza"]


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word of a parsed sentence."""

    index: int
    """0-based position in the sentence."""
    text: str
    lemma: str
    upos: str
    xpos: str | None
    feats: Mapping[str, str]
    head: int
    """0-based index of the head word; -1 for the root."""
    deprel: str
    start: int
    """Absolute character offset in the document (the token's, for words of a multi-word token)."""
    end: int

    @property
    def base_rel(self) -> str:
        """The relation without its subtype (``nsubj:pass`` → ``nsubj``)."""
        return self.deprel.split(":", 1)[0]


@dataclass(frozen=True)
class ParsedSentence:
    """A parsed sentence with absolute offsets and child lookups."""

    words: tuple[Word, ...]
    lang: str
    start: int
    end: int
    _children: tuple[tuple[int, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kids: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if 0 <= w.head < len(self.words):
                kids[w.head].append(w.index)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Word:
        return self.words[i]

    def children(self, i: int, *rels: str) -> list[Word]:
        """Dependents of word ``i``, optionally only those whose base relation is in ``rels``."""
        out = [self.words[k] for k in self._children[i]]
        if rels:
            out = [w for w in out if w.base_rel in rels or w.deprel in rels]
        return out

    def head_of(self, i: int) -> Word | None:
        h = self.words[i].head
        return self.words[h] if 0 <= h < len(self.words) else None

    def ancestors(self, i: int) -> Iterator[Word]:
        """Heads of ``i`` up to the root (cycle-safe)."""
        seen = {i}
        h = self.words[i].head
        while 0 <= h < len(self.words) and h not in seen:
            seen.add(h)
            yield self.words[h]
            h = self.words[h].head

    def subtree(self, i: int) -> list[int]:
        """Indices of ``i`` and everything below it, sorted."""
        out, stack = [], [i]
        seen: set[int] = set()
        while stack:
            k = stack.pop()
            if k in seen:
                continue
            seen.add(k)
            out.append(k)
            stack.extend(self._children[k])
        return sorted(out)

    def root(self) -> Word | None:
        return next((w for w in self.words if w.head < 0), None)

    def words_between(self, start: int, end: int) -> list[Word]:
        """Words whose characters lie inside ``[start, end)``."""
        return [w for w in self.words if w.start >= start and w.end <= end]

    def words_outside(self, start: int, end: int) -> list[Word]:
        """Words that do not overlap ``[start, end)``."""
        return [w for w in self.words if w.end <= start or w.start >= end]


def _feats(raw: str | None) -> dict[str, str]:
    if not raw or raw == "_":
        return {}
    out = {}
    for part in raw.split("|"):
        k, _, v = part.partition("=")
        out[k] = v
    return out


def _token_offsets(tokens: Sequence[Any], text: str | None, base: int) -> list[tuple[int, int]]:
    """Character offsets of each token; aligned against ``text`` when the parse carries none."""
    offsets: list[tuple[int, int]] = []
    cursor = 0
    for tok in tokens:
        s, e = getattr(tok, "start_char", None), getattr(tok, "end_char", None)
        if s is None or e is None:
            if text is None:
                raise ValueError("the parse has no character offsets; pass the text it was parsed from")
            found = text.find(tok.text, cursor)
            if found < 0:
                raise ValueError(f"token {tok.text!r} not found in the text after offset {cursor}")
            s, e = found, found + len(tok.text)
        cursor = e
        offsets.append((base + s, base + e))
    return offsets


def sentences_from_stanza(doc: Any, lang: str, *, offset: int = 0, text: str | None = None) -> list[ParsedSentence]:
    """Convert a parsed ``stanza.Document`` into :class:`ParsedSentence` objects.

    ``offset`` is added to every character offset (for a chunk parsed out of a larger document). ``text`` is
    only needed for documents without offsets (built from CoNLL-U without ``start_char`` in MISC).
    """
    out: list[ParsedSentence] = []
    all_tokens = [tok for sent in doc.sentences for tok in sent.tokens]
    offsets = iter(_token_offsets(all_tokens, text if text is not None else None, offset))
    for sent in doc.sentences:
        words: list[Word] = []
        for tok in sent.tokens:
            ts, te = next(offsets)
            for w in tok.words:
                words.append(
                    Word(
                        index=len(words),
                        text=w.text,
                        lemma=w.lemma if w.lemma is not None else w.text,
                        upos=w.upos or "X",
                        xpos=w.xpos,
                        feats=_feats(w.feats),
                        head=(w.head - 1) if w.head is not None else -1,
                        deprel=w.deprel or "dep",
                        start=ts,
                        end=te,
                    )
                )
        if words:
            out.append(ParsedSentence(tuple(words), lang, words[0].start, words[-1].end))
    return out


def iter_words(sentences: Iterable[ParsedSentence]) -> Iterator[tuple[ParsedSentence, Word]]:
    for s in sentences:
        for w in s.words:
            yield s, w
