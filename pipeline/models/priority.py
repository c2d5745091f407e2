"""Priority vote: LFs ranked by column order, the first LF's span over a token wins.

For LFs of known, unequal trust — gazetteers mined from the user's own labels before the
shipped generic LFs, a high label-rate band before a low one — a vote count lets many weak
LFs outvote one strong LF. Here the ranking is declared as data: the order of the columns
of ``L`` (the order the LFs were given in). Each LF's votes are read as spans (a ``B-X``,
or an ``I-X`` that does not continue the LF's previous token, opens a span; ``I-X`` tokens
continue it); taking the columns in order, a span is accepted whole when none of its tokens
is covered by an accepted span yet, otherwise dropped whole. ``O`` votes never block.
Decoding returns exactly the accepted spans, adjacent spans of one type kept apart.

``predict_proba`` puts half of each token's mass on the winning tag and spreads the other
half by the share of non-abstaining votes per tag, so the confidence of a span grows with
the agreement of the other LFs and the winner is always the arg-max.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from wsl.core.bio import sentence_starts, span_runs
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.votes import vote_counts


def priority_tags(L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
    """BIO tag ids from first-wins span priority over the columns of ``L`` (see the module)."""
    n = L.shape[0]
    starts = sentence_starts(sent_ids)
    taken = np.zeros(n, dtype=bool)
    tags = np.zeros(n, dtype=np.int64)
    for j in range(L.shape[1]):
        span_of, first = span_runs(L[:, j], starts)
        if not len(first):
            continue
        in_span = np.flatnonzero(span_of >= 0)
        blocked = np.bincount(span_of[in_span], weights=taken[in_span], minlength=len(first)) > 0
        win = in_span[~blocked[span_of[in_span]]]
        if not len(win):
            continue
        etype = (L[win, j].astype(np.int64) + 1) // 2
        is_first = np.zeros(n, dtype=bool)
        is_first[first] = True
        tags[win] = np.where(is_first[win], 2 * etype - 1, 2 * etype)
        taken[win] = True
    return tags


class PriorityModel(LabelModel):
    """First-wins span priority by LF (column) order; nothing to fit."""

    name: ClassVar[str] = "priority"
    summary: ClassVar[str] = "the first-ranked LF's span wins (LF order)"
    defaults: ClassVar[dict[str, Any]] = {}

    def _fit(self, L: np.ndarray, sent_ids: np.ndarray) -> None:
        """Nothing to learn: the ranking is the column order."""

    def _predict_proba(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        n, k = L.shape[0], self.tagset.n_tags
        tags = priority_tags(L, sent_ids)
        counts = vote_counts(L, k)
        total = counts.sum(axis=1, keepdims=True)
        share = np.divide(counts, total, out=np.zeros_like(counts), where=total > 0)
        probs = 0.5 * share
        probs[np.arange(n), tags] += 0.5
        probs[total[:, 0] == 0] = np.eye(k)[0]
        return probs
