"""A document's title that reports with a speech or belief verb (issue 12; ``indirect_headline_verb``): headline
grammar makes the tagger read the verb as a noun or a name, so the title is read by word order. End to end on the
shared models; positive and negative cases."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

RULE = "indirect_headline_verb"
BODY = "\n\nThe remarks came at a town hall meeting on Monday evening."

# (title, content as reported, a word of the speaker)
POSITIVE = [
    # subject, a finite speech verb in capitals, the claim after it
    ("Former Ohio Governor Says Party Needs New Direction.", "Party Needs New Direction", "Governor"),
    ("New Survey Shows Wide Gap Between Rural And Urban Voters.", "Wide Gap Between Rural And Urban Voters", "Survey"),
    # an adverb between subject and verb; the content ends at the comma before a second title part
    ("Mayor Just Promised Free Buses For Students, Drew Loud Applause.", "Free Buses For Students", "Mayor"),
    # a lower-case title whose verb the tagger reads as a noun
    ("Union chief blasts board's decision on wages.", "board's decision on wages", "chief"),
    # the tag closes the title after a comma: the content comes first (``Expected`` before it is no verb of its own)
    ("The Recovery Is Slower Than Expected, Central Bank Chief Says.", "The Recovery Is Slower Than Expected", "Chief"),
]

NEGATIVE = [
    # a possessive before the word: it is a noun (``Claims``), not a verb
    "Governor's Claims About Housing Draw Sharp Criticism.",
    # the act's target after a preposition, which PolNeAR cuts unpredictably
    "Senator Just Responded To The Mayor's Budget With One Brutal Line.",
    "Trump talks to Megyn Kelly about bullying.",
    # the verb of a relative clause inside the subject
    "Hacker who revealed private email addresses admits to other intrusions.",
    # an -ing form and a base form after a singular noun are as often nouns in a title
    "Drivers Stunned By Warning Sign On Rural Highway.",
    "Washington Post Assembles A Team Of Reporters.",
]


@pytest.mark.models
@pytest.mark.parametrize(("title", "content", "speaker"), POSITIVE)
def test_a_title_with_a_speech_verb_reports_its_claim(
    extractor: Extractor, title: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(title + BODY))
    hits = [f for f in found if f[2] == RULE]
    assert [h[0] for h in hits] == [content], found
    assert hits[0][1] is not None and speaker in hits[0][1], hits


@pytest.mark.models
@pytest.mark.parametrize("title", NEGATIVE)
def test_a_title_without_that_shape_gives_nothing_to_the_rule(extractor: Extractor, title: str) -> None:
    found = statements(reporting(extractor, "en").extract(title + BODY))
    assert not [f for f in found if f[2] == RULE], found


@pytest.mark.models
def test_only_the_documents_first_paragraph_is_a_title(extractor: Extractor) -> None:
    text = "The council met on Monday.\n\nFormer Ohio Governor Says The Party Needs A New Direction.\n\nIt was late."
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found
