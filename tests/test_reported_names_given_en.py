"""English names and reputations given (issue 12, fr27): ``contests known as [Super Tuesday]``, ``his jet, often
referred to as [Trump Force One]``. PolNeAR marks the ``as`` phrase of a naming verb's past participle as a statement
without a source.

End to end on the shared models. Each passage opens with a quotation, so that the next sentence is parsed (section 3
of docs/attribution.md: a sentence near a quotation). Each positive case names the content and the speaker as written
(None: no source); each negative case has a naming verb without an ``as`` phrase, a present participle, or a name in
quotation marks.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RULE = "indirect_name_given"
OPENER = "“It was a long night,” the coach said. "

# (text after the opener, content, speaker as written)
POSITIVE: list[tuple[str, str, str | None]] = [
    ("The race is part of a series of contests known as the Triple Crown.", "the Triple Crown", None),
    ("Her old van, often referred to as the Blue Whale, broke down again.", "the Blue Whale", None),
]

NEGATIVE: list[str] = [
    # no ``as`` phrase: a reputation for something, no name
    "The mayor is known for his temper.",
    # a present participle: the speaker's own reference to a topic
    "He was referring to the new tax.",
    # the name in quotation marks: a quotation the quote rules report
    "The leak came from a hacker known as “Guccifer.”",
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_name_given_reports_its_as_phrase(extractor: Extractor, text: str, content: str, speaker: str | None) -> None:
    found = statements(reporting(extractor, "en").extract(OPENER + text))
    hits = [f for f in found if f[2] == RULE]
    assert hits and hits[0][0] == content, found
    assert hits[0][1] == speaker, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_name_given_without_an_as_phrase_or_in_marks(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(OPENER + text))
    assert not [f for f in found if f[2] == RULE], found
