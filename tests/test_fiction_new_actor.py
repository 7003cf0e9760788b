"""A speaker found only through a pronoun gives way to a person the narration names after it (issue 15, PDNC):
``Mrs. Hallam was out for the evening, she explained`` (the maid's words, taken for Mrs. Hallam) ⏎ ``Miss Grey,
however, was in the parlour`` ⏎ ``"…," she said`` is Miss Grey. With no name after the inferred speaker, or a
name of the other gender, the pronoun keeps the inferred speaker. Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import Quote

NEW_ACTOR = (
    "The cab brought us to Mrs. Hallam's house at last. The maid seemed surprised at so late a visitor. "
    "Mrs. Hallam was out for the evening, she explained, and would be very late. Miss Grey, however, was in the "
    "parlour: so to the parlour I went, box in hand.\n\n"
    "She was seated by the open window, and at the sound of my step she sprang to her feet.\n\n"
    '"I heard a cab drive up," she said. "I thought that Mrs. Hallam had come back."\n\n'
    '"No, it is only I," I answered.\n'
)

# Nobody is named after ``she explained``: the inferred speaker stays.
NO_NEW_NAME = NEW_ACTOR.replace(
    "Miss Grey, however, was in the parlour: so to the parlour I went", "So to the parlour I went"
)

# The name after it is a man's: no ``she``.
A_MAN = NEW_ACTOR.replace("Miss Grey", "Mr. Grey")


def _quote(extractor: Extractor, text: str, start: str) -> Quote:
    return next(q for q in extractor.extract(text).quotes if q.text.startswith(start))


@pytest.mark.models
def test_a_name_after_an_inferred_speaker_is_the_pronoun(extractor: Extractor) -> None:
    q = _quote(extractor, NEW_ACTOR, "I heard a cab")
    assert q.speaker is not None and q.speaker.name == "Grey"
    assert "pronoun_new_actor" in q.rules
    assert q.speaker.antecedent is not None and q.speaker.antecedent.text == "Miss Grey"


@pytest.mark.models
@pytest.mark.parametrize("text", [NO_NEW_NAME, A_MAN], ids=["no_new_name", "a_man"])
def test_without_a_new_name_of_the_gender_the_inferred_speaker_stays(extractor: Extractor, text: str) -> None:
    q = _quote(extractor, text, "I heard a cab")
    assert q.speaker is not None and q.speaker.name == "Hallam"
    assert "pronoun_new_actor" not in q.rules
