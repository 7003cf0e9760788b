"""Input readers: files, directories, JSONL (with bad lines) and streams."""

from __future__ import annotations

import io
import sys
import warnings
from pathlib import Path

import pytest

from quotekit.errors import InvalidInputError
from quotekit.io import (
    HtmlRecord,
    InvalidRecordError,
    Record,
    SkippedRecordsWarning,
    count_records,
    iter_records,
    read_jsonl,
    read_text,
    resolve_inputs,
    valid_records,
)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_record_is_the_text_id_pair_pipe_takes() -> None:
    rec = Record("„Ja“, sagte sie.", "a1")
    text, doc_id = rec
    assert (text, doc_id) == ("„Ja“, sagte sie.", "a1")
    assert isinstance(rec, tuple) and len(rec) == 2


def test_read_jsonl_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    f = write(
        tmp_path / "docs.jsonl",
        '{"id": "a", "text": "one"}\n'
        "\n"
        "{not json\n"
        '["a list"]\n'
        '{"id": "b"}\n'
        '{"id": 7, "text": "seven"}\n'
        '{"text": "no id"}\n'
        '{"id": "c", "text": 3}\n',
    )
    items = list(read_jsonl(f))
    records = [i for i in items if isinstance(i, Record)]
    errors = [i for i in items if isinstance(i, InvalidRecordError)]
    assert records == [Record("one", "a"), Record("seven", "7"), Record("no id", "7")]
    assert [e.line for e in errors] == [3, 4, 5, 8]
    assert all(isinstance(e, InvalidInputError) for e in errors)
    assert str(errors[0]).startswith(f"{f}:3: not valid JSON")
    assert "expected a JSON object, got list" in str(errors[1])
    assert "field 'text' is missing" in str(errors[2])
    assert "field 'text' is a int, not a string" in str(errors[3])


def test_read_jsonl_custom_fields_and_bom(tmp_path: Path) -> None:
    f = write(tmp_path / "x.jsonl", '\ufeff{"doc": "d1", "body": "Hallo"}\n'.encode())
    assert list(read_jsonl(f, id_field="doc", text_field="body")) == [Record("Hallo", "d1")]


def test_read_jsonl_bad_utf8_line_is_one_error(tmp_path: Path) -> None:
    f = write(tmp_path / "x.jsonl", b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xff"}\n')
    items = list(read_jsonl(f))
    assert items[0] == Record("ok", "a")
    assert isinstance(items[1], InvalidRecordError) and items[1].line == 2


def test_read_jsonl_from_streams() -> None:
    text_stream = io.StringIO('{"id": "s", "text": "from a text stream"}\n')
    assert list(read_jsonl(text_stream)) == [Record("from a text stream", "s")]
    byte_stream = io.BytesIO('{"id": "b", "text": "„bytes“"}\n'.encode())
    assert list(read_jsonl(byte_stream)) == [Record("„bytes“", "b")]


def test_read_jsonl_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="cannot read"):
        list(read_jsonl(tmp_path / "nope.jsonl"))


def test_read_text_keeps_text_and_replaces_bad_bytes(tmp_path: Path) -> None:
    assert read_text(write(tmp_path / "a.txt", "\ufeff“Hi,” he said.\n")) == "“Hi,” he said.\n"
    assert read_text(write(tmp_path / "b.txt", b"caf\xe9")) == "caf\ufffd"
    with pytest.raises(InvalidInputError):
        read_text(tmp_path / "missing.txt")


def test_resolve_inputs_expands_directories_and_detects_jsonl(tmp_path: Path) -> None:
    write(tmp_path / "corpus" / "b.txt", "B")
    write(tmp_path / "corpus" / "a.txt", "A")
    write(tmp_path / "corpus" / "sub" / "c.txt", "C")
    write(tmp_path / "corpus" / "notes.md", "ignored")
    j = write(tmp_path / "more.JSONL", '{"id": "j", "text": "J"}\n')
    sources = resolve_inputs([tmp_path / "corpus", j])
    assert [s.doc_id for s in sources] == ["a", "b", "sub/c", "more"]
    assert [s.jsonl for s in sources] == [False, False, False, True]
    assert list(iter_records(sources)) == [Record("A", "a"), Record("B", "b"), Record("C", "sub/c"), Record("J", "j")]
    assert count_records(sources) == 4


def test_resolve_inputs_forced_jsonl_and_stdin(tmp_path: Path) -> None:
    t = write(tmp_path / "recs.txt", '{"id": "x", "text": "X"}\n')
    (src,) = resolve_inputs([t], jsonl=True)
    assert src.jsonl
    stdin_src = resolve_inputs(["-"])
    assert stdin_src[0].path is None and stdin_src[0].name == "<stdin>"
    assert count_records(stdin_src) is None
    with pytest.raises(InvalidInputError, match="only once"):
        resolve_inputs(["-", "-"])


def test_resolve_inputs_missing_path_names_it(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", "fine")
    with pytest.raises(InvalidInputError, match=r"nope\.txt: no such file or directory"):
        resolve_inputs([tmp_path / "ok.txt", tmp_path / "nope.txt"])


def test_stdin_as_text_and_as_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("“Ja,” sagte er.".encode()), encoding="utf-8"))
    assert list(iter_records(resolve_inputs(["-"]))) == [Record("“Ja,” sagte er.", "stdin")]
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "1", "text": "a"}\nbroken\n'))
    items = list(iter_records(resolve_inputs(["-"], jsonl=True)))
    assert items[0] == Record("a", "1")
    assert isinstance(items[1], InvalidRecordError) and items[1].line == 2


def test_valid_records_logs_and_skips(caplog: pytest.LogCaptureFixture) -> None:
    items: list[Record | InvalidRecordError] = [Record("t", "1"), InvalidRecordError("f.jsonl", 2, "not valid JSON")]
    with caplog.at_level("WARNING", logger="quotekit.io"), pytest.warns(SkippedRecordsWarning):
        assert list(valid_records(items)) == [Record("t", "1")]
    assert "f.jsonl:2: not valid JSON" in caplog.text


def test_valid_records_warns_a_script_of_every_skipped_line(tmp_path: Path) -> None:
    # Issue 14: a library user with no logging set up used to see nothing when 4 of 7 lines were dropped.
    lines = ['{"id": 1, "text": "a"}', "{oops", '{"id": 3}', "[1]", '{"id": 5, "text": "b"}', "x", '{"text": "c"}']
    path = tmp_path / "seven.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.warns(SkippedRecordsWarning) as caught:
        kept = list(valid_records(read_jsonl(path)))
    assert [r.id for r in kept] == ["1", "5", "7"]
    assert len(caught) == 4
    assert f"{path}:2: not valid JSON" in str(caught[0].message)
    # or count them instead of warning
    skipped: list[InvalidRecordError] = []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(list(valid_records(read_jsonl(path), skipped=skipped))) == 3
    assert [e.line for e in skipped] == [2, 3, 4, 6]


def test_binary_and_utf16_files(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes("„Ja“, sagte er.".encode("utf-16"))
    (tmp_path / "bin.txt").write_bytes(b"GIF89a\x00\x01\x02")
    items = list(iter_records(resolve_inputs([tmp_path / "utf16.txt", tmp_path / "bin.txt"])))
    assert items[0] == Record("„Ja“, sagte er.", "utf16")
    assert isinstance(items[1], InvalidRecordError) and "binary file" in str(items[1])
    with pytest.raises(InvalidInputError, match="binary file"):
        read_text(tmp_path / "bin.txt")


def test_directories_hold_text_and_html_and_an_empty_one_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "d" / "sub" / "b.HTML").write_text("<p>b</p>", encoding="utf-8")
    (tmp_path / "d" / "c.md").write_text("c", encoding="utf-8")
    sources = resolve_inputs([tmp_path / "d"])
    assert [(s.doc_id, s.html) for s in sources] == [("a", False), ("sub/b", True)]
    items = list(iter_records(sources))
    assert type(items[0]) is Record and isinstance(items[1], HtmlRecord) and items[1].text == "<p>b</p>"
    (tmp_path / "e").mkdir()
    with pytest.raises(InvalidInputError, match="holds no"):
        resolve_inputs([tmp_path / "e"])


def test_no_stdin_is_a_record_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    (item,) = iter_records(resolve_inputs(["-"]))
    assert isinstance(item, InvalidRecordError)
    assert "no standard input" in str(item)
