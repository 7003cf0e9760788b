"""English content that ends before a quotation's tag (issue 12, rep29d): ``When the mayor said [the bridge was safe
again], a neighbour shouted, "Prove it!"``. After a fronted clause that reports, the narrator's main clause tags a
quotation; the parse hangs it inside the content, so the content would run into the quotation (a mixed statement
PolNeAR does not have).

End to end on the shared models. Each positive case names the content the statement must be; each negative case
has a comma and a clause without a quotation after it, or a comma inside a quotation's closing mark, where the
content runs on as before.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

# (text, content)
POSITIVE: list[tuple[str, str]] = [
    ('When the mayor said the bridge was safe again, a neighbour shouted, "Prove it!"', "the bridge was safe again"),
    (
        'After the senator argued that the tax was unfair, the governor replied: "We will see about that."',
        "the tax was unfair",
    ),
]

# (text, the content, which runs on past the comma)
NEGATIVE: list[tuple[str, str]] = [
    # no quotation after the second clause: PolNeAR's content runs to the sentence end as often as not
    (
        "The mayor said the bridge was safe again, the engineers had checked it and traffic would resume.",
        "the bridge was safe again, the engineers had checked it and traffic would resume.",
    ),
]


@pytest.mark.parametrize(("text", "content"), POSITIVE)
def test_content_ends_before_a_clause_that_tags_a_quotation(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert content in [f[0] for f in found], found
    assert not [f for f in found if f[0].startswith(content) and f[0] != content], found


@pytest.mark.parametrize(("text", "content"), NEGATIVE)
def test_content_runs_on_past_a_clause_without_a_quotation(extractor: Extractor, text: str, content: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert content in [f[0] for f in found], found
