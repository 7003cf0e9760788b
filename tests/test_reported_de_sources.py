"""German reported speech (issue 12): verb-final speech verbs, ``wie``-clauses and source phrases inside a clause.

End to end on the shared models, positive and negative cases on sentences written for the test. A sentence with
a speech verb only in a verb-final clause (``wie die Feuerwehr mitteilte``) must be selected for parsing; a
source phrase after the finite verb (``waren nach Behördenangaben …``) ends with its noun phrase.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.lexicon import cue_entries, report_surface_pattern, surface_forms
from quotekit.models import ExtractionResult


def _statements(result: ExtractionResult) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker as written, rule) of every indirect statement."""
    text = result.text
    return [
        (q.text, text[q.speaker.mention.start : q.speaker.mention.end] if q.speaker is not None else None, q.sieve)
        for q in result.quotes
        if q.kind.value == "indirect"
    ]


def _german(extractor: Extractor) -> Extractor:
    ex = Extractor(lang="de", indirect=True)
    ex.pipelines = extractor.pipelines  # the session's loaded models
    return ex


def test_a_particle_verb_has_its_joined_finite_forms() -> None:
    by = {e.lemma: e for e in cue_entries("de")}
    assert {"mitteilte", "mitteilten", "mitteilt"} <= surface_forms(by["mitteilen"])
    assert {"bekanntgab", "bekanntgaben"} <= surface_forms(by["bekanntgeben"])  # irregular, joined
    assert "hinwies" in surface_forms(by["hinweisen"])
    # a verb without a particle gains nothing joined
    assert surface_forms(by["sagen"]) == {"sagen", "sage", "sagst", "sagt", "sagte", "sagten", "sagtet", "gesagt"}


def test_a_verb_final_speech_verb_selects_its_sentence() -> None:
    pattern = report_surface_pattern("de")
    assert pattern.search("Wie die Feuerwehr am Abend mitteilte, sind zwei Frauen geborgen worden.")
    assert pattern.search("Wie der Konzern bekanntgab, wird das Werk geschlossen.")
    assert not pattern.search("Wie die Feuerwehr am Abend eintraf, waren zwei Frauen schon geborgen.")


@pytest.mark.models
def test_a_wie_clause_with_a_verb_final_particle_verb_is_reported(extractor: Extractor) -> None:
    text = (
        "Der Bahnhof war am Montag geschlossen. Die Züge fuhren nicht. "
        "Wie die Feuerwehr am Abend mitteilte, sind aus den Trümmern zwei Frauen geborgen worden."
    )
    found = _statements(_german(extractor).extract(text))
    assert ("sind aus den Trümmern zwei Frauen geborgen worden.", "die Feuerwehr", "indirect_as") in found
