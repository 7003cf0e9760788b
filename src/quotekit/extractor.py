"""The public entry points: :func:`extract` for one text, :class:`Extractor` for many.

Stages, top to bottom (each a module of its own, testable alone):
paragraphs → language per paragraph → quote spans (scanner) → sentence selection → Stanza parse
(batched, one cached pipeline per language) → attribution sieves → speaker resolution → :class:`Quote`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from quotekit.models import ExtractionResult

__all__ = ["DocumentInput", "Extractor", "extract"]

DocumentInput = str | tuple[str, str] | Mapping[str, Any]
"""What :meth:`Extractor.pipe` accepts per document: a text, a ``(text, id)`` pair or a ``{"id", "text"}`` dict."""


class Extractor:
    """Holds the Stanza pipelines and settings; reuse one for many documents.

    Args:
        lang: ``"auto"`` (decide per paragraph), ``"en"`` or ``"de"`` (force one language).
        models_dir: where the Stanza models live; default ``STANZA_RESOURCES_DIR`` or Stanza's own default.
        offline: never download models; default from ``QUOTEKIT_OFFLINE=1``, else False (download when missing).
        indirect: also report indirect speech (reported statements without quotation marks).
        selective: parse only the sentences that matter (quotes, their neighbours, speech cues); False parses
            whole paragraphs.
    """

    def __init__(
        self,
        *,
        lang: str = "auto",
        models_dir: str | Path | None = None,
        offline: bool | None = None,
        indirect: bool = True,
        selective: bool = True,
    ) -> None:
        raise NotImplementedError

    def extract(self, text: str | Any, *, doc_id: str | None = None) -> ExtractionResult:
        """Extract the quotes of one text (or of an already parsed ``stanza.Document``)."""
        raise NotImplementedError

    def pipe(
        self, docs: Iterable[DocumentInput], *, batch_size: int = 16, progress: bool = False
    ) -> Iterator[ExtractionResult]:
        """Extract from many documents, batching Stanza work across them; yields results in input order.

        A document that fails yields a result whose ``error`` says why; the others are unaffected.
        """
        raise NotImplementedError


def extract(text: str | Any, *, lang: str = "auto", **settings: Any) -> ExtractionResult:
    """Extract the quotes of one text with a cached :class:`Extractor` (see its arguments)."""
    raise NotImplementedError
