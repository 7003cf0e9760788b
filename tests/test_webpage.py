"""HTML articles in: boilerplate removed, paragraphs kept, metadata, offsets into the extracted text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import quotekit
from quotekit import ExtractionResult, Extractor
from quotekit.cli import EXIT_OK, EXIT_USAGE, main
from quotekit.errors import InvalidInputError, MissingDependencyError
from quotekit.webpage import html_to_text

pytest.importorskip("trafilatura")

PAGES = Path(__file__).parent / "fixtures" / "pages"
DE_PAGE = PAGES / "de_steuerreform.html"
EN_PAGE = PAGES / "en_prices.html"

# What the pages hold besides the article: none of it may reach the text.
DE_BOILERPLATE = ("Startseite", "Suche", "Mehr zum Thema", "Kommentare", "Leser123", "Troll99", "Impressum", "Klick")
EN_BOILERPLATE = ("cookies", "Subscribe", "Most read", "lottery", "shopper42", "About time", "Advertisement", "banner")


def test_german_page_text_and_metadata() -> None:
    page = html_to_text(DE_PAGE.read_text(encoding="utf-8"), url="https://example.org/politik/steuer")
    for noise in DE_BOILERPLATE:
        assert noise not in page.text, noise
    lines = page.text.split("\n")
    assert lines[0] == "Regierung plant Steuerreform"
    # one paragraph per line; the quote with <em> inside stays one line with the word in it
    assert lines[2].startswith("„Wir werden die Steuern für kleine und mittlere Einkommen deutlich senken“, sagte")
    assert lines[4] == "Die Schuldenbremse gilt weiterhin“, fügte sie hinzu."  # the quote split across <p>
    meta = page.metadata
    assert (meta.title, meta.date, meta.author, meta.sitename) == (
        "Regierung plant Steuerreform",
        "2024-03-07",
        "Anna Schmidt",
        "Beispiel-Zeitung",
    )
    assert meta.url == "https://example.org/politik/steuer"


def test_german_page_with_json_ld_cookie_banner_and_ads() -> None:
    # Another layout: metadata only in JSON-LD, a cookie banner, an ad slot with a script inside the article
    # body, <div>s instead of <article>, and a quote split across two <p> with <em> in both parts.
    page = html_to_text((PAGES / "de_klinik.html").read_text(encoding="utf-8"))
    for noise in ("Cookies", "akzeptieren", "abonnieren", "Anzeige", "loadAd", "interessieren", "HansW", "Schwager"):
        assert noise not in page.text, noise
    lines = page.text.split("\n")
    assert "„Wir werden diesen Entwurf so nicht mittragen“, sagte" in lines[1]
    assert lines[2:4] == [
        "„Kleine Häuser auf dem Land dürfen nicht die Verlierer sein.",
        "Wenn der Bund nicht nachbessert, gehen wir vor Gericht“, fügte die SPD-Politikerin hinzu.",
    ]
    assert (page.metadata.title, page.metadata.date, page.metadata.author, page.metadata.sitename) == (
        "Klinikreform: Länder drohen mit Klage",
        "2025-02-11",
        "Jonas Weber",
        "Nordkurier Online",
    )


def test_english_page_text_and_metadata() -> None:
    page = html_to_text(EN_PAGE.read_bytes())  # bytes: the encoding comes from the page
    for noise in EN_BOILERPLATE:
        assert noise not in page.text, noise
    assert "“We will not raise prices this year,” said Maria Lopez" in page.text
    assert "“The market is difficult for everyone.\nBut our customers have carried enough,” she added." in page.text
    assert "loadAd" not in page.text and "Photo:" not in page.text
    assert (page.metadata.title, page.metadata.date) == ("Retailer freezes prices as costs climb", "2024-05-14")


def test_a_page_without_an_article_is_an_input_error() -> None:
    with pytest.raises(InvalidInputError, match="no article text"):
        html_to_text("<html><head><title>Leer</title></head><body><script>var a = 1;</script></body></html>")
    with pytest.raises(InvalidInputError, match="str or bytes"):
        html_to_text(42)  # type: ignore[arg-type]


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if not installed: import raises ImportError
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotekit-nlp\[html\]'"):
        quotekit.extract_html("<p>x</p>")
    page = tmp_path / "a.html"
    page.write_text(DE_PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["extract", str(page)]) == EXIT_USAGE


@pytest.mark.models
def test_extract_html_german(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quotekit.extractor.cached_extractor", lambda **_: extractor)  # the session's models
    result = quotekit.extract_html(DE_PAGE.read_text(encoding="utf-8"), url="https://example.org/steuer")
    assert result.metadata is not None and result.metadata.title == "Regierung plant Steuerreform"
    assert result.metadata.url == "https://example.org/steuer"
    assert result.text.startswith("Regierung plant Steuerreform\nDie Bundesregierung")
    for q in result.quotes:  # offsets refer to the extracted text the result carries
        assert result.text[q.start : q.end] == q.text
    first = result.quotes[0]
    assert first.text == "Wir werden die Steuern für kleine und mittlere Einkommen deutlich senken"
    assert first.speaker is not None and "Berger" in first.speaker.name
    added = next(q for q in result.quotes if q.cue is not None and q.cue.text == "fügte")
    assert added.cue is not None and added.cue.particle is not None and added.cue.particle.text == "hinzu"
    assert added.cue.lemma == "hinzufügen"
    assert not any("Troll" in (q.speaker.name if q.speaker else "") for q in result.quotes)


@pytest.mark.models
def test_extract_html_english_and_the_cli(
    models_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(models_dir))
    monkeypatch.setenv("QUOTEKIT_OFFLINE", "1")
    page = tmp_path / "pages" / "prices.html"
    page.parent.mkdir()
    page.write_bytes(EN_PAGE.read_bytes())
    assert main(["extract", str(tmp_path / "pages"), "--lang", "en"]) == EXIT_OK
    (line,) = capsys.readouterr().out.splitlines()
    result = ExtractionResult.model_validate_json(line)
    assert result.id == "prices"
    assert result.metadata is not None and result.metadata.sitename == "The Example Herald"
    lopez = [q for q in result.quotes if q.speaker is not None and "Lopez" in q.speaker.name]
    assert [q.text for q in lopez][:1] == ["We will not raise prices this year,"]
    assert "cookies" not in result.text
    assert json.loads(line)["metadata"]["date"] == "2024-05-14"
