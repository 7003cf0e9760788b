"""Shared fixtures: where the shared data and compact Stanza models live, and one set of loaded pipelines.

Tests that need models carry ``@pytest.mark.models`` and use the session-scoped ``pipelines`` fixture, so the
English and German models are loaded at most once per test run whichever test files ask for them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotekit import Extractor
from quotekit.nlp import Pipelines

REPO = Path(__file__).resolve().parents[1]


def _shared_dir() -> Path:
    return (REPO.parent / "shared").resolve()


def _models_dir() -> Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env).expanduser() if env else _shared_dir() / "stanza_resources"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``/work/shared`` (the folder next to the repository): eval data, the scorer and the Stanza models."""
    path = _shared_dir()
    if not path.is_dir():
        pytest.skip(f"shared data folder not found at {path}")
    return path


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The compact Stanza models: ``STANZA_RESOURCES_DIR``, else ``<repo>/../shared/stanza_resources``."""
    path = _models_dir()
    if not (path / "resources.json").is_file():
        pytest.skip(f"Stanza models not found in {path}; set STANZA_RESOURCES_DIR")
    return path


@pytest.fixture(scope="session")
def pipelines(models_dir: Path) -> Iterator[Pipelines]:
    """One offline :class:`~quotekit.nlp.Pipelines` for the whole session (tests never download)."""
    yield Pipelines(models_dir, offline=True)


@pytest.fixture(scope="session")
def extractor(pipelines: Pipelines) -> Extractor:
    """One offline :class:`~quotekit.Extractor` on the shared pipelines, for end-to-end tests."""
    ex = Extractor(offline=True)
    ex.pipelines = pipelines
    return ex


@pytest.fixture(scope="session")
def embedded_extractor(extractor: Extractor) -> Extractor:
    """An offline :class:`~quotekit.Extractor` with ``embedded=True`` (speech reported inside quotations) on the
    same pipelines."""
    ex = Extractor(offline=True, embedded=True)
    ex.pipelines = extractor.pipelines
    return ex
