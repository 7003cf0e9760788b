"""A noun phrase after an inverted tag describes the speaker (issue 12, fp27).

``…, said David Autor, [a professor of economics …]``: the parenthetical rule reports both sides of a tag between
commas; when the tag is verb-then-speaker and the side after it is a noun phrase the parse hangs on the speaker or
the verb (apposition or second subject) with no clause of its own, that side is who the speaker is, not what was
said. The side before the tag stays reported, and a clause after the tag (``The bigger risk, said Admiral Harris,
[is a clash …]``) stays content.

End to end on the shared models.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

# (text, content before the tag, speaker as written)
APPOSED: list[tuple[str, str, str]] = [
    (
        "Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics at "
        "M.I.T., who studies trade.",
        "Nor are tariffs likely to bring many of these jobs back",
        "David Autor",
    ),
    (
        "The group uses the same photo over and over again, said Rita Katz, the director of SITE Intelligence "
        "Group, which tracks terrorists' communications.",
        "The group uses the same photo over and over again",
        "Rita Katz",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), APPOSED)
def test_an_apposition_after_the_tag_is_not_content(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert found == [(content, speaker, "indirect_parenthetical")], found


def test_a_clause_after_the_tag_is_still_content(extractor: Extractor) -> None:
    text = "The bigger risk, said Admiral Harris, is a clash caused by paramilitary ships."
    found = statements(reporting(extractor, "en").extract(text))
    assert ("is a clash caused by paramilitary ships.", "Admiral Harris", "indirect_parenthetical") in found, found
