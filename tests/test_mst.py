"""The tree decoder (quotekit.mst) gives Stanza's trees: on random score matrices, and on the scores of real
parses, where it replaces Stanza's function in the parser."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root as stanza_decoder

from quotekit import mst
from quotekit.nlp import Pipelines


def _log_softmax_scores(rng: np.random.Generator, n: int, scale: float) -> npt.NDArray[np.float32]:
    """Scores shaped like the parser's: log-probabilities per row, no self loops."""
    x = rng.normal(size=(n, n)) * scale
    np.fill_diagonal(x, -np.inf)
    x = x - np.log(np.exp(x).sum(axis=1, keepdims=True))
    out: npt.NDArray[np.float32] = x.astype(np.float32)
    return out


def _is_one_root_tree(tree: npt.NDArray[Any]) -> bool:
    heads = tree.tolist()
    if heads[0] != 0 or heads[1:].count(0) != 1:
        return False
    for start in range(1, len(heads)):  # every word reaches the root
        seen, j = set(), start
        while j != 0:
            if j in seen:
                return False
            seen.add(j)
            j = heads[j]
    return True


@pytest.mark.parametrize("scale", [0.5, 3.0, 10.0])
def test_same_trees_as_stanza_on_random_scores(scale: float) -> None:
    rng = np.random.default_rng(int(scale * 10))
    for _ in range(150):
        scores = _log_softmax_scores(rng, int(rng.integers(2, 70)), scale)
        before = scores.copy()
        tree = mst.chuliu_edmonds_one_root(scores)
        assert np.array_equal(scores, before)  # the caller's matrix is left alone
        assert _is_one_root_tree(tree)
        assert tree.tolist() == stanza_decoder(scores.copy()).tolist()


def test_several_roots_fall_back_to_the_root_penalty() -> None:
    # Every word prefers the root: the unconstrained best tree has three root arcs, the answer has one.
    scores = np.array(
        [[0, -9, -9, -9], [-0.1, -np.inf, -5, -6], [-0.2, -1, -np.inf, -7], [-0.3, -2, -8, -np.inf]], dtype=np.float32
    )
    tree = mst.chuliu_edmonds_one_root(scores)
    assert tree.tolist() == [0, 0, 1, 1]
    assert tree.tolist() == stanza_decoder(scores.copy()).tolist()


def test_cycles_in_order_of_their_smallest_node() -> None:
    # 1 <-> 4 and 2 -> 3 -> 5 -> 2; 6 hangs off the second cycle; 0 is the root's self loop, not a cycle
    tree = np.array([0, 4, 5, 2, 1, 3, 3])
    assert mst.cycles(tree) == [[1, 4], [2, 3, 5]]
    assert mst.cycles(np.array([0, 0, 1, 1])) == []


@pytest.mark.models
def test_parser_decodes_with_quotekit_and_gives_stanzas_trees(pipelines: Pipelines) -> None:
    from stanza.models.depparse import head_constraints
    from stanza.models.depparse import model as depparse_model

    text = (
        "“We are not going to stop here,” the senator said on Tuesday, adding that the committee would meet "
        "again. Critics called the plan “reckless” and said it would fail. The company, which he founded, "
        "told reporters he had left. “Yes,” “no” and “maybe,” she said, were all answers they gave him."
    )
    pipelines.get("en")
    assert depparse_model.chuliu_edmonds_one_root is mst.chuliu_edmonds_one_root
    assert head_constraints.chuliu_edmonds_one_root is mst.chuliu_edmonds_one_root

    def trees() -> list[list[tuple[int | None, str | None]]]:
        doc = pipelines.parse("en", [text])[0]
        return [[(w.head, w.deprel) for w in s.words] for s in doc.sentences]

    ours = trees()
    depparse_model.chuliu_edmonds_one_root = stanza_decoder
    head_constraints.chuliu_edmonds_one_root = stanza_decoder
    try:
        theirs = trees()
    finally:
        mst.install()
    assert len(ours) >= 4
    assert ours == theirs


@pytest.mark.models
def test_stanza_as_shipped_keeps_stanza_functions() -> None:
    # A fresh process: the replacements, once made, stay for the process's life.
    code = (
        "from stanza.models.depparse import model; from quotekit.nlp import Pipelines; "
        "Pipelines(offline=True).get('en'); print(model.chuliu_edmonds_one_root.__module__)"
    )
    env = {**os.environ, "QUOTEKIT_STANZA_AS_SHIPPED": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "stanza.models.common.chuliu_edmonds"
