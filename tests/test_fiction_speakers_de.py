"""German fiction speakers (issue 15): tags that name the speaker with a pronominal determiner or after an object
pronoun, and the action beat before an untagged turn with its listener guards. Passages written for the tests,
real parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import speaker_at

# A crowd or a pair takes turns, each named only by ``einer``, ``ein anderer``, ``der andere``: a determiner
# standing for the noun phrase, which the German models tag DET.
CROWD = (
    "Die Männer standen am Feuer und berieten, was nun zu tun sei.\n\n"
    "»Ich laufe in das Dorf hinab«, sagte einer.\n\n"
    "»Ich trage die Fahne auf den Berg«, sagte ein anderer.\n\n"
    "»Und ich bleibe bei den Kindern«, rief der andere.\n"
)


@pytest.mark.models
def test_a_pronominal_determiner_in_a_tag_is_the_speaker(extractor: Extractor) -> None:
    r = extractor.extract(CROWD)
    assert speaker_at(r, "Ich laufe", "mention") == "einer"
    assert speaker_at(r, "Ich trage", "mention") == "ein anderer"
    assert speaker_at(r, "Und ich bleibe", "mention") == "der andere"


# ``schrie ihn der Pfarrer an``: the object pronoun before the subject is the one shouted at.
OBJECT_FIRST = (
    "Der Pfarrer von Aberg war vor Aufregung fast blaurot geworden.\n\n"
    "»Giftmichel!« schrie ihn nämlich der Pfarrer von Aberg an.\n"
)


@pytest.mark.models
def test_an_object_pronoun_before_the_subject_is_no_speaker(extractor: Extractor) -> None:
    speaker = speaker_at(extractor.extract(OBJECT_FIRST), "Giftmichel", "mention")
    assert speaker is not None and "Pfarrer" in speaker


# Old prose puts the speech verb first before a colon: ``Antwortet ihm der Mann: »…«``; the tagger reads the
# capitalised verb as a noun, which is no speaker.
VERB_FIRST_COLON = (
    "Da kam der Riese zu dem Bauern, der auf seinem Acker die Kartoffeln aufnahm, und fragte ihn nach den Kindern. "
    "Antwortet ihm der Mann: »Die Kartoffeln sind dieses Jahr noch billig genug.«\n"
)


@pytest.mark.models
def test_a_capitalised_speech_verb_before_a_colon_is_no_speaker(extractor: Extractor) -> None:
    speaker = speaker_at(extractor.extract(VERB_FIRST_COLON), "Die Kartoffeln", "mention")
    assert speaker is not None and "Mann" in speaker


# The action beat: an untagged turn alone in its paragraph goes to the subject of the narration sentence before
# it, also when the turn says ``du`` or calls someone else by name.
BEAT_TO_ANOTHER = (
    "Es war spät geworden, und die Lampe brannte nur noch schwach.\n\n"
    "Erleichtert trat Heinrich wieder näher an den Tisch.\n\n"
    "»Ja, das dachte ich auch, Charlotte, und ich danke dir dafür.«\n"
)


@pytest.mark.models
def test_a_beat_speaker_may_address_someone_else(extractor: Extractor) -> None:
    assert speaker_at(extractor.extract(BEAT_TO_ANOTHER), "Ja, das dachte", "mention") == "Heinrich"


# A beat that says its actor keeps silent: the turn after it is not the actor's.
SILENT_BEAT = (
    "Es war spät geworden, und die Lampe brannte nur noch schwach.\n\n"
    "Heinrich schwieg eine ganze Weile.\n\n"
    "»Warum sagst du denn nichts?«\n"
)


@pytest.mark.models
def test_a_silent_beat_gives_the_turn_to_nobody_by_default(extractor: Extractor) -> None:
    assert speaker_at(extractor.extract(SILENT_BEAT), "Warum sagst", "mention") != "Heinrich"


# A turn that calls the actor by name answers the actor.
BEAT_CALLED = (
    "Es war spät geworden, und die Lampe brannte nur noch schwach.\n\n"
    "Heinrich stellte den Krug auf den Tisch.\n\n"
    "»Heinrich, es ist Zeit zu gehen.«\n"
)


@pytest.mark.models
def test_a_turn_calling_the_actor_is_not_the_actors(extractor: Extractor) -> None:
    assert speaker_at(extractor.extract(BEAT_CALLED), "Heinrich, es ist", "mention") != "Heinrich"
