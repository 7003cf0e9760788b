"""A turn right after a question put to someone is the answer of someone else, also in a passage with too few
exchanges to count as a dialogue (issue 15): the party the narration names, not the asker again. Passages
written for these tests, English and German, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote


def _scene(question: str, verb: str = "asked") -> str:
    return (
        "Anne sat beside Marilla in the buggy, and the sorrel mare went slowly down the hill.\n\n"
        f'"{question}" {verb} Marilla, turning the mare down the shore road.\n\n'
        '"Not a great deal. I went a little the last year I stayed with Mrs. Thomas."\n\n'
        "The road ran on between the firs, and the sea shone below them.\n\n"
        '"Isn\'t the sea wonderful?" said Anne at last.\n'
    )


# A question to the person spoken to: the one the narration names answers.
ASKS = _scene("Did you ever go to school?")
# A question with nobody spoken to (rhetorical, or someone else's words): the asker may go on.
RHETORICAL = _scene("Was there ever such a hot day?")
# No question, though it speaks to someone: the speaker goes on, as before.
STATEMENT = _scene("You will see the sea from the hill.", "said")

GERMAN = (
    "Elke saß neben Hauke auf der Bank vor dem Haus.\n\n"
    "»Gehst du morgen in die Stadt?« fragte Hauke und sah auf das Meer hinaus.\n\n"
    "»Nein, morgen bleibe ich bei der Mutter.«\n\n"
    "Der Wind kam vom Wasser herauf, und die Möwen schrien.\n\n"
    "»Dann gehe ich allein«, sagte Elke endlich.\n"
)


@pytest.mark.models
def test_the_answer_to_a_question_put_to_someone_is_anothers(extractor: Extractor) -> None:
    q = _quote(extractor.extract(ASKS), "Not a great deal")
    assert q.speaker is not None and q.speaker.name == "Anne"


@pytest.mark.models
@pytest.mark.parametrize("text", [RHETORICAL, STATEMENT])
def test_the_asker_goes_on_after_no_question_to_anyone(extractor: Extractor, text: str) -> None:
    q = _quote(extractor.extract(text), "Not a great deal")
    assert q.speaker is not None and q.speaker.name == "Marilla"


@pytest.mark.models
def test_german_answer_to_a_question(extractor: Extractor) -> None:
    q = _quote(extractor.extract(GERMAN), "Nein, morgen")
    assert q.speaker is not None and q.speaker.name == "Elke"
