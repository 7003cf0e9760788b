"""English impressions outside the main clause (issue 12, rep31): ``One policy that Trump seems [to understand]``,
``because the mayor appears [to be losing ground]``. PolNeAR marks the to-infinitive or ``that`` clause of a verb of
seeming in a relative or adverbial clause as an impression without a source, as rule 14a does in a main clause.

End to end on the shared models. Each positive case names the content the statement must be and the rule (no
speaker); each negative case has a verb of seeming there whose complement is a ``like`` phrase (a description of the
narrator's), an empty subject, or a main clause (the impression rule's, not this one's).
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RULE = "indirect_subordinate_impression"

# (text, content)
POSITIVE: list[tuple[str, str]] = [
    # a relative clause
    ("One policy that the governor seems to understand better than his rivals is trade.", "to understand better than his rivals"),
    # an adverbial clause
    (
        "The council delayed the vote because the mayor appeared to be losing ground with voters.",
        "to be losing ground with voters",
    ),
]

NEGATIVE: list[str] = [
    # ``seem like`` in an adverbial clause: the narrator's description
    "Many voters forgive the senator because he does not seem like the other people in politics.",
    # an empty subject: the writer's hedge
    "The council delayed the vote because it seems that nobody read the report.",
    # a main clause: the impression rule reports it
    "The mayor seemed to be losing ground with voters.",
]


@pytest.mark.parametrize(("text", "content"), POSITIVE)
def test_seeming_in_a_subordinate_clause_reports_its_complement(
    extractor: Extractor, text: str, content: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    hits = [f for f in found if f[2] == RULE]
    assert hits and hits[0][0] == content, found
    assert hits[0][1] is None, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_seeming_like_an_empty_subject_or_a_main_clause_is_not_this_rule(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found
