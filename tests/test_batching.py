"""Stanza's padded id tensors built in one call (quotekit.batching): element for element Stanza's."""

from __future__ import annotations

import random

import torch

from quotekit import batching


def test_same_tensors_as_stanza() -> None:
    assert batching.install()
    from stanza.models.common.data import get_long_tensor as stanza_tensor
    from stanza.models.pos import data as pos_data

    assert pos_data.get_long_tensor is batching.get_long_tensor
    rnd = random.Random(3)
    for _ in range(200):
        n = rnd.randint(1, 20)
        rows = [[rnd.randint(1, 90) for _ in range(rnd.randint(0, 9))] for _ in range(n)]
        rows[0].append(5)  # at least one id, as every batch has
        size = n + rnd.randint(0, 2)  # more rows than given are padding
        ours, theirs = batching.get_long_tensor(rows, size), stanza_tensor(rows, size)
        assert ours.dtype == theirs.dtype == torch.long
        assert torch.equal(ours, theirs)
        nested = [[[rnd.randint(0, 4) for _ in range(3)] for _ in range(rnd.randint(1, 4))] for _ in range(n)]
        assert torch.equal(batching.get_long_tensor(nested, size), stanza_tensor(nested, size))
