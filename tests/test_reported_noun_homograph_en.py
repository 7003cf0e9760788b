"""A speech verb whose noun of the same form is no speech noun (issue 12, fq27).

``state`` is also the country or member state: tagged as a noun (``EU member state``,
``Most Southern states that vote``) it is that noun, and the reported-speech rules must not take it for the speech
verb (a row of ``noun_homograph`` in ``function_words.tsv``). The verb stays a cue, and so does a noun-tagged
``states`` that is the subject of the clause after it (``The report states that …``, the parser's mistake).

End to end on the shared models; a first sentence keeps the headline rule off the sentence under test.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import kinds_and_texts, reporting, statements

pytestmark = pytest.mark.models

LEAD = "The primaries continue this week. "

NOUN: list[str] = [
    "Most Southern states that vote in March have large black populations.",
    "The plan would have capped immigration at 16,000, as opposed to the average 80,000 — overwhelmingly EU member"
    " state — immigrants entering the country annually.",
]


@pytest.mark.parametrize("text", NOUN)
def test_the_noun_is_no_cue(extractor: Extractor, text: str) -> None:
    found = statements(reporting(extractor, "en").extract(LEAD + text))
    assert found == [], found


def test_the_verb_reports(extractor: Extractor) -> None:
    found = statements(reporting(extractor, "en").extract(LEAD + "Officials state that the bridge is safe."))
    assert found == [("the bridge is safe.", "Officials", "indirect_that_clause")], found


def test_a_noun_tagged_verb_before_its_clause_reports(extractor: Extractor) -> None:
    found = statements(
        reporting(extractor, "en").extract(LEAD + "The report states that the factory will close next year.")
    )
    assert found == [("the factory will close next year.", "report", "indirect_that_clause")], found


def test_the_quote_after_the_noun_stays_direct(extractor: Extractor) -> None:
    # The noun stays among the sentence's cues for the quote classifier: only reported statements on it are dropped.
    text = (
        "The governor had a lead of more than 200 delegates.\n\nSmiling broadly, Mrs. Clinton thanked her adopted"
        " home state and then boomed, ''Today, you proved once again, there's no place like home.''"
    )
    kinds = kinds_and_texts(extractor, "en", text)
    assert kinds == [("direct", "Today, you proved once again, there's no place like home.")], kinds
