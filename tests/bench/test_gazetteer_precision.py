"""Tests for bench/gazetteer_precision.py on hand-written spans (no corpus needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import polars as pl

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "gazetteer_precision.py"


def _load():
    spec = importlib.util.spec_from_file_location("wsl_bench_gazetteer_precision", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GOLD = pl.DataFrame({"start": [0, 5, 9], "end": [1, 6, 11], "gold": ["Language", "O", "Library"]})
SPANS = pl.DataFrame(
    {
        "start": [0, 3, 5, 9, 12],
        "end": [1, 4, 6, 10, 13],
        "label": ["Language", "Language", "Language", "Library", "Library"],
        "text": ["Python", "python", "Python", "NumPy", "numpy"],
    }
)


def test_entry_precision_counts_exact_gold_spans_of_the_type():
    mod = _load()
    st = mod.entry_stats(mod.score_spans_table(SPANS, GOLD)).sort("entry")
    assert st.select("entry", "n", "tp").rows() == [("numpy", 2, 0), ("python", 3, 1)]
    assert st["p"].to_list() == [0.0, 1 / 3]
    assert st["gold_mode"].to_list() == ["O", "O"]


def test_cased_stats_keep_spellings_apart():
    mod = _load()
    st = mod.entry_stats(mod.score_spans_table(SPANS, GOLD), case_sensitive=True)
    assert sorted(st["entry"].to_list()) == ["NumPy", "Python", "numpy", "python"]


def test_sweep_drops_entries_below_the_threshold():
    mod = _load()
    st = mod.entry_stats(mod.score_spans_table(SPANS, GOLD))
    rows = mod.sweep(st, n_gold=3, min_count=2, thresholds=(0.0, 0.2)).rows(named=True)
    assert rows[0]["dropped"] == 0 and abs(rows[0]["P"] - 1 / 5) < 1e-12
    # numpy (p 0, n 2) goes; python (p 1/3) stays: 1 of 3 predictions right, 1 of 3 gold found
    assert rows[1]["dropped"] == 1 and abs(rows[1]["P"] - 1 / 3) < 1e-12
    assert abs(rows[1]["R"] - 1 / 3) < 1e-12


def test_filter_summary_drops_frequent_imprecise_entries_and_scores_the_rest():
    mod = _load()
    st = mod.entry_stats(mod.score_spans_table(SPANS, GOLD))
    res = mod.filter_summary(st, min_count=2, threshold=0.2)
    assert res["matched"] == 2
    assert res["dropped"]["entry"].to_list() == ["numpy"]
    assert (res["kept_n"], res["kept_tp"]) == (3, 1)
    assert abs(res["kept_p"] - 1 / 3) < 1e-12


def test_candidates_are_read_without_comments_or_blank_lines(tmp_path):
    mod = _load()
    f = tmp_path / "c.txt"
    f.write_text("# browsers\nFirefox\n\n  Lynx  \n# end\n", encoding="utf-8")
    assert mod.read_candidates(f) == ["Firefox", "Lynx"]
