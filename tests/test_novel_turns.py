"""Novel dialogue (issue 15, PDNC): a beat of narration after an untagged turn does not stop turn-taking, and a
verb the cue table does not list tags a quotation in the tag's place; passages written for these tests, real
parses."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import name_at, quote_at

# --- a beat after an untagged turn -------------------------------------------------------------------------------

BEAT_EN = (
    '"Will you come to the dance on Friday?" asked Daisy.\n\n'
    '"I shall come if you wish it," said Winterbourne.\n\n'
    '"That is all I want!" And the young girl began to laugh.\n'
)
BEAT_DE = (
    "»Kommst du am Freitag zum Tanz?« fragte Gretchen.\n\n"
    "»Ich komme, wenn du es wünschst«, sagte Konrad.\n\n"
    "»Mehr will ich nicht!« Und das junge Mädchen fing an zu lachen.\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "start", "speaker"), [
    (BEAT_EN, "That is all", "Daisy"),
    (BEAT_DE, "Mehr will", "Gretchen"),
])  # fmt: skip
def test_a_beat_after_an_untagged_turn_keeps_the_alternation(
    extractor: Extractor, text: str, start: str, speaker: str
) -> None:
    # the narration after the turn is a sentence of its own, no tag: the turn is the other party's, not
    # continuation's Winterbourne/Konrad
    r = extractor.extract(text)
    assert name_at(r, start) == speaker
    assert quote_at(r, start).sieve == "turn_taking"


@pytest.mark.models
def test_a_lower_case_tag_after_an_untagged_turn_still_stops_turn_taking(extractor: Extractor) -> None:
    text = (
        '"Will you come to the dance on Friday?" asked Daisy.\n\n'
        '"I shall come if you wish it," said Winterbourne.\n\n'
        '"That is all I want," she whispered to her mother.\n'
    )
    q = quote_at(extractor.extract(text), "That is all")
    assert q.sieve != "turn_taking"  # its own tag decides


# --- a verb the cue table does not list, in the tag's place --------------------------------------------------------

UNLISTED_EN = (
    '"Well now, no, I haven\'t," confessed Matthew ingenuously.\n\n'
    '"Nothing at all," returned the Doctor, with a start.\n\n'
    '"Hullo, Emerson!" called Freddy from below.\n\n'
    '"It would be a good scheme," acquiesced Arobin. "I do not blame you."\n'
)


@pytest.mark.models
@pytest.mark.parametrize(("start", "speaker", "verb"), [
    ("Well now", "Matthew", "confess"),
    ("Nothing at all", "Doctor", "return"),
    ("Hullo", "Freddy", "call"),
    ("It would be", "Arobin", "acquiesce"),
])  # fmt: skip
def test_an_unlisted_verb_after_an_open_quotation_is_its_tag(
    extractor: Extractor, start: str, speaker: str, verb: str
) -> None:
    q = quote_at(extractor.extract(UNLISTED_EN), start)
    assert q.speaker is not None and speaker in q.speaker.name
    assert q.cue is not None and q.cue.lemma.startswith(verb)  # the tagger may lemmatise a participle as itself
    assert "tag_unlisted_verb" in q.rules


@pytest.mark.models
def test_the_second_half_carries_the_unlisted_tag(extractor: Extractor) -> None:
    assert name_at(extractor.extract(UNLISTED_EN), "I do not blame") == "Arobin"


@pytest.mark.models
def test_an_unlisted_verb_needs_an_open_quotation_and_a_named_speaker(extractor: Extractor) -> None:
    text = '"We have closed the bridge." Followed a long silence in the room.\n\n"Nothing at all," laughed she.\n'
    r = extractor.extract(text)
    assert "tag_unlisted_verb" not in quote_at(r, "We have closed").rules  # after a full stop: a sentence
    assert "tag_unlisted_verb" not in quote_at(r, "Nothing at all").rules  # a pronoun after the verb


# --- a colon after a long narration sentence whose speech verb has no parsed subject ------------------------------

COLON_EN = (
    "Miss Lavish stopped, squeaked, flung up her arms, and cried:\n\n"
    '"There goes my local-colour box!"\n\n'
    "Mr. Beebe, who felt responsible for her in the absence of Miss Bartlett, ventured to say:\n\n"
    '"I wish we could. Unluckily I have letters."\n\n'
    "Diana, going to the east gable, where Anne was standing at her window, said gently:\n\n"
    '"Would you like to have me sleep with you tonight?"\n'
)


@pytest.mark.models
@pytest.mark.parametrize(("start", "speaker"), [
    ("There goes", "Lavish"),
    ("I wish we could", "Beebe"),
    ("Would you like", "Diana"),
])  # fmt: skip
def test_the_first_name_of_the_sentence_before_a_colon_speaks(extractor: Extractor, start: str, speaker: str) -> None:
    # not the nominal nearest the verb: ``her arms``, ``Miss Bartlett`` in a prepositional phrase, ``Anne`` of a
    # relative clause
    name = name_at(extractor.extract(COLON_EN), start)
    assert name is not None and speaker in name


# --- a pronoun speaker is not the person her own turn addresses ---------------------------------------------------


@pytest.mark.models
def test_a_pronoun_speaker_is_not_the_person_her_turn_addresses(extractor: Extractor) -> None:
    text = (
        '"Is the tea ready?" asked Mrs. Lynde.\n\n'
        "Mrs. Barry nodded and set down the tray. Anne came in with the cups.\n\n"
        '"You will have to wait a little longer, Anne," she said.\n'
    )
    q = quote_at(extractor.extract(text), "You will have")
    # Anne is the latest woman the scene is about, but the turn addresses her: she is not its speaker
    assert q.speaker is not None and q.speaker.name == "Barry"


# --- tags after a Gutenberg dash, particles read as prepositions, a name before an unlisted verb ----------------

TAGS_EN = (
    '"I cannot forgive the follies of others so soon as I ought," said Mr. Hartley.\n\n'
    '"_That_ is a failing indeed!"--cried Margaret. "But you have chosen your fault well."\n\n'
    '"No"--said Hartley, "I have made no such pretension."\n\n'
    '"That is the whole trouble," broke in Mr. Pontifex, "she never calls on anyone now."\n\n'
    '"It is very true," Winterbourne pursued, "that the family has not risen so far."\n'
)


@pytest.mark.models
@pytest.mark.parametrize(("start", "speaker", "rule"), [
    ("_That_ is", "Margaret", "tag_inverted"),  # ``"…!"--cried``: the dash no longer glues mark and verb
    ("But you have chosen", "Margaret", "previous_quote"),
    ("No", "Hartley", None),
    ("That is the whole", "Pontifex", "tag_unlisted_verb"),  # ``in`` parsed as the name's preposition
    ("she never calls", "Pontifex", "previous_quote"),
    ("It is very true", "Winterbourne", "tag_name_unlisted_verb"),
    ("that the family", "Winterbourne", "previous_quote"),
])  # fmt: skip
def test_tags_after_a_dash_a_particle_or_a_name(
    extractor: Extractor, start: str, speaker: str, rule: str | None
) -> None:
    q = quote_at(extractor.extract(TAGS_EN), start)
    assert q.speaker is not None and speaker in q.speaker.name
    assert rule is None or rule in q.rules


@pytest.mark.models
def test_a_name_and_a_verb_after_a_closed_quotation_are_narration(extractor: Extractor) -> None:
    text = (
        '"Is the carriage at the door?" asked Mrs. Honeychurch.\n\n'
        '"It is at the door." Winterbourne pursued his walk along the terrace without another word.\n'
    )
    q = quote_at(extractor.extract(text), "It is at the door")
    assert "tag_name_unlisted_verb" not in q.rules  # after a full stop the name opens a sentence of its own


# --- a first-person narrator goes by the name the others call them -----------------------------------------------

NARRATOR_EN = (
    '"Where shall we begin?" asked Holmes.\n\n'
    '"With the ladder," said Jones.\n\n'
    '"No, with the roof," said Holmes.\n\n'
    '"You see the marks on the sill, Watson?" cried Holmes, holding up the lamp.\n\n'
    '"I see nothing but dust," said I.\n\n'
    '"Look again," said he. "The print of a bare foot."\n\n'
    '"It is very small," I answered, bending over the sill.\n'
)


@pytest.mark.models
@pytest.mark.parametrize("start", ["I see nothing", "It is very small"])
def test_the_narrator_takes_the_name_the_others_address(extractor: Extractor, start: str) -> None:
    q = quote_at(extractor.extract(NARRATOR_EN), start)
    assert q.speaker is not None and q.speaker.mention.text == "I"
    assert q.speaker.name == "Watson"
    assert "narrator" in q.rules


@pytest.mark.models
def test_a_narrator_nobody_names_stays_i(extractor: Extractor) -> None:
    text = NARRATOR_EN.replace(", Watson?", "?")
    q = quote_at(extractor.extract(text), "I see nothing")
    assert q.speaker is not None and q.speaker.name == "I"


# --- the conversation read both ways: later tags, lead-in turns, names the other party addresses (pdnc21b) -------

LATER_EN = (
    "Marilla came in from the yard and set the pail down by the door.\n\n"
    '"Is the cow milked?"\n\n'
    '"Not yet. I was waiting for you."\n\n'
    '"Then go and do it now," said Marilla.\n\n'
    '"Must I?" asked Anne.\n'
)
LATER_DE = (
    "Die Bäuerin stellte den Eimer neben die Tür.\n\n"
    "»Ist die Kuh gemolken?«\n\n"
    "»Noch nicht. Ich habe auf dich gewartet.«\n\n"
    "»Dann geh und tu es jetzt«, sagte Marie.\n\n"
    "»Muss ich?« fragte Anna.\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "first", "second", "speakers"), [
    (LATER_EN, "Is the cow", "Not yet", ("Marilla", "Anne")),
    (LATER_DE, "Ist die Kuh", "Noch nicht", ("Marie", "Anna")),
])  # fmt: skip
def test_a_tagged_turn_gives_the_untagged_turns_before_it_their_speakers_by_parity(
    extractor: Extractor, text: str, first: str, second: str, speakers: tuple[str, str]
) -> None:
    # after narration nothing earlier says who speaks; the tags two and three turns ahead do
    r = extractor.extract(text)
    assert (name_at(r, first), name_at(r, second)) == speakers
    assert "later_turn" in quote_at(r, first).rules


@pytest.mark.models
def test_a_quotation_after_its_own_tag_is_a_turn_of_the_dialogue(extractor: Extractor) -> None:
    text = (
        "They walked on under the pines until they came to a little clearing.\n\n"
        'Anne stopped and cried, "The Lake of Shining Waters!"\n\n'
        '"Why do you call it that?"\n\n'
        '"I can\'t remember why. It is only a pond really."\n'
    )
    r = extractor.extract(text)
    # the paragraph opens with narration, but its quotation follows its tag: the next turn is not Anne's, and
    # the one after goes back to her
    assert name_at(r, "Why do you") is None
    assert name_at(r, "I can't remember") == "Anne"


EXCHANGE_EN = (
    "The two sisters sat up late in their room, and the candle burned low.\n\n"
    '"Are you asleep?"\n\n'
    '"No. I cannot sleep at all."\n\n'
    '"What are you thinking of?"\n\n'
    '"Of the ball, Lizzy, and of Mr. Bingley."\n\n'
    '"I knew it."\n'
)
EXCHANGE_DE = (
    "Die beiden Schwestern saßen noch spät in ihrer Kammer.\n\n"
    "»Schläfst du schon?«\n\n"
    "»Nein. Ich kann gar nicht schlafen.«\n\n"
    "»Woran denkst du?«\n\n"
    "»An den Ball, Lotte, und an den Leutnant.«\n\n"
    "»Das dachte ich mir.«\n"
)


@pytest.mark.models
@pytest.mark.parametrize(("text", "first", "other", "name"), [
    (EXCHANGE_EN, "Are you asleep", "No. I cannot", "Lizzy"),
    (EXCHANGE_DE, "Schläfst du", "Nein. Ich kann", "Lotte"),
])  # fmt: skip
def test_the_name_the_other_party_addresses_three_turns_ahead_speaks(
    extractor: Extractor, text: str, first: str, other: str, name: str
) -> None:
    # nobody is tagged: the fourth turn addresses Lizzy/Lotte, so the first and third turns are hers, and the
    # second is someone else's
    r = extractor.extract(text)
    assert name_at(r, first) == name
    assert "addressed_in_exchange" in quote_at(r, first).rules
    assert name_at(r, other) is None


@pytest.mark.models
def test_a_word_quoted_in_a_news_sentence_is_no_turn(extractor: Extractor) -> None:
    text = (
        'Campaign chair Paul Manafort dismissed the whole affair as "absurd." Supporters seemed unperturbed.\n'
        '"There is just a passion for Donald," said Robert Antonacci of the New York delegation.\n'
        '"Who cares? It was her speech."\n'
    )
    # Manafort's quoted word follows no tag: no turn two back, so Antonacci carries on, as news quotes do
    assert name_at(extractor.extract(text), "Who cares") == "Robert Antonacci"


# --- character tracking: noun phrases, speakers of no gender, the next turn's address, shown genders ------------


@pytest.mark.models
def test_a_definite_noun_phrase_of_a_gender_names_the_person_of_that_gender(extractor: Extractor) -> None:
    text = (
        "Mr. Carson came into the drawing-room and sat down by the fire.\n\n"
        '"It is raining again," said the clergyman.\n\n'
        '"Who is there?" asked a young man in the hall.\n'
    )
    r = extractor.extract(text)
    q = quote_at(r, "It is raining")
    assert q.speaker is not None and q.speaker.name == "Carson"
    assert q.speaker.mention.text == "the clergyman"  # the phrase stays the mention, only the name is resolved
    # an indefinite phrase brings in someone new, though Mr. Carson is a man too
    new = quote_at(r, "Who is there").speaker
    assert new is not None and new.name != "Carson" and "young man" in new.mention.text


@pytest.mark.models
def test_a_noun_phrase_of_no_gender_is_no_antecedent_of_she(extractor: Extractor) -> None:
    text = (
        '"Shall we go to the church?" asked Mrs. Whitby.\n\n'
        '"We shall all go together," said everybody at once.\n\n'
        '"Then I shall stay at home," she answered.\n'
    )
    assert name_at(extractor.extract(text), "Then I shall") == "Whitby"


EXCHANGES = (
    '"Good evening," said Freddy.\n\n'
    '"Good evening," said Cecil.\n\n'
    '"Is it late?" asked Freddy.\n\n'
    '"Not very," said Cecil.\n'
)


@pytest.mark.models
def test_a_pronoun_no_one_fits_is_the_name_the_next_turn_addresses(extractor: Extractor) -> None:
    text = (
        '"It gets too dark," she said hopelessly. "This comes of putting off."\n\n'
        '"Mrs. Whitby," he said, "come up to the house and let us talk it over."\n\n'
        '"Mr. Carson, I am thankful."\n\n' + EXCHANGES
    )
    r = extractor.extract(text)
    assert name_at(r, "It gets too dark") == "Whitby"
    assert name_at(r, "Mrs. Whitby") == "Carson"


@pytest.mark.models
def test_a_person_of_shown_gender_outranks_a_nearer_word_of_none(extractor: Extractor) -> None:
    text = (
        "Mrs. Pontellier sat at the window of the cottage.\n\n"
        '"Not yet," said Robert, who was thinking of Mexico.\n\n'
        '"Why not?" she asked.\n'
    )
    # Mexico is nearer and of no known gender; she is the woman of the scene
    assert name_at(extractor.extract(text), "Why not") == "Pontellier"
