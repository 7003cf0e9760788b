"""Pipelines: lazy loading, the directory and offline settings, the missing-model error, batched parsing."""

from __future__ import annotations

import pickle
import socket
from pathlib import Path
from typing import Any

import pytest

from quotekit.errors import ModelNotFoundError, UnsupportedLanguageError
from quotekit.nlp import (
    Pipelines,
    default_models_dir,
    download_models,
    offline_from_env,
    pretokenized_document,
    resolve_models_dir,
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Record (and refuse) every attempt to open a network connection during the test."""
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any, *args: Any, **kwargs: Any) -> None:
        attempts.append(address)
        raise OSError("network access attempted in an offline test")

    def refuse_create(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(address)
        raise OSError("network access attempted in an offline test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse_create)
    # name lookups come first and fail on a machine without network; count them as attempts too
    monkeypatch.setattr(socket, "getaddrinfo", refuse_create)
    return attempts


# --- settings -------------------------------------------------------------------------------------------------


def test_constructing_loads_nothing(tmp_path: Path) -> None:
    pipes = Pipelines(tmp_path, offline=True)
    assert pipes.loaded() == ()
    assert pipes.models_dir == tmp_path


def test_models_dir_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert default_models_dir() == tmp_path
    assert Pipelines().models_dir == tmp_path
    assert Pipelines(tmp_path / "explicit").models_dir == tmp_path / "explicit"


def test_relative_models_dir_is_resolved_where_it_is_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_network: list[Any]
) -> None:
    # Issue 14: a relative STANZA_RESOURCES_DIR is made absolute when read, so a later change of the working
    # directory (a notebook kernel, a worker) does not move it, and the error shows what was searched.
    (tmp_path / "repo").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", "../shared/stanza_resources")
    expected = tmp_path / "shared" / "stanza_resources"
    assert resolve_models_dir(None) == (expected, "STANZA_RESOURCES_DIR")
    assert resolve_models_dir("models") == (tmp_path / "repo" / "models", "argument")
    pipes = Pipelines(offline=True)
    monkeypatch.chdir(tmp_path)
    assert pipes.models_dir == expected and pipes.models_dir_source == "STANZA_RESOURCES_DIR"
    with pytest.raises(ModelNotFoundError) as info:
        pipes.get("en")
    assert f"were not found in {expected} " in str(info.value)
    assert "../shared" not in str(info.value)


def test_models_dir_default_is_stanzas(monkeypatch: pytest.MonkeyPatch) -> None:
    from stanza.resources.common import DEFAULT_MODEL_DIR

    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    # made absolute where read (issue 14): Stanza's default may itself come from a relative variable it read
    assert default_models_dir() == Path(DEFAULT_MODEL_DIR).expanduser().resolve()
    assert resolve_models_dir(None)[1] == "Stanza default"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", True), ("true", True), ("YES", True), (" True ", True), ("0", False), ("no", False), ("", False)],
)
def test_offline_env_var(monkeypatch: pytest.MonkeyPatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("QUOTEKIT_OFFLINE", value)
    assert offline_from_env() is expected
    assert Pipelines().offline is expected
    # an explicit argument wins over the environment
    assert Pipelines(offline=not expected).offline is (not expected)


def test_offline_defaults_to_false(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUOTEKIT_OFFLINE", raising=False)
    assert Pipelines().offline is False


@pytest.mark.parametrize("lang", ["fr", "EN", "", "auto"])
def test_unsupported_language(tmp_path: Path, lang: str) -> None:
    with pytest.raises(UnsupportedLanguageError, match="not supported"):
        Pipelines(tmp_path, offline=True).get(lang)
    with pytest.raises(UnsupportedLanguageError):
        download_models([lang], tmp_path)


def test_pickles_settings_not_models(tmp_path: Path) -> None:
    pipes = Pipelines(tmp_path, offline=True)
    copy = pickle.loads(pickle.dumps(pipes))
    assert (copy.models_dir, copy.offline, copy.loaded()) == (tmp_path, True, ())


def test_pickles_tokenizer_and_threads(tmp_path: Path) -> None:
    copy = pickle.loads(pickle.dumps(Pipelines(tmp_path, offline=True, tokenizer="quotekit", threads=1)))
    assert (copy.tokenizer, copy.threads) == ("quotekit", 1)


@pytest.mark.parametrize("settings", [{"tokenizer": "spacy"}, {"threads": 0}])
def test_bad_tokenizer_or_threads(tmp_path: Path, settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"tokenizer|threads"):
        Pipelines(tmp_path, **settings)


def test_pretokenized_document_keeps_offsets_and_expands_contractions() -> None:
    text = "„Wir gehen zum Haus.“ Er sagte es. Dann ging er."
    doc = pretokenized_document(text, "de")
    assert [s.text for s in doc.sentences] == ["„Wir gehen zum Haus.“", "Er sagte es.", "Dann ging er."]
    for tok in (t for s in doc.sentences for t in s.tokens):
        assert text[tok.start_char : tok.end_char] == tok.text
    zum = next(t for s in doc.sentences for t in s.tokens if t.text == "zum")
    assert [w.text for w in zum.words] == ["zu", "dem"]
    assert [w.id for w in doc.sentences[0].words] == list(range(1, 9))  # „ Wir gehen zu dem Haus . “


@pytest.mark.models
def test_parse_with_quotekit_tokenizer(models_dir: Path) -> None:
    pipes = Pipelines(models_dir, offline=True, tokenizer="quotekit", threads=1)
    texts = ['"We don\'t know," said Sen. Ben Cardin.', "„Wir gehen zum Haus“, sagte Rao.", ""]
    en = pipes.parse("en", texts[:1] + texts[2:])
    (de,) = pipes.parse("de", texts[1:2])
    assert len(en) == 2 and not en[1].sentences
    for doc, text in ((en[0], texts[0]), (de, texts[1])):
        assert doc.sentences and all(w.upos and w.deprel for s in doc.sentences for w in s.words)
        for tok in (t for s in doc.sentences for t in s.tokens):
            assert text[tok.start_char : tok.end_char] == tok.text
    assert [w.text for s in en[0].sentences for w in s.words][1:4] == ["We", "do", "n't"]
    assert "dem" in [w.text for s in de.sentences for w in s.words]


@pytest.mark.models
def test_pickled_pipelines_load_again(pipelines: Pipelines) -> None:
    pipelines.get("en")
    copy = pickle.loads(pickle.dumps(pipelines))
    assert copy.loaded() == ()
    assert copy.models_dir == pipelines.models_dir


# --- missing models -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_missing_models_offline_names_lang_dir_and_fix(tmp_path: Path, no_network: list[Any], lang: str) -> None:
    pipes = Pipelines(tmp_path, offline=True)
    with pytest.raises(ModelNotFoundError) as info:
        pipes.get(lang)
    err = info.value
    msg = str(err)
    assert err.lang == lang
    assert err.directory == str(tmp_path)
    assert f"'{lang}'" in msg
    assert str(tmp_path) in msg
    assert f"quotekit download {lang}" in msg
    assert "offline" in msg
    assert no_network == []
    assert pipes.loaded() == ()
    assert list(tmp_path.iterdir()) == []  # nothing written either


def test_missing_models_offline_from_env(
    tmp_path: Path, no_network: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUOTEKIT_OFFLINE", "1")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="quotekit download de"):
        Pipelines().get("de")
    assert no_network == []


def test_partial_model_dir_offline(tmp_path: Path, no_network: list[Any], models_dir: Path) -> None:
    """A resources.json and a language folder without the model files: still a clean, offline error."""
    (tmp_path / "resources.json").write_bytes((models_dir / "resources.json").read_bytes())
    (tmp_path / "en" / "tokenize").mkdir(parents=True)
    with pytest.raises(ModelNotFoundError, match=r"quotekit download en"):
        Pipelines(tmp_path, offline=True).get("en")
    assert no_network == []


def test_unreachable_network_gives_model_not_found(tmp_path: Path, no_network: list[Any]) -> None:
    """Downloads allowed but the network refuses: the error names the language, directory and fix."""
    with pytest.raises(ModelNotFoundError, match="download failed") as info:
        Pipelines(tmp_path / "models", offline=False).get("en")
    assert "quotekit download en" in str(info.value)
    assert no_network, "a download should have been attempted"


# --- real models ----------------------------------------------------------------------------------------------


@pytest.mark.models
def test_get_caches_one_pipeline_per_language(pipelines: Pipelines) -> None:
    first = pipelines.get("en")
    assert pipelines.get("en") is first
    assert "en" in pipelines.loaded()
    assert set(first.processors) >= {"tokenize", "mwt", "pos", "lemma", "depparse"}


@pytest.mark.models
def test_parse_batches_and_keeps_order(pipelines: Pipelines) -> None:
    texts = ['He said: "They need to maintain that fine balance."', "", "   ", "Second text. It has two sentences."]
    docs = pipelines.parse("en", texts)
    assert len(docs) == 4
    assert [len(d.sentences) for d in docs][1:] == [0, 0, 2]
    assert docs[0].sentences  # (the model may cut a trailing mark into a sentence of its own)
    # offsets are relative to each text
    said = next(w for s in docs[0].sentences for w in s.words if w.text == "said")
    assert texts[0][said.parent.start_char : said.parent.end_char] == "said"
    assert docs[3].sentences[1].tokens[0].start_char == texts[3].index("It")
    assert pipelines.parse("en", []) == []


@pytest.mark.models
def test_parse_german(pipelines: Pipelines) -> None:
    (doc,) = pipelines.parse("de", ["„Wir sind bereit“, sagte Rao."])
    words = [w.text for s in doc.sentences for w in s.words]
    assert "sagte" in words
    assert "„" in words  # the German model splits off its own marks
    assert "de" in pipelines.loaded()


@pytest.mark.models
def test_parse_messy_text_does_not_raise(pipelines: Pipelines) -> None:
    texts = ["“", "”” „„ ''", "\u200b\u00a0x", "a" * 300, "😀 “emoji” said 😀."]
    docs = pipelines.parse("en", texts)
    assert len(docs) == len(texts)


# --- load cost ------------------------------------------------------------------------------------------------

_LOAD_AND_PARSE = """
import sys
from quotekit.nlp import Pipelines
doc = Pipelines(sys.argv[1], offline=True).parse("en", ["Rao said it was fine."])[0]
print(len(doc.sentences[0].words), "torch._dynamo" in sys.modules)
"""


@pytest.mark.models
def test_loading_skips_the_tokenizers_training_optimizer(models_dir: Path) -> None:
    """Stanza's tokenizer builds an optimizer on load, which imports torch's compiler stack for nothing; a
    fresh interpreter shows whether loading still pays for it, and the pipeline still parses."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _LOAD_AND_PARSE, str(models_dir)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["6", "False"]
