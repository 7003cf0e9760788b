"""Attribution + resolution time against parse time, at growing document sizes (issue 13, failure 2).

    STANZA_RESOURCES_DIR=../shared/stanza_resources QUOTEKIT_OFFLINE=1 python benchmarks/bench_attribution.py
    ... --sizes 100,300 --quotes 2000 --untagged "" --turns ""     # news of 100 KB and 300 KB, one quote case

One long news document per size (``--sizes`` in KB, 1 KB = 1,000 bytes of UTF-8 text, the unit of the table's
``KB`` column; 100, 300 and 1,000 by default) is built by concatenating dev-set documents (English PolNeAR and
German SpkAtt, alternating, as paragraphs); then one paragraph of N tagged quotes
(``“Quote k is here,” said Rao.``, 2,000 and 8,000 by default), one paragraph of N short untagged quotations
after a short exchange (``“No 17.”``, 5,000 by default: turn-taking reads the turns around it), and a dialogue of
N untagged turns (500 and 2,000). Each is run through one ``Extractor.extract``
with a fresh :class:`~quotekit.extractor.StageTimes`; ``cpu s`` is the process's CPU time for the whole call,
steadier than the wall times on a shared machine. Stanza's output is cached on disk
(``--cache``, default ``benchmarks/out/parse_cache``), so a second run measures our stages without reparsing;
the parse time printed is then the one measured when the cache was filled. Linear growth shows as a constant
"ms per KB" for attribution and resolution across sizes. Run by hand; figures go into docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from parse_cache import CachedPipelines

from quotekit.evaluation import read_gold
from quotekit.extractor import Extractor, StageTimes

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


# Sizes beyond this many KB are taken for an old command line that gave them in characters (``100000``).
MAX_KB = 10_000


def kilobytes(value: str) -> list[int]:
    """``--sizes``: comma-separated sizes in KB (``100,300``; a ``KB`` suffix may follow each)."""
    out: list[int] = []
    for part in value.split(","):
        part = part.strip().removesuffix("KB").removesuffix("kb").strip()
        if not part:
            continue
        if not part.isdigit() or int(part) == 0:
            raise argparse.ArgumentTypeError(f"{part!r} is no size in KB (a whole number above 0, e.g. 100)")
        if int(part) > MAX_KB:
            raise argparse.ArgumentTypeError(
                f"{part} KB is over {MAX_KB // 1000} MB: sizes are in KB (1,000 bytes); for 100 KB write 100"
            )
        out.append(int(part))
    return out


def news(kb: int) -> str:
    """``kb`` KB of news (UTF-8, cut at a character boundary): dev documents joined as paragraphs, English and
    German alternating."""
    en = read_gold(DEV / "en_news_polnear_train300.jsonl")
    de = read_gold(DEV / "de_news_spkatt_train.jsonl")
    size = kb * 1000
    parts: list[str] = []
    n = 0
    k = 0
    while n < size:
        d = (en, de)[k % 2][(k // 2) % min(len(en), len(de))]
        parts.append(d["text"].strip())
        n += len(parts[-1].encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", errors="ignore")


def many_quotes(n: int) -> str:
    """One paragraph of ``n`` short quotes, each with its own tag."""
    speakers = ("Rao", "Curran", "the minister", "she")
    return " ".join(f"“Quote {k} is here,” said {speakers[k % len(speakers)]}." for k in range(n))


def untagged_quotes(n: int) -> str:
    """A tagged exchange and an untagged turn, then one paragraph of ``n`` short untagged quotations and a tagged
    turn: the turns before and after the paragraph look across all of its quotations."""
    head = "“Where were you, Anne?” asked Gilbert.\n\n“At the station,” said Anne.\n\n“Alone?”\n\n"
    return head + " ".join(f"“No {k}.”" for k in range(n)) + "\n\n“Fine,” said Gilbert.\n"


def dialogue(n: int) -> str:
    """``n`` paragraphs of a two-person conversation, tagged once and then left to turn-taking, with a line of
    narration now and then: the case where every untagged turn looks back for its speaker."""
    turns = ["“Where were you, Anne?” asked Gilbert.", "“At the station,” said Anne."]
    for k in range(2, n):
        turns.append("Anne looked away." if k % 25 == 0 else f"“Line {k} of the talk, and no tag.”")
    return "\n\n".join(turns)


def run(ex: Extractor, cached: CachedPipelines, name: str, text: str) -> dict[str, Any]:
    times = StageTimes()
    before = cached.parse_seconds
    t0, c0 = time.perf_counter(), time.process_time()
    result = ex.extract(text, timings=times)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    parse = cached.parse_seconds - before
    kb = len(text.encode("utf-8")) / 1000
    return {
        "case": name,
        "kb": round(kb),
        "quotes": len(result.quotes),
        "parse_s": round(parse, 2),
        "attribution_s": round(times.attribution, 3),
        "resolution_s": round(times.resolution, 3),
        "share_of_parse": round((times.attribution + times.resolution) / parse, 4) if parse else None,
        "attr_res_ms_per_kb": round(1000 * (times.attribution + times.resolution) / kb, 3),
        "other_s": round(wall - times.parse - times.attribution - times.resolution, 2),
        "cpu_s": round(cpu, 2),
    }


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--sizes",
        type=kilobytes,
        default=[100, 300, 1000],
        help="news sizes in KB (1 KB = 1,000 bytes of UTF-8 text), comma-separated; default 100,300,1000",
    )
    ap.add_argument("--quotes", default="2000,8000", help="quotes in the one-paragraph case")
    ap.add_argument("--untagged", default="5000", help="quotes in the one-paragraph untagged case")
    ap.add_argument("--turns", default="500,2000", help="paragraphs in the dialogue case")
    ap.add_argument("--cache", default=str(ROOT / "benchmarks" / "out" / "parse_cache"))
    ap.add_argument("--json", help="also write the rows here")
    return ap.parse_args(argv)


def main() -> None:
    a = parse_args()
    ex = Extractor()
    cached = CachedPipelines(a.cache)
    ex.pipelines = cached
    rows = [run(ex, cached, "news", news(kb)) for kb in a.sizes]
    rows += [run(ex, cached, f"{n} quotes, one paragraph", many_quotes(int(n))) for n in a.quotes.split(",") if n]
    rows += [
        run(ex, cached, f"{n} untagged quotes, one paragraph", untagged_quotes(int(n)))
        for n in a.untagged.split(",")
        if n
    ]
    rows += [run(ex, cached, f"{n} dialogue turns", dialogue(int(n))) for n in a.turns.split(",") if n]
    print("| case | KB | quotes | parse s | attribution s | resolution s | (attr+res)/parse | attr+res ms/KB | cpu s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        share = f"{r['share_of_parse']:.1%}" if r["share_of_parse"] is not None else "n/a"
        print(
            f"| {r['case']} | {r['kb']} | {r['quotes']} | {r['parse_s']:.1f} | {r['attribution_s']:.2f} "
            f"| {r['resolution_s']:.2f} | {share} | {r['attr_res_ms_per_kb']:.2f} | {r['cpu_s']:.1f} |"
        )
    if a.json:
        Path(a.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
