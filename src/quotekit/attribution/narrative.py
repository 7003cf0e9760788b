"""The narrative-subject rule: an untagged quote right after a sentence about a person is that person's."""

from __future__ import annotations

from typing import ClassVar

from quotekit.attribution.adjacency import free_neighbour, standalone
from quotekit.attribution.context import Attribution, Context, QuoteTarget, gap_is_blank
from quotekit.attribution.dialogue import vocatives
from quotekit.attribution.mentions import PERSON_RANK, speaker_rank
from quotekit.attribution.rules import Phase
from quotekit.lexicon import words as lexicon_words

__all__ = ["NarrationBeatSieve", "NarrativeSubjectSieve"]


class NarrativeSubjectSieve:
    """A quotation that stands alone, with no speaker of its own or from the quotes around it, right after a
    sentence of the same paragraph whose main clause has a person for its subject: that person speaks it.

    News introduces a source with what they do, then quotes them: ``Oettinger will die Naturwissenschaften
    straffen. „Nicht jede Formel ist für das Leben wichtig.“`` → Oettinger; ``Sadiq Khan verurteilte die Haltung
    der Regierung. "This government …"``. Only a person (a name, a role noun, a personal pronoun) counts, never an
    organisation or a thing (a common noun counts when a tag of another quotation names it as a speaker: a tale's
    ``der Schmied``, ``der Alte``), and only within the paragraph (across a paragraph break, a novel's narration names
    the one acted on as often as the next speaker: :mod:`quotekit.attribution.dialogue`). Runs after continuation,
    whose previous speaker such a sentence would have stopped anyway. Known failure: a sentence about someone
    who is then quoted about (``Der Minister kam zu spät. „Er hat uns warten lassen“``).
    """

    name = "narrative_subject"
    languages = None
    phase = Phase.NEIGHBOURS
    confidence: ClassVar[float] = 0.4
    """Low: the verb is no speech verb."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        if not standalone(ctx, quote):
            return None
        a = quote.region[0]
        si = ctx.sentence_before(a)
        if si is None:
            return None
        sent = ctx.sentences[si]
        if "\n" in ctx.text[sent.end : a] or not free_neighbour(ctx, si, sent.end, a, ctx.lang_of(quote)):
            return None
        return _acting_subject(ctx, quote, si, self.name, self.confidence)


class NarrationBeatSieve:
    """A quotation that fills its paragraph, with no speaker from any other rule, right after a narration
    paragraph whose last sentence has a person for its main-clause subject: that person speaks it.

    Fiction sets a speaker's turn apart with what they do: ``Er beugt sich über ihre Hand und küßt sie.`` ⏎
    ``»Gute Nacht …«``; ``Der große Thienwiebel lächelte überlegen.`` ⏎ ``»Ja nun, du mußt …«``. Across the break
    the narration names the one acted on as well (``Amalie hatte sich gebückt.`` ⏎ his answer), so this runs
    last, for quotations nothing else answers, at the lowest confidence; the turn rules
    (:mod:`quotekit.attribution.dialogue`) decide a turn inside a run of turns first.
    """

    name = "narration_beat"
    languages = None
    phase = Phase.NEIGHBOURS
    confidence: ClassVar[float] = 0.3

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        if not standalone(ctx, quote) or not _fills_paragraph(ctx.text, *quote.region):
            return None
        a = quote.region[0]
        si = ctx.sentence_before(a)
        if si is None:
            return None
        sent = ctx.sentences[si]
        # the sentence ends the paragraph right before the quotation's
        if "\n" not in ctx.text[sent.end : a] or "\n" in ctx.text[sent.start : sent.end]:
            return None
        if not free_neighbour(ctx, si, sent.end, a, ctx.lang_of(quote)):
            return None
        if _answers_someone(ctx, quote):
            return None
        return _acting_subject(ctx, quote, si, self.name, self.confidence)


def _answers_someone(ctx: Context, quote: QuoteTarget) -> bool:
    """Whether the quotation turns to a hearer: a second-person word in its first sentence (``Du schüttelst den
    Kopf …``, ``you``) or a name called out anywhere in it (``No, that's enough, Freddy.``). Then the narration
    before it most often shows the listener acting and the turn answers that action, so its subject is the one
    spoken to, not the speaker."""
    touching = ctx.touching(quote)
    if not touching:
        return False
    si = touching[0]
    sent = ctx.sentences[si]
    words = ctx.quote_words(si, quote.index)
    if not words:
        return False
    # from the word list, not the tagger's features: German models tag ``du`` as first person
    second = lexicon_words("second_person", sent.lang)
    if any(sent[wi].text.casefold() in second for wi in words):
        return True
    return bool(vocatives(ctx, quote))


def _fills_paragraph(text: str, a: int, b: int) -> bool:
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return gap_is_blank(text, start, a) and gap_is_blank(text, b, len(text) if end < 0 else end)


def _acting_subject(ctx: Context, quote: QuoteTarget, si: int, sieve: str, confidence: float) -> Attribution | None:
    """The person subject of sentence ``si``'s main clause (a name, a role, a pronoun, or a common noun that
    speaks elsewhere in the text), as ``quote``'s speaker."""
    sent = ctx.sentences[si]
    for w in sent:
        if w.head != -1 or w.upos not in ("VERB", "AUX", "ADJ", "NOUN") or not ctx.outside(si, w.index):
            continue
        initial = ctx.initial_name(si, w.index)
        for c in [*sent.children(w.index, "nsubj"), *([sent[initial]] if initial is not None else [])]:
            if c.deprel == "nsubj:pass" or not ctx.outside(si, c.index):
                continue
            rank = speaker_rank(sent, c.index)
            if rank == PERSON_RANK:
                return ctx.build(sieve, "main_clause_subject", si, c.index, None, confidence)
            if rank == 1 and _speaks_elsewhere(ctx, quote, c.lemma):
                return ctx.build(sieve, "speaking_subject", si, c.index, None, confidence)
    return None


def _speaks_elsewhere(ctx: Context, quote: QuoteTarget, lemma: str) -> bool:
    """A tag of another quotation of the text names a speaker with this head noun: a character of the tale
    (``»…«, sagte der Schmied`` … ``Der Schmied spuckte aus. »…«``), though no name or listed role noun."""
    key = lemma.casefold()
    for qi in range(len(ctx.quotes)):
        if qi == quote.index:
            continue
        att = ctx.own(qi)
        if att is None or att.head is None or att.head_sentence is None:
            continue
        if ctx.sentences[att.head_sentence][att.head].lemma.casefold() == key:
            return True
    return False
