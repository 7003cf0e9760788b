"""A statement PolNeAR cuts in two pieces at its verb (issue 12): the subject before a verb of seeming or a passive
report is reported as a piece of its own, besides the complement after the verb; end to end on the shared models.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RAISED = "indirect_raised_subject"

# (text, the subject piece, the complement piece and its rule)
PIECES: list[tuple[str, str, str, str]] = [
    # a verb of seeming: the impression rule reports the complement
    ("Investors seem to agree with the new plan.", "Investors", "to agree", "indirect_impression"),
    # a two-word name the parser splits into two subjects
    ("Mr. Clinton does not seem to be relishing the fight.", "Mr. Clinton", "to be relishing", "indirect_impression"),
    # a passive verb of perceiving with its ``as`` phrase
    ("Twitter is increasingly seen as a source of news.", "Twitter", "as a source of news", "indirect_impression"),
    # a passive report with a to-infinitive: the that-clause rule reports the infinitive
    (
        "The central bank, which has held rates near zero since 2008, is expected to act in December.",
        "The central bank, which has held rates near zero since 2008",
        "to act in December",
        "indirect_that_clause",
    ),
    # a relative pronoun is the whole piece
    (
        "The ad ran during the final, which is expected to draw a large audience.",
        "which",
        "to draw a large audience",
        "indirect_that_clause",
    ),
    # a fronted clause before the comma is the narrator's, not the subject's
    (
        "While the platform matters little once a president takes office, the drafting process is seen as one way "
        "Sanders could gain concessions.",
        "the drafting process",
        "as one way Sanders could gain concessions",
        "indirect_impression",
    ),
]


@pytest.mark.parametrize(("text", "subject", "complement", "rule"), PIECES)
def test_the_subject_before_a_verb_of_seeming_or_a_passive_report_is_a_piece_of_its_own(
    extractor: Extractor, text: str, subject: str, complement: str, rule: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (subject, None, RAISED) in found, found
    # the complement has no source either: the subject is what the impression or report is about, and the noun a
    # relative pronoun stands for is no speaker
    assert any(f[0].startswith(complement) and f[1] is None and f[2] == rule for f in found), found


NOT_PIECES = [
    # an empty subject: the writer's hedge, reported by no rule
    "It seems that the talks have stalled.",
    # an active verb with a to-infinitive: the subject is the speaker, not a piece of the content
    "Sanders promised to take bold action on immigration.",
    # a bare adjective after a verb of seeming describes a state
    "The senator appeared rattled after the debate.",
    # a passive report with its agent: the agent is the source, the subject stays part of the narration
    "He had been asked by the committee to preserve the emails.",
    # a verb of seeming in a subordinate clause
    "The crowd laughed when a protester seemed to stumble on the stairs.",
]


@pytest.mark.parametrize("text", NOT_PIECES)
def test_no_subject_piece_without_a_reported_complement(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RAISED], found


# A source between commas cuts the content in two (``indirect_parenthetical``); in English the source phrase may
# run to eight words before its verb.
LONG_TAGS: list[tuple[str, str, str]] = [
    (
        "Pivoting to deficit reduction too soon, a wide array of economists say, limited the economic recovery.",
        "Pivoting to deficit reduction too soon",
        "limited the economic recovery",
    ),
    (
        "And the first step to improving his relationships, the Texas senator's closest allies say, will be to help "
        "them keep their seats.",
        "the first step to improving his relationships",
        "will be to help them keep their seats",
    ),
]


@pytest.mark.parametrize(("text", "left", "right"), LONG_TAGS)
def test_a_long_source_between_commas_cuts_the_content_in_two(
    extractor: Extractor, text: str, left: str, right: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    pieces = [f for f in found if f[2] == "indirect_parenthetical"]
    assert [p[0].rstrip(".") for p in pieces] == [left, right], found
    assert pieces[0][1] == pieces[1][1] and pieces[0][1] is not None


def test_a_long_subject_before_a_participle_is_no_parenthetical_tag(extractor: Extractor) -> None:
    # the comma after the verb opens the narrator's participle clause, not the rest of a content
    text = "In New Orleans last week, an almost continual stream of protesters interrupted a Trump event, sometimes "
    text += "dropping to the ground."
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == "indirect_parenthetical"], found
