"""The HTML view: escaping, highlights, well-formed nesting of crossing spans, and a snapshot."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.models import Cue, ExtractionResult, MentionKind, Quote, QuoteKind, Span, Speaker
from quotekit.render import PALETTE, render_html, render_page, speaker_colours
from sample_results import failed, german_kinds, hostile, overlapping, seed_like

SNAPSHOTS = Path(__file__).parent / "snapshots"
REGEN = os.environ.get("QUOTEKIT_REGEN_SNAPSHOTS") == "1"


class _Structure(HTMLParser):
    """Collects tags, checks that they nest, and keeps the text as the browser would show it."""

    VOID = frozenset({"br", "meta", "img", "hr", "input", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)


def parse(html_text: str) -> _Structure:
    p = _Structure()
    p.feed(html_text)
    p.close()
    return p


def text_region(result: ExtractionResult) -> str:
    """The text the reader sees in the highlighted region, without the quote-number badges."""
    html_text = render_html(result)
    region = html_text.split('<div class="qk-text">', 1)[1].split('<table class="qk-table">', 1)[0]
    region = re.sub(r'<span class="qk-n"[^>]*>\d+</span>', "", region)
    region = region.removesuffix("</div>").removesuffix('<div class="qk-none">No quotes found.</div>')
    return "".join(parse(region).text)


@pytest.mark.parametrize("build", [seed_like, hostile, overlapping, failed, german_kinds])
def test_html_is_well_formed(build: object) -> None:
    result = build()  # type: ignore[operator]
    p = parse(render_html(result))
    assert p.errors == []
    assert p.stack == []


@pytest.mark.parametrize("build", [seed_like, hostile, overlapping, german_kinds])
def test_shown_text_is_the_document_text(build: object) -> None:
    # Highlighting must not drop, duplicate or reorder a single character, whatever the spans do.
    result = build()  # type: ignore[operator]
    assert text_region(result) == result.text


def test_markup_in_text_and_names_is_escaped() -> None:
    html_text = render_html(hostile())
    p = parse(html_text)
    tags = {t for t, _ in p.tags}
    # only the renderer's own elements: nothing from the text (<script>, <i>) became markup
    assert tags <= {"div", "style", "b", "span", "mark", "table", "thead", "tbody", "tr", "th", "td"}
    assert sum(1 for t, _ in p.tags if t == "b") == 1  # the heading's id, which is the renderer's own
    assert "<script>" not in html_text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html_text
    # a raw ampersand never appears: every & starts an entity
    assert re.search(r"&(?!(amp|lt|gt|quot|#x27|#\d+);)", html_text) is None
    assert "Tom &amp; Jerry &lt;script&gt;" in html_text  # the speaker name in legend and table
    assert "&lt;doc&amp;1&gt;" in html_text  # the document id
    assert "trailing_&lt;cue&gt;" in html_text  # the sieve name


def test_quote_speaker_and_cue_are_marked() -> None:
    result = seed_like()
    p = parse(render_html(result))
    marks = [a for t, a in p.tags if t == "mark"]
    assert {a["data-quote"] for a in marks} == {"1", "2", "3", "4"}
    classes = [a.get("class") for _, a in p.tags]
    # "he" attributes two quotes but is marked once; Curran, Sam Altman once each
    assert classes.count("qk-spk") == 3
    assert classes.count("qk-cue") == 3  # said, saying, sagte
    assert "speaker of quotes 1, 2: Rao (as “he”)" in render_html(result)


def test_a_colour_per_speaker_and_grey_for_none() -> None:
    result = seed_like()
    colours = speaker_colours(result)
    assert colours == {"entity:0": 0, "entity:1": 1, "entity:2": 2}
    html_text = render_html(result)
    for idx in colours.values():
        assert PALETTE[idx][0] in html_text
    unattributed = render_html(hostile())
    assert "background:#ececec" in unattributed


def test_table_lists_every_quote() -> None:
    html_text = render_html(seed_like())
    table = html_text.split('<table class="qk-table">', 1)[1]
    assert table.count("<tr>") == 5  # header + 4 quotes
    for cell in ("trailing_cue", "continuation", "indirect", "0.95", "Sam Altman", "sagte"):
        assert cell in table


def test_failed_document_shows_its_error_escaped() -> None:
    html_text = render_html(failed())
    assert "Failed: RuntimeError: parser crashed &lt;boom&gt;" in html_text
    assert "No quotes found." in html_text


def test_repr_html_uses_the_renderer() -> None:
    result = seed_like()
    assert result._repr_html_() == render_html(result)


def test_direct_indirect_and_mixed_look_different() -> None:
    # Issue 14: the three kinds used to share one highlight; now filled, dashed underline, hatched.
    p = parse(render_html(german_kinds()))
    marks = {a["data-kind"]: a for t, a in p.tags if t == "mark"}
    assert marks["direct"]["class"] == "qk-q qk-direct" and "background:#" in str(marks["direct"]["style"])
    assert marks["indirect"]["class"] == "qk-q qk-indirect" and "background" not in str(marks["indirect"]["style"])
    assert marks["mixed"]["class"] == "qk-q qk-mixed" and "repeating-linear-gradient" in str(marks["mixed"]["style"])
    assert ".qk-result .qk-indirect{background:transparent" in render_html(german_kinds())


def test_a_separated_particle_is_underlined_with_its_verb() -> None:
    html_text = render_html(german_kinds())
    cues = re.findall(r'<span class="qk-cue"[^>]*>([^<]*)</span>', html_text)
    assert cues[:2] == ["fügte", "hinzu"]  # both parts of "fügte … hinzu", both titled with the lemma
    assert html_text.count("cue of quote 1: hinzufügen") == 2


def test_legend_explains_the_marks() -> None:
    html_text = render_html(german_kinds())
    key = html_text.split('<div class="qk-key">', 1)[1].split("</div>", 1)[0]
    for words in ("direct", "indirect", "mixed", "speaker", "cue", "fügte … hinzu"):
        assert words in key
    assert 'class="qk-chip"' in html_text  # and the speakers with their colours
    assert '<div class="qk-key">' not in render_html(failed())  # nothing to explain without quotes


def test_standalone_page_for_one_document_and_a_corpus() -> None:
    single = render_page(seed_like())
    assert single.startswith("<!DOCTYPE html>") and "<title>seed-like</title>" in single
    assert parse(single).errors == [] and '<div class="qk-index">' not in single
    assert seed_like().to_html() == single
    corpus = render_page([seed_like(), german_kinds(), failed()])
    p = parse(corpus)
    assert p.errors == [] and p.stack == []
    assert "<title>quotekit: 3 documents</title>" in corpus
    index = corpus.split('<div class="qk-index">', 1)[1].split("</div>", 1)[0]
    # one row per speaker, most quoted first, each quote linked to its highlight in its document
    assert re.findall(r"<b>([^<]+)</b>", index) == ["Keller", "Rao", "Berger", "Curran", "Sam Altman"]
    for link in re.findall(r'href="#(doc\d+-q\d+)"', index):
        assert f'id="{link}"' in corpus
    assert "<script" not in corpus and "http" not in corpus


def test_the_page_says_its_language() -> None:
    """``lang`` on the root element: the language most paragraphs are in, over every document of the page."""
    assert render_page(seed_like()).split("<head>", 1)[0].endswith('<html lang="en">')  # two en paragraphs, one de
    corpus = render_page(
        [german_kinds(), german_kinds(), seed_like()]
    )  # de 2, en 2: a tie goes to the code first in order
    assert '<html lang="de">' in corpus
    assert "<html>" in render_page(failed().model_copy(update={"paragraph_languages": ()}))  # none known: no lang


def test_to_html_writes_the_page(tmp_path: Path) -> None:
    path = tmp_path / "view.html"
    page = german_kinds().to_html(path)
    assert path.read_text(encoding="utf-8") == page


def test_no_scripts_or_external_resources() -> None:
    html_text = render_html(seed_like())
    assert "<script" not in html_text
    assert "http" not in html_text
    assert "<link" not in html_text
    assert html_text.count("<style>") == 1


@pytest.mark.parametrize(
    "name,build", [("seed_like", seed_like), ("overlapping", overlapping), ("german_kinds", german_kinds)]
)
def test_html_snapshot(name: str, build: object) -> None:
    # Any change to the markup shows up here; look at it in a browser, then regenerate with
    # QUOTEKIT_REGEN_SNAPSHOTS=1 python -m pytest tests/test_render.py
    path = SNAPSHOTS / f"render_{name}.html"
    html_text = render_html(build())  # type: ignore[operator]
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html_text, encoding="utf-8")
    assert path.is_file(), f"no snapshot {path.name}: run with QUOTEKIT_REGEN_SNAPSHOTS=1 to create it"
    assert html_text == path.read_text(encoding="utf-8")


@st.composite
def random_results(draw: st.DrawFn) -> ExtractionResult:
    """Texts with markup-like characters and quotes, mentions and cues at arbitrary, overlapping offsets."""
    text = draw(st.text(alphabet="ab <>&\"'„“\n", min_size=1, max_size=40))
    n = len(text)

    def a_span() -> tuple[int, int]:
        s = draw(st.integers(0, n))
        return s, draw(st.integers(s, n))

    quotes = []
    for _ in range(draw(st.integers(0, 5))):
        qs, qe = a_span()
        speaker = None
        if draw(st.booleans()):
            ms, me = a_span()
            speaker = Speaker(
                name=draw(st.sampled_from(["A & B", "<i>C</i>", "D"])),
                mention=Span(start=ms, end=me, text=text[ms:me]),
                mention_kind=MentionKind.NAME,
            )
        cue = None
        if draw(st.booleans()):
            cs, ce = a_span()
            cue = Cue(start=cs, end=ce, text=text[cs:ce], lemma="say")
        quotes.append(
            Quote(
                text=text[qs:qe],
                start=qs,
                end=qe,
                kind=QuoteKind.DIRECT,
                paragraph=0,
                speaker=speaker,
                cue=cue,
                confidence=0.5,
            )
        )
    return ExtractionResult(text=text, quotes=tuple(quotes))


@settings(max_examples=200, deadline=None)
@given(random_results())
def test_any_spans_give_well_formed_html_that_shows_the_text(result: ExtractionResult) -> None:
    p = parse(render_html(result))
    assert p.errors == [] and p.stack == []
    assert text_region(result) == result.text


def _chromium() -> str | None:
    import shutil

    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def test_page_in_headless_chromium(tmp_path: Path) -> None:
    """The standalone page as a real browser sees it: its DOM keeps every mark, and the three kinds are drawn."""
    import subprocess

    browser = _chromium()
    if browser is None:
        pytest.skip("no Chromium (apt-get install chromium)")
    page = tmp_path / "view.html"
    page.write_text(render_page([german_kinds(), seed_like()]), encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1000,1400"]
    dom = subprocess.run(
        [*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    for kind in ("direct", "indirect", "mixed"):
        assert f'data-kind="{kind}"' in dom
    assert dom.count("<mark") == len(german_kinds().quotes) + len(seed_like().quotes)
    shot = tmp_path / "view.png"
    subprocess.run([*flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 10_000  # a drawn page, not a blank one
    if importlib.util.find_spec("PIL") is None:  # the DOM checks above stand; the pixel check needs Pillow
        return
    image = importlib.import_module("PIL.Image")
    pixels = image.open(shot).convert("RGB").getdata()
    colours = set(pixels)
    bg, fg = (tuple(int(c[i : i + 2], 16) for i in (1, 3, 5)) for c in PALETTE[0])
    assert bg in colours  # a direct quote's fill
    assert fg in colours  # the dashed underline and box of the same speaker
