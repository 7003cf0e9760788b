"""English labels (issue 12, fr27): ``Critics call [it a failure]``, ``Politifact deemed [the claims false]``.
PolNeAR marks a labelling verb's object and the predicate noun or adjective after it as the subject's statement.

End to end on the shared models. Each positive case names the content the statement must be, its speaker as written
and the rule; each negative case has a labelling verb without an object and a label, a passive, a name given by a
participle, or a frame whose subject the parse does not show. The forms of ``call`` are report markers, so their
sentences are parsed when indirect speech is asked for.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor, QuoteKind
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models

RULE = "indirect_label"

# (text, content, speaker as written)
POSITIVE: list[tuple[str, str, str]] = [
    ("Critics call the new tax a burden on small farmers.", "the new tax a burden on small farmers", "Critics"),
    (
        "Opposition leaders called the new budget a betrayal of voters.",
        "the new budget a betrayal of voters",
        "Opposition leaders",
    ),
    # an -ing form after a name: the name is its subject, wherever the parse hangs it
    (
        "The debate grew heated, with Senator Alvarez calling the budget a disgrace.",
        "the budget a disgrace",
        "Senator Alvarez",
    ),
    # an infinitive: the subject of the verb it completes
    ("The governor tried to call the audit a witch hunt.", "the audit a witch hunt", "The governor"),
]

NEGATIVE: list[str] = [
    # a passive: the label is the narrator's report of a name, no one's judgement
    "The plan was called a failure in the report.",
    # a participle modifying a noun names something
    "She joined a group called the Friends of the Library.",
    # no label after the object: a phone call or a meeting called
    "The governor called the mayor on Tuesday.",
    "The chairman called a meeting for Friday.",
    # a comma between object and noun: an apposition, no label
    "The coach called Smith, a senior, into his office.",
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSITIVE)
def test_a_label_reports_object_and_predicate(extractor: Extractor, text: str, content: str, speaker: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    hits = [f for f in found if f[2] == RULE]
    assert hits and hits[0][0] == content, found
    assert hits[0][1] == speaker, hits


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_label_without_object_and_predicate(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert not [f for f in found if f[2] == RULE], found


def test_a_quoted_label_makes_a_mixed_statement(extractor: Extractor) -> None:
    # object and label without the verb, as PolNeAR marks ``called [X "Y"]``
    text = 'The mayor answered on Tuesday by calling the prince "dopey" and left the room.'
    (quote,) = extractor.extract(text).quotes
    assert (quote.kind, quote.text) == (QuoteKind.MIXED, 'the prince "dopey"')
    assert RULE in quote.rules
