"""The label-model interface and the factory that builds a model by name.

A label model turns a token-level label matrix ``L`` (one row per token, one column per LF,
values = tag ids of a :class:`~wsl.core.tags.TagSet`, ``-1`` = abstain) into per-token
tag marginals. Every model saves to one ``.npz`` file holding its fitted arrays plus a JSON
header (model name, entity types, seed, parameters, number of LFs), so a saved model can be
reloaded without knowing its class. A new model subclasses :class:`LabelModel` (``name``,
``summary``, ``defaults``, ``_fit``, ``_predict_proba``) and is listed once in
:mod:`wsl.pipeline.models.registry`; the CLI's help text is built from that list.
"""

from __future__ import annotations

import json
import logging
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_write

log = logging.getLogger(__name__)

FORMAT = "wsl-label-model/1"


class LabelModel(ABC):
    """Abstract label model: ``fit`` on a label matrix, then ``predict_proba`` per token.

    Parameters
    ----------
    tagset : TagSet
        The tags the LF votes and the outputs index.
    seed : int
        Seed for anything random in fitting; same seed and data give the same model.
    **params
        Model-specific settings; unknown names are a :class:`WslError`. Defaults live in the
        subclass's ``defaults``.
    """

    name: ClassVar[str]
    summary: ClassVar[str] = ""  # one line for --help
    defaults: ClassVar[dict[str, Any]] = {}
    uses_gold: ClassVar[bool] = False  # True: ``_fit`` takes the per-token ``gold`` array

    def __init__(self, tagset: TagSet, seed: int = 0, **params: Any) -> None:
        unknown = sorted(set(params) - set(self.defaults))
        if unknown:
            raise WslError(
                f"unknown parameter(s) {', '.join(unknown)} for label model {self.name!r}; "
                f"known: {', '.join(sorted(self.defaults)) or 'none'}"
            )
        self.tagset = tagset
        self.seed = int(seed)
        self.params: dict[str, Any] = {**self.defaults, **params}
        self.n_lfs: int | None = None
        self._row_offset = 0  # set by predict_proba for the duration of one call
        self.lf_names: list[str] | None = (
            None  # recorded by the caller, checked when a saved model is reused
        )
        # LFs that vote from a label model's own output (the document-level LFs), named by
        # the caller before fitting: their agreement with the other LFs is by construction,
        # so a model must not read it as evidence of their precision
        self.derived_lfs: frozenset[str] = frozenset()
        self.gold_tokens: int = 0  # gold tokens the fit was clamped to (semi-supervised)
        # the held-out check of a gold sample (wsl.pipeline.gold_check), None without one
        self.gold_check: dict[str, Any] | None = None

    # ----- public API -------------------------------------------------------------------
    def fit(
        self, L: np.ndarray, sent_ids: np.ndarray, gold: np.ndarray | None = None
    ) -> "LabelModel":
        """Fit on label matrix ``L`` (n_tokens, n_lfs) with per-token sentence ids.

        ``gold`` (optional, n_tokens): a gold tag id per token, ``-1`` where unknown. A model
        with ``uses_gold`` is fitted semi-supervised (the known tokens clamped to their tags);
        the others ignore it (logged) -- they have nothing to estimate from it.
        """
        L, sent_ids = self._check(L, sent_ids, fitting=True)
        if L.shape[0] == 0 or L.shape[1] == 0:
            raise WslError(
                f"cannot fit label model {self.name!r} on an empty label matrix (shape {L.shape})"
            )
        gold = self._check_gold(gold, L.shape[0])
        self.n_lfs = L.shape[1]
        self.gold_tokens = 0
        self.gold_check = None
        if gold is not None and self.uses_gold:
            self.gold_tokens = int((gold >= 0).sum())
            self._fit(L, sent_ids, gold=gold)
        else:
            if gold is not None:
                log.info("label model %s ignores the gold sample", self.name)
            self._fit(L, sent_ids)
        return self

    def _check_gold(self, gold: np.ndarray | None, n: int) -> np.ndarray | None:
        """``gold`` as int64, or ``None`` when absent or without a single known tag."""
        if gold is None:
            return None
        gold = np.asarray(gold)
        if gold.shape != (n,):
            raise WslError(f"gold has {gold.size} entries but the label matrix has {n} rows")
        if gold.size and (gold.min() < -1 or gold.max() >= self.tagset.n_tags):
            raise WslError(f"gold holds tag ids outside -1..{self.tagset.n_tags - 1}")
        return gold.astype(np.int64) if (gold >= 0).any() else None

    def predict_proba(self, L: np.ndarray, sent_ids: np.ndarray, row_offset: int = 0) -> np.ndarray:
        """Tag marginals, float64 array (n_tokens, n_tags) whose rows sum to 1.

        ``row_offset``: the position of ``L``'s first row in the whole corpus, when ``L`` is
        a shard of it (models whose output depends on a row's position -- majority vote's
        tie rule -- then give the labels of the whole corpus).
        """
        if self.n_lfs is None:
            raise WslError(f"label model {self.name!r} is not fitted; call fit first")
        L, sent_ids = self._check(L, sent_ids, fitting=False)
        if L.shape[0] == 0:
            return np.zeros((0, self.tagset.n_tags))
        self._row_offset = int(row_offset)
        try:
            probs = self._predict_proba(L, sent_ids)
        finally:
            self._row_offset = 0
        total = probs.sum(axis=1, keepdims=True)
        if probs.dtype == np.float64 and probs.flags.owndata and probs.flags.writeable:
            return np.divide(probs, total, out=probs)  # the model's own array: no second copy
        return probs / total

    def fit_predict(
        self, L: np.ndarray, sent_ids: np.ndarray, gold: np.ndarray | None = None
    ) -> np.ndarray:
        """``fit`` then ``predict_proba`` on the same matrix (models may share work)."""
        self.fit(L, sent_ids, gold)
        return self.predict_proba(L, sent_ids)

    def save(self, path: str | Path) -> None:
        """Write the model to ``path`` atomically (an ``.npz`` file: fitted arrays plus a JSON
        header)."""
        if self.n_lfs is None:
            raise WslError(f"label model {self.name!r} is not fitted; nothing to save")
        header = {
            "format": FORMAT,
            "model": self.name,
            "types": list(self.tagset.types),
            "seed": self.seed,
            "params": self.params,
            "n_lfs": self.n_lfs,
            "lf_names": self.lf_names,
            "gold_tokens": self.gold_tokens,
            "gold_check": self.gold_check,
        }
        arrays = {f"a_{k}": v for k, v in self._state().items()}
        with atomic_write(path, "wb") as fh:
            np.savez(fh, header=np.array(json.dumps(header)), **arrays)

    @classmethod
    def from_saved(cls, header: dict[str, Any], arrays: dict[str, np.ndarray]) -> "LabelModel":
        """Rebuild a fitted model of this class from what :meth:`save` wrote.

        Reading the file and choosing the class is :func:`wsl.pipeline.models.registry.load_model`.
        """
        model = cls(TagSet(tuple(header["types"])), seed=header["seed"], **header["params"])
        model.n_lfs = int(header["n_lfs"])
        model.lf_names = header.get("lf_names")
        model.gold_tokens = int(header.get("gold_tokens", 0))
        model.gold_check = header.get("gold_check")
        model._set_state(arrays)
        return model

    # ----- for subclasses ---------------------------------------------------------------
    @abstractmethod
    def _fit(self, L: np.ndarray, sent_ids: np.ndarray, gold: np.ndarray | None = None) -> None:
        """Fit; ``gold`` is passed only to models with ``uses_gold``."""

    @abstractmethod
    def _predict_proba(self, L: np.ndarray, sent_ids: np.ndarray) -> np.ndarray: ...

    def _state(self) -> dict[str, np.ndarray]:
        """Fitted arrays to save (none by default)."""
        return {}

    def _set_state(self, arrays: dict[str, np.ndarray]) -> None:
        """Restore what :meth:`_state` returned."""

    # ----- validation -------------------------------------------------------------------
    def _check(
        self, L: np.ndarray, sent_ids: np.ndarray, fitting: bool
    ) -> tuple[np.ndarray, np.ndarray]:
        L = np.asarray(L)
        sent_ids = np.asarray(sent_ids)
        if L.ndim != 2:
            raise WslError(f"label matrix must be 2-D (n_tokens, n_lfs), got shape {L.shape}")
        if sent_ids.shape != (L.shape[0],):
            raise WslError(
                f"sent_ids has {sent_ids.size} entries but the label matrix has {L.shape[0]} rows"
            )
        if not fitting and L.shape[1] != self.n_lfs:
            raise WslError(
                f"label matrix has {L.shape[1]} LF columns but the model was fitted on {self.n_lfs}"
            )
        if L.size:
            lo, hi = int(L.min()), int(L.max())
            if lo < -1 or hi >= self.tagset.n_tags:
                raise WslError(
                    f"label matrix holds vote {hi if hi >= self.tagset.n_tags else lo} outside "
                    f"-1..{self.tagset.n_tags - 1}"
                    f" (tag set of {self.tagset.n_tags} tags)"
                )
        if sent_ids.size > 1 and np.any(np.diff(sent_ids) < 0):
            raise WslError("sent_ids must be non-decreasing (tokens in sentence order)")
        return L.astype(np.int16, copy=False), sent_ids
