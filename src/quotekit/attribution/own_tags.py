"""What speaker resolution reads of an attribution (:class:`AttributionLike`), and which sieves answer from a
quotation's own tag rather than carrying another turn's.
"""

from __future__ import annotations

from typing import Protocol

from quotekit.models import MentionKind


class AttributionLike(Protocol):
    """What resolution reads of an attribution (``quotekit.attribution.context.Attribution`` fits)."""

    @property
    def speaker(self) -> tuple[int, int] | None: ...
    @property
    def mention_kind(self) -> MentionKind: ...
    @property
    def confidence(self) -> float: ...
    @property
    def sieve(self) -> str: ...


OWN_TAG_SIEVES = frozenset({"syntactic", "pattern"})
CARRYING_SIEVES = frozenset({"turn_taking"})
"""Sieves whose speaker mention is another turn's tag, carried over (``"…," she said.`` two turns back): the
mention is resolved as it was for its own turn (:meth:`_Resolver.add`)."""
