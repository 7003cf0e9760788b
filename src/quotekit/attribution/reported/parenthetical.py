"""Attribution inside or after its content: ``Die Lage, sagte der Minister, sei ernst.`` (rule 3) and ``…, Rao
said.`` (rule 6)."""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.attribution.mentions import (
    expand_mention,
    is_nominal,
)
from quotekit.attribution.reported.content_clause import is_subordinate
from quotekit.attribution.reported.konjunktiv import LONG_TAG_REACH, TAG_REACH, is_participle
from quotekit.attribution.reported.sentence import (
    CONTENT_RELS,
    FINITE_UPOS,
    MAX_QUOTED_SHARE,
    ReportedStatement,
    SentenceContext,
    is_comma,
    is_punct,
    is_relative,
    is_restricted,
    span_words,
)
from quotekit.attribution.reported.spans import (
    Found,
    SentenceRule,
    has_clause,
    opens_non_content,
    quoted_share,
    trim_span,
)
from quotekit.attribution.reported.speech_acts import joins_verb_before
from quotekit.lang import profile
from quotekit.lexicon import as_words
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence


def _between_commas(sent: ParsedSentence, v: int) -> tuple[int, int] | None:
    """The commas around a speech clause inside a sentence (``…, sagte der Minister, …``): each within five
    words of the verb with no other finite verb between."""
    reach = TAG_REACH + 1 if profile(sent.lang).verb_second else LONG_TAG_REACH + 1
    lo = next(
        (k for k in range(v - 1, max(-1, v - reach), -1) if is_comma(sent[k]) or sent[k].upos in FINITE_UPOS), None
    )
    hi = next(
        (k for k in range(v + 1, min(len(sent), v + 6)) if is_comma(sent[k]) or sent[k].upos in FINITE_UPOS), None
    )
    if lo is None or hi is None or not (is_comma(sent[lo]) and is_comma(sent[hi])) or lo < 1:
        return None
    if v - lo > TAG_REACH and not any(w.feats.get("VerbForm") == "Fin" for w in sent.words[hi + 1 :]):
        # A long subject before the verb (``, a wide array of economists say,``) is a tag between commas only
        # when a finite clause goes on after it; otherwise the comma after the verb opens the narrator's
        # participle (``In New Orleans, a stream of protesters interrupted a Trump event, sometimes dropping …``).
        return None
    return lo, hi


def _parenthetical(ss: SentenceContext) -> list[Found]:
    """``Die Lage, sagte der Minister, sei ernst.`` / ``The situation, the minister said, was serious.``: the
    attribution between commas inside the content; both sides are reported (the corpora cut the content there)."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in (c for c in ss.cues() if not is_restricted(sent, c)):
        v = cue.verb
        # A participle between commas names or describes (``Das Objekt, genannt 2003 EL61, hat …``).
        if is_participle(sent[v], sent.lang) or is_subordinate(sent, v):
            continue
        if any(c.text.lower() in as_words() for c in sent.children(v, "mark")):
            continue
        commas = _between_commas(sent, v)
        if commas is None:
            continue
        lo_c, hi_c = commas
        inside = [k for k in range(lo_c + 1, hi_c) if k != v]
        outside = set(range(0, lo_c)) | set(range(hi_c + 1, n))
        speaker = ss.subject(cue, outside)
        parsed_inside = speaker is not None and speaker in inside
        if speaker is None or speaker not in inside:
            nominal = [
                k
                for k in inside
                if sent[k].upos in ("NOUN", "PROPN", "PRON")
                and sent[k].base_rel == "nsubj"
                and is_nominal(sent[k], sent.lang)
            ]
            if not nominal:
                continue
            speaker = nominal[-1] if nominal[-1] > v else nominal[0]
        right = trim_span(sent, hi_c + 1, n - 1)
        left = trim_span(sent, 0, lo_c - 1)
        if right is None or left is None:
            continue
        right_words = [w for w in sent.words[right[0] : right[1] + 1] if not is_punct(w)]
        if len(right_words) < 2 or not any(w.upos in FINITE_UPOS for w in right_words):
            continue
        # ``„…“, said Rita Katz, the director of …``: the attribution belongs to the quotation beside it, and
        # what follows the second comma describes the speaker (apposition, relative clause, ``holding back
        # tears``); only a clause that continues unquoted content on both sides is cut in two.
        shares = [quoted_share(sent[a].start, sent[b].end, ss.quote_ranges) for a, b in (left, right)]
        if shares[0] >= MAX_QUOTED_SHARE or (
            is_relative(sent[right[0]]) and sent[right[0]].text.lower() in lexicon_words("relative")
        ):
            continue
        # ``Um … anzusprechen, schlug Rao vor, dass …``: a fronted adverbial clause and a that-clause, not one
        # content cut in two (the that-clause rule takes it).
        if sent[hi_c + 1].text.lower() in lexicon_words("complementiser") or opens_non_content(sent, left[0]):
            continue
        conf = ParentheticalRule.confidence
        sides = _parenthetical_sides(sent, left, right, shares, parsed_inside)
        for lo, hi in _without_apposition(sent, sides, right, v, speaker, hi_c):
            out.append(Found(lo, hi, speaker, v, cue.particle, cue.lemma, "indirect_parenthetical", conf))
    return out


def _without_apposition(
    sent: ParsedSentence, sides: list[tuple[int, int]], right: tuple[int, int], v: int, speaker: int, hi_c: int
) -> list[tuple[int, int]]:
    """The sides to report, less a right side that only describes the speaker (``_apposed_to_tag``)."""
    if right in sides and _apposed_to_tag(sent, right, v, speaker, hi_c):
        return [s for s in sides if s != right]
    return sides


def _apposed_to_tag(sent: ParsedSentence, right: tuple[int, int], v: int, speaker: int, hi_c: int) -> bool:
    """``…, said David Autor, [a professor of economics at M.I.T., who …]``: after an inverted tag (verb, then
    its speaker), the side after the tag is a noun phrase the parse hangs on the speaker or the verb (as an
    apposition, or as a second subject) with no clause of its own, so it describes the speaker and says nothing.
    Not in a verb-second language: measured on English only, and German direct speech with dash tags (``– rief der
    Oberstabsarzt – Göttingen ist …``) parses its next sentence's subject onto the tag."""
    if profile(sent.lang).verb_second or not v < speaker < hi_c:
        return False
    return any(
        w.head in (v, speaker)
        and w.base_rel in _APPOSITION_RELS
        and w.upos in _APPOSITION_UPOS
        and not sent.children(w.index, "cop", "aux", "nsubj")
        and span_words(sent, w.index)[0] <= right[0]
        for w in sent.words[right[0] : right[1] + 1]
    )


_APPOSITION_RELS = frozenset({"appos", "nsubj"})
_APPOSITION_UPOS = frozenset({"NOUN", "PROPN"})


def _subject_phrase(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` are a bare noun phrase (``These and other sources of authority``): no verb, not
    opened by a preposition, subordinator or adverb, with a noun in it."""
    words = sent.words[lo : hi + 1]
    return (
        words[0].upos not in ("ADP", "SCONJ", "ADV")
        and not any(w.upos in FINITE_UPOS for w in words)
        and any(w.upos in ("NOUN", "PROPN") for w in words)
    )


def _has_finite(sent: ParsedSentence, k: int) -> bool:
    """Whether the phrase headed by ``k`` holds a verb (the tagger's AUX counts)."""
    lo, hi = span_words(sent, k)
    return any(w.upos in FINITE_UPOS for w in sent.words[lo : hi + 1])


# Words a subject phrase before its speech verb may hold beyond the parsed mention: ``[the] group says`` (the
# tagger made ``says`` a noun and hung ``the`` on it), ``[he and] Mr. Allen said``. Read in English order only:
# a verb-second tag (``…, sagte X``) puts its subject after the verb.
_SUBJECT_PHRASE_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "CCONJ"})
_SUBJECT_PHRASE_WORDS = 6


def subject_phrase_start(sent: ParsedSentence, lo: int) -> int:
    """The first word of the subject phrase whose mention starts at ``lo``, when only noun-phrase words stand
    between it and a comma before (a short run); ``lo`` otherwise."""
    k = lo
    while k > 0 and lo - k < _SUBJECT_PHRASE_WORDS and not is_comma(sent[k - 1]):
        w = sent[k - 1]
        if w.upos not in _SUBJECT_PHRASE_UPOS and w.text not in ("'s", "’s"):
            return lo
        k -= 1
    return k if k > 0 and is_comma(sent[k - 1]) else lo


def _parenthetical_sides(
    sent: ParsedSentence,
    left: tuple[int, int],
    right: tuple[int, int],
    shares: Sequence[float],
    parsed_inside: bool,
) -> list[tuple[int, int]]:
    """The sides of a parenthetical attribution that are reported: both, or only the left one when a quotation
    fills the right (``The golf industry, she said, is "doing much better …"``: the quotation is the quote
    sieves', the unquoted subject before it is still reported, as PolNeAR does). A fronted adverbial (``In an
    interview, he said, "…"``) is the narrator's; so is a noun phrase whose apposition the parser took for the
    speaker (the parsed subject must stand between the commas). German puts the attribution between commas
    around an apposed subject too (``Das Staatsoberhaupt, die Königin, bat …``), so verb-second languages report
    no lone left side."""
    if shares[1] < MAX_QUOTED_SHARE:
        return [left, right]
    if shares[0] or profile(sent.lang).verb_second:
        return []
    if parsed_inside and _subject_phrase(sent, *left):
        return [left]
    # ``[If Clinton is elected], he said, "she might be going back and forth …"``: a fronted subordinate clause is
    # part of what the speaker says (the quotation goes on with it), unlike a fronted phrase of time or place.
    if sent[left[0]].upos == "SCONJ" and has_clause(sent, *left):
        return [left]
    return []


def _content_first(ss: SentenceContext) -> list[Found]:
    """``…, Rao said.`` / ``…, sagte ein Sprecher.``: the attribution closes the sentence after a comma."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in (c for c in ss.cues() if not is_restricted(sent, c)):
        v = cue.verb
        speaker = ss.subject(cue, set())
        if speaker is None:
            continue
        lo_att = min(v, speaker)
        m = expand_mention(sent, speaker)
        if m is not None and speaker < v:
            while lo_att > 0 and sent[lo_att - 1].start >= m.start:
                lo_att -= 1
            if not profile(sent.lang).verb_second:
                lo_att = subject_phrase_start(sent, lo_att)
        if lo_att < 2 or not is_comma(sent[lo_att - 1]) or joins_verb_before(sent, v, lo_att):
            continue
        # Nothing but the attribution and adverbials after it: no clause of its own.
        if any(sent[k].upos in FINITE_UPOS and k != v for k in range(lo_att, n)):
            continue
        # A clause after the verb is its content; in English a noun the parser hung there as one is the
        # speaker's apposition (``said Angie Holan, Politifact's editor``). The compact German parse hangs content
        # fragments on ``sagte`` that way, so verb-second languages keep every such child.
        v2 = profile(sent.lang).verb_second
        if any(c.index > v and (v2 or _has_finite(sent, c.index)) for c in sent.children(v, *CONTENT_RELS)):
            continue
        t = trim_span(sent, 0, lo_att - 2)
        if t is None or not has_clause(sent, *t):
            continue
        out.append(
            Found(
                t[0], t[1], speaker, v, cue.particle, cue.lemma, "indirect_content_first", ContentFirstRule.confidence
            )
        )
    return out


class ParentheticalRule(SentenceRule):
    """``Die Lage, sagte der Minister, sei ernst.`` / ``The situation, the minister said, was serious.``"""

    name = "indirect_parenthetical"
    confidence = 0.8

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _parenthetical(ctx)


class ContentFirstRule(SentenceRule):
    """``…, Rao said.`` / ``…, sagte ein Sprecher.``: the content before its attribution."""

    name = "indirect_content_first"
    confidence = 0.75

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _content_first(ctx)
