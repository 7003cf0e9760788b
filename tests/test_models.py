"""The result models: the offset invariant, exports, lookups by speaker and the JSON Schema snapshot."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from quotekit import ExtractionResult, Extractor, Quote, QuoteKind, json_schema
from quotekit.models import RECORD_COLUMNS
from sample_results import failed, german_kinds, seed_like

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


@pytest.mark.models
@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        # issue 11, class 7: a full name finds that person only; a surname finds everyone who bears it
        ("“We are ready,” said Jane Smith. “We are not,” said John Smith.", "John Smith", ["We are not,"]),
        ("“We are ready,” said Jane Smith. “We are not,” said John Smith.", "Mr. John Smith", ["We are not,"]),
        ("“We are ready,” said Jane Smith. “We are not,” said John Smith.", "smith", ["We are ready,", "We are not,"]),
        ("„Wir sind bereit“, sagte Anna Schulz. „Wir nicht“, sagte Peter Schulz.", "Anna Schulz", ["Wir sind bereit"]),
        (
            "„Wir sind bereit“, sagte Anna Schulz. „Wir nicht“, sagte Peter Schulz.",
            "Frau Schulz",
            ["Wir sind bereit", "Wir nicht"],
        ),
    ],
)
def test_by_speaker_keeps_people_who_share_a_surname_apart(
    extractor: Extractor, text: str, query: str, expected: list[str]
) -> None:
    assert [q.text for q in extractor.extract(text).by_speaker(query)] == expected


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


def test_short_reprs() -> None:
    # Issue 14: repr and print used to dump the whole article on one line.
    result = seed_like()
    assert repr(result) == "<ExtractionResult 'seed-like' 4 quotes, 3 speakers, de+en>"
    assert repr(result.quotes[0]) == "<Quote direct 'OpenAI’s strategy has always…' — Rao (said)>"
    assert str(result.quotes[0]) == repr(result.quotes[0])
    assert repr(result.quotes[1]) == "<Quote direct 'They need to maintain that…' — Rao>"
    assert repr(result.quotes[0].speaker) == "<Speaker 'Rao' as 'he' (pronoun)>"
    assert repr(result.speakers[0]) == "<SpeakerEntity 0 person 'Rao', 2 quotes>"
    assert repr(result.quotes[0].open_mark) == "<Span 46:47 '“'>"
    assert repr(german_kinds().quotes[0].cue).startswith("<Cue 'fügte' … hinzu (hinzufügen)")
    assert repr(failed()).endswith("FAILED: RuntimeError: parser crashed <boom>>")
    long = ExtractionResult(text="x" * 10_000)
    assert len(repr(long)) < 80 and len(str(long)) < 80


def test_print_result_is_a_table() -> None:
    result = seed_like()
    assert str(result) == result.summary()
    lines = result.summary().splitlines()
    assert lines[0] == "== seed-like: 4 quotes, 3 speakers"
    assert lines[1].split() == ["#", "kind", "speaker", "cue", "conf", "quote"]
    assert lines[2].split()[:5] == ["1", "direct", "Rao", "(he)", "said"]
    assert all(len(line) <= 100 for line in lines)
    assert "fügte … hinzu" in german_kinds().summary()


def test_a_separated_particle_verb_shows_both_parts_in_repr_table_and_records() -> None:
    # Issue 14: the table said "fügte … hinzu" while repr and the CSV column said "fügte" alone.
    kinds = german_kinds()
    first = kinds.quotes[0]
    assert first.cue is not None and first.cue.words == "fügte … hinzu"
    assert repr(first).endswith("— Keller (fügte … hinzu)>")
    assert kinds.to_records()[0]["cue"] == "fügte … hinzu"
    assert kinds.to_records()[0]["cue_lemma"] == "hinzufügen"


def test_records_name_mention_and_entity_kinds_honestly() -> None:
    rows = seed_like().to_records()
    # the mention is a pronoun, the speaker a person: two columns, each saying what it holds
    assert (rows[0]["mention_kind"], rows[0]["entity_kind"], rows[0]["speaker_id"]) == ("pronoun", "person", 0)
    assert "speaker_kind" not in RECORD_COLUMNS


def test_metadata_round_trips() -> None:
    from quotekit import DocumentMetadata

    meta = DocumentMetadata(title="Titel", date="2024-03-07", url="https://example.org/a")
    result = seed_like().model_copy(update={"metadata": meta})
    assert ExtractionResult.model_validate_json(result.model_dump_json()).metadata == meta
    assert "Titel" in result.summary().splitlines()[0]
