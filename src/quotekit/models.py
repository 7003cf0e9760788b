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
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Cue",
    "DocumentMetadata",
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


def _short(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis: reprs never dump a whole article."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1]
    space = cut.rfind(" ")
    # End on a whole word when one ends near the cut: 'They need to maintain that…', not '… that fi…'.
    return (cut[:space] if space >= width - 12 else cut).rstrip() + "…"


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
    """The opening mark was never closed; the span ends at the end of its paragraph, or before a tag that follows
    the quotation's own ``!``, ``?`` or ``…`` inside it (``»Schießen Sie nicht! rief Freund Brétignot``)."""
    UNOPENED = "unopened"
    """A closing mark with no opening one; the span starts at the start of its paragraph."""
    MULTI_PARAGRAPH = "multi_paragraph"
    """The quotation continues over paragraph breaks (each paragraph reopens it)."""
    HAS_NESTED = "has_nested"
    """The quotation contains a quotation of its own (see :attr:`Quote.nested`)."""
    STRAIGHT_MARKS = "straight_marks"
    """Paired from typewriter marks (``"`` or ``'``), whose direction is a guess from context."""
    PARSE_SPLIT = "parse_split"
    """The quote lies in a sentence too long for the parser, which was parsed in pieces (attribution may suffer)."""


class Span(_Frozen):
    """A stretch of the original text."""

    start: int = Field(ge=0, description="Offset of the first character (0-based).")
    end: int = Field(ge=0, description="Offset after the last character (end exclusive).")
    text: str = Field(description="The text between start and end, as written.")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.start}:{self.end} {_short(self.text, 40)!r}>"

    def __str__(self) -> str:
        return repr(self)

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
    particle: Span | None = Field(
        default=None,
        description="The separated particle of a German particle verb (``hinzu`` in ``fügte … hinzu``), if any.",
    )

    @property
    def words(self) -> str:
        """The cue as a reader sees it: ``fügte … hinzu`` for a separated particle verb, else its text."""
        return self.text + (f" … {self.particle.text}" if self.particle is not None else "")

    def __repr__(self) -> str:
        particle = f" … {self.particle.text}" if self.particle is not None else ""
        return f"<Cue {self.text!r}{particle} ({self.lemma}) {self.start}:{self.end}>"


class Speaker(_Frozen):
    """Who said a quote: the mention as written and, where resolved, the person or organisation."""

    name: str = Field(description="Display name: the resolved full name where known, else the mention as written.")
    mention: Span = Field(description="The mention in the text as written (a name, a pronoun, a noun phrase).")
    mention_kind: MentionKind = Field(description="What kind of expression the mention is.")
    antecedent: Span | None = Field(
        default=None, description="For a pronoun or short form: the earlier mention it was resolved to."
    )
    entity: int | None = Field(
        default=None,
        description="Index of this speaker in ExtractionResult.speakers (an unresolved pronoun has its own, "
        "marked ``resolved=False``).",
    )
    title: str | None = Field(default=None, description="Title kept apart from the name (``Dr.``, ``Präsident``).")
    role: str | None = Field(
        default=None, description="Role or affiliation the text gives (``an analyst at Forrester``)."
    )

    def __repr__(self) -> str:
        mention = f" as {self.mention.text!r}" if self.mention.text != self.name else ""
        return f"<Speaker {self.name!r}{mention} ({self.mention_kind.value})>"

    def __str__(self) -> str:
        return repr(self)


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
    addressee: Span | None = Field(
        default=None,
        description="Who the quote is spoken to, as the text names them: a name addressed inside it "
        "(``Look, Anne, …``) or the hearer of its speech verb (``told Anne``, ``sagte zu ihm``); None when not shown.",
    )
    within: int | None = Field(
        default=None,
        ge=0,
        description="Index in ExtractionResult.quotes of the quotation this statement lies in: speech a character "
        "reports inside their own quoted words (``er komme morgen`` in a quoted ``Er sagte mir, er komme morgen.``), "
        "with the inner speaker; "
        "None for a statement of the narration or the text. Found with ``Extractor(embedded=True)``.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Quote:
        if self.end < self.start or len(self.text) != self.end - self.start:
            raise ValueError("quote text does not match its offsets")
        return self

    def __repr__(self) -> str:
        # <Quote direct 'Wir werden nichts …' — Altman (sagte)>
        who = self.speaker.name if self.speaker is not None else "no speaker"
        cue = f" ({self.cue.words})" if self.cue is not None else ""
        return f"<Quote {self.kind.value} {_short(self.text, 30)!r} — {who}{cue}>"

    def __str__(self) -> str:
        return repr(self)


class SpeakerEntity(_Frozen):
    """A person or organisation that speaks in the document, with all its quotes."""

    id: int = Field(ge=0, description="Index in ExtractionResult.speakers.")
    name: str = Field(description="Canonical (longest) name the document uses.")
    kind: Literal["person", "organisation", "anonymous"] = Field(description="What the speaker is.")
    mentions: tuple[Span, ...] = Field(description="Every mention of the speaker that attributes a quote.")
    quotes: tuple[int, ...] = Field(description="Indices into ExtractionResult.quotes.")
    title: str | None = Field(default=None, description="Title, if the text gives one.")
    role: str | None = Field(default=None, description="Role or affiliation, if the text gives one.")
    resolved: bool = Field(
        default=True,
        description="False for a pronoun nobody in the text fits (``sie``, ``he``): the name is the pronoun as "
        "written, and each such pronoun is its own speaker.",
    )

    def __repr__(self) -> str:
        n = len(self.quotes)
        unresolved = " unresolved" if not self.resolved else ""
        return f"<SpeakerEntity {self.id} {self.kind}{unresolved} {self.name!r}, {n} quote{'s' if n != 1 else ''}>"

    def __str__(self) -> str:
        return repr(self)


class DocumentMetadata(_Frozen):
    """What the source says about the document (filled from an HTML page's metadata by ``extract_html``)."""

    url: str | None = Field(default=None, description="Where the page came from, if known.")
    title: str | None = Field(default=None, description="The article's title.")
    author: str | None = Field(default=None, description="The author(s), as the page gives them.")
    date: str | None = Field(default=None, description="Publication date, ISO 8601 (``2024-03-07``).")
    sitename: str | None = Field(default=None, description="The publisher or site name.")

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self.model_dump().items() if v is not None)
        return f"<DocumentMetadata {fields}>"


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
        default=(), description="Language decided for each paragraph (None: neither English nor German, skipped)."
    )
    error: str | None = Field(
        default=None, description="Why this document could not be processed (batch runs keep going)."
    )
    metadata: DocumentMetadata | None = Field(
        default=None, description="Title, date, URL… of the source (set for HTML input; None for plain text)."
    )
    skipped_paragraphs: tuple[int, ...] = Field(
        default=(), description="Paragraphs not searched for quotes because they are in an unsupported language."
    )
    warnings: tuple[str, ...] = Field(
        default=(), description="Problems with the input that were repaired (the text holds the repaired form)."
    )

    @model_validator(mode="after")
    def _offsets_hold(self) -> ExtractionResult:
        for q in self.quotes:
            _check_span(self.text, q, "quote")
            particle = q.cue.particle if q.cue is not None else None
            for m in (q.open_mark, q.close_mark, q.cue, particle, q.addressee, *q.nested):
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

    def __repr__(self) -> str:
        # <ExtractionResult 'seed' 17 quotes, 3 speakers, de+en>
        n, k = len(self.quotes), len(self.speakers)
        langs = "+".join(sorted({lang for lang in self.paragraph_languages if lang is not None})) or "no language"
        ident = f"{self.id!r} " if self.id is not None else ""
        failed = f" FAILED: {_short(self.error, 60)}" if self.error is not None else ""
        return (
            f"<ExtractionResult {ident}{n} quote{'s' if n != 1 else ''}, {k} speaker{'s' if k != 1 else ''}, "
            f"{langs}{failed}>"
        )

    def __str__(self) -> str:
        return self.summary()

    def summary(self, *, width: int = 100) -> str:
        """A plain-text table: a heading, then one line per quote (``#, kind, speaker, cue, confidence, quote``).

        ``print(result)`` shows the same.
        """
        from quotekit.output import format_table

        return format_table(self, width=width).rstrip("\n")

    def to_html(self, path: str | Path | None = None) -> str:
        """This result as a standalone HTML page (the notebook view with a legend); written to ``path`` if given."""
        from quotekit.render import render_page

        page = render_page([self])
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def by_speaker(self, name: str) -> tuple[Quote, ...]:
        """All quotes whose speaker is ``name`` (case-insensitive; titles such as ``Mr.`` or ``Ministerin`` in
        ``name`` are ignored).

        A part of a name finds every speaker who bears it (``Smith`` finds Jane and John Smith, ``Jane`` finds
        Jane Smith); a fuller name finds only that person (``John Smith`` does not find Jane Smith's quotes), and
        a speaker the text names by surname alone when no fuller name was resolved (``Smith``).
        """
        wanted = _name_tokens(name)
        if not wanted:
            return ()
        out = []
        for q in self.quotes:
            if q.speaker is None:
                continue
            # The fullest name known for the speaker decides: a later ``Smith`` resolved to Jane Smith is hers.
            full = q.speaker.name
            if q.speaker.entity is not None and q.speaker.entity < len(self.speakers):
                full = self.speakers[q.speaker.entity].name
            have = _name_tokens(full)
            if set(wanted) <= set(have) or (len(have) == 1 and have == wanted[-1:]):
                out.append(q)
        return tuple(out)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per quote with the columns of :data:`RECORD_COLUMNS`: the one record shape that the
        CSV output and :meth:`to_dataframe` share (and the evaluation format is derived from)."""
        return [quote_row(q, index=i, doc_id=self.id, speakers=self.speakers) for i, q in enumerate(self.quotes)]

    def to_dataframe(self) -> Any:
        """The records as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from quotekit.errors import MissingDependencyError

            raise MissingDependencyError("to_dataframe() needs pandas: pip install 'quotekit-nlp[pandas]'") from exc
        return pd.DataFrame.from_records(self.to_records(), columns=list(RECORD_COLUMNS))

    def _repr_html_(self) -> str:
        from quotekit.render import render_html

        return render_html(self)


RECORD_COLUMNS = (
    "doc_id", "index", "start", "end", "text", "kind", "language", "paragraph",
    "speaker", "speaker_id", "entity_kind", "speaker_mention", "speaker_start", "speaker_end", "mention_kind",
    "cue", "cue_lemma", "confidence", "sieve", "flags",
)  # fmt: skip
"""Columns of :meth:`ExtractionResult.to_records`, the CSV output and the DataFrame. ``speaker`` is the resolved
name, ``speaker_id`` its index in ``result.speakers`` and ``entity_kind`` what it is (person, organisation,
anonymous); ``speaker_mention``/``speaker_start``/``speaker_end`` and ``mention_kind`` (name, pronoun, nominal,
organisation) describe the words that attribute this quote."""


def quote_row(
    q: Quote, *, index: int = 0, doc_id: str | None = None, speakers: tuple[SpeakerEntity, ...] = ()
) -> dict[str, Any]:
    """One quote as a flat record with :data:`RECORD_COLUMNS` (``speakers`` gives the entity columns)."""
    sp = q.speaker
    entity = speakers[sp.entity] if sp is not None and sp.entity is not None and sp.entity < len(speakers) else None
    return {
        "doc_id": doc_id,
        "index": index,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "kind": q.kind.value,
        "language": q.language,
        "paragraph": q.paragraph,
        "speaker": sp.name if sp else None,
        "speaker_id": entity.id if entity else None,
        "entity_kind": entity.kind if entity else None,
        "speaker_mention": sp.mention.text if sp else None,
        "speaker_start": sp.mention.start if sp else None,
        "speaker_end": sp.mention.end if sp else None,
        "mention_kind": sp.mention_kind.value if sp else None,
        "cue": q.cue.words if q.cue else None,
        "cue_lemma": q.cue.lemma if q.cue else None,
        "confidence": q.confidence,
        "sieve": q.sieve,
        "flags": ",".join(f.value for f in q.flags),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`ExtractionResult` (and so of every model inside it)."""
    return ExtractionResult.model_json_schema()


def json_schema_text() -> str:
    """:func:`json_schema` as indented JSON text."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True)


def _name_tokens(name: str) -> list[str]:
    """The words of a person's name, case-folded, without the titles before it."""
    # persons reads the title table of the attribution layer; imported here so that loading the models does not
    # load the attribution package
    from quotekit.attribution.persons import is_title

    return [w for w in name.casefold().split() if not is_title(w)]
