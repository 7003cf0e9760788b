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

:class:`HeadlineVerbRule` reads a document's title that reports with a speech or belief verb (``Trump Says He's
Unlikely To Have A Good Relationship With David Cameron.``, ``DNC chair dismisses Sanders' accusations against
Clinton's fundraising.``). Headline grammar (no articles, capitals on every word, no auxiliaries) makes the compact
tagger read the verb as a noun or name, so no rule of reported.py sees it; PolNeAR annotates nearly every title
that reports. The title is read by word order:

- it is the document's first sentence and a paragraph of its own;
- the verb is a cue or belief row (``says``, ``dismisses``, ``reveals``) in a finite form: the ``-s`` or past form,
  not the base (``Post``, ``State``, ``Talk`` in capitals are as often nouns) nor an ``-ing`` form (``Warning``),
  nor a participle in ``-n`` (``Well-Known``); the base form only after a plural noun (``New Polls Show``);
- right before it (adverbs skipped: ``Trump Just Announced``) stands a noun phrase that opens the title or
  follows a kicker's colon (``Wow: Glenn Beck …``), not a possessive (``Trump's Claims``) and no phrase broken by a
  relative pronoun or a verb (``A Justice Who Once Mocked``);
- the content runs from the word after the verb to the title's end, or to a colon, dash, semicolon or comma
  (``Glenn Beck Blasts [Drudge for Mocking His Fast], Quotes Bible …``), and does not open with a preposition
  (``Just Responded To Palin's Endorsement With One Brutal Line``: the act's target, which PolNeAR cuts
  unpredictably); when the verb closes the title after a comma, the content is what stands before that comma
  (``[Donald Trump Is Like A Lawyer's Dumbest Client Ever], Trevor Noah Says.``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quotekit.attribution.reported import Found, ReportedStatement, SentenceContext
from quotekit.attribution.rules import Phase
from quotekit.lexicon import CueEntry, belief_cues, mention_words, verb_cues
from quotekit.lexicon import words as lexicon_words
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence, Word

__all__ = ["MAX_SOURCE_WORDS", "HeadlineRule", "HeadlineVerbRule"]

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


# --- a title with a speech verb -----------------------------------------------------------------------------

# What a headline's subject noun phrase is made of, read leftwards from the verb; anything else (a verb, a relative
# pronoun, a preposition, a subordinator) ends it.
_SUBJECT_UPOS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "X"})
_SUBJECT_HEAD_UPOS = frozenset({"PROPN", "NOUN", "PRON", "X"})
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
# Where a headline's content ends: a second title part after a colon, a dash, a semicolon or a comma (``Blasts
# Drudge for Mocking His Fast, Quotes Bible …``).
_CONTENT_STOPS = frozenset({":", ";", ",", "-", "–", "—", "--"})


def _title(ctx: SentenceContext) -> bool:
    """Whether the sentence is the document's first and a paragraph of its own."""
    text, sent = ctx.text, ctx.sent
    after = text[sent.end :]
    return not text[: sent.start].strip() and (not after.strip() or after.lstrip(" \t").startswith("\n"))


def _cue_entries(w: Word, lang: str) -> tuple[CueEntry, ...]:
    """The speech, communication and belief rows whose forms include the word as written."""
    form = w.text.lower()
    return verb_cues(form, lang, surface=form) + belief_cues(form, lang, surface=form)


def _finite_form(w: Word, entries: Sequence[CueEntry]) -> str | None:
    """``finite`` for an ``-s`` or past form of one of ``entries``, ``base`` for its base form, else None (an
    ``-ing`` form, an irregular participle in ``-n``: ``written``, ``known``)."""
    form = w.text.lower()
    if any(form == e.base for e in entries):
        return "base"
    if form.endswith("ing") or (form.endswith("n") and any(form in (f.lower() for f in e.forms) for e in entries)):
        return None
    return "finite"


def _phrase_start(sent: ParsedSentence, head: int, opening: int) -> int:
    """The first word of the noun phrase that ends at ``head``, read leftwards no further than word ``opening``."""
    k = head
    while k > opening and (sent[k - 1].upos in _SUBJECT_UPOS or sent[k - 1].text in _NAME_PUNCT):
        k -= 1
    return k


def _content_end(sent: ParsedSentence, lo: int) -> int:
    """Last word of a headline's content that starts at ``lo``: before a colon, dash, semicolon or comma outside
    quotation marks, else before the closing punctuation."""
    hi = len(sent) - 1
    for k in range(lo + 1, len(sent)):
        if sent[k].text in _CONTENT_STOPS and (sent[k].text != "-" or sent[k].start > sent[k - 1].end):
            # a hyphen inside a word (``Reagan-like``) is no dash
            hi = k - 1
            break
    while hi > lo and (sent[hi].upos == "PUNCT" and not all(c in quote_marks().all for c in sent[hi].text)):
        hi -= 1
    return hi


_CASE_WORD_LETTERS = 4


def _headline_case(sent: ParsedSentence) -> bool:
    """Whether every word of four letters or more is capitalised (``Trump Says He's Unlikely To Have …``)."""
    long = [w.text for w in sent.words if w.text.isalpha() and len(w.text) >= _CASE_WORD_LETTERS]
    return bool(long) and all(t[:1].isupper() for t in long)


def _addressee(sent: ParsedSentence, k: int) -> bool:
    """``talks to Megyn Kelly``: the hearer's preposition (``addressee_case``) before a capitalised word, which the
    tagger reads as an infinitive's ``to``; ``pledges to expand`` (a lower-case verb after it) is content."""
    return (
        sent[k].text.lower() in lexicon_words("addressee_case", sent.lang)
        and k + 1 < len(sent)
        and sent[k + 1].text[:1].isupper()
    )


class HeadlineVerbRule:
    """A document's title that reports with a speech or belief verb (see the module docstring)."""

    name = "indirect_headline_verb"
    languages: frozenset[str] | None = frozenset({"en"})
    phase = Phase.REPORTED
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        sent = ctx.sent
        if not _title(ctx):
            return []
        colon = next((w.index for w in sent.words[: MAX_SOURCE_WORDS + 1] if w.text == ":"), None)
        opening = 0 if colon is None else colon + 1
        # The first cue word that has the verb's shape reports; an earlier one may be a noun (``Warning Sign``) or
        # stand in the content of a closing tag (``… Slower Than Expected, Bank Chief Says.``).
        for v in range(opening + 1, len(sent)):
            found = self._report_at(sent, v, opening)
            if found is None:
                continue
            a, b = sent[found.lo].start, sent[found.hi].end
            if any(qs < b and a < qe for qs, qe in ctx.quote_ranges):
                # a title quoting its source (``'ISIS Truther' Trump Is Like …, Trevor Noah Says.``): PolNeAR calls
                # such a statement indirect, the reported-speech rules mixed; left to the quotation rules
                return []
            return [found]
        return []

    def _report_at(self, sent: ParsedSentence, v: int, opening: int) -> Found | None:
        """The title's report when word ``v`` is its verb: after a subject that opens the title, or closing it."""
        entries = _cue_entries(sent[v], sent.lang)
        form = _finite_form(sent[v], entries) if entries else None
        if form is None or (sent[v].upos == "VERB" and not _headline_case(sent)):
            # a verb the tagger got right in a title in sentence case is a sentence the other rules read (a novel's
            # opening ``Marilla found Anne face downward …`` is no title)
            return None
        head = v - 1
        while head > opening and sent[head].upos == "ADV":
            head -= 1  # ``Trump Just Announced``
        w = sent[head]
        if w.upos not in _SUBJECT_HEAD_UPOS or w.text.lower().endswith(_POSSESSIVE_ENDINGS):
            return None  # ``Trump's Claims``: the word is a noun
        if w.text.lower() in lexicon_words("relative", sent.lang):
            return None  # ``Hacker who revealed …``: the verb of a relative clause inside the subject
        if any(e.lemma in lexicon_words("evidence_only", sent.lang) for e in entries) and (
            w.lemma.lower() not in lexicon_words("evidence_noun", sent.lang)
        ):
            return None  # ``find`` reports only a poll's or study's finding, as in the other rules
        if form == "base" and w.feats.get("Number") != "Plur":
            return None  # ``Washington Post Assembles``, ``State``: a base form is a verb only after a plural
        lo_subject = _phrase_start(sent, head, opening)
        last = len(sent) - 1
        while last > v and sent[last].upos == "PUNCT":
            last -= 1
        lemma = entries[0].lemma
        if last == v and lo_subject > opening + 1 and sent[lo_subject - 1].text == ",":
            # ``…, Trevor Noah Says.``: the tag closes the title; the content is what precedes its comma
            return Found(opening, lo_subject - 2, head, v, None, lemma, self.name, self.confidence, speaker_hi=head)
        if lo_subject != opening or last == v:
            return None  # ``A Justice Who Once Mocked …``: the verb's subject is no phrase that opens the title
        lo = v + 1
        if sent[lo].upos == "ADP" or sent[lo].text in _CONTENT_STOPS or _addressee(sent, lo):
            return (
                None  # ``Responded To Palin's Endorsement With One Brutal Line``: the act's target, cut unpredictably
            )
        return Found(lo, _content_end(sent, lo), head, v, None, lemma, self.name, self.confidence, speaker_hi=head)
