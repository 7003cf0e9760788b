"""English reported speech in sentences that also hold a quotation (issue 12, rep28d): a speech act whose verb does
not tag the quotation (``praised [the new budget], calling it "…"``), content cut at a comma inside a closing mark
(``said the results were "very strong," noting that [sales rose]``), content before a coordinated speech verb that
tags a quotation (``said [he welcomed extradition] and added, "…"``).

End to end on the shared models. Each positive case names the content a statement must start with, its speaker as
written and the rule; each negative case is the same construction without the shape the rule reads.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import ExtractionResult
from reported_helpers import reporting, starting_with, statements

pytestmark = pytest.mark.models

ACT = "indirect_act_beside_quote"


def _mixed(result: ExtractionResult) -> list[str]:
    return [q.text for q in result.quotes if q.kind.value == "mixed"]


# (text, content starts with, speaker as written)
ACT_POSITIVE: list[tuple[str, str, str]] = [
    # the quotation before the act has its own tag
    ('"We will win this state," she said, citing the strong turnout in the suburbs.', "the strong turnout", "she"),
    # a participle after a comma tags the quotation after the act's object
    ('The governor praised the new budget, calling it "a fair deal for families."', "the new budget", "The governor"),
]

ACT_NEGATIVE: list[str] = [
    # the act's verb tags the quotation right after its object
    'The governor called the budget "a fair deal."',
    # a colon introduces the quotation: the act's own
    'The mayor criticized the new report: "It is a fantasy."',
]


@pytest.mark.parametrize(("text", "content", "speaker"), ACT_POSITIVE)
def test_a_speech_act_beside_a_quotation_it_does_not_tag_is_reported(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker and hits[0][2] == ACT, hits


@pytest.mark.parametrize("text", ACT_NEGATIVE)
def test_a_speech_act_that_tags_its_quotation_is_not_reported_beside_it(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == ACT], found


@pytest.fixture
def en(extractor: Extractor) -> Extractor:
    return reporting(extractor, "en")


def test_a_speech_participle_after_a_comma_inside_the_marks_starts_a_statement_of_its_own(en: Extractor) -> None:
    result = en.extract('The company said the results were "very strong," noting that sales rose in every region.')
    # the first content ends with the quotation, marks included, so the fragment is not reported again beside it
    assert _mixed(result) == ['the results were "very strong,"'], result.quotes
    # the participle's content, spoken by the subject of the verb whose content the parse hung it on
    assert ("sales rose in every region.", "The company", "indirect_that_clause") in statements(result)


def test_a_participle_that_does_not_speak_stays_in_the_content(en: Extractor) -> None:
    result = en.extract('She said the company was "doing fine," hiring workers every month.')
    assert any("hiring workers" in m for m in _mixed(result)), result.quotes


def test_a_quoted_fragment_statement_ends_before_a_speech_participle(en: Extractor) -> None:
    text = 'The senator stressed that "the way forward is to work together," suggesting that the bill could pass.'
    mixed = _mixed(en.extract(text))
    assert mixed and not any("suggesting" in m for m in mixed), mixed


def test_content_ends_before_a_coordinated_speech_verb_that_tags_a_quotation(en: Extractor) -> None:
    found = statements(en.extract('Lazar said he welcomed extradition to the United States and added, "I will plead."'))
    assert ("he welcomed extradition to the United States", "Lazar", "indirect_that_clause") in found, found


def test_a_coordinated_verb_that_does_not_speak_stays_in_the_content(en: Extractor) -> None:
    mixed = _mixed(en.extract('He said the firm hired new staff and opened an office in "the heart of the city."'))
    assert any("opened an office" in m for m in mixed), mixed
