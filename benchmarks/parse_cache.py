"""Stanza parses kept on disk, so evaluation runs that change only attribution skip the parser.

Used by ``evaluate.py --parse-cache DIR``. An entry is keyed by the language, the models directory, the parser's
sentence bound and the exact chunk text, so a change to selection (other chunks) or to the bound misses the cache
and parses afresh, while every unchanged chunk is read back. Delete the directory after changing models.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotekit.nlp import Pipelines
from quotekit.parse_bounds import MAX_WORDS, BoundedParse


class CachedPipelines(Pipelines):
    """:class:`quotekit.nlp.Pipelines` that reads each chunk's parse from ``cache`` when it has been parsed before."""

    def __init__(self, cache: str | Path, models_dir: str | Path | None = None, offline: bool | None = None) -> None:
        super().__init__(models_dir=models_dir, offline=offline)
        self.cache = Path(cache)
        self.cache.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0

    def get(self, lang: str) -> Any:
        # The extractor asks for every language's pipeline before the first batch, to fail early on broken
        # models; a fully cached run never needs one, so the models load on first real use instead.
        return _Lazy(lambda: Pipelines.get(self, lang))

    def _path(self, lang: str, text: str) -> Path:
        key = f"{lang}\0{self.models_dir}\0{MAX_WORDS}\0{text}".encode("utf-8", "surrogatepass")
        return self.cache / hashlib.sha1(key).hexdigest()

    def parse_bounded(self, lang: str, texts: Sequence[str]) -> list[BoundedParse]:
        from stanza import Document

        out: list[BoundedParse | None] = []
        todo: list[int] = []
        for i, text in enumerate(texts):
            parse = _read(self._path(lang, text), Document)
            out.append(parse)
            if parse is None:
                todo.append(i)
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            for i, parse in zip(todo, super().parse_bounded(lang, [texts[i] for i in todo]), strict=True):
                _write(self._path(lang, texts[i]), parse)
                out[i] = parse
        return [p for p in out if p is not None]


def _read(path: Path, document: Any) -> BoundedParse | None:
    try:
        blob, split = pickle.loads(path.read_bytes())
    except Exception:  # a half-written entry of a run that was killed: parse that chunk again
        return None
    return BoundedParse(document.from_serialized(blob), tuple(split))


def _write(path: Path, parse: BoundedParse) -> None:
    # write-then-rename, so another run reading the same cache never sees half an entry
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(pickle.dumps((parse.document.to_serialized(), parse.split)))
    tmp.replace(path)


class _Lazy:
    """A pipeline built on first attribute access."""

    def __init__(self, build: Any) -> None:
        self._build = build
        self._real: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._real is None:
            self._real = self._build()
        return getattr(self._real, name)
