"""German fiction (issue 15): turns joined in one paragraph (``»…« – »…«``, ``»…« »…«``, ``fragte er. – »…«``) and a
demonstrative standing for the speaker (``fragte dieser``). Passages written for the tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_at, speaker_at

# A dash joins two turns: the second answers the name the first calls, not the first's speaker again.
DASH_JOINED = (
    "Die Bäuerin stand am Zaun und sah den Weg hinunter.\n\n"
    "»Komm doch herein, Fritz, es regnet gleich!« rief sie. – »Ist der Vater schon fort?«\n"
)


@pytest.mark.models
def test_a_dash_joined_turn_is_the_addressed_party(extractor: Extractor) -> None:
    r = extractor.extract(DASH_JOINED)
    assert speaker_at(r, "Ist der Vater", "mention") == "Fritz"
    assert "joined_turn" in quote_at(r, "Ist der Vater").rules


# A tag between two parts of one turn keeps its speaker: ``»…«, sagte sie, »…«`` is no join.
TAG_BETWEEN = (
    "Die Bäuerin stand am Zaun und sah den Weg hinunter.\n\n»Komm doch herein, Fritz«, rief sie, »es regnet gleich!«\n"
)


@pytest.mark.models
def test_a_quotation_after_its_own_tag_is_no_new_turn(extractor: Extractor) -> None:
    r = extractor.extract(TAG_BETWEEN)
    speaker = speaker_at(r, "es regnet gleich", "mention")
    assert speaker is not None and speaker != "Fritz"
    assert "joined_turn" not in quote_at(r, "es regnet gleich").rules


# A chain of dash-joined turns alternates: the third is the first party's again, the fourth the second's.
CHAIN = (
    "Der Bauer kam spät in der Nacht nach Hause.\n\n"
    "»Wo bist du gewesen, Hans?« fragte der Bauer. – »Im Wald.« – »Allein?« – »Mit dem Jäger.«\n"
)


@pytest.mark.models
def test_dash_joined_turns_alternate(extractor: Extractor) -> None:
    r = extractor.extract(CHAIN)
    assert speaker_at(r, "Im Wald", "mention") == "Hans"
    allein = speaker_at(r, "Allein", "mention")
    assert allein is not None and "Bauer" in allein
    assert speaker_at(r, "Mit dem Jäger", "mention") == "Hans"


# News quotes one source in quotations one after the other after narration: no join, the same speaker.
NEWS_RUN = (
    "Der Minister verurteilte die Haltung der Regierung. „Diese Politik ist ungerecht und wird scheitern.“ "
    "„Wir werden alles tun, um sie zu ändern.“\n"
)


@pytest.mark.models
def test_quotations_after_narration_are_no_joined_turns(extractor: Extractor) -> None:
    r = extractor.extract(NEWS_RUN)
    assert all("joined_turn" not in q.rules for q in r.quotes)


# Two turns in one paragraph opened by the first (``»…« »…«``): the next paragraph's untagged turn alternates with
# the second, so it is the first party's again.
SPACE_JOINED = (
    "Der Vater saß am Tisch und las die Zeitung.\n\n"
    "»Du solltest früher schlafen gehen, Anna!« sagte der Vater.\n\n"
    "»Ich bin aber nicht müde.«\n\n"
    "»Ich sage es dir zum letzten Mal, Anna!« »Aber ...«\n\n"
    "»Keine Widerrede!«\n"
)


@pytest.mark.models
def test_a_space_joined_turn_ends_its_paragraph(extractor: Extractor) -> None:
    r = extractor.extract(SPACE_JOINED)
    assert speaker_at(r, "Aber", "mention") == "Anna"
    last = speaker_at(r, "Keine Widerrede", "mention")
    assert last is not None and "Vater" in last


# A tag after a joined turn is that turn's, not the quotation's before it.
TAG_BEYOND_JOIN = (
    "Vrenchen stand am Fenster ihrer Kammer und sah in den Garten hinaus.\n\n"
    "»Geh nach Hause, Sali!« – »Bist du allein?« fragte dieser, »kann ich hereinkommen?«\n"
)


@pytest.mark.models
def test_a_tag_beyond_a_joined_turn_is_not_the_quotes(extractor: Extractor) -> None:
    r = extractor.extract(TAG_BEYOND_JOIN)
    assert speaker_at(r, "Geh nach Hause", "mention") != "dieser"


# ``fragte dieser``: the demonstrative stands for the speaker named before.
DEMONSTRATIVE = (
    "Der Magister hielt den Vogel in beiden Händen, und dieser sprach jetzt: »Er tut dir nichts, Kind!«\n\n"
    "»Nützlicher als Schnurrbartdrehen ist es allemal«, gab dieser zurück.\n"
)


@pytest.mark.models
def test_a_demonstrative_beside_its_speech_verb_speaks(extractor: Extractor) -> None:
    r = extractor.extract(DEMONSTRATIVE)
    assert speaker_at(r, "Er tut dir", "mention") == "dieser"


# ``sagte dieser, dass …``: beside a content clause the demonstrative is left to the reported-speech rules.
DEMONSTRATIVE_CONTENT = (
    "Der Reporter sprach mit dem Arzt von Rainer Wittner. Später sagte dieser, dass Wittner in „seiner eigenen "
    "Welt“ lebe.\n"
)


@pytest.mark.models
def test_a_demonstrative_before_a_content_clause_is_not_taken(extractor: Extractor) -> None:
    r = extractor.extract(DEMONSTRATIVE_CONTENT)
    assert not any("demonstrative_subject" in rule for q in r.quotes for rule in q.rules)
