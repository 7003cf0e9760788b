"""English refusals (issue 12, rep28b): ``The campaign declined [to comment]``, ``Trump refused [to endorse] Ryan``.
PolNeAR marks a refusal verb's ``to``-infinitive as its subject's statement.

End to end on the shared models. Each positive case names the content the statement must be, its speaker as written
and the rule; each negative case has a refusal verb without such an infinitive, or one inside a quotation. The forms of
``decline`` are report markers, so their sentences are parsed (tests/test_selection_rule_words_en.py has one without
a speech verb); ``refuse`` is a belief cue, so the that-clause rule reports its infinitive first where the parse hangs
it on the verb.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RULE = "indirect_refusal"

# (text, content, speaker as written)
POSITIVE: list[tuple[str, str, str | None]] = [
    ("The city council declined to comment.", "to comment", "The city council"),
    ("A spokeswoman for the mayor declined to comment for this article.", "to comment for this article", None),
    # a relative pronoun's antecedent refuses; the infinitive stops before the clause coordinated with it
    (
        "A longtime adviser, who declined to be identified and is not on the staff, praised the budget.",
        "to be identified",
        "A longtime adviser",
    ),
    # a verb without a subject of its own: the subject of the verb it is coordinated with
    (
        "The two senators met in the hall but declined to discuss the trade agreement.",
        "to discuss the trade agreement",
        "The two senators",
    ),
]

NEGATIVE: list[str] = [
    # no infinitive: a fall in numbers, or an offer turned down (the speech verb after has the sentence parsed)
    "Car sales declined sharply last year before the minister spoke.",
    "The company declined the offer after the minister spoke.",
    # ``to`` opening a phrase, not an infinitive
    "Prices declined to a record low before the minister spoke.",
    # inside a quotation: the speaker's own words, which the quotation rules report
    "“We refuse to give up on this town,” the mayor said.",
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_refusal_reports_its_infinitive(extractor: Extractor, text: str, content: str, speaker: str | None) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    hits = [f for f in found if f[2] == RULE]
    assert hits and hits[0][0] == content, found
    if speaker is not None:
        assert hits[0][1] == speaker, hits
    else:
        assert hits[0][1] is not None, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_a_refusal_without_an_infinitive_or_in_a_quotation_reports_nothing(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found
