"""Which name a character's quotations print (issue 15, PDNC scored with names): the fullest name the passage gives
the character, names the other characters call them by, and words that are no part of a name. Passages written
for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import speaker_name

# A dialogue whose full name is written only after the first tagged quotation: every quotation of the character
# prints it.
LATE_FULL_NAME = (
    '"Where are you going?" said Anne.\n\n'
    '"To the station," said Marilla. "Matthew is waiting there with the buggy."\n\n'
    '"May I come with you?" said Anne.\n\n'
    '"If you are quick about it," said Marilla.\n\n'
    "The girl ran down the lane after her, and the dust rose behind them both.\n\n"
    '"Is it far?" asked Anne Shirley, quite out of breath.\n'
)


@pytest.mark.models
def test_a_quotation_before_the_full_name_prints_the_full_name(extractor: Extractor) -> None:
    assert speaker_name(extractor, LATE_FULL_NAME, "Where are") == "Anne Shirley"


@pytest.mark.models
def test_without_the_full_name_the_first_name_stays(extractor: Extractor) -> None:
    assert speaker_name(extractor, LATE_FULL_NAME.replace("Anne Shirley", "Anne"), "Where are") == "Anne"


@pytest.mark.models
def test_outside_a_dialogue_the_name_as_resolved_stays(extractor: Extractor) -> None:
    text = '"Where are you going?" said Anne.\n\nThe girl ran down the lane.\n\n"Is it far?" asked Anne Shirley.\n'
    assert speaker_name(extractor, text, "Where are") == "Anne"


# ``said I.`` at the end of a sentence: ``I.`` is no name, so the next ``he`` is the man the scene is about.
SAID_I = (
    "Mr. Jones came into the room and sat down heavily by the fire.\n\n"
    '"We all need help sometimes," said I.\n\n'
    '"That is true enough," he answered, rubbing his hands.\n'
)


@pytest.mark.models
def test_said_i_with_its_full_stop_is_no_antecedent(extractor: Extractor) -> None:
    assert speaker_name(extractor, SAID_I, "That is true") == "Jones"


# A word the text writes in lower case before a title is no part of the name.
OLD_TITLE = (
    "Lucy introduced them formally. Old Mr. Emerson claimed her with much warmth, and the old man smiled.\n\n"
    '"I am glad you came," said Old Mr. Emerson.\n'
)


@pytest.mark.models
def test_a_lower_case_word_before_a_title_is_no_part_of_the_name(extractor: Extractor) -> None:
    assert speaker_name(extractor, OLD_TITLE, "I am glad") == "Emerson"


@pytest.mark.models
def test_a_particle_before_a_surname_stays(extractor: Extractor) -> None:
    text = 'The marquis de Griers bowed to the General.\n\n"Quelle idée!" exclaimed De Griers.\n'
    assert speaker_name(extractor, text, "Quelle") == "De Griers"


# The others address the character by title and surname right next to her tagged turns; the narration calls her
# by her first name.
ADDRESSED = (
    '"Oh, rubbish, Miss Honeychurch!" said Mr. Beebe.\n\n'
    '"It is not rubbish!" said Lucy. "I mean every word of it."\n\n'
    '"Then you will not come to Rome, Miss Honeychurch?" said Mr. Beebe.\n\n'
    '"No," said Lucy.\n'
)


@pytest.mark.models
def test_a_title_and_surname_addressed_next_to_her_turn_join_her_first_name(extractor: Extractor) -> None:
    assert speaker_name(extractor, ADDRESSED, "It is not") == "Lucy Honeychurch"
    assert speaker_name(extractor, ADDRESSED, "No") == "Lucy Honeychurch"


@pytest.mark.models
def test_one_address_next_to_her_turn_joins_nobody(extractor: Extractor) -> None:
    text = ADDRESSED.replace("Rome, Miss Honeychurch?", "Rome?")
    assert speaker_name(extractor, text, "It is not") == "Lucy"


@pytest.mark.models
def test_a_surname_two_titles_share_joins_nobody(extractor: Extractor) -> None:
    text = ADDRESSED + "\nMrs. Honeychurch came in from the garden with her basket.\n"
    assert speaker_name(extractor, text, "It is not") == "Lucy"


@pytest.mark.models
def test_a_name_addressed_next_to_a_turn_of_the_other_gender_joins_nobody(extractor: Extractor) -> None:
    text = ADDRESSED.replace("said Lucy", "said Cecil")
    assert speaker_name(extractor, text, "It is not") == "Cecil"


# A first name the others use (``Lizzy``) is the tagged character's (``Elizabeth``).
NICKNAME = (
    '"Lizzy, what do you think of him?" said Jane.\n\n'
    '"I think him very agreeable," said Elizabeth.\n\n'
    '"Then you must tell him so, Lizzy."\n\n'
    '"I shall do nothing of the kind."\n'
)


@pytest.mark.models
def test_a_first_name_addressed_next_to_her_turn_is_her_own(extractor: Extractor) -> None:
    assert speaker_name(extractor, NICKNAME, "I shall do nothing") == "Elizabeth"


@pytest.mark.models
def test_a_first_name_addressed_next_to_nobody_s_turn_stays(extractor: Extractor) -> None:
    text = NICKNAME.replace("said Elizabeth", "she said, laughing")
    assert speaker_name(extractor, text, "I shall do nothing") == "Lizzy"
