"""The ``quotekit`` command: ``extract``, ``download`` and ``schema``.

A thin layer over the library: it reads inputs with :mod:`quotekit.io`, runs :meth:`quotekit.Extractor.pipe`
and writes JSONL, CSV or a table. This is the one module that prints and configures logging.

Exit codes: 0 all went well; 1 some records or documents failed (each is reported on stderr, the rest are
processed); 2 bad invocation or an input that does not exist (nothing is processed); 3 the models could not be
loaded or downloaded.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotekit import __version__
from quotekit.errors import InvalidInputError, ModelNotFoundError, QuotekitError
from quotekit.evaluation import prediction_record, quote_record
from quotekit.io import InvalidRecordError, Record, count_records, iter_records, resolve_inputs
from quotekit.lang import LANGUAGES
from quotekit.models import RECORD_COLUMNS, ExtractionResult

if TYPE_CHECKING:
    from quotekit.extractor import Extractor

__all__ = [
    "EXIT_FAILURES",
    "EXIT_MODELS",
    "EXIT_OK",
    "EXIT_USAGE",
    "format_table",
    "main",
    "parse_args",
    "quote_to_json",
]

logger = logging.getLogger("quotekit.cli")

EXIT_OK = 0
EXIT_FAILURES = 1
"""Some records could not be read or some documents failed; the others were processed."""
EXIT_USAGE = 2
"""Bad arguments or a missing input: nothing was processed (argparse uses 2 as well)."""
EXIT_MODELS = 3
"""The Stanza models could not be found or downloaded."""

PROGRESS_MIN_DOCS = 5
"""A progress bar appears (on a terminal) only for more documents than this."""

FORMATS = ("jsonl", "csv", "table")


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="count", default=0, help="log progress to stderr (-v info, -vv debug)"
    )

    parser = argparse.ArgumentParser(
        prog="quotekit",
        description="Find quotations in English and German news text and say who said them.",
        epilog="Run 'quotekit COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    ex = sub.add_parser(
        "extract",
        parents=[common],
        help="extract quotes from files, a directory, JSONL records or stdin",
        description=(
            "Extract quotes and their speakers. Inputs are text files (one document each), directories "
            '(every *.txt inside, recursively), JSONL files (*.jsonl: one {"id", "text"} record per line) '
            "or '-' for standard input."
        ),
    )
    g_in = ex.add_argument_group("input")
    g_in.add_argument("inputs", nargs="*", metavar="INPUT", help="files, directories or '-' (default: '-')")
    g_in.add_argument(
        "--jsonl", action="store_true", default=None, help="read every input (stdin too) as JSONL records"
    )
    g_in.add_argument("--id-field", default="id", metavar="KEY", help="JSONL key of the document id (default: id)")
    g_in.add_argument(
        "--text-field", default="text", metavar="KEY", help="JSONL key of the document text (default: text)"
    )

    g_model = ex.add_argument_group("models and language")
    g_model.add_argument(
        "--lang", choices=("auto", "en", "de"), default="auto", help="language; auto decides per paragraph"
    )
    g_model.add_argument(
        "--models", metavar="DIR", default=None, help="Stanza models directory (default: $STANZA_RESOURCES_DIR)"
    )
    g_model.add_argument("--offline", action="store_true", help="never download models (also: QUOTEKIT_OFFLINE=1)")

    g_ext = ex.add_argument_group("extraction")
    g_ext.add_argument("--no-indirect", action="store_true", help="report only quotes in quotation marks")
    g_ext.add_argument(
        "--whole-documents",
        action="store_true",
        help="parse every sentence, not only those near quotes and speech verbs (slower, sometimes better)",
    )
    g_ext.add_argument(
        "--batch-size", type=_positive_int, default=16, metavar="N", help="documents per Stanza batch (default: 16)"
    )

    g_out = ex.add_argument_group("output")
    g_out.add_argument(
        "-f", "--format", choices=FORMATS, default="jsonl", help="jsonl (one line per document), csv, table"
    )
    g_out.add_argument("-o", "--output", metavar="FILE", default=None, help="write here instead of stdout")
    g_out.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"progress bar on stderr (default: on a terminal, for more than {PROGRESS_MIN_DOCS} documents)",
    )

    dl = sub.add_parser(
        "download",
        parents=[common],
        help="download the official Stanza models (needs internet)",
        description="Download Stanza's official models for the given languages.",
    )
    dl.add_argument("langs", nargs="+", choices=LANGUAGES, metavar="LANG", help=" and/or ".join(LANGUAGES))
    dl.add_argument("--models", metavar="DIR", default=None, help="target directory (default: $STANZA_RESOURCES_DIR)")

    sub.add_parser(
        "schema",
        parents=[common],
        help="print the JSON Schema of the result model",
        description="Print the JSON Schema of ExtractionResult.",
    )
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse command-line arguments (``sys.argv[1:]`` when ``argv`` is None); exits with 2 on bad usage."""
    return _build_parser().parse_args(None if argv is None else list(argv))


def _configure_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("quotekit: %(levelname)s: %(name)s: %(message)s"))
    root = logging.getLogger("quotekit")
    # main() may run several times in one process (tests); replace our handler rather than stacking them.
    for old in [h for h in root.handlers if getattr(h, "_quotekit_cli", False)]:
        root.removeHandler(old)
    handler._quotekit_cli = True  # type: ignore[attr-defined]  # marks the handler as ours
    root.addHandler(handler)
    root.setLevel(level)
    if verbosity >= 2:
        logging.getLogger("stanza").setLevel(logging.INFO)


def _err(message: str) -> None:
    print(f"quotekit: {message}", file=sys.stderr)


# ---------------------------------------------------------------------------------------------------- output


quote_to_json = quote_record
"""One quote in the JSONL output format (the evaluation format ``shared/eval/score.py`` reads)."""
_result_to_json = prediction_record


class _Writer:
    """Writes results as they come, so a long run shows output early and holds little in memory."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self._csv: Any = None
        self._width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=list(RECORD_COLUMNS), extrasaction="ignore")
            self._csv.writeheader()

    def write(self, result: ExtractionResult) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(_result_to_json(result), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self._csv.writerows(result.to_records())
        else:
            self.out.write(format_table(result, width=self._width))

    def flush(self) -> None:
        self.out.flush()


def _cut(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: max(width - 1, 0)] + "…"


def format_table(result: ExtractionResult, *, width: int = 100) -> str:
    """A human-readable block for one document: a heading line, then one line per quote."""
    title = result.id if result.id is not None else "document"
    n = len(result.quotes)
    lines = [f"== {title}: {n} quote{'s' if n != 1 else ''}" + (f" (FAILED: {result.error})" if result.error else "")]
    if n:
        rows = []
        for i, q in enumerate(result.quotes, start=1):
            sp = q.speaker
            who = sp.name if sp else "-"
            if sp and sp.mention.text != sp.name:
                who += f" ({sp.mention.text})"
            rows.append((str(i), q.kind.value, who, q.cue.text if q.cue else "-", f"{q.confidence:.2f}", q.text))
        heads = ("#", "kind", "speaker", "cue", "conf", "quote")
        widths = [max(len(h), *(len(_cut(r[c], 28)) for r in rows)) for c, h in enumerate(heads[:-1])]
        fixed = sum(widths) + 2 * len(widths)
        text_width = max(20, width - fixed)

        def line(cells: Sequence[str]) -> str:
            parts = [
                c.rjust(w) if k in (0, 4) else _cut(c, 28).ljust(w)
                for k, (c, w) in enumerate(zip(cells, widths, strict=False))
            ]
            return "  ".join([*parts, _cut(cells[-1], text_width)]).rstrip()

        lines.append(line(heads))
        lines.extend(line(r) for r in rows)
    return "\n".join(lines) + "\n\n"


# ---------------------------------------------------------------------------------------------------- progress


class _Progress:
    """tqdm when it is installed, else a plain counter; both write to stderr."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self.total = total
        self._bar: Any = None
        self._last = 0.0
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        self._bar = tqdm(total=total, unit="doc", desc="quotekit", file=sys.stderr, dynamic_ncols=True)

    def update(self) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(1)
            return
        now = time.monotonic()
        # Redraw at most a few times a second; a counter per document floods a slow terminal.
        if now - self._last >= 0.2 or self.count == self.total:
            self._last = now
            of = f"/{self.total}" if self.total is not None else ""
            sys.stderr.write(f"\rquotekit: {self.count}{of} documents")
            sys.stderr.flush()

    def write(self, message: str) -> None:
        """A message line on stderr that does not tear the bar apart."""
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        elif self.enabled and self.count:
            sys.stderr.write("\r\x1b[K" + message + "\n")  # clear the counter's line, then redraw it on update
            sys.stderr.flush()
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
        elif self.count:
            sys.stderr.write("\n")


# ---------------------------------------------------------------------------------------------------- commands


class _Failures:
    """Counts and reports what went wrong, printing a repeated error message in full only once."""

    def __init__(self, progress: _Progress) -> None:
        self.bad_records = 0
        self.failed_docs = 0
        self._seen: set[str] = set()
        self._progress = progress

    def bad_record(self, exc: InvalidRecordError) -> None:
        self.bad_records += 1
        self._progress.write(f"quotekit: skipped {exc}")
        self._progress.update()

    def failed(self, result: ExtractionResult) -> None:
        self.failed_docs += 1
        msg = result.error or "unknown error"
        if msg in self._seen:
            self._progress.write(f"quotekit: document {result.id!r} failed (same error as above)")
        else:
            self._seen.add(msg)
            self._progress.write(f"quotekit: document {result.id!r} failed: {msg}")


def _only_records(items: Iterable[Record | InvalidRecordError], failures: _Failures) -> Iterator[Record]:
    for item in items:
        if isinstance(item, InvalidRecordError):
            failures.bad_record(item)
        else:
            yield item


def _open_output(path: str | None, stack: ExitStack) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    try:
        # newline="" lets the csv module write its own line ends; JSONL and the table write "\n" only.
        return stack.enter_context(Path(path).open("w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot write ({exc.strerror or exc})") from exc


_EXTRACTORS: dict[tuple[object, ...], Extractor] = {}


def _extractor(args: argparse.Namespace) -> Extractor:
    """An Extractor for these settings, kept for the process: loading the Stanza pipelines costs seconds, and
    main() may run many times in one process (a notebook, the tests)."""
    from quotekit.extractor import Extractor  # here, so 'quotekit schema' and '--help' stay fast

    lang: str = args.lang
    models_dir: str | None = args.models
    offline = True if args.offline else None
    indirect = not args.no_indirect
    selective = not args.whole_documents
    # The environment decides defaults for models_dir and offline, so it is part of the key.
    env = tuple(os.environ.get(k) for k in ("STANZA_RESOURCES_DIR", "QUOTEKIT_OFFLINE"))
    key = (lang, models_dir, offline, indirect, selective, env)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(
            lang=lang, models_dir=models_dir, offline=offline, indirect=indirect, selective=selective
        )
    return _EXTRACTORS[key]


def _cmd_extract(args: argparse.Namespace) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if inputs == ["-"] and not args.inputs and sys.stdin is not None and sys.stdin.isatty():
        _err("no input: name files, a directory, a JSONL file or '-' for stdin (see 'quotekit extract --help')")
        return EXIT_USAGE
    try:
        sources = resolve_inputs(inputs, jsonl=args.jsonl)
    except InvalidInputError as exc:
        _err(f"error: {exc}")
        return EXIT_USAGE

    if args.progress is None:
        total = count_records(sources)
        show = sys.stderr.isatty() and (total is None or total > PROGRESS_MIN_DOCS)
    else:
        show = args.progress
        total = count_records(sources) if show else None
    progress = _Progress(total, show)
    failures = _Failures(progress)
    processed = 0
    with ExitStack() as stack:
        try:
            out = _open_output(args.output, stack)
            extractor = _extractor(args)
        except InvalidInputError as exc:
            _err(f"error: {exc}")
            return EXIT_USAGE
        except ModelNotFoundError as exc:
            _err(f"error: {exc}")
            return EXIT_MODELS
        writer = _Writer(args.format, out)
        records = _only_records(iter_records(sources, id_field=args.id_field, text_field=args.text_field), failures)
        try:
            for result in extractor.pipe(records, batch_size=args.batch_size, progress=False):
                processed += 1
                progress.update()
                if result.error is not None:
                    failures.failed(result)
                writer.write(result)
            writer.flush()
        except ModelNotFoundError as exc:
            progress.close()
            _err(f"error: {exc}")
            return EXIT_MODELS
        finally:
            progress.close()
    logger.info(
        "%d documents processed, %d failed, %d input records skipped",
        processed,
        failures.failed_docs,
        failures.bad_records,
    )
    if failures.bad_records or failures.failed_docs:
        _err(
            f"done with problems: {failures.bad_records} unreadable record(s), "
            f"{failures.failed_docs} failed document(s), {processed - failures.failed_docs} processed"
        )
        return EXIT_FAILURES
    return EXIT_OK


def _cmd_download(args: argparse.Namespace) -> int:
    try:
        from quotekit.nlp import download_models
    except ImportError as exc:  # pragma: no cover - only while the nlp module is missing
        _err(f"error: model download is not available in this installation ({exc})")
        return EXIT_MODELS
    langs = list(dict.fromkeys(args.langs))
    try:
        download_models(langs, args.models)
    except QuotekitError as exc:
        _err(f"error: {exc}")
        return EXIT_MODELS
    except OSError as exc:
        # Usually no network or an unwritable directory; Stanza's own message says which.
        _err(f"error: download failed: {exc}")
        return EXIT_MODELS
    where = args.models or "the default Stanza directory ($STANZA_RESOURCES_DIR)"
    _err(f"downloaded models for {', '.join(langs)} into {where}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    from quotekit.models import json_schema_text

    print(json_schema_text())
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": _cmd_extract,
    "download": _cmd_download,
    "schema": _cmd_schema,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    args = parse_args(argv)
    _configure_logging(args.verbose)
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader went away (e.g. '| head'); not an error of ours. Point stdout at devnull so the interpreter's
        # final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
