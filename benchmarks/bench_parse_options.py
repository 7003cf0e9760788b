"""CPU and wall seconds of the parse stage under each tokenizer and thread setting, in one process.

    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 \
        python benchmarks/bench_parse_options.py --docs 84 --configs stanza:2,stanza:1,quotekit:1,quotekit:2

The chunks quotekit selects (``--no-indirect``) from an evenly spread sample of the English news of
``bench_vs_textacy.py`` are parsed once per configuration (``tokenizer:threads``), in batches of 16 documents as
``Extractor.pipe`` sends them, with the models loaded beforehand. CPU is the process's user + system time, so it
counts every torch thread. One process runs every configuration on the same text, so a busy machine hurts them
alike within a pass; list a configuration twice to see the noise.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

from bench_vs_textacy import _sample

from quotekit.extractor import Extractor, StageTimes, _Work
from quotekit.inputs import normalize_text
from quotekit.nlp import Pipelines
from quotekit.parser_input import parser_text

BATCH = 16


def _chunks(docs: list[str]) -> list[list[str]]:
    """Parser texts of the selected chunks, one list per batch of documents."""
    ex = Extractor(indirect=False, lang="en")
    batches: list[list[str]] = []
    for i, line in enumerate(docs):
        if i % BATCH == 0:
            batches.append([])
        work = _Work(None, normalize_text(json.loads(line)["text"])[0])
        ex._text_stages(work, StageTimes())
        batches[-1].extend(parser_text(work.text[c.start : c.end], c.lang) for c in work.chunks)
    return batches


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=84)
    ap.add_argument("--configs", default="stanza:2,stanza:1,quotekit:1,quotekit:2")
    a = ap.parse_args()
    batches = _chunks(_sample(a.docs))
    chars = sum(len(t) for b in batches for t in b)
    print(f"{a.docs} docs, {sum(map(len, batches))} chunks, {chars:,} chars; load {os.getloadavg()[0]:.1f}")
    print("| tokenizer | threads | wall s | CPU s | sentences | words |")
    print("|---|---:|---:|---:|---:|---:|")
    loaded: dict[str, Pipelines] = {}
    for config in a.configs.split(","):
        tokenizer, threads = config.split(":")
        pipes = Pipelines(tokenizer=tokenizer, threads=int(threads))
        base = loaded.setdefault("en", pipes)
        pipes._pipelines["en"] = base.get("en")  # one loaded model for every configuration
        if pipes is base:
            pipes.parse_bounded("en", batches[0][:4])  # first calls build lazy state: not part of any figure
        t0, c0 = time.perf_counter(), time.process_time()
        n_sent = n_words = 0
        for batch in batches:
            for parse in pipes.parse_bounded("en", batch):
                n_sent += len(parse.document.sentences)
                n_words += parse.document.num_words
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"| {tokenizer} | {threads} | {wall:.1f} | {cpu:.1f} | {n_sent} | {n_words} |", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
