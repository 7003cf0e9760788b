"""Verb phrases that state a view without a cue verb (issue 12, rep30c): ``made it clear [that …]``, ``made the case
[that …]``, ``took aim at [X]``, ``took issue with [X]`` (``stance_phrase`` and ``target_phrase`` rows of
``function_words.tsv``, rule ``indirect_stance_phrase``). The sentences hold no cue word, so these also check that
the selection parses them. End to end on the shared models; positive and negative."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import of_rule, starting_with

# (text, content starts with, speaker as written)
POSITIVE = [
    # a clause after the phrase: with or without "that", past a listener, as an infinitive
    ("The governor made it clear that she would veto the budget.", "she would veto the budget", "The governor"),
    ("The poll makes clear the headwinds ahead for both candidates.", "the headwinds ahead", "The poll"),
    (
        "On Wednesday, Obama privately made the case to 23 progressive group leaders that he did not sell them out.",
        "he did not sell them out",
        "Obama",
    ),
    # the subject of the verb the phrase hangs on
    (
        "Mr. Rubio and Senator Ted Cruz urged the rest of the party to coalesce around their campaigns and tried to "
        "make the case that the nominating fight was still in its early stages.",
        "the nominating fight",
        "Cruz",
    ),
    # the noun phrase after the preposition of a phrase of attack or dispute
    (
        "In New Hampshire, Rubio has railed against Christie, taking aim at his past support for the justice.",
        "his past support for the justice",
        "Rubio",
    ),
    (
        "Mr. Sanders took issue with recent criticism over his understanding of financial regulation policy.",
        "recent criticism over his understanding",
        "Mr. Sanders",
    ),
]

NEGATIVE = [
    # no clause after the phrase: a preposition or the sentence end follows
    "She made the soup clear by straining it twice.",
    "The candidates made their case on television.",
    "The protesting delegates nevertheless made their point.",
    # a passive names no one who makes it clear
    "But it will not be easy, as was made clear last week when the minister resigned.",
    # only pronouns after the preposition
    "The two candidates have recently taken aim at one another.",
    # the verb without the phrase's noun
    "The senator took the train to Boston on Monday.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_stance_phrase_reports_what_follows_it(extractor: Extractor, text: str, content: str, speaker: str) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker, hits
    assert hits[0][2] == "indirect_stance_phrase", hits


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_a_stance_phrase_without_content_or_source_reports_nothing(extractor: Extractor, text: str) -> None:
    assert of_rule(extractor, "en", text, "indirect_stance_phrase") == []
