"""Hand-built ExtractionResults for tests that must not depend on the extractor or the models."""

from __future__ import annotations

from quotekit.models import (
    Cue,
    ExtractionResult,
    MentionKind,
    Quote,
    QuoteFlag,
    QuoteKind,
    Span,
    Speaker,
    SpeakerEntity,
)


def find(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``sub`` in ``text``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return pos, pos + len(sub)


def span(text: str, sub: str, nth: int = 0) -> Span:
    s, e = find(text, sub, nth)
    return Span(start=s, end=e, text=text[s:e])


def cue(text: str, sub: str, lemma: str, nth: int = 0) -> Cue:
    s, e = find(text, sub, nth)
    return Cue(start=s, end=e, text=text[s:e], lemma=lemma)


SEED_LIKE = (
    "As Rao pointed out, OpenAI has to be careful. “OpenAI’s strategy has always been about balance,” he said. "
    "“They need to maintain that fine balance.”\n"
    "Curran agreed, saying that the release is a strategic move.\n"
    "„Open Source stellt Tools in die Hände von Entwicklern“, sagte Sam Altman."
)


def seed_like() -> ExtractionResult:
    """Two English quotes by Rao (one via "he"), an indirect one by Curran, a German one by Altman."""
    t = SEED_LIKE
    q1 = span(t, "OpenAI’s strategy has always been about balance,")
    q2 = span(t, "They need to maintain that fine balance.")
    q3 = span(t, "the release is a strategic move")
    q4 = span(t, "Open Source stellt Tools in die Hände von Entwicklern")
    rao = Speaker(
        name="Rao",
        mention=span(t, "he"),
        mention_kind=MentionKind.PRONOUN,
        antecedent=span(t, "Rao"),
        entity=0,
    )
    rao2 = Speaker(
        name="Rao", mention=span(t, "he"), mention_kind=MentionKind.PRONOUN, antecedent=span(t, "Rao"), entity=0
    )
    curran = Speaker(name="Curran", mention=span(t, "Curran"), mention_kind=MentionKind.NAME, entity=1)
    altman = Speaker(name="Sam Altman", mention=span(t, "Sam Altman"), mention_kind=MentionKind.NAME, entity=2)
    quotes = (
        Quote(
            text=q1.text,
            start=q1.start,
            end=q1.end,
            kind=QuoteKind.DIRECT,
            open_mark=span(t, "“"),
            close_mark=span(t, "”"),
            language="en",
            paragraph=0,
            speaker=rao,
            cue=cue(t, "said", "say"),
            confidence=0.9,
            sieve="trailing_cue",
            rules=("trailing_cue", "pronoun_antecedent"),
        ),
        Quote(
            text=q2.text,
            start=q2.start,
            end=q2.end,
            kind=QuoteKind.DIRECT,
            open_mark=span(t, "“", 1),
            close_mark=span(t, "”", 1),
            language="en",
            paragraph=0,
            speaker=rao2,
            cue=None,
            confidence=0.7,
            sieve="continuation",
        ),
        Quote(
            text=q3.text,
            start=q3.start,
            end=q3.end,
            kind=QuoteKind.INDIRECT,
            language="en",
            paragraph=1,
            speaker=curran,
            cue=cue(t, "saying", "say"),
            confidence=0.6,
            sieve="indirect_that",
        ),
        Quote(
            text=q4.text,
            start=q4.start,
            end=q4.end,
            kind=QuoteKind.DIRECT,
            open_mark=span(t, "„"),
            close_mark=span(t, "“", 2),
            language="de",
            paragraph=2,
            speaker=altman,
            cue=cue(t, "sagte", "sagen"),
            confidence=0.95,
            sieve="trailing_cue",
        ),
    )
    speakers = (
        SpeakerEntity(id=0, name="Rao", kind="person", mentions=(span(t, "he"),), quotes=(0, 1)),
        SpeakerEntity(id=1, name="Curran", kind="person", mentions=(span(t, "Curran"),), quotes=(2,)),
        SpeakerEntity(id=2, name="Sam Altman", kind="person", mentions=(span(t, "Sam Altman"),), quotes=(3,)),
    )
    return ExtractionResult(
        id="seed-like", text=t, quotes=quotes, speakers=speakers, paragraph_languages=("en", "en", "de")
    )


HOSTILE = '<b>News</b> & more: “<script>alert("x")</script> & co,” said <i>Tom & Jerry</i>. Nobody said “unattributed”.'


def hostile() -> ExtractionResult:
    """Markup and ampersands in the text and in the speaker's name; one quote without a speaker."""
    t = HOSTILE
    q1 = span(t, '<script>alert("x")</script> & co,')
    q2 = span(t, "unattributed")
    quotes = (
        Quote(
            text=q1.text,
            start=q1.start,
            end=q1.end,
            kind=QuoteKind.DIRECT,
            open_mark=span(t, "“"),
            close_mark=span(t, "”"),
            paragraph=0,
            speaker=Speaker(name="Tom & Jerry <script>", mention=span(t, "Tom & Jerry"), mention_kind=MentionKind.NAME),
            cue=cue(t, "said", "say<x>"),
            confidence=0.8,
            sieve="trailing_<cue>",
            flags=(QuoteFlag.STRAIGHT_MARKS,),
        ),
        Quote(
            text=q2.text,
            start=q2.start,
            end=q2.end,
            kind=QuoteKind.DIRECT,
            open_mark=span(t, "“", 1),
            close_mark=span(t, "”", 1),
            paragraph=0,
            confidence=0.0,
        ),
    )
    return ExtractionResult(id="<doc&1>", text=t, quotes=quotes)


def overlapping() -> ExtractionResult:
    """Spans that cross: a speaker mention inside a mixed quote, and two quotes that overlap partly."""
    t = "Smith called it “a plan by Jones for everyone” and Jones agreed."
    outer = span(t, "called it “a plan by Jones for everyone”")
    inner = span(t, "a plan by Jones for everyone")
    crossing = span(t, "for everyone” and Jones")
    quotes = (
        Quote(
            text=outer.text,
            start=outer.start,
            end=outer.end,
            kind=QuoteKind.MIXED,
            paragraph=0,
            speaker=Speaker(name="Smith", mention=span(t, "Smith"), mention_kind=MentionKind.NAME),
            cue=cue(t, "called", "call"),
            confidence=0.5,
            nested=(inner,),
        ),
        Quote(
            text=inner.text,
            start=inner.start,
            end=inner.end,
            kind=QuoteKind.DIRECT,
            paragraph=0,
            speaker=Speaker(name="Jones", mention=span(t, "Jones"), mention_kind=MentionKind.NAME),
            confidence=0.4,
        ),
        Quote(
            text=crossing.text,
            start=crossing.start,
            end=crossing.end,
            kind=QuoteKind.INDIRECT,
            paragraph=0,
            speaker=Speaker(name="Jones", mention=span(t, "Jones", 1), mention_kind=MentionKind.NAME),
            cue=cue(t, "agreed", "agree"),
            confidence=0.3,
        ),
    )
    return ExtractionResult(id="overlap", text=t, quotes=quotes)


def failed() -> ExtractionResult:
    """A document whose processing failed."""
    return ExtractionResult(id="broken", text="", error="RuntimeError: parser crashed <boom>")


GERMAN_KINDS = (
    "„Die Schuldenbremse gilt“, fügte Keller hinzu. Berger sagte, die Reform sei solide finanziert. "
    "Keller nannte das „ein Wahlgeschenk auf Pump“."
)


def german_kinds() -> ExtractionResult:
    """One quote of each kind in German: direct with a separated particle verb, indirect, mixed."""
    t = GERMAN_KINDS
    keller = Speaker(name="Keller", mention=span(t, "Keller"), mention_kind=MentionKind.NAME, entity=0)
    keller2 = Speaker(name="Keller", mention=span(t, "Keller", 1), mention_kind=MentionKind.NAME, entity=0)
    berger = Speaker(name="Berger", mention=span(t, "Berger"), mention_kind=MentionKind.NAME, entity=1)
    q1 = span(t, "Die Schuldenbremse gilt")
    q2 = span(t, "die Reform sei solide finanziert.")
    q3 = span(t, "das „ein Wahlgeschenk auf Pump“")
    fuegte = cue(t, "fügte", "hinzufügen")
    quotes = (
        Quote(
            text=q1.text,
            start=q1.start,
            end=q1.end,
            kind=QuoteKind.DIRECT,
            open_mark=span(t, "„"),
            close_mark=span(t, "“"),
            language="de",
            paragraph=0,
            speaker=keller,
            cue=fuegte.model_copy(update={"particle": span(t, "hinzu")}),
            confidence=0.9,
            sieve="trailing_cue",
        ),
        Quote(
            text=q2.text,
            start=q2.start,
            end=q2.end,
            kind=QuoteKind.INDIRECT,
            language="de",
            paragraph=0,
            speaker=berger,
            cue=cue(t, "sagte", "sagen"),
            confidence=0.8,
            sieve="indirect_konjunktiv",
        ),
        Quote(
            text=q3.text,
            start=q3.start,
            end=q3.end,
            kind=QuoteKind.MIXED,
            open_mark=span(t, "„", 1),
            close_mark=span(t, "“", 1),
            language="de",
            paragraph=0,
            speaker=keller2,
            cue=cue(t, "nannte", "nennen"),
            confidence=0.7,
            sieve="indirect_as",
        ),
    )
    speakers = (
        SpeakerEntity(id=0, name="Keller", kind="person", mentions=(keller.mention, keller2.mention), quotes=(0, 2)),
        SpeakerEntity(id=1, name="Berger", kind="person", mentions=(berger.mention,), quotes=(1,)),
    )
    return ExtractionResult(id="kinds", text=t, quotes=quotes, speakers=speakers, paragraph_languages=("de",))
