"""Cut a corpus into parts by sentence (folds, samples) with sentence ids renumbered."""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus


def subset(corpus: Corpus, sentences: np.ndarray) -> Corpus:
    """The sentences whose ids are in ``sentences`` (in corpus order), renumbered from 0."""
    keep = np.zeros(corpus.n_sents, dtype=bool)
    keep[np.asarray(sentences, dtype=np.int64)] = True
    new_id = np.cumsum(keep) - 1
    t = corpus.table.filter(pl.Series(keep[corpus.sent_ids()]))
    t = t.with_columns(pl.Series("sent_id", new_id[t["sent_id"].to_numpy()].astype(np.uint32)))
    return Corpus(
        table=t,
        tagset=corpus.tagset,
        texts=corpus.texts,
        source=corpus.source,
        doc_context=corpus.doc_context,
    )


def folds(n_sents: int, k: int, how: str = "contiguous", seed: int = 0) -> list[np.ndarray]:
    """``k`` folds of sentence ids.

    ``contiguous`` blocks keep neighbouring sentences (usually one document, with its
    repeated names) on one side: the honest estimate for new documents. ``random``
    assigns sentences at random (seeded): optimistic, since a document's names leak
    into both sides, but comparable with figures computed that way.
    """
    if how == "contiguous":
        edges = np.linspace(0, n_sents, k + 1).astype(np.int64)
        return [np.arange(a, b) for a, b in zip(edges[:-1], edges[1:])]
    if how == "random":
        assign = np.random.default_rng(seed).permutation(n_sents) % k
        return [np.flatnonzero(assign == i) for i in range(k)]
    raise ValueError(f"unknown fold split {how!r}")
