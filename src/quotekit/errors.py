"""quotekit's exceptions. Each message says what went wrong and how to fix it."""

from __future__ import annotations

__all__ = [
    "InvalidInputError",
    "MissingDependencyError",
    "ModelLoadError",
    "ModelNotFoundError",
    "QuotekitError",
    "UnsupportedLanguageError",
]


class QuotekitError(Exception):
    """Base class of every error quotekit raises on purpose."""


class InvalidInputError(QuotekitError, ValueError):
    """The caller passed something quotekit cannot read (wrong type, missing file, bad JSON line)."""


class UnsupportedLanguageError(QuotekitError, ValueError):
    """A language other than English (``en``) or German (``de``) was asked for."""


class MissingDependencyError(QuotekitError, ImportError):
    """An optional dependency (pandas, dask, tqdm) is needed for this call."""


class ModelNotFoundError(QuotekitError):
    """The Stanza models for a language are not on disk and may not (or could not) be downloaded."""

    def __init__(self, lang: str, directory: str, reason: str = "") -> None:
        self.lang = lang
        self.directory = directory
        fix = (
            f"quotekit download {lang} --models {directory!s}"
            f"   (or: python -c \"import stanza; stanza.download('{lang}', dir='{directory}')\")"
        )
        msg = (
            f"Stanza models for language '{lang}' were not found in {directory}"
            + (f" ({reason})" if reason else "")
            + f".\nFix: run  {fix}\n"
            "or point STANZA_RESOURCES_DIR (or Extractor(models_dir=...)) at a directory that holds them."
        )
        super().__init__(msg)


class ModelLoadError(ModelNotFoundError):
    """A model file is on disk but cannot be loaded (truncated, corrupt, or a broken ``resources.json``).

    A subclass of :class:`ModelNotFoundError` because the remedy is the same (get the models again) and every
    caller that stops on missing models must stop on broken ones too.
    """

    def __init__(self, lang: str, directory: str, path: str, reason: str) -> None:
        self.lang = lang
        self.directory = directory
        self.path = path
        msg = (
            f"the Stanza model file {path} (language '{lang}') could not be loaded: {reason}.\n"
            f"It is probably truncated or corrupt. Fix: download the models again with"
            f"  quotekit download {lang} --models {directory!s}\n"
            "or copy the model directory again from where it came from."
        )
        Exception.__init__(self, msg)
