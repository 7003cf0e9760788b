"""Reported speech (issue 12), one construction per case, English and German, end to end on the shared models.

Each positive case names the content the statement must start with, its speaker as written and the rule that
finds it; each negative case is text that looks like a report and is not one (a ``dass``-clause after a
non-speech verb, ``so`` as an adverb, Konjunktiv in a condition, a purpose clause after a cue's object).
"""

from __future__ import annotations

import pytest

from quotekit import Extractor
from reported_helpers import reporting, starting_with, statements

pytestmark = pytest.mark.models


# (lang, text, content starts with, speaker as written, rule)
POSITIVE: list[tuple[str, str, str, str | None, str]] = [
    # apposition subject before the verb
    (
        "de",
        "Die Sprecherin des Konzerns, Anna Schulz, sagte, das Unternehmen werde keine Stellen abbauen.",
        "das Unternehmen werde",
        "Anna Schulz",
        "indirect_konjunktiv",
    ),
    (
        "en",
        "The company's spokeswoman, Anna Schulz, said the company would not cut jobs.",
        "the company would not",
        "The company's spokeswoman",
        "indirect_that_clause",
    ),
    # apposition inside a source phrase stays out of the content
    (
        "en",
        "According to Maria Lopez, a spokeswoman, the remarks were taken out of context.",
        "the remarks were taken",
        "Maria Lopez",
        "indirect_according_to",
    ),
    # the attribution in the middle of the content
    ("de", "Die Lage, sagte der Minister, sei ernst.", "sei ernst", "der Minister", "indirect_parenthetical"),
    (
        "en",
        "The situation, the minister said, was serious.",
        "was serious",
        "the minister",
        "indirect_parenthetical",
    ),
    # source phrases with a modifier or a determiner before the noun
    (
        "de",
        "Nach Ansicht von Experten ist die Krise noch nicht vorbei.",
        "ist die Krise",
        "Experten",
        "indirect_according_to",
    ),
    # source nouns of judgement and account, in the singular and the plural
    (
        "de",
        "Nach Darstellungen des Verlags sei die Zeitung nie in Gefahr gewesen.",
        "sei die Zeitung",
        "des Verlags",
        "indirect_according_to",
    ),
    (
        "de",
        "Nach Überzeugung des Gerichts hat der Angeklagte die Tat begangen.",
        "hat der Angeklagte",
        "des Gerichts",
        "indirect_according_to",
    ),
    (
        "de",
        "Nach den Worten des Ministers sei die Lage unter Kontrolle.",
        "sei die Lage",
        "des Ministers",
        "indirect_according_to",
    ),
    # that-less complement the parser reads as object + xcomp
    ("en", "He said the plan failed.", "the plan failed", "He", "indirect_that_clause"),
    # a cue verb mined from the gold (estimate) and the consonant + n weak form (entgegnete)
    (
        "en",
        "Officials estimated that the storm had caused $2 billion in damage.",
        "the storm had caused",
        "Officials",
        "indirect_that_clause",
    ),
    (
        "de",
        "Die Regierung entgegnete, sie habe alle Regeln eingehalten.",
        "sie habe alle Regeln",
        "Die Regierung",
        "indirect_konjunktiv",
    ),
    # a belief or thought verb with a content clause (cue kind ``belief``)
    (
        "en",
        "Some Democrats believe that the party should choose Warren for the ticket.",
        "the party should choose",
        "Democrats",
        "indirect_that_clause",
    ),
    (
        "de",
        "Das Rote Kreuz schätzt, dass die Zahl der Toten auf bis zu 50.000 ansteigen könnte.",
        "die Zahl der Toten",
        "Rote Kreuz",
        "indirect_that_clause",
    ),
    # German: a zu-infinitive is what a speech verb asks for or claims
    (
        "de",
        "Polizeichef Calvin Williams forderte den Mann auf, sich sofort bei der Polizei zu stellen.",
        "sich sofort bei der Polizei",
        "Polizeichef Calvin Williams",
        "indirect_konjunktiv",
    ),
    # English: ``as X said`` is a parenthetical; a title's period does not end the content
    (
        "en",
        "The campaign said it is looking for a replacement for Rep. Debbie Wasserman Schultz as chair.",
        "it is looking for a replacement for Rep. Debbie",
        "The campaign",
        "indirect_that_clause",
    ),
    # English constructions the parser gets wrong (issue 12, English part)
    # the parser makes the content a conjunct of the speech verb; its subject pronoun still opens it
    (
        "en",
        "Cruz has said for weeks he's the only candidate in the field who can beat Trump.",
        "he's the only candidate",
        "Cruz",
        "indirect_that_clause",
    ),
    (
        "en",
        "Trump had initially welcomed the election and said he would make an exception for the new mayor.",
        "he would make an exception",
        "Trump",
        "indirect_that_clause",
    ),
    # a listener or a long adverbial between the verb and its ``that``, which the parser hung on a noun
    (
        "en",
        "Ben Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.",
        "he is not giving up",
        "Ben Carson",
        "indirect_that_clause",
    ),
    (
        "en",
        "Ginsburg said in an interview with The Associated Press last week that she did not want to think about it.",
        "she did not want to think",
        "Ginsburg",
        "indirect_that_clause",
    ),
    # a relative clause or an apposition between the fronted subject and the verb, which the parser took the
    # subject into
    (
        "en",
        "Paradis, who has been active in politics since the age of 25, says she identifies as an independent.",
        "she identifies as an independent",
        "Paradis",
        "indirect_that_clause",
    ),
    (
        "en",
        "North Carolina's Ada Fisher, one of only a handful of African-American RNC members, said Trump will "
        "exceed expectations with black voters.",
        "Trump will exceed expectations",
        "Ada Fisher",
        "indirect_that_clause",
    ),
    # the fronted noun phrase before a relative clause is the content's subject when the speaker follows
    (
        "en",
        "The old bridge, which the council closed last year, has collapsed, officials said.",
        "The old bridge, which the council closed",
        "officials",
        "indirect_content_first",
    ),
    # belief and communication rows mined from the PolNeAR gold (know, expect, learn, express, echo)
    (
        "en",
        "Paradis and Bennett did not know at the time that the candidates would surge to victory in the primary.",
        "the candidates would surge",
        "Bennett",
        "indirect_that_clause",
    ),
    (
        "en",
        "The senator expressed concern that the plan would raise taxes for the middle class.",
        "the plan would raise taxes",
        "The senator",
        "indirect_that_clause",
    ),
    # a closing attribution whose subject phrase the parse splits: ``says`` tagged a noun with ``the`` on it, a
    # coordinated subject
    (
        "en",
        "Almost 400 small golf courses have closed since 2008, the group says.",
        "Almost 400 small golf courses have closed since 2008",
        "group",
        "indirect_content_first",
    ),
    (
        "en",
        "The plan will not lower prices for families, she and Mr. Brown said.",
        "The plan will not lower prices",
        "Mr. Brown",
        "indirect_content_first",
    ),
    # the speaker's apposition, which the parser hung on the verb as a content clause
    (
        "en",
        "The program has greatly reduced waiting times at the clinics, said Maria Keller, the hospital's director.",
        "The program has greatly reduced",
        "Maria Keller",
        "indirect_content_first",
    ),
    # the subject before a parenthetical attribution whose other side is a quotation
    (
        "en",
        'The new stadium, she said, is "a waste of public money and a gift to the owners."',
        "The new stadium",
        "she",
        "indirect_parenthetical",
    ),
    # a subject the parse lost before a main-clause speech verb: the phrase that ends right before the verb
    (
        "en",
        "Again, those polled said the senator was best able to handle the economy.",
        "the senator was best able",
        "those",
        "indirect_that_clause",
    ),
    (
        "en",
        "Rep. Tom Reed (R-N.Y.), ranking member of the House budget committee and one of the bill's chief authors, "
        "said he fully supports the deal.",
        "he fully supports the deal",
        "Rep. Tom Reed",
        "indirect_that_clause",
    ),
    # a non-finite speech verb without a subject: the verb it hangs on names the speaker (its object, the
    # antecedent of its relative subject)
    (
        "en",
        "Even the sleepy timing of the hearing led Democrats to say that Republicans were trying to protect a nominee "
        "who sometimes wilts under questioning.",
        "Republicans were trying",
        "Democrats",
        "indirect_that_clause",
    ),
    (
        "en",
        "A communications aide for Mr. Petrov, who financed Mr. Allen's work, declined to say whether he was still "
        "on retainer or how much he had been paid.",
        "he was still on retainer",
        "A communications aide for Mr. Petrov",
        "indirect_that_clause",
    ),
]


# Coverage by construction (issue 12, fourth pass): (lang, text, content starts with, speaker as written, rule)
COVERAGE: list[tuple[str, str, str, str | None, str]] = [
    # German: a subject after the closing tag's verb and its adverbials, which the parse lets the tag inherit
    # from the content clause
    (
        "de",
        "Die Lage sei ernst, sagte am Montag ein Sprecher.",
        "Die Lage sei ernst",
        "ein Sprecher",
        "indirect_content_first",
    ),
    (
        "de",
        "Die Verhandlungen seien gescheitert, erklärte gestern in Berlin die Ministerin.",
        "Die Verhandlungen seien",
        "die Ministerin",
        "indirect_content_first",
    ),
    # a poll's or study's finding: a clause, or a noun phrase with its predicate
    (
        "en",
        "A new survey by the university found that most voters distrust both parties.",
        "most voters distrust",
        "A new survey by the university",
        "indirect_finding",
    ),
    (
        "en",
        "The latest poll shows Trump leading Clinton by four points.",
        "Trump leading Clinton",
        "The latest poll",
        "indirect_finding",
    ),
    # an opinion with a content clause that opens with its own subject
    (
        "en",
        "Some Democrats think that Clinton should pick a progressive running mate.",
        "Clinton should pick",
        "Democrats",
        "indirect_that_clause",
    ),
    # the content's subject noun after the verb, whose predicate the parser hung on the first conjunct
    (
        "en",
        "She praised Garland and said Republicans should give him a hearing.",
        "Republicans should give",
        "She",
        "indirect_that_clause",
    ),
    # an impression the narrator reports without a source: a verb of seeming and its complement, a passive verb of
    # perceiving and its ``as`` phrase
    (
        "en",
        "For much of his career, Manafort seemed to be a part of the establishment that Trump rails against.",
        "to be a part of the establishment",
        None,
        "indirect_impression",
    ),
    ("en", "This seems like a fine and fair idea.", "like a fine and fair idea", None, "indirect_impression"),
    (
        "en",
        "At this moment, Rubio is seen as the candidate with the best chance to win the nomination.",
        "as the candidate with the best chance",
        None,
        "indirect_impression",
    ),
    # a closing tag whose parse broke apart: the verb tagged a modifier, the title's period split off, a study's
    # finding
    (
        "en",
        "Unemployment in the region has fallen below five percent, the Federal Reserve Bank of Chicago reported "
        "last week.",
        "Unemployment in the region",
        "Federal Reserve Bank",
        "indirect_trailing_tag",
    ),
    (
        "en",
        "The mayor was not pleased with the budget, Ms. Gedrich said.",
        "The mayor was not pleased",
        "Gedrich",
        "indirect_trailing_tag",
    ),
    (
        "en",
        "The county closed three schools after the storm, a report by the state auditor found.",
        "The county closed",
        "a report by the state auditor",
        "indirect_trailing_tag",
    ),
    # a relative pronoun as the object of a speech verb is what the speaker's words are about
    (
        "en",
        "The district saw thirty applicants for delegate slots, which he said were evenly split.",
        "which",
        "he",
        "indirect_relative_object",
    ),
    # subject, speech verb and clause by surface order where the parse took the verb's object for the subject
    (
        "en",
        "Sources have also said Lt. Gov. Eric Holcomb is interested as well.",
        "Lt. Gov. Eric Holcomb is",
        "Sources",
        "indirect_surface_said",
    ),
    # the same by surface order with a verb of opinion (the parse hung the name on the dash) or of communication
    # (issue 12, rep28b)
    (
        "en",
        "The primary season is over. -Matthew Yglesias thinks Trump will cause long term damage to the party.",
        "Trump will cause",
        "Matthew Yglesias",
        "indirect_surface_said",
    ),
    # a communication verb's object with the phrase after it: the speech-act rule reads it now that the object
    # runs on to the clause's end (rep28a); the surface reading of rep28b took it before and stays behind it
    (
        "en",
        "The primary season is over. He mocked Cruz for not having won a single primary.",
        "Cruz for not having won",
        "He",
        "indirect_speech_act",
    ),
    # a name the tagger took for a participle hung on the speech verb is its subject (issue 12, rep28b)
    (
        "en",
        "Like an old friend, Ebeling said it is hard for her to watch the attacks on the senator.",
        "it is hard",
        "Ebeling",
        "indirect_that_clause",
    ),
    (
        "en",
        "Boreing said the club will still meet for drinks on Fridays.",
        "the club will",
        "Boreing",
        "indirect_that_clause",
    ),
    # ``according to`` after a comma that closes a clause reports that clause, not the narrator's going on
    (
        "en",
        "Only one person was killed by a gun last year in Japan, according to the National Police Agency, and there "
        "were only eight incidents.",
        "Only one person was killed",
        "the National Police Agency",
        "indirect_according_to",
    ),
    (
        "en",
        "Trump gave his blessing, according to court documents, becoming a 93 percent owner of the new enterprise.",
        "Trump gave his blessing",
        "documents",
        "indirect_according_to",
    ),  # a fronted subordinate clause before ``he said, "…"`` is part of what is said
    (
        "en",
        'While consumer confidence is high, he said, "this has done nothing to lower the number of people who are '
        'worried."',
        "While consumer confidence is high",
        "he",
        "indirect_parenthetical",
    ),
]


# Nominal and participle attribution (issue 12, fifth pass): the content before its passive agent, and a speech
# noun between its holder and its content clause. (lang, text, content starts with, speaker as written, rule)
NOMINAL: list[tuple[str, str, str, str | None, str]] = [
    (
        "en",
        "Thousands of farmers marched against legislative changes proposed by the government.",
        "legislative changes",
        "the government",
        "indirect_agent",
    ),
    (
        "en",
        "The new stadium tax was rejected by a large majority of voters.",
        "The new stadium tax",
        "a large majority of voters",
        "indirect_agent",
    ),
    # a speech noun is read in a sentence parsed for another reason (here the quotation after it); the mention
    # as written keeps its possessive
    (
        "en",
        'The council\'s refusal to approve the budget angered the mayor. "It was expected," a clerk said.',
        "to approve the budget",
        "The council's",
        "indirect_nominal",
    ),
    (
        "en",
        'The company\'s decision to close the plant angered the union. "We were betrayed," a worker said.',
        "to close the plant",
        "The company's",
        "indirect_nominal",
    ),
]


@pytest.mark.parametrize(("lang", "text", "content", "speaker", "rule"), POSITIVE + COVERAGE + NOMINAL)
def test_each_construction_is_reported_with_its_speaker(
    extractor: Extractor, lang: str, text: str, content: str, speaker: str | None, rule: str
) -> None:
    hits = starting_with(extractor, lang, text, content)
    assert hits[0][1] == speaker and hits[0][2] == rule, hits


def test_konjunktiv_chain_runs_over_several_sentences_and_through_soll(extractor: Extractor) -> None:
    text = (
        "Die Polizei teilte mit, der Mann sei festgenommen worden. Er habe keinen Widerstand geleistet. "
        "Sein Komplize soll am Abend geflohen sein."
    )
    found = statements(reporting(extractor, "de").extract(text))
    # The sentences after the first statement run on as one statement (the corpora mark such a run as one).
    assert [(c[:13], s) for c, s, _ in found] == [
        ("der Mann sei ", "Die Polizei"),
        ("Er habe keine", "Die Polizei"),
    ]
    assert found[1][0].endswith("Sein Komplize soll am Abend geflohen sein.")
    assert [r for _, _, r in found][1:] == ["indirect_konjunktiv_continuation"]


NEGATIVE = [
    # a dass-clause after a verb that is not speech
    ("de", "Er freute sich sehr, dass das Wetter am Wochenende besser wurde."),
    ("en", "She noticed that the window was open."),
    # a speech verb as the subject clause: nobody the sentence names says it
    ("en", "To say that the plan failed would be unfair."),
    # ``so`` as an adverb, not the source tag ``…, so X.``
    ("de", "So viele Menschen kamen noch nie zu dem Fest in der Stadt."),
    # a purpose clause after a cue's object is not what was said
    ("de", "Die Gewerkschaft forderte den Rücktritt des Ministers, um den Weg für Neuwahlen freizumachen."),
    # a participle between commas names, it does not report
    ("de", "Das Objekt, genannt 2003 EL61, hat momentan die Form einer Kartoffel."),
    # a present infinitive after ``sollen`` is a plan, not hearsay
    ("de", "Auf dem Gelände sollen im nächsten Jahr neue Wohnungen gebaut werden."),
    # a belief verb without a content clause reports nothing, and is no speech act
    ("en", "She knew the way home through the old town."),
    ("de", "Er glaubt an Gott und an die Kraft des Gebets."),
    # after a quotation, the words beside ``said X,`` describe the speaker: no content cut in two
    ("en", '"I have a two-minute commute," said Peter Hart, who lives in the heart of the city.'),
    ("en", '"It is good that my voice is low," he said, popping a Coca-Cola as he sat on a couch.'),
    # ``as`` with a speech verb that has an object of its own is a clause of time or cause
    ("en", "The crowd grew restless as he mentioned raising the minimum wage in every state."),
    # a zu-infinitive of purpose after a cue's object, or after a verb that reports nothing
    ("de", "Die Partei versuchte im Wahlkampf, neue Wähler in den Städten zu gewinnen."),
    # English look-alikes
    # a belief verb with an object and no content clause
    ("en", "Trump had known him for years before the campaign began."),
    # a clause after a verb that reports nothing
    ("en", "The board decided it would meet again in the spring."),
    # a pronoun after a verb-second speech verb is its speaker, not the subject of a content clause
    ("de", "Sagte er das wirklich im Bundestag?"),
    # the verb tags the quotation before it: the listener, the occasion or the speaker's description after it is
    # no content
    ("en", '"We will win this state," Smith told a crowd in Denver on Tuesday.'),
    ("en", '"We need a big change in this city," said Tom Reed, a retired teacher who came to hear the mayor.'),
    # a fronted adverbial before a parenthetical attribution and a quotation is the narrator's
    ("en", 'In an interview on Monday, she said, "We are not leaving this city."'),
]


COVERAGE_NEGATIVE = [
    # a belief verb that is no opinion (``hopes``, ``fears``) is not read by surface order where the parse broke it
    ("en", "The primary season is over. -Matthew Yglesias hopes Trump will cause long term damage to the party."),
    # a real participle before the verb (it has a lemma of its own) is no name: no speaker, no statement
    ("en", "The meeting ended. Smiling, said the club will still meet for drinks on Fridays."),
    # a dative after the tag's verb is its listener: no speaker, no statement
    ("de", "Die Lage sei ernst, sagte am Montag dem Spiegel."),
    # an indefinite pronoun or negative quantifier after the verb is what was (not) said, never the speaker
    ("de", "Er ging nach Hause, sagte aber am Montag nichts."),
    ("de", "Die Ministerin kam spät, erklärte aber etwas später alles."),
    ("en", "He went home early, but said nothing."),
    # a verb after a comma with ``aber`` goes on with the subject before it: the noun after it is its object
    ("de", "Die Polizei beziffert die Anzahl der Toten auf 626, befürchtet aber weitere Tote."),
    ("de", "Er kam spät, erklärte jedoch die ganze Lage."),
    # ``find`` of a person is a discovery or a judgement, not a finding reported
    ("en", "Mr. Romney found it difficult to win in Miami."),
    ("en", "He found that the door was locked."),
    # ``think`` with a relative gap, and as a parenthetical hedge
    ("en", "These are the provisions that he thought would displace workers."),
    ("en", "The plan, I think, is a good one."),
    # a verb of seeming in a subordinate clause, with a bare adjective, or inside a quotation; a verb of perceiving
    # in the active voice
    ("en", "The crowd laughed when a protester seemed to stumble on the stairs."),
    ("en", "Weaver didn't seem particularly impressed with the comments on Tuesday."),
    ("en", '"He seemed to be tired of the long race."'),
    ("en", "Voters saw him as a candidate with a real chance to win."),
    # with an empty subject a verb of seeming is the writer's own hedge
    ("en", "For now, it seems that the company is confident in its plan for the coming year."),
    # a word after an article is a noun, however the tagger reads it (``the state's`` taken for the verb ``state``)
    (
        "en",
        "After the primary in March, the conflict was evident: Sanders won the state, but the state’s senior "
        "senator, Maggie Hassan, had already endorsed Clinton.",
    ),
    # a relative clause after a comma is no closing tag; nor is a participle clause
    ("en", "The filibuster drew attention from employers such as Monsanto, which opposed the bill."),
    ("en", "The senator visited three factories on Monday, re-tweeting photos from each stop."),
    # a relative ``what`` in a question, and a speech verb whose object is no clause
    ("en", "What do you think of the new stadium?"),
    ("en", "The company said nothing about the layoffs at its plant."),
    # a fronted phrase of time or place before ``she said, "…"`` is the narrator's
    ("en", 'In an interview, she said, "the schools will finally get what they need."'),
    # a clause coordinated with the speech verb is the narrator's, not the content
    ("en", "The senator said nothing and the committee met again on Monday in the old town hall."),
    ("en", "Rao said and the committee met again on Monday in the old town hall."),
]


NOMINAL_NEGATIVE = [
    # (each sentence is parsed because of the quotation after it)
    # a passive agent that made the thing holds no view on it
    ("en", 'The old bridge was built by a local company in 1920. "It still stands," the mayor said.'),
    ("en", 'The biography was written by two students from the college. "It is thorough," the editor said.'),
    # a plan is no speech act: its holder reports nothing
    ("en", 'The mayor\'s plan to rebuild the stadium angered the union. "We were betrayed," a worker said.'),
    # a speech noun without a holder
    ("en", 'The refusal to approve the budget angered the mayor. "It was expected," a clerk said.'),
]


@pytest.mark.parametrize(("lang", "text"), NEGATIVE + COVERAGE_NEGATIVE + NOMINAL_NEGATIVE)
def test_look_alikes_are_not_reported(extractor: Extractor, lang: str, text: str) -> None:
    assert statements(reporting(extractor, lang).extract(text)) == []


def test_a_second_report_in_the_content_is_a_statement_of_its_own(extractor: Extractor) -> None:
    text = (
        "Among older voters, 60 percent said they would back the mayor, while 30 percent said they might change "
        "their mind."
    )
    found = statements(reporting(extractor, "en").extract(text))
    assert [(c, s) for c, s, _ in found] == [
        ("they would back the mayor", "60 percent"),
        ("they might change their mind.", "30 percent"),
    ]


# (text, the whole content, its speaker): where English content ends
CONTENT_ENDS = [
    # a contrast after a comma is the narrator's second fact, not part of what was said
    (
        "About half of the members said they wanted to endorse the senator, while 95 members favored the governor.",
        "they wanted to endorse the senator",
        "the members",
    ),
    # a relative clause on the content's last noun, hung on it as a relative clause or as a conjunct
    (
        "He did not suggest it would be Smith, who has a large delegate lead over Jones and Brown.",
        "it would be Smith",
        "He",
    ),
    (
        "Voters in the county said they had not heard anything to pull them away from Mr. Brown, who also held a "
        "rally in the city on Wednesday night.",
        "they had not heard anything to pull them away from Mr. Brown",
        "Voters in the county",
    ),
    # a subordinate clause before its main clause holds its content
    (
        "Although he has said that his net worth exceeds $10 billion, all of the research firms put him far lower "
        "in their rankings.",
        "his net worth exceeds $10 billion",
        "he",
    ),
    # a participle that is a speech verb after a comma is a speech act of its own, with its own content
    (
        "The mayor said he would not seek a second term, conceding the race to his rival.",
        "he would not seek a second term",
        "The mayor",
    ),
    # any other participle after a comma stays in the content (PolNeAR marks it inside as often as outside)
    (
        "He said the plan would cut costs, saving the city millions of dollars.",
        "the plan would cut costs, saving the city millions of dollars.",
        "He",
    ),
    # a semicolon: the narrator's next clause
    (
        "Analysts say the company has more customers; its rival counts 585 stores in the region.",
        "the company has more customers",
        "Analysts",
    ),
    # a finite verb coordinated with the speech verb cannot continue an infinitive content
    (
        "The governor vowed to keep the clinics open and celebrated the ruling on Monday.",
        "to keep the clinics open",
        "The governor",
    ),
    # a second infinitive continues it, and a finite content keeps its second verb
    (
        "The governor vowed to keep the clinics open and to protect their funding.",
        "to keep the clinics open and to protect their funding.",
        "The governor",
    ),
    (
        "She said she was an undecided voter and was uncomfortable with the attacks on immigrants.",
        "she was an undecided voter and was uncomfortable with the attacks on immigrants.",
        "She",
    ),
    # no comma, no cut: the content's own clause of time stays
    (
        "She said the plant would close while the company looked for a buyer.",
        "the plant would close while the company looked for a buyer.",
        "She",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CONTENT_ENDS)
def test_english_content_ends_where_the_narrator_goes_on(
    extractor: Extractor, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [(c, s) for c, s, _ in found][:1] == [(content, speaker)]


# (text, every statement as (content, speaker)): constructions whose content the parse splits
SPLIT_CONTENT = [
    # a relative clause after the content's subject: the parse takes the subject for the verb's object and the
    # predicate for a conjunct of the speech verb
    (
        "He said the plan, which was drafted last year, would fail in the spring.",
        [("the plan, which was drafted last year, would fail in the spring.", "He")],
    ),
    # a speech verb in a relative clause: its relative pronoun stands for a part of what was said
    (
        "The senator wants a new wall at the border, which he said the neighboring country should pay for.",
        [("which", "he"), ("the neighboring country should pay for", "he")],
    ),
    (
        "She gave a speech in the capital which even her critics say was the best of the campaign.",
        [("which", "her critics"), ("was the best of the campaign", "her critics")],
    ),
    # a clause after a comma with a speech verb and subject of its own is a second report, not the first's content
    (
        "Aides said the campaign would go on, the candidate said it was over.",
        [("the campaign would go on", "Aides"), ("it was over.", "the candidate")],
    ),
    # a clause after a comma with another verb stays in the content
    (
        "Aides said the campaign would go on, the candidate was not tired.",
        [("the campaign would go on, the candidate was not tired.", "Aides")],
    ),
    # the relative pronoun as the speech verb's subject names the speaker, not the content
    ("The company, which said that sales had fallen, cut its forecast.", [("sales had fallen", "The company")]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CONTENT)
def test_content_the_parse_splits_is_found(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    found = statements(reporting(extractor, "en").extract(text))
    assert [(c, s) for c, s, _ in found] == expected


def test_konjunktiv_in_a_condition_does_not_continue_a_report(extractor: Extractor) -> None:
    text = (
        "Der Minister sagte, die Verhandlungen seien gescheitert. "
        "Wenn es im Sommer mehr regnen würde, wäre die Ernte gerettet."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert [c[:20] for c, _, _ in found] == ["die Verhandlungen se"]


def test_a_quotation_breaks_the_konjunktiv_chain(extractor: Extractor) -> None:
    text = (
        "Der Minister sagte, die Verhandlungen seien gescheitert. „Wir geben nicht auf“, rief die Ministerin. "
        "Man habe noch viele Optionen."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert all(not c.startswith("Man habe") or s != "Der Minister" for c, s, _ in found), found


# Speech acts without a content clause (issue 12, item 4): reported as rule ``indirect_speech_act``, the whole
# sentence in German (SpkAtt ``Reported``), the act's object in English (PolNeAR's noun-phrase content).
SPEECH_ACTS = [
    (
        "de",
        "Der Verband sprach am Montag von einem schwarzen Tag für die Branche.",
        "Der Verband sprach",
        "Der Verband",
    ),
    ("de", "Die Ministerin nannte den Plan einen großen Fehler.", "Die Ministerin nannte", "Die Ministerin"),
    ("en", "The senator criticized the new tax plan for its cost.", "the new tax plan", "The senator"),
    ("en", "Mayor Lopez complained about the budget deficit.", "the budget deficit", "Mayor Lopez"),
    # a speech act coordinated with a main verb that is none, or an -ing adverbial: its subject is the head's
    (
        "en",
        "Clinton went on national television and criticized the governor for his slow response to the crisis.",
        "the governor for his slow response",
        "Clinton",
    ),
    (
        "en",
        "The mayor joined the debate on Monday, criticizing the new stadium plan.",
        "the new stadium plan",
        "The mayor",
    ),
]


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), SPEECH_ACTS)
def test_a_speech_act_without_content_is_reported_by_its_own_rule(
    extractor: Extractor, lang: str, text: str, content: str, speaker: str
) -> None:
    found = statements(reporting(extractor, lang).extract(text))
    assert [(c.startswith(content), s, r) for c, s, r in found] == [(True, speaker, "indirect_speech_act")], found


SPEECH_ACT_NEGATIVES = [
    # a bare object names the act's target, not what was said (German: half of such sentences are unannotated)
    ("de", "Die Opposition kritisierte den Vertrag."),
    # a question, a belief without content, a verb that is no speech act
    ("de", "Sprach der Minister von einem Fehler?"),
    # a passive names the act's target (``vom`` is its agent, not a topic); a modal makes it a plan
    ("de", "Die Haltung der Regierung wurde vom Sprecher als Fehler kritisiert."),
    ("de", "Der Verband will morgen von einem großen Erfolg sprechen."),
    ("en", "He said nothing about the plan."),
    # the object of tell/ask is the listener; a time adverbial is no object
    ("en", "The mayor told reporters at the scene."),
    ("en", "The mayor spoke last week."),
    ("en", "She believed him without a second thought."),
    # a past participle beside the clause names the target of someone else's act
    ("en", "The council approved the budget in March, criticized by the unions for months."),
]


@pytest.mark.parametrize(("lang", "text"), SPEECH_ACT_NEGATIVES)
def test_a_speech_act_look_alike_is_not_reported(extractor: Extractor, lang: str, text: str) -> None:
    assert statements(reporting(extractor, lang).extract(text)) == []


def test_a_speech_act_still_anchors_a_konjunktiv_chain(extractor: Extractor) -> None:
    text = "Der Verband sprach von einem schwarzen Tag. Die Verluste seien höher als erwartet."
    found = statements(reporting(extractor, "de").extract(text))
    assert [(s, r) for _, s, r in found] == [
        ("Der Verband", "indirect_speech_act"),
        ("Der Verband", "indirect_konjunktiv_continuation"),
    ], found


def test_konjunktiv_i_after_a_quotation_resumes_with_its_speaker(extractor: Extractor) -> None:
    text = (
        "„Wir tun alles, was wir können“, sagte die Ministerin am Montag. "
        "Die Hilfe werde schon in den nächsten Tagen die Region erreichen."
    )
    found = statements(reporting(extractor, "de").extract(text))
    assert [(c[:13], s, r) for c, s, r in found] == [
        ("Die Hilfe wer", "die Ministerin", "indirect_konjunktiv_resumption")
    ], found


def test_konjunktiv_ii_or_a_condition_after_a_quotation_does_not_resume(extractor: Extractor) -> None:
    text = (
        "„Wir tun alles, was wir können“, sagte die Ministerin am Montag. "
        "Wenn es mehr regnen würde, wäre die Ernte in diesem Jahr gerettet."
    )
    assert statements(reporting(extractor, "de").extract(text)) == []


# A passive speech verb without an agent, or one with an expletive subject: content without a named source.
IMPERSONAL = [
    ("de", "Es wurde vermutet, dass keiner der Passagiere das Unglück überlebt hat.", "keiner der Passagiere"),
    ("en", "It was reported that the senator had resigned from the committee.", "the senator had resigned"),
]


@pytest.mark.parametrize(("lang", "text", "content"), IMPERSONAL)
def test_an_impersonal_report_has_content_and_no_speaker(
    extractor: Extractor, lang: str, text: str, content: str
) -> None:
    found = statements(reporting(extractor, lang).extract(text))
    assert [(c.startswith(content), s) for c, s, _ in found] == [(True, None)], found


def test_a_passive_speech_verb_before_a_causal_clause_reports_nothing(extractor: Extractor) -> None:
    text = "Der Vertrag wurde kritisiert, weil er viel zu teuer war."
    assert statements(reporting(extractor, "de").extract(text)) == []


def test_konjunktiv_i_with_no_source_before_it_is_reported_without_a_speaker(extractor: Extractor) -> None:
    text = "Die Lage im Süden des Landes sei weiterhin sehr ernst. Die Regierung prüft alle Optionen."
    found = statements(reporting(extractor, "de").extract(text))
    assert [(c[:12], s, r) for c, s, r in found] == [("Die Lage im ", None, "indirect_konjunktiv_resumption")], found
