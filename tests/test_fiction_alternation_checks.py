"""What an alternating exchange carries from two turns back (issue 15): a carried pronoun tag whose own resolution
is the character who spoke the turn right before is resolved again, and a capitalised exclamation is no name the
previous turn addressed. Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote


def _footmarks(reply_tag: str, call: str = "") -> str:
    # ``he said`` is resolved to Mr. Watson, the narration's latest man, for its own turn
    return (
        "Mr. Holmes bent over the dusty floor with his lamp. Mr. Watson stood by the window and watched him work, "
        "and then Mr. Watson knelt beside the marks as well.\n\n"
        '"I wish you to notice these footmarks," he said.\n\n'
        f'"They belong to a child," {reply_tag}.\n\n'
        f'"Apart from their size,{call} is there nothing else?"\n\n'
        '"They look like any other footmarks."\n\n'
        '"Not at all. Look here, at the toes."\n'
    )


# Watson answers the ``he`` that was resolved to Watson: the exchange has two parties, so the carried ``he`` is
# the other man.
CLASH = _footmarks("said Watson")
# Mrs. Hudson answers: nothing says the ``he`` was wrong, and it keeps its own turn's resolution.
NO_CLASH = _footmarks("said Mrs. Hudson")
# Mrs. Hudson answers, and the carrying turn calls Watson by name: it is not Watson's.
CALLED = _footmarks("said Mrs. Hudson", " Mr. Watson,")


@pytest.mark.models
def test_a_carried_pronoun_that_names_the_previous_speaker_is_resolved_again(extractor: Extractor) -> None:
    r = extractor.extract(CLASH)
    own = _quote(r, "I wish you")
    assert own.speaker is not None and own.speaker.name == "Watson"  # the tag's own resolution, left as it is
    for start in ("Apart from", "Not at all"):
        q = _quote(r, start)
        assert "two_turns_back" in q.rules
        assert q.speaker is not None and q.speaker.mention.start == own.speaker.mention.start
        assert q.speaker.name == "Holmes"
    reply = _quote(r, "They look like")
    assert reply.speaker is not None and reply.speaker.name == "Watson"


@pytest.mark.models
def test_a_carried_pronoun_keeps_its_resolution_when_another_party_answers(extractor: Extractor) -> None:
    r = extractor.extract(NO_CLASH)
    own = _quote(r, "I wish you")
    for start in ("Apart from", "Not at all"):
        q = _quote(r, start)
        assert "two_turns_back" in q.rules
        assert q.speaker is not None and own.speaker is not None
        assert q.speaker.name == own.speaker.name == "Watson" and q.speaker.entity == own.speaker.entity


@pytest.mark.models
def test_a_carried_pronoun_is_not_the_character_its_turn_calls_by_name(extractor: Extractor) -> None:
    r = extractor.extract(CALLED)
    q = _quote(r, "Apart from")
    assert "two_turns_back" in q.rules
    assert q.speaker is not None and q.speaker.name == "Holmes"


PARSONAGE = (
    "They walked on from the house together; it had been an excellent dinner, and Elizabeth was in good "
    "spirits.\n\n"
    '"Did you ever see the parsonage at Kympton?" asked Elizabeth.\n\n'
    '"Often. It is the living which I ought to have had. A most delightful place!--Excellent Parsonage House! It '
    'would have suited me in every respect," said Wickham.\n\n'
    '"How should you have liked making sermons?"\n\n'
    '"Exceedingly well, I believe."\n\n'
    '"Dear Lizzy! How can you ask him such things?" cried Jane.\n\n'
    '"I only asked him what he would have liked."\n'
)


@pytest.mark.models
def test_words_the_text_writes_in_lower_case_are_no_addressed_name(extractor: Extractor) -> None:
    r = extractor.extract(PARSONAGE)
    assert _quote(r, "Often. It is").addressee is None
    q = _quote(r, "How should you")
    assert q.speaker is not None and q.speaker.name == "Elizabeth"
    assert "two_turns_back" in q.rules and "addressed" not in q.rules


@pytest.mark.models
def test_a_name_after_such_a_word_is_still_addressed(extractor: Extractor) -> None:
    r = extractor.extract(PARSONAGE)
    called = _quote(r, "Dear Lizzy")
    assert called.addressee is not None and called.addressee.text == "Dear Lizzy"
    q = _quote(r, "I only asked")
    assert q.speaker is not None and "Lizzy" in q.speaker.name and "addressed" in q.rules
