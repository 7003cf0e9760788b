"""Language profiles, one module per language as in spaCy's ``lang/<code>/``, and the registry built from them.

:data:`PROFILES` is the one list of supported languages: :data:`LANGUAGES`, the CLI's choices and the error
messages derive from it; :data:`Language` names the same codes for type checkers (a test keeps them equal).
"""

from __future__ import annotations

from typing import Literal

from quotekit.errors import UnsupportedLanguageError
from quotekit.lang import de, en
from quotekit.lang.profile import LanguageProfile

__all__ = ["LANGUAGES", "PROFILES", "Language", "LanguageProfile", "check_lang", "profile"]

PROFILES: dict[str, LanguageProfile] = {p.code: p for p in (en.PROFILE, de.PROFILE)}
"""Every supported language by code, in preference order (the first is the fallback of detection)."""

LANGUAGES: tuple[Language, ...] = tuple(PROFILES)  # type: ignore[arg-type]  # the same codes, see Language

Language = Literal["en", "de"]
"""The codes of :data:`PROFILES`, spelled out for type checkers."""


def check_lang(lang: str) -> Language:
    """``lang`` if quotekit supports it.

    Raises:
        UnsupportedLanguageError: naming the language and the supported ones.
    """
    if lang not in PROFILES:
        raise UnsupportedLanguageError(
            f"language {lang!r} is not supported; quotekit handles {', '.join(LANGUAGES)} (or lang='auto')"
        )
    return lang  # type: ignore[return-value]  # checked against the registry just above


def profile(lang: str) -> LanguageProfile:
    """The profile of ``lang``; raises :class:`UnsupportedLanguageError` for any other code."""
    return PROFILES[check_lang(lang)]
