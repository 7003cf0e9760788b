"""Pronoun tags on replies in novel dialogue (issue 15, PDNC): ``she cried`` on a turn that answers the turn right
before is the other party's, unless that turn goes on with narration. Passages written for these tests, real
parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import speaker_name

# Three exchanges of tagged turns make it a dialogue; the last reply's ``she`` has Marilla, who spoke the turn
# before, as its latest source.
REPLY = (
    "Mrs. Lynde had come over to see the orphan, and Anne stood by the stove.\n\n"
    '"So this is the orphan?" asked Mrs. Lynde.\n\n'
    '"It is," said Marilla.\n\n'
    '"She\'s terribly skinny and homely," said Mrs. Lynde.\n\n'
    '"I hate you," cried Anne.\n\n'
    '"Anne!" said Marilla.\n\n'
    '"How dare you say such things about me?" she cried.\n'
)

# The same turn followed by narration: Marilla goes on, and so may her ``she``.
AFTER_A_BEAT = REPLY.replace(
    '"Anne!" said Marilla.', '"Anne!" said Marilla. She shook her head and turned back to the stove.'
).replace('"How dare you say such things about me?" she cried.', '"You will go to your room at once," she said.')


@pytest.mark.models
def test_a_pronoun_tag_on_a_reply_is_not_the_previous_speaker(extractor: Extractor) -> None:
    assert speaker_name(extractor, REPLY, "How dare you") == "Anne"
    assert speaker_name(extractor, REPLY, "Anne!") == "Marilla"


@pytest.mark.models
def test_narration_after_the_previous_turn_keeps_its_speaker_in_reach(extractor: Extractor) -> None:
    assert speaker_name(extractor, AFTER_A_BEAT, "You will go") == "Marilla"


# An excerpt that opens mid-scene: the first ``she`` has nobody before it, and the narration names her later.
OPENS_MID_SCENE = (
    '"I never saw such a wet afternoon in all my life," she said, and pulled the curtain back.\n\n'
    '"It will clear by four," said Mr. Beebe.\n\n'
    '"You always say so," said Freddy.\n\n'
    '"And I am always right," said Mr. Beebe.\n\n'
    'Miss Lavish laughed and let the curtain fall. "Then I shall wait till four," she said.\n'
)

# The only woman named after it is the object of a clause: someone the scene brings in, not her.
NAMED_AS_OBJECT = OPENS_MID_SCENE.replace(
    "Miss Lavish laughed and let the curtain fall.", "Mr. Beebe looked at Miss Lavish and laughed."
)


@pytest.mark.models
def test_a_pronoun_with_nobody_before_it_is_the_woman_named_after_it(extractor: Extractor) -> None:
    assert speaker_name(extractor, OPENS_MID_SCENE, "I never saw") == "Lavish"


@pytest.mark.models
def test_a_name_in_an_object_after_the_pronoun_is_not_its_character(extractor: Extractor) -> None:
    assert speaker_name(extractor, NAMED_AS_OBJECT, "I never saw") == "she"


# Kin nouns: ``his wife`` after Mr. Bennet is the woman with his surname, and ``her mother`` is not the ``her``
# (Elizabeth, the scene's latest woman).
HIS_WIFE = (
    "Mr. Bennet came in from the library, and Mrs. Bennet put down her work. Kitty was coughing by the fire.\n\n"
    '"Do not keep coughing so, Kitty," said Mrs. Bennet.\n\n'
    '"Kitty has no discretion in her coughs," said Mr. Bennet.\n\n'
    '"I do not cough for my own amusement," replied Kitty.\n\n'
    '"When is your next ball to be, Lizzy?" said Mr. Bennet.\n\n'
    'Elizabeth laughed. "To-morrow fortnight," she said.\n\n'
    '"Then I shall go," replied his wife.\n'
)
HER_MOTHER = (
    "Elizabeth sat by the window while Mrs. Bennet talked of the ball.\n\n"
    '"You must dance with him, Lizzy," said Mrs. Bennet.\n\n'
    '"I shall dance with nobody," said Elizabeth.\n\n'
    '"Then you are a foolish girl," said Mrs. Bennet.\n\n'
    '"I do not think so," said Elizabeth.\n\n'
    "Elizabeth turned back to the window.\n\n"
    '"We shall see," said her mother.\n'
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "start", "same_as"), [
    (HIS_WIFE, "Then I shall go", "Do not keep"),
    (HER_MOTHER, "We shall see", "You must dance"),
])  # fmt: skip
def test_a_kin_noun_names_someone_other_than_its_possessor(
    extractor: Extractor, text: str, start: str, same_as: str
) -> None:
    quotes = extractor.extract(text).quotes
    kin = next(q for q in quotes if q.text.startswith(start)).speaker
    mother = next(q for q in quotes if q.text.startswith(same_as)).speaker
    assert kin is not None and mother is not None
    assert kin.entity == mother.entity  # Mrs. Bennet, not Mr. Bennet, Kitty or Elizabeth
