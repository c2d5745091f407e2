"""Snorkel's data-programming ``LabelModel`` applied token by token.

Snorkel sees each token row of ``L`` as an independent example. Two class spaces:
``classes="io"`` (default; measured better on WRENCH NCBI-Disease and LaptopReview) merges
``B-X``/``I-X`` votes into one class per type and rebuilds BIO marginals afterwards;
``classes="bio"`` fits over all BIO tags. ``o_abstain=True`` (default) turns an ``O`` vote into
an abstain on tokens where some LF votes an entity, as WRENCH does; without it, LFs that
vote ``O`` everywhere drown the rare entity votes.

After fitting, only snorkel's learned conditional probabilities ``mu`` and class prior are
kept; prediction is the conditionally independent posterior computed here, so saved models
need neither torch nor snorkel to load.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import numpy as np

from wsl.pipeline.errors import WslError
from wsl.pipeline.models.base import LabelModel, sentence_starts
from wsl.pipeline.models.majority import spread_types_to_bio, vote_counts

log = logging.getLogger(__name__)

_CLIP = (0.01, 0.99)  # keeps log(mu) finite; mu estimates can reach 0 (or below)


class SnorkelModel(LabelModel):
    """Token-level snorkel label model (see module docstring).

    Parameters (``**params``)
    -------------------------
    classes : "io" or "bio"
    o_abstain : bool
    class_balance : "votes" (estimated from the majority vote of the training matrix),
        "uniform", or a list of class priors over the chosen class space
    n_epochs, lr : snorkel training settings
    """

    name: ClassVar[str] = "snorkel"
    defaults: ClassVar[dict[str, Any]] = {
        "classes": "io",
        "o_abstain": True,
        "class_balance": "uniform",
        "n_epochs": 100,
        "lr": 0.01,
    }

    def _classes(self, L: np.ndarray) -> tuple[np.ndarray, int]:
        """Map L into the model's class space and optionally hide O votes beside entity votes."""
        if self.params["classes"] == "io":
            out, k = np.where(L > 0, (L + 1) // 2, L), 1 + len(self.tagset.types)
        elif self.params["classes"] == "bio":
            out, k = L.astype(np.int64), self.tagset.n_tags
        else:
            raise WslError(f"snorkel classes must be 'io' or 'bio', not {self.params['classes']!r}")
        if self.params["o_abstain"]:
            has_entity = (out > 0).any(axis=1, keepdims=True)
            out = np.where(has_entity & (out == 0), -1, out)
        return out.astype(np.int64), k

    def _balance(self, Lc: np.ndarray, k: int) -> list[float] | None:
        cb = self.params["class_balance"]
        if cb == "uniform":
            return None
        if cb == "votes":
            counts = vote_counts(Lc, k)
            has = counts.sum(axis=1) > 0
            share = (counts[has] / counts[has].sum(axis=1, keepdims=True)).sum(axis=0) + (~has).sum() * np.eye(k)[0]
            share = np.maximum(share / share.sum(), 1e-4)
            return (share / share.sum()).tolist()
        cb = np.asarray(cb, dtype=float)
        if cb.shape != (k,):
            raise WslError(f"class_balance has {cb.size} entries; the {self.params['classes']} class space has {k}")
        return (cb / cb.sum()).tolist()

    def _fit(self, L: np.ndarray, sent_ids: np.ndarray) -> None:
        from snorkel.labeling.model import LabelModel as SnorkelLabelModel  # heavy: import on use

        Lc, k = self._classes(L)
        model = SnorkelLabelModel(cardinality=k, verbose=False, device="cpu")
        model.fit(
            Lc,
            class_balance=self._balance(Lc, k),
            progress_bar=False,
            n_epochs=int(self.params["n_epochs"]),
            lr=float(self.params["lr"]),
            seed=self.seed,
        )
        mu = model.mu.detach().cpu().numpy().astype(np.float64)
        self.log_mu = np.log(np.clip(mu, *_CLIP)).reshape(L.shape[1], k, k)  # [lf, vote, class]
        self.log_prior = np.log(np.asarray(model.p, dtype=np.float64))

    def _predict_proba(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        Lc, k = self._classes(L)
        scores = np.tile(self.log_prior, (L.shape[0], 1))
        for j in range(L.shape[1]):
            fired = Lc[:, j] >= 0
            scores[fired] += self.log_mu[j, Lc[fired, j], :]
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        if self.params["classes"] == "bio":
            return probs
        prev = np.concatenate([np.zeros((1, k - 1)), probs[:-1, 1:]])
        return spread_types_to_bio(probs, sentence_starts(sent_ids), prev)

    def _state(self) -> dict[str, np.ndarray]:
        return {"log_mu": self.log_mu, "log_prior": self.log_prior}

    def _set_state(self, arrays: dict[str, np.ndarray]) -> None:
        self.log_mu = arrays["log_mu"]
        self.log_prior = arrays["log_prior"]
