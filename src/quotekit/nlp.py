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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quotekit.errors import ModelLoadError, ModelNotFoundError
from quotekit.lang import LANGUAGES, check_lang
from quotekit.lexicon import title_abbreviations, words
from quotekit.parse_bounds import BoundedParse, parse_bounded
from quotekit.pretokenize import tokenize

__all__ = [
    "LANGUAGES",
    "PROCESSORS",
    "TOKENIZERS",
    "Pipelines",
    "default_models_dir",
    "download_models",
    "offline_from_env",
    "pretokenized_document",
    "resolve_models_dir",
]

logger = logging.getLogger(__name__)

PROCESSORS = "tokenize,mwt,pos,lemma,depparse"

_TRUTHY = frozenset({"1", "true", "yes", "on"})

TOKENIZERS = ("stanza", "quotekit")
"""Who splits the parsed text into sentences and tokens: Stanza's neural tokenizer (and MWT expander), or
quotekit's rules (:mod:`quotekit.pretokenize`), which skip a quarter of Stanza's work."""


def default_models_dir() -> Path:
    """``STANZA_RESOURCES_DIR`` if set, else Stanza's own default resources directory (absolute)."""
    return resolve_models_dir(None)[0]


def resolve_models_dir(models_dir: str | Path | None) -> tuple[Path, str]:
    """The models directory as an absolute path, and where the choice came from.

    In order: ``models_dir`` (source ``"argument"``), ``STANZA_RESOURCES_DIR`` (``"STANZA_RESOURCES_DIR"``),
    Stanza's default (``"Stanza default"``). A relative path is made absolute here, against the working
    directory of this moment: a notebook kernel or a worker that runs elsewhere later still finds the models,
    and an error message shows the directory that was actually searched.
    """
    if models_dir is not None:
        raw, source = Path(models_dir), "argument"
    elif os.environ.get("STANZA_RESOURCES_DIR"):
        # Stanza reads the variable at import time only; reading it here lets a caller set it later.
        raw, source = Path(os.environ["STANZA_RESOURCES_DIR"]), "STANZA_RESOURCES_DIR"
    else:
        from stanza.resources.common import DEFAULT_MODEL_DIR

        raw, source = Path(DEFAULT_MODEL_DIR), "Stanza default"
    return raw.expanduser().resolve(), source


def offline_from_env() -> bool:
    """True when ``QUOTEKIT_OFFLINE`` is ``1``, ``true``, ``yes`` or ``on`` (any case)."""
    return os.environ.get("QUOTEKIT_OFFLINE", "").strip().lower() in _TRUTHY


def stanza_as_shipped() -> bool:
    """True when ``QUOTEKIT_STANZA_AS_SHIPPED`` is truthy: leave Stanza's parser functions unreplaced (read when a
    pipeline loads; replacements already made in the process stay)."""
    return os.environ.get("QUOTEKIT_STANZA_AS_SHIPPED", "").strip().lower() in _TRUTHY


def download_models(langs: Sequence[str], models_dir: str | Path | None = None) -> None:
    """Download Stanza's official models for ``langs`` into ``models_dir`` (what ``quotekit download`` runs).

    Progress is shown through Stanza's own logging at INFO level. A failed download raises
    :class:`~quotekit.errors.ModelNotFoundError` naming the language and directory.
    """
    directory = resolve_models_dir(models_dir)[0]
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


def _broken_file(lang: str, directory: Path, exc: Exception) -> tuple[str, str]:
    """The model file that makes loading ``lang`` fail, and why; the directory itself when no file is to blame.

    Runs only after a failed load: ``resources.json`` is parsed, then every ``.pt`` file of the language is
    loaded on its own until one fails.
    """
    import json

    resources_json = directory / "resources.json"
    try:
        json.loads(resources_json.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return str(resources_json), f"{type(err).__name__}: {err}"
    import torch

    for path in sorted((directory / lang).rglob("*.pt")):
        try:
            torch.load(path, map_location="cpu", weights_only=False)
        except Exception as err:  # any failure to unpickle is the answer we are looking for
            return str(path), f"{type(err).__name__}: {err}"
    return str(directory / lang), f"{type(exc).__name__}: {exc}"


class Pipelines:
    """One lazily created, cached ``stanza.Pipeline`` per language.

    Constructing this object loads nothing; :meth:`get` builds a pipeline on first use. Safe to share between
    threads (a lock guards creation; Stanza's forward passes are not reentrant-safe across threads, so callers
    that parse from several threads should give each thread its own :class:`Pipelines`).

    Args:
        models_dir: where the models live; default ``STANZA_RESOURCES_DIR`` or Stanza's default directory.
        offline: never download; default ``QUOTEKIT_OFFLINE`` in ``{1, true, yes, on}``, else False.
        tokenizer: ``"stanza"`` (Stanza's tokenizer) or ``"quotekit"`` (:mod:`quotekit.pretokenize`).
        threads: torch's intra-op threads while parsing (a setting of the whole process); None leaves torch's
            own default, one per core.
    """

    def __init__(
        self,
        models_dir: str | Path | None = None,
        offline: bool | None = None,
        *,
        tokenizer: str = "stanza",
        threads: int | None = None,
    ) -> None:
        if tokenizer not in TOKENIZERS:
            raise ValueError(f"tokenizer must be one of {', '.join(TOKENIZERS)}, not {tokenizer!r}")
        if threads is not None and threads < 1:
            raise ValueError(f"threads must be at least 1, got {threads}")
        self.models_dir, self.models_dir_source = resolve_models_dir(models_dir)
        self.offline: bool = offline if offline is not None else offline_from_env()
        self.tokenizer = tokenizer
        self.threads = threads
        self._pipelines: dict[str, Any] = {}
        self._failed: dict[str, ModelNotFoundError] = {}  # a broken model fails once, not once per chunk
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Pipelines(models_dir={str(self.models_dir)!r}, offline={self.offline}, loaded={self.loaded()})"

    def __getstate__(self) -> dict[str, Any]:
        # Sent to another process (Dask, multiprocessing) the settings travel, the loaded models do not: each
        # worker loads its own pipelines on first use instead of unpickling hundreds of MB of tensors.
        return {
            "models_dir": self.models_dir,
            "offline": self.offline,
            "tokenizer": self.tokenizer,
            "threads": self.threads,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(  # type: ignore[misc]
            state["models_dir"],
            state["offline"],
            tokenizer=state.get("tokenizer", "stanza"),
            threads=state.get("threads"),
        )

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
                if lang in self._failed:
                    raise self._failed[lang]
                try:
                    pipe = self._build(lang)
                except ModelNotFoundError as exc:
                    self._failed[lang] = exc
                    raise
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
        # Anything else while loading files that are there means a broken file (a truncated .pt gives
        # "unpack requires a buffer of 4 bytes", a cut resources.json a JSONDecodeError): find it and say so.
        except Exception as exc:
            path, reason = _broken_file(lang, directory, exc)
            raise ModelLoadError(lang, str(directory), path, reason) from exc

    @staticmethod
    def _load(lang: str, directory: Path) -> Any:
        import stanza

        from quotekit import arc_labels, batching, mst  # numpy: imported with stanza, not with quotekit

        logger.info("loading Stanza pipeline %r from %s", lang, directory)
        # the parser's tree decoder, a dozen times faster with the same trees (quotekit.mst), and labels scored
        # for the arcs kept rather than for every pair of words (quotekit.arc_labels); they replace functions of
        # Stanza's modules for the whole process, so a user can keep Stanza as shipped
        if stanza_as_shipped():
            logger.info("QUOTEKIT_STANZA_AS_SHIPPED: Stanza's own decoder, label scorer and batch tensors")
        else:
            mst.install()
            arc_labels.install()
            batching.install()
        with _without_training_optimizers():
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
        trip through the models. Character offsets in each Document are relative to its own text. No sentence
        longer than :data:`quotekit.parse_bounds.MAX_WORDS` words reaches the parser (see
        :meth:`parse_bounded`, which also says which sentences were cut).
        """
        return [p.document for p in self.parse_bounded(lang, texts)]

    def parse_bounded(self, lang: str, texts: Sequence[str]) -> list[BoundedParse]:
        """Like :meth:`parse`, with the character ranges of the sentences cut to fit the parser's bound."""
        from stanza import Document

        pretokenized = self.tokenizer == "quotekit"
        docs: list[Any] = [
            pretokenized_document(t, lang) if pretokenized and t.strip() else Document([], text=t) for t in texts
        ]
        todo = [d for d, t in zip(docs, texts, strict=True) if t.strip()]
        pipeline = self.get(lang)
        if self.threads is not None:
            _set_threads(self.threads)
        titles = title_abbreviations(lang)
        numbered = words("number_abbreviation", lang)
        parsed = iter(
            parse_bounded(pipeline, todo, tokenized=pretokenized, titles=titles, numbered=numbered) if todo else []
        )
        return [next(parsed) if t.strip() else BoundedParse(d, ()) for d, t in zip(docs, texts, strict=True)]


def _set_threads(n: int) -> None:
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)


def pretokenized_document(text: str, lang: str) -> Any:
    """A ``stanza.Document`` of ``text`` split into sentences and tokens by :func:`quotekit.pretokenize.tokenize`.

    Tokens carry their character offsets; a contraction is a multi-word token whose words carry none, as
    Stanza's own MWT expander leaves them.
    """
    from stanza import Document

    sentences: list[list[dict[str, Any]]] = []
    for sent in tokenize(text, lang):
        entries: list[dict[str, Any]] = []
        n = 1
        for tok in sent:
            span = {"text": text[tok.start : tok.end], "start_char": tok.start, "end_char": tok.end}
            if len(tok.words) == 1:
                entries.append({"id": n, **span})
                n += 1
                continue
            entries.append({"id": (n, n + len(tok.words) - 1), **span})
            for w in tok.words:
                entries.append({"id": n, "text": w})
                n += 1
        sentences.append(entries)
    return Document(sentences, text=text)


_OPTIMIZER_PATCH = threading.Lock()


def _no_optimizer(*args: Any, **kwargs: Any) -> None:
    return None


def _no_split_optimizer(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return {}  # callers iterate over the named optimizers to build schedulers: none to build


@contextmanager
def _without_training_optimizers() -> Iterator[None]:
    """Load Stanza models without the optimizers its tokenizer and tagger build even for inference.

    Stanza's tokenizer and POS trainers create Adam optimizers when they load; constructing a torch optimizer
    imports ``torch._dynamo`` (with sympy and the compiler stack), which took about as long as loading all five
    models and is never used for parsing. Nothing on the inference path reads the optimizers. Stanza versions
    without these helpers load as they are.
    """
    try:
        from stanza.models.common import utils
    except ImportError:  # pragma: no cover - stanza's layout changed: load without the saving
        yield
        return
    stubs = {"get_optimizer": _no_optimizer, "get_split_optimizer": _no_split_optimizer}
    with _OPTIMIZER_PATCH:
        originals = {name: getattr(utils, name) for name in stubs if hasattr(utils, name)}
        for name in originals:
            setattr(utils, name, stubs[name])
        try:
            yield
        finally:
            for name, original in originals.items():
                setattr(utils, name, original)
