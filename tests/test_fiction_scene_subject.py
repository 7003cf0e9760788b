"""Who the narration before a ``he``/``she`` tag is about (issue 15, PDNC anaphoric tags): the subject of a
subordinate clause after its verb (``… believed Anne had made Diana drunk``, ``… as Mrs. Rachel expected``) gives
way to a main clause's subject of the gender earlier in its paragraph; with none there it is still the scene's.
Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import name_at as _name

# Mrs. Grey is what the paragraph's main clauses follow; Clara is only the subject of what she believes.
MAIN_THEN_COMPLEMENT = (
    '"Good evening," said Clara Dunn, and she knocked again.\n\n'
    "Mrs. Grey opened the door slowly. Mrs. Grey was a woman of strong opinions, and she firmly believed "
    "that Clara had broken the window.\n\n"
    '"What do you want here?" she said coldly.\n'
)

# The same subordinate subject with no main-clause subject of her gender in its paragraph: the scene's still.
COMPLEMENT_ALONE = (
    '"Good evening," said Mrs. Grey, and she went back to her sewing.\n\n'
    "The door opened slowly, and everybody in the room believed that Clara had broken the window.\n\n"
    '"I did not do it," she said quietly.\n'
)


@pytest.mark.models
def test_a_main_subject_outranks_a_later_subordinate_one(extractor: Extractor) -> None:
    assert _name(extractor.extract(MAIN_THEN_COMPLEMENT), "What do you want") == "Grey"


@pytest.mark.models
def test_a_subordinate_subject_alone_in_its_paragraph_is_the_scenes(extractor: Extractor) -> None:
    assert _name(extractor.extract(COMPLEMENT_ALONE), "I did not do it") == "Clara"


# A man the narration names without a title or a known first name (his gender unknown) acts in the paragraph
# right before a ``he`` tag, and tags turns of his own later: he is the ``he``, not the titled man named earlier.
BEAT_BY_A_SPEAKER = (
    "The master of the house, Mr. Bartholomew Carver, sat by the table, stiff and cold. "
    "By his hand there lay a stick with a stone head, and a torn sheet of paper.\n\n"
    "Pemberton glanced at it, and then handed it to me.\n\n"
    '"You see," he said, with a significant raising of the eyebrows.\n\n'
    '"What does it mean?" I asked.\n\n'
    '"It means murder," said Pemberton, bending over the dead man.\n\n'
    '"Murder!" cried I.\n\n'
    '"Murder, and a clever one," said Pemberton.\n\n'
    '"Then we must send for the police," said I.\n'
)

# The same name, never a tag's: nothing says it is a person.
BEAT_BY_A_NON_SPEAKER = BEAT_BY_A_SPEAKER.replace("said Pemberton, bending", "he said, bending").replace(
    "said Pemberton.", "he said."
)

# The same speaker acting two paragraphs before the tag: a scene the narration moved on from.
BEAT_FURTHER_BACK = BEAT_BY_A_SPEAKER.replace("handed it to me.\n\n", "handed it to me.\n\nThe room was silent.\n\n")


@pytest.mark.models
def test_a_speaker_of_unknown_gender_acting_right_before_is_the_he(extractor: Extractor) -> None:
    assert _name(extractor.extract(BEAT_BY_A_SPEAKER), "You see") == "Pemberton"


@pytest.mark.models
def test_a_name_that_never_tags_a_quotation_is_not(extractor: Extractor) -> None:
    assert _name(extractor.extract(BEAT_BY_A_NON_SPEAKER), "You see") != "Pemberton"


@pytest.mark.models
def test_a_speaker_acting_further_back_is_not(extractor: Extractor) -> None:
    assert _name(extractor.extract(BEAT_FURTHER_BACK), "You see") != "Pemberton"
