"""Markdown rendering of an evaluation report (the tables of :mod:`wsl.eval.report`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import polars as pl

from wsl.core.textio import atomic_write_text
from wsl.eval import report


def fmt(x: object, digits: int = 3) -> str:
    """A cell: floats to ``digits`` decimals, ``None`` as an en dash, the rest as text."""
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x).replace("|", "\\|")


def md_table(
    header: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[bool] | None = None
) -> str:
    """A GitHub Markdown table; ``right[i]`` right-aligns column ``i``."""
    right = right or [False] + [True] * (len(header) - 1)
    lines = [
        "| " + " | ".join(fmt(h) for h in header) + " |",
        "|" + "|".join("---:" if r else ":---" for r in right) + "|",
    ]
    lines += ["| " + " | ".join(fmt(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _table(t: report.ReportTable, right: Sequence[bool] | None = None) -> str:
    return md_table(t.header, t.rows, right)


def _lfs(result: dict, lf_table: pl.DataFrame | None) -> list[str]:
    out = []
    summary = report.lf_summary_table(result)
    if summary:
        out += ["## Labelling functions", "", _table(summary), ""]
    per_lf = report.per_lf_table(lf_table)
    if per_lf:
        align = [False, False] + [True] * (len(per_lf.header) - 2)
        out += ["### Per labelling function", "", _table(per_lf, align), ""]
    return out


def _calibration(result: dict) -> list[str]:
    table = report.calibration_table(result)
    if table is None:
        return []
    cal = result["calibration"]
    return [
        "## Calibration of token marginals",
        "",
        f"Expected calibration error ({cal['n_bins']} equal-width bins): **{fmt(cal['ece'], 4)}** "
        " ",
        f"Brier score (multi-class): **{fmt(cal['brier'], 4)}**",
        "",
        _table(table),
        "",
    ] + ([note, ""] if (note := report.calibration_note(result)) else [])


def render_markdown(
    result: dict, lf_table: pl.DataFrame | None = None, title: str = "wsl evaluation report"
) -> str:
    """The report as Markdown text: run, summary, per type, confusion, LFs, calibration."""
    lines = [
        f"# {title}",
        "",
        f"{report.headline(result)}  ",
        f"Scorer: {result['scorer']}.",
        "",
    ]
    run = report.run_table(result)
    if run:
        lines += ["## Run", "", _table(run, [False, False]), ""]
    lines += ["## Summary", "", _table(report.summary_table(result)), ""]
    note = report.summary_note(result)
    if note:
        lines += [note, ""]
    lines += [
        "## Per type",
        "",
    ]
    lines += [
        _table(report.per_type_table(result)),
        "",
        "## Type confusion",
        "",
        "Rows: gold span type; columns: type of the predicted span sharing most tokens with it "
        "(`O`: no overlapping span / predicted span paired with no gold span).",
        "",
        _table(report.confusion_table(result)),
        "",
    ]
    lines += _lfs(result, lf_table)
    lines += _calibration(result)
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(
    path: str | os.PathLike, result: dict, lf_table: pl.DataFrame | None = None
) -> Path:
    """Write :func:`render_markdown` to ``path`` atomically."""
    return atomic_write_text(path, render_markdown(result, lf_table))
