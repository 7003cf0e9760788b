"""Source phrases and ``as`` clauses (rules 1 and 2 of :mod:`quotekit.attribution.reported`): ``according to X``,
``laut X``, ``X zufolge``, ``…, so X``, ``As X said, …``, ``Wie X mitteilte, …``."""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.attribution.mentions import (
    expand_mention,
    is_nominal,
)
from quotekit.attribution.reported.sentence import (
    AS_CLAUSE_NEAR,
    AS_CLAUSE_WORDS,
    CONTENT_RELS,
    FINITE_UPOS,
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
    konjunktiv_form,
    larger_side,
    next_comma,
    trim_span,
)
from quotekit.lang import LANGUAGES, profile
from quotekit.lexicon import SourcePhrases, as_words, source_phrases
from quotekit.lexicon import words as lexicon_words
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence, Word


def _finite_before(sent: ParsedSentence, lo: int) -> bool:
    """Whether a finite verb stands before word ``lo`` in its clause (no comma between): the words at ``lo`` are
    then inside a clause that is already running (``Dabei kam es nach Angaben der Polizei zu …``)."""
    for k in range(lo - 1, -1, -1):
        w = sent[k]
        if is_punct(w):
            return False
        if w.upos in FINITE_UPOS and ("Mood" in w.feats or w.feats.get("VerbForm") == "Fin"):
            return True
    return False


def _source_phrase_end(sent: ParsedSentence, head: int, start: int, lo: int) -> int:
    """Last word of a source phrase headed by ``head``, starting at word ``lo``: up to the next comma, or the
    head's noun phrase."""
    comma = next_comma(sent, start)
    _, sub_hi = span_words(sent, head)
    m = expand_mention(sent, head)
    hi = max(head, sent.words.index(next(w for w in sent if w.end >= m.end)) if m else head)
    if profile(sent.lang).verb_second and _finite_before(sent, lo):
        # In verb-second order the verb came before the phrase, so what follows its noun phrase is the rest of
        # the clause, the content (``waren nach Behördenangaben 62 Personen, darunter …``), not more of the source;
        # the parse often hangs that rest on the source noun, so the phrase ends with the noun and its genitive or
        # name words (``der Polizei``, ``des Piratenchefs Mohamed Said``).
        k = head
        while k + 1 < len(sent) and (
            sent[k + 1].upos in ("PROPN", "NOUN", "X", "ADJ")
            or (sent[k + 1].upos == "DET" and sent[k + 1].feats.get("Case") == "Gen")
        ):
            k += 1
        return k
    if comma is not None and comma > hi:
        # ``according to a letter from the chairman of the committee,``: the phrase runs to the comma, unless
        # a verb comes first (``laut X sind …``: the content starts there).
        for k in range(hi + 1, comma):
            if sent[k].upos in FINITE_UPOS:
                return min(max(hi, min(sub_hi, k - 1)), k - 1)
        return comma - 1
    return max(hi, min(sub_hi, comma - 1 if comma is not None else sub_hi))


def _apposition_after(sent: ParsedSentence, head: int, end: int) -> int:
    """``According to Maria Lopez, a spokeswoman, the remarks …``: an apposition of the source between commas
    belongs to the source phrase, not to the content; the new end of the phrase (the closing comma's word)."""
    if end + 2 >= len(sent) or not is_comma(sent[end + 1]):
        return end
    close = next_comma(sent, end + 2)
    if close is None:
        return end
    between = range(end + 2, close)
    if len(between) > 6 or any(sent[k].upos in FINITE_UPOS for k in between):
        return end
    # The parser marks the apposition, or it has an indefinite article (``a spokeswoman``), which no subject of
    # the content after a source phrase has.
    if any(sent[k].base_rel == "appos" and sent[k].head == head for k in between) or (
        sent[end + 2].upos == "DET" and sent[end + 2].feats.get("Definite") == "Ind"
    ):
        return close - 1
    return end


def _nominal_after(sent: ParsedSentence, start: int, limit: int = 6) -> int | None:
    """The head of the noun phrase starting at ``start`` (the word the parse hangs the preposition on)."""
    for k in range(start, min(len(sent), start + limit)):
        w = sent[k]
        if is_comma(w):
            return None
        if w.upos in ("NOUN", "PROPN", "PRON", "X") and is_nominal(w, sent.lang):
            # Prefer the last name-like word of a run (``Prof. Dr. Matthias Beckmann``): the mention grows back.
            j = k
            while j + 1 < len(sent) and sent[j + 1].upos in ("PROPN", "NOUN") and sent[j + 1].head == j:
                j += 1
            # ``a government spokeswoman``: climb from a compound to the noun it modifies.
            while sent[j].base_rel in ("compound", "flat", "amod") and j < sent[j].head <= j + 3:
                j = sent[j].head
            return j
    return None


# Words a noun phrase before a postposition is made of (``einem Bericht der Zeitung „Die Welt“ zufolge``).
_NOUN_PHRASE_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "X"})


def _postposed_phrase_start(sent: ParsedSentence, k: int) -> int:
    """First word of the noun phrase ending at ``k`` before a postposition: back over determiners, adjectives and
    nouns (a genitive attribute: ``einem Bericht der Zeitung zufolge``) and quotation marks, to the previous comma
    at most. A verb, pronoun or adverb ends it, so in the middle of a clause (``Es handele sich ersten Angaben
    zufolge um …``) the clause's words before the phrase stay content."""
    lo = k
    m = expand_mention(sent, k)
    while lo > 0 and m is not None and sent[lo - 1].start >= m.start:
        lo -= 1
    while lo > 0:
        w = sent[lo - 1]
        if w.upos in _NOUN_PHRASE_UPOS or (w.upos == "PUNCT" and not is_comma(w) and w.text not in ".;:!?"):
            lo -= 1
        else:
            break
    return lo


def phrases_of(lang: str) -> SourcePhrases:
    return source_phrases(lang, compounds=profile(lang).compound_nouns)


def _compound_source(
    sent: ParsedSentence, low: Sequence[str], i: int, phrases: SourcePhrases
) -> tuple[tuple[str, str] | None, int]:
    """A compound source phrase starting at word ``i`` and the index of its noun: ``nach Angaben``, with up to two
    determiners or adjectives before the noun (``nach eigenen Angaben``, ``nach den Worten``) and the noun
    possibly ending a compound (``nach Polizeiangaben``)."""
    for c in phrases.compound_preps:
        if low[i] != c[0]:
            continue
        for j in range(i + 1, min(len(sent), i + 4)):
            if low[j].endswith(c[1]):
                return c, j
            if sent[j].upos not in ("DET", "ADJ"):
                break
    return None, i


def _according_to(ss: SentenceContext) -> list[Found]:  # noqa: C901 - one branch per shape of source phrase, side by side
    """A source phrase of the cue table: ``according to X`` / ``laut X`` (before the source), ``nach Angaben von
    X`` / ``nach Polizeiangaben`` (a compound noun), ``X zufolge`` (after it), ``…, so X.`` (a tag)."""
    sent = ss.sent
    out: list[Found] = []
    if sent.lang not in LANGUAGES:
        return out
    phrases = phrases_of(sent.lang)
    connectors = lexicon_words("source_connector", sent.lang)
    low = [w.text.lower() for w in sent]
    n = len(sent)
    for i, t in enumerate(low):
        cue_lo = cue_hi = i
        head: int | None = None
        lemma = t
        prep = next((p for p in phrases.preps if tuple(low[i : i + len(p)]) == p), None)
        compound, j = _compound_source(sent, low, i, phrases)
        postp = t in phrases.postps
        tag = False
        if prep is not None:
            cue_hi, lemma = i + len(prep) - 1, " ".join(prep)
            head = _nominal_after(sent, i + len(prep))
        elif compound is not None:
            cue_hi, lemma = j, " ".join(compound)
            if low[j] != compound[1]:
                head = j  # ``nach Polizeiangaben``: the source is inside the word
            elif j + 1 < n and (low[j + 1] in connectors or _genitive_start(sent[j + 1])):
                nxt = j + 1 + (1 if low[j + 1] in connectors else 0)
                head = _nominal_after(sent, nxt) if nxt < n else None
            else:
                head = j  # ``nach eigenen Angaben``: no source named after the noun, the phrase is the mention
        elif postp and i > 0:
            k = i - 1
            while k >= 0 and sent[k].upos not in ("NOUN", "PROPN", "PRON", "X"):
                k -= 1
            if k < 0:
                continue
            head = k
            cue_lo = _postposed_phrase_start(sent, k)
        elif t in lexicon_words("source_adverb", sent.lang) and sent[i].upos in ("ADV", "PRON"):
            # ``Demnach hat sich die Koalition durchgesetzt``: the adverb points back to a source and stands for it
            # (SpkAtt marks the adverb itself as the source).
            head = i
            postp = True
        elif t in phrases.tags and i > 1 and is_comma(sent[i - 1]) and _tag_phrase(sent, i):
            head = _nominal_after(sent, i + 1)
            tag = True
        else:
            continue
        if head is None:
            continue
        if postp or head <= cue_hi:
            cue_hi2 = cue_hi  # the source is the cue's own word or before it: ``nach eigenen Angaben``, ``Demnach``
        elif profile(sent.lang).verb_second and cue_lo > 0:
            # Inside the sentence the phrase ends with its noun phrase; at its start it may run to a comma.
            cue_hi2 = _noun_phrase_end(sent, cue_hi + 1, connectors)
        else:
            cue_hi2 = _source_phrase_end(sent, head, cue_hi + 1, cue_lo)
        cue_hi2 = _apposition_after(sent, head, cue_hi2)
        conf = AccordingToRule.so_confidence if tag else AccordingToRule.confidence
        cue_word = cue_lo if not postp else i
        pieces = _clause_pieces(sent, cue_lo, cue_hi2)
        if pieces:
            out.extend(
                Found(lo, hi, head, cue_word, cue_hi, lemma, "indirect_according_to", conf, speaker_hi=cue_hi2)
                for lo, hi in pieces
            )
            continue
        # A tag between commas (``Der Präsident sei, so Gamkrelids, Schuld daran …``) reports what precedes it.
        span = trim_span(sent, 0, cue_lo - 1) if tag else None
        if span is None and prep is not None:
            span = _closing_source_side(sent, cue_lo)
        if span is None:
            span = larger_side(sent, (0, cue_lo - 1), (cue_hi2 + 1, n - 1))
        if span is None:
            continue
        out.append(Found(span[0], span[1], head, cue_word, cue_hi, lemma, "indirect_according_to", conf))
        other = _other_side(sent, cue_lo, cue_hi2, span)
        if other is not None:
            out.append(Found(other[0], other[1], head, cue_word, cue_hi, lemma, "indirect_according_to", conf))
    return out


def _closing_source_side(sent: ParsedSentence, cue_lo: int) -> tuple[int, int] | None:
    """``[Only one person was killed by a gun last year in Japan], according to the National Police Agency, and there
    were …``, ``[Trump gave his blessing], according to court documents …, becoming …``: in English order a source
    phrase after a comma that closes a clause attributes that clause; what follows the phrase is the narrator's
    going on (the longer side, which :func:`larger_side` picks, is that as often as not). None when the phrase
    opens the sentence, stands after no comma, or nothing before it is a clause; always None in verb-second order,
    where the phrase sits inside its clause (``Der Präsident sei, laut X, …``)."""
    if profile(sent.lang).verb_second or cue_lo < 2 or sent[cue_lo - 1].text != ",":
        return None  # a dash sets off an aside inside the clause (``blamed the attack … while — according to …``)
    if sent[cue_lo - 2].text.lower() in lexicon_words("complementiser", sent.lang):
        return None  # ``The AP reported that, according to an analysis …, 85 of …``: the phrase is inside the content
    t = trim_span(sent, 0, cue_lo - 2)
    return t if t is not None and has_clause(sent, *t) else None


def _tag_phrase(sent: ParsedSentence, i: int) -> bool:
    """Whether the tag word ``i`` (``so``) opens a source tag: a noun phrase (``so der Minister``, ``so Obama
    weiter``, ``so Nasrallah im Fernsehen``) with no verb up to the next comma or the sentence end. ``so zeigen
    Studien`` (verb first) and ``so dass …`` are not tags."""
    if i + 1 >= len(sent) or sent[i + 1].upos not in ("PROPN", "NOUN", "DET", "ADJ", "X"):
        return False
    for k in range(i + 1, len(sent)):
        if is_comma(sent[k]):
            break
        if sent[k].upos in FINITE_UPOS or sent[k].upos == "SCONJ":
            return False
    return True


def _noun_phrase_end(sent: ParsedSentence, start: int, connectors: frozenset[str]) -> int:
    """Last word of the source's noun phrase after a preposition (``laut``, ``nach Angaben``), by surface order.

    A verb-second clause puts no comma after a source phrase (``Laut Airbus liegen …``, ``Bisher liegen laut
    Airbus Bestellungen … vor``), and the parse often hangs the content's first noun off the source, so the phrase
    is read from its words: determiners, adjectives, a noun or a name (``Verhandlungsführer Hans-Peter Lafos``),
    a title in quotation marks, a genitive attribute after a common noun (``einem Sprecher der Firma``), a
    bracketed abbreviation (``(USGS)``), ``von`` + a name (``Sipe von der US-Marineinfanterie``). A second noun
    after a name, or after a noun without a genitive article, starts the content (``laut Airbus [Bestellungen …]``).
    """
    k = start + 1 if start < len(sent) and sent[start].text.lower() in connectors else start
    last = start - 1
    head: str | None = None  # upos of the last noun or name read; None before the first and after an article
    while k < len(sent):
        step = _phrase_step(sent, k, head, connectors)
        if step is None:
            break
        k, head, took = step
        if took:
            last = k - 1
    return last


def _phrase_step(
    sent: ParsedSentence, k: int, head: str | None, connectors: frozenset[str]
) -> tuple[int, str | None, bool] | None:
    """One step of :func:`_noun_phrase_end` from word ``k``: the next word to read, the new head, and whether the
    words read end the phrase so far (a noun does, an article does not); None where the phrase has ended."""
    w = sent[k]
    if is_quote_mark(w) or (w.text in _OPEN_BRACKETS and head is not None):
        # a title in marks (``laut „tagesschau.de“``, ``des Magazins „Der Spiegel“``) or ``(USGS)``: to its end
        closing = is_quote_mark if is_quote_mark(w) else (lambda x: x.text in _CLOSE_BRACKETS)
        close = next((j for j in range(k + 1, min(len(sent), k + 10)) if closing(sent[j])), None)
        return None if close is None else (close + 1, "PROPN", True)
    if head is not None and _hyphen_joint(sent, k):  # ``US-Marineinfanterie`` split by the tokenizer
        return k + 2, head, True
    if head is not None and w.text.lower() in connectors and _names_follow(sent, k + 1):
        # an affiliation or outlet (``von der US-Marineinfanterie``, ``von „BBC News“``); ``von`` before a common
        # noun is mostly the content's agent
        return k + 1, None, False
    if w.upos in ("NOUN", "PROPN", "X"):
        if (head == "PROPN" and w.upos != "PROPN") or (head == "NOUN" and w.upos == "NOUN"):
            return None
        return k + 1, w.upos, True
    if w.upos in ("DET", "ADJ", "NUM"):
        # After a noun only a genitive attribute goes on, which the parse hangs off a noun; an article of the
        # content's subject looks the same (``nach Einschätzung der Ermittler [der Mörder … befinden sollte]``).
        if head is not None and (head != "NOUN" or w.feats.get("Case") != "Gen" or sent[w.head].base_rel != "nmod"):
            return None
        return k + 1, None, False
    return None


_OPEN_BRACKETS = frozenset("([")
_CLOSE_BRACKETS = frozenset(")]")


def _hyphen_joint(sent: ParsedSentence, k: int) -> bool:
    """Word ``k`` is a hyphen with no space on either side, inside one compound the tokenizer split."""
    return (
        0 < k < len(sent) - 1
        and sent[k].text in ("-", "–")
        and sent[k - 1].end == sent[k].start
        and sent[k].end == sent[k + 1].start
    )


def _names_follow(sent: ParsedSentence, k: int) -> bool:
    """Whether a name or a title in quotation marks comes next, after articles and adjectives."""
    while k < len(sent) and sent[k].upos in ("DET", "ADJ"):
        k += 1
    return k < len(sent) and (sent[k].upos == "PROPN" or is_quote_mark(sent[k]))


def _genitive_start(w: Word) -> bool:
    """A name or a genitive article right after a source noun names the source (``nach Angaben der Polizei``,
    ``nach Angaben Russlands``); a dative or accusative article starts the content (``nach israelischen Angaben
    [dem Transport …]``)."""
    return w.upos == "PROPN" or (w.upos == "DET" and w.feats.get("Case", "Gen") == "Gen")


def is_quote_mark(w: Word) -> bool:
    return w.upos == "PUNCT" and w.text in quote_marks().tokens


def _clause_pieces(sent: ParsedSentence, lo: int, hi: int) -> list[tuple[int, int]]:
    """``[Es handele sich] ersten Angaben zufolge [um vier angreifende Terroristen].``: a source phrase inside a
    clause, with no comma on either side, cuts its content in two, and the corpora report both pieces: from the
    clause's start (the last comma before the phrase, or the sentence start) to the phrase, and from the phrase to
    the sentence end, or to the comma after the verb that closes a relative or subordinate clause (``, [der] laut
    X [den Befehl gab], …``). The clause must have a verb; a piece may be a single word. None when the phrase is
    set off by commas or opens the sentence: it stands beside its content, one piece."""
    n = len(sent)
    if lo < 1 or hi + 1 >= n or is_punct(sent[lo - 1]) or is_punct(sent[hi + 1]):
        return []
    start = max((k for k in range(lo) if is_comma(sent[k])), default=-1) + 1
    left = trim_span(sent, start, lo - 1)
    if left is None:
        return []
    end = n - 1
    first = sent[left[0]]
    if is_relative(first) or first.upos == "SCONJ":
        verb = next((k for k in range(hi + 1, n) if sent[k].upos in FINITE_UPOS), None)
        comma = next_comma(sent, verb) if verb is not None else None
        if comma is not None:
            end = comma - 1
    right = trim_span(sent, hi + 1, end)
    if right is None:
        return []
    words = [*sent.words[left[0] : left[1] + 1], *sent.words[right[0] : right[1] + 1]]
    if not any(w.upos in FINITE_UPOS or konjunktiv_form(w) for w in words):
        return []
    return [left, right]


def _other_side(sent: ParsedSentence, lo: int, hi: int, taken: tuple[int, int]) -> tuple[int, int] | None:
    """``[Ein Tatverdacht bestehe] nach Angaben der Bundesanwaltschaft [nicht mehr].``: a source phrase inside a
    clause, with no comma on either side, cuts one content in two; the smaller side is content too (the corpora
    report both pieces). A phrase set off by commas or at the sentence start stands beside its content instead."""
    n = len(sent)
    if lo < 1 or hi + 1 >= n or is_punct(sent[lo - 1]) or is_punct(sent[hi + 1]):
        return None
    side = (0, lo - 1) if taken[0] > hi else (hi + 1, n - 1)
    t = trim_span(sent, *side)
    if t is None or sum(not is_punct(w) for w in sent.words[t[0] : t[1] + 1]) < 2:
        return None
    return t


def opens_with_subject(sent: ParsedSentence, k: int) -> bool:
    """Whether word ``k`` starts a noun phrase (an article, a name, a noun, a pronoun), not a degree word or an
    indefinite quantifier (``wie viele``, ``wie lange``)."""
    if k >= len(sent):
        return False
    w = sent[k]
    if w.upos == "DET":
        return w.feats.get("PronType") != "Ind"
    return w.upos in ("PROPN", "NOUN", "PRON")


def _as_clause(ss: SentenceContext) -> list[Found]:
    """``As X pointed out, …`` / ``…, as X said`` / ``Wie X mitteilte, …`` / ``…, wie er sagt, …``."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    for cue in (c for c in ss.cues() if not is_restricted(sent, c)):
        v = cue.verb
        mark = next((c for c in sent.children(v, "mark") if c.text.lower() in as_words()), None)
        if mark is None:
            # The parse may hang ``as`` elsewhere; accept it opening the clause of the verb (``As Rao pointed out``,
            # ``Wie der Weltverband FIFA in der Nacht bekanntgegeben hat``).
            k = v - 1
            while (
                k >= 0
                and v - k <= (AS_CLAUSE_WORDS if profile(sent.lang).verb_second else AS_CLAUSE_NEAR)
                and not is_comma(sent[k])
                and sent[k].text.lower() not in as_words()
            ):
                k -= 1
            if k < 0 or sent[k].text.lower() not in as_words() or (k > 0 and not is_comma(sent[k - 1])):
                continue
            if v - k > AS_CLAUSE_NEAR and not opens_with_subject(sent, k + 1):
                continue  # ``Wie viele Menschen in der Stadt gesagt haben, …``: a question of degree, not ``as``
            mark_i = k
        else:
            mark_i = mark.index
        if mark_i > v:
            continue
        # The parenthetical runs from ``as`` to the next comma (or the sentence end).
        comma = next_comma(sent, v + 1)
        clause_hi = comma - 1 if comma is not None else n - 1
        # ``as X said,`` ends soon after its verb; an object or clause of its own after the verb (``as he
        # mentioned raising the wage``, ``as he will continue to back …``) makes it a clause of time or cause.
        if clause_hi - v > 4 or any(v < c.index <= clause_hi for c in sent.children(v, "obj", *CONTENT_RELS)):
            continue
        # The speaker stands inside the parenthetical; a subject found outside it (the parser hangs ``mitteilte``
        # off the main verb, whose subject it then inherits) is the main clause's, so look between ``as`` and
        # the verb, then after the verb.
        main = set(range(0, mark_i)) | set(range(clause_hi + 1, n))
        speaker = ss.subject(cue, main)
        if speaker is None or not (mark_i < speaker < v or v < speaker <= clause_hi):
            inside = [k for k in range(mark_i + 1, v) if sent[k].upos in ("NOUN", "PROPN", "PRON", "X")]
            inside = [k for k in inside if is_nominal(sent[k], sent.lang)]
            speaker = inside[-1] if inside else ss._surface_subject(v, main)
        if speaker is None or not (mark_i < speaker < v or v < speaker <= clause_hi):
            continue
        span = larger_side(sent, (0, mark_i - 1), (clause_hi + 1, n - 1))
        if span is None:
            continue
        out.append(Found(span[0], span[1], speaker, v, cue.particle, cue.lemma, "indirect_as", AsClauseRule.confidence))
    return out


class AccordingToRule(SentenceRule):
    """``according to X, …`` / ``laut X …`` / ``X zufolge …`` / ``nach Angaben von X …`` / ``…, so X.``"""

    name = "indirect_according_to"
    confidence = 0.8
    so_confidence = 0.7
    """The German trailing ``…, so X.``: a weaker sign than a source preposition."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _according_to(ctx)


class AsClauseRule(SentenceRule):
    """``As X pointed out, …`` / ``…, as X said`` / ``Wie X mitteilte, …``: the main clause beside it."""

    name = "indirect_as"
    confidence = 0.85

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _as_clause(ctx)
