"""Pronoun speakers nobody named fits (issue 11, class 5), with the real Stanza pipeline: a person noun as their
antecedent, and an unresolved pronoun still listed among the speakers. (A file of its own: other branches append
to ``test_speakers_news.py`` at the same time.)"""

from __future__ import annotations

import pytest

from quotekit import Extractor

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Der Bürgermeister kam spät. „Ich bin müde“, sagte er.", "Der Bürgermeister"),
        ("Die Ministerin kam am Abend. „Wir haben viel erreicht“, sagte sie.", "Die Ministerin"),
        ('The mayor arrived late. "I am tired," he said.', "The mayor"),
        ('The spokeswoman arrived late. "We are ready," she said.', "The spokeswoman"),
    ],
)
def test_a_pronoun_nobody_named_fits_speaks_for_the_person_noun_before_it(
    extractor: Extractor, text: str, noun: str
) -> None:
    result = extractor.extract(text)
    (q,) = result.quotes
    assert q.speaker is not None and q.speaker.name == noun
    assert q.speaker.antecedent is not None and q.speaker.antecedent.text == noun
    assert q.speaker.mention.text in ("er", "sie", "he", "she")
    assert q.speaker.entity is not None
    entity = result.speakers[q.speaker.entity]
    assert entity.name == noun and entity.resolved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Der Bürgermeister kam mit Peter Hill. „Ich bin müde“, sagte er.", "Peter Hill"),
        ('The mayor arrived with Peter Hill. "I am tired," he said.', "Peter Hill"),
    ],
)
def test_a_name_in_reach_still_wins_over_a_person_noun(extractor: Extractor, text: str, name: str) -> None:
    (q,) = extractor.extract(text).quotes
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Der Bericht kam spät. „Ich bin müde“, sagte er.",
        'The report arrived late. "I am tired," he said.',
        "Die Ministerin kam spät. „Ich bin müde“, sagte er.",
        'The spokeswoman arrived late. "I am tired," he said.',
    ],
)
def test_a_noun_that_cannot_speak_or_disagrees_is_no_antecedent(extractor: Extractor, text: str) -> None:
    result = extractor.extract(text)
    (q,) = result.quotes
    assert q.speaker is not None and q.speaker.name == q.speaker.mention.text
    assert q.speaker.antecedent is None


@pytest.mark.parametrize(
    ("text", "pronouns"),
    [
        ("„Hier ist es schön“, sagte sie.", ["sie"]),
        ('"It is nice here," she said.', ["she"]),
        ('"It is nice here," she said. "It is cold," he said.', ["she", "he"]),
    ],
)
def test_an_unresolved_pronoun_is_a_speaker_of_its_own(extractor: Extractor, text: str, pronouns: list[str]) -> None:
    result = extractor.extract(text)
    assert [s.name for s in result.speakers] == pronouns
    for q, entity in zip(result.quotes, result.speakers, strict=True):
        assert not entity.resolved and "unresolved" in repr(entity)
        assert q.speaker is not None and q.speaker.entity == entity.id and entity.quotes == (result.quotes.index(q),)
    assert "(unresolved)" in str(result) and "(unresolved)" in result.to_html()
