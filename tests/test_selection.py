"""Sentence splitting and the choice of chunks to parse."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quotekit.lexicon import cue_surface_pattern, report_surface_pattern
from quotekit.paragraphs import Paragraph, split_paragraphs
from quotekit.selection import Chunk, parsed_share, quote_needs_parse, select_chunks, selection_counts, split_sentences

CUES = {
    "en": regex.compile(r"\b(said|says|told|added)\b"),
    "de": regex.compile(r"\b(sagte|sagt|erklärte|betonte)\b"),
}


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


# --- sentences ------------------------------------------------------------------------------------------------

SPLIT_CASES = [
    ("One. Two! Three? Four", ["One.", "Two!", "Three?", "Four"]),
    ("Dr. Rao and Mr. Smith met Mrs. Jones.", ["Dr. Rao and Mr. Smith met Mrs. Jones."]),
    ("He left the U.S. on Monday. Then he came back.", ["He left the U.S. on Monday.", "Then he came back."]),
    ("J. R. R. Tolkien wrote it. Fine.", ["J. R. R. Tolkien wrote it.", "Fine."]),
    ("Er kam am 5. August 1930 zur Welt. Dann ging er.", ["Er kam am 5. August 1930 zur Welt.", "Dann ging er."]),
    ("Das ist z. B. gut. Das auch.", ["Das ist z. B. gut.", "Das auch."]),
    ("Es gibt u. a. Äpfel, bzw. Birnen. Gut.", ["Es gibt u. a. Äpfel, bzw. Birnen.", "Gut."]),
    ("Prof. Dr. Müller sagt das. Nr. 5 auch.", ["Prof. Dr. Müller sagt das.", "Nr. 5 auch."]),
    ("It was Jan. 5 in 2005. Next.", ["It was Jan. 5 in 2005.", "Next."]),
    # quotation marks belong to the sentence they close; a lower-case word after ?“ continues it
    ("„Warum?“, fragte er. „Darum.“ Gut.", ["„Warum?“, fragte er.", "„Darum.“", "Gut."]),
    ("„Warum?“ fragte er.", ["„Warum?“ fragte er."]),
    ("He said: “Stop.” Then he left.", ["He said: “Stop.”", "Then he left."]),
    ('It ended. "Next one," he said.', ["It ended.", '"Next one," he said.']),
    ("Wait... What? Yes…", ["Wait...", "What?", "Yes…"]),
    ("In 2005. The end.", ["In 2005.", "The end."]),
    ("decimal 3.5 stays. OK", ["decimal 3.5 stays.", "OK"]),
    ("", []),
    ("   ", []),
    ("no end punctuation", ["no end punctuation"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_split_respects_the_range() -> None:
    text = "Before. Inside one. Inside two. After."
    s, e = text.index("Inside one"), text.index(" After")
    assert [text[a:b] for a, b in split_sentences(text, s, e)] == ["Inside one.", "Inside two."]


@given(st.text(alphabet=st.sampled_from(list('ab A.!? „“"”1Dr')), max_size=80))
def test_sentences_cover_every_non_space_char_in_order(text: str) -> None:
    ranges = split_sentences(text, 0, len(text))
    covered: set[int] = set()
    prev_end = 0
    for s, e in ranges:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        covered.update(range(s, e))
        prev_end = e
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


# --- chunks ---------------------------------------------------------------------------------------------------


def _select(text: str, quotes: list[str], langs: list[str] | None = None, **kw: object) -> list[str]:
    paragraphs = split_paragraphs(text)
    spans = []
    for q in quotes:
        i = text.index(q)
        spans.append((i, i + len(q)))
    chunks = select_chunks(text, paragraphs, langs or ["en"] * len(paragraphs), spans, CUES, **kw)  # type: ignore[arg-type]
    return [text[c.start : c.end] for c in chunks]


def test_quote_sentence_and_its_neighbours() -> None:
    text = "A one. B two. “C three,” he added. D four. E five."
    assert _select(text, ["“C three,”"]) == ["B two. “C three,” he added. D four."]


def test_window_zero_keeps_only_the_quote_sentence() -> None:
    text = "A one. B two. “C three.” D four. E five."
    assert _select(text, ["“C three.”"], window=0) == ["“C three.”"]


def test_window_two() -> None:
    text = "A one. B two. “C three.” D four. E five. F six."
    assert _select(text, ["“C three.”"], window=2) == ["A one. B two. “C three.” D four. E five."]


def test_cue_sentence_without_quote_is_parsed_alone() -> None:
    text = "A one. B two. The minister said the talks failed. D four. E five."
    assert _select(text, []) == ["The minister said the talks failed."]


def test_nothing_to_parse() -> None:
    text = "A one. B two.\nC three."
    assert _select(text, []) == []


def test_quote_over_several_sentences_keeps_all() -> None:
    text = "A one. B two. “C three. D four. E five.” F six. G seven. H eight."
    assert _select(text, ["“C three. D four. E five.”"], window=0) == ["“C three. D four. E five.”"]
    assert _select(text, ["“C three. D four. E five.”"]) == ["B two. “C three. D four. E five.” F six."]


def test_chunks_do_not_cross_paragraphs() -> None:
    text = "A one. “B two.”\n“C three.” D four."
    assert _select(text, ["“B two.”", "“C three.”"]) == ["A one. “B two.”", "“C three.” D four."]


def test_quote_over_two_paragraphs() -> None:
    text = "Intro here. “First part.\nSecond part.” He did so. Later on."
    got = _select(text, ["“First part.\nSecond part.”"], window=0)
    assert got == ["“First part.", "Second part.”"]


def test_chunk_languages_follow_paragraphs() -> None:
    text = "“We are ready,” he said.\n„Wir sind bereit“, sagte Rao."
    paragraphs = split_paragraphs(text)
    chunks = select_chunks(text, paragraphs, ["en", "de"], [], CUES)
    assert [c.lang for c in chunks] == ["en", "de"]
    # a cue of the other language does not select a sentence
    assert select_chunks(text, paragraphs, ["de", "de"], [], CUES) == [Chunk(25, len(text), "de")]


def test_unknown_language_falls_back_to_english() -> None:
    text = "The minister said so."
    chunks = select_chunks(text, split_paragraphs(text), [None], [], CUES)
    assert chunks == [Chunk(0, len(text), "en")]


def test_not_selective_parses_every_paragraph_whole() -> None:
    text = "A one. B two.\n\nC three."
    paragraphs = split_paragraphs(text)
    chunks = select_chunks(text, paragraphs, ["en", "de"], [], CUES, selective=False)
    assert chunks == [Chunk(0, 13, "en"), Chunk(15, 23, "de")]
    assert parsed_share(chunks, paragraphs) == 1.0


def test_unclosed_quote_as_empty_span() -> None:
    text = "A one. B two “ C three. D four."
    i = text.index("“")
    paragraphs = split_paragraphs(text)
    chunks = select_chunks(text, paragraphs, ["en"], [(i, i)], CUES, window=0)
    assert [text[c.start : c.end] for c in chunks] == ["B two “ C three."]


def test_selection_counts_and_share() -> None:
    text = "A one. B two. The minister said so. D four."
    paragraphs = split_paragraphs(text)
    chunks = select_chunks(text, paragraphs, ["en"], [], CUES)
    counts = selection_counts(text, chunks, paragraphs)
    assert (counts.sentences_parsed, counts.sentences_total) == (1, 4)
    assert counts.chars_parsed == len("The minister said so.")
    assert counts.sentence_share == 0.25
    assert parsed_share(chunks, paragraphs) == pytest.approx(len("The minister said so.") / len(text))
    total = counts + counts
    assert (total.sentences_parsed, total.chars_total) == (2, 2 * len(text))
    assert parsed_share([], []) == 0.0


def test_seed_selection(shared_dir: Path) -> None:
    text = (shared_dir / "eval" / "dev" / "seed.txt").read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    langs = ["en"] * 4 + ["de"] * (len(paragraphs) - 4)
    spans = [(m.start(), m.end()) for m in regex.finditer(r"“[^”]*”|„[^“]*“", text)]
    chunks = select_chunks(text, paragraphs, langs, spans, CUES)
    _assert_covered(text, paragraphs, spans, chunks)
    selected = " ".join(text[c.start : c.end] for c in chunks)
    assert "Only time will tell" not in selected  # no quote, no cue, not next to a quote
    assert "Werfen von Schatten auf Meta" not in selected
    assert 0.3 < parsed_share(chunks, paragraphs) < 0.9


def _assert_covered(
    text: str, paragraphs: Sequence[Paragraph], spans: Sequence[tuple[int, int]], chunks: Sequence[Chunk]
) -> None:
    inside = {i for p in paragraphs for i in range(p.start, p.end)}
    covered = {i for c in chunks for i in range(c.start, c.end)}
    for qs, qe in spans:
        # a bare label (at most three words, no punctuation of its own) is parsed only with a cue near it
        para_start = max((p.start for p in paragraphs if p.start <= qs), default=0)
        if not quote_needs_parse(text, qs, qe, para_start):
            continue
        for i in range(qs, qe):
            if i in inside and not text[i].isspace():
                assert i in covered, (text[qs:qe], i)


_WORDS = st.sampled_from(["A", "b", "said", "sagte", "Dr.", "5.", "end.", "Why?", "„", "“", "”", '"', ".", "\n"])


@given(st.lists(_WORDS, max_size=40), st.data(), st.booleans(), st.integers(0, 2))
def test_every_quote_span_is_covered(words: list[str], data: st.DataObject, selective: bool, window: int) -> None:
    text = " ".join(words)
    paragraphs = split_paragraphs(text)
    langs = data.draw(st.lists(st.sampled_from(["en", "de", None]), min_size=len(paragraphs), max_size=len(paragraphs)))
    n = len(text)
    spans = data.draw(
        st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(lambda t: (min(t), max(t))), max_size=4)
    )
    chunks = select_chunks(text, paragraphs, langs, spans, CUES, selective=selective, window=window)
    _assert_covered(text, paragraphs, spans, chunks)
    # chunks are in order, disjoint, non-empty, inside one paragraph each
    for a, b in itertools.pairwise(chunks):
        assert a.end <= b.start
    for c in chunks:
        assert c.start < c.end
        assert any(p.start <= c.start and c.end <= p.end for p in paragraphs)
        assert c.lang in ("en", "de")


def test_cue_only_sentences_are_parsed_only_for_indirect_speech() -> None:
    import regex

    from quotekit.paragraphs import split_paragraphs
    from quotekit.selection import select_chunks

    text = "The weather was fine. Rao said the plan works. Nothing else happened. Then it rained."
    paras = split_paragraphs(text)
    cues = {"en": regex.compile(r"\bsaid\b")}
    with_cues = select_chunks(text, paras, ["en"], [], cues, window=0)
    without = select_chunks(text, paras, ["en"], [], cues, window=0, indirect=False)
    assert [text[c.start : c.end] for c in with_cues] == ["Rao said the plan works."]
    assert without == []


@pytest.mark.parametrize(
    ("text", "quote", "parsed"),
    [
        # a bare label with no speech cue around: nobody's words, parsed or not
        ("A one. The „Eagle“ programme starts soon. B two.", "„Eagle“", False),
        ("„Eagle“ startet 2025.", "„Eagle“", False),
        # a cue in the sentence or the next one keeps it
        ("„Nein“, sagte er.", "„Nein“", True),
        ("The “Eagle” is ready. Rao said so.", "“Eagle”", True),
        # its own punctuation, a naming word or a colon before it, or more than three words
        ("A one. „Nein.“ B two.", "„Nein.“", True),
        ("They called the plan „reckless“ on Monday.", "„reckless“", True),
        ("Sein Urteil: „Unsinn“ sei das.", "„Unsinn“", True),
        # every inflection the lexicon lists, not only the forms once written into the selection code
        ("Die sogenannten „Reichsbürger“ kamen.", "„Reichsbürger“", True),
        ("A one. The “big and bold plan” starts. B two.", "“big and bold plan”", True),
    ],
)
def test_bare_labels_need_no_parse(text: str, quote: str, parsed: bool) -> None:
    lang = "de" if "„" in text else "en"  # the cue lists are per language
    assert bool(_select(text, [quote], [lang], indirect=False)) is parsed


def test_a_page_of_scare_quotes_selects_nothing() -> None:
    text = "„a“" * 30_000
    spans = [(i, i + 3) for i in range(0, len(text), 3)]
    assert select_chunks(text, split_paragraphs(text), ["de"], spans, CUES, indirect=False) == []


def test_a_flood_of_bare_labels_is_dropped_before_attribution() -> None:
    from quotekit.scanner import scan_quotes
    from quotekit.selection import LABEL_FLOOD, drop_label_floods

    flood = "„a“" * (LABEL_FLOOD + 1)
    text = f"„Wir sind bereit“, sagte Rao.\n{flood}\n„x“ und „y“."
    spans = scan_quotes(text)
    kept = drop_label_floods(text, split_paragraphs(text), spans)
    assert [text[s.start : s.end] for s in kept] == ["Wir sind bereit", "x", "y"]
    # ordinary text keeps every span, however many quotes it has in all
    prose = "\n".join(["„a“ und „b“ sind da."] * (LABEL_FLOOD + 1))
    assert drop_label_floods(prose, split_paragraphs(prose), scan_quotes(prose)) == scan_quotes(prose)


def test_dropping_renumbers_nested_parents() -> None:
    from quotekit.scanner import scan_quotes
    from quotekit.selection import LABEL_FLOOD, drop_label_floods

    text = "„a“" * (LABEL_FLOOD + 1) + "\n„Er sagte ‚nein‘ und ging dann nach Hause.“"
    kept = drop_label_floods(text, split_paragraphs(text), scan_quotes(text))
    assert [(text[s.start : s.end], s.depth, s.parent) for s in kept] == [
        ("Er sagte ‚nein‘ und ging dann nach Hause.", 0, None),
        ("nein", 1, 0),
    ]


def test_reported_speech_without_a_cue_verb_is_parsed_only_for_indirect() -> None:
    # German reports by mood, reportative ``soll`` and source nouns: sentences the cue pattern misses.
    text = (
        "Der Minister sagte, es gebe Probleme. Die Lage sei ernst. Der Täter soll geflohen sein. "
        "Nach Polizeiangaben starben zwei Menschen. Das Wetter war schön."
    )
    paragraphs = split_paragraphs(text)
    cues = {"de": cue_surface_pattern("de")}
    reports = {"de": report_surface_pattern("de")}
    wide = select_chunks(text, paragraphs, ["de"], [], cues, report_patterns=reports)
    assert [text[c.start : c.end] for c in wide] == [text[: text.index(" Das Wetter")]]
    narrow = select_chunks(text, paragraphs, ["de"], [], cues)
    assert [text[c.start : c.end] for c in narrow] == ["Der Minister sagte, es gebe Probleme."]
    # indirect=False reads neither pattern for cue-only sentences: no chunk at all without quotes.
    assert select_chunks(text, paragraphs, ["de"], [], cues, indirect=False, report_patterns=reports) == []


def test_the_last_sentence_of_narration_before_a_lone_quotation_is_kept() -> None:
    """Fiction's action beat (``He bowed over her hand.`` ⏎ ``"Good night."``) is read for the turn's speaker; a
    paragraph with words beside its quotation, or a narration paragraph of its own quotes, adds nothing."""
    text = "It was late. He bowed over her hand.\n\n“Good night, and see you on Monday.”\n"
    assert _select(text, ["“Good night, and see you on Monday.”"], indirect=False) == [
        "He bowed over her hand.",
        "“Good night, and see you on Monday.”",
    ]
    tagged = "It was late. He bowed over her hand.\n\n“Good night,” he said.\n"
    assert _select(tagged, ["“Good night,”"], indirect=False) == ["“Good night,” he said."]
