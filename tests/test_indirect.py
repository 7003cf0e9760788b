"""Indirect speech and quote classification: rules pinned on CoNLL-U parses, the seed end to end with models.

The fixtures ``fixtures/indirect_{en,de}.conllu`` are the compact Stanza models' parses of hand-written
sentences, kept with their errors (``Rao`` tagged ADV, ``Allerdings`` as subject, ``reporters`` as a verb), so
the rules are tested against the parses they will really see, without loading a model.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stanza.utils.conll import CoNLL

from quotekit.attribution.chain import attribute
from quotekit.attribution.classify import classify_quote
from quotekit.attribution.context import QuoteTarget
from quotekit.attribution.reported import ReportedStatement, find_indirect
from quotekit.extractor import mixed_statement_around
from quotekit.language import paragraph_languages
from quotekit.models import MentionKind
from quotekit.nlp import Pipelines
from quotekit.paragraphs import split_paragraphs
from quotekit.parser_input import parser_text
from quotekit.scanner import scan_quotes
from quotekit.tree import ParsedSentence, sentences_from_stanza

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def _fixture_docs(lang: str) -> dict[str, tuple[str, tuple[ParsedSentence, ...]]]:
    raw = (FIXTURES / f"indirect_{lang}.conllu").read_text(encoding="utf-8")
    out = {}
    for block in raw.split("# newdoc id = ")[1:]:
        name, rest = block.split("\n", 1)
        first, body = rest.split("\n", 1)
        assert first.startswith("# doc_text = ")
        text = first[len("# doc_text = ") :]
        doc = CoNLL.conll2doc(input_str=body)
        out[name.strip()] = (text, tuple(sentences_from_stanza(doc, lang, text=text)))
    return out


def _case(lang: str, name: str) -> tuple[str, tuple[ParsedSentence, ...], list[tuple[int, int]]]:
    text, sents = _fixture_docs(lang)[name]
    ranges = [(s.open[0] if s.open else s.start, s.close[1] if s.close else s.end) for s in scan_quotes(text)]
    return text, sents, ranges


def _run(lang: str, name: str) -> tuple[str, list[ReportedStatement]]:
    text, sents, ranges = _case(lang, name)
    return text, find_indirect(text, sents, ranges)


# (lang, fixture, sieve, speaker as written, content start, cue lemma)
POSITIVE = [
    ("en", "that_clause", "indirect_that_clause", "Rao", "OpenAI has to navigate", "say"),
    ("en", "zero_that", "indirect_that_clause", "The senator", "the plan would cost", "say"),
    ("en", "as_clause", "indirect_as", "Rao", "OpenAI still has", "point out"),
    ("en", "as_clause_end", "indirect_as", "its chief executive", "The company will cut jobs", "say"),
    ("en", "agreed_saying", "indirect_that_clause", "Curran", "releasing the model", None),
    ("en", "told", "indirect_that_clause", "She", "the plan was reckless", "tell"),
    ("en", "according_to_start", "indirect_according_to", "the ministry", "the talks will resume", "according to"),
    ("en", "according_to_end", "indirect_according_to", "a government spokeswoman", "The talks will", "according to"),
    ("en", "content_first", "indirect_content_first", "the senator", "The plan is dead", "say"),
    ("en", "relative", "indirect_that_clause", "The ministry", "the talks had failed", "say"),
    ("de", "dass", "indirect_that_clause", "Rao", "OpenAI ein Modell", "sagen"),
    ("de", "konjunktiv", "indirect_konjunktiv", "Curran", "es gebe keinen Grund", "sagen"),
    ("de", "er_sagte", "indirect_konjunktiv", "Der Minister", "die Verhandlungen seien", "sagen"),
    ("de", "vorschlagen", "indirect_that_clause", "Rao", "OpenAI ein großes Modell", "vorschlagen"),
    ("de", "laut", "indirect_according_to", "Polizei", "wurden bei dem Unfall", "laut"),
    ("de", "zufolge", "indirect_according_to", "Der Zeitung", "ist der Minister", "zufolge"),
    ("de", "wie_mitteilte", "indirect_as", "sein Anwalt", "brach er auf der Straße", "mitteilen"),
    ("de", "content_first", "indirect_content_first", "ein Sprecher der Polizei", "Die Suche wurde", "sagen"),
]


@pytest.mark.parametrize(("lang", "name", "sieve", "speaker", "content", "lemma"), POSITIVE)
def test_each_construction_gives_its_content_and_speaker(
    lang: str, name: str, sieve: str, speaker: str, content: str, lemma: str | None
) -> None:
    text, found = _run(lang, name)
    assert len(found) == 1, [text[s.start : s.end] for s in found]
    s = found[0]
    assert s.sieve == sieve
    assert s.speaker is not None and text[s.speaker[0] : s.speaker[1]] == speaker
    assert text[s.start : s.end].startswith(content)
    assert s.kind == "indirect"
    assert 0.0 < s.confidence <= 1.0
    assert s.cue is not None
    if lemma is not None:
        assert s.cue[2] == lemma
    # The attribution is never part of the content.
    assert not (s.start < s.speaker[1] and s.speaker[0] < s.end)
    assert not (s.start < s.cue[1] and s.cue[0] < s.end)


def test_content_runs_to_the_sentence_end_with_its_period() -> None:
    text, found = _run("en", "that_clause")
    assert text[found[0].start : found[0].end] == "OpenAI has to navigate tricky waters."


def test_mention_kind_comes_from_the_mention() -> None:
    _, found = _run("de", "content_first")
    assert found[0].mention_kind is MentionKind.NOMINAL
    _, found = _run("en", "that_clause")
    assert found[0].mention_kind is MentionKind.NAME


@pytest.mark.parametrize(
    ("lang", "name"),
    [
        ("en", "neg_that_said"),  # ``That said, …`` is no speech
        ("en", "neg_said_adj"),  # ``the said agreement``
        ("en", "neg_no_content"),  # ``He said nothing about the plan``: no content clause
        ("en", "neg_direct"),  # content in quotation marks is a direct quote, not reported speech
        ("de", "neg_absagen"),  # ``sagte … ab`` (cancelled) is another verb
        ("de", "neg_relative"),  # ``Der Mann, der das sagte, ging …``: the main clause is not reported
    ],
)
def test_non_speech_and_quoted_content_give_nothing(lang: str, name: str) -> None:
    text, found = _run(lang, name)
    assert found == [], [text[s.start : s.end] for s in found]


def test_german_konjunktiv_continues_into_the_next_sentence() -> None:
    text, found = _run("de", "continuation")
    assert [s.sieve for s in found] == ["indirect_konjunktiv", "indirect_konjunktiv_continuation"]
    assert found[1].speaker == found[0].speaker
    assert text[found[1].start : found[1].end].startswith("Sie werde aber")


def test_reported_content_with_a_quoted_fragment_is_mixed() -> None:
    text, found = _run("en", "mixed")
    assert len(found) == 1
    assert found[0].kind == "mixed"
    assert '"a great thing"' in text[found[0].start : found[0].end]


def test_indirect_detection_can_be_fed_nothing() -> None:
    assert find_indirect("", [], []) == []
    text, sents, _ = _case("en", "that_clause")
    # Everything inside quotation marks: nothing is reported speech.
    assert find_indirect(text, sents, [(0, len(text))]) == []


# --- classify_quote -----------------------------------------------------------------------------------------

# (lang, fixture, kinds of the top-level quotations in text order)
CLASSIFY = [
    ("en", "neg_direct", ["direct"]),
    ("en", "mixed", ["mixed"]),  # a short fragment, but inside reported speech: someone's words
    ("en", "cl_called", ["mixed"]),
    ("en", "cl_scare", ["none"]),
    ("en", "cl_colon", ["direct"]),
    ("en", "cl_as", ["direct"]),  # ``As Altman said on Monday, “…”``: the comma closes the as-clause
    ("en", "cl_short_direct", ["direct"]),
    ("en", "cl_so_called", ["none"]),
    ("de", "cl_als", ["direct", "mixed"]),
    ("de", "cl_title", ["none"]),
    ("de", "cl_nannte", ["mixed"]),
    ("de", "cl_split", ["direct", "direct"]),
]


@pytest.mark.parametrize(("lang", "name", "kinds"), CLASSIFY)
@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "surface"])
def test_quotes_are_classified_with_or_without_a_parse(lang: str, name: str, kinds: list[str], parsed: bool) -> None:
    text, sents, _ = _case(lang, name)
    spans = [s for s in scan_quotes(text) if s.depth == 0]
    got = [classify_quote(text, s.start, s.end, s.open, s.close, sents if parsed else []) for s in spans]
    assert got == kinds


def test_classification_uses_the_parse_of_the_right_sentence_only() -> None:
    # The quote's own sentence was not parsed (selective parsing): the surface rules decide.
    text = 'He left early. Critics called the plan "reckless and far too expensive for the city".'
    start = text.index("reckless")
    end = text.index('".')
    assert classify_quote(text, start, end, (start - 1, start), (end, end + 1), []) == "mixed"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab „“"”:, .\nsaid als')), max_size=60), st.data())
def test_classify_never_raises_on_messy_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    open_ = (max(0, start - 1), start) if start > 0 else None
    close = (end, min(len(text), end + 1)) if end < len(text) else None
    assert classify_quote(text, start, end, open_, close, []) in ("direct", "mixed", "none")


# --- the seed, end to end -----------------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov / max(a[1] - a[0], b[1] - b[0], 1)


@pytest.fixture(scope="module")
def seed_parsed(shared_dir: Path, pipelines: Pipelines) -> tuple[str, list[dict[str, Any]], list[ParsedSentence]]:
    text = (shared_dir / "eval" / "dev" / "seed.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "eval" / "dev" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    paragraphs = split_paragraphs(text)
    langs = paragraph_languages(text, paragraphs)
    sents: list[ParsedSentence] = []
    for p, lang in zip(paragraphs, langs, strict=True):
        assert lang is not None
        doc = pipelines.parse(lang, [parser_text(text[p.start : p.end], lang)])[0]
        sents += sentences_from_stanza(doc, lang, offset=p.start)
    return text, gold["quotes"], sents


@pytest.mark.models
def test_seed_indirect_statements_are_found_with_their_speakers(
    seed_parsed: tuple[str, list[dict[str, Any]], list[ParsedSentence]],
) -> None:
    text, gold, sents = seed_parsed
    spans = scan_quotes(text)
    ranges = [(s.open[0] if s.open else s.start, s.close[1] if s.close else s.end) for s in spans]
    found = find_indirect(text, sents, ranges)
    indirect = [g for g in gold if g["kind"] == "indirect"]
    assert len(indirect) == 4
    for g in indirect:
        best = max(found, key=lambda s: _overlap((s.start, s.end), (g["start"], g["end"])))
        assert _overlap((best.start, best.end), (g["start"], g["end"])) >= 0.5, g["text"][:50]
        assert best.speaker is not None
        assert _overlap(best.speaker, (g["speaker_start"], g["speaker_end"])) > 0, g["text"][:50]
    # Nothing else in the seed is reported speech outside quotation marks.
    assert len(found) == 4


@pytest.mark.models
def test_seed_mixed_quote_is_classified_and_attributed(
    seed_parsed: tuple[str, list[dict[str, Any]], list[ParsedSentence]],
) -> None:
    text, gold, sents = seed_parsed
    top = [s for s in scan_quotes(text) if s.depth == 0]
    kinds = [classify_quote(text, s.start, s.end, s.open, s.close, sents) for s in top]
    by_span = {(s.start, s.end): k for s, k in zip(top, kinds, strict=True)}
    for g in gold:
        if g["kind"] == "indirect":
            continue
        k = next(k for (a, b), k in by_span.items() if _overlap((a, b), (g["start"], g["end"])) >= 0.5)
        assert k == g["kind"], (g["text"][:50], k)
    assert kinds.count("mixed") == 1 and "none" not in kinds
    targets = [QuoteTarget(i, s.start, s.end, s.open, s.close, 0) for i, s in enumerate(top)]
    atts = attribute(text, targets, sents)
    mixed_gold = next(g for g in gold if g["kind"] == "mixed")
    i = kinds.index("mixed")
    assert _overlap((top[i].start, top[i].end), (mixed_gold["start"], mixed_gold["end"])) >= 0.5
    att = atts[i]
    assert att is not None and att.speaker is not None
    assert text[att.speaker[0] : att.speaker[1]] == "Rao"


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20), st.sampled_from(["mixed", "indirect"])), max_size=8)


# A quote holds at least its marks, so the look-up is never asked about an empty range.
@settings(max_examples=300, deadline=None)
@given(_SPANS, st.integers(0, 80), st.integers(1, 10))
def test_mixed_statement_around_is_the_first_holding_statement(
    spans: list[tuple[int, int, str]], start: int, length: int
) -> None:
    # The bisecting look-up answers as the plain scan of every statement in the rules' order would.
    statements = [
        ReportedStatement(s, s + n, None, MentionKind.NAME, None, "test", 1.0, "mixed" if k == "mixed" else "indirect")
        for s, n, k in spans
    ]
    end = start + length
    expected = next((x for x in statements if x.kind == "mixed" and x.start <= start and end <= x.end), None)
    assert mixed_statement_around(statements)(start, end) == expected
