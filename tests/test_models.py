"""The result models: the offset invariant, exports, lookups by speaker and the JSON Schema snapshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from quotekit import ExtractionResult, Quote, QuoteKind, json_schema
from quotekit.models import RECORD_COLUMNS
from sample_results import failed, seed_like

SCHEMA_SNAPSHOT = Path(__file__).parent / "snapshots" / "extraction_result.schema.json"


def test_offsets_that_do_not_match_the_text_are_refused() -> None:
    q = Quote(text="abc", start=0, end=3, kind=QuoteKind.DIRECT, paragraph=0, confidence=0.5)
    with pytest.raises(ValidationError, match="does not match the document text"):
        ExtractionResult(text="xyz", quotes=(q,))
    with pytest.raises(ValidationError):
        Quote(text="abc", start=0, end=5, kind=QuoteKind.DIRECT, paragraph=0, confidence=0.5)


def test_results_are_frozen() -> None:
    result = seed_like()
    with pytest.raises(ValidationError):
        result.quotes[0].text = "changed"  # type: ignore[misc]


def test_records_have_one_row_per_quote_with_fixed_columns() -> None:
    result = seed_like()
    rows = result.to_records()
    assert len(rows) == len(result.quotes)
    assert all(tuple(row) == RECORD_COLUMNS for row in rows)
    assert rows[0]["speaker"] == "Rao" and rows[0]["kind"] == "direct"
    assert failed().to_records() == []


def test_dataframe_export() -> None:
    pytest.importorskip("pandas")
    frame = seed_like().to_dataframe()
    assert list(frame.columns) == list(RECORD_COLUMNS)
    assert len(frame) == len(seed_like().quotes)
    assert list(failed().to_dataframe().columns) == list(RECORD_COLUMNS)


def test_by_speaker_matches_full_names_surnames_and_is_case_blind() -> None:
    result = seed_like()
    assert len(result.by_speaker("Rao")) == 2
    assert result.by_speaker("altman") == result.by_speaker("Sam Altman") != ()
    assert result.by_speaker("Nobody") == ()


def test_json_round_trip() -> None:
    result = seed_like()
    assert ExtractionResult.model_validate_json(result.model_dump_json()) == result


def test_json_schema_matches_the_snapshot() -> None:
    schema = json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("QUOTEKIT_REGEN_SNAPSHOTS") == "1":
        SCHEMA_SNAPSHOT.write_text(schema, encoding="utf-8")
    assert schema == SCHEMA_SNAPSHOT.read_text(encoding="utf-8"), (
        "the JSON Schema changed; if intended, rerun with QUOTEKIT_REGEN_SNAPSHOTS=1 and review the diff"
    )
