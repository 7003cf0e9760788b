"""English questions put to a speaker (issue 12, rep29d): ``Asked [whether he would run], Smith said …``, ``"…," she
said when asked [about the budget]``. PolNeAR marks the question as a statement of the unnamed asker (the reporter):
no speaker.

End to end on the shared models. Each positive case names the content the statement must be; each negative case has
an active ``asked`` with its own subject, a question that quotes its words, or no question word after the verb.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RULE = "indirect_put_question"

# (text, content)
POSITIVE: list[tuple[str, str]] = [
    # a participle opening the sentence, which the tagger calls finite; the question runs to the comma
    ("Asked whether he would run again, Smith said he had not decided.", "whether he would run again"),
    # past a ``by`` agent and a time phrase; the topic preposition is left out
    ("When asked by reporters on Tuesday about the budget, the mayor smiled.", "the budget"),
    # a passive after the quotation's tag: the question runs to the sentence end
    ('"We will see," she said when asked about the new budget plan.', "the new budget plan."),
]

NEGATIVE: list[str] = [
    # an active verb with its own subject: the asker is named (the that-clause rule reads it)
    "The reporter asked the senator about the budget before the vote.",
    # a question that quotes its words is a mixed statement
    'Asked whether the plan was "dead on arrival," the senator said nothing.',
    # no question word within reach of the participle
    "Asked repeatedly, the senator said nothing.",
]


@pytest.mark.parametrize(("text", "content"), POSITIVE)
def test_a_question_put_to_the_speaker_is_reported_without_a_source(
    extractor: Extractor, text: str, content: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    hits = [f for f in found if f[2] == RULE]
    assert hits and hits[0][0] == content, found
    assert hits[0][1] is None, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_an_active_asker_a_quoted_question_or_no_question_word_reports_nothing(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found
