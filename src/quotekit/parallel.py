"""Running quotekit on a distributed engine: one cached :class:`Extractor` per worker process.

Stanza pipelines are expensive to load and cannot be pickled cheaply, so tasks never ship an extractor: each
worker process builds its own on first use (keyed by the settings) and reuses it for every partition it gets.
The functions here take and return plain JSON-able data, which any engine (Dask, Ray, Spark, multiprocessing)
can move between processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from quotekit.extractor import Extractor, cached_extractor

__all__ = ["extract_partition", "worker_extractor"]


def worker_extractor(**settings: Any) -> Extractor:
    """This process's extractor for ``settings`` (built once per process; the cache :func:`extract` uses too).

    One torch thread unless ``threads`` says otherwise: an engine runs a worker per core already, and torch's
    threads in every worker would compete for the same cores (docs/performance.md, "Threads")."""
    return cached_extractor(**{"threads": 1, **settings})


def extract_partition(
    records: Iterable[Mapping[str, Any]], *, batch_size: int = 16, **settings: Any
) -> list[dict[str, Any]]:
    """Extract from ``{"id", "text"}`` records; returns each result as JSON-able data (``model_dump``)."""
    ex = worker_extractor(**settings)
    return [r.model_dump(mode="json") for r in ex.pipe(list(records), batch_size=batch_size)]
