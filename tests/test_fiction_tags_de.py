"""German fiction speakers (issue 15): colon and inverted tags in coordinations, a tag across another quotation,
``So`` opening a sentence, nominalised adjectives, unlisted verbs before a colon, a tale's neuter ``es``, and a turn
tagged later in its paragraph. Passages written for the tests, real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import speaker_at

# ``sagte`` is parsed as a conjunct of the first verb, ``kochte``; the verb just before it has its own subject.
CONJUNCT = (
    "Die Müllerin war allein in der Stube. Sogleich kochte sie einen Brei, und nicht lange danach kam der Riese "
    "nach Hause und sagte: »Ich rieche frisches Brot!«\n"
)


@pytest.mark.models
def test_a_coordinated_speech_verb_shares_the_nearest_subject(extractor: Extractor) -> None:
    speaker = speaker_at(extractor.extract(CONJUNCT), "Ich rieche", "mention")
    assert speaker is not None and "Riese" in speaker


# The tag after the quotation belongs to the next one: another quotation stands between.
TAG_ACROSS = (
    "Der Bauer kam vom Markt und fragte nach dem Geld. Da antwortete die Magd: »Das Geld habe ich noch nicht "
    "bekommen, der Händler bringt es in acht Tagen.« »Nun«, sagte der Bauer, »dann warte ich eben.«\n"
)


@pytest.mark.models
def test_a_tag_across_another_quotation_is_not_the_quotes(extractor: Extractor) -> None:
    speaker = speaker_at(extractor.extract(TAG_ACROSS), "Das Geld habe", "mention")
    assert speaker is not None and "Magd" in speaker


# ``So mußte die Prinzessin …`` after a quotation opens a sentence; a ``so`` tag names its source at once.
SO_OPENS_SENTENCE = (
    "Die Prinzessin ritt zu der Brücke, aber die Riesen riefen sogleich: »Du bist kein König, sondern ein "
    "Mädchen!« So mußte die Prinzessin unverrichteter Dinge nach Hause reiten.\n"
)


@pytest.mark.models
def test_so_before_a_verb_is_no_tag(extractor: Extractor) -> None:
    speaker = speaker_at(extractor.extract(SO_OPENS_SENTENCE), "Du bist kein", "mention")
    assert speaker is not None and "Riesen" in speaker


# ``die Alte``: an adjective made a noun, feminine singular, is a person.
NOMINALISED = (
    "Ich zählte das Geld auf den Tisch, Stück für Stück, und schrieb die Summe in das Protokoll.\n\n"
    "Die Alte blickte unruhig zu mir auf. »Ist das nicht genug, mein Lieber?«\n"
)


@pytest.mark.models
def test_a_nominalised_adjective_is_a_person(extractor: Extractor) -> None:
    assert speaker_at(extractor.extract(NOMINALISED), "Ist das nicht", "mention") == "Die Alte"


# ``auflachte`` is no listed speech verb, but it stands right before the colon with its own subject; the listed
# ``führen`` further back is another clause's.
UNLISTED_BEFORE_COLON = (
    "Der Junge sollte den Pflug führen und wurde so mächtig hin und her geschleudert, daß der Knecht auflachte: "
    "»Schau, daß du weiterkommst!«\n"
)


@pytest.mark.models
def test_an_unlisted_verb_before_the_colon_gives_its_subject(extractor: Extractor) -> None:
    speaker = speaker_at(extractor.extract(UNLISTED_BEFORE_COLON), "Schau, daß", "mention")
    assert speaker is not None and "Knecht" in speaker


# A tale's neuter being speaks as ``es``.
NEUTER = (
    "Die Königstochter ritt eine Strecke weit, legte dem Schaf den Schlüssel ins Ohr und sogleich sprach es: "
    "»O Königstochter, schließe mit dem Schlüssel den Kasten auf.«\n"
)


@pytest.mark.models
def test_a_neuter_es_beside_a_speech_verb_speaks(extractor: Extractor) -> None:
    assert speaker_at(extractor.extract(NEUTER), "O Königstochter", "mention") == "es"


# ``heißt es`` stays impersonal: the neuter rule leaves verbs with an expletive subject alone.
IMPERSONAL = "In dem Schreiben des Ministeriums heißt es: »Die Lage ist ernst.«\n"


@pytest.mark.models
def test_an_impersonal_es_is_no_speaker(extractor: Extractor) -> None:
    assert speaker_at(extractor.extract(IMPERSONAL), "Die Lage", "mention") != "es"


# A turn whose paragraph tags a later quotation (``setzte sie hinzu:``) is that speaker's, not the previous
# paragraph's.
LATER_TAG = (
    "»Ich sah dich nicht tanzen!«\n\n"
    "»Ich tanzte auch nicht«, erwiderte er.\n\n"
    "– »Weshalb nicht, Hauke?« Und sich halb erhebend, setzte sie hinzu: »Willst du mit mir tanzen?«\n"
)


@pytest.mark.models
def test_a_turn_takes_the_tag_later_in_its_paragraph(extractor: Extractor) -> None:
    r = extractor.extract(LATER_TAG)
    assert speaker_at(r, "Weshalb nicht", "mention") == "sie"
    assert speaker_at(r, "Willst du", "mention") == "sie"
