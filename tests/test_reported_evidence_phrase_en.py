"""A poll, survey or study named in a phrase that opens the sentence gives the source of the clause after its comma
(issue 12, rep30c): ``In the CBS poll, [Trump's lead …]`` (``evidence_case`` and ``evidence_noun`` rows of
``function_words.tsv``, rule ``indirect_evidence_phrase``). End to end on the shared models; positive and
negative."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import of_rule, reporting, starting_with, statements

# (text, content starts with, speaker as written)
POSITIVE = [
    (
        "In the CBS poll, Trump's lead over Cruz remained in double digits, but narrowed to 13 points.",
        "Trump's lead over Cruz",
        "the CBS poll",
    ),
    # past a participle phrase on the noun
    (
        "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 percent to 39 percent "
        "among young voters.",
        "Clinton led Trump",
        "the latest Washington Post-ABC News poll",
    ),
]

NEGATIVE = [
    # no poll, survey or study in the phrase
    "In the end, the senator won the race easily.",
    "In Iowa, the senator won the race easily.",
    # not opening the sentence
    "The senator, in the CBS poll, won the race easily.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_an_opening_poll_phrase_is_the_source(extractor: Extractor, text: str, content: str, speaker: str) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker, hits
    assert hits[0][2] == "indirect_evidence_phrase", hits


@pytest.mark.models
def test_a_speech_verb_after_the_poll_phrase_speaks_itself(extractor: Extractor) -> None:
    text = "In a national CNN poll released Monday, 31 percent of Republicans said they were enthusiastic."
    found = statements(reporting(extractor, "en").extract(text))
    assert [f for f in found if f[2] == "indirect_evidence_phrase"] == [], found
    assert any(f[0].startswith("they were enthusiastic") for f in found), found


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_an_opening_phrase_without_a_poll_reports_nothing(extractor: Extractor, text: str) -> None:
    assert of_rule(extractor, "en", text, "indirect_evidence_phrase") == []
