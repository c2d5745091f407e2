"""Training the tagger LF: it learns context, generalises to unseen names, is seeded."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.lfs.registry import lfs_from_path
from wsl.pipeline.apply import apply_lfs
from wsl.pipeline.mine import mine_gazetteer, write_mined
from wsl.pipeline.tagger_train import tagger_accuracy, train_tagger

TAGS = TagSet(("Protocol", "Language"))
NAMES = ["Foo", "Bar", "Baz", "Qux", "Zap", "Mox", "Lek", "Tiv", "Rab", "Nel", "Sor", "Dak"]


def corpus_of(sents: list[list[tuple[str, str]]]) -> Corpus:
    table, texts = build_table(
        [[t for t, _ in s] for s in sents], gold=[[g for _, g in s] for s in sents]
    )
    return Corpus(table=table, tagset=TAGS, texts=texts)


def training() -> Corpus:
    """'the X protocol' and 'written in Y' with ever-new names, plus plain sentences."""
    sents = []
    for i, name in enumerate(NAMES * 3):
        sents.append(
            [("the", "O"), (name + str(i), "B-Protocol"), ("protocol", "O"), ("works", "O")]
        )
        sents.append(
            [
                ("it", "O"),
                ("is", "O"),
                ("written", "O"),
                ("in", "O"),
                (name.upper() + str(i), "B-Language"),
            ]
        )
        sents.append([("we", "O"), ("like", "O"), ("the", "O"), ("weather", "O")])
    return corpus_of(sents)


def test_tagger_votes_unseen_names_by_context():
    lf = train_tagger(training(), threshold=0.5)
    assert lf.labels == ("Protocol", "Language") and lf.kind == "tagger"
    assert tagger_accuracy(lf, training()) == 1.0
    test = corpus_of(
        [
            [("the", "O"), ("Wibble", "O"), ("protocol", "O"), ("works", "O")],
            [("it", "O"), ("is", "O"), ("written", "O"), ("in", "O"), ("ZORP9", "O")],
            [("we", "O"), ("like", "O"), ("the", "O"), ("weather", "O")],
        ]
    )
    col = apply_lfs(test, [lf]).L[:, 0].tolist()
    assert col[:4] == [-1, TAGS.b("Protocol"), -1, -1]
    assert col[4:9] == [-1, -1, -1, -1, TAGS.b("Language")]
    assert col[9:] == [-1] * 4  # abstains where it sees nothing


def test_training_is_seeded():
    a, b = train_tagger(training(), seed=3), train_tagger(training(), seed=3)
    assert np.array_equal(a.weights, b.weights) and a.fingerprint() == b.fingerprint()
    assert train_tagger(training(), seed=4).fingerprint() != a.fingerprint()


def test_no_label_column_is_an_error():
    c = training()
    with pytest.raises(WslError, match="no 'silver' column"):
        train_tagger(c, column="silver")


def test_mined_folder_loads_bands_and_tagger_in_rank_order(tmp_path):
    c = training()
    mined = mine_gazetteer(c).head(2).with_columns(rate=np.array([0.9, 0.3]))
    paths = write_mined(mined, tmp_path, tagger=train_tagger(c))
    assert [p.name for p in paths] == [
        "mined.1-rate80.cased.txt",
        "mined.2-tagger.npz",
        "mined.4-rate20.cased.txt",
    ]
    names = [lf.name for lf in lfs_from_path(tmp_path)]
    assert names == [
        "gaz_mined_1-rate80_cased",
        "tagger_mined_2-tagger",
        "gaz_mined_4-rate20_cased",
    ]
    # re-mining without the tagger removes the stale model, so it cannot vote beside the new bands
    write_mined(mined, tmp_path)
    assert not (tmp_path / "mined.2-tagger.npz").exists()


def test_broken_tagger_file_is_a_clear_error(tmp_path):
    p = tmp_path / "mined.2-tagger.npz"
    p.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(WslError, match=f"^{p}: cannot read tagger model"):
        lfs_from_path(p)
