"""Verbs of saying and believing the English cue table lacked (issue 12, fifth pass): speech acts whose object or
content clause is the statement (``underscored the risks``, ``conveyed that …``), and ``forget``/``wish``, which
report only a content clause with a subject of its own. End to end on the shared models; positive and negative."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, starting_with, statements

# (text, content starts with, speaker as written)
POSITIVE = [
    # a speech act on its object
    ("The governor underscored the risks of the new tax plan.", "the risks of the new tax plan", "The governor"),
    ("The senator rebuked the president for his remarks on trade.", "the president", "The senator"),
    ("The former aide recanted the claim in a letter to the court.", "the claim", "The former aide"),
    # a content clause after a verb of saying
    ("The spokesman conveyed that the company would not appeal the ruling.", "the company would not", "The spokesman"),
    ("The poll reaffirmed that voters are unhappy with both candidates.", "voters are unhappy", "The poll"),
    # a belief verb with a content clause that has its own subject
    ("The mayor wished that the council had acted sooner.", "the council had acted", "The mayor"),
    ("Critics forgot that the law had been passed by both parties.", "the law had been passed", "Critics"),
]

NEGATIVE = [
    # a participle that only describes a noun: nobody speaks
    "The much lauded chef opened a new restaurant in May.",
    "The retweeted photo drew thousands of replies.",
    # forget and wish without a content clause: an object, or a to-infinitive of the subject's own act
    "He wished her a happy birthday.",
    "They forgot their umbrellas at the station.",
    "She forgot to lock the door.",
    "He wished to leave early.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_verb_new_to_the_table_reports_its_content(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker, hits


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_a_new_verb_without_its_speaker_or_content_reports_nothing(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "en").extract(text)) == []
