"""Snorkel's data-programming ``LabelModel`` applied token by token.

Snorkel sees each token row of ``L`` as an independent example. Two class spaces:
``classes="io"`` (default; measured better on WRENCH NCBI-Disease and LaptopReview) merges
``B-X``/``I-X`` votes into one class per type and rebuilds BIO marginals afterwards;
``classes="bio"`` fits over all BIO tags. ``o_abstain=True`` (default) turns an ``O`` vote into
an abstain on tokens where some LF votes an entity, as WRENCH does; without it, LFs that
vote ``O`` everywhere drown the rare entity votes.

Defaults: the class prior is estimated from the votes (a token no LF votes on counts as
``O``, so a token without votes is predicted ``O``); snorkel is trained with Adam. On a token
where some LF votes an entity only the voted types can win (``voted_types``; ``O`` too with
``o_on_voted``), as in the HMM: the learned confusions otherwise pull tokens to types no LF
voted there (MIT-Restaurant valid: 42.7 span F1 without, 48.9 with; MV 49.1). Fitting
works on the distinct rows of ``L`` weighted by how often each occurs (a corpus of 300k
tokens has a few hundred distinct vote patterns), so its cost no longer grows with the corpus;
this overrides snorkel's (private) ``_generate_O``, the one place it reads the rows. LFs that
never vote are left out of the fit and ignored at prediction. BIO marginals are rebuilt from
the IO classes with the previous token's weight on the type, lowered where the LFs that cover
both tokens vote ``B`` (see :func:`restart_share`).

After fitting, only snorkel's learned conditional probabilities ``mu`` and class prior are
kept; prediction is the conditionally independent posterior computed here, so saved models
need neither torch nor snorkel to load.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import Any, ClassVar, Iterator

import numpy as np

from wsl.core.bio import sentence_starts
from wsl.core.errors import WslError
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.votes import spread_types_to_bio, unique_rows, vote_counts

log = logging.getLogger(__name__)

_MIN_LFS = 3  # snorkel refuses fewer label columns
_CONTINUE_PRIOR = 1.0  # pseudo-LF that sees a span go on (B/I split; see restart_share)
_PRIOR_FLOOR = 1e-4  # no class gets a prior of (near) zero: snorkel rejects 0, logs need > 0


@contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    """Run torch on ``n`` threads, then restore the previous setting.

    The fit is many small (n_lfs * k)^2 matrix steps; on a shared machine extra threads only
    contend (measured 5x slower with 2 threads on 2 busy cores).
    """
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _weighted_label_model(cardinality: int, weights: np.ndarray):
    """A snorkel ``LabelModel`` whose overlap matrix weights row ``i`` of ``L`` by ``weights[i]``.

    Snorkel estimates ``mu`` from the overlap matrix ``O = L_ind^T L_ind / n`` alone, so fitting
    the distinct rows of ``L`` with their counts as weights is the same fit as on all rows,
    without building the dense (n_tokens, n_lfs * cardinality) indicator matrix.
    """
    import torch
    from snorkel.labeling.model import (
        LabelModel as SnorkelLabelModel,  # heavy: import on use
    )

    class _Weighted(SnorkelLabelModel):
        def _generate_O(self, L: np.ndarray, higher_order: bool = False) -> None:
            ind = self._get_augmented_label_matrix(L, higher_order=higher_order)
            self.d = ind.shape[1]
            overlap = ind.T @ (ind * weights[:, None]) / weights.sum()
            self.O = torch.from_numpy(overlap).float().to(self.config.device)

    return _Weighted(cardinality=cardinality, verbose=False, device="cpu")


def restart_share(L: np.ndarray, sent_ids: np.ndarray, n_types: int) -> np.ndarray:
    """Per token and type, the share of the LFs voting the type here and on the previous token
    that start a new span here (vote ``B-X``, not ``I-X``), shape (n_tokens, n_types).

    In the IO class space adjacent spans of one type would merge; this lets the LFs that see
    both tokens say where one span ends and the next begins. One pseudo-LF that continues the
    span (``_CONTINUE_PRIOR``) is added to the count, so a tie between LFs keeps the span whole
    and a lone LF at most halves the continuation; 0 where no LF votes the type on both tokens.
    """
    n = L.shape[0]
    prev = np.vstack([np.full((1, L.shape[1]), -1, dtype=L.dtype), L[:-1]])
    prev[sentence_starts(sent_ids)] = -1
    typ, prev_typ = np.where(L > 0, (L - 1) // 2, -1), np.where(prev > 0, (prev - 1) // 2, -1)
    both = (typ >= 0) & (typ == prev_typ)
    restart = both & (L % 2 == 1)
    rows, cols = np.nonzero(both)
    seen = np.zeros((n, n_types))
    np.add.at(seen, (rows, typ[rows, cols]), 1.0)
    began = np.zeros((n, n_types))
    r2, c2 = np.nonzero(restart)
    np.add.at(began, (r2, typ[r2, c2]), 1.0)
    return np.divide(began, seen + _CONTINUE_PRIOR, out=np.zeros_like(began), where=seen > 0)


class SnorkelModel(LabelModel):
    """Token-level snorkel label model (see module docstring).

    Parameters (``**params``)
    -------------------------
    classes : "io" or "bio"
    o_abstain : bool
    class_balance : "votes" (each token's votes shared out over its classes, a token without
        any vote counted as ``O``), "uniform", or a list of class priors over the class space
    n_epochs, lr, l2, optimizer : snorkel training settings. Adam (step sizes independent of
        the gradient's scale) by default: the overlap entries of sparse LFs are ~1e-3, so plain
        SGD at snorkel's default rate barely moves ``mu`` from its (randomly scaled)
        initialisation. At lr 0.001 Adam moves ``mu`` about 0.001 a step; 250 steps let the
        fit settle on the synthetic test matrices without drifting far on real LF sets, whose
        correlated LFs (gazetteers and their cased twins) break snorkel's independence model.
    mu_eps : floor of the learned conditional probabilities (default ``1 / n_tokens``, at
        most 0.01); the old fixed 0.01 swamped LFs that fire on a fraction of a percent of tokens
    voted_types : on a token where some LF votes an entity, only the voted types (and ``O``
        with ``o_on_voted``) may win; without it a type no LF voted there could, through the
        learned confusions (measured on MIT-Restaurant valid: 42.7 -> 48.9 span F1)
    o_on_voted : let ``O`` win on a token where some LF votes an entity (default off: ``O``
        votes there are hidden anyway, so its score rests on the class prior alone)
    """

    name: ClassVar[str] = "snorkel"
    summary: ClassVar[str] = "snorkel's LabelModel per token"
    defaults: ClassVar[dict[str, Any]] = {
        "classes": "io",
        "o_abstain": True,
        "class_balance": "votes",
        "n_epochs": 250,
        "lr": 0.001,
        "l2": 0.0,
        "optimizer": "adam",
        "mu_eps": None,
        "voted_types": True,
        "o_on_voted": False,
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

    def _balance(self, Lc: np.ndarray, weights: np.ndarray, k: int) -> np.ndarray:
        """Class prior over the class space (see ``class_balance``), from weighted distinct rows."""
        cb = self.params["class_balance"]
        if cb == "uniform":
            return np.full(k, 1.0 / k)
        if cb == "votes":
            counts = vote_counts(Lc, k)
            total = counts.sum(axis=1, keepdims=True)
            share = np.where(total > 0, counts / np.maximum(total, 1.0), np.eye(k)[0])
            prior = np.maximum((share * weights[:, None]).sum(axis=0) / weights.sum(), _PRIOR_FLOOR)
            return prior / prior.sum()
        cb = np.asarray(cb, dtype=float)
        if cb.shape != (k,):
            space = self.params["classes"]
            raise WslError(f"class_balance has {cb.size} entries; the {space} class space has {k}")
        return cb / cb.sum()

    def _fit(self, L: np.ndarray, sent_ids: np.ndarray) -> None:
        if L.shape[1] < _MIN_LFS:
            raise WslError(
                f"the snorkel label model needs at least {_MIN_LFS} LFs, got {L.shape[1]}; "
                "use mv or hmm"
            )
        Lc, k = self._classes(L)
        rows, inverse = unique_rows(Lc)
        weights = np.bincount(inverse, minlength=len(rows)).astype(np.float64)
        prior = self._balance(rows, weights, k)
        fired = (rows >= 0).any(axis=0)
        cols = np.flatnonzero(fired) if fired.sum() >= _MIN_LFS else np.arange(L.shape[1])
        if len(cols) < L.shape[1]:
            n_out = L.shape[1] - len(cols)
            log.info("snorkel: %d of %d LFs never vote and are left out", n_out, L.shape[1])
        # [lf, vote, class]; 0 = an LF that tells nothing
        self.log_mu = np.zeros((L.shape[1], k, k))
        self.log_mu[cols] = self._fit_mu(rows[:, cols], weights, prior, k)
        self.log_prior = np.log(prior)

    def _mu_eps(self, n_tokens: float) -> float:
        """Floor of the conditional probabilities: ``mu_eps``, or by default one token's worth
        (``1 / n_tokens``, at most 0.01), the resolution the training data has."""
        eps = self.params["mu_eps"]
        return float(eps) if eps is not None else min(0.01, 1.0 / n_tokens)

    def _fit_mu(
        self, rows: np.ndarray, weights: np.ndarray, prior: np.ndarray, k: int
    ) -> np.ndarray:
        """Fit snorkel on weighted distinct rows; log P(vote | class), shape (n_lfs, k, k)."""
        model = _weighted_label_model(k, weights)
        eps = self._mu_eps(weights.sum())
        with _torch_threads(1):
            model.fit(
                rows,
                class_balance=prior.tolist(),
                progress_bar=False,
                n_epochs=int(self.params["n_epochs"]),
                lr=float(self.params["lr"]),
                l2=float(self.params["l2"]),
                optimizer=str(self.params["optimizer"]),
                mu_eps=eps,
                seed=self.seed,
            )
        mu = model.mu.detach().cpu().numpy().astype(np.float64)
        return np.log(np.clip(mu, eps, 1.0 - eps)).reshape(rows.shape[1], k, k)

    def _predict_proba(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray:
        Lc, k = self._classes(L)
        scores = np.tile(self.log_prior, (L.shape[0], 1))
        for j in range(L.shape[1]):
            fired = Lc[:, j] >= 0
            scores[fired] += self.log_mu[j, Lc[fired, j], :]
        if self.params["voted_types"]:
            scores[~self._voted(Lc, k)] = -np.inf
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        if self.params["classes"] == "bio":
            return probs
        prev = np.concatenate([np.zeros((1, k - 1)), probs[:-1, 1:]])
        prev = prev * (1.0 - restart_share(L, sent_ids, k - 1))
        return spread_types_to_bio(probs, sentence_starts(sent_ids), prev)

    def _voted(self, Lc: np.ndarray, k: int) -> np.ndarray:
        """Possible classes per token: where some LF votes an entity, the entity classes voted
        there (B-X and I-X both, in the BIO space) and ``O`` only with ``o_on_voted``; every
        class elsewhere (a token without entity votes keeps the class prior)."""
        out = np.zeros((Lc.shape[0], k), dtype=bool)
        r, c = np.nonzero(Lc > 0)
        cls = Lc[r, c]
        if self.params["classes"] == "bio":
            cls = np.concatenate([cls - (cls % 2 == 0), cls + (cls % 2 == 1)])
            r = np.concatenate([r, r])
        out[r, cls] = True
        voted = out[:, 1:].any(axis=1)
        out[~voted] = True
        out[:, 0] |= bool(self.params["o_on_voted"])
        return out

    def _state(self) -> dict[str, np.ndarray]:
        return {"log_mu": self.log_mu, "log_prior": self.log_prior}

    def _set_state(self, arrays: dict[str, np.ndarray]) -> None:
        self.log_mu = arrays["log_mu"]
        self.log_prior = arrays["log_prior"]
