"""End-to-end benchmark on the dev sets: speed, stage times, memory and accuracy, selective vs whole-document.

    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 python benchmarks/bench_pipeline.py --sample 100

Prints a markdown table that can be pasted into docs/accuracy.md. Numbers depend on the machine; run by hand,
never from the test suite.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from quotekit.evaluation import evaluate, load_scorer, read_gold
from quotekit.extractor import Extractor, StageTimes

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SETS = {"en": EVAL / "dev" / "en_news_polnear_train300.jsonl", "de": EVAL / "dev" / "de_news_spkatt_train.jsonl"}


def _rss_mb() -> float:
    try:
        import psutil
    except ImportError:
        return float("nan")
    return float(psutil.Process().memory_info().rss) / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=100, help="documents per set (evenly spread); 0 = all")
    ap.add_argument("--sets", default="en,de")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--no-indirect", action="store_true", help="direct quotes only (skips cue-only sentences)")
    a = ap.parse_args()
    scorer = load_scorer(EVAL / "score.py")

    rss0 = _rss_mb()
    probe = Extractor()
    t0 = time.perf_counter()
    for lang in ("en", "de"):
        probe.pipelines.get(lang)
    load_s = time.perf_counter() - t0
    rss_loaded = _rss_mb()

    rows = []
    for name in a.sets.split(","):
        gold = read_gold(SETS[name], sample=a.sample or None)
        chars = sum(len(d["text"]) for d in gold)
        for selective in (True, False):
            ex = Extractor(selective=selective, indirect=not a.no_indirect)
            ex.pipelines = probe.pipelines  # share the loaded models: load time is reported apart
            t1 = time.perf_counter()
            st = StageTimes()
            res = evaluate(ex, gold, scorer, kinds=("direct",), batch_size=a.batch_size, timings=st)["direct"]
            dt = time.perf_counter() - t1
            rows.append(
                (
                    name,
                    "selective" if selective else "whole",
                    len(gold),
                    len(gold) / dt,
                    chars / dt,
                    st.scan,
                    st.language,
                    st.select,
                    st.parse,
                    st.attribution,
                    st.resolution,
                    (st.sentences_parsed / st.sentences_total) if st.sentences_total else float("nan"),
                    res["e2e"][2] * 100,
                )
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"pipeline load (en+de): {load_s:.1f} s; RSS before {rss0:.0f} MB, with both pipelines {rss_loaded:.0f} MB;"
        f" peak RSS {peak:.0f} MB; batch size {a.batch_size}; sample {a.sample or 'all'} docs per set;"
        f" indirect {'off' if a.no_indirect else 'on'}\n"
    )
    print(
        "| set | mode | docs | docs/s | chars/s | scan s | lang s | select s | parse s | attrib s | resolve s "
        "| parsed sents | e2e F1 direct |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.2f} | {r[4]:.0f} | {r[5]:.3f} | {r[6]:.3f} | {r[7]:.3f} "
            f"| {r[8]:.1f} | {r[9]:.3f} | {r[10]:.3f} | {r[11]:.0%} | {r[12]:.1f} |"
        )


if __name__ == "__main__":
    main()
