"""Train a :class:`~wsl.lfs.tagger.TaggerLF` from a labelled corpus.

Multinomial logistic regression over the hashed features of :func:`wsl.lfs.tagger.featurize`,
fitted by minibatch AdaGrad with L2 shrinkage on the rows a batch touches. Each batch works
on its distinct feature buckets only (a sparse ``(batch, distinct)`` product), so an epoch
over 300k tokens takes about a second and nothing beyond numpy and scipy is needed. Seeded:
the same corpus and parameters give the same weights.
"""

from __future__ import annotations

import logging

import numpy as np
import scipy.sparse as sp

from wsl.core.corpus import Corpus
from wsl.core.errors import WslError
from wsl.core.sentences import sentences_view
from wsl.lfs.tagger import TaggerLF, featurize, softmax_scores

log = logging.getLogger(__name__)


def _batch_step(W, G, bias, gbias, fb: np.ndarray, y: np.ndarray, lr: float, l2: float) -> float:
    """One AdaGrad step on tokens with features ``fb`` and tags ``y``; returns their log-loss."""
    uniq, inv = np.unique(fb, return_inverse=True)
    inv = inv.reshape(fb.shape)
    Wb = W[uniq]
    z = Wb[inv].sum(axis=1) + bias
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    rows = np.arange(len(y))
    loss = -float(np.log(np.maximum(p[rows, y], 1e-12)).sum())
    p[rows, y] -= 1.0  # d loss / d scores
    X = sp.csr_matrix(
        (
            np.ones(inv.size, dtype=np.float32),
            inv.ravel(),
            np.arange(0, inv.size + 1, inv.shape[1]),
        ),
        shape=(len(y), len(uniq)),
    )
    grad = X.T @ p + l2 * Wb
    G[uniq] += grad * grad
    W[uniq] = Wb - lr * grad / np.sqrt(G[uniq] + 1e-8)
    gb = p.sum(axis=0)
    gbias += gb * gb
    bias -= lr * gb / np.sqrt(gbias + 1e-8)
    return loss


def train_tagger(
    corpus: Corpus,
    column: str = "gold",
    name: str = "tagger_mined",
    *,
    bits: int = 20,
    epochs: int = 6,
    batch: int = 256,
    lr: float = 0.1,
    l2: float = 1e-4,
    threshold: float = 0.5,
    seed: int = 0,
) -> TaggerLF:
    """Fit a tagger LF on the BIO labels in ``corpus[column]``.

    Parameters
    ----------
    corpus : a labelled corpus (gold or silver tags in ``column``).
    bits : the feature table has ``2 ** bits`` rows (collisions are rare below ~0.4 of it).
    epochs, batch, lr, l2 : AdaGrad settings (measured on three corpora; more epochs overfit).
    threshold : the LF votes spans whose mean type probability reaches this.

    Returns
    -------
    TaggerLF
        Voting the corpus's entity types.
    """
    if column not in corpus.table.columns:
        raise WslError(f"corpus has no {column!r} column to train a tagger on", corpus.source)
    if not 1 <= bits <= 22:
        raise WslError(f"tagger feature table of 2**{bits} rows; use 1 to 22 bits")
    tags = corpus.tagset
    y = tags.encode(corpus.table[column].to_list()).astype(np.int64)
    feats = featurize(sentences_view(corpus), bits)
    n_tags = tags.n_tags
    W = np.zeros((2**bits, n_tags), dtype=np.float32)
    G = np.zeros_like(W)
    bias = np.log(np.bincount(y, minlength=n_tags) + 1.0).astype(np.float32)
    bias -= bias.max()
    gbias = np.zeros(n_tags, dtype=np.float32)
    rng = np.random.default_rng(seed)
    for ep in range(epochs if len(y) else 0):
        order = rng.permutation(len(y))
        loss = 0.0
        for a in range(0, len(y), batch):
            idx = order[a : a + batch]
            loss += _batch_step(W, G, bias, gbias, feats[idx], y[idx], lr, l2)
        log.debug("tagger epoch %d: mean log-loss %.4f", ep, loss / len(y))
    W = W.astype(np.float16).astype(
        np.float32
    )  # the precision a model file keeps: same votes before and after saving
    return TaggerLF(
        name,
        tags.types,
        W,
        bias,
        threshold,
        description=f"learned tagger from {corpus.source or 'a labelled corpus'}",
    )


def tagger_accuracy(lf: TaggerLF, corpus: Corpus, column: str = "gold") -> float:
    """Token accuracy of ``lf``'s arg-max tags against ``corpus[column]`` (a sanity figure)."""
    probs = softmax_scores(lf.weights, lf.bias, featurize(sentences_view(corpus), lf.bits))
    y = corpus.tagset.encode(corpus.table[column].to_list())
    return float((probs.argmax(axis=1) == y).mean()) if len(y) else 0.0
