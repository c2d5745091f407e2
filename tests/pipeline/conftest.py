"""Fixtures shared by the pipeline tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

DOC_TEXT = (
    "Rust and Go run on Linux. Windows runs Python too.\n\nHaskell is lazy. FreeBSD is a Unix.\n"
)


def _write_docs(root: Path, n: int = 6) -> Path:
    """A folder ``root/docs`` of ``n`` text files; file ``i`` holds the text ``i + 1`` times."""
    folder = root / "docs"
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"d{i}.txt").write_text(DOC_TEXT * (i + 1))
    return folder


@pytest.fixture
def write_docs():
    """The builder of small multi-file inputs for sharded runs (see :func:`_write_docs`)."""
    return _write_docs


def _vote_case(n_mis: int, n_b: int, n_a: int, mis_truth: int = 3):
    """Three-token sentences ``x t y``, one entity on ``t``, tags of ``TagSet(("A", "B"))``:
    LF0 votes A on ``n_mis`` sentences whose truth is ``mis_truth`` (B by default: this schema
    calls them B), LF1 votes B on ``n_b`` B sentences, LF2 votes A on ``n_a`` A sentences.
    Returns (L, sent_ids, gold)."""
    _ = -1
    rows, gold = [], []
    for vote, truth, n in ((0, mis_truth, n_mis), (1, 3, n_b), (2, 1, n_a)):
        for _i in range(n):
            mid = [_, _, _]
            mid[vote] = 1 if vote in (0, 2) else 3
            rows += [[_, _, _], mid, [_, _, _]]
            gold += [0, truth, 0]
    n_s = n_mis + n_b + n_a
    return np.array(rows, dtype=np.int16), np.repeat(np.arange(n_s), 3), np.array(gold)


@pytest.fixture
def vote_case():
    """The builder of the small semi-supervised cases (see :func:`_vote_case`)."""
    return _vote_case
