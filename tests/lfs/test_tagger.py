"""The learned tagger LF: features, span decoding from probabilities, save/load."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.sentences import Sentences
from wsl.lfs.tagger import (
    N_TEMPLATES,
    TaggerLF,
    featurize,
    spans_from_probs,
    word_shape,
)


def sents_of(sentences: list[list[str]]) -> Sentences:
    tokens = [t for s in sentences for t in s]
    offsets = np.cumsum([0] + [len(s) for s in sentences]).astype(np.int64)
    text = "\n".join(" ".join(s) for s in sentences)
    starts, pos = [], 0
    for s in sentences:
        for t in s:
            starts.append(pos)
            pos += len(t) + 1
    st = np.array(starts, dtype=np.int64)
    return Sentences(tokens, offsets, text, st, st + np.array([len(t) for t in tokens]))


def test_word_shape_caps_runs_at_two():
    assert [word_shape(t) for t in ["Node.js", "HTTP2", "x86_64", "C#"]] == [
        "Xxx.xx",
        "XXd",
        "xdd_dd",
        "X#",
    ]


def test_features_are_deterministic_and_see_context_within_sentences():
    s = sents_of([["use", "Java", "now"], ["use", "Java"]])
    f = featurize(s, bits=18)
    assert f.shape == (5, N_TEMPLATES) and f.min() >= 0 and f.max() < 2**18
    assert np.array_equal(f, featurize(s, bits=18))
    # "Java" has the same word and left context in both sentences, but a right neighbour only in
    # the first
    assert np.array_equal(f[1, :8], f[4, :8])
    assert f[1, 8] != f[4, 8]
    # the right neighbour of the last token of sentence 0 is padding, not "use" of sentence 1
    assert f[2, 8] == f[4, 8]


def test_spans_from_probs_runs_cuts_and_threshold():
    # tags: O, B-A, I-A, B-B, I-B
    p = np.array(
        [
            [0.9, 0.05, 0.05, 0.0, 0.0],  # O
            [0.1, 0.8, 0.1, 0.0, 0.0],  # B-A
            [0.1, 0.1, 0.8, 0.0, 0.0],  # I-A  -> span [1, 3) type A
            [0.1, 0.7, 0.2, 0.0, 0.0],  # B-A again: a new span [3, 4)
            [0.4, 0.0, 0.0, 0.35, 0.25],  # type B wins (0.6), weak
            [0.1, 0.0, 0.0, 0.1, 0.8],  # sentence start: opens a span even though I > B
        ]
    )
    sent = np.array([0, 0, 0, 0, 0, 1])
    start, end, label, conf = spans_from_probs(p, sent, threshold=0.0)
    assert (
        start.tolist() == [1, 3, 4, 5]
        and end.tolist() == [3, 4, 5, 6]
        and label.tolist() == [0, 0, 1, 1]
    )
    assert conf[0] == pytest.approx(0.9) and conf[2] == pytest.approx(0.6)
    start, _, _, _ = spans_from_probs(p, sent, threshold=0.7)
    assert start.tolist() == [1, 3, 5]


def test_save_load_round_trip_and_bad_files(tmp_path):
    rng = np.random.default_rng(0)
    w = np.zeros((2**10, 5), dtype=np.float32)
    w[rng.choice(2**10, 50, replace=False)] = rng.normal(size=(50, 5)).astype(np.float16)
    lf = TaggerLF("t", ("A", "B"), w, np.arange(5, dtype=np.float32), threshold=0.6)
    p = tmp_path / "m.npz"
    lf.save(p)
    back = TaggerLF.load(p, name="t")
    assert back.labels == ("A", "B") and back.threshold == 0.6 and back.bits == 10
    assert np.array_equal(back.weights, w) and back.fingerprint() == lf.fingerprint()
    np.savez(
        tmp_path / "huge.npz",
        types=np.array(["A"]),
        bits=np.array(30),
        rows=np.zeros(0, np.int32),
        values=np.zeros((0, 3), np.float16),
        bias=np.zeros(3, np.float32),
        threshold=np.array(0.5),
    )
    with pytest.raises(ValueError, match="corrupt wsl tagger model"):
        TaggerLF.load(tmp_path / "huge.npz")  # refused before allocating 2**30 rows
    np.savez(tmp_path / "other.npz", x=np.zeros(3))
    with pytest.raises(ValueError, match="not a wsl tagger model"):
        TaggerLF.load(tmp_path / "other.npz")
    with pytest.raises(ValueError, match="do not fit 3 types"):
        TaggerLF("t", ("A", "B", "C"), w, np.zeros(5, dtype=np.float32))


def test_a_saved_tagger_keeps_the_corpus_it_was_mined_from(tmp_path):
    lf = TaggerLF("t", ("A",), np.ones((2, 3), dtype=np.float32), np.zeros(3, np.float32))
    fingerprint = lf.fingerprint()
    lf.corpus_key = "5383f46e814acadd04f9"
    assert lf.fingerprint() == fingerprint  # provenance, not configuration: same cache key
    lf.save(tmp_path / "t.npz")
    assert TaggerLF.load(tmp_path / "t.npz").corpus_key == "5383f46e814acadd04f9"
    lf.corpus_key = ""
    lf.save(tmp_path / "u.npz")
    assert TaggerLF.load(tmp_path / "u.npz").corpus_key == ""
