"""Stanza parses kept on disk, so runs that change only attribution skip the parser.

Used by ``evaluate.py --parse-cache DIR`` and by ``bench_attribution.py``. An entry is keyed by the language, the
models directory, the parser's sentence bound and the exact chunk text, so a change to selection (other chunks)
or to the bound misses the cache and parses afresh, while every unchanged chunk is read back. Each entry also
keeps the seconds Stanza spent on it (its length's share of its batch), so a benchmark can report parse time
from a cached run. Delete the directory after changing models.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import regex

from quotekit.lexicon import title_abbreviations, words
from quotekit.nlp import Pipelines
from quotekit.parse_bounds import MAX_WORDS, BoundedParse


class CachedPipelines(Pipelines):
    """:class:`quotekit.nlp.Pipelines` that reads each chunk's parse from ``cache`` when it has been parsed before."""

    def __init__(
        self,
        cache: str | Path,
        models_dir: str | Path | None = None,
        offline: bool | None = None,
        *,
        tokenizer: str = "stanza",
        threads: int | None = None,
    ) -> None:
        super().__init__(models_dir=models_dir, offline=offline, tokenizer=tokenizer, threads=threads)
        self.cache = Path(cache)
        self.cache.mkdir(parents=True, exist_ok=True)
        self.parse_seconds = 0.0
        """Seconds Stanza took for the chunks of this run: measured now, or recorded when the entry was made."""

    def get(self, lang: str) -> Any:
        # The extractor asks for every language's pipeline before the first batch, to fail early on broken
        # models; a fully cached run never needs one, so the models load on first real use instead.
        return _Lazy(lambda: Pipelines.get(self, lang))

    def _path(self, lang: str, text: str) -> Path:
        # Stanza-tokenized entries keep their old keys; another tokenizer's parses are kept apart. A chunk with a
        # title abbreviation before a capital (``Prof. Dr. Anna``) gets a key of its own: its sentences are joined
        # where Stanza's tokenizer ended one after the title (parse_bounds.join_title_breaks), which entries made
        # before that step do not show. Titles added to the data since that step are named in the key as well, so
        # a chunk holding one is parsed again rather than read back unjoined.
        tok = "" if self.tokenizer == "stanza" else f"{self.tokenizer}\0"
        found = {m.group(1).lower() for m in _title_break(lang).finditer(text)}
        titles = "".join(f"{t}\0" for t in ["titles", *sorted(found - _FIRST_KEYED_TITLES)]) if found else ""
        # Likewise a chunk with an abbreviation before a number (``Sept. 11``), joined since issue 12 (bs27).
        if _number_break(lang).search(text):
            titles += "numbered\0"
        key = f"{tok}{titles}{lang}\0{self.models_dir}\0{MAX_WORDS}\0{text}".encode("utf-8", "surrogatepass")
        return self.cache / hashlib.sha1(key).hexdigest()

    def parse_bounded(self, lang: str, texts: Sequence[str]) -> list[BoundedParse]:
        from stanza import Document

        out: list[BoundedParse | None] = []
        todo: list[int] = []
        for i, text in enumerate(texts):
            entry = _read(self._path(lang, text), Document)
            if entry is None:
                out.append(None)
                todo.append(i)
            else:
                out.append(entry[0])
                self.parse_seconds += entry[1]
        if todo:
            Pipelines.get(self, lang)  # load the models first: their load is not parse time
            t0 = time.perf_counter()
            parses = super().parse_bounded(lang, [texts[i] for i in todo])
            seconds = time.perf_counter() - t0
            self.parse_seconds += seconds
            total = sum(len(texts[i]) for i in todo) or 1
            for i, parse in zip(todo, parses, strict=True):
                _write(self._path(lang, texts[i]), parse, seconds * len(texts[i]) / total)
                out[i] = parse
        return [p for p in out if p is not None]


_FIRST_KEYED_TITLES = frozenset({"dr", "frl", "gen", "gov", "mlle", "mme", "mr", "mrs", "ms", "prof", "rep", "sen"})
"""The title abbreviations (every language) that entries keyed ``titles`` were made with: the keys of chunks that
hold only these stay as they were, so their entries are read back."""


@cache
def _title_break(lang: str) -> regex.Pattern[str]:
    titles = sorted(title_abbreviations(lang), key=len, reverse=True)
    if not titles:
        return regex.compile(r"(?!)")
    return regex.compile(r"\b(" + "|".join(map(regex.escape, titles)) + r")\.(?=\s+\p{Lu})", regex.IGNORECASE)


@cache
def _number_break(lang: str) -> regex.Pattern[str]:
    numbered = sorted(words("number_abbreviation", lang), key=len, reverse=True)
    if not numbered:
        return regex.compile(r"(?!)")
    return regex.compile(r"\b(" + "|".join(map(regex.escape, numbered)) + r")\.(?=\s+\p{N})", regex.IGNORECASE)


def _read(path: Path, document: Any) -> tuple[BoundedParse, float] | None:
    try:
        blob, split = pickle.loads(path.read_bytes())
    except Exception:  # missing, or half-written by a run that was killed: parse that chunk again
        return None
    try:
        seconds = float(path.with_suffix(".seconds").read_text())
    except (OSError, ValueError):  # entries made before parse times were kept
        seconds = 0.0
    return BoundedParse(document.from_serialized(blob), tuple(split)), seconds


def _write(path: Path, parse: BoundedParse, seconds: float) -> None:
    # write-then-rename, so another run reading the same cache never sees half an entry; the parse time goes
    # beside the entry rather than into it, so entries stay readable by runs that do not know about it
    for target, data in (
        (path.with_suffix(".seconds"), str(seconds).encode()),
        (path, pickle.dumps((parse.document.to_serialized(), parse.split))),
    ):
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)


class _Lazy:
    """A pipeline built on first attribute access."""

    def __init__(self, build: Any) -> None:
        self._build = build
        self._real: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            self._real = self._build()
        return getattr(self._real, name)
