"""A headline or transcript line that names its source before a colon: ``Poll: Trump and Clinton hold narrow leads
in Pennsylvania.``, ``Clinton camp: Trump's Islamophobia threatens national security.``, ``Matthews: Well,
speculation is bad.``

News titles put the source first and its claim after a colon, with no speech verb; interview transcripts do the
same with the speaker's name. PolNeAR annotates both as attributions (35 of its 300 dev documents' paragraphs open
so). The colon alone is no sign of a report (``Still to come: results in Ohio``, ``The pattern is clear: …``,
``BYLINE: Amber Phillips.``), so :class:`HeadlineRule` asks for the shape of a source on the left and of a claim on
the right:

- the line opens a paragraph and the colon comes within the first :data:`MAX_SOURCE_WORDS` words;
- before the colon stands a bare noun phrase (names, nouns, determiners, adjectives, a possessive; no verb, no
  preposition, no pronoun) that is a full name of two or more words or whose head is a source noun of the
  mention lexicon (``poll``, ``report``, ``newspaper``). A single capitalised word is as often a kicker (``Wow:``,
  ``The Latest:``), a head in capitals a section label (``BYLINE``, ``UPDATE``), and a single letter an interview
  turn (``Q:``, ``A:``), which PolNeAR marks in under half of the cases;
- after the colon a clause with a verb (headlines drop auxiliaries), not a question (``Ted Cruz: Constitutional
  conservative or another typical career politician?``, ``Clinton: 2,316.``).

The content is everything after the colon to the end of the sentence, and the noun phrase is its speaker.
"""

from __future__ import annotations

import regex

from quotekit.attribution.reported import Found, ReportedStatement, SentenceContext
from quotekit.attribution.rules import Phase
from quotekit.lexicon import mention_words
from quotekit.tree import ParsedSentence, Word

__all__ = ["MAX_SOURCE_WORDS", "HeadlineRule"]

MAX_SOURCE_WORDS = 5
"""Words a source before the colon may have (``Alex Seitz-Wald``, ``NY Daily News``, ``Democrats' new warning``)."""

# What a bare noun phrase is made of; a verb, preposition or pronoun makes the stretch before the colon a clause or
# a phrase of another kind (``Investors seem to agree:``, ``Big Win For Bernie:``, ``Even on age:``).
_SOURCE_UPOS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "CCONJ", "PUNCT"})
_HEAD_UPOS = frozenset({"PROPN", "NOUN"})
_NAME_PUNCT = frozenset({"'", "’", "-", "."})
"""Punctuation inside a name or a possessive (``Seitz-Wald``, ``Democrats'``, ``Sen.``)."""
_SOURCE_KINDS = ("organisation", "role", "statement")
_NUMBERING = regex.compile(r"[IVXLC]+|\d+\w*")
"""A Roman or Arabic number as the head: a heading's numbering (``Chapter VI:``, ``Part 2:``), not a name."""


def _opens_paragraph(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n")


def _source_head(sent: ParsedSentence, colon: int) -> int | None:
    """The head of the noun phrase before the colon: its last name or noun, when the phrase is a source."""
    words = sent.words[:colon]
    if any(w.upos not in _SOURCE_UPOS or (w.upos == "PUNCT" and w.text not in _NAME_PUNCT) for w in words):
        return None
    heads = [w for w in words if w.upos in _HEAD_UPOS]
    if not heads:
        return None
    head = heads[-1]
    if len(head.text) < 2 or (head.text.isupper() and len(head.text) > 3) or _NUMBERING.fullmatch(head.text):
        return None  # ``Q:``/``A:`` turns, section labels in capitals, ``Chapter VI:``/``Part 2:`` headings
    # A source noun as the head (``Poll``, ``Report``, tagged a name or not) or a full name (``Mark Cuban``, ``NY
    # Daily News``). A single capitalised word is as often a kicker (``Wow:``, ``The Latest:``), and two names
    # joined (``Netanyahu and Obama:``) are a topic.
    lemma = head.lemma.lower()
    if any(lemma in mention_words(sent.lang, kind) for kind in _SOURCE_KINDS):
        return head.index
    names = [w for w in words if w.upos == "PROPN"]
    if len(names) >= 2 and all(w.upos == "PROPN" or w.text in _NAME_PUNCT for w in words):
        return head.index
    return None


def _verb(w: Word) -> bool:
    # Any verb form, not only finite ones: headlines drop auxiliaries (``Clinton, Obama linked no matter what``).
    return w.upos in ("VERB", "AUX")


class HeadlineRule:
    """``Source: claim.`` opening a paragraph (see the module docstring)."""

    name = "indirect_headline"
    languages: frozenset[str] | None = None
    phase = Phase.REPORTED
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        sent = ctx.sent
        if ctx.quote_ranges or not _opens_paragraph(ctx.text, sent.start):
            return []
        colon = next((w.index for w in sent.words[: MAX_SOURCE_WORDS + 1] if w.text == ":"), None)
        if colon is None or colon == 0 or colon + 1 >= len(sent):
            return []
        head = _source_head(sent, colon)
        if head is None:
            return []
        hi = len(sent) - 1
        if sent[hi].text == "?" or not any(_verb(w) for w in sent.words[colon + 1 :]):
            return []
        return [Found(colon + 1, hi, head, None, None, None, self.name, self.confidence)]
