"""Forward-backward over pieces of sentences: cut at tokens that can only be O, and exact."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.pipeline.models.hmm import forward_backward, piecewise_forward_backward
from wsl.pipeline.models.lockstep import lockstep, segments


def test_segments_are_the_runs_with_their_certain_neighbours():
    sent = np.array([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2])
    certain = np.array([1, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1], dtype=bool)
    seg = segments(sent, certain)
    # pieces in token order: [0 1 2 3] and [3 4 5] in sentence 0 (token 3 ends one, opens
    # the next), none in the all-certain sentence 1, [9 10] in sentence 2
    order = np.empty_like(seg.lay.flat)
    order[seg.lay.flat] = np.arange(len(seg.lay.flat))
    in_token_order = seg.rows[order]
    assert in_token_order.tolist() == [0, 1, 2, 3, 3, 4, 5, 9, 10]
    assert (seg.n_entry, seg.n_oo, seg.n_first_certain) == (2, 2, 2)
    assert seg.starts.tolist() == [0, 6, 9]


def test_segments_without_certain_tokens_are_the_sentences():
    sent = np.array([0, 0, 1, 1, 1])
    seg = segments(sent, np.zeros(5, dtype=bool))
    assert sorted(seg.rows.tolist()) == [0, 1, 2, 3, 4]
    assert (seg.n_entry, seg.n_oo, seg.n_first_certain) == (0, 0, 0)
    empty = segments(sent, np.ones(5, dtype=bool))
    assert len(empty.rows) == 0 and empty.n_oo == 3


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_piecewise_forward_backward_equals_whole_sentences(seed):
    """Posteriors, transition and start counts and log-likelihood are those of forward-backward
    over the whole sentences: a certain-O token splits the chain into independent parts."""
    rng = np.random.default_rng(seed)
    s, n = 5, 400
    sent = np.sort(rng.integers(0, 40, n))
    certain = rng.random(n) < 0.6
    emit = rng.random((n, s)) + 0.01
    emit[certain] = np.eye(s)[0]  # a certain token: O alone, scaled to 1
    trans = rng.random((s, s)) + 0.05
    trans /= trans.sum(axis=1, keepdims=True)
    start = rng.random(s) + 0.05
    start /= start.sum()
    lay = lockstep(sent)
    g_pm, xi, first, ll = forward_backward(emit[lay.flat], trans, start, lay)
    gamma = np.empty_like(g_pm)
    gamma[lay.flat] = g_pm
    seg = segments(sent, certain)
    g2, xi2, first2, ll2 = piecewise_forward_backward(emit[seg.rows], trans, start, seg, n)
    assert len(seg.rows) < n  # fewer tokens visited
    np.testing.assert_allclose(g2, gamma, atol=1e-12)
    np.testing.assert_allclose(xi2, xi, rtol=1e-10)
    np.testing.assert_allclose(first2, first, rtol=1e-10)
    assert ll2 == pytest.approx(ll, rel=1e-12)
