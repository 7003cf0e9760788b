"""Who said it, on news sentences written for issue 11: one case per failure class, English and German, end to end
with the real Stanza pipeline (the compact models' parse errors included)."""

from __future__ import annotations

import pytest

from quotekit import Extractor
from speaker_helpers import mention_of as _mention
from speaker_helpers import quote_starting as _quote

pytestmark = pytest.mark.models


# (text, start of the quote, words the speaker mention must hold)
CASES = {
    # class 2: a phrase without a verb before the colon names the speaker
    "colon_speaker_phrase_de": (
        "Bundesinnenminister Wolfgang Schäuble: „Wir können die Daten doch nicht einfach vernichten.“",
        "Wir können",
        "Schäuble",
    ),
    "colon_speaker_phrase_en": (
        "Frank Newport and Jim Harter: “We found zero relationship between the two measures.”",
        "We found",
        "Newport",
    ),
    # class 3: a source phrase outranks the subject of the clause the quote stands in
    "source_phrase_de": (
        "Die Maßnahmen stellen nach Meinung des Politikers Reinhold Gall „einen starken Eingriff in die "
        "Grundrechte der Bürger“ dar.",
        "einen starken",
        "Politikers",
    ),
    "source_phrase_en": (
        "The measures are, according to the senator Ann Miller, “a serious attack on the rights of citizens”.",
        "a serious",
        "Miller",
    ),
    "impersonal_source_de": (
        "In dem Antrag heißt es wörtlich: „Die Aufhebung wäre ein Beitrag für den Frieden in der Region.“",
        "Die Aufhebung",
        "Antrag",
    ),
    # an impersonal tag after the quote frames it more closely than a colon before it
    "impersonal_tag_after_colon_de": (
        "Der Bischof bat den Papst um die Rücknahme: „Ich bin zu dem Entschluss gekommen, mein Amt nicht "
        "anzutreten“, heißt es in der Erklärung des Bistums.",
        "Ich bin",
        "Erklärung",
    ),
    # a verbless phrase before a colon headed by a noun for words or a view: its owner speaks, not its topic
    "utterance_owner_de": (
        "Schröder zeigte sich in Siegerpose. Zitat von Schröder: „Wir haben etwas erreicht, was viele für "
        "unmöglich gehalten haben.“",
        "Wir haben",
        "Schröder",
    ),
    "utterance_possessive_de": (
        "Der Bundespräsident wollte die Angriffe schon im Wahlkampf zurückweisen. Seine Meinung zu Kirchhoff: "
        "„Ich dachte, es darf doch nicht wahr sein.“",
        "Ich dachte",
        "Seine",
    ),
    "utterance_possessive_en": (
        "Mayor Peter Klein spoke on Monday. His verdict on the plan by Anna Hill: “It is a disaster for the city.”",
        "It is a disaster",
        "His",
    ),
    # a speech verb in an ``as`` clause only says who reports when the main clause has a person for subject
    "as_clause_reporter_de": (
        "Eine offizielle Stellungnahme gab es zunächst nicht. Wie der Fernsehsender CBS berichtet, gab "
        "Regierungssprecher Robert Gibbs dem Sender eine Stellungnahme in Form einer SMS, die aus einem einzigen "
        "Wort bestand: „WOW.“",
        "WOW",
        "Gibbs",
    ),
    "as_clause_reporter_en": (
        "As CBS reported, the White House spokesman Robert Gibbs sent the network a text message of a single word: "
        "“Wow.”",
        "Wow",
        "Gibbs",
    ),
    "as_clause_speaker_de": (
        "Wie der Minister sagte, gilt ab Montag folgende Regel: „Wer krank ist, bleibt zu Hause.“",
        "Wer krank",
        "Minister",
    ),
    # class 3: a fronted object or adverbial never speaks
    "fronted_object_de": (
        "Den Unmut der Partei brachte die Sprecherin Anna Berger zum Ausdruck: „Es gibt keinen Grund, jetzt "
        "aufzugeben.“",
        "Es gibt",
        "Sprecherin",
    ),
    "fronted_predicate_de": (
        "Als Begründung sagte ein Wissenschaftler: „Das ist ein sehr breites Feld an Erkrankungen.“",
        "Das ist",
        "Wissenschaftler",
    ),
    "fronted_adverbial_de": (
        "Relativierend fügt Gall hinzu: „Allerdings darf das nicht aus den Augen verloren werden.“",
        "Allerdings",
        "Gall",
    ),
    "fronted_adverbial_en": (
        "In her statement on Monday, the spokeswoman Anna Berger said: “This is a very broad field of diseases.”",
        "This is",
        "Berger",
    ),
    # class 3: a speech verb higher up speaks for the clause the quote stands in
    "governing_cue_de": ("Der Trainer sagte, dass Müller in „seiner eigenen Welt“ lebe.", "seiner", "Trainer"),
    # (English news reports the fragment as part of the mixed statement, LanguageProfile.fragment_quotes)
    "governing_cue_en": (
        "The coach said that Miller was living in “a world of his own” these days.",
        "Miller was living",
        "coach",
    ),
    # class 5: es/man never speak; the last reported speaker does
    "expletive_de": (
        "Die Ministerin Anna Berger äußerte sich am Montag in Berlin. Es sei „ein bedauerlicher Einzelfall“ gewesen.",
        "ein bedauerlicher",
        "Berger",
    ),
    "expletive_en": (
        "It was “a regrettable accident that nobody wanted,” the minister Anna Berger said.",
        "a regrettable",
        "minister",
    ),
    # rule 4: a Konjunktiv fragment (English: a stand-alone quote) carries on the speaker reported before
    "konjunktiv_continuation_de": (
        "Der CSU-Chef Edmund Stoiber begründete seinen Rückzug mit der neuen Lage. Damit seien „der Kurs und "
        "die Berechenbarkeit der SPD nicht mehr so klar“.",
        "der Kurs",
        "Stoiber",
    ),
    "previous_speaker_en": (
        "Peter Hill spoke to reporters after the vote on Monday. “We will not give up on this plan.”",
        "We will",
        "Peter Hill",
    ),
    # quoting verbs: the one quoted speaks, not the paper that quotes
    "quoting_verb_de": (
        "Ein Fernsehsender zitierte Papandreou mit den Worten: „Ich klebe nicht an meinem Stuhl.“",
        "Ich klebe",
        "Papandreou",
    ),
    "quoting_verb_en": (
        "The magazine quoted Tom Lynch as saying: “This will be the biggest update ever.”",
        "This will",
        "Lynch",
    ),
    # class 4: a tag whose speaker carries long appositions, or a name the tagger takes for a verb
    "tag_apposition_en": (
        "“Both candidates scare me,” Harry Bond, 30, of Raleigh, who was among those polled, said in an interview.",
        "Both candidates",
        "Harry Bond",
    ),
    # the phrase after the verb says how it was said, not who said it
    "tag_apposition_said_in_en": (
        "“We will grow,” Maria Lopez, chief economist at Example Bank in Frankfurt, said in an e-mail.",
        "We will grow",
        "Maria Lopez",
    ),
    "tag_apposition_de": (
        "„Die Zinsen werden weiter steigen“, sagte Maria Lopez, Chefvolkswirtin der Beispielbank in Frankfurt, "
        "am Montag.",
        "Die Zinsen",
        "Lopez",
    ),
    "tag_name_tagged_as_verb_en": (
        "Secretary of State Jon Husted applauded the ruling. “Ohio offers a generous number of days to vote,” "
        "Husted said in a statement.",
        "Ohio offers",
        "Husted",
    ),
    # a noun phrase with its article, then an apposition, then the speech verb (the parse makes it a conjunct)
    "tag_article_apposition_en": (
        "“We should not build walls but bridges,” the Vatican spokesman, Federico Lombardi, told Vatican Radio.",
        "We should",
        "spokesman",
    ),
    # the tokenizer ends a sentence after an abbreviated title: the tag runs on, the title is not the name
    "tag_after_abbreviated_title_en": (
        "“Donald Trump should retract his comments, not defend them,” former Gov. Jeb Bush of Florida said on Twitter.",
        "Donald Trump should",
        "Bush",
    ),
    # the compact German model tags a name that opens the sentence as an adverb
    "initial_name_de": (
        "Nach der Sitzung sprach die Ministerin mit Zypries. Zypries sieht in dem Urteil eine Bestätigung: "
        "„Das Gericht stärkt die Freiheitsrechte der Bürger.“",
        "Das Gericht",
        "Zypries",
    ),
    # a Konjunktiv-I clause between two quotes reports the same speaker: its subject does not stop continuation
    "continuation_through_reported_clause_de": (
        "„Wir müssen uns jetzt vorbereiten“, sagte Klaus Berger. Die Gefahr einer Pandemie sei real. "
        "„Aber das Virus kann sich noch lange verändern.“",
        "Aber das Virus",
        "Berger",
    ),
    # a stand-alone quote right after a sentence about a person: that person speaks
    "narrative_subject_de": (
        "Die Schüler klagten über zu viel Stress. Ministerpräsident Günther Oettinger will die Naturwissenschaften "
        "straffen. „Nicht jede Formel aus Physik und Chemie ist für das Leben wichtig.“",
        "Nicht jede Formel",
        "Oettinger",
    ),
    "narrative_subject_en": (
        "The bill passed the House on Tuesday. Senator Maria Lopez voted against it. “This law will hurt the "
        "families who need help most.”",
        "This law",
        "Lopez",
    ),
    # a speech verb elsewhere in the sentence outranks the subject of the verb the fragment hangs off
    "sentence_cue_de": (
        "Wie der Finanzminister Hartmut Möllring am Dienstag in Hannover erklärte, sieht die Landesregierung in dem "
        "Gesetz „kein Hindernis für den freien Kapitalverkehr“.",
        "kein Hindernis",
        "Möllring",
    ),
    "sentence_cue_en": (
        "The plan, finance minister Hartmut Miller told reporters on Tuesday, offers the region “a fair chance to "
        "grow”.",
        "offers the region",
        "Miller",
    ),
    # the parser makes the object the subject of a speech verb and the name an adverb: the name speaks
    "named_dependent_de": (
        "Die Fraktionschefin Modder hatte die Unterlagen nie erhalten. Modder nannte die Absage Hartmanns einen "
        "„Vertrauensbruch“.",
        "Vertrauensbruch",
        "Modder",
    ),
    # before a colon, a person beside the verb outranks a thing the parse made its subject
    "colon_person_beside_de": (
        "Die praktische Anwendung der Richtlinie stellte der SPD-Vorsitzende Franz Müntefering ebenfalls in Frage: "
        "„Das ist nicht lebenswirklich.“",
        "Das ist nicht",
        "Müntefering",
    ),
    # a passive clause: the agent speaks, never the patient
    "passive_agent_de": (
        "Der Komponist starb am Montag in Wien. Seine Werke werden von Musikkennern als „Meilensteine der "
        "Musikgeschichte“ bezeichnet.",
        "Meilensteine",
        "Musikkennern",
    ),
    # walking up from a fragment, the person of the main clause outranks a thing in the clause below
    "main_clause_person_de": (
        "Die Ministerin Anna Berger rechnet damit, dass der Erlös „in den notleidenden Haushalt“ fließt.",
        "in den notleidenden",
        "Berger",
    ),
    # the parser makes the object after a German verb a second subject: of equally speaker-like subjects, the
    # first (the clause opens with its subject far more often than with an object)
    "two_subjects_first_de": (
        "Die Bürgermeisterin Karin Vogt nannte Becker einen „verlässlichen Partner“.",
        "verlässlichen Partner",
        "Vogt",
    ),
    "two_subjects_first_names_de": (
        "Die Abgeordnete Sabine Roth nannte Weber einen „mutigen Reformer“.",
        "mutigen Reformer",
        "Roth",
    ),
    # a name opening the sentence that the tagger made an adverb: the document writes it mid-sentence too
    "initial_name_before_colon_de": (
        "Die Kritik von Haslinger war scharf. Haslinger sieht in dem Urteil nun eine Bestätigung ihrer "
        "Rechtsauffassung: „Mit dem neuen Gesetz stärkt das Gericht die Freiheitsrechte.“",
        "Mit dem neuen Gesetz",
        "Haslinger",
    ),
    "initial_name_clause_subject_de": (
        "Der Rückzug von Haslinger kam überraschend. Haslinger begründete seinen Rückzug mit einer „veränderten "
        "Lage“ in Berlin.",
        "veränderten Lage",
        "Haslinger",
    ),
    # a sentence opening with the person whose view it gives
    "view_holder_de": (
        "Für den Theologen Hans Weber sei der Rücktritt „aus vielen Gründen verständlich“.",
        "aus vielen Gründen",
        "Weber",
    ),
    "view_holder_en": (
        'For the senator Ann Miller, the new plan is "a betrayal of the voters".',
        "a betrayal",
        "Miller",
    ),
    "named_dependent_en": (
        "The committee cancelled the hearing. Warren called the decision “a betrayal of the voters”.",
        "called the decision",
        "Warren",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_speaker_of_each_failure_class(extractor: Extractor, case: str) -> None:
    text, content, speaker = CASES[case]
    assert speaker in _mention(_quote(extractor, text, content))


def test_a_thing_before_a_colon_introduces_no_speaker(extractor: Extractor) -> None:
    text = (
        "In an interview, Javier Solana sounded confident. His confidence rests on past experience: “Decisions "
        "about Turkey always take time.”"
    )
    q = _quote(extractor, text, "Decisions about")
    assert q.speaker is None or "confidence" not in q.speaker.mention.text


def test_continuation_stops_at_a_narrative_subject(extractor: Extractor) -> None:
    """Outside a reported (Konjunktiv-I) clause a subject still brings in someone else: here the minister, whom
    the stand-alone quote after the sentence about her then belongs to."""
    text = "“We must prepare now,” said Klaus Berger. The minister Anna Hill disagreed. “There is no danger at all.”"
    assert "Hill" in _mention(_quote(extractor, text, "There is no danger"))


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin Anna Berger äußerte sich am Montag. Es sei „ein bedauerlicher Einzelfall“ gewesen.",
        "Zuvor hatte man „keine weiteren Schritte“ geplant, sagte die Ministerin Anna Berger.",
    ],
)
def test_es_and_man_never_speak(extractor: Extractor, text: str) -> None:
    for q in extractor.extract(text).quotes:
        assert q.speaker is None or q.speaker.mention.text.lower() not in ("es", "man"), q


def test_no_statement_runs_on_from_a_quotation_into_the_narration_after_it(extractor: Extractor) -> None:
    """The sentence splitter runs a quotation's last sentence into the narration after it (a digit opens the next
    sentence); the that-clause rule must not report the two as one statement that opens inside the marks."""
    text = "Die Ministerin sagte: „Das Gesetz ist ein Erfolg für alle.“ 500 Menschen waren zur Feier gekommen."
    quotes = extractor.extract(text).quotes
    assert not [q for q in quotes if "Erfolg" in q.text and "Menschen" in q.text], quotes
    q = _quote(extractor, text, "Das Gesetz")
    assert q.kind.value == "direct"
    assert "Ministerin" in _mention(q)


@pytest.mark.parametrize(
    "text",
    [
        "Für die Kinder gab es „Überraschungen der besonderen Art“ und Kuchen.",
        'For the children, there were "surprises".',
    ],
)
def test_a_view_needs_a_person_to_hold_it(extractor: Extractor, text: str) -> None:
    for q in extractor.extract(text).quotes:
        assert q.speaker is None or q.speaker.mention.text.split()[-1] not in ("Kinder", "children"), q
