"""English content before its source (issue 12, rep26a): a closing tag that the narrator goes on after.

End to end on the shared models. Each positive case names the content the statement must start with, its speaker as
written and the rule that finds it; each negative case looks like such a tag and is not one.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, starting_with, statements

pytestmark = pytest.mark.models


# (text, content starts with, speaker as written, rule)
POSITIVE: list[tuple[str, str, str, str]] = [
    # an inverted tag with a relative clause on its speaker, with and without a comma before it
    (
        "The county closed three schools after the storm, said Maria Lopez, who oversees the district for the state.",
        "The county closed three schools",
        "Maria Lopez",
        "indirect_tag_then_more",
    ),
    (
        "The plant will stay open until March, said a company official who has worked there for twenty years.",
        "The plant will stay open",
        "a company official",
        "indirect_tag_then_more",
    ),
    # a participle after the tag, whose quotation has a tag of its own
    (
        'Rescue crews pulled two men from the river on Sunday, the fire department said, adding, "Both are in stable '
        'condition."',
        "Rescue crews pulled two men",
        "the fire department",
        "indirect_tag_then_more",
    ),
    # a relative word whose place the speech verb's clause lacks (its subject): the word is a statement of its own
    (
        "The council missed a deadline that several officials said went unnoticed for weeks.",
        "that",
        "several officials",
        "indirect_relative_gap",
    ),
    (
        "The senator backed a bill that its sponsors say will lower drug prices.",
        "that",
        "its sponsors",
        "indirect_relative_gap",
    ),
    # a fronted -ing speech act: its object or that-clause first, its source the main clause's subject after
    (
        "After criticizing the new budget for its deep cuts to schools, the mayor left the meeting early.",
        "the new budget for its deep cuts",
        "the mayor",
        "indirect_fronted_act",
    ),
    (
        "Noting that the bridge had been closed twice this year, the engineer asked for more funding.",
        "the bridge had been closed",
        "the engineer",
        "indirect_fronted_act",
    ),
]

NEGATIVE: list[str] = [
    # a fronted adverbial before a tag that introduces a quotation: the quotation is what was said
    'Holding up a photograph, the senator said, "This man is a hero."',
    # a relative clause without a pronoun on a noun after the comma: the verb's object, not a tag
    "The council approved the budget, something the mayor has long asked for.",
]


@pytest.mark.parametrize(("text", "content", "speaker", "rule"), POSITIVE)
def test_content_before_a_closing_tag_is_reported(
    extractor: Extractor, text: str, content: str, speaker: str, rule: str
) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker and hits[0][2] == rule, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_a_closing_tag_look_alike_reports_nothing_before_it(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == "indirect_tag_then_more" or text.startswith(f[0])], found


RELATIVE_GAP_NEGATIVE: list[str] = [
    # ``that`` after a verb is a complementiser, not a relative word
    "The county newspaper also reported that roughly 1,100 names were not disclosed.",
    # after a noun that takes a clause, with a passive verb: the passive's subject, no gap and no speaker
    "The workers got word today that their demands have been answered.",
]


@pytest.mark.parametrize("text", RELATIVE_GAP_NEGATIVE)
def test_a_complementiser_is_no_relative_gap(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == "indirect_relative_gap"], found


def test_a_fronted_participle_without_an_object_reports_nothing(extractor: Extractor) -> None:
    # ``speak`` with a place and a time names no content: the senator's promise is the sentence's only report
    text = "Speaking in Florida on Tuesday, the senator promised to cut taxes."
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == "indirect_fronted_act"], found
