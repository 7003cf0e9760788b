"""quotekit: find quotations in English and German news text and say who said each one.

>>> import quotekit
>>> result = quotekit.extract("„Wir sind bereit“, sagte Rao.")  # doctest: +SKIP
>>> [(q.text, q.speaker.name) for q in result.quotes]  # doctest: +SKIP
[('Wir sind bereit', 'Rao')]
"""

from __future__ import annotations

import logging

from quotekit.errors import (
    InvalidInputError,
    MissingDependencyError,
    ModelNotFoundError,
    QuotekitError,
    UnsupportedLanguageError,
)
from quotekit.extractor import Extractor, extract
from quotekit.models import (
    Cue,
    DocumentMetadata,
    ExtractionResult,
    MentionKind,
    Quote,
    QuoteFlag,
    QuoteKind,
    Span,
    Speaker,
    SpeakerEntity,
    json_schema,
)
from quotekit.webpage import extract_html

__version__ = "0.1.0"

__all__ = [
    "Cue",
    "DocumentMetadata",
    "ExtractionResult",
    "Extractor",
    "InvalidInputError",
    "MentionKind",
    "MissingDependencyError",
    "ModelNotFoundError",
    "Quote",
    "QuoteFlag",
    "QuoteKind",
    "QuotekitError",
    "Span",
    "Speaker",
    "SpeakerEntity",
    "UnsupportedLanguageError",
    "__version__",
    "extract",
    "extract_html",
    "json_schema",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
