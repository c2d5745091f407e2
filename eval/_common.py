"""Helpers shared by the eval modules: input checks, sentence starts, gold ids, span tuples."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import polars as pl

from wsl.core.bio import span_positions
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.core.textio import atomic_write


def check_length(what: str, n_got: int, n_expected: int, expected_what: str = "tokens in the table") -> None:
    """Raise :class:`WslError` unless ``n_got == n_expected``, naming both numbers."""
    if n_got != n_expected:
        raise WslError(f"{what} has {n_got} rows but there are {n_expected} {expected_what}")


def gold_ids_from_table(table: pl.DataFrame, tagset: TagSet) -> np.ndarray:
    """Gold tag ids from the table's ``gold`` column; :class:`WslError` on a missing column or unknown tag."""
    if "gold" not in table.columns:
        raise WslError("the token table has no 'gold' column: evaluation needs gold tags")
    mapping = {t: i for i, t in enumerate(tagset.tags)}
    ids = table["gold"].replace_strict(mapping, default=None, return_dtype=pl.Int16)
    bad = ids.is_null()
    if bad.any():
        row = int(bad.arg_max())
        raise WslError(
            f"gold tag {table['gold'][row]!r} at token row {row} is not in the tag set "
            f"({len(tagset.types)} types: {', '.join(tagset.types)})"
        )
    return ids.to_numpy().astype(np.int16)


def as_ids(name: str, ids: np.ndarray, n_tokens: int, tagset: TagSet) -> np.ndarray:
    """Check a tag-id vector: length and range; returns it as an int array."""
    ids = np.asarray(ids)
    check_length(name, len(ids), n_tokens)
    if len(ids) and (ids.min() < 0 or ids.max() >= tagset.n_tags):
        raise WslError(f"{name} holds tag ids outside 0..{tagset.n_tags - 1}")
    return ids.astype(np.int64)


def span_tuples(
    starts: np.ndarray, ends: np.ndarray, types: np.ndarray, sent_index: np.ndarray, tagset: TagSet
) -> list[tuple[int, int, int, str]]:
    """Spans as ``(sentence index, start, end, label)`` tuples for :func:`score_spans`.

    ``start``/``end`` are global token positions, so the tuples are unique across the corpus.
    """
    names = np.asarray(tagset.types, dtype=object)
    return list(zip(sent_index[starts].tolist(), starts.tolist(), ends.tolist(), names[types].tolist()))


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`wsl.core.textio.atomic_write`)."""
    with atomic_write(path) as fh:
        fh.write(text)
    return Path(path)


def best_overlap(
    a_starts: np.ndarray, a_ends: np.ndarray, b_starts: np.ndarray, b_ends: np.ndarray, n_tokens: int
) -> np.ndarray:
    """For each span of ``a``, the index of the ``b`` span sharing most tokens with it, or ``-1``.

    ``b`` spans must not overlap each other. An exact match always wins (it covers every token
    of the ``a`` span); ties go to the leftmost ``b`` span.
    """
    out = np.full(len(a_starts), -1, dtype=np.int64)
    owner = np.full(n_tokens, -1, dtype=np.int64)
    b_idx, b_pos = span_positions(b_starts, b_ends)
    owner[b_pos] = b_idx
    a_idx, a_pos = span_positions(a_starts, a_ends)
    hit = owner[a_pos]
    keep = hit >= 0
    base = len(b_starts) + 1
    pairs, overlap = np.unique(a_idx[keep] * base + hit[keep], return_counts=True)
    a_of, b_of = np.divmod(pairs, base)
    order = np.lexsort((b_of, -overlap, a_of))
    best_a, first = np.unique(a_of[order], return_index=True)
    out[best_a] = b_of[order][first]
    return out
