"""Vote preprocessing: per-LF BIO repair, duplicate columns, twin weights, corroboration,
voted states."""

from __future__ import annotations

import numpy as np

from wsl.pipeline.models.votes import (
    corroboration,
    distinct_columns,
    repair_lf_bio,
    twin_weights,
    voted_states,
)

_ = -1


def test_repair_turns_each_lfs_orphan_inside_votes_into_begins():
    # tags: O=0, B-A=1, I-A=2, B-B=3, I-B=4
    L = np.array(
        [
            [2, 1, _],  # sentence start: I-A -> B-A
            [2, 2, 4],  # continues LF 0's and LF 1's A; LF 2's I-B follows an abstain -> B-B
            [4, 0, 4],  # LF 0: I-B after A -> B-B; LF 2 continues its B
            [2, 2, 2],  # new sentence: every I- at its start -> B-
        ],
        dtype=np.int16,
    )
    sent = np.array([0, 0, 0, 1])
    out = repair_lf_bio(L, sent)
    assert out.tolist() == [[1, 1, _], [2, 2, 3], [3, 0, 4], [1, 1, 1]]
    assert out.dtype == L.dtype
    assert L[0, 0] == 2  # the input is not modified


def test_distinct_columns_keeps_the_first_of_each_identical_set():
    L = np.array([[1, 0, 1, 1], [_, 2, _, _], [3, 3, 3, 4]], dtype=np.int16)
    keep, copies = distinct_columns(L)
    assert keep.tolist() == [0, 1, 3]
    assert copies.tolist() == [2, 1, 2, 1]


def test_twin_weights_from_overlap_of_same_type_votes():
    # LF 0's two A votes both fall inside LF 1's four; LF 2 votes B where LF 1 votes A
    L = np.array([[1, 1, 3], [1, 1, _], [_, 1, 3], [_, 1, _], [_, _, 3]], dtype=np.int16)
    np.testing.assert_allclose(twin_weights(L, 0.9), [0.5, 1.0, 1.0])
    # LF 1 overlaps LF 0 by 2/4 = 0.5: a twin at threshold 0.5
    np.testing.assert_allclose(twin_weights(L, 0.5), [0.5, 1 / 1.5, 1.0])
    # distinct rows with counts give the same weights as all rows
    rows, counts = L[[0, 1, 2, 4]], np.array([1.0, 1.0, 2.0, 1.0])
    full = np.vstack([L[[0, 1, 2, 2, 4]]])
    np.testing.assert_allclose(twin_weights(rows, 0.5, counts), twin_weights(full, 0.5))
    np.testing.assert_allclose(twin_weights(L, 1.5), [1.0, 1.0, 1.0])


def test_voted_states():
    rows = np.array([[_, _], [0, _], [1, _], [2, 4], [0, 3]], dtype=np.int16)
    got = voted_states(rows, 5, o_on_voted=False)
    assert got.astype(int).tolist() == [
        [1, 0, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 1, 1, 0, 0],
        [0, 1, 1, 1, 1],
        [0, 0, 0, 1, 1],
    ]
    assert voted_states(rows, 5, o_on_voted=True)[:, 0].all()


def test_corroboration_counts_other_lfs_but_not_twins():
    # LF 2 votes B only where LF 1 does (its twin); LF 0 votes A
    L = np.array([[1, 3, 3], [1, _, _], [_, 3, 3], [_, 3, _]], dtype=np.int16)
    # LF 0: row 0 seen (by LF 1) of rows 0-1; LF 1: only row 0 of rows 0, 2, 3 (row 2 is its
    # twin's); LF 2: row 0 of rows 0, 2
    np.testing.assert_allclose(corroboration(L, 0.95, z=0.0), [1 / 2, 1 / 3, 1 / 2])
    # without twins LF 2 sees LF 1's row 2 and the other way round
    np.testing.assert_allclose(corroboration(L, 1.5, z=0.0), [1 / 2, 2 / 3, 1.0])
    # one standard error below (Wilson): two votes, one seen -> (0.75 - sqrt(0.1875)) / 1.5
    np.testing.assert_allclose(corroboration(L, 0.95)[0], (0.75 - 0.1875**0.5) / 1.5)
    # distinct rows with counts: row 0 twice -> LF 0 seen on 2 of 3
    counts = np.array([2.0, 1.0, 1.0, 1.0])
    np.testing.assert_allclose(corroboration(L, 0.95, counts, z=0.0), [2 / 3, 2 / 4, 2 / 3])
    # an LF without entity votes is not corroborated
    assert corroboration(np.array([[1, 0], [1, _]], dtype=np.int16), 0.95, z=0.0)[1] == 0.0


def test_voted_states_with_checkable_lfs():
    rows = np.array([[_, _], [1, _], [_, 1], [1, 1]], dtype=np.int16)
    got = voted_states(rows, 5, o_on_voted=False, checkable=np.array([True, False]))
    # O stays possible where every entity voter is checkable: row 1 (LF 0 alone)
    assert got[:, 0].tolist() == [True, True, False, False]
