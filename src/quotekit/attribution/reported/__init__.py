"""Reported speech without quotation marks.

One module per family of rules (source phrases, content clauses, Konjunktiv, parentheticals, surface-order tags,
speech acts, nominal attribution, speech inside quotations, chains over sentences), the sentence view and spans
they share (:mod:`.sentence`, :mod:`.spans`), their order (:mod:`.rules`) and the driver (:mod:`.find`).

:func:`find_indirect` reads the parsed sentences and returns one :class:`ReportedStatement` per reported
content clause. The rules run in one fixed order (:data:`REPORTED_RULES`, in :mod:`.rules`); the first rule that
claims a stretch of a sentence wins it, so a later rule never reports the same content twice:

1. ``indirect_according_to`` — a source phrase: ``according to X, …``, ``…, according to X``, ``laut X …``,
   ``X zufolge …``, ``nach Angaben von X …``, a trailing ``…, so X.``; the content is the rest of the sentence
   on the larger side of the phrase.
2. ``indirect_as`` — a parenthetical speech clause: ``As X pointed out, …``, ``…, as X said``,
   ``Wie X mitteilte, …``, ``…, wie er sagt.``; the content is the main clause beside it.
2a. ``indirect_evidence_phrase`` — English: a phrase opening the sentence with ``in`` and a poll, survey or
   study, set off by a comma, gives the source of the clause after it (``In the CBS poll, [Trump's lead …]``);
   not when a speech verb follows.
3. ``indirect_parenthetical`` — the attribution between commas inside the content: ``Die Lage, sagte der
   Minister, sei ernst.``, ``The situation, the minister said, was serious.``; both sides are reported.
3b. ``indirect_finding`` — a poll, study or record that shows or finds: ``The poll shows [Clinton with a lead]``,
   ``A 2009 report found [that …]`` (English rows of ``evidence_verb`` and ``evidence_noun``).
4. ``indirect_that_clause`` — a speech verb with a content clause after it: ``X said (that) …``,
   ``X agreed, saying that …``, ``X told reporters …``, ``X sagte, dass …``, ``X schlug vor, dass …``.
5. ``indirect_konjunktiv`` — German verb-second reported speech: ``sagte Curran, … gebe es keinen Grund …``,
   ``Er sagte, er sei …``: a speech verb, its speaker, a comma, then a clause with a finite verb, or a
   ``zu``-infinitive (``forderte ihn auf, sich zu stellen``). The compact German model's ``Mood`` is unreliable,
   so the comma after the attribution is what decides; ``Mood=Sub`` (or a Konjunktiv-I form such as ``sei``,
   ``habe``, ``gebe``) only raises the confidence.
6. ``indirect_content_first`` — the content before its attribution: ``…, Rao said.``, ``…, sagte ein Sprecher.``
6b. ``indirect_trailing_tag`` — English order: the same closing tag read by surface order where the parse broke it
   (``…, the University of Michigan reported last week.``, ``…, Ms. Gedrich said.``).
6b2. ``indirect_tag_then_more`` — English order: a closing tag the narrator goes on after (``…, said DeSantis, who
   was elected …``, ``…, French officials said, before being shot …``): the content before it.
6c. ``indirect_relative_object`` — a relative pronoun that is a speech verb's object (``…, which he said were
   evenly split``): the pronoun is the content, as PolNeAR marks it.
6d. ``indirect_pro_form`` — a speech or belief verb whose complement stands for a whole clause (``neither side
   would say [so]``): the word alone is the content, as PolNeAR marks it (``content_pro_form`` rows).
6e. ``indirect_relative_gap`` — English: a relative word before a speech verb's subject whose clause lacks it as its
   subject (``a deadline [that] insiders said went unnoticed``): the word is the content, as PolNeAR marks it.
6f. ``indirect_fronted_act`` — English: a fronted ``-ing`` speech act (``After blasting [the report], Beck …``, ``Noting
   that [A], Schlafly …``): its content first, its source the main clause's subject after.
7. ``indirect_speech_act`` — a speech act without a content clause (``Der Verband sprach von einem schwarzen
   Tag.``, ``Sanders criticized the plan.``): the whole sentence in German, the act's object in English
   (:attr:`quotekit.lang.profile.LanguageProfile.speech_act_content`); see docs/attribution.md. It also anchors a
   Konjunktiv chain.
7.1. ``indirect_subordinate_act`` — English: the object of a speech act in an adverbial clause opened by a
   subordinator (``while the mayor described [its costs]``, ``by denouncing [the tax increase]``), which rule 7
   leaves out; not a condition (``If you are criticizing …``), not in a sentence with a quotation.
7.2. ``indirect_refusal`` — English: the ``to``-infinitive of a refusal verb (``The campaign declined [to
   comment]``, ``Trump refused [to endorse] Ryan``), its subject the source (``refusal_verb`` rows).
7.2a. ``indirect_stance_phrase`` — English: a verb and noun that together state a view, with no cue verb
   (``stance_phrase`` rows: ``made it clear [that …]``, ``made the case [that …]``; ``target_phrase`` rows:
   ``took aim at [X]``, ``took issue with [X]``), the verb's subject (or that of a verb it hangs on) the source.
7.2b. ``indirect_appeal`` — English: what the subject of an appeal verb asks for (``appeal_phrase`` rows: ``called
   for [a special prosecutor]``; ``appeal_listener`` rows, with a ``to``-infinitive: ``called on [Congress to act]``).
7.2c. ``indirect_label`` — English: a labelling verb's object and the predicate noun or adjective after it
   (``label_verb`` rows: ``Critics call [it a failure]``, ``with O'Malley calling [Trump a fascist]``), its subject
   (or that of a verb it hangs on, or the noun before an ``-ing`` form) the source.
7.3. ``indirect_act_beside_quote`` — English: the object of a main or further speech act (as rule 7 bounds it,
   run on to its clause's first comma) in a sentence with a quotation that the act's verb does not tag: another
   verb after a comma tags it (``shrugged off [Trump's comments], telling reporters, "…"``) or the quotation before
   has its own tag (``"…," he said, citing [X]``).
7.4. ``indirect_put_question`` — English: a question put to the speaker by an unnamed asker, after a past
   participle of a ``question_verb`` without an active subject (``Asked [whether he would run], Smith said …``,
   ``"…," she said when asked about [the plan]``); no speaker.
7a. ``indirect_impression`` — an impression or perception the narrator reports without naming whose: a verb of
   seeming with its complement (``Manafort seemed [to be a part of the establishment]``, ``This seems [like a
   fine idea]``) or a passive verb of perceiving with its ``as`` phrase (``Rubio is seen [as the candidate …]``),
   in a main clause outside quotations and not after an empty subject (``it seems that …``: the writer's hedge);
   no speaker (English rows of ``impression_verb`` and ``perceived_as_verb``).
7a1. ``indirect_raised_subject`` — English: the subject before a verb of seeming or a passive report whose
   complement 7a or 4 reports (``[Investors] seem to agree``, ``[The bank] is expected to act``), a piece of the
   statement of its own, as PolNeAR cuts it; no speaker.
7a2. ``indirect_subordinate_impression`` — English: 7a's complement outside the main clause (``One policy that
   Trump seems [to understand]``, ``a change that was seen [as an attempt to …]``); after a verb of seeming only a
   to-infinitive or a ``that`` clause; no speaker but a passive's agent.
7a3. ``indirect_hearsay`` — English: a clause reported as hearsay by a ``hearsay_adverb`` (``[The Club for Growth
   is] reportedly [spending $1.5 million …]``), in two pieces around the adverb; no speaker.
7a4. ``indirect_name_given`` — English: the ``as`` phrase of a naming verb's past participle (``contests known as
   [Super Tuesday]``, ``often referred to as [Trump Force One]``, ``naming_verb`` rows), a name or reputation
   without a source but a ``to`` or ``by`` phrase.
7b. ``indirect_surface_said`` — English order: subject phrase, speech verb and a clause opening with its subject,
   read by surface order where the parse broke the tag (``Sources have also said [Lt. Gov. … is interested]``).
7b1. ``indirect_surface_finding`` — English order: a poll's or record's finding read by surface order where the parse
   broke its subject or verb (``But the survey shows [only a small gender gap]``, ``Exit polling shows [she won …]``):
   an ``evidence_noun`` before a finite form of an ``evidence_verb``.
7c. ``reported_clause`` — inside a character's quotation only (:func:`find_embedded`, ``Extractor(embedded=True)``):
   a clause that speaks or thinks without content of its own (``ich frage sonst nicht viel``).
7d. ``indirect_nominal`` — English: a speech noun between its holder and its content clause: ``Bradley's
   proposal [to cut taxes]``, ``the governor's claim that [the budget was balanced]`` (``speech_noun`` rows).
7d1. ``indirect_noun_clause`` — English: a belief noun's (``belief_noun`` rows) or holderless speech noun's
   ``that``-clause (``floated the idea that [Obama was born abroad]``), its source the noun's holder or the subject
   of the verb the noun hangs off; left out when there is neither.
7e. ``indirect_agent`` — English: the content before its source, a passive ``by`` agent of a verb of stance,
   judgement, proposal or report: ``[legislative changes] proposed by the government``, ``[The tax] was rejected
   by voters`` (``attitude_verb`` rows).
8. ``indirect_konjunktiv_continuation`` — German: a sentence with no cue of its own whose main clause reports
   by its grammar (a Konjunktiv-I form; reportative ``soll`` + perfect infinitive; ``hätte``/``wäre`` outside a
   condition), right after a reported statement, continues it (same speaker). The chain runs on over several
   sentences and breaks at a cue, a quotation or a new source phrase.
9. ``indirect_konjunktiv_resumption`` — German: after such a break (a quotation, or a sentence whose report was
   not found), a Konjunktiv-I sentence goes on with the last statement's or the quotation's speaker; with no
   statement before it, it is reported without a speaker.

Besides the speech verbs of the cue tables, these rules read the ``belief`` rows (``believe``, ``fear``, ``show``,
``befürchten``, ``schätzen``, ``aufrufen``): verbs that report a content clause but never tag a quotation, so
the quote sieves do not see them. A run of Konjunktiv sentences continuing one statement is one statement, and
a content clause that runs to a title's period (``Rep.``, where the parser ends the sentence) goes on to the end
of the next sentence.

The parse is treated as a hint, not the truth: the compact models misattach clauses (``agreed`` gets the
``ccomp`` that belongs to ``saying``), tag ``Allerdings`` as a subject and ``beschrieb`` as an adjective. So the
content span is decided by surface order inside the sentence (from the end of the attribution to the end of the
sentence, or from the start of the sentence to the attribution) and the parse mainly says where the speech
verb, its speaker and its content clause are.

Content that lies mostly inside quotation marks is left alone: that is a direct or mixed quotation, handled by
the quote sieves. Content with a smaller quoted fragment in it is reported with ``kind="mixed"``.

:func:`quotekit.attribution.classify.classify_quote` decides whether a stretch in quotation marks is a direct
quotation, a mixed one (a fragment inside the narrator's clause) or no quotation at all (scare quotes, titles).

Known failures: content that runs over several sentences is only followed in German (Konjunktiv I); English
``He said.`` after a paragraph of reported speech is not linked back; ``heißt es in X``, ``…, wonach …`` and
noun constructions (``vertritt die Ansicht, …``) are not read; a speaker phrase the parser breaks apart
(``Allerdings sagte Forrester's Curran``) is recovered by looking for the first name after the verb, which
can pick an object in ``told Rao that …`` when the real subject is missing.
"""

from __future__ import annotations

from quotekit.attribution.reported.chains import (
    AnaphoricContentRule,
    KonjunktivContinuationRule,
    KonjunktivResumptionRule,
)
from quotekit.attribution.reported.content_clause import ThatClauseRule
from quotekit.attribution.reported.embedded import SpeechClauseRule
from quotekit.attribution.reported.find import find_embedded, find_indirect, nominative_speaker
from quotekit.attribution.reported.konjunktiv import KonjunktivClauseRule
from quotekit.attribution.reported.nominal import (
    AgentRule,
    EvidencePhraseRule,
    FindingRule,
    HearsayRule,
    ImpressionRule,
    NameGivenRule,
    NominalRule,
    NounClauseRule,
    RaisedSubjectRule,
    SubordinateImpressionRule,
)
from quotekit.attribution.reported.parenthetical import ContentFirstRule, ParentheticalRule
from quotekit.attribution.reported.rules import REPORTED_RULES
from quotekit.attribution.reported.sentence import ReportedStatement, SentenceContext
from quotekit.attribution.reported.sources import AccordingToRule, AsClauseRule
from quotekit.attribution.reported.spans import Found
from quotekit.attribution.reported.speech_acts import (
    ActBesideQuoteRule,
    AppealRule,
    FrontedActRule,
    LabelRule,
    PutQuestionRule,
    RefusalRule,
    SpeechActRule,
    StancePhraseRule,
    SubordinateActRule,
)
from quotekit.attribution.reported.surface_order import (
    ProFormRule,
    RelativeGapRule,
    RelativeObjectRule,
    SurfaceFindingRule,
    SurfaceSaidRule,
    TagThenMoreRule,
    TrailingTagRule,
)

__all__ = [
    "REPORTED_RULES",
    "AccordingToRule",
    "ActBesideQuoteRule",
    "AgentRule",
    "AnaphoricContentRule",
    "AppealRule",
    "AsClauseRule",
    "ContentFirstRule",
    "EvidencePhraseRule",
    "FindingRule",
    "Found",
    "FrontedActRule",
    "HearsayRule",
    "ImpressionRule",
    "KonjunktivClauseRule",
    "KonjunktivContinuationRule",
    "KonjunktivResumptionRule",
    "LabelRule",
    "NameGivenRule",
    "NominalRule",
    "NounClauseRule",
    "ParentheticalRule",
    "ProFormRule",
    "PutQuestionRule",
    "RaisedSubjectRule",
    "RefusalRule",
    "RelativeGapRule",
    "RelativeObjectRule",
    "ReportedStatement",
    "SentenceContext",
    "SpeechActRule",
    "SpeechClauseRule",
    "StancePhraseRule",
    "SubordinateActRule",
    "SubordinateImpressionRule",
    "SurfaceFindingRule",
    "SurfaceSaidRule",
    "TagThenMoreRule",
    "ThatClauseRule",
    "TrailingTagRule",
    "find_embedded",
    "find_indirect",
    "nominative_speaker",
]
