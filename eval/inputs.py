"""Checks of what the evaluation functions are given: lengths, tag-id ranges, the gold column."""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.errors import WslError
from wsl.core.tags import TagSet


def check_length(
    what: str, n_got: int, n_expected: int, expected_what: str = "tokens in the table"
) -> None:
    """Raise :class:`WslError` unless ``n_got == n_expected``, naming both numbers."""
    if n_got != n_expected:
        raise WslError(f"{what} has {n_got} rows but there are {n_expected} {expected_what}")


def gold_ids_from_table(table: pl.DataFrame, tagset: TagSet) -> np.ndarray:
    """Gold tag ids from the table's ``gold`` column; :class:`WslError` on a missing column or
    unknown tag."""
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
