"""Clauses the narrator reports as hearsay (issue 12, up27): ``[The Club for Growth is] reportedly [spending …]``
(``hearsay_adverb`` rows of ``function_words.tsv``, rule ``indirect_hearsay``): two pieces around the adverb, no
source. The sentences hold no cue word, so these also check that the selection parses them. End to end on the
shared models; positive and negative."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import of_rule

# (text, first piece, second piece)
POSITIVE = [
    (
        "The Club for Growth is reportedly spending $1.5 million on television advertisements.",
        "The Club for Growth is",
        "spending $1.5 million on television advertisements",
    ),
    # the second piece ends at the clause's first comma
    (
        "In total, the hackers have reportedly infiltrated more than 100 party officials, leaving many fearful.",
        "the hackers have",
        "infiltrated more than 100 party officials",
    ),
    (
        "The former governor allegedly accepted gifts from a businessman.",
        "The former governor",
        "accepted gifts from a businessman",
    ),
]

NEGATIVE = [
    # a relative clause without its pronoun
    "The police found the gun he allegedly used in the shooting.",
    # inside a quotation
    '"The company is reportedly losing money," she said.',
    # no subject before the adverb
    "Reportedly, the talks collapsed on Friday.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "first", "second"), POSITIVE)
def test_hearsay_reports_two_pieces_without_a_source(extractor: Extractor, text: str, first: str, second: str) -> None:
    found = of_rule(extractor, "en", text, "indirect_hearsay")
    assert [f[0].rstrip(".") for f in found] == [first, second], found
    assert all(f[1] is None for f in found), found


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_hearsay_outside_a_main_clause_of_the_narrator_reports_nothing(extractor: Extractor, text: str) -> None:
    assert of_rule(extractor, "en", text, "indirect_hearsay") == []
