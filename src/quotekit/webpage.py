"""HTML articles in: the main text of a news page (boilerplate removed, paragraphs kept) and its metadata.

The page is reduced with `trafilatura <https://trafilatura.readthedocs.io/>`_, the field's standard main-text
extractor, which drops navigation, scripts, related-article boxes and reader comments and keeps one paragraph per
line. quotekit then runs on that text: every offset of the result refers to ``result.text`` (the extracted
article), never to the HTML. trafilatura is an optional dependency: ``pip install 'quotekit-nlp[html]'``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quotekit.errors import InvalidInputError, MissingDependencyError
from quotekit.models import DocumentMetadata, ExtractionResult

__all__ = ["WebPage", "extract_html", "html_to_text", "require_trafilatura"]

_INSTALL = "pip install 'quotekit-nlp[html]'"


def require_trafilatura() -> Any:
    """The ``trafilatura`` module.

    Raises:
        MissingDependencyError: the ``html`` extra is not installed (the message gives the command).
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingDependencyError(
            f"HTML input needs trafilatura, which is not installed ({exc}). Install the html extra: {_INSTALL}"
        ) from exc
    return trafilatura


@dataclass(frozen=True, slots=True)
class WebPage:
    """The article of an HTML page: its text (paragraphs separated by line breaks) and what the page says of it."""

    text: str
    metadata: DocumentMetadata


def _field(doc: Any, name: str) -> str | None:
    # trafilatura 2 returns a Document object, 1.x a dict; read either.
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def html_to_text(html: str | bytes, *, url: str | None = None) -> WebPage:
    """The main text and metadata of an HTML page.

    Args:
        html: the page, as text or as bytes (the encoding is then detected from the page).
        url: where the page came from; helps trafilatura with site-specific rules and is kept in the metadata.

    Raises:
        MissingDependencyError: trafilatura is not installed.
        InvalidInputError: ``html`` is not str or bytes, or the page holds no article text.
    """
    if not isinstance(html, (str, bytes)):
        raise InvalidInputError(f"extract_html() takes the page as str or bytes, not {type(html).__name__}")
    trafilatura = require_trafilatura()
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,  # reader comments are not the article, and their "quotes" are no reporting
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,  # <em>, <b> become plain text, so a quote split by them stays one span
        with_metadata=True,
    )
    text = _field(doc, "text") if doc is not None else None
    if text is None:
        raise InvalidInputError("no article text found in the HTML page")
    metadata = DocumentMetadata(
        url=url or _field(doc, "url"),
        title=_field(doc, "title"),
        author=_field(doc, "author"),
        date=_field(doc, "date"),
        sitename=_field(doc, "sitename"),
    )
    return WebPage(text=text, metadata=metadata)


def extract_html(
    html: str | bytes, url: str | None = None, *, doc_id: str | None = None, lang: str = "auto", **settings: Any
) -> ExtractionResult:
    """Extract the quotes of a news page: boilerplate removed, then :func:`quotekit.extract` on the article text.

    The result's ``text`` is the extracted article (all offsets refer to it) and its ``metadata`` holds the
    title, date, author, site name and URL that the page gives. ``settings`` are :class:`~quotekit.Extractor`
    arguments; the extractor is cached like :func:`quotekit.extract`'s.

    >>> result = quotekit.extract_html(page, url="https://example.org/a")  # doctest: +SKIP
    >>> result.metadata.title, result.quotes[0].speaker.name  # doctest: +SKIP
    ('Regierung plant Steuerreform', 'Klaus Berger')

    Raises:
        MissingDependencyError: trafilatura is not installed (``pip install 'quotekit-nlp[html]'``).
        InvalidInputError: the page holds no article text.
    """
    from quotekit.extractor import cached_extractor

    page = html_to_text(html, url=url)
    result = cached_extractor(lang=lang, **settings).extract(page.text, doc_id=doc_id)
    return result.model_copy(update={"metadata": page.metadata})
