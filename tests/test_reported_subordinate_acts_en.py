"""English speech acts without a content clause inside an adverbial clause (issue 12, rep27): ``while the mayor
described [its costs]``, ``since he denounced [the union leaders]``, ``by denouncing [the tax increase]``.

End to end on the shared models. Each positive case names the content the statement must start with, its speaker as
written and the rule; each negative case has such a clause that is no act reported (a condition, or a sentence with a
quotation, where the speech verb mostly tags it).
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, starting_with, statements

pytestmark = pytest.mark.models

RULE = "indirect_subordinate_act"

# (text, content starts with, speaker as written)
POSITIVE: list[tuple[str, str, str]] = [
    # a subordinator with the clause's own subject
    ("The council voted on the plan while the mayor described its costs to reporters.", "its costs", "the mayor"),
    ("The senator has struggled in the polls since he denounced the union leaders.", "the union leaders", "he"),
    # a preposition before an -ing clause: the main clause's subject is the speaker
    ("Critics have gained ground by denouncing the tax increase on small farms.", "the tax increase", "Critics"),
    # the parse gives the main verb two subjects: the one nearer the verb speaks, not the fronted ``like`` phrase
    (
        "And, like Trump, they have played to a distrustful electorate by criticizing the fact-checkers.",
        "the fact-checkers",
        "they",
    ),
]

NEGATIVE: list[str] = [
    # a condition: no act that took place
    "If you are criticizing the plan, you should offer another one.",
    # a sentence with a quotation: left to the quotation rules
    'While the mayor described the plan, a man shouted, "No more taxes!"',
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_speech_act_in_an_adverbial_clause_is_reported(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker and hits[0][2] == RULE, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_a_condition_or_a_quotation_sentence_reports_no_subordinate_act(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found
