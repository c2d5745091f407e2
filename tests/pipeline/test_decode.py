"""Constrained BIO decoding and span extraction."""

from __future__ import annotations

import itertools

import numpy as np
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wsl.core.bio import repair_bio
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.decode import decode_bio, drop_low_spans, extract_spans

TS = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4


def _starts(sent: np.ndarray) -> np.ndarray:
    return np.concatenate([[True], sent[1:] != sent[:-1]]) if len(sent) else np.zeros(0, bool)


def _valid(ids: np.ndarray, sent: np.ndarray, ts: TagSet) -> bool:
    return len(repair_bio(ids, _starts(sent))[1]) == 0 if len(ids) else True


@st.composite
def problems(draw):
    n_types = draw(st.integers(1, 3))
    n = draw(st.integers(1, 40))
    cuts = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    sent = np.cumsum(np.array(cuts, dtype=np.int64))  # random sentence splits (ids non-decreasing)
    seed = draw(st.integers(0, 2**31 - 1))
    rng = np.random.default_rng(seed)
    ts = TagSet(tuple(f"T{k}" for k in range(n_types)))
    probs = rng.dirichlet(np.full(ts.n_tags, 0.3), size=n)
    if draw(st.booleans()):  # push mass onto I- tags to provoke invalid arg-max paths
        probs[:, 2::2] *= 20
    return probs, sent, ts


@settings(max_examples=150, deadline=None)
@given(problems())
def test_decoded_output_is_always_valid_bio(problem):
    probs, sent, ts = problem
    ids = decode_bio(probs, sent, ts)
    assert ids.dtype == np.int16 and ids.shape == (len(sent),)
    assert _valid(ids, sent, ts)


def _brute_force(probs: np.ndarray, ts: TagSet) -> float:
    ok, start = ts.allowed_transitions(), ts.allowed_starts()
    best = -np.inf
    for path in itertools.product(range(ts.n_tags), repeat=len(probs)):
        if not start[path[0]] or any(not ok[a, b] for a, b in zip(path, path[1:])):
            continue
        best = max(best, float(np.log(probs[np.arange(len(path)), path]).sum()))
    return best


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 4), st.integers(1, 2), st.integers(0, 10_000))
def test_viterbi_is_optimal_among_valid_paths(n, n_types, seed):
    ts = TagSet(("A", "B")[:n_types])
    probs = np.random.default_rng(seed).dirichlet(np.ones(ts.n_tags), size=n)
    ids = decode_bio(probs, np.zeros(n, dtype=np.int64), ts)
    got = float(np.log(probs[np.arange(n), ids]).sum())
    assert got == pytest.approx(_brute_force(probs, ts))


def test_i_after_o_and_at_sentence_start_is_fixed():
    # arg-max would be: I-A | I-B I-B  (sentence 0 | sentence 1)
    probs = np.array(
        [
            [0.1, 0.4, 0.5, 0.0, 0.0],
            [0.3, 0.0, 0.0, 0.3, 0.4],
            [0.3, 0.0, 0.0, 0.2, 0.5],
        ]
    )
    ids = decode_bio(probs, np.array([0, 1, 1]), TS)
    assert ids.tolist() == [1, 3, 4]  # B-A | B-B I-B: 0.3*0.5 beats O O (0.09) and O B-B (0.06)


def test_extract_spans_table_and_threshold():
    sent = np.array([5, 5, 5, 5, 9, 9])
    ids = np.array([1, 2, 0, 3, 3, 4], dtype=np.int16)  # A[0:2] B[3:4] | B[0:2]
    probs = np.full((6, 5), 0.0)
    probs[np.arange(6), ids] = [0.9, 0.7, 1.0, 0.4, 0.6, 0.8]
    probs[:, 0] += 1 - probs.sum(axis=1)
    df = extract_spans(ids, probs, sent, TS)
    assert df.columns == ["sent_id", "start", "end", "label", "prob"]
    assert df.select(["sent_id", "start", "end", "label"]).rows() == [
        (5, 0, 2, "A"),
        (5, 3, 4, "B"),
        (9, 0, 2, "B"),
    ]
    assert df["prob"].to_list() == pytest.approx([0.8, 0.4, 0.7])
    kept = extract_spans(ids, probs, sent, TS, threshold=0.5)
    assert kept.select(["sent_id", "start"]).rows() == [(5, 0), (9, 0)]
    assert drop_low_spans(ids, probs, sent, TS, threshold=0.5).tolist() == [1, 2, 0, 0, 3, 4]


def test_spans_match_decoded_ids():
    rng = np.random.default_rng(4)
    sent = np.repeat(np.arange(30), 7)
    probs = rng.dirichlet(np.full(TS.n_tags, 0.5), size=len(sent))
    ids = decode_bio(probs, sent, TS)
    df = extract_spans(ids, probs, sent, TS)
    rebuilt = np.zeros_like(ids)
    for s, a, e, lab, _ in df.iter_rows():
        base = 7 * s
        rebuilt[base + a] = TS.b(lab)
        rebuilt[base + a + 1 : base + e] = TS.i(lab)
    assert rebuilt.tolist() == ids.tolist()


def test_empty_and_bad_shapes():
    assert decode_bio(np.zeros((0, 5)), np.zeros(0), TS).tolist() == []
    df = extract_spans(np.zeros(0, np.int16), np.zeros((0, 5)), np.zeros(0), TS)
    assert df.height == 0 and df.schema["label"] == pl.Utf8
    with pytest.raises(WslError, match=r"expected \(n_tokens, 5\)"):
        decode_bio(np.zeros((3, 4)), np.zeros(3), TS)
    with pytest.raises(WslError, match="sent_ids has 2 entries but probabilities have 3 rows"):
        decode_bio(np.zeros((3, 5)), np.zeros(2), TS)
