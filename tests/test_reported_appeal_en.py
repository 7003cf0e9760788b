"""What the subject of an appeal verb asks for (issue 12, up27): ``called for [a special prosecutor]``, ``called on
[Congress to pass a deal]`` (``appeal_phrase`` and ``appeal_listener`` rows of ``function_words.tsv``, rule
``indirect_appeal``). The sentences hold no cue word, so these also check that the selection parses them. End to
end on the shared models; positive and negative."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.lexicon import report_surface_pattern
from reported_helpers import of_rule, starting_with

# (text, content starts with, speaker as written)
POSITIVE = [
    # the noun phrase after "for", with an infinitive of its own
    (
        "Earlier in the week, Trump called for a special prosecutor to investigate the deal.",
        "a special prosecutor",
        "Trump",
    ),
    (
        "In December, the prince called for Trump to drop out of the race.",
        "Trump to drop out of the race",
        "the prince",
    ),
    # through a coordinator that joins no finite verb
    (
        "The group wants all foreigners sentenced to two or more years in jail to leave, and it has called for "
        "higher taxes or lower spending.",
        "higher taxes or lower spending",
        "it",
    ),
    # the subject of the verb a participle hangs on
    (
        "The youth wing launched a referendum in Bern, calling for tougher rules on citizenship.",
        "tougher rules on citizenship",
        "The youth wing",
    ),
    # the listener and the infinitive after "on"
    (
        "The senator called on the administration to block the merger, but few expect it.",
        "the administration to block the merger",
        "The senator",
    ),
]

NEGATIVE = [
    # "on" without an infinitive is a visit
    "I called on Mrs. Smith yesterday afternoon.",
    # a passive calls a race
    "Texas was called for Ted Cruz moments after the polls closed.",
    # an infinitive of an adjective
    "The race was too close to call for much of the night.",
    # the verb without the preposition
    "The governor called the plan a disaster.",
    # only pronouns after the preposition
    "He called for them.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_an_appeal_reports_what_is_called_for(extractor: Extractor, text: str, content: str, speaker: str) -> None:
    hits = starting_with(extractor, "en", text, content)
    assert hits[0][1] == speaker, hits
    assert hits[0][2] == "indirect_appeal", hits


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_an_appeal_without_content_or_source_reports_nothing(extractor: Extractor, text: str) -> None:
    assert of_rule(extractor, "en", text, "indirect_appeal") == []


def test_the_selection_parses_a_sentence_with_an_appeal_verb_and_its_preposition() -> None:
    pattern = report_surface_pattern("en")
    assert pattern.search("Sanders has long called for her ouster.") is not None
    assert pattern.search("Clinton is calling on Congress to act.") is not None
    # A bare form of `call` is selected too, for the labelling rule (`called [Trump a fascist]`); the appeal rule
    # itself still needs the preposition, which the negative passages above pin.
    assert pattern.search("They phone him often.") is None
