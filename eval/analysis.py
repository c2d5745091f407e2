"""Labelling-function analysis: coverage, overlaps, conflicts and (with gold) accuracy per LF.

All statistics are vectorised over the whole label matrix ``L`` (``n_tokens x n_lfs``,
tag ids, ``-1`` = abstain; an ``O`` vote ``0`` is a real vote).
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import polars as pl

from wsl.core.bio import sentence_starts, spans_from_ids
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.eval.inputs import check_length

LfMeta = pl.DataFrame | Sequence[Mapping] | None

#: Columns of :func:`analyze_lfs` that need gold tags.


def _check_L(L: np.ndarray, lf_names: Sequence[str], tagset: TagSet) -> np.ndarray:
    L = np.asarray(L)
    if L.ndim != 2:
        raise WslError(f"the label matrix must be 2-D (tokens x LFs), got shape {L.shape}")
    check_length("lf_names", len(lf_names), L.shape[1], "columns (LFs) in the label matrix")
    if L.size and (L.min() < -1 or L.max() >= tagset.n_tags):
        raise WslError(f"the label matrix holds values outside -1..{tagset.n_tags - 1}")
    return L


def conflict_rows(LT: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per token: number of LFs voting, and whether at least two different tags are voted.

    ``LT`` is the label matrix transposed (one row per LF): reductions over axis 0 are fast.
    Two different tags are voted exactly when the largest and the smallest vote differ.
    """
    voted = LT >= 0
    n_voters = np.count_nonzero(voted, axis=0)
    if LT.shape[0] == 0:
        return n_voters, np.zeros(LT.shape[1], dtype=bool)
    high = LT.max(0)
    low = np.where(voted, LT, np.iinfo(LT.dtype).max).min(0)
    return n_voters, (n_voters >= 2) & (high != low)


def _votes_per_lf(LT: np.ndarray, n_tags: int) -> np.ndarray:
    """``(n_lfs, n_tags)``: number of votes of each LF for each tag (``LT`` is ``L`` transposed)."""
    out = np.zeros((LT.shape[0], n_tags), dtype=np.int64)
    for j, row in enumerate(LT):
        out[j] = np.bincount(row[row >= 0], minlength=n_tags)
    return out


def _meta_frame(
    lf_names: Sequence[str], lf_meta: LfMeta, inferred: np.ndarray, tagset: TagSet
) -> tuple[list, list, list, np.ndarray]:
    """Kind, labels text, source per LF and the ``(n_lfs, n_types)`` mask of the LF's own entity
    types.

    Labels come from ``lf_meta`` when given for an LF, otherwise from the tags the LF voted
    (``inferred``: ``(n_lfs, n_tags)`` vote counts).
    """
    rows = lf_meta.to_dicts() if isinstance(lf_meta, pl.DataFrame) else list(lf_meta or [])
    by_name = {r["name"]: r for r in rows}
    n_types = len(tagset.types)
    mask = np.zeros((len(lf_names), n_types), dtype=bool)
    kinds, labels, sources = [], [], []
    for j, name in enumerate(lf_names):
        meta = by_name.get(name, {})
        labs = meta.get("labels")
        if labs is None:
            typed = inferred[j, 1::2] + inferred[j, 2::2] > 0
            labs = (["O"] if inferred[j, 0] else []) + [
                t for t, on in zip(tagset.types, typed) if on
            ]
        elif isinstance(labs, str):
            labs = [labs]
        for lab in labs:
            if lab != "O" and lab not in tagset.types:
                raise WslError(f"LF {name!r} declares label {lab!r}, which is not in the tag set")
            if lab != "O":
                mask[j, tagset.type_index(lab)] = True
        kinds.append(meta.get("kind"))
        labels.append(",".join(labs))
        sources.append(meta.get("source"))
    return kinds, labels, sources, mask


def _span_stats(
    LT: np.ndarray, starts_mask: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Spans of every LF at once, as ``(lf, start, end, type)`` arrays sorted by LF then start.

    ``LT`` is the label matrix transposed (one row per LF). Abstains count as ``O``; an ``I``
    vote that does not continue a span of its type starts one (as :func:`spans_from_ids`).
    """
    m, n = LT.shape
    # all LFs' rows end to end, each row starting a sentence: one pass of the shared reader
    starts, ends, types = spans_from_ids(LT.ravel(), np.tile(starts_mask, m))
    lf = starts // max(n, 1)
    offset = lf * n
    return lf, starts - offset, ends - offset, types


def _gold_stats(LT, gold_ids, starts_mask, tagset, spans, type_mask) -> dict[str, np.ndarray]:
    m, n = LT.shape
    n_types = len(tagset.types)
    gold_ids = np.asarray(gold_ids)
    check_length("gold_ids", len(gold_ids), n, "rows in the label matrix")
    if n and (gold_ids.min() < 0 or gold_ids.max() >= tagset.n_tags):
        raise WslError(f"gold_ids holds tag ids outside 0..{tagset.n_tags - 1}")
    n_voted = np.count_nonzero(LT >= 0, axis=1)
    right = np.count_nonzero(LT == gold_ids, axis=1)  # abstains (-1) never equal a gold id
    gs, ge, gt = spans_from_ids(gold_ids, starts_mask)
    lf, s, e, t = spans
    # exact match by lookup: the gold span starting at each token (end, type), -1 where none
    end_at = np.full(n, -1, dtype=np.int32)
    type_at = np.full(n, -1, dtype=np.int32)
    end_at[gs], type_at[gs] = ge, gt
    hit = (end_at[s] == e) & (type_at[s] == t)
    n_spans = np.bincount(lf, minlength=m)
    tp = np.bincount(lf[hit], minlength=m)
    tp_type = np.bincount(lf[hit] * n_types + t[hit], minlength=m * n_types).reshape(m, n_types)
    gold_per_type = np.bincount(gt, minlength=n_types)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = tp / n_spans
        r = (tp_type * type_mask).sum(1) / (gold_per_type * type_mask).sum(1)
        f = np.where(p + r > 0, 2 * p * r / (p + r), 0.0)
        f = np.where(np.isnan(p) | np.isnan(r), np.nan, f)
        acc = right / n_voted
    return {
        "token_acc": acc,
        "span_p": p,
        "span_r": r,
        "span_f": f,
        "correct": tp.astype(np.int64),
        "incorrect": (n_spans - tp).astype(np.int64),
    }


def analyze_lfs(
    L: np.ndarray,
    lf_names: Sequence[str],
    tagset: TagSet,
    gold_ids: np.ndarray | None = None,
    sent_ids: np.ndarray | None = None,
    lf_meta: LfMeta = None,
    sort_by: str | None = None,
    descending: bool = True,
) -> pl.DataFrame:
    """One row of statistics per labelling function.

    Parameters
    ----------
    L : ndarray (n_tokens, n_lfs)
        Tag ids voted by each LF, ``-1`` = abstain.
    lf_names : list of str
        One name per column of ``L``.
    tagset : TagSet
    gold_ids : ndarray (n_tokens,), optional
        Gold tag ids; adds the accuracy columns (``token_acc``, ``span_p``, ``span_r``, ``span_f``,
        ``correct``, ``incorrect``).
    sent_ids : ndarray (n_tokens,), optional
        Sentence id per token (a new sentence wherever it changes); spans never cross sentences.
    lf_meta : DataFrame or list of dicts, optional
        Per LF ``name`` and any of ``kind``, ``labels`` (type names and/or ``"O"``), ``source``.
        Labels not given are inferred from the tags the LF voted.
    sort_by, descending
        Optional column to sort by.

    Returns
    -------
    polars.DataFrame
        ``name, kind, labels, source, coverage`` (fraction of tokens voted), ``spans`` (spans
        emitted: B votes plus I votes that start a span), ``entity_coverage`` (fraction with a
        non-O vote), ``overlaps`` (fraction voted by this and at least one other LF),
        ``conflicts`` (fraction where another LF votes a different tag); with gold also
        ``token_acc`` (exact tag accuracy on voted tokens), ``span_p`` (exact-match span
        precision), ``span_r`` (recall of gold spans of the LF's own entity types), ``span_f``,
        ``correct`` / ``incorrect`` (emitted spans that do / do not match a gold span exactly).
        Undefined ratios (nothing voted, no gold span of its types) are null.
    """
    L = _check_L(L, lf_names, tagset)
    n, m = L.shape
    if sent_ids is None:
        sent_ids = np.zeros(n, dtype=np.int64)  # no sentence ids: one sentence
    check_length("sent_ids", len(sent_ids), n, "tokens")
    starts_mask = sentence_starts(sent_ids)
    LT = np.ascontiguousarray(L.T)
    voted = LT >= 0
    n_voters, conflict = conflict_rows(LT)
    denom = max(n, 1)
    kinds, labels, sources, type_mask = _meta_frame(
        lf_names, lf_meta, _votes_per_lf(LT, tagset.n_tags), tagset
    )
    spans = _span_stats(LT, starts_mask)
    cols: dict[str, object] = {
        "name": pl.Series(list(lf_names), dtype=pl.Utf8),
        "kind": pl.Series(kinds, dtype=pl.Utf8),
        "labels": pl.Series(labels, dtype=pl.Utf8),
        "source": pl.Series(sources, dtype=pl.Utf8),
        "coverage": np.count_nonzero(voted, axis=1) / denom,
        "spans": np.bincount(spans[0], minlength=m).astype(np.int64),
        "entity_coverage": np.count_nonzero(LT > 0, axis=1) / denom,
        "overlaps": np.count_nonzero(voted & (n_voters >= 2), axis=1) / denom,
        "conflicts": np.count_nonzero(voted & conflict, axis=1) / denom,
    }
    if gold_ids is not None:
        cols.update(_gold_stats(LT, gold_ids, starts_mask, tagset, spans, type_mask))
    df = pl.DataFrame(cols).with_columns(pl.col(pl.Float64).fill_nan(None))
    if sort_by is not None:
        if sort_by not in df.columns:
            raise WslError(f"cannot sort by {sort_by!r}: columns are {', '.join(df.columns)}")
        df = df.sort(sort_by, descending=descending, nulls_last=True)
    return df


def summarize_lfs(L: np.ndarray, tagset: TagSet) -> dict[str, float | int]:
    """Corpus-level totals of a label matrix.

    Returns
    -------
    dict
        ``n_tokens``, ``n_lfs``; ``coverage`` (fraction of tokens with at least one vote),
        ``entity_coverage`` (at least one non-O vote), ``overlap`` (at least two votes),
        ``conflict`` (at least two different tags voted) and ``conflict_among_covered``
        (conflicting tokens / covered tokens, 0 when nothing is covered).
    """
    L = np.asarray(L)
    _check_L(L, [None] * (L.shape[1] if L.ndim == 2 else 0), tagset)
    n = L.shape[0]
    LT = np.ascontiguousarray(L.T)
    n_voters, conflicting = conflict_rows(LT)
    covered = int(np.count_nonzero(n_voters))
    conflict = int(np.count_nonzero(conflicting))
    denom = max(n, 1)
    return {
        "n_tokens": int(n),
        "n_lfs": int(L.shape[1]),
        "coverage": covered / denom,
        "entity_coverage": np.count_nonzero((LT > 0).any(0)) / denom,
        "overlap": np.count_nonzero(n_voters >= 2) / denom,
        "conflict": conflict / denom,
        "conflict_among_covered": conflict / covered if covered else 0.0,
    }


def analysis_delta(old: pl.DataFrame, new: pl.DataFrame) -> pl.DataFrame:
    """Rows of ``new`` for LFs that are new or whose numbers moved, numbers given as changes.

    Float and count columns become ``new - old`` (new LFs keep their values); unchanged LFs
    are left out. For the watch loop: "what did my edit do".
    """
    num = [c for c, t in new.schema.items() if t.is_numeric() and c in old.columns]
    joined = new.join(old.select(["name", *num]), on="name", how="left", suffix="_old")
    # a value moved when it appears, disappears or changes; null beside null (an undefined
    # ratio both times) has not moved
    changed = [
        (pl.col(c).is_null() != pl.col(f"{c}_old").is_null())
        | ((pl.col(c) - pl.col(f"{c}_old")).abs() > 1e-12).fill_null(False)
        for c in num
    ]
    is_new = ~pl.col("name").is_in(old["name"].implode())
    moved = is_new | pl.any_horizontal(changed) if num else pl.lit(True)
    deltas = [
        pl.when(pl.col(f"{c}_old").is_null())
        .then(pl.col(c))
        .otherwise(pl.col(c) - pl.col(f"{c}_old"))
        .alias(c)
        for c in num
    ]
    return joined.filter(moved).with_columns(deltas).select(new.columns)
