"""The output layer: every format quotekit writes, derived from one result shape.

- **JSONL** is the full model, one :class:`~quotekit.models.ExtractionResult` per line
  (``ExtractionResult.model_validate_json`` reads every line back).
- **CSV** and the DataFrame are :meth:`ExtractionResult.to_records` rows, with :data:`RECORD_COLUMNS`.
- **eval** is the flat prediction format of the project's scorer (``{"id", "quotes": [...]}``), derived from the
  same records: :func:`eval_record`.
- **table** is a plain-text block per document (:func:`format_table`, also ``print(result)``).
- **html** is a standalone page (:func:`quotekit.render.render_page`): one document, or a corpus with a
  per-speaker index.

:data:`WRITERS` maps each format name to its writer class; the CLI's ``--format`` choices are its keys.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO, Any, ClassVar, Protocol

from quotekit.models import RECORD_COLUMNS, ExtractionResult, Quote, quote_row

__all__ = [
    "EVAL_QUOTE_KEYS",
    "NESTED_SIEVE",
    "RECORD_COLUMNS",
    "WRITERS",
    "CsvWriter",
    "EvalWriter",
    "HtmlWriter",
    "JsonlWriter",
    "TableWriter",
    "Writer",
    "eval_quote",
    "eval_record",
    "format_table",
]

EVAL_QUOTE_KEYS = (
    "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "speaker_mention",
    "cue", "cue_lemma", "confidence", "sieve", "flags",
)  # fmt: skip
"""Keys of one quote in the evaluation format, in the order they are written (``score.py`` ignores extras)."""


def _eval_from_row(row: dict[str, Any]) -> dict[str, Any]:
    out = {k: row[k] for k in EVAL_QUOTE_KEYS}
    # The scorer's format has always carried 4 decimals and a list of flags; the records keep the full float
    # and a comma-joined string (a CSV cell). Rounding here keeps old prediction files byte-identical.
    out["confidence"] = round(row["confidence"], 4)
    out["flags"] = row["flags"].split(",") if row["flags"] else []
    return out


def eval_quote(quote: Quote) -> dict[str, Any]:
    """One quote in the evaluation format."""
    return _eval_of(quote_row(quote), quote.within)


def _eval_of(row: dict[str, Any], within: int | None) -> dict[str, Any]:
    """A record row in the evaluation format; ``within``: the index of the quotation holding the quote, if any."""
    out = _eval_from_row(row)
    if within is None:
        return out
    # The format's kind says where the span lies (``direct``: inside quotation marks), not how it reports: speech
    # a character reports in their quotation is ``direct`` there, as Redewiedergabe's level-2 segments are. The
    # quote's own kind (indirect, mixed) stays in ``flags`` and ``within`` names the quotation holding it.
    out["flags"] = [*out["flags"], "within", out["kind"]]
    out["kind"] = "direct"
    out["within"] = within
    return out


NESTED_SIEVE = "nested"
"""``sieve`` of a nested quotation written as a quote of its own (:func:`eval_record` with ``nested=True``)."""


def _nested_quotes(quote: Quote, quoted: set[tuple[int, int]]) -> list[dict[str, Any]]:
    # A quotation inside a character's speech is speech of its own, but by whom the enclosing speaker quotes is
    # decided only with ``Extractor(embedded=True)`` (which makes it a quote of its own, in ``quoted``, written
    # with its speaker and skipped here): the rest are written without a speaker rather than with the enclosing one.
    return [
        {
            "start": n.start,
            "end": n.end,
            "text": n.text,
            "kind": "direct",
            "speaker": None,
            "speaker_start": None,
            "speaker_end": None,
            "speaker_mention": None,
            "cue": None,
            "cue_lemma": None,
            "confidence": round(quote.confidence, 4),
            "sieve": NESTED_SIEVE,
            "flags": ["nested"],
        }
        for n in quote.nested
        if any(c.isalpha() for c in n.text)  # ditto marks in a table (``„ „ „``) pair up as empty quotations
        and (n.start, n.end) not in quoted
    ]


def eval_record(result: ExtractionResult, *, nested: bool = False) -> dict[str, Any]:
    """One line of the evaluation format: the id, its quotes, and its error if it failed.

    ``nested`` also writes each quotation inside a quote (:attr:`Quote.nested`, ``›…‹`` in ``»…«``) as a direct
    quote of its own, without speaker, right after the quote holding it, unless it is a quote already (one
    ``Extractor(embedded=True)`` gave a speaker of its own). It is off by default: measured on the
    dev sets, it helps only where the gold annotates speech inside speech (Redewiedergabe's level-2 segments),
    and costs precision on news, where a quotation inside a quote is mostly a title or a scare quote
    (docs/literary.md, *Nested quotations*).
    """
    quotes: list[dict[str, Any]] = []
    quoted = {(q.start, q.end) for q in result.quotes} if nested else set()
    for q, row in zip(result.quotes, result.to_records(), strict=True):
        quotes.append(_eval_of(row, q.within))
        if nested:
            quotes.extend(_nested_quotes(q, quoted))
    record: dict[str, Any] = {"id": result.id, "quotes": quotes}
    if result.error is not None:
        record["error"] = result.error
    return record


# ---------------------------------------------------------------------------------------------------- table


def _cut(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: max(width - 1, 0)] + "…"


def format_table(result: ExtractionResult, *, width: int = 100) -> str:
    """A human-readable block for one document: a heading line, then one line per quote."""
    title = result.id if result.id is not None else "document"
    n = len(result.quotes)
    k = len(result.speakers)
    head = f"== {title}: {n} quote{'s' if n != 1 else ''}, {k} speaker{'s' if k != 1 else ''}"
    if result.metadata is not None and result.metadata.title:
        head += f" — {_cut(result.metadata.title, 60)}"
    lines = [head + (f" (FAILED: {result.error})" if result.error else "")]
    if n:
        rows = []
        for i, q in enumerate(result.quotes, start=1):
            sp = q.speaker
            who = sp.name if sp else "-"
            if sp and sp.mention.text != sp.name:
                who += f" ({sp.mention.text})"
            if sp and sp.entity is not None and sp.entity < k and not result.speakers[sp.entity].resolved:
                who += " (unresolved)"
            cue = q.cue.words if q.cue else "-"
            rows.append((str(i), q.kind.value, who, cue, f"{q.confidence:.2f}", q.text))
        heads = ("#", "kind", "speaker", "cue", "conf", "quote")
        widths = [max(len(h), *(len(_cut(r[c], 28)) for r in rows)) for c, h in enumerate(heads[:-1])]
        fixed = sum(widths) + 2 * len(widths)
        text_width = max(20, width - fixed)

        def line(cells: Sequence[str]) -> str:
            parts = [
                c.rjust(w) if j in (0, 4) else _cut(c, 28).ljust(w)
                for j, (c, w) in enumerate(zip(cells, widths, strict=False))
            ]
            return "  ".join([*parts, _cut(cells[-1], text_width)]).rstrip()

        lines.append(line(heads))
        lines.extend(line(r) for r in rows)
    return "\n".join(lines) + "\n\n"


# ---------------------------------------------------------------------------------------------------- writers


class Writer(Protocol):
    """Writes results as they come; :meth:`close` finishes the output (a page's index, say)."""

    def write(self, result: ExtractionResult) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """The full result model, one JSON document per line."""

    description: ClassVar[str] = "the full result, one JSON object per document (reads back into ExtractionResult)"

    def __init__(self, out: IO[str], *, width: int = 100) -> None:
        self.out = out

    def write(self, result: ExtractionResult) -> None:
        self.out.write(result.model_dump_json() + "\n")

    def close(self) -> None:
        self.out.flush()


class EvalWriter(JsonlWriter):
    """The flat prediction format ``score.py`` reads: ``{"id", "quotes": [...]}`` per line."""

    description: ClassVar[str] = "the scorer's flat format: {id, quotes: [...]} per document"

    def write(self, result: ExtractionResult) -> None:
        self.out.write(json.dumps(eval_record(result), ensure_ascii=False) + "\n")


class CsvWriter:
    """One row per quote with :data:`RECORD_COLUMNS`; the header is written even when nothing is found."""

    description: ClassVar[str] = "one row per quote (the columns of result.to_records())"

    def __init__(self, out: IO[str], *, width: int = 100) -> None:
        self.out = out
        self._csv = csv.DictWriter(out, fieldnames=list(RECORD_COLUMNS))
        self._csv.writeheader()

    def write(self, result: ExtractionResult) -> None:
        self._csv.writerows(result.to_records())

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """A block per document to read in a terminal."""

    description: ClassVar[str] = "a table to read, one block per document"

    def __init__(self, out: IO[str], *, width: int = 100) -> None:
        self.out = out
        self.width = width

    def write(self, result: ExtractionResult) -> None:
        self.out.write(format_table(result, width=self.width))

    def close(self) -> None:
        self.out.flush()


class HtmlWriter:
    """A standalone HTML page; with more than one document, a corpus page with a per-speaker index.

    The page is written on :meth:`close`, since the index needs every document; the results are held until then.
    """

    description: ClassVar[str] = "a standalone HTML page (several documents: with a per-speaker index)"

    def __init__(self, out: IO[str], *, width: int = 100) -> None:
        self.out = out
        self.results: list[ExtractionResult] = []

    def write(self, result: ExtractionResult) -> None:
        self.results.append(result)

    def close(self) -> None:
        from quotekit.render import render_page

        self.out.write(render_page(self.results))
        self.out.flush()


WRITERS: dict[str, type[JsonlWriter | CsvWriter | TableWriter | HtmlWriter]] = {
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "table": TableWriter,
    "eval": EvalWriter,
    "html": HtmlWriter,
}
"""Output format name → writer class (``cls(out, width=...)``); the CLI's ``--format`` choices."""
