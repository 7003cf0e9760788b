"""The gender a subject name's own clause shows (:func:`gender_in_clause`, issue 15, PDNC): a pronoun close under
the name's verb is the name's (``Marilla sniffed, to express her contempt``), one in a clause further down is
someone else's as often (``Wickham looked as if scarcely knowing whether to rejoice over her words``: the words
are Elizabeth's, and a wrong ``f`` for Wickham barred him from every later ``he``). Passages written for these
tests, real parses."""

from __future__ import annotations

import pytest

from quotekit.attribution.name_evidence import gender_in_clause, proper_runs
from quotekit.nlp import Pipelines
from quotekit.tree import sentences_from_stanza


def _gender_of(pipelines: Pipelines, sentence: str, name: str) -> str | None:
    doc = pipelines.parse("en", [sentence])[0]
    sent = sentences_from_stanza(doc, "en")[0]
    run = next(r for r in proper_runs(sent) if r[0].text == name)
    return gender_in_clause(sent, run)


@pytest.mark.models
@pytest.mark.parametrize(
    ("sentence", "name", "gender"),
    [
        ("Harriet sniffed, to show her scorn for the vicar's taste in hats, and went off.", "Harriet", "f"),
        ("Bertram put down his newspaper and looked at the clock.", "Bertram", "m"),
    ],
    ids=["three_heads_down", "object_of_the_verb"],
)
def test_a_pronoun_near_the_names_verb_gives_its_gender(
    pipelines: Pipelines, sentence: str, name: str, gender: str
) -> None:
    assert _gender_of(pipelines, sentence, name) == gender


@pytest.mark.models
def test_a_pronoun_deep_in_a_clause_below_gives_none(pipelines: Pipelines) -> None:
    sentence = "Bertram looked as if scarcely knowing whether to rejoice over her letter or to doubt its meaning."
    assert _gender_of(pipelines, sentence, "Bertram") is None
