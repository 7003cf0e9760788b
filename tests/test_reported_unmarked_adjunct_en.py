"""An adverbial clause the parse hangs on a speech verb ends the content only when it is set off (issue 12, bs27).

``said he opposes the plan, because …`` is the narrator's reason; ``said he opposes the plan because the rules
fail`` (no comma) is the content's own clause, which the parser hung on ``said``: the content runs on over it. A
non-finite clause without a comma (``by calling it weak``) and any German clause stay cut. Parses are written by
hand (CoNLL-U), since whether Stanza hangs the clause on the speech verb varies from sentence to sentence.
"""

from __future__ import annotations

from conllu_helpers import parse_conllu
from quotekit.attribution.reported.content_clause import trailing_adjunct

BECAUSE = """
1 Grayson Grayson PROPN 2 nsubj
2 said say VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
3 he he PRON 4 nsubj
4 opposes oppose VERB 2 ccomp Mood=Ind|Tense=Pres|VerbForm=Fin
5 the the DET 6 det
6 plan plan NOUN 4 obj
7 because because SCONJ 10 mark
8 the the DET 9 det
9 rules rule NOUN 10 nsubj
10 fail fail VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin
11 . . PUNCT 2 punct
"""

BECAUSE_COMMA = """
1 Grayson Grayson PROPN 2 nsubj
2 said say VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
3 he he PRON 4 nsubj
4 opposes oppose VERB 2 ccomp Mood=Ind|Tense=Pres|VerbForm=Fin
5 the the DET 6 det
6 plan plan NOUN 4 obj
7 , , PUNCT 11 punct
8 because because SCONJ 11 mark
9 the the DET 10 det
10 rules rule NOUN 11 nsubj
11 fail fail VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin
12 . . PUNCT 2 punct
"""

BY_CALLING = """
1 Grayson Grayson PROPN 2 nsubj
2 said say VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
3 he he PRON 4 nsubj
4 opposes oppose VERB 2 ccomp Mood=Ind|Tense=Pres|VerbForm=Fin
5 the the DET 6 det
6 plan plan NOUN 4 obj
7 by by SCONJ 8 mark
8 calling call VERB 2 advcl VerbForm=Ger
9 it it PRON 8 obj
10 weak weak ADJ 8 xcomp Degree=Pos
11 . . PUNCT 2 punct
"""

WEIL = """
1 Er er PRON 2 nsubj
2 sagte sagen VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
3 er er PRON 4 nsubj
4 lehne ablehnen VERB 2 ccomp Mood=Sub|Tense=Pres|VerbForm=Fin
5 den der DET 6 det
6 Plan Plan NOUN 4 obj
7 ab ab ADP 4 compound:prt
8 weil weil SCONJ 11 mark
9 die der DET 10 det
10 Regeln Regel NOUN 11 nsubj
11 versagen versagen VERB 2 advcl Mood=Ind|Tense=Pres|VerbForm=Fin
12 . . PUNCT 2 punct
"""


def _end(text: str, rows: str, lang: str) -> str:
    (sent,) = parse_conllu(text, rows, lang)
    said, content = 1, 3  # the speech verb and the content's verb (0-based)
    hi = trailing_adjunct(sent, said, 2, [content])
    return text[sent[2].start : sent[hi].end]


def test_a_finite_clause_without_a_comma_stays_in_the_content() -> None:
    text = "Grayson said he opposes the plan because the rules fail."
    assert _end(text, BECAUSE, "en") == "he opposes the plan because the rules fail."


def test_a_clause_after_a_comma_is_the_narrators() -> None:
    text = "Grayson said he opposes the plan, because the rules fail."
    assert _end(text, BECAUSE_COMMA, "en") == "he opposes the plan"


def test_a_non_finite_clause_without_a_comma_is_the_narrators() -> None:
    text = "Grayson said he opposes the plan by calling it weak."
    assert _end(text, BY_CALLING, "en") == "he opposes the plan"


def test_german_keeps_the_cut() -> None:
    text = "Er sagte er lehne den Plan ab weil die Regeln versagen."
    assert _end(text, WEIL, "de") == "er lehne den Plan ab"
