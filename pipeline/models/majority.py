"""Majority vote, per tag or the WRENCH way (per entity type, O votes yield to entity votes).

Tie rule (both modes): among the tied classes of token row ``i`` (0-based row in ``L``), the
winner is ``tied[sha1(str(i)) % len(tied)]`` with ``tied`` in class-index order -- the
deterministic hash rule snorkel's ``probs_to_preds`` uses by default, so results match
WRENCH's majority vote. Tokens where every LF abstains are ``O``.
"""

from __future__ import annotations

import hashlib
from typing import Any, ClassVar

import numpy as np

from wsl.core.bio import sentence_starts
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.models.base import LabelModel

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


def wrench_tags(L: np.ndarray, sent_ids: np.ndarray, tagset: TagSet, hashed: bool = True) -> np.ndarray:
    """WRENCH-style majority-vote BIO tag ids (valid BIO by construction)."""
    win_type = break_ties(type_votes(L, tagset), hashed=hashed)
    return io_to_bio_ids(win_type, sentence_starts(sent_ids))


class MajorityVote(LabelModel):
    """Majority vote; ``mode="wrench"`` (default) or ``mode="tags"``.

    ``wrench``: votes counted per entity type (B/I merged), an ``O`` vote counts only on
    tokens where no LF votes an entity, the winning type per token is turned into BIO (a run
    of one type starts with ``B``). This reproduces WRENCH's published MV figures.
    ``tags``: every non-abstaining vote counts for its own tag, ``O`` included.

    ``predict_proba`` gives the vote shares, with the winning tag nudged up by ``1e-6`` so that
    a tie is resolved by the tie rule, and (wrench mode) each type's share put on its ``B`` or
    ``I`` tag as the decoded run requires; constrained decoding then returns the vote winner.
    """

    name: ClassVar[str] = "mv"
    summary: ClassVar[str] = "majority vote, WRENCH-style (the baseline)"
    defaults: ClassVar[dict[str, Any]] = {"mode": "wrench"}

    def _fit(self, L: np.ndarray, sent_ids: np.ndarray) -> None:
        if self.params["mode"] not in ("wrench", "tags"):
            raise WslError(f"mv mode must be 'wrench' or 'tags', not {self.params['mode']!r}")

    def _predict_proba(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        n = L.shape[0]
        if self.params["mode"] == "tags":
            counts = vote_counts(L, self.tagset.n_tags)
            win = break_ties(counts)
            probs = counts
        else:
            counts = type_votes(L, self.tagset)
            win_type = break_ties(counts)
            starts = sentence_starts(sent_ids)
            win = io_to_bio_ids(win_type, starts)
            prev_is = np.zeros((n, len(self.tagset.types)))
            prev_is[np.flatnonzero(win_type > 0), win_type[win_type > 0] - 1] = 1.0
            prev_is = np.concatenate([np.zeros((1, prev_is.shape[1])), prev_is[:-1]])
            probs = spread_types_to_bio(counts, starts, prev_is)
        empty = probs.sum(axis=1) == 0
        probs[empty, 0] = 1.0
        probs = probs / probs.sum(axis=1, keepdims=True)
        probs[np.arange(n), win] += 1e-6
        return probs
