"""What a stretch in quotation marks is: a direct quotation, a mixed one (a fragment inside the narrator's
clause) or no quotation at all (scare quotes, titles). Runs before the attribution rules; see
:meth:`QuoteClassifier.classify` for the rules in order."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Literal

import regex

from quotekit.attribution.reported import SentenceContext
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import cue_surface_pattern
from quotekit.lexicon import words as lexicon_words
from quotekit.naming import name_rule, naming_words, speech_rule
from quotekit.regions import SpanIndex
from quotekit.scanner import mark_class, quote_marks
from quotekit.tree import ParsedSentence

__all__ = ["QuoteClass", "QuoteClassifier", "classify_quote"]

QuoteClass = Literal["direct", "mixed", "none"]

# --- classifying quotations -------------------------------------------------------------------------------

# How many words back an introducer may stand (``called the new plan "reckless"``).
_INTRODUCER_WINDOW = 5
_MAX_LABEL_TOKENS = 3
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")
# A sentence end before the quote, for when there is no parse: end punctuation (maybe inside marks) and space.
_MARKS = quote_marks()
# Closing marks, and opening or closing ones that are never an apostrophe (``don’t`` is no end of a quotation).
_CLOSE = mark_class(_MARKS.closing)
_CLOSE_UNAMBIGUOUS = mark_class(_MARKS.closing - _MARKS.apostrophes)
_OPEN_UNAMBIGUOUS = mark_class(_MARKS.opening - _MARKS.apostrophes)
_SENTENCE_END = regex.compile(rf"[.!?…][{_CLOSE}]?\s+|\n")
_CLAUSE_BREAK = regex.compile(r"[,;:–—(]")
# Dialogue (issue 15): right after a finished quotation (``»…sollten!« »Aber …«``) or after a short tag that
# interrupts one (``»…«, brummte er, »und stört …«``, ``"…," laughed Tom, "but …"``, ``»…« rief der Knabe wieder;
# »wenn …«``: a comma or semicolon after up to six words), a quotation goes on speaking.
# The comma at the closing mark keeps titles in a list out (``„Der Fänger im Roggen“ von J.D. Salinger, „…“``).
# Labels: a short stretch after a colon, or one of a list of stretches in marks joined by a comma or conjunction.
_MAX_COLON_LABEL_TOKENS = 5
# Relations that open a clause of its own inside a noun phrase: what lies below them is not the phrase.
_CLAUSE_RELS = frozenset({"acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
_UTTERANCE_END = (".", "!", "?", "…", ",", ";")
_LIST_BEFORE = regex.compile(rf"[{_CLOSE_UNAMBIGUOUS}]\s*(,|\p{{L}}+)\s*$")
_LIST_AFTER = regex.compile(rf"\s*(,|\p{{L}}+)\s*[{_OPEN_UNAMBIGUOUS}]")
# A new turn of a dialogue: a finished quotation (or sentence) and a dash before the mark (``»…genug?« – »Nein«``,
# ``rief Häwelmann hinauf. – »Die schlafen«``).
_DASH_TURN = regex.compile(rf"[.!?…{_CLOSE}]\s*[–—]$")
# The last closing mark before a quotation, and what follows it up to the mark: a tag that may be longer than
# :data:`_AFTER_QUOTE`'s six words (``»…!« rief die Katze herunter und sprang einen Baum weiter; »horch …«``).
_LAST_CLOSE = regex.compile(rf"[{_CLOSE_UNAMBIGUOUS}][^{_CLOSE_UNAMBIGUOUS}]*$")
_AFTER_QUOTE = regex.compile(
    rf"(?:[.!?…][{_CLOSE}]|(?:[,!?…][{_CLOSE}]|[{_CLOSE}],)(?:\s+[^\s,;{_CLOSE}]+){{1,6}}[,;])$"
)


def _speech_evidence(
    text: str,
    o_start: int,
    c_end: int,
    s_start: int,
    s_end: int,
    lang: str,
    sent: SentenceContext | None,
    parsed: ParsedSentence | None,
) -> bool:
    """A speech cue in the quote's sentence, a trailing tag or a Konjunktiv-I clause (``„In absehbarer Zeit“, so
    X``, ``Er sei „müde“``): what keeps a short stretch in marks from being taken for a label."""
    return (
        _has_cue(text, s_start, max(s_end, c_end), lang, sent)
        or _has_cue(text, c_end, s_end, lang, None)
        or speech_rule(text, o_start, c_end, s_start, s_end, parsed, lang) is not None
    )


def _sentence_bounds(
    text: str, pos: int, sentences: Sequence[ParsedSentence], index: SpanIndex
) -> tuple[int, int, ParsedSentence | None]:
    """The sentence around ``pos``: from the parse when there is one, else from punctuation."""
    k = index.containing(pos)
    if k >= 0:
        s = sentences[k]
        return s.start, s.end, s
    lo = max(0, pos - 600)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, pos)]
    start = starts[-1] if starts else (0 if lo == 0 else lo)
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() + 1 if m else len(text)), None


def _has_cue(text: str, start: int, end: int, lang: str, sent: SentenceContext | None) -> bool:
    """A speech verb or source phrase between ``start`` and ``end``: from the parse, else from the surface pattern."""
    if start >= end:
        return False
    if sent is not None:
        # A verb of opinion before a quotation (``Candidates who think "America …"``) holds a fragment of the
        # narrator's clause, not the words of a speaker it introduces.
        stance = lexicon_words("stance_verb", sent.sent.lang)
        for c in sent.cues():
            w = sent.sent[c.verb]
            if start <= w.start and w.end <= end and c.lemma not in stance:
                return True
        return False
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return any(cue_surface_pattern(lg).search(text, start, end) for lg in langs)


def _guess_lang(text: str, sent: ParsedSentence | None) -> str:
    if sent is not None:
        return sent.lang
    # Without a parse: German quotation marks and a few function words are enough to pick a cue table.
    sample = text.lower()
    de = sum(sample.count(w) for w in (" der ", " die ", " und ", " sagte ", " ist ", "„"))
    en = sum(sample.count(w) for w in (" the ", " and ", " said ", " is ", " of "))
    return "de" if de > en else "en"


def _title_like(words: Sequence[str], lang: str) -> bool:
    """A name or title: every word capitalised (English small words excepted: ``The Art of the Deal``).

    German capitalises every noun, so there a lower-case word anywhere (``Opfer des Terrorismus``) means a
    phrase, not a title; a lone capitalised German noun is too weak a sign and counts only with no cue around.
    """
    if not words or not words[0][:1].isupper():
        return False
    if profile(lang).capitalised_nouns:
        return len(words) > 1 and all(w[:1].isupper() for w in words)
    small = lexicon_words("title_small_word", "en")
    return all(w[:1].isupper() or w.lower() in small for w in words)


# After a quotation that is a turn of dialogue: a comma before its tag, a dash, or the end of the paragraph.
_TURN_AFTER = regex.compile(r"[ \t]*(?:,|[–—]|\n|$)")
# After a quotation that is a paragraph of its own: at most a dash (``»Na hör mal« –``).
_ALONE_AFTER = regex.compile(r"[ \t]*(?:[–—][ \t]*)?(?:\n|$)")
# Before a quotation, searched backwards: a line break with only space after it opens the paragraph with it.
_LINE_LEAD = regex.compile(r"(?r)\n|\S")


def _turn(text: str, o_start: int, c_end: int, *, alone: bool = False) -> bool:
    """A short quotation that opens its paragraph and is followed by a comma, a dash or the paragraph's end is
    a turn of dialogue (``»Ich kann nicht«, kam es von der Tür``, ``»Na hör mal« –``), not a label: a title
    opening a paragraph goes on with the sentence it names (``„Eagle“ startet 2025``). With ``alone``, only
    a dash may follow it in its paragraph."""
    # backwards from the mark to the nearest line break or other character: reading from the line's start for
    # every quotation of a long paragraph would cost the square of their number
    lead = _LINE_LEAD.search(text, 0, o_start)
    after = _ALONE_AFTER if alone else _TURN_AFTER
    return lead is not None and lead.group() == "\n" and after.match(text, c_end) is not None


def _has_verb(parsed: ParsedSentence | None, start: int, end: int) -> bool:
    """The parse finds a verb inside the marks (``rufend: „Es lebe der König“``): a saying, not a label."""
    return parsed is not None and any(start <= w.start and w.end <= end and w.upos in ("VERB", "AUX") for w in parsed)


def _in_speaker_phrase(sent: SentenceContext, o_start: int, c_end: int, content: str) -> bool:
    """The stretch lies inside the subject phrase of a speech verb, next to words of that phrase outside the marks
    before the verb (``Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte``, ``Wie die „Aktion Mensch“
    mitteilte``, ``„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an``): it names the speaker, it is not what
    they say. A stretch with its own end punctuation is words whatever the parse says; clauses inside the subject
    phrase (a relative clause quoting someone) are not the phrase."""
    if content.rstrip().endswith(_UTTERANCE_END):
        return False
    parsed = sent.sent
    inside = {w.index for w in parsed if o_start <= w.start and w.end <= c_end and w.upos != "PUNCT"}
    if not inside:
        return False
    for cue in sent.cues():
        if parsed[cue.verb].start < c_end:
            continue  # after the verb a German object parsed as its subject is as likely (``nannte dies einen „…“``)
        for subj in parsed.children(cue.verb, "nsubj"):
            phrase, stack = set(), [subj.index]
            while stack:
                k = stack.pop()
                phrase.add(k)
                stack.extend(c.index for c in parsed.children(k) if c.base_rel not in _CLAUSE_RELS)
            outside = {
                k for k in phrase - inside if parsed[k].upos != "PUNCT" and not o_start <= parsed[k].start < c_end
            }
            # The phrase opens before the marks (``Ein Sprecher der „…“``): a stretch that opens it is as often a
            # line of dialogue the parser ran into its tag (``»Sau« sprach der Deutsche``).
            if inside <= phrase and any(parsed[k].end <= o_start for k in outside):
                return True
    return False


def _bare_label(
    text: str, start: int, end: int, o_start: int, c_end: int, before: str, content_words: Sequence[str], lang: str
) -> bool:
    """A stretch in marks that is a label, not words: no end punctuation of its own and either a short one after a
    colon (``kurz: „OpenOffice“``, ``Codenamen: „Maelstrom“``, ``stellte die CD vor: „Have a nice day“``) or an
    item without a comma in a list of stretches in marks (``Themen wie „Zur Geschichte der DVB“, „Erinnerungen
    und Bilder“ oder „…“``, ``die Modelle „Touareg“ und „Phaeton“``). The caller asks only where no speech verb, tag or
    Konjunktiv I in the sentence says someone speaks (``sagte: „Ein guter Start“``, ``„Stoppt …“ oder „…“,
    riefen die Demonstranten``)."""
    if not content_words or text[start:end].rstrip().endswith(_UTTERANCE_END):
        return False
    if before.endswith(":") and len(content_words) <= _MAX_COLON_LABEL_TOKENS:
        return True
    if "," in text[start:end]:
        return False  # clauses (``„Ich zähle auf euch, dass …“ und „…“``): words, though listed
    joins = {",", *lexicon_words("list_conjunction", lang)}
    for m in (_LIST_BEFORE.search(text, max(0, o_start - 12), o_start), _LIST_AFTER.match(text, c_end)):
        if m is not None and m.group(1).lower() in joins:
            return True
    return False


def classify_quote(
    text: str,
    start: int,
    end: int,
    open_: tuple[int, int] | None,
    close: tuple[int, int] | None,
    sentences: Sequence[ParsedSentence],
) -> QuoteClass:
    """What one stretch in quotation marks is; see :meth:`QuoteClassifier.classify` (for many quotes of one
    document, build a :class:`QuoteClassifier` once)."""
    return QuoteClassifier(text, sentences).classify(start, end, open_, close)


# Between two stretches in marks of one list: a comma or conjunction and at most a definite article (``„Touareg“ und
# „Phaeton“``, ``das „Aktionsbündnis Nichtrauchen“, die „Nichtraucher-Initiative“``).
_LIST_JOIN = regex.compile(r"\s*(,|;|\p{L}+)\s*(?:(\p{L}+)\s+)?")
# A short stretch that opens its sentence and a colon right after it: the label of who speaks next in an interview
# (``'' Pau '': Ihren Fragen …``), not words.
_COLON_AFTER = regex.compile(r"\s*:")

Stretch = tuple[int, int, tuple[int, int] | None, tuple[int, int] | None]
"""A stretch in marks as the scanner gives it: content start and end, the opening and the closing mark."""


class QuoteClassifier:
    """Classifies the quotations of one document; the parsed sentences are indexed once for all of them.

    :meth:`remember_names` (optional, before :meth:`classify`) reads all stretches of the document first: a name
    found in one place (``der Internet-Suchseite „Gesuchte Kinder“``) is a name where it recurs without evidence
    (``„Gesuchte Kinder“ stellt Fotos … ins Internet``), and so is a stretch listed next to a name (``„Nackt unter
    Wölfen“ oder „Jeder stirbt für sich allein“``)."""

    def __init__(self, text: str, sentences: Sequence[ParsedSentence]) -> None:
        self.text = text
        self.sentences = list(sentences)
        self._index = SpanIndex([(s.start, s.end) for s in self.sentences])
        self._named_texts: set[str] = set()
        self._named_closes: list[int] = []
        """Where the names :func:`~quotekit.naming.name_rule` found end (after the closing mark), in order."""
        self._named_opens: list[int] = []
        self._name_here: dict[tuple[int, int], bool] = {}
        """What :func:`~quotekit.naming.name_rule` said of each stretch :meth:`remember_names` read, by content
        span, so :meth:`classify` does not ask it twice."""
        self.scare_quotes: set[int] = set()
        """Content starts of the stretches :meth:`classify` dropped for want of speech evidence alone (short, inside
        the narrator's clause, no cue in the sentence): a reported statement found around one later may still make
        it a fragment of someone's words (``Dieser bestehe aus „repressiven“ Maßnahmen``)."""

    def remember_names(self, stretches: Sequence[Stretch]) -> None:
        """Note every stretch of the document that :func:`~quotekit.naming.name_rule` calls a name, wherever it
        stands (a colon or a tag before it does not make a name words)."""
        for start, end, open_, close in stretches:
            o_start = open_[0] if open_ is not None else start
            c_end = close[1] if close is not None else end
            s_start, s_end, parsed = _sentence_bounds(self.text, o_start, self.sentences, self._index)
            s_start = min(s_start, o_start)
            lang = _guess_lang(self.text[max(0, s_start - 200) : s_end], parsed)
            named = name_rule(self.text, start, end, o_start, c_end, s_start, s_end, parsed, lang) is not None
            self._name_here[(start, end)] = named
            if named:
                self._named_texts.add(self.text[start:end].strip())
                bisect.insort(self._named_closes, c_end)
                bisect.insort(self._named_opens, o_start)

    def _named_elsewhere(self, start: int, end: int, o_start: int, c_end: int, lang: str) -> bool:
        """The stretch was named in another place of the document, or a name stands next to it in a list."""
        content = self.text[start:end].strip()
        if content in self._named_texts:
            return True
        # A saying or a phrase listed beside a title is still words (``„Stoppt X“ oder „X – sinnlos, teuer“``,
        # ``der „Alfvenwellen“, die „eine neue Ära einleiten“``): a listed name opens with a capital, without a comma.
        name_like = content[:1].isupper() or content[:1].isdigit()
        if content.endswith(_UTTERANCE_END) or "," in content or not name_like:
            return False
        joins = {",", ";", *lexicon_words("list_conjunction", lang)}
        articles = naming_words(lang).definite_articles

        def joined(a: int, b: int) -> bool:
            m = _LIST_JOIN.fullmatch(self.text, a, b)
            if m is None or m.group(1).lower() not in joins:
                return False
            return m.group(2) is None or m.group(2).lower() in articles

        k = bisect.bisect_right(self._named_closes, o_start) - 1
        if k >= 0 and joined(self._named_closes[k], o_start):
            return True
        k = bisect.bisect_left(self._named_opens, c_end)
        return k < len(self._named_opens) and joined(c_end, self._named_opens[k])

    def classify(  # noqa: C901 - the docstring's numbered rules, tried in order: one place shows their order
        self, start: int, end: int, open_: tuple[int, int] | None, close: tuple[int, int] | None
    ) -> QuoteClass:
        """What a stretch in quotation marks is: ``"direct"``, ``"mixed"`` or ``"none"`` (not a quotation).

        Rules, in order, over the sentence around the opening mark (from ``sentences`` when the quote's sentence
        was parsed, else from punctuation) — ``before`` is the sentence text up to the opening mark, ``after`` the
        text from the closing mark to the sentence end:

        0. A name in the subject phrase of a speech verb, before the verb (``Ein Sprecher der „Polizei von DeLand“
           sagte``), and, with no speech evidence in the sentence and no verb inside, a label: short after a colon
           (``kurz: „OpenOffice“``) or an item of a list of stretches in marks → **none**.
        1. ``before`` ends in a colon → **direct** (``Rao said: „…“``). Then a name or title in marks → **none**
           (:func:`quotekit.naming.name_rule`: ``der Tanker „Nordstern“``, ``laut „Figaro“``, ``a ship dubbed
           "…"``), and so is, after :meth:`remember_names`, a stretch named elsewhere in the document or listed
           next to a name. A trailing tag or a Konjunktiv-I clause (:func:`quotekit.naming.speech_rule`) counts as a
           speech cue in the rules below (``„In absehbarer Zeit“, so X``, ``Er sei „müde“``).
        2. A label word right before (``so-called``, ``sogenannte``) → **none**.
        3. ``as``/``als``/``called``/``nannte``/``bezeichnete`` within five words before the mark, with no comma in
           between → **mixed** (``described it as „…“``, ``called the plan "reckless"``).
        4. Nothing before the mark in its sentence (the quote opens the sentence) → **direct**, unless a colon
           follows a short one (an interview's ``„Pau“: …`` → **none**) or it is a short label: at most three
           words, no speech cue in the sentence and no end punctuation of its own (``„Eagle“ startet 2025.`` →
           **none**; ``“Big time.”`` → direct).
        5. ``before`` ends in a comma after a speech cue (``he said, “…”``, ``As Altman said Monday, “…”``,
           ``„…“, sagte er, „…“``) → **direct**.
        6. A speech verb right before the mark and a capitalised quote of four words or more (``said "We will…"``)
           → **direct**.
        7. Otherwise the quote sits inside the narrator's clause. It is a scare quote, name or title → **none**
           when it is title-cased (``his book "The Art of the Deal"``, ``„Die Blechtrommel“``; in German only when
           every word is capitalised) or short (at most three words) with no speech cue in the sentence
           (``the „Eagle“``); else it is a quoted fragment → **mixed** (``warnte vor einem „populistischen
           Wahlkampf“``, ``Afghanistan sei ein „Opfer des Terrorismus“``).

        Known failure: a full sentence quoted in the middle of a narrator's clause with no cue (``the motto
        "Wir schaffen das" became famous``) is called mixed.
        """
        o_start = open_[0] if open_ is not None else start
        c_end = close[1] if close is not None else end
        text = self.text
        s_start, s_end, parsed = _sentence_bounds(text, o_start, self.sentences, self._index)
        s_start = min(s_start, o_start)
        lang = _guess_lang(text[max(0, s_start - 200) : s_end], parsed)
        # Cues inside the quotation itself (``„Ich sagte …“``) say nothing about how it is introduced.
        sent = SentenceContext(text, parsed, [(o_start, c_end)]) if parsed is not None else None
        content_words = _WORD.findall(text[start:end])
        before = text[s_start:o_start].rstrip()
        before_words = _WORD.findall(before)
        sentence_has_cue = _speech_evidence(text, o_start, c_end, s_start, s_end, lang, sent, parsed)
        short = len(content_words) <= _MAX_LABEL_TOKENS

        if _DASH_TURN.search(before):
            return "direct"  # a turn after a finished quotation and a dash, though its tag follows (``– »Sau« sprach``)
        if _turn(text, o_start, c_end, alone=True):
            return "direct"  # a paragraph of its own after another (``»Na hör mal« –``): a turn, whatever its words
        if sent is not None and _in_speaker_phrase(sent, o_start, c_end, text[start:end]):
            return "none"  # ``Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte``: a name in the speaker
        if (
            not sentence_has_cue
            and not _has_verb(parsed, start, end)
            and _bare_label(text, start, end, o_start, c_end, before, content_words, lang)
        ):
            return "none"  # ``kurz: „OpenOffice“``, ``Themen wie „Zur Geschichte …“, „Erinnerungen …“``
        if before.endswith(":") or _AFTER_QUOTE.search(before):
            return "direct"
        if before.endswith((",", ";")) and self._tag_resumes(s_start, o_start, lang, sent):
            return "direct"  # ``»…!« rief die Katze herunter und sprang einen Baum weiter; »horch nur …«``
        named = self._name_here.get((start, end))
        if named is None:
            named = name_rule(text, start, end, o_start, c_end, s_start, s_end, parsed, lang) is not None
        if named:
            return "none"  # a name or title in marks: ``der Tanker „Nordstern“``, ``laut „Figaro“``
        if (
            self._named_elsewhere(start, end, o_start, c_end, lang)
            # its own tag makes a stretch words wherever else it names (``›Tööf still‹, denkt der Meister``)
            and speech_rule(text, o_start, c_end, s_start, s_end, parsed, lang) != "tag"
        ):
            return "none"  # ``„Gesuchte Kinder“ stellt Fotos … ins Internet`` after ``der Suchseite „Gesuchte Kinder“``
        if before_words and before_words[-1].lower() in lexicon_words("label_introducer"):
            return "none"
        tail = before_words[-_INTRODUCER_WINDOW:]
        tail_text = before[-120:]
        for k, w in enumerate(reversed(tail)):
            if w.lower() in lexicon_words("mixed_introducer"):
                # ``As Altman said Monday, “…”``: a comma after the introducer ends its clause.
                pos = tail_text.lower().rfind(w.lower())
                if pos >= 0 and not _CLAUSE_BREAK.search(tail_text, pos):
                    if k == 0 and w.lower() == "as" and short and _title_like(content_words, lang):
                        return "none"  # ``known as the "Eagle"`` / ``as "Eagle"``
                    return "mixed"
        if not before_words and short and _COLON_AFTER.match(text, c_end):
            return "none"  # ``'' Pau '': Ihren Fragen stelle ich …``: who speaks next in an interview
        if not before_words:
            # A quote that opens its sentence is someone's words unless it is a bare label: short, no speech verb
            # around, and no sentence-final punctuation of its own (``„Eagle“ startet 2025.`` vs ``“Big time.”``).
            # A dash at the end breaks off speech (``»Miß Murky war –«``).
            ends_utterance = text[start:end].rstrip().endswith((".", "!", "?", "…", ",", "–", "—"))
            if short and not sentence_has_cue and not ends_utterance and not _turn(text, o_start, c_end):
                return "none"
            return "direct"
        if before.endswith(",") and _has_cue(text, s_start, o_start, lang, sent):
            return "direct"
        last = before_words[-1].lower()
        if (
            len(content_words) > _MAX_LABEL_TOKENS
            and content_words[0][:1].isupper()
            and _has_cue(text, o_start - len(before_words[-1]) - 2, o_start, lang, sent)
            and last not in lexicon_words("mixed_introducer")
        ):
            return "direct"
        if self._said_sentence(start, end, s_start, o_start, before, content_words, lang, sent):
            return "direct"
        if _title_like(content_words, lang):
            return "none"
        if short and not sentence_has_cue:
            self.scare_quotes.add(start)
            return "none"
        return "mixed"

    def _tag_resumes(self, s_start: int, o_start: int, lang: str, sent: SentenceContext | None) -> bool:
        """Between the last closing mark of the sentence and this quotation stands a speech cue: the quotation
        goes on after its tag, however long the tag (``»Geh!« sagte sie; »was willst du?«``)."""
        m = _LAST_CLOSE.search(self.text, s_start, o_start)
        return m is not None and _has_cue(self.text, m.start() + 1, o_start, lang, sent)

    def _said_sentence(
        self,
        start: int,
        end: int,
        s_start: int,
        o_start: int,
        before: str,
        content_words: Sequence[str],
        lang: str,
        sent: SentenceContext | None,
    ) -> bool:
        """A sentence of its own — capitalised, with its own ``!`` or ``?`` or four words and more — after a
        speech cue in the clause before the mark, with no clause break after the cue (``Da rief die Hexe von unten
        »Ist die Luft rein?«``, ``und es sprach zu ihm »Du willst wieder fort; …«``, ``riefen »Vivat!«``): what
        the cue introduces, not a fragment of the narrator's clause. Labelling words (``als``, ``nannte``) were
        tried before."""
        if not content_words or not content_words[0][:1].isupper():
            return False
        # ``!`` or ``?`` end a saying whatever its length (``»Vivat!«``); a full stop also ends titles in older
        # print (``im „Philotas.“``), so then four words and more or a verb inside are asked for.
        exclaims = self.text[start:end].rstrip().endswith(("!", "?"))
        if not exclaims and (
            len(content_words) <= _MAX_LABEL_TOKENS or (sent is not None and not _has_verb(sent.sent, start, end))
        ):
            return False
        if sent is not None:
            last = [w for w in sent.sent if w.end <= o_start]
            if last and last[-1].upos in ("DET", "SCONJ", "ADP"):
                # ``hoffte, dass der „Heilige Geist wach ist“``, ``said in a statement that "…"``, ``at the end
                # of "Hail, Caesar!"``: the quotation goes on a phrase or clause of the narrator's sentence
                return False
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
        closes = [m.start() + 1 for m in _LAST_CLOSE.finditer(before)]
        clause_start = s_start + max([0, *breaks, *closes])
        return _has_cue(self.text, clause_start, o_start, lang, sent)
