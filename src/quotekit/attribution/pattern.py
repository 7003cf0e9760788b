"""The pattern rule: token patterns around the marks that survive a wrong parse (tags, colons, sources)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from quotekit.attribution.context import (
    CLAUSE_END,
    Attribution,
    Context,
    Cue,
    QuoteTarget,
    after_preposition,
    object_like,
)
from quotekit.attribution.mentions import (
    GROUP_RANK,
    PERSON_RANK,
    is_nominal,
    is_pronoun,
    object_form,
    speaker_rank,
)
from quotekit.attribution.persons import is_title
from quotekit.attribution.rules import Phase
from quotekit.lang import profile
from quotekit.lexicon import CueEntry, CueKind, cue_lemmas_of, cue_surface_pattern, source_entries
from quotekit.lexicon import words as lexicon_words
from quotekit.models import MentionKind
from quotekit.tree import ParsedSentence, Word

__all__ = ["PatternSieve"]

# Dependents of a verb that may be its real subject where the parse chose another.
# What may stand between a quotation and its tag: a comma, or a dash (``"…!"--cried Elizabeth``: Gutenberg texts
# write the dash as two hyphens, one token).
_TAG_OPENERS = frozenset({",", "—", "–", "-", "--"})
_DEPENDENT_RELS = frozenset({"nsubj", "obj", "iobj", "obl", "dep", "appos", "nmod"})
# Source phrases before or after their source (``laut X``, ``X zufolge``), and with them the ``as`` clauses (``wie
# X sagte``) where a quote's own sentence is searched.
_SOURCE_PHRASES = frozenset({CueKind.PREP, CueKind.POSTP})
_SOURCE_PHRASES_OR_AS = _SOURCE_PHRASES | {CueKind.AS}


class PatternSieve:
    """Token patterns around the marks that survive a wrong parse.

    - tag: ``„…“, sagte Rao`` / ``"…," Rao said`` / ``"…," said Rao`` / ``„…“, so Rao``;
    - colon introduction: ``Rao sagte: „…“`` / ``The ministry said: "…"``;
    - ``As Rao said, "…"`` / ``Wie Rao sagte, „…“``;
    - sources: ``according to X``, ``laut X``, ``nach Angaben von X``, ``X zufolge``.
    Known failure: a name the tokenizer glues to punctuation, or a tag more than a few words long
    (``said the former minister of state for …`` keeps only its head noun).
    """

    name = "pattern"
    languages = None
    phase = Phase.OWN
    tag: ClassVar[float] = 0.8
    """A tag or ``As X said`` with a speech verb (``say``, ``sagen``); also the ``so`` tag."""
    tag_communication: ClassVar[float] = 0.72
    """The same with a communication verb (``add``, ``warn``), which has other senses too."""
    colon: ClassVar[float] = 0.85
    """``Rao sagte: „…“``: speech verb and speaker before a colon (times the speaker weight of ``from_cue``)."""
    colon_adjacent: ClassVar[float] = 0.7
    """A speech verb before the colon without a parsed speaker: the nearest nominal."""
    colon_unlisted_verb: ClassVar[float] = 0.6
    """A verb the cue table does not list right before the colon, with a person subject."""
    colon_clause_subject: ClassVar[float] = 0.55
    """No speech verb before the colon: the subject of the clause that ends in it."""
    source: ClassVar[float] = 0.8
    """``according to X``, ``laut X``, ``X zufolge``."""
    holder: ClassVar[float] = 0.55
    """``Für die Ministerin ist der Plan „…“``: the person whose view a sentence opens with."""
    max_tag_words: ClassVar[int] = 7
    """Words of a tag after a quote up to its speech verb (``"…," former Gov. Jeb Bush of Florida said``)."""
    max_apposition: ClassVar[int] = 30
    """Words from a name after a quote to its speech verb across appositions (``Bond, 30, of Raleigh, said``)."""
    colon_speaker_phrase: ClassVar[float] = 0.7
    """``Bundesinnenminister Schäuble: „…“``: a phrase without a verb before the colon."""
    max_speaker_phrase: ClassVar[int] = 14
    """Words a verbless phrase before a colon may have and still be a speaker (name, title, apposition)."""

    bracket: ClassVar[float] = 0.7
    """``Mohammed ElBaradei („…“)``: a quotation filling a bracket after a person's name."""

    max_name_words: ClassVar[int] = 3
    """Words of a name (a title included) before an unlisted tag verb (``"…," Mr. Beebe pursued``)."""
    unlisted_verb: ClassVar[float] = 0.6
    """``"…," laughed Anne``: a verb the cue table does not list in the tag's place (:meth:`_tag_unlisted_verb`)."""
    max_unlisted_particles: ClassVar[int] = 1
    """Particles between such a verb and its speaker (``put in the General``)."""

    def match(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        return (
            self._bracket_after_name(ctx, quote)
            or self._tag_after(ctx, quote)
            or self._impersonal_after(ctx, quote)
            or self._colon(ctx, quote)
            or self._sources(ctx, quote)
        )

    def _bracket_after_name(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        """``…, der Leiter der IAEA, Mohammed ElBaradei („Mir fällt niemand ein …“), und …``, ``Smith ("We are
        ready")``: a quotation filling a bracket right after a person's name is that person's words, whatever
        tag the sentence has for the list around it."""
        a, b = quote.region
        if _next_char(ctx.text, a, -1) != "(" or _next_char(ctx.text, b, 1) != ")":
            return None
        before = ctx.words_before(a, 2)
        if len(before) < 2 or ctx.sentences[before[0][0]][before[0][1]].text != "(":
            return None
        si, wi = before[1]
        sent = ctx.sentences[si]
        if not ctx.outside(si, wi) or sent[wi].upos != "PROPN" or speaker_rank(sent, wi, subject=False) < PERSON_RANK:
            return None
        return ctx.build(self.name, "bracket_after_name", si, wi, None, self.bracket)

    def _utterance_owner(self, ctx: Context, si: int, clause: list[int]) -> Attribution | None:
        """``Zitat von Schröder: „…“``, ``Seine Meinung zu Kirchhoff: „…“``, ``His verdict: "…"``: a verbless phrase
        before a colon headed by a noun for words or a view (``utterance_noun``) gives its owner's words: the
        possessive, the genitive or the ``von`` phrase; another phrase in it (``zu Kirchhoff``) is the topic."""
        sent = ctx.sentences[si]
        nouns = lexicon_words("utterance_noun", sent.lang)
        links = lexicon_words("source_connector", sent.lang) | lexicon_words("agent_case", sent.lang)
        inside = set(clause)
        # The first noun of the phrase, whatever the tagger says (``Zitat`` opening a sentence comes out PROPN).
        head = next((wj for wj in sorted(clause) if sent[wj].upos in ("NOUN", "PROPN")), None)
        if head is None or sent[head].lemma.lower() not in nouns:
            return None
        for c in sent.children(head):
            if c.index not in inside:
                continue
            if "Yes" in c.feats.get("Poss", "") and c.index < head:
                return _possessive(self.name, "colon:utterance_possessive", si, c, None, self.colon_speaker_phrase)
            if not c.deprel.startswith("nmod") or speaker_rank(sent, c.index, subject=False) <= 0:
                continue
            case = sent.children(c.index, "case")
            if not case or case[0].text.lower() in links:
                return ctx.build(self.name, "colon:utterance_owner", si, c.index, None, self.colon_speaker_phrase)
        return None

    def _impersonal_after(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        """``„…“, heißt es in einer Erklärung``: an impersonal tag right after the quote names its source, and
        frames the quote more closely than a colon before it (``Wagner bat den Papst: „…“, heißt es in …`` is the
        statement's text, whoever the sentence before the colon is about)."""
        b = quote.region[1]
        for si, wi in ctx.words_after(b, 3):
            w = ctx.sentences[si][wi]
            if not ctx.outside(si, wi):
                return None
            if w.text in _TAG_OPENERS:
                continue
            if not any(c in ctx.text[b : w.start] for c in ",—–-"):
                return None  # after a full stop the verb starts a sentence of its own (``In ihm heißt es: …``)
            att = self._impersonal_at(ctx, si, wi)
            # ``hieß es nach Angaben des Ministeriums``: a source phrase in the tag names the source itself.
            return None if att is None else self._source_in(ctx, si) or att
        return None

    def _source_in(self, ctx: Context, si: int) -> Attribution | None:
        """The first source phrase (``nach Angaben X``, ``laut X``) outside the marks of sentence ``si``."""
        sent = ctx.sentences[si]
        entries = source_entries(sent.lang, _SOURCE_PHRASES)
        for wi in range(len(sent)):
            if ctx.outside(si, wi) and (att := self._source_at(ctx, si, wi, entries)) is not None:
                return att
        return None

    @staticmethod
    def _is_cue_verb(ctx: Context, si: int, wi: int) -> Cue | None:
        return next((c for c in ctx.cues(si) if c.word == wi), None)

    def _tag_after(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:  # noqa: C901 - one token walk over the tag after a quote; its cases (punctuation, abbreviations, so-tags, verb first or last) are one pattern
        b = quote.region[1]
        words = ctx.words_after(b, 8)
        clause: list[tuple[int, int]] = []
        prev: Word | None = None
        for si, wi in words:
            w = ctx.sentences[si][wi]
            if not ctx.outside(si, wi):
                break
            if w.upos == "PUNCT" or not any(c.isalnum() for c in w.text):
                if _abbreviation_stop(prev, w):
                    continue  # ``Ms. Gil said``: the tokenizer ended a sentence after ``Ms``
                if clause or w.text not in _TAG_OPENERS:
                    break
                continue
            clause.append((si, wi))
            prev = w
        if not clause:
            return None
        tag_start = ctx.sentences[clause[0][0]][clause[0][1]].start
        between = ctx.text[b:tag_start]
        if not ctx.gap_is_blank(b, tag_start) or "\n" in between:
            return None
        # A tag follows a quote that ends open (``"…," he said``, ``„…“, sagte er``, ``"…!" she shouted``);
        # after a full stop the next words start a sentence of their own.
        inner = ctx.text[quote.start : quote.end].rstrip()
        si0, wi0 = clause[0]
        first = ctx.sentences[si0][wi0]
        tags = cue_lemmas_of(first_lang(ctx, si0), CueKind.TAG)
        ends_open = any(c in between for c in ",—–-") or inner.endswith((",", "!", "?", "…", "-", "—", "–"))
        if not ends_open and first.text.lower() not in tags:
            return None  # ``„….“ so das Fazit`` is a tag even after a full stop; other words start a sentence
        if first.text.lower() in tags and len(clause) > 1:
            si, wi = clause[1]
            k = 1
            while k < len(clause) and not is_nominal(ctx.sentences[clause[k][0]][clause[k][1]], first_lang(ctx, si)):
                k += 1
            if k < len(clause) and not _verb_before(ctx, clause[1:k]):
                si, wi = clause[k]
                return ctx.build(self.name, "so_tag", si, wi, (first.start, first.end, first.text.lower()), self.tag)
        for k, (si, wi) in enumerate(clause[: self.max_tag_words]):
            cue = self._is_cue_verb(ctx, si, wi)
            if cue is None:
                continue
            if ctx.introduces_next(si, quote.index, b, ctx.sentences[si][wi]):
                return None  # ``»…«, und dann sprach er zu dem Jäger: »…«``: no tag, the next quotation's colon
            lang = first_lang(ctx, si)
            # Right after a quote a capital letter is a name whatever the tagger says (``Husted`` as a verb).
            before = [c for c in clause[:k] if _tag_word(ctx.sentences[c[0]][c[1]], lang)]
            # ``former Gov. Jeb Bush``: the abbreviated title is not the name.
            before = [c for c in before if not _abbreviated(ctx, ctx.sentences[c[0]][c[1]])] or before
            # A possessive (``asked his son``) is not the speaker: the noun it belongs to is, further on. The
            # capitalised word right after the verb is a name whatever the tagger says (``said Anne`` VERB).
            after = [
                c
                for j, c in enumerate(clause[k + 1 :])
                if (_tag_word if j == 0 else is_nominal)(w := ctx.sentences[c[0]][c[1]], lang)
                and w.feats.get("Poss") != "Yes"
            ]
            pick = before[0] if before else after[0] if after else None
            if pick is None:
                return None
            rule = "tag_subject_first" if before else "tag_inverted"
            conf = self.tag if cue.entry.kind is CueKind.SPEECH else self.tag_communication
            return ctx.build(self.name, rule, pick[0], pick[1], cue.span(ctx.sentences), conf)
        if ends_open and not _inside_narration(ctx, quote):
            found = self._tag_unlisted_verb(ctx, clause)
            if found is None and inner.endswith(",") and "," not in between:
                found = self._tag_name_then_verb(ctx, clause)
            if found is not None:
                return found
        return self._tag_after_apposition(ctx, clause)

    def _tag_unlisted_verb(self, ctx: Context, clause: list[tuple[int, int]]) -> Attribution | None:
        """``"…," laughed Anne`` / ``"…!" put in the General`` / ``"…," returned the Doctor``: a verb the cue
        table does not list, right after a quotation that ends open, then a name or a noun phrase. Right after
        an open quotation and before its speaker, a verb is the tag whatever it means elsewhere (novels tag
        dialogue with ``laugh``, ``return``, ``call``, ``begin``, which news uses in other senses and the cue
        table leaves out); the speaker must follow it, as a name or an article's noun. Not a pronoun: a German
        quotation opens a verb-second clause whatever its verb (``»…« stand er auf``)."""
        si, vi = clause[0]
        sent = ctx.sentences[si]
        verb = sent[vi]
        if verb.upos != "VERB" or not verb.text.isalpha() or not verb.text[:1].islower():
            return None
        if verb.feats.get("VerbForm") not in (None, "Fin", "Part"):
            return None  # a regular past (``acquiesced``) is often tagged a participle
        rest = [c for c in clause[1 : 1 + self.max_unlisted_particles + 2] if c[0] == si]
        k = 0
        lang = first_lang(ctx, si)
        while k < min(len(rest), self.max_unlisted_particles) and _particle(sent[rest[k][1]], lang):
            k += 1  # ``put in``, ``broke in``, ``called out``
        if k >= len(rest):
            return None
        w = sent[rest[k][1]]
        if w.upos == "DET" and k + 1 < len(rest) and is_nominal(sent[rest[k + 1][1]], lang):
            pick = rest[k + 1]  # ``returned the Doctor``
        elif _tag_word(w, lang) and w.text[:1].isupper() and not is_pronoun(w, lang):
            pick = rest[k]
        else:
            return None
        if speaker_rank(sent, pick[1], subject=False) == 0:
            return None
        lemma = (verb.lemma or verb.text).lower()
        return ctx.build(self.name, "tag_unlisted_verb", *pick, (verb.start, verb.end, lemma), self.unlisted_verb)

    def _tag_name_then_verb(self, ctx: Context, clause: list[tuple[int, int]]) -> Attribution | None:
        """``"It is very true," Winterbourne pursued, "that …"``: after a quotation that ends in a comma, a name (a
        title allowed before it) and then a finite verb the cue table does not list. A comma inside the marks
        leaves the sentence open, so the clause after it is the quotation's tag whatever its verb."""
        si, _ = clause[0]
        sent = ctx.sentences[si]
        lang = first_lang(ctx, si)
        k = 0
        while k < min(len(clause), self.max_name_words) and clause[k][0] == si:
            w = sent[clause[k][1]]
            if not w.text[:1].isupper() or is_pronoun(w, lang) or not (_tag_word(w, lang) or is_title(w.text)):
                break
            k += 1
        if k == 0 or k >= len(clause) or clause[k][0] != si:
            return None
        verb = sent[clause[k][1]]
        if verb.upos != "VERB" or not verb.text.isalpha() or not verb.text[:1].islower():
            return None
        if verb.feats.get("VerbForm") not in (None, "Fin", "Part"):
            return None
        pick = clause[k - 1]
        if speaker_rank(sent, pick[1], subject=False) == 0:
            return None
        lemma = (verb.lemma or verb.text).lower()
        return ctx.build(self.name, "tag_name_unlisted_verb", *pick, (verb.start, verb.end, lemma), self.unlisted_verb)

    def _tag_after_apposition(self, ctx: Context, clause: list[tuple[int, int]]) -> Attribution | None:
        """``"…," Harry Bond, 30, of Raleigh, who was among those polled, said``: a name (or a noun phrase with its
        article: ``the Vatican spokesman, Federico Lombardi, told``) right after the quote, then appositions
        between commas, then the speech verb in the same sentence."""
        si, wi = clause[0]
        sent = ctx.sentences[si]
        if any(c[0] != si for c in clause):
            return None
        if sent[wi].upos == "DET":
            # ``"…," the Vatican spokesman, Federico Lombardi, told …``: a noun phrase's head, then appositions.
            heads = [c[1] for c in clause[1:] if is_nominal(sent[c[1]], sent.lang)]
            if not heads:
                return None
            wi = heads[-1]
        elif not _tag_word(sent[wi], sent.lang) or not sent[wi].text[:1].isupper():
            return None
        for k in range(clause[-1][1] + 1, min(len(sent), wi + self.max_apposition)):
            w = sent[k]
            if not ctx.outside(si, k) or w.text in CLAUSE_END:
                return None
            cue = self._is_cue_verb(ctx, si, k)
            if cue is not None and sent[k - 1].text == ",":
                return ctx.build(self.name, "tag_apposition", si, wi, cue.span(ctx.sentences), self.tag_communication)
        return None

    def _colon(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        a, _ = quote.region
        before = ctx.words_before(a, 40)
        if not before:
            return None
        si, wi = before[0]
        colon = ctx.sentences[si][wi]
        if not ctx.gap_is_blank(colon.end, a):
            return None
        if colon.text == ":":
            words = before[1:]
        elif self._is_cue_verb(ctx, si, wi) is not None:
            # ``Da stand ein graues Männchen vor ihm und fragte »Wohin des Weges?«``: older prose opens the
            # quotation right after the speech verb, with no colon; a fragment right after the verb in news
            # (``said "…"``) is the verb's subject's words as well.
            words = before
        else:
            return None
        clause = []
        for sj, wj in words:
            w = ctx.sentences[sj][wj]
            if not ctx.outside(sj, wj) or w.text in CLAUSE_END or sj != si:
                break
            clause.append((sj, wj))
        unlisted = self._unlisted_verb_before_colon(ctx, clause)
        if unlisted is not None:
            return unlisted
        for sj, wj in clause:  # nearest to the colon first
            cue = self._is_cue_verb(ctx, sj, wj)
            if cue is None or _reports_a_speaker(ctx, sj, wj):
                continue
            att = ctx.from_cue(self.name, "colon", cue, self.colon)
            if att is not None:
                return att
            lang = first_lang(ctx, sj)
            noms = [c for c in clause if is_nominal(ctx.sentences[c[0]][c[1]], lang) and c[1] != wj]
            if noms:
                pick = _colon_speaker(ctx.sentences[sj], noms, wj)
                return ctx.build(
                    self.name, "colon:adjacent", pick[0], pick[1], cue.span(ctx.sentences), self.colon_adjacent
                )
        return self._colon_without_cue(ctx, si, [wj for _, wj in clause])

    def _unlisted_verb_before_colon(self, ctx: Context, clause: list[tuple[int, int]]) -> Attribution | None:
        """``…, daß der Fuhrmann auflachte: »…«``, ``Die Alte seufzte: »…«``: a finite verb the cue table does not
        list, right before the colon (adverbs and its particle aside), with a person for its subject: that person
        speaks, not the subject of a speech verb further back in the sentence (``Er sollte den Pflug führen und
        wurde … geschleudert, daß der Fuhrmann auflachte:``, ``führen`` a cue row). Not a subjunctive: reported
        speech ends in one before a colon (``Merkel sagte, er wisse: „…“`` is Merkel's)."""
        for sj, wj in clause:
            sent = ctx.sentences[sj]
            w = sent[wj]
            if w.upos in ("ADV", "PART") or w.deprel == "compound:prt":
                continue
            # finite by its mood (the compact model leaves a participle's form unmarked), in no relative clause
            # (``mit einer Stimme, der man den Gleichmut anhörte:``)
            if w.upos != "VERB" or w.feats.get("Mood") != "Ind" or w.deprel == "acl:relcl":
                return None
            if self._is_cue_verb(ctx, sj, wj) is not None:
                return None
            subjects, rule = _verb_subjects(ctx, sj, wj)
            for c in subjects:
                if (
                    c.deprel != "nsubj:pass"
                    and ctx.outside(sj, c.index)
                    and "Rel" not in c.feats.get("PronType", "")
                    and (speaker_rank(sent, c.index) >= PERSON_RANK or _nominative_noun(sent, c.index))
                ):
                    return ctx.build(self.name, rule, sj, c.index, None, self.colon_unlisted_verb)
            return None
        return None

    def _colon_without_cue(self, ctx: Context, si: int, clause: list[int]) -> Attribution | None:
        """The words before a colon hold no speech verb: a speaker phrase, or a clause with a subject."""
        sent = ctx.sentences[si]
        verbs = [wj for wj in clause if sent[wj].upos in ("VERB", "AUX")]
        if not verbs:
            # ``Bundesinnenminister Schäuble: „…“``, ``Erkki Tuomioja, Präsident des Rats …: „…“``: a phrase with
            # no verb before the colon names the speaker; its most speaker-like noun, the first of equals.
            owner = self._utterance_owner(ctx, si, clause)
            if owner is not None:
                return owner
            # A speech verb the tagger took for a noun (``Antwortet ihm der Mann: »…«``) is no speaker.
            verb_forms = cue_surface_pattern(sent.lang)
            noms = [
                wj
                for wj in clause
                if speaker_rank(sent, wj, subject=False) > 0 and verb_forms.fullmatch(sent[wj].text) is None
            ]
            # A phrase that opens with a preposition (``Laut Rao:``) is a source phrase: the source rule's.
            opens_np = bool(clause) and sent[clause[-1]].upos not in ("ADP", "ADV", "CCONJ", "SCONJ")
            if not noms or not opens_np or len(clause) > self.max_speaker_phrase:
                return None
            # an object pronoun is the one spoken to (``ihm``), whatever its rank; by its form only, as a possessor
            # (``His confidence rests on …:``) carries a case too
            pick = min(noms, key=lambda wj: (object_form(sent, wj)[0], -speaker_rank(sent, wj, subject=False), wj))
            return ctx.build(self.name, "colon:speaker_phrase", si, pick, None, self.colon_speaker_phrase)
        # No speech verb: ``Pinheiro sieht die Verantwortung beim Staat: „…“`` — a clause with a subject that
        # ends in a colon before a quote introduces its subject as the speaker, more often than not; the main
        # clause's subject, not that of a clause inside it (``Er glaubt, dass das Team … sei: „…“``).
        for wj in sorted(verbs, key=lambda wj: _depth(sent, wj)):
            w = sent[wj]
            subj = [
                c for c in sent.children(wj, "nsubj") if ctx.outside(si, c.index) and speaker_rank(sent, c.index) > 0
            ]
            # A name the tagger made an adverb opening the sentence (``Zypries sieht …: „…“``) is a name by the
            # document's own evidence (:meth:`Context.initial_name`), though its rank at the sentence start is not.
            initial = ctx.initial_name(si, wj) if not subj else None
            if initial is not None:
                subj = [sent[initial]]
            if subj:
                best: int | None = max(subj, key=lambda c: speaker_rank(sent, c.index)).index
                if best is not None and best != initial and speaker_rank(sent, best) < PERSON_RANK:
                    best = _person_beside(ctx, si, wj, best)
                if best is None:
                    return None  # ``Seine Zuversicht gründet sich auf …: „…“``: a thing introduces no one
                return ctx.build(
                    self.name,
                    "colon:clause_subject",
                    si,
                    best,
                    (w.start, w.end, w.lemma),
                    self.colon_clause_subject,
                )
        return self._nominative_person(ctx, si, clause, verbs)

    def _nominative_person(self, ctx: Context, si: int, clause: list[int], verbs: list[int]) -> Attribution | None:
        """A clause before the colon without a parsed subject, where a person's article shows the nominative (``In
        der ARD zeigt sich der Bundestrainer zufrieden: „…“``, the role parsed as an object): that person is the
        subject the parse missed. Languages without case on articles never show it."""
        sent = ctx.sentences[si]
        for wj in sorted(clause):
            if sent[wj].upos not in ("NOUN", "PROPN") or speaker_rank(sent, wj) < PERSON_RANK:
                continue
            if any(a.feats.get("Case") == "Nom" for a in sent.children(wj, "det")):
                w = sent[min(verbs)]
                return ctx.build(
                    self.name, "colon:nominative_person", si, wj, (w.start, w.end, w.lemma), self.colon_clause_subject
                )
        return None

    def _sources(self, ctx: Context, quote: QuoteTarget) -> Attribution | None:
        """``according to X``, ``laut X``, ``nach Angaben von X``, ``nach den Worten X``, ``X zufolge``, ``As X
        said``, ``heißt es in X``, ``…, so X`` in the quote's sentences (outside the marks). Of several phrases the
        last before the quote decides, else the first after it: ``Nach Angaben des Amtes soll es …, die nach
        Bewertung der Polizei „keinen Anlass“ gibt`` is the police's fragment."""
        a = quote.region[0]
        for si in ctx.touching(quote):
            sent = ctx.sentences[si]
            entries = source_entries(sent.lang, _SOURCE_PHRASES_OR_AS)
            found = [
                (sent[wi].start, att)
                for wi in range(len(sent))
                if ctx.outside(si, wi) and (att := self._source_at(ctx, si, wi, entries)) is not None
            ]
            if found:
                before = [att for start, att in found if start < a]
                return before[-1] if before else found[0][1]
            att = (
                self._impersonal(ctx, si) or self._so_tag(ctx, si) or self._holder(ctx, si) or self._text_place(ctx, si)
            )
            if att is not None:
                return att
        return None

    def _source_at(self, ctx: Context, si: int, wi: int, entries: Sequence[CueEntry]) -> Attribution | None:
        """The first source phrase of ``entries`` (longest first) that starts at word ``wi``, with its source."""
        sent = ctx.sentences[si]
        for e in entries:
            if e.kind is CueKind.PREP and (att := self._postposed(ctx, si, wi, e)) is not None:
                return att
            end = _phrase_end(ctx, si, wi, e.words)
            if end is None:
                continue
            cue_span = (sent[wi].start, sent[end - 1].end, e.lemma)
            if e.kind is CueKind.POSTP:
                k = wi - 1
                if k >= 0 and ctx.outside(si, k) and is_nominal(sent[k], sent.lang):
                    return ctx.build(self.name, e.lemma, si, k, cue_span, self.source)
                continue
            if e.kind is CueKind.AS:
                att = self._as_clause(ctx, si, end, e, cue_span)
                if att is not None:
                    return att
                continue
            k = _skip_modifiers(ctx, si, end)
            if k < len(sent) and ctx.outside(si, k) and is_nominal(sent[k], sent.lang):
                return ctx.build(self.name, e.lemma, si, k, cue_span, self.source)
        return None

    def _postposed(self, ctx: Context, si: int, wi: int, e: CueEntry) -> Attribution | None:
        """A source phrase of preposition and noun with the preposition after the noun and the source before it
        as a possessive or a genitive (``Seiner Ansicht nach``, ``Merkels Meinung nach``): the owner speaks. A
        possessive is the speaker's pronoun, resolved like ``er``; languages whose phrases do not turn round never
        show the order."""
        sent = ctx.sentences[si]
        if len(e.words) != 2 or wi < 1 or not ctx.outside(si, wi - 1):
            return None
        if _phrase_end(ctx, si, wi, e.words[1:]) != wi + 1 or wi + 1 >= len(sent) or not ctx.outside(si, wi + 1):
            return None
        if sent[wi + 1].text.lower() != e.words[0]:
            return None
        owner = sent[wi - 1]
        cue = (owner.start, sent[wi + 1].end, e.lemma)
        if "Yes" in owner.feats.get("Poss", ""):
            return _possessive(self.name, "postposed_possessive", si, owner, cue, self.source)
        if owner.upos == "PROPN" and is_nominal(owner, sent.lang):
            return ctx.build(self.name, "postposed_genitive", si, owner.index, cue, self.source)
        return None

    def _holder(self, ctx: Context, si: int) -> Attribution | None:
        """``Für die Ministerin ist der Plan „ein Gewinn für alle“``, ``For Smith, the plan is "a disaster"``: a
        sentence opening with a preposition of view (``holder_case``) and a person gives that person's view, and
        the words in marks in it are theirs. Only a person: ``Für die Kinder gab es „Überraschungen“`` names
        none."""
        sent = ctx.sentences[si]
        if not len(sent) or sent[0].text.lower() not in lexicon_words("holder_case", sent.lang):
            return None
        k = _skip_modifiers(ctx, si, 1)
        # The phrase's head, or the name right after it (``für den Theologen Hans Weber``).
        for j in range(k, min(k + 3, len(sent))):
            if not ctx.outside(si, j) or (j > k and sent[j].upos != "PROPN"):
                return None
            if speaker_rank(sent, j, subject=False) >= PERSON_RANK:
                cue = (sent[0].start, sent[0].end, sent[0].text.lower())
                return ctx.build(self.name, "holder", si, j, cue, self.holder)
        return None

    def _text_place(self, ctx: Context, si: int) -> Attribution | None:
        """``In dem Entwurf steht der Passus: „…“``, ``In der Zeitung fand sich die Feststellung „…“``, ``In einem
        Schreiben war von „…“ die Rede``: words that stand in a text (a ``text_place_cue``) are the text's, named by
        the ``in`` phrase on the cue, when it is a text, medium or organisation and no person is the cue's subject
        (``In dem Brief stand Merkel …`` is not the letter's)."""
        sent = ctx.sentences[si]
        cues = lexicon_words("text_place_cue", sent.lang)
        cases = lexicon_words("text_place_case", sent.lang)
        if not cues:
            return None
        for w in sent:
            if w.lemma.lower() not in cues or not ctx.outside(si, w.index):
                continue
            if any(speaker_rank(sent, c.index) >= PERSON_RANK for c in sent.children(w.index, "nsubj")):
                continue
            for c in sent.children(w.index, "obl", "nmod"):
                case = sent.children(c.index, "case")
                if (
                    ctx.outside(si, c.index)
                    and case
                    and case[0].lemma.lower() in cases
                    and speaker_rank(sent, c.index, subject=False) == GROUP_RANK
                ):
                    return ctx.build(self.name, "text_place", si, c.index, (w.start, w.end, w.lemma), self.source)
        return None

    def _impersonal(self, ctx: Context, si: int) -> Attribution | None:
        """``heißt es in der Erklärung``, ``In dem Antrag heißt es``: the expletive verb's place is the source."""
        for w in ctx.sentences[si]:
            if (att := self._impersonal_at(ctx, si, w.index)) is not None:
                return att
        return None

    def _impersonal_at(self, ctx: Context, si: int, wi: int) -> Attribution | None:
        """The source of word ``wi`` if it is an impersonal cue with an expletive subject and a place."""
        sent = ctx.sentences[si]
        w = sent[wi]
        if w.lemma.lower() not in lexicon_words("impersonal_cue", sent.lang) or not ctx.outside(si, wi):
            return None
        if not any(c.text.lower() in lexicon_words("non_speaker_subject", sent.lang) for c in sent.children(wi)):
            return None
        for c in sent.children(wi, "obl"):
            if (
                ctx.outside(si, c.index)
                and speaker_rank(sent, c.index, subject=False) > 0
                and sent.children(c.index, "case")
            ):
                return ctx.build(self.name, "impersonal", si, c.index, (w.start, w.end, w.lemma), self.source)
        return None

    def _so_tag(self, ctx: Context, si: int) -> Attribution | None:
        """``Der Iran müsse „…“ beenden, so Rice.``: a ``so`` tag after a comma anywhere in the sentence."""
        sent = ctx.sentences[si]
        tags = cue_lemmas_of(sent.lang, CueKind.TAG)
        for w in sent:
            i = w.index
            if (
                w.text.lower() not in tags
                or i == 0
                or not ctx.outside(si, i)
                or sent[i - 1].text not in (",", "–", "—")
            ):
                continue
            k = _skip_modifiers(ctx, si, i + 1)
            if k < len(sent) and ctx.outside(si, k) and speaker_rank(sent, k) > 0:
                return ctx.build(self.name, "so_tag", si, k, (w.start, w.end, w.text.lower()), self.tag)
        return None

    def _as_clause(
        self, ctx: Context, si: int, start: int, entry: CueEntry, cue_span: tuple[int, int, str]
    ) -> Attribution | None:
        """``As Rao said`` / ``Wie Rao sagte``: a speech verb within a few words, the speaker between."""
        sent = ctx.sentences[si]
        for k in range(start, min(start + 6, len(sent))):
            if not ctx.outside(si, k) or sent[k].upos == "PUNCT":
                return None
            cue = self._is_cue_verb(ctx, si, k)
            if cue is None:
                continue
            noms = [j for j in range(start, k) if is_nominal(sent[j], sent.lang)]
            if not noms:
                return None
            conf = self.tag if cue.entry.kind is CueKind.SPEECH else self.tag_communication
            return ctx.build(self.name, "as_clause", si, noms[0], cue.span(ctx.sentences), conf)
        return None


def _possessive(
    sieve: str, rule: str, si: int, word: Word, cue: tuple[int, int, str] | None, confidence: float
) -> Attribution:
    """A possessive (``Seiner Ansicht nach``, ``Seine Meinung zu X:``) as the speaker: a pronoun that resolution
    takes to its owner, like ``er``."""
    return Attribution(
        speaker=(word.start, word.end),
        mention_kind=MentionKind.PRONOUN,
        cue=cue,
        sieve=sieve,
        confidence=confidence,
        head=word.index,
        head_sentence=si,
        rule=rule,
    )


def _inside_narration(ctx: Context, quote: QuoteTarget) -> bool:
    """Words of the narration stand before the quote in its sentence (``Nachdem man laut X „…“, suchen die
    Forscher …``): the quote is a fragment of that sentence, and the verb after it continues the sentence, no
    tag. A comma between them changes nothing (``according to director X, "…", search the researchers``)."""
    a = quote.region[0]
    for si, wi in ctx.words_before(a, 3):
        sent = ctx.sentences[si]
        if sent.end <= a:
            return False
        if sent[wi].text != ",":
            return any(c.isalnum() for c in sent[wi].text)
    return False


def _colon_speaker(sent: ParsedSentence, noms: list[tuple[int, int]], cue: int) -> tuple[int, int]:
    """Of the nominals before a colon whose speech verb has no parsed subject, the speaker: the first name the
    sentence holds outside a prepositional phrase (``Miss Bartlett, with equal vivacity, replied:``; ``Diana,
    going to the gable, where Anne stood at her window, said:``), else the clause's most subject-like nominal,
    else the nominal nearest the verb."""
    # ``noms`` runs from the colon back, so the last name is the sentence's first. A name inside a prepositional
    # phrase (``in the absence of Miss Bartlett``) ranks as no subject; the nearest nominal was often a thing the
    # sentence's narration holds (``flung up her arms, and cried:``).
    # An object is the first verb's, not the speaker (``Er steckt Kopf und Schultern durch das Loch … und sagt
    # lachend:``, ``Kopf`` a bare noun the tagger calls a name).
    subjects = [
        c
        for c in noms
        if speaker_rank(sent, c[1]) > 0 and not object_like(sent, c[1]) and not after_preposition(sent, c[1])
    ]
    people = [c for c in subjects if sent[c[1]].upos == "PROPN" and speaker_rank(sent, c[1]) >= PERSON_RANK]
    if people:
        return people[-1]
    # A speech verb without subject is most often the second verb of a coordination whose subject the first
    # verb holds (``Da hob er den Finger und sagte:``, ``Er steckt Kopf und Schultern durch das Loch … und sagt
    # lachend:``); the compact parse hangs it anywhere, so the subject is found by its form, not its head: the
    # most subject-like nominal of the clause (no object case, no preposition), the first of equals. The nearest
    # nominal was the object or the place of the first verb (``den Finger``, ``bei der Hecke``).
    if subjects:
        return min(subjects, key=lambda c: (-speaker_rank(sent, c[1]), c[1]))
    return min(noms, key=lambda c: (after_preposition(sent, c[1]), abs(c[1] - cue)))


def _nominative_noun(sent: ParsedSentence, i: int) -> bool:
    """A common noun marked nominative with its article (``der Fuhrmann``): the subject of a verb of utterance the
    table lacks (``auflachte``) is a character though no role noun."""
    w = sent[i]
    return w.upos == "NOUN" and "Nom" in w.feats.get("Case", "") and speaker_rank(sent, i) > 0


def _verb_before(ctx: Context, words: Sequence[tuple[int, int]]) -> bool:
    """A verb among the words between ``so`` and its noun: ``So mußte die Prinzessin … zurückkehren`` after a
    quotation opens a sentence with the adverb, where a ``so`` tag names its source right away (``so Rao``, ``so
    der Minister``)."""
    return any(ctx.sentences[si][wi].upos in ("VERB", "AUX") for si, wi in words)


def _abbreviation_stop(prev: Word | None, w: Word) -> bool:
    """A full stop glued to a short capitalised word (``Ms.``, ``Dr.``, ``Gov.``) that is no sentence end."""
    return (
        prev is not None
        and w.text == "."
        and w.start == prev.end
        and prev.text[:1].isupper()
        and len(prev.text) <= 4
        and prev.text.isalpha()
    )


def _abbreviated(ctx: Context, w: Word) -> bool:
    """``Gov.``, ``Sen.``: a short capitalised word with a full stop glued to it (a title, not a name)."""
    return ctx.text[w.end : w.end + 1] == "." and w.text[:1].isupper() and len(w.text) <= 4 and w.text.isalpha()


def _reports_a_speaker(ctx: Context, si: int, v: int) -> bool:
    """``Wie CBS berichtet, gab Regierungssprecher Gibbs eine Stellungnahme: „WOW.“``: a speech verb in an ``as``
    clause whose main clause has a person for subject only says who reports; that person speaks the quote after
    the colon. Without one (``Wie Rao sagte, gilt folgende Regel: „…“``) the ``as`` clause's speaker stays."""
    sent = ctx.sentences[si]
    markers = cue_lemmas_of(sent.lang, CueKind.AS)
    if not any(c.text.lower() in markers for c in sent.children(v) if c.index < v):
        return False
    h = sent[v].head
    if not 0 <= h < len(sent) or sent[h].upos not in ("VERB", "AUX"):
        return False
    return any(
        ctx.outside(si, c.index) and speaker_rank(sent, c.index) >= PERSON_RANK for c in sent.children(h, "nsubj")
    )


def first_lang(ctx: Context, si: int) -> str:
    return ctx.sentences[si].lang


def _phrase_end(ctx: Context, si: int, wi: int, words: tuple[str, ...]) -> int | None:
    """Where the source phrase ``words`` starting at word ``wi`` ends (index after it), or None. An article may
    stand inside it (``nach den Worten``) and, in compounding languages, its last noun may end a compound
    (``nach Polizeiangaben``)."""
    sent = ctx.sentences[si]
    j = wi
    for k, word in enumerate(words):
        if k > 0:
            while j < len(sent) and sent[j].upos == "DET" and ctx.outside(si, j):
                j += 1
        if j >= len(sent) or not ctx.outside(si, j):
            return None
        low = sent[j].text.lower()
        compound = k > 0 and k == len(words) - 1 and profile(sent.lang).compound_nouns and low.endswith(word)
        if low != word and not compound:
            return None
        j += 1
    return j


def _skip_modifiers(ctx: Context, si: int, k: int) -> int:
    """The first word from ``k`` on that is no article, adjective, preposition or number."""
    sent = ctx.sentences[si]
    while k < len(sent) and ctx.outside(si, k) and sent[k].upos in ("DET", "ADJ", "ADP", "NUM"):
        k += 1
    return k


def _person_beside(ctx: Context, si: int, v: int, subj: int) -> int | None:
    """A person among the other nominative dependents of ``v`` where the parse made a thing its subject (``Die
    praktische Anwendung … stellte der SPD-Vorsitzende Müntefering in Frage:``, German objects and subjects look
    alike); None when there is none."""
    sent = ctx.sentences[si]
    people = [
        c.index
        for c in sent.children(v)
        if c.index != subj
        and c.base_rel in _DEPENDENT_RELS
        and ctx.outside(si, c.index)
        and speaker_rank(sent, c.index) >= PERSON_RANK
    ]
    return min(people, key=lambda k: abs(k - v)) if people else None


def _particle(w: Word, lang: str) -> bool:
    """A verb's particle: so parsed, or a listed particle parsed as the speaker's preposition (``broke in
    Mr. Pontellier``: ``in`` a ``case`` of ``Pontellier``)."""
    return w.deprel == "compound:prt" or w.text.lower() in lexicon_words("tag_particle", lang)


def _depth(sent: ParsedSentence, i: int) -> int:
    """How many arcs lie between word ``i`` and the root (the main clause's verb has the fewest)."""
    depth, seen = 0, {i}
    while 0 <= (h := sent[i].head) < len(sent) and h not in seen:
        seen.add(h)
        i, depth = h, depth + 1
    return depth


def _tag_word(w: Word, lang: str) -> bool:
    """A word of a tag right after a quote that may be its speaker: a nominal, or a capitalised word."""
    return is_nominal(w, lang) or (w.text[:1].isupper() and w.text.isalpha() and w.upos in ("VERB", "ADJ", "ADV"))


def _next_char(text: str, pos: int, step: int) -> str:
    """The first character that is not white space before ``pos`` (``step`` -1) or from it on (``step`` 1), or ""
    at the text's edge. Read one by one, not from ``text[:pos].rstrip()``: that copies the text before every
    quotation, which grows with the square of a document's length."""
    j = pos - 1 if step < 0 else pos
    while 0 <= j < len(text) and text[j].isspace():
        j += step
    return text[j] if 0 <= j < len(text) else ""


def _verb_subjects(ctx: Context, si: int, wj: int) -> tuple[list[Word], str]:
    """The subjects of the verb at ``wj``, with the rule name saying where they came from: its own, else, for a
    verb right after a coordinating conjunction, the one it shares with the verb before (``Nun besann sich der
    Fuhrmann eine Weile und dachte: »…«, und dann sprach er …``: left alone, the speech verb after the quotation
    took the quotation; the compact parse may call the shared subject an object, read by
    :meth:`Context.coordinated_subject`)."""
    sent = ctx.sentences[si]
    own = list(sent.children(wj, "nsubj"))
    if own:
        return own, "colon:unlisted_verb"
    shared = ctx.coordinated_subject(si, wj)
    # only within the clause: one beyond a comma is often another clause's (``Als der Präsident das Pantheon
    # verließ, folgten camelots du roy pfeifend und rufend: „…“``)
    if shared is None or any(sent[k].text == "," for k in range(shared + 1, wj)):
        return [], "colon:unlisted_conjunct"
    return [sent[shared]], "colon:unlisted_conjunct"
