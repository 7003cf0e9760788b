"""Guards on the test suite itself: switches that would make a failing test pass must be off in CI."""

from __future__ import annotations

import os

import pytest


def test_snapshot_regeneration_is_off_in_ci() -> None:
    # QUOTEKIT_REGEN_SNAPSHOTS=1 rewrites the HTML and JSON Schema snapshots instead of comparing them, so a
    # CI run with it set would pass whatever the output became.
    if not os.environ.get("CI"):
        pytest.skip("only meaningful where CI is set")
    assert os.environ.get("QUOTEKIT_REGEN_SNAPSHOTS") != "1", "snapshot regeneration must never run in CI"


def test_snapshot_tests_read_the_switch_from_one_name() -> None:
    # Both snapshot suites must obey the same switch, or the guard above would miss one of them.
    from pathlib import Path

    here = Path(__file__).parent
    for name in ("test_render.py", "test_models.py"):
        assert "QUOTEKIT_REGEN_SNAPSHOTS" in (here / name).read_text(encoding="utf-8"), name
