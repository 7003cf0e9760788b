"""English statements whose source is not a verb's subject (issue 12, rep29b): a speech or belief noun with its
content clause (``her decision [to open the borders]``, ``a suggestion [that he might pay]``).

The source is the noun's possessive, or the subject of the verb the noun is the object of (``The university
rebutted Exxon's accusation that …``: PolNeAR names the university), or, for a noun without a possessive, the
subject of the verb its phrase hangs off (``Trump backed away from a suggestion that …``). The sentences here have
no speech verb: the selection parses them for the noun and the ``that``/``to`` after it.

End to end on the shared models. Each positive case names the content the statement must be, its speaker as written
and the rule; each negative case has such a noun and no statement with a source.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.lexicon import report_surface_pattern
from reported_helpers import reporting, statements

# (text, content, speaker as written, rule)
POSITIVE: list[tuple[str, str, str | None, str]] = [
    # the parser hangs the infinitive on the main verb, not on the noun: the clause right after the noun is read
    (
        "Her popularity has been dented by her decision to open the borders to migrants last year.",
        "to open the borders to migrants last year",
        "her",
        "indirect_nominal",
    ),
    (
        "The mayor's standing has suffered from his decision not to raise the minimum wage this year.",
        "not to raise the minimum wage this year",
        "his",
        "indirect_nominal",
    ),
    # the object of a verb: the verb's subject speaks of the claim, and is its source
    (
        "The university rebutted Exxon's accusation that its reporters were biased against the company.",
        "its reporters were biased against the company",
        "The university",
        "indirect_nominal",
    ),
    # no possessive: the subject of the verb the noun's phrase or object hangs off
    (
        "Trump backed away from a suggestion that he might pay the legal costs of a supporter.",
        "he might pay the legal costs of a supporter",
        "Trump",
        "indirect_noun_clause",
    ),
    (
        "Mayor Diaz floated the idea that the city should buy the old stadium.",
        "the city should buy the old stadium",
        "Mayor Diaz",
        "indirect_noun_clause",
    ),
]

NEGATIVE: list[str] = [
    # a fronted phrase: the verb's subject is the one complained about, not the source
    "Despite complaints that he is a quixotic crusader, Sanders won the primary easily.",
    # the noun is the subject: nobody the sentence names holds the idea
    "The idea that prices will fall soon is widespread in the markets.",
    # a decision without a holder
    "The decision to close the school was made in a hurry.",
]


@pytest.mark.models
@pytest.mark.parametrize(("text", "content", "speaker", "rule"), POSITIVE)
def test_a_noun_source_reports_its_content_clause(
    extractor: Extractor, text: str, content: str, speaker: str | None, rule: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (content, speaker, rule) in found, found


@pytest.mark.models
@pytest.mark.parametrize("text", NEGATIVE)
def test_a_noun_without_a_source_reports_nothing(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "en").extract(text)) == []


def test_the_selection_parses_a_noun_with_its_clause_opener() -> None:
    pattern = report_surface_pattern("en")
    assert pattern.search("Merkel was hurt by her decision not to close the borders.") is not None
    assert pattern.search("Donald Trump's assertion Monday that more airstrikes are needed") is not None
    assert pattern.search("The decision was final and the mood was grim.") is None
