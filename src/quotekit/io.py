"""Reading documents: text files, HTML pages, directories of them, JSONL records and streams, as ``(text, id)``
records.

The readers are shared by the CLI and by library users, e.g.::

    from quotekit import Extractor
    from quotekit.io import read_jsonl, valid_records

    for result in Extractor().pipe(valid_records(read_jsonl("articles.jsonl"))):
        ...

A :class:`Record` is a ``(text, id)`` named tuple, which is exactly what :meth:`quotekit.Extractor.pipe` accepts.
Record-level problems in JSONL (a line that is not JSON, a record without text) are *yielded* as
:class:`InvalidRecordError` values rather than raised, so one bad line never stops a corpus; problems with the
input as a whole (a missing file) raise :class:`~quotekit.errors.InvalidInputError` before anything is read.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

from quotekit.errors import InvalidInputError

__all__ = [
    "STDIN",
    "HtmlRecord",
    "InputSource",
    "InvalidRecordError",
    "Record",
    "SkippedRecordsWarning",
    "count_records",
    "iter_records",
    "read_jsonl",
    "read_text",
    "resolve_inputs",
    "valid_records",
]

logger = logging.getLogger(__name__)

STDIN = "-"
"""The path that stands for standard input."""

JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
DIRECTORY_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
"""What a directory input contributes, recursively: text files and HTML pages."""


class Record(NamedTuple):
    """One document to process. The field order matches the ``(text, id)`` pairs that ``Extractor.pipe`` takes."""

    text: str
    id: str


class HtmlRecord(Record):
    """A record whose ``text`` is an HTML page, still to be reduced to its article
    (:func:`quotekit.webpage.html_to_text`)."""

    __slots__ = ()


class InvalidRecordError(InvalidInputError):
    """One record of an input could not be read; carries where it was so the message can point at it."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True, slots=True)
class InputSource:
    """One input named by the user, already checked to exist."""

    path: Path | None
    """The file; None for standard input."""
    jsonl: bool
    """Read as JSONL records rather than as one text."""
    doc_id: str
    """The id a plain-text input gets (its path relative to the directory it was found in, without ``.txt``)."""

    html: bool = False
    """An HTML page: the article text is taken out of it before extraction."""

    @property
    def name(self) -> str:
        """How messages refer to this input."""
        return str(self.path) if self.path is not None else "<stdin>"


def resolve_inputs(paths: Sequence[str | Path], *, jsonl: bool | None = None) -> list[InputSource]:
    """Check and expand what the user named: files, directories (their ``*.txt`` files, recursively) or ``-``.

    Args:
        paths: file paths, directory paths (their ``*.txt`` and ``*.html`` files), or ``"-"`` for standard input.
        jsonl: True reads every input as JSONL, False as plain text; None decides by suffix
            (``.jsonl``/``.ndjson`` are JSONL; standard input is plain text).

    Raises:
        InvalidInputError: a path does not exist, is neither file nor directory, a directory holds no
            ``*.txt``/``*.html`` file, or ``-`` is given twice.
            Raised before anything is read, so a typo never costs a half-processed corpus.
    """
    out: list[InputSource] = []
    seen_stdin = False
    for raw in paths:
        if str(raw) == STDIN:
            if seen_stdin:
                raise InvalidInputError("standard input ('-') can be read only once")
            seen_stdin = True
            out.append(InputSource(None, bool(jsonl), "stdin"))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in DIRECTORY_SUFFIXES and p.is_file())
            if not files:
                # Most likely a wrong path or a wrong layout; running on nothing and exiting 0 would hide it.
                raise InvalidInputError(f"{path}: the directory holds no *.txt or *.html files")
            for f in files:
                rel = f.relative_to(path).with_suffix("").as_posix()
                out.append(InputSource(f, bool(jsonl), rel, html=not jsonl and f.suffix.lower() in HTML_SUFFIXES))
        elif path.is_file():
            is_jsonl = jsonl if jsonl is not None else path.suffix.lower() in JSONL_SUFFIXES
            is_html = not is_jsonl and path.suffix.lower() in HTML_SUFFIXES
            out.append(InputSource(path, is_jsonl, path.stem, html=is_html))
        elif path.exists():
            raise InvalidInputError(f"{path}: not a regular file or directory")
        else:
            raise InvalidInputError(f"{path}: no such file or directory")
    return out


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _decode(data: bytes, source: str) -> str:
    """Text of a file's bytes: UTF-8 (or UTF-16 with a byte-order mark, as Windows editors save it).

    Raises:
        InvalidInputError: the bytes hold NUL bytes, so they are a binary file (an image, a PDF, a zip), whose
            "text" would only give garbage quotes.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise InvalidInputError(f"{source}: a binary file (it holds NUL bytes), not text; skipped")
    # A stray byte in one article should not lose the article: fall back to replacement characters and say so.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        logger.warning("%s is not valid UTF-8 (%s); undecodable bytes replaced", source, exc.reason)
        return data.decode("utf-8-sig", errors="replace")


def read_text(path: str | Path) -> str:
    """The whole file as text (UTF-8; a byte-order mark is dropped; undecodable bytes become U+FFFD).

    Raises:
        InvalidInputError: the file cannot be opened, or it is binary (holds NUL bytes).
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    return _decode(data, str(path))


def _parse_line(line: str, lineno: int, source: str, id_field: str, text_field: str) -> Record | InvalidRecordError:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InvalidRecordError(source, lineno, f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return InvalidRecordError(source, lineno, f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get(text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return InvalidRecordError(source, lineno, f"field {text_field!r} is {what}")
    raw_id = obj.get(id_field)
    # Records without an id are still worth processing; the line number identifies them in the output.
    doc_id = str(lineno) if raw_id is None else str(raw_id)
    return Record(text, doc_id)


def read_jsonl(
    source: str | Path | IO[str] | IO[bytes],
    *,
    id_field: str = "id",
    text_field: str = "text",
) -> Iterator[Record | InvalidRecordError]:
    """Records of a JSONL file or stream, one per non-blank line, in order.

    A line that is not a JSON object with a string ``text`` yields an :class:`InvalidRecordError` naming its line
    number instead of a record; reading goes on. A missing ``id`` becomes the line number (as a string).

    Args:
        source: a path, or an open text or binary stream (e.g. ``sys.stdin``).
        id_field: the key holding the document id.
        text_field: the key holding the document text.

    Raises:
        InvalidInputError: the file cannot be opened.
    """
    if isinstance(source, (str, Path)):
        name = str(source)
        try:
            fh = Path(source).open("rb")  # noqa: SIM115  # closed in the finally below, after the generator ends
        except OSError as exc:
            raise InvalidInputError(f"{source}: cannot read ({exc.strerror or exc})") from exc
        try:
            yield from _read_jsonl_lines(fh, name, id_field, text_field)
        finally:
            fh.close()
    else:
        name = getattr(source, "name", "<stream>")
        yield from _read_jsonl_lines(source, str(name), id_field, text_field)


def _read_jsonl_lines(
    lines: Iterable[str] | Iterable[bytes], name: str, id_field: str, text_field: str
) -> Iterator[Record | InvalidRecordError]:
    for lineno, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield InvalidRecordError(name, lineno, f"not valid UTF-8 ({exc.reason})")
                continue
        else:
            line = str(raw)
            if lineno == 1:
                line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        yield _parse_line(line, lineno, name, id_field, text_field)


def _stdin() -> IO[bytes] | IO[str]:
    if sys.stdin is None:  # e.g. a service or CI job started without standard input
        raise InvalidInputError("there is no standard input to read")
    # Read bytes where possible so the text is UTF-8 whatever the locale says.
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer if buffer is not None else sys.stdin


def iter_records(
    sources: Iterable[InputSource], *, id_field: str = "id", text_field: str = "text"
) -> Iterator[Record | InvalidRecordError]:
    """Records of every source in order: one per plain-text input, one per JSONL line.

    Unreadable files and bad lines are yielded as :class:`InvalidRecordError`, so the caller decides whether to
    stop or to report and go on.
    """
    for src in sources:
        if src.jsonl:
            try:
                stream: str | Path | IO[str] | IO[bytes] = src.path if src.path is not None else _stdin()
                yield from read_jsonl(stream, id_field=id_field, text_field=text_field)
            except InvalidInputError as exc:
                yield InvalidRecordError(src.name, None, str(exc).removeprefix(f"{src.name}: "))
            continue
        if src.path is None:
            try:
                data = _stdin().read()
            except InvalidInputError as exc:
                yield InvalidRecordError(src.name, None, str(exc))
                continue
            try:
                text = _decode(data, src.name) if isinstance(data, bytes) else data
            except InvalidInputError as exc:
                yield InvalidRecordError(src.name, None, str(exc).removeprefix(f"{src.name}: "))
                continue
            yield Record(text, src.doc_id)
            continue
        try:
            text = read_text(src.path)
        except InvalidInputError as exc:
            yield InvalidRecordError(src.name, None, str(exc).removeprefix(f"{src.name}: "))
            continue
        yield HtmlRecord(text, src.doc_id) if src.html else Record(text, src.doc_id)


class SkippedRecordsWarning(UserWarning):
    """Some input records could not be read and were left out (see :func:`valid_records`)."""


def valid_records(
    items: Iterable[Record | InvalidRecordError], *, skipped: list[InvalidRecordError] | None = None
) -> Iterator[Record]:
    """Only the records; each invalid one is left out and reported (for library use; the CLI reports them itself).

    Every skipped record is appended to ``skipped`` when a list is given, and otherwise raises a
    :class:`SkippedRecordsWarning` (Python's ``warnings``: shown once per line of input by default, and
    ``warnings.simplefilter("error", SkippedRecordsWarning)`` makes a script stop at the first bad record).
    Each is also logged at WARNING level.
    """
    for item in items:
        if isinstance(item, InvalidRecordError):
            logger.warning("skipped: %s", item)
            if skipped is not None:
                skipped.append(item)
            else:
                warnings.warn(f"quotekit skipped an input record: {item}", SkippedRecordsWarning, stacklevel=2)
        else:
            yield item


def count_records(sources: Sequence[InputSource]) -> int | None:
    """How many records the sources will yield, for a progress bar; None when standard input is among them.

    JSONL files are counted by their non-blank lines (bad lines included), which reads them once more; that is
    cheap next to parsing them.
    """
    total = 0
    for src in sources:
        if src.path is None:
            return None
        if not src.jsonl:
            total += 1
            continue
        try:
            with src.path.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        except OSError:
            total += 1
    return total
