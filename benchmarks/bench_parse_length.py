"""Stanza parser memory and time against sentence length: the measurement behind ``parse_bounds.MAX_WORDS``.

    STANZA_RESOURCES_DIR=../shared/stanza_resources python benchmarks/bench_parse_length.py --lang en \
        --words 50,100,200,300,400,600

Each length runs in a fresh subprocess (peak RSS is per process): the pipeline is loaded, one pre-tokenized
sentence of ``n`` ordinary words (news text with its punctuation removed, so nothing splits it) goes through
pos, lemma and depparse, and the child reports RSS after loading, peak RSS (``ru_maxrss``) and seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

import psutil

_EN = (
    "the minister said on Monday that the government would review the plan before the summer because several "
    "members of parliament had asked for more time to read the report and to talk with the people in their "
    "districts about what the changes would mean for schools hospitals and roads in the coming years"
)
_DE = (
    "der Minister sagte am Montag dass die Regierung den Plan vor dem Sommer prüfen werde weil mehrere "
    "Abgeordnete mehr Zeit verlangt hätten um den Bericht zu lesen und mit den Menschen in ihren Wahlkreisen "
    "darüber zu sprechen was die Änderungen für Schulen Krankenhäuser und Straßen in den kommenden Jahren bedeuten"
)
WORDS, WORTE = _EN.split(), _DE.split()


def _child(lang: str, n: int) -> None:
    import stanza

    pipe = stanza.Pipeline(
        lang,
        dir=os.environ.get("STANZA_RESOURCES_DIR"),
        processors="tokenize,mwt,pos,lemma,depparse",
        tokenize_pretokenized=True,
        download_method=None,
        logging_level="WARN",
    )
    pool = WORDS if lang == "en" else WORTE
    words = [pool[i % len(pool)] for i in range(n)]
    rss_loaded = psutil.Process().memory_info().rss / 2**20
    t0 = time.perf_counter()
    pipe([words])
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"words": n, "rss_loaded_mb": rss_loaded, "peak_mb": peak, "seconds": secs}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", default="en", choices=("en", "de"))
    ap.add_argument("--words", default="50,100,200,300,400,600")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child is not None:
        _child(a.lang, a.child)
        return
    print("| lang | words | RSS loaded MB | peak RSS MB | peak - loaded MB | seconds |")
    print("|---|---|---|---|---|---|")
    for n in (int(x) for x in a.words.split(",")):
        out = subprocess.run(
            [sys.executable, __file__, "--lang", a.lang, "--child", str(n)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"| {a.lang} | {n} | {r['rss_loaded_mb']:.0f} | {r['peak_mb']:.0f} | "
            f"{r['peak_mb'] - r['rss_loaded_mb']:.0f} | {r['seconds']:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
