"""The one module that imports Stanza: lazily built, cached pipelines per language, and model downloads.

Stanza is imported inside the functions that need it, so ``import quotekit`` stays cheap and the stanza-free
stages (scanner, language, selection) can run and be tested without it.

Where the models live, in order: an explicit ``models_dir``, ``STANZA_RESOURCES_DIR``, Stanza's default
directory. Whether a missing model may be downloaded: an explicit ``offline`` flag, ``QUOTEKIT_OFFLINE`` (``1``,
``true`` or ``yes``), else yes — like Stanza itself. Pipelines are always built with ``download_method=None`` so
loading a model that is on disk never touches the network.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotekit.errors import ModelNotFoundError
from quotekit.lang import LANGUAGES, check_lang

__all__ = ["LANGUAGES", "PROCESSORS", "Pipelines", "default_models_dir", "download_models", "offline_from_env"]

logger = logging.getLogger(__name__)

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"

_TRUTHY = frozenset({"1", "true", "yes", "on"})


def default_models_dir() -> Path:
    """``STANZA_RESOURCES_DIR`` if set, else Stanza's own default resources directory."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    # Stanza reads the variable at import time only; reading it here lets a caller set it later.
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR).expanduser()


def offline_from_env() -> bool:
    """True when ``QUOTEKIT_OFFLINE`` is ``1``, ``true``, ``yes`` or ``on`` (any case)."""
    return os.environ.get("QUOTEKIT_OFFLINE", "").strip().lower() in _TRUTHY


def download_models(langs: Sequence[str], models_dir: str | Path | None = None) -> None:
    """Download Stanza's official models for ``langs`` into ``models_dir`` (what ``quotekit download`` runs).

    Progress is shown through Stanza's own logging at INFO level. A failed download raises
    :class:`~quotekit.errors.ModelNotFoundError` naming the language and directory.
    """
    directory = Path(models_dir).expanduser() if models_dir is not None else default_models_dir()
    for lang in langs:
        _download(check_lang(lang), directory)


def _download(lang: str, directory: Path) -> None:
    import stanza

    logger.info("downloading Stanza models for %r into %s", lang, directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        stanza.download(lang, model_dir=str(directory), processors=PROCESSORS, logging_level="INFO")
    # Network errors surface as requests' exceptions (OSError subclasses), a broken zip or JSON as ValueError
    # and friends; all of them mean the same to the caller: the models are still not there.
    except Exception as exc:
        raise ModelNotFoundError(lang, str(directory), f"download failed: {type(exc).__name__}: {exc}") from exc


def _models_present(lang: str, directory: Path) -> bool:
    """Cheap check before Stanza tries to load: is there a resources.json that knows ``lang`` and a model folder?"""
    return (directory / "resources.json").is_file() and (directory / lang).is_dir()


class Pipelines:
    """One lazily created, cached ``stanza.Pipeline`` per language.

    Constructing this object loads nothing; :meth:`get` builds a pipeline on first use. Safe to share between
    threads (a lock guards creation; Stanza's forward passes are not reentrant-safe across threads, so callers
    that parse from several threads should give each thread its own :class:`Pipelines`).

    Args:
        models_dir: where the models live; default ``STANZA_RESOURCES_DIR`` or Stanza's default directory.
        offline: never download; default ``QUOTEKIT_OFFLINE`` in ``{1, true, yes, on}``, else False.
    """

    def __init__(self, models_dir: str | Path | None = None, offline: bool | None = None) -> None:
        self.models_dir: Path = Path(models_dir).expanduser() if models_dir is not None else default_models_dir()
        self.offline: bool = offline if offline is not None else offline_from_env()
        self._pipelines: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Pipelines(models_dir={str(self.models_dir)!r}, offline={self.offline}, loaded={self.loaded()})"

    def __getstate__(self) -> dict[str, Any]:
        # Sent to another process (Dask, multiprocessing) the settings travel, the loaded models do not: each
        # worker loads its own pipelines on first use instead of unpickling hundreds of MB of tensors.
        return {"models_dir": self.models_dir, "offline": self.offline}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["models_dir"], state["offline"])  # type: ignore[misc]

    def loaded(self) -> tuple[str, ...]:
        """Languages whose pipeline is built, in load order."""
        return tuple(self._pipelines)

    def get(self, lang: str) -> Any:
        """The ``stanza.Pipeline`` for ``lang``, built (and, unless offline, downloaded) on first use.

        Raises:
            UnsupportedLanguageError: ``lang`` is not ``en`` or ``de``.
            ModelNotFoundError: the models are missing and may not, or could not, be downloaded.
        """
        check_lang(lang)
        pipe = self._pipelines.get(lang)
        if pipe is not None:
            return pipe
        with self._lock:
            pipe = self._pipelines.get(lang)
            if pipe is None:
                pipe = self._build(lang)
                self._pipelines[lang] = pipe
        return pipe

    def _build(self, lang: str) -> Any:
        directory = self.models_dir
        if not _models_present(lang, directory):
            if self.offline:
                raise ModelNotFoundError(lang, str(directory), "offline: downloads are switched off")
            _download(lang, directory)
        try:
            return self._load(lang, directory)
        # LanguageNotDownloadedError and ResourcesFileNotFoundError are FileNotFoundErrors: a folder that exists
        # but lacks one processor's file. Downloading fills in exactly what is missing.
        except FileNotFoundError as exc:
            if self.offline:
                raise ModelNotFoundError(lang, str(directory), f"offline: {exc}") from exc
            _download(lang, directory)
            try:
                return self._load(lang, directory)
            except FileNotFoundError as exc2:
                raise ModelNotFoundError(lang, str(directory), str(exc2)) from exc2

    @staticmethod
    def _load(lang: str, directory: Path) -> Any:
        import stanza

        logger.info("loading Stanza pipeline %r from %s", lang, directory)
        return stanza.Pipeline(
            lang,
            dir=str(directory),
            processors=PROCESSORS,
            download_method=None,
            logging_level="WARN",
        )

    def parse(self, lang: str, texts: Sequence[str]) -> list[Any]:
        """Parse many texts in one call; returns one ``stanza.Document`` per text, in order.

        The texts go to Stanza as a list of Documents so every processor batches across them (many short
        chunks cost about as much as one long text). Empty or blank texts give an empty Document without a
        trip through the models. Character offsets in each Document are relative to its own text.
        """
        from stanza import Document

        docs: list[Any] = [Document([], text=t) for t in texts]
        todo = [d for d, t in zip(docs, texts, strict=True) if t.strip()]
        if todo:
            self.get(lang).bulk_process(todo)
        return docs
