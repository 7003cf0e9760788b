"""Speech verbs whose object is no topic of speech (issue 12, fp27).

``claim`` and ``interrupt`` take objects that are won or broken off, not what was said (``claiming [his third
victory]``, ``claimed [responsibility for the attack]``, ``interrupted [her speech]``): rows of ``no_topic_verb``
in ``function_words.tsv``, which the speech-act rule skips. A content clause of ``claim`` is still reported, and
another act's object still is.

End to end on the shared models.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

NO_TOPIC: list[str] = [
    "Sanders won the Minnesota caucus, claiming his third victory of the night.",
    "Protesters interrupted her speech at the university.",
]


@pytest.mark.parametrize("text", NO_TOPIC)
def test_the_object_is_not_reported(extractor: Extractor, text: str) -> None:
    assert statements(reporting(extractor, "en").extract(text)) == []


def test_a_claim_with_a_content_clause_is_reported(extractor: Extractor) -> None:
    found = statements(reporting(extractor, "en").extract("The group claimed that the attack was a success."))
    assert found == [("the attack was a success.", "The group", "indirect_that_clause")], found


def test_another_act_keeps_its_object(extractor: Extractor) -> None:
    found = statements(
        reporting(extractor, "en").extract("Sanders won the Minnesota caucus, criticizing the trade deal.")
    )
    assert found == [("the trade deal", "Sanders", "indirect_speech_act")], found
