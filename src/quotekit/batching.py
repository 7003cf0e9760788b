"""Stanza's padded id tensors, built in one call instead of one per word.

Stanza's POS tagger and parser turn every batch into padded ``LongTensor``\\ s with
``stanza.models.common.data.get_long_tensor``, which copies one small tensor per row: for the characters of each
word that is a tensor per word, tens of thousands per batch of news. :func:`get_long_tensor` pads rows of ids as
Python lists and builds the tensor at once — the same tensor, element for element. Deeper nestings (the feature
ids of each word, one row per sentence) keep Stanza's code. :func:`install` puts it in place in the tagger's and
the parser's data loaders.

This module never imports Stanza or torch at import time.
"""

from __future__ import annotations

from typing import Any

__all__ = ["get_long_tensor", "install"]

_ORIGINAL: dict[str, Any] = {}


def get_long_tensor(tokens_list: Any, batch_size: int, pad_id: int = 0) -> Any:
    """``stanza.models.common.data.get_long_tensor``: rows of ids padded with ``pad_id`` to one tensor of
    ``batch_size`` rows."""
    rows = list(tokens_list)
    if not rows or not all(isinstance(r, list) for r in rows) or any(r and isinstance(r[0], list) for r in rows):
        return _ORIGINAL["get_long_tensor"](tokens_list, batch_size, pad_id)
    import torch

    width = max(len(r) for r in rows)
    padded = [r + [pad_id] * (width - len(r)) for r in rows]
    padded.extend([[pad_id] * width] * (batch_size - len(rows)))
    return torch.tensor(padded, dtype=torch.long)


def install() -> bool:
    """Use :func:`get_long_tensor` in Stanza's POS and parser data loaders; False on an unknown Stanza."""
    try:
        from stanza.models.common import data as common_data
        from stanza.models.depparse import data as depparse_data
        from stanza.models.pos import data as pos_data
    except ImportError:  # pragma: no cover - stanza's layout changed
        return False
    modules = (pos_data, depparse_data)
    if not all(hasattr(m, "get_long_tensor") for m in modules):  # pragma: no cover
        return False
    _ORIGINAL.setdefault("get_long_tensor", common_data.get_long_tensor)
    for m in modules:
        m.get_long_tensor = get_long_tensor
    return True
