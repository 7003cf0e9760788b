"""The default chain of attribution rules and the runner for quotations.

:data:`DEFAULT_CHAIN` is the one place that fixes which rules run and in which order, phase by phase:
quotations' own evidence (most to least specific), then continuation from neighbouring quotes, then reported
speech sentence by sentence, then its German Konjunktiv continuation. Pass another tuple as
``Extractor(rules=...)`` to drop, reorder or add a rule; :func:`~quotekit.attribution.rules.check_chain`
refuses an order that would not be the order that runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from quotekit.attribution.adjacency import AdjacencySieve
from quotekit.attribution.clause_subject import ClauseSubjectSieve
from quotekit.attribution.context import Attribution, Context, QuoteTarget, safe_match
from quotekit.attribution.continuation import ContinuationSieve
from quotekit.attribution.dialogue import JoinedTurnSieve, SceneCharacterSieve, TurnTakingSieve
from quotekit.attribution.headline import HeadlineRule, HeadlineVerbRule
from quotekit.attribution.narrative import NarrationBeatSieve, NarrativeSubjectSieve
from quotekit.attribution.paragraph_tag import ParagraphTagSieve
from quotekit.attribution.pattern import PatternSieve
from quotekit.attribution.reported import REPORTED_RULES
from quotekit.attribution.reported_mood import ReportedMoodSieve
from quotekit.attribution.rules import Phase, Rule, applies_to, check_chain
from quotekit.attribution.syntactic import SyntacticSieve
from quotekit.tree import ParsedSentence

__all__ = ["DEFAULT_CHAIN", "SIEVES", "attribute"]

SIEVES: tuple[Rule, ...] = (
    SyntacticSieve(),
    PatternSieve(),
    AdjacencySieve(),
    ReportedMoodSieve(),
    ClauseSubjectSieve(),
    TurnTakingSieve(),
    ParagraphTagSieve(),
    JoinedTurnSieve(),
    ContinuationSieve(),
    NarrativeSubjectSieve(),
    NarrationBeatSieve(),
    SceneCharacterSieve(),
)
"""The quotation rules of the default chain: the first that answers decides."""

# The headline rule claims what the sentence rules of the reported package left, before the continuation rules run.
_SENTENCE_RULES = tuple(r for r in REPORTED_RULES if r.phase is Phase.REPORTED)
_CONTINUATION_RULES = tuple(r for r in REPORTED_RULES if r.phase is not Phase.REPORTED)

DEFAULT_CHAIN: tuple[Rule, ...] = check_chain(
    (*SIEVES, *_SENTENCE_RULES, HeadlineRule(), HeadlineVerbRule(), *_CONTINUATION_RULES)
)
"""Every rule, in the order it runs (see docs/attribution.md for the table)."""


def attribute(
    text: str,
    quotes: Sequence[QuoteTarget],
    sentences: Sequence[ParsedSentence],
    rules: Sequence[Rule] = DEFAULT_CHAIN,
) -> list[Attribution | None]:
    """Attribute every quote (in text order) from the parsed ``sentences`` (a selection, in text order).

    The rules of phase ``OWN`` run first, in order, for every quote; a quote none of them answers goes to the
    ``NEIGHBOURS`` rules, which may read earlier quotes' final answers and later quotes' own ones. Returns one
    entry per quote, ``None`` where no rule found a speaker.
    """
    ordered = sorted(sentences, key=lambda s: s.start)
    # Rules address quotes by position; keep ``index`` equal to it whatever the caller passed.
    targets = [q if q.index == i else replace(q, index=i) for i, q in enumerate(quotes)]
    own = [r for r in rules if r.phase is Phase.OWN]
    neighbours = [r for r in rules if r.phase is Phase.NEIGHBOURS]
    ctx = Context(text, targets, ordered, own_rules=own)
    for q in targets:
        lang = ctx.lang_of(q)
        result = ctx.own(q.index)
        for rule in neighbours:
            if result is not None:
                break
            if applies_to(rule, lang):
                result = safe_match(rule, ctx, q)
        ctx.final[q.index] = result
    for rule in neighbours:
        # turn-taking's second pass reads the answers of the turns after a turn, which exist only now
        if isinstance(rule, TurnTakingSieve):
            rule.fill_from_neighbours(ctx)
    return ctx.final
