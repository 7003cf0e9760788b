"""English reported speech (issue 12): single cases on real parses that need their own assertion. The
table-driven constructions and look-alikes stand in ``test_reported_constructions.py`` with the German ones."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models


def test_a_distant_that_after_a_preposition_opens_no_content(extractor: Extractor) -> None:
    # ``before that became …``: the clause of a preposition far after the verb is not what was said
    text = (
        "He criticized Cruz for welcoming thousands of refugees from Syria and Iraq last year before that became "
        "an unpopular position."
    )
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == "indirect_that_clause"], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a non-restrictive relative clause closing the sentence is the narrator's description
        (
            "Murphy said he supports the final bill, which includes new accountability provisions.",
            "he supports the final bill",
        ),
        # a restrictive one (no comma) is part of what was said
        (
            "She said she supports the candidate who won the most delegates.",
            "she supports the candidate who won the most delegates.",
        ),
    ],
)
def test_a_closing_relative_clause_after_a_comma_is_not_content(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [f[0] for f in found] == [content], found


def test_a_capitalised_newspaper_is_a_speaker_though_its_lemma_is_a_time_noun(extractor: Extractor) -> None:
    # ``The Times`` has the lemma ``time``, a word that never speaks when written in lower case
    found = statements(
        reporting(extractor, "en").extract("The Times said Cook provided a written statement to the newspapers.")
    )
    assert [(f[0], f[1]) for f in found] == [("Cook provided a written statement to the newspapers.", "Times")]


def test_the_subject_of_a_passive_belief_is_not_its_source(extractor: Extractor) -> None:
    # ``X is expected to …``: who expects it goes unnamed; the bridge is what is expected of, a piece of the
    # statement of its own (``indirect_raised_subject``), as PolNeAR cuts it
    found = statements(reporting(extractor, "en").extract("The bridge is expected to open to traffic next spring."))
    assert [(f[0], f[1]) for f in found] == [("The bridge", None), ("to open to traffic next spring.", None)]


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # a pro-form closing the verb's clause stands for the whole content (``content_pro_form``)
        ("The two leaders may have talked about the budget, but neither side would say so.", "so", "neither side"),
        ("Her advisers never thought so, and they worked against her from the start.", "so", "Her advisers"),
        # an answer word (rep29d): ``said [no]``, as PolNeAR marks it
        ("When reporters asked about the deal on Monday, the senator said no.", "no", "the senator"),
        ("The mayor said yes and thanked the council for its patience.", "yes", "The mayor"),
    ],
)
def test_a_pro_form_after_a_speech_or_belief_verb_is_the_content(
    extractor: Extractor, text: str, word: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (word, speaker, "indirect_pro_form") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # ``so`` that does not close the clause is an adverb of degree or time, not the content
        "The senator has said so many things about the budget that nobody listens anymore.",
        "Only three members have said so far that they will vote for the bill.",
        # ``no`` opening a noun phrase (``no one``) is a determiner, not an answer
        "The senator said no one would vote for the bill before the election.",
    ],
)
def test_so_that_goes_on_is_no_pro_form(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == "indirect_pro_form"], found
