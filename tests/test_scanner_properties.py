"""Property tests for the scanner: any text, never an exception, valid offsets, well-nested spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.models import QuoteFlag
from quotekit.paragraphs import split_paragraphs
from quotekit.scanner import QuoteSpan, _paragraph_at, conventions, scan_quotes, span_pieces

F = QuoteFlag
MARKS = sorted({m for c in conventions() for m in (*c.open, *c.close, *c.fallback_close)})
MARK_CHARS = "".join(sorted({ch for m in MARKS for ch in m}))

# Quote marks among letters (some of them possessive s), digits, spaces, punctuation and every kind of line break.
OTHERS = ["'''", "a", "s", "Z", "ß", "9", "90s", "n", " ", "  ", "\n", "\n\n", "\r\n", "\u2028", ",", ".", "?", "("]
pieces = st.sampled_from([*MARKS, *OTHERS, "=", "\u00a0", "é"])
mark_soup = st.lists(pieces, max_size=80).map("".join)


def _outer(q: QuoteSpan) -> tuple[int, int]:
    return (q.open[0] if q.open else q.start, q.close[1] if q.close else q.end)


def assert_well_formed(text: str, spans: list[QuoteSpan]) -> None:  # noqa: C901 - one assertion per invariant of the scanner output, kept in one place
    by_name = {c.name: c for c in conventions()}
    assert spans == sorted(spans, key=lambda q: (q.start, q.depth))
    for i, q in enumerate(spans):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.convention in by_name
        conv = by_name[q.convention]
        assert (q.open is None) == (F.UNOPENED in q.flags)
        assert (q.close is None) == (F.UNCLOSED in q.flags)
        assert q.open is not None or q.close is not None
        if q.open is not None:
            # a ” starting a paragraph opens the quotation it would close (”… ”), so it counts as an opener
            assert text[q.open[0] : q.open[1]] in (*conv.open, *conv.close)
            assert q.open[1] == q.start
        if q.close is not None:
            assert text[q.close[0] : q.close[1]] in MARKS
            assert q.close[0] == q.end
        for r0, r1 in q.reopen:
            assert text[r0:r1] in (*conv.open, *conv.close)
            assert q.start < r0 < r1 <= q.end
        assert bool(q.reopen) == (F.MULTI_PARAGRAPH in q.flags)
        children = [c for c in spans if c.parent == i]
        assert bool(children) == (F.HAS_NESTED in q.flags)
        if q.parent is None:
            assert q.depth == 0
        else:
            p = spans[q.parent]
            assert q.parent < i
            assert q.depth == p.depth + 1
            o0, o1 = _outer(q)
            assert p.start <= o0 and o1 <= p.end, "a nested span lies inside its parent's content"
        for s, e in span_pieces(text, q):
            assert q.start <= s <= e <= q.end
    # No two spans cross: their extents (marks included) are disjoint or one holds the other.
    for a in spans:
        for b in spans:
            if a is b:
                continue
            a0, a1 = _outer(a)
            b0, b1 = _outer(b)
            assert a1 <= b0 or b1 <= a0 or (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1), (a, b)
    # Siblings never overlap.
    for a in spans:
        for b in spans:
            if a is not b and a.parent == b.parent:
                a0, a1 = _outer(a)
                b0, b1 = _outer(b)
                assert a1 <= b0 or b1 <= a0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    assert_well_formed(text, scan_quotes(text))


@settings(max_examples=600, deadline=None)
@given(mark_soup)
def test_random_mixes_of_quote_marks(text: str) -> None:
    assert_well_formed(text, scan_quotes(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=MARK_CHARS + "ab \n", max_size=200))
def test_marks_letters_and_newlines_only(text: str) -> None:
    assert_well_formed(text, scan_quotes(text))


@settings(max_examples=200, deadline=None)
@given(mark_soup, mark_soup)
def test_a_paragraph_break_bounds_what_went_before(before: str, after: str) -> None:
    """Spans ending before a blank line do not depend on what follows it, unless a quotation is continued."""
    text = before + "\n\nxyz " + after
    cut = len(before)
    alone = [q for q in scan_quotes(before + "\n\nxyz") if _outer(q)[1] <= cut]
    together = [q for q in scan_quotes(text) if _outer(q)[1] <= cut]
    assert [(q.start, q.end, q.open, q.close) for q in together] == [(q.start, q.end, q.open, q.close) for q in alone]


def test_helper_catches_a_crossing_pair() -> None:
    """The checker itself must be able to fail."""
    bad = [
        QuoteSpan(1, 5, (0, 1), (5, 6), "en_double", 0, None, frozenset()),
        QuoteSpan(4, 8, (3, 4), (8, 9), "en_double", 0, None, frozenset()),
    ]
    text = "“abc“de”f””"
    try:
        assert_well_formed(text, bad)
    except AssertionError:
        return
    raise AssertionError("crossing spans were accepted")


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(), mark_soup, st.text(alphabet="ab \t\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0", max_size=60)
    )
)
def test_lazy_paragraphs_match_split_paragraphs(text: str) -> None:
    """The scanner finds paragraphs around its marks only; they must be the ones split_paragraphs gives."""
    for para in split_paragraphs(text):
        for pos in {para.start, (para.start + para.end) // 2, para.end - 1}:
            if text[pos].isspace():
                continue
            lazy = _paragraph_at(text, pos)
            assert (lazy.start, lazy.end) == (para.start, para.end)
