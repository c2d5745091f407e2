"""The priority label model: first LF (column) wins whole spans, on hand-written matrices."""

from __future__ import annotations

import numpy as np

from wsl.core.bio import span_runs
from wsl.core.tags import TagSet
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.priority import priority_tags
from wsl.pipeline.models.registry import load_model, make_model

TS = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4
_ = -1


def test_column_spans_open_on_b_or_on_an_i_that_does_not_continue():
    col = np.array([1, 2, 2, 4, 0, 2, 3, 3, 4], dtype=np.int16)
    starts = np.array([1, 0, 0, 0, 0, 0, 0, 1, 0], dtype=bool)  # sentence 2 starts at token 7
    span_of, first = span_runs(col, starts)
    assert first.tolist() == [0, 3, 5, 6, 7]
    assert span_of.tolist() == [0, 0, 0, 1, -1, 2, 3, 4, 4]


def test_first_column_wins_whole_spans_and_o_never_blocks():
    L = np.array(
        [
            [1, 3, 0],  # col 0 "A" here; col 1's 2-token B span overlaps it -> dropped whole
            [_, 4, 0],
            [_, 3, 1],  # col 1 B span accepted (col 2's A span overlaps it -> dropped)
            [
                0,
                _,
                2,
            ],  # col 0 votes O: does not block col 2 ... but col 2's span is already dropped
            [0, _, 1],  # O from col 0 never blocks: col 2's A is accepted
            [1, _, _],  # two adjacent single-token A spans stay two spans
            [1, _, _],
        ],
        dtype=np.int16,
    )
    sent = np.zeros(len(L), dtype=np.int64)
    assert priority_tags(L, sent).tolist() == [1, 0, 3, 0, 1, 1, 1]


def test_predict_proba_winner_is_argmax_and_decodes_exactly():
    L = np.array([[1, 3, _], [2, 4, 2], [_, _, _], [0, 3, _]], dtype=np.int16)
    sent = np.array([0, 0, 0, 1])
    m = make_model("priority", TS).fit(L, sent)
    probs = m.predict_proba(L, sent)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    # token 0: winner B-A, votes B-A and B-B -> 0.5 + 0.5 * 1/2
    np.testing.assert_allclose(probs[0], [0.0, 0.75, 0.0, 0.25, 0.0])
    np.testing.assert_allclose(probs[2], [1.0, 0.0, 0.0, 0.0, 0.0])
    # token 3: col 0 votes O, col 1 opens B-B: O never blocks -> B-B
    np.testing.assert_allclose(probs[3], [0.25, 0.0, 0.0, 0.75, 0.0])
    assert decode_bio(probs, sent, TS).tolist() == [1, 2, 0, 3]


def test_column_order_is_the_ranking():
    L = np.array([[1, 3], [2, 4]], dtype=np.int16)
    sent = np.zeros(2, dtype=np.int64)
    assert priority_tags(L, sent).tolist() == [1, 2]
    assert priority_tags(L[:, ::-1], sent).tolist() == [3, 4]


def test_save_and_load(tmp_path):
    L = np.array([[1, _], [_, 3]], dtype=np.int16)
    sent = np.array([0, 0])
    m = make_model("priority", TS).fit(L, sent)
    m.save(tmp_path / "p.npz")
    back = load_model(tmp_path / "p.npz")
    np.testing.assert_allclose(back.predict_proba(L, sent), m.predict_proba(L, sent))
