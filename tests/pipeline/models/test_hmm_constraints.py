"""The HMM's structural guarantees on small label matrices with known answers: no type drift,
duplicate and twin LFs, O kept off voted tokens (or only off those of LFs nobody confirms),
calibrated shrinkage."""

from __future__ import annotations

import json

import numpy as np
import pytest

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.base import LabelModel
from wsl.pipeline.models.registry import load_model, make_model

TS = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4
_ = -1


def _drift_case(n_b: int = 30, n_a: int = 20, n_a_only4: int = 60):
    """One voted token per 3-token sentence. LF 0 votes A on every B token (with two of the
    three B LFs 1-3) and on ``n_a`` tokens where no other LF votes; LF 4 votes A alone
    elsewhere. To an unconstrained EM, LF 0 looks like a B detector, so its lone A votes
    drift to B."""
    pad = [_] * 5
    pats = (
        [[1, 3, 3, _, _], [1, _, 3, 3, _], [1, 3, _, 3, _]] * n_b
        + [[1, _, _, _, _]] * n_a
        + [[_, _, _, _, 1]] * n_a_only4
    )
    L = np.array([r for p in pats for r in (pad, p, pad)], dtype=np.int16)
    sent = np.repeat(np.arange(len(L) // 3), 3)
    lone_a = (L[:, 0] == 1) & (L[:, 1:4] < 0).all(axis=1)
    return L, sent, lone_a


def _decode(model: LabelModel, L: np.ndarray, sent: np.ndarray) -> np.ndarray:
    return decode_bio(model.predict_proba(L, sent), sent, TS)


def test_unconstrained_em_drifts_the_lone_votes_to_the_unvoted_type():
    # the failure the constraint exists for: one EM step keeps A, more drift to B
    L, sent, lone_a = _drift_case()
    one = make_model("hmm", TS, voted_types=False, n_iter=1).fit(L, sent)
    assert (_decode(one, L, sent)[lone_a] == TS.b("A")).all()
    many = make_model("hmm", TS, voted_types=False).fit(L, sent)
    assert many.n_iter_ > 1
    assert (_decode(many, L, sent)[lone_a] == TS.b("B")).all()


@pytest.mark.parametrize("n_iter", [1, 5, 100])
def test_em_never_moves_a_token_to_a_type_no_lf_voted_there(n_iter):
    L, sent, lone_a = _drift_case()
    m = make_model("hmm", TS, n_iter=n_iter, tol=-1.0).fit(L, sent)  # tol < 0: run every step
    assert m.n_iter_ == n_iter
    pred = _decode(m, L, sent)
    assert (pred[lone_a] == TS.b("A")).all()
    probs = m.predict_proba(L, sent)
    # B's marginal on those tokens is only the shrinkage toward the class balance
    shrunk = m.params["shrink"] * m.balance_[3:].sum()
    np.testing.assert_allclose(probs[lone_a][:, 3:].sum(axis=1), shrunk)
    # and the B tokens stay B
    b_votes = (L[:, 1:4] == 3).sum(axis=1) >= 2
    assert (pred[b_votes] == TS.b("B")).all()


def test_o_never_explains_a_voted_token_and_unvoted_tokens_are_o():
    L, sent, _lone = _drift_case()
    m = make_model("hmm", TS, shrink=0.0, o_on_voted=False).fit(L, sent)
    probs = m.predict_proba(L, sent)
    voted = (L > 0).any(axis=1)
    assert (probs[voted, 0] == 0).all()
    np.testing.assert_array_equal(probs[~voted, 0], 1.0)


def test_checked_o_stays_off_the_votes_of_an_lf_nobody_confirms():
    # LF 4 votes only where LFs 0-3 abstain: its votes are never seen, so O may not take them
    L, sent, _lone = _drift_case()
    m = make_model("hmm", TS, shrink=0.0).fit(L, sent)
    assert m.params["o_on_voted"] == "checked"
    np.testing.assert_array_equal(m.checkable_, [True, True, True, True, False])
    probs = m.predict_proba(L, sent)
    assert (probs[L[:, 4] == 1, 0] == 0).all()
    np.testing.assert_array_equal(probs[~(L > 0).any(axis=1), 0], 1.0)


def _lists(extra: list[list[int]]):
    """Five lists (LFs 0-4) over 100 A names, each missing a different fifth of them, then
    ``extra`` one-token sentences; LF 5 is a rule. Every voted token sits among 8 O tokens."""
    ent = [[_ if e % 5 == j else 1 for j in range(5)] + [_] for e in range(100)]
    pad = [_] * 6
    pats = ent + extra
    L = np.array([r for p in pats for r in [pad] * 4 + [p] + [pad] * 4], dtype=np.int16)
    return L, np.repeat(np.arange(len(pats)), 9)


def test_checked_o_drops_the_lone_votes_of_a_list_the_others_confirm(tmp_path):
    # list 0 also votes 20 tokens alone; with four of five lists on every real name, 20 names
    # all four others miss are unlikely, and O may take them: list 0's votes are checkable
    L, sent = _lists([[1, _, _, _, _, _]] * 20)
    lone = (L[:, 0] == 1) & (L[:, 1:] < 0).all(axis=1)
    names = (L[:, :5] == 1).sum(axis=1) >= 2
    checked = make_model("hmm", TS, shrink=0.0).fit(L, sent)
    np.testing.assert_array_equal(checked.checkable_, [True, True, True, True, True, False])
    never = make_model("hmm", TS, shrink=0.0, o_on_voted=False).fit(L, sent)
    assert (_decode(checked, L, sent)[lone] == 0).all()
    assert (_decode(never, L, sent)[lone] == TS.b("A")).all()
    for m in (checked, never):
        assert (_decode(m, L, sent)[names] == TS.b("A")).all()
    # a saved model keeps which LFs are checkable
    checked.save(tmp_path / "m.npz")
    back = load_model(tmp_path / "m.npz")
    np.testing.assert_array_equal(back.checkable_, checked.checkable_)
    np.testing.assert_allclose(back.predict_proba(L, sent), checked.predict_proba(L, sent))


def test_derived_lfs_are_never_checkable():
    # the same votes, list 0 named as derived (a document-level LF copying pass 1): its
    # agreement with the others is by construction, so O may not take its lone votes
    L, sent = _lists([[1, _, _, _, _, _]] * 20)
    lone = (L[:, 0] == 1) & (L[:, 1:] < 0).all(axis=1)
    m = make_model("hmm", TS, shrink=0.0)
    m.lf_names = [f"lf{j}" for j in range(6)]
    m.derived_lfs = frozenset({"lf0"})
    m.fit(L, sent)
    np.testing.assert_array_equal(m.checkable_, [False, True, True, True, True, False])
    assert (_decode(m, L, sent)[lone] == TS.b("A")).all()


def test_checked_o_keeps_a_rule_that_finds_what_the_lists_miss():
    # the rule votes 20 tokens no list votes: from the votes alone they could be spurious,
    # and O everywhere takes them; unchecked, they stay the rule's
    L, sent = _lists([[_, _, _, _, _, 1]] * 20)
    rule = L[:, 5] == 1
    checked = make_model("hmm", TS, shrink=0.0).fit(L, sent)
    always = make_model("hmm", TS, shrink=0.0, o_on_voted=True).fit(L, sent)
    assert not checked.checkable_[5]
    assert (_decode(checked, L, sent)[rule] == TS.b("A")).all()
    assert (_decode(always, L, sent)[rule] == 0).all()


def test_an_lf_whose_o_is_its_default_has_its_o_votes_read_as_abstentions(tmp_path):
    # WRENCH's form: every LF votes O wherever it tags no entity
    L, sent = _lists([[1, _, _, _, _, _]] * 20)
    wrench = np.where(L < 0, 0, L).astype(np.int16)
    m = make_model("hmm", TS, shrink=0.0).fit(wrench, sent)
    np.testing.assert_array_equal(m.o_default_, [True] * 6)
    seen = m._votes(wrench, sent)
    # the O beside an LF's own entity vote (its span ends there) stays; every other O goes
    first = np.flatnonzero(wrench[:, 0] == 1)[0]
    assert seen[first - 1, 0] == 0 and seen[first + 1, 0] == 0
    assert seen[first - 2, 0] == -1 and seen[first, 2] == 1
    assert (seen[::9] == -1).all()  # each sentence's first token, far from any entity
    # so the lone spurious votes of list 0 go to O as in the abstaining form
    lone = (wrench[:, 0] == 1) & (wrench[:, 1:] <= 0).all(axis=1)
    assert (_decode(m, wrench, sent)[lone] == 0).all()
    m.save(tmp_path / "m.npz")
    back = load_model(tmp_path / "m.npz")
    np.testing.assert_array_equal(back.o_default_, m.o_default_)
    np.testing.assert_allclose(back.predict_proba(wrench, sent), m.predict_proba(wrench, sent))
    # read as decisions, the hidden O votes look like abstentions O cannot explain
    off = make_model("hmm", TS, shrink=0.0, o_default=2.0).fit(wrench, sent)
    assert not off.o_default_.any()
    assert (_decode(off, wrench, sent)[lone] == TS.b("A")).all()


def test_an_lf_voting_o_on_a_few_tokens_decides_them():
    L, sent, _lone = _drift_case()
    L = L.copy()
    L[np.flatnonzero(L[:, 4] < 0)[:10], 4] = 0  # LF 4 votes O on ten tokens, abstains elsewhere
    m = make_model("hmm", TS).fit(L, sent)
    assert not m.o_default_.any()


def test_a_model_file_from_before_the_o_check_still_keeps_o_off_voted_tokens(tmp_path):
    # files written before this stop: o_on_voted false, no o_check_min / o_default parameters,
    # no checkable / o_default arrays
    L, sent = _lists([[1, _, _, _, _, _]] * 20)
    wrench = np.where(L < 0, 0, L).astype(np.int16)
    m = make_model("hmm", TS, o_on_voted=False, o_default=2.0).fit(wrench, sent)
    m.save(tmp_path / "new.npz")
    with np.load(tmp_path / "new.npz") as z:
        header = json.loads(str(z["header"]))
        arrays = {k: z[k] for k in z.files if k not in ("header", "a_checkable", "a_o_default")}
    for key in ("o_check_min", "o_default"):
        del header["params"][key]
    np.savez(tmp_path / "old.npz", header=np.array(json.dumps(header)), **arrays)
    old = load_model(tmp_path / "old.npz")
    assert old.checkable_ is None and old.o_default_ is None
    probs = old.predict_proba(wrench, sent)
    np.testing.assert_allclose(probs, m.predict_proba(wrench, sent))
    assert (probs[(wrench > 0).any(axis=1), 0] < 0.5).all()


def test_o_on_voted_takes_true_false_or_checked():
    L, sent, _lone = _drift_case()
    with pytest.raises(WslError, match="o_on_voted"):
        make_model("hmm", TS, o_on_voted="sometimes").fit(L, sent)


def _conflicts():
    """Sentences of one voted token: LFs 0 and 1 vote A, LF 2 votes B, in equal numbers of
    three patterns, so which type wins depends on how LF 0 and LF 1 are counted."""
    pad = [_] * 3
    pats = [[1, 1, 3]] * 30 + [[1, 1, _]] * 30 + [[_, _, 3]] * 30
    L = np.array([r for p in pats for r in (pad, p, pad)], dtype=np.int16)
    return L, np.repeat(np.arange(len(L) // 3), 3)


def test_identical_columns_are_merged_into_one_witness():
    L, sent = _conflicts()
    once = make_model("hmm", TS).fit(L[:, 1:], sent)  # LF 1 and LF 2 only
    twice = make_model("hmm", TS).fit(L, sent)  # LF 0 is a copy of LF 1
    np.testing.assert_array_equal(twice.keep_cols_, [0, 2])
    np.testing.assert_allclose(twice.predict_proba(L, sent), once.predict_proba(L[:, 1:], sent))
    # a saved model keeps the merge
    assert twice.keep_cols_.tolist() == [0, 2]


def test_twin_lfs_count_less_than_independent_ones(tmp_path):
    L, sent = _conflicts()
    # LF 0 votes A on a subset of LF 1's A votes (a cased list inside its uncased twin)
    L = L.copy()
    L[np.flatnonzero(L[:, 0] == 1)[::2], 0] = _
    m = make_model("hmm", TS).fit(L, sent)
    np.testing.assert_allclose(m.lf_weight_, [0.5, 1.0, 1.0])  # overlap 1 -> 1 / (1 + 1)
    off = make_model("hmm", TS, twin_overlap=2.0).fit(L, sent)
    np.testing.assert_allclose(off.lf_weight_, [1.0, 1.0, 1.0])
    path = tmp_path / "m.npz"
    m.save(path)
    back = load_model(path)
    np.testing.assert_allclose(back.lf_weight_, m.lf_weight_)
    np.testing.assert_allclose(back.predict_proba(L, sent), m.predict_proba(L, sent))


def test_shrink_leaves_the_decoded_tags_alone():
    L, sent, _lone = _drift_case()
    sharp = make_model("hmm", TS, shrink=0.0).fit(L, sent)
    soft = make_model("hmm", TS).fit(L, sent)
    p_sharp, p_soft = sharp.predict_proba(L, sent), soft.predict_proba(L, sent)
    np.testing.assert_array_equal(decode_bio(p_sharp, sent, TS), decode_bio(p_soft, sent, TS))
    np.testing.assert_allclose(p_soft, 0.65 * p_sharp + 0.35 * soft.balance_[None, :])
    np.testing.assert_allclose(soft.balance_.sum(), 1.0)


def test_a_type_no_lf_voted_in_the_fitted_votes_still_has_a_path():
    """Fitted where only type A is voted (a fit sample, --fit-on), then asked about a token
    where an LF votes B: B had no transition in, and its sentence had probability zero (NaN
    marginals) before the floor on every valid BIO step."""
    fit_L = np.array([[_, _], [1, _], [_, _]] * 20, dtype=np.int16)
    fit_sent = np.repeat(np.arange(20), 3)
    lm = make_model("hmm", TS).fit(fit_L, fit_sent)
    L = np.array([[_, _], [_, 3], [_, 4], [1, _], [_, _]], dtype=np.int16)
    sent = np.zeros(5, dtype=np.int64)
    with np.errstate(all="raise"):
        probs = lm.predict_proba(L, sent)
    assert np.isfinite(probs).all()
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)
    assert decode_bio(probs, sent, TS).tolist() == [0, 3, 4, 1, 0]
