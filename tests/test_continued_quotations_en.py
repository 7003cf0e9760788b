"""Direct quotations that are a fragment of a longer clause are the mixed statement they belong to, in English
(issue 12, mk27), as PolNeAR marks them:

- the clause goes on after the closing mark with a preposition, coordinator or subordinator: ``["We have three
  weeks to go" until the Iowa caucuses], said Tyler``;
- a subordinator earlier in the sentence opened the clause the quotation finishes: ``argued [that it would be
  better …, "because …"]``.

Not a quotation with its own punctuation before the tag, a continuation that is a speech act of its own, a
quotation nobody is found to have said, a quotation going on after its interrupting tag, or German (SpkAtt marks
the quotation, :attr:`~quotekit.lang.profile.LanguageProfile.fragment_quotes`).

End to end on the shared models; each positive case has a negative beside it.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import kinds_and_texts as _quotes

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        (
            '"We have three weeks to go" until the Iowa caucuses, said Rick Tyler, a spokesman for the campaign.',
            '"We have three weeks to go" until the Iowa caucuses',
        ),
        (
            '"This will be a challenge" for the governor, said Madeleine Kunin.',
            '"This will be a challenge" for the governor',
        ),
    ],
)
def test_clause_going_on_after_the_mark_is_the_statement(extractor: Extractor, text: str, statement: str) -> None:
    found = _quotes(extractor, "en", text)
    assert found == [("mixed", statement)], found


def test_quotation_with_its_own_comma_stays_direct(extractor: Extractor) -> None:
    found = _quotes(extractor, "en", '"We have three weeks to go," said Rick Tyler, a spokesman for the campaign.')
    assert found == [("direct", "We have three weeks to go,")], found


def test_continuation_with_a_speech_verb_is_another_act(extractor: Extractor) -> None:
    # ``and Pooh said nothing`` is a speech act of its own, not the quotation's clause
    found = _quotes(extractor, "en", '"We have three weeks to go" and Pooh said nothing, Rick Tyler told reporters.')
    assert ("direct", "We have three weeks to go") in found, found


def test_quotation_nobody_said_stays_direct(extractor: Extractor) -> None:
    # a headline in marks: no speaker, so no statement of anyone's
    found = _quotes(extractor, "en", '"Carnage on the road" in the southern city of Nice.')
    assert found == [("direct", "Carnage on the road")], found


def test_german_keeps_the_quotation(extractor: Extractor) -> None:
    found = _quotes(extractor, "de", "„Wir haben noch drei Wochen“ bis zur Wahl, sagte der Sprecher Rick Tyler.")
    assert found == [("direct", "Wir haben noch drei Wochen")], found


def test_quotation_finishing_a_subordinate_clause_is_its_statement(extractor: Extractor) -> None:
    text = (
        "The senator argued that it would be better to wait until the spring, "
        '"because the money will not be there before May."'
    )
    found = _quotes(extractor, "en", text)
    statement = 'that it would be better to wait until the spring, "because the money will not be there before May."'
    assert found == [("mixed", statement)], found


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        # the subordinator belongs to the tag of the quotation before it: the quotation goes on
        (
            '"I am tired," said Rabbit, as he sharpened his pencil, "because the adventure would be impossible."',
            "because the adventure would be impossible.",
        ),
        # a speech verb between the subordinate clause and the quotation: the tag introduces it
        (
            'If the bill passes, the mayor said, "taxes will go up for everyone in the city."',
            "taxes will go up for everyone in the city.",
        ),
    ],
)
def test_quotation_after_its_tag_stays_direct(extractor: Extractor, text: str, quotation: str) -> None:
    found = _quotes(extractor, "en", text)
    assert ("direct", quotation) in found, found
    assert not [k for k, _ in found if k == "mixed"], found
