"""Label models on small hand-made label matrices with known answers."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.bio import ids_from_spans
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.decode import decode_bio
from wsl.pipeline.models.registry import load_model, make_model, model_names
from wsl.pipeline.models.votes import break_ties, unique_rows

TS = TagSet(("A", "B"))  # O=0, B-A=1, I-A=2, B-B=3, I-B=4
_ = -1


def test_model_names():
    assert model_names() == ["hmm", "mv", "priority", "snorkel"]


def test_mv_wrench_mode_counts_types_and_builds_bio():
    L = np.array(
        [
            [0, 0, 1],  # one entity vote beats two O votes -> B-A
            [0, 2, 4],  # A vs B tie at row 1 -> hash rule picks the 2nd option (B) -> B-B
            [4, 3, 0],  # B-B/I-B merge to type B (2 votes) -> I-B (continues B)
            [0, 0, _],  # only O -> O
            [_, _, _],  # all abstain -> O
            [2, _, _],  # I-A alone -> a run of A starts -> B-A
        ],
        dtype=np.int16,
    )
    sent = np.array([0, 0, 0, 0, 1, 1])
    m = make_model("mv", TS).fit(L, sent)
    probs = m.predict_proba(L, sent)
    assert decode_bio(probs, sent, TS).tolist() == [1, 3, 4, 0, 0, 1]
    np.testing.assert_allclose(probs.sum(axis=1), 1.0)


def test_mv_tie_rule_is_snorkels_hash():
    counts = np.array([[1.0, 1.0], [1.0, 1.0], [0.0, 0.0], [2.0, 1.0]])
    assert break_ties(counts).tolist() == [0, 1, 0, 0]


def test_mv_tags_mode_counts_o():
    L = np.array([[0, 0, 1], [1, 1, 0]], dtype=np.int16)
    sent = np.array([0, 0])
    m = make_model("mv", TS, mode="tags").fit(L, sent)
    assert decode_bio(m.predict_proba(L, sent), sent, TS).tolist() == [0, 1]


def _reliable_vs_noisy(seed: int = 0, n_sent: int = 60, length: int = 12):
    """LF 0 always right; LFs 1 and 2 right 40% of the time, else a random tag."""
    rng = np.random.default_rng(seed)
    n = n_sent * length
    sent = np.repeat(np.arange(n_sent), length)
    starts = np.arange(0, n, 4)
    keep = rng.random(len(starts)) < 0.6
    starts = starts[keep]
    ends = starts + rng.integers(1, 3, size=len(starts))
    gold = ids_from_spans(n, starts, ends, 1 + 2 * rng.integers(0, 2, size=len(starts)))
    # spans must not cross sentences: cut any I- at a sentence start
    gold[(np.arange(n) % length == 0) & (gold % 2 == 0) & (gold > 0)] -= 1
    L = np.empty((n, 3), dtype=np.int16)
    L[:, 0] = gold
    for j in (1, 2):
        L[:, j] = np.where(rng.random(n) < 0.4, gold, rng.integers(0, TS.n_tags, size=n))
    return L, sent, gold


def test_hmm_learns_to_trust_the_reliable_lf():
    L, sent, gold = _reliable_vs_noisy()
    mv_tags = decode_bio(make_model("mv", TS).fit(L, sent).predict_proba(L, sent), sent, TS)
    assert (mv_tags != gold).sum() > 100  # MV is fooled by the noisy pair ...
    # the noisy LFs vote entities on O tokens: only with O allowed on voted tokens can the
    # HMM drop those (by default O never explains a voted token, to protect recall); their
    # noise is per token, and its orphan I- votes are what give them away, so no BIO repair
    m = make_model(
        "hmm", TS, o_abstain=False, o_on_voted=True, repair_bio=False, shrink=0.0, n_iter=30
    )
    m.fit(L, sent)
    pred = decode_bio(m.predict_proba(L, sent), sent, TS)
    assert (pred != gold).sum() == 0  # ... the HMM is not


def test_snorkel_learns_to_trust_the_reliable_lf():
    L, sent, gold = _reliable_vs_noisy()
    mv = make_model("mv", TS, mode="tags").fit(L, sent)
    mv_errors = (decode_bio(mv.predict_proba(L, sent), sent, TS) != gold).sum()
    # the noisy LFs vote entities on O tokens: O must be allowed to win there
    m = make_model("snorkel", TS, classes="bio", o_abstain=False, o_on_voted=True).fit(L, sent)
    pred = decode_bio(m.predict_proba(L, sent), sent, TS)
    # snorkel's token-independent model with only 3 LFs does not recover gold exactly, but
    # weighting the reliable LF up fixes over a third of the majority vote's errors
    assert mv_errors == 70
    assert (pred != gold).sum() <= 45


def _sparse_entity_votes(n_sent: int = 200, length: int = 10, seed: int = 0):
    """Gold: one 1-2 token span per sentence at a random place and type; 4 LFs each find 30-70%
    of the spans and vote a wrong type 10% of the time; LF 4 votes O on the first token."""
    rng = np.random.default_rng(seed)
    n = n_sent * length
    sent = np.repeat(np.arange(n_sent), length)
    starts = np.arange(n_sent) * length + rng.integers(1, length - 2, size=n_sent)
    ends = starts + rng.integers(1, 3, size=n_sent)
    gold = ids_from_spans(n, starts, ends, 1 + 2 * rng.integers(0, 2, size=n_sent))
    L = np.full((n, 5), -1, dtype=np.int16)
    for j, recall in enumerate((0.7, 0.5, 0.4, 0.3)):
        for a, e in zip(starts, ends):
            if rng.random() < recall:
                t = (gold[a] - 1) // 2 if rng.random() >= 0.1 else 1 - (gold[a] - 1) // 2
                L[a, j], L[a + 1 : e, j] = 1 + 2 * t, 2 + 2 * t
    L[np.arange(0, n, length), 4] = 0
    return L, sent, gold


def test_snorkel_weighted_distinct_rows_fit_like_plain_snorkel():
    from snorkel.labeling.model import LabelModel as SnorkelLabelModel

    L, sent, _ = _sparse_entity_votes()
    m = make_model("snorkel", TS, seed=5).fit(L, sent)
    Lc, k = m._classes(L)
    plain = SnorkelLabelModel(cardinality=k, verbose=False, device="cpu")
    prior = np.exp(m.log_prior)
    plain.fit(
        Lc,
        class_balance=prior.tolist(),
        progress_bar=False,
        n_epochs=250,
        lr=0.001,
        optimizer="adam",
        mu_eps=1.0 / len(L),
        seed=5,
    )
    mu = np.clip(plain.mu.detach().numpy().astype(np.float64), 1.0 / len(L), 1.0)
    mu = mu.reshape(L.shape[1], k, k)
    np.testing.assert_allclose(np.exp(m.log_mu), mu, rtol=1e-4, atol=1e-6)


def test_snorkel_beats_mv_on_sparse_entity_votes_and_predicts_o_without_votes():
    L, sent, gold = _sparse_entity_votes()
    m = make_model("snorkel", TS).fit(L, sent)
    probs = m.predict_proba(L, sent)
    pred = decode_bio(probs, sent, TS)
    mv = decode_bio(make_model("mv", TS).fit(L, sent).predict_proba(L, sent), sent, TS)
    assert (pred != gold).sum() <= (mv != gold).sum()
    no_vote = (L < 0).all(axis=1)
    # a token without votes gets the class prior, estimated from the votes: mostly O
    assert (pred[no_vote] == 0).all()
    np.testing.assert_allclose(probs[no_vote, 0], np.exp(m.log_prior[0]))
    assert np.exp(m.log_prior[0]) > 0.8


def test_snorkel_class_prior_counts_tokens_without_entity_votes_as_o():
    L = np.array([[1, 1, _], [3, _, _], [_, _, _], [0, _, _], [_, 0, 0], [_, _, _]], dtype=np.int16)
    m = make_model("snorkel", TS).fit(L, np.zeros(6))
    # token 0: A; token 1: B; tokens 2-5: O (no votes, or O votes only)
    np.testing.assert_allclose(np.exp(m.log_prior), [4 / 6, 1 / 6, 1 / 6], rtol=1e-3)


def test_snorkel_splits_adjacent_spans_only_when_the_covering_lfs_say_so():
    # tokens 1-2: LFs 0 and 1 both vote two one-token spans of A -> two spans;
    # tokens 5-6: LF 0 votes two spans, LF 1 one two-token span -> a tie keeps one span
    L = np.array(
        [[_, _, _], [1, 1, _], [1, 1, _], [_, _, 0], [_, _, 0], [1, 1, _], [1, 2, _], [_, _, 0]]
        * 20,
        dtype=np.int16,
    )
    sent = np.repeat(np.arange(20), 8)
    pred = decode_bio(make_model("snorkel", TS).fit(L, sent).predict_proba(L, sent), sent, TS)
    assert pred[:8].tolist() == [0, 1, 1, 0, 0, 1, 2, 0]


def test_snorkel_ignores_lfs_that_never_vote_and_needs_three_lfs():
    L, sent, _ = _sparse_entity_votes(n_sent=50)
    silent = np.hstack([L, np.full((len(L), 1), -1, dtype=np.int16)])
    a = make_model("snorkel", TS).fit(L, sent).predict_proba(L, sent)
    b = make_model("snorkel", TS).fit(silent, sent).predict_proba(silent, sent)
    np.testing.assert_allclose(a, b)
    with pytest.raises(WslError, match="at least 3 LFs"):
        make_model("snorkel", TS).fit(L[:, :2], sent)


def test_hmm_keeps_a_rare_precise_lf():
    # LF 0 fires on few tokens but always correctly; LFs 1, 2 vote O everywhere
    n = 400
    sent = np.repeat(np.arange(40), 10)
    gold = np.zeros(n, dtype=np.int16)
    gold[np.arange(3, n, 10)] = 1
    gold[np.arange(4, n, 10)] = 2
    L = np.zeros((n, 3), dtype=np.int16)
    L[:, 0] = -1
    fired = np.arange(3, 100, 10)  # the LF sees only the first 10 of 40 entities
    L[fired, 0], L[fired + 1, 0] = 1, 2
    m = make_model("hmm", TS).fit(L, sent)
    pred = decode_bio(m.predict_proba(L, sent), sent, TS)
    assert pred[:100].tolist() == gold[:100].tolist()


@pytest.mark.parametrize("name", ["mv", "snorkel", "hmm"])
def test_save_load_roundtrip(name, tmp_path):
    L, sent, _ = _reliable_vs_noisy(n_sent=20)
    m = make_model(name, TS, seed=3).fit(L, sent)
    path = tmp_path / f"{name}.npz"
    m.save(path)
    back = load_model(path)
    assert type(back) is type(m) and back.params == m.params and back.seed == 3
    assert back.tagset == TS
    np.testing.assert_array_equal(back.predict_proba(L, sent), m.predict_proba(L, sent))


@pytest.mark.parametrize("name", ["snorkel", "hmm"])
def test_deterministic_under_seed(name):
    L, sent, _ = _reliable_vs_noisy(n_sent=20)
    a = make_model(name, TS, seed=7).fit(L, sent).predict_proba(L, sent)
    b = make_model(name, TS, seed=7).fit(L, sent).predict_proba(L, sent)
    np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("name", ["mv", "snorkel", "hmm"])
def test_rows_are_distributions(name):
    L, sent, _ = _reliable_vs_noisy(n_sent=10)
    p = make_model(name, TS).fit(L, sent).predict_proba(L, sent)
    assert p.shape == (len(L), TS.n_tags)
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    assert (p >= 0).all()


def test_shape_mismatches_name_both_numbers(tmp_path):
    L, sent, _ = _reliable_vs_noisy(n_sent=5)
    m = make_model("hmm", TS).fit(L, sent)
    with pytest.raises(WslError, match=r"4 LF columns .* fitted on 3"):
        m.predict_proba(np.zeros((len(L), 4), dtype=np.int16), sent)
    with pytest.raises(WslError, match=r"sent_ids has 3 entries .* 60 rows"):
        m.predict_proba(L, sent[:3])
    with pytest.raises(WslError, match=r"vote 5 outside -1\.\.4"):
        m.predict_proba(np.full_like(L, 5), sent)
    m.save(tmp_path / "m.npz")
    small = load_model(tmp_path / "m.npz")
    with pytest.raises(WslError, match=r"2 LF columns .* fitted on 3"):
        small.predict_proba(L[:, :2], sent)
    with pytest.raises(WslError, match=r"outside -1\.\.2"):  # a 1-type model cannot read this L
        wide = make_model("mv", TagSet(("A",))).fit(np.zeros((2, 1), dtype=np.int16), np.zeros(2))
        wide.predict_proba(np.array([[3], [0]], dtype=np.int16), np.zeros(2))


@pytest.mark.parametrize("name", ["mv", "snorkel", "hmm"])
def test_empty_matrices(name):
    with pytest.raises(WslError, match="empty label matrix"):
        make_model(name, TS).fit(np.zeros((0, 3), dtype=np.int16), np.zeros(0))
    L, sent, _ = _reliable_vs_noisy(n_sent=5)
    m = make_model(name, TS).fit(L, sent)
    assert m.predict_proba(np.zeros((0, 3), dtype=np.int16), np.zeros(0)).shape == (0, 5)


def test_factory_errors(tmp_path):
    with pytest.raises(WslError, match="unknown label model 'nope'"):
        make_model("nope", TS)
    with pytest.raises(WslError, match="unknown parameter"):
        make_model("hmm", TS, bogus=1)
    with pytest.raises(WslError, match="not fitted"):
        make_model("hmm", TS).predict_proba(np.zeros((1, 1), dtype=np.int16), np.zeros(1))
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(WslError, match="junk.npz"):
        load_model(tmp_path / "junk.npz")


def test_unique_rows_matches_numpy():
    rng = np.random.default_rng(1)
    A = rng.integers(-1, 3, size=(500, 4)).astype(np.int16)
    uniq, inv = unique_rows(A)
    np.testing.assert_array_equal(uniq[inv], A)
    assert len(uniq) == len(np.unique(A, axis=0))
