"""Fiction figures by kind of quotation, with the shared scorer (issue 15).

python benchmarks/fiction_breakdown.py GOLD PRED [--names] [--same-ids OTHER_PRED]

* PDNC (``en_fiction``, score with ``--names``): speaker accuracy and recall per gold ``label`` — ``Explicit``
  (``said Elizabeth``), ``Anaphoric`` (``she said``), ``Implicit`` (turn-taking, no attribution).
* Redewiedergabe (``de_fiction``): the level-1 gold segments alone. A fifth of the gold direct segments are
  level-2/3 speech *inside* a quotation (``reported.speech.L2`` …), mostly without marks of their own, which no
  top-level quote finder can match; the level-1 figures show how the quotations themselves are found.

Only the documents present in PRED are scored (evaluate.py ``--sample`` runs), and ``--same-ids`` narrows both to
the ids of another prediction file, so a sample run compares with the baseline on the same documents. Per-label
rows are recall-side: every prediction stays in, so their precision is not meaningful and is not printed.
"""

from __future__ import annotations

import argparse
import copy
import functools
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotekit.evaluation import load_scorer

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
_LEVEL = re.compile(r"\.L\d+$")


def _read(path: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                out[d["id"]] = d
    return out


def _line(name: str, r: dict[str, Any], *, precision: bool) -> str:
    p, rec, f = r["partial"]
    e2e = r["e2e"]
    span = f"span P {p:.3f} R {rec:.3f} F1 {f:.3f}" if precision else f"span R {rec:.3f}"
    end = f"e2e F1 {e2e[2]:.3f}" if precision else f"e2e R {e2e[1]:.3f}"
    return f"{name:<12} gold {r['gold']:5d} | {span} | speaker acc {r['speaker_acc']:.3f} (n={r['speaker_n']}) | {end}"


def _has_label(label: str, quote: dict[str, Any]) -> bool:
    return bool(quote.get("label") == label)


def _level_one(quote: dict[str, Any]) -> bool:
    return not _LEVEL.search(quote.get("label") or "")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--names", action="store_true", help="judge speakers by name (PDNC)")
    ap.add_argument("--kind", default="direct")
    ap.add_argument("--same-ids", help="another prediction file: score only the ids both files hold")
    a = ap.parse_args()
    scorer = load_scorer(EVAL / "score.py")
    gold, pred = _read(a.gold), _read(a.pred)
    ids = set(pred)
    if a.same_ids:
        ids &= set(_read(a.same_ids))
    gold = {k: v for k, v in gold.items() if k in ids}
    pred = {k: v for k, v in pred.items() if k in ids}
    kinds = set(a.kind.split(","))
    res, _ = scorer.score(gold, pred, kinds, a.names)
    print(f"{len(gold)} documents")
    print(_line("all", res, precision=True))
    labels = sorted({q.get("label") or "-" for d in gold.values() for q in d["quotes"] if q.get("kind") in kinds})
    if {"Explicit", "Anaphoric", "Implicit"} & set(labels):
        groups: dict[str, Callable[[dict[str, Any]], bool]] = {
            lab: functools.partial(_has_label, lab) for lab in ("Explicit", "Anaphoric", "Implicit")
        }
    else:
        groups = {"level 1": _level_one}
    for name, keep in groups.items():
        g2 = copy.deepcopy(gold)
        for d in g2.values():
            d["quotes"] = [q for q in d["quotes"] if keep(q)]
        r, _ = scorer.score(g2, pred, kinds, a.names)
        print(_line(name, r, precision=False))


if __name__ == "__main__":
    main()
