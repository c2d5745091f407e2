"""Vote arithmetic every label model shares: counts per class, WRENCH type votes, tie
breaking, IO <-> BIO, and the distinct rows of a label matrix.

Models import these from here and never from each other, so each model module stands alone.
"""

from __future__ import annotations

import hashlib

import numpy as np

from wsl.core.tags import TagSet

_TOL = 1e-5


def vote_counts(L: np.ndarray, n_classes: int) -> np.ndarray:
    """Votes per class, float array (n_tokens, n_classes); ``-1`` (abstain) is not counted."""
    n = L.shape[0]
    # one bincount over (row, class) cells; -1 (abstain) lands in a spare last column
    cells = np.arange(n, dtype=np.int64)[:, None] * (n_classes + 1) + np.where(L < 0, n_classes, L)
    counts = np.bincount(cells.ravel(), minlength=n * (n_classes + 1)).reshape(n, n_classes + 1)
    return counts[:, :n_classes].astype(np.float64)


def type_votes(L: np.ndarray, tagset: TagSet) -> np.ndarray:
    """WRENCH-style counts over ``[O, T1, T2, ...]``: B/I merged; O counts only where no LF votes an entity."""
    io = np.where(L > 0, (L + 1) // 2, L)  # B-Tk / I-Tk -> k+1, O -> 0, abstain -> -1
    counts = vote_counts(io, 1 + len(tagset.types))
    has_entity = counts[:, 1:].sum(axis=1) > 0
    counts[has_entity, 0] = 0.0
    return counts


def break_ties(counts: np.ndarray, hashed: bool = True) -> np.ndarray:
    """Arg-max per row; all-zero rows -> class 0.

    Ties go by snorkel's deterministic hash rule, or to the lowest class with ``hashed=False``
    (fast; for initialisations where the exact rule does not matter).
    """
    best = counts.max(axis=1, keepdims=True)
    winner = counts.argmax(axis=1)
    if not hashed:
        winner[best[:, 0] <= 0] = 0
        return winner
    tied = np.abs(counts - best) < _TOL * np.maximum(best, 1.0)
    n_tied = tied.sum(axis=1)
    rows = np.flatnonzero((n_tied > 1) & (best[:, 0] > 0))
    for i in rows:  # ties only: rare, and sha1 has no vectorised form
        options = np.flatnonzero(tied[i])
        winner[i] = options[int(hashlib.sha1(str(int(i)).encode()).hexdigest(), 16) % len(options)]
    winner[best[:, 0] <= 0] = 0
    return winner


def io_to_bio_ids(types: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per-token class over ``[O, T1, ...]`` -> BIO tag ids: a run of one type starts with B."""
    prev = np.concatenate([[0], types[:-1]])
    prev[starts] = 0
    begin = (types > 0) & (prev != types)
    return np.where(types > 0, 2 * types - begin.astype(np.int64), 0).astype(np.int16)


def spread_types_to_bio(type_probs: np.ndarray, starts: np.ndarray, prev_type_prob: np.ndarray) -> np.ndarray:
    """Split each type's mass between its B and I tags by the previous token's weight on that type.

    ``type_probs`` is (n, 1 + n_types) over ``[O, T1, ...]``; ``prev_type_prob`` (n, n_types)
    is the weight the previous token gives each type (0 at sentence starts).
    """
    n, k = type_probs.shape
    q = np.where(starts[:, None], 0.0, prev_type_prob)
    out = np.empty((n, 2 * k - 1))
    out[:, 0] = type_probs[:, 0]
    out[:, 1::2] = type_probs[:, 1:] * (1.0 - q)
    out[:, 2::2] = type_probs[:, 1:] * q
    return out


def unique_rows(A: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows of an int matrix and, per row, the index of its distinct row.

    Rows are hashed to one int64 each (a random-free polynomial hash) and deduplicated on that
    1-D key -- far faster than ``np.unique(axis=0)``; the grouping is then verified exactly and
    the slow path taken only if two different rows collided.
    """
    if A.shape[0] == 0:
        return A, np.zeros(0, dtype=np.int64)
    base = np.int64(1_000_003)
    weights = np.cumprod(np.full(A.shape[1], base, dtype=np.int64))  # overflow wraps: intended
    with np.errstate(over="ignore"):
        key = (A.astype(np.int64) + 2) @ weights
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    uniq = A[first]
    if np.array_equal(uniq[inverse], A):
        return uniq, inverse.ravel()
    uniq, inverse = np.unique(A, axis=0, return_inverse=True)
    return uniq, inverse.ravel()
