"""Fitting the HMM's shrinkage on gold."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.models.calibrate import calibrate_hmm, fit_shrink
from wsl.pipeline.models.registry import load_model, make_model

TS = TagSet(("A",))  # O, B-A, I-A


def test_fit_shrink_matches_the_error_rate():
    # certain marginals, right on 80% of tokens; balance 50/50 over O and B-A
    sharp = np.tile([1.0, 0.0, 0.0], (100, 1))
    gold = np.r_[np.zeros(80, dtype=int), np.ones(20, dtype=int)]
    balance = np.array([0.5, 0.5, 0.0])
    # log-loss 0.8 * -log(1 - w/2) + 0.2 * -log(w/2) is least at w = 0.4
    assert fit_shrink(sharp, balance, gold) == pytest.approx(0.4)
    assert fit_shrink(sharp, balance, np.zeros(100, dtype=int)) == 0.0


def test_calibrate_hmm_sets_and_saves_the_weight(tmp_path):
    _ = -1
    pats = [[1, 1], [1, _], [_, 1]] * 30
    L = np.array([r for p in pats for r in ([_, _], p, [_, _])], dtype=np.int16)
    sent = np.repeat(np.arange(len(L) // 3), 3)
    gold = np.where((L > 0).any(axis=1), 1, 0)
    gold[np.flatnonzero(gold)[::3]] = 0  # a third of the voted tokens are not entities
    m = make_model("hmm", TS).fit(L, sent)
    w = calibrate_hmm(m, L, sent, gold)
    assert 0.0 < w <= 0.95 and m.params["shrink"] == w
    path = tmp_path / "m.npz"
    m.save(path)
    assert load_model(path).params["shrink"] == w
    with pytest.raises(WslError):
        calibrate_hmm(make_model("mv", TS).fit(L, sent), L, sent, gold)
