"""Seconds per correct direct quote: quotekit ``--no-indirect`` against textacy 0.13 + spaCy ``en_core_web_sm``.

    bash ../shared/eval/peers/setup.sh                      # once: the peers venv (default /tmp/peers-venv)
    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 \
        python benchmarks/bench_vs_textacy.py --docs 84 --runs 2 [--peers-venv /tmp/peers-venv]

The English news articles of ``en_news_polnear_train300.jsonl`` (an evenly spread sample of ``--docs``) stand in
for unseen news. Each system runs as its own subprocess on the same JSONL file — quotekit through its CLI, textacy
through ``../shared/eval/peers/run_textacy.py`` — so each one's time includes loading its models; the runs
alternate (quotekit, textacy, textacy, quotekit, …) so a busy machine hurts both alike. Wall time is measured
around the subprocess, CPU time as the child's user + system time. Each output is scored with
``../shared/eval/score.py --kind direct``; a *correct* quote has the right span and the right speaker (the
scorer's end-to-end true positives). The table gives the best run of each system.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
GOLD = EVAL / "dev" / "en_news_polnear_train300.jsonl"


def _sample(n: int) -> list[str]:
    lines = [x for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    if n >= len(lines):
        return lines
    step = len(lines) / n
    return [lines[int(i * step)] for i in range(n)]


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _correct(gold: Path, pred: Path) -> tuple[int, int, float]:
    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), str(pred), "--kind", "direct", "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    s = json.loads(out)
    return round(s["e2e"][0] * s["pred"]), int(s["pred"]), float(s["e2e"][2])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=84)
    ap.add_argument("--runs", type=int, default=2, help="runs per system, alternating")
    ap.add_argument("--peers-venv", default=os.environ.get("PEERS_VENV", "/tmp/peers-venv"))
    ap.add_argument("--only", choices=("quotekit", "textacy"), default=None)
    ap.add_argument(
        "--quotekit-args", default="", help="extra options for 'quotekit extract', e.g. '--tokenizer quotekit'"
    )
    a = ap.parse_args()
    commands: dict[str, Callable[[Path, Path], list[str]]] = {
        "quotekit": lambda i, o: [sys.executable, "-m", "quotekit", "extract", str(i), "--jsonl", "--no-indirect",
                                  "--no-progress", "-f", "eval", "-o", str(o), *a.quotekit_args.split()],
        "textacy": lambda i, o: [str(Path(a.peers_venv) / "bin" / "python"), str(EVAL / "peers" / "run_textacy.py"),
                                 str(i), str(o)],
    }  # fmt: skip
    systems = [a.only] if a.only else ["quotekit", "textacy"]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("\n".join(_sample(a.docs)) + "\n", encoding="utf-8")
        best: dict[str, tuple[float, float]] = {}
        order = []
        for r in range(a.runs):
            order.extend(systems if r % 2 == 0 else systems[::-1])
        for name in order:
            pred = Path(tmp) / f"{name}.jsonl"
            wall, cpu = _timed(commands[name](gold, pred))
            print(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU", file=sys.stderr, flush=True)
            w, c = best.get(name, (float("inf"), float("inf")))
            best[name] = (min(w, wall), min(c, cpu))
        print(f"{a.docs} English news documents (PolNeAR sample), best of {a.runs} alternating runs\n")
        print("| system | wall s | CPU s | predicted | correct | e2e F1 | wall s / correct | CPU s / correct |")
        print("|---|---|---|---|---|---|---|---|")
        for name in systems:
            correct, pred_n, f1 = _correct(gold, Path(tmp) / f"{name}.jsonl")
            wall, cpu = best[name]
            print(
                f"| {name} | {wall:.1f} | {cpu:.1f} | {pred_n} | {correct} | {f1:.3f} | "
                f"{wall / max(correct, 1):.4f} | {cpu / max(correct, 1):.4f} |"
            )


if __name__ == "__main__":
    main()
