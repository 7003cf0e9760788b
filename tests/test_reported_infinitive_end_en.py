"""Where an English ``to``-infinitive content ends (issue 12, bl27): at its first comma, where the narrator goes
on with a participle, an apposition on the content or a clause of its own (``promised [to sign the measure],
potentially teeing up …``), as PolNeAR marks it; not where the phrase after the comma still belongs to the
infinitive (a list, an aside closed by a second comma) or a quotation is in the content.

End to end on the shared models. Each positive case names the content as reported and its speaker; each negative
case the content, which runs on over the comma.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

# (text, content, speaker as written)
CUT: list[tuple[str, str, str]] = [
    # a participle of the narrator's
    (
        "The governor promised to sign the measure, potentially teeing up a new law by the end of the year.",
        "to sign the measure",
        "The governor",
    ),
    # a clause of the narrator's, with its own subject
    (
        "Senators hoped to pass the bill before the recess, but the vote was delayed.",
        "to pass the bill before the recess",
        "Senators",
    ),
]

# (text, the one content, which runs on over the comma)
KEPT: list[tuple[str, str]] = [
    # a list: the phrase after the comma is a conjunct of the infinitive's object
    (
        "The minister promised to talk to the unions, the employers and the students about the reform.",
        "to talk to the unions, the employers and the students about the reform",
    ),
    # an aside closed by a second comma, after which the infinitive goes on
    (
        "The company pledged to turn the old factory, a landmark of the town, into a museum.",
        "to turn the old factory, a landmark of the town, into a museum",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CUT)
def test_an_infinitive_content_ends_at_its_first_comma(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [(content, speaker, "indirect_that_clause")] == [(f[0].rstrip(". "), f[1], f[2]) for f in found], found


@pytest.mark.parametrize(("text", "content"), KEPT)
def test_an_infinitive_content_runs_on_over_a_list_or_an_aside(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [content] == [f[0].rstrip(". ") for f in found], found
