"""Who a novel's ``he``/``she`` may be (issue 15, PDNC anaphoric tags): the pronoun of ``said I.``, which the
tokenizer keeps with its full stop, is no name; a name of unknown gender that never acts, speaks or is spoken to
(``in Derbyshire``, ``towards the Arno``) is no ``he``; and a name that opens a clause after ``, but`` in narration
left unparsed is that clause's subject. Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import ExtractionResult, MentionKind, Quote


def _quote(result: ExtractionResult, start: str) -> Quote:
    return next(q for q in result.quotes if q.text.startswith(start))


def _name(result: ExtractionResult, start: str) -> str | None:
    q = _quote(result, start)
    return q.speaker.name if q.speaker is not None else None


# ``said I.`` closes its paragraph: the tokenizer reads ``I.`` as an initial and the tagger as a proper noun.
NARRATOR_THEN_HE = (
    "Mr. Jones drank off his glass and set it down.\n\n"
    '"It is a very dark case, and my credit is at stake."\n\n'
    '"We all need help sometimes," said I.\n\n'
    '"Your friend is a wonderful man, sir," said he, in a husky voice.\n'
)


@pytest.mark.models
def test_said_i_with_its_full_stop_is_the_pronoun(extractor: Extractor) -> None:
    result = extractor.extract(NARRATOR_THEN_HE)
    me = _quote(result, "We all need")
    assert me.speaker is not None and me.speaker.mention_kind == MentionKind.PRONOUN
    # the next ``he`` is not the narrator taken for a man named ``I.``
    assert _name(result, "Your friend") == "Jones"


@pytest.mark.models
def test_an_initial_inside_a_name_stays_in_the_name(extractor: Extractor) -> None:
    result = extractor.extract('"The case is closed," said James I. Carter.\n')
    q = result.quotes[0]
    # a name, not the pronoun ``I`` (the parse hangs ``I. Carter`` off ``James``, so the name shown is ``James``)
    assert q.speaker is not None and q.speaker.mention_kind == MentionKind.NAME
    assert q.speaker.name.startswith("James")


# Places in an object and a prepositional phrase of a parsed sentence before the pronoun (the tag's sentence parses
# them as candidates), the man named a few lines after it.
PLACES_THEN_NAME = (
    'The coach had left Pemberley at noon, and the road to Lambton was long and dusty. "We shall be at Lambton by '
    'dark," the coachman called down.\n\n'
    '"I never thought to see this valley again," he said.\n\n'
    "Mr. Ashby looked out at the hills and said nothing more for an hour.\n"
)


@pytest.mark.models
def test_a_place_that_never_acts_is_no_he(extractor: Extractor) -> None:
    result = extractor.extract(PLACES_THEN_NAME)
    assert _name(result, "I never thought") == "Ashby"


# A name of unknown gender spoken to in an object there, which the narration makes act later: a character.
OBJECT_THEN_ACTS = PLACES_THEN_NAME.replace("called down.", "called down to Brandon.").replace(
    "Mr. Ashby looked", "Brandon looked"
)


@pytest.mark.models
def test_a_name_that_acts_elsewhere_stays_a_candidate(extractor: Extractor) -> None:
    result = extractor.extract(OBJECT_THEN_ACTS)
    assert _name(result, "I never thought") == "Brandon"


# ``, but Mrs. Miller was …``: the clause after the coordinator is about Mrs. Miller, the ``she`` of the tag.
COORDINATED_SUBJECT = (
    "When the evening was over the guests began to leave, one by one, and the rooms grew quiet again. "
    "Daisy turned very pale and looked at the door, but Mrs. Miller was humbly unconscious of anything amiss. "
    'She appeared, indeed, to be pleased with the evening. "Good night, Mrs. Walker," she said; '
    '"we have had a beautiful evening."\n'
)

# No coordinator: Mrs. Miller is only looked at, and the scene is Daisy's.
OBJECT_ONLY = COORDINATED_SUBJECT.replace(
    "looked at the door, but Mrs. Miller was humbly unconscious of anything amiss.",
    "looked at Mrs. Miller, humbly unconscious of anything amiss.",
)


@pytest.mark.models
def test_a_name_after_but_opens_its_clause(extractor: Extractor) -> None:
    assert _name(extractor.extract(COORDINATED_SUBJECT), "Good night") == "Miller"


@pytest.mark.models
def test_a_name_in_an_object_does_not(extractor: Extractor) -> None:
    assert _name(extractor.extract(OBJECT_ONLY), "Good night") != "Miller"
