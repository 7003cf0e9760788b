"""The statement a quoted fragment stands in, for languages whose news reports the statement, not the fragment.

PolNeAR, like English news convention, marks the statement a fragment in marks belongs to (``calling Alwaleed
"dopey"``, ``a series of other "gifts."``), not the marked words alone. When the reported-speech rules found no
statement around such a fragment, it is widened here to the phrase it belongs to in the parse: the subtree of the
word it hangs off, without that word's subject and without clauses merely attached to it (adverbial, coordinated,
parenthetical); a speech verb itself is the cue, not content (``called the plan "a disaster"`` → ``the plan "a
disaster"``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from quotekit.lexicon import is_cue
from quotekit.tree import ParsedSentence

__all__ = ["statement_span"]

# Dependents of the governing word that are not part of what the fragment's statement says.
_OUTSIDE = frozenset(
    {"nsubj", "csubj", "expl", "aux", "cop", "mark", "cc", "punct", "advcl", "parataxis", "conj", "discourse"}
)


def statement_span(
    region: tuple[int, int], sentences: Sequence[ParsedSentence], starts: Sequence[int]
) -> tuple[int, int] | None:
    """The statement around the fragment at ``region`` (its marks included); None where the parse shows none
    wider than the marks. ``starts`` are the sentences' start offsets, sorted (for the lookup by bisection)."""
    k = bisect_right(starts, region[0]) - 1
    if k < 0 or sentences[k].end < region[1]:
        return None
    sent = sentences[k]
    inside = {w.index for w in sent.words_between(*region)}
    # The marks are punctuation the parser may hang anywhere; the words decide what the fragment belongs to.
    governors = {sent[i].head for i in inside if sent[i].head not in inside and sent[i].upos != "PUNCT"}
    if len(governors) != 1 or (g := governors.pop()) < 0:
        return None
    keep = [] if is_cue(sent[g].lemma, sent.lang) else [g]
    for child in sent.children(g):
        if child.index in inside or child.base_rel not in _OUTSIDE:
            keep.extend(sent.subtree(child.index))
    if not keep:
        return None
    start = min(region[0], *(sent[i].start for i in keep))
    end = max(region[1], *(sent[i].end for i in keep))
    return None if (start, end) == region else (start, end)
