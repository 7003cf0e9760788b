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

from quotekit.attribution.reported.sentence import comma_before
from quotekit.lexicon import is_cue
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence

__all__ = ["lead_in_span", "statement_span"]

# Dependents of the governing word that are not part of what the fragment's statement says.
_OUTSIDE = frozenset(
    {"nsubj", "csubj", "expl", "aux", "cop", "mark", "cc", "punct", "advcl", "parataxis", "conj", "discourse"}
)

_MIN_LEAD_WORDS = 2
# A lead-in of function words only (``It was "a regrettable accident," she said``) frames the quotation; it says
# nothing of its own.
_CONTENT_UPOS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


def statement_span(
    region: tuple[int, int],
    sentences: Sequence[ParsedSentence],
    starts: Sequence[int],
    words: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """The statement around the fragment at ``region`` (its marks included; ``words``: without them, where known);
    None where the parse shows none wider than the marks. ``starts`` are the sentences' start offsets, sorted (for
    the lookup by bisection)."""
    sent = _sentence_of(words or region, sentences, starts)
    if sent is None:
        return None
    inside = {w.index for w in sent.words_between(*region)}
    # The marks are punctuation the parser may hang anywhere; the words decide what the fragment belongs to.
    governors = {sent[i].head for i in inside if sent[i].head not in inside and sent[i].upos != "PUNCT"}
    if len(governors) != 1 or (g := governors.pop()) < 0:
        return None
    keep = [] if is_cue(sent[g].lemma, sent.lang) else [g]
    for child in sent.children(g):
        if child.index in inside or child.base_rel not in _OUTSIDE:
            keep.extend(sent.subtree(child.index))
    # A speech act of its own after the fragment ends its statement, wherever the parse hung it.
    acts = [i for i in keep if i not in inside and _speech_participle_after(sent, i, region[1])]
    if acts:
        cut = {j for i in acts for j in sent.subtree(i)}
        keep = [i for i in keep if i not in cut]
    if not keep:
        return None
    start = min(region[0], *(sent[i].start for i in keep))
    end = max(region[1], *(sent[i].end for i in keep))
    return None if (start, end) == region else (start, end)


def lead_in_span(
    region: tuple[int, int],
    sentences: Sequence[ParsedSentence],
    starts: Sequence[int],
    words: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """A fragment with its own tag after it (``The bill's failure was "heartbreaking," she said``) and the
    narrator's words before it in its sentence: the statement runs from the sentence's start through the closing
    mark, as PolNeAR marks it, when those words are content, not an attribution: two words or more, one a content
    word (not ``It was``), no other quotation, no cue (``Trump has hailed the vote as "fantastic," telling …``,
    ``According to X, …``, whose own rules bound the statement). None where that does not hold."""
    sent = _sentence_of(words or region, sentences, starts)
    if sent is None:
        return None
    lead = [w for w in sent.words if w.end <= region[0]]
    content = [w for w in lead if w.upos != "PUNCT"]
    if len(content) < _MIN_LEAD_WORDS or not any(w.upos in _CONTENT_UPOS for w in content):
        return None
    marks = quote_marks().tokens
    for a, b in zip(lead, [*lead[1:], None], strict=True):
        if (
            a.text in marks
            or is_cue(a.lemma, sent.lang)
            or (b is not None and is_cue(f"{a.text} {b.text}".lower(), sent.lang))
        ):
            return None
    return content[0].start, region[1]


def _sentence_of(
    words: tuple[int, int], sentences: Sequence[ParsedSentence], starts: Sequence[int]
) -> ParsedSentence | None:
    """The sentence holding a quotation's words (``words``: its content without the marks; the marks may lie
    outside the sentence: a typewriter pair ``''`` is one character beside a space in the parser's input, see
    :mod:`quotekit.parser_input`, and the splitter may leave a closing mark to the next sentence:
    ``… had ''promotional value.''``). None where they run past one sentence."""
    k = bisect_right(starts, words[0]) - 1
    if k < 0 or sentences[k].end < words[1]:
        return None
    return sentences[k]


def _speech_participle_after(sent: ParsedSentence, k: int, end: int) -> bool:
    """Whether word ``k`` is a speech verb's present participle after the fragment and a comma (``that "the way …
    together," suggesting that …``): a speech act of its own with its own content, which the parse may hang on the
    fragment's cue as a second complement or on a word inside the fragment; the fragment's statement ends before
    it."""
    w = sent[k]
    return (
        w.start >= end
        and comma_before(sent, k)
        and w.upos == "VERB"
        and w.feats.get("VerbForm") in ("Ger", "Part")
        and w.feats.get("Tense") != "Past"
        and is_cue(w.lemma, sent.lang)
    )
