"""Two content clauses opened by ``that`` that the that-clause rule used to pass over (issue 12, rep30a).

``as`` on a speech verb makes its clause a parenthetical tag (``The plan failed, as the mayor noted``, rule 6), but
a verb with ``as`` and a ``that`` clause of its own reports that clause (``smiled as she noted that [the budget
…]``; the parser also hangs the ``as`` of ``as well as`` on the verb). A verb of opinion reports only a clause that
opens with its own subject; after ``that`` the subject may open with any word (``think that [at least two
candidates …]``, ``that [younger voters …]``), not with a subordinate clause.

End to end on the shared models.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

# (text, content, speaker as written)
POSITIVE: list[tuple[str, str, str]] = [
    (
        "The mayor smiled as she noted that the budget had been balanced for three years.",
        "the budget had been balanced for three years.",
        "she",
    ),
    (
        "The governor, as well as his staff, has always maintained that the bridge was safe.",
        "the bridge was safe.",
        "The governor",
    ),
    (
        "Party strategists think that at least two candidates will move on to South Carolina.",
        "at least two candidates will move on to South Carolina.",
        "Party strategists",
    ),
    (
        "Her allies think that younger voters are not aware of her record on immigration.",
        "younger voters are not aware of her record on immigration.",
        "Her allies",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_that_clause_is_reported(extractor: Extractor, text: str, content: str, speaker: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (content, speaker, "indirect_that_clause") in found, found


def test_as_without_a_that_clause_stays_a_parenthetical_tag(extractor: Extractor) -> None:
    found = statements(reporting(extractor, "en").extract("The plan failed, as the mayor noted."))
    assert [(f[0], f[2]) for f in found] == [("The plan failed", "indirect_as")], found


def test_an_opinion_after_that_with_no_subject_first_is_not_reported(extractor: Extractor) -> None:
    found = statements(
        reporting(extractor, "en").extract("Officials think that if the rain stops the match will go on.")
    )
    assert found == [], found
