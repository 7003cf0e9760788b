"""The one progress bar, for :meth:`quotekit.Extractor.pipe` and the CLI.

tqdm when it is installed (``tqdm.auto``'s notebook widget only where ipywidgets is importable, so a notebook
without widgets gets a text bar instead of a ``TqdmWarning: IProgress not found``), else a plain counter on
stderr. The estimate is the average rate over the whole run (``smoothing=0``): Stanza parses a batch of
documents in one call, so rates measured over the last few updates swing between bursts. Model loading is
excluded from the rate (:meth:`Progress.exclude`), so the first batch does not make the estimate too long.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import warnings
from typing import IO, Any

__all__ = ["Progress"]


def _quiet_tqdm_in_notebooks() -> None:
    """Import ``tqdm.auto`` once with its 'IProgress not found' warning filtered, in a Jupyter kernel that lacks
    ipywidgets.

    Stanza imports ``tqdm.auto`` when it is first imported; in such a kernel that import warns
    (``TqdmWarning: IProgress not found``) and falls back to the text bar anyway. The warning is noise to a
    quotekit user, who never asked for a widget; doing the first import here, quietly, means it never shows.
    """
    if "ipykernel" not in sys.modules or "tqdm.auto" in sys.modules:
        return
    if importlib.util.find_spec("ipywidgets") is not None or importlib.util.find_spec("tqdm") is None:
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*IProgress not found.*")
        import tqdm.auto  # noqa: F401  # imported for its side effect: the one-time warning, silenced


_quiet_tqdm_in_notebooks()


def _tqdm_class(notebook: bool) -> Any:
    """tqdm's class for this environment, or None when tqdm is not installed."""
    try:
        from tqdm import std
    except ImportError:
        return None
    if notebook and importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.auto import tqdm as auto

        return auto
    return std.tqdm


class Progress:
    """Counts documents on stderr: a tqdm bar, or without tqdm a counter redrawn a few times a second.

    Args:
        total: how many documents to expect (None: unknown).
        enabled: False makes every method a no-op (except :meth:`write`, which prints plainly).
        notebook: allow tqdm's notebook widget (library use); the CLI always draws text.
        file: where to draw (default ``sys.stderr`` at the time of the call).
    """

    def __init__(
        self, total: int | None, enabled: bool, *, notebook: bool = False, file: IO[str] | None = None
    ) -> None:
        self.enabled = enabled
        self.count = 0
        self.total = total
        self._file = file
        self._bar: Any = None
        self._last = 0.0
        if not enabled:
            return
        cls = _tqdm_class(notebook)
        if cls is not None:
            self._bar = cls(total=total, unit="doc", desc="quotekit", file=self.file, dynamic_ncols=True, smoothing=0.0)

    @property
    def file(self) -> IO[str]:
        return self._file if self._file is not None else sys.stderr

    def update(self, n: int = 1) -> None:
        self.count += n
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        # Redraw at most a few times a second; a counter per document floods a slow terminal.
        if now - self._last >= 0.2 or self.count == self.total:
            self._last = now
            of = f"/{self.total}" if self.total is not None else ""
            self.file.write(f"\rquotekit: {self.count}{of} documents")
            self.file.flush()

    def status(self, text: str) -> None:
        """What the run is doing now (``loading models``, ``parsing 16 documents``), beside the bar."""
        if self.enabled and self._bar is not None:
            self._bar.set_postfix_str(text, refresh=True)

    def exclude(self, seconds: float) -> None:
        """Leave ``seconds`` (model loading, say) out of the rate the estimate is based on."""
        if self.enabled and self._bar is not None and seconds > 0:
            self._bar.start_t += seconds
            # tqdm's close() skips the final redraw of a bar whose last draw looks older than its start, so a
            # run whose last few documents came within the redraw interval would end on a stale count.
            self._bar.last_print_t = max(self._bar.last_print_t, self._bar.start_t)

    def write(self, message: str) -> None:
        """A message line on stderr that does not tear the bar apart."""
        if self._bar is not None:
            self._bar.write(message, file=self.file)
        elif self.enabled and self.count:
            self.file.write("\r\x1b[K" + message + "\n")  # clear the counter's line, then redraw it on update
            self.file.flush()
        else:
            print(message, file=self.file)  # a message for the user, like the CLI's

    def close(self) -> None:
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.close()
        elif self.count:
            self.file.write("\n")
