"""Attribution: who said each quotation and each reported statement, from Stanza parses.

- :mod:`~quotekit.attribution.context` — the shared parse services (:class:`Context`, :class:`Cue`);
- :mod:`~quotekit.attribution.rules` — the one rule protocol and its phases;
- one module per rule family: :mod:`~quotekit.attribution.syntactic`, :mod:`~quotekit.attribution.pattern`,
  :mod:`~quotekit.attribution.adjacency`, :mod:`~quotekit.attribution.clause_subject`,
  :mod:`~quotekit.attribution.continuation`, :mod:`~quotekit.attribution.reported` (reported speech);
- :mod:`~quotekit.attribution.classify` — direct, mixed or no quotation at all, before any rule runs;
- :mod:`~quotekit.attribution.chain` — :data:`DEFAULT_CHAIN`, the order they run in;
- :mod:`~quotekit.attribution.mentions`, :mod:`~quotekit.attribution.resolution`,
  :mod:`~quotekit.attribution.persons` — speaker mentions and their resolution to people.
"""

from __future__ import annotations

from quotekit.attribution.chain import DEFAULT_CHAIN, attribute
from quotekit.attribution.context import Attribution, Context, Cue, QuoteTarget
from quotekit.attribution.reported import Found, ReportedStatement, SentenceContext, find_indirect
from quotekit.attribution.rules import Phase, Rule, check_chain

__all__ = [
    "DEFAULT_CHAIN",
    "Attribution",
    "Context",
    "Cue",
    "Found",
    "Phase",
    "QuoteTarget",
    "ReportedStatement",
    "Rule",
    "SentenceContext",
    "attribute",
    "check_chain",
    "find_indirect",
]
