"""A speech verb with its content clause after it (rule 4): ``X said (that) …``, ``X sagte, dass …``; and the
subject and clause finders the other rules share."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, islice

from quotekit.attribution.mentions import (
    expand_mention,
)
from quotekit.attribution.reported.sentence import (
    CONTENT_RELS,
    FINITE_UPOS,
    NOUN_LEAD_UPOS,
    ReportedStatement,
    SentenceContext,
    VerbCue,
    comma_before,
    is_comma,
    is_punct,
    is_quoted,
    is_relative,
    is_relative_pronoun,
    is_stance,
    relative_antecedent,
    span_words,
)
from quotekit.attribution.reported.sources import opens_with_subject
from quotekit.attribution.reported.spans import (
    Found,
    SentenceRule,
    has_clause,
    konjunktiv_form,
    opens_non_content,
    trim_span,
)
from quotekit.lang import profile
from quotekit.lexicon import as_words, is_cue
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence, Word


def _object_subject(ss: SentenceContext, v: int, kids: Sequence[int]) -> list[int]:
    """``He said the plan failed``: the parser makes ``the plan`` the object of ``said`` and ``failed`` its
    xcomp, so the content clause's subject hangs on the speech verb. An object right before the content clause
    belongs to the content, unless the verb takes a listener as object (``told reporters the plan …``) or the
    object is a pronoun (``told him``)."""
    sent = ss.sent
    # Verb-second languages put a comma before such content (``sagte, das Unternehmen werde``): no such misparse.
    if (
        not kids
        or profile(sent.lang).verb_second
        or sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang)
    ):
        return []
    first = min(span_words(sent, k)[0] for k in kids)
    clause = min(kids, key=lambda k: span_words(sent, k)[0])
    # A zu/to-infinitive or a clause after a comma is a purpose or object clause, not the content's predicate.
    if is_punct(sent[first]) or sent[clause].feats.get("VerbForm") == "Inf":
        return []
    for o in sent.children(v, "obj"):
        lo, hi = span_words(sent, o.index)
        if v < lo and hi + 1 == first and o.upos != "PRON":
            return [o.index]
    return []


def _object_then_predicate(ss: SentenceContext, v: int) -> list[int]:
    """``He said the plan, which was drafted last year, would fail``: a relative clause or apposition after the
    content's subject leads the parser to take the subject for the speech verb's object and the content's
    predicate for a second, subjectless conjunct of the speech verb. The conjunct (no subject, no coordinator,
    a finite verb or an auxiliary) and the object. Not after a verb that takes a listener (``told reporters``)."""
    sent = ss.sent
    if profile(sent.lang).verb_second or sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang):
        return []
    objs = [o for o in sent.children(v, "obj") if o.index > v and o.upos in ("NOUN", "PROPN")]
    if not objs:
        return []
    o = objs[0]
    for c in sent.children(v, "conj"):
        if c.index <= o.index or sent.children(c.index, "nsubj", "cc", "mark", "nsubj:pass"):
            continue
        lo = span_words(sent, c.index)[0]
        opens = next((k for k in range(lo, c.index + 1) if not is_punct(sent[k])), c.index)
        if sent[opens].upos == "AUX" or (sent[opens] is sent[c.index] and is_finite(sent[c.index])):
            return [c.index, o.index]
    return []


def _finite_predicate(sent: ParsedSentence, c: int) -> bool:
    """A finite verb, or a predicate with a finite auxiliary or copula (``are expected``, ``had split``)."""
    if sent[c].upos == "VERB" and is_finite(sent[c]):
        return True
    return any(a.upos == "AUX" and is_finite(a) for a in sent.children(c, "aux", "aux:pass", "cop"))


def _clause_conjunct(ss: SentenceContext, v: int) -> list[int]:
    """``said in a statement released by the campaign [the report merits …]``, ``asked Sanders [whether …]``: a
    content clause after a long adverbial or a listener, which the parser hangs on the speech verb as a conjunct
    (or, opened by ``whether``, as an adverbial clause). Taken when the clause has no coordinator, opens with its
    own subject right after a word (no comma or dash between) and has a finite predicate, or opens with a question
    word; and is no report of its own (a speech verb of its own). English only: a verb-second language puts a comma
    before its content, which the parser finds."""
    sent = ss.sent
    if profile(sent.lang).verb_second or sent[v].upos != "VERB" or not is_finite(sent[v]):
        return []  # a participle's conjunct (``talking about X, Y were …``) continues the main clause
    if not sent.children(v, "nsubj"):
        return []  # a verb without a subject of its own is a misparse too deep to read (``supporter, asked …``)
    for c in sent.children(v, "conj", "advcl"):
        lo = span_words(sent, c.index)[0]
        if lo <= v or sent.children(c.index, "cc") or ss.cue_at(c.index) is not None:
            continue
        first = sent[lo]
        asks = first.text.lower() in lexicon_words("question_opener", sent.lang) and first.upos != "ADP"
        if c.base_rel == "advcl":
            if asks and first.text.lower() in lexicon_words("content_opener", sent.lang):
                return [c.index]  # ``whether``: not a condition or a time, as ``if`` and ``when`` may be
            continue
        if asks and _finite_predicate(sent, c.index):
            return [c.index]
        subjects = sent.children(c.index, "nsubj", "nsubj:pass", "expl")
        if (
            subjects
            and span_words(sent, subjects[0].index)[0] == lo
            and _opens_clause(sent, lo)
            and _finite_predicate(sent, c.index)
            and not _reduced_relative(sent, v, lo)
        ):
            return [c.index]
    return []


def _reduced_relative(sent: ParsedSentence, v: int, lo: int) -> bool:
    """``described [the dire situation] Clinton is facing``: a clause right after the verb's object, without a
    pronoun, is a relative clause on the object, unless the verb takes a listener as object (``told TheBlaze founder
    Glenn Beck [he would consider …]``). Not a time the parser took for the object (``reported last month [the
    minister had …]``) nor a pronoun (``noted what [the committee] discovered``)."""
    if sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang):
        return False
    times = lexicon_words("time_noun", sent.lang)
    return any(
        span_words(sent, o.index)[1] == lo - 1 and o.upos in ("NOUN", "PROPN") and o.lemma.lower() not in times
        for o in sent.children(v, "obj")
    )


def _opens_clause(sent: ParsedSentence, lo: int) -> bool:
    """Whether the subject at ``lo`` can open a clause after the words before it, rather than continue a name or a
    noun phrase the parser broke (``host Glenn Beck [minced …]``, ``O' [Malley joined]``, ``G-I [II]``): it opens with
    an article or a pronoun, or with a name after a word that is no name, and a space before it, no comma or dash."""
    w, before = sent[lo], sent[lo - 1]
    if is_punct(before) or before.end >= w.start:
        return False
    return w.upos in ("DET", "PRON") or (w.upos == "PROPN" and before.upos != "PROPN")


def content_children(ss: SentenceContext, v: int) -> list[int]:
    """Content clauses after ``v``: its own ``ccomp``/``parataxis``, and for ``X agreed, saying that …`` those
    the parser hung on the head verb instead."""
    sent = ss.sent
    kids = [c.index for c in sent.children(v, *CONTENT_RELS) if c.index > v]
    head = sent.head_of(v)
    if head is not None and sent[v].base_rel in ("advcl", "xcomp", "conj") and ss.cue_at(head.index):
        kids += [c.index for c in sent.children(head.index, *CONTENT_RELS) if c.index > v]
    good = []
    for k in kids:
        lo, hi = span_words(sent, k)
        if hi > v and any(sent[j].upos in FINITE_UPOS for j in range(max(lo, v + 1), hi + 1)):
            good.append(k)
    return good + _object_subject(ss, v, good) if good else _object_then_predicate(ss, v)


def attribution_end(sent: ParsedSentence, v: int, particle: int | None, speaker: int | None) -> int:
    """Last word of the attribution ``X said`` / ``sagte X`` / ``schlug X vor``: verb, particle, a speaker after it."""
    end = v
    if particle is not None and particle > end:
        end = particle
    if speaker is not None and speaker > v:
        m = expand_mention(sent, speaker)
        end = max(end, speaker)
        while m is not None and end + 1 < len(sent) and sent[end + 1].end <= m.end:
            end += 1
    return end


def _content_start(sent: ParsedSentence, lo: int) -> int:
    """Skip a recipient or adverbial before the content's complementiser or subject (``told reporters the plan
    was …``, ``said on Monday that …``): at most four words, and only up to a ``that``/``dass`` or a subject."""
    for k in range(lo, min(len(sent), lo + 5)):
        w = sent[k]
        if w.text.lower() in lexicon_words("complementiser") and w.base_rel == "mark":
            return k
        if w.base_rel in ("nsubj", "expl"):
            return min(max(lo, span_words(sent, k)[0]), k)
        if w.upos in ("AUX",) or is_comma(w):
            break
    return lo


def _that_clause(ss: SentenceContext) -> list[Found]:  # noqa: C901 - the content clause is found, bounded and trimmed in one pass whose steps share their indices
    """``X said (that) …`` / ``X agreed, saying that …`` / ``X sagte, dass …`` / ``schlug X vor, dass …``."""
    sent = ss.sent
    out: list[Found] = []
    n = len(sent)
    # A second speech verb coordinated inside an earlier verb's content speaks for that verb's speaker.
    shared_speaker: dict[int, int | None] = {}
    for cue in ss.cues():
        v = cue.verb
        if (
            any(c.text.lower() in as_words() for c in sent.children(v, "mark")) and not _that_content(sent, v)
        ) or cue.lemma in lexicon_words("evidence_only", sent.lang):
            continue
        out.extend(_relative_gap(ss, cue))
        kids = content_children(ss, v)
        dass = None
        fallback = conjunct = False
        if not kids:
            # A complementiser after the attribution that the parser hung elsewhere.
            for k in range(v + 1, min(n, v + 8)):
                if sent[k].text.lower() in lexicon_words("complementiser") and sent[k].upos in ("SCONJ", "PRON", "DET"):
                    dass = k
                    break
                if sent[k].text in (".", ":", ";"):
                    break
            if dass is None and not profile(sent.lang).verb_second:
                # A verb-second language puts a comma before its content, which the parser finds; this misparse
                # (a long listener or adverbial, then ``that``) is English
                dass = _distant_complementiser(sent, v)
            if dass is None:
                dass = _pronoun_subject_after(sent, v)
                fallback = dass is not None
            if dass is None:
                # Last, a content clause the parser hung on the verb as a conjunct (after the other readings, which
                # bound their content better where they apply).
                kids = _clause_conjunct(ss, v)
                conjunct = bool(kids)
                if not kids:
                    continue
        lo_words = [span_words(sent, k)[0] for k in kids] + ([dass] if dass is not None else [])
        lo = max(v + 1, min(lo_words))
        content = set(range(lo, n))
        speaker = shared_speaker[v] if v in shared_speaker else ss.subject(cue, content)
        if speaker is None and v not in shared_speaker:
            speaker = _loose_subject(sent, v) if is_finite(sent[v]) else _controller(sent, v)
        if speaker is None and not is_impersonal(sent, v):
            continue
        if _passive_topic(sent, v, speaker) or (not profile(sent.lang).verb_second and passive_report(ss, v)):
            # ``The bridge is expected to open …``, ``He was asked whether …``: the passive's subject is what
            # was thought of or the one asked, not the source, which the text does not name; nor is the noun a
            # relative clause's pronoun stands for (``the event, which is expected to draw …``)
            speaker = None
        if conjunct and speaker is None:
            continue  # the conjunct reading needs the speaker the parse shows
        if fallback and (speaker is None or speaker > v):
            continue  # ``sagte er …``: a pronoun after the verb is the speaker, not the content's subject
        att_end = attribution_end(sent, v, cue.particle, speaker)
        lo = _content_start(sent, max(lo, att_end + 1))
        if _tags_quotation(ss, v, speaker) and not _own_content(ss, v, lo):
            continue
        # Stop at another speech verb that coordinates with this one: ``X said A, but Y said B``.
        # A speech verb in a relative clause (``the ministry, which said that …, declined``) reports only there.
        # So does a clause before the word it depends on, when the parse shows its content inside it.
        embedded = sent[v].deprel == "acl:relcl" or (any(sent[k].head == v for k in kids) and _governed_later(sent, v))
        hi = span_words(sent, v)[1] if embedded else n - 1
        for other in ss.cues():
            o = other.verb
            if o > lo and (
                (sent[o].head == v and sent[o].base_rel in ("conj", "parataxis")) or _own_report(sent, o, kids)
            ):
                hi = min(hi, span_words(sent, o)[0] - 1)
            elif o > lo and o <= hi and _coordinated_report(sent, o, v):
                hi = min(hi, span_words(sent, o)[0] - 1)
                shared_speaker.setdefault(o, speaker)
            elif o > lo and (c := _quoting_conjunct(ss, other, lo)) is not None:
                hi = min(hi, c - 1)
        hi = min(hi, trailing_adjunct(sent, v, lo, kids))
        if not profile(sent.lang).verb_second:
            speech_verbs = ss.cue_verbs()
            hi = content_tail(sent, lo, before_trailing_relative(sent, lo, hi), speech_verbs)
            hi = before_quotation_tag(ss, lo, hi)
            hi = fronted_clause_end(sent, v, lo, hi)
            hi = infinitive_end(ss, lo, hi)
        t = trim_span(sent, lo, hi)
        if t is None or not has_clause(sent, *t) or opens_non_content(sent, t[0]) or _relative_start(sent, t[0]):
            continue
        if _relative_that(sent, v, lo, t[0]):
            continue
        if is_stance(sent, cue) and not (
            kids
            and sent[v].upos == "VERB"
            and (opens_with_subject(sent, t[0]) or _subject_after_that(sent, t[0]))
            and not is_quoted(ss, *t)
        ):
            # ``the provisions that he thought [would displace …]``: a relative gap, not a stated opinion; the
            # content must be a clause the parse hangs on the verb, and one with a quotation in it is left to the
            # quotation rules (``think they can "outsource" …``: the fragment's own attribution)
            continue
        conf = ThatClauseRule.confidence
        sieve = "indirect_that_clause"
        if profile(sent.lang).verb_second and t[0] > 0 and is_comma(sent[t[0] - 1]):
            # ``sagte Curran, … gebe es …``: verb-second reported speech that the parser did hang on the verb.
            sieve = "indirect_konjunktiv"
            if not any(konjunktiv_form(w) for w in sent.words[t[0] : t[1] + 1] if w.upos in FINITE_UPOS):
                conf = ThatClauseRule.without_konjunktiv
        out.append(Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, sieve, conf))
    return out


def _that_content(sent: ParsedSentence, v: int) -> bool:
    """Whether ``v`` has a content clause after it that ``that`` opens (``as he noted [that Clinton had …]``,
    ``Clinton, as well as her campaign, has maintained [that …]``): the verb reports it even with ``as`` on it,
    which otherwise makes the clause a parenthetical tag of the sentence around it (rule 6)."""
    return any(
        m.text.lower() in lexicon_words("complementiser", sent.lang) and m.index == span_words(sent, c.index)[0]
        for c in sent.children(v, "ccomp")
        if c.index > v
        for m in sent.children(c.index, "mark")
    )


def _subject_after_that(sent: ParsedSentence, k: int) -> bool:
    """``think that [younger Latinos are …]``, ``think that [at least two candidates will …]``: the content opens,
    right after ``that``, with its subject's first word, whatever word that is."""
    if k == 0 or sent[k - 1].text.lower() not in lexicon_words("complementiser", sent.lang):
        return False
    return any(span_words(sent, s.index)[0] == k for s in sent.children(sent[k - 1].head, "nsubj", "nsubj:pass"))


def _relative_gap(ss: SentenceContext, cue: VerbCue) -> list[Found]:
    """``a wall, which he said Mexico should pay for``, ``a speech which even critics say was the best``, ``a
    path, which he declared a disaster``: the relative pronoun that opens a speech verb's relative clause stands
    for (a part of) what was said, and PolNeAR marks it as a statement of its own beside any content. Not the
    relative subject of the verb itself (``the ministry, which said that …``: the speaker)."""
    sent, v = ss.sent, cue.verb
    if sent[v].deprel != "acl:relcl" or profile(sent.lang).verb_second:
        return []
    r = span_words(sent, v)[0]
    while r < v and is_punct(sent[r]):
        r += 1
    w = sent[r]
    if r >= v or (w.head == v and w.base_rel == "nsubj") or not is_relative(w):
        return []
    if not is_relative_pronoun(w, sent.lang):
        return []
    speaker = ss.subject(cue, {r})
    if speaker is None or speaker == r:
        return []
    return [Found(r, r, speaker, v, cue.particle, cue.lemma, ThatClauseRule.name, ThatClauseRule.confidence)]


# Relations by which the parser hangs a speech verb's real subject before it when it misreads the subject phrase.
_LOOSE_SUBJECT_RELS = frozenset({"nsubj", "obl", "nmod", "obj", "dep", "appos"})


def _loose_subject(sent: ParsedSentence, v: int) -> int | None:
    """The speaker of a speech verb in a main clause whose subject the parse lost, in languages whose subject
    stands before the verb: ``One in four voters … said`` (a numeral subject), ``nearly eight in 10 voters said``
    (``voters`` an oblique), ``those surveyed said`` (``those`` the subject of a clause before the verb), ``Rep.
    Bobby Scott (D-Va.), ranking member …, said`` (the verb hung on the name as parataxis). The phrase must end
    right before the verb, only adverbs and commas between."""
    if profile(sent.lang).verb_second or is_subordinate(sent, v):
        return None
    k = v - 1
    while k >= 0 and (sent[k].upos == "ADV" or is_comma(sent[k])):
        k -= 1
    if k < 0:
        return None
    for c in reversed(sent.children(v)):
        if c.index > v or span_words(sent, c.index)[1] != k:
            continue
        if c.base_rel in _LOOSE_SUBJECT_RELS:
            return c.index if _loose_nominal(sent, c) else None
        if c.base_rel in ("ccomp", "csubj", "advcl") and c.upos == "VERB":
            if _name_as_verb(sent, c):
                return c.index
            # ``those surveyed said``: the subject of the participle heads the phrase
            subj = [w for w in sent.children(c.index, "nsubj") if w.index < c.index]
            return subj[0].index if subj and subj[0].upos in ("DET", "PRON", "NOUN", "PROPN") else None
        return None
    named = _root_name(sent, v)
    if named is not None:
        return named
    # ``numerous veterans interviewed at rallies, including Mr. Jebens, said``: a name or noun right before the verb
    # that the parse hung below a phrase of its own
    w = sent[k]
    if w.upos in ("PROPN", "NOUN") and w.lemma.lower() not in lexicon_words("time_noun", sent.lang):
        return k if all(a.index != k for a in sent.ancestors(v)) and not _prepositional(sent, w) else None
    return None


def _name_as_verb(sent: ParsedSentence, c: Word) -> bool:
    """``Like a family member, Ebeling said …``: a capitalised word alone, opening the sentence or after a comma, that
    the tagger took for a participle hung on the speech verb; it is the subject's name. A real participle has a
    lemma of its own (``Asked``, ``Smiling``), a name keeps its form. Measured on PolNeAR 2 right of 2."""
    k = c.index
    return c.text[:1].isupper() and c.lemma == c.text and not sent.children(k) and (k == 0 or is_comma(sent[k - 1]))


def is_finite(w: Word) -> bool:
    return w.feats.get("VerbForm", "Fin") == "Fin"


# Relations by which a non-finite speech verb hangs on the verb whose subject or object says it.
_CONTROLLED_RELS = frozenset({"xcomp", "advcl", "ccomp"})
CONTROL_DEPTH = 3


def _controller(sent: ParsedSentence, v: int) -> int | None:
    """The speaker of a non-finite speech verb without a subject of its own, in languages whose subject stands
    before the verb: ``declined to say whether``, ``led Republicans to say that`` (the object before it),
    ``Rubio pushed back, saying that`` (the subject of the verb it hangs on, up through such verbs); a relative
    clause's antecedent (``an aide, who …, declined to say``) or a noun the parse made the root.
    Apart from the refusal walk in ``speech_acts``: this one reads a reporting subject
    and an object controller at each step and refuses a clause with a ``mark`` of its own; only the antecedent step
    (:func:`relative_antecedent`) is the same."""
    if profile(sent.lang).verb_second:
        return None
    k = v
    for _ in range(CONTROL_DEPTH):
        head = sent.head_of(k)
        # a clause with a subject or a conjunction of its own (``after he said``) is no controlled verb; an
        # infinitive keeps its ``to``
        own = bool(sent.children(k, "mark", "nsubj")) and sent[k].feats.get("VerbForm") != "Inf"
        if head is None or sent[k].base_rel not in _CONTROLLED_RELS or own:
            return None
        reporter = _reporting_subject(sent, head.index, v)
        if reporter is not None:
            return reporter
        objs = [o for o in sent.children(head.index, "obj") if o.index < v and o.upos in ("NOUN", "PROPN")]
        if sent[k].base_rel == "xcomp" and objs:
            return objs[-1].index
        subj = [c for c in sent.children(head.index, "nsubj") if c.index < v]
        if subj:
            if not is_relative(subj[0]) or subj[0].upos in ("NOUN", "PROPN"):
                return subj[0].index if subj[0].upos != "PRON" or subj[0].feats.get("PronType") == "Prs" else None
            return relative_antecedent(sent, head.index)
        if head.deprel == "root" and head.upos in ("NOUN", "PROPN") and head.index < v:
            return head.index
        k = head.index
    return None


def _loose_nominal(sent: ParsedSentence, c: Word) -> bool:
    """A noun phrase that may be a lost subject: a noun, name or numeral (``74 percent``, ``One in four``) or a
    quantifier subject (``many said``), not a pronoun (``That said``, ``which``), not a time (``said last week``)
    and not a prepositional phrase."""
    quantifier = c.base_rel == "nsubj" and c.upos in ("ADJ", "DET")  # ``many said``, ``most say``
    return (
        (c.upos in ("NOUN", "PROPN", "NUM") or quantifier)
        and c.text.lower() not in lexicon_words("non_speaker_subject")
        and c.lemma.lower() not in lexicon_words("time_noun", sent.lang)
        and not _prepositional(sent, c)
    )


def _reporting_subject(sent: ParsedSentence, h: int, v: int) -> int | None:
    """``The company said [the results were "very strong,"] noting that …``: a speech participle after a comma that
    the parse hung on the content clause of another speech verb goes on with that verb's subject, not the
    content's (``the results``). None when ``h`` heads no content clause of a speech verb, or ``v`` follows
    no comma."""
    w = sent[h]
    if w.base_rel != "ccomp" or w.head < 0 or not is_cue(sent[w.head].lemma, sent.lang) or not comma_before(sent, v):
        return None
    subj = [c for c in sent.children(w.head, "nsubj") if c.index < h]
    # a personal pronoun speaks (``he said``); a relative one stands for a noun outside the clause
    if not subj or (is_relative(subj[0]) and subj[0].feats.get("PronType") != "Prs"):
        return None
    return subj[0].index


def _root_name(sent: ParsedSentence, v: int) -> int | None:
    """``Rep. Bobby Scott (D-Va.), ranking member of …, said``: the parse heads the sentence with the name and
    hangs the verb below it as parataxis; the name, when no finite verb stands between."""
    root = sent.root()
    if (
        root is None
        or sent[v].base_rel != "parataxis"
        or root.index >= v
        or root.upos not in ("PROPN", "NOUN")
        or root.lemma.lower() in lexicon_words("time_noun", sent.lang)
        or not any(a.index == root.index for a in sent.ancestors(v))
    ):
        return None
    between = sent.words[root.index + 1 : v]
    return None if any(w.feats.get("VerbForm") == "Fin" for w in between) else root.index


def _prepositional(sent: ParsedSentence, c: Word) -> bool:
    """A phrase opened by a preposition (``Among likely voters``), not the subject; a numeral before ``in``/``of``
    heads its own phrase (``eight in 10 voters``: the parse hangs ``voters`` on the verb)."""
    case = [w for w in sent.children(c.index, "case") if w.index < c.index]
    if not case:
        return False
    lo = span_words(sent, c.index)[0]
    return not (case[0].index == lo + 1 and sent[lo].upos in ("NUM", "ADV") and sent[lo].lemma.isalpha())


_BEFORE_NO_CONTENT = frozenset({"ADP", "SCONJ"})


def _own_report(sent: ParsedSentence, o: int, kids: Sequence[int]) -> bool:
    """``74 percent said they are set on voting for him, while 22 percent said they might change their mind``: a
    second speech verb with a subject of its own, in a clause set off by a comma, starts a report of its own
    wherever the parser hung it. The content clause itself (one of ``kids``, ``sagte, dass die Kommission Ghani
    zum Präsidenten erkläre``) is one only after a connective that is no complementiser (``while``, ``but``)."""
    subjects = sent.children(o, "nsubj")
    if (
        sent[o].base_rel not in ("conj", "advcl", "parataxis", "ccomp")
        or not subjects
        or any(is_relative(w) for w in subjects)
    ):
        return False
    a = span_words(sent, o)[0]
    while a < o and is_punct(sent[a]):
        a += 1
    connective = next(
        (k for k in (a, a + 1) if 0 < k < o and is_comma(sent[k - 1]) and sent[k].upos in ("CCONJ", "SCONJ")), None
    )
    if connective is not None:
        return sent[connective].text.lower() not in lexicon_words("complementiser")
    return a > 0 and is_comma(sent[a - 1]) and o not in kids and sent[o].base_rel != "ccomp"


def _coordinated_report(sent: ParsedSentence, o: int, v: int) -> bool:
    """``said she did not want to think about it and predicted that Clinton will win``, ``acknowledging that Trump
    had tapped into a vein but warning that his style would …``: a speech verb after the content of ``v``, joined
    by ``and``/``but`` without a subject of its own and with a content clause of its own, is a second report of the
    same speaker, which PolNeAR annotates apart. The parse hangs it on the first content's verb (or higher up), so
    the conjunct test of ``v`` itself misses it. English only: a verb-second language's conjunct after a content
    clause is read by its own rules."""
    w = sent[o]
    if profile(sent.lang).verb_second or w.base_rel != "conj" or w.head == v or w.upos != "VERB":
        return False
    if any(c.index < o for c in sent.children(o, "nsubj")) or not any(
        c.upos == "CCONJ" for c in sent.children(o, "cc")
    ):
        return False
    return any(c.base_rel == "ccomp" and c.index > o for c in sent.children(o))


def _quoting_conjunct(ss: SentenceContext, other: VerbCue, lo: int) -> int | None:
    """The coordinator before a speech verb that the parse hung on a word of the content (from ``lo``) as a
    conjunct, without a subject of its own, with a quotation opening within a few words after it (``said [he
    welcomed extradition] and added, "…"``, ``said [A], but said, "…"``, ``suggested [A], called her
    "third-rate"``): the speaker goes on with an act of his own, which tags the quotation, and the content ends
    before it. None when the verb is no such act; a verb of opinion (``and thought the criticism was a "badge of
    honor"``) goes on with the content. Other verbs coordinated in the content are the content's own and stay
    (measured: cutting there lost three matches for each won)."""
    sent = ss.sent
    o = other.verb
    w = sent[o]
    if w.base_rel != "conj" or w.head < lo or sent.children(o, "nsubj") or w.upos != "VERB" or is_stance(sent, other):
        return None
    if not _quotation_follows(ss, o):
        return None
    for k in (o - 1, o - 2):
        if k > lo and sent[k].upos == "CCONJ":
            return k - 1 if is_comma(sent[k - 1]) else k
    return o - 1 if is_comma(sent[o - 1]) and o - 1 > lo else None


def before_quotation_tag(ss: SentenceContext, lo: int, hi: int) -> int:
    """The content's end before a comma that opens the tag of a quotation after it: a noun phrase and a finite verb
    right after it, the quotation opening within a few words (``when Rubio said [it was great to be home], a man
    yelled "Stay there!"``, ``Asked [which county was his favorite], he demurred: "…"``). The narrator's main
    clause after a fronted one, which the parse hangs anywhere (so it is read by word order); its verb need be no
    speech verb, the quotation shows it speaks. ``hi`` when there is none."""
    sent = ss.sent
    for k in range(lo + 2, hi + 1):
        if not is_comma(sent[k - 1]) or is_quoted(ss, k - 1, k - 1):
            continue  # a comma inside a closing mark ends a quotation inside the content, not the content
        o = k
        while o <= hi and o - k < QUOTE_REACH and sent[o].upos in _TAG_SUBJECT_UPOS:
            o += 1
        w = sent[o] if o <= hi else None
        if (
            w is None
            or o == k
            or w.upos != "VERB"
            or w.feats.get("VerbForm") not in (None, "Fin", "Part")
            or w.feats.get("Tense") not in ("Past", "Pres")
        ):
            continue
        if _quotation_follows(ss, o):
            return k - 2
    return hi


def _quotation_follows(ss: SentenceContext, o: int) -> bool:
    """Whether a quotation opens within :data:`QUOTE_REACH` words after the verb ``o``, with no verb or coordinator
    before it: the verb tags it (a quotation further off, or after another verb, belongs to that one). Read by
    :func:`_quoting_conjunct` and :func:`before_quotation_tag`."""
    sent = ss.sent
    after = [qs for qs, _ in ss.quote_ranges if qs >= sent[o].end]
    if not after:
        return False
    gap = [x for x in sent.words[o + 1 : o + 1 + QUOTE_REACH] if x.end <= min(after)]
    return len(gap) < QUOTE_REACH and not any(x.upos in ("VERB", "CCONJ") for x in gap)


# Words of the subject phrase that opens a quotation's tag (``a man``, ``the former governor``, ``he``).
_TAG_SUBJECT_UPOS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})

QUOTE_REACH = 6
"""Words after a coordinated speech verb within which its quotation opens: a listener or object and a comma."""


def _own_content(ss: SentenceContext, v: int, lo: int) -> bool:
    """Whether the content at ``lo`` after a quotation's tag at ``v`` is still reported: it opens with a
    complementiser (``"…," he said, that …``) or belongs to a second speech verb (``"…," he said, noting he had
    …``, ``adding that …``)."""
    sent = ss.sent
    k = lo
    while k < len(sent) and is_punct(sent[k]):
        k += 1
    if k < len(sent) and sent[k].text.lower() in lexicon_words("complementiser"):
        return True
    return any(v < c.verb <= k for c in ss.cues())


def _tags_quotation(ss: SentenceContext, v: int, speaker: int | None) -> bool:
    """Whether the attribution at ``v`` tags the quotation that closes right before it (``"…," said Geoff Garin,
    a pollster``, ``"…," Trump told a crowd in Miami``): what was said is the quotation; the words after the
    verb describe the speaker, the listener or the occasion."""
    sent = ss.sent
    start = sent[v].start
    if speaker is not None and speaker < v:
        m = expand_mention(sent, speaker)
        start = min(start, m.start if m is not None else sent[speaker].start)
    return any(ss.text[qe:start].strip(" ,\n") == "" and qe <= start for _, qe in ss.quote_ranges)


def _distant_complementiser(sent: ParsedSentence, v: int) -> int | None:
    """``told a crowded banquet hall at a hotel in downtown Baltimore that …``, ``said in an interview with The
    Associated Press last week that …``: a listener or a long adverbial between the verb and its content clause,
    whose complementiser the parser hung on a noun of it. Beyond the near window only a ``mark`` counts (a
    relative ``that`` is the parser's pronoun), and no finite verb or clause break may stand between."""
    for k in range(v + 1, len(sent)):
        w = sent[k]
        if w.text.lower() in lexicon_words("complementiser") and w.base_rel == "mark" and w.upos == "SCONJ":
            # ``before that``, ``except that``, ``including that``: a preposition's clause, not the verb's content
            return k if sent[k - 1].upos not in _BEFORE_NO_CONTENT else None
        if w.text in (".", ":", ";") or (w.upos in FINITE_UPOS and w.feats.get("VerbForm") == "Fin"):
            return None
    return None


def _pronoun_subject_after(sent: ParsedSentence, v: int) -> int | None:
    """``He said he and Trump differ …``, ``Cruz has said for weeks he's the only …``: the parser took the content's
    subject pronoun for the speech verb's object, or its predicate for a conjunct. A nominative personal pronoun
    right after the verb, or after a time phrase of it, with a verb later in the sentence, still opens the
    content; its index."""
    k = v + 1
    for c in sent.children(v, "obl", "advmod"):
        a, b = span_words(sent, c.index)
        if a == k and c.lemma.lower() in lexicon_words("time_noun", sent.lang):
            k = b + 1
    if k >= len(sent):
        return None
    if sent[k].upos != "PRON":
        return _noun_subject_after(sent, v, k)
    if sent[k].feats.get("Case") != "Nom" or sent[k].feats.get("PronType") != "Prs":
        return None
    return k if any(w.upos in FINITE_UPOS for w in sent.words[k + 1 :]) else None


_SUBJECT_NOUN_WORDS = 4


def _noun_subject_after(sent: ParsedSentence, v: int, k: int) -> int | None:
    """``She praised Garland and said [Republicans should give him a hearing]``: the parser hung the content's
    predicate on the first verb, so the speech verb has no content clause; the noun phrase at ``k`` right after
    it is the subject (``nsubj``) of a verb with a finite auxiliary or form after it, which is no ancestor of
    the speech verb. ``k`` when so. Not after a verb whose object is the listener (``told Rao the plan …``)."""
    h = k
    while h < len(sent) and h - k < _SUBJECT_NOUN_WORDS and sent[h].upos in NOUN_LEAD_UPOS:
        h += 1
    if h >= len(sent) or sent[h].upos not in ("NOUN", "PROPN") or sent[h].base_rel != "nsubj":
        return None
    pred = sent.head_of(h)
    if pred is None or pred.index <= h or any(a.index == pred.index for a in sent.ancestors(v)):
        return None
    if sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang) or is_subordinate(sent, v):
        return None  # ``savings that he says [the plan would achieve]``: a relative gap
    finite = (is_finite(pred) and pred.upos in FINITE_UPOS) or any(
        is_finite(a) for a in sent.children(pred.index, "aux", "cop") if a.index < pred.index
    )
    return k if finite else None


def before_trailing_relative(sent: ParsedSentence, lo: int, hi: int) -> int:
    """``… announced his engagement to Jerry Hall, who is the ex-wife of Mick Jagger.``: a non-restrictive
    relative clause that closes the sentence describes someone the content names; the narrator adds it. English
    only (the caller asks the profile): German content after ``sagte,`` keeps its relative clauses, as SpkAtt
    marks them."""
    for k in range(hi, lo + 1, -1):
        if (
            is_comma(sent[k - 1])
            and sent[k].text.lower() in lexicon_words("relative", sent.lang)
            and is_relative(sent[k])
        ):
            rel = sent.head_of(k)
            if rel is not None and rel.deprel == "acl:relcl" and span_words(sent, rel.index)[1] >= hi - 1:
                return k - 2
    return hi


def _governed_later(sent: ParsedSentence, v: int) -> bool:
    """Whether the speech verb heads a clause that stands before the word it depends on (``Although he said that
    his net worth exceeds $10 billion, [all of the firms put him lower]``, ``A letter saying that …, sits on
    top of the mail``): its content ends with the clause. English only: the compact German parse hangs a
    verb-final clause's content on the verb after it."""
    head = sent.head_of(v)
    if head is None or head.index < v or profile(sent.lang).verb_second:
        return False
    return (sent[v].base_rel == "advcl" and bool(sent.children(v, "mark"))) or sent[v].deprel == "acl"


SUBJECT_REACH = 8
"""Words after a comma searched for the head of a subject phrase that starts there (``27 percent of those …``)."""


def fronted_clause_end(sent: ParsedSentence, v: int, lo: int, hi: int) -> int:
    """``While the top candidates say [the United States must play a role], they differ …``, ``When she learned
    that [Trump would campaign in Louisville], …, she walked …``: a speech verb in an adverbial clause that opens
    the sentence (its subordinator first, after a coordinator at most, no comma before the verb) reports up to the
    first comma of its content that a subject follows; the main clause comes after it, where the parse hung it
    inside the content (the cases :func:`_governed_later` does not see). English only (the caller asks the
    profile). Measured on PolNeAR (issue 12, rep30b): 3 statements cut, all 3 gained, none lost; the two later
    reports they had swallowed are now statements of their own (both too long: ``…, when voters head to the
    polls``)."""
    first = 0
    while first < v and (sent[first].upos == "CCONJ" or is_punct(sent[first])):
        first += 1
    w = sent[first]
    if first >= v or w.upos != "SCONJ" or w.text.lower() not in lexicon_words("object_break", sent.lang):
        return hi
    if any(is_comma(sent[k]) for k in range(first, v)):
        return hi
    for k in range(lo + 1, hi + 1):
        if is_comma(sent[k]) and _subject_opens(sent, k + 1, hi):
            return k - 1
    return hi


def _subject_opens(sent: ParsedSentence, k: int, hi: int) -> bool:
    """Whether a subject phrase starts at word ``k`` (``, they differ``, ``, 27 percent of those … said``): the
    main clause, not a phrase of the content (``, with his weight down``)."""
    return any(
        sent[j].base_rel in ("nsubj", "expl")
        and span_words(sent, j)[0] in (k - 1, k)  # the parse may hang the comma on it
        for j in range(k, min(hi, k + SUBJECT_REACH) + 1)
    )


def content_tail(sent: ParsedSentence, lo: int, hi: int, speech_verbs: frozenset[int]) -> int:
    """Where English content after a speech verb ends, before a comma that opens the narrator's addition: a
    contrast (``said they prefer an outsider, while about 4 in 10 want …``), a relative clause that runs to the
    content's end (``did not suggest it would be Trump, who has a significant delegate lead``, which the parse
    may hang on the content as a conjunct), a participle that is itself a speech verb (``said he would not seek
    a recount, conceding the race``, ``rejected the idea …, saying the crowds prove …``: a speech act of its own,
    with its own content) or a clause with a speech verb and subject of its own; the last word before it. A
    semicolon ends the content as well (``say the United States has more billionaires; Wealth-X tallies 585 …``):
    the narrator's next clause. Any other participle clause after a comma (``…, doing little to …``) was measured
    as often inside PolNeAR's content as outside, and stays."""
    for k in range(lo + 2, hi + 1):
        if sent[k - 1].text == ";":
            return k - 2
        if not comma_before(sent, k):
            continue
        if (
            _cut_contrast(sent, k)
            or _cut_relative(sent, k, hi)
            or _speech_participle(sent, k, speech_verbs)
            or _speech_clause(sent, k, speech_verbs)
        ):
            return k - 2
    return hi


def infinitive_end(ss: SentenceContext, lo: int, hi: int) -> int:
    """``expected [to sign the measure], potentially teeing up a new law``, ``promise [to furnish $2,000], a
    requirement that …``, ``hoping [to retain the White House], but it heralded …``: a ``to``-infinitive content
    is one predicate, and what follows its first comma is the narrator's (a participle, an apposition on the
    content, a clause of its own). The content ends before that comma, unless the phrase after it continues the
    infinitive: a conjunct of a word before the comma or a second bare infinitive (``to talk to Congress, the
    American public and allies``, ``to play by the rules, make the payment …``), or an aside whose closing comma
    is followed by more of the infinitive (``to make the shoal, an atoll …, into a fortress``, ``, rather than
    …, to reviews``); nor content with a quotation in it (the quotation rules judge that statement). English only
    (the caller asks the profile)."""
    sent = ss.sent
    w = sent[lo]
    if w.text.lower() != "to" or w.upos != "PART":
        return hi
    # A comma right after ``to`` and its verb opens an aside inside the phrase (``to confirm, before millions of
    # viewers, the most pointed critiques``).
    commas = [k for k in range(lo + 2, hi) if sent[k].text == ","]
    if not commas or commas[0] < lo + 3:
        return hi
    k = commas[0]
    if sent[k + 1].xpos == "VB" or _phrase_attaches(sent, k + 1, lo, k, hi, conj_only=True):
        return hi
    if len(commas) > 1 and (
        sent[commas[1] + 1].upos == "ADP" or _phrase_attaches(sent, commas[1] + 1, lo, k, hi, conj_only=False)
    ):
        return hi
    if is_quoted(ss, lo, hi):
        return hi
    return k - 1


def _phrase_attaches(sent: ParsedSentence, a: int, lo: int, k: int, hi: int, *, conj_only: bool) -> bool:
    """Whether the phrase that starts at word ``a`` hangs on a word of ``lo..k-1`` (as a conjunct, with
    ``conj_only``, and then not a clause with its own subject: ``to retain the White House, but it heralded …``):
    its top word is the first head reached from ``a`` outside ``a..hi``."""
    r = a
    for _ in range(hi - a + 1):  # the parse may hold a cycle; a phrase is no longer than the content
        h = sent[r].head
        if not a <= h <= hi:
            break
        r = h
    h = sent[r].head
    if conj_only and sent.children(r, "nsubj", "nsubj:pass", "expl"):
        return False  # a conjunct with a subject of its own is a clause, which no infinitive coordinates with
    return lo <= h < k and (not conj_only or sent[r].base_rel == "conj")


def _speech_clause(sent: ParsedSentence, k: int, speech_verbs: frozenset[int]) -> bool:
    """Whether a clause with a finite speech verb and its own subject opens at word ``k`` after a comma
    (``… attacks that, Sweet noted, Trump said …``): a report of its own, found from its own verb."""
    return any(
        o > k
        and sent[o].upos == "VERB"
        and sent[o].feats.get("VerbForm") == "Fin"
        and span_words(sent, o)[0] in (k - 1, k)
        and bool(sent.children(o, "nsubj"))
        for o in speech_verbs
    )


def _speech_participle(sent: ParsedSentence, k: int, speech_verbs: frozenset[int]) -> bool:
    """Whether word ``k`` is a present participle or gerund that is a speech verb (``saying``, ``conceding``)."""
    w = sent[k]
    return (
        k in speech_verbs
        and w.upos == "VERB"
        and w.feats.get("VerbForm") in ("Ger", "Part")
        and w.feats.get("Tense") != "Past"
    )


def _cut_contrast(sent: ParsedSentence, k: int) -> bool:
    return sent[k].text.lower() in lexicon_words("contrast_opener", sent.lang) and sent[k].upos == "SCONJ"


def _cut_relative(sent: ParsedSentence, k: int, hi: int) -> bool:
    w = sent[k]
    if w.text.lower() not in lexicon_words("relative", sent.lang) or not is_relative(w):
        return False
    head = sent.head_of(k)
    return head is not None and head.index > k and span_words(sent, head.index)[1] >= hi - 1


def _passive_topic(sent: ParsedSentence, v: int, speaker: int | None) -> bool:
    """Whether ``speaker`` is the subject of a passive report without agent. English only: SpkAtt gives such
    German subjects as the source (``Klien wurde … zitiert``), PolNeAR leaves the source out."""
    return (
        speaker is not None
        and not profile(sent.lang).verb_second
        and sent[speaker].deprel == "nsubj:pass"
        and is_impersonal(sent, v)
    )


def is_impersonal(sent: ParsedSentence, v: int) -> bool:
    """``Es wurde mitgeteilt, dass …``, ``It was reported that …``, ``heißt es, dass …``: a passive speech verb
    without an agent, or one whose subject is an expletive, reports content whose source the text does not name."""
    if is_subordinate(sent, v) or sent.children(v, "obl:agent"):
        return False
    return is_passive(sent, v) or any(c.base_rel == "expl" for c in sent.children(v))


def is_passive(sent: ParsedSentence, v: int) -> bool:
    return sent[v].feats.get("Voice") == "Pass" or any(
        c.deprel in ("aux:pass", "nsubj:pass", "expl:pass") for c in sent.children(v)
    )


def _relative_that(sent: ParsedSentence, v: int, lo: int, start: int) -> bool:
    """``said in a documentary that [showed off …]``, ``said of a list that [included …]``: the ``that`` trimmed off
    before the content follows a noun and is the only subject or the object of the clause after it (no noun phrase
    opens that clause and its verb reads as one), so it is a
    relative pronoun on that noun, not a complementiser, and the clause describes the noun rather than saying
    anything. Not when the noun stands in the verb's object or complement (``discussed the violence that [has
    marred …]``, ``urging Congress to pass a measure that […]``): PolNeAR marks that phrase, relative clause and
    all, as what was said, and the content overlaps it."""
    for k in range(max(lo, 1), start):
        w, before = sent[k], sent[k - 1]
        if (
            w.text.lower() in lexicon_words("complementiser", sent.lang)
            and w.base_rel in _RELATIVE_ARGUMENT_RELS
            and w.head > k
            and k + 1 < len(sent)
            and sent[k + 1].upos not in _TAG_SUBJECT_UPOS
            and before.index != v
            and before.upos in _ANTECEDENT_UPOS
            and not any(s.index != k for s in sent.children(w.head, "nsubj"))
            and not _in_complement(sent, v, before.index)
            and (w.head > k + 1 or _verb_like(sent, w.head))
        ):
            return True
    return False


_RELATIVE_ARGUMENT_RELS = frozenset({"nsubj", "obj"})
_ANTECEDENT_UPOS = frozenset({"NOUN", "PROPN", "NUM"})
_COMPLEMENT_RELS = frozenset({"obj", "iobj", "xcomp", "ccomp"})
ANTECEDENT_DEPTH = 4


def _verb_like(sent: ParsedSentence, h: int) -> bool:
    """Whether the relative clause's verb ``h`` reads as a verb: a plural noun the tagger took for one is followed
    right away by the real verb's auxiliary or a participle (``page that [refugees] should burn``, ``that
    [immigrants] living here should …``), which a verb opening its own clause is not."""
    if h + 1 >= len(sent):
        return True
    after = sent[h + 1]
    return after.upos != "AUX" and after.feats.get("VerbForm") not in ("Part", "Ger")


def _in_complement(sent: ParsedSentence, v: int, n: int) -> bool:
    """Whether word ``n`` lies in an object or complement of ``v`` (at most ``ANTECEDENT_DEPTH`` heads up)."""
    for w in islice(chain((sent[n],), sent.ancestors(n)), ANTECEDENT_DEPTH):
        if w.head == v:
            return w.base_rel in _COMPLEMENT_RELS
    return False


def _relative_start(sent: ParsedSentence, lo: int) -> bool:
    """``said Peter Hart, who lives …``, ``told Annette Guessford, who answered …``: a relative clause describes the
    speaker or the listener; it is never the content."""
    return sent[lo].text.lower() in lexicon_words("relative", sent.lang) and is_relative(sent[lo])


def trailing_adjunct(sent: ParsedSentence, v: int, lo: int, kids: Sequence[int]) -> int:
    """``suggested that officials should curb their complaints because …``, ``said …, adding that …``: an
    adverbial clause of the speech verb after its content is the narrator's, not what was said; the last word
    before it (the sentence's last word when there is none). So is a finite verb coordinated with the speech verb
    after an infinitive content (``vowed to keep abortion legal and celebrated the ruling``): the infinitive cannot
    coordinate with it. A conjunct after a finite content clause stays: the parse hangs the content's own second
    verb on the speech verb as often as the narrator's (measured on PolNeAR, no net gain from cutting)."""
    end = len(sent) - 1
    content = [span_words(sent, k) for k in kids]
    infinitive = any(sent[k].deprel == "xcomp" and sent[k].feats.get("VerbForm") == "Inf" for k in kids)
    for c in sent.children(v, "advcl", "conj"):
        if c.base_rel == "conj" and not (infinitive and c.feats.get("VerbForm") == "Fin"):
            continue
        a, _ = span_words(sent, c.index)
        if c.base_rel == "advcl" and _unmarked_clause(sent, a, c.index):
            continue
        if a > lo and not any(x <= c.index <= y for x, y in content):
            end = min(end, a - 1)
    return end


def _unmarked_clause(sent: ParsedSentence, a: int, c: int) -> bool:
    """Whether the adverbial clause ``c`` of a speech verb, starting at word ``a``, runs on from the word before it
    with no punctuation between and has a finite predicate: English sets the narrator's clause after the content
    off with a comma (``said …, after he introduced a bill``), so one without is the content's own clause, which the
    parse hung on the speech verb (``hoping [to pick up delegates in states that award them …]``, ``said [he opposes
    the Common Core because the standards don't …]``, ``promised [to take bold action should he win]``). A
    non-finite one stays cut (``responded to the tweet by calling him "dopey"``: the narrator's manner phrase).
    English only: German puts a comma before every subordinate clause. Measured on PolNeAR (issue 12, bs27): 13
    statements changed, 11 right (10 speakers right), 8 gold statements gained, 1 lost."""
    return (
        not profile(sent.lang).verb_second
        and a > 0
        and not is_punct(sent[a])
        and not is_punct(sent[a - 1])
        and _finite_predicate(sent, c)
    )


def is_subordinate(sent: ParsedSentence, v: int) -> bool:
    """Whether the speech verb heads a relative or subordinate clause (``der das sagte``, ``weil er sagte``)."""
    if sent[v].deprel in ("acl:relcl", "acl") or sent.children(v, "mark"):
        return True
    return any("Rel" in c.feats.get("PronType", "") for c in sent.children(v, "nsubj"))


def passive_report(ss: SentenceContext, v: int) -> bool:
    """``[The plan] is expected [to pass]``, ``[which] is said [to be …]``: a passive speech or belief verb without
    an agent whose content is a ``to``-infinitive after it (the that-clause rule reports the infinitive)."""
    sent = ss.sent
    # The passive needs its auxiliary (``is expected``): the tagger marks active participles passive too.
    if ss.cue_at(v) is None or not sent.children(v, "aux:pass") or sent.children(v, "obl:agent"):
        return False
    return any(
        c.index > v and any(m.upos == "PART" and m.index > v for m in sent.children(c.index, "mark"))
        for c in sent.children(v, "xcomp")
    )


class ThatClauseRule(SentenceRule):
    """``X said (that) …`` / ``X agreed, saying that …`` / ``X sagte, dass …`` / ``schlug X vor, dass …``."""

    name = "indirect_that_clause"
    confidence = 0.85
    without_konjunktiv = 0.65
    """German verb-second content after a comma whose finite verbs show no Konjunktiv."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _that_clause(ctx)
