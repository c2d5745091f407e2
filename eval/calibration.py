"""Calibration of token marginals: expected calibration error, Brier score, reliability bins.

Confidence of a token is its largest marginal probability; the token is correct when the
argmax tag equals the gold tag. Bins are equal-width on [0, 1]: bin ``b`` of ``n_bins`` holds
confidences in ``[b / n_bins, (b + 1) / n_bins)``, the last bin also holds 1.0.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.errors import WslError
from wsl.eval.inputs import check_length


def _check(probs: np.ndarray, gold_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    probs = np.asarray(probs, dtype=np.float64)
    gold_ids = np.asarray(gold_ids)
    if probs.ndim != 2:
        raise WslError(f"probabilities must be 2-D (tokens x tags), got shape {probs.shape}")
    check_length("the probability matrix", probs.shape[0], len(gold_ids), "gold tags")
    if len(gold_ids) and (gold_ids.min() < 0 or gold_ids.max() >= probs.shape[1]):
        raise WslError(
            f"gold tag ids fall outside the {probs.shape[1]} columns of the probability matrix"
        )
    return probs, gold_ids.astype(np.int64)


def reliability(probs: np.ndarray, gold_ids: np.ndarray, n_bins: int = 10) -> pl.DataFrame:
    """Reliability-diagram data, one row per bin (empty bins included).

    Returns
    -------
    polars.DataFrame
        ``bin, lo, hi, count``, ``confidence`` (mean max-probability in the bin) and
        ``accuracy`` (fraction of argmax-correct tokens); the last two are null for empty bins.
    """
    if n_bins < 1:
        raise WslError(f"the number of calibration bins must be at least 1, got {n_bins}")
    probs, gold = _check(probs, gold_ids)
    conf = probs.max(1) if probs.shape[1] else np.zeros(len(gold))
    correct = probs.argmax(1) == gold if probs.shape[1] else np.zeros(len(gold), dtype=bool)
    b = np.minimum((conf * n_bins).astype(np.int64), n_bins - 1)
    count = np.bincount(b, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_conf = np.bincount(b, weights=conf, minlength=n_bins) / count
        acc = np.bincount(b, weights=correct, minlength=n_bins) / count
    edges = np.arange(n_bins + 1) / n_bins
    return pl.DataFrame(
        {
            "bin": np.arange(n_bins),
            "lo": edges[:-1],
            "hi": edges[1:],
            "count": count,
            "confidence": mean_conf,
            "accuracy": acc,
        }
    ).with_columns(pl.col("confidence", "accuracy").fill_nan(None))


def expected_calibration_error(probs: np.ndarray, gold_ids: np.ndarray, n_bins: int = 10) -> float:
    """ECE: ``sum_b (n_b / N) * |accuracy_b - confidence_b|`` over the non-empty bins (0 for no
    tokens)."""
    return _ece(reliability(probs, gold_ids, n_bins))


def _ece(bins: pl.DataFrame) -> float:
    bins = bins.drop_nulls()
    total = bins["count"].sum()
    if not total:
        return 0.0
    gap = (bins["accuracy"] - bins["confidence"]).abs()
    return float((bins["count"] * gap).sum() / total)


def brier_score(probs: np.ndarray, gold_ids: np.ndarray) -> float:
    """Multi-class Brier score: mean over tokens of ``sum_k (p_k - y_k)^2`` with one-hot gold ``y``.

    Ranges from 0 (perfect) to 2; 0 for no tokens.
    """
    probs, gold = _check(probs, gold_ids)
    if not len(gold):
        return 0.0
    sq = (probs**2).sum(1) - 2 * probs[np.arange(len(gold)), gold] + 1.0
    return float(sq.mean())


def calibration_summary(probs: np.ndarray, gold_ids: np.ndarray, n_bins: int = 10) -> dict:
    """``ece``, ``brier``, ``n_bins`` and ``bins`` (the reliability rows as a list of dicts)."""
    bins = reliability(probs, gold_ids, n_bins)
    return {
        "ece": _ece(bins),
        "brier": brier_score(probs, gold_ids),
        "n_bins": n_bins,
        "bins": bins.to_dicts(),
    }
