"""label_corpus, the main library call: votes -> model -> valid BIO ids, spans and marginals."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.lfs.gazetteer import GazetteerLF
from wsl.pipeline.label import label_corpus
from wsl.pipeline.models.registry import make_model
from wsl.pipeline.readers import corpus_from_texts

TS = TagSet(("Language", "Application"))


@pytest.fixture
def corpus():
    texts = ["We write Rust and Go code .\nThe Visual Studio Code editor runs Rust too ."]
    return corpus_from_texts(texts, tagset=TS)


def lfs():
    return [
        GazetteerLF("langs", ["Rust", "Go"], label="Language", case_sensitive=True),
        GazetteerLF("apps", ["Visual Studio Code"], label="Application", case_sensitive=True),
    ]


def spans_of(result):
    return [tuple(r) for r in result.spans.select("sent_id", "start", "end", "label").iter_rows()]


def test_labels_every_vote_and_returns_consistent_outputs(corpus):
    res = label_corpus(corpus, lfs(), "mv")
    assert spans_of(res) == [
        (0, 2, 3, "Language"),
        (0, 4, 5, "Language"),
        (1, 1, 4, "Application"),
        (1, 6, 7, "Language"),
    ]
    assert res.L.shape == (corpus.n_tokens, 2) and res.lf_names == ["langs", "apps"]
    assert res.probs.shape == (corpus.n_tokens, TS.n_tags)
    np.testing.assert_allclose(res.probs.sum(axis=1), 1.0)
    # decoded ids, table column and spans agree
    table = res.table(corpus)
    assert table["pred"].to_list()[8:11] == ["B-Application", "I-Application", "I-Application"]
    assert (res.spans["prob"] > 0.5).all()
    assert set(res.seconds) == {"apply", "model", "decode"}


def test_threshold_drops_spans_and_their_tags(corpus):
    res = label_corpus(corpus, lfs(), "mv", threshold=1.01)
    assert res.spans.height == 0 and not res.ids.any()


def test_precomputed_votes_skip_the_lfs(corpus):
    first = label_corpus(corpus, lfs(), "mv")
    again = label_corpus(corpus, None, "mv", L=first.L, lf_names=first.lf_names)
    assert spans_of(again) == spans_of(first)


def test_a_fitted_model_object_is_used_as_is(corpus):
    first = label_corpus(corpus, lfs(), "hmm")
    fitted = first.model
    again = label_corpus(corpus, lfs(), fitted)
    assert again.model is fitted
    np.testing.assert_array_equal(again.probs, first.probs)


def test_an_unfitted_model_object_is_fitted(corpus):
    res = label_corpus(corpus, lfs(), make_model("mv", TS))
    assert res.model.n_lfs == 2 and res.spans.height == 4


def test_a_fitted_model_for_other_lfs_is_refused(corpus):
    fitted = label_corpus(corpus, lfs(), "mv").model
    with pytest.raises(WslError, match="expects 2 LFs, the run has 1"):
        label_corpus(corpus, lfs()[:1], fitted)


def test_saved_and_loaded_model_gives_the_same_labels(corpus, tmp_path):
    path = tmp_path / "m.npz"
    first = label_corpus(corpus, lfs(), "hmm", save_model=path)
    again = label_corpus(
        corpus, lfs(), "mv", load_model=path
    )  # the loaded model wins over the name
    assert again.model.name == "hmm" and spans_of(again) == spans_of(first)


def test_no_lfs_is_an_error(corpus):
    with pytest.raises(WslError, match="no labelling functions"):
        label_corpus(corpus, [], "mv")
