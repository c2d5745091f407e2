"""Known answers for the BIO primitives every layer shares (wsl.core.bio)."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.bio import (
    best_overlap,
    ids_from_spans,
    repair_bio,
    sentence_starts,
    span_positions,
    span_runs,
    spans_from_ids,
)
from wsl.core.tags import TagSet

TS = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4


def test_sentence_starts():
    assert sentence_starts(np.array([0, 0, 1, 1, 1, 3])).tolist() == [1, 0, 1, 0, 0, 1]
    assert sentence_starts(np.zeros(0)).tolist() == []


def test_span_positions():
    idx, pos = span_positions(np.array([1, 5]), np.array([3, 6]))
    assert idx.tolist() == [0, 0, 1] and pos.tolist() == [1, 2, 5]


def test_span_runs_open_on_b_orphan_i_type_change_and_sentence_start():
    ids = np.array([1, 2, 2, 4, 0, 2, 3, 4, 4])
    starts = np.array([1, 0, 0, 0, 0, 0, 0, 0, 1], dtype=bool)
    span_of, first = span_runs(ids, starts)
    # B-A I-A I-A | I-B (type change) | O | I-A (orphan) | B-B I-B | I-B (new sentence)
    assert first.tolist() == [0, 3, 5, 6, 8]
    assert span_of.tolist() == [0, 0, 0, 1, -1, 2, 3, 3, 4]


def test_abstain_is_outside():
    s, e, t = spans_from_ids(np.array([-1, 1, 2, -1, 3]), np.array([1, 0, 0, 0, 0], dtype=bool))
    assert (s.tolist(), e.tolist(), t.tolist()) == ([1, 4], [3, 5], [0, 1])


@pytest.mark.parametrize("seed", range(5))
def test_spans_round_trip_through_ids(seed):
    rng = np.random.default_rng(seed)
    n = 60
    starts = sentence_starts(np.arange(n) // 7)
    ids, _ = repair_bio(rng.integers(0, TS.n_tags, n), starts)
    s, e, t = spans_from_ids(ids, starts)
    back = ids_from_spans(n, s, e, 1 + 2 * t)
    s2, e2, t2 = spans_from_ids(back, starts)
    assert (s2.tolist(), e2.tolist(), t2.tolist()) == (s.tolist(), e.tolist(), t.tolist())


def test_ids_from_spans_vote_column_with_o_spans():
    col = ids_from_spans(
        6, np.array([0, 3]), np.array([2, 5]), np.array([3, 0]), fill=-1, dtype=np.int8
    )
    assert col.tolist() == [3, 4, -1, 0, 0, -1] and col.dtype == np.int8


def test_repair_bio_reports_what_it_changed():
    ids, changed = repair_bio(
        np.array([2, 2, 0, 4, 3, 2]), np.array([1, 0, 0, 0, 0, 0], dtype=bool)
    )
    assert ids.tolist() == [1, 2, 0, 3, 3, 1] and changed.tolist() == [0, 3, 5]


def test_best_overlap_prefers_exact_then_leftmost():
    a_s, a_e = np.array([0, 4, 8]), np.array([3, 6, 9])
    b_s, b_e = np.array([0, 2, 4]), np.array([2, 3, 6])
    assert best_overlap(a_s, a_e, b_s, b_e, 10).tolist() == [0, 2, -1]
