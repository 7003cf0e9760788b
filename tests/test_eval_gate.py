"""The evaluation gate: quotekit on a fixed sample of each dev set, scored with the shared scorer, must stay at or
above the floors pinned in ``eval_floors.json``.

The sample (evenly spread documents, see ``quotekit.evaluation.read_gold``) keeps the gate inside CI's time; the
full sets are scored by ``benchmarks/evaluate.py``. A set's ``options`` are :class:`~quotekit.Extractor` keyword
arguments (``de_fiction_embedded`` gates Redewiedergabe with ``embedded=True``, where its span target is met).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from quotekit import Extractor
from quotekit.evaluation import evaluate, load_scorer, read_gold

pytestmark = [pytest.mark.models, pytest.mark.slow]

SETS: dict[str, Any] = json.loads(Path(__file__).with_name("eval_floors.json").read_text(encoding="utf-8"))["sets"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_dev_set_scores_stay_above_the_pinned_floors(name: str, extractor: Extractor, shared_dir: Path) -> None:
    spec = SETS[name]
    gold_file = shared_dir / "eval" / "dev" / spec["file"]
    digest = hashlib.sha256(gold_file.read_bytes()).hexdigest()
    # Floors only mean something against the gold they were measured on; a replaced file needs new floors.
    assert digest == spec["sha256"], f"{gold_file} changed since its floors were pinned (sha256 {digest})"
    gold = read_gold(gold_file, sample=spec["sample"])
    options: dict[str, Any] = spec.get("options", {})
    if options:
        # a set may be gated with the extractor's options (Redewiedergabe with ``embedded=True``), on the same
        # pipelines
        pipelines = extractor.pipelines
        extractor = Extractor(offline=True, **options)
        extractor.pipelines = pipelines
    scorer = load_scorer(shared_dir / "eval" / "score.py")
    kinds: dict[str, Any] = spec["floors"]
    scores = evaluate(extractor, gold, scorer, kinds=tuple(kinds))
    report = {
        k: {"e2e_f1": round(v["e2e"][2], 4), "span_partial_f1": round(v["partial"][2], 4)} for k, v in scores.items()
    }
    print(f"{name}: {json.dumps(report)}")  # noqa: T201 - shown with -s when raising a floor
    for kind, floors in kinds.items():
        for metric, floor in floors.items():
            assert report[kind][metric] >= floor, (
                f"{name} --kind {kind} {metric} {report[kind][metric]} < floor {floor}"
            )
