"""English tags read by surface order where the parse broke them (rules 6b–6f, 7b): trailing tags and tags
the narrator goes on after, relative objects and relative gaps, a pro-form as the content, ``Sources have said [X
is interested]``."""

from __future__ import annotations

from functools import cache

from quotekit.attribution.mentions import (
    GROUP_RANK,
    expand_mention,
    speaker_rank,
)
from quotekit.attribution.reported.content_clause import (
    before_quotation_tag,
    before_trailing_relative,
    content_tail,
    is_finite,
    is_passive,
)
from quotekit.attribution.reported.parenthetical import subject_phrase_start
from quotekit.attribution.reported.sentence import (
    CONTENT_RELS,
    FINITE_UPOS,
    ReportedStatement,
    SentenceContext,
    VerbCue,
    in_narration,
    is_comma,
    is_punct,
    is_quoted,
    is_restricted,
    is_stance,
    span_words,
)
from quotekit.attribution.reported.sources import is_quote_mark, opens_with_subject
from quotekit.attribution.reported.spans import Found, SentenceRule, enough_words, has_clause, trim_span
from quotekit.lang import profile
from quotekit.lexicon import CueKind, cue_entries, surface_forms
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence, Word

# Words a trailing tag's source phrase may hold (``the University of Michigan``, ``Ms. Gedrich``, ``a study by the
# Council``): a noun phrase with prepositional modifiers, as the tagger sees it when it breaks the parse.
_TAG_SOURCE_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "CCONJ", "X"})
_TAG_SOURCE_WORDS = 10


def _tag_source_start(sent: ParsedSentence, v: int) -> int | None:
    """The first word of the source phrase that stands between a comma and the speech verb ``v`` (adverbs right
    before the verb skipped: ``Politico recently reported``); None unless only noun-phrase words stand there, the
    phrase ends in a noun and opens with no preposition, coordinator (``…, and Obama responded``) or relative
    pronoun (``…, who added``)."""
    k = v - 1
    while k > 0 and sent[k].upos == "ADV" and sent[k].text[:1].islower():
        k -= 1
    end = k
    if sent[end].upos not in ("NOUN", "PROPN", "PRON", "X"):
        return None  # ``…, deputy sheriff in an alleged …``: a participle modifying a noun, no tag
    while k >= 0 and end - k < _TAG_SOURCE_WORDS and not is_comma(sent[k]):
        w = sent[k]
        if w.upos not in _TAG_SOURCE_UPOS and w.text not in ("'s", "’s", ".", "-"):
            return None
        k -= 1
    if k < 2 or not is_comma(sent[k]):
        return None
    lo = k + 1
    return None if _no_source_opener(sent, lo) else lo


def _no_source_opener(sent: ParsedSentence, lo: int) -> bool:
    """Whether word ``lo`` cannot open a source phrase read by surface order: a preposition, a coordinator
    (``…, and Obama responded``) or a relative pronoun (``…, who added``)."""
    w = sent[lo]
    return w.upos in ("ADP", "CCONJ") or w.text.lower() in lexicon_words("relative", sent.lang)


def _tag_source_head(sent: ParsedSentence, lo: int, hi: int) -> int:
    """The head word of the source phrase ``lo..hi``: its last noun before a preposition (``[University] of
    Michigan``, ``a [study] by the Council``)."""
    head = lo
    for k in range(lo, hi + 1):
        if sent[k].upos == "ADP" and head > lo:
            break
        if sent[k].upos in ("NOUN", "PROPN", "PRON", "X"):
            head = k
    return head


def _tag_closes(sent: ParsedSentence, v: int) -> bool:
    """Whether nothing after the speech verb ``v`` is a clause: only its object or adverbials (``told POLITICO``,
    ``said on Saturday``, ``reported last week``) up to the sentence end."""
    return not any(w.upos in FINITE_UPOS or is_quote_mark(w) or is_comma(w) for w in sent.words[v + 1 :])


def _tag_verb(sent: ParsedSentence, v: int) -> bool:
    """Whether ``v`` can be a closing tag's verb: a lower-case word, no ``-ing`` form (``…, re-tweeting …``), no
    passive participle with its agent after it (``a practice criticized by Miller``: a noun's modifier), and
    nothing after it is a clause."""
    w = sent[v]
    if not w.text[:1].islower() or w.feats.get("VerbForm") == "Ger" or w.text.lower().endswith("ing"):
        return False
    if v + 1 < len(sent) and sent[v + 1].text.lower() in lexicon_words("agent_case", sent.lang):
        return False
    return _tag_closes(sent, v)


def _tag_finding(sent: ParsedSentence, lemma: str, lo: int, v: int) -> bool:
    """``…, a study by the Council of the Great City Schools found.``: a verb of finding closes the sentence with a
    poll, study or record (``evidence_noun``) heading its source phrase."""
    if lemma not in lexicon_words("evidence_verb", sent.lang):
        return False
    nouns = lexicon_words("evidence_noun", sent.lang)
    return any(sent[k].lemma.lower() in nouns for k in range(lo, v))


def _trailing_tag(ss: SentenceContext) -> list[Found]:
    """``…, the University of Michigan reported last week.``, ``…, Ms. Gedrich said.``, ``…, analyst says.``: the
    sentence closes with a comma, a source phrase and a speech verb, and the compact parse broke the tag apart (the
    verb tagged a modifier or noun, the source hung on the content, the title's period split off), so
    :class:`ContentFirstRule` found no subject. The surface order decides: the content is everything before the
    comma, and it must be a clause."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []  # ``…, sagte ein Sprecher.``: the verb comes first, the content-first rule reads it
    out: list[Found] = []
    for c in ss._ctx.cues(0):
        v = c.word
        if c.entry.lemma in lexicon_words("stance_verb", sent.lang) or not _tag_verb(sent, v):
            continue
        lo_src = _tag_source_start(sent, v)
        if lo_src is None or not (c.entry.kind.is_verb or _tag_finding(sent, c.entry.lemma, lo_src, v)):
            continue
        t = trim_span(sent, 0, lo_src - 2)
        if t is None or not has_clause(sent, *t):
            continue
        hi_src = v - 1
        while sent[hi_src].upos == "ADV":
            hi_src -= 1
        speaker = _tag_source_head(sent, lo_src, hi_src)
        conf = TrailingTagRule.confidence
        out.append(
            Found(t[0], t[1], speaker, v, c.particle, c.entry.lemma, TrailingTagRule.name, conf, speaker_hi=hi_src)
        )
    return out


# Punctuation that closes an English closing tag when the narrator goes on after it (``…, Nefzi said, adding …``,
# ``…, Bill Clinton said this week — an apparent reversal …``).
_TAG_CLOSERS = frozenset({",", "—", "–", "--"})
# Words after a closing tag's comma within which a quotation opening is introduced by the tag (``Beck said, "I …"``,
# ``he says, by ''stubbornly …''``).
_TAG_QUOTE_GAP = 2


def _tag_tail_blocks(ss: SentenceContext, lo_att: int, v: int, speaker: int) -> bool:
    """Whether the words after the start ``lo_att`` of the closing tag at ``v`` show that the tag is no closing
    tag. The tag (the speech verb, its subject before or after it, adverbials and objects) ends at the first comma
    or dash after the verb (a semicolon goes on with a clause of the tag's own); inside it a finite verb other than
    the speech verb's auxiliaries (``they've suggested``) belongs to the tag's own content (``…, he said he would
    …``), and so does a complementiser or subordinator (``says that Walker, who …``), unless it lies in a relative
    clause or participle on a speaker after the verb (``said an American official who was briefed``). After that
    comma or dash the narrator goes on, with a relative clause, a participle, an adverbial or a second clause
    (``…, said DeSantis, who was elected …``, ``…, French officials said, before being shot …``), but not with a
    quotation, which the tag introduces (``[Holding open a book], Beck said, "I just want …"``)."""
    sent = ss.sent
    describes = set(sent.subtree(speaker)) if speaker > v else set()
    complementisers = lexicon_words("complementiser", sent.lang)
    addressed = sent[v].lemma.lower() in lexicon_words("addressee_verb", sent.lang)  # ``…, he told reporters``
    for k in range(lo_att, len(sent)):
        w = sent[k]
        if k > v and k not in describes and w.text in _TAG_CLOSERS:
            # ``…, Nefzi said, adding, "He was …"``: a quotation further on has a tag of its own
            return k + 1 < len(sent) and is_quoted(ss, k + 1, min(k + _TAG_QUOTE_GAP, len(sent) - 1))
        if k == v or k in describes:
            continue
        if w.upos in FINITE_UPOS and is_finite(w) and not (w.head == v and w.base_rel == "aux"):
            return True  # a participle modifies a noun of the tag (``the Associated Press``, ``reporters gathered``)
        if k > v and (w.upos == "SCONJ" or w.text.lower() in complementisers):
            return True
        if w.head == v and k > v and _tag_own_act(sent, w, addressed):
            return True
    return False


def _tag_own_act(sent: ParsedSentence, w: Word, addressed: bool) -> bool:
    """Whether the dependent ``w`` after a tag's verb is what the verb itself says or does: a content clause or an
    object (``…, Nega defended his decision``, ``…, Ethiopia continues to occupy``), not the listener of a verb
    that takes one (``told reporters``) nor a time the parse takes for the object (``insisted Thursday``)."""
    if w.base_rel in CONTENT_RELS:
        return True
    return w.base_rel == "obj" and not addressed and w.lemma.lower() not in lexicon_words("time_noun", sent.lang)


def _tag_in_clause(sent: ParsedSentence, v: int, lo_att: int) -> bool:
    """Whether the speech verb ``v`` heads a subordinate clause (``…, as he said``, ``…, which he said``) or a
    relative clause on a noun of the words from ``lo_att`` (``…, [an arrangement] the campaign has criticized``).
    A relative clause on a word of the content before is the parse's way of hanging the tag there."""
    if sent.children(v, "mark") or any("Rel" in c.feats.get("PronType", "") for c in sent.children(v, "nsubj")):
        return True
    return sent[v].deprel in ("acl", "acl:relcl") and lo_att <= sent[v].head < v


def _tag_hedged(sent: ParsedSentence, v: int, lo_att: int) -> bool:
    """Whether the tag at ``v`` reports no statement made: a negated or modal verb (``…, I shouldn't say anything``,
    ``…, he could speak with fluency``), or a tag that opens with a wh-word (``…, what Mr. Darcy had described``)."""
    if any(c.feats.get("Polarity") == "Neg" or (c.base_rel == "aux" and c.xpos == "MD") for c in sent.children(v)):
        return True
    return sent[lo_att].feats.get("PronType") in ("Int", "Rel")


def _main_clause_in(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` hold a clause with its subject that is no adverbial, relative or subordinate
    clause (``[Even if the department no longer existed, some of its functions would be performed …]``), not only
    a fronted adverbial of the clause after them (``[When asked for his position], Trump said``, ``[In the final
    Mass, held along the border], Francis told …``)."""
    for k in range(lo, hi + 1):
        w = sent[k]
        if w.base_rel in ("advcl", "acl") or sent.children(k, "mark"):
            continue
        if any(lo <= c.index <= hi for c in sent.children(k, "nsubj", "expl")):
            return True
    # The parse may lose the subject (``[A truck rammed into a crowd …]`` as a noun with a participle): a content
    # that opens with a noun phrase is a clause of its own, not a fronted adverbial.
    return opens_with_subject(sent, lo)


def _closing_tag_speaker(ss: SentenceContext, cue: VerbCue) -> tuple[int, int] | None:
    """The speaker of a closing tag's verb and the first word of the tag: the verb's subject with its mention (and
    the noun-phrase words before it, :func:`subject_phrase_start`), or the source phrase between the comma and the
    verb where the parse gave the verb the content's subject (``[…], the Associated Press declared on Thursday``)."""
    sent = ss.sent
    v = cue.verb
    speaker = ss.subject(cue, set())
    lo_src = _tag_source_start(sent, v)
    if lo_src is not None and (speaker is None or speaker < lo_src - 1):
        hi_src = v - 1
        while sent[hi_src].upos == "ADV":
            hi_src -= 1
        speaker = _tag_source_head(sent, lo_src, hi_src)
    if speaker is None:
        return None
    lo_att = min(v, speaker)
    m = expand_mention(sent, speaker)
    if m is not None and speaker < v:
        while lo_att > 0 and sent[lo_att - 1].start >= m.start:
            lo_att -= 1
        lo_att = subject_phrase_start(sent, lo_att)
    return speaker, lo_att


def _tag_then_more(ss: SentenceContext) -> list[Found]:
    """``[…], said DeSantis, who was elected to the U.S. House in 2012.``, ``[…], French officials said, before
    being shot …``, ``[…], the Associated Press declared on Thursday, two days after voters went to the polls``:
    the content before a closing tag that the narrator goes on after (a relative clause on the speaker, a
    participle, an adverbial or second clause), which :class:`ContentFirstRule` leaves because a verb follows
    the tag. English order only: the tag is the speech verb with its subject before or after it, set off by a
    comma from the content before it."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    out: list[Found] = []
    for cue in (c for c in ss.cues() if not is_restricted(sent, c)):
        v = cue.verb
        w = sent[v]
        if (
            w.upos != "VERB"
            or not w.text[:1].islower()
            or w.text.lower().endswith("ing")
            or not (is_finite(w) or sent.children(v, "aux"))
        ):
            continue  # ``…, saying …``: a participle goes on with the clause before, it tags nothing
        found = _closing_tag_speaker(ss, cue)
        if found is None:
            continue
        speaker, lo_att = found
        before = v - 1
        while before > lo_att and sent[before].upos in ("ADV", "AUX"):
            before -= 1
        if speaker < v and sent[before].upos not in ("NOUN", "PROPN", "PRON", "X"):
            continue  # ``the most conservative state``: the tagger's verb after an adjective is a noun
        if speaker > v and speaker_rank(sent, speaker, subject=False) < GROUP_RANK:
            continue  # ``…, alleges a long list of violations``: an object after the verb, which has its subject before
        if lo_att < 2 or sent[lo_att - 1].text != "," or _no_source_opener(sent, lo_att):
            continue
        if _tag_in_clause(sent, v, lo_att) or _tag_hedged(sent, v, lo_att):
            continue
        if _tag_tail_blocks(ss, lo_att, v, speaker):
            continue
        t = trim_span(sent, 0, lo_att - 2)
        if t is None or not has_clause(sent, *t) or not _main_clause_in(sent, *t):
            continue
        out.append(
            Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, TagThenMoreRule.name, TagThenMoreRule.confidence)
        )
    return out


def _relative_object(ss: SentenceContext) -> list[Found]:
    """``the wall, which he said Mexico should pay for``, ``Guccifer described [what] …``, ``regional accreditation
    bodies, [which] he described as "a cartel"``: a relative pronoun (``object_relative``) is the object of a speech
    verb whose subject follows it; the pronoun is what the speaker's words are about, and PolNeAR marks it alone as
    the content. Not in a question (``What do you think of …?``)."""
    sent = ss.sent
    if sent.words[-1].text == "?":
        return []
    pronouns = lexicon_words("object_relative", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        if not cue.raw.entry.kind.is_verb:
            continue  # a belief (``the themes that marketers hope to win over``): 1 of 4 right
        for r in sent.children(v, "obj"):
            if r.index > v or r.text.lower() not in pronouns or not in_narration(ss, r.index):
                continue
            subjects = [c.index for c in sent.children(v, "nsubj") if r.index < c.index < v]
            if not subjects:
                continue
            conf = RelativeObjectRule.confidence
            out.append(Found(r.index, r.index, subjects[0], v, cue.particle, cue.lemma, RelativeObjectRule.name, conf))
    return out


def _pro_form_content(ss: SentenceContext) -> list[Found]:
    """``neither side would say [so]``, ``Consistently, they never thought [so]``, ``a novel says [so]``: a speech or
    belief verb whose complement is a word that stands for a whole clause (``content_pro_form``); PolNeAR marks the
    word alone as the content. It must close the verb's clause: ``said so far``, ``thought so much`` are adverbs."""
    sent = ss.sent
    pro_forms = lexicon_words("content_pro_form", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        k = cue.verb + 1
        if k >= len(sent) or sent[k].text.lower() not in pro_forms or not in_narration(ss, k):
            continue
        if k + 1 < len(sent) and not (is_punct(sent[k + 1]) or sent[k + 1].upos == "CCONJ"):
            continue
        speaker = ss.subject(cue, {k})
        if speaker is None:
            continue
        conf = ProFormRule.confidence
        out.append(Found(k, k, speaker, cue.verb, cue.particle, cue.lemma, ProFormRule.name, conf))
    return out


def _gap_after(sent: ParsedSentence, v: int) -> str | None:
    """What follows the speech verb ``v`` of a relative clause: ``"subject"`` when a finite verb comes first (``that
    insiders said [went] unnoticed``, ``which critics said [was] discriminatory``: the relative word is the
    content's subject), ``"object"`` when the clause ends there (``that Trump [mocked].``), None otherwise."""
    k = v + 1
    while k < len(sent) and sent[k].upos == "ADV" and sent[k].text[:1].islower():
        k += 1
    if k >= len(sent) or is_punct(sent[k]):
        return "object"
    w = sent[k]
    if w.upos == "AUX" or (w.upos == "VERB" and w.feats.get("VerbForm") == "Fin"):
        return "subject"
    return None


def _antecedent(sent: ParsedSentence, r: int) -> bool:
    """Whether the relative word ``r`` follows what it stands for: a noun (``a deadline that``), a comma after one
    (``…, which``), or a preposition before a free relative (``adapt to what``). After a verb ``that`` is a
    complementiser (``reported that …``) and ``what`` opens a question or an object clause (``heard what …``)."""
    before = sent[r - 1]
    if sent[r].text.lower() == "what":
        return before.upos == "ADP"
    return before.upos in ("NOUN", "PROPN") or (is_comma(before) and sent[r].upos == "PRON")


def _relative_gap_surface(ss: SentenceContext) -> list[Found]:
    """``a deadline [that] several Indiana GOP insiders said went unnoticed``, ``a decision [that] he has refused
    to …``, ``[which] critics said was discriminatory``: a relative word (``object_relative`` rows) right before the
    subject of a speech or belief verb, whose clause lacks the word's place (its subject: a finite verb right after
    the speech verb; or its object: the clause ends with the verb). PolNeAR marks the relative word as a statement
    of its own, beside the rest of the clause. Read by surface order, as the compact parse tags ``that`` a
    subordinator and hangs the verb anywhere, which :func:`_relative_gap` (a parsed relative clause) misses."""
    sent = ss.sent
    if profile(sent.lang).verb_second or sent.words[-1].text == "?":
        return []
    relatives = lexicon_words("object_relative", sent.lang)
    out: list[Found] = []
    for cue in ss.cues():
        v = cue.verb
        if is_stance(sent, cue) or not sent[v].text[:1].islower():
            continue
        subjects = [c.index for c in sent.children(v, "nsubj") if c.index < v]
        if not subjects:
            continue
        speaker = max(subjects)
        r = min(span_words(sent, k)[0] for k in subjects) - 1
        if r < 1 or sent[r].text.lower() not in relatives or not in_narration(ss, r) or not _antecedent(sent, r):
            continue
        if any(sent[k].upos in FINITE_UPOS and sent[k].head != v for k in range(r + 1, v)):
            continue  # ``that he knew the rights he was giving up``: the word opens another clause
        if _gap_after(sent, v) != "subject" or is_passive(sent, v):
            continue  # ``word that his demands have been answered``: the passive's subject, no speaker
        conf = RelativeGapRule.confidence
        out.append(Found(r, r, speaker, v, cue.particle, cue.lemma, RelativeGapRule.name, conf))
    return out


# Words of a subject phrase read by surface order when the parse broke it: a noun phrase with prepositional
# modifiers, a party-and-state tag in parentheses (``Sen. Mitch McConnell (R-Ky.)``), quantifiers the tagger calls
# adverbs (``Nearly eight in 10 Democratic voters overall``).
_SURFACE_SUBJECT_UPOS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "ADP", "CCONJ", "ADV", "X"})
_SURFACE_SUBJECT_WORDS = 12
_SUBJECT_PUNCT = frozenset({"(", ")", "-", ".", "'s", "’s", "R-", "D-"})


def _surface_subject_start(sent: ParsedSentence, end: int) -> int | None:
    """The first word of a subject phrase that ends at ``end`` and opens the sentence, or follows a comma after
    a sentence adverbial (``Indeed, proponents of … say``); None when any other word stands in it."""
    k = end
    depth = 0
    while k >= 0 and end - k < _SURFACE_SUBJECT_WORDS and not is_comma(sent[k]):
        w = sent[k]
        depth += (w.text == ")") - (w.text == "(")
        if not (w.upos in _SURFACE_SUBJECT_UPOS or w.text in _SUBJECT_PUNCT or depth > 0):
            return None
        k -= 1
    if k >= 0 and not (is_comma(sent[k]) and sent[k].text == "," and _opener(sent, k)):
        return None
    lo = k + 1
    return None if _no_source_opener(sent, lo) else lo


def _opener(sent: ParsedSentence, comma: int) -> bool:
    """Whether the words before ``comma`` are one sentence adverb (``Indeed``, ``However``)."""
    return (comma == 1 and sent[0].upos in ("ADV", "CCONJ", "INTJ")) or (comma == 1 and sent[0].text.istitle())


def _surface_speaker(sent: ParsedSentence, v: int) -> int | None:
    """The speaker of ``v`` read by surface order: the last noun of the subject phrase before it (adverbs and
    auxiliaries between skipped: ``Sources have also said``), outside parentheses; for ``… and said …`` the subject
    of the verb ``v`` is coordinated with."""
    k = v - 1
    while k >= 0 and ((sent[k].upos == "ADV" and sent[k].text[:1].islower()) or sent[k].upos == "AUX"):
        k -= 1
    if k < 0:
        return None
    head = sent.head_of(v)
    if sent[k].upos == "CCONJ" and head is not None and sent[v].base_rel == "conj" and head.index < k:
        subjects = [c.index for c in sent.children(head.index, "nsubj") if c.index < head.index]
        return subjects[0] if subjects else None
    lo = _surface_subject_start(sent, k)
    if lo is None or sent[k].text.lower() in lexicon_words("relative", sent.lang):
        return None
    depth = 0
    for j in range(k, lo - 1, -1):
        depth += (sent[j].text == ")") - (sent[j].text == "(")
        if depth == 0 and sent[j].upos in ("NOUN", "PROPN", "PRON") and sent[j].text not in _SUBJECT_PUNCT:
            return j
    return None


_CLAUSE_SUBJECT_WORDS = 8


def _subject_then_verb(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """Whether words ``lo..hi`` open with a clause's subject and, before any comma, its finite verb (``[people]
    [misunderstand]``, ``[the prime minister] [stood]``), not an object noun phrase (``claimed [responsibility for
    that attack], …``) or a verb (``said [have] negative feelings``)."""
    if not opens_with_subject(sent, lo):
        return False
    for k in range(lo + 1, min(hi, lo + _CLAUSE_SUBJECT_WORDS) + 1):
        w = sent[k]
        if is_comma(w):
            return False
        if w.upos == "AUX" or (w.upos == "VERB" and is_finite(w)):
            return True
    return False


def _surface_said(ss: SentenceContext) -> list[Found]:
    """``The NFL legend said [people misunderstand Trump].``, ``Sen. Mitch McConnell (R-Ky.) said that …``, ``…
    called on Congress to pass a deal and said [funding is needed].``, ``Kasich's team thinks [he is …]``: a speech,
    communication or opinion verb with a subject phrase before it
    and a clause after it, where the compact parse broke the tag (the speaker found inside the content, a noun tagged
    as a verb, a party tag in parentheses) so that no other rule reported it. Read by surface order, in English
    order only: subject phrase, speech verb, content clause to the sentence end."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    out: list[Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        w = sent[v]
        # A verb of speech or communication (``criticized [Clinton for …]``, ``asked [Richards what …]``), or of
        # opinion (``Kasich's team thinks [he is …]``), whose clause the subject-then-verb test below requires; other
        # belief verbs (``hopes``, ``knew``, ``shows``) were 2 right of 7 on PolNeAR
        kind = cue.raw.entry.kind
        if (
            kind not in (CueKind.SPEECH, CueKind.COMMUNICATION) and not is_stance(sent, cue)
        ) or cue.particle is not None:
            continue
        if not w.text[:1].islower() or w.feats.get("VerbForm") in ("Ger", "Inf") or w.text.lower().endswith("ing"):
            continue
        speaker = _surface_speaker(sent, v)
        if speaker is None:
            continue
        lo = v + 1
        if lo < n and sent[lo].text.lower() in lexicon_words("complementiser", sent.lang):
            lo += 1
        if lo >= n or is_punct(sent[lo]) or is_quoted(ss, lo, lo):
            continue
        if sent[lo].upos == "CCONJ" or sent[lo].feats.get("PronType") in ("Ind", "Neg"):
            # ``Rao said and the committee met``, ``said nothing and the committee met``: the verb's own object or a
            # second clause of the narrator's, not the content
            continue
        t = trim_span(sent, lo, n - 1)
        if t is None or not has_clause(sent, *t) or not _subject_then_verb(sent, *t):
            continue
        hi = content_tail(sent, t[0], t[1], ss.cue_verbs())
        t = trim_span(sent, t[0], before_quotation_tag(ss, t[0], hi))
        if t is None:
            continue
        conf = SurfaceSaidRule.confidence
        out.append(Found(t[0], t[1], speaker, v, None, cue.lemma, SurfaceSaidRule.name, conf))
    return out


# How far before a verb of finding its poll or record may stand: a subject phrase with a participle and its
# modifiers (``A CNN/ORC poll of South Carolina released on Tuesday showed``), a parenthetical between commas
# (``The survey, conducted by the Public Policy Institute of California, finds``).
_FINDING_SUBJECT_WORDS = 15
_FINDING_NOUN_UPOS = frozenset({"NOUN", "ADJ", "X"})
"""Tags under which a word whose lemma is an evidence noun counts (``the survey`` tagged ADJ in a subject the
compact model breaks): not a name (``The Media Research Center``), not a verb (``report``). A word written as an
evidence noun counts under any tag but a name's: the model calls ``poll`` a preposition after a run of names
(``A Washington Post-ABC News poll last week found``) and ``polling`` a verb (``Exit polling shows``)."""


@cache
def _finding_forms(lang: str) -> frozenset[str]:
    """The written forms of the ``evidence_verb`` rows (``shows``, ``showed``, ``found``, ``reveals``), read by
    surface: the tagger calls ``shows`` a noun after a noun (``The poll shows differences …``)."""
    verbs = lexicon_words("evidence_verb", lang)
    return frozenset(f for e in cue_entries(lang) if e.lemma in verbs for f in surface_forms(e))


def _evidence_noun_before(sent: ParsedSentence, v: int) -> int | None:
    """The poll, study or record nearest before ``v`` that may be its subject: an ``evidence_noun`` at most
    :data:`_FINDING_SUBJECT_WORDS` words back, with no finite verb, colon or semicolon in between (``Clinton, who
    leads in every poll, found``: the poll is no subject; a past form may stand between, a participle on the noun)
    and commas only in pairs (``In the poll, voters found``:
    one comma closes a fronted phrase whose noun is no subject)."""
    nouns = lexicon_words("evidence_noun", sent.lang)
    for k in range(v - 1, max(-1, v - 1 - _FINDING_SUBJECT_WORDS), -1):
        w = sent[k]
        if (w.upos in _FINDING_NOUN_UPOS and w.lemma.lower() in nouns) or (
            w.upos != "PROPN" and w.text.lower() in nouns
        ):
            commas = sum(sent[j].text == "," for j in range(k + 1, v))
            return k if commas % 2 == 0 else None
        if w.text in (";", ":") or (
            w.upos == "VERB" and w.feats.get("VerbForm") == "Fin" and w.feats.get("Tense") != "Past"
        ):
            return None  # a past form may be a participle the tagger called finite (``The report published …``)
    return None


def _surface_findings(ss: SentenceContext) -> list[Found]:
    """``But the survey shows [only a small gender gap]``, ``A CNN/ORC poll … released on Tuesday showed [Mr. Trump
    with a 16-point lead]``: a poll's or record's finding where the compact parse broke the subject or the verb
    (``survey`` tagged an adjective, ``shows`` a noun, the verb hung on a date), so that the finding rule, which
    reads the parse, saw no evidence subject. Read by surface order: a finite form of an ``evidence_verb`` (not
    passive, not an infinitive; an ``-ing`` form too: ``Despite polls showing [her well behind]``) after an
    ``evidence_noun`` (:func:`_evidence_noun_before`); the
    content runs from the verb to the sentence end, less the narrator's additions the that-clause rule cuts, and
    not a relative gap (``what polls show [is a lead]``)."""
    sent = ss.sent
    if profile(sent.lang).verb_second:
        return []
    forms = _finding_forms(sent.lang)
    agent_case = lexicon_words("agent_case", sent.lang)
    speech_verbs = ss.cue_verbs()
    out: list[Found] = []
    for w in sent:
        v = w.index
        low = w.text.lower()
        if low not in forms or w.feats.get("VerbForm") == "Inf":
            continue
        if not in_narration(ss, v) or (v + 1 < len(sent) and sent[v + 1].text.lower() in agent_case):
            continue  # ``found by``: a passive participle; the tagger's ``Voice`` is no guide (``showed`` Pass)
        k = v - 1
        while k >= 0 and sent[k].upos == "ADV":
            k -= 1
        if k >= 0 and (sent[k].deprel in ("aux:pass", "cop") or sent[k].upos == "PART"):
            continue  # ``was found``, ``is shown``, ``to show``: no finding of the noun before
        noun = _evidence_noun_before(sent, v)
        if noun is None:
            continue
        hi = len(sent) - 1
        semicolon = next((j for j in range(v + 1, len(sent)) if sent[j].text == ";"), None)
        if semicolon is not None:
            hi = semicolon - 1
        if low.endswith("ing") and sent[0].upos in ("ADP", "SCONJ"):
            # ``Despite polls showing [her well behind], Clinton …``: a fronted adverbial's finding ends with it
            comma = next((j for j in range(v + 1, hi + 1) if sent[j].text == ","), None)
            hi = hi if comma is None else comma - 1
        hi = content_tail(sent, v + 1, before_trailing_relative(sent, v + 1, hi), speech_verbs)
        t = trim_span(sent, v + 1, hi)
        if t is None or not enough_words(sent, *t):
            continue
        if (sent[t[0]].upos in FINITE_UPOS and is_finite(sent[t[0]])) or is_quoted(ss, *t):
            continue  # a relative gap (``what polls show [is …]``), or a quotation the quotation rules attribute
        conf = SurfaceFindingRule.confidence
        out.append(Found(t[0], t[1], noun, v, None, w.lemma.lower(), SurfaceFindingRule.name, conf))
    return out


class TrailingTagRule(SentenceRule):
    """``…, the University of Michigan reported last week.``: a closing tag whose parse broke apart."""

    name = "indirect_trailing_tag"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _trailing_tag(ctx)


class TagThenMoreRule(SentenceRule):
    """``[…], said DeSantis, who was elected …``: a closing tag that the narrator goes on after."""

    name = "indirect_tag_then_more"
    languages = frozenset({"en"})
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _tag_then_more(ctx)


class RelativeObjectRule(SentenceRule):
    """``…, which he said Mexico should pay for``: the relative pronoun a speech verb takes as its object."""

    name = "indirect_relative_object"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _relative_object(ctx)


class ProFormRule(SentenceRule):
    """``neither side would say so``: a speech or belief verb whose content is a pro-form, reported alone."""

    name = "indirect_pro_form"
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _pro_form_content(ctx)


class RelativeGapRule(SentenceRule):
    """``a deadline [that] insiders said went unnoticed``: a relative word whose place the verb's clause lacks."""

    name = "indirect_relative_gap"
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _relative_gap_surface(ctx)


class SurfaceSaidRule(SentenceRule):
    """``The NFL legend said [people misunderstand Trump].``: subject, speech verb and clause read by surface order
    where the parse broke the tag."""

    name = "indirect_surface_said"
    confidence = 0.7

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _surface_said(ctx)


class SurfaceFindingRule(SentenceRule):
    """``But the survey shows [only a small gender gap]``: a poll's finding read by surface order where the parse
    broke its subject or verb."""

    name = "indirect_surface_finding"
    languages = frozenset({"en"})
    confidence = 0.6

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _surface_findings(ctx)
