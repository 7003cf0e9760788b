"""Sorted character spans looked up by bisection: which quote holds a word, which sentence holds an offset.

Attribution asks these questions once per word, quote or mention; answering each by a scan over every quote or
sentence of the document made attribution and resolution quadratic in the document's length (issue 13). A
:class:`SpanIndex` answers them in logarithmic time when its spans are sorted and do not overlap (quotes at
the top level, parsed sentences) and falls back to the scan otherwise, so the answer is always the scan's:
the first span in the given order that overlaps.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

__all__ = ["SpanIndex"]


class SpanIndex:
    """Half-open ``(start, end)`` spans in a fixed order, with overlap and containment queries."""

    __slots__ = ("_ends", "_sorted", "_starts", "spans")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]
        # Bisection needs starts and ends both non-decreasing, i.e. spans in text order without overlap.
        self._sorted = all(
            self._starts[k] <= self._starts[k + 1] and self._ends[k] <= self._starts[k + 1]
            for k in range(len(self.spans) - 1)
        )

    @property
    def is_sorted(self) -> bool:
        """Spans in text order without overlap: the bisecting queries apply."""
        return self._sorted

    def __len__(self) -> int:
        return len(self.spans)

    def first_overlapping(self, start: int, end: int) -> int:
        """Index of the first span with ``s < end and start < e``, or -1."""
        if not self._sorted:
            for k, (s, e) in enumerate(self.spans):
                if start < e and s < end:
                    return k
            return -1
        k = bisect_right(self._ends, start)  # first span ending after ``start``
        if k < len(self.spans) and self._starts[k] < end:
            return k
        return -1

    def overlapping_range(self, start: int, end: int) -> range:
        """Indices of every span overlapping ``[start, end)``, in order (sorted spans only)."""
        if not self._sorted:
            return range(0)  # callers use :meth:`overlapping`, which scans in that case
        lo = bisect_right(self._ends, start)
        hi = bisect_left(self._starts, end)
        return range(lo, max(lo, hi))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Every span with ``s < end and start < e``, in the given order."""
        if not self._sorted:
            return [(s, e) for s, e in self.spans if start < e and s < end]
        return [self.spans[k] for k in self.overlapping_range(start, end) if start < self._ends[k]]

    def containing(self, pos: int) -> int:
        """Index of the first span with ``s <= pos < e``, or -1."""
        if not self._sorted:
            for k, (s, e) in enumerate(self.spans):
                if s <= pos < e:
                    return k
            return -1
        # The last span starting at or before ``pos`` is the only one that can hold it: earlier ones end
        # before it starts.
        k = bisect_right(self._starts, pos) - 1
        return k if k >= 0 and self._ends[k] > pos else -1

    def last_ending_by(self, pos: int) -> int:
        """Index of the last span in order with ``e <= pos``, or -1 (sorted spans only: ends ascend)."""
        if not self._sorted:
            found = -1
            for k, (_, e) in enumerate(self.spans):
                if e <= pos:
                    found = k
            return found
        return bisect_right(self._ends, pos) - 1

    def first_starting_from(self, pos: int) -> int:
        """Index of the first span in order with ``s >= pos``, or -1."""
        if not self._sorted:
            return next((k for k, (s, _) in enumerate(self.spans) if s >= pos), -1)
        k = bisect_left(self._starts, pos)
        return k if k < len(self.spans) else -1

    def first_ending_after(self, pos: int) -> int:
        """Index of the first span in order with ``e > pos`` (sorted) — where a scan for ``e > pos`` starts."""
        if not self._sorted:
            return next((k for k, (_, e) in enumerate(self.spans) if e > pos), len(self.spans))
        return bisect_right(self._ends, pos)
