"""A content clause the parser hangs on the speech verb as a conjunct (issue 12, rep30a): after a long adverbial
or a listener (``said in a statement released by his office on Friday [the budget deserves …]``, ``asked the
senator [whether …]``) the parse makes the content a second verb of the speaker's clause, or an adverbial clause
for ``whether``. The content is taken when it opens with its own subject right after a word, or with a question
word; a comma before it, a coordinator, or a subject that goes on with a name before it (``host Glenn Beck
minced``) leaves it alone.

End to end on the shared models: each positive case names the content and its speaker, each negative case a
conjunct (as the parse shows it) that is no content.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

# (text, content, speaker as written)
POSITIVE: list[tuple[str, str, str]] = [
    # a long adverbial between the verb and the content's subject
    (
        "The governor said in a statement released by his office on Friday the new budget deserves a vote in the "
        "legislature.",
        "the new budget deserves a vote in the legislature.",
        "The governor",
    ),
    # a time adverbial
    (
        "The newspaper reported last month the minister had ordered diplomats to repair relations with Berlin.",
        "the minister had ordered diplomats to repair relations with Berlin.",
        "The newspaper",
    ),
    # ``whether`` hung on the verb as an adverbial clause
    (
        "The committee asked whether the agency had followed its own rules.",
        "the agency had followed its own rules.",
        "The committee",
    ),
    # a question word after a parenthetical
    (
        "She wondered, as many did, why the council had waited so long.",
        "the council had waited so long.",
        "She",
    ),
]

# (text, the words a content would open with): a conjunct that is another clause of the narrator's
NEGATIVE: list[tuple[str, str]] = [
    # a name the parser broke: ``host Glenn Beck`` is the subject of ``minced``, not a listener of ``show``
    ("Radio talk show host Glenn Beck minced no words on Tuesday night.", "Glenn Beck"),
    # a comma before the second clause: two sentences run together
    ("The minister announced the new budget on Monday, the opposition walked out of the chamber.", "the opposition"),
    # a coordinator: a second clause of the narrator's
    ("The union said nothing, and the talks ended without a deal.", "the talks"),
    # a subject that goes on with the name before it (``San Diego Union-Tribune op-ed``)
    ("We discuss the reasons in our April 22, 2015, San Diego Union-Tribune op-ed.", "Union"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_content_clause_parsed_as_a_conjunct_is_reported(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert (content, speaker, "indirect_that_clause") in found, found


@pytest.mark.parametrize(("text", "opening"), NEGATIVE)
def test_a_conjunct_that_is_no_content_is_not_reported(extractor: Extractor, text: str, opening: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not any(f[0].startswith(opening) for f in found), found
