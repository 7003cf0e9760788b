"""Write scanner-only predictions for a dev set and score them with the shared scorer.

Every top-level span becomes a ``direct`` quote with no speaker, so the figures measure the scanner alone:
precision against ``--kind direct`` is lowered by mixed fragments and scare quotes, which are direct-looking
spans the gold files label ``mixed`` or not at all. A multi-paragraph quotation is written as one quote per
paragraph (:func:`quotekit.scanner.span_pieces`), as both corpora annotate it.

    python benchmarks/scanner_dev_eval.py ../shared/eval/dev/de_news_spkatt_train.jsonl /tmp/de_pred.jsonl
    python ../shared/eval/score.py ../shared/eval/dev/de_news_spkatt_train.jsonl /tmp/de_pred.jsonl --kind direct
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from quotekit.scanner import scan_quotes, span_pieces


def predict(gold: Path, out: Path) -> int:
    """Writes one prediction line per gold document; returns the number of documents."""
    n = 0
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            doc = json.loads(line)
            # Both corpora annotate each paragraph of a multi-paragraph quotation on its own.
            quotes = [
                {"start": s, "end": e, "kind": "direct", "speaker": None}
                for q in scan_quotes(doc["text"])
                if q.depth == 0
                for s, e in span_pieces(doc["text"], q)
            ]
            dst.write(json.dumps({"id": doc["id"], "quotes": quotes}, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("gold", type=Path, help="gold JSONL (common format)")
    ap.add_argument("out", type=Path, help="where to write the predictions")
    args = ap.parse_args(argv)
    print(f"{predict(args.gold, args.out)} documents -> {args.out}")


if __name__ == "__main__":
    main()
