"""Scoring against gold: running an extractor over gold documents and the shared ``score.py``.

The prediction format itself (``{"id", "quotes": [...]}``) is derived from the result records in
:mod:`quotekit.output` (:func:`~quotekit.output.eval_record`); the names below are kept for callers.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from quotekit.output import eval_quote, eval_record

if TYPE_CHECKING:
    from quotekit.extractor import Extractor, StageTimes

__all__ = ["evaluate", "load_scorer", "prediction_record", "quote_record", "read_gold"]


quote_record = eval_quote
"""One quote in the common JSONL evaluation format, which ``score.py`` reads as a prediction (kept name)."""

prediction_record = eval_record
"""One line of the evaluation format: the document id, its quotes, and its error if it failed (kept name)."""


def read_gold(path: str | Path, *, sample: int | None = None) -> list[dict[str, Any]]:
    """Gold documents of a JSONL file; ``sample`` keeps a fixed, evenly spread subset of that many documents."""
    docs = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
    if sample is not None and 0 < sample < len(docs):
        step = len(docs) / sample
        docs = [docs[int(i * step)] for i in range(sample)]
    return docs


def load_scorer(path: str | Path) -> ModuleType:
    """Import the shared ``score.py`` (kept outside the package) as a module."""
    spec = importlib.util.spec_from_file_location("quotekit_eval_score", str(path))
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(
    extractor: Extractor,
    gold: list[dict[str, Any]],
    scorer: ModuleType,
    *,
    kinds: tuple[str, ...] = ("direct",),
    predictions_out: str | Path | None = None,
    batch_size: int = 16,
    timings: StageTimes | None = None,
    nested: bool = False,
) -> dict[str, dict[str, Any]]:
    """Run ``extractor`` over the gold documents and score each kind (``"direct"``, ``"indirect,mixed"``…).

    ``timings``, when given, receives the run's seconds per stage (see :class:`~quotekit.extractor.StageTimes`);
    ``nested`` writes quotations inside quotes as quotes of their own (:func:`~quotekit.output.eval_record`).
    """
    docs = ({"id": d["id"], "text": d["text"]} for d in gold)
    records = [
        prediction_record(r, nested=nested) for r in extractor.pipe(docs, batch_size=batch_size, timings=timings)
    ]
    if predictions_out is not None:
        with Path(predictions_out).open("w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    gold_by_id = {d["id"]: d for d in gold}
    pred_by_id = {r["id"]: r for r in records}
    out = {}
    for kind in kinds:
        res, _errors = scorer.score(gold_by_id, pred_by_id, set(kind.split(",")))
        out[kind] = res
    return out
