"""Extract quotes from a JSONL corpus on a Dask cluster, one Stanza pipeline per worker process.

    python examples/dask_scale_out.py corpus.jsonl out.jsonl [--workers 2] [--scheduler tcp://host:8786]

Each line of the corpus is ``{"id": ..., "text": ...}``. Without ``--scheduler`` a local cluster of worker
processes is started; with it, the same code runs on a real cluster (every worker needs quotekit and the Stanza
models installed, and STANZA_RESOURCES_DIR set if they are not in Stanza's default place).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

from quotekit.parallel import extract_partition


def run(corpus: str, out: str, *, workers: int = 2, scheduler: str | None = None, blocksize: str = "1MB") -> int:
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    with Client(scheduler or cluster) as client:
        bag = db.read_text(corpus, blocksize=blocksize).filter(str.strip).map(json.loads)
        results = bag.map_partitions(extract_partition).compute(scheduler=client.get)
    if cluster is not None:
        cluster.close()
    with Path(out).open("w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler", default=None, help="address of a running Dask scheduler")
    a = ap.parse_args()
    n = run(a.corpus, a.out, workers=a.workers, scheduler=a.scheduler)
    print(f"{n} documents written to {a.out}")


if __name__ == "__main__":
    main()
