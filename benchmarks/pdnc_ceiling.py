"""How far the passage itself names each PDNC speaker: for every matched gold quotation with a character, whether a
token of its ``speaker_entity`` (the scorer's ``--names`` test) is written, capitalised, before the quotation, and
how far back; counted per gold label and per right/wrong prediction.

    python benchmarks/pdnc_ceiling.py ../shared/eval/dev/en_fiction_pdnc_dev200.jsonl /tmp/run/en_fiction.jsonl

Columns: in the quotation's own paragraph before it, 1-3 paragraphs back, further back, only after the quotation,
nowhere in the passage. A wrong answer whose character is named nowhere (a first-person narrator, ``the old
lady``) is out of reach of the passage; one named only after it needs the text that follows.
"""

from __future__ import annotations

import argparse
import bisect
import re
from collections import Counter
from pathlib import Path
from typing import Any

from quotekit.evaluation import load_scorer

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
PLACES = ("same paragraph", "1-3 back", "further back", "only after", "nowhere")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _place(text: str, gold: dict[str, Any], tokens: list[str]) -> str:
    """Where a token of the gold character's name is written nearest before the quotation."""
    breaks = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    found = [
        m.start()
        for t in tokens
        for m in re.finditer(rf"\b{re.escape(t)}\b", text, flags=re.IGNORECASE)
        if text[m.start()].isupper()
    ]
    if not found:
        return "nowhere"
    before = [o for o in found if o < gold["start"]]
    if not before:
        return "only after"
    here = bisect.bisect_right(breaks, gold["start"])
    back = min(here - bisect.bisect_right(breaks, o) for o in before)
    return "same paragraph" if back == 0 else "1-3 back" if back <= 3 else "further back"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("pred")
    a = ap.parse_args()
    score = load_scorer(EVAL / "score.py")
    gold, pred = score.load(a.gold), score.load(a.pred)
    counts: Counter[tuple[str, bool, str]] = Counter()
    for did, gd in gold.items():
        if did not in pred:
            continue
        text = gd["text"]
        gq, pq, _ = score.select(gd, pred[did], {"direct"})
        for gi, pi, _exact in score.match(gq, pq, text):
            g = gq[gi]
            if not g.get("speaker_entity"):
                continue
            ok = bool(score.speaker_ok(g, pq[pi], text, True))
            tokens = [t for t in score.name_tokens(g["speaker_entity"]) if t not in score.PRONOUNS]
            counts[(g.get("label") or "-", ok, _place(text, g, tokens))] += 1
    print(f"{'label':<10} {'answer':<6} {'n':>5} | " + " | ".join(f"{p:>14}" for p in PLACES))
    for label in sorted({k[0] for k in counts}):
        for ok in (True, False):
            row = [counts[(label, ok, p)] for p in PLACES]
            name = "right" if ok else "wrong"
            print(f"{label:<10} {name:<6} {sum(row):>5} | " + " | ".join(f"{n:>14}" for n in row))


if __name__ == "__main__":
    main()
