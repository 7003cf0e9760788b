"""Which quote marks should Stanza see? Compare parser-input variants per language without gold trees.

For each gold direct quote in the dev sets (and the seed) a window of text around it is parsed once per variant
(the original marks, and each normalisation from :mod:`quotekit.parser_input`). Four proxies are measured:

* ``marks split`` — share of quotation marks that end up in a token of their own (not glued onto a word like
  ``“They``). Every variant is judged at the same character positions of the original text.
* ``verb linked`` — among quotes with a speech verb (said, told, sagte, …) in the window, the share where the
  quote's head word hangs off that verb (``ccomp``, ``parataxis``, ``obj``, ``xcomp``, ``advcl``, ``dep``) or the
  verb hangs off the quote's head as ``parataxis``/``advcl``/``dep``/``ccomp`` — what the syntactic sieve needs.
* ``apostrophes`` — share of in-word apostrophes (``OpenAI’s``, ``they’re``, ``geht’s``) whose word gets the same
  tokens and multi-word splits as in a parse of the all-straight text (``OpenAI's`` → ``OpenAI`` + ``'s``).
* ``mark-only sentences`` — share of Stanza sentences made of nothing but marks (a ``"`` split off as a sentence
  of its own, cut off from its quotation); lower is better.

Usage::

    python benchmarks/parser_input_eval.py [--limit 200] [--langs en de] [--contains "''"] [--models DIR]

Output is a markdown table; the choice made in ``src/quotekit/parser_input.py`` cites it (its German figures
come from ``--langs de --limit 700 --variants straight "german „“ (chosen)"``).
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from quotekit.nlp import Pipelines
from quotekit.parser_input import to_german_marks, to_straight_marks

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV = SHARED / "eval" / "dev"

_MARKS = '"“”„‟«»'
_DOUBLED = regex.compile(r"''|``")
_INWORD_APOS = regex.compile(r"(?<=\p{L})’(?=\p{L})")
_SPEECH_VERB = {
    "en": regex.compile(r"\b(said|says|say|told|tells|added|adds|explained|wrote|writes|asked|argued|warned|noted)\b"),
    "de": regex.compile(
        r"\b(sagte|sagt|sagten|erklärte|erklärt|betonte|betont|schrieb|schreibt|fügte|meinte|meint|"
        r"warnte|teilte|so|sprach|erläuterte|kritisierte|fragte)\b"
    ),
}
_QUOTE_RELS = {"ccomp", "parataxis", "obj", "xcomp", "advcl", "dep", "csubj", "conj"}
_VERB_RELS = {"parataxis", "advcl", "dep", "ccomp", "conj"}


def _straight_keep_doubled(text: str) -> str:
    """Straight marks but typewriter ``''`` pairs left alone: isolates what the pair rewrite adds."""
    table: dict[str, str | int | None] = {**dict.fromkeys("“”„‟«»", '"'), **dict.fromkeys("‘’‚‛‹›", "'")}
    return text.translate(str.maketrans(table))


def _marks_only_straight(text: str) -> str:
    """Quote marks straight, in-word apostrophes left curly: isolates what the apostrophe rewrite adds."""
    out = list(to_straight_marks(text))
    for i, c in enumerate(text):
        if c == "’" and _INWORD_APOS.match(text, i):
            out[i] = "’"
    return "".join(out)


VARIANTS: dict[str, dict[str, Callable[[str], str]]] = {
    "en": {
        "original": lambda t: t,
        "straight, '' kept": _straight_keep_doubled,
        "straight, ’ kept in words": _marks_only_straight,
        "straight (chosen)": to_straight_marks,
        "german „“": to_german_marks,
    },
    "de": {
        "original": lambda t: t,
        "straight": to_straight_marks,  # also: German typed with straight marks, left as is
        "german „“ (chosen)": to_german_marks,
        # German typed with straight marks (web copy, Swiss sources) after the German rewrite
        "typed straight → „“": lambda t: to_german_marks(to_straight_marks(t)),
    },
}


@dataclass
class Sample:
    lang: str
    text: str
    quotes: list[tuple[int, int]]  # content spans, relative to text


@dataclass
class Score:
    marks: int = 0
    marks_split: int = 0
    verb_cases: int = 0
    verb_linked: int = 0
    sentences: int = 0
    mark_only: int = 0
    apos: int = 0
    apos_ok: int = 0
    seconds: float = 0.0
    extra: dict[str, int] = field(default_factory=dict)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the sentence before the quote to the sentence after it, within the paragraph, at most ~250 chars."""
    lo = max(0, start - 250)
    cut = max(text.rfind("\n", lo, start - 1), text.rfind(". ", lo, max(lo, start - 2)))
    a = cut + 1 if cut >= 0 else lo
    hi = min(len(text), end + 200)
    nl = text.find("\n", end, hi)
    b = nl if nl >= 0 else hi
    dot = text.find(". ", end + 1, b)
    if dot >= 0:
        b = dot + 1
    while a < start and text[a].isspace():
        a += 1
    return a, b


def load_samples(lang: str, limit: int, contains: str | None = None) -> list[Sample]:
    files = {"en": DEV / "en_news_polnear_train300.jsonl", "de": DEV / "de_news_spkatt_train.jsonl"}
    out: list[Sample] = []
    for path in (DEV / "seed.jsonl", files[lang]):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            text: str = doc["text"]
            for q in doc["quotes"]:
                if q["kind"] != "direct":
                    continue
                a, b = _window(text, q["start"], q["end"])
                window = text[a:b]
                if doc["lang"] == "mixed" and (("„" in window) != (lang == "de")):
                    continue
                if contains is not None and contains not in window:
                    continue
                out.append(Sample(lang, window, [(q["start"] - a, q["end"] - a)]))
                if len(out) >= limit:
                    return out
    return out


def _tokens(doc: Any) -> list[tuple[int, int, int]]:
    """``(start, end, number of words)`` per token; a multi-word token (``OpenAI's`` → ``OpenAI`` + ``'s``) has >1."""
    return [(t.start_char, t.end_char, len(t.words)) for s in doc.sentences for t in s.tokens]


def _words(doc: Any) -> Iterator[tuple[Any, Any]]:
    for s in doc.sentences:
        for t in s.tokens:
            for w in t.words:
                yield s, (w, t)


def score(sample: Sample, doc: Any, ref: Any, acc: Score) -> None:
    text = sample.text
    toks = _tokens(doc)
    # (a) quotation marks in a token of their own, at the original text's positions
    positions = [i for i, c in enumerate(text) if c in _MARKS]
    positions += [m.start() for m in _DOUBLED.finditer(text)]
    for p in positions:
        acc.marks += 1
        tok = next(((s, e) for s, e, _ in toks if s <= p < e or s <= p + 1 < e), None)
        if tok is None or not any(ch.isalnum() for ch in text[tok[0] : tok[1]]):
            acc.marks_split += 1
    # (d) sentences that are nothing but marks: a quote mark cut off from the words it belongs to
    for sent in doc.sentences:
        acc.sentences += 1
        acc.mark_only += not any(ch.isalnum() for t in sent.tokens for ch in t.text)
    # (c) in-word apostrophes: same tokens and word counts over the word as in the all-straight parse
    ref_toks = _tokens(ref)
    for m in _INWORD_APOS.finditer(text):
        a, b = m.start(), m.end()
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        while b < len(text) and text[b].isalpha():
            b += 1
        acc.apos += 1
        acc.apos_ok += [t for t in toks if t[0] < b and t[1] > a] == [t for t in ref_toks if t[0] < b and t[1] > a]
    # (b) speech verb ↔ quote head
    for qs, qe in sample.quotes:
        for sent in doc.sentences:
            words = [(w, t) for t in sent.tokens for w in t.words]
            inside = [w for w, t in words if qs <= t.start_char and t.end_char <= qe]
            if not inside:
                continue
            ids = {w.id for w in inside}
            heads = [w for w in inside if w.head not in ids]
            verbs = [
                w
                for w, t in words
                if (t.end_char <= qs - 1 or t.start_char >= qe + 1) and _SPEECH_VERB[sample.lang].fullmatch(w.text)
            ]
            if not verbs:
                continue
            acc.verb_cases += 1
            verb_ids = {v.id for v in verbs}
            linked = any(h.head in verb_ids and h.deprel.split(":")[0] in _QUOTE_RELS for h in heads) or any(
                v.head in ids and v.deprel.split(":")[0] in _VERB_RELS for v in verbs
            )
            acc.verb_linked += linked
            break


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--limit", type=int, default=200, help="quotes per language (seed first, then the dev set)")
    ap.add_argument("--models", default=str(SHARED / "stanza_resources"))
    ap.add_argument("--langs", nargs="*", default=["en", "de"])
    ap.add_argument("--variants", nargs="*", help="only these variant names (default: all)")
    ap.add_argument("--contains", help="only windows containing this string, e.g. \"''\" for typewriter quotes")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    pipes = Pipelines(args.models, offline=True)
    print(
        "| lang | variant | quotes | marks split | verb linked | in-word apostrophes | mark-only sentences | parse s |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for lang in args.langs:
        samples = load_samples(lang, args.limit, args.contains)
        pipes.get(lang)
        parsed: dict[str, tuple[list[Any], float]] = {}
        for name, fn in VARIANTS[lang].items():
            if args.variants and name not in args.variants:
                continue
            texts = [fn(s.text) for s in samples]
            assert all(len(a) == len(s.text) for a, s in zip(texts, samples, strict=True))
            t0 = time.perf_counter()
            parsed[name] = (pipes.parse(lang, texts), time.perf_counter() - t0)
        # the reference for the apostrophe proxy: the same windows with every mark straight
        straight = next((n for n, fn in VARIANTS[lang].items() if fn is to_straight_marks), None)
        ref = parsed[straight][0] if straight else pipes.parse(lang, [to_straight_marks(s.text) for s in samples])
        for name, (docs, seconds) in parsed.items():
            acc = Score(seconds=seconds)
            for s, d, r in zip(samples, docs, ref, strict=True):
                score(s, d, r, acc)

            def pct(a: int, b: int) -> str:
                return f"{100 * a / b:.1f}% ({a}/{b})" if b else "–"

            print(
                f"| {lang} | {name} | {len(samples)} | {pct(acc.marks_split, acc.marks)} | "
                f"{pct(acc.verb_linked, acc.verb_cases)} | {pct(acc.apos_ok, acc.apos)} | "
                f"{pct(acc.mark_only, acc.sentences)} | {acc.seconds:.1f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
