"""What quotekit needs to know about a language, as one frozen object per language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["LanguageProfile"]


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """One supported language: the grammar facts the rules branch on and where its word lists live.

    Rules never test a language code; they read these attributes, so a third language is a new profile plus
    its data rows (see docs/languages.md).
    """

    code: str
    """ISO 639-1 code, also the Stanza model's language."""
    name: str
    verb_second: bool
    """Main clauses put the finite verb second, so a speaker often follows its verb (``sagte Rao``) and reported
    content follows the attribution after a comma (``sagte er, er sei …``)."""
    capitalised_nouns: bool
    """Every noun is capitalised, so a capital letter says little about names or titles."""
    compound_nouns: bool
    """Nouns join into compounds, so a source noun may end a longer word (``nach Polizeiangaben``)."""
    joined_particles: bool
    """Particle verbs are written as one word in infinitives and participles (``mitteilen``, ``mitgeteilt``)."""
    reported_mood: bool
    """A verb mood (German Konjunktiv I) marks reported speech by itself, so it can run on over sentences."""
    fragment_quotes: bool
    """A quoted fragment inside a reported statement (``sagte, der Plan sei „rücksichtslos“``) is also reported
    as a quotation of its own, beside the statement. This is a convention of the language's news reporting as its
    annotated corpora record it, not grammar: German news corpora (SpkAtt) mark the fragment as a quotation and the
    statement around it as mixed; English ones (PolNeAR) mark only the statement. Where False, the fragment is part
    of the mixed statement and not reported twice."""
    speech_act_content: Literal["sentence", "object"]
    """What is reported of a speech act without a content clause (``Der Verband kritisierte den Plan``,
    ``criticized the plan``): the whole sentence, speaker and verb included (German news, as SpkAtt marks its
    ``Reported`` statements), or only what the act is about, the verb's object or a ``topic_case`` phrase
    (English news, as PolNeAR marks it). A convention of the annotated corpora, like :attr:`fragment_quotes`."""
    ordinal_period: bool
    """A period after a number can mark an ordinal inside a sentence (``am 5. August``), not its end."""
    parser_marks: Literal["straight", "german"]
    """Quotation marks the Stanza model was trained on (see :mod:`quotekit.parser_input`)."""
    cue_table: str
    """The cue table in ``quotekit/data`` (speech verbs, source phrases, tags, ``as`` words)."""
    stopwords: str
    """Frequent words in ``quotekit/data`` that are evidence for this language in detection."""
    inflect: Callable[[str, str | None], set[str]]
    """Regular inflected forms of a verb lemma (with its separable particle, if any), lower case."""
    single_marks: Literal["mixed", "indirect"] = "mixed"
    """What a statement is whose only quotations are in single marks, outside any other quotation (headline style:
    ``Ryan calls Trump line 'racist,' but backs him``): ``mixed``, like one with a fragment in double marks, or
    ``indirect``, as English news corpora mark it (PolNeAR: 30 such statements indirect, none of its 884 mixed
    statements without a double mark). A convention of the annotated corpora, like :attr:`fragment_quotes`."""
    turns_share_paragraphs: bool = False
    """The language's fiction writes several turns of a dialogue in one paragraph, a quotation right after a closed
    one with a space between (``»Ich sage, eine Methode!« »Aber ...«``), where the second is another party's (9 of 9
    such pairs in Redewiedergabe's gold). Where False, as in English novels (one turn a paragraph), ``"…." "…," she
    said.`` is one speaker's; a dash between joins turns in every language (:func:`quotekit.attribution.context.
    joined_turn`)."""
    nominative_table: str | None = None
    """The table in ``quotekit/data`` of determiners in other cases with their nominative (``nominative_de.tsv``),
    where noun phrases inflect for case: a speaker written ``laut einem Sprecher`` is named ``ein Sprecher``. None
    where they do not (the name is then the mention as written)."""
    noun_gender_table: str | None = None
    """The table in ``quotekit/data`` of noun endings with their grammatical gender, which picks the nominative
    of a determiner of two genders (``dem Bericht`` is ``der Bericht``)."""
    case_ending_table: str | None = None
    """The table in ``quotekit/data`` of the endings adjectives and nouns take for case (``zuständigen``,
    ``Ministeriums``), which the nominative of a noun phrase strips or replaces."""
