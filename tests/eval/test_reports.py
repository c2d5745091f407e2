import os
import re

import numpy as np
import pytest

from wsl.eval import report
from wsl.eval.analysis import analyze_lfs
from wsl.eval.evaluate import evaluate_tags
from wsl.eval.report_html import render_html, write_html
from wsl.eval.report_md import render_markdown, write_markdown
from wsl.eval.svg import bar_chart, number, wants_log_scale

# LF votes on the tiny case (gold B-A I-A O O | B-B O O O); hand-computed rows below
L = np.array([[1, -1], [2, 2], [0, -1], [-1, -1], [3, 1], [0, 0], [-1, 0], [0, -1]], dtype=np.int16)


@pytest.fixture
def report_inputs(ab, tiny):
    table, pred = tiny
    gold = ab.encode(table["gold"].to_list())
    result = evaluate_tags(
        table,
        pred,
        ab,
        probs=np.full((8, ab.n_tags), 0.2),
        L=L,
        baseline_ids=np.zeros(8, dtype=np.int16),
        n_bins=5,
    )
    lf_table = analyze_lfs(
        L, ["lf0", "lf1"], ab, gold_ids=gold, sent_ids=table["sent_id"].to_numpy()
    )
    return result, lf_table, table, pred


def test_markdown_numbers(report_inputs):
    result, lf_table, _, _ = report_inputs
    md = render_markdown(result, lf_table)
    expected = [
        "8 tokens, 2 sentences, 2 gold spans.",
        "| Span precision (micro) | 0.333 | 0.000 |",
        "| Span recall (micro) | 0.500 | 0.000 |",
        "| Span F1 (micro) | 0.400 | 0.000 |",
        "| Span precision (macro) | 0.167 | 0.000 |",
        "| Span recall (macro) | 0.500 | 0.000 |",
        "| Span F1 (macro) | 0.250 | 0.000 |",
        "| Token accuracy | 0.625 | 0.625 |",
        "| Predicted spans | 3 | 0 |",
        "| Exact matches | 1 | 0 |",
        "| A | 1 | 0.333 | 1.000 | 0.500 | 0.000 |",
        "| B | 1 | 0.000 | 0.000 | 0.000 | 0.000 |",
        "| gold \\ predicted | A | B | O |",
        "| A | 1 | 0 | 0 |",
        "| B | 1 | 0 | 0 |",
        "| O | 1 | 0 | 0 |",
        "| n tokens | 8 |",
        "| coverage | 0.875 |",
        "| entity coverage | 0.375 |",
        "| overlap | 0.375 |",
        "| conflict | 0.125 |",
        "| conflict among covered | 0.143 |",
        "| lf0 | O, A, B | 0.750 | 2 | 0.375 | 0.375 | 0.125 | 1.000 | 1.000 | 1.000 | 2 | 0 |",
        "| lf1 | O, A | 0.500 | 2 | 0.250 | 0.375 | 0.125 | 0.750 | 0.000 | 0.000 | 0 | 2 |",
        "Expected calibration error (5 equal-width bins): **0.4250**",
        "Brier score (multi-class): **0.8000**",
        "| [0.20, 0.40) | 8 | 0.200 | 0.625 |",
        "| [0.80, 1.00] | 0 | – | – |",
        # every marginal is 0.2: one bin, said in words (issue 15.11)
        "All 8 token marginals fall in one confidence bin, [0.20, 0.40) (mean confidence 0.200, "
        "accuracy 0.625), so there is no reliability diagram",
    ]
    for line in expected:
        assert line in md, line
    assert "## Run" not in md  # evaluate_tags alone records no run


def test_markdown_without_optional_parts(ab, tiny, tmp_path):
    table, pred = tiny
    result = evaluate_tags(table, pred, ab)
    md = render_markdown(result)
    assert "| Span F1 (micro) | 0.400 |" in md and "Baseline" not in md
    assert "Calibration" not in md and "Labelling functions" not in md
    path = write_markdown(tmp_path / "r.md", result)
    assert path.read_text() == md and os.listdir(tmp_path) == ["r.md"]


def test_html_content_and_self_containment(report_inputs, ab, table_of):
    result, lf_table, table, pred = report_inputs
    html = render_html(result, table=table, pred_ids=pred, tagset=ab, lf_table=lf_table)
    assert html.count("<svg") == 3  # no reliability diagram: all marginals are in one bin
    for title in (
        "F1 per entity type",
        "LF coverage and conflicts",
        "Type confusion",
    ):
        assert f"<title>{title}" in html
    assert "<title>Reliability diagram" not in html
    assert (
        '<strong>Reliability diagram</strong><p class="note">All 8 token marginals fall in one '
        "confidence bin, [0.20, 0.40) (mean confidence 0.200, accuracy 0.625)"
    ) in html
    assert (
        "<title>A · model F1: 0.50</title>" in html
        and "<title>A · baseline F1: 0.00</title>" in html
    )
    assert "<title>lf0 · conflicts: 0.125</title>" in html
    assert "<title>gold B → predicted A: 1</title>" in html
    for cell in (
        "<td>0.333</td>",
        "<td>0.400</td>",
        "<td>0.425</td>",
        "<td>0.800</td>",
        "<td>0.143</td>",
    ):
        assert cell in html, cell
    assert html.count('class="entity"') == 5  # displaCy: 2 gold + 3 predicted spans
    assert not re.search(r"https?:|(src|href)\s*=|<link|@import|url\(", html)


def test_html_escapes_and_minimal(ab, tmp_path, table_of):
    table = table_of([[("<i>x</i>", "B-A"), ("&", "O")]])
    result = evaluate_tags(table, ab.encode(["B-A", "O"]), ab)
    html = render_html(
        result, table=table, pred_ids=ab.encode(["B-A", "O"]), tagset=ab, title="a <b> report"
    )
    assert "<i>x</i>" not in html and "&lt;i&gt;x&lt;/i&gt;" in html
    assert "<title>a &lt;b&gt; report</title>" in html
    assert render_html(result).count("<svg") == 2  # per-type bars and confusion only
    path = write_html(tmp_path / "r.html", result)
    assert path.read_text().startswith("<!DOCTYPE html>") and os.listdir(tmp_path) == ["r.html"]


def _rect_widths(svg: str) -> dict[str, float]:
    """``category · series`` -> drawn bar width, from the bars' ``<title>``s."""
    found = re.findall(r'<rect [^>]*width="([\d.]+)"[^>]*><title>([^:<]+):', svg)
    return {name: float(w) for w, name in found}


def test_bar_chart_log_scale_widths_and_small_numbers():
    svg = bar_chart(
        ["big", "small", "tiny", "none"], {"coverage": [0.5, 0.002, 0.0004, 0.0]}, "c", log=True
    )
    # plot 640 - 120 - 60 = 460 px over the decades 1e-4 .. 1 (4 decades)
    widths = _rect_widths(svg)
    assert widths == {
        "big · coverage": pytest.approx(460 * np.log10(5000) / 4, abs=0.06),
        "small · coverage": pytest.approx(460 * np.log10(20) / 4, abs=0.06),
        "tiny · coverage": pytest.approx(460 * np.log10(4) / 4, abs=0.06),
        "none · coverage": 0.0,
    }
    assert "<title>tiny · coverage: 0.0004</title>" in svg  # not rounded to 0.000
    for decade in ("0.0001", "0.001", "0.01", "0.1", "1"):
        assert f">{decade}</text>" in svg
    assert ">log scale</text>" in svg and 'class="chart bars log"' in svg
    assert number(0.00042, 3) == "0.00042" and number(0.4, 3) == "0.400" and number(0, 2) == "0.00"
    assert wants_log_scale([0.5, 0.002, 0.0, None]) and not wants_log_scale([0.75, 0.125, 0.0])


def test_lf_chart_puts_small_coverage_on_a_readable_scale(ab, table_of):
    """Issue 15.11: an LF voting 2 of 1,000 tokens beside one voting half of them was a 1.6 px
    bar on the linear axis; on the log axis it is about 150 px."""
    table = table_of([[(f"w{i}", "O") for i in range(1000)]])
    L = np.full((1000, 2), -1, dtype=np.int16)
    L[:500, 0] = 0
    L[:2, 1] = 1
    lf_table = analyze_lfs(L, ["wide", "narrow"], ab, sent_ids=np.zeros(1000))
    result = evaluate_tags(table, np.zeros(1000, dtype=np.int16), ab, L=L)
    html = render_html(result, lf_table=lf_table)
    chart = re.search(r"<svg[^>]*>\s*<title>LF coverage and conflicts</title>.*?</svg>", html, re.S)
    widths = _rect_widths(chart.group(0))
    # 0.002 .. 0.5 -> decades 0.001 .. 1; plot 640 - 120 - 60 = 460 px
    assert widths["narrow · coverage"] == pytest.approx(460 * np.log10(2) / 3, abs=0.06)
    assert widths["wide · coverage"] == pytest.approx(460 * np.log10(500) / 3, abs=0.06)
    assert "<title>narrow · coverage: 0.002</title>" in chart.group(0)


def test_calibration_note_only_for_fewer_than_two_bins(ab, tiny):
    table, pred = tiny
    probs = np.full((8, ab.n_tags), 0.1)
    probs[:4, 0], probs[4:, 0] = 0.6, 0.9  # two bins: a diagram, no note
    two = evaluate_tags(table, pred, ab, probs=probs)
    assert report.calibration_note(two) is None
    assert "<title>Reliability diagram</title>" in render_html(two)
    probs[:, 0] = 1.0  # all in the last (closed) bin
    one = evaluate_tags(table, pred, ab, probs=probs)
    assert report.calibration_note(one).startswith(
        "All 8 token marginals fall in one confidence bin, [0.90, 1.00] (mean confidence 1.000, "
        "accuracy 0.625)"
    )
    empty = evaluate_tags(table.head(0), np.zeros(0, dtype=np.int16), ab, probs=probs[:0])
    assert report.calibration_note(empty) == "No token marginals to bin; no reliability diagram."
