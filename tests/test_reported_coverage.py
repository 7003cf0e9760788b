"""Reported speech the selection used to leave unparsed (issue 12): headlines that name their source before a colon,
and speech acts of criticism, praise and refusal. End to end on the shared models; positive and negative cases."""

from __future__ import annotations

import pytest
import regex

from quotekit import Extractor
from quotekit.paragraphs import split_paragraphs
from quotekit.selection import select_chunks
from reported_helpers import reporting, starting_with, statements

# (text, content starts with, speaker as written, rule)
POSITIVE = [
    # a headline: a source noun or a full name, a colon, a claim with a verb
    (
        "Report: Republican Colin Powell Advised Clinton To Use Private Email.\n\nThe report came out on Monday.",
        "Republican Colin Powell",
        "Report",
        "indirect_headline",
    ),
    ("Mark Cuban: I'd consider a future White House bid.", "I'd consider", "Mark Cuban", "indirect_headline"),
    # refusal with its to-infinitive, and speech acts on an object
    (
        "Senator Toomey refused to campaign alongside the governor.",
        "to campaign alongside",
        "Senator Toomey",
        "indirect_that_clause",
    ),
    ("Joe Biden mocked the Republican candidates at the rally.", "the Republican candidates", "Joe Biden", None),
    ("The union leaders denounced the new contract for its low wages.", "the new contract", "The union leaders", None),
]

NEGATIVE = [
    # a colon after something that is not a source, or a claim that is no clause
    "Still to come: results in Ohio, Missouri and Illinois.",
    "BYLINE: Amber Phillips.",
    "Clinton: 2,316.",
    "The pattern is clear: the administration is not forthcoming.",
    # an interview turn, a question, a kicker word
    "Q: Did the immigration service take care of you?",
    "Ted Cruz: Constitutional conservative or career politician?",
    "Wow: Glenn Beck Just Responded To Palin's Endorsement With One Brutal Line.",
    # a chapter heading of a novel
    "Chapter VI: Lucy Goes to Florence with Her Cousin.",
    # ``as opposed to`` compares, it reports nothing
    "Immigration stayed at 16,000 a year, as opposed to the average of 80,000.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker", "rule"), POSITIVE)
def test_a_report_outside_the_old_selection_is_found(
    extractor: Extractor, text: str, content: str, speaker: str, rule: str | None
) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker, hits
    assert rule is None or hits[0][2] == rule, hits


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_a_look_alike_is_not_reported(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "en").extract(text)) == []


_NO_CUE = regex.compile(r"(?!)")


def _selected(text: str, *, indirect: bool) -> list[str]:
    paras = split_paragraphs(text)
    langs = ["en"] * len(paras)
    chunks = select_chunks(text, paras, langs, [], {"en": _NO_CUE}, indirect=indirect)
    return [text[c.start : c.end] for c in chunks]


def test_a_source_and_colon_opening_a_paragraph_is_parsed_only_for_indirect_speech() -> None:
    # only a paragraph's first sentence, and only with a colon after at most five words
    text = "Poll: Trump leads in Ohio. Analysts: it is close.\n\nVoters in the state, the poll says: divided."
    assert _selected(text, indirect=True) == ["Poll: Trump leads in Ohio."]
    assert _selected(text, indirect=False) == []
