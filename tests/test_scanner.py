"""Hand-written cases for the quotation-span scanner, one table per rule, plus the seed article and linear time."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from quotekit.models import QuoteFlag
from quotekit.scanner import QuoteSpan, _scan, conventions, mark_class, quote_marks, scan_quotes, span_pieces

F = QuoteFlag
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED_TXT = SHARED / "eval" / "dev" / "seed.txt"
SEED_GOLD = SHARED / "eval" / "dev" / "seed.jsonl"


def contents(text: str) -> list[tuple[str, int, str]]:
    """(content, depth, convention) of every span, in the scanner's order."""
    return [(text[q.start : q.end], q.depth, q.convention) for q in scan_quotes(text)]


def only(text: str) -> QuoteSpan:
    spans = scan_quotes(text)
    assert len(spans) == 1, [(text[q.start : q.end], q.flags) for q in spans]
    return spans[0]


# -- the data table --------------------------------------------------------------------------------------------


def test_table_names_every_convention_of_the_interface() -> None:
    names = {c.name for c in conventions()}
    assert {
        "de_double", "de_single", "guillemet_in", "guillemet_out", "en_double", "en_single",
        "straight_double", "straight_single", "doubled_apostrophe",
    } <= names  # fmt: skip
    for conv in conventions():
        assert conv.family in ("double", "single")
        assert conv.open and conv.close
        assert not set(conv.close) & set(conv.fallback_close), conv.name
        # only typewriter marks open and close with the same character; their direction comes from context
        assert conv.straight or not set(conv.open) & set(conv.close), conv.name
        for mark in (*conv.open, *conv.close, *conv.fallback_close):
            assert len(mark) == 1 or len(set(mark)) == 1, f"{mark!r}: several-character marks must be runs"


def test_the_mark_sets_come_from_the_conventions() -> None:
    """What other modules read as quotation marks is what the table's conventions write, nothing else."""
    marks = quote_marks()
    written = {m for c in conventions() for m in (*c.open, *c.close, *c.fallback_close)}
    assert marks.opening == {m for c in conventions() for m in c.open if len(m) == 1}
    assert marks.closing == {m for c in conventions() for m in (*c.close, *c.fallback_close) if len(m) == 1}
    assert marks.ptb == {"''", "``"} == {m for m in written if len(m) > 1}  # Stanza's PTB tokens, apart
    assert marks.all == {ch for m in written for ch in m}
    assert marks.tokens == marks.all | marks.ptb
    assert {"„", "»", "«", "›", "‹", "“", "”", '"'} <= marks.unambiguous
    assert not marks.unambiguous & {"'", "’", "‘"}  # apostrophes too: never a mark inside a word
    assert "“" in marks.opening & marks.closing  # opens English, closes German


def test_mark_class_escapes_for_a_character_class() -> None:
    import regex

    pattern = regex.compile("[" + mark_class(["]", "^", "-", "''", "„"]) + "]+")
    assert pattern.fullmatch("]^-'„") is not None
    assert pattern.search("abc") is None


def test_apostrophe_lexicon_is_well_formed() -> None:
    raw = json.loads(resources.files("quotekit.data").joinpath("quote_marks.json").read_text(encoding="utf-8"))
    apo = raw["apostrophe"]
    assert all(w.isalpha() and w == w.lower() for w in apo["elided_words"])
    assert len(set(apo["elided_words"])) == len(apo["elided_words"])
    assert all(len(ch) == 1 and ch.isalpha() for ch in apo["possessive_final"])
    assert set(apo["marks"]) == {"'", "’", "‘"}


# -- pairs, by convention ----------------------------------------------------------------------------------------

PAIRS = [
    ("„Wir sind bereit“, sagte Rao.", [("Wir sind bereit", 0, "de_double")]),
    ("Sie sagte: ‚Nein‘.", [("Nein", 0, "de_single")]),
    ("»Wir sind bereit«, sagte Rao.", [("Wir sind bereit", 0, "guillemet_in")]),
    ("«Wir sind bereit», sagte die Bundesrätin.", [("Wir sind bereit", 0, "guillemet_out")]),
    ("“We are ready,” Rao said.", [("We are ready,", 0, "en_double")]),
    ("‘We are ready,’ Rao said.", [("We are ready,", 0, "en_single")]),
    ('"We are ready," Rao said.', [("We are ready,", 0, "straight_double")]),
    ("'We are ready,' Rao said.", [("We are ready,", 0, "straight_single")]),
    ("''We are ready,'' Rao said.", [("We are ready,", 0, "doubled_apostrophe")]),
    ("``We are ready,'' Rao said.", [("We are ready,", 0, "doubled_apostrophe")]),
    ("«Ja», sagte er. »Nein«, sagte sie.", [("Ja", 0, "guillemet_out"), ("Nein", 0, "guillemet_in")]),
    # “ closes German „ but opens English: pairing by convention, not by character
    ("„Ja“, sagte er. “Yes,” she said.", [("Ja", 0, "de_double"), ("Yes,", 0, "en_double")]),
    ("“Yes,” she said. „Ja“, sagte er.", [("Yes,", 0, "en_double"), ("Ja", 0, "de_double")]),
    # ‘ closes German ‚ but opens English ‘
    ("Er rief ‚Ja‘ und sie ‘no’.", [("Ja", 0, "de_single"), ("no", 0, "en_single")]),
    # » closes « but opens »…«
    ("«Oui» et »Ja«.", [("Oui", 0, "guillemet_out"), ("Ja", 0, "guillemet_in")]),
    # punctuation inside the marks belongs to the content
    ("„Wirklich?!“, fragte sie.", [("Wirklich?!", 0, "de_double")]),
    ("Asked, he said: “No.”", [("No.", 0, "en_double")]),
    # sloppy closers still close the convention that is open
    ('“We are ready," Rao said.', [("We are ready,", 0, "en_double")]),
    ("„Wir sind bereit”, sagte Rao.", [("Wir sind bereit", 0, "de_double")]),
    ('„Tod dem Diktator ", riefen sie.', [("Tod dem Diktator ", 0, "de_double")]),
    # tokenised archives put spaces around the marks
    ("auf '' news.bbc.co.uk '' veröffentlicht", [(" news.bbc.co.uk ", 0, "doubled_apostrophe")]),
]


@pytest.mark.parametrize(("text", "expected"), PAIRS)
def test_pairs_by_convention(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert contents(text) == expected


def test_marks_offsets_and_straight_flag() -> None:
    text = 'He said: "Go." Then „Geh“.'
    a, b = scan_quotes(text)
    assert a.open == (9, 10) and a.close == (13, 14) and (a.start, a.end) == (10, 13)
    assert F.STRAIGHT_MARKS in a.flags and F.STRAIGHT_MARKS not in b.flags
    assert text[b.open[0] : b.open[1]] == "„" and text[b.close[0] : b.close[1]] == "“"  # type: ignore[index]
    assert only("''Yes,'' he said.").flags == {F.STRAIGHT_MARKS}
    assert only('“Yes," he said.').flags == {F.STRAIGHT_MARKS}  # a straight closer makes the pair a guess too


# -- apostrophes are not quotes --------------------------------------------------------------------------------

APOSTROPHES_ONLY = [
    "OpenAI’s plan",
    "they’re here",
    "it isn't so",
    "O’Brien and O'Neill",
    "the ’90s and the '80s",
    "rock ’n’ roll and rock 'n' roll",
    "Wie geht’s? Geht's gut?",
    "Hans’ Auto und Klaus' Rad",
    "the boys' car and the Jones’ house",
    "let 'em go, 'cause ’tis time",
    "Forrester’s Curran",
    "He is 5'10\" tall",
    "So ’n Quatsch",
]


@pytest.mark.parametrize("text", APOSTROPHES_ONLY)
def test_apostrophes_make_no_quotes(text: str) -> None:
    assert scan_quotes(text) == []


APOSTROPHES_IN_QUOTES = [
    ("‘It’s O’Brien’s,’ he said.", "It’s O’Brien’s,"),
    ("‘I loved the ’90s,’ she said.", "I loved the ’90s,"),
    ("‘Rock ’n’ roll,’ he said.", "Rock ’n’ roll,"),
    ("He said 'the boys' toys are nice' today.", "the boys' toys are nice"),
    ("He said 'it isn't' twice.", "it isn't"),
    ("‘Ask the boys’ she said.", "Ask the boys"),  # possessive-looking, but nothing later could close it
    ("“OpenAI’s strategy,” he said.", "OpenAI’s strategy,"),
    ("„Wie geht’s?“, fragte sie.", "Wie geht’s?"),
]


@pytest.mark.parametrize(("text", "content"), APOSTROPHES_IN_QUOTES)
def test_apostrophes_inside_quotes_do_not_end_them(text: str, content: str) -> None:
    q = scan_quotes(text)[0]
    assert text[q.start : q.end] == content


def test_german_single_quote_closes_with_u2018_around_a_possessive() -> None:
    text = "„Er sagte ‚Hans’ Auto ist rot‘.“"
    assert contents(text) == [
        ("Er sagte ‚Hans’ Auto ist rot‘.", 0, "de_double"),
        ("Hans’ Auto ist rot", 1, "de_single"),
    ]


# -- straight marks by context ------------------------------------------------------------------------------------

STRAIGHT = [
    ('"Hello," he said. "Goodbye."', [("Hello,", 0), ("Goodbye.", 0)]),
    ('He said "no" twice and "yes" once.', [("no", 0), ("yes", 0)]),
    ("'Hello,' he said. 'Goodbye.'", [("Hello,", 0), ("Goodbye.", 0)]),
    ("\"He said 'no' twice,\" she said.", [("He said 'no' twice,", 0), ("no", 1)]),
    ('The "Cuban Five". Then "Jamaika"-Koalition.', [("Cuban Five", 0), ("Jamaika", 0)]),
    ('He wrote ("Schutzengel" on) it.', [("Schutzengel", 0)]),
    (
        'Ill. ". . . I just want somebody who speaks like we do."\n',
        [(". . . I just want somebody who speaks like we do.", 0)],
    ),
    ('He said "...and then it rained."', [("...and then it rained.", 0)]),
    ('<tweet date="2016">Hi</tweet> "Real," he said.', [("Real,", 0)]),
]


@pytest.mark.parametrize(("text", "expected"), STRAIGHT)
def test_straight_marks_open_and_close_by_context(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c, d) for c, d, _ in contents(text)] == expected


# -- nesting ---------------------------------------------------------------------------------------------------

NESTED = [
    ("“He said ‘no’ twice,” she said.", [("He said ‘no’ twice,", 0, "en_double"), ("no", 1, "en_single")]),
    ("„Er sagte ‚nein‘“, sagte sie.", [("Er sagte ‚nein‘", 0, "de_double"), ("nein", 1, "de_single")]),
    ("»Er sagte ›nein‹«, sagte sie.", [("Er sagte ›nein‹", 0, "guillemet_in"), ("nein", 1, "guillemet_single_in")]),
    ("«Er sagte ‹non›», dit-elle.", [("Er sagte ‹non›", 0, "guillemet_out"), ("non", 1, "guillemet_single_out")]),
    (
        "''I said, 'The lesson is clear,''' he said.",
        [("I said, 'The lesson is clear,'", 0, "doubled_apostrophe"), ("The lesson is clear,", 1, "straight_single")],
    ),
    (
        "he said ''the 'wrong track.'.''\n",
        [("the 'wrong track.'.", 0, "doubled_apostrophe"), ("wrong track.", 1, "straight_single")],
    ),
    (
        "“A ‘b “c” d’ e”",
        [("A ‘b “c” d’ e", 0, "en_double"), ("b “c” d", 1, "en_single"), ("c", 2, "en_double")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nested_quotes_stay_inside(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert contents(text) == expected
    spans = scan_quotes(text)
    assert F.HAS_NESTED in spans[0].flags
    assert spans[1].parent == 0


def test_three_levels_and_parents() -> None:
    text = "„A ‚B “C” b‘ a“ und „D“"
    spans = scan_quotes(text)
    assert [(text[q.start : q.end], q.depth, q.parent) for q in spans] == [
        ("A ‚B “C” b‘ a", 0, None),
        ("B “C” b", 1, 0),
        ("C", 2, 1),
        ("D", 0, None),
    ]


# -- paragraphs: continuation, unclosed, unopened -----------------------------------------------------------------


MULTI = [
    ("“Para one.\n\n“Para two,” he said.", "en_double", ["Para one.", "Para two,"]),
    ("„Absatz eins.\n„Absatz zwei“, sagte sie.", "de_double", ["Absatz eins.", "Absatz zwei"]),
    ("''One.\n\n''Two.\n\n''Three,'' he said.", "doubled_apostrophe", ["One.", "Two.", "Three,"]),
    ('He said: "One.\n"Two."', "straight_double", ["One.", "Two."]),
    ("»Eins.\n»Zwei«, sagte sie.", "guillemet_in", ["Eins.", "Zwei"]),
]


@pytest.mark.parametrize(("text", "convention", "pieces"), MULTI)
def test_multi_paragraph_quote_is_one_span(text: str, convention: str, pieces: list[str]) -> None:
    q = only(text)
    assert q.convention == convention
    assert F.MULTI_PARAGRAPH in q.flags and F.UNCLOSED not in q.flags
    assert len(q.reopen) == len(pieces) - 1
    assert q.open is not None and q.close is not None
    assert text[q.start : q.end].startswith(pieces[0]) and text[q.start : q.end].endswith(pieces[-1])
    assert [text[s:e] for s, e in span_pieces(text, q)] == pieces


def test_multi_paragraph_quote_never_closed_is_flagged_both() -> None:
    text = "“One.\n“Two.\nThree."
    q = only(text)
    assert q.flags == {F.MULTI_PARAGRAPH, F.UNCLOSED}
    assert text[q.start : q.end] == "One.\n“Two."


def test_next_paragraph_with_another_convention_does_not_continue() -> None:
    text = "“Open and never closed\n„Zwei“, sagte sie."
    a, b = scan_quotes(text)
    assert text[a.start : a.end] == "Open and never closed" and a.flags == {F.UNCLOSED} and a.close is None
    assert text[b.start : b.end] == "Zwei" and b.flags == frozenset()


def test_hard_wrapped_line_continues_the_quotation() -> None:
    text = "“have focused on paid advertising and getting them to participate\nin caucuses and primaries.”\n\nNext."
    q = only(text)
    assert (
        text[q.start : q.end]
        == "have focused on paid advertising and getting them to participate\nin caucuses and primaries."
    )
    assert q.flags == frozenset() and q.reopen == ()


def test_finished_sentence_before_a_line_break_is_not_a_wrapped_line() -> None:
    text = '"We need a stimulus.\nJosh Bivens, Economic Policy Institute."\n\nWhether it comes.'
    assert [(text[q.start : q.end], q.flags) for q in scan_quotes(text)] == [
        ("We need a stimulus.", frozenset({F.UNCLOSED, F.STRAIGHT_MARKS}))
    ]


def test_markup_attributes_are_not_quotations() -> None:
    assert scan_quotes('<tweet author="@tedcruz" date="January 19, 2016\n">I love it</tweet>') == []


UNCLOSED = [
    ("„Nie geschlossen.\nDer nächste Absatz hat „x“.", [("Nie geschlossen.", {F.UNCLOSED}), ("x", set())]),
    ("„abc   \nxyz", [("abc", {F.UNCLOSED})]),  # trailing space trimmed
    ("“never closed", [("never closed", {F.UNCLOSED})]),
    # a second „ while one is open nests (sloppy but common); the outer one then ends with its paragraph
    ("„eins „zwei“ drei", [("eins „zwei“ drei", {F.UNCLOSED}), ("zwei", set())]),
    ("„eins „zwei“ drei“ vier", [("eins „zwei“ drei", set()), ("zwei", set())]),
    ("“as “the Crossroads,” has long”", [("as “the Crossroads,” has long", set()), ("the Crossroads,", set())]),
    # the inner quotation ends where the outer one closes
    ("„Er sagte »nein“, sagte sie.", [("Er sagte »nein", set()), ("nein", {F.UNCLOSED})]),
    # an unclosed single quote was an apostrophe or comma: dropped
    ("He said ‘maybe.\nNext.", []),
    ("Er kam‚ und ging.", []),
    ("“He said ‘maybe,” she said.", [("He said ‘maybe,", set())]),
]


@pytest.mark.parametrize(("text", "expected"), UNCLOSED)
def test_unclosed_quotes_end_at_their_paragraph(text: str, expected: list[tuple[str, set[QuoteFlag]]]) -> None:
    assert [(text[q.start : q.end], set(q.flags) - {F.HAS_NESTED}) for q in scan_quotes(text)] == expected


def test_unclosed_quote_does_not_swallow_the_document() -> None:
    text = "„Ein Zitat ohne Ende.\n" + "Ein ganz normaler Absatz.\n" * 50 + "„Ende“, sagte sie."
    spans = scan_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["Ein Zitat ohne Ende.", "Ende"]
    assert spans[0].end == text.index("\n")


UNOPENED = [
    ("a nice day,” he said. Then “x”.", [("a nice day,", {F.UNOPENED}), ("x", set())]),
    ("Das ist gut“, sagte sie.", [("Das ist gut", {F.UNOPENED})]),
    ("Are you sure?'' she asked.", [("Are you sure?", {F.UNOPENED, F.STRAIGHT_MARKS})]),
    ("the end.” he said", [("the end.", {F.UNOPENED})]),
    # not clearly a closing quotation: ignored
    ("He said it.” Then he left.", []),
    ("Size 10” screen", []),
    ("“a” b,” he said", [("a", set())]),
]


@pytest.mark.parametrize(("text", "expected"), UNOPENED)
def test_unopened_only_before_speech(text: str, expected: list[tuple[str, set[QuoteFlag]]]) -> None:
    spans = scan_quotes(text)
    assert [(text[q.start : q.end], set(q.flags)) for q in spans] == expected
    for q in spans:
        if F.UNOPENED in q.flags:
            assert q.open is None and q.start == 0 and q.close is not None


SPACED_INSIDE = [
    # spaced guillemets that lost their outer spaces (« X » joined as word« X »word): each pair is one name,
    # where flanking alone pairs »im … des« across them
    (
        "Brand in der Gaststätte« Schweizerhaus »im Prater. Die Chefin des« Schweizerhauses »wurde evakuiert.",
        [(" Schweizerhaus ", "guillemet_out"), (" Schweizerhauses ", "guillemet_out")],
    ),
    ("Damals hieß das Lokal noch« Zur Hütte ». Dann nicht mehr.", [(" Zur Hütte ", "guillemet_out")]),
    # German guillemets (»X«) keep their reading: an unopened « before a sentence end pairs with nothing
    ("»Ja« sagte er. »Nein« sagte sie.", [("Ja", "guillemet_in"), ("Nein", "guillemet_in")]),
    ("Ende« sagte er. »Neu ist das« hieß es.", [("Neu ist das", "guillemet_in")]),
    # French spacing on both sides was already fine and stays so
    ("Il a dit « bonjour » hier.", [(" bonjour ", "guillemet_out")]),
    # no closer after a space within reach: not a pair
    ("Gaststätte« Schweizerhaus", []),
]


@pytest.mark.parametrize(("text", "expected"), SPACED_INSIDE)
def test_spaced_guillemets_glued_outside_pair_inside(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[q.start : q.end], q.convention) for q in scan_quotes(text)] == expected


def test_closing_mark_starting_a_paragraph_opens() -> None:
    text = "Intro.\n\n” … in the case of Wyoming, the train has left,” wrote Time."
    q = only(text)
    assert text[q.start : q.end] == " … in the case of Wyoming, the train has left,"
    assert q.convention == "en_double"


def test_messy_text_never_raises() -> None:
    for text in ["", "„", "“", "''", "'''", "``", "\n\n„\n“\n", "'" * 7, "„" * 100, "a’" * 20, "\u2028„x\u2029“"]:
        for q in scan_quotes(text):
            assert 0 <= q.start <= q.end <= len(text)


# -- the seed article ----------------------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"shared eval data not found at {SEED_GOLD.resolve()}")
def test_seed_article_yields_the_13_quoted_spans() -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    gold_doc = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    assert gold_doc["text"] == text
    gold = sorted((q["start"], q["end"]) for q in gold_doc["quotes"] if q["kind"] in ("direct", "mixed"))
    assert len(gold) == 13
    top = [q for q in scan_quotes(text) if q.depth == 0]
    assert [(q.start, q.end) for q in top] == gold
    assert all(not q.flags for q in top)


# -- linear time --------------------------------------------------------------------------------------------------


def _adversarial(size: int, seed: int) -> str:
    rng = random.Random(seed)
    alphabet = ["„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", '"', "'", "''", "``", "'''", "a", " ", "\n", ",", "s"]
    parts: list[str] = []
    n = 0
    while n < size:
        p = rng.choice(alphabet)
        parts.append(p)
        n += len(p)
    return "".join(parts)[:size]


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "openers": lambda n: "„" * n,
    "alternating": lambda n: ("„“" * n)[:n],
    "unmatched closers": lambda n: ("x” " * n)[:n],
    "nested to the limit": lambda n: ("„ ‚ “ ‘ » › « ‹ " * n)[:n],
    "straight toggles": lambda n: ("\"a' " * n)[:n],
    "random mix": lambda n: _adversarial(n, 7),
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_scan_steps_grow_linearly(name: str) -> None:
    make = ADVERSARIAL[name]
    small, large = make(40_000), make(80_000)
    _, steps_small = _scan(small)
    _, steps_large = _scan(large)
    assert steps_large <= 2.2 * steps_small + 100
    assert steps_large <= 12 * len(large)


def test_one_megabyte_of_unmatched_and_alternating_marks_is_linear() -> None:
    # half a megabyte of closers with nothing open, then half of alternating open/close pairs of every convention
    text = ("x” y« z’ " * 100_000)[:500_000] + ("„a“ ‚b‘ »c« «d» “e” ‘f’ ''g'' \"h\" " * 30_000)[:500_000]
    spans, steps = _scan(text)
    assert len(text) == 1_000_000
    assert steps <= 4 * len(text)
    _, half_steps = _scan(text[:250_000] + text[500_000:750_000])
    assert steps <= 2.2 * half_steps
    assert all(0 <= q.start <= q.end <= len(text) for q in spans)
