"""Peak memory and time on adversarial input: every case must stay under 1.5 GB RSS.

    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 python benchmarks/bench_adversarial.py
    ... --cases quotes_2k,unpunctuated_50k --timeout 900

Each case runs in a fresh subprocess (``quotekit.extract`` with the default settings, indirect speech on); the
parent samples the child's RSS with psutil every 0.1 s and reports the peak, the child reports its own
``ru_maxrss`` (the kernel's peak, which catches spikes between samples), the wall time and the stage times. A
case that runs past ``--timeout`` is killed and reported as such.

Cases: ``quotes_2k`` and ``quotes_100k`` (``„a“`` pairs, one line: the tokenizer returns it as one sentence),
``unpunctuated_50k`` (a 50 KB line of news words without punctuation), ``news_1m`` (English and German dev
articles concatenated to 1 MB, paragraphs kept).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
LIMIT_MB = 1536
CASES = ("quotes_2k", "quotes_100k", "unpunctuated_50k", "news_1m")


def _news(size: int) -> str:
    en = [json.loads(x)["text"] for x in (DEV / "en_news_polnear_train300.jsonl").open(encoding="utf-8")]
    de = [json.loads(x)["text"] for x in (DEV / "de_news_spkatt_train.jsonl").open(encoding="utf-8")]
    parts: list[str] = []
    total = 0
    for i in range(max(len(en), len(de)) * 2):
        doc = (en if i % 2 == 0 else de)[(i // 2) % (len(en) if i % 2 == 0 else len(de))]
        parts.append(doc)
        total += len(doc) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def make_text(case: str) -> str:
    if case == "quotes_2k":
        return ("„a“" * 700)[:2000]
    if case == "quotes_100k":
        return ("„a“" * 34_000)[:100_000]
    if case == "unpunctuated_50k":
        words = re.sub(r"[^\w\s]", " ", _news(60_000)).split()
        return " ".join(words)[:50_000]
    if case == "news_1m":
        return _news(1_000_000)
    raise ValueError(case)


def _child(case: str) -> None:
    from quotekit import Extractor
    from quotekit.extractor import StageTimes
    from quotekit.models import QuoteFlag

    text = make_text(case)
    ex = Extractor()
    t0 = time.perf_counter()
    times = StageTimes()
    result = ex.extract(text, timings=times)
    wall = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "chars": len(text),
                "wall": wall,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "quotes": len(result.quotes),
                "parse_split": sum(QuoteFlag.PARSE_SPLIT in q.flags for q in result.quotes),
                "error": result.error,
                "times": times.as_dict(),
            }
        )
    )


def _run(case: str, timeout: float) -> dict[str, object]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", case], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    ps = psutil.Process(proc.pid)
    peak = 0.0
    t0 = time.perf_counter()
    while proc.poll() is None:
        try:
            peak = max(peak, ps.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            break
        if time.perf_counter() - t0 > timeout:
            proc.kill()
            proc.wait()
            return {"case": case, "timeout": True, "sampled_peak_mb": peak, "wall": time.perf_counter() - t0}
        time.sleep(0.1)
    out, err = proc.communicate()
    if proc.returncode != 0:
        return {"case": case, "failed": err.strip().splitlines()[-1:], "sampled_peak_mb": peak}
    r: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    r.update(case=case, sampled_peak_mb=peak)
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default=",".join(CASES))
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per case")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        _child(a.child)
        return
    print("| case | chars | peak RSS MB (kernel / sampled) | wall s | parse s | attribution s | resolution s ", end="")
    print("| quotes |")
    print("|---|---|---|---|---|---|---|---|")
    for case in a.cases.split(","):
        r = _run(case, a.timeout)
        if r.get("timeout") or r.get("failed"):
            what = "timeout" if r.get("timeout") else f"failed: {r['failed']}"
            print(f"| {case} | | – / {r['sampled_peak_mb']:.0f} | {what} | | | | |", flush=True)
            continue
        t = r["times"]
        assert isinstance(t, dict)
        peak = max(float(r["peak_mb"]), float(r["sampled_peak_mb"]))  # type: ignore[arg-type]
        flag = "" if peak < LIMIT_MB else " **over 1.5 GB**"
        print(
            f"| {case} | {r['chars']} | {r['peak_mb']:.0f} / {r['sampled_peak_mb']:.0f}{flag} | {r['wall']:.1f} | "
            f"{t['parse']:.1f} | {t['attribution']:.1f} | {t['resolution']:.1f} | {r['quotes']} "
            f"({r['parse_split']} parse_split) |",
            flush=True,
        )


if __name__ == "__main__":
    main()
