"""Train and cross-validate the learned statement scorer for English reported speech (PolNeAR dev).

Candidates are the clause-like dependents (ccomp, xcomp, advcl, parataxis, csubj) of a verb in the parsed sentences
of each document, with the verb as cue and its subject (or a passive's ``by`` agent) as source; a candidate that
overlaps any prediction the rules already make is left out (the scorer only adds). A candidate is positive when it
matches a gold indirect statement the rules miss at the scorer's 50% of the longer span. Features are structural
(no document words but frequent governing lemmas); the model is logistic regression in numpy, judged by 5-fold
cross-validation by document with the threshold picked inside each training fold.

Run from a clean checkout with the shared data (``/work/shared/eval``, the Stanza models)::

    export STANZA_RESOURCES_DIR=/work/shared/stanza_resources QUOTEKIT_OFFLINE=1 PYTHONPATH=src
    python benchmarks/train_statement_scorer.py --parse-cache /work/pcache --dump /tmp/scorer_docs.pkl

``--dump`` keeps the parsed documents and the rules' predictions, so a rerun with ``--load`` skips the extractor.
The first run reads the parses evaluate.py left in the cache (about a minute, more for sentences it must parse).

Measured on main e0ea6ed (issue 12, ml27), ``--nominals --l2 5 --target 0.65``: 7,802 candidates, 1,092 positive;
held out 194 added, 95 right (0.49), speakers 47/82; indirect P/R/F1 0.801/0.359/0.496 -> 0.777/0.377/0.508. The
pooled held-out curve: 44 right of 69 above 0.6, 190 of 421 above 0.4. Below the bar for a rule (+150 matched at
precision 0.60 with speakers right at 0.80), so none reads these weights (docs/attribution.md, section 7).
"""

from __future__ import annotations

import argparse
import logging
import pickle
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from parse_cache import CachedPipelines

import quotekit.extractor as extractor_module
from quotekit.attribution.mentions import expand_mention
from quotekit.attribution.reported.sentence import SentenceContext, is_punct, relative_antecedent
from quotekit.attribution.reported.spans import quoted_share, trim_span
from quotekit.evaluation import load_scorer, prediction_record, read_gold
from quotekit.extractor import Extractor
from quotekit.lexicon import belief_cues, is_cue, mention_words
from quotekit.tree import ParsedSentence

logger = logging.getLogger("train_statement_scorer")

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path("/work/shared/eval")
GOLD = EVAL / "dev" / "en_news_polnear_train300.jsonl"
_HOOK = "find_indirect"
"""The extractor's name for the reported-speech driver, wrapped while collecting to keep each document's parse."""
CLAUSE_RELS = ("ccomp", "xcomp", "advcl", "parataxis", "csubj")
MODALS = frozenset({"can", "could", "would", "will", "may", "might", "should", "must"})


@dataclass
class Doc:
    id: str
    text: str
    gold: list[dict[str, Any]]
    pred: list[dict[str, Any]]
    sentences: list[ParsedSentence] = field(default_factory=list)
    quote_ranges: list[tuple[int, int]] = field(default_factory=list)


def collect(cache: str | None) -> list[Doc]:
    """Run the rules over the gold documents, keeping each document's parsed sentences and predictions."""
    gold = read_gold(GOLD)
    seen: dict[str, tuple[list[ParsedSentence], list[tuple[int, int]]]] = {}
    real = getattr(extractor_module, _HOOK)

    def spy(text: str, sentences: Sequence[ParsedSentence], quote_ranges: Sequence[tuple[int, int]], *a: Any,
            **k: Any) -> Any:  # fmt: skip
        seen[text] = (list(sentences), list(quote_ranges))
        return real(text, sentences, quote_ranges, *a, **k)

    setattr(extractor_module, _HOOK, spy)  # the extractor's own call, so its sentences are the ones the rules read
    ex = Extractor(indirect=True, threads=1)
    if cache:
        ex.pipelines = CachedPipelines(cache, threads=1)
    docs = [{"id": d["id"], "text": d["text"]} for d in gold]
    records = [prediction_record(r) for r in ex.pipe(docs, batch_size=16)]
    setattr(extractor_module, _HOOK, real)
    out = []
    for g, r in zip(gold, records, strict=True):
        sents, quotes = seen.get(g["text"], ([], []))
        out.append(Doc(g["id"], g["text"], g["quotes"], r["quotes"], sents, quotes))
    return out


@dataclass
class Candidate:
    doc: int
    start: int
    end: int
    speaker: tuple[int, int] | None
    cue: tuple[int, int, str]
    feats: list[str]
    label: int = 0


def _source(ss: SentenceContext, v: int, content: set[int]) -> tuple[int | None, str]:
    """The speaker head of verb ``v`` and how it was found: the cue's speaker as the rules find it, for a cue;
    else the verb's own subject or ``by`` agent; else the subject it inherits from the verb it hangs on."""
    sent = ss.sent
    cue = ss.cue_at(v)
    if cue is not None:
        k = ss.subject(cue, content)
        if k is not None:
            return k, "cue"
    k = _own_source(sent, v, content)
    if k is not None:
        return k, "own"
    h = v
    for _ in range(3):  # a bounded climb: ``vowed to win``, ``…, saying she …``, ``and promised …``
        w = sent[h]
        if w.base_rel not in ("xcomp", "advcl", "conj", "acl") or not 0 <= w.head < len(sent):
            break
        h = w.head
        k = _own_source(sent, h, content)
        if k is not None:
            return k, "inherited"
    return None, "none"


def _own_source(sent: ParsedSentence, v: int, content: set[int]) -> int | None:
    """The verb's subject outside the content (a relative pronoun's antecedent), else a passive's ``by`` agent."""
    for c in sent.children(v, "nsubj"):
        if c.index in content:
            continue
        if "Rel" in c.feats.get("PronType", "") or c.text.lower() in ("who", "which", "that"):
            return relative_antecedent(sent, v)
        return c.index
    for c in sent.children(v, "obl"):
        if c.deprel == "obl:agent" and c.index not in content:
            return c.index
    return None


def _source_type(sent: ParsedSentence, k: int | None) -> str:
    if k is None:
        return "none"
    w = sent[k]
    low = w.lemma.lower()
    if w.upos == "PRON":
        return "pron_it" if low in ("it", "this", "that", "which", "what") else "pron"
    if w.upos == "PROPN":
        return "propn"
    if low in mention_words("en", "role"):
        return "role"
    if low in mention_words("en", "organisation"):
        return "org"
    if low in mention_words("en", "statement"):
        return "statement"
    return "noun" if w.upos == "NOUN" else "other"


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n < e:
            return f"<{e}"
    return f">={edges[-1]}"


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


def candidates(d: Doc, di: int, *, nominals: bool = False, pairs: bool = False) -> list[Candidate]:
    """Every clause-like dependent of a verb that no prediction already overlaps, with its features."""
    taken = [(q["start"], q["end"]) for q in d.pred]
    out: list[Candidate] = []
    for sent in d.sentences:
        if sent.lang != "en" or not len(sent):
            continue
        quoted = any(a < sent.end and sent.start < b for a, b in d.quote_ranges)
        has_pred = _overlaps(sent.start, sent.end, taken)
        ss = SentenceContext(d.text, sent, d.quote_ranges)
        for c in sent:
            v = c.head
            if not 0 <= v < len(sent) or sent[v].upos != "VERB":
                continue
            nominal = c.base_rel in ("obj", "obl") and c.upos in ("NOUN", "PROPN")
            if c.base_rel not in CLAUSE_RELS and not (nominals and nominal):
                continue
            sub = sent.subtree(c.index)
            if nominal:
                # the preposition of an oblique is not what was said (``railed against [immigrants]``)
                sub = [k for k in sub if not (sent[k].head == c.index and sent[k].base_rel == "case")]
            lo, hi = sub[0], sub[-1]
            if lo <= v <= hi:
                continue
            t = trim_span(sent, lo, hi)
            if t is None:
                continue
            lo, hi = t
            start, end = sent[lo].start, sent[hi].end
            if _overlaps(start, end, taken) or quoted_share(start, end, d.quote_ranges) > 0:
                continue
            content = set(range(lo, hi + 1))
            src, how = _source(ss, v, content)
            m = expand_mention(sent, src, blocked=d.quote_ranges) if src is not None else None
            speaker = (m.start, m.end) if m is not None else None
            verb = sent[v]
            lemma = verb.lemma.lower()
            marks = [w.text.lower() for w in sent.children(c.index, "mark")]
            mark = marks[0] if marks and marks[0] in ("that", "whether", "if", "to") else ("other" if marks else "none")
            n_words = sum(1 for k in range(lo, hi + 1) if not is_punct(sent[k]))
            st = _source_type(sent, src)
            if nominal and st not in ("pron", "propn", "role", "org"):
                continue
            aux = [w.lemma.lower() for w in sent.children(v, "aux")]
            neg = any(w.lemma.lower() in ("not", "never") for w in sent.children(v, "advmod")) or any(
                w.feats.get("Polarity") == "Neg" for w in sent.children(v)
            )
            f = [
                f"lemma={lemma}",
                f"cue={int(is_cue(lemma, 'en'))}",
                f"belief={int(bool(belief_cues(lemma, 'en')))}",
                f"rel={c.deprel}",
                f"mark={mark}",
                f"rel_mark={c.base_rel}_{mark}",
                f"src={st}",
                f"src_rel={st}_{c.base_rel}",
                f"src_how={how}",
                f"tense={verb.feats.get('Tense', 'none')}",
                f"vform={verb.feats.get('VerbForm', 'none')}",
                f"vrel={verb.base_rel}",
                f"modal={int(any(a in MODALS for a in aux))}",
                f"passive={int(bool(sent.children(v, 'aux:pass', 'nsubj:pass')))}",
                f"neg={int(neg)}",
                f"len={_bucket(n_words, (4, 8, 15, 30))}",
                f"before={int(hi < v)}",
                f"gap={_bucket(lo - v if lo > v else v - hi, (2, 3, 5))}",
                f"cue_pos={_bucket(v * 4 // max(1, len(sent)), (1, 2, 3))}",
                f"quoted_sent={int(quoted)}",
                f"pred_sent={int(has_pred)}",
                f"chead={c.upos}",
                f"csubj={int(bool(sent.children(c.index, 'nsubj', 'nsubj:pass', 'expl')))}",
                f"obj={int(bool(sent.children(v, 'obj', 'iobj')))}",
                f"comma={int(lo > 0 and sent[lo - 1].text == ',')}",
                f"whole={int(lo == 0 or hi >= len(sent) - 2)}",
            ]
            if pairs:
                f += [f"lemma_rel={lemma}_{c.base_rel}_{mark}", f"lemma_src={lemma}_{st}"]
            out.append(Candidate(di, start, end, speaker, (verb.start, verb.end, lemma), f))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n\r,.;:\u00a0":
        s += 1
    while e > s and text[e - 1] in " \t\n\r,.;:\u00a0":
        e -= 1
    return s, e


def _match50(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    (gs, ge), (ps, pe) = _trim(text, *a), _trim(text, *b)
    ov = min(ge, pe) - max(gs, ps)
    return ov > 0 and ov / max(ge - gs, pe - ps, 1) >= 0.5


def label(docs: Sequence[Doc], cands: Sequence[Candidate], scorer: Any) -> None:
    """A candidate is positive when it matches a gold indirect statement the rules' predictions leave unmatched."""
    free: dict[int, list[tuple[int, int]]] = {}
    for i, d in enumerate(docs):
        g = [q for q in d.gold if q.get("kind") == "indirect"]
        p = [q for q in d.pred if q.get("kind") == "indirect"]
        used = {gi for gi, _, _ in scorer.match(g, p, d.text)}
        free[i] = [(q["start"], q["end"]) for k, q in enumerate(g) if k not in used]
    for c in cands:
        c.label = int(any(_match50(docs[c.doc].text, gs, (c.start, c.end)) for gs in free[c.doc]))


def vectorise(
    cands: Sequence[Candidate], vocab: dict[str, int] | None, min_count: int = 5
) -> tuple[np.ndarray, dict[str, int]]:
    """A 0/1 matrix over the feature names; lemmas (and lemma pairs) seen fewer than ``min_count`` times go to
    ``lemma=OOV`` (are dropped)."""
    if vocab is None:
        counts = Counter(f for c in cands for f in c.feats)
        names = sorted({_oov(f, counts, min_count) for c in cands for f in c.feats})
        vocab = {n: i for i, n in enumerate(["bias", *names])}
    x = np.zeros((len(cands), len(vocab)))
    x[:, 0] = 1.0
    for i, c in enumerate(cands):
        for f in c.feats:
            k = vocab.get(f, vocab.get("lemma=OOV") if f.startswith("lemma=") else None)
            if k is not None:
                x[i, k] = 1.0
    return x, vocab


def _oov(f: str, counts: Counter[str], min_count: int) -> str:
    if f.startswith("lemma_") and counts[f] < min_count:
        return "lemma=OOV"  # a rare pair adds nothing beyond its lemma's bucket
    return "lemma=OOV" if f.startswith("lemma=") and counts[f] < min_count else f


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 30) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias unpenalised)."""
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg) + 1e-6 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def select(cands: Sequence[Candidate], scores: np.ndarray, threshold: float) -> list[int]:
    """The candidates above ``threshold``, best first, none overlapping one already chosen in its document."""
    chosen: list[int] = []
    by_doc: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i in np.argsort(-scores):
        if scores[i] < threshold:
            break
        c = cands[i]
        if _overlaps(c.start, c.end, by_doc[c.doc]):
            continue
        by_doc[c.doc].append((c.start, c.end))
        chosen.append(int(i))
    return chosen


def pick_threshold(cands: Sequence[Candidate], scores: np.ndarray, target: float) -> float:
    """The lowest threshold whose chosen candidates (in the training fold) are right at ``target`` or better."""
    best = 1.0
    for t in np.arange(0.95, 0.05, -0.025):
        chosen = select(cands, scores, float(t))
        if len(chosen) >= 10 and sum(cands[i].label for i in chosen) / len(chosen) >= target:
            best = float(t)
    return best


def as_prediction(d: Doc, c: Candidate) -> dict[str, Any]:
    sp = c.speaker
    return {
        "start": c.start,
        "end": c.end,
        "kind": "indirect",
        "speaker": d.text[sp[0] : sp[1]] if sp else None,
        "speaker_start": sp[0] if sp else None,
        "speaker_end": sp[1] if sp else None,
        "sieve": "indirect_scored_clause",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parse-cache", default=None)
    ap.add_argument("--dump", default=None, help="keep the parsed documents and predictions here")
    ap.add_argument("--load", default=None, help="read the documents a --dump kept instead of running the rules")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--target", type=float, default=0.65, help="training-fold precision the threshold must reach")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--nominals", action="store_true", help="also the objects and obliques of a person's verb")
    ap.add_argument("--pairs", action="store_true", help="also lemma x relation/mark and lemma x source features")
    ap.add_argument("--show", type=int, default=0, help="print N held-out added candidates")
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    scorer = load_scorer(EVAL / "score.py")
    if a.load:
        docs = pickle.loads(Path(a.load).read_bytes())
    else:
        docs = collect(a.parse_cache)
        if a.dump:
            Path(a.dump).write_bytes(pickle.dumps(docs))
    cands = [c for i, d in enumerate(docs) for c in candidates(d, i, nominals=a.nominals, pairs=a.pairs)]
    label(docs, cands, scorer)
    y_all = np.array([c.label for c in cands], dtype=float)
    logger.info("candidates %d, positive %d", len(cands), int(y_all.sum()))
    fold_of = {i: i % a.folds for i in range(len(docs))}
    held: list[int] = []
    held_scores = np.zeros(len(cands))
    for k in range(a.folds):
        tr = [i for i, c in enumerate(cands) if fold_of[c.doc] != k]
        te = [i for i, c in enumerate(cands) if fold_of[c.doc] == k]
        xtr, vocab = vectorise([cands[i] for i in tr], None, a.min_count)
        w = fit(xtr, y_all[tr], a.l2)
        s_tr = 1.0 / (1.0 + np.exp(-(xtr @ w)))
        t = pick_threshold([cands[i] for i in tr], s_tr, a.target)
        xte, _ = vectorise([cands[i] for i in te], vocab)
        s_te = 1.0 / (1.0 + np.exp(-(xte @ w)))
        held_scores[te] = s_te
        chosen = select([cands[i] for i in te], s_te, t)
        held.extend(te[i] for i in chosen)
        right = sum(cands[te[i]].label for i in chosen)
        logger.info("fold %d: threshold %.3f, added %d, right %d", k, t, len(chosen), right)
    report(docs, cands, held, scorer, a.show)
    # The pooled held-out curve: what a threshold fixed in advance would add (no fold picks it).
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        chosen = select(cands, held_scores, t)
        right = sum(cands[i].label for i in chosen)
        logger.info("pooled held-out at %.1f: added %d, right %d (%.3f)", t, len(chosen), right,
                    right / max(1, len(chosen)))  # fmt: skip
    x, vocab = vectorise(cands, None, a.min_count)
    w = fit(x, y_all, a.l2)
    names = {i: n for n, i in vocab.items()}
    order = np.argsort(-w)
    logger.info("top positive: %s", ", ".join(f"{names[i]} {w[i]:+.2f}" for i in order[:25]))
    logger.info("top negative: %s", ", ".join(f"{names[i]} {w[i]:+.2f}" for i in order[::-1][:25]))


def report(docs: Sequence[Doc], cands: Sequence[Candidate], held: Sequence[int], scorer: Any, show: int) -> None:
    """The held-out gain: added, matched, speaker accuracy of the matched, and P/R/F1 with the additions."""
    gold = {d.id: {"id": d.id, "text": d.text, "quotes": d.gold} for d in docs}
    before = {d.id: {"id": d.id, "quotes": d.pred} for d in docs}
    after: dict[str, dict[str, Any]] = {d.id: {"id": d.id, "quotes": list(d.pred)} for d in docs}
    for i in held:
        c = cands[i]
        after[docs[c.doc].id]["quotes"].append(as_prediction(docs[c.doc], c))
    r0, _ = scorer.score(gold, before, {"indirect"})
    r1, _ = scorer.score(gold, after, {"indirect"})
    right = sum(cands[i].label for i in held)
    # speaker accuracy of the added statements that match: against the gold statement each matches
    ok = n = 0
    for i in held:
        c = cands[i]
        if not c.label:
            continue
        d = docs[c.doc]
        g = next(
            q
            for q in d.gold
            if q.get("kind") == "indirect" and _match50(d.text, (q["start"], q["end"]), (c.start, c.end))
        )
        if g.get("speaker"):
            n += 1
            ok += scorer.speaker_ok(g, as_prediction(d, c), d.text)
    logger.info("held-out: added %d, right %d (%.3f), speaker %d/%d (%.3f)", len(held), right,
                right / max(1, len(held)), ok, n, ok / max(1, n))  # fmt: skip
    for name, r in (("before", r0), ("after", r1)):
        p, rec, f = r["partial"]
        logger.info("%s: pred %d P %.3f R %.3f F1 %.3f speaker %.3f", name, r["pred"], p, rec, f, r["speaker_acc"])
    for i in list(held)[:show]:
        c = cands[i]
        d = docs[c.doc]
        logger.info("%s %s | %s | %s", "+" if c.label else "-", c.cue[2], d.text[c.start : c.end][:100], c.feats[3:7])


if __name__ == "__main__":
    main()
