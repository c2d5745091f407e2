import numpy as np
import polars as pl
import pytest

from wsl.core.bio import spans_from_ids
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.eval.analysis import _span_stats, analyze_lfs, summarize_lfs

NAMES = ["lf0", "lf1", "lf2"]


def rows(df: pl.DataFrame) -> dict[str, dict]:
    return {r["name"]: r for r in df.iter_rows(named=True)}


def test_vote_statistics_by_hand(ab, label_matrix):
    L, _, sent = label_matrix
    r = rows(analyze_lfs(L, NAMES, ab, sent_ids=sent))
    assert [r[n]["coverage"] for n in NAMES] == pytest.approx([4 / 6, 4 / 6, 3 / 6])
    assert [r[n]["entity_coverage"] for n in NAMES] == pytest.approx([3 / 6, 3 / 6, 1 / 6])
    assert [r[n]["spans"] for n in NAMES] == [2, 2, 1]
    assert [r[n]["overlaps"] for n in NAMES] == pytest.approx([3 / 6, 4 / 6, 2 / 6])
    assert [r[n]["conflicts"] for n in NAMES] == pytest.approx([2 / 6, 3 / 6, 2 / 6])
    assert [r[n]["labels"] for n in NAMES] == ["O,A", "O,A,B", "O,B"]
    assert "token_acc" not in r["lf0"]


def test_gold_statistics_by_hand(ab, label_matrix):
    L, gold, sent = label_matrix
    r = rows(analyze_lfs(L, NAMES, ab, gold_ids=gold, sent_ids=sent))
    assert [r[n]["token_acc"] for n in NAMES] == pytest.approx([3 / 4, 3 / 4, 2 / 3])
    assert [r[n]["correct"] for n in NAMES] == [1, 1, 0]
    assert [r[n]["incorrect"] for n in NAMES] == [1, 1, 1]
    assert [r[n]["span_p"] for n in NAMES] == pytest.approx([1 / 2, 1 / 2, 0.0])
    # recall of gold spans of the LF's own types: lf0 A (1 of 1), lf1 A+B (1 of 2), lf2 B (0 of 1)
    assert [r[n]["span_r"] for n in NAMES] == pytest.approx([1.0, 1 / 2, 0.0])
    assert [r[n]["span_f"] for n in NAMES] == pytest.approx([2 / 3, 1 / 2, 0.0])


def test_summary_by_hand(ab, label_matrix):
    L, _, _ = label_matrix
    s = summarize_lfs(L, ab)
    assert s["n_tokens"] == 6 and s["n_lfs"] == 3
    assert s["coverage"] == pytest.approx(1.0)
    assert s["entity_coverage"] == pytest.approx(4 / 6)  # rows 0, 1, 3, 4
    assert s["overlap"] == pytest.approx(4 / 6)
    assert s["conflict"] == pytest.approx(3 / 6)
    assert s["conflict_among_covered"] == pytest.approx(3 / 6)
    empty = summarize_lfs(np.full((4, 2), -1, dtype=np.int16), ab)
    assert empty["coverage"] == 0.0 and empty["conflict_among_covered"] == 0.0


def test_meta_nulls_and_sorting(ab, label_matrix):
    L, gold, sent = label_matrix
    meta = [
        {"name": "lf2", "kind": "gazetteer", "labels": ("B",), "source": "os.txt"},
        {"name": "lf0", "kind": "regex", "labels": "O"},
    ]
    df = analyze_lfs(
        L,
        NAMES,
        ab,
        gold_ids=gold,
        sent_ids=sent,
        lf_meta=meta,
        sort_by="conflicts",
        descending=True,
    )
    assert df["name"].to_list()[0] == "lf1"
    r = rows(df)
    assert (r["lf2"]["kind"], r["lf2"]["labels"], r["lf2"]["source"]) == (
        "gazetteer",
        "B",
        "os.txt",
    )
    assert r["lf0"]["span_r"] is None  # declared O only: no gold spans of its own types
    assert r["lf1"]["kind"] is None
    same = analyze_lfs(L, NAMES, ab, lf_meta=pl.DataFrame(meta[:1]))
    assert rows(same)["lf2"]["kind"] == "gazetteer"
    abstainer = analyze_lfs(
        np.full((3, 1), -1, dtype=np.int16), ["none"], ab, gold_ids=np.zeros(3, dtype=np.int16)
    )
    assert (
        abstainer.row(0, named=True)["token_acc"] is None
        and abstainer.row(0, named=True)["span_p"] is None
    )


def test_errors(ab, label_matrix):
    L, gold, _ = label_matrix
    with pytest.raises(WslError, match="2 rows.*3 columns"):
        analyze_lfs(L, ["a", "b"], ab)
    with pytest.raises(WslError, match="5 rows.*6 rows"):
        analyze_lfs(L, NAMES, ab, gold_ids=gold[:5])
    with pytest.raises(WslError, match="gold_ids holds tag ids outside 0..4"):
        analyze_lfs(L, NAMES, ab, gold_ids=gold + 3)
    with pytest.raises(WslError, match="cannot sort by 'nope'"):
        analyze_lfs(L, NAMES, ab, sort_by="nope")
    with pytest.raises(WslError, match="outside"):
        analyze_lfs(L + 5, NAMES, ab)
    with pytest.raises(WslError, match="not in the tag set"):
        analyze_lfs(L, NAMES, ab, lf_meta=[{"name": "lf0", "labels": ["Z"]}])


def test_spans_agree_with_shared_reader():
    ts = TagSet()
    rng = np.random.default_rng(1)
    L = rng.integers(-1, ts.n_tags, size=(500, 7)).astype(np.int16)
    starts = rng.random(500) < 0.1
    starts[0] = True
    lf, s, e, t = _span_stats(np.ascontiguousarray(L.T), starts)
    for j in range(L.shape[1]):
        ref = spans_from_ids(L[:, j], starts)
        k = lf == j
        assert all(np.array_equal(a, b) for a, b in zip(ref, (s[k], e[k], t[k])))


def test_analysis_delta_keeps_moved_and_new_lfs_as_differences():
    import polars as pl

    from wsl.eval.analysis import analysis_delta

    old = pl.DataFrame(
        {"name": ["a", "b"], "kind": ["x", "x"], "coverage": [0.5, 0.25], "spans": [4, 2]}
    )
    new = pl.DataFrame(
        {
            "name": ["a", "b", "c"],
            "kind": ["x", "x", "y"],
            "coverage": [0.5, 0.375, 0.125],
            "spans": [4, 3, 1],
        }
    )
    d = analysis_delta(old, new)
    assert d["name"].to_list() == ["b", "c"]
    assert d["coverage"].to_list() == [0.125, 0.125]
    assert d["spans"].to_list() == [1, 1]
    assert d.columns == new.columns


def test_analysis_delta_ignores_undefined_ratios_that_stay_undefined():
    # an LF with no span of a gold type has span_r null before and after: it did not move
    import polars as pl

    from wsl.eval.analysis import analysis_delta

    frame = pl.DataFrame({"name": ["a", "b"], "coverage": [0.5, 0.1], "span_r": [None, 0.4]})
    assert analysis_delta(frame, frame).height == 0
    now_defined = frame.with_columns(pl.Series("span_r", [0.2, 0.4]))
    assert analysis_delta(frame, now_defined)["name"].to_list() == ["a"]


def test_watch_lists_only_the_edited_lf_on_the_real_suite():
    """The shipped suite plus one user LF, re-analysed after editing only that LF."""
    import polars as pl

    from wsl.eval.analysis import analysis_delta

    rows = 40
    old = pl.DataFrame(
        {
            "name": [f"lf{i}" for i in range(rows)],
            "coverage": [0.1] * rows,
            "span_p": [None] * (rows // 2) + [0.5] * (rows // 2),
        }
    )
    new = old.with_columns(
        pl.when(pl.col("name") == "lf3").then(0.2).otherwise(pl.col("coverage")).alias("coverage")
    )
    assert analysis_delta(old, new)["name"].to_list() == ["lf3"]
