"""Vote arithmetic every label model shares, on whole label matrices at once.

Counts per class, WRENCH type votes, tie breaking and IO <-> BIO; and the votes as a sequence
model should see them: per-LF BIO repair, duplicate and twin LFs, how surely other LFs see
each LF's votes (corroboration), the states each token's votes leave possible, the distinct
rows of ``L``. ``L`` is tokens x LFs of tag ids of a
:class:`~wsl.core.tags.TagSet`, ``-1`` = abstain. Models import these from here and never
from each other, so each model module stands alone.
"""

from __future__ import annotations

import hashlib

import numpy as np

from wsl.core.bio import repair_bio, sentence_starts
from wsl.core.tags import TagSet

_TOL = 1e-5
_ROW_BLOCK = 16_384  # rows per block where a whole-matrix temporary would be large


def vote_counts(L: np.ndarray, n_classes: int) -> np.ndarray:
    """Votes per class, float array (n_tokens, n_classes); ``-1`` (abstain) is not counted."""
    n = L.shape[0]
    # one bincount over (row, class) cells; -1 (abstain) lands in a spare last column
    cells = np.arange(n, dtype=np.int64)[:, None] * (n_classes + 1) + np.where(L < 0, n_classes, L)
    counts = np.bincount(cells.ravel(), minlength=n * (n_classes + 1)).reshape(n, n_classes + 1)
    return counts[:, :n_classes].astype(np.float64)


def type_votes(L: np.ndarray, tagset: TagSet) -> np.ndarray:
    """WRENCH-style counts over ``[O, T1, T2, ...]``: B/I merged; O counts only where no LF votes an
    entity."""
    io = np.where(L > 0, (L + 1) // 2, L)  # B-Tk / I-Tk -> k+1, O -> 0, abstain -> -1
    counts = vote_counts(io, 1 + len(tagset.types))
    has_entity = counts[:, 1:].sum(axis=1) > 0
    counts[has_entity, 0] = 0.0
    return counts


def break_ties(counts: np.ndarray, hashed: bool = True, row_offset: int = 0) -> np.ndarray:
    """Arg-max per row; all-zero rows -> class 0.

    Ties go by snorkel's deterministic hash rule on the row's position in the corpus (its
    index here plus ``row_offset``, for a shard of a larger corpus), or to the lowest class
    with ``hashed=False`` (fast; for initialisations where the exact rule does not matter).
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
        key = str(int(i) + row_offset).encode()
        winner[i] = options[int(hashlib.sha1(key).hexdigest(), 16) % len(options)]
    winner[best[:, 0] <= 0] = 0
    return winner


def io_to_bio_ids(types: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per-token class over ``[O, T1, ...]`` -> BIO tag ids: a run of one type starts with B."""
    prev = np.concatenate([[0], types[:-1]])
    prev[starts] = 0
    begin = (types > 0) & (prev != types)
    return np.where(types > 0, 2 * types - begin.astype(np.int64), 0).astype(np.int16)


def spread_types_to_bio(
    type_probs: np.ndarray, starts: np.ndarray, prev_type_prob: np.ndarray
) -> np.ndarray:
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
    key = np.empty(A.shape[0], dtype=np.int64)
    # in row blocks: an int64 copy of a whole 300k x 91 matrix is 220 MB of fresh pages
    with np.errstate(over="ignore"):
        for a in range(0, A.shape[0], _ROW_BLOCK):
            key[a : a + _ROW_BLOCK] = (A[a : a + _ROW_BLOCK].astype(np.int64) + 2) @ weights
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    uniq = A[first]
    if all(
        np.array_equal(uniq[inverse[a : a + _ROW_BLOCK]], A[a : a + _ROW_BLOCK])
        for a in range(0, A.shape[0], _ROW_BLOCK)
    ):
        return uniq, inverse
    uniq, inverse = np.unique(A, axis=0, return_inverse=True)
    return uniq, inverse.ravel()


def repair_lf_bio(L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
    """Each LF's own votes made valid BIO (:func:`wsl.core.bio.repair_bio` per column): an
    ``I-X`` that does not continue the same LF's ``B-X``/``I-X`` becomes ``B-X``."""
    return repair_bio(L, sentence_starts(sent_ids))[0]


def distinct_columns(L: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Columns of ``L`` to keep (the first of each set of identical columns) and, per column,
    how many columns are identical to it (itself included).

    Two columns are identical exactly when they are identical on the distinct rows of ``L``,
    so pass those (fast) rather than every token.

    Returns
    -------
    keep : ndarray of int64
        Indices of the columns to keep, ascending.
    copies : ndarray of int64 (n_lfs,)
    """
    m = L.shape[1]
    if m == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    cols = np.ascontiguousarray(L.T)
    _, first, inverse, counts = np.unique(
        cols, axis=0, return_index=True, return_inverse=True, return_counts=True
    )
    return np.sort(first).astype(np.int64), counts[inverse.ravel()].astype(np.int64)


def type_overlaps(L: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """Share of LF ``j``'s entity votes on which LF ``k`` votes the same entity type, (m, m).

    Row ``j`` is divided by ``j``'s own entity votes (0 for an LF that casts none); the diagonal
    is 0. ``counts``: how many tokens each row of ``L`` stands for (distinct rows: fast).
    """
    import scipy.sparse as sp  # here, not at import: scipy costs start-up time

    m = L.shape[1]
    r, c = np.nonzero(L > 0)
    if not len(r):
        return np.zeros((m, m))
    typ = (L[r, c].astype(np.int64) + 1) // 2
    n_types = int(typ.max()) + 1
    w = np.ones(L.shape[0]) if counts is None else np.asarray(counts, dtype=np.float64)
    ind = sp.csr_matrix((np.ones(len(r)), (r, c * n_types + typ)), shape=(L.shape[0], m * n_types))
    gram = (ind.T @ sp.diags(w) @ ind).tocoo()  # (LF, type) x (LF, type) co-vote counts
    on_type = gram.row % n_types == gram.col % n_types
    same = np.zeros((m, m))
    lf_a, lf_b = gram.row[on_type] // n_types, gram.col[on_type] // n_types
    np.add.at(same, (lf_a, lf_b), gram.data[on_type])
    own = np.diag(same).copy()
    overlap = np.divide(same, own[:, None], out=np.zeros_like(same), where=own[:, None] > 0)
    np.fill_diagonal(overlap, 0.0)
    return overlap


def twin_weights(L: np.ndarray, min_overlap: float, counts: np.ndarray | None = None) -> np.ndarray:
    """Per LF, a weight that keeps near-duplicate LFs from counting as independent witnesses.

    The overlap of LF ``j`` with LF ``k`` is the share of ``j``'s entity votes on which ``k``
    votes the same entity type (:func:`type_overlaps`). Overlaps of at least ``min_overlap``
    mark ``k`` as a twin of ``j`` (a cased list inside its uncased twin has an overlap near 1);
    ``j``'s weight is ``1 / (1 + sum of its twin overlaps)``, so an LF whose votes another LF
    already casts counts about half. Overlaps below the threshold are ordinary agreement and
    count nothing.

    Parameters
    ----------
    L : ndarray (n_rows, n_lfs)
    min_overlap : float in (0, 1]; above 1 switches twin weighting off (all weights 1)
    counts : ndarray (n_rows,), optional
        How many tokens each row stands for (pass distinct rows and their counts: fast).

    Returns
    -------
    ndarray of float64 (n_lfs,)
    """
    m = L.shape[1]
    if m < 2 or min_overlap > 1:
        return np.ones(m)
    overlap = type_overlaps(L, counts)
    overlap[overlap < min_overlap] = 0.0
    return 1.0 / (1.0 + overlap.sum(axis=1))


def corroboration(
    L: np.ndarray, twin_min: float, counts: np.ndarray | None = None, z: float = 1.0
) -> np.ndarray:
    """Per LF, how surely its entity votes are seen by other LFs: the share of them on which
    some LF other than itself and its twins votes an entity too (any type), lowered by ``z``
    standard errors (Wilson score bound), shape (n_lfs,); 0 for an LF without entity votes.

    An LF whose votes others often see has a false-positive rate the data can show -- where it
    votes alone, the other LFs' abstentions are evidence -- while the votes of an LF that
    others never see (a rule finding the names the lists miss) look the same whether they are
    right or spurious. The bound keeps a handful of votes from passing for evidence. Twins (an
    overlap of at least ``twin_min`` either way, see :func:`type_overlaps`) repeat a vote and
    do not see it.

    Parameters
    ----------
    L : ndarray (n_rows, n_lfs)
    twin_min : float; overlaps from which two LFs count as twins (above 1: none do)
    counts : ndarray (n_rows,), optional
        How many tokens each row stands for (distinct rows and their counts).
    z : float; standard errors below the observed share
    """
    m = L.shape[1]
    ent = (L > 0).astype(np.float64)
    overlap = type_overlaps(L, counts)
    twin = (overlap >= twin_min) | (overlap.T >= twin_min)
    sees = (~twin & ~np.eye(m, dtype=bool)).astype(np.float64)  # [j, k]: k can confirm j
    w = np.ones(L.shape[0]) if counts is None else np.asarray(counts, dtype=np.float64)
    seen = (ent > 0) & ((ent @ sees.T) > 0)  # [row, j]: another, non-twin LF votes here too
    n = w @ ent
    p = np.divide(w @ seen, n, out=np.zeros(m), where=n > 0)
    nz = np.maximum(n, 1e-12)
    lower = (p + z * z / (2 * nz) - z * np.sqrt(p * (1 - p) / nz + z * z / (4 * nz * nz))) / (
        1 + z * z / nz
    )
    return np.where(n > 0, np.maximum(lower, 0.0), 0.0)


def voted_states(
    rows: np.ndarray, n_tags: int, o_on_voted: bool, checkable: np.ndarray | None = None
) -> np.ndarray:
    """Which states each vote row leaves possible, boolean (n_rows, n_tags).

    ``B-X`` and ``I-X`` are possible where some LF votes type ``X`` (either tag: segmentation
    is the model's to decide; allowing only the voted tags measured 0.5 F1 worse on
    MIT-Restaurant valid); ``O`` is possible everywhere with ``o_on_voted``, else where no LF
    votes an entity -- and, given ``checkable`` (bool per column of ``rows``), where every LF
    voting an entity is checkable. ``B-X`` can follow any state, so every sentence keeps a path.
    """
    out = np.zeros((rows.shape[0], n_tags), dtype=bool)
    r, c = np.nonzero((rows > 0) & (rows < n_tags))  # codes >= n_tags are not tag votes
    v = rows[r, c].astype(np.int64)
    t = (v + 1) // 2
    out[r, 2 * t - 1] = True
    out[r, 2 * t] = True
    out[:, 0] = True if o_on_voted else ~out[:, 1:].any(axis=1)
    if checkable is not None and not o_on_voted:
        votes = (rows > 0) & (rows < n_tags)
        out[:, 0] |= ~(votes & ~np.asarray(checkable, dtype=bool)[None, :]).any(axis=1)
    return out
