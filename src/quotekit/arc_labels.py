"""Dependency labels for the arcs the parser keeps, not for every pair of words.

Stanza's graph parser scores a label for every (dependent, head) pair of a sentence — a biaffine product with one
output per relation (51 for English) over all L × L pairs of the padded batch — then takes a log-softmax and an
argmax over that whole tensor, although only the L arcs of the decoded tree (and, in its head-constraint repair,
the rows of the few words that break a constraint) are ever read. On English news that label tensor was half of
the parser's CPU time (``docs/performance.md``).

:func:`predict` replaces ``GraphParser.predict`` at inference: the arc scores, the tree decoder and the
head-constraint repair are Stanza's own; only the label scores are computed per arc asked for. The expensive
part of the product, a word's representation through the label weights, is done once per word that heads an
arc (:class:`ArcLabels`), the rest per arc read. The sums run in another order than Stanza's, so a label can
differ from Stanza's where two relations score within float rounding of each other (none did on the 84-document
comparison).
:func:`install` puts it in place; models it does not know (arc embeddings, training mode) keep Stanza's code.

This module never imports Stanza at import time.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["ArcLabels", "install", "predict"]

logger = logging.getLogger(__name__)

_ORIGINAL: dict[str, Any] = {}


class ArcLabels:
    """Label log-probabilities of one sentence's arcs, computed on demand: ``labels[dep, head]`` is the row
    Stanza's ``log_softmax(deprel_scores)[dep, head]`` holds, ``labels[dep, head, k]`` one value of it.

    A head's representation goes through the label weights once (an ``I × O`` matrix per head word), and each
    arc is then one small product with its dependent: a tree has about half as many distinct heads as words, so
    this is half the work of projecting every word of the padded batch, Stanza's first step.
    """

    def __init__(
        self, dependents: Any, heads: Any, weight: Any, bias: Any, through: dict[int, Any] | None = None
    ) -> None:
        import torch

        self._torch = torch
        self._dependents = dependents  # (L, I)
        self._heads = heads  # (L, J)
        self._weight = weight  # (J, I * O): the label weights, head side first
        self._bias = bias  # (O,)
        n = int(dependents.shape[0])
        self._outputs = int(bias.shape[0])
        self.shape = (n, n, self._outputs)
        self._through: dict[int, Any] = dict(through or {})  # head -> (I, O), some computed for a whole batch
        self._rows: dict[tuple[int, int], npt.NDArray[np.float32]] = {}

    def _project(self, heads: list[int]) -> None:
        todo = sorted({h for h in heads if h not in self._through})
        if todo:
            m = (self._heads[todo] @ self._weight).reshape(len(todo), -1, self._outputs)
            for k, h in enumerate(todo):
                self._through[h] = m[k]

    def prefetch(self, tree: Any) -> None:
        """Compute the rows of all arcs of ``tree`` (``tree[d]`` = head of ``d``) in one batched product."""
        torch = self._torch
        deps = [d for d in range(1, len(tree)) if (d, int(tree[d])) not in self._rows]
        if not deps:
            return
        heads = [int(tree[d]) for d in deps]
        self._project(heads)
        through = torch.stack([self._through[h] for h in heads])
        scores = torch.bmm(self._dependents[deps].unsqueeze(1), through).squeeze(1) + self._bias
        rows = torch.log_softmax(scores, 1).numpy()
        for k, (d, h) in enumerate(zip(deps, heads, strict=True)):
            self._rows[(d, h)] = rows[k]

    def scores(self, dep: int, head: int) -> npt.NDArray[np.float32]:
        row = self._rows.get((dep, head))
        if row is None:
            self._project([head])
            s = self._dependents[dep] @ self._through[head] + self._bias
            row = self._rows[(dep, head)] = self._torch.log_softmax(s, 0).numpy()
        return row

    def __getitem__(self, key: tuple[int, ...]) -> Any:
        if len(key) == 2:
            return self.scores(int(key[0]), int(key[1]))
        dep, head, label = key
        return self.scores(int(dep), int(head))[label]


def _arc_scores(model: Any, word: Any, head: Any, lstm_outputs: Any) -> Any:
    """Stanza's ``forward_scores`` for the unlabeled arc scores (same operations, in the same order)."""
    import torch
    import torch.nn.functional as F  # noqa: N812 - torch's own convention

    unlabeled_scores = model.unlabeled(model.drop(lstm_outputs), model.drop(lstm_outputs)).squeeze(3)
    positions = torch.arange(word.size(1), device=head.device)
    head_offset = positions.view(1, 1, -1).expand(word.size(0), -1, -1) - positions.view(1, -1, 1).expand(
        word.size(0), -1, -1
    )
    if model.args["linearization"]:
        lin_scores = model.linearization(model.drop(lstm_outputs), model.drop(lstm_outputs)).squeeze(3)
        unlabeled_scores += F.logsigmoid(lin_scores * torch.sign(head_offset).float()).detach()
    if model.args["distance"]:
        dist_scores = model.distance(model.drop(lstm_outputs), model.drop(lstm_outputs)).squeeze(3)
        dist_pred = 1 + F.softplus(dist_scores)
        dist_target = torch.abs(head_offset)
        dist_kld = -torch.log((dist_target.float() - dist_pred) ** 2 / 2 + 1)
        unlabeled_scores += dist_kld.detach()
    diag = torch.eye(head.size(-1) + 1, dtype=torch.bool, device=head.device).unsqueeze(0)
    unlabeled_scores.masked_fill_(diag, -float("inf"))
    return unlabeled_scores


def _label_parts(model: Any, lstm_outputs: Any) -> tuple[Any, Any, Any, Any]:
    """The dependent side (N, L, I) and head side (N, L, J) of the label scorer, its weights as a (J, I * O)
    matrix, and its bias."""
    import torch

    scorer = model.deprel
    x = model.drop(lstm_outputs)
    h1 = scorer.dropout(scorer.hidden_func(scorer.W1(x)))
    h2 = scorer.dropout(scorer.hidden_func(scorer.W2(x)))
    h1 = torch.cat([h1, h1.new_ones(*h1.size()[:-1], 1)], len(h1.size()) - 1)
    h2 = torch.cat([h2, h2.new_ones(*h2.size()[:-1], 1)], len(h2.size()) - 1)
    bilinear = scorer.scorer.W_bilin
    w = bilinear.weight  # (I, J, O)
    return h1, h2, w.permute(1, 0, 2).reshape(w.shape[1], -1).contiguous(), bilinear.bias


def _through_weights(trees: list[Any], heads: Any, weight: Any, outputs: int) -> list[dict[int, Any]]:
    """For each sentence, its head words through the label weights (head -> ``I × O``), in one matrix product
    for the whole batch: the weights are read once, not once per sentence."""
    pairs = [(i, h) for i, tree in enumerate(trees) for h in sorted(set(tree[1:].tolist()))]
    out: list[dict[int, Any]] = [{} for _ in trees]
    if not pairs:
        return out
    rows = heads[[i for i, _ in pairs], [h for _, h in pairs]]
    projected = (rows @ weight).reshape(len(pairs), -1, outputs)
    for k, (i, h) in enumerate(pairs):
        out[i][h] = projected[k]
    return out


def predict(self: Any, *inputs: Any, resolve_head_constraints: bool = False) -> list[list[list[Any]]]:
    """``GraphParser.predict`` with labels scored per kept arc (see the module docstring)."""
    if self.training or self.args.get("use_arc_embedding") or not hasattr(self, "deprel"):
        return _ORIGINAL["predict"](self, *inputs, resolve_head_constraints=resolve_head_constraints)  # type: ignore[no-any-return]
    import torch
    import torch.nn.functional as F  # noqa: N812 - torch's own convention
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse import model as depparse_model

    word, head, sentlens = inputs[0], inputs[9], inputs[12]
    vocab = self.vocab["deprel"]
    with torch.no_grad():
        lstm_outputs = self.embed(*inputs)
        arc_logp = F.log_softmax(_arc_scores(self, word, head, lstm_outputs), 2).detach().cpu().numpy()
        dependents, heads, weight, bias = _label_parts(self, lstm_outputs)
        trees = [depparse_model.chuliu_edmonds_one_root(arc_logp[i][:n, :n]) for i, n in enumerate(sentlens)]
        through = _through_weights(trees, heads, weight, int(bias.shape[0]))
        out = []
        for i, n in enumerate(sentlens):
            scores = arc_logp[i][:n, :n]
            tree = trees[i]
            labels = ArcLabels(dependents[i, :n], heads[i, :n], weight, bias, through[i])
            labels.prefetch(tree)
            if resolve_head_constraints:
                tree, raw = depparse_model.resolve_head_constraint_violations(scores, labels, tree, vocab)
            else:
                raw = [int(np.argmax(labels[d, int(tree[d])])) for d in range(1, n)]
            deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
            out.append([[int(tree[j + 1]), deprels[j]] for j in range(n - 1)])
    return out


def install() -> bool:
    """Make Stanza's graph parser score labels per kept arc; False (nothing changed) on an unknown Stanza."""
    try:
        from stanza.models.depparse import model as depparse_model
    except ImportError:  # pragma: no cover - stanza's layout changed
        return False
    parser = getattr(depparse_model, "GraphParser", None)
    needed = ("embed", "unlabeled", "predict")
    if parser is None or not hasattr(depparse_model, "resolve_head_constraint_violations"):  # pragma: no cover
        return False
    if "predict" not in _ORIGINAL:
        if not all(hasattr(parser, a) or a == "unlabeled" for a in needed):  # pragma: no cover
            return False
        _ORIGINAL["predict"] = parser.predict
    parser.predict = predict
    return True
