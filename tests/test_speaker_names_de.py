"""Speaker names of noun phrases in the nominative (issue 11, class 4): ``laut einem Sprecher`` names ``ein
Sprecher``, while the mention stays as written. End to end with the real Stanza pipeline."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import quote_starting

pytestmark = pytest.mark.models


# (text, start of the quote, speaker name, mention as written)
CASES = {
    "dative_indefinite": ("„Das ist gut“, hieß es laut einem Sprecher.", "Das ist", "ein Sprecher", "einem Sprecher"),
    "dative_definite_opening": (
        "Dem Bericht zufolge ist die Lage „sehr ernst“.",
        "sehr ernst",
        "Der Bericht",
        "Dem Bericht",
    ),
    "genitive": (
        "Nach Angaben des Ministeriums sei die Lage „unter Kontrolle“.",
        "unter Kontrolle",
        "das Ministerium",
        "des Ministeriums",
    ),
    "dative_adjective": (
        "Die Straße bleibt laut der zuständigen Behörde „bis auf Weiteres gesperrt“.",
        "bis auf",
        "die zuständige Behörde",
        "der zuständigen Behörde",
    ),
    "nominative_unchanged": (
        "„Wir prüfen den Fall“, sagte ein Sprecher der Stadt.",
        "Wir prüfen",
        "ein Sprecher der Stadt",
        "ein Sprecher der Stadt",
    ),
    "plural_unchanged": (
        "„Das ist gut“, hieß es laut den Sprechern.",
        "Das ist",
        "den Sprechern",
        "den Sprechern",
    ),
    "english_unchanged": (
        "“The plan is dead,” according to a spokesman.",
        "The plan",
        "a spokesman",
        "a spokesman",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_speaker_name_in_nominative(extractor: Extractor, case: str) -> None:
    text, content, name, written = CASES[case]
    q = quote_starting(extractor, text, content)
    assert q.speaker is not None, q.text
    assert q.speaker.mention.text == written
    assert text[q.speaker.mention.start : q.speaker.mention.end] == written  # the offsets still point at it
    assert q.speaker.name == name
