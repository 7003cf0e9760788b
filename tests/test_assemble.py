"""Assembling a document's result: mixed statements, scare quotes and the speaker list, end to end."""

from __future__ import annotations

import pytest

from quotekit import Extractor, QuoteKind

pytestmark = pytest.mark.models


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Rao said that the plan was "reckless and wrong" for the city.', "reckless and wrong"),
        ("Rao sagte, der Plan sei „rücksichtslos und falsch“ für die Stadt.", "rücksichtslos und falsch"),
    ],
)
def test_a_quoted_fragment_inside_reported_speech_is_one_mixed_statement(
    extractor: Extractor, text: str, content: str
) -> None:
    result = extractor.extract(text)
    assert len(result.quotes) == 1, [q.text for q in result.quotes]
    q = result.quotes[0]
    assert q.kind is QuoteKind.MIXED and content in q.text
    assert q.speaker is not None and q.speaker.name == "Rao"


def test_indirect_switch_leaves_direct_quotes_alone(extractor: Extractor) -> None:
    text = "Rao sagte, der Plan sei gut. „Wir sind bereit“, sagte Curran."
    with_indirect = extractor.extract(text)
    off = Extractor(indirect=False, offline=True)
    off.pipelines = extractor.pipelines
    without = off.extract(text)
    assert {q.kind for q in with_indirect.quotes} == {QuoteKind.INDIRECT, QuoteKind.DIRECT}
    assert [q.kind for q in without.quotes] == [QuoteKind.DIRECT]
    direct = next(q for q in with_indirect.quotes if q.kind is QuoteKind.DIRECT)
    # the same quote, speaker and cue; only the index into the speaker list may differ
    assert without.quotes[0].model_dump(exclude={"speaker": {"entity"}}) == direct.model_dump(
        exclude={"speaker": {"entity"}}
    )


def test_scare_quotes_and_titles_are_not_quotations(extractor: Extractor) -> None:
    result = extractor.extract("Die Mondlandefähre „Eagle“ landete im Meer der Ruhe. Er las „Faust“ gern.")
    assert result.quotes == ()
