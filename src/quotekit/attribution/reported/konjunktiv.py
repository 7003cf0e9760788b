"""German verb-second reported speech after a comma (rule 5): ``sagte Curran, … gebe es keinen Grund``."""

from __future__ import annotations

from quotekit.attribution.reported.content_clause import attribution_end, is_impersonal, is_subordinate
from quotekit.attribution.reported.sentence import (
    FINITE_UPOS,
    ReportedStatement,
    SentenceContext,
    is_punct,
    is_relative,
)
from quotekit.attribution.reported.spans import (
    Found,
    SentenceRule,
    enough_words,
    has_clause,
    konjunktiv_form,
    next_comma,
    opens_non_content,
    trim_span,
)
from quotekit.lang import profile
from quotekit.lexicon import as_words
from quotekit.lexicon import words as lexicon_words
from quotekit.tree import ParsedSentence, Word


def _konjunktiv_clause(ss: SentenceContext) -> list[Found]:
    """German ``sagte X, … gebe es …`` / ``Er sagte, er sei …``: attribution, comma, a clause with a finite verb."""
    sent = ss.sent
    if not profile(sent.lang).reported_mood:
        return []
    out: list[Found] = []
    n = len(sent)
    for cue in ss.cues():
        v = cue.verb
        if any(c.text.lower() in as_words() for c in sent.children(v, "mark")):
            continue
        if is_subordinate(sent, v):
            continue  # ``Der Mann, der das sagte, ging …``: the main clause after the comma is not reported
        if is_participle(sent[v], sent.lang) and not sent.children(v, "aux"):
            continue  # ``Das Objekt, genannt X, hat …``: a participle naming, no speech act
        speaker = ss.subject(cue, set())
        if speaker is None and not is_impersonal(sent, v):
            continue
        att_end = attribution_end(sent, v, cue.particle, speaker)
        # Only adverbials may stand between the attribution and the comma (``sagte er am Montag,``).
        comma = next_comma(sent, att_end + 1)
        if comma is None or comma - att_end > 4 or any(sent[k].upos in FINITE_UPOS for k in range(att_end + 1, comma)):
            continue
        if comma + 1 >= n or (
            sent[comma + 1].text.lower() in lexicon_words("relative", "de") and is_relative(sent[comma + 1])
        ):
            continue
        t = trim_span(sent, comma + 1, n - 1)
        if t is None or opens_non_content(sent, t[0]):
            continue
        if has_clause(sent, *t):
            finite = [w for w in sent.words[t[0] : t[1] + 1] if w.upos in FINITE_UPOS]
            conf = (
                KonjunktivClauseRule.confidence
                if any(konjunktiv_form(w) for w in finite)
                else KonjunktivClauseRule.without_konjunktiv
            )
        elif _zu_infinitive(sent, *t):
            conf = KonjunktivClauseRule.infinitive
        else:
            continue
        out.append(Found(t[0], t[1], speaker, v, cue.particle, cue.lemma, "indirect_konjunktiv", conf))
    return out


def _zu_infinitive(sent: ParsedSentence, lo: int, hi: int) -> bool:
    """``forderte ihn auf, [sich zu stellen]``, ``beteuert, [nicht abgeschrieben zu haben]``: an infinitive clause
    with ``zu`` and no finite verb, what a speech verb asks, promises or claims. At least three words."""
    words = [w for w in sent.words[lo : hi + 1] if not is_punct(w)]
    if not enough_words(sent, lo, hi) or any(w.upos in FINITE_UPOS and w.feats.get("VerbForm") == "Fin" for w in words):
        return False
    last = words[-1]
    if last.feats.get("VerbForm") != "Inf" and not last.text.lower().endswith("en"):
        return False
    markers = lexicon_words("infinitive_marker", sent.lang)
    # ``zu stellen``, or a particle verb's joined ``abzuschalten`` (the marker inside the word).
    low = last.text.lower()
    return words[-2].text.lower() in markers or (
        last.feats.get("VerbForm") == "Inf" and any(low.find(m, 1) > 0 for m in markers)
    )


def is_participle(w: Word, lang: str) -> bool:
    """A participle or infinitive, also where the tagger calls ``genannt`` finite: a ``ge-`` form of a verb whose
    lemma has none."""
    if w.feats.get("VerbForm") in ("Part", "Inf"):
        return True
    low, lemma = w.text.lower(), w.lemma.lower()
    return (
        profile(lang).joined_particles
        and low.startswith("ge")
        and not lemma.startswith("ge")
        and low.endswith(("t", "en"))
    )


# Words between a parenthetical tag's verb and the comma before it: a pronoun or a name (``, she said,``); in English
# up to eight, for a subject phrase with modifiers (``, the Texas senator's allies say,``: on PolNeAR 6 more
# statements, all right). German keeps five: its verb-second tag puts the subject after the verb.
TAG_REACH = 5
LONG_TAG_REACH = 8


class KonjunktivClauseRule(SentenceRule):
    """German ``sagte X, … gebe es …`` / ``Er sagte, er sei …``: attribution, comma, a finite clause."""

    name = "indirect_konjunktiv"
    languages = frozenset({"de"})
    confidence = 0.85
    without_konjunktiv = 0.65
    infinitive = 0.6
    """A ``zu``-infinitive as the content (``forderte ihn auf, sich zu stellen``): asked or promised, not stated."""

    narration_only = True
    """Not inside a character's quotation (:func:`find_embedded`): there a comma clause after a verb of speaking
    is mostly the speaker's own wish or condition (``…, bin ich fest entschlossen zu sterben``); 15 of its 30
    statements on Redewiedergabe overlapped no segment by half."""

    def match(self, ctx: SentenceContext, previous: ReportedStatement | None, /) -> list[Found]:
        return _konjunktiv_clause(ctx)
