"""Where English reported content ends (issue 12, rep28a). A second report after it: ``said A and predicted that
B`` is two statements of one speaker, which PolNeAR annotates apart; ``said A and that B`` is one. A speech act's
object runs on past the phrase the parse gives it, to the next punctuation mark or clause link.

End to end on the shared models. Each positive case names the content(s) and, for two statements, the speaker
both share; each negative case has a coordination or subordinator that the content does not run over (or, for
``and that``, does).
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

# (text, first content, second content, speaker as written)
POSITIVE: list[tuple[str, str, str, str]] = [
    (
        "The governor told reporters that the budget was balanced and predicted that revenue would rise next year.",
        "the budget was balanced",
        "revenue would rise next year",
        "The governor",
    ),
    (
        "The engineer noted that the bridge had been closed for a month and asked whether the city could afford "
        "the repairs.",
        "the bridge had been closed for a month",
        "the city could afford the repairs",
        "The engineer",
    ),
    (
        "The coach said his team had played well but warned that the season would be long.",
        "his team had played well",
        "the season would be long",
        "The coach",
    ),
]

# (text, the one content, which runs on over the coordination)
NEGATIVE: list[tuple[str, str]] = [
    # a second that-clause of the same verb: PolNeAR keeps it in one statement
    ("The minister said the talks had failed and that a strike was likely.", "the talks had failed and that"),
    # a coordinated verb that reports nothing
    (
        "The mayor said the bridge would reopen in May and thanked the workers for their patience.",
        "the bridge would reopen in May and",
    ),
]


@pytest.mark.parametrize(("text", "first", "second", "speaker"), POSITIVE)
def test_a_coordinated_speech_verb_inside_the_content_opens_a_second_statement(
    extractor: Extractor, text: str, first: str, second: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    contents = [f[0].rstrip(". ") for f in found]
    assert first in contents and second in contents, found
    assert all(f[1] == speaker and f[2] == "indirect_that_clause" for f in found), found


@pytest.mark.parametrize(("text", "content"), NEGATIVE)
def test_a_coordination_without_a_speech_verb_stays_in_one_statement(
    extractor: Extractor, text: str, content: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert len(found) == 1 and found[0][0].startswith(content), found


# (text, the object as reported): the words after the parsed object run on to the next break
ACT_RUNS_ON: list[tuple[str, str]] = [
    # a relative clause without a pronoun, which the parse hangs on the verb
    (
        "The governor criticized the dire situation the city is facing in the budget talks.",
        "the dire situation the city is facing in the budget talks",
    ),
    # a plural possessive: the apostrophe joins the name to its noun
    ("The mayor denounced Sanders' tax plan on Monday.", "Sanders' tax plan on Monday"),
    # an infinitive on the object's noun
    (
        "The candidate blamed the media for their failure to cover the campaign.",
        "the media for their failure to cover the campaign",
    ),
]

# (text, the object as reported): a coordinator or subordinator ends the object
ACT_STOPS: list[tuple[str, str]] = [
    ("The senator criticized the plan and praised the workers.", "the plan"),
    ("The council criticized Trump's remarks when the billionaire came to town.", "Trump's remarks"),
]


@pytest.mark.parametrize(("text", "content"), ACT_RUNS_ON)
def test_a_speech_act_object_runs_on_to_the_next_break(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [(content, "indirect_speech_act")] == [(f[0], f[2]) for f in found], found


@pytest.mark.parametrize(("text", "content"), ACT_STOPS)
def test_a_speech_act_object_stops_at_a_clause_link(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert found and found[0][0] == content and found[0][2] == "indirect_speech_act", found
