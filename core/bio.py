"""BIO primitives on flat token arrays: sentence starts, spans <-> tag ids, span positions.

Tag ids follow :class:`~wsl.core.tags.TagSet`: ``0`` is ``O``, type ``k`` has ``B`` at
``1 + 2k`` and ``I`` at ``2 + 2k``; ``-1`` (an LF abstaining) counts as outside any span.
Spans are ``[start, end)`` in global token positions (sentences concatenated). Every module
that needs one of these steps calls the function here; there is no second copy.
"""

from __future__ import annotations

import numpy as np


def sentence_starts(sent_ids: np.ndarray) -> np.ndarray:
    """Boolean mask, true at the first token of each sentence (where the sentence id changes)."""
    sent_ids = np.asarray(sent_ids)
    starts = np.ones(sent_ids.shape, dtype=bool)
    starts[1:] = sent_ids[1:] != sent_ids[:-1]
    return starts


def span_positions(starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The tokens spans cover: ``(span index, token position)`` per covered token, in span order."""
    starts = np.asarray(starts, dtype=np.int64)
    lengths = np.asarray(ends, dtype=np.int64) - starts
    idx = np.repeat(np.arange(len(starts)), lengths)
    offsets = np.arange(len(idx)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return idx, starts[idx] + offsets


def span_runs(ids: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which span each token belongs to under BIO ``ids`` (``-1`` = none), and each span's first
    token.

    A ``B-X``, or an ``I-X`` that does not continue a token of type ``X`` in the same sentence,
    opens a span (the standard repair of invalid BIO); ``I-X`` tokens continue it.
    """
    ids = np.asarray(ids).astype(np.int64)
    ent = ids > 0
    etype = (ids + 1) // 2
    prev = np.concatenate([[-1], ids[:-1]])
    continues = ent & (ids % 2 == 0) & ~np.asarray(starts) & (prev > 0) & ((prev + 1) // 2 == etype)
    opens = ent & ~continues
    span_of = np.where(ent, np.cumsum(opens) - 1, -1)
    return span_of, np.flatnonzero(opens)


def spans_from_ids(
    ids: np.ndarray, starts: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entity spans of BIO tag ids: ``(starts, ends, type index)`` as int64 arrays.

    Parameters
    ----------
    ids : ndarray
        Tag ids of all tokens (``-1`` allowed: outside).
    starts : ndarray of bool
        True at the first token of each sentence (:func:`sentence_starts`).
    """
    ids = np.asarray(ids)
    span_of, first = span_runs(ids, starts)
    length = np.bincount(span_of[span_of >= 0], minlength=len(first))
    types = (ids[first].astype(np.int64) - 1) // 2
    return first.astype(np.int64), (first + length).astype(np.int64), types


def ids_from_spans(
    n_tokens: int,
    starts: np.ndarray,
    ends: np.ndarray,
    b_ids: np.ndarray,
    fill: int = 0,
    dtype: type = np.int16,
) -> np.ndarray:
    """BIO tag ids of ``n_tokens`` tokens from spans; later spans overwrite earlier ones.

    ``b_ids`` is each span's ``B`` tag id (``1 + 2 * type``); a span with ``b_ids == 0`` is an
    ``O`` span and marks all its tokens ``O``. Tokens in no span get ``fill`` (``-1`` for an
    LF's vote column, where uncovered means abstain).
    """
    out = np.full(n_tokens, fill, dtype=dtype)
    if len(starts) == 0:
        return out
    b = np.asarray(b_ids, dtype=np.int64)
    idx, pos = span_positions(starts, ends)
    out[pos] = np.where(b > 0, b + 1, 0)[idx]
    out[np.asarray(starts, dtype=np.int64)] = b
    return out


def repair_bio(ids: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Repair invalid BIO the standard way: an ``I-X`` that continues nothing becomes ``B-X``.

    ``ids`` is one column of tag ids, or a matrix whose columns (one per LF) are repaired
    each on its own; ``-1`` (abstain) continues nothing. Works on the ``I-`` votes alone
    (few), so a whole label matrix costs little.

    Returns
    -------
    (repaired copy, changed)
        ``changed``: the positions that changed (for a matrix, their rows).
    """
    ids = np.asarray(ids)
    grid = ids if ids.ndim == 2 else ids[:, None]
    r, c = np.nonzero((grid > 0) & (grid % 2 == 0))
    starts = np.asarray(starts)
    prev = np.where((r > 0) & ~starts[r], grid[np.maximum(r - 1, 0), c], -1)
    cur = grid[r, c]
    orphan = (prev != cur) & (prev != cur - 1)  # not after B-X or I-X of the same type
    out = grid.copy()
    out[r[orphan], c[orphan]] = cur[orphan] - 1
    return (out if ids.ndim == 2 else out[:, 0]), r[orphan]


def best_overlap(
    a_starts: np.ndarray,
    a_ends: np.ndarray,
    b_starts: np.ndarray,
    b_ends: np.ndarray,
    n_tokens: int,
) -> np.ndarray:
    """For each span of ``a``, the index of the ``b`` span sharing most tokens with it, or ``-1``.

    ``b`` spans must not overlap each other. An exact match always wins (it covers every token
    of the ``a`` span); ties go to the leftmost ``b`` span.
    """
    out = np.full(len(a_starts), -1, dtype=np.int64)
    owner = np.full(n_tokens, -1, dtype=np.int64)
    b_idx, b_pos = span_positions(b_starts, b_ends)
    owner[b_pos] = b_idx
    a_idx, a_pos = span_positions(a_starts, a_ends)
    hit = owner[a_pos]
    keep = hit >= 0
    base = len(b_starts) + 1
    pairs, overlap = np.unique(a_idx[keep] * base + hit[keep], return_counts=True)
    a_of, b_of = np.divmod(pairs, base)
    order = np.lexsort((b_of, -overlap, a_of))
    best_a, first = np.unique(a_of[order], return_index=True)
    out[best_a] = b_of[order][first]
    return out
