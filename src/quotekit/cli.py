"""The ``quotekit`` command: ``extract``, ``download``, ``info`` and ``schema``.

A thin layer over the library: it reads inputs with :mod:`quotekit.io`, runs :meth:`quotekit.Extractor.pipe`
and writes with a writer of :data:`quotekit.output.WRITERS` (JSONL, CSV, a table, the scorer's format, HTML).
This is the one module that prints and configures logging.

Exit codes: 0 all went well; 1 some records or documents failed (each is reported on stderr, the rest are
processed); 2 bad invocation or an input that does not exist (nothing is processed); 3 the models could not be
loaded or downloaded; 4 the output could not be written (a full disk, say).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from quotekit import __version__
from quotekit.errors import InvalidInputError, MissingDependencyError, ModelNotFoundError, QuotekitError
from quotekit.io import HtmlRecord, InvalidRecordError, Record, count_records, iter_records, resolve_inputs
from quotekit.lang import LANGUAGES
from quotekit.models import DocumentMetadata, ExtractionResult
from quotekit.nlp import TOKENIZERS
from quotekit.output import WRITERS, JsonlWriter, Writer, eval_quote, format_table
from quotekit.progress import Progress

if TYPE_CHECKING:
    from quotekit.extractor import Extractor

__all__ = [
    "EXIT_FAILURES",
    "EXIT_MODELS",
    "EXIT_OK",
    "EXIT_OUTPUT",
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
EXIT_OUTPUT = 4
"""The output could not be written (a full disk, a device that refuses writes); what was written is incomplete."""

DISTRIBUTION = "quotekit-nlp"
"""The name to ``pip install`` (the import name stays ``quotekit``; ``quotekit`` on PyPI is another project)."""

PROGRESS_MIN_DOCS = 5
"""A progress bar appears (on a terminal) only for more documents than this."""

FORMATS = tuple(WRITERS)


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _threads(value: str) -> int:
    """A thread count, or 0 for torch's own default."""
    return 0 if value.strip() == "0" else _positive_int(value)


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
            "Extract quotes and their speakers. Inputs are text files (one document each), HTML pages "
            "(*.html, *.htm: the article text is taken out with trafilatura; needs the html extra), directories "
            '(every *.txt and *.html inside, recursively), JSONL files (*.jsonl: one {"id", "text"} record per '
            "line) or '-' for standard input."
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
        "--lang", choices=("auto", *LANGUAGES), default="auto", help="language; auto decides per paragraph"
    )
    g_model.add_argument(
        "--models", metavar="DIR", default=None, help="Stanza models directory (default: $STANZA_RESOURCES_DIR)"
    )
    g_model.add_argument("--offline", action="store_true", help="never download models (also: QUOTEKIT_OFFLINE=1)")

    g_ext = ex.add_argument_group("extraction")
    # Embedded speech is reported speech inside quotations: it cannot be asked for without reported speech.
    speech = g_ext.add_mutually_exclusive_group()
    speech.add_argument("--no-indirect", action="store_true", help="report only quotes in quotation marks")
    speech.add_argument(
        "--embedded",
        action="store_true",
        help="also report speech a quoted character reports inside the quotation (fiction; quote field 'within')",
    )
    g_ext.add_argument(
        "--whole-documents",
        action="store_true",
        help="parse every sentence, not only those near quotes and speech verbs (slower, sometimes better)",
    )
    g_ext.add_argument(
        "--tokenizer",
        choices=TOKENIZERS,
        default="stanza",
        help="who splits sentences and tokens for the parser: Stanza's network or quotekit's rules (faster)",
    )
    g_ext.add_argument(
        "--threads",
        type=_threads,
        default=0,
        metavar="N",
        help="torch threads for parsing (default: 0 = torch's default, one per core; 1 where processes share cores)",
    )
    g_ext.add_argument(
        "--batch-size", type=_positive_int, default=16, metavar="N", help="documents per Stanza batch (default: 16)"
    )

    g_out = ex.add_argument_group("output")
    g_out.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="; ".join(f"{name}: {cls.description}" for name, cls in WRITERS.items()) + " (default: jsonl)",
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

    info = sub.add_parser(
        "info",
        parents=[common],
        help="versions, the models directory in use and what it holds (for bug reports)",
        description="Print the versions of quotekit and its dependencies, the models directory in use, where "
        "that choice came from, and the languages and processors found there.",
    )
    info.add_argument("--models", metavar="DIR", default=None, help="models directory (default: as extract)")

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


quote_to_json = eval_quote
"""One quote in the evaluation format (``-f eval``), which ``shared/eval/score.py`` reads."""


def _writer(fmt: str, out: IO[str]) -> Writer:
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))
    return WRITERS.get(fmt, JsonlWriter)(out, width=width)


_Progress = Progress  # the CLI's progress bar is the library's (kept name for callers)


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


def _only_records(
    items: Iterable[Record | InvalidRecordError], failures: _Failures, metadata: deque[DocumentMetadata | None]
) -> Iterator[Record]:
    """The readable records; HTML pages become their article text, whose metadata waits in ``metadata`` (in
    input order, like the results of ``pipe``) to be put on the result."""
    from quotekit.webpage import html_to_text

    for item in items:
        if isinstance(item, InvalidRecordError):
            failures.bad_record(item)
        elif isinstance(item, HtmlRecord):
            try:
                page = html_to_text(item.text)
            except MissingDependencyError:
                raise
            except QuotekitError as exc:
                failures.bad_record(InvalidRecordError(item.id, None, str(exc)))
                continue
            metadata.append(page.metadata)
            yield Record(page.text, item.id)
        else:
            metadata.append(None)
            yield item


class _OutputError(Exception):
    """Writing the output failed (an OSError from a write or the final flush, never from reading or models)."""


def _output_step(step: Callable[[], None]) -> None:
    try:
        step()
    except BrokenPipeError:
        raise  # the reader went away: main() treats it as the end of the run, not as an error
    except OSError as exc:
        raise _OutputError(exc.strerror or str(exc)) from exc


def _open_output(path: str | None, stack: ExitStack) -> IO[str]:
    if path is None or path == "-":
        return sys.stdout
    try:
        # newline="" lets the csv module write its own line ends; JSONL and the table write "\n" only.
        fh = Path(path).open("w", encoding="utf-8", newline="")  # noqa: SIM115  # closed by the stack below
    except OSError as exc:
        raise InvalidInputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    # Closing flushes the last buffer, which is where a full disk (or /dev/full) shows itself.
    stack.callback(_output_step, fh.close)
    return fh


def _extractor(args: argparse.Namespace) -> Extractor:
    """The process's cached Extractor for these settings (see :func:`quotekit.extractor.cached_extractor`)."""
    from quotekit.extractor import cached_extractor  # here, so 'quotekit schema' and '--help' stay fast

    return cached_extractor(
        lang=args.lang,
        models_dir=args.models,
        offline=True if args.offline else None,
        indirect=not args.no_indirect,
        embedded=args.embedded,
        selective=not args.whole_documents,
        tokenizer=args.tokenizer,
        threads=args.threads or None,
    )


def _check_html_extra(sources: Sequence[Any]) -> None:
    if any(src.html for src in sources):
        from quotekit.webpage import require_trafilatura

        require_trafilatura()


def _cmd_extract(args: argparse.Namespace) -> int:
    inputs: list[str] = args.inputs or ["-"]
    if inputs == ["-"] and not args.inputs and sys.stdin is not None and sys.stdin.isatty():
        _err("no input: name files, a directory, a JSONL file or '-' for stdin (see 'quotekit extract --help')")
        return EXIT_USAGE
    try:
        sources = resolve_inputs(inputs, jsonl=args.jsonl)
        _check_html_extra(sources)
    except QuotekitError as exc:
        _err(f"error: {exc}")
        return EXIT_USAGE

    if args.progress is None:
        total = count_records(sources)
        show = sys.stderr.isatty() and (total is None or total > PROGRESS_MIN_DOCS)
    else:
        show = args.progress
        total = count_records(sources) if show else None
    progress = Progress(total, show)
    failures = _Failures(progress)
    try:
        processed = _run_extract(args, sources, progress, failures)
    except InvalidInputError as exc:
        _err(f"error: {exc}")
        return EXIT_USAGE
    except ModelNotFoundError as exc:
        _err(f"error: {exc}")
        return EXIT_MODELS
    except _OutputError as exc:
        # Writing failed (ENOSPC on a full disk or /dev/full): say so plainly instead of a traceback. The output
        # is incomplete, so this is not "some documents failed" but a code of its own.
        where = args.output if args.output not in (None, "-") else "standard output"
        _err(f"error: cannot write to {where}: {exc}")
        if where == "standard output":
            _silence_stdout()
        return EXIT_OUTPUT
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


def _run_extract(args: argparse.Namespace, sources: Sequence[Any], progress: Progress, failures: _Failures) -> int:
    """Read, extract and write every record; returns how many documents were processed."""
    processed = 0
    metadata: deque[DocumentMetadata | None] = deque()
    with ExitStack() as stack:
        out = _open_output(args.output, stack)
        extractor = _extractor(args)
        writer = _writer(args.format, out)
        items = iter_records(sources, id_field=args.id_field, text_field=args.text_field)
        records = _only_records(items, failures, metadata)
        for result in extractor.pipe(records, batch_size=args.batch_size, progress=False):
            meta = metadata.popleft() if metadata else None
            if meta is not None:
                result = result.model_copy(update={"metadata": meta})
            processed += 1
            progress.update()
            if result.error is not None:
                failures.failed(result)
            _output_step(partial(writer.write, result))
        _output_step(writer.close)
    return processed


def _silence_stdout() -> None:
    """Point stdout at devnull, so the interpreter's final flush of a broken stdout does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor behind stdout (a test's capture): nothing to flush
        pass


def _created_by_download(directory: Path) -> Path | None:
    """The outermost folder of ``directory`` that does not exist yet (what a download would create), if any."""
    top = None
    for folder in (directory, *directory.parents):
        if folder.exists():
            break
        top = folder
    return top


def _cmd_download(args: argparse.Namespace) -> int:
    from quotekit.nlp import download_models, resolve_models_dir

    langs = list(dict.fromkeys(args.langs))
    directory, source = resolve_models_dir(args.models)
    created = _created_by_download(directory)
    try:
        download_models(langs, directory)
    except (QuotekitError, OSError) as exc:
        # Whatever a failed download created is useless and would later look like a models directory.
        if created is not None and created.exists():
            shutil.rmtree(created, ignore_errors=True)
        cause = exc.__cause__ if isinstance(exc, QuotekitError) and exc.__cause__ is not None else exc
        _err(
            f"error: could not download the Stanza models for {', '.join(langs)} into {directory}: "
            f"{type(cause).__name__}: {cause}\n"
            "The download needs internet access (raw.githubusercontent.com and huggingface.co). Without it, copy "
            "a models directory from a machine where 'quotekit download "
            f"{' '.join(langs)} --models DIR' ran, or use models you already have (such as the compact ones in "
            "../shared/stanza_resources), and point STANZA_RESOURCES_DIR or --models at it; "
            "'quotekit info' shows which directory is in use."
        )
        return EXIT_MODELS
    _err(f"downloaded models for {', '.join(langs)} into {directory} (from {source})")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    print(info_text(args.models))
    return EXIT_OK


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def info_text(models_dir: str | None = None) -> str:
    """What ``quotekit info`` prints: versions, the models directory and its source, languages and processors."""
    import platform

    from quotekit.nlp import PROCESSORS, offline_from_env, resolve_models_dir

    directory, source = resolve_models_dir(models_dir)
    if source == "STANZA_RESOURCES_DIR":
        source = f"STANZA_RESOURCES_DIR={os.environ.get('STANZA_RESOURCES_DIR', '')}"
    lines = [
        f"quotekit      {__version__} (pip install {DISTRIBUTION}; imported from {Path(__file__).parent})",
        f"python        {platform.python_version()} ({sys.executable})",
        f"stanza        {_version('stanza')}",
        f"torch         {_version('torch')}",
        f"pydantic      {_version('pydantic')}",
        f"trafilatura   {_version('trafilatura')} (HTML input, the html extra)",
        f"models dir    {directory}",
        f"  chosen by   {source}",
        f"  offline     {'yes (QUOTEKIT_OFFLINE)' if offline_from_env() else 'no: missing models are downloaded'}",
    ]
    needed = PROCESSORS.split(",")
    if not (directory / "resources.json").is_file():
        lines.append("  resources.json missing: no models here ('quotekit download en de' or set STANZA_RESOURCES_DIR)")
    for lang in LANGUAGES:
        folder = directory / lang
        found = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
        missing = [p for p in needed if p not in found]
        state = "ok" if not missing else f"MISSING {', '.join(missing)}"
        lines.append(f"  {lang}          {', '.join(found) or '-'}  [{state}]")
    others = (
        sorted(p.name for p in directory.iterdir() if p.is_dir() and p.name not in LANGUAGES and len(p.name) <= 3)
        if directory.is_dir()
        else []
    )
    if others:
        lines.append(f"  also there  {', '.join(others)} (not used by quotekit)")
    return "\n".join(lines)


def _cmd_schema(args: argparse.Namespace) -> int:
    from quotekit.models import json_schema_text

    print(json_schema_text())
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "extract": _cmd_extract,
    "download": _cmd_download,
    "info": _cmd_info,
    "schema": _cmd_schema,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    args = parse_args(argv)
    _configure_logging(args.verbose)
    try:
        return _COMMANDS[args.command](args)
    except BrokenPipeError:
        # The reader went away (e.g. '| head'); not an error of ours.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
