"""Turn per-token tag marginals into valid BIO tags and scored entity spans.

``decode_bio`` runs a constrained Viterbi: the path maximising the sum of log marginals
among paths that are valid BIO (no ``I-X`` at a sentence start, after ``O`` or after another
type). Per-token arg-max can produce invalid sequences; this never does.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.bio import sentence_starts, span_positions, spans_from_ids
from wsl.core.errors import WslError
from wsl.core.spans import spans_table
from wsl.core.tags import TagSet
from wsl.pipeline.models.lockstep import lockstep

_FLOOR = 1e-300  # log(0) -> about -690: finite, so a forbidden move (-inf) always loses


def _check(
    probs: np.ndarray, sent_ids: np.ndarray, tagset: TagSet
) -> tuple[np.ndarray, np.ndarray]:
    probs = np.asarray(probs, dtype=np.float64)
    sent_ids = np.asarray(sent_ids)
    if probs.ndim != 2 or probs.shape[1] != tagset.n_tags:
        raise WslError(
            f"probabilities have shape {probs.shape}; expected (n_tokens, {tagset.n_tags}) for "
            "this tag set"
        )
    if sent_ids.shape != (probs.shape[0],):
        raise WslError(
            f"sent_ids has {sent_ids.size} entries but probabilities have {probs.shape[0]} rows"
        )
    return probs, sent_ids


def decode_bio(probs: np.ndarray, sent_ids: np.ndarray, tagset: TagSet) -> np.ndarray:
    """Most probable valid BIO tag ids (int16, one per token) under the marginals ``probs``.

    Parameters
    ----------
    probs : ndarray (n_tokens, n_tags)
        Per-token tag marginals (any non-negative scores; only their logs are summed).
    sent_ids : ndarray (n_tokens,)
        Non-decreasing sentence id per token.
    """
    probs, sent_ids = _check(probs, sent_ids, tagset)
    n, s = probs.shape
    out = np.zeros(n, dtype=np.int16)
    if n == 0:
        return out
    lay = lockstep(sent_ids)
    logp = probs[lay.flat]  # position-major: steps are slices (a copy, logged in place)
    np.log(np.maximum(logp, _FLOOR, out=logp), out=logp)
    start = np.where(tagset.allowed_starts(), 0.0, -np.inf)
    off, act = lay.offsets, lay.n_active
    delta = np.empty((n, s))
    back = np.zeros((n, s), dtype=np.int16)
    delta[: off[1]] = logp[: off[1]] + start
    b_ids = np.arange(1, s, 2)
    for t in range(1, lay.max_len):
        lo, hi, p = off[t], off[t + 1], off[t - 1]
        _step(delta[p : p + act[t]], logp[lo:hi], b_ids, delta[lo:hi], back[lo:hi])
    path = np.zeros(n, dtype=np.int16)
    cur = np.zeros(int(act[0]), dtype=np.int64)
    for t in range(lay.max_len - 1, -1, -1):
        lo, hi, n_next = off[t], off[t + 1], lay.active(t + 1)
        if n_next:
            cur[:n_next] = back[off[t + 1] : off[t + 1] + n_next][np.arange(n_next), cur[:n_next]]
        cur[n_next : hi - lo] = delta[lo + n_next : hi].argmax(axis=1)
        path[lo:hi] = cur[: hi - lo]
    out[lay.flat] = path
    return out


def _step(
    prev: np.ndarray, logp: np.ndarray, b_ids: np.ndarray, delta: np.ndarray, back: np.ndarray
) -> None:
    """One Viterbi step under the BIO rules of :class:`TagSet`, in O(n_tags) per token.

    ``O`` and every ``B-X`` may follow any tag, so their best predecessor is the overall best;
    ``I-X`` may follow only ``B-X`` or ``I-X``, so its best predecessor is the better of two.
    Writes the new scores into ``delta`` and the chosen predecessors into ``back``.
    """
    k = len(prev)
    arg_any = prev.argmax(axis=1)
    best_any = prev[np.arange(k), arg_any]
    from_i = prev[:, b_ids + 1] > prev[:, b_ids]
    delta[:, 0] = best_any
    delta[:, b_ids] = best_any[:, None]
    delta[:, b_ids + 1] = np.where(from_i, prev[:, b_ids + 1], prev[:, b_ids])
    delta += logp
    back[:, 0] = arg_any
    back[:, b_ids] = arg_any[:, None]
    back[:, b_ids + 1] = np.where(from_i, b_ids + 1, b_ids)


def span_arrays(ids: np.ndarray, probs: np.ndarray, sent_ids: np.ndarray) -> dict[str, np.ndarray]:
    """The spans of decoded ``ids`` in global token positions: ``begin``, ``end`` (exclusive),
    ``types`` (type index) and ``prob`` (the confidence of :func:`extract_spans`)."""
    ids = np.asarray(ids)
    n = len(ids)
    starts_mask = sentence_starts(sent_ids)
    begin, end, types = spans_from_ids(ids, starts_mask)
    tok_p = probs[np.arange(n), ids] if n else np.zeros(0)
    cum = np.concatenate([[0.0], np.cumsum(tok_p)])
    mean_p = (cum[end] - cum[begin]) / np.maximum(end - begin, 1)
    return {"begin": begin, "end": end, "types": types, "prob": mean_p}


def extract_spans(
    ids: np.ndarray, probs: np.ndarray, sent_ids: np.ndarray, tagset: TagSet, threshold: float = 0.0
) -> pl.DataFrame:
    """Entity spans of decoded tag ids, with a confidence, as a table.

    Returns a DataFrame with columns ``sent_id`` (the sentence id given in ``sent_ids``),
    ``start``, ``end`` (token positions within the sentence, end exclusive), ``label`` (entity
    type) and ``prob``: the mean over the span's tokens of the marginal of each token's decoded
    tag (e.g. ``P(B-X)`` at the first token, ``P(I-X)`` after) -- a cheap per-token average,
    not the probability of the whole span. Spans with ``prob < threshold`` are left out; to
    get tag ids consistent with the kept spans use :func:`drop_low_spans`.
    """
    probs, sent_ids = _check(probs, sent_ids, tagset)
    if len(ids) != len(sent_ids):
        raise WslError(f"ids has {len(ids)} entries but sent_ids has {len(sent_ids)}")
    sp = span_arrays(ids, probs, sent_ids)
    keep = sp["prob"] >= threshold
    return spans_table(
        sp["begin"][keep], sp["end"][keep], sp["types"][keep], sent_ids, tagset, sp["prob"][keep]
    )


def drop_low_spans(
    ids: np.ndarray, probs: np.ndarray, sent_ids: np.ndarray, tagset: TagSet, threshold: float
) -> np.ndarray:
    """Copy of ``ids`` with the tokens of every span whose ``prob`` (as in :func:`extract_spans`) is
    below ``threshold`` set to O."""
    probs, sent_ids = _check(probs, sent_ids, tagset)
    sp = span_arrays(ids, probs, sent_ids)
    out = np.array(ids, dtype=np.int16, copy=True)
    low = sp["prob"] < threshold
    _, pos = span_positions(sp["begin"][low], sp["end"][low])
    out[pos] = 0
    return out
