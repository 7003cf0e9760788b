"""The quotekit command: each input mode, each output format, each error path, and python -m quotekit."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotekit.cli import (
    EXIT_FAILURES,
    EXIT_MODELS,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    _Failures,
    _Progress,
    _writer,
    format_table,
    main,
    parse_args,
    quote_to_json,
)
from quotekit.io import InvalidRecordError
from quotekit.models import RECORD_COLUMNS, ExtractionResult, json_schema
from sample_results import failed, hostile, seed_like

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "eval" / "dev" / "seed.txt"
SEED_GOLD = SHARED / "eval" / "dev" / "seed.jsonl"
SCORE_PY = SHARED / "eval" / "score.py"

EN_1 = "“We will not raise prices this year,” said Maria Lopez, the chief executive.\n"
EN_2 = "The council met on Tuesday. “This is a good day for the city,” the mayor said.\n"
DE_1 = "„Wir werden die Steuern nicht erhöhen“, sagte Finanzminister Klaus Berger am Montag.\n"


@pytest.fixture
def models_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point at the shared compact models and forbid downloads (what .ci/run sets too)."""
    if not os.environ.get("STANZA_RESOURCES_DIR"):
        resources = SHARED / "stanza_resources"
        if not resources.is_dir():
            pytest.skip("no Stanza models: set STANZA_RESOURCES_DIR")
        monkeypatch.setenv("STANZA_RESOURCES_DIR", str(resources))
    monkeypatch.setenv("QUOTEKIT_OFFLINE", "1")


def write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def jsonl_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# ------------------------------------------------------------------------------------------ arguments


def test_parse_args_defaults_and_options() -> None:
    a = parse_args(["extract", "a.txt"])
    assert (a.command, a.inputs, a.format, a.lang, a.batch_size) == ("extract", ["a.txt"], "jsonl", "auto", 16)
    assert (a.no_indirect, a.whole_documents, a.offline, a.jsonl, a.progress) == (False, False, False, None, None)
    a = parse_args(
        [
            *("extract", "-", "--jsonl", "--lang", "de", "--models", "/m", "--offline", "--no-indirect"),
            *("--whole-documents", "--batch-size", "4", "-f", "csv", "-o", "out.csv", "--no-progress", "-vv"),
        ]
    )
    assert (a.jsonl, a.lang, a.models, a.offline, a.no_indirect, a.whole_documents) == (
        True,
        "de",
        "/m",
        True,
        True,
        True,
    )
    assert (a.batch_size, a.format, a.output, a.progress, a.verbose) == (4, "csv", "out.csv", False, 2)
    assert parse_args(["download", "en", "de", "--models", "/m"]).langs == ["en", "de"]
    assert (a.tokenizer, a.threads) == ("stanza", 0)
    a = parse_args(["extract", "a.txt", "--tokenizer", "quotekit", "--threads", "1"])
    assert (a.tokenizer, a.threads) == ("quotekit", 1)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extract", "--format", "xml", "a.txt"],
        ["extract", "--lang", "fr", "a.txt"],
        ["extract", "--batch-size", "0", "a.txt"],
        ["extract", "--batch-size", "many", "a.txt"],
        ["extract", "--embedded", "--no-indirect", "a.txt"],
        ["download", "fr"],
        ["download"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == EXIT_USAGE
    assert "usage: quotekit" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("quotekit ")


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == json_schema()


# ------------------------------------------------------------------------------------------ error paths before work


def test_missing_file_exits_2_and_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok = write(tmp_path / "ok.txt", EN_1)
    code = main(["extract", str(ok), str(tmp_path / "missing.txt")])
    err = capsys.readouterr()
    assert code == EXIT_USAGE
    assert "missing.txt: no such file or directory" in err.err
    assert err.out == ""  # nothing was processed, not even ok.txt


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok = write(tmp_path / "ok.txt", "No quotes here.")
    code = main(["extract", str(ok), "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl")])
    assert code == EXIT_USAGE
    assert "cannot write" in capsys.readouterr().err


def test_missing_models_exit_3_with_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = write(tmp_path / "a.txt", EN_1)
    empty = tmp_path / "no-models"
    empty.mkdir()
    code = main(["extract", str(article), "--models", str(empty), "--offline", "--lang", "en"])
    err = capsys.readouterr().err
    assert code == EXIT_MODELS
    assert "quotekit download en" in err  # the message carries the fix


def test_a_full_output_device_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    ok = write(tmp_path / "ok.txt", "No quotes here.")
    code = main(["extract", str(ok), "-o", "/dev/full"])
    err = capsys.readouterr().err
    assert code == EXIT_OUTPUT
    assert "error: cannot write to /dev/full: No space left on device" in err
    assert "Traceback" not in err


def test_a_full_stdout_is_a_clean_error_in_a_subprocess(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    ok = write(tmp_path / "ok.txt", "No quotes here.")
    with Path("/dev/full").open("w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "quotekit", "extract", str(ok)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=300,
        )
    assert proc.returncode == EXIT_OUTPUT
    assert "cannot write to standard output" in proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr


def test_binary_files_are_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok = write(tmp_path / "in" / "ok.txt", "No quotes here.")
    binary = tmp_path / "in" / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR " + "„quoted“, said X".encode() + b"\x00\x01")
    code = main(["extract", str(tmp_path / "in")])
    captured = capsys.readouterr()
    assert code == EXIT_FAILURES
    assert f"skipped {binary}: a binary file (it holds NUL bytes)" in captured.err
    assert [d["id"] for d in jsonl_lines(captured.out)] == ["ok"]  # the text file was still processed
    assert ok.is_file()


def test_an_empty_directory_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty" / "notes.md", "not an input")
    code = main(["extract", str(tmp_path / "empty")])
    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    assert "the directory holds no *.txt or *.html files" in captured.err
    assert captured.out == ""


def test_info_names_the_models_directory_its_source_and_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "models" / "en" / "tokenize").mkdir(parents=True)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", "models")
    assert main(["info"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"models dir    {tmp_path / 'models'}" in out  # relative in the environment, absolute here
    assert "chosen by   STANZA_RESOURCES_DIR=models" in out
    assert "MISSING mwt, pos, lemma, depparse" in out
    for name in ("quotekit ", "python ", "stanza ", "torch ", "pip install quotekit-nlp"):
        assert name in out
    assert main(["info", "--models", str(tmp_path)]) == EXIT_OK
    assert "chosen by   argument" in capsys.readouterr().out


@pytest.mark.models
def test_info_lists_the_shared_models(models_env: None, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "en          depparse, lemma, mwt, pos, tokenize  [ok]" in out
    assert "de          depparse, lemma, mwt, pos, tokenize  [ok]" in out


def test_failed_download_leaves_no_directory_and_names_the_remedy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # This machine has no route to Stanza's servers (CI): the download fails as it would offline.
    target = tmp_path / "new" / "models"
    code = main(["download", "en", "--models", str(target)])
    err = capsys.readouterr().err
    if code == EXIT_OK:
        pytest.skip("this machine can reach Stanza's servers")
    assert code == EXIT_MODELS
    assert not (tmp_path / "new").exists()  # nothing half-made that would pass for a models directory
    assert "needs internet access" in err and "STANZA_RESOURCES_DIR" in err
    assert "Fix: run  quotekit download" not in err  # not the advice to run the command that just failed


# ------------------------------------------------------------------------------------------ output formats (no models)


def test_quote_json_is_score_py_prediction_format() -> None:
    result = seed_like()
    q = quote_to_json(result.quotes[0])
    assert set(q) >= {"start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end"}
    assert q["speaker"] == "Rao"  # the resolved name, not the pronoun
    assert q["speaker_mention"] == "he"
    assert result.text[q["speaker_start"] : q["speaker_end"]] == "he"
    assert result.text[q["start"] : q["end"]] == q["text"]
    assert (q["cue"], q["cue_lemma"], q["sieve"]) == ("said", "say", "trailing_cue")
    unattributed = quote_to_json(hostile().quotes[1])
    assert unattributed["speaker"] is None and unattributed["speaker_start"] is None


def _written(fmt: str, *results: object) -> str:
    out = io.StringIO()
    w = _writer(fmt, out)
    for r in results:
        w.write(r)  # type: ignore[arg-type]
    w.close()
    return out.getvalue()


def test_jsonl_writer_writes_the_full_result_which_reads_back() -> None:
    # Issue 14: the JSONL output is the whole model (text, speakers, languages...), one document per line.
    lines = _written("jsonl", seed_like(), failed(), hostile()).splitlines()
    assert [ExtractionResult.model_validate_json(line) for line in lines] == [seed_like(), failed(), hostile()]
    first = json.loads(lines[0])
    assert {"id", "text", "quotes", "speakers", "paragraph_languages", "error", "metadata"} <= set(first)
    assert first["quotes"][0]["paragraph"] == 0 and first["quotes"][0]["language"] == "en"


def _old_quote_record(q: object) -> dict[str, object]:
    """The evaluation record as main wrote it before the output layer; -f eval must stay byte-identical."""
    sp = q.speaker  # type: ignore[attr-defined]
    return {
        "start": q.start,  # type: ignore[attr-defined]
        "end": q.end,  # type: ignore[attr-defined]
        "text": q.text,  # type: ignore[attr-defined]
        "kind": q.kind.value,  # type: ignore[attr-defined]
        "speaker": sp.name if sp else None,
        "speaker_start": sp.mention.start if sp else None,
        "speaker_end": sp.mention.end if sp else None,
        "speaker_mention": sp.mention.text if sp else None,
        "cue": q.cue.text if q.cue else None,  # type: ignore[attr-defined]
        "cue_lemma": q.cue.lemma if q.cue else None,  # type: ignore[attr-defined]
        "confidence": round(q.confidence, 4),  # type: ignore[attr-defined]
        "sieve": q.sieve,  # type: ignore[attr-defined]
        "flags": [f.value for f in q.flags],  # type: ignore[attr-defined]
    }


def test_eval_writer_is_byte_compatible_with_the_old_jsonl() -> None:
    old = ""
    for r in (seed_like(), failed(), hostile()):
        rec: dict[str, object] = {"id": r.id, "quotes": [_old_quote_record(q) for q in r.quotes]}
        if r.error is not None:
            rec["error"] = r.error
        old += json.dumps(rec, ensure_ascii=False) + "\n"
    assert _written("eval", seed_like(), failed(), hostile()) == old
    lines = jsonl_lines(old)
    assert lines[1] == {"id": "broken", "quotes": [], "error": "RuntimeError: parser crashed <boom>"}


def test_html_writer_writes_one_standalone_page() -> None:
    page = _written("html", seed_like(), hostile())
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('class="qk-result"') == 2
    assert '<div class="qk-index"><h2>Speakers</h2>' in page  # a corpus gets a per-speaker index
    assert 'href="#doc1-q1"' in page and 'id="doc1-q1"' in page


def test_jsonl_output_scores_with_score_py(tmp_path: Path) -> None:
    if not SCORE_PY.is_file():
        pytest.skip("shared/eval/score.py is not beside the repository")
    result = seed_like()
    quotes: list[dict[str, Any]] = []
    gold = {"id": result.id, "lang": "en", "text": result.text, "quotes": quotes}
    for q in result.quotes:
        sp = q.speaker
        quotes.append(
            {
                "start": q.start,
                "end": q.end,
                "kind": q.kind.value,
                "speaker": sp.mention.text if sp else None,
                "speaker_start": sp.mention.start if sp else None,
                "speaker_end": sp.mention.end if sp else None,
                "speaker_entity": sp.name if sp else None,
            }
        )
    gold_path = write(tmp_path / "gold.jsonl", json.dumps(gold, ensure_ascii=False) + "\n")
    pred_path = write(tmp_path / "pred.jsonl", _written("eval", result))
    proc = subprocess.run(
        [sys.executable, str(SCORE_PY), str(gold_path), str(pred_path), "--kind", "direct,indirect", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(proc.stdout)
    assert scores["e2e"][2] == 1.0 and scores["exact"][2] == 1.0


def test_csv_writer_uses_record_columns() -> None:
    text = _written("csv", seed_like(), failed(), hostile())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(RECORD_COLUMNS)
    assert len(rows) == 6  # 4 + 0 + 2 quotes: one row per quote
    assert rows[0]["speaker"] == "Rao" and rows[0]["doc_id"] == "seed-like"
    assert rows[4]["text"] == '<script>alert("x")</script> & co,'  # CSV quoting keeps the text as it is


def test_csv_writer_writes_header_even_without_quotes() -> None:
    assert _written("csv").strip() == ",".join(RECORD_COLUMNS)


def test_table_is_readable() -> None:
    table = format_table(seed_like(), width=100)
    lines = table.splitlines()
    assert lines[0] == "== seed-like: 4 quotes, 3 speakers"
    assert lines[1].split() == ["#", "kind", "speaker", "cue", "conf", "quote"]
    assert "Rao (he)" in lines[2] and "said" in lines[2] and "0.90" in lines[2]
    assert all(len(line) <= 100 for line in lines)
    assert "FAILED: RuntimeError" in format_table(failed())


def test_counter_progress_without_tqdm(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # as if tqdm were not installed: import raises ImportError
    progress = _Progress(total=3, enabled=True)
    for _ in range(3):
        progress.update()
    progress.close()
    err = capsys.readouterr().err
    assert err.endswith("\rquotekit: 3/3 documents\n")
    quiet = _Progress(total=3, enabled=False)
    quiet.update()
    quiet.close()
    assert capsys.readouterr().err == ""


def test_failures_report_each_document_and_repeat_errors_briefly(capsys: pytest.CaptureFixture[str]) -> None:
    failures = _Failures(_Progress(None, enabled=False))
    failures.failed(failed())
    failures.failed(failed())
    failures.bad_record(InvalidRecordError("docs.jsonl", 3, "not valid JSON"))
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "quotekit: document 'broken' failed: RuntimeError: parser crashed <boom>",
        "quotekit: document 'broken' failed (same error as above)",
        "quotekit: skipped docs.jsonl:3: not valid JSON",
    ]
    assert (failures.failed_docs, failures.bad_records) == (2, 1)


# ------------------------------------------------------------------------------------------ real extraction


@pytest.mark.models
def test_extract_file_to_jsonl_scores_on_the_seed(
    models_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not SEED_TXT.is_file():
        pytest.skip("shared/eval is not beside the repository")
    assert main(["extract", str(SEED_TXT)]) == EXIT_OK
    (full,) = capsys.readouterr().out.splitlines()
    result = ExtractionResult.model_validate_json(full)  # the default JSONL reads back into the model
    assert result.id == "seed" and result.speakers and set(result.paragraph_languages) >= {"en", "de"}
    assert main(["extract", str(SEED_TXT), "-f", "eval"]) == EXIT_OK
    out = capsys.readouterr().out
    (doc,) = jsonl_lines(out)
    assert doc["id"] == "seed"  # the file stem, which is the gold's id
    text = SEED_TXT.read_text(encoding="utf-8")
    quotes = doc["quotes"]
    assert isinstance(quotes, list) and len(quotes) >= 8
    for q in quotes:
        assert text[q["start"] : q["end"]] == q["text"]
    assert any(q["speaker"] and "Rao" in q["speaker"] for q in quotes)
    pred = write(tmp_path / "pred.jsonl", out)
    proc = subprocess.run(
        [sys.executable, str(SCORE_PY), str(SEED_GOLD), str(pred), "--json"], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["partial"][2] > 0.5


@pytest.mark.models
def test_extract_directory_to_csv_file(models_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "in" / "en1.txt", EN_1)
    write(tmp_path / "in" / "sub" / "de1.txt", DE_1)
    out = tmp_path / "quotes.csv"
    assert main(["extract", str(tmp_path / "in"), "--format", "csv", "-o", str(out)]) == EXIT_OK
    assert capsys.readouterr().out == ""
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert {r["doc_id"] for r in rows} == {"en1", "sub/de1"}
    by_doc = {r["doc_id"]: r for r in rows}
    assert by_doc["en1"]["text"].startswith("We will not raise prices")
    assert "Lopez" in by_doc["en1"]["speaker"]
    assert "Berger" in by_doc["sub/de1"]["speaker"]


@pytest.mark.models
def test_extract_jsonl_with_bad_lines_reports_and_continues(
    models_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(
        tmp_path / "docs.jsonl",
        json.dumps({"id": "a", "text": EN_1})
        + "\n{oops\n"
        + json.dumps({"id": "b", "text": EN_2})
        + "\n"
        + json.dumps({"id": "c"})
        + "\n",
    )
    code = main(["extract", str(f), "--format", "table"])
    captured = capsys.readouterr()
    assert code == EXIT_FAILURES
    assert f"{f}:2: not valid JSON" in captured.err
    assert f"{f}:4: field 'text' is missing" in captured.err
    assert "2 unreadable record(s)" in captured.err
    assert "== a: 1 quote" in captured.out and "== b: 1 quote" in captured.out


@pytest.mark.models
def test_extract_stdin_text_and_jsonl(
    models_env: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DE_1.encode()), encoding="utf-8"))
    assert main(["extract", "-"]) == EXIT_OK
    (doc,) = jsonl_lines(capsys.readouterr().out)
    assert doc["id"] == "stdin"
    assert [q["text"] for q in doc["quotes"]] == ["Wir werden die Steuern nicht erhöhen"]

    records = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate([EN_1, EN_2]))
    monkeypatch.setattr(sys, "stdin", io.StringIO(records))
    assert main(["extract", "-", "--jsonl", "--batch-size", "1"]) == EXIT_OK
    assert [d["id"] for d in jsonl_lines(capsys.readouterr().out)] == ["0", "1"]


@pytest.mark.models
def test_progress_on_stderr_for_many_documents(
    models_env: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "many.jsonl", "".join(json.dumps({"id": i, "text": EN_2}) + "\n" for i in range(7)))
    assert main(["extract", str(f), "--progress", "-o", str(tmp_path / "out.jsonl")]) == EXIT_OK
    err = capsys.readouterr().err
    assert "7/7" in err
    assert len(jsonl_lines((tmp_path / "out.jsonl").read_text(encoding="utf-8"))) == 7
    # not a terminal and no --progress: quiet
    assert main(["extract", str(f), "-o", str(tmp_path / "out2.jsonl")]) == EXIT_OK
    assert capsys.readouterr().err == ""


# ------------------------------------------------------------------------------------------ python -m quotekit


def test_python_m_quotekit_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quotekit", "schema"], capture_output=True, text=True, check=False, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "ExtractionResult"
    proc = subprocess.run(
        [sys.executable, "-m", "quotekit", "extract", "/no/such/file.txt"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert proc.returncode == EXIT_USAGE
    assert "/no/such/file.txt: no such file or directory" in proc.stderr
