"""Odd input and broken models: nothing lost, nothing misreported (issue 13).

Lone surrogates are repaired one for one; binary text, a bare string or a bad batch size are refused clearly; an
input iterator that breaks still gets results for what it gave; paragraphs in other languages are skipped and
listed; a broken model file fails the run once, naming the file and the fix.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotekit import cli
from quotekit.errors import InvalidInputError, ModelLoadError, ModelNotFoundError
from quotekit.extractor import Extractor
from quotekit.inputs import as_record, normalize_text
from quotekit.language import unsupported_paragraphs
from quotekit.nlp import Pipelines
from quotekit.paragraphs import split_paragraphs

# --- input normalisation (no models) --------------------------------------------------------------------------


def test_lone_surrogates_are_replaced_one_for_one() -> None:
    text = "Er sagte \ud800 nichts \udfff."
    clean, warnings = normalize_text(text)
    assert len(clean) == len(text)
    assert clean == "Er sagte \ufffd nichts \ufffd."
    assert warnings and "2 lone surrogate" in warnings[0] and "offset 9" in warnings[0]
    assert normalize_text("fine") == ("fine", ())


def test_nul_characters_mean_binary_input() -> None:
    with pytest.raises(InvalidInputError, match="binary"):
        normalize_text("%PDF-1.7\x00\x00stream")


def test_record_ids_are_made_writable() -> None:
    assert as_record({"id": "a\ud800", "text": "t"}) == ("a\ufffd", "t")
    assert as_record(("t", "b\udc00")) == ("b\ufffd", "t")


def test_extract_repairs_a_surrogate_and_the_result_serialises(tmp_path: Path) -> None:
    ex = Extractor(models_dir=tmp_path, offline=True)  # nothing to parse: no models needed
    result = ex.extract("Ein Tag ohne Zitat \ud800 und ohne Sprecher.")
    assert result.ok
    assert "\ufffd" in result.text and result.warnings
    assert json.loads(result.model_dump_json())["warnings"] == list(result.warnings)


def test_extract_refuses_binary_text(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="NUL"):
        Extractor(models_dir=tmp_path, offline=True).extract("abc\x00def")


def test_pipe_refuses_a_bare_string_at_the_call(tmp_path: Path) -> None:
    ex = Extractor(models_dir=tmp_path, offline=True)
    with pytest.raises(InvalidInputError, match="single str"):
        ex.pipe("abc")
    with pytest.raises(InvalidInputError):
        ex.pipe(b"abc")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        ex.pipe(42)  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [0, -1])
def test_pipe_checks_batch_size_at_the_call(tmp_path: Path, size: int) -> None:
    ex = Extractor(models_dir=tmp_path, offline=True)
    with pytest.raises(InvalidInputError, match="batch_size"):
        ex.pipe(["a"], batch_size=size)  # no next() needed


# --- other languages (no models) ---------------------------------------------------------------------------

_OTHER = {
    "fr": "Le président de la République a déclaré lundi que le gouvernement allait présenter un projet de loi.",
    "es": "El presidente del Gobierno afirmó el lunes que el Ejecutivo presentará un nuevo proyecto de ley.",
    "it": "Il presidente del Consiglio ha dichiarato che il governo presenterà un nuovo disegno di legge.",
    "nl": "De minister zei maandag dat de regering voor het einde van de maand een nieuw wetsvoorstel indient.",
    "zh": "国家主席周一表示，政府将在本月底前提出新的养老金法案，尽管工会表示反对。",
    "ru": "Президент заявил в понедельник, что правительство представит новый законопроект о пенсиях.",
}


@pytest.mark.parametrize("lang", sorted(_OTHER))
def test_paragraphs_in_other_languages_are_unsupported(lang: str) -> None:
    text = f"“We are ready,” Rao said on Monday.\n{_OTHER[lang]}\n„Wir sind bereit“, sagte Rao am Montag."
    assert unsupported_paragraphs(text, split_paragraphs(text)) == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Paris",
        "Le Monde",
        "A CBS poll showed things a little differently.",
        "Der neunzehnte Spieltag der Fußball-Bundesliga 2007 / 2008 wurde am Wochenende ausgetragen.",
        "He ordered the coq au vin and a crème brûlée, as the French ambassador had suggested.",
    ],
)
def test_english_and_german_paragraphs_are_supported(text: str) -> None:
    assert unsupported_paragraphs(text, split_paragraphs(text)) == []


def test_unsupported_paragraphs_on_the_dev_news(shared_dir: Path) -> None:
    for name in ("en_news_polnear_train300.jsonl", "de_news_spkatt_train.jsonl", "seed.jsonl"):
        with (shared_dir / "eval" / "dev" / name).open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"]
                assert unsupported_paragraphs(text, split_paragraphs(text)) == [], (name, text[:80])


# --- with the real models -------------------------------------------------------------------------------------


@pytest.mark.models
def test_skipped_paragraphs_are_listed_and_yield_no_quote(extractor: Extractor) -> None:
    french = "« Nous sommes prêts », a déclaré le président de la République lundi dans un communiqué."
    text = f"“We are ready,” Rao said.\n{french}\n{_OTHER['zh']}"
    result = extractor.extract(text)
    assert result.ok
    assert result.skipped_paragraphs == (1, 2)
    assert result.paragraph_languages == ("en", None, None)
    assert [q.text for q in result.quotes] == ["We are ready,"]


@pytest.mark.models
def test_pipe_refuses_binary_documents_and_keeps_the_others(extractor: Extractor) -> None:
    results = list(extractor.pipe([("“We are ready,” Rao said.", "a"), ("\x00\x01PK", "b"), ("No quote.", "c")]))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert results[0].ok and results[2].ok
    assert results[1].error is not None and "binary" in results[1].error
    assert results[0].quotes[0].speaker is not None


@pytest.mark.models
def test_a_broken_input_iterator_loses_nothing_already_read(extractor: Extractor) -> None:
    def docs() -> Iterator[str]:
        yield "“We are ready,” Rao said."
        yield "Nothing to see here."
        raise RuntimeError("the feed went away")

    got = []
    with pytest.raises(RuntimeError, match="feed went away"):
        for r in extractor.pipe(docs(), batch_size=16):
            got.append(r)
    assert len(got) == 2 and all(r.ok for r in got)
    assert got[0].quotes[0].text == "We are ready,"


@pytest.mark.models
def test_cli_writes_every_record_around_a_lone_surrogate(tmp_path: Path, models_dir: Path) -> None:
    src = tmp_path / "in.jsonl"
    out = tmp_path / "out.jsonl"
    src.write_text(
        '{"id": "1", "text": "\\u201cWe are ready,\\u201d Rao said."}\n'
        '{"id": "2\\ud800", "text": "\\u201cBroken \\ud800 here,\\u201d Rao said."}\n'
        '{"id": "3", "text": "\\u201eWir sind bereit\\u201c, sagte Rao."}\n',
        encoding="utf-8",
    )
    code = cli.main(["extract", str(src), "-o", str(out), "--models", str(models_dir), "--offline"])
    assert code == cli.EXIT_OK
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == ["1", "2\ufffd", "3"]
    assert lines[1]["quotes"] and lines[1]["quotes"][0]["text"] == "Broken \ufffd here,"


# --- broken models --------------------------------------------------------------------------------------------


def _copy_models(models_dir: Path, target: Path) -> Path:
    shutil.copytree(models_dir, target, ignore=shutil.ignore_patterns("de"))
    for path in target.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    return target


@pytest.mark.models
def test_a_truncated_model_file_fails_once_naming_the_file(tmp_path: Path, models_dir: Path) -> None:
    models = _copy_models(models_dir, tmp_path / "models")
    broken = models / "en" / "pos" / "compact.pt"
    with broken.open("r+b") as fh:
        fh.truncate(broken.stat().st_size // 3)
    pipes = Pipelines(models, offline=True)
    with pytest.raises(ModelLoadError) as info:
        pipes.get("en")
    assert isinstance(info.value, ModelNotFoundError)
    assert str(broken) in str(info.value)
    assert "quotekit download en" in str(info.value)
    # the failure is remembered: no second load, the same error
    with pytest.raises(ModelLoadError) as again:
        pipes.get("en")
    assert again.value is info.value


@pytest.mark.models
def test_a_broken_resources_json_is_named(tmp_path: Path, models_dir: Path) -> None:
    models = _copy_models(models_dir, tmp_path / "models")
    resources = models / "resources.json"
    resources.write_text(resources.read_text(encoding="utf-8")[:100], encoding="utf-8")
    with pytest.raises(ModelLoadError, match=r"resources\.json"):
        Pipelines(models, offline=True).get("en")


@pytest.mark.models
def test_cli_with_a_broken_model_exits_3_and_reports_no_success(
    tmp_path: Path, models_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models = _copy_models(models_dir, tmp_path / "models")
    broken = models / "en" / "depparse" / "compact.pt"
    with broken.open("r+b") as fh:
        fh.truncate(1000)
    src = tmp_path / "in.jsonl"
    docs = ["Nothing quoted here at all.", "“We are ready,” Rao said.", "Also nothing here."]
    src.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(docs)), "utf-8")
    out = tmp_path / "out.jsonl"
    code = cli.main(["extract", str(src), "-o", str(out), "--models", str(models), "--offline", "--lang", "en"])
    assert code == cli.EXIT_MODELS
    assert out.read_text(encoding="utf-8") == ""  # not even the documents with nothing to parse
    err = capsys.readouterr().err
    assert str(broken) in err and "quotekit download en" in err
    assert err.count("could not be loaded") == 1
