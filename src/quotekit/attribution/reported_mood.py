"""The reported-mood rule: a quote in a German Konjunktiv-I clause carries on the last speaker reported."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from quotekit.attribution.context import Attribution, Context, QuoteTarget
from quotekit.attribution.mentions import GROUP_RANK, PERSON_RANK, is_pronoun, speaker_rank
from quotekit.attribution.rules import Phase
from quotekit.lang import profile
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import Word

__all__ = ["ReportedMoodSieve", "is_konjunktiv_i"]

_FINITE = frozenset({"VERB", "AUX"})


def is_konjunktiv_i(w: Word) -> bool:
    """A finite verb in Konjunktiv I (``sei``, ``habe``, ``gebe``), from the form as much as from the tag:
    the compact tagger calls most of them indicative. Konjunktiv II (``hätte``, ``würde``) is left out, as it
    is the mood of conditions as often as of reports."""
    low = w.text.lower()
    if low in lexicon_words("konjunktiv1"):
        return True
    if w.upos not in _FINITE or low in lexicon_words("konjunktiv2") or not low.endswith("e"):
        return False
    if w.feats.get("Mood") == "Sub":
        return True
    lemma = w.lemma.lower()
    return lemma.endswith("en") and low == lemma[:-2] + "e" and w.feats.get("Person") != "1"


class ReportedMoodSieve:
    """A quote in a clause whose own verb is Konjunktiv I, with no speech verb of its own, belongs to the last
    speaker the text reported: ``Stoiber begründete seinen Rückzug. Damit seien „der Kurs … nicht mehr so
    klar“.`` → Stoiber; ``Er bezeichnete die Pläne als „Wortbruch“. Bisher habe die Bundesregierung eine
    „zentrale Datei“ ausgeschlossen.`` → er, not die Bundesregierung.

    The last speaker is that of the nearest earlier quote or speech verb, in the quote's sentence before it or
    in the sentences before, at most :attr:`max_gap` characters back. Only for languages whose verb mood marks
    reported speech (German). Runs before ``clause_subject``, whose subject such a clause only reports on.
    Known failure: a Konjunktiv of a plan or a wish (``Er fordere, man solle …``) reads as a report too.
    """

    name = "reported_mood"
    languages = None
    phase = Phase.OWN
    max_gap: ClassVar[int] = 500
    """How far back (characters) the last speaker may stand: two or three news sentences."""
    factor: ClassVar[float] = 0.85
    """The earlier attribution's confidence times this, at most :attr:`cap`."""
    cap: ClassVar[float] = 0.6
    previous: ClassVar[float] = 0.6
    """The speaker of a speech verb in an earlier sentence."""
    previous_subject: ClassVar[float] = 0.5
    """A named person or role as the subject of an earlier sentence's main clause."""
    main_clause: ClassVar[float] = 0.5
    """A person as the subject of the main clause above the quote's Konjunktiv-I clause."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        touching = ctx.touching(quote)
        if not touching or not profile(ctx.sentences[touching[0]].lang).reported_mood:
            return None
        si = touching[0]
        sent = ctx.sentences[si]
        verbs = [w for w in sent if ctx.outside(si, w.index) and is_konjunktiv_i(w)]
        if ctx.cues(si) or not verbs:
            return None
        # ``Er habe „nicht den Eindruck …“``: a person as the clause's own subject is the clause subject's answer.
        if any(
            ctx.outside(si, c.index) and speaker_rank(sent, c.index) == PERSON_RANK
            for v in verbs
            for c in sent.children(v.index, "nsubj")
        ):
            return None
        holder = self._main_clause_person(ctx, si, verbs)
        if holder is not None:
            return holder
        found = self._last_speaker(ctx, quote, si)
        if found is None or found.speaker is None:
            return None
        return replace(
            found,
            sieve=self.name,
            rule="last_reported_speaker",
            confidence=round(min(found.confidence * self.factor, self.cap), 3),
        )

    def _main_clause_person(self, ctx: Context, si: int, verbs: list[Word]) -> Attribution | None:
        """``Gamkrelids begründete die Forderung damit, dass Saakaschwili „…“ getroffen habe``, ``Metzges ist der
        Meinung, dass die Klage „…“ verzögere``, ``Seitdem vertritt er die These, dass „…“ sei``: a Konjunktiv-I
        clause below a main clause reports the view of the main clause's subject when that is a person, whatever
        its verb; the subject of the reported clause is only talked about."""
        sent = ctx.sentences[si]
        for v in verbs:
            below, h = v.index, v.head
            seen = {v.index}
            while h >= 0 and sent[h].head >= 0 and h not in seen:
                seen.add(h)
                below, h = h, sent[h].head
            if h < 0 or h in seen or not ctx.outside(si, h):
                continue  # the Konjunktiv verb heads the sentence: the main clause is the report itself
            inner = set(sent.subtree(below))
            initial = ctx.initial_name(si, h)
            for c in [*sent.children(h, "nsubj"), *([sent[initial]] if initial is not None else [])]:
                if c.index not in inner and ctx.outside(si, c.index) and speaker_rank(sent, c.index) == PERSON_RANK:
                    return ctx.build(self.name, "main_clause_subject", si, c.index, None, self.main_clause)
        return None

    def _last_speaker(self, ctx: Context, quote: QuoteTarget, si: int) -> Attribution | None:
        a = quote.region[0]
        limit = a - self.max_gap
        # An earlier quote's final answer, or an earlier sentence's speech verb with a speaker, whichever is nearer.
        prev_quote: tuple[int, Attribution] | None = None
        for k in range(quote.index - 1, -1, -1):
            q, att = ctx.quotes[k], ctx.final[k]
            if q.region[1] < limit:
                break
            if att is not None and att.speaker is not None:
                prev_quote = (q.region[1], att)
                break
        for sj in range(si - 1, -1, -1):
            sent = ctx.sentences[sj]
            if sent.end < limit or (prev_quote is not None and sent.start <= prev_quote[0]):
                break  # the earlier quote is nearer (or in this sentence, attributed from it already)
            found = self._speaker_in(ctx, sj)
            if found is not None:
                return found
        return prev_quote[1] if prev_quote is not None else None

    def _speaker_in(self, ctx: Context, sj: int) -> Attribution | None:
        """A speech verb's speaker in sentence ``sj``, else the person its main clause is about (``nahm
        Christian Wulff zu der Frage Stellung``): news introduces the source before reporting them."""
        sent = ctx.sentences[sj]
        for cue in reversed(ctx.cues(sj)):
            att = ctx.from_cue(self.name, "previous_cue", cue, self.previous)
            if att is not None and att.head is not None and speaker_rank(sent, att.head) >= GROUP_RANK:
                return att
        for w in sent:
            if w.head != -1 or w.upos not in _FINITE or not ctx.outside(sj, w.index):
                continue
            initial = ctx.initial_name(sj, w.index)
            for c in [*sent.children(w.index, "nsubj"), *([sent[initial]] if initial is not None else [])]:
                if (
                    ctx.outside(sj, c.index)
                    and speaker_rank(sent, c.index) == PERSON_RANK
                    and not is_pronoun(c, sent.lang)
                ):
                    return ctx.build(self.name, "previous_subject", sj, c.index, None, self.previous_subject)
        return None
