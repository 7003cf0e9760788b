"""Rules on documents of thousands of quotations: what each reads per quotation stays bounded, however long the
document or paragraph (no models, no timing)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import SupportsIndex, overload

from quotekit.attribution.context import Context, QuoteTarget, opens_turn
from quotekit.attribution.dialogue import _later_turns, _previous_turns
from quotekit.attribution.pattern import PatternSieve, _next_char

N = 5000


class _Counted(Sequence[QuoteTarget]):
    """The quotations of a document, counting how many a rule looks up."""

    def __init__(self, quotes: list[QuoteTarget]) -> None:
        self.quotes = quotes
        self.reads = 0

    @overload
    def __getitem__(self, i: int) -> QuoteTarget: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[QuoteTarget]: ...
    def __getitem__(self, i: int | slice) -> QuoteTarget | Sequence[QuoteTarget]:
        self.reads += 1
        return self.quotes[i]

    def __len__(self) -> int:
        return len(self.quotes)


def _quotes(paragraphs: Sequence[int]) -> list[QuoteTarget]:
    """One short quotation (``“No.”``, five characters and a space) per entry, in the paragraph given."""
    return [
        QuoteTarget(i, 6 * i + 1, 6 * i + 4, (6 * i, 6 * i + 1), (6 * i + 4, 6 * i + 5), p)
        for i, p in enumerate(paragraphs)
    ]


def test_later_turns_skip_the_own_paragraph_without_reading_it_through() -> None:
    """The first quotation of a paragraph of 5,000 finds the turns after it without looking at the other 4,999
    (the walk past them made a paragraph of many quotations quadratic for every quotation that reads ahead)."""
    layout = [0] + [1] * N + [2, 3, 3, 5]
    quotes = _Counted(_quotes(layout))
    ctx = Context(" " * (6 * len(layout)), quotes, [])
    quotes.reads = 0
    first = quotes.quotes[1]
    assert _later_turns(ctx, first, 4) == [(2, [N + 1]), (3, [N + 2, N + 3]), (5, [N + 4])]
    assert quotes.reads < 100
    # the turns after a quotation before the paragraph take in all of it, as before
    assert _later_turns(ctx, quotes.quotes[0], 2) == [(1, list(range(1, N + 1))), (2, [N + 1])]
    assert _later_turns(ctx, quotes.quotes[N], 1) == [(2, [N + 1])]
    assert _later_turns(ctx, quotes.quotes[-1], 4) == []


class _CopiedText(str):
    """A document's text that counts the characters a rule copies out of it."""

    copied = 0

    def __getitem__(self, i: SupportsIndex | slice, /) -> str:
        out = str.__getitem__(self, i)
        _CopiedText.copied += len(out)
        return out


def test_a_bracket_around_a_quotation_is_found_without_copying_the_text_before_it() -> None:
    """``Smith („…“)``: the rule looks for the bracket next to the marks; copying all the text before each
    quotation (``text[:a].rstrip()``) made a long document quadratic."""
    text = _CopiedText(" ".join("“No.”" for _ in range(N)))
    quotes = _quotes([0] * N)
    ctx = Context(text, quotes, [])
    _CopiedText.copied = 0
    for q in quotes[-3:]:
        assert PatternSieve()._bracket_after_name(ctx, q) is None  # no parse: no name before the bracket
    assert _CopiedText.copied < 100


def test_next_char_skips_white_space_to_the_edge() -> None:
    text = "a (  “x” )"
    assert _next_char(text, text.index("“"), -1) == "("
    assert _next_char(text, text.index("”") + 1, 1) == ")"
    assert _next_char("  x", 2, -1) == ""
    assert _next_char("x  ", 1, 1) == ""


def test_previous_turns_keep_text_order_across_a_long_paragraph() -> None:
    """The quotations of a turn before come in text order (gathered backwards, then turned round once)."""
    layout = [0, 0, 1] + [2] * N + [4]
    quotes = _quotes(layout)
    ctx = Context(" " * (6 * len(layout)), quotes, [])
    assert _previous_turns(ctx, quotes[-1], 2) == [(2, list(range(3, N + 3))), (1, [2])]
    assert _previous_turns(ctx, quotes[-1], 3)[2] == (0, [0, 1])


def test_a_quotation_opens_its_turn_after_space_or_a_dash_only() -> None:
    text = "Er ging.\n – »Ja« »Nein«\n»Gut« \u2028»Hm«"
    marks = [i for i, c in enumerate(text) if c == "»"]
    quotes = [QuoteTarget(k, a + 1, a + 3, (a, a + 1), (a + 3, a + 4), 0) for k, a in enumerate(marks)]
    ctx = Context(text, quotes, [])
    assert [opens_turn(ctx, q) for q in quotes] == [True, False, True, False]
    assert opens_turn(Context("»a«", quotes[:0], []), QuoteTarget(0, 1, 2, (0, 1), (2, 3), 0))
