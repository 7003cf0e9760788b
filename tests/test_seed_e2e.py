"""The seed article, end to end with the real Stanza pipeline: the project's first acceptance test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotekit import ExtractionResult, Extractor, QuoteKind

pytestmark = pytest.mark.models


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[str, list[dict[str, Any]]]:
    text = (shared_dir / "eval" / "dev" / "seed.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "eval" / "dev" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert gold["text"] == text
    return text, gold["quotes"]


@pytest.fixture(scope="module")
def result(extractor: Extractor, seed: tuple[str, list[dict[str, Any]]]) -> ExtractionResult:
    return extractor.extract(seed[0], doc_id="seed")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov / max(a[1] - a[0], b[1] - b[0], 1)


def _match(result: ExtractionResult, g: dict[str, Any]) -> Any:
    best = max(result.quotes, key=lambda q: _overlap((q.start, q.end), (g["start"], g["end"])), default=None)
    assert best is not None and _overlap((best.start, best.end), (g["start"], g["end"])) >= 0.5, g["text"][:60]
    return best


def test_offsets_hold_for_every_object(result: ExtractionResult, seed: tuple[str, list[dict[str, Any]]]) -> None:
    text = seed[0]
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.mention.start : q.speaker.mention.end] == q.speaker.mention.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text


def test_languages_switch_from_english_to_german(result: ExtractionResult) -> None:
    assert result.paragraph_languages[:4] == ("en",) * 4
    assert set(result.paragraph_languages[4:]) == {"de"}


def test_every_direct_quote_has_exact_offsets_and_the_right_mention(
    result: ExtractionResult, seed: tuple[str, list[dict[str, Any]]]
) -> None:
    direct = [g for g in seed[1] if g["kind"] == "direct"]
    assert len(direct) == 12
    for g in direct:
        q = _match(result, g)
        assert (q.start, q.end) == (g["start"], g["end"])
        assert q.kind is QuoteKind.DIRECT
        if g["speaker_start"] is None:
            assert q.speaker is None, q.text[:50]
        else:
            assert q.speaker is not None, q.text[:50]
            assert (q.speaker.mention.start, q.speaker.mention.end) == (g["speaker_start"], g["speaker_end"]), q.text[
                :50
            ]


def test_every_direct_quote_names_the_right_person(
    result: ExtractionResult, seed: tuple[str, list[dict[str, Any]]]
) -> None:
    for g in (g for g in seed[1] if g["kind"] == "direct"):
        q = _match(result, g)
        name = q.speaker.name if q.speaker else None
        assert name == g["speaker_entity"], (q.text[:50], name)


def test_speakers_list_groups_quotes_per_person(result: ExtractionResult) -> None:
    names = {s.name for s in result.speakers}
    assert {"Rao", "Curran", "Altman"} <= names
    assert len(result.by_speaker("Rao")) >= 4
    assert all(q.speaker and q.speaker.name == "Curran" for q in result.by_speaker("Curran"))
