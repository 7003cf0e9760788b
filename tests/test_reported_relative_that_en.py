"""A relative ``that`` after a noun is no complementiser (issue 12, fp27).

The that-clause rule drops the ``that`` before its content; when that word is the subject or object of the clause
after it and follows a noun outside the verb's object (``said in a documentary that [showed off …]``, ``spoke in a
manner that [is unusual …]``), the clause describes the noun and reports nothing. A real complementiser after such
a noun (``said in a documentary that [the factory would close]``), a relative clause on the verb's own object (which
PolNeAR marks with the object), and a noun subject the tagger took for the relative verb stay reported.

End to end on the shared models.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RELATIVE: list[str] = [
    "The mayor spoke about the budget in a manner that is unusual for a Republican.",
    "The senator said in a documentary that showed off the new factory.",
    "Officials worry about other things that might kill them, such as obesity.",
    "The latest delay adds to the drama that has surrounded the project.",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_a_relative_clause_on_a_noun_is_not_content(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [f for f in found if f[2] == "indirect_that_clause"] == [], found


# (text, content, speaker as written)
CONTENT: list[tuple[str, str, str]] = [
    (
        "The senator said in a documentary that the factory would close.",
        "the factory would close.",
        "The senator",
    ),
    (
        "The senator discussed the recent violence that has marred the rallies.",
        "has marred the rallies.",
        "The senator",
    ),
    (
        "The man had posted on his Facebook page that refugees should leave the country.",
        "refugees should leave the country.",
        "The man",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CONTENT)
def test_a_content_clause_after_a_noun_is_still_reported(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (content, speaker, "indirect_that_clause") in found, found
