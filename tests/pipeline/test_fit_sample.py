"""The fit sample: the same sentences however the input is cut into shards."""

from __future__ import annotations

import numpy as np

from wsl.core.corpus import Corpus, build_table, concat_corpora
from wsl.core.tags import TagSet
from wsl.pipeline.fit_sample import FitSample, sample_votes, sentence_keys

SENTS = [f"sentence {i} has {'x ' * (i % 4)}words".split() for i in range(30)]


def corpus(sents) -> Corpus:
    table, texts = build_table(sents)
    return Corpus(table, TagSet(), texts)


def votes(c: Corpus) -> np.ndarray:
    """One LF column: the token's row number, so rows can be traced back."""
    return np.arange(c.n_tokens, dtype=np.int64)[:, None]


def test_the_sample_is_the_smallest_keys_within_the_budget():
    c = corpus(SENTS)
    L, sent = sample_votes(c, votes(c), seed=0, budget=40)
    keys = sentence_keys(c, 0)
    lengths = np.array([len(s) for s in SENTS])
    order = np.argsort(keys, kind="stable")
    n = int(np.searchsorted(np.cumsum(lengths[order]), 40, side="right"))
    assert len(L) == lengths[order[:n]].sum() <= 40 and sent.max() == n - 1
    starts = np.cumsum(np.r_[0, lengths])
    expected = np.concatenate([np.arange(starts[i], starts[i + 1]) for i in order[:n]])
    assert np.array_equal(L[:, 0], expected)  # whole sentences, in key order


def test_shards_in_any_cut_give_the_sample_of_the_whole():
    whole = corpus(SENTS)
    L_whole, sent_whole = sample_votes(whole, votes(whole), seed=3, budget=50)
    for cuts in ([10, 20], [1, 2, 3, 29], [15]):
        sample = FitSample(50)
        offset = 0
        for lo, hi in zip([0, *cuts], [*cuts, len(SENTS)]):
            shard = corpus(SENTS[lo:hi])
            sample.add(sentence_keys(shard, 3), votes(shard) + offset, shard.sent_ids())
            offset += shard.n_tokens
        L, sent = sample.matrix()
        assert np.array_equal(L, L_whole) and np.array_equal(sent, sent_whole)


def test_a_sentence_longer_than_the_budget_is_still_a_sample():
    c = corpus([["a"] * 10])
    L, sent = sample_votes(c, votes(c), seed=0, budget=5)
    assert len(L) == 10 and set(sent.tolist()) == {0}


def test_equal_sentences_go_to_the_earlier_one():
    c = concat_corpora([corpus([["same", "words"]]), corpus([["same", "words"]])], ["a", "b"])
    L, _ = sample_votes(c, votes(c), seed=0, budget=2)
    assert L[:, 0].tolist() == [0, 1]
