"""Scale-out: the same extraction on a local Dask cluster of two worker processes gives identical results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotekit import Extractor
from quotekit.evaluation import read_gold

pytestmark = [pytest.mark.models, pytest.mark.slow]


def test_dask_cluster_results_equal_the_single_process_run(
    extractor: Extractor, shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, models_dir: Path
) -> None:
    pytest.importorskip("dask.distributed")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
    from dask_scale_out import run  # the example is what users copy, so the test runs it

    # worker processes inherit the environment: offline models only
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(models_dir))
    monkeypatch.setenv("QUOTEKIT_OFFLINE", "1")
    docs = read_gold(shared_dir / "eval" / "dev" / "de_news_spkatt_train.jsonl", sample=4)
    docs += read_gold(shared_dir / "eval" / "dev" / "en_news_polnear_train300.jsonl", sample=4)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"

    n = run(str(corpus), str(out), workers=2, blocksize="20kB")

    distributed = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    single = [r.model_dump(mode="json") for r in extractor.pipe({"id": d["id"], "text": d["text"]} for d in docs)]
    assert n == len(docs)
    assert [d["id"] for d in distributed] == [d["id"] for d in docs]
    assert distributed == single
