"""Who the narration before a ``he``/``she`` tag is about (issue 15, PDNC anaphoric tags): the subject of a
subordinate clause after its verb (``… believed Anne had made Diana drunk``, ``… as Mrs. Rachel expected``) gives
way to a main clause's subject of the gender earlier in its paragraph; with none there it is still the scene's.
Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import ExtractionResult


def _name(result: ExtractionResult, start: str) -> str | None:
    q = next(q for q in result.quotes if q.text.startswith(start))
    return q.speaker.name if q.speaker is not None else None


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
