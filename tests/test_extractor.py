"""The public API: input checks, batch error isolation, already parsed Stanza documents."""

from __future__ import annotations

from typing import Any

import pytest

from quotekit import Extractor, InvalidInputError, UnsupportedLanguageError


def test_unknown_language_and_bad_batch_size_are_clear_errors() -> None:
    with pytest.raises(UnsupportedLanguageError):
        Extractor(lang="fr")
    with pytest.raises(InvalidInputError):
        list(Extractor(offline=True).pipe(["x"], batch_size=0))


def test_embedded_speech_without_reported_speech_is_refused() -> None:
    # embedded statements come from the reported-speech rules: the pair would silently report nothing
    with pytest.raises(InvalidInputError, match="embedded=True needs indirect=True"):
        Extractor(offline=True, indirect=False, embedded=True)


def test_extract_rejects_what_is_not_text() -> None:
    with pytest.raises(InvalidInputError, match=r"str or a stanza\.Document"):
        Extractor(offline=True).extract(42)


@pytest.mark.models
def test_a_bad_document_fails_alone_and_order_is_kept(extractor: Extractor) -> None:
    docs: list[Any] = [
        {"id": "a", "text": "„Wir sind bereit“, sagte Rao."},
        {"id": "b", "text": None},
        ("“We are ready,” said Curran.", "c"),
        "",
    ]
    results = list(extractor.pipe(docs, batch_size=2))
    assert [r.id for r in results] == ["a", "b", "c", None]
    assert results[1].error is not None and "no text" in results[1].error
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[0].quotes[0].speaker is not None and results[0].quotes[0].speaker.name == "Rao"
    assert results[2].quotes[0].speaker is not None and results[2].quotes[0].speaker.name == "Curran"
    assert results[3].quotes == ()


@pytest.mark.models
def test_an_already_parsed_stanza_document_is_used_as_is(extractor: Extractor) -> None:
    text = "„Meta ist zum Vorreiter geworden“, sagte Rao. „Sie müssen sich mit Meta messen.“"
    doc = extractor.pipelines.get("de")(text)
    result = extractor.extract(doc, doc_id="parsed")
    assert result.id == "parsed" and result.text == text
    assert [q.text for q in result.quotes] == ["Meta ist zum Vorreiter geworden", "Sie müssen sich mit Meta messen."]
    assert all(q.speaker is not None and q.speaker.name == "Rao" for q in result.quotes)


@pytest.mark.models
def test_stage_timings_belong_to_the_call_not_the_extractor(extractor: Extractor) -> None:
    from quotekit.extractor import StageTimes

    text = "„Wir sind bereit“, sagte Rao. Curran said the plan was good."
    first, second = StageTimes(), StageTimes()
    extractor.extract(text, timings=first)
    list(extractor.pipe([text, text], timings=second))
    assert not hasattr(extractor, "times")  # nothing accumulates on a shared (or cached) extractor
    for t in (first, second):
        assert t.parse > 0 and t.attribution > 0 and t.resolution > 0
        assert t.attribution == pytest.approx(t.classify + t.attribute + t.reported)
    assert second.sentences_total == 2 * first.sentences_total
    # without timings= the call still runs and keeps nothing
    assert extractor.extract(text).quotes == extractor.extract(text, timings=StageTimes()).quotes
