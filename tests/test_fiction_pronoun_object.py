"""Which of two characters of one gender a ``he``/``she`` tag means (issue 15, PDNC anaphoric tags):

- the latest name of the narration before the tag, of the tag's gender, is the object of a ``she`` written before
  it (``she stood before Mrs. Kemp``): the narration is about that ``she``, and the tag goes on with her, not with
  the name;
- a turn whose tag holds an abbreviated title (``exclaimed Mr. Moss, mopping his brow``) still ends its paragraph,
  so its speaker is not the next turn's ``he``.

Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.attribution.resolution import _narration_after
from speaker_helpers import name_at as _name

# Mrs. Kemp is only what the woman of the narration (in the tag's own paragraph) stands before: the ``she``
# of the tag is that woman, Hester.
OBJECT_OF_SHE = (
    '"Thank you," said Hester, and she closed the door behind her.\n\n'
    '"Sit down, child," said Mrs. Kemp, and she pointed at a chair.\n\n'
    "With one bound she crossed the kitchen floor and stood before Mrs. Kemp, trembling from head to foot. "
    '"I hate you," she cried in a choked voice.\n'
)

# The same narration with Mrs. Kemp as its subject: the scene is about her, and the tag is hers.
SUBJECT_NAME = OBJECT_OF_SHE.replace(
    "With one bound she crossed the kitchen floor and stood before Mrs. Kemp, trembling from head to foot.",
    "Mrs. Kemp crossed the kitchen floor and stood before the fire, trembling from head to foot.",
)

# A name written before its pronoun (``As for Mrs. Kemp, she …``) may be that pronoun: she still speaks.
NAME_BEFORE_PRONOUN = OBJECT_OF_SHE.replace(
    "With one bound she crossed the kitchen floor and stood before Mrs. Kemp, trembling from head to foot.",
    "As for Mrs. Kemp, she stood by the fire, trembling from head to foot.",
)

# A man is the object of the narration's ``she``: the ``he`` of the tag may still be him.
OBJECT_OF_OTHER_GENDER = (
    '"Come in, Mr. Ward," said Hester, and she put down her knitting.\n\n'
    '"Thank you," said Mr. Ward, and he closed the door behind him.\n\n'
    "She crossed the kitchen floor and stood before Mr. Ward, smiling. "
    '"You look tired," he said.\n'
)


@pytest.mark.models
def test_the_object_of_a_she_is_not_the_next_she(extractor: Extractor) -> None:
    assert _name(extractor.extract(OBJECT_OF_SHE), "I hate you") == "Hester"


@pytest.mark.models
def test_a_subject_name_is_still_the_next_she(extractor: Extractor) -> None:
    assert _name(extractor.extract(SUBJECT_NAME), "I hate you") == "Kemp"


@pytest.mark.models
def test_a_name_before_its_pronoun_is_still_the_next_she(extractor: Extractor) -> None:
    assert _name(extractor.extract(NAME_BEFORE_PRONOUN), "I hate you") == "Kemp"


@pytest.mark.models
def test_the_object_of_a_she_may_be_the_next_he(extractor: Extractor) -> None:
    assert _name(extractor.extract(OBJECT_OF_OTHER_GENDER), "You look tired") == "Ward"


# Freddy calls, Mr. Moss answers with a beat inside his tag, then ``he added``: the other party, Freddy.
TITLED_TAG_WITH_BEAT = (
    '"Is it far?" asked Mr. Moss.\n\n'
    '"Not very far," said Freddy, and he walked on up the hill.\n\n'
    '"I am glad of it," said Mr. Moss.\n\n'
    '"Here we are!" called Freddy.\n\n'
    '"Oh, good!" exclaimed Mr. Moss, mopping his brow.\n\n'
    '"In there is the pond. I wish it was bigger," he added.\n'
)

# Narration after the tag hands the scene on: ``he`` may again be the one who just spoke.
NARRATION_AFTER_TAG = TITLED_TAG_WITH_BEAT.replace(
    "exclaimed Mr. Moss, mopping his brow.", "exclaimed Mr. Moss. He sat down on a stone."
)


@pytest.mark.models
def test_a_titled_tag_still_ends_its_turn(extractor: Extractor) -> None:
    assert _name(extractor.extract(TITLED_TAG_WITH_BEAT), "In there is the pond") == "Freddy"


@pytest.mark.models
def test_narration_after_the_tag_hands_the_scene_on(extractor: Extractor) -> None:
    assert _name(extractor.extract(NARRATION_AFTER_TAG), "In there is the pond") == "Moss"


def test_a_title_abbreviation_ends_no_sentence() -> None:
    assert not _narration_after(" exclaimed Mr. Moss, mopping his brow.")
    assert not _narration_after(" said Dr. Watson.")
    assert _narration_after(" said Mrs. Moss. She went out.")
    assert _narration_after(" he said. Then Mr. Moss left.")
