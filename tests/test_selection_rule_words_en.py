"""English sentences parsed for the rules that read no cue verb (issue 12, rep29a): the passive participle of an
attitude verb (``was supported by``, read by indirect_agent) and the forms of a refusal verb (``declined to``, read by
indirect_refusal) are ``report_marker`` rows, so their sentences are parsed when indirect speech is asked for, and
only then. Before, such a sentence was parsed only when it held a speech verb as well (``declined to comment``).

The selection tests need no models; the end-to-end ones run the shared models on sentences without any cue verb.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.lexicon import cue_surface_pattern, report_surface_pattern
from quotekit.paragraphs import split_paragraphs
from quotekit.selection import select_chunks
from reported_helpers import reporting, statements

# sentences with neither a cue verb nor a quotation: before these rows none of them was parsed
SELECTED = [
    "In Vermont, Bernie Sanders was supported by large majorities of voters.",
    "Her view is shared by the senator from Ohio.",
    "The mayor declined to offer a figure for the layoffs.",
    "He was cast as the candidate of the party's old guard.",
]

NOT_SELECTED = [
    "The weather was fine in Vermont.",
    "Bernie Sanders supports a higher minimum wage.",  # active: the agent rule reads only the passive participle
]


def _selected(text: str, *, indirect: bool = True) -> list[str]:
    cues = {"en": cue_surface_pattern("en")}
    reports = {"en": report_surface_pattern("en")}
    chunks = select_chunks(text, split_paragraphs(text), ["en"], [], cues, indirect=indirect, report_patterns=reports)
    return [text[c.start : c.end] for c in chunks]


@pytest.mark.parametrize("sentence", SELECTED)
def test_a_rule_word_without_a_cue_verb_has_its_sentence_parsed(sentence: str) -> None:
    text = f"The weather was fine. {sentence} The roads were empty."
    assert _selected(text) == [sentence]
    # the cue pattern alone does not know the word: the report pattern is what keeps the sentence
    assert cue_surface_pattern("en").search(sentence) is None


@pytest.mark.parametrize("sentence", SELECTED)
def test_without_indirect_speech_a_rule_word_costs_no_parse(sentence: str) -> None:
    assert _selected(f"The weather was fine. {sentence}", indirect=False) == []


@pytest.mark.parametrize("sentence", NOT_SELECTED)
def test_a_sentence_without_a_rule_word_is_not_parsed(sentence: str) -> None:
    assert _selected(sentence) == []


# (text, content, speaker as written, rule): sentences whose only reporting word is one of the new rows
POSITIVE: list[tuple[str, str, str, str]] = [
    (
        "The mayor declined to offer a figure for the layoffs.",
        "to offer a figure for the layoffs",
        "The mayor",
        "indirect_refusal",
    ),
    (
        "In Vermont, Bernie Sanders was supported by large majorities of voters.",
        "Bernie Sanders",
        "large majorities of voters",
        "indirect_agent",
    ),
]

# a rule word that reports nothing: parsed now, and still no statement
NEGATIVE: list[str] = [
    "Car sales declined sharply last year.",
    "Prices declined to a record low in March.",
    "The two teams shared the trophy after the final.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker", "rule"), POSITIVE)
def test_a_statement_in_a_sentence_without_a_cue_verb_is_found(
    extractor: Extractor, text: str, content: str, speaker: str, rule: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (content, speaker, rule) in found, found


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_a_rule_word_that_reports_nothing_yields_no_statement(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "en").extract(text)) == []
