"""English impressions outside the main clause (issue 12, rep31): ``One policy that Trump seems [to understand]``,
``because the mayor appears [to be losing ground]``, ``a change that was seen [as an attempt to …]``. PolNeAR marks
the to-infinitive or ``that`` clause of a verb of seeming, and the ``as`` phrase of a passive verb of perceiving, in a
relative or adverbial clause as an impression without a source, as rule 14a does in a main clause.

End to end on the shared models. Each positive case names the content the statement must be and the rule (no
speaker); each negative case has a verb of seeming whose complement is a ``like`` phrase (a description of the
narrator's), or that stands in a clause telling when something happened, after an empty subject or in a main clause
(the impression rule's, not this one's).
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RULE = "indirect_subordinate_impression"

# (text, content)
POSITIVE: list[tuple[str, str]] = [
    # a verb of seeming in a relative clause
    ("The council chose a plan that the mayor seemed to support in public.", "to support in public"),
    # in an adverbial clause
    (
        "The council delayed the vote because the mayor appeared to be losing ground with voters.",
        "to be losing ground with voters",
    ),
    # a passive verb of perceiving in a relative clause and in an adverbial clause: its ``as`` phrase
    (
        "The council passed a new tax on farms, which was widely seen as a burden on small growers.",
        "as a burden on small growers",
    ),
    (
        "Her poll numbers rose after she was portrayed as a fighter for working families.",
        "as a fighter for working families",
    ),
]

NEGATIVE: list[str] = [
    # ``seem like`` in an adverbial clause: the narrator's description
    "Many voters forgive the senator because he does not seem like the other people in politics.",
    # a clause that tells when something happened: the narrator's scene
    "The crowd cheered when the mayor appeared to trip on the stage.",
    # an empty subject: the writer's hedge
    "The council delayed the vote because it seems that nobody read the report.",
    # a main clause: the impression rule reports it
    "The mayor seemed to be losing ground with voters.",
]


@pytest.mark.parametrize(("text", "content"), POSITIVE)
def test_seeming_in_a_subordinate_clause_reports_its_complement(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    hits = [f for f in found if f[2] == RULE]
    assert hits and hits[0][0] == content, found
    assert hits[0][1] is None, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_seeming_like_an_empty_subject_or_a_main_clause_is_not_this_rule(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found
