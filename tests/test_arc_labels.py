"""Labels scored per kept arc (quotekit.arc_labels): the same scores as Stanza's all-pairs tensor, and the same
parses as Stanza's own ``GraphParser.predict``."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from quotekit import arc_labels
from quotekit.nlp import Pipelines


def test_rows_match_the_all_pairs_label_tensor() -> None:
    gen = torch.Generator().manual_seed(7)
    n, i, j, o = 9, 6, 5, 4
    dependents, heads = torch.randn(n, i, generator=gen), torch.randn(n, j, generator=gen)
    weight, bias = torch.randn(i, j, o, generator=gen), torch.randn(o, generator=gen)
    # Stanza's PairwiseBilinear, then the log-softmax over labels it takes for the head-constraint repair
    full = torch.einsum("LJO,MJ->LMO", torch.einsum("LI,IJO->LJO", dependents, weight), heads) + bias
    expected = torch.log_softmax(full, 2).numpy()
    labels = arc_labels.ArcLabels(dependents, heads, weight.permute(1, 0, 2).reshape(j, -1).contiguous(), bias)
    assert labels.shape == (n, n, o)
    tree = np.array([0, 0, 1, 1, 3, 3, 3, 6, 2])
    labels.prefetch(tree)
    for d in range(1, n):
        np.testing.assert_allclose(labels[d, int(tree[d])], expected[d, tree[d]], rtol=1e-5, atol=1e-5)
    for d, h in [(4, 8), (2, 0), (7, 7)]:  # arcs outside the tree, as the repair asks for them
        np.testing.assert_allclose(labels[d, h], expected[d, h], rtol=1e-5, atol=1e-5)
        assert labels[d, h, 2] == pytest.approx(float(expected[d, h, 2]), abs=1e-5)


@pytest.mark.models
def test_same_parses_as_stanzas_predict(pipelines: Pipelines) -> None:
    from stanza.models.depparse import model as depparse_model

    texts = [
        "“We are not going to stop here,” the senator said on Tuesday, adding that the committee would meet "
        "again. Critics called the plan “reckless” and said it would fail.",
        "The company, which he founded, told reporters he had left. I gave the cat a fish, and she gave him one.",
    ]
    pipelines.get("en")
    assert depparse_model.GraphParser.predict is arc_labels.predict

    def parses() -> list[list[tuple[int | None, str | None]]]:
        return [[(w.head, w.deprel) for s in d.sentences for w in s.words] for d in pipelines.parse("en", texts)]

    ours = parses()
    depparse_model.GraphParser.predict = arc_labels._ORIGINAL["predict"]
    try:
        theirs = parses()
    finally:
        arc_labels.install()
    assert ours == theirs
    assert sum(len(p) for p in ours) > 40
