"""A first-person narrator's name outside a dialogue (issue 15, PDNC): a passage of narration with a few turns, too
few tagged exchanges for a dialogue, still names its narrator when another character calls them by name in the
turn next to the narrator's (``"Are you game, Watson?"`` ⏎ ``"Certainly," I answered.``). Passages written for
these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import speaker_name

# Narration with one exchange: the other party addresses the narrator right before the narrator's turn.
NARRATION = (
    "We drove through the fog to the river, where the launch lay waiting for us. Holmes said nothing for a long "
    "while; he sat with his chin upon his chest and his eyes upon the water, and I knew better than to disturb "
    "him.\n\n"
    "At last he roused himself and looked at his watch.\n\n"
    '"It is a long walk to the station. Are you game for it, Watson?"\n\n'
    '"Certainly," I answered.\n\n'
    "We set off along the towpath. The lamps of the city were lost behind us, and the only sound was the lapping "
    "of the tide against the piles of the wharves.\n"
)


@pytest.mark.models
def test_the_narrator_of_a_passage_without_a_dialogue_takes_the_name_addressed(extractor: Extractor) -> None:
    assert speaker_name(extractor, NARRATION, "Certainly") == "Watson"


@pytest.mark.models
def test_the_narrator_nobody_addresses_stays_i(extractor: Extractor) -> None:
    assert speaker_name(extractor, NARRATION.replace(", Watson?", "?"), "Certainly") == "I"


# Two names addressed next to the narrator's turns: Mr. Sholto, whom the narration describes, is someone else.
TWO_ADDRESSED = (
    '"Sit down, Mr. Sholto," said Holmes. "You are quite safe here."\n\n'
    '"I hope so," I said.\n\n'
    "Mr. Sholto sat down upon the edge of a chair and twisted his hands together.\n\n"
    '"You have come far, Watson?" asked Holmes.\n\n'
    '"Only from Baker Street," I answered.\n'
)


@pytest.mark.models
def test_a_name_the_narration_writes_is_not_the_narrator(extractor: Extractor) -> None:
    assert speaker_name(extractor, TWO_ADDRESSED, "Only from") == "Watson"


# The others address the narrator twice, but not next to a turn of ``I``; nobody speaks about him by that name.
FAR_ADDRESS = (
    '"You see, Watson, the window is fastened on the inside," said Holmes.\n\n'
    '"Then how did the fellow get in?" asked the inspector.\n\n'
    '"By the roof, Watson, by the roof," said Holmes, pointing upwards.\n\n'
    "We climbed the narrow stair to the garret, where the dust lay thick upon the boards and a trap-door stood "
    "open above a ladder.\n\n"
    '"I see nothing," said I.\n'
)


@pytest.mark.models
def test_a_name_only_ever_addressed_twice_is_the_narrator(extractor: Extractor) -> None:
    assert speaker_name(extractor, FAR_ADDRESS, "I see nothing") == "Watson"


@pytest.mark.models
def test_a_name_addressed_once_far_from_the_narrator_is_not_theirs(extractor: Extractor) -> None:
    text = FAR_ADDRESS.replace("By the roof, Watson, by", "By the roof, by")
    assert speaker_name(extractor, text, "I see nothing") == "I"


@pytest.mark.models
def test_a_name_the_others_speak_about_is_not_the_narrator(extractor: Extractor) -> None:
    text = FAR_ADDRESS.replace("get in?", "get in? Watson saw nobody.")
    assert speaker_name(extractor, text, "I see nothing") == "I"
