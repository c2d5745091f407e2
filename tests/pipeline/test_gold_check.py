"""A gold sample is used only where held-out gold shows the semi-supervised fit better."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from wsl.core.tags import TagSet
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.gold_check import (
    GoldSample,
    checked_fit,
    describe_check,
    sentence_scores,
    sign_test,
)
from wsl.pipeline.models.registry import load_model, make_model

TS = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4


def test_sign_test_is_the_binomial_tail():
    assert sign_test(0, 0) == 1.0
    assert sign_test(3, 0) == pytest.approx(1 / 8)
    assert sign_test(5, 0) == pytest.approx(1 / 32)
    assert sign_test(2, 1) == pytest.approx(4 / 8)  # P(X >= 2), X ~ Bin(3, 1/2)
    assert 0.0 <= sign_test(2000, 600) < 1e-100  # large counts: no float overflow


def test_sentence_scores_count_right_spans_net_of_wrong_ones():
    sent = np.array([0, 0, 0, 1, 1, 1, 2, 2])
    gold = np.array([1, 2, 0, 3, 0, 0, 0, 0])
    pred = np.array([1, 2, 0, 1, 0, 0, 3, 0])
    # sentence 0: one right (1); 1: wrong type = one fp and one fn (-1); 2: one fp (-0.5)
    np.testing.assert_allclose(sentence_scores(pred, gold, sent), [1.0, -1.0, -0.5])


def _fit(vote_case, sample_mis: int, mis_truth: int):
    L, sent, _gold = vote_case(30, 30, 20)
    gL, gsent, ggold = vote_case(sample_mis, 10, 10, mis_truth)
    lm = checked_fit(make_model("hmm", TS), L, sent, GoldSample(gL, gsent, ggold))
    return lm, L, sent


def test_a_sample_that_bends_the_types_is_used(vote_case):
    # in the sample LF0's A votes are B: held out, the semi-supervised fit gets them right
    lm, L, sent = _fit(vote_case, 20, 3)
    assert lm.gold_check == {
        "sentences": 40,
        "better": 20,
        "worse": 0,
        "p": 9.537e-07,
        "used": True,
    }
    assert lm.gold_tokens == 120
    assert set(decode_bio(lm.predict_proba(L, sent), sent, TS)[1::3][:30]) == {3}


def test_a_sample_that_only_agrees_with_the_votes_is_not_used(caplog, vote_case):
    # the sample confirms what the votes say: no sentence is labelled differently held out,
    # and the model is the unsupervised one, byte for byte
    with caplog.at_level(logging.WARNING):
        lm, L, sent = _fit(vote_case, 20, 1)
    assert lm.gold_check == {"sentences": 40, "better": 0, "worse": 0, "p": 1.0, "used": False}
    assert lm.gold_tokens == 0
    unsup = make_model("hmm", TS).fit(L, sent)
    np.testing.assert_array_equal(lm.predict_proba(L, sent), unsup.predict_proba(L, sent))
    assert "gold sample not used: held out in 2 folds" in caplog.text
    assert "0 of its 40 sentences better and 0 worse" in caplog.text


def test_the_check_is_saved_with_the_model(tmp_path, vote_case):
    lm, L, sent = _fit(vote_case, 20, 3)
    lm.save(tmp_path / "m.npz")
    back = load_model(tmp_path / "m.npz")
    assert back.gold_check == lm.gold_check
    assert back.gold_tokens == 120
    assert describe_check(back.gold_check).startswith("gold sample used: held out in 2 folds")
    make_model("hmm", TS).fit(L, sent).save(tmp_path / "u.npz")
    assert load_model(tmp_path / "u.npz").gold_check is None


def test_a_one_sentence_sample_is_never_used(vote_case):
    L, sent, _gold = vote_case(30, 30, 20)
    gL, gsent, ggold = vote_case(1, 0, 0)
    lm = checked_fit(make_model("hmm", TS), L, sent, GoldSample(gL, gsent, ggold))
    assert lm.gold_check == {"sentences": 1, "better": 0, "worse": 0, "p": 1.0, "used": False}


def test_blind_columns_are_left_out_of_the_check_and_kept_in_the_model(vote_case):
    # LF0 is what makes the sample worth using (its A votes are B there); marked blind, as an
    # LF mined from the sample would be, the check judges the sample without it and finds no
    # evidence, so the model is the unsupervised one -- fitted on all three LFs
    L, sent, _gold = vote_case(30, 30, 20)
    gL, gsent, ggold = vote_case(20, 10, 10, 3)
    blind = checked_fit(make_model("hmm", TS), L, sent, GoldSample(gL, gsent, ggold, blind=(0,)))
    masked = L.copy()
    masked[:, 0] = -1
    gmasked = gL.copy()
    gmasked[:, 0] = -1
    seen = checked_fit(make_model("hmm", TS), masked, sent, GoldSample(gmasked, gsent, ggold))
    assert blind.gold_check == {**seen.gold_check, "unjudged": 1}
    assert blind.gold_check["used"] is False and blind.gold_tokens == 0
    assert blind.n_lfs == 3
    unsup = make_model("hmm", TS).fit(L, sent)
    np.testing.assert_array_equal(blind.predict_proba(L, sent), unsup.predict_proba(L, sent))
    assert describe_check(blind.gold_check).endswith("without the 1 LF mined from the sample)")
