"""The spans table: one schema for every set of entity spans that crosses a module boundary.

``sent_id, start, end, label, prob`` -- the corpus sentence id, token positions within the
sentence (``end`` exclusive), the entity type and a confidence (1.0 for gold). Decoded label-
model output, gold spans and LF candidates are all built by :func:`spans_table`, and scoring
reads them back with :func:`span_keys`.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.bio import sentence_starts, spans_from_ids
from wsl.core.tags import TagSet

SPAN_SCHEMA: dict[str, pl.DataType] = {
    "sent_id": pl.Int64,
    "start": pl.Int64,
    "end": pl.Int64,
    "label": pl.String,
    "prob": pl.Float64,
}


def spans_table(
    starts: np.ndarray,
    ends: np.ndarray,
    types: np.ndarray,
    sent_ids: np.ndarray,
    tagset: TagSet,
    prob: np.ndarray | None = None,
) -> pl.DataFrame:
    """A spans table from spans in global token positions.

    Parameters
    ----------
    starts, ends : ndarray
        Global token positions ``[start, end)`` (sentences concatenated); no span crosses a
        sentence boundary.
    types : ndarray
        Entity-type index of each span in ``tagset``.
    sent_ids : ndarray
        Sentence id of every token (non-decreasing), e.g. ``corpus.sent_ids()``.
    prob : ndarray, optional
        Confidence of each span (default 1.0).
    """
    starts = np.asarray(starts, dtype=np.int64)
    ends = np.asarray(ends, dtype=np.int64)
    sent_ids = np.asarray(sent_ids)
    first = np.flatnonzero(sentence_starts(sent_ids))
    sent_first = first[np.searchsorted(first, starts, side="right") - 1] if len(starts) else starts
    names = np.asarray(tagset.types, dtype=object)
    return pl.DataFrame(
        {
            "sent_id": sent_ids[starts].astype(np.int64),
            "start": starts - sent_first,
            "end": ends - sent_first,
            "label": pl.Series(names[np.asarray(types, dtype=np.int64)].tolist(), dtype=pl.String),
            "prob": np.ones(len(starts)) if prob is None else np.asarray(prob, dtype=np.float64),
        },
        schema=SPAN_SCHEMA,
    )


def spans_of_ids(ids: np.ndarray, sent_ids: np.ndarray, tagset: TagSet) -> pl.DataFrame:
    """The spans of a BIO tag-id column (gold or silver) as a spans table with ``prob`` 1.0."""
    starts, ends, types = spans_from_ids(ids, sentence_starts(sent_ids))
    return spans_table(starts, ends, types, sent_ids, tagset)


def span_keys(spans: pl.DataFrame) -> list[tuple[int, int, int, str]]:
    """``(sent_id, start, end, label)`` per span: what exact-match scoring compares."""
    return list(spans.select("sent_id", "start", "end", "label").iter_rows())
