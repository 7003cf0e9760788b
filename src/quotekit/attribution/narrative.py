"""The narrative-subject rule: an untagged quote right after a sentence about a person is that person's."""

from __future__ import annotations

from typing import ClassVar

import regex

from quotekit.attribution.adjacency import free_neighbour, standalone
from quotekit.attribution.context import Attribution, Context, QuoteTarget, gap_is_blank
from quotekit.attribution.dialogue import vocatives
from quotekit.attribution.mentions import PERSON_RANK, speaker_rank
from quotekit.attribution.persons import first_name_gender, pronoun, title_gender
from quotekit.attribution.rules import Phase
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.tree import ParsedSentence

__all__ = ["NarrationBeatSieve", "NarrativeSubjectSieve"]

_FIRST_SENTENCE = regex.compile(r"[^.!?…]*")
_WORDS = regex.compile(r"\w+")
# Two verb forms of one stem share all but an ending of at most three letters (``schüttelte``/``schüttelst``).
_MIN_STEM = 5
_MAX_ENDING = 3


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
        found = _sentence_before(ctx, quote)
        if found is None:
            return None
        si, sent = found
        a = quote.region[0]
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
        before = _sentence_before(ctx, quote) if _fills_paragraph(ctx.text, *quote.region) else None
        if before is None:
            return None
        si, sent = before
        a = quote.region[0]
        # the sentence ends the paragraph right before the quotation's
        if "\n" not in ctx.text[sent.end : a] or "\n" in ctx.text[sent.start : sent.end]:
            return None
        if not free_neighbour(ctx, si, sent.end, a, ctx.lang_of(quote)):
            return None
        if _silent_beat(sent) or _echoes_beat(ctx, quote, sent):
            return None
        found = _acting_subject(ctx, quote, si, self.name, self.confidence)
        if found is None or _turns_to_actor(ctx, quote, found):
            return None
        return found


def _sentence_before(ctx: Context, quote: QuoteTarget) -> tuple[int, ParsedSentence] | None:
    """The parsed sentence right before a quotation no tag stands next to (``standalone``), with its index."""
    if not standalone(ctx, quote):
        return None
    si = ctx.sentence_before(quote.region[0])
    return None if si is None else (si, ctx.sentences[si])


def _silent_beat(sent: ParsedSentence) -> bool:
    """The beat's main verb says its subject keeps silent (``Der kleine Krebsrote schwieg wieder.``, ``verstummte``:
    ``silent_verb`` rows of ``function_words.tsv``): the turn after it is someone else's."""
    silent = lexicon_words("silent_verb", sent.lang)
    # by form as well: the tagger leaves old and strong forms unlemmatised (``schwieg``)
    return any(w.head == -1 and (w.lemma.casefold() in silent or w.text.casefold() in silent) for w in sent)


def _echoes_beat(ctx: Context, quote: QuoteTarget, beat: ParsedSentence) -> bool:
    """The quotation's first sentence names the beat's action again (``Valtin schüttelte den Kopf.`` ⏎ ``»Du
    schüttelst den Kopf. …«``): the speaker remarks on what the actor did, so the actor is the one spoken to. Read
    from the words as written (the selection rarely parses the quotation, and the tagger leaves old forms
    unlemmatised): a word sharing all but its last few letters with the beat's main verb."""
    actions = [w.text.casefold() for w in beat if w.head == -1 and w.upos == "VERB"]
    first = _FIRST_SENTENCE.match(ctx.text, quote.start, quote.end)
    if not actions or first is None:
        return False
    return any(_same_stem(a, m.group().casefold()) for a in actions for m in _WORDS.finditer(first.group()))


def _same_stem(a: str, b: str) -> bool:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k >= max(_MIN_STEM, min(len(a), len(b)) - _MAX_ENDING)


def _turns_to_actor(ctx: Context, quote: QuoteTarget, found: Attribution) -> bool:
    """The quotation calls the beat's actor by name (``Valtin schüttelte den Kopf.`` ⏎ ``»Nun sieh, Valtin, …«``): the
    narration showed the listener, and the turn answers them. For a pronoun actor, a called name whose gender
    agrees or is unknown counts as the actor (``Sie schüttelt den Kopf.`` ⏎ ``»Ich danke dir, Charlotte.«``); a name
    of the other gender does not (``Er trat näher.`` ⏎ ``»…, Charlotte …«`` is his)."""
    called = vocatives(ctx, quote)
    if not called or found.speaker is None:
        return False
    actor = ctx.text[found.speaker[0] : found.speaker[1]]
    if found.mention_kind is not MentionKind.PRONOUN:
        own = {t.casefold() for t in actor.split()}
        return any(own & {t.casefold() for t in ctx.text[s:e].split()} for s, e in called)
    info = pronoun(actor, ctx.lang_of(quote))
    for s, e in called:
        gender = next((g for t in ctx.text[s:e].split() if (g := first_name_gender(t) or title_gender(t))), None)
        if info is None or gender is None or info.gender in ("x", gender):
            return True
    return False


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
