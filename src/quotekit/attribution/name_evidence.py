"""What the text shows about a name: its words without title and possessive, its gender (a title, a first name, a
pronoun of its clause, the narration around it), its full form elsewhere in the text, whether it is a subject, a
speaker or addressed where it stands, and a nominal's role.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from quotekit.attribution.persons import (
    first_name_gender,
    is_title,
    narration_pronoun_gender,
    pronoun,
    title_gender,
)
from quotekit.lang import profile
from quotekit.lexicon import mention_words
from quotekit.lexicon import words as lexicon_words
from quotekit.models import Span
from quotekit.regions import SpanIndex
from quotekit.scanner import mark_class, quote_marks
from quotekit.tree import ParsedSentence, Word

POSSESSIVE = regex.compile(r"(?:['’]s|['’])$")
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*")
# A sentence opening right before a name, and a lower-case word right after it: the name is its clause's subject.
# Public so that the tests can hold opens_sentence's bounded look-back to a search of the whole text before it.
SENTENCE_OPENING = regex.compile(r"(?:\A|\n|[.!?][" + mark_class(quote_marks().closing) + r"]?[ \t]+)[ \t]*\Z")


def opens_sentence(text: str, offset: int) -> bool:
    """Whether a sentence opens at ``offset``: only the few characters before it are read (a search from the
    start of the text for every name made resolution quadratic in the document)."""
    j = offset
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return SENTENCE_OPENING.search(text, max(0, j - 2), offset) is not None


def clean_name(words: Sequence[str]) -> tuple[tuple[str, ...], str | None]:
    """Name tokens without leading titles and a trailing possessive; returns (tokens, title)."""
    toks = [POSSESSIVE.sub("", w) if i == len(words) - 1 else w for i, w in enumerate(words)]
    toks = [t for t in toks if t]
    titles = []
    while len(toks) > 1 and is_title(toks[0]):
        titles.append(toks.pop(0))
    return tuple(toks), (" ".join(titles) or None)


def name_gender(tokens: Sequence[str], title: str | None = None) -> str | None:
    """m or f from a title (``Mrs.``, ``Herr``) or a known first name (``Lucy``, ``Sam Altman``); else None."""
    for t in (title or "").split():
        if (g := title_gender(t)) is not None:
            return g
    if not tokens:
        return None
    g = first_name_gender(tokens[0])
    return g if g in ("m", "f") else None


def _full_name_pattern(surname: str) -> regex.Pattern[str]:
    return regex.compile(rf"((?:\p{{Lu}}[\p{{L}}\p{{M}}-]*\.?\s+){{1,3}}){regex.escape(surname)}\b")


def full_name_of(text: str, tokens: tuple[str, ...], words: WordStarts | None = None) -> tuple[str, ...]:
    """The longest ``First [Middle] Surname`` in the text ending in this surname, if the first name is known.

    With ``words`` (the text's word starts, indexed once) only the few places where the surname starts a word
    are searched, not the whole text: the same matches, found in time that does not grow with the text.
    """
    if len(tokens) != 1 or not tokens[0]:
        return tokens
    pattern = _full_name_pattern(tokens[0])
    matches = pattern.finditer(text) if words is None else words.matches(pattern, tokens[0])
    best: tuple[str, ...] = tokens
    for m in matches:
        before = m.group(1).split()
        kept: list[str] = []
        for t in reversed(before):  # only known first names and initials may extend the surname
            if first_name_gender(t) is not None or regex.fullmatch(r"\p{Lu}\.", t):
                kept.insert(0, t)
            else:
                break
        if kept and first_name_gender(kept[0]) is not None and len(kept) + 1 > len(best):
            best = (*kept, tokens[0])
    return best


_WORD_START = regex.compile(r"(?<=\s)\S")
_KEY = 3


class WordStarts:
    """Where the words of a text start (after white space), by their first characters: where a surname may
    follow the first names of a ``First [Middle] Surname`` match."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.by_key: dict[str, list[int]] = {}
        for m in _WORD_START.finditer(text):
            self.by_key.setdefault(text[m.start() : m.start() + _KEY], []).append(m.start())

    def _window_start(self, pos: int) -> int:
        """Start of the fourth white-space-separated token before ``pos``: a match ending at ``pos`` has at
        most three tokens before the surname and cannot start earlier."""
        text = self.text
        k = pos
        for _ in range(4):
            while k > 0 and text[k - 1].isspace():
                k -= 1
            while k > 0 and not text[k - 1].isspace():
                k -= 1
        return k

    def _window_end(self, pos: int) -> int:
        """One character past the fourth token from ``pos``: a match starting at or before ``pos`` (three
        tokens and the surname at most) ends before it, so cutting the search there changes no match."""
        text, n = self.text, len(self.text)
        k = pos
        for _ in range(4):
            while k < n and not text[k].isspace():
                k += 1
            while k < n and text[k].isspace():
                k += 1
        return min(n, k + 1)

    def matches(self, pattern: regex.Pattern[str], surname: str) -> Iterator[regex.Match[str]]:
        """What ``pattern.finditer(text)`` yields, for a pattern whose matches end in ``surname`` after space."""
        if len(surname) < _KEY:
            yield from pattern.finditer(self.text)  # too short to index by; rare
            return
        last_end = 0
        for o in self.by_key.get(surname[:_KEY], ()):
            if o < last_end or not self.text.startswith(surname, o):
                continue
            m = pattern.search(self.text, max(last_end, self._window_start(o)), self._window_end(o))
            if m is not None:
                last_end = m.end()
                yield m


_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}\p{M}]*\b")


def lower_case_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case somewhere, as written: a capitalised form of one opens a sentence or
    a phrase, not a name (``But Victor``, ``Excellent Parsonage House!``), unless :func:`kept_opening` says so."""
    return frozenset(_LOWER_WORD.findall(text))


def kept_opening(word: str) -> bool:
    """A capitalised word that opens a name even where the text also writes it in lower case (``Miss``, ``Rose``)."""
    return is_title(word) or first_name_gender(word) is not None


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return False
    la, lb = [t.casefold() for t in a], [t.casefold() for t in b]
    return la[-1] == lb[-1] and (set(la) <= set(lb) or set(lb) <= set(la))


def genders_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def inside_ranges(ranges: SpanIndex, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges.overlapping(start, end))


def proper_runs(sent: ParsedSentence) -> list[list[Word]]:
    """Runs of adjacent proper nouns (the compact models often tag one part of a name NOUN or X)."""

    # sentence adverbs and weekdays the compact models tag PROPN ("Allerdings sagte …") are never names
    never = mention_words(sent.lang, "not_speaker")
    runs: list[list[Word]] = []
    cur: list[Word] = []
    for w in sent.words:
        capital = bool(_NAME_TOKEN.match(w.text))
        if w.text.casefold() in never or w.lemma.casefold() in never:
            capital = False
            is_name = False
        else:
            # a lower-case word the tagger calls a proper noun (``adding at once``) is no name
            is_name = capital and w.upos == "PROPN"
        if is_name or (cur and capital and w.upos in ("NOUN", "X") and not is_title(w.text)):
            cur.append(w)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # ``"…," said I.`` at a sentence's end: the tagger reads ``I.`` as an initial and a proper noun; a pronoun
    # alone is nobody's name (it had become the antecedent of the next ``he``)
    return [r for r in runs if len(r) > 1 or pronoun(r[0].text.rstrip("."), sent.lang) is None]


def mistagged_first_names(sent: ParsedSentence, runs: Sequence[list[Word]]) -> list[list[Word]]:
    """Lone first names (``first_names.tsv``) inside a sentence that the tagger took for another part of speech
    and :func:`proper_runs` therefore missed: ``But Anne continued to face Mrs. Rachel`` parses ``Anne`` as a
    verb, and the scene's subject was lost to the woman named before. Only where nouns are lower case (a
    capitalised word inside a German sentence is any noun) and never a sentence's first word, which any word
    may open."""
    if profile(sent.lang).capitalised_nouns:
        return []
    taken = {w.index for run in runs for w in run}
    return [
        [w]
        for w in sent.words
        if w.index > 0
        and w.index not in taken
        and w.upos != "PROPN"
        and _LONE_CAPITALISED.fullmatch(w.text) is not None
        and not is_title(w.text)
        and first_name_gender(w.text) is not None
    ]


def opens_clause_before_verb(sent: ParsedSentence, run: list[Word]) -> bool:
    """A lone name right after the sentence's opening conjunction or adverb and before a lower-case word (``But
    Anne continued``): the subject of its clause by its place, for a name the parse took for something else."""
    w = run[0]
    return (
        len(run) == 1
        and w.index == 1
        and sent[0].upos in ("CCONJ", "ADV")
        and w.index + 1 < len(sent)
        and sent[w.index + 1].text[:1].islower()
    )


_LONE_CAPITALISED = regex.compile(r"\p{Lu}\p{Ll}+")


GENDER_FEATS = {"Masc": "m", "Fem": "f"}


# A capitalised word (a name, or a sentence's first word), a lower-case word, or what ends a narration sentence.
_NARRATION_TOKEN = regex.compile(
    r"(\p{Lu})[\p{L}\p{M}'’-]*|\p{Ll}[\p{L}\p{M}'’-]*|([.!?" + mark_class(quote_marks().unambiguous) + "])"
)
_OPENING_MARKS = quote_marks().opening | frozenset("\n—–-")
NARRATION_GENDER_REACH = 200
"""Characters after a name in which the pronoun that shows its gender is looked for."""


def mid_sentence_capitals(text: str) -> set[str]:
    """Case-folded capitalised words the text writes inside a sentence at least once (``said Holmes``), not only
    where a sentence or a quotation opens (``By the table …``)."""
    out: set[str] = set()
    for m in _NARRATION_TOKEN.finditer(text):
        s = m.start()
        if m.group(1) and not opens_sentence(text, s) and text[s - 1 : s] not in _OPENING_MARKS:
            out.add(m.group().casefold())
    return out


def narration_genders(text: str, names: set[str], quotes: SpanIndex) -> dict[str, str]:
    """The gender the narration shows for each name of ``names`` (case-folded one-word names): the first subject
    or reflexive pronoun, or ``his``, after the name in its sentence, before any other capitalised word
    (``Holmes clambered up, and, taking the dog from me, he …``, ``Holmes turned his light``), counted over the
    text. A name takes the gender that has more than
    twice the other's count; a novel's characters are mostly not in the first-name list, and the selection
    leaves most narration unparsed, where :func:`gender_in_clause` cannot see them."""
    votes: dict[str, dict[str, int]] = {}
    for m in _NARRATION_TOKEN.finditer(text):
        key = m.group().casefold()
        if m.group(1) is None or key not in names or inside_ranges(quotes, m.start(), m.end()):
            continue
        end = min(len(text), m.end() + NARRATION_GENDER_REACH)
        for t in _NARRATION_TOKEN.finditer(text, m.end(), end):
            if t.group(1) is not None or t.group(2) is not None:
                break  # another name (or a sentence start), or the sentence or the narration ends
            if (g := narration_pronoun_gender(t.group(), possessive=True)) is not None:
                count = votes.setdefault(key, {})
                count[g] = count.get(g, 0) + 1
                break
    out: dict[str, str] = {}
    for key, count in votes.items():
        m_votes, f_votes = count.get("m", 0), count.get("f", 0)
        if m_votes > 2 * f_votes:
            out[key] = "m"
        elif f_votes > 2 * m_votes:
            out[key] = "f"
    return out


_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*[ \t\n]+\Z")
_TITLE_BEFORE_STOP = regex.compile(r"\b(\p{Lu}\p{L}{0,3})\.[ \t\n]*\Z")


def is_subject(text: str, sent: ParsedSentence, run: list[Word]) -> bool:
    """The name is the subject of its clause: the parse says so, unless the name only opens a sentence the
    splitter made after an abbreviated title inside a sentence (``to face Mrs.`` | ``Rachel undauntedly``: the
    scene is about the one who faces her)."""
    if not any(w.base_rel == "nsubj" for w in run):
        return False
    if run[0].index > 0:
        return True
    title = _TITLE_BEFORE_STOP.search(text, max(0, run[0].start - 8), run[0].start)
    if title is None or not (is_title(title.group(1)) or is_title(title.group(1) + ".")):
        return True
    # ``. Mrs.`` | ``Bennet had``, ``Ohio Gov.`` | ``John Kasich suspended``: the titled name opens its sentence
    k = title.start()
    while (m := _CAPITALISED_BEFORE.search(text, max(0, k - 40), k)) is not None and not opens_sentence(text, k):
        k = m.start()
    return opens_sentence(text, k)


# Clauses that depend on another clause's verb: their subject is not whom the sentence is about (``… as Mrs.
# Rachel expected``, ``she really believed Anne had made Diana drunk``, ``since Jane was sixteen``).
_SUBORDINATE_RELS = frozenset({"advcl", "ccomp", "csubj", "xcomp"})
# A bounded walk up a chain of conjuncts: a longer chain counts as no subordinate clause.
_CLAUSE_DEPTH = 12


def subordinate_subject(sent: ParsedSentence, run: list[Word]) -> bool:
    """Whether the name (the first ``nsubj`` word of ``run``) is the subject of a clause that depends on a word
    before it as an adverbial clause, a complement or a clausal subject (:data:`_SUBORDINATE_RELS`: ``advcl``,
    ``ccomp``, ``csubj``, ``xcomp``), its verb reached from that clause's verb through conjuncts only if at all: who
    the narration is about is its main clause's subject. False for a run with no subject in it, for a clause before
    the word it depends on (``As Jane came in, …``), for a relative clause (``acl:relcl``) and for a main clause."""
    w = next((w for w in run if w.base_rel == "nsubj"), None)
    if w is None:
        return False
    k = w.head
    for _ in range(_CLAUSE_DEPTH):
        if k < 0:
            return False
        verb = sent.words[k]
        if verb.base_rel in _SUBORDINATE_RELS:
            return verb.head < k
        if verb.base_rel != "conj":
            return False
        k = verb.head
    return False


CLAUSE_GENDER_HOPS = 3
"""Heads a pronoun may climb to the name's verb in :func:`gender_in_clause`: ``her`` → ``contempt`` → ``express``
→ ``sniffed`` (``Marilla sniffed, to express her contempt``) is the name's; ``her`` → ``words`` → ``rejoice`` →
``knowing`` → ``looked`` (``Wickham looked as if scarcely knowing whether to rejoice over her words``) lies in a
clause further down, about someone else."""


def gender_in_clause(sent: ParsedSentence, run: list[Word]) -> str | None:
    """The gender of the first third-person singular pronoun after a subject name in its own clause
    (``Marilla put down her knitting``, ``Holmes lit his pipe``): a novel's characters are mostly not in the
    first-name list, but the narration says what they are. Only for a name that is the subject, and only a
    pronoun within :data:`CLAUSE_GENDER_HOPS` heads of the name's verb where nouns are lower case: one deeper is
    another person's as often (a wrong gender here bars the name from every later ``he``/``she``)."""
    if not any(w.base_rel == "nsubj" for w in run):
        return None
    verb = next((w.head for w in run if w.base_rel == "nsubj"), -1)
    # measured on English novels only: German parses nest their clauses otherwise (Redewiedergabe lost two names)
    deep = profile(sent.lang).capitalised_nouns
    for w in sent.words[run[-1].index + 1 :]:
        if w.text in (";", ":") or (w.base_rel == "nsubj" and w.upos != "PRON"):
            return None  # another clause or another subject: its pronouns may be someone else's
        if w.upos in ("PRON", "DET") and w.feats.get("Person") == "3" and w.feats.get("Number", "Sing") == "Sing":
            g = GENDER_FEATS.get(w.feats.get("Gender", ""))
            near = w.head == verb or w.base_rel in ("nmod", "det", "obj", "nsubj")
            if g is not None and near and (deep or _within_hops(sent, w.head, verb, CLAUSE_GENDER_HOPS)):
                return g
    return None


def _within_hops(sent: ParsedSentence, k: int, target: int, hops: int) -> bool:
    """Whether head ``k`` is ``target`` or reaches it climbing heads, ``hops`` heads in all (``k`` the first)."""
    for _ in range(hops):
        if k == target:
            return True
        if k < 0:
            return False
        k = sent.words[k].head
    return False


# A name's relations to the verb whose subject it is not (``she patted Edna``, ``stood before Mrs. Rachel``).
_OBJECT_RELS = frozenset({"obj", "iobj", "obl"})


def pronoun_subject_beside(sent: ParsedSentence, run: list[Word]) -> str | None:
    """The gender (m or f) of a third-person singular personal pronoun that is the subject of the verb the name is
    an object of (``she patted Edna upon the shoulder``; through coordination, ``she crossed the floor and stood
    before Mrs. Rachel``): that pronoun, written before the name, is someone else than the name. None for a subject
    name, or no such pronoun."""
    if any(w.base_rel == "nsubj" for w in run):
        return None
    inside = {w.index for w in run}
    head = next((w for w in run if w.head not in inside), None)
    if head is None or head.base_rel not in _OBJECT_RELS or head.head < 0:
        return None
    k = head.head
    for _ in range(2):  # the verb, then the verb its own verb is coordinated with (a shared subject)
        subjects = sent.children(k, "nsubj")
        if subjects:
            w = subjects[0]
            if w.upos != "PRON" or w.feats.get("Person") != "3" or w.feats.get("Number", "Sing") != "Sing":
                return None
            if w.index > run[0].index:
                return None  # ``As for Ban, he seems content``: a name before its pronoun may be the pronoun
            return GENDER_FEATS.get(w.feats.get("Gender", ""))
        verb = sent.words[k]
        if verb.base_rel != "conj" or verb.head < 0:
            return None
        k = verb.head
    return None


def sentence_initial_word(text: str, sent: ParsedSentence, run: list[Word], toks: tuple[str, ...]) -> bool:
    """A lone capitalised word that only starts its sentence and is written lower-case elsewhere in the text
    (``Beautiful!``, ``Vain``), or a title alone (``Mrs``): the tagger's proper noun, no name."""
    if len(toks) != 1:
        return False
    if is_title(toks[0]):
        return True
    if run[0].index != 0:
        return False
    word = toks[0].casefold()
    if word in lexicon_words("sentence_adverb", sent.lang):
        return True  # ``Next``, ``Moreover``: the tagger's proper noun where the text is too short to show it
    return word != toks[0] and regex.search(rf"\b{regex.escape(word)}\b", text) is not None


# A capitalised word, or a title and up to two capitalised words (``Mrs. Bennet``, ``Frau Lindner``): the
# surface shape of the names :meth:`_Resolver._unparsed_names` looks for.
SURFACE_NAME = regex.compile(r"\b\p{Lu}[\p{Ll}]+\.?(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}\b")

_ADDRESS_EDGES = frozenset({",", "!", "?", ".", ";", "—", "–", "-"})


def addressed_name(sent: ParsedSentence, run: list[Word]) -> bool:
    """A name inside a quotation set off by punctuation on both sides (``Oh, Mr. Emerson,``): addressed."""
    a, b = run[0].index, run[-1].index
    if a > 0 and is_title(sent[a - 1].text):
        a -= 1
    before = a == 0 or sent[a - 1].text in _ADDRESS_EDGES or sent[a - 1].upos in ("INTJ", "PUNCT")
    after = b + 1 >= len(sent) or sent[b + 1].text in _ADDRESS_EDGES or sent[b + 1].upos == "PUNCT"
    return before and after


def may_open_as_name(word: str, sent: ParsedSentence, lowercase: frozenset[str]) -> bool:
    """Whether a capitalised word opening a quotation may be a name addressed: not when the text also writes it in
    lower case (``"Right!" said I``), nor, where every noun is capitalised, unless it is a known first name or a
    title (``»Mord, wenn Sie es wissen wollen«``)."""
    if word.casefold() in lowercase:
        return False
    if profile(sent.lang).capitalised_nouns:
        return first_name_gender(word) is not None or is_title(word)
    return True


def opens_quotation(sent: ParsedSentence, run: list[Word]) -> bool:
    """The run is the first thing after an opening mark (or the sentence's first word), capitalised anyway."""
    a = run[0].index
    return a == 0 or (sent[a - 1].upos == "PUNCT" and sent[a - 1].text not in _ADDRESS_EDGES)


def title_before(sent: ParsedSentence, first: Word) -> str | None:
    """The title right before a name the tagger left out of it (``Mr.`` NOUN ``Beebe`` PROPN)."""
    k = first.index - 1
    return sent[k].text if k >= 0 and is_title(sent[k].text) else None


_TITLE_BEFORE = regex.compile(r"(\p{Lu}[\p{L}]*\.?)\s+$")
# The name after a lone title the sentence splitter cut off (``cried Mrs.`` | ``Honeychurch. "Whoever …``): the
# abbreviation's full stop, white space (a line wrap too), then up to three capitalised words.
_MAX_ABBREVIATION = 4  # letters of an abbreviated title (``Mrs``, ``Prof``)
_NAME_AFTER_TITLE = regex.compile(r"\.?[ \t]*\n?[ \t]*(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2})")


def title_at(text: str, start: int) -> str | None:
    """The title written right before a mention that does not include it (``Mr.`` + ``Beebe``)."""
    m = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    return m.group(1) if m and is_title(m.group(1)) else None


def name_after_title(text: str, mention: Span) -> Span:
    """A mention that is only a title (``Mrs``, ``Mr.``) stretched over the name the sentence splitter put into
    the next sentence (``said Mrs. Bennet``, ``exclaimed the horrified Mrs.⏎Rachel``); other mentions as they
    are."""
    words = mention.text.split()
    abbreviated = mention.text.endswith(".") or text[mention.end : mention.end + 1] == "."
    # Only an abbreviation's full stop is no sentence end: ``said the Doctor. Then …`` keeps ``Doctor``.
    if len(words) != 1 or not abbreviated or len(words[0].rstrip(".")) > _MAX_ABBREVIATION:
        return mention
    if not is_title(words[0]) and not is_title(words[0] + "."):  # ``Prof`` is a title as ``Prof.``
        return mention
    m = _NAME_AFTER_TITLE.match(text, mention.end)
    if m is None:
        return mention
    return Span(start=mention.start, end=m.end(), text=text[mention.start : m.end()])


def _verb_is_cue(sent: ParsedSentence, verb: Word) -> bool:
    from quotekit.lexicon import is_cue

    particle = next((c.text.casefold() for c in sent.children(verb.index, "compound:prt")), None)
    return is_cue(verb.lemma, sent.lang, particle) or is_cue(verb.lemma, sent.lang)


def is_speech_subject(sent: ParsedSentence, run: list[Word]) -> bool:
    """True when the name is the subject (or inverted subject) of a speech verb, or of a verb whose
    subject-less dependent is one (``Curran agreed, saying that …``)."""
    for w in run:
        if w.base_rel not in ("nsubj", "obj", "obl") and w.deprel != "obl:agent":
            continue
        head = sent.head_of(w.index)
        if head is None or head.upos not in ("VERB", "AUX"):
            continue
        if _verb_is_cue(sent, head):
            return True
        for dep in sent.children(head.index, "advcl", "xcomp", "conj"):
            if dep.upos == "VERB" and not sent.children(dep.index, "nsubj") and _verb_is_cue(sent, dep):
                return True
    return False


def nominal_role(text: str, sent: ParsedSentence | None, start: int, end: int) -> str | None:
    """Affiliation or role the text attaches to a name: ``Forrester’s Curran``, ``Curran, an analyst at X``."""
    if sent is None:
        return None
    inside = [w for w in sent.words if start <= w.start and w.end <= end]
    if not inside:
        return None
    head = next((w for w in inside if not (start <= sent.words[w.head].start < end) or w.head < 0), inside[-1])
    for child in sent.children(head.index, "appos"):
        idx = sent.subtree(child.index)
        s, e = sent.words[idx[0]].start, sent.words[idx[-1]].end
        if s >= end:
            return text[s:e].strip(" ,")
    # possessive in front of the mention ("Forrester’s Curran"): the owner is the affiliation
    before = [w for w in sent.words if w.end <= start]
    if before and POSSESSIVE.search(before[-1].text) and before[-1].text not in ("'s", "’s"):
        return str(POSSESSIVE.sub("", before[-1].text))
    if len(before) >= 2 and before[-1].text in ("'s", "’s"):
        return before[-2].text
    return None
