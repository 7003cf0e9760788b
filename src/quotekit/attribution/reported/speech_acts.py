"""Speech acts without a content clause (rule 7): ``sprach von einem Fehler``, ``denied the report``; and a fronted
``-ing`` speech act whose source follows (rule 6f: ``After blasting [the report], Beck …``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache

from quotekit.attribution.mentions import is_nominal
from quotekit.attribution.reported.content_clause import (
    before_quotation_tag,
    before_trailing_relative,
    content_tail,
    infinitive_end,
    is_passive,
    is_subordinate,
)
from quotekit.attribution.reported.konjunktiv import is_participle
from quotekit.attribution.reported.sentence import (
    CONTENT_RELS,
    ReportedStatement,
    SentenceContext,
    VerbCue,
    after_adverbials,
    in_narration,
    is_comma,
    is_punct,
    is_quoted,
    is_relative,
    is_relative_pronoun,
    relative_antecedent,
    span_words,
)
from quotekit.attribution.reported.sources import is_quote_mark
from quotekit.attribution.reported.spans import Found, SentenceRule, next_comma, trim_span
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import word_pairs
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence


def joins_verb_before(sent: ParsedSentence, v: int, lo_att: int) -> bool:
    """``Er ging nach Hause, sagte aber am Montag nichts.``: the verb right after the comma carries ``aber``
    (``verb_coordinator``), so it goes on with the subject of the clause before instead of tagging it."""
    return lo_att == v and any(
        c.index > v and c.text.lower() in lexicon_words("verb_coordinator", sent.lang) for c in sent.children(v)
    )


def acts_alone(sent: ParsedSentence, cue: VerbCue) -> bool:
    """Whether the cue can be a speech act of its own: a verb (a belief without content, ``glaubt an Gott``, is
    none), not in a subordinate clause, and no participle naming something without its auxiliary."""
    v = cue.verb
    return (
        cue.raw.entry.kind.is_verb
        and not is_subordinate(sent, v)
        and not (is_participle(sent[v], sent.lang) and not sent.children(v, "aux"))
    )


def _main_speech_act(ss: SentenceContext) -> tuple[VerbCue, int] | None:
    """The speech verb of a main clause with a speaker but no content clause (``Er kritisierte den Plan``), and
    that speaker: the first such verb that is no participle naming, no subordinate clause and no belief."""
    sent = ss.sent
    for cue in ss.cues():
        if not acts_alone(sent, cue) or any(c.index > cue.verb for c in sent.children(cue.verb, *CONTENT_RELS)):
            continue
        speaker = ss.subject(cue, set())
        if speaker is not None:
            return cue, speaker
    return None


def _act_object(ss: SentenceContext, cue: VerbCue) -> tuple[int, int] | None:
    """What an English speech act is about: its object (``criticized [the plan]``, with a phrase after it:
    ``accused [him of sexism]``) or a ``topic_case`` phrase without the preposition (``talked about [X]``)."""
    sent = ss.sent
    v = cue.verb
    if cue.lemma in lexicon_words("addressee_verb", sent.lang) or cue.lemma in lexicon_words(
        "no_topic_verb", sent.lang
    ):
        return None  # ``told reporters``: the object is the listener; ``responded to the crowd``: no topic
    if any(c.upos == "PRON" for c in sent.children(v, "obj")):
        return None  # ``said nothing about the plan``, ``said it``: what was said is only a pronoun
    topic = lexicon_words("topic_case", sent.lang)
    for c in sent.children(v, "obj", "obl"):
        k = c.index
        if k < v or c.upos in ("PRON", "NUM") or is_relative(c):
            continue
        lo, hi = span_words(sent, k)
        time_nouns = lexicon_words("time_noun", sent.lang)
        if sent[hi].lemma.lower() in time_nouns or c.lemma.lower() in time_nouns:
            continue  # ``said last week``: a time adverbial the parser took for the object
        if c.base_rel == "obl":
            case = [w for w in sent.children(k, "case") if w.index < k]
            if not case or case[0].text.lower() not in topic or case[0].index != lo:
                continue
            lo += 1
        elif lo != v + 1 and not (cue.particle is not None and lo == cue.particle + 1):
            continue
        # A prepositional phrase or infinitive right after the object belongs to the act's content.
        for d in sent.children(v, "obl", "xcomp"):
            a, b = span_words(sent, d.index)
            if a == hi + 1:
                hi = b
        t = trim_span(sent, lo, _object_run(sent, hi))
        if t is not None and sum(not is_punct(w) for w in sent.words[t[0] : t[1] + 1]) >= 2:
            return t
    return None


def _object_run(sent: ParsedSentence, hi: int) -> int:
    """Where the object of an English speech act ends when the words after its parsed phrase go on without a
    break: PolNeAR's content runs to the next punctuation mark or clause link, while the compact parse hangs the
    object's own modifiers on the verb or elsewhere (``gave [the reason for canceling the interview]``, ``cited [a
    brand licensing agreement]``, ``described [the dire situation Clinton is facing]``, ``front-runner`` split at
    its hyphen, ``Sanders’`` at its apostrophe). A coordinator or an adverbial subordinator (``object_break`` rows:
    ``and praised …``, ``when the billionaire …``) opens what the narrator adds. Measured on PolNeAR (issue 12,
    rep28a): 27 statements gained, 4 lost."""
    breaks = _object_breaks(sent.lang)

    def stop(k: int) -> bool:
        w = sent[k]
        return (is_punct(w) and not _joined_mark(sent, k)) or w.upos == "CCONJ" or w.text.lower() in breaks

    return _run_to_break(sent, hi, stop)


def _object_breaks(lang: str) -> frozenset[str]:
    """The words at which an object's run stops (:func:`_object_run`, :func:`_appeal_run`): a subordinator that opens
    what the narrator adds (``object_break`` rows), or a content clause after the object (``rejected attacks [that
    he was not a conservative]``), which is the that-clause rule's and claimed by it first."""
    return lexicon_words("object_break", lang) | lexicon_words("content_opener", lang)


def _joined_mark(sent: ParsedSentence, k: int) -> bool:
    """Whether the mark at ``k`` is written onto the word before it and belongs to the phrase: a possessive
    apostrophe (``Sanders' plan``) or a hyphen inside a compound (``front-runner``), which the tokenizer splits."""
    w = sent[k]
    return w.start == sent[k - 1].end and (
        (w.text in ("'", "\u2019") and sent[k - 1].text[-1:] in ("s", "S"))
        or (w.text == "-" and k + 1 < len(sent) and sent[k + 1].start == w.end)
    )


def _run_to_break(sent: ParsedSentence, hi: int, stop: Callable[[int], bool]) -> int:
    """The last word before the first word after ``hi`` at which ``stop`` holds, or the sentence's last word: the
    walk that :func:`_object_run` (any break mark, coordinator or subordinator) and :func:`_run_on` (comma, colon,
    parenthesis or quotation) share; each states its own break."""
    k = hi + 1
    while k < len(sent) and not stop(k):
        k += 1
    return k - 1


def _names_content(sent: ParsedSentence, v: int) -> bool:
    """Whether a speech act states what was said in a noun phrase: ``sprach von einem Fehler``, ``bezeichnete
    den Plan als Fehler`` (a ``topic_case`` phrase), ``nannte den Plan einen Fehler`` (two objects). A bare
    object (``kritisierte den Vertrag``, ``hatte Protest angekündigt``) only names the act's target."""
    topic = lexicon_words("topic_case", sent.lang)
    deps = [c for c in sent.children(v) if c.base_rel in ("obl", "obj", "xcomp", "advcl", "iobj", "nmod")]
    if any(w.text.lower() in topic for d in deps for w in sent.children(d.index, "case", "mark")):
        return True
    return sum(d.base_rel in ("obj", "xcomp", "iobj") for d in deps) >= 2


def _speech_act_content(ss: SentenceContext) -> list[Found]:
    """``Der Verband kritisierte den Plan.`` / ``Sanders criticized the plan.``: a speech act whose content is
    only named, not stated. What is reported follows the language profile's ``speech_act_content``."""
    sent = ss.sent
    if sent.lang not in LANGUAGES or ss.quote_ranges:
        return []
    act = _main_speech_act(ss)
    if act is None:
        return _dependent_acts(ss, None) if profile(sent.lang).speech_act_content == "object" else []
    cue, speaker = act
    conf = SpeechActRule.confidence
    if profile(sent.lang).speech_act_content == "sentence":
        t = trim_span(sent, 0, len(sent) - 1)
        if t is None or sent[cue.verb].deprel != "root" or sent[-1].text == "?" or not _names_content(sent, cue.verb):
            return []
        # A sentence reported whole must be the act itself: a passive (``wurde vom Sprecher kritisiert``) names the
        # act's target, a modal (``soll … zustimmen``) a plan. PolNeAR's object contents include both.
        if is_passive(sent, cue.verb) or any(
            c.lemma.lower() in lexicon_words("modal", sent.lang) for c in sent.children(cue.verb, "aux")
        ):
            return []
        return [Found(t[0], t[1], speaker, cue.verb, cue.particle, cue.lemma, SpeechActRule.name, conf, True)]
    out = []
    span = _act_object(ss, cue)
    if span is not None:
        out.append(Found(span[0], span[1], speaker, cue.verb, cue.particle, cue.lemma, SpeechActRule.name, conf))
    return out + _dependent_acts(ss, cue)


def _fronted_act(ss: SentenceContext) -> list[Found]:
    """``After blasting [the Drudge Report for linking to …], Glenn Beck doubled down …``, ``Noting that [both Reagan
    and Trump battled staunch opposition …], Schlafly put …``: an ``-ing`` speech verb opening the sentence (after a
    subordinator at most) in an adverbial clause that a comma closes before the main clause's subject; the content
    (its ``that`` clause, else its object) comes first and its source, that subject, after. English order only; the
    clause's end is read by surface order, as the parse often hangs the content clause on the main verb."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        w = sent[v]
        if not cue.raw.entry.kind.is_verb or not w.text.lower().endswith("ing") or v > 2:
            continue
        if any(sent[k].upos not in ("SCONJ", "ADP", "ADV") for k in range(v)):
            continue
        head = sent.head_of(v)
        if head is None or w.base_rel != "advcl" or head.index < v:
            continue
        subjects = [c.index for c in sent.children(head.index, "nsubj") if v < c.index < head.index]
        if not subjects:
            continue
        speaker = subjects[0]
        comma = min(span_words(sent, k)[0] for k in subjects) - 1
        if comma <= v + 1 or sent[comma].text != ",":
            continue
        lo = after_adverbials(sent, v + 1, comma - 1)  # ``suggesting on Wednesday that …``
        if 0 < lo < comma and sent[lo].text.lower() in lexicon_words("complementiser", sent.lang):
            span = trim_span(sent, lo + 1, comma - 1)
        else:
            obj = _act_object(ss, cue)
            # the object runs on to the clause's first comma (``[the Drudge Report for linking to …],``): the parse
            # hangs its prepositional phrases anywhere
            stop = next_comma(sent, obj[0], comma) if obj is not None else None
            span = (obj[0], (comma if stop is None else stop) - 1) if obj is not None and obj[0] < comma else None
        if span is None or is_quoted(ss, *span):
            continue
        conf = FrontedActRule.confidence
        out.append(Found(span[0], span[1], speaker, v, cue.particle, cue.lemma, FrontedActRule.name, conf))
    return out


# How a speech act below the main clause may hang on its head: ``went on television and chastised Snyder``,
# ``joined the debate, announcing …`` (its subject is the head's). An infinitive as complement (``declined to
# comment on``) was measured at under half right on PolNeAR and stays out; one of purpose (an ``advcl``) counts.
_DEPENDENT_ACT_RELS = frozenset({"conj", "advcl"})


def _bare_act(sent: ParsedSentence, cue: VerbCue) -> bool:
    """Whether the cue is a speech act whose object is what was said: a verb (not a noun cue), not a past
    participle (``a plan criticized by …``), without a content clause after it. Read by the dependent and the
    subordinate acts."""
    v = cue.verb
    if not cue.raw.entry.kind.is_verb or (
        sent[v].feats.get("VerbForm") == "Part" and sent[v].feats.get("Tense") == "Past"
    ):
        return False
    return not any(c.index > v for c in sent.children(v, *CONTENT_RELS))


def _dependent_acts(ss: SentenceContext, main: VerbCue | None) -> list[Found]:
    """Objects of the further speech acts of a sentence besides its main act (``main``, None when the main clause
    has none): a coordinated verb, an ``-ing`` adverbial or an infinitive of purpose, with a speaker of its own or
    inherited (``Clinton went on television and chastised [Snyder for refusing …]``, ``…, criticizing [the
    fact-checkers]``, ``went on ABC to defend [his staff shake-up]``). A subordinate clause (``after he
    mentioned …``), a past participle (``a plan criticized by …``) or a verb with a content clause is not such an
    act."""
    sent = ss.sent
    out = []
    for cue in ss.cues():
        v = cue.verb
        if (
            (main is not None and cue.verb == main.verb)
            or not _bare_act(sent, cue)
            or sent[v].base_rel not in _DEPENDENT_ACT_RELS
            or (sent.children(v, "mark") and sent[v].feats.get("VerbForm") != "Inf")
        ):
            continue
        speaker = ss.subject(cue, set())
        span = _act_object(ss, cue) if speaker is not None else None
        if span is not None:
            out.append(
                Found(
                    span[0], span[1], speaker, v, cue.particle, cue.lemma, SpeechActRule.name, SpeechActRule.confidence
                )
            )
    return out


def _subordinate_acts(ss: SentenceContext) -> list[Found]:
    """``After Hillary Clinton accused [him of sexism], he warned …``, ``as he described [their economic
    struggles]``, ``by criticizing [the fact-checkers]``: the object of an English speech act in an adverbial clause
    opened by a subordinator (which :func:`_dependent_acts` leaves out). Not in a sentence with a quotation (there
    such acts were 1 right of 3 on PolNeAR, and main-clause acts 18 of 85: the verb mostly tags the quotation), not
    a condition (``If you're saying …``), not a ``that`` clause the parse took for an adverbial."""
    sent = ss.sent
    if sent.lang not in LANGUAGES or ss.quote_ranges or profile(sent.lang).speech_act_content != "object":
        return []
    not_acts = lexicon_words("conditional", sent.lang) | lexicon_words("complementiser", sent.lang)
    out = []
    for cue in ss.cues():
        v = cue.verb
        marks = sent.children(v, "mark")
        if (
            not _bare_act(sent, cue)
            or sent[v].base_rel != "advcl"
            or not marks
            or sent[v].feats.get("VerbForm") == "Inf"
            # a condition is no act that took place; ``that`` opens a content clause the parse took for an adverbial
            or any(m.text.lower() in not_acts for m in marks)
        ):
            continue
        # the clause's own subject, or for ``by criticizing [X]`` the main clause's
        speaker = ss.subject(cue, set())
        if speaker is not None and sent[speaker].head >= 0:
            # two subjects on one verb are a parse error; the one nearer the verb is its subject, the other a
            # fronted phrase (``like Trump, they have played … by criticizing``, ``Trump, who has struggled while …``)
            head = sent[speaker].head
            nearer = [c.index for c in sent.children(head, "nsubj") if speaker < c.index < head]
            speaker = nearer[-1] if nearer else speaker
        span = _act_object(ss, cue) if speaker is not None else None
        if span is not None:
            conf = SubordinateActRule.confidence
            out.append(Found(span[0], span[1], speaker, v, cue.particle, cue.lemma, SubordinateActRule.name, conf))
    return out


# Relations by which a refusal verb without a subject of its own hangs on the verb or noun whose subject refuses
# (``by refusing to answer``, ``… or declined to comment``, ``voters refusing to say``).
_REFUSAL_CONTROL_RELS = frozenset({"advcl", "conj", "xcomp"})
# Marks that end a clause's content in English news (colon, semicolon, dashes, an opening parenthesis): the refusal
# infinitive and the put question both stop there.
_CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "--", "("})
# An infinitive's content also ends at a spaced hyphen standing for a dash (its comma is :func:`is_comma`'s): the
# parse runs its subtree on over appositions and later clauses.
_REFUSAL_STOPS = _CLAUSE_BREAKS | {"-"}


def _refuser(sent: ParsedSentence, r: int, strict_relative: bool = False, steps: int = 2) -> int | None:
    """Who declines: the refusal verb's subject (a relative pronoun's antecedent, as for speech verbs), else, for a
    verb without one, the subject of the verb it hangs on (two steps at most) or the noun it modifies.
    ``strict_relative``: only a relative pronoun (``who``, ``which``, ``PronType=Rel``) stands for its antecedent; a
    personal pronoun (``he made it clear``) is the subject itself (:func:`is_relative` takes every pronoun).
    ``steps``: how many verbs up the subject may be sought (``[Rubio] urged … and tried to make the case``: three).
    Apart from ``content_clause``'s controller walk: that one takes an object controller (``led Republicans to
    say``) and a reporting verb's subject, which a refusal verb must not; the antecedent step is shared."""
    k = r
    for _ in range(steps):
        subjects = [c for c in sent.children(k, "nsubj") if c.index < k]
        if subjects:
            s = subjects[0]
            relative = is_relative_pronoun(s, sent.lang) if strict_relative else is_relative(s)
            if relative:
                return relative_antecedent(sent, k)
            return s.index if is_nominal(s, sent.lang) else None
        head = sent.head_of(k)
        if head is None or head.index > r:
            return None
        if sent[k].base_rel == "acl":
            return head.index if is_nominal(head, sent.lang) else None
        if sent[k].base_rel not in _REFUSAL_CONTROL_RELS:
            return None
        k = head.index
    return None


def _refusal_content(sent: ParsedSentence, r: int, x: int) -> tuple[int, int] | None:
    """The infinitive ``x`` of refusal verb ``r`` from its ``to`` to the end of its phrase: not past a comma or
    dash, nor a clause coordinated with it (``declined to be identified [and is not in the camp]``); a
    ``whether`` clause the parse hung on the refusal verb right after it belongs to it (``declined to say
    [whether …]``)."""
    lo, hi = span_words(sent, x)
    lo = max(lo, r + 1)
    for k in range(x + 1, hi + 1):
        w = sent[k]
        head = sent.head_of(k)
        coordinated = w.upos == "CCONJ" and head is not None and head.base_rel == "conj" and head.head in (x, r)
        if is_comma(w) or w.text in _REFUSAL_STOPS or coordinated:
            hi = k - 1
            break
    nxt = hi + 1
    if nxt < len(sent) and sent[nxt].text.lower() in lexicon_words("content_opener", sent.lang):
        clause = sent.head_of(nxt)
        if clause is not None and clause.head == r and clause.index > nxt:
            hi = span_words(sent, clause.index)[1]
    return trim_span(sent, lo, hi)


def _refusals(ss: SentenceContext) -> list[Found]:
    """``The campaign declined [to comment]``, ``Trump refused [to endorse] Ryan``: the ``to``-infinitive of a
    refusal verb (``refusal_verb`` rows), which PolNeAR marks as what its subject would not say or do, with that
    subject as the source. English; not inside a quotation; the infinitive must follow the verb."""
    sent = ss.sent
    refusal = lexicon_words("refusal_verb", sent.lang)
    if not refusal:
        return []
    out = []
    for r in range(len(sent)):
        w = sent[r]
        if w.upos != "VERB" or w.lemma.lower() not in refusal or not in_narration(ss, r):
            continue
        x = next((c.index for c in sent.children(r, "xcomp") if c.index > r and c.upos == "VERB"), None)
        speaker = _refuser(sent, r) if x is not None else None
        if x is None or speaker is None:
            continue
        span = _refusal_content(sent, r, x)
        if span is not None:
            out.append(
                Found(span[0], span[1], speaker, r, None, w.lemma.lower(), RefusalRule.name, RefusalRule.confidence)
            )
    return out


def _gerund_subject(sent: ParsedSentence, v: int) -> int | None:
    """The subject of an ``-ing`` clause that stands right after it (``with Martin O'Malley calling …``, ``about Pope
    Francis calling …``): the name or noun before the participle, which the parse may hang elsewhere (an agent or
    an oblique of the main verb) while the participle has no subject of its own. Not the participle's own object
    or a word it governs."""
    if v < 1 or not sent[v].text.lower().endswith("ing") or sent.children(v, "nsubj"):
        return None
    before = sent[v - 1]
    if before.upos not in ("PROPN", "NOUN") or before.head == v:
        return None
    return before.index


def _labels(ss: SentenceContext) -> list[Found]:
    """``Critics call [it the enforcement of political correctness]``, ``with O'Malley calling [Trump a fascist]``,
    ``Politifact deemed [those statements false]``: a labelling verb (``label_verb`` rows) with an object and a
    predicate noun or adjective after it, which PolNeAR marks (object and label) as the subject's statement. Not
    a passive (``is called X``), not a participle modifying a noun (``a group called X``: a name, not a
    judgement), not with a comma between object and label (``called him, a senator, …``). The source is the
    subject (:func:`_refuser`, which climbs from an infinitive or a conjunct to its verb's subject), or the noun
    right before an ``-ing`` form (:func:`_gerund_subject`); without one the frame is left (a controller the parse
    does not show, ``time for Cruz to build bridges, even after … calling [X a liar]``)."""
    sent = ss.sent
    labels = lexicon_words("label_verb", sent.lang)
    if not labels:
        return []
    out = []
    for v in range(1, len(sent)):
        w = sent[v]
        if w.upos != "VERB" or w.lemma.lower() not in labels or w.base_rel == "acl" or not in_narration(ss, v):
            continue
        if is_passive(sent, v):
            continue
        obj = next((c.index for c in sent.children(v, "obj", "iobj") if c.index > v), None)
        if obj is None:
            continue
        label = next(
            (c.index for c in sent.children(v, "xcomp", "obj") if c.index > obj and c.upos in ("NOUN", "ADJ")), None
        )
        if label is None or any(is_comma(sent[k]) for k in range(obj, label)):
            continue
        speaker = _gerund_subject(sent, v)
        if speaker is None:
            speaker = _refuser(sent, v, strict_relative=True, steps=3)
        if speaker is None:
            continue
        lo, hi = span_words(sent, obj)[0], span_words(sent, label)[1]
        hi = next((k - 1 for k in range(label + 1, hi + 1) if sent[k].text in _REFUSAL_STOPS), hi)
        span = trim_span(sent, lo, hi)
        if span is not None:
            out.append(Found(span[0], span[1], speaker, v, None, w.lemma.lower(), LabelRule.name, LabelRule.confidence))
    return out


# How many words may stand between the verb of a stance or target phrase and its noun: ``made [it] clear``, ``made
# [a good] case``, ``took [a] shot``, ``taking [two more] swipes``.
_PHRASE_NOUN_REACH = 4
# Word classes that may stand there (an article, possessive, expletive ``it``, adjective, adverb or number).
_PHRASE_FILLER_UPOS = frozenset({"DET", "PRON", "ADJ", "ADV", "NUM"})
# How far a listener phrase may run before the ``that`` of a stance phrase (``made his case [to superdelegates]
# that …``).
_PHRASE_LISTENER_REACH = 6


def _phrase_noun(sent: ParsedSentence, v: int, nouns: frozenset[str]) -> int | None:
    """The noun (or adjective) of a stance or target phrase after verb ``v``: the first word after the verb's own
    fillers, read by surface order (the parse makes ``clear`` an object, a noun or an open complement)."""
    for k in range(v + 1, min(len(sent), v + 2 + _PHRASE_NOUN_REACH)):
        w = sent[k]
        low = w.text.lower()
        if low in nouns or w.lemma.lower() in nouns or (low.endswith("s") and low[:-1] in nouns):
            return k  # ``took multiple swipes``: the compact lemmatiser keeps some plurals
        if w.upos not in _PHRASE_FILLER_UPOS:
            return None
    return None


def _stance_content_start(sent: ParsedSentence, n: int) -> int | None:
    """First word of what a stance phrase reports after its noun ``n``: the next word, past a listener phrase
    ``to X`` before a ``that``; None where a preposition, punctuation or nothing follows (``made her case on
    television``, ``made their point.``)."""
    k = n + 1
    if k >= len(sent):
        return None
    complementisers = lexicon_words("complementiser", sent.lang)
    w = sent[k]
    if w.text.lower() == "to" and not (k + 1 < len(sent) and sent[k + 1].feats.get("VerbForm") == "Inf"):
        that = next(
            (
                j
                for j in range(k + 1, min(len(sent), k + 1 + _PHRASE_LISTENER_REACH))
                if sent[j].text.lower() in complementisers
            ),
            None,
        )
        return that
    if is_punct(w) or (w.upos in ("ADP", "SCONJ") and w.text.lower() not in complementisers and w.text.lower() != "to"):
        return None
    return k


def _phrase_content(
    ss: SentenceContext, kind: str, v: int, n: int, speech_verbs: frozenset[int]
) -> tuple[int, int] | None:
    """What the phrase of verb ``v`` and noun ``n`` reports: for a ``stance_phrase`` the clause after the noun, as
    a content clause is bounded; for a ``target_phrase`` the noun phrase after its preposition, as a speech act's
    object is. At least two words, and more than pronouns (``have taken aim at one another``)."""
    sent = ss.sent
    if kind == "stance_phrase":
        lo = _stance_content_start(sent, n)
        if lo is None:
            return None
        # A participle clause before the verb it depends on (``Obama, making it clear that …, stood beside …``)
        # ends with its own words.
        end = span_words(sent, v)[1] if sent[v].head > v else len(sent) - 1
        hi = content_tail(sent, lo, before_trailing_relative(sent, lo, end), speech_verbs)
        hi = infinitive_end(ss, lo, before_quotation_tag(ss, lo, hi))
    else:
        if n + 2 >= len(sent) or sent[n + 1].upos != "ADP":
            return None
        lo = n + 2
        hi = _object_run(sent, lo)
    t = trim_span(sent, lo, hi)
    return t if t is not None and _names_something(sent, *t) else None


def _names_something(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` name what a phrase verb or an appeal is about: two words besides punctuation, not
    all pronouns, numbers or determiners (``He called for [them]`` names nothing). Shared by
    :func:`_phrase_content` and :func:`_appeals`."""
    words = [x for x in sent.words[lo : hi + 1] if not is_punct(x)]
    return len(words) >= 2 and not all(x.upos in ("PRON", "NUM", "DET") for x in words)


@cache
def _phrase_nouns(lang: str) -> Mapping[str, Mapping[str, frozenset[str]]]:
    """The ``stance_phrase`` and ``target_phrase`` rows (in that order) as verb lemma to its nouns: read once per
    language, not split again for every sentence and verb."""
    table: dict[str, dict[str, frozenset[str]]] = {}
    for kind in ("stance_phrase", "target_phrase"):
        by_verb: dict[str, set[str]] = {}
        for verb, noun in word_pairs(kind, lang):
            by_verb.setdefault(verb, set()).add(noun)
        table[kind] = {verb: frozenset(nouns) for verb, nouns in by_verb.items()}
    return table


def _stance_phrases(ss: SentenceContext) -> list[Found]:
    """``he made it clear [that he felt they should drop out]``, ``tried to make the case [that the fight was still
    in its early stages]``, ``took aim at [his past support for Sotomayor]``: a verb and noun of the
    ``stance_phrase`` rows report the clause after them, those of the ``target_phrase`` rows the noun phrase after
    their preposition; the source is the verb's subject, or the subject of a verb it hangs on (up to three verbs
    up). English; outside quotations; no cue verb involved."""
    sent = ss.sent
    phrases = _phrase_nouns(sent.lang)
    out: list[Found] = []
    speech_verbs = ss.cue_verbs()
    for v in range(len(sent)):
        w = sent[v]
        if w.upos not in ("VERB", "AUX") or not in_narration(ss, v) or is_passive(sent, v):
            continue  # a passive (``as was made clear last week``) names no one who makes it clear
        for kind, by_verb in phrases.items():
            nouns = by_verb.get(w.lemma.lower())
            n = _phrase_noun(sent, v, nouns) if nouns else None
            speaker = _refuser(sent, v, strict_relative=True, steps=3) if n is not None else None
            t = _phrase_content(ss, kind, v, n, speech_verbs) if n is not None and speaker is not None else None
            if t is not None:
                conf = StancePhraseRule.confidence
                out.append(Found(t[0], t[1], speaker, v, n, w.lemma.lower(), StancePhraseRule.name, conf))
    return out


# How many adverbs may stand between an appeal verb and its preposition (``called repeatedly for``).
_APPEAL_ADVERB_REACH = 2


@cache
def _appeal_preps(lang: str) -> Mapping[str, Mapping[str, bool]]:
    """The ``appeal_phrase`` and ``appeal_listener`` rows as verb lemma to its prepositions, each mapped to whether
    its noun phrase is a listener (then only that phrase with a ``to``-infinitive is the statement)."""
    table: dict[str, dict[str, bool]] = {}
    for kind, listener in (("appeal_phrase", False), ("appeal_listener", True)):
        for verb, prep in word_pairs(kind, lang):
            table.setdefault(verb, {})[prep] = listener
    return table


def _has_infinitive(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo``..``hi`` hold a ``to``-infinitive after their first word (``Congress [to act]``)."""
    return any(sent[k].text.lower() == "to" and sent[k + 1].feats.get("VerbForm") == "Inf" for k in range(lo + 1, hi))


def _appeal_run(sent: ParsedSentence, lo: int) -> int:
    """Where what is called for ends: as a speech act's object (:func:`_object_run`), but on through a quotation's
    marks (``called on FEMA to conduct an "expedited review" of …``: the statement is mixed) and through a
    coordinator that joins a word other than a verb, or a second infinitive (``two or more years``, ``to get his act
    together or drop out``), not one that opens the narrator's next finite verb (``to pass a deal and said …``)."""
    breaks = _object_breaks(sent.lang)

    def stop(k: int) -> bool:
        w = sent[k]
        if w.upos == "CCONJ":
            nxt = sent[k + 1] if k + 1 < len(sent) else None
            return nxt is None or (nxt.upos in ("VERB", "AUX") and nxt.feats.get("VerbForm") != "Inf")
        return (is_punct(w) and not _joined_mark(sent, k) and not is_quote_mark(w)) or w.text.lower() in breaks

    return _run_to_break(sent, lo, stop)


def _appealer(sent: ParsedSentence, v: int) -> int | None:
    """Who appeals: as :func:`_refuser` finds it, but of two subjects the parse gives the verb the nearer one
    (``[Earlier] in the week, Trump called for …``: the tagger calls a fronted adverb a name)."""
    subjects = [c for c in sent.children(v, "nsubj") if c.index < v]
    if len(subjects) > 1 and is_nominal(subjects[-1], sent.lang) and not is_relative(subjects[-1]):
        return subjects[-1].index
    return _refuser(sent, v, strict_relative=True, steps=3)


def _appeals(ss: SentenceContext) -> list[Found]:
    """``Trump called for [a special prosecutor]``, ``calling for [Trump to drop out of the race]``, ``Clinton
    called on [Congress to pass a deal]``: what the subject of an ``appeal_phrase`` verb asks for is the noun phrase
    after its preposition, as a speech act's object runs (:func:`_object_run`); after an ``appeal_listener``
    preposition the listener and the ``to``-infinitive after it. The source is the verb's subject, or the subject of
    a verb it hangs on (``The Junge SVP launched a referendum, calling for …``). English; active verbs outside
    quotations; the preposition right after the verb or its adverbs."""
    sent = ss.sent
    table = _appeal_preps(sent.lang)
    if not table:
        return []
    out: list[Found] = []
    for v in range(len(sent)):
        w = sent[v]
        preps = table.get(w.lemma.lower())
        # ``Texas was called for Ted Cruz``: a passive calls the race, not for anything. Read from the passive's
        # own dependents: the tagger gives most active ``called for`` the participle's ``Voice=Pass``.
        if not preps or w.upos != "VERB" or not in_narration(ss, v) or sent.children(v, "aux:pass", "nsubj:pass"):
            continue
        head = sent.head_of(v)
        if head is not None and head.upos == "ADJ" and head.index < v:
            continue  # ``too close to call for much of the night``: an infinitive of an adjective calls a race
        p = v + 1
        while p < len(sent) and p <= v + _APPEAL_ADVERB_REACH and sent[p].upos == "ADV":
            p += 1
        if p + 1 >= len(sent) or sent[p].text.lower() not in preps:
            continue
        listener = preps[sent[p].text.lower()]
        speaker = _appealer(sent, v)
        if speaker is None:
            continue
        t = trim_span(sent, p + 1, _appeal_run(sent, p + 1))
        if t is None or (listener and not _has_infinitive(sent, *t)) or not _names_something(sent, *t):
            continue
        out.append(Found(t[0], t[1], speaker, v, None, w.lemma.lower(), AppealRule.name, AppealRule.confidence))
    return out


# How far after the participle its question may open: past a ``by`` agent and a time phrase (``When asked by
# Ingraham on Thursday [about …]``), not further.
_QUESTION_REACH = 8
# Words that end the question: PolNeAR's span runs to the participle clause's comma (``Asked [if …], Trump
# replied``) or to the sentence end; a hyphen does not (``Asked about [the front-runner]``).
_QUESTION_STOPS = _CLAUSE_BREAKS | {","}


def _asked_participle(sent: ParsedSentence, v: int) -> bool:
    """A past participle of a ``question_verb`` without an active subject: ``Asked …``, ``when asked …``, ``he was
    asked …`` (a passive subject is the one asked, not the asker), never ``Trump asked whether``."""
    w = sent[v]
    if (
        w.upos != "VERB"
        or w.lemma.lower() not in lexicon_words("question_verb", sent.lang)
        or w.feats.get("Tense") != "Past"
        or sent.children(v, "nsubj")
    ):
        return False
    # A passive (``he was asked``), or a participle opening the sentence or its clause (``Asked whether …``, ``When
    # asked …``), which the tagger often calls finite; a bare participle elsewhere is mostly an active verb whose
    # subject the parse lost (``a woman asked for a photo``).
    return bool(sent.children(v, "aux:pass")) or v == 0 or sent[v - 1].upos in ("SCONJ", "ADV")


def _put_questions(ss: SentenceContext) -> list[Found]:
    """``Asked [whether he would run], Smith said …``, ``"…," she said when asked [about the plan]``: the question
    put to someone by an asker the text does not name (the reporter), which PolNeAR marks as a statement without a
    source. The question opens with a ``question_opener`` within a few words after the participle (a topic
    preposition is left out of it) and runs to the next comma, colon or quotation, or the sentence end."""
    sent = ss.sent
    out = []
    for v in range(len(sent)):
        if not _asked_participle(sent, v) or not in_narration(ss, v):
            continue
        opener = None
        for k in range(v + 1, min(len(sent), v + 1 + _QUESTION_REACH)):
            w = sent[k]
            if w.text in _QUESTION_STOPS or is_punct(w) or is_quoted(ss, k, k):
                break
            if w.text.lower() in lexicon_words("question_opener", sent.lang):
                opener = k
                break
        if opener is None:
            continue
        lo = opener + 1 if sent[opener].upos == "ADP" else opener
        hi = lo
        while hi + 1 < len(sent) and sent[hi + 1].text not in _QUESTION_STOPS:
            hi += 1
        if is_quoted(ss, lo, hi):
            continue  # a question that quotes its words (``Asked whether Clinton "has the integrity …"``): mixed
        span = trim_span(sent, lo, hi)
        if span is not None and span[1] > lo:
            lemma, conf = sent[v].lemma.lower(), PutQuestionRule.confidence
            out.append(Found(span[0], span[1], None, v, None, lemma, PutQuestionRule.name, conf))
    return out


def _apart_from_quotations(ss: SentenceContext, v: int, lo: int, hi: int) -> bool:
    """Whether the speech act at ``v`` with its object ``lo..hi`` stands apart from every quotation of its sentence:
    another verb after a comma tags a quotation after the object (``endorsed [Sanders' approach], saying "…"``), or
    a quotation before the act has its own tag, a verb before a comma before the act (``"…," he said, citing
    [X]``). A quotation between the verb and its object, or right after either, is the act's own: the verb tags it
    (``called Trump "a disaster"``, ``criticized the plan: "…"``)."""
    sent = ss.sent
    first, last = sent[min(v, lo)].start, sent[max(v, hi)].end
    for qs, qe in ss.quote_ranges:
        if qs >= last:
            between = [w for w in sent.words if last <= w.start and w.end <= qs]
        elif qe <= first:
            between = [w for w in sent.words if qe <= w.start and w.end <= first]
        else:
            return False
        commas = [w.index for w in between if w.text == ","]
        if not commas:
            return False
        # after the object: a comma, then the verb that tags the quotation; before the act: the tag, then a comma
        verbs = [w.index for w in between if w.upos == "VERB" and w.index != v]
        if qs >= last and not any(c < k for c in commas for k in verbs):
            return False
        if qe <= first and not any(k < c for c in commas for k in verbs):
            return False
    return True


def _acts_beside_quotation(ss: SentenceContext) -> list[Found]:
    """English speech acts in a sentence with a quotation that their verb does not tag (:func:`_apart_from_quotations`):
    the main act's object and the further acts' (``Ryan's campaign shrugged off [Trump's comments], telling
    reporters, "…"``, ``"…," he said, citing [Trump's blue-collar appeal]``). :func:`_speech_act_content` leaves
    sentences with a quotation out, where the act verb mostly tags it."""
    sent = ss.sent
    if sent.lang not in LANGUAGES or not ss.quote_ranges or profile(sent.lang).speech_act_content != "object":
        return []
    act = _main_speech_act(ss)
    found = []
    if act is not None:
        cue, speaker = act
        span = _act_object(ss, cue)
        if span is not None:
            found.append(Found(span[0], span[1], speaker, cue.verb, cue.particle, cue.lemma, "", 0.0))
    found.extend(_dependent_acts(ss, act[0] if act is not None else None))
    conf = ActBesideQuoteRule.confidence
    out = []
    for f in found:
        if f.cue_word is None or not _apart_from_quotations(ss, f.cue_word, f.lo, f.hi):
            continue
        hi = _run_on(ss, f.hi)
        if any(is_comma(w) for w in sent.words[f.lo : hi + 1]) or (
            hi + 2 < len(sent) and is_comma(sent[hi + 1]) and is_relative(sent[hi + 2])
        ):
            # ``said the annual talks, which started …, remained "…"``: a content clause's subject with its
            # relative clause, which the parse made the verb's object
            continue
        out.append(Found(f.lo, hi, f.speaker, f.cue_word, f.cue_end_word, f.lemma, ActBesideQuoteRule.name, conf))
    return out


def _run_on(ss: SentenceContext, hi: int) -> int:
    """The object's end run on to its clause's first comma, colon or quotation (``lamenting [the churn of
    meaningless tasks his job entails, …]``, ``rejected [the notion that …], saying``): the parse hangs the object's
    phrases and clauses on the verb or elsewhere, and PolNeAR's content runs to the comma."""
    sent = ss.sent
    k = _run_to_break(sent, hi, lambda j: is_comma(sent[j]) or sent[j].text in (":", "(") or is_quoted(ss, j, j))
    t = trim_span(sent, hi, k)
    return hi if t is None else t[1]


class FrontedActRule(SentenceRule):
    """``After blasting [the report], Beck doubled down``: a fronted ``-ing`` speech act; its source, the subject."""

    name = "indirect_fronted_act"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _fronted_act(ctx)


class SpeechActRule(SentenceRule):
    """A speech act without a content clause (``sprach von einem Fehler``, ``denied the report``): the sentence
    or the act's object, as :attr:`~quotekit.lang.profile.LanguageProfile.speech_act_content` says."""

    name = "indirect_speech_act"
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _speech_act_content(ctx)


class SubordinateActRule(SentenceRule):
    """A speech act without a content clause in an adverbial clause with its own subject (``after he criticized
    [the plan]``)."""

    name = "indirect_subordinate_act"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _subordinate_acts(ctx)


class RefusalRule(SentenceRule):
    """``X declined [to comment]``: a refusal verb's infinitive, its subject the source."""

    name = "indirect_refusal"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _refusals(ctx)


class LabelRule(SentenceRule):
    """``Critics call [it a failure]``: a labelling verb's object and predicate, its subject the source."""

    name = "indirect_label"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _labels(ctx)


class StancePhraseRule(SentenceRule):
    """``X made it clear [that …]``, ``X took aim at [Y]``: a verb phrase of the ``stance_phrase`` or
    ``target_phrase`` rows, its subject the source."""

    name = "indirect_stance_phrase"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _stance_phrases(ctx)


class AppealRule(SentenceRule):
    """``X called for [Y]``, ``X called on [Y to do Z]``: what the subject of an appeal verb asks for."""

    name = "indirect_appeal"
    languages = frozenset({"en"})
    confidence = 0.55

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _appeals(ctx)


class ActBesideQuoteRule(SentenceRule):
    """A speech act without a content clause in a sentence with a quotation its verb does not tag (``shrugged off
    [the comments], telling reporters, "…"``)."""

    name = "indirect_act_beside_quote"
    languages = frozenset({"en"})
    confidence = 0.5

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _acts_beside_quotation(ctx)


class PutQuestionRule(SentenceRule):
    """``Asked [whether he would run], Smith said …``: a question put to the speaker by an unnamed asker."""

    name = "indirect_put_question"
    languages = frozenset({"en"})
    confidence = 0.5

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _put_questions(ctx)
