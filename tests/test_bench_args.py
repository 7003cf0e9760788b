"""The command line of ``benchmarks/bench_attribution.py``: document sizes in one unit, KB (no models)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    # appended, not prepended: benchmarks/evaluate.py must not shadow an installed ``evaluate``
    sys.path.append(str(BENCHMARKS))
    try:
        yield importlib.import_module("bench_attribution")
    finally:
        sys.path.remove(str(BENCHMARKS))


@pytest.mark.parametrize(
    ("argv", "sizes"),
    [
        ([], [100, 300, 1000]),
        (["--sizes", "100,300"], [100, 300]),
        (["--sizes", "50KB, 2kb"], [50, 2]),
        (["--sizes", ""], []),
    ],
)
def test_sizes_are_kilobytes(bench: ModuleType, argv: list[str], sizes: list[int]) -> None:
    assert bench.parse_args(argv).sizes == sizes


@pytest.mark.parametrize("value", ["100000", "0", "1.5", "-3", "100MB"])
def test_sizes_in_another_unit_are_refused(bench: ModuleType, value: str) -> None:
    """A size of the old command line (characters, ``100000``) would build a 100 MB document: it is refused with
    the unit named, as is anything not a whole number of KB."""
    with pytest.raises(SystemExit):
        bench.parse_args(["--sizes", value])


def test_a_news_document_has_the_size_asked_in_kb(bench: ModuleType, shared_dir: Path) -> None:
    text = bench.news(3)
    assert 2990 <= len(text.encode("utf-8")) <= 3000
