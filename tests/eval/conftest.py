"""Tiny hand-built gold/prediction cases shared by the eval tests."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from wsl.core.tags import TagSet


def make_table(
    sentences: list[list[tuple[str, str]]], doc_ids: list[int] | None = None
) -> pl.DataFrame:
    """Token table from sentences of ``(token, gold tag)`` pairs."""
    rows = []
    for k, sent in enumerate(sentences):
        for i, (tok, tag) in enumerate(sent):
            rows.append(
                {
                    "doc_id": doc_ids[k] if doc_ids else 0,
                    "sent_id": k,
                    "tok_id": i,
                    "token": tok,
                    "start": 0,
                    "end": len(tok),
                    "gold": tag,
                }
            )
    return pl.DataFrame(rows)


@pytest.fixture
def ab() -> TagSet:
    """Two types: tags O=0, B-A=1, I-A=2, B-B=3, I-B=4."""
    return TagSet(("A", "B"))


@pytest.fixture
def tiny(ab):
    """2 sentences, 2 gold spans (A[0,2), B[4,5)), 3 predicted (A[0,2) exact, A[3,4), A[4,6)).

    Exact matches 1 -> P = 1/3, R = 1/2, F1 = 0.4; token accuracy 5/8.
    """
    table = make_table(
        [
            [("w0", "B-A"), ("w1", "I-A"), ("w2", "O"), ("w3", "O")],
            [("w4", "B-B"), ("w5", "O"), ("w6", "O"), ("w7", "O")],
        ]
    )
    pred = ab.encode(["B-A", "I-A", "O", "B-A", "B-A", "I-A", "O", "O"])
    return table, pred


@pytest.fixture
def label_matrix() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hand-written 6 x 3 label matrix over 2 sentences, with gold ``B-A I-A O | B-B I-B O``."""
    L = np.array(
        [
            [1, 1, -1],
            [2, 0, -1],
            [-1, -1, 0],
            [2, 3, 3],  # LF0: an I-A at a sentence start starts a span
            [-1, 4, 0],
            [0, -1, -1],
        ],
        dtype=np.int16,
    )
    gold = np.array([1, 2, 0, 3, 4, 0], dtype=np.int16)
    sent = np.array([0, 0, 0, 1, 1, 1])
    return L, gold, sent


@pytest.fixture
def table_of():
    """:func:`make_table` as a fixture (test modules cannot import conftest under importlib
    mode)."""
    return make_table
