"""A ``she`` with nobody before it is not the woman her own turn addresses (issue 15, PDNC): the late-name search
(``pronoun_named_later``) passes over a name the pronoun's turn calls before its tag, as the search back does, and
takes the next woman. A turn that addresses someone else leaves the search as it was. Passages written for these
tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor

# The opening ``she`` calls Miss Shirley, who answers in the next turn: the speaker is the one Miss Shirley calls.
ADDRESSED_FIRST = (
    '"You will stay in this room until you confess, Miss Shirley. You can make up your mind to that," she said'
    " firmly.\n\n"
    '"But the picnic is tomorrow, Mrs. Cuthbert," cried Miss Shirley. "You will let me out for the afternoon,'
    " won't you?\"\n\n"
    '"You will not go to picnics nor anywhere else," said Mrs. Cuthbert, and she shut the door.\n'
)

# The opening turn calls someone else (Diana): the first woman named after it is still the speaker found.
ADDRESSES_ANOTHER = ADDRESSED_FIRST.replace("until you confess, Miss Shirley.", "until you confess, Diana.")


def _first(extractor: Extractor, text: str) -> tuple[str | None, tuple[str, ...]]:
    q = extractor.extract(text).quotes[0]
    return (q.speaker.name if q.speaker is not None else None), q.rules


@pytest.mark.models
def test_a_late_name_the_turn_addresses_is_passed_over(extractor: Extractor) -> None:
    name, rules = _first(extractor, ADDRESSED_FIRST)
    assert name == "Cuthbert"
    assert "pronoun_named_later" in rules


@pytest.mark.models
def test_a_turn_addressing_someone_else_keeps_the_first_late_name(extractor: Extractor) -> None:
    name, rules = _first(extractor, ADDRESSES_ANOTHER)
    assert name == "Shirley"
    assert "pronoun_named_later" in rules
