"""German fiction (issue 15): a verb the cue table does not list, coordinated before a colon (``besann sich der
Fuhrmann und dachte: »…«``), gives the quotation the subject it shares with the verb before it. Passages written
for these tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import name_at

# ``dachte`` is no speech verb of the table; the listed ``sprach`` after the quotation belongs to the next one.
THOUGHT_BEFORE_COLON = (
    "Die Alte wartete am Brunnen und sah den Schäfer lange an.\n\n"
    "Nun besann sich der Schäfer eine Weile und dachte: »Was ich nicht kenne, das brauche ich auch nicht,« "
    "und dann sprach er zu der Alten: »Nimm es nur mit.«\n"
)


@pytest.mark.models
def test_a_coordinated_verb_before_a_colon_shares_its_subject(extractor: Extractor) -> None:
    r = extractor.extract(THOUGHT_BEFORE_COLON)
    assert name_at(r, "Was ich nicht kenne") == "der Schäfer"
