"""German fiction dialogue (issue 15): turns after a dash, quotations after a tag or a speech verb without a
colon, and passages that open inside a quotation. Passages written for these tests, real parses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quotekit import Extractor
from quotekit.attribution import reported
from quotekit.attribution.context import Attribution
from quotekit.attribution.reported import chains
from quotekit.extractor import _interrupted
from quotekit.models import ExtractionResult, MentionKind, Quote, QuoteKind
from quotekit.output import NESTED_SIEVE, eval_record
from quotekit.scanner import scan_quotes


def _quote(r: ExtractionResult, opening: str) -> Quote | None:
    return next((q for q in r.quotes if q.text.startswith(opening)), None)


def _kind(r: ExtractionResult, opening: str) -> QuoteKind | None:
    q = _quote(r, opening)
    return q.kind if q is not None else None


# Short turns joined by dashes, the dialogue of older German prose: each is a turn, not a fragment of narration.
DASH_TURNS = (
    "Der Knabe fuhr mit seinem Wagen durch den Wald, und der Mond sah ihm von oben zu.\n\n"
    "»Hast du noch nicht genug?« fragte der Mond. – »Nein«, schrie der Knabe, »ich will weiter!« – "
    "»Junge«, sagte der Mond, »es ist spät.« – »Ach was!« rief der Knabe.\n"
)

# A speech verb in the clause before the marks and no colon (``rief die Hexe von unten »…?«``), and a tag so long
# that it goes on past the six words of an interrupting tag before the quotation resumes after a semicolon.
VERB_BEFORE = (
    "Es war schon Mitternacht, als die Alte an das Fenster trat.\n\n"
    "Da rief die Hexe von unten »Ist der Weg frei?« Der Rabe rief »Ganz frei, es ist niemand mehr da!« "
    "und flog davon.\n\n"
    "»Komm herunter!« rief die kleine Katze vom Dach und sprang wieder einen Ast weiter; "
    "»hörst du nicht, wie sie schnarchen?«\n"
)

# ``du`` is a French function word too, and dialect words are in no German list: with a tag after it, a short
# stretch like this is a line of dialogue, not a title in another language.
TAGGED_SHORT = (
    "Der Alte sah lange auf die Kerze und schwieg.\n\n"
    "»Du hast recht«, sagte der Engel endlich, »denn die Stunde ist noch nicht gekommen.«\n"
)

# An excerpt that begins in the middle of a speech.
MID_QUOTE = (
    "Und dann bin ich nach Hause gegangen, weil es schon dunkel war und niemand mehr auf der Straße.« – "
    "»Wenn du früher gekommen wärst?« – »Ging nicht mehr.«\n\n"
    "»Wir haben Zeit«, sagte Wilhelm.\n"
)

# News: a quoted fragment after an article stays a fragment, however sentence-like.
NEWS_FRAGMENT = (
    "Der Friedensnobelpreisträger sprach am Montag in Buenos Aires. "
    "Pérez hoffte, dass der „Heilige Geist wach ist und sich nicht irrt“, sagte er den Journalisten.\n"
)


@pytest.mark.models
def test_turns_after_a_dash_are_direct(extractor: Extractor) -> None:
    r = extractor.extract(DASH_TURNS)
    for opening in ("Hast du", "Nein", "Junge", "Ach was"):
        assert _kind(r, opening) is QuoteKind.DIRECT, opening


@pytest.mark.models
def test_a_quotation_after_a_speech_verb_without_colon_is_direct(extractor: Extractor) -> None:
    r = extractor.extract(VERB_BEFORE)
    for opening in ("Ist der Weg", "Ganz frei", "hörst du"):
        assert _kind(r, opening) is QuoteKind.DIRECT, opening
    q = _quote(r, "Ist der Weg")
    assert q is not None and q.speaker is not None and "Hexe" in q.speaker.mention.text


@pytest.mark.models
def test_a_short_tagged_line_is_no_foreign_title(extractor: Extractor) -> None:
    r = extractor.extract(TAGGED_SHORT)
    q = _quote(r, "Du hast recht")
    assert q is not None and q.kind is QuoteKind.DIRECT
    assert q.speaker is not None and "Engel" in q.speaker.mention.text


def test_a_passage_may_open_inside_a_quotation() -> None:
    spans = [MID_QUOTE[s.start : s.end] for s in scan_quotes(MID_QUOTE) if s.depth == 0]
    assert spans[0].startswith("Und dann bin ich") and spans[0].endswith("auf der Straße.")
    assert spans[1:] == ["Wenn du früher gekommen wärst?", "Ging nicht mehr.", "Wir haben Zeit"]
    # Later in a text, a closing mark with nothing opened before it and no tag after it closes nothing.
    later = "Er ging hinaus.\n\nUnd dann kam er nach Hause.« Es war spät."
    assert [s for s in scan_quotes(later) if s.start == later.index("Und")] == []


@pytest.mark.models
def test_a_passage_opening_inside_a_quotation_reports_it(extractor: Extractor) -> None:
    r = extractor.extract(MID_QUOTE)
    q = _quote(r, "Und dann bin ich")
    assert q is not None and q.kind is QuoteKind.DIRECT and q.start == 0


@pytest.mark.models
def test_a_fragment_after_an_article_stays_a_fragment(extractor: Extractor) -> None:
    r = extractor.extract(NEWS_FRAGMENT)
    assert _kind(r, "Heilige Geist") is not QuoteKind.DIRECT


# --- speakers: a first name opening the narration sentence before a quotation --------------------------------

BEAT_BEFORE = (
    "Die beiden Kinder saßen am Abend noch lange auf der Bank vor dem Haus.\n\n"
    "Grete lachte. »Und weißt du, wie lange ich das schon weiß? Seit gestern.«\n"
)


@pytest.mark.models
def test_a_first_name_opening_the_sentence_before_a_quotation_speaks_it(extractor: Extractor) -> None:
    q = _quote(extractor.extract(BEAT_BEFORE), "Und weißt du")
    assert q is not None and q.speaker is not None and q.speaker.mention.text == "Grete"


# English news: a quotation after ``that`` goes on the narrator's clause (PolNeAR's mixed), cue or not.
NEWS_THAT = (
    "The company answered the lawsuit on Friday. A spokesman said in a statement that "
    '"Platte River Networks did not, at any time, treat the server in a careless way."\n'
)


@pytest.mark.models
def test_a_quotation_after_that_stays_a_fragment(extractor: Extractor) -> None:
    # the fragment is widened to its statement (``… that "Platte River …"``): find it by its words
    kinds = [q.kind for q in extractor.extract(NEWS_THAT).quotes if "Platte River" in q.text]
    assert kinds == [QuoteKind.MIXED], kinds


# --- speakers: the second verb of a coordination before a colon ----------------------------------------------

# The speech verb follows ``und`` and has no subject of its own; the compact parse hangs it off a word of the
# quotation or off a clause without subject, and the nearest dependent or nominal was the first verb's object.
COORDINATED = (
    "Der alte Katechet stand lange am Fenster und sah mich an.\n\n"
    "»Ich tu' aber nicht rauchen!« rief ich laut.\n\n"
    "Da hob er den Finger und sagte: »Aufs erste ein zweites Laster! Mich, deinen alten Katecheten, belügen?«\n"
)
COORDINATED_OBJECT_NAME = (
    "Der Knecht ging hinaus und fand den alten Reifen im Hof. Er steckt Kopf und Schultern durch das Reifen, "
    "streift ihn um den Leib und sagt lachend: »Ein hübscher Gürtel ist das!«\n"
)


# No colon, the subject after the first verb parsed as its object (with nominative case), a dative pronoun after
# a preposition nearer the speech verb.
COORDINATED_NO_COLON = (
    "Der Soldat ging über Berge und Felder und kam auf eine schöne Wiese. Da stand plötzlich ein graues Männchen "
    "vor ihm und fragte »Wohin des Weges? Darf man nicht mit?«\n"
)


@pytest.mark.models
@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (COORDINATED, "Aufs erste", "er"),
        (COORDINATED_OBJECT_NAME, "Ein hübscher", "Er"),
        (COORDINATED_NO_COLON, "Wohin", "ein graues Männchen"),
    ],
    ids=["object-after-verb", "bare-noun-object", "no-colon"],
)
def test_a_coordinated_speech_verb_takes_the_clause_subject(
    extractor: Extractor, text: str, opening: str, speaker: str
) -> None:
    q = _quote(extractor.extract(text), opening)
    assert q is not None and q.speaker is not None and q.speaker.mention.text == speaker


# --- a tagged turn is no reported statement's content ---------------------------------------------------------

# A reported-speech rule took ``Die schlafen«, rief die kleine Katze herunter … »Junge`` for the content of the
# later ``sagte``, which made every turn inside it a fragment (mixed) of that statement.
TAGGED_CHAIN = (
    "Der kleine Häwelmann fuhr in seinem Bett über die Wolken.\n\n"
    "»Wo sind denn die andern Tiere?« rief der kleine Häwelmann hinauf. – »Die schlafen«, rief die kleine Katze "
    "herunter und sprang wieder einen Baum weiter; »horch nur, wie sie schnarchen!« – »Junge«, sagte der gute alte "
    "Mond, »hast du noch nicht genug?« – »Nein«, schrie Häwelmann, »mehr, mehr! Leuchte, alter Mond!«\n"
)


@pytest.mark.models
def test_turns_inside_a_tagged_chain_stay_direct(extractor: Extractor) -> None:
    r = extractor.extract(TAGGED_CHAIN)
    for opening in ("Die schlafen", "horch nur", "Junge", "hast du", "Nein"):
        assert _kind(r, opening) is QuoteKind.DIRECT, opening
    assert not [q for q in r.quotes if q.kind is QuoteKind.MIXED]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("»Die schlafen«, rief die Katze", True),
        ("»thou« berichtigte der Engländer", False),
        ("»Es ist gut«; und dann", True),
        ("»Das ist die Lage« Der Minister ging.", False),
        ("“bombastic comments” do more harm", False),
        ("„Hexenjagd“. Danach", False),
    ],
)
def test_a_tag_follows_a_closing_mark(text: str, tagged: bool) -> None:
    qe = max(text.rfind(m) for m in "«“”") + 1
    assert chains._tag_follows(text, qe) is tagged


# --- nested quotations in the evaluation format ------------------------------------------------------------------

NESTED = (
    "Die Alte setzte sich ans Feuer.\n\n"
    "»Und endlich nahm er meine Hand und sagte: ›Ja, Grete, das ist eine schwere Frage.‹ Dann ging er.«\n"
)


@pytest.mark.models
def test_nested_quotations_are_written_only_on_request(extractor: Extractor) -> None:
    r = extractor.extract(NESTED)
    plain, nested = eval_record(r), eval_record(r, nested=True)
    assert [q["text"] for q in plain["quotes"]] == [q.text for q in r.quotes]
    extra = [q for q in nested["quotes"] if q["sieve"] == NESTED_SIEVE]
    assert [q["text"] for q in extra] == ["Ja, Grete, das ist eine schwere Frage."]
    assert extra[0]["kind"] == "direct" and extra[0]["speaker"] is None
    assert len(nested["quotes"]) == len(plain["quotes"]) + 1


# --- speech a character reports inside the quotation (Extractor(embedded=True), Quote.within) -----------------

EMBEDDED = (
    "Marie kam spät nach Hause und setzte sich an den Tisch.\n\n"
    "»Er sagte mir gestern, er komme morgen zurück«, erklärte sie.\n\n"
    "»Woher weißt du nur das alles?« fragte die Mutter.\n\n"
    "»Ich habe einstweilen dem Vater nichts gesagt. Ich glaube, wir haben zu viel auf das Geld gegeben.«\n"
)


def _within(r: ExtractionResult) -> list[Quote]:
    return [q for q in r.quotes if q.within is not None]


@pytest.mark.models
def test_reported_speech_inside_a_quotation_is_its_own_statement(embedded_extractor: Extractor) -> None:
    """A character reporting what someone said: the content, spoken by the subject inside the quotation, pointing
    at the quotation that holds it; the tag after the marks stays the quotation's and is not content."""
    r = embedded_extractor.extract(EMBEDDED)
    st = next(q for q in _within(r) if "er komme morgen zurück" in q.text)
    assert st.kind is QuoteKind.INDIRECT
    assert "erklärte" not in st.text
    assert st.speaker is not None and st.speaker.mention.text == "Er"
    holder = r.quotes[st.within or 0]
    assert holder.kind is QuoteKind.DIRECT and holder.start <= st.start and st.end <= holder.end
    assert holder.speaker is not None and holder.speaker.mention.text == "sie"


@pytest.mark.models
def test_a_speech_or_thought_clause_inside_a_quotation_is_reported(embedded_extractor: Extractor) -> None:
    """A clause that speaks or thinks without content of its own (``Woher weißt du …?``, a question with a form
    the compact parser leaves unlemmatised), with the clause's own subject as speaker; a bare frame before the
    content (``Ich glaube,``) is not reported itself, its content is."""
    r = embedded_extractor.extract(EMBEDDED)
    found = {q.text: q for q in _within(r)}
    asked = next(q for t, q in found.items() if t.startswith("Woher weißt du"))
    assert asked.speaker is not None and asked.speaker.mention.text == "du"
    assert any(t.startswith("wir haben zu viel") for t in found)
    assert not any(t.startswith("Ich glaube") for t in found)


@pytest.mark.models
def test_embedded_speech_is_off_by_default_and_written_as_direct_for_the_scorer(
    extractor: Extractor, embedded_extractor: Extractor
) -> None:
    """News corpora do not annotate it, so the default extractor reports none; in the evaluation format a
    statement inside marks is ``direct`` (the format's kind says where the span lies), its own kind in ``flags``
    and its quotation in ``within``."""
    assert not _within(extractor.extract(EMBEDDED))
    r = embedded_extractor.extract(EMBEDDED)
    rows = eval_record(r)["quotes"]
    inner = [row for row in rows if "within" in row]
    assert inner and all(row["kind"] == "direct" and "within" in row["flags"] for row in inner)
    assert all(r.quotes[row["within"]].kind is QuoteKind.DIRECT for row in inner)


@pytest.mark.models
def test_a_speech_clause_takes_the_content_after_its_comma(embedded_extractor: Extractor) -> None:
    """Content the parse does not hang on the speech verb (``er sagte dann immer, das sei …``, a Konjunktiv
    clause; ``ohne zu bedenken, daß …``, a complementiser) is the clause's: frame and content are one segment."""
    text = "»Der Alte kam oft zu uns. Er sagte dann immer, das sei nach dem alten Brauch so.«, erzählte Claas.\n"
    r = embedded_extractor.extract(text)
    st = next(q for q in _within(r) if q.text.startswith("Er sagte dann immer"))
    assert "das sei nach dem alten Brauch" in st.text
    assert st.speaker is not None and st.speaker.mention.text == "Er"


@pytest.mark.models
def test_a_wish_after_a_comma_in_a_quotation_is_not_reported(embedded_extractor: Extractor) -> None:
    """Inside a character's quotation the Konjunktiv clause after a speech verb's comma is the speaker's own wish
    (``ich möchte nicht nach Berlin``), not what the verb reports, so the Konjunktiv comma rule stays out there."""
    text = (
        "Sie sah ihn an.\n\n»Ich konnte dir nicht alles schreiben, ich möchte nicht nach Berlin.«, sagte sie leise.\n"
    )
    r = embedded_extractor.extract(text)
    assert any(q.text == "Ich konnte dir nicht alles schreiben" for q in _within(r))
    assert not any(q.text.startswith("ich möchte") for q in _within(r))


NESTED_SPOKEN = (
    "Die Mutter sah ihn lange an.\n\n"
    "»Gestern kam der Pfarrer zu mir und sagte: ›Ihr Sohn ist ein Taugenichts.‹ Ich habe nichts erwidert«, "
    "erzählte sie.\n\n"
    "»Was ist ›Faust‹ für ein Buch?« fragte er.\n"
)


@pytest.mark.models
def test_a_nested_quotation_is_spoken_by_the_speaker_its_own_tag_names(embedded_extractor: Extractor) -> None:
    """``›…‹`` inside a character's quotation, framed there (``sagte: ›…‹``), is direct speech of the inner
    speaker (the Pfarrer), not of the character quoting it (``sie``), pointing at the quotation that holds it; a
    nested title with no tag of its own (``›Faust‹``) is not reported, and the default extractor reports none."""
    r = embedded_extractor.extract(NESTED_SPOKEN)
    inner = next(q for q in _within(r) if q.text == "Ihr Sohn ist ein Taugenichts.")
    assert inner.kind is QuoteKind.DIRECT
    assert inner.speaker is not None and inner.speaker.mention.text == "der Pfarrer"
    holder = r.quotes[inner.within or 0]
    assert holder.speaker is not None and holder.speaker.mention.text == "sie"
    assert inner.open_mark is not None and inner.open_mark.text == "›"
    assert not any(q.text == "Faust" for q in r.quotes)
    rows = [row for row in eval_record(r)["quotes"] if "within" in row]
    assert any(row["text"] == inner.text and row["kind"] == "direct" for row in rows)


@pytest.mark.models
def test_a_nested_quotation_with_its_own_speaker_is_written_once(embedded_extractor: Extractor) -> None:
    """With ``embedded`` and the ``nested`` export together, a nested quotation the embedded pass made a quote of
    its own is written once, with its speaker; the nested exporter adds only the nested spans that are no quote
    (the title ``›Faust‹``)."""
    r = embedded_extractor.extract(NESTED_SPOKEN)
    rows = eval_record(r, nested=True)["quotes"]
    inner = [row for row in rows if row["text"] == "Ihr Sohn ist ein Taugenichts."]
    assert len(inner) == 1
    assert inner[0]["speaker"] is not None and inner[0]["sieve"] != NESTED_SIEVE
    assert [row["text"] for row in rows if row["sieve"] == NESTED_SIEVE] == ["Faust"]


@pytest.mark.models
def test_the_second_part_of_an_interrupted_nested_quotation_keeps_its_speaker(
    embedded_extractor: Extractor,
) -> None:
    """``›A‹, äußert der Redakteur, ›B‹`` inside a quotation: the second part has no tag of its own; the first
    part's tag between the two, with no sentence end there, names its speaker too."""
    text = (
        "Der Alte legte die Zeitung hin.\n\n"
        "»Der Redakteur wünscht anzudeuten, daß sie entführt worden sei. ›Es ist unmöglich‹, äußert der "
        "Redakteur, ›daß eine Tausenden bekannte Persönlichkeit wie dieses junge Weib drei Häuserquadrate "
        "durchqueren könnte, ohne erkannt zu werden.‹ Das glaube ich nicht«, sagte er.\n"
    )
    r = embedded_extractor.extract(text)
    second = next(q for q in _within(r) if q.text.startswith("daß eine Tausenden"))
    assert second.kind is QuoteKind.DIRECT
    assert second.speaker is not None and second.speaker.mention.text == "der Redakteur"


def test_an_interrupted_nested_quotation_is_told_by_its_tag_between_the_parts() -> None:
    """The tag's speaker must stand between the parts, and no sentence may end there (``›A.‹ Er ging. ›B‹``)."""
    text = "›Es ist unmöglich‹, äußert er, ›daß …‹ Er ging. ›Nein‹"
    er = text.index("er,")
    att = Attribution((er, er + 2), MentionKind.PRONOUN, None, "syntactic", 0.9)
    first_closed, second_opens = text.index("‹") + 1, text.index("›daß")
    assert _interrupted(text, first_closed, second_opens, att)
    assert not _interrupted(text, text.index("…‹") + 2, text.rindex("›"), att)
    assert not _interrupted(text, first_closed, second_opens, replace(att, speaker=(0, 3)))


@pytest.mark.models
def test_nested_quotations_are_left_alone_by_default(extractor: Extractor) -> None:
    """Without ``embedded`` a nested quotation stays inside its holder (:attr:`Quote.nested`)."""
    r = extractor.extract(NESTED_SPOKEN)
    assert not _within(r)
    assert not any(q.text == "Ihr Sohn ist ein Taugenichts." for q in r.quotes)


def test_embedded_statements_keep_to_their_quotation() -> None:
    """The narration around a quotation is closed to the rules: with no parse of it there is nothing to report,
    and a document without quotations is not searched at all."""
    assert reported.find_embedded("Er kam.", [], [], []) == []


# A tale's character is often a common noun (``der Schmied``), no name and in no role list: once a tag names it as
# a speaker, the same noun acting right before an untagged quotation of its paragraph speaks that quotation.
SPEAKING_NOUN = (
    "»Es wird bald regnen«, sagte der Schmied und sah zum Himmel.\n\n"
    "Der Knecht nickte nur und ging hinaus.\n\n"
    "Am Abend saßen alle in der Stube. Der Schmied legte den Hammer weg. »Morgen gehen wir früh aufs Feld.«\n"
)


@pytest.mark.models
def test_a_noun_that_speaks_elsewhere_speaks_after_its_action(extractor: Extractor) -> None:
    q = _quote(extractor.extract(SPEAKING_NOUN), "Morgen gehen")
    assert q is not None and q.speaker is not None and q.speaker.mention.text.endswith("Schmied")


# Short turns with no speech verb anywhere near: one a paragraph of its own with a dash after it, one with a tag
# of no listed verb after its comma. A short title opening a paragraph goes on with the sentence that names it.
SHORT_TURNS = (
    "Der Kapitän sah ihn lange an.\n\n"
    "»Sie hat sich was zum Versetzen ausgeliehen –«\n\n"
    "»Na hör mal« –\n\n"
    "»Nun, du weißt doch selbst, wie das war.«\n\n"
    "»So komm herein!«\n\n"
    "»Ich kann nicht«, kam es von der Tür; und ich gewahrte den Knaben.\n\n"
    "»Der Dengler« hing damals im Flur des Hauses.\n"
)


# --- the party the narration that opens the scene names (issue 15, fifteenth step) -----------------------------

# One party of the exchange is tagged (Mr. Eager), the other is never tagged or addressed in it; the narration
# that opens the scene names her, and she tags a quotation later in the text.
SCENE_EN = (
    "Mr. Eager sat down beside the window, and Lucy watched the rain on the glass.\n\n"
    '"Shall we go out this afternoon?" said Mr. Eager.\n\n'
    '"I would rather stay in."\n\n'
    '"The rain will stop by four."\n\n'
    '"Then we shall see."\n\n'
    "An hour later the sun came out over the river.\n\n"
    '"It has stopped," said Lucy.\n'
)
SCENE_DE = (
    "Der Müller stand am Fenster, und Grete sah ihm zu.\n\n"
    "»Gehst du heute noch in die Stadt?« fragte der Müller.\n\n"
    "»Nein, morgen erst.«\n\n"
    "»Dann bring mir Tabak mit.«\n\n"
    "»Wenn ich daran denke.«\n\n"
    "Am Abend kam der Knecht nach Hause.\n\n"
    "»Es regnet«, sagte Grete.\n"
)


@pytest.mark.models
def test_a_short_turn_that_opens_its_paragraph_is_direct(extractor: Extractor) -> None:
    r = extractor.extract(SHORT_TURNS)
    for opening in ("Sie hat sich", "Na hör mal", "Nun, du weißt", "So komm", "Ich kann nicht"):
        assert _kind(r, opening) is QuoteKind.DIRECT, opening
    assert _quote(r, "Der Dengler") is None


# Older prose that leaves the closing mark out before an inline tag: the tag follows the quotation's own ``!``.
INLINE_TAG = (
    "Kaum im Stande mich zu bemeistern, legte ich die Flinte an.\n\n"
    "»Schießen Sie nicht, schießen Sie nicht! rief Freund Brétignot, der mich im Auge behielt, mir zu.\n\n"
    "Ich ließ die Flinte sinken.\n"
)


@pytest.mark.models
def test_an_unclosed_quotation_ends_before_its_inline_tag(extractor: Extractor) -> None:
    r = extractor.extract(INLINE_TAG)
    q = _quote(r, "Schießen Sie")
    assert q is not None and q.text == "Schießen Sie nicht, schießen Sie nicht!"
    assert q.speaker is not None and "Brétignot" in q.speaker.mention.text


@pytest.mark.models
@pytest.mark.parametrize(("text", "first", "third", "name"), [
    (SCENE_EN, "I would rather", "Then we shall", "Lucy"),
    (SCENE_DE, "Nein, morgen", "Wenn ich", "Grete"),
])  # fmt: skip
def test_the_untagged_party_is_the_character_the_scene_opens_with(
    extractor: Extractor, text: str, first: str, third: str, name: str
) -> None:
    r = extractor.extract(text)
    q = _quote(r, first)
    assert q is not None and q.speaker is not None and q.speaker.mention.text == name
    assert "scene_character" in q.rules
    later = _quote(r, third)  # the alternation carries the name on
    assert later is not None and later.speaker is not None and later.speaker.mention.text == name


@pytest.mark.models
def test_news_quotes_after_a_paragraph_naming_people_stay_continuation(extractor: Extractor) -> None:
    # no dialogue: one source quoted over several paragraphs, with another person named in the paragraph before
    text = (
        "Governor Hale met Senator Brooks in Albany on Monday to discuss the budget.\n\n"
        '"We will pass this bill before the summer," Hale said.\n\n'
        '"It is the right thing to do for the state."\n'
    )
    q = _quote(extractor.extract(text), "It is the right")
    assert q is not None and "scene_character" not in q.rules
    assert q.speaker is not None and q.speaker.mention.text == "Hale"


@pytest.mark.models
def test_the_first_turn_after_narration_is_the_character_it_names(extractor: Extractor) -> None:
    # the next turn is Anne's own: the turn before it is the other character the narration brings in
    text = (
        '"Will you walk with me?" asked Anne.\n\n'
        '"Gladly," said Diana.\n\n'
        '"Then come along," said Anne.\n\n'
        '"Wait for me," said Diana.\n\n'
        "They walked down the lane until Marilla met them at the gate.\n\n"
        '"Where have you two been all afternoon?"\n\n'
        '"Down by the brook," said Anne.\n\n'
        "Supper was late that evening.\n\n"
        '"Sit down, both of you," said Marilla.\n'
    )
    q = _quote(extractor.extract(text), "Where have you")
    assert q is not None and q.speaker is not None and q.speaker.mention.text == "Marilla"
    assert "scene_character" in q.rules


@pytest.mark.models
def test_a_name_after_an_endearment_is_addressed(extractor: Extractor) -> None:
    # ``my dear Jane``: the tagger takes ``dear`` for a noun; the name is still the one spoken to, and speaks next
    text = '"Come here, my dear Jane, and sit by me," said Mrs. Bennet.\n\n"I would rather stand."\n'
    r = extractor.extract(text)
    first, second = _quote(r, "Come here"), _quote(r, "I would rather")
    assert first is not None and first.addressee is not None and first.addressee.text == "Jane"
    assert second is not None and second.speaker is not None and second.speaker.mention.text == "Jane"


# An untagged turn alone in its paragraph after a narration paragraph: the last narration sentence's subject acts
# before speaking (an action beat), the rule of last resort when no turn or continuation answers.
BEAT_PARAGRAPH = (
    "Der Abend war still, und im Garten sangen die Amseln.\n\n"
    "Dann stellte Valtin die Gießkanne ab und wischte sich die Stirn.\n\n"
    "»Morgen wird es wieder heiß werden.«\n"
)


@pytest.mark.models
def test_a_lone_turn_after_narration_goes_to_the_acting_subject(extractor: Extractor) -> None:
    q = _quote(extractor.extract(BEAT_PARAGRAPH), "Morgen wird")
    assert q is not None and q.speaker is not None and q.speaker.mention.text == "Valtin"


# The narration may show the listener acting and the turn answer that action: a turn whose first sentence names
# the beat's action again (``Du schüttelst den Kopf``) is no beat of the narration's subject.
BEAT_REPLY = (
    "Der Abend war still, und im Garten sangen die Amseln.\n\n"
    "Valtin schüttelte langsam den Kopf und sah zum Fenster hinaus.\n\n"
    "»Du schüttelst den Kopf, aber du weißt es doch besser.«\n"
)


@pytest.mark.models
def test_a_lone_turn_that_names_the_beats_action_again_is_no_beat_of_the_actor(extractor: Extractor) -> None:
    q = _quote(extractor.extract(BEAT_REPLY), "Du schüttelst")
    assert q is not None and (q.speaker is None or q.speaker.mention.text != "Valtin")
    assert _quote(extractor.extract(BEAT_PARAGRAPH), "Morgen wird") is not None
