"""A two-party run whose other party no tag names takes the name the first words of the turn after it call,
across at most one narration paragraph (issue 15, :func:`quotekit.attribution.dialogue.addressed_after_run`).
Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at as _quote

# Two untagged turns in a row make the document a dialogue. Elizabeth's tag names one party; the other speaks
# untagged, and only the reply after the beat calls him by name.
_RUN = (
    "Elizabeth walked home along the lane with her companion.\n\n"
    '"Where have you been all day?" asked Elizabeth.\n\n'
    '"In the village."\n\n'
    '"Did you see my aunt there?"\n\n'
    '"I did not."\n\n'
)
REPLY = (
    _RUN + "She walked on in silence, and at the gate she only said, with a smile,\n\n"
    '"Come, Mr. Wickham, let us not quarrel."\n'
)
# The name comes after the turn's first sentence: the speaker turns to someone new.
LATE_NAME = (
    _RUN + "She walked on in silence, and at the gate she only said, with a smile,\n\n"
    '"We shall see. Mr. Wickham, will you come in?"\n'
)
# Two narration paragraphs: the turn after them is no reply within the run.
FAR = (
    _RUN + "She walked on in silence.\n\nAt the gate she stopped and smiled.\n\n"
    '"Come, Mr. Wickham, let us not quarrel."\n'
)
GERMAN = (
    "Elisabeth ging mit ihrem Begleiter den Weg nach Hause.\n\n"
    "»Wo warst du den ganzen Tag?« fragte Elisabeth.\n\n"
    "»Im Dorf.«\n\n"
    "»Hast du dort meine Tante gesehen?«\n\n"
    "»Nein.«\n\n"
    "Sie ging schweigend weiter, und am Tor sagte sie nur lächelnd:\n\n"
    "»Komm, Georg, wir wollen nicht streiten.«\n"
)


@pytest.mark.models
def test_the_reply_after_the_run_names_its_other_party(extractor: Extractor) -> None:
    r = extractor.extract(REPLY)
    q = _quote(r, "In the village")
    assert q.speaker is not None and q.speaker.name == "Wickham", (q.speaker, q.rules)
    assert "addressed_after_run" in q.rules
    # alternation carries the name to the party's other turn; the tagged party keeps hers
    later = _quote(r, "I did not")
    assert later.speaker is not None and later.speaker.name == "Wickham", (later.speaker, later.rules)
    aunt = _quote(r, "Did you see")
    assert aunt.speaker is not None and aunt.speaker.name == "Elizabeth"


@pytest.mark.models
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LATE_NAME, id="a_name_after_the_first_sentence"),
        pytest.param(FAR, id="across_two_narration_paragraphs"),
    ],
)
def test_no_reply_outside_the_run(extractor: Extractor, text: str) -> None:
    q = _quote(extractor.extract(text), "In the village")
    assert "addressed_after_run" not in q.rules
    assert q.speaker is None


@pytest.mark.models
def test_german_reply_after_the_run(extractor: Extractor) -> None:
    q = _quote(extractor.extract(GERMAN), "Im Dorf")
    assert q.speaker is not None and q.speaker.name == "Georg", (q.speaker, q.rules)
    assert "addressed_after_run" in q.rules
