"""The progress bar of pipe() and the CLI, and the one extractor cache shared by extract(), the CLI and workers."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

from quotekit import Extractor
from quotekit.extractor import cached_extractor
from quotekit.parallel import worker_extractor
from quotekit.progress import Progress, _tqdm_class


def test_text_bar_without_widgets_and_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a TqdmWarning (IProgress not found) would fail the test
        cls = _tqdm_class(notebook=True)
        bar = Progress(4, True, notebook=True)
        for _ in range(4):
            bar.update()
        bar.exclude(1.0)
        bar.status("parsing 4 documents")
        bar.close()
    if importlib.util.find_spec("ipywidgets") is None:
        from tqdm.std import tqdm

        assert cls is tqdm  # the plain text bar, not the notebook widget that would warn
    err = capsys.readouterr().err
    assert "4/4" in err and "doc" in err


def test_bar_ends_on_the_full_count_after_excluded_loading(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    bar = Progress(4, True)
    bar.status("parsing 4 documents")
    bar.exclude(1000.0)  # a long model load: the bar's start moves past its last draw
    for _ in range(4):
        bar.update()  # within tqdm's redraw interval, so none of these draws
    bar.close()
    assert "4/4" in capsys.readouterr().err


def test_disabled_progress_is_silent(capsys: pytest.CaptureFixture[str]) -> None:
    bar = Progress(None, False)
    bar.update()
    bar.status("x")
    bar.close()
    assert capsys.readouterr().err == ""


@pytest.mark.models
def test_pipe_counts_every_document_against_the_total(extractor: Extractor, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    docs = ["„Ja“, sagte er.", "“Yes,” he said.", "Nichts.", "Nothing."]
    results = list(extractor.pipe(docs, batch_size=3, progress=True))
    assert len(results) == 4
    err = capsys.readouterr().err
    assert "4/4" in err  # the total is known for a list, so the bar shows n/N and an estimate


def test_one_extractor_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    a = cached_extractor(lang="en", offline=True)
    assert cached_extractor(offline=True, lang="en") is a  # keyword order does not matter
    # quotekit.parallel uses the same cache, with one torch thread per worker unless told otherwise
    w = worker_extractor(lang="en", offline=True)
    assert w is cached_extractor(lang="en", offline=True, threads=1) and w.pipelines.threads == 1
    assert cached_extractor(lang="de", offline=True) is not a
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path) + "/other")
    b = cached_extractor(lang="en", offline=True)
    assert b is not a  # the environment decides the models directory, so it is part of the key
    assert str(b.pipelines.models_dir).endswith("other")
