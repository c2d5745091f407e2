"""Markdown report of an :func:`wsl.eval.evaluate.evaluate` result (and optionally an LF table)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import polars as pl

from wsl.core.textio import atomic_write_text

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
LF_COLUMNS = ("name", "labels", "coverage", "spans", "entity_coverage", "overlaps", "conflicts",
              "token_acc", "span_p", "span_r", "correct", "incorrect")


def fmt(x: object, digits: int = 3) -> str:
    """A cell: floats to ``digits`` decimals, ``None`` as an en dash, the rest as text."""
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x).replace("|", "\\|")


def md_table(header: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[bool] | None = None) -> str:
    """A GitHub Markdown table; ``right[i]`` right-aligns column ``i``."""
    right = right or [False] + [True] * (len(header) - 1)
    lines = ["| " + " | ".join(fmt(h) for h in header) + " |",
             "|" + "|".join("---:" if r else ":---" for r in right) + "|"]
    lines += ["| " + " | ".join(fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def per_type_rows(result: dict) -> list[list[object]]:
    """``type, gold spans, P, R, F1, baseline F1`` per type seen in gold or predictions."""
    model = result["model"]["ents_per_type"]
    base = (result.get("baseline") or {}).get("ents_per_type")
    types = sorted(set(model) | set(base or {}))
    rows = []
    for t in types:
        m = model.get(t, {"tp": 0, "fn": 0, "p": 0.0, "r": 0.0, "f": 0.0})
        row = [t, m["tp"] + m["fn"], m["p"], m["r"], m["f"]]
        if base is not None:
            row.append(base.get(t, {}).get("f", 0.0))
        rows.append(row)
    return rows


def _summary(result: dict) -> str:
    base = result.get("baseline")
    header = ["Metric", "Model"] + (["Baseline"] if base else [])
    rows = [[label, result["model"][key]] + ([base[key]] if base else []) for label, key in SUMMARY_ROWS]
    return md_table(header, rows)


def _confusion(result: dict) -> str:
    conf = result["model"]["confusion"]
    labels, matrix = conf["labels"], conf["matrix"]
    used = [i for i in range(len(labels)) if any(matrix[i]) or any(r[i] for r in matrix)]
    header = ["gold \\ predicted"] + [labels[i] for i in used]
    rows = [[labels[i]] + [matrix[i][j] for j in used] for i in used]
    return md_table(header, rows)


def _lfs(result: dict, lf_table: pl.DataFrame | None) -> list[str]:
    out = []
    summary = result.get("lfs")
    if summary:
        out += ["## Labelling functions", "",
                md_table(["Statistic", "Value"], [[k.replace("_", " "), v] for k, v in summary.items()]), ""]
    if lf_table is not None:
        cols = [c for c in LF_COLUMNS if c in lf_table.columns]
        align = [False, False] + [True] * (len(cols) - 2)
        out += ["### Per labelling function", "", md_table(cols, lf_table.select(cols).rows(), align), ""]
    return out


def _calibration(result: dict) -> list[str]:
    cal = result.get("calibration")
    if not cal:
        return []
    last = cal["bins"][-1]["bin"] if cal["bins"] else -1
    bins = [[f"[{b['lo']:.2f}, {b['hi']:.2f}{']' if b['bin'] == last else ')'}",
             b["count"], b["confidence"], b["accuracy"]]
            for b in cal["bins"]]
    return ["## Calibration of token marginals", "",
            f"Expected calibration error ({cal['n_bins']} equal-width bins): **{fmt(cal['ece'], 4)}**  ",
            f"Brier score (multi-class): **{fmt(cal['brier'], 4)}**", "",
            md_table(["Confidence bin", "Tokens", "Mean confidence", "Accuracy"], bins), ""]


def render_markdown(result: dict, lf_table: pl.DataFrame | None = None, title: str = "wsl evaluation report") -> str:
    """The report as Markdown text: summary, per type, confusion, LFs, calibration."""
    lines = [f"# {title}", "",
             f"{result['n_tokens']} tokens, {result['n_sentences']} sentences, {result['n_gold_spans']} gold spans.  ",
             f"Scorer: {result['scorer']}.", "",
             "## Summary", "", _summary(result), "",
             "## Per type", ""]
    header = ["Type", "Gold spans", "P", "R", "F1"] + (["Baseline F1"] if result.get("baseline") else [])
    lines += [md_table(header, per_type_rows(result)), "",
              "## Type confusion", "",
              "Rows: gold span type; columns: type of the predicted span sharing most tokens with it "
              "(`O`: no overlapping span / predicted span paired with no gold span).", "",
              _confusion(result), ""]
    lines += _lfs(result, lf_table)
    lines += _calibration(result)
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(path: str | os.PathLike, result: dict, lf_table: pl.DataFrame | None = None) -> Path:
    """Write :func:`render_markdown` to ``path`` atomically."""
    return atomic_write_text(path, render_markdown(result, lf_table))
