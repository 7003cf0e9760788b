"""Reported speech the selection used to leave unparsed (issue 12): speech acts of criticism, praise and refusal.
End to end on the shared models; positive and negative cases."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

# (text, content starts with, speaker as written, rule)
POSITIVE = [
    # refusal with its to-infinitive, and speech acts on an object
    (
        "Senator Toomey refused to campaign alongside the governor.",
        "to campaign alongside",
        "Senator Toomey",
        "indirect_that_clause",
    ),
    ("Joe Biden mocked the Republican candidates at the rally.", "the Republican candidates", "Joe Biden", None),
    ("The union leaders denounced the new contract for its low wages.", "the new contract", "The union leaders", None),
]

NEGATIVE = [
    # ``as opposed to`` compares, it reports nothing
    "Immigration stayed at 16,000 a year, as opposed to the average of 80,000.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker", "rule"), POSITIVE)
def test_a_report_outside_the_old_selection_is_found(
    extractor: Extractor, text: str, content: str, speaker: str, rule: str | None
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    hits = [f for f in found if f[0].startswith(content)]
    assert hits, found
    assert hits[0][1] == speaker, hits
    assert rule is None or hits[0][2] == rule, hits


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_a_look_alike_is_not_reported(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "en").extract(text)) == []
