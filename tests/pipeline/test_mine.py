"""Gazetteer mining: counts, label rates, bands with blockers, and the K-fold split."""

from __future__ import annotations

import numpy as np
import polars as pl

from wsl.core.corpus import Corpus, build_table
from wsl.core.tags import TagSet
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.registry import lfs_for_types, lfs_from_path
from wsl.pipeline.apply import apply_lfs
from wsl.pipeline.mine import filter_mined, mine_blockers, mine_gazetteer, write_mined
from wsl.pipeline.mine_folds import crossval_mined, mined_reach
from wsl.pipeline.subset import folds, subset

TAGS = TagSet(("Language", "Application"))


def corpus_of(sents: list[list[tuple[str, str]]]) -> Corpus:
    table, texts = build_table(
        [[t for t, _ in s] for s in sents], gold=[[g for _, g in s] for s in sents]
    )
    return Corpus(table=table, tagset=TAGS, texts=texts)


def sample() -> Corpus:
    return corpus_of(
        [
            [("We", "O"), ("use", "O"), ("Java", "B-Language"), (".", "O")],
            [
                ("Java", "B-Language"),
                ("runs", "O"),
                ("on", "O"),
                ("Visual", "B-Application"),
                ("Studio", "I-Application"),
            ],
            [("Java", "O"), ("is", "O"), ("an", "O"), ("island", "O")],
            [("Java", "B-Application"), ("and", "O"), ("Visual", "O"), ("Studio", "O")],
        ]
    )


def test_mine_counts_types_occurrences_and_rate():
    m = mine_gazetteer(sample())
    rows = {r["entry"]: r for r in m.iter_rows(named=True)}
    assert set(rows) == {"Java", "Visual Studio"}
    java = rows["Java"]
    assert (java["type"], java["count"], java["type_count"], java["occurrences"]) == (
        "Language",
        3,
        2,
        4,
    )
    assert java["rate"] == 0.75
    assert java["types"] == "Language:2 Application:1"
    vs = rows["Visual Studio"]
    assert (vs["count"], vs["occurrences"], vs["rate"]) == (1, 2, 0.5)


def test_filter_by_count_and_rate():
    m = mine_gazetteer(sample())
    assert filter_mined(m, min_count=2, min_rate=0.0)["entry"].to_list() == ["Java"]
    assert filter_mined(m, min_count=1, min_rate=0.6)["entry"].to_list() == ["Java"]
    assert filter_mined(m, min_count=1, min_rate=0.5).height == 2


def test_written_bands_vote_like_one_longest_match_gazetteer(tmp_path):
    # "Visual" alone (rate 1.0) is in a higher band than "Visual Studio" (rate 0.5):
    # the band files must still let the longer entry win, as one gazetteer would.
    mined = pl.DataFrame(
        {
            "entry": ["Visual", "Visual Studio"],
            "type": ["Language", "Application"],
            "count": [3, 1],
            "type_count": [3, 1],
            "occurrences": [3, 2],
            "rate": [1.0, 0.5],
            "types": ["", ""],
        }
    )
    paths = write_mined(mined, tmp_path, source="unit")
    assert [p.name for p in paths] == ["mined.1-rate80.cased.txt", "mined.3-rate50.cased.txt"]
    text = (tmp_path / "mined.1-rate80.cased.txt").read_text()
    assert "Visual\tLanguage\n" in text and "Visual Studio\t-\n" in text
    assert (tmp_path / "mined_stats.tsv").exists()
    lfs = [lf for p in paths for lf in lfs_from_path(p)]
    corpus = corpus_of([[("Visual", "O"), ("Studio", "O"), ("and", "O"), ("Visual", "O")]])
    L = apply_lfs(corpus, lfs).L
    by_name = dict(zip([lf.name for lf in lfs], L.T))
    b_app, i_app, b_lang = TAGS.b("Application"), TAGS.i("Application"), TAGS.b("Language")
    assert by_name["gaz_mined_3-rate50_cased"].tolist() == [b_app, i_app, -1, -1]
    assert by_name["gaz_mined_1-rate80_cased"].tolist() == [-1, -1, -1, b_lang]


def test_folds_and_subset_renumber_sentences():
    assert [f.tolist() for f in folds(5, 2)] == [[0, 1], [2, 3, 4]]
    rnd = folds(10, 3, "random", seed=1)
    assert sorted(np.concatenate(rnd).tolist()) == list(range(10))
    part = subset(sample(), np.array([1, 3]))
    assert part.n_sents == 2
    assert part.table["sent_id"].unique().sort().to_list() == [0, 1]
    assert part.table["token"].to_list()[:2] == ["Java", "runs"]


def tiny_docs() -> Corpus:
    return corpus_of(
        [
            [("We", "O"), ("use", "O"), ("Java", "B-Language"), (".", "O")],
            [("Go", "B-Language"), ("is", "O"), ("fast", "O")],
            [("Java", "B-Language"), ("is", "O"), ("fine", "O")],
            [("Go", "B-Language"), ("and", "O"), ("Rust", "B-Language")],
        ]
    )


def test_crossval_direct_and_priority_model_rank_mined_lfs_first():
    # A weaker LF types Java wrongly and knows Rust; mined bands must win where they fire.
    other = GazetteerLF("other", {"Java": "Application", "Rust": "Language"}, case_sensitive=True)
    res = crossval_mined(tiny_docs(), k=2, extra_lfs=[other], split="contiguous")
    rows = {(r["fold"], r["system"]): r for r in res.iter_rows(named=True)}
    # fold 1 mines Java and Go from sentences 0-1 and misses Rust in sentence 3
    assert (rows[("1", "direct")]["r"], rows[("1", "direct")]["p"]) == (2 / 3, 1.0)
    assert rows[("all", "direct")]["r"] == 0.8 and rows[("all", "direct")]["entries"] is None
    assert (rows[("all", "model")]["p"], rows[("all", "model")]["r"]) == (1.0, 1.0)
    assert rows[("0", "model")]["entries"] == 3
    # reach: fold 1 can find Java and Go, not Rust; fold 0 finds both of its spans
    assert (
        rows[("1", "direct")]["reach"],
        rows[("0", "model")]["reach"],
        rows[("all", "model")]["reach"],
    ) == (2 / 3, 1.0, 0.8)


def test_mined_reach_needs_the_string_with_its_type():
    corpus = tiny_docs()
    mined = pl.DataFrame({"entry": ["Java", "Go"], "type": ["Language", "Application"]})
    # Java (twice) matches string and type; Go is mined under the wrong type; Rust not at all
    assert mined_reach(mined, corpus) == 2
    assert mined_reach(mined.head(0), corpus) == 0


def test_lfs_for_types_drops_lfs_voting_other_types():
    keep = GazetteerLF("keep", ["Go"], label="Language")
    drop = GazetteerLF("drop", ["Go"], label="Protocol")
    neg = GazetteerLF("neg", ["the"], label="O")
    assert [lf.name for lf in lfs_for_types([keep, drop, neg], TAGS.types)] == ["keep", "neg"]


def test_mine_blockers_keeps_frequent_rarely_labelled_strings():
    c = corpus_of(
        [
            [("Java", "B-Language"), ("is", "O"), ("an", "O"), ("island", "O")],
            [("Java", "O"), ("is", "O"), ("an", "O"), ("island", "O")],
            [("we", "O"), ("use", "O"), ("Java", "O"), ("and", "O"), ("Java", "O"), (".", "O")],
        ]
    )
    got = mine_blockers(c, max_rate=0.3)
    # Java: labelled 1 of 4 times (0.25 < 0.3); "is an island" and its parts: never; "." has no
    # letter
    assert "Java" in got and "is an island" in got and "an" in got and "." not in got
    assert "we" not in got  # seen once
    assert "Java" not in mine_blockers(c, max_rate=0.2)
    assert mine_blockers(c, max_rate=0.3, max_tokens=1) == ["Java", "an", "is", "island"]
    assert mine_blockers(c, max_tokens=1) == ["an", "is", "island"]  # default rate 0.1
