"""Fitting the HMM's shrinkage weight on a labelled sample (for users who have some gold).

The HMM mixes its marginals with the class balance at weight ``shrink`` (see
:mod:`~wsl.pipeline.models.hmm`); the default was chosen on the dev corpus. With gold tags for
some tokens, :func:`fit_shrink` picks the weight that minimises the token log-loss there
(a proper scoring rule: it rewards marginals that mean what they say), and
:func:`calibrate_hmm` stores it in the model, so ``save`` keeps it. On the dev corpus's own
gold it picks 0.54 (ECE 0.051, against 0.045 at the default 0.35, which log-loss rates lower);
weights above about 0.4 can change a few decoded tags (18 of 297,885 dev tokens at 0.4).
``wsl label --calibrate-on GOLD`` calls it (:func:`wsl.pipeline.label_run.label_file`).
"""

from __future__ import annotations

import numpy as np

from wsl.core.errors import WslError

GRID = np.round(np.arange(0.0, 0.951, 0.01), 2)


def fit_shrink(sharp: np.ndarray, balance: np.ndarray, gold_ids: np.ndarray) -> float:
    """The weight ``w`` in :data:`GRID` minimising the mean ``-log((1 - w) p + w b)[gold]``.

    Parameters
    ----------
    sharp : ndarray (n_tokens, n_tags)
        The model's marginals before shrinkage.
    balance : ndarray (n_tags,)
        The class balance mixed in.
    gold_ids : ndarray (n_tokens,)
        Gold tag ids.
    """
    gold_ids = np.asarray(gold_ids, dtype=np.int64)
    if sharp.shape[0] != len(gold_ids) or not len(gold_ids):
        n_tok = sharp.shape[0]
        raise WslError(f"need one gold tag per token: {len(gold_ids)} tags, {n_tok} tokens")
    p = sharp[np.arange(len(gold_ids)), gold_ids][None, :]
    b = balance[gold_ids][None, :]
    w = GRID[:, None]
    loss = -np.log(np.maximum((1.0 - w) * p + w * b, 1e-300)).mean(axis=1)
    return float(GRID[int(np.argmin(loss))])


def calibrate_hmm(model, L: np.ndarray, sent_ids: np.ndarray, gold_ids: np.ndarray) -> float:
    """Set a fitted HMM's ``shrink`` from gold tags of the tokens of ``L``; returns it."""
    if getattr(model, "name", None) != "hmm" or not hasattr(model, "balance_"):
        raise WslError("calibration on gold needs a fitted hmm label model")
    model.params["shrink"] = 0.0
    sharp = model.predict_proba(L, sent_ids)
    model.params["shrink"] = fit_shrink(sharp, model.balance_, gold_ids)
    return model.params["shrink"]
