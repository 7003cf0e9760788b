"""The public entry points: :func:`extract` for one text, :class:`Extractor` for many.

Stages, top to bottom (each a module of its own, testable alone):
paragraphs → language per paragraph → quote spans (scanner) → sentence selection → Stanza parse
(batched, one cached pipeline per language) → attribution sieves → speaker resolution → :class:`Quote`.

:meth:`Extractor.pipe` runs the text-only stages per document, parses the chunks of a whole batch of documents
in one Stanza call per language, then finishes each document; a document that fails in its own stages becomes a
result with ``error`` set and never takes the batch down.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from quotekit.errors import InvalidInputError, ModelNotFoundError, QuotekitError, UnsupportedLanguageError
from quotekit.language import paragraph_languages
from quotekit.lexicon import cue_surface_pattern
from quotekit.models import ExtractionResult, Language, Quote, Span
from quotekit.nlp import LANGUAGES, Pipelines
from quotekit.paragraphs import Paragraph, split_paragraphs, unwrap_lines
from quotekit.parser_input import parser_text
from quotekit.scanner import QuoteSpan, scan_quotes
from quotekit.selection import Chunk, select_chunks, selection_counts
from quotekit.tree import ParsedSentence, sentences_from_stanza

__all__ = ["DocumentInput", "Extractor", "StageTimes", "extract"]

logger = logging.getLogger(__name__)

DocumentInput = str | tuple[str, str] | Mapping[str, Any]
"""What :meth:`Extractor.pipe` accepts per document: a text, a ``(text, id)`` pair or a ``{"id", "text"}`` dict."""


@dataclass
class StageTimes:
    """Seconds spent per stage since the extractor was made (read by the benchmarks)."""

    scan: float = 0.0
    language: float = 0.0
    select: float = 0.0
    parse: float = 0.0
    attribution: float = 0.0
    resolution: float = 0.0
    sentences_total: int = 0
    sentences_parsed: int = 0

    def as_dict(self) -> dict[str, float]:
        return dict(self.__dict__)


@dataclass
class _Work:
    """One document between the stages."""

    doc_id: str | None
    text: str
    """The text every stage reads: the document, or its same-length unwrapped copy when it is hard-wrapped."""
    original: str | None = None
    """The document as given, when ``text`` is an unwrapped copy of it."""
    paragraphs: list[Paragraph] = field(default_factory=list)
    languages: list[Language | None] = field(default_factory=list)
    spans: list[QuoteSpan] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    sentences: list[ParsedSentence] = field(default_factory=list)
    error: str | None = None


def _as_record(item: DocumentInput) -> tuple[str | None, Any]:
    """(id, text) of one pipe() input; the text is validated later so a bad item only fails itself."""
    if isinstance(item, str):
        return None, item
    if isinstance(item, tuple) and len(item) == 2:
        return (None if item[1] is None else str(item[1])), item[0]
    if isinstance(item, Mapping):
        doc_id = item.get("id")
        return (None if doc_id is None else str(doc_id)), item.get("text")
    return None, item


class Extractor:
    """Holds the Stanza pipelines and settings; reuse one for many documents.

    Args:
        lang: ``"auto"`` (decide per paragraph), ``"en"`` or ``"de"`` (force one language).
        models_dir: where the Stanza models live; default ``STANZA_RESOURCES_DIR`` or Stanza's own default.
        offline: never download models; default from ``QUOTEKIT_OFFLINE=1``, else False (download when missing).
        indirect: also report indirect speech (reported statements without quotation marks).
        selective: parse only the sentences that matter (quotes, their neighbours, speech cues); False parses
            whole paragraphs.

    Constructing an extractor loads nothing; each language's pipeline is loaded on first use.
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
        if lang != "auto" and lang not in LANGUAGES:
            raise UnsupportedLanguageError(f"lang must be 'auto', 'en' or 'de', not {lang!r}")
        self.lang = lang
        self.indirect = indirect
        self.selective = selective
        self.pipelines = Pipelines(models_dir=models_dir, offline=offline)
        self.times = StageTimes()

    # -- public --------------------------------------------------------------------------------------------

    def extract(self, text: str | Any, *, doc_id: str | None = None) -> ExtractionResult:
        """Extract the quotes of one text, or of an already parsed ``stanza.Document`` (no parsing then).

        Raises:
            InvalidInputError: ``text`` is neither a string nor a parsed Stanza document.
            ModelNotFoundError: the models for a needed language are missing and cannot be downloaded.
        """
        if _is_stanza_document(text):
            return self._extract_parsed(text, doc_id)
        if not isinstance(text, str):
            raise InvalidInputError(f"extract() takes a str or a stanza.Document, not {type(text).__name__}")
        work = _Work(doc_id, text)
        self._prepare(work)
        if work.error is None:
            self._parse([work])
        return self._finish(work)

    def pipe(
        self, docs: Iterable[DocumentInput], *, batch_size: int = 16, progress: bool = False
    ) -> Iterator[ExtractionResult]:
        """Extract from many documents, batching Stanza work across them; yields results in input order.

        A document that fails yields a result whose ``error`` says why; the others are unaffected. Missing
        models are not a document's fault and raise :class:`ModelNotFoundError`.
        """
        if batch_size < 1:
            raise InvalidInputError("batch_size must be at least 1")
        bar = _progress_bar(progress)
        batch: list[_Work] = []
        for i, item in enumerate(docs):
            doc_id, text = _as_record(item)
            work = _Work(doc_id, text if isinstance(text, str) else "")
            if not isinstance(text, str):
                work.error = f"InvalidInputError: document {doc_id or i} has no text (got {type(text).__name__})"
            else:
                self._prepare(work)
            batch.append(work)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, bar)
                batch = []
        if batch:
            yield from self._run_batch(batch, bar)
        if bar is not None:
            bar.close()

    # -- stages --------------------------------------------------------------------------------------------

    def _run_batch(self, batch: list[_Work], bar: Any) -> Iterator[ExtractionResult]:
        self._parse([w for w in batch if w.error is None])
        for w in batch:
            yield self._finish(w)
            if bar is not None:
                bar.update(1)

    def _prepare(self, work: _Work) -> None:
        """The text-only stages: paragraphs, languages, quote spans, sentence selection."""
        try:
            t0 = time.perf_counter()
            unwrapped = unwrap_lines(work.text)
            if unwrapped is not work.text:
                work.original, work.text = work.text, unwrapped
            text = work.text
            work.paragraphs = split_paragraphs(text)
            t1 = time.perf_counter()
            if self.lang == "auto":
                work.languages = list(paragraph_languages(text, work.paragraphs))
            else:
                work.languages = [self.lang for _ in work.paragraphs]  # type: ignore[misc]
            t2 = time.perf_counter()
            work.spans = scan_quotes(text)
            t3 = time.perf_counter()
            marks = [(s.open[0] if s.open else s.start, s.close[1] if s.close else s.end) for s in work.spans]
            patterns = {lang: cue_surface_pattern(lang) for lang in LANGUAGES}
            work.chunks = select_chunks(
                text, work.paragraphs, work.languages, marks, patterns, selective=self.selective, indirect=self.indirect
            )
            counts = selection_counts(text, work.chunks, work.paragraphs)
            self.times.sentences_parsed += counts.sentences_parsed
            self.times.sentences_total += counts.sentences_total
            t4 = time.perf_counter()
            self.times.language += t2 - t1
            self.times.scan += (t3 - t2) + (t1 - t0)
            self.times.select += t4 - t3
        except QuotekitError as exc:
            work.error = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # a document must never take the batch down
            logger.exception("quotekit failed on document %s", work.doc_id)
            work.error = f"{type(exc).__name__}: {exc}"

    def _parse(self, works: Sequence[_Work]) -> None:
        """Parse the selected chunks of all documents, one batched Stanza call per language."""
        by_lang: dict[str, list[tuple[_Work, Chunk]]] = defaultdict(list)
        for w in works:
            for c in w.chunks:
                by_lang[c.lang].append((w, c))
        t0 = time.perf_counter()
        for lang, items in by_lang.items():
            texts = [parser_text(w.text[c.start : c.end], lang) for w, c in items]
            try:
                docs = self.pipelines.parse(lang, texts)
            except ModelNotFoundError:
                raise
            except Exception:
                # Something in one chunk broke the batch: parse one by one so only its document fails.
                logger.warning("batched parse failed for %s; retrying chunk by chunk", lang, exc_info=True)
                docs = []
                for (w, _), t in zip(items, texts, strict=True):
                    try:
                        docs.extend(self.pipelines.parse(lang, [t]))
                    except ModelNotFoundError:
                        raise
                    except Exception as exc:
                        w.error = f"parse failed: {type(exc).__name__}: {exc}"
                        docs.append(None)
            for (w, c), doc in zip(items, docs, strict=True):
                if doc is not None and w.error is None:
                    w.sentences.extend(sentences_from_stanza(doc, lang, offset=c.start))
        for w in works:
            w.sentences.sort(key=lambda s: s.start)
        self.times.parse += time.perf_counter() - t0

    def _finish(self, work: _Work) -> ExtractionResult:
        from quotekit.assemble import assemble

        original = work.original if work.original is not None else work.text
        if work.error is not None:
            return ExtractionResult(id=work.doc_id, text=original, error=work.error)
        try:
            result = assemble(
                work.text,
                doc_id=work.doc_id,
                paragraphs=work.paragraphs,
                languages=work.languages,
                spans=work.spans,
                sentences=work.sentences,
                indirect=self.indirect,
                times=self.times,
            )
            return result if work.original is None else _as_written(result, work.original)
        except Exception as exc:
            logger.exception("quotekit failed on document %s", work.doc_id)
            return ExtractionResult(id=work.doc_id, text=original, error=f"{type(exc).__name__}: {exc}")

    def _extract_parsed(self, doc: Any, doc_id: str | None) -> ExtractionResult:
        text = doc.text
        if not isinstance(text, str):
            raise InvalidInputError("the stanza.Document has no text; build it from raw text")
        work = _Work(doc_id, text)
        self._prepare(work)
        if work.error is not None:
            return self._finish(work)
        langs = work.languages
        paras = work.paragraphs
        from quotekit.paragraphs import paragraph_at

        sentences = sentences_from_stanza(doc, "en", text=text)
        fixed = []
        for s in sentences:
            lang = langs[paragraph_at(paras, s.start)] if paras else None
            fixed.append(ParsedSentence(s.words, lang or "en", s.start, s.end))
        work.sentences = fixed
        return self._finish(work)


def _as_written(obj: Any, text: str) -> Any:
    """``obj`` (a result built on the unwrapped copy) with every span's text taken from the document as written,
    so ``text[q.start:q.end] == q.text`` holds for the caller's text, line breaks included. Names stay as built:
    ``Miss Bartlett`` reads better than a name with a line break in it."""
    if isinstance(obj, tuple):
        items = tuple(_as_written(x, text) for x in obj)
        return obj if all(a is b for a, b in zip(items, obj, strict=True)) else items
    if not isinstance(obj, BaseModel):
        return obj
    update: dict[str, Any] = {}
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        new = _as_written(value, text)
        if new is not value:
            update[name] = new
    if isinstance(obj, Span | Quote):
        update["text"] = text[obj.start : obj.end]
    elif isinstance(obj, ExtractionResult):
        update["text"] = text
    return obj.model_copy(update=update) if update else obj


def _is_stanza_document(obj: Any) -> bool:
    return type(obj).__name__ == "Document" and hasattr(obj, "sentences") and hasattr(obj, "text")


def _progress_bar(progress: bool) -> Any:
    if not progress:
        return None
    try:
        from tqdm.auto import tqdm
    except ImportError:  # progress is a nicety; without tqdm, go without
        logger.info("install tqdm for a progress bar")
        return None
    return tqdm(unit="doc", desc="quotekit")


_DEFAULT_EXTRACTORS: dict[tuple[Any, ...], Extractor] = {}


def extract(text: str | Any, *, lang: str = "auto", **settings: Any) -> ExtractionResult:
    """Extract the quotes of one text with a cached :class:`Extractor` (``settings`` are its arguments).

    >>> result = extract("“We are ready,” said Rao.")  # doctest: +SKIP
    >>> result.quotes[0].speaker.name  # doctest: +SKIP
    'Rao'
    """
    key = (lang, *sorted((k, str(v)) for k, v in settings.items()))
    extractor = _DEFAULT_EXTRACTORS.get(key)
    if extractor is None:
        extractor = _DEFAULT_EXTRACTORS[key] = Extractor(lang=lang, **settings)
    return extractor.extract(text)
