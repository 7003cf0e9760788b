"""An adverb that opens an English sentence is no part of a name there (``So Eeyore stood there``, ``Moreover``):
the compact tagger calls it a proper noun, and a short passage may never write it in lower case to show it is
none (the ``lowercase`` test of the resolver). Pinned on hand-written parses."""

from __future__ import annotations

from conllu_helpers import Att, parse_conllu
from quotekit.attribution.resolution import resolve_speakers
from quotekit.models import MentionKind
from quotekit.paragraphs import split_paragraphs


def _he_is(first: str) -> str | None:
    """Who ``he`` is after ``FIRST Eeyore stood there.``, both words tagged proper nouns as the compact model does."""
    text = f'{first} Eeyore stood there.\n\n"Not very how," he said.'
    rows = f"""
1 {first} {first} PROPN 2 compound
2 Eeyore Eeyore PROPN 3 nsubj
3 stood stand VERB 0 root
4 there there ADV 3 advmod
5 . . PUNCT 3 punct

1 " " PUNCT 4 punct
2 Not not PART 4 advmod
3 very very ADV 4 advmod
4 how how ADV 8 ccomp
5 , , PUNCT 4 punct
6 " " PUNCT 4 punct
7 he he PRON 8 nsubj
8 said say VERB 0 root
9 . . PUNCT 8 punct
"""
    sents = parse_conllu(text, rows, "en")
    he = text.rindex(" he ") + 1
    res = resolve_speakers(text, [Att((he, he + 2), MentionKind.PRONOUN)], sents, split_paragraphs(text))
    sp = res.speakers[0]
    return sp.name if sp is not None else None


def test_an_opening_adverb_is_no_part_of_the_name() -> None:
    assert _he_is("So") == "Eeyore"


def test_an_opening_name_stays_part_of_the_name() -> None:
    assert _he_is("Winnie") == "Winnie Eeyore"
