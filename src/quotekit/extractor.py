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
import os
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotekit.errors import InvalidInputError, ModelNotFoundError, QuotekitError, UnsupportedLanguageError
from quotekit.inputs import DocumentInput, as_record, check_documents, normalize_text, with_notes
from quotekit.language import mask_paragraphs, paragraph_languages, unsupported_paragraphs
from quotekit.lexicon import cue_surface_pattern
from quotekit.models import ExtractionResult, Language
from quotekit.nlp import LANGUAGES, Pipelines
from quotekit.paragraphs import Paragraph, split_paragraphs
from quotekit.parse_bounds import BoundedParse, flag_split_quotes, split_ranges
from quotekit.parser_input import parser_text
from quotekit.progress import Progress
from quotekit.scanner import QuoteSpan, scan_quotes
from quotekit.selection import Chunk, drop_label_floods, select_chunks, selection_counts
from quotekit.tree import ParsedSentence, sentences_from_stanza

__all__ = ["DocumentInput", "Extractor", "StageTimes", "cached_extractor", "extract"]

logger = logging.getLogger(__name__)


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
    paragraphs: list[Paragraph] = field(default_factory=list)
    languages: list[Language | None] = field(default_factory=list)
    spans: list[QuoteSpan] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    sentences: list[ParsedSentence] = field(default_factory=list)
    error: str | None = None
    split: list[tuple[int, int]] = field(default_factory=list)  # sentences cut for the parser (parse_bounds)
    warnings: tuple[str, ...] = ()  # input repairs (inputs.normalize_text)
    skipped: list[int] = field(default_factory=list)  # paragraphs in unsupported languages


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

        A lone surrogate in ``text`` is replaced by U+FFFD in the result's text (offsets keep) and noted in its
        ``warnings``.

        Raises:
            InvalidInputError: ``text`` is neither a string nor a parsed Stanza document, or is binary data
                (holds NUL characters).
            ModelNotFoundError: the models for a needed language are missing and cannot be downloaded.
            ModelLoadError: a model file is broken (a subclass of ModelNotFoundError).
        """
        if _is_stanza_document(text):
            return self._extract_parsed(text, doc_id)
        if not isinstance(text, str):
            raise InvalidInputError(f"extract() takes a str or a stanza.Document, not {type(text).__name__}")
        clean, warnings = normalize_text(text)
        work = _Work(doc_id, clean, warnings=warnings)
        self._prepare(work)
        if work.error is None:
            self._parse([work])
        return self._finish(work)

    def pipe(
        self, docs: Iterable[DocumentInput], *, batch_size: int = 16, progress: bool = False
    ) -> Iterator[ExtractionResult]:
        """Extract from many documents, batching Stanza work across them; yields results in input order.

        A document that fails yields a result whose ``error`` says why; the others are unaffected. Missing or
        broken models are not a document's fault: they raise :class:`ModelNotFoundError` (or its subclass
        :class:`ModelLoadError`), checked for every language of the first batch before its first result, so a
        run with a broken model yields nothing rather than a few "successes". When ``docs`` itself raises while
        being read, the documents already read are finished and yielded first, then the error is raised again.

        Raises:
            InvalidInputError: at the call, not at the first ``next()``: ``docs`` is a single string (or bytes),
                not an iterable, or ``batch_size`` is below 1.
        """
        check_documents(docs)
        if not isinstance(batch_size, int) or batch_size < 1:
            raise InvalidInputError(f"batch_size must be an integer of at least 1, not {batch_size!r}")
        return self._pipe(docs, batch_size, progress)

    def _pipe(self, docs: Iterable[DocumentInput], batch_size: int, progress: bool) -> Iterator[ExtractionResult]:
        bar = Progress(len(docs) if isinstance(docs, Sized) else None, True, notebook=True) if progress else None
        batch: list[_Work] = []
        first = True
        items = iter(docs)
        i = 0
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except Exception:
                # the caller's iterator broke: what it gave so far is still owed a result
                if batch:
                    yield from self._run_batch(batch, bar, first)
                raise
            batch.append(self._read(item, i))
            i += 1
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, bar, first)
                batch, first = [], False
        if batch:
            yield from self._run_batch(batch, bar, first)
        if bar is not None:
            bar.close()

    def _read(self, item: DocumentInput, i: int) -> _Work:
        """One pipe() item as a prepared document, or as a failed one that says why."""
        doc_id, text = as_record(item)
        if not isinstance(text, str):
            work = _Work(doc_id, "")
            work.error = f"InvalidInputError: document {doc_id or i} has no text (got {type(text).__name__})"
            return work
        try:
            clean, warnings = normalize_text(text)
            work = _Work(doc_id, clean, warnings=warnings)
        except InvalidInputError as exc:
            work = _Work(doc_id, text.replace("\x00", "\ufffd"))
            work.error = f"InvalidInputError: {exc}"
            return work
        self._prepare(work)
        return work

    # -- stages --------------------------------------------------------------------------------------------

    def _run_batch(self, batch: list[_Work], bar: Progress | None, first: bool = False) -> Iterator[ExtractionResult]:
        if bar is not None:
            _load_for_progress(self.pipelines, batch, bar)
        if first:  # fail on a missing or broken model before the first result, not after a few "successes"
            for lang in sorted({lang for w in batch if w.error is None for lang in w.languages if lang}):
                self.pipelines.get(lang)
        self._parse([w for w in batch if w.error is None])
        for w in batch:
            yield self._finish(w)
            if bar is not None:
                bar.update(1)

    def _prepare(self, work: _Work) -> None:
        """The text-only stages: paragraphs, languages, quote spans, sentence selection."""
        try:
            text = work.text
            t0 = time.perf_counter()
            work.paragraphs = split_paragraphs(text)
            t1 = time.perf_counter()
            if self.lang == "auto":
                work.languages = list(paragraph_languages(text, work.paragraphs))
                work.skipped = unsupported_paragraphs(text, work.paragraphs)  # neither en nor de: no quotes
                for k in work.skipped:
                    work.languages[k] = None
                text = mask_paragraphs(text, work.paragraphs, work.skipped)  # the later stages see blanks there
            else:
                work.languages = [self.lang for _ in work.paragraphs]  # type: ignore[misc]
            t2 = time.perf_counter()
            work.spans = drop_label_floods(text, work.paragraphs, scan_quotes(text))  # pages of scare quotes
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
                docs: list[BoundedParse | None] = [*self.pipelines.parse_bounded(lang, texts)]
            except ModelNotFoundError:
                raise
            except Exception:
                # Something in one chunk broke the batch: parse one by one so only its document fails.
                logger.warning("batched parse failed for %s; retrying chunk by chunk", lang, exc_info=True)
                docs = []
                for (w, _), t in zip(items, texts, strict=True):
                    try:
                        docs.extend(self.pipelines.parse_bounded(lang, [t]))
                    except ModelNotFoundError:
                        raise
                    except Exception as exc:
                        w.error = f"parse failed: {type(exc).__name__}: {exc}"
                        docs.append(None)
            for (w, c), doc in zip(items, docs, strict=True):
                if doc is not None and w.error is None:
                    w.sentences.extend(sentences_from_stanza(doc.document, lang, offset=c.start))
                    w.split.extend(split_ranges(doc, offset=c.start))
        for w in works:
            w.sentences.sort(key=lambda s: s.start)
        self.times.parse += time.perf_counter() - t0

    def _finish(self, work: _Work) -> ExtractionResult:
        from quotekit.assemble import assemble

        if work.error is not None:
            return ExtractionResult(id=work.doc_id, text=work.text, error=work.error, warnings=work.warnings)
        try:
            result = assemble(
                work.text,
                doc_id=work.doc_id,
                paragraphs=work.paragraphs,
                languages=work.languages,
                spans=flag_split_quotes(work.spans, work.split),
                sentences=work.sentences,
                indirect=self.indirect,
                times=self.times,
            )
        except Exception as exc:
            logger.exception("quotekit failed on document %s", work.doc_id)
            return ExtractionResult(id=work.doc_id, text=work.text, error=f"{type(exc).__name__}: {exc}")
        return with_notes(result, work.warnings, work.skipped)

    def _extract_parsed(self, doc: Any, doc_id: str | None) -> ExtractionResult:
        text = doc.text
        if not isinstance(text, str):
            raise InvalidInputError("the stanza.Document has no text; build it from raw text")
        clean, warnings = normalize_text(text)
        work = _Work(doc_id, clean, warnings=warnings)
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


def _is_stanza_document(obj: Any) -> bool:
    return type(obj).__name__ == "Document" and hasattr(obj, "sentences") and hasattr(obj, "text")


def _load_for_progress(pipelines: Pipelines, batch: list[_Work], bar: Progress) -> None:
    """Load the batch's pipelines before parsing, so the bar says so and leaves the load out of its estimate."""
    missing = {c.lang for w in batch if w.error is None for c in w.chunks} - set(pipelines.loaded())
    t0 = time.perf_counter()
    for lang in sorted(missing):
        bar.status(f"loading {lang} models")
        try:
            pipelines.get(lang)
        except ModelNotFoundError:
            raise
        except Exception:  # _parse meets the same failure and handles it per document
            break
    bar.exclude(time.perf_counter() - t0)
    bar.status(f"parsing {len(batch)} documents")


# ---- the one extractor cache (used by extract(), the CLI and quotekit.parallel) ---------------------------

_EXTRACTORS: dict[tuple[Any, ...], Extractor] = {}
_EXTRACTORS_LOCK = threading.Lock()


def cached_extractor(**settings: Any) -> Extractor:
    """This process's :class:`Extractor` for ``settings`` (its keyword arguments), built once and reused.

    Loading the Stanza pipelines costs seconds, so :func:`extract`, the CLI (which may run many times in one
    process: a notebook, the tests) and each worker of :mod:`quotekit.parallel` share this one cache. The
    environment variables that decide defaults (``STANZA_RESOURCES_DIR``, ``QUOTEKIT_OFFLINE``) are part of the
    key, so changing them gives a fresh extractor rather than one bound to the old models directory.
    """
    env = tuple(os.environ.get(k) for k in ("STANZA_RESOURCES_DIR", "QUOTEKIT_OFFLINE"))
    key = (*sorted((k, repr(v)) for k, v in settings.items()), env)
    with _EXTRACTORS_LOCK:
        extractor = _EXTRACTORS.get(key)
        if extractor is None:
            extractor = _EXTRACTORS[key] = Extractor(**settings)
    return extractor


def extract(text: str | Any, *, lang: str = "auto", **settings: Any) -> ExtractionResult:
    """Extract the quotes of one text with a cached :class:`Extractor` (``settings`` are its arguments).

    >>> result = extract("“We are ready,” said Rao.")  # doctest: +SKIP
    >>> result.quotes[0].speaker.name  # doctest: +SKIP
    'Rao'
    """
    return cached_extractor(lang=lang, **settings).extract(text)
