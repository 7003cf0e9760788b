"""What speaker resolution reads of an attribution (:class:`AttributionLike`), and which sieves answer from a
quotation's own tag rather than carrying another turn's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from quotekit.attribution.name_evidence import POSSESSIVE, clean_name
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


def own_tag_names(
    text: str, attributions: Sequence[AttributionLike | None]
) -> Iterator[tuple[int, tuple[str, ...], str | None]]:
    """The attributions whose own tag names their speaker (``"…," said Holmes``): the index of each, the name's
    words without leading titles and possessive, and its title. Read by the narrator's name and by resolution's
    tag names, which both want the characters the text itself makes speak."""
    for i, att in enumerate(attributions):
        if (
            att is None
            or att.speaker is None
            or att.mention_kind != MentionKind.NAME
            or att.sieve not in OWN_TAG_SIEVES
        ):
            continue
        a, b = att.speaker
        toks, title = clean_name(POSSESSIVE.sub("", text[a:b]).split())
        if toks:
            yield i, toks, title
