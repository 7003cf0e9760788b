"""A first name the tagger took for a verb or a noun is still a name (issue 15, PDNC): ``But Anne continued to
face Mrs. Lynde …`` tags ``Anne`` a verb, so the scene's subject was lost and the ``she`` after it went to the
woman named before. In English narration of a dialogue such a word is a candidate, and the subject of its clause
when it follows the sentence's opening conjunction or adverb. Not a sentence's first word, not a capitalised word
that is no first name, not in German (every noun is capitalised). Passages written for these tests: real parses
for the whole passage, hand-written parses for the word tests."""

from __future__ import annotations

import pytest

from conllu_helpers import parse_conllu
from quotekit import Extractor
from quotekit.attribution.name_evidence import mistagged_first_names, opens_clause_before_verb, proper_runs
from quotekit.tree import ParsedSentence

DIALOGUE = (
    '"Where have you been all day?" asked Mrs. Lynde.\n\n'
    '"Down at the brook," said Anne.\n\n'
    '"With Diana, I suppose," said Marilla sharply.\n\n'
    '"Yes, with Diana," said Anne.\n\n'
    '"You are a wicked, ungrateful girl!" cried Marilla in a temper.\n\n'
    "But Anne continued to face Mrs. Lynde steadily, chin up, eyes flashing, hands clenched.\n\n"
    '"How can you say such things about me?" she repeated.\n'
)


@pytest.mark.models
def test_a_first_name_tagged_as_a_verb_is_the_scene_subject(extractor: Extractor) -> None:
    q = next(q for q in extractor.extract(DIALOGUE).quotes if q.text.startswith("How can"))
    assert q.speaker is not None and q.speaker.name == "Anne"


ANNE_AS_VERB = """
1 But but CCONJ 2 cc
2 Anne anne VERB 3 advcl
3 continued continue VERB 0 root
4 to to PART 5 mark
5 face face VERB 3 xcomp
6 her she PRON 5 obj
7 . . PUNCT 3 punct
"""


def _sentence(text: str, rows: str, lang: str = "en") -> ParsedSentence:
    return parse_conllu(text, rows, lang)[0]


def test_a_mistagged_first_name_is_a_run_and_opens_its_clause() -> None:
    sent = _sentence("But Anne continued to face her.", ANNE_AS_VERB)
    runs = mistagged_first_names(sent, proper_runs(sent))
    assert [[w.text for w in r] for r in runs] == [["Anne"]]
    assert opens_clause_before_verb(sent, runs[0])


GRACE_OPENS = """
1 Grace grace NOUN 2 nsubj
2 continued continue VERB 0 root
3 . . PUNCT 2 punct
"""
ANNE_AS_GERMAN_NOUN = """
1 Aber aber CCONJ 3 cc
2 Anne anne NOUN 3 nsubj
3 blieb bleiben VERB 0 root
4 . . PUNCT 3 punct
"""


@pytest.mark.parametrize(
    ("text", "rows", "lang"),
    [
        pytest.param(
            "But Grandmother continued to face her.",
            ANNE_AS_VERB.replace("Anne anne", "Grandmother grandmother"),
            "en",
            id="a_capitalised_word_that_is_no_first_name",
        ),
        pytest.param("Grace continued.", GRACE_OPENS, "en", id="a_sentence_opening_word"),
        pytest.param("Aber Anne blieb.", ANNE_AS_GERMAN_NOUN, "de", id="german_capitalised_nouns"),
    ],
)
def test_no_mistagged_first_name(text: str, rows: str, lang: str) -> None:
    sent = _sentence(text, rows, lang)
    assert mistagged_first_names(sent, proper_runs(sent)) == []


def test_a_name_later_in_the_clause_is_no_subject_by_place() -> None:
    rows = """
1 She she PRON 2 nsubj
2 turned turn VERB 0 root
3 to to ADP 4 case
4 Anne anne NOUN 2 obl
5 . . PUNCT 2 punct
"""
    sent = _sentence("She turned to Anne.", rows)
    runs = mistagged_first_names(sent, proper_runs(sent))
    assert [[w.text for w in r] for r in runs] == [["Anne"]]
    assert not opens_clause_before_verb(sent, runs[0])
