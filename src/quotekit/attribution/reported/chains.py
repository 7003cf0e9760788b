"""Statements over several sentences (rules 8 and 9, and the anaphoric rule): German Konjunktiv continuation and
resumption, and ``Dies teilte ein Sprecher mit`` reporting the sentence before it."""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.attribution.mentions import (
    expand_mention,
    is_nominal,
)
from quotekit.attribution.reported.content_clause import is_passive
from quotekit.attribution.reported.sentence import (
    CONTINUATION_GAP,
    FINITE_UPOS,
    MAX_QUOTED_SHARE,
    RESUMPTION_GAP,
    ReportedStatement,
    SentenceContext,
    is_punct,
)
from quotekit.attribution.reported.sources import phrases_of
from quotekit.attribution.reported.spans import has_clause, konjunktiv_form, quoted_share, trim_span
from quotekit.attribution.rules import Phase
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import words as lexicon_words
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence, Word


class KonjunktivContinuationRule:
    """German: a sentence with no cue of its own whose finite verb is Konjunktiv I, right after a reported
    statement, continues it (same speaker). See :func:`_continuation`."""

    name = "indirect_konjunktiv_continuation"
    languages = frozenset({"de"})
    phase = Phase.REPORTED_CONTINUATION
    max_confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement, /) -> ReportedStatement | None:
        return _continuation(ctx.text, previous, ctx, ctx.quote_ranges)


class KonjunktivResumptionRule:
    """German: a Konjunktiv-I sentence after the chain broke (a quotation, or a sentence whose report was not
    found, stood in between) goes on with the last reported statement's speaker, up to :data:`RESUMPTION_GAP`
    characters back. Only Konjunktiv I counts here, which reports by itself; Konjunktiv II and ``soll`` do not.
    The driver gives it the last statement found, not the live chain (``after_break``); with none found before, the
    sentence is still reported, without a speaker (free indirect speech whose source the reader infers)."""

    name = "indirect_konjunktiv_resumption"
    languages = frozenset({"de"})
    phase = Phase.REPORTED_CONTINUATION
    after_break = True
    max_confidence = 0.5

    def match(self, ctx: SentenceContext, previous: ReportedStatement, /) -> ReportedStatement | None:
        return _continuation(ctx.text, previous, ctx, ctx.quote_ranges, resumed=True)


class AnaphoricContentRule:
    """``Die Bahn stellt den Betrieb ein. Dies teilte ein Sprecher mit.``: a sentence that opens with an anaphoric
    pronoun (the ``anaphoric_content`` rows of data/function_words.tsv: ``dies``, ``das``) as the object of a speech
    verb, or as the subject of its passive, and has no content of its own reports the sentence before it, spoken
    by the verb's speaker. Languages without such rows are untouched. Known failure: ``Das sagte er schon
    gestern.`` after a sentence that is not what he said."""

    name = "indirect_anaphoric_content"
    languages = None
    phase = Phase.REPORTED_CONTINUATION
    reads_previous_sentence = True
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> ReportedStatement | None:
        return _anaphoric_content(ctx, self.confidence)


def _anaphoric_content(ss: SentenceContext, confidence: float) -> ReportedStatement | None:
    sent, before = ss.sent, ss.previous
    if before is None or not len(before) or sent[0].text.lower() not in lexicon_words("anaphoric_content", sent.lang):
        return None
    cue = ss.cue_at(sent[0].head) if sent[0].head is not None else None
    if cue is None or sent[0].base_rel not in ("obj", "nsubj"):
        return None
    if any(c.feats.get("Polarity") == "Neg" for c in sent.children(cue.verb)):
        return None  # ``Das sagte er nicht.``: denied, not reported
    # The parser often makes the opening pronoun the subject; the speaker then stands after the verb
    # (``Dies teilte der Geschäftsführer mit``), or the verb is passive (``Das wurde von X bestätigt``).
    speaker = ss.subject(cue, {0})
    if speaker is None or speaker == 0:
        after = [c.index for c in sent.children(cue.verb, "nsubj", "obj") if c.index > cue.verb]
        speaker = next((k for k in after if is_nominal(sent[k], sent.lang)), None)
        if speaker is None:
            speaker = ss._surface_subject(cue.verb, {0})
    if speaker is None or (sent[0].base_rel == "nsubj" and speaker < cue.verb and not is_passive(sent, cue.verb)):
        return None
    t = trim_span(before, 0, len(before) - 1)
    if t is None or not has_clause(before, *t):
        return None
    start, end = before[t[0]].start, before[t[1]].end
    if ss.previous_quotes:
        return None  # a sentence with a quotation in it has its speaker from the quotation rules
    m = expand_mention(sent, speaker, blocked=ss.quote_ranges)
    if m is None:
        return None
    c = cue.raw
    c_end = sent[cue.particle].end if cue.particle is not None else sent[cue.verb].end
    return ReportedStatement(
        start=start,
        end=end,
        speaker=(m.start, m.end),
        mention_kind=m.kind,
        cue=(sent[c.word].start, max(c_end, sent[c.word].end), cue.lemma),
        sieve=AnaphoricContentRule.name,
        confidence=confidence,
    )


_SENTENCE_END = (".", "!", "?", "…")


def runs_on_from_quote(text: str, start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> bool:
    """Content that opens inside a quotation whose words end a sentence (``„… aller Zeiten!“``) or that a tag
    follows (:func:`_tag_follows`), and goes on past its marks: the sentence splitter ran the quotation's last
    sentence into the narration after it (``„… aller Zeiten!“ 1300 Polizisten waren im Einsatz.``), and a rule
    took the two for one clause. Neither part is
    reported speech of the rule's cue: the words in marks are the quotation's, the narration after it nobody's."""
    closing = "".join(quote_marks().closing)
    for qs, qe in quote_ranges:
        if not qs < start < qe < end:
            continue
        if text[qs:qe].rstrip().rstrip(closing).endswith(_SENTENCE_END) or _tag_follows(text, qe):
            return True
    return False


def _tag_follows(text: str, qe: int) -> bool:
    """Whether the quotation whose closing mark ends at ``qe`` is followed by a comma or semicolon, as German
    dialogue tags are (``»Die schlafen«, rief die Katze``). Content that opens inside such a quotation and runs
    on past it took the tag and the turns after it for one clause (``Die schlafen«, rief die kleine Katze
    herunter … »Junge«, sagte der Mond``): the words in marks are the tag's speaker's, not a reported statement
    of a later cue. A lower-case word right after the mark is no sign of a tag: English news goes on with the
    sentence (``saying that “bombastic comments” do more harm``, a statement that rightly opens in the marks)."""
    if text[qe - 1] not in quote_marks().closing:
        return False
    rest = text[qe : qe + 3].lstrip()
    return rest[:1] in (",", ";")


def ends_in_introduced_quote(text: str, start: int, end: int, quote_ranges: Sequence[tuple[int, int]]) -> bool:
    """Content that ends inside a quotation opened after a colon or a finished sentence within the content
    (``Besorgt äußerte sich X: „Wir befürchten das Schlimmste“, sagte er``, ``… in Halle 4. „Vielfalt ist Programm“,
    erklärte Zille``): the tag after the marks introduces that quotation, which the quotation rules report, and
    the narration before it is nobody's words. A fragment that ends the content without such a break (``Die Lage
    sei „sehr ernst“, sagte er``) stays part of it. Asked of content before its tag and of continuations."""
    for qs, qe in quote_ranges:
        if start < qs and qs + 1 < end <= qe:
            lead = text[start:qs].rstrip()
            if lead.endswith(":") or lead.rstrip("".join(quote_marks().closing)).endswith(_SENTENCE_END):
                return True
    return False


def has_source_word(sent: ParsedSentence) -> bool:
    return sent.lang in LANGUAGES and any(w.text.lower() in phrases_of(sent.lang).source_words for w in sent)


def _reportative(sent: ParsedSentence, finite: Sequence[Word]) -> bool:
    """``Der Mann soll … geflohen sein``: a finite reportative modal with a perfect infinitive after it. With a
    present infinitive (``sollen … investiert werden``) it states a plan, not hearsay."""
    modals = [w for w in finite if w.text.lower() in lexicon_words("reportative", sent.lang)]
    if not modals:
        return False
    after = [w for w in sent.words[modals[0].index + 1 :] if not is_punct(w)]
    aux = lexicon_words("perfect_aux", sent.lang)
    return any(
        w.text.lower() in aux and k > 0 and after[k - 1].feats.get("VerbForm") == "Part" for k, w in enumerate(after)
    )


def _reports_by_mood(sent: ParsedSentence) -> bool:
    """Whether the main clause reports by its grammar alone: a Konjunktiv-I finite verb, reportative ``soll`` +
    perfect infinitive, or Konjunktiv II standing in for an I that looks indicative (``sie hätten``; not ``würde``,
    ``könnte``, which mostly state a hypothesis) when no condition (``wenn``, ``falls``) makes it hypothetical."""
    root = sent.root()
    finite = [w for w in sent if w.upos in FINITE_UPOS and (root is None or w.head in (root.index, -1))]
    k2 = lexicon_words("konjunktiv2")
    if any(konjunktiv_form(w) and w.text.lower() not in k2 for w in finite) or _reportative(sent, finite):
        return True
    if any(w.text.lower() in lexicon_words("conditional", sent.lang) for w in sent):
        return False
    return any(w.text.lower() in lexicon_words("konjunktiv2_report", sent.lang) for w in finite)


def _konjunktiv1_main(sent: ParsedSentence) -> bool:
    """Whether a finite verb of the main clause is Konjunktiv I (``sei``, ``habe``, ``gebe``), the mood that marks
    reported speech unambiguously; Konjunktiv II and ``soll`` also state hypotheses and plans."""
    root = sent.root()
    k2 = lexicon_words("konjunktiv2")
    return any(
        w.upos in FINITE_UPOS
        and (root is None or w.head in (root.index, -1))
        and konjunktiv_form(w)
        and w.text.lower() not in k2
        for w in sent
    ) and not any(w.text.lower() in lexicon_words("conditional", sent.lang) for w in sent)


def _continuation(
    text: str,
    prev: ReportedStatement,
    ss: SentenceContext,
    quote_ranges: Sequence[tuple[int, int]],
    *,
    resumed: bool = False,
) -> ReportedStatement | None:
    """German reported speech runs on in Konjunktiv I: ``Die Suche sei eingestellt worden.`` after a statement.

    A German main clause in Konjunktiv I reports someone's words by its grammar alone, so one sentence of
    narration may stand between it and the statement it continues (at most :data:`CONTINUATION_GAP`
    characters, same paragraph).
    """
    sent = ss.sent
    gap = RESUMPTION_GAP if resumed else CONTINUATION_GAP
    if not profile(sent.lang).reported_mood or "\n" in text[prev.end : sent.start] or sent.start - prev.end > gap:
        return None
    # A sentence with an attribution of its own (a speech verb, ``laut``, ``zufolge``) starts something new.
    if ss.cues() or has_source_word(sent) or (resumed and ss.quote_ranges):
        return None
    if not (_konjunktiv1_main(sent) if resumed else _reports_by_mood(sent)):
        return None
    t = trim_span(sent, 0, len(sent) - 1)
    if t is None or not has_clause(sent, *t):
        return None
    start, end = sent[t[0]].start, sent[t[1]].end
    if runs_on_from_quote(text, start, end, quote_ranges) or ends_in_introduced_quote(text, start, end, quote_ranges):
        return None
    share = quoted_share(start, end, quote_ranges)
    if share >= MAX_QUOTED_SHARE:
        return None
    return ReportedStatement(
        start=start,
        end=end,
        speaker=prev.speaker,
        mention_kind=prev.mention_kind,
        cue=None,
        sieve=KonjunktivResumptionRule.name if resumed else KonjunktivContinuationRule.name,
        confidence=round(
            min(prev.confidence, KonjunktivResumptionRule.max_confidence)
            if resumed
            else min(prev.confidence, KonjunktivContinuationRule.max_confidence),
            3,
        ),
        kind="mixed" if share > 0 else "indirect",
    )
