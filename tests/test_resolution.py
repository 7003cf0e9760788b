"""Speaker resolution pinned on hand-written parses: pronouns, name variants, titles, roles, organisations."""

from __future__ import annotations

import random

import pytest

from conllu_helpers import Att, parse_conllu
from quotekit.attribution.name_evidence import SENTENCE_OPENING, opens_sentence
from quotekit.attribution.resolution import resolve_speakers
from quotekit.models import MentionKind
from quotekit.paragraphs import split_paragraphs
from quotekit.tree import ParsedSentence


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(word, pos + 1)
    return pos, pos + len(word)


EN_TEXT = (
    'As Rao pointed out, OpenAI has to be careful. "We must balance it," he said.\n'
    'Curran agreed, saying that it is a move. "They have to be careful," he explained.'
)
EN_ROWS_1 = """
1 As as SCONJ 3 mark
2 Rao Rao PROPN 3 nsubj
3 pointed point VERB 8 advcl
4 out out ADP 3 compound:prt
5 , , PUNCT 3 punct
6 OpenAI OpenAI PROPN 7 nsubj
7 has have VERB 0 root
8 to to PART 9 mark
9 be be AUX 10 cop
10 careful careful ADJ 7 xcomp
11 . . PUNCT 7 punct

1 " " PUNCT 4 punct
2 We we PRON 4 nsubj
3 must must AUX 4 aux
4 balance balance VERB 0 root
5 it it PRON 4 obj
6 , , PUNCT 4 punct
7 " " PUNCT 4 punct
8 he he PRON 9 nsubj
9 said say VERB 4 parataxis
10 . . PUNCT 4 punct
"""
EN_ROWS_2 = """
1 Curran Curran PROPN 2 nsubj
2 agreed agree VERB 0 root
3 , , PUNCT 4 punct
4 saying say VERB 2 advcl
5 that that SCONJ 9 mark
6 it it PRON 9 nsubj
7 is be AUX 9 cop
8 a a DET 9 det
9 move move NOUN 4 ccomp
10 . . PUNCT 2 punct

1 " " PUNCT 4 punct
2 They they PRON 4 nsubj
3 have have VERB 0 root
4 to to PART 6 mark
5 be be AUX 6 cop
6 careful careful ADJ 3 xcomp
7 , , PUNCT 3 punct
8 " " PUNCT 3 punct
9 he he PRON 10 nsubj
10 explained explain VERB 3 parataxis
11 . . PUNCT 3 punct
"""


def _en_sentences() -> list[ParsedSentence]:
    return parse_conllu(EN_TEXT, EN_ROWS_1, "en") + parse_conllu(
        EN_TEXT, EN_ROWS_2, "en", offset=EN_TEXT.index("Curran")
    )


def test_pronoun_resolves_to_source_introduced_before_the_quote_across_paragraphs() -> None:
    text = EN_TEXT
    sents = _en_sentences()
    atts = [Att(_at(text, "he"), MentionKind.PRONOUN), Att(_at(text, "he", 1), MentionKind.PRONOUN)]
    res = resolve_speakers(text, atts, sents, split_paragraphs(text))
    first, second = res.speakers
    assert first is not None and second is not None
    assert (first.name, first.mention.text, first.antecedent and first.antecedent.text) == ("Rao", "he", "Rao")
    # Rao is nearer in characters to nothing here, but Curran was just introduced as a source
    assert second.name == "Curran"
    assert [e.name for e in res.entities] == ["Rao", "Curran"]
    assert res.confidences[0] < 0.9  # a pronoun costs confidence
    assert "pronoun_antecedent" in res.rules[0]


DE_TEXT = "Allerdings sagte Forrester’s Curran, es gebe keinen Grund. „Ich erwarte es“, sagte er."
DE_ROWS = """
1 Allerdings allerdings ADV 2 advmod
2 sagte sagen VERB 0 root
3 Forrester’s Forrester PROPN 4 nmod
4 Curran Curran PROPN 2 nsubj
5 , , PUNCT 7 punct
6 es es PRON 7 expl
7 gebe geben VERB 2 ccomp
8 keinen kein DET 9 det
9 Grund Grund NOUN 7 obj
10 . . PUNCT 2 punct

1 „ „ PUNCT 3 punct
2 Ich ich PRON 3 nsubj
3 erwarte erwarten VERB 0 root
4 es es PRON 3 obj
5 “ “ PUNCT 3 punct
6 , , PUNCT 7 punct
7 sagte sagen VERB 3 parataxis
8 er er PRON 7 nsubj
9 . . PUNCT 3 punct
"""


def test_german_er_resolves_to_the_indirect_speaker_and_keeps_the_affiliation() -> None:
    text = DE_TEXT
    sents = parse_conllu(text, DE_ROWS, "de")
    er = text.rindex(" er") + 1  # the pronoun, not the "er" inside "erwarte"
    atts = [Att(_at(text, "Curran"), MentionKind.NAME), Att((er, er + 2), MentionKind.PRONOUN)]
    res = resolve_speakers(text, atts, sents, split_paragraphs(text))
    curran, pronoun = res.speakers
    assert curran is not None and pronoun is not None
    assert curran.name == "Curran" and curran.role == "Forrester"
    assert pronoun.name == "Curran" and pronoun.entity == curran.entity


def test_pronoun_with_no_fitting_antecedent_stays_unresolved() -> None:
    text = "„Wir sind bereit“, sagte er."
    rows = """
1 „ „ PUNCT 3 punct
2 Wir wir PRON 3 nsubj
3 sind sein AUX 0 root
4 bereit bereit ADJ 3 xcomp
5 “ “ PUNCT 3 punct
6 , , PUNCT 7 punct
7 sagte sagen VERB 3 parataxis
8 er er PRON 7 nsubj
9 . . PUNCT 3 punct
"""
    sents = parse_conllu(text, rows, "de")
    res = resolve_speakers(text, [Att((text.rindex("er"), len(text) - 1), MentionKind.PRONOUN)], sents, [])
    sp = res.speakers[0]
    assert sp is not None and sp.name == "er" and sp.antecedent is None
    # still a speaker of its own, marked unresolved (issue 11, class 5)
    assert sp.entity is not None and not res.entities[sp.entity].resolved
    assert "pronoun_unresolved" in res.rules[0]
    assert [e.name for e in res.entities] == ["er"]


def test_gender_agreement_skips_a_nearer_name_of_the_other_gender() -> None:
    text = "Angela Merkel sagte, es gehe voran. Peter Müller nickte. „Es geht voran“, sagte sie."
    rows = """
1 Angela Angela PROPN 3 nsubj
2 Merkel Merkel PROPN 1 flat
3 sagte sagen VERB 0 root
4 , , PUNCT 6 punct
5 es es PRON 6 expl
6 gehe gehen VERB 3 ccomp
7 voran voran ADV 6 compound:prt
8 . . PUNCT 3 punct

1 Peter Peter PROPN 3 nsubj
2 Müller Müller PROPN 1 flat
3 nickte nicken VERB 0 root
4 . . PUNCT 3 punct

1 „ „ PUNCT 3 punct
2 Es es PRON 3 nsubj
3 geht gehen VERB 0 root
4 voran voran ADV 3 compound:prt
5 “ “ PUNCT 3 punct
6 , , PUNCT 7 punct
7 sagte sagen VERB 3 parataxis
8 sie sie PRON 7 nsubj
9 . . PUNCT 3 punct
"""
    sents = parse_conllu(text, rows, "de")
    sie = text.rindex("sie")
    res = resolve_speakers(text, [Att((sie, sie + 3), MentionKind.PRONOUN)], sents, split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None and sp.name == "Angela Merkel"


def test_short_name_gets_the_full_name_the_document_uses_and_titles_stay_apart() -> None:
    text = "Sam Altman kündigte es an. „Wir tun nichts Dummes“, schrieb Dr. Altman."
    rows = """
1 Sam Sam PROPN 3 nsubj
2 Altman Altman PROPN 1 flat
3 kündigte ankündigen VERB 0 root
4 es es PRON 3 obj
5 an an ADP 3 compound:prt
6 . . PUNCT 3 punct

1 „ „ PUNCT 3 punct
2 Wir wir PRON 3 nsubj
3 tun tun VERB 0 root
4 nichts nichts PRON 6 det
5 Dummes dumm NOUN 3 obj
6 “ “ PUNCT 3 punct
7 , , PUNCT 8 punct
8 schrieb schreiben VERB 3 parataxis
9 Dr. Dr. NOUN 10 nmod
10 Altman Altman PROPN 8 nsubj
11 . . PUNCT 3 punct
"""
    sents = parse_conllu(text, rows, "de")
    s = text.index("Dr. Altman")
    res = resolve_speakers(text, [Att((s, s + len("Dr. Altman")), MentionKind.NAME)], sents, split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None
    assert sp.name == "Sam Altman" and sp.title == "Dr." and sp.mention.text == "Dr. Altman"
    assert "full_name" in res.rules[0]


def test_appositive_role_is_kept_and_same_surname_is_one_speaker() -> None:
    text = 'Curran, an analyst at Forrester, said it works. "It works," Curran added.'
    rows = """
1 Curran Curran PROPN 8 nsubj
2 , , PUNCT 4 punct
3 an a DET 4 det
4 analyst analyst NOUN 1 appos
5 at at ADP 6 case
6 Forrester Forrester PROPN 4 nmod
7 , , PUNCT 4 punct
8 said say VERB 0 root
9 it it PRON 10 nsubj
10 works work VERB 8 ccomp
11 . . PUNCT 8 punct

1 " " PUNCT 3 punct
2 It it PRON 3 nsubj
3 works work VERB 0 root
4 , , PUNCT 3 punct
5 " " PUNCT 3 punct
6 Curran Curran PROPN 7 nsubj
7 added add VERB 3 parataxis
8 . . PUNCT 3 punct
"""
    sents = parse_conllu(text, rows, "en")
    atts = [Att(_at(text, "Curran"), MentionKind.NAME), Att(_at(text, "Curran", 1), MentionKind.NAME)]
    res = resolve_speakers(text, atts, sents, split_paragraphs(text))
    a, b = res.speakers
    assert a is not None and b is not None
    assert a.role == "an analyst at Forrester"
    assert a.entity == b.entity == 0 and len(res.entities) == 1
    assert res.speaker_entities({0: [0, 1]})[0].quotes == (0, 1)


@pytest.mark.parametrize(
    ("text", "mention", "kind", "entity_kind"),
    [
        (
            "Ein Sprecher des Ministeriums sagte, es sei ruhig.",
            "Ein Sprecher des Ministeriums",
            MentionKind.NOMINAL,
            "anonymous",
        ),
        ("The company said it would appeal.", "The company", MentionKind.ORGANISATION, "organisation"),
    ],
)
def test_anonymous_sources_and_organisations_are_speakers_without_invented_names(
    text: str, mention: str, kind: MentionKind, entity_kind: str
) -> None:
    s = text.index(mention)
    res = resolve_speakers(text, [Att((s, s + len(mention)), kind)], [], split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None and sp.name == mention
    assert res.entities[0].kind == entity_kind
    if kind == MentionKind.NOMINAL:
        assert sp.role == mention


def test_they_without_an_organisation_stays_unresolved() -> None:
    text = 'Rao spoke. "We will see," they said.'
    rows = """
1 Rao Rao PROPN 2 nsubj
2 spoke speak VERB 0 root
3 . . PUNCT 2 punct

1 " " PUNCT 4 punct
2 We we PRON 4 nsubj
3 will will AUX 4 aux
4 see see VERB 0 root
5 , , PUNCT 4 punct
6 " " PUNCT 4 punct
7 they they PRON 8 nsubj
8 said say VERB 4 parataxis
9 . . PUNCT 4 punct
"""
    sents = parse_conllu(text, rows, "en")
    res = resolve_speakers(text, [Att(_at(text, "they"), MentionKind.PRONOUN)], sents, split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None and sp.name == "they" and sp.antecedent is None
    assert sp.entity is not None and not res.entities[sp.entity].resolved


def test_sentence_adverbs_tagged_as_names_are_no_antecedents() -> None:
    text = "Curran kam. Allerdings regnete es. „Ich erwarte es“, sagte er."
    rows = """
1 Curran Curran PROPN 2 nsubj
2 kam kommen VERB 0 root
3 . . PUNCT 2 punct

1 Allerdings Allerdings PROPN 2 nsubj
2 regnete regnen VERB 0 root
3 es es PRON 2 expl
4 . . PUNCT 2 punct

1 „ „ PUNCT 3 punct
2 Ich ich PRON 3 nsubj
3 erwarte erwarten VERB 0 root
4 es es PRON 3 obj
5 “ “ PUNCT 3 punct
6 , , PUNCT 7 punct
7 sagte sagen VERB 3 parataxis
8 er er PRON 7 nsubj
9 . . PUNCT 3 punct
"""
    sents = parse_conllu(text, rows, "de")
    er = text.rindex(" er") + 1
    res = resolve_speakers(text, [Att((er, er + 2), MentionKind.PRONOUN)], sents, split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None and sp.name == "Curran"


def test_first_person_speakers_are_not_resolved_to_someone_else() -> None:
    text = "Rao sprach. Wir haben es gesagt, sagte ich."
    ich = text.rindex("ich")
    res = resolve_speakers(text, [Att((ich, ich + 3), MentionKind.PRONOUN)], [], split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None and sp.name == "ich" and sp.antecedent is None
    assert sp.entity is not None and not res.entities[sp.entity].resolved


def test_pronoun_table_is_well_formed() -> None:
    from quotekit.attribution.persons import pronoun, pronoun_forms
    from quotekit.lexicon import read_table

    rows = read_table("pronouns.tsv")
    assert len({(r["lang"], r["form"]) for r in rows}) == len(rows)
    for r in rows:
        assert r["lang"] in ("en", "de") and r["form"] == r["form"].lower()
        assert r["gender"] in "mfnx" and r["number"] in ("sg", "pl", "x") and r["person"] in ("1", "2", "3", "rel")
    assert pronoun("He", "en") is not None and "er" in pronoun_forms("de")


@pytest.mark.parametrize(
    "text",
    [
        "Sam Altman Altman said. Frank Walter Frank. Dr. Sam Altman’s plan. Mr Sam  Altman\nAltman",
        "Angela Merkel sagte, Merkel sei bereit. Bundeskanzlerin Angela Dorothea Merkel und Merkels Partei.",
        "Altman. Sam Altman, Altman; Samuel H. Altman-Smith and Sam Altman-Smith met Sam Altman.",
    ],
)
def test_full_name_from_indexed_word_starts_equals_the_whole_text_search(text: str) -> None:
    from quotekit.attribution.name_evidence import WordStarts, full_name_of

    words = WordStarts(text)
    for name in {"Altman", "Merkel", "Frank", "Altman-Smith", "Sam", "Merkels"}:
        assert full_name_of(text, (name,), words) == full_name_of(text, (name,))


def test_a_sentence_opening_is_read_from_the_few_characters_before_a_name() -> None:
    # The bounded look-back must say what a search from the start of the text says (that search, once per name,
    # made resolution quadratic in the document).
    rng = random.Random(7)
    alphabet = list("ab .!?\"'”»\n\t ")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        for offset in range(len(text) + 1):
            assert opens_sentence(text, offset) == (SENTENCE_OPENING.search(text, 0, offset) is not None)


def test_a_sentence_opening_word_written_in_lower_case_elsewhere_opens_no_name() -> None:
    # ``But Anne`` in narration the selection left unparsed: ``but`` is a word of the text, so the name is Anne
    # (before, the whole run was no known name and the pronoun found nobody; in a novel whose ``Victor`` was
    # parsed elsewhere it became the character ``But Victor``)
    text = (
        "The rain had stopped, but the lawn was wet.\n\n"
        "But Anne had already gone down to the gate.\n\n"
        '"Nobody will come now," she said.\n'
    )
    res = resolve_speakers(text, [Att(_at(text, "she"), MentionKind.PRONOUN)], [], split_paragraphs(text))
    sp = res.speakers[0]
    assert sp is not None and sp.name == "Anne"
    assert sp.antecedent is not None and sp.antecedent.text == "Anne"


def test_a_noun_phrase_speaker_takes_its_nouns_grammatical_gender() -> None:
    # a speaker noun of no listed gender is no antecedent of er/sie by its meaning, but German nouns have a
    # gender of their own in the parse, and er agrees with it (der Brotherr … er), not with Anna
    text = "Anna kam herein. „Komm“, sagte der Brotherr. „Ja“, sagte er."
    rows = """
1 Anna Anna PROPN 2 nsubj
2 kam kommen VERB 0 root
3 herein herein ADV 2 compound:prt
4 . . PUNCT 2 punct

1 „ „ PUNCT 2 punct
2 Komm kommen VERB 0 root
3 “ “ PUNCT 2 punct
4 , , PUNCT 5 punct
5 sagte sagen VERB 2 parataxis
6 der der DET 7 det Case=Nom|Definite=Def|Gender=Masc|Number=Sing
7 Brotherr Brotherr NOUN 5 nsubj Case=Nom|Gender=Masc|Number=Sing
8 . . PUNCT 2 punct

1 „ „ PUNCT 2 punct
2 Ja ja INTJ 0 root
3 “ “ PUNCT 2 punct
4 , , PUNCT 5 punct
5 sagte sagen VERB 2 parataxis
6 er er PRON 5 nsubj Case=Nom|Gender=Masc|Number=Sing|Person=3
7 . . PUNCT 2 punct
"""
    sents = parse_conllu(text, rows, "de")
    er = text.rindex(" er") + 1
    atts = [Att(_at(text, "der Brotherr"), MentionKind.NOMINAL), Att((er, er + 2), MentionKind.PRONOUN)]
    res = resolve_speakers(text, atts, sents, split_paragraphs(text))
    nominal, pronoun = res.speakers
    assert nominal is not None and nominal.name == "der Brotherr"  # no German noun phrase goes to a name
    assert pronoun is not None and pronoun.name == "der Brotherr" and pronoun.entity == nominal.entity
