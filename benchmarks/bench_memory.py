"""Memory while streaming a JSONL corpus: RSS must stay flat however long the file is.

    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 python benchmarks/bench_memory.py --docs 400

Writes a corpus of ``--docs`` documents (dev-set articles repeated with new ids) to a temporary file, streams it
through ``read_jsonl`` → ``Extractor.pipe`` → a JSONL writer, and prints RSS after each tenth of the corpus and
with both language pipelines loaded. Run by hand; figures go into the docs and issue notes.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import psutil

from quotekit.evaluation import prediction_record, read_gold
from quotekit.extractor import Extractor, StageTimes
from quotekit.io import read_jsonl, valid_records

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def _rss_mb() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=16)
    a = ap.parse_args()
    base = read_gold(DEV / "de_news_spkatt_train.jsonl", sample=20) + read_gold(
        DEV / "en_news_polnear_train300.jsonl", sample=20
    )
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for i in range(a.docs):
                d = base[i % len(base)]
                fh.write(json.dumps({"id": f"{i}:{d['id']}", "text": d["text"]}, ensure_ascii=False) + "\n")
        size_mb = corpus.stat().st_size / 2**20
        ex = Extractor()
        rss_start = _rss_mb()
        ex.pipelines.get("en")
        ex.pipelines.get("de")
        rss_loaded = _rss_mb()
        print(
            f"corpus: {a.docs} docs, {size_mb:.1f} MB; RSS at start {rss_start:.0f} MB, "
            f"with en+de pipelines {rss_loaded:.0f} MB"
        )
        out = Path(tmp) / "out.jsonl"
        step = max(1, a.docs // 10)
        with out.open("w", encoding="utf-8") as sink:
            records = valid_records(read_jsonl(corpus))
            # Per-call timings live in this object, not on the extractor: nothing grows with the corpus there.
            times = StageTimes()
            for n, result in enumerate(ex.pipe(records, batch_size=a.batch_size, timings=times), start=1):
                sink.write(json.dumps(prediction_record(result), ensure_ascii=False) + "\n")
                if n % step == 0:
                    print(f"  after {n:5d} docs: RSS {_rss_mb():.0f} MB")
        print(f"parse {times.parse:.1f} s, attribution {times.attribution:.1f} s, resolution {times.resolution:.1f} s")


if __name__ == "__main__":
    main()
