"""Kin nouns and late names in novel passages (issue 15, PDNC): ``said her mother`` in a passage about one family is
the couple's mother, ``"Oh, Papa, …"`` … ``said he`` its father, and a ``she`` nobody before it fits finds the
woman the narration names after a long stretch, in a passage without a run of tagged turns. Passages written for
these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import speaker_name

# One couple (Mr. and Mrs. Hallam) and an unmarried daughter (Miss Hallam, a daughter, no one's mother). The
# possessive ``her`` of ``her mother`` is Kitty, who has no surname: the mother is Mrs. Hallam, not Kitty.
FAMILY = (
    "Mr. Hallam came home late, and Mrs. Hallam met him in the hall. Miss Hallam was at the piano.\n\n"
    "Kitty had been crying all the morning.\n\n"
    '"We shall never be asked to the ball," said Kitty.\n\n'
    '"Nonsense, child," said her mother. "Your father will call on them tomorrow."\n\n'
    '"Oh, Papa, will you really?" cried Kitty.\n\n'
    '"I suppose I must," said he, and took up his newspaper.\n'
)

# Two couples: nobody can say whose mother she is.
TWO_FAMILIES = FAMILY.replace("Miss Hallam was at the piano.", "Mr. Grey and Mrs. Grey were expected for dinner.")


@pytest.mark.models
def test_a_kin_noun_names_the_couple_of_the_one_family(extractor: Extractor) -> None:
    result = extractor.extract(FAMILY)
    mother = next(q for q in result.quotes if q.text.startswith("Nonsense"))
    assert mother.speaker is not None and mother.speaker.name == "Hallam"
    assert mother.speaker.mention is not None and mother.speaker.mention.text == "her mother"
    assert "nominal_family" in mother.rules
    father = next(q for q in result.quotes if q.text.startswith("I suppose"))
    assert father.speaker is not None and father.speaker.name == "Hallam"
    # Mr. and Mrs. Hallam stay two speakers
    assert mother.speaker.entity != father.speaker.entity


@pytest.mark.models
def test_two_couples_leave_the_kin_noun_as_it_was(extractor: Extractor) -> None:
    assert speaker_name(extractor, TWO_FAMILIES, "Nonsense") != "Hallam"


# No run of tagged turns (not a dialogue), and the woman is named only nine paragraphs after the ``she``.
NAMED_AFTER_NARRATION = (
    '"I have never liked this house," she said, and went to the window.\n\n'
    + "".join(f"The rain went on for hours, and the garden lay under water for the {n} time.\n\n" for n in range(8))
    + "Mrs. Carew turned from the window at last and rang for tea.\n"
)


@pytest.mark.models
def test_a_pronoun_with_nobody_before_it_finds_a_name_far_after_it(extractor: Extractor) -> None:
    result = extractor.extract(NAMED_AFTER_NARRATION)
    q = result.quotes[0]
    assert q.speaker is not None and q.speaker.name == "Carew"
    assert "pronoun_named_later" in q.rules
