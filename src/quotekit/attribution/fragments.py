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
from quotekit.regions import SpanIndex
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence

__all__ = ["fragment_clause", "lead_in_span", "statement_span"]

# Dependents of the governing word that are not part of what the fragment's statement says.
_OUTSIDE = frozenset(
    {"nsubj", "csubj", "expl", "aux", "cop", "mark", "cc", "punct", "advcl", "parataxis", "conj", "discourse"}
)

# Words that carry a quotation's clause on after its closing mark (``"…" for the victory``, ``"…" and …``).
_CARRY_ON_UPOS = frozenset({"ADP", "CCONJ", "SCONJ"})
# Punctuation that ends the clause a quotation's continuation runs in.
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "[", "]", "—", "–", "--"})

# Punctuation between a subordinator and a quotation that ends the subordinator's clause first.
_OPENING_BREAKS = frozenset({".", "!", "?", ":", ";"})
_MAX_OPENING_WORDS = 30

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
    ``According to X, …``, whose own rules bound the statement) other than a noun (``His remarks about the judge
    were "…," Ryan said``: what the statement talks about, not who said it). None where that does not hold."""
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
            # a speech noun is the statement's topic (``remarks``, ``votes``); a speech verb attributes it
            or (is_cue(a.lemma, sent.lang) and a.upos != "NOUN")
            or (b is not None and is_cue(f"{a.text} {b.text}".lower(), sent.lang))
        ):
            return None
    return content[0].start, region[1]


def fragment_clause(
    text: str,
    region: tuple[int, int],
    words: tuple[int, int],
    sentences: Sequence[ParsedSentence],
    starts: Sequence[int],
    quotations: SpanIndex,
) -> tuple[int, int] | None:
    """The mixed statement a quotation (``region``: marks included; ``words``: without them) is a fragment of: from
    where a subordinator opens its clause (:func:`clause_opening`), else its opening mark, to where the clause that
    goes on after it ends (:func:`continued_span`), else its closing mark. ``quotations`` are the top-level
    quotations' regions (marks included). None where neither holds."""
    sent = _sentence_of(words, sentences, starts)
    if sent is None:
        return None
    opening = clause_opening(text, region, words, sent, quotations)
    end = continued_span(text, region, words, sent, quotations)
    if opening is None and end is None:
        return None
    return (region[0] if opening is None else opening), (region[1] if end is None else end)


def continued_span(
    text: str, region: tuple[int, int], words: tuple[int, int], sent: ParsedSentence, quotations: SpanIndex
) -> int | None:
    """A quotation whose clause goes on past its closing mark (``"We have three weeks to go" until the Iowa
    caucuses``, ``''They are painful'' but necessary ''for the long-term …,''``): where the statement it is a
    fragment of ends, the first clause break after it (a comma, semicolon, colon, end mark, dash or bracket; the
    end of a later quotation whose words close with one), as PolNeAR marks it (mixed). It holds
    where the quotation's words end without punctuation of their own and the next word, right after the mark
    with nothing but space between, is a lower-case preposition, coordinator or subordinator: a verb or noun
    there is mostly the quotation named as a title (``"Friends" has been a hit``) and a pronoun or cue its tag
    (``"…" she said``). A speech verb in the continuation makes it another speech act (``"…" and Pooh saying``).
    ``quotations`` are the top-level quotations' regions (marks included). None where it does not hold."""
    if not text[words[0] : words[1]].rstrip()[-1:].isalnum():
        return None
    after = [w for w in sent.words if w.start >= region[1]]
    if (
        not after
        or text[region[1] : after[0].start].strip()
        or not after[0].text[:1].islower()
        or after[0].upos not in _CARRY_ON_UPOS
    ):
        return None
    # marks and space, stripped from a later quotation's region to read the punctuation its words end with
    marks = " \n" + "".join(quote_marks().all)
    end = region[1]
    skip_to = -1
    for w in after:
        if w.start < skip_to:
            continue
        k = quotations.containing(w.start)
        if k >= 0:
            q = quotations.spans[k]
            end, skip_to = q[1], q[1]
            if text[q[0] : q[1]].rstrip(marks)[-1:] in _CLAUSE_BREAKS:
                break  # ``''for the long-term …,'' he said``: the quotation's own comma ends the statement
            continue
        if w.upos == "PUNCT" and w.text in _CLAUSE_BREAKS:
            break
        if w.upos in ("VERB", "AUX") and is_cue(w.lemma, sent.lang):
            return None  # ``"…" and Pooh saying, "…"``: a speech act of its own, not the quotation's clause
        end = w.end
    return end


def clause_opening(
    text: str, region: tuple[int, int], words: tuple[int, int], sent: ParsedSentence, quotations: SpanIndex
) -> int | None:
    """Where the clause a quotation finishes opens, for a quotation that opens with a lower-case word after a
    subordinator earlier in its sentence (``said that once the Senate goes on recess, "I intend …"`` does not
    count, ``argued that it would be better …, "because those afflicted …"`` and ``noting that he and his wife,
    Callista, "have regularly talked …"`` do): the subordinator's offset, as PolNeAR starts such a mixed
    statement. Read back from the opening mark over at most :data:`_MAX_OPENING_WORDS` words; another quotation,
    an end mark, colon or semicolon, or a speech verb on the way means the quotation is introduced on its own
    (``While confidence is high, he said, ''this has done nothing …''``). None where no subordinator is found."""
    if not text[words[0] : words[1]].lstrip(" \n" + "".join(quote_marks().all))[:1].islower():
        return None
    lead = [w for w in sent.words if w.end <= region[0]]
    for w in reversed(lead[-_MAX_OPENING_WORDS:]):
        if (
            quotations.containing(w.start) >= 0
            or (w.upos == "PUNCT" and w.text in _OPENING_BREAKS)
            or (w.upos in ("VERB", "AUX") and is_cue(w.lemma, sent.lang))
        ):
            return None  # ``If Clinton is elected, he said, "she …"``: the quotation's own tag introduces it
        if w.upos == "SCONJ" and w.base_rel == "mark":
            # after a quotation earlier in the sentence the subordinator is the tag's (``"…," said Rabbit, as he
            # sharpened his pencil, "the adventure …"``): the quotation goes on, it finishes no clause
            earlier = quotations.first_overlapping(sent.start, w.start)
            return w.start if earlier < 0 else None
    return None


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
