"""A first-person narrator's dialogue, whose turns are untagged or tagged ``he``/``I`` (issue 15, PDNC anaphoric
tags):

- two adjacent turns without a tag of their own make the text a dialogue for speaker resolution too (before,
  only three exchanges of tags naming different speakers did), so the narration is read for its characters'
  genders and the names that tag quotations elsewhere are known characters;
- ``his`` after a name in its narration sentence shows the name's gender (``Holmes turned his lamp``); ``her``
  does not (it is also the object form: ``Vera gave her the book``);
- ``Madam`` is a title, not a name the next turn calls its hearer;
- in narration the parse selection leaves unparsed, a name right after a semicolon before a lower-case word opens
  a clause and is its subject (``Madame Lebrun grew a trifle hysterical; Robert called his brother …``).

Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.attribution.name_evidence import clean_name, narration_genders
from quotekit.attribution.persons import is_title, narration_pronoun_gender
from quotekit.regions import SpanIndex
from speaker_helpers import name_at as _name

# Holmes is written only in narration (``I followed Holmes``), never in a tag; the ``he`` right after the
# narration about him is his, not the titled Mr. Sholto's of the paragraph before.
UNTAGGED_TURNS = (
    "Two constables guarded the gate, and Mr. Sholto had been taken to the station by the inspector.\n\n"
    "Holmes was standing on the door-step, with his hands in his pockets, smoking his pipe.\n\n"
    '"Ah, you have brought the dog!" said he. "Good dog, then!"\n\n'
    '"Where is the inspector?"\n\n'
    '"Gone with his prisoner."\n\n'
    "I followed Holmes into the hall. Holmes turned his lamp once more upon the floor.\n\n"
    '"There is the mark," he said.\n'
)

# The same scene with no two untagged turns in a row: no dialogue by either count, and the narration is not read
# for genders (news names places and parties so: ``the Vermont senator … he``).
NO_UNTAGGED_PAIR = UNTAGGED_TURNS.replace(
    '"Where is the inspector?"\n\n"Gone with his prisoner."\n\n',
    "I asked where the inspector was, and he told me that he had gone with his prisoner.\n\n",
)

DE_UNTAGGED_TURNS = (
    "Zwei Polizisten bewachten das Tor, und Herr Sommer war schon fortgebracht worden.\n\n"
    "Holm stand vor der Tür und rauchte seine Pfeife.\n\n"
    "»Ah, Sie bringen den Hund!« sagte er.\n\n"
    "»Wo ist der Inspektor?«\n\n"
    "»Mit seinem Gefangenen fort.«\n\n"
    "»Gut so«, sagte Holm.\n"
)

DE_NO_UNTAGGED_PAIR = DE_UNTAGGED_TURNS.replace(
    "»Wo ist der Inspektor?«\n\n»Mit seinem Gefangenen fort.«\n\n",
    "Ich fragte ihn nach dem Inspektor.\n\n»Mit seinem Gefangenen fort«, sagte er.\n\n",
)


@pytest.mark.models
def test_untagged_turns_make_a_dialogue_whose_narration_is_read(extractor: Extractor) -> None:
    result = extractor.extract(UNTAGGED_TURNS)
    assert _name(result, "Ah, you have brought") == "Holmes"
    assert _name(result, "There is the mark") == "Holmes"


@pytest.mark.models
def test_without_untagged_turns_the_narration_is_not_read(extractor: Extractor) -> None:
    assert _name(extractor.extract(NO_UNTAGGED_PAIR), "Ah, you have brought") == "Sholto"


@pytest.mark.models
def test_untagged_turns_make_a_german_dialogue_whose_tag_names_are_characters(extractor: Extractor) -> None:
    # ``Holm`` tags a quotation of his own later: a character, the subject of the narration right before ``er``
    assert _name(extractor.extract(DE_UNTAGGED_TURNS), "Ah, Sie bringen") == "Holm"


@pytest.mark.models
def test_without_untagged_turns_a_german_text_is_no_dialogue(extractor: Extractor) -> None:
    assert _name(extractor.extract(DE_NO_UNTAGGED_PAIR), "Ah, Sie bringen") == "Sommer"


def test_his_after_a_name_shows_its_gender() -> None:
    text = "Holmes turned his lamp once more upon the floor. I followed Holmes into the hall."
    assert narration_genders(text, {"holmes"}, SpanIndex([])) == {"holmes": "m"}


def test_her_after_a_name_shows_no_gender() -> None:
    text = "Vera gave her the book. I saw Vera at the door. The Casino took her money."
    assert narration_genders(text, {"vera", "casino"}, SpanIndex([])) == {}


def test_a_possessive_is_no_subject_form() -> None:
    # the turn-taking rule reads a sentence-opening subject form (``She waited``) as a person of its own; ``His
    # sister waited`` names none
    assert narration_pronoun_gender("His") is None
    assert narration_pronoun_gender("His", possessive=True) == "m"
    assert narration_pronoun_gender("her", possessive=True) is None


def test_madam_is_a_title_not_a_name() -> None:
    # ``"…," she said`` ⏎ ``"Madam, …"``: the next turn calls its hearer by a title only, which names no one
    assert is_title("Madam")
    assert not is_title("Agnes")
    assert clean_name(["Madam", "Price"]) == (("Price",), "Madam")


_SEMICOLON_SCENE = (
    '"Where is Victor?" asked Mrs. Hale.\n\n'
    '"He went to the city," said Victor\'s mother.\n\n'
    '"Why?"\n\n'
    '"Nobody knows."\n\n'
    "Victor thought the old people of the town should be drowned. Madame Lebrun grew a trifle hysterical; "
    "Robert called his brother some sharp, hard names.\n\n"
    '"There is nothing to explain, mother," he said.\n'
)


@pytest.mark.models
def test_a_name_after_a_semicolon_is_the_scene_subject(extractor: Extractor) -> None:
    assert _name(extractor.extract(_SEMICOLON_SCENE), "There is nothing") == "Robert"


@pytest.mark.models
def test_a_name_after_a_semicolon_and_a_comma_is_not_read_as_a_subject(extractor: Extractor) -> None:
    # ``Robert, poor fellow, called``: no lower-case word follows the name, so the unparsed narration shows no
    # subject, and the tag goes on to Victor, the subject before (a limit of the surface reading)
    text = _SEMICOLON_SCENE.replace("; Robert called", "; Robert, poor fellow, called")
    assert _name(extractor.extract(text), "There is nothing") == "Victor"
