"""What a document looks like on its way in: the forms :meth:`Extractor.pipe` accepts and a text every later
stage (and every writer) can handle.

* :func:`as_record` reads one ``pipe()`` item: a text, a ``(text, id)`` pair or a ``{"id", "text"}`` mapping.
* :func:`normalize_text` makes a text encodable: a lone surrogate (``\\ud800``, which JSON can carry and
  ``json.loads`` lets through, but no UTF-8 writer accepts) becomes U+FFFD, one code point for one, so every
  offset into the caller's text is still right; the result records what was replaced in its ``warnings``.
  A text with NUL characters is binary data read as text, and is refused (:class:`InvalidInputError`) rather
  than turned into garbage "quotes".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import regex

from quotekit.errors import InvalidInputError
from quotekit.models import ExtractionResult

__all__ = ["DocumentInput", "as_record", "check_documents", "normalize_id", "normalize_text", "with_notes"]

DocumentInput = str | tuple[str, str] | Mapping[str, Any]
"""What :meth:`Extractor.pipe` accepts per document: a text, a ``(text, id)`` pair or a ``{"id", "text"}`` dict."""

# U+D800..U+DFFF can only stand in a Python str alone (a "lone surrogate"); UTF-8 cannot encode them.
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def as_record(item: DocumentInput) -> tuple[str | None, Any]:
    """(id, text) of one pipe() input; the text is validated later so a bad item only fails itself."""
    if isinstance(item, str):
        return None, item
    if isinstance(item, tuple) and len(item) == 2:
        return (None if item[1] is None else normalize_id(str(item[1]))), item[0]
    if isinstance(item, Mapping):
        doc_id = item.get("id")
        return (None if doc_id is None else normalize_id(str(doc_id))), item.get("text")
    return None, item


def check_documents(docs: Any) -> None:
    """Refuse what cannot be a collection of documents before anything is read from it.

    Raises:
        InvalidInputError: ``docs`` is a single text (a ``str`` would otherwise be read as one document per
            character) or bytes, or not iterable at all.
    """
    if isinstance(docs, (str, bytes, bytearray)):
        raise InvalidInputError(
            f"pipe() takes an iterable of documents, not a single {type(docs).__name__}; "
            "use extract(text) for one text, or pipe([text])"
        )
    if not isinstance(docs, Iterable):
        raise InvalidInputError(f"pipe() takes an iterable of documents, not {type(docs).__name__}")


def normalize_id(doc_id: str) -> str:
    """The id with lone surrogates replaced by U+FFFD, so it can be written out."""
    return str(_SURROGATE.sub(REPLACEMENT, doc_id))


def normalize_text(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` made safe to process and write, and a note per repair; same length, same offsets.

    >>> normalize_text("ok \\ud800 ok")
    ('ok \\ufffd ok', ('replaced 1 lone surrogate code point(s) with U+FFFD (first at offset 3)',))

    Raises:
        InvalidInputError: the text holds NUL characters, i.e. it is binary data (a PDF, an image, UTF-16 read
            as UTF-8), not text.
    """
    if "\x00" in text:
        raise InvalidInputError(
            f"the text holds {text.count(chr(0))} NUL character(s) (first at offset {text.index(chr(0))}): "
            "it looks like binary data, not text; extract the text first (or decode it with the right encoding)"
        )
    first = _SURROGATE.search(text)
    if first is None:
        return text, ()
    fixed, n = _SURROGATE.subn(REPLACEMENT, text)
    return fixed, (f"replaced {n} lone surrogate code point(s) with U+FFFD (first at offset {first.start()})",)


def with_notes(result: ExtractionResult, warnings: Iterable[str] = (), skipped: Iterable[int] = ()) -> ExtractionResult:
    """``result`` with input warnings and skipped paragraphs added (the models are frozen: a copy)."""
    warnings, skipped = tuple(warnings), tuple(skipped)
    if not warnings and not skipped:
        return result
    return result.model_copy(
        update={"warnings": result.warnings + warnings, "skipped_paragraphs": result.skipped_paragraphs + skipped}
    )
