"""The parser's tree decoder (Chu-Liu-Edmonds with one root), the same trees as Stanza's in a fraction of the time.

Stanza's graph parser scores every (dependent, head) pair and decodes each sentence with
``stanza.models.common.chuliu_edmonds.chuliu_edmonds_one_root``: it makes root arcs very costly (so the tree has
one root), takes every word's best head, and while the heads form a cycle, contracts the last cycle found into
one node and decodes again. The root penalty means the first greedy heads never reach the root, so a sentence of
*n* words goes through about *n*/2 contractions, and Stanza finds the cycles after each one with a Tarjan search
that calls numpy once per node (``np.where(tree == i)``). On English news that search was 40% of the parser's
CPU time (``docs/performance.md``, "Where the time goes").

Every word has exactly one head, so the heads form a functional graph and its cycles are found by walking each
word's head chain once, in plain Python. :func:`chuliu_edmonds_one_root` does that and otherwise repeats
Stanza's algorithm step for step — the same cycle is contracted at each step (Stanza's Tarjan search reports
cycles in the order of their smallest word index and contracts the last one), with the same numpy operations in
the same order, so the scores compared are the same floats and the trees are identical, ties included
(``tests/test_mst.py`` checks it against Stanza's own function). :func:`install` puts it in place of Stanza's in
the parser and in its head-constraint repair.

This module never imports Stanza at import time.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["chuliu_edmonds_one_root", "cycles", "install"]

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


def cycles(tree: IntArray) -> list[list[int]]:
    """The cycles (of two nodes or more) of the head graph ``tree`` (``tree[i]`` = head of ``i``), each as its
    nodes in ascending order.

    In the order Stanza's Tarjan search reports them: by their smallest node. A self loop (the root's
    ``tree[0] == 0``) is not a cycle.
    """
    heads = tree.tolist()
    state = [0] * len(heads)  # 0 unseen, 1 on the current walk, 2 finished
    found: list[list[int]] = []
    for start in range(len(heads)):
        if state[start]:
            continue
        walk = []
        j = start
        while not state[j]:
            state[j] = 1
            walk.append(j)
            j = heads[j]
        if state[j] == 1:  # the walk ran into itself: j starts a cycle
            loop = walk[walk.index(j) :]
            if len(loop) > 1:
                found.append(sorted(loop))
        for k in walk:
            state[k] = 2
    found.sort(key=lambda loop: loop[0])
    return found


def _prepare(scores: FloatArray) -> None:
    """No self loops; the root (node 0) takes itself as head."""
    np.fill_diagonal(scores, -float("inf"))
    scores[0] = -float("inf")
    scores[0, 0] = 0


def _contract(
    tree: IntArray, cycle: list[int], scores: FloatArray
) -> tuple[FloatArray, IntArray, IntArray, IntArray, IntArray]:
    """The scores of the graph with ``cycle`` contracted into one last node, and what expanding it back needs.

    Integer indexing picks the same elements as Stanza's boolean masks, in the same order, and the arithmetic
    is the same, so the contracted scores are the same floats.
    """
    n = len(tree)
    cycle_locs = np.asarray(cycle, dtype=np.intp)
    inside = np.zeros(n, dtype=bool)
    inside[cycle_locs] = True
    noncycle_locs = np.flatnonzero(~inside)
    cycle_scores = scores[cycle_locs, tree[cycle_locs]]
    cycle_score = cycle_scores.sum()
    # what the cycle loses when a node outside becomes the head of one of its nodes, and who it would pick
    metanode_head_scores = scores[np.ix_(cycle_locs, noncycle_locs)] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[np.ix_(noncycle_locs, cycle_locs)]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    m = len(noncycle_locs)
    columns = np.arange(m)
    subscores = np.zeros((m + 1, m + 1), dtype=scores.dtype)
    subscores[:-1, :-1] = scores[np.ix_(noncycle_locs, noncycle_locs)]
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, columns]
    subscores[:-1, -1] = metanode_dep_scores[columns, metanode_deps]
    return subscores, cycle_locs, noncycle_locs, metanode_heads, metanode_deps


def _expand(
    tree: IntArray,
    contracted: IntArray,
    cycle_locs: IntArray,
    noncycle_locs: IntArray,
    metanode_heads: IntArray,
    metanode_deps: IntArray,
) -> IntArray:
    """The tree of the graph before contraction, from the tree of the contracted one."""
    cycle_head = contracted[-1]
    contracted = contracted[:-1]
    new_tree = -np.ones_like(tree)
    outside = contracted < len(contracted)  # heads outside the cycle
    new_tree[noncycle_locs[outside]] = noncycle_locs[contracted[outside]]
    inside = np.logical_not(outside)
    new_tree[noncycle_locs[inside]] = cycle_locs[metanode_deps[inside]]
    new_tree[cycle_locs] = tree[cycle_locs]
    new_tree[cycle_locs[metanode_heads[cycle_head]]] = noncycle_locs[cycle_head]
    return new_tree


def _chuliu_edmonds(scores: FloatArray) -> IntArray:
    stack = []
    _prepare(scores)
    tree: IntArray = np.argmax(scores, axis=1)
    found = cycles(tree)
    while found:
        contraction = _contract(tree, found.pop(), scores)
        stack.append((tree, contraction))
        scores = contraction[0]
        _prepare(scores)
        tree = np.argmax(scores, axis=1)
        found = cycles(tree)
    while stack:
        outer, (_, cycle_locs, noncycle_locs, metanode_heads, metanode_deps) = stack.pop()
        tree = _expand(outer, tree, cycle_locs, noncycle_locs, metanode_heads, metanode_deps)
    return tree


def chuliu_edmonds_one_root(scores: npt.NDArray[Any]) -> IntArray:
    """The best tree with exactly one word attached to the root; ``scores[d, h]`` scores head ``h`` for ``d``.

    Returns ``tree`` with ``tree[d]`` the head of ``d`` (``tree[0] == 0``); ``scores`` is not changed. First the
    best tree without the one-root constraint: when it has one root it is also the best tree with one (nothing
    scores higher), and that is the usual case — the parser's own best heads are nearly a tree. Only otherwise
    does the search run again with Stanza's penalty on root arcs, which costs a contraction per two words.
    Either way the result is Stanza's wherever the best one-root tree is unique (ties between whole trees'
    float scores; never seen on parser scores).
    """
    work = scores.astype(np.float64)  # a copy, as Stanza's
    tree = _chuliu_edmonds(work.copy())
    if int(np.count_nonzero(tree[1:] == 0)) == 1:
        return tree
    min_score = work[np.isfinite(work)].min()
    work[:, 0] = work[:, 0] + (min_score * work.shape[0])
    tree = _chuliu_edmonds(work)
    if int(np.count_nonzero(tree[1:] == 0)) != 1:  # pragma: no cover - the root penalty rules it out
        raise AssertionError("the root penalty should have left exactly one root arc")
    return tree


def install() -> bool:
    """Make Stanza's graph parser (and its head-constraint repair) decode with :func:`chuliu_edmonds_one_root`.

    Returns False, and changes nothing, where Stanza's modules are not laid out as expected (another version).
    """
    try:
        from stanza.models.depparse import head_constraints
        from stanza.models.depparse import model as depparse_model
    except ImportError:  # pragma: no cover - stanza's layout changed
        return False
    modules = (depparse_model, head_constraints)
    if not all(hasattr(m, "chuliu_edmonds_one_root") for m in modules):  # pragma: no cover
        logger.debug("stanza's parser does not decode with chuliu_edmonds_one_root; left as it is")
        return False
    for m in modules:
        m.chuliu_edmonds_one_root = chuliu_edmonds_one_root
    return True
