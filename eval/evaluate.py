"""Evaluate predicted BIO tags against gold: spans, tokens, type confusion, baseline, calibration.

Scorer: our own :func:`wsl.core.scoring.score_spans`, the strict CoNLL criterion (a predicted
span counts only when its boundaries and type both equal a gold span's). Spans are read from
BIO ids with :func:`wsl.core.tags.spans_from_ids` (an ``I-`` that does not continue a span
starts one, as after :func:`repair_bio`), within sentences.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import polars as pl

from wsl.core.bio import best_overlap, spans_from_ids
from wsl.core.corpus import table_sentence_starts
from wsl.core.errors import WslError
from wsl.core.scoring import score_spans, span_tuples
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_write_text
from wsl.eval.analysis import summarize_lfs
from wsl.eval.calibration import calibration_summary
from wsl.eval.inputs import as_ids, gold_ids_from_table

SCORER = "wsl.core.scoring.score_spans: strict CoNLL exact match (boundaries and type)"


def confusion_matrix(
    gold: tuple[np.ndarray, np.ndarray, np.ndarray],
    pred: tuple[np.ndarray, np.ndarray, np.ndarray],
    n_tokens: int,
    tagset: TagSet,
) -> dict:
    """Span type confusion, rows = gold type, columns = predicted type, last row/column ``O``.

    Each gold span is paired with the predicted span that shares most tokens with it (an exact
    match if there is one; ties go to the leftmost) and counted in ``[gold type, predicted
    type]``, or in ``[gold type, O]`` when no predicted span overlaps it (a miss). Predicted
    spans paired with no gold span are counted in ``[O, predicted type]`` (spurious or extra
    pieces). ``[O, O]`` is always 0. A predicted span that covers two gold spans is paired with
    both, so a column may sum to more than the predicted spans of its type.

    Parameters
    ----------
    gold, pred : (starts, ends, types)
        Spans as from :func:`spans_from_ids`.
    """
    gs, ge, gt = gold
    ps, pe, pt = pred
    k = len(tagset.types)
    matrix = np.zeros((k + 1, k + 1), dtype=np.int64)
    best = best_overlap(gs, ge, ps, pe, n_tokens)
    paired = best >= 0
    np.add.at(matrix, (gt[paired], pt[best[paired]]), 1)
    np.add.at(matrix, (gt[~paired], k), 1)
    extra = np.ones(len(ps), dtype=bool)
    extra[best[paired]] = False
    np.add.at(matrix, (k, pt[extra]), 1)
    return {"labels": [*tagset.types, "O"], "matrix": matrix.tolist()}


def _metrics(gold_ids, pred_ids, starts_mask, sent_index, tagset, gold_spans) -> dict:
    pred_spans = spans_from_ids(pred_ids, starts_mask)
    scores = score_spans(
        span_tuples(*gold_spans, sent_index, tagset), span_tuples(*pred_spans, sent_index, tagset)
    )
    out = scores.as_dict()
    out["token_acc"] = float((gold_ids == pred_ids).mean()) if len(gold_ids) else 0.0
    out["n_pred_spans"] = int(len(pred_spans[0]))
    out["confusion"] = confusion_matrix(gold_spans, pred_spans, len(gold_ids), tagset)
    return out


def evaluate_tags(
    table: pl.DataFrame,
    pred_ids: np.ndarray,
    tagset: TagSet,
    *,
    probs: np.ndarray | None = None,
    L: np.ndarray | None = None,
    baseline_ids: np.ndarray | None = None,
    n_bins: int = 10,
) -> dict:
    """Score predicted tag ids against the table's gold tags.

    Parameters
    ----------
    table : polars.DataFrame
        Token table with ``gold`` (and ``sent_id``, optionally ``doc_id``: sentence bounds).
    pred_ids : ndarray (n_tokens,)
        Predicted tag ids (from any source; invalid ``I-`` is read as a span start).
    tagset : TagSet
    probs : ndarray (n_tokens, n_tags), optional
        Token marginals; adds ``calibration`` (see :func:`calibration_summary`).
    L : ndarray (n_tokens, n_lfs), optional
        Label matrix; adds ``lfs`` (see :func:`summarize_lfs`).
    baseline_ids : ndarray (n_tokens,), optional
        E.g. majority-vote ids; adds ``baseline`` with the same metrics as ``model``.

    Returns
    -------
    dict
        ``scorer, types, n_tokens, n_sentences, n_gold_spans``; ``model`` (and ``baseline``):
        the :meth:`SpanScores.as_dict` keys (``ents_p``, ``ents_r``, ``ents_f``, macro, counts,
        ``ents_per_type``) plus ``token_acc`` (exact tag accuracy over all tokens),
        ``n_pred_spans`` and ``confusion`` (:func:`confusion_matrix`); ``lfs`` and
        ``calibration`` (``None`` when not given).
    """
    n = table.height
    gold_ids = gold_ids_from_table(table, tagset).astype(np.int64)
    pred_ids = as_ids("pred_ids", pred_ids, n, tagset)
    starts_mask = table_sentence_starts(table)
    sent_index = np.cumsum(starts_mask) - 1
    gold_spans = spans_from_ids(gold_ids, starts_mask)
    result = {
        "scorer": SCORER,
        "types": list(tagset.types),
        "n_tokens": int(n),
        "n_sentences": int(starts_mask.sum()),
        "n_gold_spans": int(len(gold_spans[0])),
        "model": _metrics(gold_ids, pred_ids, starts_mask, sent_index, tagset, gold_spans),
        "baseline": None,
        "lfs": None,
        "calibration": None,
    }
    if baseline_ids is not None:
        base = as_ids("baseline_ids", baseline_ids, n, tagset)
        result["baseline"] = _metrics(gold_ids, base, starts_mask, sent_index, tagset, gold_spans)
    if L is not None:
        if np.ndim(L) != 2 or len(L) != n:
            raise WslError(f"the label matrix has shape {np.shape(L)} but the table has {n} tokens")
        result["lfs"] = summarize_lfs(L, tagset)
    if probs is not None:
        if np.ndim(probs) != 2 or np.shape(probs)[1] != tagset.n_tags:
            raise WslError(
                f"probabilities have shape {np.shape(probs)}, expected ({n}, {tagset.n_tags})"
            )
        result["calibration"] = calibration_summary(probs, gold_ids, n_bins)
    return result


def to_json(result: dict) -> str:
    """The :func:`evaluate_tags` dict as JSON with sorted keys (stable across runs)."""
    return json.dumps(result, sort_keys=True, indent=2, allow_nan=False) + "\n"


def write_json(path: str | os.PathLike, result: dict) -> Path:
    """Write :func:`to_json` to ``path`` atomically."""
    return atomic_write_text(path, to_json(result))
