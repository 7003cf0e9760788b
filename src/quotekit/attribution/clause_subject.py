"""The clause-subject rule: a quote inside a narrative sentence belongs to the subject of its verb."""

from __future__ import annotations

from typing import ClassVar

from quotekit.attribution.context import Attribution, Context, Cue, QuoteTarget
from quotekit.attribution.mentions import GROUP_RANK, fronted_subject, speaker_rank
from quotekit.attribution.rules import Phase
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence

__all__ = ["ClauseSubjectSieve"]


def _likelier(ctx: Context, held: Attribution | None, found: Attribution | None) -> Attribution | None:
    """Of the subjects met walking up from the quote, the more speaker-like one, the lower one of equals:
    ``Jackson geht davon aus, dass Spector „…“ gesteckt habe`` → Jackson, not the subject of the clause about
    him."""
    if held is None or found is None:
        return held or found
    return found if _rank(ctx, found) > _rank(ctx, held) else held


def _rank(ctx: Context, att: Attribution) -> int:
    if att.head is None or att.head_sentence is None:
        return 0
    return speaker_rank(ctx.sentences[att.head_sentence], att.head)


def _passive(sent: ParsedSentence, v: int) -> bool:
    """Whether verb ``v`` is passive: a passive auxiliary, or a subject the parse marks passive, except beside the
    auxiliary of an active perfect and no passive one (``Die Bundesregierung hatte den Bericht als „falsch“
    zurückgewiesen``, the subject parsed ``nsubj:pass``)."""
    children = sent.children(v)
    if any(c.deprel == "aux:pass" for c in children):
        return True
    active = lexicon_words("active_aux", sent.lang)
    return any(c.deprel == "nsubj:pass" for c in children) and not any(
        c.deprel == "aux" and c.lemma.lower() in active for c in children
    )


class ClauseSubjectSieve:
    """A quote embedded in a narrative sentence: the subject of the verb it hangs off speaks it.

    English: ``Jeb Bush called his rival "totally scripted."``; German: ``Stoiber begründete seinen Rückzug mit
    einer „veränderten Lage“.`` Walking up from the quote, a speech verb higher up speaks for the clause below it
    (``sagte dieser, dass Delmare in „seiner eigenen Welt“ lebe`` → the speaker of ``sagte``); failing one, the
    first verb with a subject decides, and of several subjects the parse offers the most speaker-like one
    (a person before an organisation before another noun; never a phrase the parse marks for another case).
    A verb inside the quote with its subject outside counts too (``Wiefelspütz will „… prüfen“``).
    Low confidence: the verb is no speech verb, so scare quotes and titles in a sentence with a subject are
    attributed too (indirect/mixed detection decides whether they are quotes).
    Known failure: ``Die Polizei fand einen Zettel: „…“``.
    """

    name = "clause_subject"
    languages = None
    phase = Phase.OWN
    confidence: ClassVar[float] = 0.45
    """Low: the verb is no speech verb, so scare quotes and titles in a sentence with a subject come too."""
    governing_cue: ClassVar[float] = 0.6
    """A speech verb governs the clause the quote stands in (times the speaker weight of ``from_cue``)."""
    sentence_cue: ClassVar[float] = 0.5
    """A speech verb elsewhere in the sentence, tied to no quotation (times the speaker weight)."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        first: Attribution | None = None
        for si in ctx.touching(quote):
            sent = ctx.sentences[si]
            qwords = set(ctx.quote_words(si, quote.index))
            cues = {c.word: c for c in ctx.cues(si)}
            # The quote's attachment points: its words whose head lies outside it, or whose subject does.
            for k in sorted(qwords):
                if sent[k].upos in ("VERB", "AUX"):
                    first = _likelier(
                        ctx, first, self._subject(ctx, si, k, (sent[k].start, sent[k].end, sent[k].lemma))
                    )
                h = sent[k].head
                seen: set[int] = set()
                while 0 <= h < len(sent) and h not in seen and h not in qwords:
                    seen.add(h)
                    w = sent[h]
                    # a verb after a quotation joined to this one as the next turn is that turn's
                    # (``»…, Sali!« – »Bist du allein?« fragte dieser``)
                    if (
                        w.upos in ("VERB", "AUX")
                        and ctx.outside(si, h)
                        and not ctx.beyond_joined_turn(quote.index, w.start)
                    ):
                        if h in cues and (att := ctx.from_cue(self.name, "governing_cue", cues[h], self.governing_cue)):
                            return att
                        first = _likelier(ctx, first, self._subject(ctx, si, h, (w.start, w.end, w.lemma)))
                    h = w.head
        return self._sentence_cue(ctx, quote) or first

    def _sentence_cue(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        """A speech verb elsewhere in the quote's sentence, tied to no quotation, names the source of the whole
        sentence (``Wie Möllring erklärte, sieht die Landesregierung in dem Gesetz „kein Hindernis“``): its
        speaker outranks the subject of a verb that is no speech verb. The nearest such verb decides."""

        def unlinked(si: int, cue: Cue) -> Attribution | None:
            if ctx.linked_any(cue):
                return None
            att = ctx.from_cue(self.name, "sentence_cue", cue, self.sentence_cue)
            if att is None or att.head is None or speaker_rank(ctx.sentences[si], att.head) < GROUP_RANK:
                return None
            return att

        return ctx.nearest_cue(quote, unlinked)

    def _subject(self, ctx: Context, si: int, v: int, cue: tuple[int, int, str]) -> Attribution | None:
        sent = ctx.sentences[si]
        if _passive(sent, v):
            # ``Seine Werke werden von Musikkennern als „Meilensteine“ bezeichnet``: the agent, never the patient.
            agent_case = lexicon_words("agent_case", sent.lang)
            agents = [
                c
                for c in sent.children(v, "obl")
                if ctx.outside(si, c.index)
                and {w.text.lower() for w in sent.children(c.index, "case")} & agent_case
                and speaker_rank(sent, c.index, subject=False) > 0
            ]
            return ctx.build(self.name, "passive_agent", si, agents[0].index, cue, self.confidence) if agents else None
        subj = [c for c in sent.children(v, "nsubj") if ctx.outside(si, c.index) and speaker_rank(sent, c.index) > 0]
        if not subj:
            # ``Stoiber begründete seinen Rückzug mit einer „…“``: a name opening the sentence, tagged an adverb.
            initial = ctx.initial_name(si, v)
            return None if initial is None else ctx.build(self.name, "initial_name", si, initial, cue, self.confidence)
        # The subject an article shows, else the first of the most speaker-like.
        best = fronted_subject(sent, subj, v) or max(subj, key=lambda c: speaker_rank(sent, c.index))
        return ctx.build(self.name, "governing_verb", si, best.index, cue, self.confidence)
