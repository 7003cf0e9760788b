"""Speech and thought reported inside a character's quotation (rule 7c, ``Extractor(embedded=True)``)."""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.attribution.mentions import (
    PERSON_RANK,
    speaker_rank,
)
from quotekit.attribution.reported.content_clause import CONTROL_DEPTH
from quotekit.attribution.reported.sentence import (
    CONTENT_RELS,
    FINITE_UPOS,
    NOMINAL_UPOS,
    ReportedStatement,
    SentenceContext,
    VerbCue,
    in_narration,
    is_punct,
)
from quotekit.attribution.reported.spans import Found, SentenceRule, konjunktiv_form, trim_span
from quotekit.lexicon import words as lexicon_words
from quotekit.scanner import quote_marks
from quotekit.tree import ParsedSentence, Word


def _speech_clauses(ss: SentenceContext) -> list[Found]:
    """Each clause whose verb speaks or thinks (a cue, or a ``thought_verb`` row) without a content clause of its
    own: the words around the verb up to the nearest punctuation (a comma, a dash, a bracket, the sentence's
    end) or the end of the quotation. A clause that frames other words is left to them: one before a colon or a
    nested quotation (``und sagte: ›…‹``), a verb-first tag after a comma (``rief Freund Brétignot``, ``so
    antwortet``), a bare frame of two words (``Ich glaube,``)."""
    sent = ss.sent
    out = []
    verbs: dict[int, VerbCue | None] = {c.verb: c for c in ss.cues() if c.raw.entry.kind.inflects}
    thought = lexicon_words("thought_verb", sent.lang)
    for w in sent.words:
        if (
            w.index not in verbs
            and (w.lemma.lower() in thought or w.text.lower() in thought)
            # ``weiß`` is also the adjective ``white`` (``das weiße Kreuz``).
            and (w.upos not in ("NOUN", "PROPN", "DET", "PRON", "ADP", "PUNCT", "ADJ") or _verb_first(sent, w.index))
            and in_narration(ss, w.index)
        ):
            verbs[w.index] = None
    for v in sorted(verbs):
        # A content clause of its own makes it a frame; the tag after the marks, which the parse may hang on the
        # quotation's verb (``weißt … ?« fragte die Mutter``), is no content of it.
        if any(in_narration(ss, c.index) for c in sent.children(v, *CONTENT_RELS)):
            continue
        lo = v
        while lo > 0 and not is_punct(sent[lo - 1]) and in_narration(ss, lo - 1):
            lo -= 1
        hi = v
        while hi + 1 < len(sent) and not is_punct(sent[hi + 1]) and in_narration(ss, hi + 1):
            hi += 1
        lo, hi = _own_conjunct(sent, lo, hi, v)
        t = trim_span(sent, lo, hi)
        if t is None:
            continue
        cue = verbs[v]
        particle, lemma = (cue.particle, cue.lemma) if cue is not None else (None, sent[v].lemma.lower())
        conf = SpeechClauseRule.confidence
        if _frames_other_words(ss, t[0], t[1], v):
            said = _after_colon(ss, t[1])
            if said is not None:
                # ``da faßt ich mir ein Herz und fragt ihn: was er wohl mein'``: the frame's subject may be its
                # conjunct's.
                speaker = _clause_subject(sent, t[0], t[1], v)
                if speaker is None:
                    speaker = _governing_subject(ss, v)
                out.append(Found(said[0], said[1], speaker, v, particle, lemma, SpeechClauseRule.name, conf))
            continue
        t = _utterance_edges(ss, _dislocated_start(ss, t[0]), _content_after(ss, t[1]))
        speaker = _clause_subject(sent, t[0], t[1], v)
        if speaker is None:
            speaker = _governing_subject(ss, v)
        out.append(Found(t[0], t[1], speaker, v, particle, lemma, SpeechClauseRule.name, conf, True))
    return out


def _utterance_edges(ss: SentenceContext, lo: int, hi: int) -> tuple[int, int]:
    """A speech clause keeps the question or exclamation mark that ends it (``Hat sie schon gerufen?``, ``wie
    lang ich sie weiß?``), the subordinator before it (``daß``, ``als hörte ich …``) and, opening its sentence or
    the quotation's stretch after a tag, the coordinator it opens with (``Und das alles sagst du im Ernst?``), as
    Redewiedergabe marks its segments. A clause that is a whole sentence of the quotation then has
    the extent of the quotation's own segment around the same words (the level-1 segment and its level-2 twin)."""
    sent = ss.sent
    # Opening the sentence or the quotation's stretch after a tag (``sagte der Alte, »als hörte ich …«``).
    k = lo - 2
    while k >= 0 and is_punct(sent[k]):
        k -= 1
    opens = k < 0 or not in_narration(ss, k)
    before = sent[lo - 1] if lo > 0 and in_narration(ss, lo - 1) else None
    if before is not None and ((before.upos == "CCONJ" and opens) or _subordinator(before)):
        lo -= 1
    if hi + 1 < len(sent) and sent[hi + 1].text in ("?", "!") and in_narration(ss, hi + 1):
        hi += 1
    return lo, hi


def _subordinator(w: Word) -> bool:
    """A complementiser or subordinating conjunction, which Redewiedergabe counts to the reported clause it opens
    (``als hörte ich den Junker Kuno meinen Namen rufen``, ``daß Sie mir … beantworten``)."""
    return w.upos == "SCONJ" or w.text.lower() in lexicon_words("complementiser")


def _verb_first(sent: ParsedSentence, k: int) -> bool:
    """A capitalised verb opening a question or a request, its subject pronoun right after it (``Weißt du es
    gewiß?``, ``Glauben Sie …``), which the tagger takes for a noun by its capital."""
    nxt = sent[k + 1] if k + 1 < len(sent) else None
    opens = k == 0 or is_punct(sent[k - 1])
    return (
        opens
        and sent[k].upos in ("NOUN", "PROPN")
        and nxt is not None
        and nxt.upos == "PRON"
        and nxt.feats.get("PronType") == "Prs"
        and nxt.feats.get("Case") == "Nom"
    )


def _after_colon(ss: SentenceContext, hi: int) -> tuple[int, int] | None:
    """The words a speech clause ending in a colon introduces without marks of their own (``Denk' doch mal: was
    sollten denn sonst die Weiber anfangen!``, ``ich schwöre es Euch: ehe ich …``), up to the end of the sentence
    or of the quotation: what the inner speaker says or thinks, word for word. A nested quotation after the
    colon is read as a quotation (:func:`~quotekit.extractor._nested_spoken`)."""
    sent = ss.sent
    k = hi + 2
    if k >= len(sent) or sent[hi + 1].text != ":" or not in_narration(ss, k) or sent[k].text[:1] in quote_marks().all:
        return None
    end = k
    while end + 1 < len(sent) and in_narration(ss, end + 1):
        end += 1
    return trim_span(sent, k, end)


def _own_conjunct(sent: ParsedSentence, lo: int, hi: int, v: int) -> tuple[int, int]:
    """The part of a speech clause's words ``lo..hi`` that belongs to its verb ``v``: a coordinator joining
    another verb's clause bounds it (``[Dann schwieg sie wieder] und kam des Abends nicht her``, ``ich gab ihm
    keine Antwort und [wiederholte nur alles]``), and so does the preposition of an infinitive clause the verb
    heads (``ich kann euch nicht auflösen [ohne euch Lebewohl zu sagen]``). Redewiedergabe marks the speech
    clause alone; with the other clause the span overlapped its segment by less than half."""

    def verb_in(a: int, b: int) -> bool:
        return any(w.upos in FINITE_UPOS for w in sent.words[a:b])

    def joins(w: Word) -> bool:
        # A coordinator of clauses hangs on the next clause's verb, not on a noun (``in Liebe und Freundschaft``).
        return w.upos == "CCONJ" and 0 <= w.head < len(sent) and sent[w.head].upos not in NOMINAL_UPOS

    for k in range(v + 1, hi + 1):
        if joins(sent[k]) and verb_in(k + 1, hi + 1):
            hi = k - 1
            break

    def opens_phrase(w: Word) -> bool:
        # The parse may hang the coordinator on the first phrase of the verb's clause (``Man nehme sie heraus
        # [und] die Landschaft will nichts mehr sagen``); a noun joined to a noun hangs further down.
        return w.upos == "CCONJ" and 0 <= w.head < len(sent) and sent[w.head].head == v and w.head < v

    openers = lexicon_words("report_opener", sent.lang)
    for k in range(v - 1, lo, -1):
        w = sent[k]
        # A preposition opens an infinitive clause only with its ``zu`` (``ohne euch Lebewohl zu sagen``), not
        # a prepositional object (``ich muß dich [um was] fragen``).
        infinitive = w.upos == "SCONJ" or any(c.upos == "PART" for c in sent.children(v, "mark"))
        opens = w.upos in ("ADP", "SCONJ") and w.text.lower() in openers and infinitive and not verb_in(k + 1, v)
        if (joins(w) or opens or opens_phrase(w)) and verb_in(lo, k):
            lo = k if opens else k + 1
            break
    return lo, hi


def _dislocated_start(ss: SentenceContext, lo: int) -> int:
    """Where a speech clause starts whose object is a demonstrative taking up the words before its comma (``Die
    Geschichte von der Tangerschlacht, [die] weißt du nicht``, ``Alles, was Werth hat, [das] kenne ich ja``):
    the dislocated words are what is known or said, and the segment opens with them, at the last semicolon,
    colon or the start of the sentence or quotation."""
    sent = ss.sent
    w = sent[lo]
    # The verb right after the pronoun: verb-second, so no relative clause (``etwas, das du weißt``).
    dem = "Dem" in w.feats.get("PronType", "").split(",")
    if lo < 2 or lo + 1 >= len(sent) or w.upos != "PRON" or not dem or sent[lo - 1].text != ",":
        return lo
    if sent[lo + 1].upos not in FINITE_UPOS:
        return lo
    start = lo - 1
    while start > 0 and in_narration(ss, start - 1) and sent[start - 1].text not in (";", ":"):
        start -= 1
    t = trim_span(sent, start, lo)
    return lo if t is None else t[0]


def _content_after(ss: SentenceContext, hi: int) -> int:
    """Where a speech clause ends when its content follows after a comma that the parse did not hang on its verb
    (``er sagte dann immer, das sei …``, ``doch sagt man, unsere …``, ``nun versichere ich kühn, daß …``): a next
    clause that opens with a complementiser or a question word, or whose finite verb is in the subjunctive, is its
    content, up to the sentence's next semicolon, colon or end inside the quotation. Redewiedergabe marks frame
    and content as one segment; the frame alone overlapped it by less than half."""
    sent = ss.sent
    if hi + 2 >= len(sent) or sent[hi + 1].text != "," or not in_narration(ss, hi + 2):
        return hi
    nxt = sent[hi + 2]
    end = hi + 2
    while end + 1 < len(sent) and not is_punct(sent[end + 1]) and in_narration(ss, end + 1):
        end += 1
    opens = nxt.text.lower() in lexicon_words("content_opener", sent.lang)
    asks = nxt.feats.get("PronType") == "Int"
    subjunctive = any(w.upos in FINITE_UPOS and konjunktiv_form(w) for w in sent.words[hi + 2 : end + 1])
    if not (opens or asks or subjunctive):
        return hi
    while end + 1 < len(sent) and sent[end + 1].text not in (";", ":") and in_narration(ss, end + 1):
        end += 1
    t = trim_span(sent, hi + 2, end)
    return hi if t is None else t[1]


def _clause_subject(sent: ParsedSentence, lo: int, hi: int, v: int) -> int | None:
    """The speaker of a speech clause, inside it: the verb's subject when it is a person-like word, else the
    first personal pronoun in the nominative (the compact parse hangs ``du`` of ``Das mußt du mir erzählen`` off
    the modal, and takes the object ``das``/``was`` of ``was ich dir sage`` for the subject), else a nominative
    noun, else whatever subject the parse gave."""
    span = range(lo, hi + 1)
    # The one spoken to is no speaker (``um dir das Todesurteil zu sprechen``, tagged nominative).
    objects = lexicon_words("object_pronoun", sent.lang)
    subjects = [c.index for c in sent.children(v, "nsubj") if c.index in span and c.text.lower() not in objects]
    nominative = [
        k
        for k in span
        if sent[k].feats.get("Case") == "Nom"
        and sent[k].upos in ("PRON", "NOUN", "PROPN")
        and sent[k].text.lower() not in objects
    ]
    person = _person_subject(sent, subjects)
    if person is not None:
        return person
    for k in subjects:
        if sent[k].upos in ("NOUN", "PROPN") or sent[k].feats.get("PronType") == "Prs":
            return k
    personal = [k for k in nominative if sent[k].feats.get("PronType") == "Prs" and sent[k].lemma.lower() != "es"]
    nouns = [k for k in nominative if sent[k].upos in ("NOUN", "PROPN")]
    found = personal or nouns or subjects
    return found[0] if found else None


_GOVERNED_RELS = frozenset({"conj", "xcomp", "advcl"})


def _governing_subject(ss: SentenceContext, v: int) -> int | None:
    """The speaker of a speech clause without a subject of its own, from the clause it hangs on inside the
    quotation: the verb it is coordinated with (``ich gab ihm keine Antwort und [wiederholte nur alles]``), the
    verb an infinitive depends on (``ich kann euch nicht auflösen, [ohne euch Lebewohl zu sagen]``), or the
    auxiliary the parse hung the subject on (``Ich will Ihnen, …, [dies Stück meines Lebens mitteilen]``). A
    person only, up through three such clauses."""
    sent = ss.sent
    objects = lexicon_words("object_pronoun", sent.lang)
    k = v
    for _ in range(CONTROL_DEPTH):
        held = [c for a in sent.children(k, "aux") for c in sent.children(a.index, "nsubj")]
        found = [c.index for c in [*sent.children(k, "nsubj"), *held] if in_narration(ss, c.index)]
        person = _person_subject(sent, [c for c in found if sent[c].text.lower() not in objects])
        if person is not None:
            return person
        if k != v:
            # The clause governing it names its subject with a noun the role lists lack (``Ein Freund, der …,
            # hat uns einen Paß verschafft, mich an Euch angewiesen``).
            nouns = [c for c in found if sent[c].upos in ("NOUN", "PROPN") and speaker_rank(sent, c) > 0]
            if not found and sent[k].upos == "VERB":
                # no subject at all: a noun the parse marks nominative but made an object (``Schon versammeln
                # sich die Feen, um dir das Todesurteil zu sprechen``)
                nouns = [c for c in _nominative_objects(sent, k) if in_narration(ss, c)]
            if nouns:
                return nouns[0]
        head = sent.head_of(k)
        if head is None or sent[k].base_rel not in _GOVERNED_RELS or not in_narration(ss, head.index):
            return None
        k = head.index
    return None


def _nominative_objects(sent: ParsedSentence, v: int) -> list[int]:
    """Nouns hung on ``v`` as objects after it, whose phrase the parse marks nominative and for no other case: a
    subject after its verb (a predicate noun before it, ``das ist der Fleck, wo …``, is none)."""
    out = []
    for c in sent.children(v, "obj"):
        if c.index < v or sent.children(c.index, "cop"):
            continue
        marked = [c, *sent.children(c.index, "det")]
        cases = {w.feats.get("Case") for w in marked if w.feats.get("Case")}
        if c.upos in ("NOUN", "PROPN") and cases == {"Nom"}:
            out.append(c.index)
    return out


def _person_subject(sent: ParsedSentence, subjects: Sequence[int]) -> int | None:
    """Of a speech verb's subjects, the first that is a person (a personal pronoun, ``man``, a name or a role
    noun): the compact parse gives a fronted object a subject's relation too (``[Die Worte] hab [ich] nimmer
    vergessen können``)."""
    for k in subjects:
        w = sent[k]
        pronoun = w.upos == "PRON" and w.feats.get("PronType") in ("Prs", "Ind") and w.lemma.lower() != "es"
        if pronoun or (w.upos in ("NOUN", "PROPN") and speaker_rank(sent, k) == PERSON_RANK):
            return k
    return None


_FRAME_PUNCT = (",", ";", "–", "—", "-", "--")


def _frames_other_words(ss: SentenceContext, lo: int, hi: int, v: int) -> bool:
    sent = ss.sent
    n = sum(1 for w in sent.words[lo : hi + 1] if not is_punct(w))
    after = sent[hi + 1].text if hi + 1 < len(sent) else ""
    if after == "?":
        return False  # a question asks about the speech or thought (``meinst du?``) and frames nothing
    # ``Ich glaube, …`` frames its content. Verbs of knowing (``ich weiß, …``, ``Weißt du, Amalie?``) are framed
    # the same way, and letting them through found 2 right of 8 on Redewiedergabe.
    # A nested quotation's opening mark lies outside the holder's words; the holder's own closing mark, inside
    # them, ends the clause and frames nothing (``»Wir reden natürlich nicht davon«, sagte sie``).
    nested_after = bool(after) and after[0] in quote_marks().all and not in_narration(ss, hi + 1)
    if after == ":" or nested_after or (n <= 2 and after in _FRAME_PUNCT):
        return True
    # Right after a nested quotation's closing mark, the clause is that quotation's tag (``als einer der Matrosen
    # plötzlich „Land!“ rief``): only the nested quotation's marks lie outside the holding one's words.
    if lo > 0 and not in_narration(ss, lo - 1) and sent[lo - 1].text[:1] in quote_marks().all:
        return True
    # A verb-first tag after a comma or dash (``sagte eine Frau``, ``so antwortet``, with its finite auxiliary
    # first: ``hat der Fuchs gemeint``, ``läßt Ihm die Frau Amtmännin sagen``) tags the words before it.
    first = v == lo or (v == lo + 1 and sent[lo].upos in ("ADV", "CCONJ"))
    if lo > 0 and sent[lo - 1].text in _FRAME_PUNCT and first and n <= 4:
        return True
    return (
        lo > 0
        and sent[lo - 1].text == ","
        and after in (",", "")
        and n <= 6
        # the finite verb first and the speech verb last: the tag's word order (``hat der Fuchs gemeint``)
        and sent[lo].upos in FINITE_UPOS
        and sent[lo].feats.get("VerbForm") not in ("Inf", "Part")
        and v == hi
        # a noun after the verb, a tag's speaker (a conditional ``kenne ich etwas nicht, so …`` has none)
        and any(sent[k].upos in ("NOUN", "PROPN") for k in range(lo + 1, v))
    )


class SpeechClauseRule(SentenceRule):
    """Inside a character's quotation only (:func:`find_embedded`): a clause that speaks or thinks without
    content of its own (``ich frage sonst nicht viel``, ``Du meinst Liebe.``), which Redewiedergabe annotates
    as reported speech or thought of the speaker inside the quotation. See :func:`_speech_clauses`."""

    name = "reported_clause"
    confidence = 0.5
    embedded = True

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _speech_clauses(ctx)
