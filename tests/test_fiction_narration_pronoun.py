"""The other party of a two-person scene that the narration before the run names only by a pronoun (issue 15): a
pronoun of the other gender than the known speaker's that opens a sentence of that narration speaks the turns no
tag names, and resolution finds who it is. Passages written for these tests, English and German, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import ExtractionResult, Quote


def _quote(result: ExtractionResult, start: str) -> Quote:
    return next(q for q in result.quotes if q.text.startswith(start))


def _scene(narration: str) -> str:
    return (
        "Mr. Vyse and Lucy had walked down to the pool before breakfast.\n\n"
        f"{narration}\n\n"
        '"Emerson was the name, not Harris," said Lucy.\n\n'
        '"What name?"\n\n'
        '"The old man\'s."\n\n'
        '"What old man?"\n'
    )


# ``He`` opens a sentence of the narration before the run; Lucy, the known party, is a woman.
PRONOUN_PARTY = _scene(
    "They left the pool in silence after this one greeting. He waited for her to make some remark. "
    "At last she spoke, and with fitting gravity."
)
# ``Her sister`` opens the sentence: a possessive, no person of its own.
POSSESSIVE = _scene("They left the pool in silence. Her sister waited for her to make some remark.")
# Only a pronoun of the known speaker's own gender.
SAME_GENDER = _scene("They left the pool in silence. She waited for a while before she spoke.")
# ``he`` inside a sentence: someone the sentence mentions, not what it is about.
INSIDE_SENTENCE = _scene("They left the pool in silence, and the fields were as green as he had promised.")

GERMAN = (
    "Herr Berger und Grete gingen am Morgen zum Teich hinunter.\n\n"
    "Sie verließen den Teich schweigend. Er wartete, dass sie etwas sagte. Endlich sprach sie.\n\n"
    "»Der Name war Emmerich, nicht Harras«, sagte Grete.\n\n"
    "»Welcher Name?«\n\n"
    "»Der des alten Mannes.«\n\n"
    "»Welcher alte Mann?«\n"
)


@pytest.mark.models
def test_the_other_party_is_the_pronoun_the_narration_opens_a_sentence_with(extractor: Extractor) -> None:
    r = extractor.extract(PRONOUN_PARTY)
    q = _quote(r, "What name")
    assert q.speaker is not None and q.speaker.mention.text == "He"
    assert "narration_pronoun" in q.rules and q.speaker.name == "Vyse"
    later = _quote(r, "What old man")  # the alternation carries it on
    assert later.speaker is not None and later.speaker.name == "Vyse"


@pytest.mark.models
@pytest.mark.parametrize("text", [POSSESSIVE, SAME_GENDER, INSIDE_SENTENCE])
def test_no_party_from_a_possessive_the_same_gender_or_a_pronoun_inside_a_sentence(
    extractor: Extractor, text: str
) -> None:
    r = extractor.extract(text)
    for start in ("What name", "What old man"):
        q = _quote(r, start)
        assert "narration_pronoun" not in q.rules
        assert q.speaker is None or q.speaker.name != "Lucy"


@pytest.mark.models
def test_german_er_is_the_other_party(extractor: Extractor) -> None:
    r = extractor.extract(GERMAN)
    q = _quote(r, "Welcher Name")
    assert q.speaker is not None and q.speaker.mention.text == "Er"
    assert "narration_pronoun" in q.rules and q.speaker.name == "Berger"
