"""Attribution without a speech verb's content clause (rules 3b, 7a, 7a1, 7d, 7e): findings (``The poll shows …``),
impressions (``seemed to …``) and their raised subjects, speech nouns (``Bradley's proposal to …``) and passive
agents (``proposed by the government``)."""

from __future__ import annotations

from quotekit.attribution.reported.content_clause import (
    before_trailing_relative,
    content_children,
    content_tail,
    infinitive_end,
    is_passive,
    is_subordinate,
    passive_report,
    trailing_adjunct,
)
from quotekit.attribution.reported.sentence import (
    FINITE_UPOS,
    MIN_CONTENT_WORDS,
    ReportedStatement,
    SentenceContext,
    evidence_subject,
    in_narration,
    is_comma,
    is_punct,
    is_quoted,
    is_relative,
    span_words,
)
from quotekit.attribution.reported.spans import Found, SentenceRule, enough_words, has_clause, next_comma, trim_span
from quotekit.lexicon import as_words
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence, Word


def _findings(ss: SentenceContext) -> list[Found]:
    """``The poll shows [Clinton with a 10-point lead]``, ``A 2009 report found [that a tax would raise …]``: a
    poll, study or record (an ``evidence_noun`` subject) states what follows its verb of finding (an
    ``evidence_verb``), a clause or a noun phrase with its predicate."""
    sent = ss.sent
    verbs = lexicon_words("evidence_verb", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        if cue.lemma not in verbs or (is_subordinate(sent, v) and sent[v].deprel != "acl:relcl"):
            continue
        speaker = evidence_subject(sent, v)
        if speaker is None:
            continue
        hi = span_words(sent, v)[1] if sent[v].deprel == "acl:relcl" else len(sent) - 1
        lo = v + 1
        hi = min(hi, trailing_adjunct(sent, v, lo, content_children(ss, v)))
        speech_verbs = ss.cue_verbs()
        hi = content_tail(sent, lo, before_trailing_relative(sent, lo, hi), speech_verbs)
        t = trim_span(sent, lo, hi)
        if t is None or not enough_words(sent, *t):
            continue
        if sent[t[0]].upos in FINITE_UPOS or is_quoted(ss, *t):
            # ``what polls show [is a lead]``: a relative gap, the finding is the clause around it; a quotation
            # inside is a title or a fragment the quotation rules attribute
            continue
        out.append(Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, FindingRule.name, FindingRule.confidence))
    return out


def _passive_agent(sent: ParsedSentence, v: int) -> int | None:
    """The head of the ``by`` phrase after ``v`` (``obl:agent``, or an ``obl`` opened by an ``agent_case`` word)."""
    for c in sent.children(v, "obl"):
        if c.index > v and (c.deprel == "obl:agent" or _by_phrase(sent, c.index)):
            return c.index
    return None


def _by_phrase(sent: ParsedSentence, k: int) -> bool:
    """Whether the phrase headed by ``k`` is opened by an ``agent_case`` word (``by``)."""
    cases = lexicon_words("agent_case", sent.lang)
    return any(c.text.lower() in cases for c in sent.children(k, "case"))


_NP_RELS = ("det", "amod", "compound", "nmod", "nummod", "flat")
"""Relations of the words before a noun that belong to its phrase."""


def _leading_function_words(sent: ParsedSentence, lo: int, hi: int) -> int:
    """``lo`` moved past the preposition, coordinator or punctuation that opens a phrase's subtree."""
    while lo <= hi and (is_punct(sent[lo]) or sent[lo].base_rel in ("case", "cc", "mark")):
        lo += 1
    return lo


def _agent_content(sent: ParsedSentence, v: int) -> tuple[int, int] | None:
    """What the agent of ``v`` holds a view on, before ``v``: the noun phrase a participle modifies
    (``[legislative changes] proposed by the government``), or the passive subject (``[This proposal] was
    rejected by 64 percent``)."""
    w = sent[v]
    head = sent.head_of(v)
    if w.deprel == "acl" and head is not None and head.index < v and head.upos in ("NOUN", "PROPN"):
        # the noun phrase only: a noun that is a relative clause's predicate keeps its clause out
        # (``those that had been on the original slate``)
        lo = min([head.index] + [span_words(sent, c.index)[0] for c in sent.children(head.index, *_NP_RELS)])
        hi = span_words(sent, v)[0] - 1
    else:
        subjects = [c for c in sent.children(v, "nsubj") if c.deprel == "nsubj:pass" and c.index < v]
        if not subjects:
            return None
        lo, hi = span_words(sent, subjects[0].index)
        hi = min(hi, v - 1)
    lo = _leading_function_words(sent, lo, hi)
    while hi >= lo and is_punct(sent[hi]):
        hi -= 1
    return (lo, hi) if lo <= hi else None


def _agent_reports(ss: SentenceContext) -> list[Found]:
    """Content before its source: a speech or attitude verb in the passive whose ``by`` phrase names who holds
    the view (``legislative changes proposed by the government``, ``The measure was rejected by voters``)."""
    sent = ss.sent
    verbs = lexicon_words("attitude_verb", sent.lang)
    out: list[Found] = []
    for w in sent:
        if w.upos != "VERB" or w.lemma.lower() not in verbs or w.deprel == "acl:relcl":
            continue
        if any(sent[k].text.lower() in as_words() for k in range(max(0, w.index - 2), w.index)):
            continue  # ``as (first) reported by the Times``: a parenthetical, the as-clause rule's
        agent = _passive_agent(sent, w.index)
        if agent is None:
            continue
        span = _agent_content(sent, w.index)
        if span is None or is_quoted(ss, *span):
            continue
        out.append(Found(span[0], span[1], agent, w.index, None, w.lemma.lower(), AgentRule.name, AgentRule.confidence))
    return out


def _noun_holder(sent: ParsedSentence, n: int) -> int | None:
    """Who a speech noun is of: a possessive before it (``Bradley's proposal``, ``his insistence``) or a ``by``
    phrase after it (``claims by intelligence agencies``)."""
    for c in sent.children(n, "nmod"):
        if c.deprel == "nmod:poss" and c.index < n:
            return c.index
    for c in sent.children(n, "nmod"):
        if c.index > n and _by_phrase(sent, c.index):
            return c.index
    return None


_NOUN_PHRASE_SPAN = 6
"""Words a holder's ``by`` phrase may take after its noun (``claims by intelligence agencies``)."""

_MAIN_CLAUSE_RELS = frozenset({"root", "conj", "parataxis"})


def _main_clause(sent: ParsedSentence, v: int) -> bool:
    """Whether ``v`` heads the sentence's main clause or one joined to it (``and seems to …``), not a subordinate,
    relative or adverbial clause (``when a protester seemed to stumble``, ``what appears to be``)."""
    w = sent[v]
    if w.deprel not in _MAIN_CLAUSE_RELS or is_subordinate(sent, v):
        return False
    head = sent.head_of(v)
    return head is None or w.deprel == "root" or _main_clause(sent, head.index)


def _impression_complement(sent: ParsedSentence, v: int, passive: bool) -> int | None:
    """The complement an impression reports: after a verb of seeming a to-infinitive, a ``that`` clause or a
    ``like`` phrase (``seemed [to be …]``, ``seems [like a fine idea]``); after a passive verb of perceiving only
    an ``as`` phrase (``is seen [as the candidate]``). None without one after the verb."""
    cases = lexicon_words("impression_case", sent.lang)
    for c in sent.children(v):
        if c.index < v:
            continue
        opener = sent[span_words(sent, c.index)[0]]
        if c.base_rel in ("obl", "advcl", "xcomp") and opener.text.lower() in cases:
            return c.index
        if passive or opener.index <= v:
            continue
        if c.base_rel == "ccomp" or (c.base_rel == "xcomp" and opener.upos == "PART" and opener.base_rel == "mark"):
            # Not a bare adjective (``appeared rattled``, ``didn't seem impressed``): a state the narrator
            # describes, which PolNeAR leaves unmarked
            return c.index
    return None


def _noun_clause(sent: ParsedSentence, n: int, holder: int) -> int | None:
    """The content clause of a speech noun: a ``that``-clause or a ``to``-infinitive after it."""
    for c in sent.children(n, "acl", "ccomp"):
        if c.index < n or c.index == holder or c.deprel == "acl:relcl":
            continue
        for m in sent.children(c.index, "mark"):
            if m.text.lower() in lexicon_words("complementiser", sent.lang) or m.upos == "PART":
                return c.index
    return _adjacent_clause(sent, n)


_MISATTACHED_CLAUSE_RELS = frozenset({"advcl", "acl", "ccomp", "xcomp", "conj"})


def _adjacent_clause(sent: ParsedSentence, n: int) -> int | None:
    """A content clause right after the noun ``n`` that the parser hung elsewhere (``her decision [to open …]``
    with ``open`` an ``advcl`` of the main verb, ``claims by intelligence agencies [that …]`` with the clause a
    conjunct): the word after the noun, or after its ``by`` phrase or a ``not``, is the clause's marker
    (``that`` as a ``mark``, or ``to``), and its verb comes later. The look-ahead is bounded by a few words."""
    k = n + 1
    if k < len(sent) and sent[k].upos == "PART" and sent[k].base_rel == "advmod":
        k += 1  # ``decision [not] to``
    for c in sent.children(n, "nmod"):
        if c.index > n and _by_phrase(sent, c.index) and c.index - n <= _NOUN_PHRASE_SPAN:
            k = max(k, span_words(sent, c.index)[1] + 1)
    if k >= len(sent) or sent[k].base_rel != "mark":
        return None
    m = sent[k]
    if not (m.text.lower() in lexicon_words("complementiser", sent.lang) or m.upos == "PART"):
        return None
    head = sent.head_of(k)
    if head is None or head.index <= k or head.base_rel not in _MISATTACHED_CLAUSE_RELS:
        return None
    return head.index


def _nominal_reports(ss: SentenceContext) -> list[Found]:
    """A source right before the content: a speech noun with its holder and a content clause (``Bradley's
    proposal [to cut taxes]``, ``the governor's claim [that …]``, ``claims by the agencies [that …]``)."""
    sent = ss.sent
    nouns = lexicon_words("speech_noun", sent.lang)
    out: list[Found] = []
    for w in sent:
        if w.upos != "NOUN" or w.lemma.lower() not in nouns:
            continue
        holder = _noun_holder(sent, w.index)
        if holder is None:
            continue
        clause = _noun_clause(sent, w.index, holder)
        span = None if clause is None else _noun_content(ss, w.index, clause)
        if span is None:
            continue
        lo, hi = span
        holder = _outer_source(ss, w.index, holder)
        conf = NominalRule.confidence
        end = _holder_end(sent, holder)
        out.append(Found(lo, hi, holder, w.index, None, w.lemma.lower(), NominalRule.name, conf, speaker_hi=end))
    return out


def _holder_end(sent: ParsedSentence, holder: int) -> int | None:
    """The last word the holder's mention may reach: before its possessive ``'s`` (a ``case`` word after it), which
    is no part of the name; None when it has none. Read by the nominal and the noun-clause rule alike."""
    marker = [c.index for c in sent.children(holder, "case") if c.index > holder]
    return marker[0] - 1 if marker else None


def _noun_content(ss: SentenceContext, n: int, clause: int) -> tuple[int, int] | None:
    """The words of a noun's content clause ``clause``: its subtree after the noun, up to the verb the noun is the
    subject of, without the complementiser; None when fewer than :data:`MIN_CONTENT_WORDS` words are left or a
    quotation overlaps them."""
    sent = ss.sent
    lo, hi = span_words(sent, clause)
    lo = max(lo, n + 1)
    if sent[n].head > n:
        hi = min(hi, sent[n].head - 1)  # ``Bradley's proposal to cut taxes [drew little support]``: the noun's verb
    if sent[lo].text.lower() in lexicon_words("complementiser", sent.lang):
        lo += 1  # left out as the that-clause rule leaves it out; an infinitive keeps its ``to``
    while hi >= lo and is_punct(sent[hi]):
        hi -= 1
    if hi - lo + 1 < MIN_CONTENT_WORDS or is_quoted(ss, lo, hi):
        return None
    return lo, hi


def _clause_subject(sent: ParsedSentence, n: int) -> int | None:
    """The subject of the verb whose object or phrase the noun ``n`` heads (``Trump stirred controversy with an
    assertion that …``, ``the Drudge Report, which devoted attention to rumors that …``): PolNeAR names the one who
    makes the assertion or spreads the rumour as its source. A nominal subject only, not an empty one; None when
    the noun is itself a subject or hangs off no verb."""
    w = sent[n]
    head = sent.head_of(n)
    if head is None or w.base_rel not in ("obj", "obl", "nmod") or head.upos != "VERB" or head.index > n:
        # a phrase before its verb is a fronted adjunct (``Despite complaints that …, Sanders won``): the verb's
        # subject is the one complained about, not the one complaining
        return None
    return _verb_subject(sent, head.index)


def _verb_subject(sent: ParsedSentence, v: int) -> int | None:
    """The nominal subject of ``v``, or of the verb ``v`` is coordinated with when it has none of its own
    (``Trump … and last June stirred controversy``). Apart from the refusal and controller walks: it takes a subject
    on either side of the verb and climbs only verb conjuncts, with no relative antecedent."""
    for _ in range(2):
        subjects = [c for c in sent.children(v, "nsubj") if c.deprel == "nsubj" and c.base_rel != "expl"]
        if subjects:
            return subjects[0].index
        head = sent.head_of(v)
        if sent[v].deprel != "conj" or head is None or head.upos != "VERB":
            return None
        v = head.index
    return None


def _outer_source(ss: SentenceContext, n: int, holder: int) -> int:
    """The source PolNeAR names for the content of the noun ``n`` whose possessive is ``holder``: the subject of
    the verb the noun is the object of, when that verb has one (``The university rebutted [Exxon's] accusation
    that …``, ``Biden rubbished Trump's claim to …``): the one who speaks of the claim; else the possessive
    (``Then came Mr. Obama's decision not to …``, ``renew his call to …``). A ``by`` phrase (``claims by the
    agencies``) stays the source."""
    if ss.sent[holder].deprel != "nmod:poss" or ss.sent[n].base_rel != "obj":
        # only an object: a phrase's noun is often a time or a cause (``voters who decided … since his
        # decision not to …``), whose verb's subject has nothing to do with the claim
        return holder
    subject = _clause_subject(ss.sent, n)
    return holder if subject is None else subject


def _noun_clauses(ss: SentenceContext) -> list[Found]:
    """``the notion that [Obama was born abroad]``, ``rumors that [the exercises were a prelude to …]``, ``a
    suggestion that [he did not heed warnings]``: a belief noun (``belief_noun``), or a speech noun the nominal
    rule left for want of a holder, with a ``that``-clause after it. PolNeAR marks the clause as a statement; its
    source is the noun's holder (a possessive or ``by`` phrase, :func:`_outer_source`) when there is one, else the
    subject of the verb the noun's phrase hangs off (:func:`_clause_subject`). A noun with neither is left out:
    PolNeAR names a source the sentence does not (measured on PolNeAR: 5 of 10 such statements have one elsewhere,
    each a wrong speaker for us). Only a ``that``-clause:
    after a ``to``-infinitive such nouns name a plan or an effort (``efforts to stop him``, ``an attempt to``), which
    PolNeAR marks about half the time."""
    sent = ss.sent
    nouns = lexicon_words("belief_noun", sent.lang) | lexicon_words("speech_noun", sent.lang)
    complementisers = lexicon_words("complementiser", sent.lang)
    out: list[Found] = []
    for w in sent:
        if w.upos != "NOUN" or w.lemma.lower() not in nouns or not in_narration(ss, w.index):
            continue
        holder = _noun_holder(sent, w.index)
        clause = _noun_clause(sent, w.index, -1 if holder is None else holder)
        holder = _clause_subject(sent, w.index) if holder is None else _outer_source(ss, w.index, holder)
        if holder is None or clause is None:
            continue
        if not any(m.text.lower() in complementisers for m in sent.children(clause, "mark")):
            continue
        span = _noun_content(ss, w.index, clause)
        if span is None:
            continue
        lo, hi = span
        conf = NounClauseRule.confidence
        end = _holder_end(sent, holder)
        out.append(Found(lo, hi, holder, w.index, None, w.lemma.lower(), NounClauseRule.name, conf, speaker_hi=end))
    return out


_IMPRESSION_STOPS = frozenset({":", "-", "–", "—", "--"})
"""Punctuation after which the narrator goes on with an example or an aside of his own (``Investors seem to
agree: At one point …``, ``seemed to take on elements of his personality - in particular …``)."""


def _impression_end(sent: ParsedSentence, v: int, lo: int) -> int:
    """The last word of an impression's content: the verb's clause, which takes in a participle or absolute clause
    that goes on describing the impression (``seemed to overstay his welcome, revealing a tendency …``,
    ``appeared to have the most to gain, given her foreign policy experience``), but ends before a clause
    coordinated with the verb (``seemed to be well-known in town, and voters … greeted both``) and before a colon
    or a spaced dash."""
    hi = span_words(sent, v)[1]
    for c in sent.children(v, "conj", "parataxis"):
        if c.index > lo:
            hi = min(hi, span_words(sent, c.index)[0] - 1)
    for k in range(lo + 1, hi + 1):
        w = sent[k]
        if w.text in _IMPRESSION_STOPS and (w.text == ":" or w.start > sent[k - 1].end):
            return k - 1
        if w.upos == "CCONJ" and is_comma(sent[k - 1]) and _own_subject_clause(sent, k):
            return k - 2
    return hi


def _own_subject_clause(sent: ParsedSentence, k: int) -> bool:
    """Whether the coordinator at ``k`` joins a clause with a subject of its own (``, and voters … greeted``)."""
    head = sent.head_of(k)
    return head is not None and any(c.index > k for c in sent.children(head.index, "nsubj", "nsubj:pass", "expl"))


def _expletive_subject(sent: ParsedSentence, v: int) -> bool:
    """``For now, it seems that …``, ``There seems to be …``: an empty subject makes a verb of seeming the writer's
    own hedge on a claim, which the seed and SpkAtt-style annotation leave unmarked; only an impression of
    something the sentence names (``Manafort seemed to …``) is reported."""
    empty = lexicon_words("expletive", sent.lang)
    return any(
        c.base_rel == "expl" or c.text.lower() in empty for c in sent.children(v, "nsubj", "expl") if c.index < v
    )


def _impression_at(ss: SentenceContext, w: Word) -> int | None:
    """The complement of the impression ``w`` reports, if it reports one: a verb of seeming (``impression_verb``) or
    a passive verb of perceiving (``perceived_as_verb``) in a main clause outside quotations, whose subject is not
    empty (``it seems that …`` is the writer's hedge). Read by the impression rule (the complement is the content)
    and the raised-subject rule (the subject before it is a piece of the statement)."""
    sent = ss.sent
    lemma = w.lemma.lower()
    passive = lemma in lexicon_words("perceived_as_verb", sent.lang) and is_passive(sent, w.index)
    if w.upos != "VERB" or not (lemma in lexicon_words("impression_verb", sent.lang) or passive):
        return None
    if not in_narration(ss, w.index) or not _main_clause(sent, w.index) or _expletive_subject(sent, w.index):
        return None
    return _impression_complement(sent, w.index, passive)


def _impression_content(ss: SentenceContext, v: int, lo: int) -> tuple[int, int] | None:
    """The content of impression verb ``v`` from word ``lo`` (its complement's first word), as the impression rules
    (main and subordinate clauses) both cut it: up to where the narrator's own additions begin
    (:func:`_impression_end`, a trailing relative, the content tail, an infinitive's first comma); None when fewer
    words than a statement needs are left."""
    sent = ss.sent
    hi = _impression_end(sent, v, lo)
    hi = content_tail(sent, lo, before_trailing_relative(sent, lo, hi), ss.cue_verbs())
    t = trim_span(sent, lo, infinitive_end(ss, lo, hi))
    return t if t is not None and enough_words(sent, *t) else None


def _impressions(ss: SentenceContext) -> list[Found]:
    """``Manafort seemed [to be a part of the establishment]``, ``Rubio is seen [as the candidate with the best
    chance]``: the narrator reports an impression or a perception without naming whose (PolNeAR's attributions
    without a source). Only in a main clause outside quotations; the content is the complement, up to where
    the narrator's own additions begin. A passive's agent (``seen by many as``) is the source."""
    sent = ss.sent
    out: list[Found] = []
    for w in sent:
        lemma = w.lemma.lower()
        comp = _impression_at(ss, w)
        if comp is None:
            continue
        lo = span_words(sent, comp)[0]
        t = _impression_content(ss, w.index, lo)
        if t is None:
            continue
        agents = sent.children(w.index, "obl:agent")
        speaker = agents[0].index if agents else None
        out.append(Found(t[0], t[1], speaker, w.index, None, lemma, ImpressionRule.name, ImpressionRule.confidence))
    return out


def _subordinate_impressions(ss: SentenceContext) -> list[Found]:
    """``One policy that Trump seems [to understand better than most]``, ``an abrupt change that was seen [as an
    attempt to …]``: a verb of seeming or a passive verb of perceiving in a relative, adverbial or complement
    clause, which the impression rule (main clauses only) leaves out. PolNeAR marks its complement as an
    impression without a source here as well (a passive's agent is the source), but after a verb of seeming only a
    to-infinitive or a ``that`` clause: after ``seem like`` / ``as if`` in such a clause the narrator describes
    (``because he doesn't seem like those other people``, 1 right of 3 on PolNeAR). Not in a clause that tells
    when or where something happened (``scene_subordinator``: ``when a protester seemed to stumble``), not an empty
    subject, not a complement holding a quotation; the raised subject before the verb is not reported (8 of 22)."""
    sent = ss.sent
    out: list[Found] = []
    cases = lexicon_words("impression_case", sent.lang)
    scenes = lexicon_words("scene_subordinator", sent.lang)
    for w in sent:
        lemma = w.lemma.lower()
        passive = lemma in lexicon_words("perceived_as_verb", sent.lang) and is_passive(sent, w.index)
        if w.upos != "VERB" or not (lemma in lexicon_words("impression_verb", sent.lang) or passive):
            continue
        if not in_narration(ss, w.index) or _main_clause(sent, w.index) or _expletive_subject(sent, w.index):
            continue
        if any(c.index < w.index and c.text.lower() in scenes for c in sent.children(w.index, "mark", "advmod")):
            continue  # ``when a protester seemed to stumble``: the narrator tells a scene
        comp = _impression_complement(sent, w.index, passive)
        if comp is None:
            continue
        lo = span_words(sent, comp)[0]
        if sent[lo].text.lower() in cases and not passive:
            continue
        t = _impression_content(ss, w.index, lo)
        if t is None:
            continue
        if is_quoted(ss, *t):
            continue  # a quotation inside: a mixed statement, on PolNeAR not an impression (0 of 1)
        rule = SubordinateImpressionRule
        agents = sent.children(w.index, "obl:agent")
        speaker = agents[0].index if agents else None
        out.append(Found(t[0], t[1], speaker, w.index, None, lemma, rule.name, rule.confidence))
    return out


# Marks that end a name or a label given after ``known as``: a comma, colon, semicolon, dash or parenthesis (the
# parse runs the phrase on over appositions and the clause after it).
_NAME_STOPS = frozenset({",", ";", ":", "—", "–", "--", "-", "(", ")"})


def _names_given(ss: SentenceContext) -> list[Found]:
    """``the group of contests known as [Super Tuesday]``, ``Manafort is not known as [a debate prep expert]``,
    ``His jet, often referred to as [Trump Force One]``: the ``as`` phrase of a past participle of a naming verb
    (``naming_verb`` rows: ``know``, ``refer``) is a name or a reputation, which PolNeAR marks as a statement without
    a source (the people who call it so go unnamed). The content is the phrase without ``as``, up to a comma or
    dash; its source a ``to`` phrase (``known to everyone as``) or a ``by`` agent. Any clause: unlike an impression
    (rules 14a, 14a2) the phrase is a noun phrase, so one word may be the whole name (``known as [Andy]``); not a
    phrase holding a quotation (a mixed statement the quotation rules report)."""
    sent = ss.sent
    verbs = lexicon_words("naming_verb", sent.lang)
    if not verbs:
        return []
    out: list[Found] = []
    for w in sent:
        if w.upos != "VERB" or w.lemma.lower() not in verbs or w.feats.get("VerbForm") != "Part":
            continue
        if w.feats.get("Tense") == "Pres" or not in_narration(ss, w.index):
            continue  # ``referring to``: the speaker's own reference, not a name
        phrase = next(
            (
                c
                for c in sent.children(w.index, "obl")
                if c.index > w.index and any(m.text.lower() == "as" for m in sent.children(c.index, "case"))
            ),
            None,
        )
        if phrase is None:
            continue
        opener = max(m.index for m in sent.children(phrase.index, "case") if m.text.lower() == "as")
        lo, hi = opener + 1, span_words(sent, phrase.index)[1]
        hi = next((k - 1 for k in range(lo, hi + 1) if sent[k].text in _NAME_STOPS), hi)
        t = trim_span(sent, lo, hi) if hi >= lo else None
        if t is None or is_quoted(ss, *t):
            continue
        holders = [
            c.index
            for c in sent.children(w.index, "obl:agent", "obl")
            if c.index != phrase.index and any(m.text.lower() in ("by", "to") for m in sent.children(c.index, "case"))
        ]
        speaker = holders[0] if holders else None
        out.append(
            Found(t[0], t[1], speaker, w.index, None, w.lemma.lower(), NameGivenRule.name, NameGivenRule.confidence)
        )
    return out


def _raised_subject(sent: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The subject phrase before ``v`` (active or passive): its nominal subjects (the parse may give ``Mr.`` and
    ``Clinton`` one each), from the first one's phrase to the last one's, before the verb and after a comma that
    ends a fronted clause or adverbial (``While …, [the drafting process] is seen as …``); None for an empty
    subject (``it seems``) or a clause."""
    empty = lexicon_words("expletive", sent.lang)
    heads = [
        c.index
        for c in sent.children(v, "nsubj", "nsubj:pass")
        if c.index < v
        and c.base_rel != "expl"
        and c.text.lower() not in empty
        and c.upos in ("NOUN", "PROPN", "PRON", "DET", "NUM")
    ]
    if not heads:
        return None
    hi = min(span_words(sent, heads[-1])[1], v - 1)
    first = heads[-1]
    for h in reversed(heads[:-1]):
        if any(is_comma(sent[k]) for k in range(h, first)):
            break  # ``While a party's platform [tends] …, the process``: a clause the tagger took for a noun
        first = h
    lo = span_words(sent, first)[0]
    lo = max([lo, *(k + 1 for k in range(lo, first) if is_comma(sent[k]))])
    return lo, hi


def _raised_subjects(ss: SentenceContext) -> list[Found]:
    """``[Investors] seem [to agree]``, ``[The central bank] is expected [to act]``, ``[which] is said [to be …]``:
    PolNeAR cuts a statement whose source the text does not name at its verb of seeming or passive report and
    keeps the subject as a piece of its own (one group with the complement, which the impression and that-clause
    rules report). This reports that piece, with the complement's speaker (none, or a passive's agent): the whole
    subject phrase, a relative pronoun alone."""
    sent = ss.sent
    out: list[Found] = []
    for w in sent:
        v, lemma = w.index, w.lemma.lower()
        if w.upos != "VERB" or not in_narration(ss, v):
            continue
        if _impression_at(ss, w) is None and not passive_report(ss, v):
            continue
        subj = _raised_subject(sent, v)
        if subj is None or not all(in_narration(ss, k) for k in subj):
            continue
        if subj[0] == subj[1] and (
            is_relative(sent[subj[0]]) or sent[subj[0]].text.lower() in lexicon_words("relative", sent.lang)
        ):
            t: tuple[int, int] | None = subj  # ``which``, ``that``: trim_span would drop a complementiser
        else:
            t = trim_span(sent, *subj)
        if t is None:
            continue
        agents = sent.children(v, "obl:agent")
        speaker = agents[0].index if agents else None
        out.append(Found(t[0], t[1], speaker, v, None, lemma, RaisedSubjectRule.name, RaisedSubjectRule.confidence))
    return out


def _relative_without_pronoun(sent: ParsedSentence, subj: tuple[int, int]) -> bool:
    """Whether the subject ``subj`` is a lone personal pronoun right after a noun: a relative clause without its
    pronoun (``the gun [he] allegedly used``), which the parse may make a clause of its own."""
    lo, hi = subj
    return lo == hi and sent[lo].upos == "PRON" and lo > 0 and sent[lo - 1].upos in ("NOUN", "PROPN")


def _hearsay(ss: SentenceContext) -> list[Found]:
    """``[The Club for Growth is] reportedly [spending $1.5 million on television ads]``: a ``hearsay_adverb`` on a
    verb with its own subject before it reports the clause as hearsay, and PolNeAR marks it as a statement without
    a source in two pieces: the subject phrase with any auxiliary up to the adverb, and the rest of the clause from
    the adverb to the first comma. Not in a relative or participle clause (``the gun he allegedly used``: PolNeAR
    marks its antecedent as well), not inside a quotation. Measured on PolNeAR (issue 12, up27): 8 of 12 right."""
    sent = ss.sent
    adverbs = lexicon_words("hearsay_adverb", sent.lang)
    if not adverbs:
        return []
    out: list[Found] = []
    for w in sent:
        a = w.index
        head = sent.head_of(a)
        if w.text.lower() not in adverbs or w.base_rel != "advmod" or head is None or not in_narration(ss, a):
            continue
        v = head.index
        if head.base_rel == "acl" or v < a:
            continue
        subj = _raised_subject(sent, v)
        if subj is None or subj[1] >= a or _relative_without_pronoun(sent, subj):
            continue
        hi = span_words(sent, v)[1]
        comma = next_comma(sent, a + 1, hi + 1)
        rule = HearsayRule
        for piece in (trim_span(sent, subj[0], a - 1), trim_span(sent, a + 1, hi if comma is None else comma - 1)):
            if piece is not None and in_narration(ss, piece[0]):
                out.append(Found(piece[0], piece[1], None, v, None, w.text.lower(), rule.name, rule.confidence))
    return out


# How far into the sentence the comma that closes an opening evidence phrase may stand (``In the latest Washington
# Post-ABC News poll,``), and how long a participle phrase on the noun may run (``, conducted in May,``).
_EVIDENCE_PHRASE_WORDS = 14
_EVIDENCE_PARTICIPLE_WORDS = 6


def _evidence_phrase_end(sent: ParsedSentence, lo: int) -> tuple[int, int] | None:
    """The poll, survey or study (``evidence_noun``) of a phrase opening at word ``lo`` with an ``evidence_case``
    preposition, and the comma that closes it (past a participle phrase on the noun: ``In the latest poll,
    conducted in May, …``); None when a verb comes first or the noun is missing."""
    nouns = lexicon_words("evidence_noun", sent.lang)
    comma = next_comma(sent, lo + 1)
    if comma is None or comma - lo > _EVIDENCE_PHRASE_WORDS:
        return None
    heads = [k for k in range(lo + 1, comma) if sent[k].upos == "NOUN" and sent[k].lemma.lower() in nouns]
    if not heads or any(sent[k].upos in FINITE_UPOS for k in range(lo + 1, comma)):
        return None
    nxt = comma + 1
    if nxt < len(sent) and sent[nxt].upos == "VERB" and sent[nxt].feats.get("VerbForm") == "Part":
        close = next_comma(sent, nxt + 1)
        if close is None or close - nxt > _EVIDENCE_PARTICIPLE_WORDS:
            return None
        comma = close
    return heads[-1], comma


def _evidence_opening(ss: SentenceContext) -> list[Found]:
    """``In the CBS poll, [Trump's lead over Cruz remained in double digits]``, ``In exit polls, [voters in both
    parties were unhappy with the federal government]``: a phrase opening the sentence with an ``evidence_case``
    preposition and a poll, survey or study (``evidence_noun``), set off by a comma, gives the source of the clause
    after it. Not when a speech or belief verb follows (``In a memo, Mook acknowledged …``, ``In the poll, 31
    percent said …``): that verb's own subject speaks, and the that-clause rule reports it. English."""
    sent = ss.sent
    if not len(sent) or sent[0].text.lower() not in lexicon_words("evidence_case", sent.lang):
        return []
    found = _evidence_phrase_end(sent, 0)
    if found is None:
        return []
    head, comma = found
    lo = comma + 1
    if any(c.verb >= lo for c in ss.cues()) or any(a <= sent[lo].start < b for a, b in ss.quote_ranges):
        return []
    speech_verbs = ss.cue_verbs()
    hi = content_tail(sent, lo, before_trailing_relative(sent, lo, len(sent) - 1), speech_verbs)
    t = trim_span(sent, lo, hi)
    if t is None or not has_clause(sent, *t):
        return []
    return [
        Found(
            t[0], t[1], head, 0, comma - 1, sent[0].text.lower(), EvidencePhraseRule.name, EvidencePhraseRule.confidence
        )
    ]


class EvidencePhraseRule(SentenceRule):
    """``In the CBS poll, [Trump's lead …]``: an opening phrase of a poll, survey or study gives the source."""

    name = "indirect_evidence_phrase"
    languages = frozenset({"en"})
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _evidence_opening(ctx)


class FindingRule(SentenceRule):
    """``The poll shows Clinton with a lead`` / ``A study found that …``: a poll's or record's finding."""

    name = "indirect_finding"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _findings(ctx)


class AgentRule(SentenceRule):
    """``changes proposed by the government`` / ``was rejected by voters``: content, then its passive agent."""

    name = "indirect_agent"
    # German puts the agent before the participle (``die von der Regierung vorgeschlagenen Änderungen``); not
    # measured there.
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _agent_reports(ctx)


class NominalRule(SentenceRule):
    """``Bradley's proposal to …`` / ``the president's claim that …``: a speech noun, its holder, its clause."""

    name = "indirect_nominal"
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _nominal_reports(ctx)


class NounClauseRule(SentenceRule):
    """``X floated the idea that …`` / ``backed away from a suggestion that …``: a belief or speech noun's
    ``that``-clause, its source the noun's holder or the subject of the verb the noun hangs off."""

    name = "indirect_noun_clause"
    languages = frozenset({"en"})
    confidence = 0.5

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _noun_clauses(ctx)


class ImpressionRule(SentenceRule):
    """``Manafort seemed to be …`` / ``Rubio is seen as …``: an impression the narrator reports without a source."""

    name = "indirect_impression"
    confidence = 0.5
    narration_only = True
    """Inside a character's quotation ``seemed to`` is the character's own impression, not a report."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _impressions(ctx)


class HearsayRule(SentenceRule):
    """``[X is] reportedly [doing Y]``: a clause the narrator reports as hearsay, in two pieces, without a source."""

    name = "indirect_hearsay"
    languages = frozenset({"en"})
    confidence = 0.5
    narration_only = True

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _hearsay(ctx)


class RaisedSubjectRule(SentenceRule):
    """``[Investors] seem to agree`` / ``[The bank] is expected to act``: the subject before a verb of seeming or a
    passive report, a piece of the statement of its own."""

    name = "indirect_raised_subject"
    languages = frozenset({"en"})
    confidence = 0.5
    narration_only = True
    """Inside a character's quotation ``seemed to`` is the character's own impression, not a report."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _raised_subjects(ctx)


class SubordinateImpressionRule(SentenceRule):
    """``One policy that Trump seems [to understand]``, ``a change that was seen [as an attempt to …]``: a verb of
    seeming (its to-infinitive or ``that`` clause) or a passive verb of perceiving (its ``as`` phrase) outside the
    main clause, an impression without a source."""

    name = "indirect_subordinate_impression"
    # Measured on PolNeAR only; German keeps its predictions.
    languages = frozenset({"en"})
    confidence = 0.5
    narration_only = True
    """Inside a character's quotation ``seemed to`` is the character's own impression, not a report."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _subordinate_impressions(ctx)


class NameGivenRule(SentenceRule):
    """``contests known as [Super Tuesday]``: the ``as`` phrase of a naming verb's past participle, a name or
    reputation without a source."""

    name = "indirect_name_given"
    languages = frozenset({"en"})
    confidence = 0.5

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _names_given(ctx)
