"""Speaker mention expansion on hand-written parses: names whole, possessors stepped over, noun phrases, pronouns."""

from __future__ import annotations

import pytest

from conllu_helpers import parse_conllu
from quotekit.attribution.mentions import expand_mention, is_nominal, is_pronoun, mention_kind
from quotekit.models import MentionKind
from quotekit.tree import ParsedSentence


def _one(text: str, rows: str, lang: str) -> ParsedSentence:
    [sent] = parse_conllu(text, rows, lang)
    return sent


def _expand(sent: ParsedSentence, text: str, form: str, blocked: list[tuple[int, int]] | None = None) -> str | None:
    head = next(w.index for w in sent if w.text == form)
    m = expand_mention(sent, head, blocked=blocked or [])
    return None if m is None else text[m.start : m.end]


SAM = """
1 said say VERB 0 root
2 Sam Sam PROPN 3 compound
3 Altman Altman PROPN 1 nsubj
4 on on ADP 5 case
5 Monday Monday PROPN 1 obl
6 . . PUNCT 1 punct
"""


def test_name_grows_over_adjacent_capitalised_tokens_but_not_over_a_weekday() -> None:
    text = "said Sam Altman on Monday."
    sent = _one(text, SAM, "en")
    assert _expand(sent, text, "Altman") == "Sam Altman"
    assert _expand(sent, text, "Sam") == "Sam Altman"
    assert mention_kind(sent, 2) is MentionKind.NAME


def test_name_without_on_stops_before_the_weekday() -> None:
    text = "said Sam Altman Monday."
    rows = """
1 said say VERB 0 root
2 Sam Sam PROPN 3 compound
3 Altman Altman PROPN 1 nsubj
4 Monday Monday PROPN 1 obl
5 . . PUNCT 1 punct
"""
    assert _expand(_one(text, rows, "en"), text, "Altman") == "Sam Altman"


def test_german_name_tagged_as_nouns() -> None:
    text = "sagte Angela Merkel."
    rows = """
1 sagte sagen VERB 0 root
2 Angela Angela NOUN 3 compound
3 Merkel Merkel NOUN 1 obj
4 . . PUNCT 1 punct
"""
    sent = _one(text, rows, "de")
    assert _expand(sent, text, "Merkel") == "Angela Merkel"
    assert mention_kind(sent, 2) is MentionKind.NAME


@pytest.mark.parametrize(
    ("text", "rows", "lang"),
    [
        (
            "sagte Forrester’s Curran",
            """
1 sagte sagen VERB 0 root
2 Forrester Forrester NOUN 1 obj
3 ’s ’s ADP 4 case
4 Curran Curran NOUN 1 obl
""",
            "de",
        ),
        (
            "Forrester’s Curran said",
            """
1 Forrester’s Forrester PROPN 2 nmod:poss
2 Curran Curran PROPN 3 nsubj
3 said say VERB 0 root
""",
            "en",
        ),
    ],
)
def test_possessor_is_stepped_over(text: str, rows: str, lang: str) -> None:
    sent = _one(text, rows, lang)
    assert _expand(sent, text, sent[0].text if lang == "en" else "Forrester") == "Curran"
    assert _expand(sent, text, "Curran") == "Curran"


def test_noun_phrases_take_determiners_adjectives_and_of_phrases() -> None:
    text = "a spokeswoman for the ministry said"
    rows = """
1 a a DET 2 det
2 spokeswoman spokeswoman NOUN 6 nsubj
3 for for ADP 5 case
4 the the DET 5 det
5 ministry ministry NOUN 2 nmod
6 said say VERB 0 root
"""
    sent = _one(text, rows, "en")
    assert _expand(sent, text, "spokeswoman") == "a spokeswoman for the ministry"
    assert mention_kind(sent, 1) is MentionKind.NOMINAL

    text = "sagte ein Sprecher des Ministeriums"
    rows = """
1 sagte sagen VERB 0 root
2 ein ein DET 3 det
3 Sprecher Sprecher NOUN 1 nsubj
4 des der DET 5 det
5 Ministeriums Ministerium NOUN 3 nmod
"""
    sent = _one(text, rows, "de")
    assert _expand(sent, text, "Sprecher") == "ein Sprecher des Ministeriums"
    assert mention_kind(sent, 2) is MentionKind.NOMINAL


def test_organisations() -> None:
    text = "Das Ministerium teilte mit"
    rows = """
1 Das der DET 2 det
2 Ministerium Ministerium NOUN 3 nsubj
3 teilte teilen VERB 0 root
4 mit mit ADP 3 compound:prt
"""
    sent = _one(text, rows, "de")
    assert _expand(sent, text, "Ministerium") == "Das Ministerium"
    assert mention_kind(sent, 1) is MentionKind.ORGANISATION


def test_pronouns_stay_one_word() -> None:
    text = "he said"
    rows = """
1 he he PRON 2 nsubj
2 said say VERB 0 root
"""
    sent = _one(text, rows, "en")
    assert _expand(sent, text, "he") == "he"
    assert is_pronoun(sent[0], "en") and mention_kind(sent, 0) is MentionKind.PRONOUN

    text = "sagte die Ministerin"
    rows = """
1 sagte sagen VERB 0 root
2 die der DET 3 det
3 Ministerin Ministerin NOUN 1 nsubj
"""
    sent = _one(text, rows, "de")
    # ``die`` as article is no pronoun (it is one only as a relative pronoun heading nothing).
    assert not is_pronoun(sent[1], "de") and not is_nominal(sent[1], "de")
    assert _expand(sent, text, "Ministerin") == "die Ministerin"


def test_sentence_adverbs_are_not_speakers() -> None:
    text = "Allerdings sagte Curran"
    rows = """
1 Allerdings Allerdings PROPN 2 nsubj
2 sagte sagen VERB 0 root
3 Curran Curran PROPN 2 obj
"""
    sent = _one(text, rows, "de")
    assert not is_nominal(sent[0], "de") and is_nominal(sent[2], "de")


def test_blocked_spans_cut_the_mention_and_reject_a_head_inside() -> None:
    text = "“Rao” Sam Altman said"
    rows = """
1 “ “ PUNCT 2 punct
2 Rao Rao PROPN 5 nsubj
3 ” ” PUNCT 2 punct
4 Sam Sam PROPN 5 nsubj
5 Altman Altman PROPN 6 nsubj
6 said say VERB 0 root
"""
    sent = _one(text, rows, "en")
    quote = [(0, text.index("”") + 1)]
    assert _expand(sent, text, "Altman", quote) == "Sam Altman"
    assert _expand(sent, text, "Rao", quote) is None
    assert expand_mention(sent, 99) is None
