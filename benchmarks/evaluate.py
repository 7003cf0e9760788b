"""Score quotekit on the dev sets with the shared scorer.

python benchmarks/evaluate.py                       # seed + both dev sets, all kinds
python benchmarks/evaluate.py --sets de --sample 100 --kinds direct --errors out/
python benchmarks/evaluate.py --sets de,en --parse-cache /tmp/qk-parses   # reruns skip the parser

``--parse-cache`` keeps each chunk's Stanza parse on disk (see ``parse_cache.py``): the first run fills it, later
runs that change only attribution, resolution or reported speech take seconds instead of minutes.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

from parse_cache import CachedPipelines

from quotekit.evaluation import evaluate, load_scorer, read_gold
from quotekit.extractor import Extractor, StageTimes
from quotekit.nlp import TOKENIZERS

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SETS = {
    "seed": EVAL / "dev" / "seed.jsonl",
    "de": EVAL / "dev" / "de_news_spkatt_train.jsonl",
    "en": EVAL / "dev" / "en_news_polnear_train300.jsonl",
    "de_fiction": EVAL / "dev" / "de_fiction_redewiedergabe_dev200.jsonl",
    "en_fiction": EVAL / "dev" / "en_fiction_pdnc_dev200.jsonl",
}


def _prf(t: list[float]) -> str:
    return f"P {t[0]:.3f} R {t[1]:.3f} F1 {t[2]:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="seed,de,en")
    ap.add_argument("--sample", type=int, default=None, help="evenly spread subset of N documents per set")
    ap.add_argument("--kinds", default="quoted,direct,indirect,mixed", help="comma list; each scored on its own")
    ap.add_argument("--whole-documents", action="store_true", help="parse whole paragraphs (selective=False)")
    ap.add_argument("--no-indirect", action="store_true")
    ap.add_argument("--embedded", action="store_true", help="also report speech reported inside quotations")
    ap.add_argument("--parse-cache", default=None, help="directory of cached Stanza parses (filled as it goes)")
    ap.add_argument("--tokenizer", choices=TOKENIZERS, default="stanza")
    ap.add_argument("--threads", type=int, default=1, help="torch threads for parsing (0: torch's default)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"), help="where predictions are written")
    ap.add_argument("--nested", action="store_true", help="also write quotations inside quotes as quotes (no speaker)")
    a = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    scorer = load_scorer(EVAL / "score.py")
    ex = Extractor(
        selective=not a.whole_documents,
        indirect=not a.no_indirect,
        embedded=a.embedded,
        tokenizer=a.tokenizer,
        threads=a.threads or None,
    )
    if a.parse_cache:
        ex.pipelines = CachedPipelines(a.parse_cache, tokenizer=a.tokenizer, threads=a.threads or None)
    Path(a.out).mkdir(parents=True, exist_ok=True)
    for name in a.sets.split(","):
        gold = read_gold(SETS[name], sample=a.sample)
        t0 = time.perf_counter()
        times = StageTimes()
        res = evaluate(
            ex,
            gold,
            scorer,
            kinds=tuple(a.kinds.split(",")),
            predictions_out=Path(a.out) / f"{name}.jsonl",
            timings=times,
            nested=a.nested,
        )
        dt = time.perf_counter() - t0
        parsed, total = times.sentences_parsed, times.sentences_total
        share = f"{parsed / total:.1%}" if total else "n/a"
        print(f"## {name}: {len(gold)} docs in {dt:.1f}s; parsed sentences {parsed}/{total} ({share})")
        for kind, r in res.items():
            print(f"  --kind {kind}: gold {r['gold']} pred {r['pred']}")
            print(f"    span exact   {_prf(r['exact'])}")
            print(f"    span partial {_prf(r['partial'])}")
            print(f"    speaker acc  {r['speaker_acc']:.3f} (n={r['speaker_n']})")
            print(f"    end-to-end   {_prf(r['e2e'])}")
        (Path(a.out) / f"{name}.scores.json").write_text(json.dumps(res, indent=1))
        # the gold of exactly these documents, so score.py --errors shows only this sample's misses
        with (Path(a.out) / f"{name}.gold.jsonl").open("w", encoding="utf-8") as fh:
            for d in gold:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
