"""English reported speech (issue 12): constructions the parser gets wrong, and look-alikes, on real parses.

Each positive case names the content the statement must start with, its speaker as written and the rule that
finds it; each negative case is text that looks like a report and is not one.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models


# (lang, text, content starts with, speaker as written, rule)
POSITIVE = [
    # the parser makes the content a conjunct of the speech verb; its subject pronoun still opens it
    (
        "en",
        "Cruz has said for weeks he's the only candidate in the field who can beat Trump.",
        "he's the only candidate",
        "Cruz",
        "indirect_that_clause",
    ),
    (
        "en",
        "Trump had initially welcomed the election and said he would make an exception for the new mayor.",
        "he would make an exception",
        "Trump",
        "indirect_that_clause",
    ),
    # a listener or a long adverbial between the verb and its ``that``, which the parser hung on a noun
    (
        "en",
        "Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.",
        "he is not giving up",
        "Ben Carson",
        "indirect_that_clause",
    ),
    (
        "en",
        "Ginsburg said in an interview with The Associated Press last week that she did not want to think about it.",
        "she did not want to think",
        "Ginsburg",
        "indirect_that_clause",
    ),
    # a relative clause or an apposition between the fronted subject and the verb, which the parser took the
    # subject into
    (
        "en",
        "Paradis, who has been active in politics since the age of 25, says she identifies as an independent.",
        "she identifies as an independent",
        "Paradis",
        "indirect_that_clause",
    ),
    (
        "en",
        "North Carolina's Ada Fisher, one of only a handful of African-American RNC members, said Trump will "
        "exceed expectations with black voters.",
        "Trump will exceed expectations",
        "Ada Fisher",
        "indirect_that_clause",
    ),
    # the fronted noun phrase before a relative clause is the content's subject when the speaker follows
    (
        "en",
        "The old bridge, which the council closed last year, has collapsed, officials said.",
        "The old bridge, which the council closed",
        "officials",
        "indirect_content_first",
    ),
    # belief and communication rows mined from the PolNeAR gold (know, expect, learn, express, echo)
    (
        "en",
        "Paradis and Bennett did not know at the time that the candidates would surge to victory in the primary.",
        "the candidates would surge",
        "Bennett",
        "indirect_that_clause",
    ),
    (
        "en",
        "The senator expressed concern that the plan would raise taxes for the middle class.",
        "the plan would raise taxes",
        "The senator",
        "indirect_that_clause",
    ),
]

NEGATIVE = [
    # a belief verb with an object and no content clause
    ("en", "Trump had known him for years before the campaign began."),
    # a clause after a verb that reports nothing
    ("en", "The board decided it would meet again in the spring."),
    # a pronoun after a verb-second speech verb is its speaker, not the subject of a content clause
    ("de", "Sagte er das wirklich im Bundestag?"),
]


@pytest.mark.parametrize(("lang", "text", "content", "speaker", "rule"), POSITIVE)
def test_each_construction_is_reported_with_its_speaker(
    extractor: Extractor, lang: str, text: str, content: str, speaker: str, rule: str
) -> None:
    found = statements(reporting(extractor, lang).extract(text))
    hits = [f for f in found if f[0].startswith(content)]
    assert hits, found
    assert hits[0][1] == speaker and hits[0][2] == rule, hits


@pytest.mark.parametrize(("lang", "text"), NEGATIVE)
def test_look_alikes_are_not_reported(extractor: Extractor, lang: str, text: str) -> None:
    assert statements(reporting(extractor, lang).extract(text)) == []


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
    # ``X is expected to …``: who expects it goes unnamed; the bridge is what is expected of
    found = statements(reporting(extractor, "en").extract("The bridge is expected to open to traffic next spring."))
    assert [(f[0], f[1]) for f in found] == [("to open to traffic next spring.", None)]
