"""CPU seconds per Stanza processor in one quotekit run: where the parse time goes, without a profiler.

    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 \\
        python benchmarks/bench_stanza_stages.py --docs 84 [--indirect] [--tokenizer quotekit]

The English news sample of ``bench_vs_textacy.py`` (``--docs`` evenly spread PolNeAR articles) goes through
``Extractor.pipe`` with one torch thread. Each Stanza processor's ``process`` is wrapped with a CPU clock
(``getrusage``), so the figures are CPU seconds of this process — steadier than wall time on a shared machine —
and Python code is not slowed down the way cProfile slows it. Prints one line per part and the whole run.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_vs_textacy import _sample

from quotekit.nlp import TOKENIZERS

_SECONDS: dict[str, float] = defaultdict(float)


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _clock(cls: Any, name: str, key: str) -> None:
    original: Callable[..., Any] = getattr(cls, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = _cpu()
        try:
            return original(*args, **kwargs)
        finally:
            _SECONDS[key] += _cpu() - t0

    setattr(cls, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=84)
    ap.add_argument("--indirect", action="store_true", help="indirect speech too (default: direct quotes only)")
    ap.add_argument("--tokenizer", choices=TOKENIZERS, default="stanza")
    a = ap.parse_args()
    import json

    t0, w0 = _cpu(), time.perf_counter()
    import torch

    torch.set_num_threads(1)
    from stanza.pipeline import depparse_processor, lemma_processor, mwt_processor, pos_processor, tokenize_processor

    from quotekit.extractor import Extractor, StageTimes

    _SECONDS["import (torch, stanza)"] = _cpu() - t0
    for cls, key in (
        (tokenize_processor.TokenizeProcessor, "tokenizer"),
        (mwt_processor.MWTProcessor, "MWT"),
        (pos_processor.POSProcessor, "tagger"),
        (lemma_processor.LemmaProcessor, "lemmatizer"),
        (depparse_processor.DepparseProcessor, "parser"),
    ):
        _clock(cls, "process", key)
    records = [json.loads(line) for line in _sample(a.docs)]
    ex = Extractor(indirect=a.indirect, threads=1, tokenizer=a.tokenizer)
    t1 = _cpu()
    ex.pipelines.get("en")
    _SECONDS["load en models"] = _cpu() - t1
    times = StageTimes()
    results = list(ex.pipe([{"id": r["id"], "text": r["text"]} for r in records], timings=times))
    total = _cpu() - t0
    _SECONDS["quotekit's stages and the rest"] = total - sum(_SECONDS.values())
    quotes = sum(len(r.quotes) for r in results)
    parsed = f"{times.sentences_parsed}/{times.sentences_total}"
    print(f"{len(records)} documents, {quotes} quotes, {parsed} sentences parsed, loaded {ex.pipelines.loaded()}")
    for key, seconds in _SECONDS.items():
        print(f"{key:32s} {seconds:7.2f} CPU s")
    print(f"{'whole run':32s} {total:7.2f} CPU s ({time.perf_counter() - w0:.1f} s wall)")


if __name__ == "__main__":
    main()
