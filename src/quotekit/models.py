"""Typed results: what quotekit returns.

Every model is a frozen Pydantic v2 model with ``extra="forbid"``; field descriptions show up in the JSON
Schema (:func:`json_schema`). All offsets are character offsets into the original text, end exclusive, so
``text[x.start:x.end] == x.text`` holds for every span-like object the library returns; the
:class:`ExtractionResult` checks this once when it is built.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Cue",
    "ExtractionResult",
    "Language",
    "MentionKind",
    "Quote",
    "QuoteFlag",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerEntity",
    "json_schema",
]

from quotekit.lang import Language


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class QuoteKind(str, Enum):
    """How much of the reported speech stands inside quotation marks."""

    DIRECT = "direct"
    """The whole statement is inside quotation marks."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks (``X said that …``, ``sagte X, … gebe es …``)."""
    MIXED = "mixed"
    """A quoted fragment inside reported speech (``described it as „…“``)."""


class MentionKind(str, Enum):
    """What kind of expression names the speaker in the text."""

    NAME = "name"
    """A proper name (``Rao``, ``Sam Altman``)."""
    PRONOUN = "pronoun"
    """A personal pronoun (``he``, ``sie``)."""
    NOMINAL = "nominal"
    """A common noun phrase (``a spokeswoman for the ministry``, ``ein Sprecher``)."""
    ORGANISATION = "organisation"
    """An organisation (``the company``, ``Forrester``)."""


class QuoteFlag(str, Enum):
    """Irregularities worth knowing about; a flagged quote is still a result, never an exception."""

    UNCLOSED = "unclosed"
    """The opening mark was never closed; the span ends at the end of its paragraph."""
    UNOPENED = "unopened"
    """A closing mark with no opening one; the span starts at the start of its paragraph."""
    MULTI_PARAGRAPH = "multi_paragraph"
    """The quotation continues over paragraph breaks (each paragraph reopens it)."""
    HAS_NESTED = "has_nested"
    """The quotation contains a quotation of its own (see :attr:`Quote.nested`)."""
    STRAIGHT_MARKS = "straight_marks"
    """Paired from typewriter marks (``"`` or ``'``), whose direction is a guess from context."""


class Span(_Frozen):
    """A stretch of the original text."""

    start: int = Field(ge=0, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, description="Offset after the last character (end exclusive).")
    text: str = Field(description="The text between start and end, as written.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its offsets")
        return self


class Cue(Span):
    """The speech verb or phrase that introduces the quote (``said``, ``sagte … mit``, ``according to``)."""

    lemma: str = Field(description="Dictionary form; German particle verbs reassembled (``mitteilen``).")


class Speaker(_Frozen):
    """Who said a quote: the mention as written and, where resolved, the person or organisation."""

    name: str = Field(description="Display name: the resolved full name where known, else the mention as written.")
    mention: Span = Field(description="The mention in the text as written (a name, a pronoun, a noun phrase).")
    mention_kind: MentionKind = Field(description="What kind of expression the mention is.")
    antecedent: Span | None = Field(
        default=None, description="For a pronoun or short form: the earlier mention it was resolved to."
    )
    entity: int | None = Field(
        default=None, description="Index of this speaker in ExtractionResult.speakers, when resolved."
    )
    title: str | None = Field(default=None, description="Title kept apart from the name (``Dr.``, ``Präsident``).")
    role: str | None = Field(
        default=None, description="Role or affiliation the text gives (``an analyst at Forrester``)."
    )


class Quote(_Frozen):
    """One quotation or reported statement, with its speaker and how it was attributed."""

    text: str = Field(description="The quoted content, without the quotation marks.")
    start: int = Field(ge=0, description="Offset of the content's first character.")
    end: int = Field(ge=0, description="Offset after the content's last character.")
    kind: QuoteKind = Field(description="direct, indirect or mixed.")
    open_mark: Span | None = Field(default=None, description="The opening quotation mark, if any.")
    close_mark: Span | None = Field(default=None, description="The closing quotation mark, if any.")
    language: Language | None = Field(default=None, description="Language of the paragraph the quote starts in.")
    paragraph: int = Field(ge=0, description="Index of the paragraph the quote starts in.")
    speaker: Speaker | None = Field(default=None, description="Who said it; None when nobody is named.")
    cue: Cue | None = Field(default=None, description="The speech verb or phrase that attributes it.")
    confidence: float = Field(ge=0.0, le=1.0, description="How sure the attribution is (0 to 1).")
    sieve: str | None = Field(default=None, description="The attribution rule that decided the speaker.")
    rules: tuple[str, ...] = Field(
        default=(), description="Every rule that shaped the result, in order (attribution, then resolution)."
    )
    flags: tuple[QuoteFlag, ...] = Field(default=(), description="Irregularities of the marks or the span.")
    nested: tuple[Span, ...] = Field(default=(), description="Quotations inside this one (their content).")

    @model_validator(mode="after")
    def _consistent(self) -> Quote:
        if self.end < self.start or len(self.text) != self.end - self.start:
            raise ValueError("quote text does not match its offsets")
        return self


class SpeakerEntity(_Frozen):
    """A person or organisation that speaks in the document, with all its quotes."""

    id: int = Field(ge=0, description="Index in ExtractionResult.speakers.")
    name: str = Field(description="Canonical (longest) name the document uses.")
    kind: Literal["person", "organisation", "anonymous"] = Field(description="What the speaker is.")
    mentions: tuple[Span, ...] = Field(description="Every mention of the speaker that attributes a quote.")
    quotes: tuple[int, ...] = Field(description="Indices into ExtractionResult.quotes.")
    title: str | None = Field(default=None, description="Title, if the text gives one.")
    role: str | None = Field(default=None, description="Role or affiliation, if the text gives one.")


def _check_span(text: str, obj: Span | Quote, what: str) -> None:
    if obj.end > len(text) or text[obj.start : obj.end] != obj.text:
        raise ValueError(f"{what} at {obj.start}:{obj.end} does not match the document text")


class ExtractionResult(_Frozen):
    """Everything quotekit found in one document."""

    id: str | None = Field(default=None, description="The caller's document id, if given.")
    text: str = Field(description="The document text all offsets refer to.")
    quotes: tuple[Quote, ...] = Field(default=(), description="Quotes in text order.")
    speakers: tuple[SpeakerEntity, ...] = Field(default=(), description="Speakers with their quotes.")
    paragraph_languages: tuple[Language | None, ...] = Field(
        default=(), description="Language decided for each paragraph (None: no letters to judge)."
    )
    error: str | None = Field(
        default=None, description="Why this document could not be processed (batch runs keep going)."
    )

    @model_validator(mode="after")
    def _offsets_hold(self) -> ExtractionResult:
        for q in self.quotes:
            _check_span(self.text, q, "quote")
            for m in (q.open_mark, q.close_mark, q.cue, *q.nested):
                if m is not None:
                    _check_span(self.text, m, "span")
            if q.speaker is not None:
                _check_span(self.text, q.speaker.mention, "speaker mention")
        return self

    @property
    def ok(self) -> bool:
        """False when the document failed (see :attr:`error`)."""
        return self.error is None

    def __iter__(self) -> Iterator[Quote]:  # type: ignore[override]  # iterate quotes, not fields
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def by_speaker(self, name: str) -> tuple[Quote, ...]:
        """All quotes whose speaker's canonical name or mention matches ``name`` (case-insensitive;
        a surname matches the full name)."""
        wanted = name.casefold().split()
        out = []
        for q in self.quotes:
            if q.speaker is None:
                continue
            names = [q.speaker.name.casefold().split(), q.speaker.mention.text.casefold().split()]
            if q.speaker.entity is not None and q.speaker.entity < len(self.speakers):
                names.append(self.speakers[q.speaker.entity].name.casefold().split())
            if any(n and (n == wanted or n[-1:] == wanted[-1:] or set(wanted) <= set(n)) for n in names):
                out.append(q)
        return tuple(out)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per quote, ready for CSV or a DataFrame."""
        rows = []
        for i, q in enumerate(self.quotes):
            sp = q.speaker
            rows.append(
                {
                    "doc_id": self.id,
                    "index": i,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind.value,
                    "language": q.language,
                    "paragraph": q.paragraph,
                    "speaker": sp.name if sp else None,
                    "speaker_mention": sp.mention.text if sp else None,
                    "speaker_start": sp.mention.start if sp else None,
                    "speaker_end": sp.mention.end if sp else None,
                    "speaker_kind": sp.mention_kind.value if sp else None,
                    "cue": q.cue.text if q.cue else None,
                    "cue_lemma": q.cue.lemma if q.cue else None,
                    "confidence": q.confidence,
                    "sieve": q.sieve,
                    "flags": ",".join(f.value for f in q.flags),
                }
            )
        return rows

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from quotekit.errors import MissingDependencyError

            raise MissingDependencyError("to_dataframe() needs pandas: pip install 'quotekit[pandas]'") from exc
        return pd.DataFrame.from_records(self.to_records(), columns=list(RECORD_COLUMNS))

    def _repr_html_(self) -> str:
        from quotekit.render import render_html

        return render_html(self)


RECORD_COLUMNS = (
    "doc_id", "index", "start", "end", "text", "kind", "language", "paragraph", "speaker",
    "speaker_mention", "speaker_start", "speaker_end", "speaker_kind", "cue", "cue_lemma",
    "confidence", "sieve", "flags",
)  # fmt: skip


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`ExtractionResult` (and so of every model inside it)."""
    return ExtractionResult.model_json_schema()


def json_schema_text() -> str:
    """:func:`json_schema` as indented JSON text."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True)
