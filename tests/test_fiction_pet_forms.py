"""A character called by a pet form of the name the passage also writes in full is one character, shown under the
full name (issue 15, "aliases are one character": ``Lizzy`` is Elizabeth). The pet forms are rows of
``hypocoristics.tsv``. Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.attribution.persons import full_forms
from speaker_helpers import speaker_name

# Elizabeth is written bare in the narration; a tag calls her Lizzy. (A dialogue: three exchanges of tagged
# turns.)
TURNS = (
    '"You are late," said Jane. "Where have you been all this while?"\n\n'
    '"Only to the mill and back," said Lizzy, laughing. "The road was full of puddles."\n\n'
    '"Then you must change your shoes at once," said Jane.\n\n'
    '"I will, if you promise not to tell Mamma," said Lizzy.\n\n'
    '"I promise nothing of the kind," said Jane.\n'
)
PET_FORM = "Elizabeth walked slowly across the lawn towards the house, where Jane sat reading.\n\n" + TURNS


def test_the_table_gives_each_full_form_with_its_gender() -> None:
    assert ("Elizabeth", "f") in full_forms("Lizzy")
    assert {("Charles", "m"), ("Charlotte", "f")} <= set(full_forms("charlie"))
    assert full_forms("Will") == ()  # a plain word, left out of the table


@pytest.mark.models
def test_a_pet_form_shows_the_full_name_the_passage_writes(extractor: Extractor) -> None:
    assert speaker_name(extractor, PET_FORM, "Only to the mill") == "Elizabeth"


@pytest.mark.models
def test_without_the_full_name_the_pet_form_stays(extractor: Extractor) -> None:
    text = PET_FORM.replace("Elizabeth walked", "Lizzy walked")
    assert speaker_name(extractor, text, "Only to the mill") == "Lizzy"


@pytest.mark.models
def test_a_full_name_written_only_after_a_title_is_no_pet_forms_character(extractor: Extractor) -> None:
    # ``Lady Catherine`` is addressed so by everyone: ``Kitty`` is somebody else.
    text = "Lady Catherine sat in state at the head of the table, and Jane sat beside her.\n\n" + TURNS
    text = text.replace("Lizzy", "Kitty")
    assert speaker_name(extractor, text, "Only to the mill") == "Kitty"


@pytest.mark.models
def test_two_full_names_of_one_pet_form_stay_apart(extractor: Extractor) -> None:
    # ``Kitty`` beside both a Catherine and a Katherine: no join.
    text = "Catherine and Katherine walked slowly across the lawn, where Jane sat reading.\n\n" + TURNS
    assert speaker_name(extractor, text.replace("Lizzy", "Kitty"), "Only to the mill") == "Kitty"


@pytest.mark.models
def test_a_pet_form_of_the_other_gender_stays(extractor: Extractor) -> None:
    # ``Charlie`` is a man's name (``first_names.tsv``): the only full name written, Charlotte, is a woman's.
    text = "Charlotte walked slowly across the lawn, where Jane sat reading.\n\n" + TURNS
    assert speaker_name(extractor, text.replace("Lizzy", "Charlie"), "Only to the mill") == "Charlie"


@pytest.mark.models
def test_a_pet_form_of_the_same_gender_joins(extractor: Extractor) -> None:
    text = "Charles walked slowly across the lawn, where Jane sat reading.\n\n" + TURNS
    assert speaker_name(extractor, text.replace("Lizzy", "Charlie"), "Only to the mill") == "Charles"
