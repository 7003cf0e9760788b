"""The driver: :func:`find_indirect` runs the rules over a document's parsed sentences and :func:`find_embedded`
inside quotations; statements are bounded, clipped at quotations and given their speakers."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from quotekit.attribution.mentions import (
    Mention,
    expand_mention,
    object_form,
)
from quotekit.attribution.reported.chains import ends_in_introduced_quote, has_source_word, runs_on_from_quote
from quotekit.attribution.reported.parenthetical import ContentFirstRule
from quotekit.attribution.reported.rules import REPORTED_RULES
from quotekit.attribution.reported.sentence import (
    MAX_QUOTED_SHARE,
    MIXED_FACTOR,
    ReportedStatement,
    SentenceContext,
    homograph_noun,
)
from quotekit.attribution.reported.spans import Found, quoted_share
from quotekit.attribution.reported.speech_acts import acts_alone
from quotekit.attribution.reported.surface_order import TagThenMoreRule
from quotekit.attribution.rules import Phase, Rule, applies_to
from quotekit.models import MentionKind
from quotekit.regions import SpanIndex
from quotekit.tree import ParsedSentence

logger = logging.getLogger(__name__)


def _statement(
    text: str, sent: ParsedSentence, f: Found, quote_ranges: Sequence[tuple[int, int]]
) -> ReportedStatement | None:
    start, end = sent[f.lo].start, sent[f.hi].end
    if runs_on_from_quote(text, start, end, quote_ranges):
        return None
    # Only a speech tag after the content introduces the quotation that ends it; a cue before the content or a
    # source after it reports the whole (``said that Muslims have two choices: “You either leave …”``, ``One message
    # said: “…,” according to a letter``: mixed statements).
    if f.sieve in (ContentFirstRule.name, TagThenMoreRule.name) and ends_in_introduced_quote(
        text, start, end, quote_ranges
    ):
        return None
    share = quoted_share(start, end, quote_ranges)
    if share >= MAX_QUOTED_SHARE:
        return None
    speaker: tuple[int, int] | None = None
    kind = MentionKind.NOMINAL
    if f.speaker is not None:
        m = expand_mention(sent, f.speaker, blocked=quote_ranges)
        if m is not None and f.speaker_hi is not None and m.end > sent[f.speaker_hi].end:
            m = replace(m, end=sent[f.speaker_hi].end)
        if m is None:
            return None
        m_end = m.end
        if m.start < start < m_end and sent[f.speaker].end <= start and not f.speaker_inside:
            # The parse hung the content on the source noun (``nach Angaben der Polizei zu Rangeleien``): the
            # mention ends where the content begins.
            m_end = start
            while m_end > m.start and text[m_end - 1] in " ,":
                m_end -= 1
        if m.start < end and start < m_end and not f.speaker_inside:
            return None
        speaker, kind = (m.start, m_end), m.kind
    cue: tuple[int, int, str] | None = None
    if f.cue_word is not None and f.lemma is not None:
        c_end = sent[f.cue_end_word].end if f.cue_end_word is not None else sent[f.cue_word].end
        cue = (sent[f.cue_word].start, max(c_end, sent[f.cue_word].end), f.lemma)
    return ReportedStatement(
        start=start,
        # the checks above read the words; the statement runs on through the closing mark of a fragment it ends in
        end=_through_closing_mark(text, start, end, quote_ranges),
        speaker=speaker,
        mention_kind=kind,
        cue=cue,
        sieve=f.sieve,
        confidence=round(f.confidence * (MIXED_FACTOR if share > 0 else 1.0), 3),
        kind="mixed" if share > 0 else "indirect",
    )


def _through_closing_mark(text: str, start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> int:
    """``end``, or the end of the quotation whose closing punctuation it stops in: content trimmed of its final
    punctuation (``the results were "very strong,"``, ``should "self-deport."``) ends with the fragment it quotes,
    marks included, so the fragment lies inside its statement (and is not reported again beside it). Not a
    quotation opened after a colon or comma: that one is introduced, a quotation of its own."""
    for qs, qe in quote_ranges:
        if start < qs < end < qe and not any(c.isalnum() for c in text[end:qe]):
            before = text[start:qs].rstrip()
            return end if before.endswith((":", ",")) else qe
    return end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


SPEECH_ACT_CONFIDENCE = 0.6
"""Confidence of a Konjunktiv sentence continuing a speech act that had no content of its own."""


def _speech_act(ss: SentenceContext) -> ReportedStatement | None:
    """The anchor a contentless speech act leaves for the continuation rule: its speaker, at the sentence end
    (whether the act itself is reported is :class:`SpeechActRule`'s decision)."""
    sent = ss.sent
    for cue in ss.cues():
        if not acts_alone(sent, cue):
            continue
        head = ss.subject(cue, set())
        m = expand_mention(sent, head, blocked=ss.quote_ranges) if head is not None else None
        if m is None:
            continue
        return ReportedStatement(
            start=sent.end,
            end=sent.end,
            speaker=(m.start, m.end),
            mention_kind=m.kind,
            cue=(sent[cue.verb].start, sent[cue.verb].end, cue.lemma),
            sieve="speech_act",
            confidence=SPEECH_ACT_CONFIDENCE,
        )
    return None


def find_indirect(
    text: str,
    sentences: Sequence[ParsedSentence],
    quote_ranges: Sequence[tuple[int, int]],
    rules: Sequence[Rule] = REPORTED_RULES,
    quote_speakers: Sequence[tuple[int, int, tuple[int, int], MentionKind]] = (),
    *,
    embedded: bool = False,
) -> list[ReportedStatement]:
    """Reported statements without quotation marks, in text order.

    ``quote_ranges`` are the quotations of the document, marks included; content that lies mostly inside them
    is a direct or mixed quotation and is not reported here. ``rules`` are the chain's rules; those of the
    ``REPORTED`` phases run, in their order. ``quote_speakers`` are the attributed quotations (start, end, speaker
    offsets, mention kind): a Konjunktiv-I sentence after a quotation may resume with its speaker. Never raises on
    odd parses: a sentence whose words confuse a rule yields nothing from that rule.
    """
    sentence_rules = [r for r in rules if r.phase is Phase.REPORTED and (embedded or not _embedded_only(r))]
    continuation_rules = [r for r in rules if r.phase is Phase.REPORTED_CONTINUATION]
    out: list[ReportedStatement] = []
    last: ReportedStatement | None = None
    recent: ReportedStatement | None = None  # the last statement found, kept across a break of the chain
    quote_index = SpanIndex(quote_ranges)
    by_start = sorted(quote_speakers, key=lambda q: q[0])
    before: ParsedSentence | None = None
    for sent in sorted(sentences, key=lambda s: s.start):
        if not len(sent):
            continue
        previous, before = before, sent
        # Only the quotes that overlap this sentence matter to its words, mentions and quoted share.
        ss = SentenceContext(text, sent, quote_index.overlapping(sent.start, sent.end))
        if previous is not None and not text[previous.end : sent.start].strip():
            ss.previous = previous
            ss.previous_quotes = quote_index.overlapping(previous.start, previous.end)
        found_here = _claim(ss, sentence_rules, last, embedded=embedded)
        if not found_here:
            found_here, last, recent = _carry_on(ss, continuation_rules, out, last, recent)
        found_here.sort(key=lambda s: s.start)
        out.extend(found_here)
        if found_here:
            last = recent = found_here[-1]
        elif has_source_word(sent):
            last = recent = None  # a new source: the chain breaks and no later sentence resumes it
        elif ss.quote_ranges:
            # A quotation breaks the chain; a Konjunktiv-I sentence after it may resume with its speaker.
            last = None
            recent = _quote_anchor(sent, by_start) or recent
        elif ss.cues():
            # A speech act without content (``Er kritisierte den Plan.``): what follows in Konjunktiv is its
            # content, so it starts a chain of its own; without a speaker it only breaks the old one.
            last = recent = _speech_act(ss)
    return out


def _carry_on(
    ss: SentenceContext,
    rules: Sequence[Rule],
    out: list[ReportedStatement],
    last: ReportedStatement | None,
    recent: ReportedStatement | None,
) -> tuple[list[ReportedStatement], ReportedStatement | None, ReportedStatement | None]:
    """The continuation rules on a sentence no sentence rule found content in: the first answer decides. Returns
    the new statements and the chain's ``last`` and ``recent``; a run-on continuation extends ``out[-1]`` instead."""
    text, sent = ss.text, ss.sent
    for rule in rules:
        if not applies_to(rule, sent.lang):
            continue
        if reads_previous_sentence(rule):
            # Its content is the sentence before, unless a statement already holds it.
            taken = bool(out) and ss.previous is not None and out[-1].end > ss.previous.start
            back = None if taken else rule.match(ss, last)
            if back is not None:
                return [back], last, recent
            continue
        # A rule marked ``after_break`` reads the last statement found, and only once the chain broke;
        # with none found yet, a sourceless anchor at the sentence (the content has no speaker).
        prev = ((recent or _no_source(sent)) if last is None else None) if after_break(rule) else last
        cont = rule.match(ss, prev) if prev is not None else None
        if cont is None:
            continue
        if out and out[-1] is last and _runs_on(text, last, cont):
            # The corpora mark a run of Konjunktiv sentences as one statement, not one per sentence.
            out[-1] = last = recent = replace(last, end=cont.end)
            return [], last, recent
        return [cont], last, recent
    return [], last, recent


def _clipped(text: str, st: ReportedStatement, end: int, nested: Sequence[tuple[int, int]]) -> ReportedStatement:
    """``st`` ending at ``end`` at the latest, without the punctuation before it."""
    while end > st.start and text[end - 1] in " ,;:–—":
        end -= 1
    return replace(st, end=end, kind="mixed" if quoted_share(st.start, end, nested) > 0 else "indirect")


def _clause_stop(text: str, st: ReportedStatement) -> int | None:
    """The first semicolon or colon inside the statement's content; None without one."""
    k = min((i for i in (text.find(";", st.start, st.end), text.find(":", st.start, st.end)) if i >= 0), default=-1)
    return k if k > st.start else None


def _narration_only(rule: Rule) -> bool:
    """Whether a rule stays out of the quotations (:func:`find_embedded`)."""
    return bool(getattr(rule, "narration_only", False))


def _embedded_only(rule: Rule) -> bool:
    """Whether a rule runs only inside quotations (:func:`find_embedded`)."""
    return bool(getattr(rule, "embedded", False))


def reads_previous_sentence(rule: Rule) -> bool:
    """Whether a continuation rule reports the sentence before the current one (an anaphor points back to it)."""
    return bool(getattr(rule, "reads_previous_sentence", False))


def after_break(rule: Rule) -> bool:
    """Whether a continuation rule reads the last statement found after the chain broke, not the live chain."""
    return bool(getattr(rule, "after_break", False))


NO_SOURCE_CONFIDENCE = 0.4
"""Confidence of a Konjunktiv-I sentence reported with no statement before it to take a speaker from."""


def _no_source(sent: ParsedSentence) -> ReportedStatement:
    """The anchor of a Konjunktiv-I sentence with no earlier statement: no speaker, right at the sentence."""
    return ReportedStatement(sent.start, sent.start, None, MentionKind.NOMINAL, None, "none", NO_SOURCE_CONFIDENCE)


QUOTE_ANCHOR_CONFIDENCE = 0.6
"""Confidence of the anchor a quotation's speaker leaves for a Konjunktiv-I sentence after it."""


def _quote_anchor(
    sent: ParsedSentence, by_start: Sequence[tuple[int, int, tuple[int, int], MentionKind]]
) -> ReportedStatement | None:
    """The anchor the last attributed quotation of ``sent`` leaves: its speaker, at the sentence end.
    ``by_start`` are the attributed quotations ordered by start (stably), searched by bisection: a scan of all
    of them per sentence grows with the square of a long document's length."""
    j = bisect_left(by_start, sent.end, key=lambda q: q[0])
    if j == 0 or by_start[j - 1][0] < sent.start:
        return None
    # Of quotations starting at the same offset, the first given, as max() over them would pick.
    _, _, speaker, kind = by_start[bisect_left(by_start, by_start[j - 1][0], key=lambda q: q[0])]
    return ReportedStatement(
        start=sent.end,
        end=sent.end,
        speaker=speaker,
        mention_kind=kind,
        cue=None,
        sieve="quote",
        confidence=QUOTE_ANCHOR_CONFIDENCE,
    )


def _runs_on(text: str, prev: ReportedStatement, cont: ReportedStatement) -> bool:
    """Whether ``cont`` goes on with ``prev``, itself a continuation: same rule and speaker, nothing between."""
    return (
        prev.sieve == cont.sieve
        and prev.speaker == cont.speaker
        and prev.kind == cont.kind
        and not text[prev.end : cont.start].strip()
    )


_OBJECT_RELS = frozenset({"obj", "iobj", "obl"})


def _nominative_dependent(sent: ParsedSentence, v: int, taken: int) -> int | None:
    """The subject of speech verb ``v`` other than word ``taken``: a subject of the verb or of its infinitive
    (the compact parse hangs ``Ich`` on an adverb it made an ``xcomp``: ``Ich habe einstweilen deinem Vater
    nichts gesagt``), else a phrase it marks nominative after the verb whatever its relation (``ermahnte mich
    Freund Brétignot``, the name made an object)."""
    heads = [v, *(c.index for c in sent.children(v, "xcomp"))]
    for h in heads:
        for c in sent.children(h, "nsubj"):
            if c.index != taken and not any(object_form(sent, c.index)):
                return c.index
    for c in sent.children(v):
        nominative = any("Nom" in w.feats.get("Case", "") for w in (c, *sent.children(c.index, "det")))
        if c.index != taken and c.upos in ("NOUN", "PROPN") and nominative and not any(object_form(sent, c.index)):
            return c.index
    return None


def nominative_speaker(sent: ParsedSentence, head: int, cue_start: int) -> Mention | None:
    """The speaker mention of a quotation inside a character's speech whose speaker head is ``head`` and whose
    cue starts at ``cue_start``: as found, unless it is an object (``so schrie man mir nach ›Seht die
    Übermütige!‹``), when the cue's nominative subject replaces it (see :func:`_nominative_speaker`); None when
    there is none."""
    cue = next((w.index for w in sent if w.start == cue_start), None)
    k: int | None = head
    bare_object = sent[head].base_rel in _OBJECT_RELS and not sent[head].feats.get("Case")
    if bare_object or any(object_form(sent, head)):
        k = None if cue is None else _nominative_dependent(sent, cue, head)
    return None if k is None else expand_mention(sent, k)


def _nominative_speaker(sent: ParsedSentence, f: Found) -> Found:
    """Inside a character's speech, a speaker in the dative or accusative is the one spoken to or about
    (``Ich habe einstweilen deinem Vater nichts gesagt``, ``Thun Sie mir nur den Gefallen, ermahnte mich Freund
    Brétignot``; ``Jch habe oft eure Leiden beklagt``, an object without case): the verb's nominative subject
    speaks, or nobody the clause names."""
    k = f.speaker
    if k is None or f.cue_word is None:
        return f
    bare_object = sent[k].base_rel in _OBJECT_RELS and not sent[k].feats.get("Case")
    if not (bare_object or any(object_form(sent, k))):
        return f
    return replace(f, speaker=_nominative_dependent(sent, f.cue_word, k))


def _claim(
    ss: SentenceContext, rules: Sequence[Rule], last: ReportedStatement | None, *, embedded: bool = False
) -> list[ReportedStatement]:
    """The statements of one sentence: each rule in turn claims content no earlier rule claimed. With
    ``embedded`` (inside a character's speech) an object is never the speaker (:func:`_nominative_speaker`)."""
    sent = ss.sent
    claimed: list[tuple[int, int]] = []
    found_here: list[ReportedStatement] = []
    for rule in rules:
        if not applies_to(rule, sent.lang):
            continue
        try:
            candidates = rule.match(ss, last)
        except (IndexError, ValueError, StopIteration):  # a malformed parse must not sink the document
            logger.debug("rule %s failed on sentence at %d", rule.name, sent.start, exc_info=True)
            continue
        for f in candidates:
            if f.cue_word is not None and homograph_noun(sent, f.cue_word):
                continue
            st = _statement(ss.text, sent, _nominative_speaker(sent, f) if embedded else f, ss.quote_ranges)
            if st is None or any(_overlaps((st.start, st.end), c) for c in claimed):
                continue
            claimed.append((st.start, st.end))
            found_here.append(st)
    return found_here


def find_embedded(
    text: str,
    sentences: Sequence[ParsedSentence],
    quotations: Sequence[tuple[int, int]],
    regions: Sequence[tuple[int, int]],
    nested: Sequence[tuple[int, int]] = (),
    rules: Sequence[Rule] = REPORTED_RULES,
) -> list[tuple[int, ReportedStatement]]:
    """Reported statements inside the characters' quotations (``»Er sagte mir, er komme morgen.«``): speech
    the quoted speaker reports, with the speaker inside the quotation (the inner speaker), as pairs of the
    index into ``quotations`` and the statement.

    ``quotations`` are the content ranges (marks excluded) of the top-level quotations, in text order,
    ``regions`` the same quotations with their marks, and ``nested`` the quotations inside them, marks included.
    The rules run on the sentences that overlap a quotation with the narration outside the quotations in place
    of the quotations: its cues are not read, a speaker there is blocked, content that runs into it is dropped.
    The marks themselves stay out of the narration: a range ending in the opening mark would be a quotation
    closing right before the first word, which the rules read as a tag (``"…," Trump told``). A statement is kept
    only when its content, cue and speaker all lie inside one quotation."""
    if not quotations:
        return []
    blocked: list[tuple[int, int]] = []
    prev = 0
    for a, b in regions:
        if a > prev:
            blocked.append((prev, a))
        prev = max(prev, b)
    if len(text) > prev:
        blocked.append((prev, len(text)))
    blocked.extend(nested)
    blocked.sort()
    inside = SpanIndex(list(quotations))
    selected = [s for s in sentences if inside.overlapping(s.start, s.end)]
    out: list[tuple[int, ReportedStatement]] = []
    # The continuation rules stay out: a Konjunktiv sentence in a character's speech is mostly their own wish or
    # condition (none of 8 right on Redewiedergabe).
    sentence_rules = [r for r in rules if r.phase is Phase.REPORTED and not _narration_only(r)]
    for st in find_indirect(text, selected, blocked, sentence_rules, embedded=True):
        k = inside.containing(st.start)
        if k < 0 or st.end <= st.start:
            continue
        a, b = quotations[k]
        if st.end > b:
            # The parse ran the clause on into the tag after the marks (``er komme morgen«, erklärte Marie``).
            st = _clipped(text, st, b, nested)
        stop = _clause_stop(text, st)
        if stop is not None:
            # Inside a character's speech a semicolon or colon ends what they report (``…, um deinem Vater etwas
            # anzuhängen; aber hereinkommen kannst du nicht``); the parse runs the content on into the next clause.
            st = _clipped(text, st, stop, nested)
        spans = [(st.start, st.end)]
        if st.cue is not None:
            spans.append(st.cue[:2])
        if st.speaker is not None:
            spans.append(st.speaker)
        if all(a <= s and e <= b for s, e in spans):
            out.append((k, st))
    return out
