"""Recall per gold label family of one kind (SpkAtt ``Indirect``/``IndirectFreeIndirect``/``Reported``/
``FreeIndirect``; PolNeAR ``Attribution``/``Attribution-no-source``), with the shared scorer's matching.

    python benchmarks/label_families.py ../shared/eval/dev/de_news_spkatt_train.jsonl /tmp/run/de.jsonl

Only the documents present in the prediction file count, so a ``--sample`` run's predictions can be scored.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from quotekit.evaluation import load_scorer

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--kind", default="indirect")
    a = ap.parse_args()
    score = load_scorer(EVAL / "score.py")
    gold, pred = score.load(a.gold), score.load(a.pred)
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for doc_id, pd in pred.items():
        gd = gold[doc_id]
        text = gd["text"]
        gq = [q for q in gd["quotes"] if q.get("kind") == a.kind]
        pq = [q for q in pd.get("quotes", []) if q.get("kind") == a.kind]
        families = [(q.get("label") or "?").split(".")[0] for q in gq]
        total.update(families)
        for gi, pi, _ in score.match(gq, pq, text):
            found[families[gi]] += 1
            right[families[gi]] += bool(score.speaker_ok(gq[gi], pq[pi], text))
    print("| family | gold | span recall | e2e recall |\n|---|---|---|---|")
    for fam, n in total.most_common():
        print(f"| {fam} | {n} | {found[fam] / n:.3f} | {right[fam] / n:.3f} |")


if __name__ == "__main__":
    main()
