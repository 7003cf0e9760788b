"""The public entry points: :func:`extract` for one text, :class:`Extractor` for many.

The one place the pipeline is wired. Stages, top to bottom, each a function below that calls a module of its
own (testable alone): scan (paragraphs, quote spans) → language per paragraph → sentence selection → Stanza
parse (batched, one cached pipeline per language) → classify the quotes → attribute them (sieves) → reported
speech → speaker resolution → build the :class:`~quotekit.models.ExtractionResult`. Each stage is timed into
the call's :class:`StageTimes`.

:meth:`Extractor.pipe` runs the text-only stages per document, parses the chunks of a whole batch of documents
in one Stanza call per language, then finishes each document; a document that fails in its own stages becomes a
result with ``error`` set and never takes the batch down.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel

from quotekit.assemble import Entry, build_result, quote_region
from quotekit.attribution.chain import DEFAULT_CHAIN, attribute
from quotekit.attribution.classify import QuoteClassifier
from quotekit.attribution.context import Attribution, QuoteTarget
from quotekit.attribution.dialogue import find_addressees
from quotekit.attribution.fragments import fragment_clause, lead_in_span, statement_span
from quotekit.attribution.reported import ReportedStatement, find_embedded, find_indirect, nominative_speaker
from quotekit.attribution.resolution import Resolution, resolve_speakers
from quotekit.attribution.rules import Rule, check_chain
from quotekit.errors import InvalidInputError, ModelNotFoundError, QuotekitError
from quotekit.inputs import DocumentInput, as_record, check_documents, normalize_text, with_notes
from quotekit.lang import LANGUAGES, check_lang, profile
from quotekit.language import mask_paragraphs, paragraph_languages, unsupported_paragraphs
from quotekit.lexicon import anaphoric_opening_pattern, cue_surface_pattern, is_cue, report_surface_pattern
from quotekit.lexicon import words as lexicon_words
from quotekit.models import ExtractionResult, Language, Quote, QuoteFlag, QuoteKind, Span
from quotekit.nlp import Pipelines
from quotekit.paragraphs import Paragraph, paragraph_at, split_paragraphs, unwrap_lines
from quotekit.parse_bounds import BoundedParse, flag_split_quotes, split_ranges
from quotekit.parser_input import parser_text
from quotekit.progress import Progress
from quotekit.regions import SpanIndex
from quotekit.scanner import QuoteSpan, conventions, scan_quotes
from quotekit.selection import Chunk, drop_label_floods, select_chunks, selection_counts
from quotekit.tree import ParsedSentence, sentences_from_stanza

__all__ = ["DocumentInput", "Extractor", "StageTimes", "cached_extractor", "extract"]

logger = logging.getLogger(__name__)


@dataclass
class StageTimes:
    """Seconds per stage of one :meth:`Extractor.extract` or :meth:`Extractor.pipe` call, and how much of the
    text was parsed.

    Pass a fresh one as ``timings=`` to read a call's figures; the extractor keeps none of its own, so a cached
    or shared extractor never mixes calls.
    """

    scan: float = 0.0
    language: float = 0.0
    select: float = 0.0
    parse: float = 0.0
    classify: float = 0.0
    attribute: float = 0.0
    reported: float = 0.0
    resolve: float = 0.0
    build: float = 0.0
    sentences_total: int = 0
    sentences_parsed: int = 0

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Add the seconds the ``with`` body takes to stage ``name``."""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            setattr(self, name, getattr(self, name) + time.perf_counter() - t0)

    @property
    def attribution(self) -> float:
        """Deciding what the quotes are and who said them: classify + attribute + reported."""
        return self.classify + self.attribute + self.reported

    @property
    def resolution(self) -> float:
        """Speaker resolution (the ``resolve`` stage)."""
        return self.resolve

    def as_dict(self) -> dict[str, float]:
        return {**self.__dict__, "attribution": self.attribution, "resolution": self.resolution}


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
    visible: str = ""
    """The text the scanner and the selection see: ``text`` with unsupported-language paragraphs blanked."""
    split: list[tuple[int, int]] = field(default_factory=list)  # sentences cut for the parser (parse_bounds)
    warnings: tuple[str, ...] = ()  # input repairs (inputs.normalize_text)
    skipped: list[int] = field(default_factory=list)  # paragraphs in unsupported languages
    scare_quotes: list[int] = field(default_factory=list)
    """Scanner indices of stretches dropped as scare quotes for want of speech evidence (see ``classify``)."""


class Extractor:
    """Holds the Stanza pipelines and settings; reuse one for many documents.

    Args:
        lang: ``"auto"`` (decide per paragraph), ``"en"`` or ``"de"`` (force one language).
        models_dir: where the Stanza models live; default ``STANZA_RESOURCES_DIR`` or Stanza's own default.
        offline: never download models; default from ``QUOTEKIT_OFFLINE=1``, else False (download when missing).
        indirect: also report indirect speech (reported statements without quotation marks).
        embedded: also report speech that a quoted character reports inside their quotation (``»Er sagte mir,
            er komme morgen.«``: ``er komme morgen``, spoken by ``er``), as statements with
            :attr:`~quotekit.models.Quote.within` set to the quotation's index. Off by default: news corpora do
            not annotate it and it costs their precision; literary corpora (Redewiedergabe's level-2 speech) do
            (docs/literary-steps.md, ninth step). Needs ``indirect``.
        selective: parse only the sentences that matter (quotes, their neighbours, speech cues); False parses
            whole paragraphs.
        rules: the attribution rules, in the order they run; default
            :data:`~quotekit.attribution.chain.DEFAULT_CHAIN`. Drop, reorder or add rules with a tuple of your own
            (see docs/attribution.md).
        tokenizer: who splits the parsed chunks into sentences and tokens: ``"stanza"`` (its neural tokenizer)
            or ``"quotekit"`` (rules, :mod:`quotekit.pretokenize`; skips a quarter of Stanza's work).
        threads: torch threads while parsing, a setting of the whole process; None (the default) keeps torch's
            (one per core), the fastest wall time for one process on a quiet machine. Use 1 where other processes
            compete for the cores (several workers, a shared machine): a single thread costs about 10% less CPU
            on a quiet machine and far less than torch's spinning threads under contention; the scale-out
            workers (:mod:`quotekit.parallel`) use 1 (docs/performance.md, "Threads").

    Constructing an extractor loads nothing; each language's pipeline is loaded on first use.

    Every document runs the same stages, in this order, each a function below timed into the call's
    :class:`StageTimes`: scan → language → select (text only, per document) → parse (one batched Stanza call
    per language for a whole batch of documents) → classify → attribute → reported → resolve → build.
    """

    def __init__(
        self,
        *,
        lang: str = "auto",
        models_dir: str | Path | None = None,
        offline: bool | None = None,
        indirect: bool = True,
        embedded: bool = False,
        selective: bool = True,
        rules: Sequence[Rule] = DEFAULT_CHAIN,
        tokenizer: str = "stanza",
        threads: int | None = None,
    ) -> None:
        if lang != "auto":
            check_lang(lang)
        if embedded and not indirect:
            # Embedded speech is found by the reported-speech rules; without them the option would do nothing.
            raise InvalidInputError("embedded=True needs indirect=True (speech inside quotations is reported speech)")
        self.lang = lang
        self.indirect = indirect
        self.embedded = embedded
        self.selective = selective
        self.rules = check_chain(rules)
        self.pipelines = Pipelines(models_dir=models_dir, offline=offline, tokenizer=tokenizer, threads=threads)

    # -- public --------------------------------------------------------------------------------------------

    def extract(
        self, text: str | Any, *, doc_id: str | None = None, timings: StageTimes | None = None
    ) -> ExtractionResult:
        """Extract the quotes of one text, or of an already parsed ``stanza.Document`` (no parsing then).

        ``timings``, when given, receives this call's seconds per stage. A lone surrogate in ``text`` is replaced
        by U+FFFD in the result's text (offsets keep) and noted in its ``warnings``.

        Raises:
            InvalidInputError: ``text`` is neither a string nor a parsed Stanza document, or is binary data
                (holds NUL characters).
            ModelNotFoundError: the models for a needed language are missing and cannot be downloaded.
            ModelLoadError: a model file is broken (a subclass of ModelNotFoundError).
        """
        times = timings if timings is not None else StageTimes()
        if _is_stanza_document(text):
            return self._extract_parsed(text, doc_id, times)
        if not isinstance(text, str):
            raise InvalidInputError(f"extract() takes a str or a stanza.Document, not {type(text).__name__}")
        clean, warnings = normalize_text(text)
        work = _Work(doc_id, clean, warnings=warnings)
        self._text_stages(work, times)
        if work.error is None:
            self._parse_stage([work], times)
        return self._document_stages(work, times)

    def pipe(
        self,
        docs: Iterable[DocumentInput],
        *,
        batch_size: int = 16,
        progress: bool = False,
        timings: StageTimes | None = None,
    ) -> Iterator[ExtractionResult]:
        """Extract from many documents, batching Stanza work across them; yields results in input order.

        A document that fails yields a result whose ``error`` says why; the others are unaffected. Missing or
        broken models are not a document's fault: they raise :class:`ModelNotFoundError` (or its subclass
        :class:`ModelLoadError`), checked for every language of the first batch before its first result, so a
        run with a broken model yields nothing rather than a few "successes". When ``docs`` itself raises while
        being read, the documents already read are finished and yielded first, then the error is raised again.
        ``timings``, when given, receives the seconds per stage of the whole call.

        Raises:
            InvalidInputError: at the call, not at the first ``next()``: ``docs`` is a single string (or bytes),
                not an iterable, or ``batch_size`` is below 1.
        """
        check_documents(docs)
        if not isinstance(batch_size, int) or batch_size < 1:
            raise InvalidInputError(f"batch_size must be an integer of at least 1, not {batch_size!r}")
        times = timings if timings is not None else StageTimes()
        return self._pipe(docs, batch_size, progress, times)

    def _pipe(
        self, docs: Iterable[DocumentInput], batch_size: int, progress: bool, times: StageTimes
    ) -> Iterator[ExtractionResult]:
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
                    yield from self._run_batch(batch, bar, times, first)
                raise
            batch.append(self._read(item, i, times))
            i += 1
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, bar, times, first)
                batch, first = [], False
        if batch:
            yield from self._run_batch(batch, bar, times, first)
        if bar is not None:
            bar.close()

    def _read(self, item: DocumentInput, i: int, times: StageTimes) -> _Work:
        """One pipe() item as a document through its text stages, or as a failed one that says why."""
        doc_id, text = as_record(item)
        if not isinstance(text, str):
            work = _Work(doc_id, "")
            work.error = f"InvalidInputError: document {doc_id or i} has no text (got {type(text).__name__})"
            return work
        try:
            clean, warnings = normalize_text(text)
        except InvalidInputError as exc:
            work = _Work(doc_id, text.replace("\x00", "\ufffd"))
            work.error = f"InvalidInputError: {exc}"
            return work
        work = _Work(doc_id, clean, warnings=warnings)
        self._text_stages(work, times)
        return work

    # -- the stages, in the order they run -----------------------------------------------------------------

    def _run_batch(
        self, batch: list[_Work], bar: Progress | None, times: StageTimes, first: bool = False
    ) -> Iterator[ExtractionResult]:
        if bar is not None:
            _load_for_progress(self.pipelines, batch, bar)
        if first:  # fail on a missing or broken model before the first result, not after a few "successes"
            for lang in sorted({lang for w in batch if w.error is None for lang in w.languages if lang}):
                self.pipelines.get(lang)
        self._parse_stage([w for w in batch if w.error is None], times)
        for w in batch:
            yield self._document_stages(w, times)
            if bar is not None:
                bar.update(1)

    def _text_stages(self, work: _Work, times: StageTimes) -> None:
        """scan → language → select: the stages that need no parse. A failure fails this document only."""
        try:
            with times.stage("scan"):
                unwrapped = unwrap_lines(work.text)  # hard-wrapped prose: line breaks inside paragraphs as spaces
                if unwrapped is not work.text:
                    work.original, work.text = work.text, unwrapped
                work.paragraphs = split_paragraphs(work.text)
            with times.stage("language"):
                detect_languages(work, self.lang)
            with times.stage("scan"):
                scan(work)
            with times.stage("select"):
                select(work, times, selective=self.selective, indirect=self.indirect)
        except QuotekitError as exc:
            work.error = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # a document must never take the batch down
            logger.exception("quotekit failed on document %s", work.doc_id)
            work.error = f"{type(exc).__name__}: {exc}"

    def _parse_stage(self, works: Sequence[_Work], times: StageTimes) -> None:
        with times.stage("parse"):
            parse(works, self.pipelines)

    def _document_stages(self, work: _Work, times: StageTimes) -> ExtractionResult:
        """classify → attribute → reported → resolve → build, for one parsed document."""
        written = work.original if work.original is not None else work.text
        if work.error is not None:
            return ExtractionResult(id=work.doc_id, text=written, error=work.error, warnings=work.warnings)
        try:
            work.spans = flag_split_quotes(work.spans, work.split)  # before any entry copies a span
            with times.stage("classify"):
                kept = classify(work)
            with times.stage("attribute"):
                entries = attribute_quotes(work, kept, self.rules)
            with times.stage("reported"):
                if self.indirect:
                    entries = add_reported(work, entries, self.rules, embedded=self.embedded)
                # A quotation before the statements it holds when they open together (outer first, as the
                # nesting reads and as Redewiedergabe lists a level-1 segment before its level-2 twin).
                entries.sort(key=lambda e: (e.start, e.within is not None, e.end))
            with times.stage("resolve"):
                resolved = resolve(work, entries)
            with times.stage("build"):
                result = build_result(
                    work.text,
                    doc_id=work.doc_id,
                    paragraphs=work.paragraphs,
                    languages=work.languages,
                    spans=work.spans,
                    entries=entries,
                    resolved=resolved,
                )
        except Exception as exc:
            logger.exception("quotekit failed on document %s", work.doc_id)
            return ExtractionResult(
                id=work.doc_id, text=written, error=f"{type(exc).__name__}: {exc}", warnings=work.warnings
            )
        if work.original is not None:
            result = _as_written(result, work.original)
        return with_notes(result, work.warnings, work.skipped)

    def _extract_parsed(self, doc: Any, doc_id: str | None, times: StageTimes) -> ExtractionResult:
        text = doc.text
        if not isinstance(text, str):
            raise InvalidInputError("the stanza.Document has no text; build it from raw text")
        clean, warnings = normalize_text(text)
        work = _Work(doc_id, clean, warnings=warnings)
        self._text_stages(work, times)
        if work.error is not None:
            return self._document_stages(work, times)
        langs = work.languages
        paras = work.paragraphs
        sentences = sentences_from_stanza(doc, "en", text=text)
        fixed = []
        for s in sentences:
            lang = langs[paragraph_at(paras, s.start)] if paras else None
            fixed.append(ParsedSentence(s.words, lang or "en", s.start, s.end))
        work.sentences = fixed
        return self._document_stages(work, times)


# --- stage functions: each reads and fills one document's _Work --------------------------------------------


def detect_languages(work: _Work, lang: str) -> None:
    """One language per paragraph, detected (``lang="auto"``) or forced; paragraphs in a language quotekit
    does not support (French, Chinese …) are skipped, and blanked in the text the later text stages see."""
    work.visible = work.text
    if lang == "auto":
        work.languages = list(paragraph_languages(work.text, work.paragraphs))
        work.skipped = unsupported_paragraphs(work.text, work.paragraphs)
        for k in work.skipped:
            work.languages[k] = None
        work.visible = mask_paragraphs(work.text, work.paragraphs, work.skipped)
    else:
        work.languages = [lang for _ in work.paragraphs]  # type: ignore[misc]


def scan(work: _Work) -> None:
    """Quote spans: the scanner knows no language and no parse. A paragraph of nothing but scare quotes
    (hundreds of bare labels) is dropped here, before it costs attribution time."""
    spans = drop_label_floods(work.visible, work.paragraphs, scan_quotes(work.visible))
    work.spans = [_before_inline_tag(work, s) for s in spans]


# End punctuation inside an unclosed quotation and a lower-case word after it: where a tag may begin.
_INLINE_TAG = regex.compile(r"(?:[!?…]|\.\.\.)\s+(?=\p{Ll})")


def _before_inline_tag(work: _Work, s: QuoteSpan) -> QuoteSpan:
    """An unclosed quotation of one paragraph whose tag follows its own ``!``, ``?`` or ``…`` inside the
    paragraph, the closing mark left out (``»Schießen Sie nicht! rief Freund Brétignot, …``, ``»Dort?…
    erkundigte sich der Doctor noch einmal.``): the quotation ends before the tag, which is narration."""
    if QuoteFlag.UNCLOSED not in s.flags or s.depth > 0 or s.reopen or QuoteFlag.HAS_NESTED in s.flags:
        return s
    text = work.visible
    lang = _lang_at(work, s.start)
    if lang is None:
        return s
    cues = cue_surface_pattern(lang)
    for m in _INLINE_TAG.finditer(text, s.start, s.end):
        if cues.match(text, m.end()) is not None:
            return replace(s, end=m.start() + len(m.group().rstrip()))
    return s


def select(work: _Work, times: StageTimes, *, selective: bool, indirect: bool) -> None:
    """The chunks of text worth parsing: sentences with quotes, their neighbours, speech cues."""
    text = work.visible
    marks = [quote_region(s) for s in work.spans]
    patterns = {lang: cue_surface_pattern(lang) for lang in LANGUAGES}
    # Reported speech also hides in sentences without a cue verb (German Konjunktiv I, ``soll``, source nouns).
    reports = {lang: report_surface_pattern(lang) for lang in LANGUAGES} if indirect else None
    # ``Dies teilte ein Sprecher mit.`` reports the sentence before it, which must be parsed too.
    back = {lang: p for lang in LANGUAGES if (p := anaphoric_opening_pattern(lang)) is not None} if indirect else None
    work.chunks = select_chunks(
        text,
        work.paragraphs,
        work.languages,
        marks,
        patterns,
        selective=selective,
        indirect=indirect,
        report_patterns=reports,
        back_patterns=back,
    )
    counts = selection_counts(text, work.chunks, work.paragraphs)
    times.sentences_parsed += counts.sentences_parsed
    times.sentences_total += counts.sentences_total


def parse(works: Sequence[_Work], pipelines: Pipelines) -> None:
    """Parse the selected chunks of all documents, one batched Stanza call per language."""
    by_lang: dict[str, list[tuple[_Work, Chunk]]] = defaultdict(list)
    for w in works:
        for c in w.chunks:
            by_lang[c.lang].append((w, c))
    for lang, items in by_lang.items():
        texts = [parser_text(w.text[c.start : c.end], lang) for w, c in items]
        try:
            docs: list[BoundedParse | None] = [*pipelines.parse_bounded(lang, texts)]
        except ModelNotFoundError:
            raise
        except Exception:
            # Something in one chunk broke the batch: parse one by one so only its document fails.
            logger.warning("batched parse failed for %s; retrying chunk by chunk", lang, exc_info=True)
            docs = []
            for (w, _), t in zip(items, texts, strict=True):
                try:
                    docs.extend(pipelines.parse_bounded(lang, [t]))
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


def _para(work: _Work, offset: int) -> int:
    return paragraph_at(work.paragraphs, offset) if work.paragraphs else 0


def _lang_at(work: _Work, offset: int) -> Language | None:
    """The language of the paragraph at ``offset``; None where it is unknown."""
    k = _para(work, offset)
    return work.languages[k] if k < len(work.languages) else None


def classify(work: _Work) -> list[tuple[int, QuoteKind]]:
    """Top-level quote spans that are quotations (scanner index, direct or mixed); scare quotes and titles
    are nobody's quotation and drop out here (the scare quotes are noted in ``work.scare_quotes``)."""
    classifier = QuoteClassifier(work.text, work.sentences)
    classifier.remember_names([(qs.start, qs.end, qs.open, qs.close) for qs in work.spans if qs.depth == 0])
    kept: list[tuple[int, QuoteKind]] = []
    for i, qs in enumerate(work.spans):
        if qs.depth != 0:
            continue
        cls = classifier.classify(qs.start, qs.end, qs.open, qs.close)
        if cls != "none":
            kept.append((i, QuoteKind.MIXED if cls == "mixed" else QuoteKind.DIRECT))
        elif qs.start in classifier.scare_quotes:
            work.scare_quotes.append(i)
    return kept


def attribute_quotes(work: _Work, kept: Sequence[tuple[int, QuoteKind]], rules: Sequence[Rule]) -> list[Entry]:
    """Who said each quotation, by the chain's quotation rules."""
    spans = work.spans
    targets = [
        QuoteTarget(index=k, start=spans[i].start, end=spans[i].end, open=spans[i].open, close=spans[i].close,
                    paragraph=_para(work, spans[i].start))
        for k, (i, _) in enumerate(kept)
    ]  # fmt: skip
    atts = attribute(work.text, targets, work.sentences, rules)
    hearers = find_addressees(work.text, targets, work.sentences, atts)
    return [
        Entry(spans[i].start, spans[i].end, kind, att, att.cue if att else None, spans[i], i, hearer)
        for (i, kind), att, hearer in zip(kept, atts, hearers, strict=True)
    ]


def _top_regions(work: _Work) -> list[tuple[int, int]]:
    return [quote_region(s) for s in work.spans if s.depth == 0]


def add_reported(work: _Work, entries: list[Entry], rules: Sequence[Rule], *, embedded: bool = False) -> list[Entry]:
    """Reported statements without marks. A quoted fragment inside a mixed statement stays a quotation of its
    own, spoken by the statement's speaker (``Der Trainer sagte, die Mannschaft sei „hungrig auf mehr“``).
    With ``embedded``, also the statements a quoted speaker reports inside the quotation (:func:`_embedded`)."""
    speakers = [
        (e.start, e.end, e.attribution.speaker, e.attribution.mention_kind)
        for e in entries
        if e.kind is QuoteKind.DIRECT and e.attribution is not None and e.attribution.speaker is not None
    ]
    statements = find_indirect(work.text, work.sentences, _top_regions(work), rules, speakers)
    statements = [st for st in statements if st.end > st.start]
    fragments = _fragment_quotes(work)
    around = mixed_statement_around(statements)
    kept = [f for e in entries if (f := fragment_of(e, around(e.start, e.end), fragments)) is not None]
    kept.extend(_scare_quote_fragments(work, around, fragments))
    kept = _as_statements(work, kept, statements, fragments)
    kept.extend(Entry(st.start, st.end, QuoteKind(st.kind), st, st.cue) for st in statements)
    kept = _continued_quotations(work, kept, fragments)
    kept = _coordinated_acts(work, kept, fragments)
    kept = _single_marked(work, kept)
    if embedded:
        kept.extend(_embedded(work, entries, rules))
    return kept


def _embedded(work: _Work, entries: Sequence[Entry], rules: Sequence[Rule]) -> list[Entry]:
    """Statements inside the direct quotations (:func:`~quotekit.attribution.reported.find_embedded`), each
    pointing at the quotation that holds it. Mixed quotations are fragments of the narrator's clause, not a
    character's speech, and are not searched."""
    by_content = {(e.span.start, e.span.end): e.span for e in entries if e.kind is QuoteKind.DIRECT and e.span}
    spans = sorted(by_content.items())
    quotations = [k for k, _ in spans]
    nested = [quote_region(s) for s in work.spans if s.depth > 0]
    found = find_embedded(work.text, work.sentences, quotations, [quote_region(s) for _, s in spans], nested, rules)
    out = [Entry(st.start, st.end, QuoteKind(st.kind), st, st.cue, within=quotations[k]) for k, st in found]
    out.extend(_nested_spoken(work, quotations, rules))
    return out


def _nested_spoken(work: _Work, quotations: Sequence[tuple[int, int]], rules: Sequence[Rule]) -> list[Entry]:
    """Quotations inside a character's quotation whose own tag there names who said them (``»… sagte er: ›Komm
    morgen.‹ …«``): direct speech of the inner speaker, pointing at the quotation that holds it. Only the rules
    that read a quotation's own tag or colon answer (:data:`OWN_EVIDENCE`), and only with a speaker inside the
    holding quotation: a nested quotation without one is mostly a title or a word cited (``›Faust‹``), and a
    speaker outside is the holder's own."""
    inside = SpanIndex(list(quotations))
    candidates: list[tuple[QuoteSpan, tuple[int, int]]] = []
    for s in work.spans:
        k = inside.containing(s.start) if s.depth > 0 else -1
        if k >= 0 and s.end <= quotations[k][1]:
            candidates.append((s, quotations[k]))
    if not candidates:
        return []
    targets = [
        QuoteTarget(index=i, start=s.start, end=s.end, open=s.open, close=s.close, paragraph=_para(work, s.start))
        for i, (s, _) in enumerate(candidates)
    ]
    own = [r for r in rules if r.name in OWN_EVIDENCE]
    out: list[Entry] = []
    last: tuple[int, Attribution] | None = None  # where the last answered quotation closed, and its answer
    for (s, holder), att in zip(candidates, attribute(work.text, targets, work.sentences, own), strict=True):
        region = quote_region(s)
        if att is None and last is not None and _interrupted(work.text, last[0], region[0], last[1]):
            att = last[1]  # ›Es ist unmöglich‹, äußert er, ›daß …‹: the second part of one quotation
        if att is None or att.speaker is None or (att.sieve == "pattern" and not _tag_adjoins(work.text, region, att)):
            continue
        att = _nominative(work, att)
        if att.speaker is None:
            continue
        a, b = att.speaker
        if holder[0] <= a and b <= holder[1] and (b <= region[0] or a >= region[1]):
            out.append(Entry(s.start, s.end, QuoteKind.DIRECT, att, att.cue, s, within=holder))
            last = (region[1], att)
    return out


def _nominative(work: _Work, att: Attribution) -> Attribution:
    """``att`` with an object for its speaker replaced by the cue's nominative subject, or by no speaker
    (:func:`~quotekit.attribution.reported.nominative_speaker`)."""
    if att.head is None or att.head_sentence is None or att.cue is None:
        return att
    sent = work.sentences[att.head_sentence]
    m = nominative_speaker(sent, att.head, att.cue[0])
    if m is None:
        return replace(att, speaker=None, head=None)
    if m.head == att.head:
        return att
    return replace(att, speaker=(m.start, m.end), mention_kind=m.kind, head=m.head)


def _tag_adjoins(text: str, region: tuple[int, int], att: Attribution) -> bool:
    """Whether the cue a surface pattern read for a nested quotation is its own tag: nothing but the tag's words
    between them (``da sagte der Müller: ›…‹``, ``›…‹, ruft er``). Inside a character's speech the pattern
    otherwise takes a speech verb clauses away (``flüstert sie mir zu, und als die andere just den Kopf wendet:
    ›Herr Jesus!‹``, ``plausibel gemacht, daß ein Reklamelöffel mit der Inschrift: ›…‹``)."""
    if att.cue is None:
        return False
    start, end = att.cue[0], att.cue[1]
    if end <= region[0]:
        gap = text[end : region[0]].strip().rstrip(":,").strip()
    else:
        gap = text[region[1] : start].strip().lstrip(",").strip()
    return not any(c in gap for c in ",;:.!?–—")


def _interrupted(text: str, closed: int, opens: int, att: Attribution) -> bool:
    """Whether a quotation opening at ``opens`` goes on with the one closed at ``closed`` around that one's tag
    (``›A‹, sagt das Blatt, ›B‹``): the tag's speaker lies between them and no sentence ends there."""
    if att.speaker is None or not closed <= att.speaker[0] < opens:
        return False
    gap = text[closed:opens]
    return len(gap) <= 80 and not any(c in gap for c in ".!?\n")


def _scare_quote_fragments(
    work: _Work,
    around: Callable[[int, int], ReportedStatement | None],
    fragments: Callable[[int], bool],
) -> list[Entry]:
    """Short stretches the classifier dropped for want of speech evidence that a mixed statement holds after all
    (``Dieser bestehe aus „repressiven“ und „präventiven“ Maßnahmen``): the statement is the evidence, so they are
    its quoted fragments, where the language reports fragments (:attr:`LanguageProfile.fragment_quotes`)."""
    out = []
    for i in work.scare_quotes:
        qs = work.spans[i]
        statement = around(qs.start, qs.end)
        if statement is None:
            continue
        f = fragment_of(Entry(qs.start, qs.end, QuoteKind.MIXED, None, None, qs, i), statement, fragments)
        if f is not None:
            out.append(f)
    return out


# A second speech act needs this many characters of the statement before its ``and`` (not ``and said`` opening it),
# and is looked for in at most this many sentences of one statement (bounds the walk).
_MIN_ACT_LEAD = 10
_MAX_ACT_SENTENCES = 4

# Quote rules whose speaker comes from the quote's own tag, colon or speech verb: these outrank the statement's.
OWN_EVIDENCE = frozenset({"syntactic", "pattern"})


def _as_statements(
    work: _Work, entries: list[Entry], statements: Sequence[ReportedStatement], fragments: Callable[[int], bool]
) -> list[Entry]:
    """A mixed quotation no statement holds, where the language reports statements rather than fragments, becomes
    the statement it stands in (:func:`~quotekit.attribution.fragments.statement_span`)."""
    starts = [s.start for s in work.sentences]
    statements_at = SpanIndex(sorted((st.start, st.end) for st in statements))
    out = []
    for e in entries:
        if (
            e.kind is QuoteKind.MIXED
            and e.span is not None
            and not fragments(e.start)
            and not statements_at.overlapping(e.start, e.end)
        ):
            region = quote_region(e.span)
            words = (e.span.start, e.span.end)
            att = e.attribution
            wider = None
            if att is None or att.sieve != "pattern":
                wider = statement_span(region, work.sentences, starts, words)
            if (
                wider is None
                and isinstance(att, Attribution)
                and att.sieve in OWN_EVIDENCE
                and att.cue is not None
                and att.cue[0] >= region[1]
                and _tag_adjoins(work.text, region, att)
            ):
                # A quote with its own tag (``"…," Rao said``) is a quotation, not part of a statement; where the
                # classifier calls it mixed, the narrator's words before it in the sentence are its statement
                # (the parse may make the fragment its sentence's root, which leaves statement_span nothing).
                wider = lead_in_span(region, work.sentences, starts, words)
            e = e if wider is None else replace(e, start=wider[0], end=wider[1])
        out.append(e)
    return out


def _continued_quotations(work: _Work, entries: list[Entry], fragments: Callable[[int], bool]) -> list[Entry]:
    """Direct quotations that are a fragment of a longer clause become the mixed statement they belong to, where
    the language reports statements rather than fragments: a clause that goes on after the closing mark (``"This
    will be a challenge" for Clinton, said Kunin``, :func:`~quotekit.attribution.fragments.continued_span`) or one
    a subordinator opened before it (``argued that it would be better …, "because …"``,
    :func:`~quotekit.attribution.fragments.clause_opening`). The quotation's speaker stays. Not where a statement
    already reported holds the quotation, nor for a quotation nobody is found to have said (mostly a headline or
    a title in marks). Other quotations the statement takes in are part of it and not reported again."""
    quotations = SpanIndex(sorted(_top_regions(work)))
    starts = [s.start for s in work.sentences]
    statements = SpanIndex(sorted((e.start, e.end) for e in entries if e.kind is not QuoteKind.DIRECT))
    out: list[Entry] = []
    taken: list[tuple[int, int]] = []
    for e in entries:
        if (
            e.span is not None
            and e.span.depth == 0
            and e.kind is QuoteKind.DIRECT
            and e.attribution is not None
            and e.attribution.speaker is not None
            and not fragments(e.start)
        ):
            region, words = quote_region(e.span), (e.span.start, e.span.end)
            wider = fragment_clause(work.text, region, words, work.sentences, starts, quotations)
            if wider is not None and statements.first_overlapping(*region) < 0:
                e = replace(e, start=wider[0], end=wider[1], kind=QuoteKind.MIXED)
                taken.append(wider)
        out.append(e)
    if not taken:
        return out
    held, made = SpanIndex(sorted(taken)), set(taken)
    # a quotation inside a statement made here, not the statement itself (``''…'' and ''Be nice.''``)
    return [
        e
        for e in out
        if e.span is None
        or (e.start, e.end) in made
        or not any(a <= e.start and e.end <= b for a, b in held.overlapping(e.start, e.end))
    ]


def _coordinated_acts(work: _Work, entries: list[Entry], fragments: Callable[[int], bool]) -> list[Entry]:
    """A mixed statement that runs on into a second speech act of its speaker (``said Rubio's plan would …, and
    called him "the leading proponent …"``) is two statements, where the language reports statements: the first
    ends before ``and``, the second is the act's object and what follows it, as PolNeAR marks it. The act is a
    cue verb right after ``and`` outside any quotation (:func:`_second_act`); each part is mixed when it holds a
    quotation, else indirect. Both keep the statement's speaker."""
    regions = SpanIndex(sorted(_top_regions(work)))
    starts = [s.start for s in work.sentences]
    out: list[Entry] = []
    for e in entries:
        # a widened quotation (``span`` set) keeps its extent: its quotation may lie in either part
        act = None
        if e.kind is QuoteKind.MIXED and e.span is None and not fragments(e.start):
            act = _second_act(work, e, regions, starts)
        if act is None:
            out.append(e)
            continue
        conj, verb = act
        first_end = e.start + len(work.text[e.start : conj].rstrip(" ,"))
        rest = work.text[verb : e.end]
        second_start = verb + len(rest) - len(rest.lstrip())
        for lo, hi, first in ((e.start, first_end, True), (second_start, e.end, False)):
            if hi <= lo:
                continue
            kind = QuoteKind.MIXED if regions.first_overlapping(lo, hi) >= 0 else QuoteKind.INDIRECT
            out.append(replace(e, end=hi, kind=kind) if first else Entry(lo, hi, kind, e.attribution, e.cue))
    return out


def _second_act(work: _Work, e: Entry, regions: SpanIndex, starts: Sequence[int]) -> tuple[int, int] | None:
    """Where a statement's ``and`` + speech verb (a cue, tagged a verb, outside quotation marks, not at the
    statement's start) opens a second speech act: the offsets of ``and``'s start and the verb's end; None where
    there is none. Looks at most :data:`_MAX_ACT_SENTENCES` sentences from the statement's start."""
    k = max(bisect_right(starts, e.start) - 1, 0)
    for sent in work.sentences[k : k + _MAX_ACT_SENTENCES]:
        if sent.start >= e.end:
            break
        words = sent.words_between(e.start, e.end)
        for a, b in pairwise(words):
            if (
                a.text.lower() in lexicon_words("act_conjunction", sent.lang)
                and b.upos == "VERB"
                and is_cue(b.lemma, sent.lang)
                and regions.containing(b.start) < 0
                and a.start - e.start >= _MIN_ACT_LEAD
            ):
                return a.start, b.end
    return None


def _single_marked(work: _Work, entries: list[Entry]) -> list[Entry]:
    """Mixed entries whose only quotations are top-level ones in single marks, reported ``indirect`` where the
    language's news marks them so (:attr:`LanguageProfile.single_marks`)."""
    single = {c.name for c in conventions() if c.family == "single"}
    # top-level quotations do not overlap, so in start order their ends are sorted too: a bisection finds the
    # first one an entry reaches, and the walk stops at the first one past it
    top = sorted((s for s in work.spans if s.depth == 0), key=lambda s: s.start)
    ends = [s.end for s in top]
    out = []
    for e in entries:
        lang = _lang_at(work, e.start)
        if e.kind is QuoteKind.MIXED and lang is not None and profile(lang).single_marks == "indirect":
            inside = []
            for s in top[bisect_right(ends, e.start) :]:
                if s.start >= e.end:
                    break
                inside.append(s)
            if inside and all(s.convention in single for s in inside):
                e = replace(e, kind=QuoteKind.INDIRECT)
        out.append(e)
    return out


def _fragment_quotes(work: _Work) -> Callable[[int], bool]:
    """Whether a quoted fragment at an offset is reported beside its statement: its paragraph's language
    convention (:attr:`LanguageProfile.fragment_quotes`); kept where the language is unknown."""

    def at(offset: int) -> bool:
        lang = _lang_at(work, offset)
        return lang is None or profile(lang).fragment_quotes

    return at


def mixed_statement_around(
    statements: Sequence[ReportedStatement],
) -> Callable[[int, int], ReportedStatement | None]:
    """The first mixed statement holding ``[start, end)``, found by bisection: every quote asks once, and a
    scan of all statements per quote would grow with the square of a long document's length."""
    mixed = [st for st in statements if st.kind == "mixed"]
    in_order = sorted(mixed, key=lambda st: (st.start, st.end))
    index = SpanIndex([(st.start, st.end) for st in in_order])

    def around(start: int, end: int) -> ReportedStatement | None:
        if not index.is_sorted:  # overlapping statements: the first in the rules' order, as found
            return next((st for st in mixed if st.start <= start and end <= st.end), None)
        k = index.containing(start)
        return in_order[k] if k >= 0 and end <= in_order[k].end else None

    return around


def fragment_of(
    entry: Entry, around: ReportedStatement | None, keep: Callable[[int], bool] = lambda _: True
) -> Entry | None:
    """``entry`` as a fragment of ``around``, the mixed statement holding it (None: no statement does): kind
    ``mixed``, and the statement's speaker, which the reported-speech rules found from the whole clause, where
    the quote's own rules had none. A speaker the quote's own evidence gave (a tag, a colon, the verb it hangs
    off) stays. A quote that makes up most of the statement is the statement: None, it is not reported twice; so
    is any fragment where ``keep(offset)`` says the language reports fragments only as part of their statement."""
    if around is None:
        return entry
    if (entry.end - entry.start) * 2 >= around.end - around.start or not keep(entry.start):
        return None
    kind = QuoteKind.MIXED
    att = entry.attribution
    if around.speaker is None or (att is not None and att.speaker is not None and att.sieve in OWN_EVIDENCE):
        return replace(entry, kind=kind)
    return replace(entry, kind=kind, attribution=around, cue=around.cue)


def resolve(work: _Work, entries: Sequence[Entry]) -> Resolution:
    """Speakers of all entries together, in text order, so a reported statement can be a later pronoun's
    antecedent."""
    return resolve_speakers(
        work.text,
        [e.attribution for e in entries],
        work.sentences,
        work.paragraphs,
        quote_ranges=_top_regions(work),
        entry_ranges=[(e.start, e.end) for e in entries],
        addressees=[e.addressee for e in entries],
    )


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
