"""German source phrases inside a clause (issue 12), end to end on the shared models.

A source phrase with no comma on either side (``Bisher liegen laut Airbus Bestellungen … vor``) cuts one
content in two, and both pieces are reported with the phrase's source; the phrase ends with its noun phrase, so
the content's first noun is not taken into the source. A phrase that opens the sentence stands beside one content.
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from quotekit.models import ExtractionResult
from reported_helpers import reporting, statements

pytestmark = pytest.mark.models


def _statements(result: ExtractionResult) -> list[tuple[str, str | None]]:
    """(content, speaker as written) of every statement a source phrase gives, in text order."""
    return [(content, speaker) for content, speaker, rule in statements(result) if rule == "indirect_according_to"]


# (text, the pieces' contents as they start, the source as written)
SPLIT = [
    # a postposition in mid-clause: the clause's words before the source phrase are content, not source
    (
        "Es handele sich ersten Angaben zufolge um vier bewaffnete Angreifer.",
        ["Es handele sich", "um vier bewaffnete Angreifer"],
        "ersten Angaben",
    ),
    # ``laut`` + a name: the noun after the name starts the content
    (
        "Bisher liegen laut Airbus Bestellungen für 184 Flugzeuge aus sieben Ländern vor.",
        ["Bisher liegen", "Bestellungen für 184 Flugzeuge"],
        "Airbus",
    ),
    # a name joined by a hyphen and an affiliation with ``von`` + a name belong to the source
    (
        "Trotzdem würden laut Hauptmann Abraham Sipe von der US-Marineinfanterie gute Fortschritte gemacht.",
        ["Trotzdem würden", "gute Fortschritte gemacht"],
        "Hauptmann Abraham Sipe",
    ),
    # a relative clause: the second piece ends with the clause's verb, not at the sentence end
    (
        "Ein Motorboot, auf dem sich nach Angaben der Polizei viel Geld befunden haben soll, ist gekentert.",
        ["auf dem sich", "viel Geld befunden haben soll"],
        "der Polizei",
    ),
]


@pytest.mark.parametrize(("text", "pieces", "source"), SPLIT)
def test_a_source_phrase_inside_a_clause_reports_both_pieces(
    extractor: Extractor, text: str, pieces: list[str], source: str
) -> None:
    found = _statements(reporting(extractor, "de").extract(text))
    assert len(found) == len(pieces), found
    for (content, speaker), start in zip(found, pieces, strict=True):
        assert content.startswith(start), found
        assert speaker is not None and source in speaker, found
    assert pieces[-1] == "viel Geld befunden haben soll" or found[-1][0].endswith("."), found


def test_a_dative_article_after_the_source_noun_starts_the_content(extractor: Extractor) -> None:
    """``nach israelischen Angaben dem Transport …``: only a genitive article (``der Polizei``) names a source."""
    found = _statements(
        reporting(extractor, "de").extract("Die Tunnel dienten nach israelischen Angaben dem Transport von Treibstoff.")
    )
    assert [c for c, _ in found] == ["Die Tunnel dienten", "dem Transport von Treibstoff."], found
    assert all(s == "israelischen Angaben" for _, s in found), found


def test_a_genitive_attribute_of_the_source_belongs_to_it(extractor: Extractor) -> None:
    """``eines Sprechers der Polizei``: a genitive after the source noun is part of the source."""
    found = _statements(
        reporting(extractor, "de").extract(
            "Der Flughafen bleibt nach Angaben eines Sprechers der Polizei bis zum Abend geschlossen."
        )
    )
    assert [c for c, _ in found] == ["Der Flughafen bleibt", "bis zum Abend geschlossen."], found
    assert all(s is not None and s.endswith("Sprechers der Polizei") for _, s in found), found


NOT_SPLIT = [
    # the phrase opens the sentence: one content after it
    ("Laut Polizei wurden bei dem Unfall drei Menschen schwer verletzt.", "wurden bei dem Unfall"),
    # the phrase set off by commas stands beside the content
    ("Die Lage ist, nach Angaben der Behörden, weiterhin sehr angespannt.", None),
]


@pytest.mark.parametrize(("text", "content"), NOT_SPLIT)
def test_a_source_phrase_beside_its_content_gives_one_piece(
    extractor: Extractor, text: str, content: str | None
) -> None:
    found = _statements(reporting(extractor, "de").extract(text))
    assert len(found) <= 1, found
    if content is not None:
        assert found and found[0][0].startswith(content), found


def test_laut_as_an_adjective_is_no_source(extractor: Extractor) -> None:
    assert _statements(reporting(extractor, "de").extract("Die Musik im Saal war am Abend sehr laut.")) == []
