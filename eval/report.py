"""The content of an evaluation report, once: the tables every renderer shows.

Markdown (:mod:`.report_md`), HTML (:mod:`.report_html`) and the terminal (``wsl eval``)
take their rows from here and differ only in how they draw them; a new report section is a
function here plus one line in each renderer that shows it.
"""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

SUMMARY_ROWS: tuple[tuple[str, str], ...] = (
    ("Span precision (micro)", "ents_p"),
    ("Span recall (micro)", "ents_r"),
    ("Span F1 (micro)", "ents_f"),
    ("Span precision (macro)", "ents_macro_p"),
    ("Span recall (macro)", "ents_macro_r"),
    ("Span F1 (macro)", "ents_macro_f"),
    ("Token accuracy", "token_acc"),
    ("Predicted spans", "n_pred_spans"),
    ("Exact matches", "ents_tp"),
)
LF_COLUMNS = (
    "name",
    "labels",
    "coverage",
    "spans",
    "entity_coverage",
    "overlaps",
    "conflicts",
    "token_acc",
    "span_p",
    "span_r",
    "correct",
    "incorrect",
)


class ReportTable(NamedTuple):
    """A table of a report: column names and rows of cells (numbers, text or ``None``)."""

    header: list[str]
    rows: list[list[object]]


def headline(result: dict) -> str:
    """The one-line description of what was evaluated."""
    n_tok, n_sent, n_gold = result["n_tokens"], result["n_sentences"], result["n_gold_spans"]
    return f"{n_tok} tokens, {n_sent} sentences, {n_gold} gold spans."


def summary_table(result: dict, calibration: bool = False) -> ReportTable:
    """Micro and macro span scores, token accuracy and counts; model beside the baseline.

    With ``calibration``, the ECE and Brier score as two more rows (no baseline value).
    """
    base = result.get("baseline")
    header = ["Metric", "Model"] + (["Baseline"] if base else [])
    rows = [
        [label, result["model"][key]] + ([base[key]] if base else []) for label, key in SUMMARY_ROWS
    ]
    cal = result.get("calibration")
    if calibration and cal:
        rows += [
            ["Expected calibration error", cal["ece"]] + ([None] if base else []),
            ["Brier score", cal["brier"]] + ([None] if base else []),
        ]
    return ReportTable(header, rows)


def per_type_table(result: dict) -> ReportTable:
    """``type, gold spans, P, R, F1[, baseline F1]`` per type seen in gold or predictions."""
    model = result["model"]["ents_per_type"]
    base = (result.get("baseline") or {}).get("ents_per_type")
    rows = []
    for t in sorted(set(model) | set(base or {})):
        m = model.get(t, {"tp": 0, "fn": 0, "p": 0.0, "r": 0.0, "f": 0.0})
        row = [t, m["tp"] + m["fn"], m["p"], m["r"], m["f"]]
        if base is not None:
            row.append(base.get(t, {}).get("f", 0.0))
        rows.append(row)
    header = ["Type", "Gold spans", "P", "R", "F1"] + (["Baseline F1"] if base is not None else [])
    return ReportTable(header, rows)


def confusion_table(result: dict) -> ReportTable:
    """The span type confusion restricted to the types that occur (``O`` at least)."""
    conf = result["model"]["confusion"]
    labels, matrix = conf["labels"], conf["matrix"]
    used = [i for i in range(len(labels)) if any(matrix[i]) or any(r[i] for r in matrix)]
    header = ["gold \\ predicted"] + [labels[i] for i in used]
    return ReportTable(header, [[labels[i]] + [matrix[i][j] for j in used] for i in used])


def lf_summary_table(result: dict) -> ReportTable | None:
    """Corpus-level LF statistics (coverage, overlap, conflict), if the result has them."""
    summary = result.get("lfs")
    if not summary:
        return None
    return ReportTable(
        ["Statistic", "Value"], [[k.replace("_", " "), v] for k, v in summary.items()]
    )


def per_lf_table(lf_table: pl.DataFrame | None) -> ReportTable | None:
    """One row per LF (the :data:`LF_COLUMNS` the analysis has)."""
    if lf_table is None:
        return None
    cols = [c for c in LF_COLUMNS if c in lf_table.columns]
    return ReportTable(cols, [list(r) for r in lf_table.select(cols).rows()])


def calibration_table(result: dict) -> ReportTable | None:
    """Confidence bins of the token marginals: count, mean confidence, accuracy."""
    cal = result.get("calibration")
    if not cal:
        return None
    last = cal["bins"][-1]["bin"] if cal["bins"] else -1
    rows = [
        [
            f"[{b['lo']:.2f}, {b['hi']:.2f}{']' if b['bin'] == last else ')'}",
            b["count"],
            b["confidence"],
            b["accuracy"],
        ]
        for b in cal["bins"]
    ]
    return ReportTable(["Confidence bin", "Tokens", "Mean confidence", "Accuracy"], rows)
