"""The sentences a label model is fitted on: one rule for in-memory and sharded runs.

A label model's parameters are estimated as well from 100k tokens as from the whole corpus
(see :mod:`wsl.pipeline.models.hmm`), so a new model is fitted on a sample: the sentences
with the smallest seeded hash of their tokens, up to ``SAMPLE_TOKENS`` tokens, in hash order.
The hash depends only on a sentence's tokens and the seed, so the sample is the same however
the input is cut into shards or ordered -- which is why a sharded run and an in-memory run
fit the very same model and give the same labels.
"""

from __future__ import annotations

import zlib

import numpy as np
import polars as pl

from wsl.core.bio import sentence_starts
from wsl.core.corpus import Corpus
from wsl.core.errors import WslError

SAMPLE_TOKENS = 100_000


def sentence_keys(corpus: Corpus, seed: int) -> np.ndarray:
    """A seeded 32-bit hash of each sentence's tokens (the sample takes the smallest)."""
    joined = corpus.table.group_by("sent_id", maintain_order=True).agg(
        pl.col("token").str.join("\x1f")  # joined by polars: no Python list per sentence
    )["token"]
    salt = f"{seed}\x1f".encode()
    return np.fromiter(
        (zlib.crc32(salt + t.encode("utf-8", "surrogatepass")) for t in joined),
        dtype=np.int64,
        count=len(joined),
    )


class FitSample:
    """The sentences with the smallest keys whose tokens fit in ``budget`` (at least one),
    gathered shard by shard; ties between equal keys go to the earlier sentence."""

    def __init__(self, budget: int = SAMPLE_TOKENS) -> None:
        self.budget = budget
        self.keys = np.zeros(0, dtype=np.int64)
        self.rows: list[np.ndarray] = []

    def add(self, keys: np.ndarray, L: np.ndarray, sent_ids: np.ndarray) -> None:
        """Merge a shard's sentences (keys, votes) into the sample, keeping the smallest keys.

        Kept rows are copied: a view would keep the whole shard's matrix alive.
        """
        bounds = np.append(np.flatnonzero(sentence_starts(sent_ids)), len(L))
        n_old = len(self.keys)
        all_keys = np.concatenate([self.keys, keys])
        lengths = np.concatenate([[len(r) for r in self.rows], np.diff(bounds)]).astype(np.int64)
        order = np.lexsort((np.arange(len(all_keys)), all_keys))
        n_keep = int(np.searchsorted(np.cumsum(lengths[order]), self.budget, side="right"))
        keep = order[: max(n_keep, 1)]
        rows = []
        for i in keep.tolist():
            if i < n_old:
                rows.append(self.rows[i])
            else:
                j = i - n_old
                rows.append(L[bounds[j] : bounds[j + 1]].copy())
        self.keys = all_keys[keep]
        self.rows = rows

    def matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """The sample's votes in key order, and its sentence ids (0, 1, ... in that order)."""
        if not self.rows:
            raise WslError("no sentences to fit the label model on")
        sent = np.repeat(np.arange(len(self.rows)), [len(r) for r in self.rows])
        return np.concatenate(self.rows), sent


def sample_votes(
    corpus: Corpus, L: np.ndarray, seed: int, budget: int = SAMPLE_TOKENS
) -> tuple[np.ndarray, np.ndarray]:
    """The fit sample of an in-memory corpus: its votes and sentence ids (see the module)."""
    sample = FitSample(budget)
    sample.add(sentence_keys(corpus, seed), L, corpus.sent_ids())
    return sample.matrix()
