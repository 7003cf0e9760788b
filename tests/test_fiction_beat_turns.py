"""German fiction dialogue (issue 15): a turn opened by a beat sentence (``Grete lachte. »…«``) counts as a turn
of the exchange. Passages written for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import name_at

# Two tagged turns make the dialogue; the third turn opens with a beat whose subject speaks it, and the untagged
# turns after it alternate from there (continuation would give them all to Marie, the beat's subject).
BEAT_TURN = (
    "Der Regen hatte aufgehört, und die beiden Kinder saßen am Fenster der Küche.\n\n"
    "»Kommst du morgen mit zum See?« fragte Paul.\n\n"
    "»Vielleicht«, sagte Marie.\n\n"
    "Marie lachte. »Oder weißt du was? Wir gehen gleich.«\n\n"
    "»Jetzt noch? Es wird doch bald dunkel.«\n\n"
    "»Dann müssen wir eben laufen.«\n"
)


@pytest.mark.models
def test_a_beat_led_turn_keeps_the_exchange_going(extractor: Extractor) -> None:
    r = extractor.extract(BEAT_TURN)
    assert name_at(r, "Oder weißt du") == "Marie"
    assert name_at(r, "Jetzt noch") == "Paul"
    assert name_at(r, "Dann müssen") == "Marie"
