"""Majority vote, per tag or the WRENCH way (per entity type, O votes yield to entity votes).

Tie rule (both modes): among the tied classes of token row ``i`` (0-based row in ``L``), the
winner is ``tied[sha1(str(i)) % len(tied)]`` with ``tied`` in class-index order -- the
deterministic hash rule snorkel's ``probs_to_preds`` uses by default, so results match
WRENCH's majority vote. Tokens where every LF abstains are ``O``.
"""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np

from wsl.core.bio import sentence_starts
from wsl.core.errors import WslError
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.votes import (
    break_ties,
    io_to_bio_ids,
    spread_types_to_bio,
    type_votes,
    vote_counts,
)


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
            win = break_ties(counts, row_offset=self._row_offset)
            probs = counts
        else:
            counts = type_votes(L, self.tagset)
            win_type = break_ties(counts, row_offset=self._row_offset)
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
