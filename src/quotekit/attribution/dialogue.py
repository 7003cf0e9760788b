"""Dialogue: quotations as turns of a conversation, and who each turn speaks to (issue 15, literary text).

A *turn* is a paragraph that holds quotations. In a novel's dialogue an untagged turn is rarely the previous
speaker again (the continuation rule's answer) but the other party of a running exchange: in the Project
Dialogism Novel Corpus the speaker two turns back is right for 85 % of the untagged turns that follow two turns
of different speakers (96 % when only paragraph breaks lie between). A name addressed in the previous turn
(``"Look, Anne, …"``) is the likely next speaker. A tag after an untagged run fixes it backwards by parity. (The
subject of a narration paragraph right before an untagged turn is its speaker for about a third of such PDNC turns
and its listener about as often; it is not used.) A party that no tag or address of its run names is the
speaking character that the narration opening the run names (:func:`scene_character`).

:class:`TurnTakingSieve` is a rule of the ``NEIGHBOURS`` phase and runs before continuation,
:class:`SceneCharacterSieve` after every other quotation rule; :func:`vocatives`
and :func:`find_addressees` say who a quotation is addressed to (``Quote.addressee``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import ClassVar

import regex

from quotekit.attribution.context import Attribution, Context, QuoteTarget, joined_turn, opens_turn
from quotekit.attribution.mentions import is_pronoun
from quotekit.attribution.name_evidence import lower_case_words
from quotekit.attribution.own_tags import OWN_TAG_SIEVES
from quotekit.attribution.persons import (
    first_name_gender,
    is_title,
    narration_pronoun_gender,
    pronoun,
    title_gender,
)
from quotekit.attribution.resolution import DIALOGUE_EXCHANGES
from quotekit.attribution.rules import Phase
from quotekit.lang import profile
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.scanner import mark_class, quote_marks
from quotekit.tree import ParsedSentence, Word

__all__ = [
    "JoinedTurnSieve",
    "SceneCharacterSieve",
    "TurnTakingSieve",
    "find_addressees",
    "scene_character",
    "vocatives",
]

# Punctuation around a vocative inside a quotation: ``Oh, Mr. Beebe,`` ``Look, Anne, …`` ``…, Gretchen!``
_VOCATIVE_BEFORE = frozenset({",", ";", "—", "–", "-", "!", "?", "."})
_VOCATIVE_AFTER = frozenset({",", "!", "?", ".", ";", "—", "–", "-", "…", ":"})
_MAX_VOCATIVE = 3
# Narration after a quotation that ended its sentence, opening with a capital: a new sentence of its own (a
# beat, ``"That's all I want!" And the young girl began to laugh``), not a tag (``"…," he said``).
_SENTENCE_END = regex.compile(r"[.!?…][\W_]*$")
_BEAT = regex.compile(r"\s+\p{Lu}")
# A comma or colon right before a quotation's opening mark: the narration introduces a whole utterance.
_INTRODUCED = regex.compile(r"[,:][ \t\n]*\Z")
# Answers of this rule that say the speaker is someone the text does not name here.
_NOT_PREVIOUS = "not_the_previous_speaker"
_UNNAMED_RULES = frozenset({"not_the_addressee", _NOT_PREVIOUS})
# Turn-taking answers that carry a party a tag named in the same exchange (alternation, also across one beat;
# parity from a later tag): :meth:`TurnTakingSieve._other_party` carries them, and own tags, across narration; no
# other guess. Redewiedergabe's one other-party chain (eight of Thienwiebel's turns) starts from an alternation
# across a beat.
_PARITY_RULES = frozenset({"two_turns_back", "across_beat", "later_turn", "named_later_turn", "named_pair"})
# Turn-taking answers whose party evidence of the exchange gave (a vocative, parity from a later tag): a source of
# alternation as good as an own tag (:meth:`TurnTakingSieve._weak_source`).
_EVIDENCE_RULES = frozenset({"addressed", "addressed_in_exchange", "later_turn", "named_later_turn"})
# Sieves that guess a party from the narration or the quotation before, not from a tag of the turn itself.
_GUESS_SIEVES = frozenset({"scene_character", "continuation"})
# The rule that gives a quotation the person subject of the sentence before it in its paragraph
# (:class:`quotekit.attribution.narrative.NarrativeSubjectSieve`; that module imports this one).
_BEAT_SIEVE = "narrative_subject"
# A beat that opens a paragraph: one short sentence and nothing else before the quotation (``Grete lachte. »…«``).
_BEAT_LEAD = regex.compile(r"[^\n.!?…]{1,120}[.!?…][ \t]*")


class TurnTakingSieve:
    """An untagged quotation that opens its paragraph takes the speaker the conversation gives it.

    A turn is a paragraph that opens with a quotation, or whose quotation follows its own tag (``She exclaimed,
    "…"``). In this order: (1) the name the previous turn addressed (``"Look, Anne, …"`` ⏎ ``"…"`` → Anne); (2)
    while a two-party exchange runs (the two turns before are the paragraphs right before, by different
    speakers), the speaker of two turns back; (3) parity backwards: the speaker of the first later turn with a
    tag of its own an even number of turns ahead, in an unbroken run of turns (``"…" ⏎ "…" ⏎ "…," said Anne.``
    → Anne for the first); (4) the name the other party addresses in its other turns of the run (``"Of the
    ball, Lizzy, …"`` three turns ahead → Lizzy); (5) in a dialogue, after X's turn, a character the narration
    opening the run names (:func:`scene_character`), else the latest other speaker (never X: no speaker rather
    than continuation's X). A narration paragraph resets the exchange: then only (3), (4) and, in a dialogue,
    the character that narration names, or, after one narration paragraph that names no other speaking character,
    the speaker of the turn before the last (:meth:`_across_beat`) may answer. Alternation carried from a pronoun
    tag gives way to parity from a later name tag; alternation carried from a nominal tag or a guess gives way to a
    pair of adjacent turns further on tagged with two names (:meth:`_from_named_pair`). A party no tag names may be
    named up to :data:`SCENE_PARAGRAPHS` narration paragraphs before the run or in the one that closes it
    (:func:`closing_character`), be the first new name that tags a quotation within a few paragraphs after the run
    (:func:`tagged_after_run`), or, in a dialogue, be the subject pronoun of the other gender that opens a sentence
    of the narration before the run (:func:`narration_pronoun`). A quotation that addresses the previous speaker by name
    (``"Down by the brook, Marilla."``) is not that speaker's: it gets no speaker rather than continuation's
    answer, and the turn after it goes back to the previous speaker.

    English: ``"Where?" asked Anne. ⏎ "In the garden," said Marilla. ⏎ "Alone?"`` → Anne. German:
    ``»Wohin?« fragte Anne. ⏎ »In den Garten«, sagte Marilla. ⏎ »Allein?«`` → Anne. Known failure: a third
    character joins the exchange without a tag; two people of one name-less kind (``he`` … ``he``) count as two
    speakers.
    """

    name = "turn_taking"
    languages = None
    phase = Phase.NEIGHBOURS
    addressed: ClassVar[float] = 0.55
    """The name the previous turn addressed."""
    alternation: ClassVar[float] = 0.6
    """Cap on the confidence of the speaker two turns back (its own confidence times :attr:`factor`)."""
    factor: ClassVar[float] = 0.8
    min_exchanges: ClassVar[int] = DIALOGUE_EXCHANGES
    """Adjacent tagged turns by different speakers that make a document a dialogue (:meth:`_is_dialogue`)."""
    min_untagged_pairs: ClassVar[int] = 1
    """Adjacent untagged turns that make a document a dialogue (:meth:`_is_dialogue`)."""
    other_party: ClassVar[float] = 0.45
    """Cap on the confidence of the other party across narration (:meth:`_other_party`)."""
    other_party_turns: ClassVar[int] = 6
    other_party_window: ClassVar[int] = 8
    """Turns and paragraphs back the other party may have last spoken."""
    exchange: ClassVar[float] = 0.5
    """The name the other party addresses in its other turns (:meth:`_addressed_in_exchange`)."""
    exchange_turns: ClassVar[int] = 5
    later_turns: ClassVar[int] = 4
    """Turns ahead whose own tags may give a turn its speaker by parity (:meth:`_from_later_turns`)."""
    pair_turns: ClassVar[int] = 8
    """Turns ahead where a pair of name-tagged turns may fix a run's parity (:meth:`_from_named_pair`)."""
    source_turns: ClassVar[int] = 16
    """Turns back the chain of alternation is walked to its source (:meth:`_weak_source`)."""
    neighbour_turns: ClassVar[int] = 4
    """Turns each way read for the two parties of a run (:meth:`fill_from_neighbours`)."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        if not opens_turn(ctx, quote) or _tagged_later_in_paragraph(ctx, quote):
            return None
        if _tag_after(ctx, quote) and _previous_carries(ctx, quote):
            # a tag no rule could read (``»…«, war seine kühle Antwort``): continuation's case, unless the turn
            # before has nobody for it to carry on
            return None
        turns = _previous_turns(ctx, quote)
        addressed_here = vocatives(ctx, quote)
        if not turns or turns[0][0] != quote.paragraph - 1 or not _is_turn(ctx, turns[0][1]):
            # a narration paragraph lies between, or the paragraph before is narration with a quotation inside
            # (no turn of a dialogue): the exchange reset, and only the turns after this one may say who speaks
            return (
                self._from_later_turns(ctx, quote, None, addressed_here)
                or self._addressed_in_exchange(ctx, quote, None, addressed_here)
                or self._from_named_pair(ctx, quote, addressed_here)
                or self._opening_scene(ctx, quote, addressed_here)
                or self._across_beat(ctx, quote, addressed_here)
            )
        parts = _joined_parts(ctx, turns[0][1])
        last = _speaker_of_turn(ctx, parts[-1])
        found = self._addressed(ctx, parts[-1], last, addressed_here)
        if len(parts) > 1:
            # the paragraph before holds joined turns (``»…« – »…«``): its last two parties alternate
            two_back, before_last = True, parts[-2]
        else:
            two_back = len(turns) == 2 and turns[1][0] == turns[0][0] - 1 and _is_turn(ctx, turns[1][1])
            before_last = turns[1][1] if two_back else []
        if found is None and two_back:
            # alternation that would carry a party no tag of the run fixed (a nominal tag, the narration's
            # character, a guess) gives way to two adjacent turns further on tagged with two names
            found = (
                self._from_named_pair(ctx, quote, addressed_here) if self._weak_source(ctx, quote, parts) else None
            ) or self._alternation(ctx, last, _speaker_of_turn(ctx, before_last, unknown=True), addressed_here)
            if found is not None and found.speaker is None and last is not None:
                # two turns back spoke a party no tag names: the narration that opened the scene may name them
                found = self._unnamed_party(ctx, quote, last, addressed_here, found.rule, later=True)
            found = self._named_later_over_pronoun(ctx, quote, last, found, addressed_here)
        if found is None and (last is None or last.speaker is None or self._in_dialogue(ctx)):
            # news runs one speaker's quotations over several paragraphs: after a turn with a speaker, parity
            # from the turns ahead needs a dialogue
            found = self._from_later_turns(ctx, quote, last, addressed_here)
        if found is None:
            found = self._addressed_in_exchange(ctx, quote, last, addressed_here)
        if found is None and last is not None and last.speaker is not None and self._in_dialogue(ctx):
            # In a novel's dialogue an untagged turn right after X's turn is almost never X's again (16 of about
            # 800 such PDNC turns), while news often runs one speaker's quotations over several paragraphs.
            found = (
                self._from_named_pair(ctx, quote, addressed_here)
                or scene_character(ctx, quote, [last.speaker, *addressed_here])
                or self._other_party(ctx, quote, last, addressed_here)
                or self._unnamed_party(ctx, quote, last, addressed_here, _NOT_PREVIOUS)
            )
        if found is None and last is not None and last.speaker is not None and _asks_someone(ctx, parts[-1]):
            found = self._answer(ctx, quote, last, addressed_here)
        if found is None and last is not None and _names_any(ctx, last.speaker, addressed_here):
            # ``"Down by the brook, Marilla."`` after Marilla's question: whoever speaks, it is not the person
            # addressed, so the previous speaker does not carry on (continuation would say so).
            return self._unnamed_party(ctx, quote, last, addressed_here, "not_the_addressee")
        return found

    def fill_from_neighbours(self, ctx: Context) -> None:
        """After every quotation is answered, a turn still without a speaker takes the party of its run that
        speaks an even number of turns away: in a dialogue, when the turns of its unbroken run within
        :attr:`neighbour_turns` each way that have a speaker name exactly two parties, one at even distances and
        the other at odd ones (``"…" ⏎ "…," said Jane. ⏎ "…" ⏎ "…" ⏎ "…," said Elizabeth.`` → Elizabeth for
        the third, whose run was answered only later, by a tag after it). It runs after the chain because the
        turns after this one get their answers later (PDNC: 3 implicit turns right of 6 that had no speaker,
        none lost). Never a name this turn addresses."""
        if not ctx.quotes or not self._in_dialogue(ctx):
            return
        # paragraphs of quotations, in text order, read once: the pass is linear in the number of quotations
        groups = _group_turns(ctx, range(len(ctx.quotes)), -1, len(ctx.quotes))
        turns = [(p, quotes) if opens_turn(ctx, ctx.quotes[quotes[0]]) else (p, []) for p, quotes in groups]
        # the answers before this pass: a turn it fills does not vouch for another
        speakers = [_speaker_of_turn(ctx, quotes) if quotes else None for _, quotes in turns]
        for k, (_, quotes) in enumerate(turns):
            if not quotes or speakers[k] is not None:
                continue
            party = _even_party(ctx, turns, speakers, k, self.neighbour_turns)
            if party is None or _names_any(ctx, party.speaker, vocatives(ctx, ctx.quotes[quotes[0]])):
                continue
            found = replace(
                party,
                sieve=self.name,
                confidence=round(min(party.confidence * self.factor, self.alternation), 3),
                rule="neighbour_parity",
            )
            for j in quotes:
                att = ctx.final[j]
                if att is None or att.speaker is None:
                    ctx.final[j] = found

    def _answer(
        self, ctx: Context, quote: QuoteTarget, last: Attribution, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """Outside a dialogue, the turn right after a question put to someone (:func:`_asks_someone`) is its
        answer, by someone else (PDNC passages with too few exchanges to count as a dialogue: continuation gave the
        asker): the scene's character, the other party, or a party no tag names; when none is found, nothing
        (continuation answers as before)."""
        found = scene_character(ctx, quote, [last.speaker, *addressed_here]) or self._other_party(
            ctx, quote, last, addressed_here
        )
        if found is None:
            unnamed = self._unnamed_party(ctx, quote, last, addressed_here, _NOT_PREVIOUS)
            found = unnamed if unnamed.speaker is not None else None
        return found

    def _named_later_over_pronoun(
        self,
        ctx: Context,
        quote: QuoteTarget,
        last: Attribution | None,
        found: Attribution | None,
        addressed_here: list[tuple[int, int]],
    ) -> Attribution | None:
        """Alternation carried from a pronoun tag (``"…" she said`` two turns back) gives way to parity from a
        later turn of the run tagged with a name (``"…," said Anne.`` an even number of turns ahead): a novel's
        name tags are right far more often than its pronoun tags are resolved, and both fix the same party."""
        if found is None or found.speaker is None or found.mention_kind != MentionKind.PRONOUN:
            return found
        later = self._from_later_turns(ctx, quote, last, addressed_here)
        if later is None or later.mention_kind != MentionKind.NAME:
            return found
        return replace(later, rule="named_later_turn")

    def _unnamed_party(
        self,
        ctx: Context,
        quote: QuoteTarget,
        last: Attribution,
        addressed_here: list[tuple[int, int]],
        rule: str,
        *,
        later: bool = False,
    ) -> Attribution:
        """The party of a turn that is not the previous speaker and that no earlier tag names: with ``later``,
        parity from the turns ahead; a speaking character named in the narration paragraphs before the run; the
        first name that tags a quotation after the run and is none of its parties; a speaking character named in
        the narration that closes the run; in a dialogue, the subject pronoun of the narration before the run, then
        the name the first words of the turn after the run call (:func:`addressed_after_run`); else an answer
        without a speaker (``rule``), which keeps continuation off. The tag after the run goes before the closing
        narration: a party that joins untagged is named when it speaks again, while the closing narration often
        mentions a character who is only passing by (PDNC: 3 implicit answers right that were wrong, none lost)."""
        exclude = [last.speaker, *addressed_here]
        found = self._from_later_turns(ctx, quote, last, addressed_here) if later else None
        found = found or scene_character(ctx, quote, exclude, paragraphs=SCENE_PARAGRAPHS)
        if found:
            return found
        # the run's parties and last quotation, read by the tag after the run and the address after it alike
        parties, run_end = _run_parties(ctx, quote, exclude)
        return (
            tagged_after_run(ctx, parties, run_end)
            or closing_character(ctx, quote, exclude)
            or (narration_pronoun(ctx, quote, last) if self._in_dialogue(ctx) else None)
            or (addressed_after_run(ctx, parties, run_end) if self._in_dialogue(ctx) else None)
            or Attribution(None, MentionKind.NAME, None, self.name, self.alternation, rule=rule)
        )

    def _across_beat(
        self, ctx: Context, quote: QuoteTarget, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """One narration paragraph between two turns of a running exchange (``"…" ⏎ "…" ⏎ He held out his hand.
        She pretended not to see it. ⏎ "…"``): a beat inside the conversation, which goes on by alternation (the
        speaker of the turn before the last), unless the beat names another speaking character (who may join).
        Only in a dialogue; never anyone addressed here."""
        turns = _previous_turns(ctx, quote)
        p = quote.paragraph
        if len(turns) < 2 or turns[0][0] != p - 2 or turns[1][0] != p - 3 or not self._in_dialogue(ctx):
            return None
        if not (_is_turn(ctx, turns[0][1]) and _is_turn(ctx, turns[1][1])):
            return None
        last = _speaker_of_turn(ctx, turns[0][1], unknown=True)
        found = self._alternation(ctx, last, _speaker_of_turn(ctx, turns[1][1], unknown=True), addressed_here)
        if found is None or found.speaker is None:
            return None
        parties = [found.speaker, *([last.speaker] if last is not None and last.speaker is not None else [])]
        if _beat_names_other(ctx, quote, parties):
            return None
        return replace(found, confidence=round(found.confidence * self.factor, 3), rule="across_beat")

    def _opening_scene(
        self, ctx: Context, quote: QuoteTarget, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """The first turn after narration, in a dialogue: the character that narration names (never the next
        turn's own speaker, nor anyone addressed here)."""
        if not self._in_dialogue(ctx):
            return None
        exclude: list[tuple[int, int] | None] = list(addressed_here)
        later = _later_turns(ctx, quote, 1)
        if later and later[0][0] == quote.paragraph + 1:
            nxt = _own_speaker(ctx, later[0][1])
            exclude.append(nxt.speaker if nxt is not None else None)
        return scene_character(ctx, quote, exclude)

    def _addressed_in_exchange(
        self, ctx: Context, quote: QuoteTarget, last: Attribution | None, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """The name the other party of a two-party exchange addresses in its other turns (``"Oh, Jane, …"`` three
        turns back or one turn ahead): it talks to this turn's speaker. Only turns an odd number of paragraphs away
        in an unbroken run of turns, nearest first, within :attr:`exchange_turns` each way; never a name that
        speaks that turn, the previous turn's speaker, or a name addressed here."""
        p = quote.paragraph
        others: list[tuple[int, list[int], Attribution | None]] = []
        for i, (tp, turn) in enumerate(_previous_turns(ctx, quote, limit=self.exchange_turns)):
            if tp != p - 1 - i or not _is_turn(ctx, turn):
                break
            if i % 2 == 0:
                others.append((i + 1, turn, _speaker_of_turn(ctx, turn)))
        for i, (tp, turn) in enumerate(_later_turns(ctx, quote, self.exchange_turns)):
            if tp != p + 1 + i or not _is_turn(ctx, turn):
                break
            if i % 2 == 0:
                others.append((i + 1, turn, _own_speaker(ctx, turn)))
        previous = last.speaker if last is not None else None
        for _d, turn, att in sorted(others, key=lambda o: o[0]):
            for qi in turn:
                for span in vocatives(ctx, ctx.quotes[qi]):
                    if att is not None and _same_words(ctx, att.speaker, span):
                        continue
                    if _same_words(ctx, previous, span) or _names_any(ctx, span, addressed_here):
                        continue
                    return Attribution(
                        span, MentionKind.NAME, None, self.name, self.exchange, rule="addressed_in_exchange"
                    )
        return None

    def _addressed(
        self, ctx: Context, last_turn: Sequence[int], last: Attribution | None, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """The name the previous turn addressed, unless it is that turn's own speaker or addressed here."""
        for qi in last_turn:
            for span in vocatives(ctx, ctx.quotes[qi]):
                if last is not None and _same_words(ctx, last.speaker, span):
                    continue
                if _names_any(ctx, span, addressed_here):
                    continue
                return Attribution(span, MentionKind.NAME, None, self.name, self.addressed, rule="addressed")
        return None

    def _from_later_turns(
        self, ctx: Context, quote: QuoteTarget, last: Attribution | None, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """Parity backwards: in an exchange of turns in adjacent paragraphs, the speaker of the first later turn
        with a tag of its own, when an even number of turns lies between (``"…" ⏎ "…" ⏎ "…," said Anne.`` → Anne
        for the first). An odd number says who does not speak; then the next tagged turn after it with another
        speaker, an even number of turns away, does. Never the previous turn's speaker, nor anyone addressed
        here."""
        tagged: list[tuple[int, Attribution]] = []
        p = quote.paragraph
        for d, turn in enumerate(_later_turns(ctx, quote, self.later_turns), start=1):
            if turn[0] != p + d or not _is_turn(ctx, turn[1]):
                break  # narration ends the exchange
            att = _own_speaker(ctx, turn[1])
            if att is not None:
                tagged.append((d, att))
        if not tagged:
            return None
        d, att = tagged[0]
        if d % 2 == 1:
            other = next(((d2, a) for d2, a in tagged[1:] if not _same_words(ctx, a.speaker, att.speaker)), None)
            if other is None or other[0] % 2 == 1:
                return None
            d, att = other
        previous = last.speaker if last is not None else None
        if _names_any(ctx, att.speaker, addressed_here) or _same_words(ctx, previous, att.speaker):
            return None  # addressed here, or the previous turn's speaker: a third party joined
        return replace(
            att,
            sieve=self.name,
            confidence=round(min(att.confidence * self.factor ** (d // 2), self.alternation), 3),
            rule="later_turn",
        )

    def _from_named_pair(
        self, ctx: Context, quote: QuoteTarget, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """Parity from a pair: two adjacent later turns of the unbroken run, each tagged with a name of its own and
        the names different (``"…," laughed Robert. ⏎ "…," echoed Mariequita.``), within :attr:`pair_turns`, give
        the run its two parties; this turn's is the one an even number of turns away. Stronger than a chain of
        alternation from a nominal tag or a guess (PDNC: such chains had both parties of a run wrong). Never
        anyone addressed here. Only in a dialogue: news tags most paragraphs it quotes, and its untagged quotations
        go on with the speaker before them."""
        if not self._in_dialogue(ctx):
            return None
        p = quote.paragraph
        own: list[Attribution | None] = []
        for d, turn in enumerate(_later_turns(ctx, quote, self.pair_turns + 1), start=1):
            if turn[0] != p + d or not _is_turn(ctx, turn[1]):
                break  # narration ends the exchange
            att = _own_speaker(ctx, turn[1])
            own.append(att if att is not None and att.mention_kind == MentionKind.NAME else None)
            if len(own) < 2:
                continue
            first, second = own[-2], own[-1]
            if first is None or second is None or _same_words(ctx, first.speaker, second.speaker):
                continue
            # the pair is turns d - 1 and d: the one an even number of turns ahead speaks this turn
            dist, att = (d - 1, first) if (d - 1) % 2 == 0 else (d, second)
            if _names_any(ctx, att.speaker, addressed_here):
                return None
            return replace(
                att,
                sieve=self.name,
                confidence=round(min(att.confidence * self.factor ** (dist // 2), self.alternation), 3),
                rule="named_pair",
            )
        return None

    def _weak_source(self, ctx: Context, quote: QuoteTarget, parts: Sequence[Sequence[int]]) -> bool:
        """The party alternation would carry to this turn (two turns back, and through the chain of alternation
        behind it, within :attr:`source_turns`) came from no tag naming or pronouning the speaker of its own turn
        and from no address or later tag: a nominal tag, the narration's character, continuation, another guess
        of this rule, or nobody. Not for joined turns in one paragraph (``»…« – »…«``), whose parity is their own."""
        if len(parts) > 1 or not self._in_dialogue(ctx):
            return False  # outside a dialogue no pair is read: the walk back would be wasted
        p = quote.paragraph
        turns = _previous_turns(ctx, quote, limit=self.source_turns)
        for i in range(1, len(turns), 2):
            if turns[i][0] != p - 1 - i or turns[i - 1][0] != p - i or not _is_turn(ctx, turns[i][1]):
                return False  # the chain leaves the run: nothing to judge it by
            att = _speaker_of_turn(ctx, turns[i][1], unknown=True)
            if att is None or att.speaker is None:
                return True
            if att.sieve == self.name and att.rule == "two_turns_back":
                continue
            if att.mention_kind == MentionKind.NOMINAL or att.sieve in _GUESS_SIEVES:
                return True
            return att.sieve == self.name and att.rule not in _EVIDENCE_RULES
        return False

    def _in_dialogue(self, ctx: Context) -> bool:
        return ctx.document_flag(
            f"{self.name}:dialogue:{self.min_exchanges}:{self.min_untagged_pairs}", lambda: self._is_dialogue(ctx)
        )

    def _is_dialogue(self, ctx: Context) -> bool:
        """The document holds a dialogue: at least :attr:`min_exchanges` pairs of adjacent turns whose own tags
        name different speakers, or :attr:`min_untagged_pairs` pairs of adjacent turns neither of which has a
        speaker of its own (none of the PolNeAR news articles has either: news tags nearly every paragraph it
        quotes, a novel's dialogue runs on untagged)."""
        exchanges = untagged = 0
        seen = -1
        prev: tuple[int, tuple[int, int] | None] | None = None
        for q in ctx.quotes:
            if q.paragraph == seen:
                continue
            seen = q.paragraph
            if not opens_turn(ctx, q):
                continue
            own = ctx.own(q.index)
            here = own.speaker if own is not None else None
            if prev is not None and prev[0] == q.paragraph - 1:
                if here is not None and prev[1] is not None:
                    exchanges += not _same_words(ctx, prev[1], here)
                untagged += here is None and prev[1] is None
                if exchanges >= self.min_exchanges or untagged >= self.min_untagged_pairs:
                    return True
            prev = (q.paragraph, here)
        return False

    def _other_party(
        self, ctx: Context, quote: QuoteTarget, last: Attribution, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """The latest earlier speaker other than the previous turn's, when narration broke the exchange or the
        previous turns were one speaker's: the party the previous speaker was talking with. Only turns that
        open their paragraph count, within :attr:`other_party_window` paragraphs, and only a party the turn's
        own tag or the exchange's alternation (:data:`_PARITY_RULES`) gave: a turn whose party another rule
        guessed is passed over for the one before it."""
        for p, turn in _previous_turns(ctx, quote, limit=self.other_party_turns)[1:]:
            if quote.paragraph - p > self.other_party_window:
                break
            if not opens_turn(ctx, ctx.quotes[turn[0]]):
                continue
            att = _speaker_of_turn(ctx, turn)
            if att is None or att.speaker is None or _same_words(ctx, att.speaker, last.speaker):
                continue
            if _names_any(ctx, att.speaker, addressed_here):
                return None
            if att.sieve not in OWN_TAG_SIEVES and not (att.sieve == self.name and att.rule in _PARITY_RULES):
                # a party some rule guessed for that turn (the name addressed before it, the narration's
                # character, the other party again) is not carried across narration: on PDNC such sources gave
                # no right answer; the turn before it whose party a tag or the exchange fixed may
                continue
            if att.mention_kind == MentionKind.PRONOUN and _same_words(ctx, att.speaker, last.speaker):
                continue
            return replace(
                att,
                sieve=self.name,
                confidence=round(min(att.confidence * self.factor, self.other_party), 3),
                rule="other_party",
            )
        return None

    def _alternation(
        self, ctx: Context, one: Attribution | None, two: Attribution | None, addressed_here: list[tuple[int, int]]
    ) -> Attribution | None:
        """The speaker of two turns back, when the last two turns had different speakers."""
        if two is not None and two.speaker is None and one is not None:
            # two turns back spoke someone the text does not name: that person again, still unnamed
            return Attribution(None, MentionKind.NAME, None, self.name, self.alternation, rule="not_the_addressee")
        if two is None or two.speaker is None or _names_any(ctx, two.speaker, addressed_here):
            return None
        if one is not None and _same_words(ctx, one.speaker, two.speaker):
            return None
        return replace(
            two,
            sieve=self.name,
            confidence=round(min(two.confidence * self.factor, self.alternation), 3),
            rule="two_turns_back",
        )


_JOINED_LOOKBACK = 6
"""Quotations one turn inside a paragraph may hold (a tag splits one: ``»…« fragte dieser, »…«``)."""


class JoinedTurnSieve:
    """An untagged quotation joined to the one before it in its paragraph (:func:`joined_turn`) is the other
    party's turn: the name the quotation before addresses (``»…, Sali!« – »Bist du allein?«`` → Sali), else, in a
    chain of joined turns, the speaker two quotations back when it differs from the previous one's (``– »A« – »B«
    – »A again«``). Else no answer, and continuation does not carry the previous speaker on across the join.

    Runs after the turn rules and before continuation. English novels give each turn a paragraph (PDNC's dev gold
    has no joined quotations), and news quotes one source in quotations one after another after narration, which
    :func:`joined_turn` does not join.
    """

    name = "joined_turn"
    languages = None
    phase = Phase.NEIGHBOURS
    addressed: ClassVar[float] = 0.5
    alternation: ClassVar[float] = 0.5
    """Cap on the confidence of the speaker two quotations back (its own times :attr:`TurnTakingSieve.factor`)."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        i = quote.index
        if not joined_turn(ctx, i):
            return None
        before = ctx.final[i - 1]
        previous = before.speaker if before is not None else None
        addressed_here = vocatives(ctx, quote)
        for span in vocatives(ctx, ctx.quotes[i - 1]):
            if _same_words(ctx, previous, span) or _names_any(ctx, span, addressed_here):
                continue
            return Attribution(span, MentionKind.NAME, None, self.name, self.addressed, rule="joined_addressed")
        # the start of the previous turn: it may hold several quotations (``»…« fragte dieser, »…«``)
        k = i - 1
        while (
            k > max(0, i - _JOINED_LOOKBACK)
            and not joined_turn(ctx, k)
            and ctx.quotes[k - 1].paragraph == quote.paragraph
        ):
            k -= 1
        if previous is None or not joined_turn(ctx, k):
            return None
        two = ctx.final[k - 1]
        if two is None or two.speaker is None or _same_words(ctx, two.speaker, previous):
            return None
        if _names_any(ctx, two.speaker, addressed_here):
            return None
        conf = round(min(two.confidence * TurnTakingSieve.factor, self.alternation), 3)
        return replace(two, sieve=self.name, confidence=conf, rule="joined_alternation")


class SceneCharacterSieve:
    """An untagged turn of a dialogue that no other rule answered: a speaking character named in the narration
    that opens its run of turns (:func:`scene_character`).

    ``Miss Lavish bristled.`` ⏎ ``"Most certainly I have."`` → Miss Lavish, when Miss Lavish tags a quotation
    somewhere in the text. Runs last among the quotation rules, and only in a document that holds a dialogue
    (:meth:`TurnTakingSieve._is_dialogue`; no news article of the dev sets does).
    """

    name = "scene_character"
    languages = None
    phase = Phase.NEIGHBOURS

    def __init__(self) -> None:
        self._turns = TurnTakingSieve()

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        if not opens_turn(ctx, quote) or _tagged_later_in_paragraph(ctx, quote):
            return None
        if not self._turns._in_dialogue(ctx):
            return None
        exclude: list[tuple[int, int] | None] = list(vocatives(ctx, quote))
        turns = _previous_turns(ctx, quote, limit=1)
        if turns and turns[0][0] == quote.paragraph - 1:
            last = _speaker_of_turn(ctx, turns[0][1])
            exclude.append(last.speaker if last is not None else None)
        later = _later_turns(ctx, quote, 1)
        if later and later[0][0] == quote.paragraph + 1:
            nxt = _own_speaker(ctx, later[0][1])
            exclude.append(nxt.speaker if nxt is not None else None)
        return scene_character(ctx, quote, exclude, paragraphs=SCENE_PARAGRAPHS)


_SCENE_TURNS = 12
"""Turns back to the narration that opens a run: further back, the scene it names is no longer this one."""
_NAME_WORD = regex.compile(r"\p{Lu}\p{L}+")
_SCENE_CONFIDENCE = 0.4
SCENE_PARAGRAPHS = 3
"""Narration paragraphs before a run that :func:`scene_character` reads where no other answer is left."""


def scene_character(
    ctx: Context,
    quote: QuoteTarget,
    exclude: Sequence[tuple[int, int] | None],
    *,
    paragraphs: int = 1,
) -> Attribution | None:
    """The first character named in the narration paragraph right before the unbroken run of turns that holds
    the quote, other than those in ``exclude`` (the party the run's turns already name, anyone addressed here);
    with ``paragraphs`` > 1, the nearest of that many paragraphs before the run that names one.

    A character is a name that tags a quotation of the text as its speaker (``said Darcy``): a narration
    paragraph that opens a dialogue names who takes part in it (``Jane then took it from her pocket-book``), and
    a turn whose party no tag or address names is most often theirs (on PDNC about two in three such turns)."""
    names = ctx.document_value("scene_character:names", lambda: _speaking_names(ctx))
    if not names:
        return None
    first = _run_start(ctx, quote)
    if first is None:
        return None  # a run this long has left the narration that opened it behind
    line = ctx.text.rfind("\n", 0, first.region[0]) + 1
    j = first.index - 1  # the quotations before the run's first, walked back with the paragraphs
    for k in range(paragraphs):
        before = _paragraph_before(ctx, line, j)
        if before is None:
            return None
        line, end, quoted, j = before
        found = _named_in(ctx, (line, end), quoted, names, exclude, "earlier_narration" if k else "scene_narration")
        if found is not None:
            return found
    return None


_PRONOUN_CONFIDENCE = 0.35
# A sentence end and space right before a word: the word opens a sentence.
_AFTER_SENTENCE = regex.compile(r"[.!?…][)" + mark_class(quote_marks().closing) + r"]{0,2}\s{1,3}\Z")
_WORD = regex.compile(r"\w+")


def narration_pronoun(ctx: Context, quote: QuoteTarget, last: Attribution) -> Attribution | None:
    """A third-person singular pronoun of the other gender than the previous speaker's that opens a sentence of the
    narration paragraph right before the quote's unbroken run of turns: the other party of a two-person scene that
    the narration names only by pronoun (``They left the pool. He waited for her to speak.`` ⏎ ``"Emerson was the
    name," she said.`` ⏎ ``"What name?"`` → ``He``), left to resolution. Only a pronoun that opens a sentence: the
    one the sentence is about, not someone it mentions on the way (``… as he had said``, ``her mother``). Known
    failure: a scene of two women or of two men, whose other party this cannot tell."""
    lang = ctx.lang_of(quote)
    gender = _speaker_gender(ctx, last, lang)
    if gender not in ("m", "f"):
        return None
    first = _run_start(ctx, quote)
    if first is None:
        return None
    before = _paragraph_before(ctx, ctx.text.rfind("\n", 0, first.region[0]) + 1, first.index - 1)
    if before is None:
        return None
    line, end, quoted, _ = before
    # the narration between the quotations of that paragraph
    bounds = [line, *(x for a, b in reversed(quoted) for x in (a, b)), end]
    for k in range(0, len(bounds), 2):
        for m in _WORD.finditer(ctx.text, bounds[k], max(bounds[k], bounds[k + 1])):
            s = m.start()
            if not m.group()[:1].isupper() or not (s == line or _AFTER_SENTENCE.search(ctx.text, max(line, s - 6), s)):
                continue
            # a subject form (``narration_pronouns.tsv``): ``Her sister waited`` opens with no person of its own
            other = narration_pronoun_gender(m.group())
            if other is not None and other != gender:
                return Attribution(
                    (s, m.end()), MentionKind.PRONOUN, None, "turn_taking", _PRONOUN_CONFIDENCE,
                    rule="narration_pronoun",
                )  # fmt: skip
    return None


def _speaker_gender(ctx: Context, att: Attribution, lang: str | None) -> str | None:
    """m or f of an attribution's speaker mention: a pronoun's, or a name's title or known first name."""
    if att.speaker is None:
        return None
    words = ctx.text[att.speaker[0] : att.speaker[1]]
    if att.mention_kind == MentionKind.PRONOUN:
        info = pronoun(words, lang)
        return info.gender if info is not None and info.number == "sg" else None
    if att.mention_kind == MentionKind.NAME:
        return _mention_gender(words.split())
    return None


def _run_start(ctx: Context, quote: QuoteTarget) -> QuoteTarget | None:
    """The first quotation of the unbroken run of turns that holds the quote; None for a run longer than
    :data:`_SCENE_TURNS` turns."""
    first = quote
    p = quote.paragraph
    for i, (tp, turn) in enumerate(_previous_turns(ctx, quote, limit=_SCENE_TURNS)):
        if tp != p - 1 - i or not _is_turn(ctx, turn):
            break
        if i == _SCENE_TURNS - 1:
            return None
        first = ctx.quotes[turn[0]]
    return first


def _paragraph_before(ctx: Context, line: int, j: int) -> tuple[int, int, list[tuple[int, int]], int] | None:
    """The paragraph before the one that starts at ``line``: its start and end, the regions of the quotations inside
    it and the index of the last quotation before it, given ``j``, the index of the last quotation before ``line``;
    None at the text's start. The quotations are walked back from ``j`` in text order and the walk stops at the
    first that ends before the paragraph: filtering all earlier ones would cost the square of a novel's quotations."""
    end = line
    while end > 0 and ctx.text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    start = ctx.text.rfind("\n", 0, end) + 1
    quoted: list[tuple[int, int]] = []
    while j >= 0 and ctx.quotes[j].region[1] > start:
        quoted.append(ctx.quotes[j].region)
        j -= 1
    return start, end, quoted, j


def _named_in(
    ctx: Context,
    paragraph: tuple[int, int],
    quoted: Sequence[tuple[int, int]],
    names: frozenset[str],
    exclude: Sequence[tuple[int, int] | None],
    rule: str,
) -> Attribution | None:
    """The first speaking character named in the narration of ``paragraph`` (outside ``quoted``), not excluded."""
    for m in _NAME_WORD.finditer(ctx.text, *paragraph):
        if m.group() not in names or any(a <= m.start() < b for a, b in quoted):
            continue
        span = (m.start(), m.end())
        if _names_any(ctx, span, [e for e in exclude if e is not None]):
            continue
        return Attribution(span, MentionKind.NAME, None, "scene_character", _SCENE_CONFIDENCE, rule=rule)
    return None


def closing_character(
    ctx: Context, quote: QuoteTarget, exclude: Sequence[tuple[int, int] | None]
) -> Attribution | None:
    """The first speaking character named in the narration paragraph right after the unbroken run of turns that
    holds the quote, other than those in ``exclude``: the narration that closes a dialogue often names the party
    no tag of it did (``"…" ⏎ "Yes," said Lucy despondently. ⏎ … Miss Bartlett sedulously denied …``)."""
    names = ctx.document_value("scene_character:names", lambda: _speaking_names(ctx))
    if not names:
        return None
    p, last = quote.paragraph, quote
    for i, (tp, turn) in enumerate(_later_turns(ctx, quote, _SCENE_TURNS)):
        if tp != p + 1 + i or not _is_turn(ctx, turn):
            break
        last = ctx.quotes[turn[-1]]
    end = ctx.text.find("\n", last.region[1])
    if end < 0:
        return None
    while end < len(ctx.text) and ctx.text[end].isspace():
        end += 1
    stop = ctx.text.find("\n", end)
    stop = len(ctx.text) if stop < 0 else stop
    quoted: list[tuple[int, int]] = []
    j = last.index + 1
    while j < len(ctx.quotes) and ctx.quotes[j].region[0] < stop:
        quoted.append(ctx.quotes[j].region)
        j += 1
    found = _named_in(ctx, (end, stop), quoted, names, exclude, "closing_narration")
    return None if found is None else replace(found, confidence=round(found.confidence * 0.8, 3))


AFTER_RUN_PARAGRAPHS = 6
"""Paragraphs after the last turn of a run whose name tags :func:`tagged_after_run` reads (on PDNC: 4 right of 6
answers within six, kept for its precision; 6 of 13 within ten, 6 of 23 and one right answer lost within sixteen)."""
_AFTER_RUN_QUOTES = 40
"""Quotations after the run it reads at most: a bound on the search (six paragraphs of a novel rarely hold more)."""
_AFTER_RUN_CONFIDENCE = 0.3


def tagged_after_run(ctx: Context, parties: Sequence[tuple[int, int]], last: QuoteTarget) -> Attribution | None:
    """The first name that tags a quotation of its own (``said Charlotte``) within :data:`AFTER_RUN_PARAGRAPHS`
    paragraphs after ``last``, the last quotation of the unbroken run of turns that holds the quote, when that name
    is none of ``parties`` (the run's speakers and the names excluded, :func:`_run_parties`): a party that joins a
    dialogue untagged is often named only when it speaks again after a beat (``"…"`` ⏎ ``"…"`` ⏎ ``She went to the
    window.`` ⏎ ``"Is it raining?" asked Charlotte.``). Only for a turn that nothing before it names (after the
    scene narration before the run, before the closing narration's character). Known failure: a fourth character
    who speaks first after the beat."""
    # a name tag after the run that is one of the run's parties tells nothing of the party no tag names
    stop = last.paragraph + AFTER_RUN_PARAGRAPHS
    for j in range(last.index + 1, min(len(ctx.quotes), last.index + 1 + _AFTER_RUN_QUOTES)):
        if ctx.quotes[j].paragraph > stop:
            break
        own = ctx.own(j)
        if own is None or own.speaker is None or own.sieve not in OWN_TAG_SIEVES:
            continue
        if own.mention_kind != MentionKind.NAME or _names_any(ctx, own.speaker, parties):
            continue
        return Attribution(
            own.speaker, MentionKind.NAME, None, "turn_taking", _AFTER_RUN_CONFIDENCE, rule="tagged_after_run"
        )
    return None


def _run_parties(
    ctx: Context, quote: QuoteTarget, exclude: Sequence[tuple[int, int] | None]
) -> tuple[list[tuple[int, int]], QuoteTarget]:
    """The parties of the unbroken run of turns that holds the quote (the answers of its turns before it, the own
    tags of those after it, within :data:`_SCENE_TURNS` each way) with ``exclude``, and the run's last quotation."""
    p, last = quote.paragraph, quote
    parties: list[tuple[int, int]] = [e for e in exclude if e is not None]
    for i, (tp, turn) in enumerate(_previous_turns(ctx, quote, limit=_SCENE_TURNS)):
        if tp != p - 1 - i or not _is_turn(ctx, turn):
            break
        att = _speaker_of_turn(ctx, turn)
        if att is not None and att.speaker is not None:
            parties.append(att.speaker)
    for i, (tp, turn) in enumerate(_later_turns(ctx, quote, _SCENE_TURNS)):
        if tp != p + 1 + i or not _is_turn(ctx, turn):
            break
        last = ctx.quotes[turn[-1]]
        own = _own_speaker(ctx, turn)
        if own is not None and own.speaker is not None:
            parties.append(own.speaker)
    return parties, last


# The end of a quotation's first sentence (not :data:`_SENTENCE_END`, which is the end of its last).
_FIRST_SENTENCE_END = regex.compile(r"[.!?…]")
_AFTER_RUN_ADDRESS_CONFIDENCE = 0.3


def addressed_after_run(ctx: Context, parties: Sequence[tuple[int, int]], last: QuoteTarget) -> Attribution | None:
    """The name the first words of the turn right after the run (whose last quotation is ``last``) call, across at
    most one narration paragraph (``"…"`` ⏎ ``"…"`` ⏎ ``she only said in reply, with a good-humoured smile,`` ⏎
    ``"Come, Mr. Wickham, …"``), when it is none of ``parties`` (the run's speakers and the names excluded,
    :func:`_run_parties`): a two-party run whose other party no tag names, and which ends in a reply to that party,
    names them there. Only the first sentence of the next quotation: a name called later in a turn most often turns
    to someone new (``"… Miss Alan, what do you think?"``). Only for a turn that nothing else names (after the tag
    after the run and the closing narration's character)."""
    j = last.index + 1
    if j >= len(ctx.quotes) or ctx.quotes[j].paragraph > last.paragraph + 2:
        return None  # no quotation after the run, or more than one paragraph of narration before it
    nxt = ctx.quotes[j]
    head = _FIRST_SENTENCE_END.search(ctx.text, nxt.region[0] + 1, nxt.region[1])
    first_end = head.start() if head else nxt.region[1]
    own = ctx.own(j)
    for span in vocatives(ctx, nxt):
        if span[0] > first_end or _names_any(ctx, span, parties):
            continue
        if own is not None and _same_words(ctx, own.speaker, span):
            continue  # the next turn's own speaker, not its hearer
        return Attribution(
            span, MentionKind.NAME, None, "turn_taking", _AFTER_RUN_ADDRESS_CONFIDENCE, rule="addressed_after_run"
        )
    return None


def _beat_names_other(ctx: Context, quote: QuoteTarget, parties: Sequence[tuple[int, int]]) -> bool:
    """The narration paragraph right before the quote names a speaking character who is none of ``parties``."""
    names = ctx.document_value("scene_character:names", lambda: _speaking_names(ctx))
    before = _paragraph_before(ctx, ctx.text.rfind("\n", 0, quote.region[0]) + 1, quote.index - 1)
    if before is None:
        return False
    start, end, _, _ = before
    for m in _NAME_WORD.finditer(ctx.text, start, end):
        if m.group() in names and not _names_any(ctx, (m.start(), m.end()), parties):
            return True
    return False


def _speaking_names(ctx: Context) -> frozenset[str]:
    """The words of the names that tag quotations of the text as their speakers' (``said Elizabeth``)."""
    out: set[str] = set()
    for qi in range(len(ctx.quotes)):
        own = ctx.own(qi)
        if own is None or own.speaker is None or own.sieve not in OWN_TAG_SIEVES:
            continue
        if own.mention_kind != MentionKind.NAME:
            continue
        for tok in ctx.text[own.speaker[0] : own.speaker[1]].split():
            word = tok.strip(".,;:!?'’")
            if len(word) > 1 and word[:1].isupper() and not is_title(word):
                out.add(word)
    return frozenset(out)


def _even_party(
    ctx: Context,
    turns: Sequence[tuple[int, Sequence[int]]],
    speakers: Sequence[Attribution | None],
    k: int,
    reach: int,
) -> Attribution | None:
    """The party of turn ``k`` by parity (:meth:`TurnTakingSieve.fill_from_neighbours`): the turns of its unbroken
    run within ``reach`` turns each way (``turns``: paragraph and quotations, no quotations for a paragraph that
    is no turn) that have a speaker name exactly two parties, one at even distances, the other at odd ones;
    the even party's answer nearest before, else after. ``None`` when a side is unknown or the run mixes more
    than two names."""
    p = turns[k][0]
    even: list[Attribution] = []
    odd: list[Attribution] = []
    for step in (-1, 1):
        for d in range(1, reach + 1):
            n = k + step * d
            if not 0 <= n < len(turns) or turns[n][0] != p + step * d or not turns[n][1]:
                break  # the run ends at narration or at a paragraph that does not open with a quotation
            att = speakers[n]
            if att is not None:
                (even if d % 2 == 0 else odd).append(att)
    if not even or not odd:
        return None
    party, other = even[0], odd[0]
    if _same_words(ctx, party.speaker, other.speaker):
        return None
    if all(_same_words(ctx, party.speaker, a.speaker) for a in even) and all(
        _same_words(ctx, other.speaker, a.speaker) for a in odd
    ):
        return party
    return None


def _is_turn(ctx: Context, quotes: Sequence[int]) -> bool:
    """The paragraph of these quotations is a turn of a dialogue: it opens with a quotation, or a quotation
    with a tag of its own follows a comma, a colon or its speech verb (``She exclaimed, "The Sacred Lake!"``,
    ``said "Mrs. Honeychurch, …"``); a scare quote or a word quoted inside narration (``dismissed the whole
    kerfuffle as "absurd."``) is none."""
    if opens_turn(ctx, ctx.quotes[quotes[0]]) or _beat_led(ctx, quotes[0]):
        return True
    return any(_introduced(ctx, j) for j in quotes)


def _beat_led(ctx: Context, j: int) -> bool:
    """The paragraph opens with one short narration sentence whose person subject speaks the quotation after it
    (``Grete lachte. »Und weißt du, …«``): a turn of the dialogue as much as a tagged one, so the exchange goes on
    across it instead of starting again (then continuation gave the next, untagged turn to Grete too)."""
    att = ctx.final[j]
    if att is None or att.speaker is None or att.sieve != _BEAT_SIEVE:
        return False
    a = ctx.quotes[j].region[0]
    start = ctx.text.rfind("\n", 0, a) + 1
    return _BEAT_LEAD.fullmatch(ctx.text, start, a) is not None


def _introduced(ctx: Context, j: int) -> bool:
    """The quotation has a tag of its own and follows a comma, a colon or its speech verb (``said "…"``)."""
    own = ctx.own(j)
    if own is None or own.speaker is None or own.sieve not in OWN_TAG_SIEVES:
        return False
    a = ctx.quotes[j].region[0]
    # only the few characters before the mark are read: a search from the start of the text for every turn
    # would grow with the square of a novel's length
    if _INTRODUCED.search(ctx.text, max(0, a - 16), a) is not None:
        return True
    return own.cue is not None and own.cue[1] <= a and not ctx.text[own.cue[1] : a].strip()


def _own_speaker(ctx: Context, quotes: Sequence[int]) -> Attribution | None:
    """The first speaker that a quotation of the turn has from its own tag (a speech verb or a colon)."""
    for j in quotes:
        own = ctx.own(j)
        if own is not None and own.speaker is not None and own.sieve in OWN_TAG_SIEVES:
            return own
    return None


def _later_turns(ctx: Context, quote: QuoteTarget, limit: int) -> list[tuple[int, list[int]]]:
    """The ``limit`` turns after the quote's paragraph, in text order: (paragraph, its quote indices)."""
    return _group_turns(ctx, range(_paragraph_end(ctx, quote), len(ctx.quotes)), quote.paragraph, limit)


def _group_turns(ctx: Context, indices: Iterable[int], paragraph: int, limit: int) -> list[tuple[int, list[int]]]:
    """The quotations at ``indices`` (walked in that order) grouped by paragraph, ``paragraph`` itself left out,
    up to ``limit`` paragraphs: (paragraph, its quote indices in walking order)."""
    turns: list[tuple[int, list[int]]] = []
    for j in indices:
        p = ctx.quotes[j].paragraph
        if p == paragraph:
            continue
        if turns and turns[-1][0] == p:
            turns[-1][1].append(j)
            continue
        if len(turns) == limit:
            break
        turns.append((p, [j]))
    return turns


def _paragraph_end(ctx: Context, quote: QuoteTarget) -> int:
    """Index after the last quotation of the quote's paragraph. The quotations are in text order, so a paragraph's
    are adjacent and doubling steps, then halving ones, find its end: walking a paragraph of thousands of
    quotations one by one, for each quotation that reads ahead, would grow with the square of their number."""
    quotes, p = ctx.quotes, quote.paragraph
    lo, step = quote.index, 1  # quotes[lo] is in the paragraph, quotes[hi] (or the end) past it
    hi = lo + step
    while hi < len(quotes) and quotes[hi].paragraph == p:
        lo, step = hi, 2 * step
        hi = lo + step
    hi = min(hi, len(quotes))
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if quotes[mid].paragraph == p else (lo, mid)
    return hi


def _tagged_later_in_paragraph(ctx: Context, quote: QuoteTarget) -> bool:
    """``"…." "…," she said.``: a later quote of the same paragraph has its own speaker (continuation's case); not
    beyond a quotation that is a turn of its own (:func:`joined_turn`: ``»…« – »…«, sagte er``)."""
    for j in range(quote.index + 1, len(ctx.quotes)):
        if ctx.quotes[j].paragraph != quote.paragraph or joined_turn(ctx, j):
            break
        own = ctx.own(j)
        if own is not None and own.speaker is not None:
            return True
    return False


def _tag_after(ctx: Context, quote: QuoteTarget) -> bool:
    """Words follow the quotation in its paragraph that are no sentence of their own (``"…," she whispered``):
    a tag, though none the own-evidence rules could read."""
    b = quote.region[1]
    end = ctx.text.find("\n", b)
    after = ctx.text[b : end if end >= 0 else len(ctx.text)]
    if not regex.search(r"\w", after) or joined_turn(ctx, quote.index + 1):
        # nothing, or the next turn (``»…« »Aber ...«``) follows
        return False
    return not (_SENTENCE_END.search(ctx.text, quote.start, quote.end) and _BEAT.match(after))


def _previous_carries(ctx: Context, quote: QuoteTarget) -> bool:
    """The quote before has a speaker that continuation could carry on."""
    prev = ctx.final[quote.index - 1] if quote.index > 0 else None
    return prev is not None and prev.speaker is not None


def _asks_someone(ctx: Context, turn: Sequence[int]) -> bool:
    """The turn's last quotation is a question to someone present: it ends with a question mark and holds a
    pronoun of the person spoken to (``"Did you ever go to school?" demanded Marilla``; ``second_person`` in
    ``function_words.tsv``). A question without one may be rhetorical, or quote someone else, and its speaker go on
    (news: ``"I took Wall Street money but it didn't affect me?" he said, paraphrasing Clinton``)."""
    last = ctx.quotes[turn[-1]]
    content = ctx.text[last.start : last.end]
    if not content.rstrip().endswith("?"):
        return False
    return not lexicon_words("second_person").isdisjoint(w.casefold() for w in _WORD.findall(content))


def _previous_turns(ctx: Context, quote: QuoteTarget, limit: int = 2) -> list[tuple[int, list[int]]]:
    """The ``limit`` turns before the quote's paragraph, latest first: (paragraph, its quote indices)."""
    turns = _group_turns(ctx, range(quote.index - 1, -1, -1), quote.paragraph, limit)
    # gathered backwards; inserting each at the front would cost the square of a long paragraph's quotations
    return [(p, quotes[::-1]) for p, quotes in turns]


def _joined_parts(ctx: Context, quotes: Sequence[int]) -> list[list[int]]:
    """A paragraph's quotations split into its turns: a new one at each quotation joined to the one before
    (:func:`joined_turn`); one part for a paragraph that is one turn."""
    parts: list[list[int]] = []
    for j in quotes:
        if parts and not joined_turn(ctx, j):
            parts[-1].append(j)
        else:
            parts.append([j])
    return parts


def _speaker_of_turn(ctx: Context, quotes: Sequence[int], *, unknown: bool = False) -> Attribution | None:
    """The first attribution of a turn with a speaker; with ``unknown``, also one of this rule that says the
    speaker is someone the text does not name."""
    for j in quotes:
        att = ctx.final[j]
        if att is not None and (att.speaker is not None or (unknown and att.rule in _UNNAMED_RULES)):
            return att
    return None


def _names_any(ctx: Context, span: tuple[int, int] | None, spans: Sequence[tuple[int, int]]) -> bool:
    return any(_same_words(ctx, span, other) for other in spans)


def _same_words(ctx: Context, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Two mentions of the same words (``Anne`` and ``Anne``), titles aside; a pronoun is its own word."""
    if a is None or b is None:
        return False
    if a == b:
        return True

    def key(span: tuple[int, int]) -> tuple[str, ...]:
        toks = [t.strip(".,").casefold() for t in ctx.text[span[0] : span[1]].split()]
        return tuple(t for t in toks if t and not is_title(t))

    ka, kb = key(a), key(b)
    if not (ka and kb and (ka[-1] == kb[-1] or set(ka) <= set(kb) or set(kb) <= set(ka))):
        return False
    return not different_people(ctx.text[a[0] : a[1]].split(), ctx.text[b[0] : b[1]].split())


def different_people(a: Sequence[str], b: Sequence[str]) -> bool:
    """Two mentions of one family name that say they are two people: titles or first names of different genders
    (``Mr. Bennet`` / ``Mrs. Bennet``, ``Jane Bennet`` / ``Mr. Bennet``), or two different gendered titles
    (``Mrs. Bennet`` / ``Miss Bennet``)."""
    ta, tb = _gendered_titles(a), _gendered_titles(b)
    if ta and tb and ta != tb:
        return True
    ga, gb = _mention_gender(a), _mention_gender(b)
    return ga is not None and gb is not None and ga != gb


def _gendered_titles(tokens: Sequence[str]) -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in tokens if title_gender(t) is not None)


def _mention_gender(tokens: Sequence[str]) -> str | None:
    """m or f from a mention's title, else from its first name when the name list knows it as one or the other."""
    for t in tokens:
        g = title_gender(t)
        if g is not None:
            return g
    for t in tokens:
        word = t.strip(".,;:!?'’")
        if is_title(word) or not word[:1].isupper():
            continue
        g = first_name_gender(word)
        return g if g in ("m", "f") else None
    return None


def vocatives(ctx: Context, quote: QuoteTarget) -> list[tuple[int, int]]:
    """Names addressed inside a quotation, in text order (``Oh, Mr. Beebe,`` ``Look, Anne, …``, ``…, Vater!``).

    From the parse: a run of up to three capitalised words — proper nouns, titles, known first names, or a word
    the parser labels ``vocative`` — standing between punctuation (or the quotation's edge) inside the quotation.
    """
    found: list[tuple[int, int]] = []
    lower = ctx.document_value("vocatives:lower_case", lambda: lower_case_words(ctx.text))
    for si in ctx.touching(quote):
        sent = ctx.sentences[si]
        inside = ctx.quote_words(si, quote.index)
        if not inside:
            continue
        lo_q, hi_q = inside[0], inside[-1]
        k = lo_q
        while k <= hi_q:
            end = _vocative_run(sent, k, hi_q, lower)
            if end is not None and _vocative_edges(sent, k, end, lo_q, hi_q):
                found.append((sent[k].start, sent[end].end))
                k = end + 1
            else:
                k += 1
    return found


def _vocative_run(sent: ParsedSentence, k: int, hi: int, lower: frozenset[str]) -> int | None:
    """The last word of a name run starting at ``k`` (at most three words, at least one a name: not a title and,
    where common nouns are lower case, no word the text also writes in lower case unless it is a known first
    name). ``A most delightful place!--Excellent Parsonage House!`` exclaims, it calls nobody (the tagger takes
    the capitals for a proper noun); ``Dear Lizzy`` and ``Little Piglet`` still call someone."""
    end = None
    common = not profile(sent.lang).capitalised_nouns
    for j in range(k, min(hi + 1, k + _MAX_VOCATIVE)):
        w = sent[j]
        if not (w.text[:1].isupper() and _name_word(w, sent.lang)):
            break
        if common and w.text.lower() in lower and first_name_gender(w.text) is None:
            continue  # a word of the run, not its name
        if not is_title(w.text):
            end = j
    return end


def _name_word(w: Word, lang: str) -> bool:
    if w.upos in ("PRON", "DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "NUM"):
        return False
    if w.text.casefold() in lexicon_words("vocative_not_name"):
        return False
    return w.upos == "PROPN" or w.deprel == "vocative" or is_title(w.text) or first_name_gender(w.text) is not None


def _vocative_edges(sent: ParsedSentence, a: int, b: int, lo: int, hi: int) -> bool:
    a = _endearment_start(sent, a, lo)
    # the quotation's own marks are punctuation too: ``"Freddy, do fetch …"``
    before = a == lo or sent[a - 1].text in _VOCATIVE_BEFORE or sent[a - 1].upos in ("INTJ", "PUNCT")
    after = b == hi or sent[b + 1].text in _VOCATIVE_AFTER or sent[b + 1].upos == "PUNCT"
    opens = a == lo or (sent[a - 1].upos == "PUNCT" and sent[a - 1].text not in _VOCATIVE_BEFORE)
    # the first word after the mark is capitalised anyway (``"Alone?"``): there, a known first name or a title only
    if opens and not any(is_title(sent[k].text) or first_name_gender(sent[k].text) for k in range(a, b + 1)):
        return False
    return before and after  # a name standing alone as the whole quotation (``"Anne!"``) is a call too


def _endearment_start(sent: ParsedSentence, a: int, lo: int) -> int:
    """Where a name's endearment begins: ``my dear Jane``, ``mein lieber Hans`` (lower-case adjectives or nouns
    after a possessive);
    ``a`` itself when none stands before it. Adjectives alone are left out: ``Poor Anne!`` mostly talks about
    Anne."""
    k = a
    # the tagger often takes ``dear`` for a noun
    while k > lo and sent[k - 1].upos in ("ADJ", "NOUN") and sent[k - 1].text[:1].islower():
        k -= 1
    if k > lo and sent[k - 1].feats.get("Poss") == "Yes" and sent[k - 1].upos in ("PRON", "DET"):
        return k - 1
    return a


def find_addressees(
    text: str,
    quotes: Sequence[QuoteTarget],
    sentences: Sequence[ParsedSentence],
    attributions: Sequence[Attribution | None],
) -> list[tuple[int, int] | None]:
    """Who each quotation is addressed to, where the text shows it: a vocative inside the quotation, else the
    person the speech verb names as its hearer (``told Anne``, ``said to her``, ``sagte zu ihm``)."""
    ctx = Context(text, quotes, sorted(sentences, key=lambda s: s.start))
    out: list[tuple[int, int] | None] = []
    for q, att in zip(ctx.quotes, attributions, strict=True):
        voc = vocatives(ctx, q)
        out.append(voc[0] if voc else _hearer(ctx, att))
    return out


def _hearer(ctx: Context, att: Attribution | None) -> tuple[int, int] | None:
    """The hearer of an attribution's speech verb: its indirect object, the object of a telling verb, or a
    ``to``/``zu`` phrase (from the language's ``addressee_case`` words)."""
    if att is None or att.cue is None or att.head_sentence is None:
        return None
    si = att.head_sentence
    sent = ctx.sentences[si]
    verb = next((w for w in sent if w.start == att.cue[0]), None)
    if verb is None:
        return None
    cases = lexicon_words("addressee_case")
    for w in sent.children(verb.index):
        if not ctx.outside(si, w.index) or (att.speaker and att.speaker[0] <= w.start < att.speaker[1]):
            continue
        rel = w.base_rel
        marker = {c.text.casefold() for c in sent.children(w.index, "case")}
        hearer = rel == "iobj" or (rel == "obj" and att.cue[2] in lexicon_words("addressee_verb"))
        hearer = hearer or (rel in ("obl", "nmod") and bool(marker & cases))
        if hearer and (w.upos in ("PROPN", "NOUN") or is_pronoun(w, sent.lang)):
            m = ctx.mention(si, w.index)
            if m is not None:
                return (m.start, m.end)
    return None
