"""The one rule protocol of attribution, and the phases a chain of rules runs in.

Every rule, for quotations and for reported speech alike, is a small object with a ``name``, the
``languages`` it applies to (``None``: all), the :class:`Phase` it belongs to and one ``match`` method.
Constructing a rule loads nothing. A chain is a tuple of rules; it runs phase by phase in the order declared,
and :func:`check_chain` refuses a chain whose declared order is not the order that would run (a rule of an
earlier phase declared after one of a later phase).

=============================  =====================================================  ==========================
phase                          ``match(ctx, target)``                                 answer
=============================  =====================================================  ==========================
``OWN``                        :class:`~quotekit.attribution.context.Context`,        ``Attribution | None``;
                               :class:`~quotekit.attribution.context.QuoteTarget`     the first answer decides
``NEIGHBOURS``                 same; may read ``ctx.final`` (earlier quotes) and      ``Attribution | None``
                               ``ctx.own`` (later quotes' own-phase answers)
``REPORTED``                   :class:`~quotekit.attribution.reported.SentenceContext`, ``list[Found]``; earlier
                               the previous statement or ``None``                     rules claim content first
``REPORTED_CONTINUATION``      same, for a sentence where no ``REPORTED`` rule        ``ReportedStatement | None``
                               found anything
=============================  =====================================================  ==========================
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from enum import IntEnum
from typing import Any, Protocol

__all__ = ["Phase", "Rule", "applies_to", "check_chain"]


class Phase(IntEnum):
    """When a rule runs; a chain runs its phases in this order."""

    OWN = 1
    """A quotation's own evidence: its sentence, the tokens around its marks, the sentences beside it."""
    NEIGHBOURS = 2
    """A quotation with no own answer takes one from the quotes around it."""
    REPORTED = 3
    """Reported speech without marks, sentence by sentence."""
    REPORTED_CONTINUATION = 4
    """A sentence with no reported statement of its own may carry on the previous one."""


class Rule(Protocol):
    """One attribution rule (see the table in the module docstring for what ``match`` takes and returns)."""

    @property
    def name(self) -> str: ...
    @property
    def languages(self) -> frozenset[str] | None: ...
    @property
    def phase(self) -> Phase: ...

    def match(self, ctx: Any, target: Any, /) -> Any: ...


class _HasLanguages(Protocol):
    @property
    def languages(self) -> frozenset[str] | None: ...


def applies_to(rule: _HasLanguages, lang: str | None) -> bool:
    """Whether ``rule`` runs on text of ``lang`` (a rule for all languages runs on unknown ones too)."""
    return rule.languages is None or lang is None or lang in rule.languages


def check_chain(rules: Sequence[Rule]) -> tuple[Rule, ...]:
    """``rules`` as a tuple, after checking that their declared order is the order that runs.

    Raises:
        ValueError: two rules share a name, or a rule of an earlier phase comes after one of a later phase.
    """
    seen: set[str] = set()
    for prev, rule in itertools.pairwise(rules):
        if rule.phase < prev.phase:
            raise ValueError(
                f"rule {rule.name!r} (phase {rule.phase.name}) is declared after {prev.name!r} "
                f"(phase {prev.phase.name}); list the rules phase by phase, as they run"
            )
    for rule in rules:
        if rule.name in seen:
            raise ValueError(f"rule {rule.name!r} appears twice in the chain")
        seen.add(rule.name)
    return tuple(rules)
