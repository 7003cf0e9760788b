"""A poll's or record's finding read by surface order (issue 12; ``indirect_surface_finding``): where the compact
parse breaks the subject or the verb (``survey`` tagged an adjective, ``polling`` a verb, the verb hung on a date),
the finding rule sees no evidence subject, and the word order still shows one. End to end on the shared models;
positive and negative cases."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

RULE = "indirect_surface_finding"
LEAD = "The campaign entered its final week.\n\n"

# (sentence, content as reported, a word of the speaker)
POSITIVE = [
    # the tagger calls ``survey`` an adjective, so the parse has no evidence subject
    (
        "But the survey shows only a narrow gap between the two parties.",
        "only a narrow gap between the two parties.",
        "survey",
    ),
    # ``polling`` tagged a verb, ``shows`` a noun
    (
        "Exit polling shows she won most voters under 40 in the county.",
        "she won most voters under 40 in the county.",
        "polling",
    ),
    # a participle on the noun that the tagger calls finite (``published``) stands between noun and verb
    (
        "The audit published Friday showed that during the last three years, most contracts went to donors.",
        "during the last three years, most contracts went to donors.",
        "audit",
    ),
    # an ``-ing`` form after the noun: the finding is its object, up to the comma that closes the fronted adverbial
    (
        "Despite new polls showing the mayor far behind his rival, the campaign bought more ads.",
        "the mayor far behind his rival",
        "polls",
    ),
]

NEGATIVE = [
    # the noun is in a fronted phrase that one comma closes: the clause's subject is someone else
    "In the latest poll, voters found the plan too expensive.",
    # the noun is in a relative clause or apposition on the subject
    "The senator, who leads in every poll, found a way to win the rural counties.",
    "The governor, a critic of every poll, found the numbers hard to believe.",
    # a passive participle and an infinitive: no finding of the noun before
    "Copies of the survey were found in a locked cabinet at the city hall.",
    "The campaign released the poll to show its strength among young voters.",
    # a relative gap: the finding is the clause around it
    "What the polls show is a race that remains very close.",
    # a second clause after a comma has its own subject
    "The poll numbers stayed flat, and the candidate showed little interest in the debate.",
]


@pytest.mark.models
@pytest.mark.parametrize(("sentence", "content", "speaker"), POSITIVE)
def test_a_finding_whose_parse_broke_is_read_by_word_order(
    extractor: Extractor, sentence: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(LEAD + sentence))
    hits = [f for f in found if f[2] == RULE]
    assert [h[0] for h in hits] == [content], found
    assert hits[0][1] is not None and speaker in hits[0][1], hits


@pytest.mark.models
@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_finding_without_an_evidence_subject_before_a_finite_verb(extractor: Extractor, sentence: str) -> None:
    found = statements(reporting(extractor, "en").extract(LEAD + sentence))
    assert not [f for f in found if f[2] == RULE], found
