"""The content of an evaluation report, once: the tables every renderer shows.

Markdown (:mod:`.report_md`), HTML (:mod:`.report_html`) and the terminal (``wsl eval``)
take their rows from here and differ only in how they draw them; a new report section is a
function here plus one line in each renderer that shows it.
"""

from __future__ import annotations

from typing import NamedTuple

import polars as pl

from wsl.pipeline.gold_check import describe_check

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


def run_table(result: dict) -> ReportTable | None:
    """What produced the numbers: wsl version, input files, the model behind "Model", the
    baseline, the LF sources and the seed (from the ``run`` key :func:`~wsl.eval.runs.evaluate_run`
    adds; ``None`` without it)."""
    run = result.get("run")
    if not run:
        return None
    rows: list[list[object]] = [["wsl version", run["wsl_version"]], ["Gold file", run["gold"]]]
    if run.get("predictions"):
        rows.append(["Predictions file", run["predictions"]])
    if run.get("model_file"):
        rows.append(["Label-model file", run["model_file"]])
    rows.append(["Model", model_description(run)])
    if run.get("baseline"):
        rows.append(["Baseline", baseline_description(run)])
    if run.get("n_lfs") is not None:
        rows.append(["LFs applied", run["n_lfs"]])
    if run.get("lf_sources"):
        rows.append(["LF sources", ", ".join(run["lf_sources"])])
    if run.get("doc_lfs"):
        rows.append(["Document-level LFs", ", ".join(run["doc_lfs"])])
    if run.get("model"):
        rows.append(["Seed", run["seed"]])
    return ReportTable(["Run", "Value"], rows)


def model_description(run: dict) -> str:
    """What the "Model" column scores: a predictions file, or a named label model and where it
    came from."""
    if run.get("predictions"):
        return f"predictions read from {run['predictions']}"
    name = f"{run['model']} label model"
    if run.get("model_summary"):
        name += f" ({run['model_summary']})"
    if run.get("model_file"):
        return f"{name}, loaded from {run['model_file']}"
    if run.get("gold_sample") and run.get("gold_tokens"):
        return (
            f"{name}, fitted on this run's LF votes plus the gold sample {run['gold_sample']} "
            f"({run['gold_tokens']:,} tokens clamped to their gold tags"
            + (f"; {describe_check(run['gold_check'])}" if run.get("gold_check") else "")
            + "; this run's gold not used)"
        )
    if run.get("gold_sample") and run.get("gold_check"):
        return (
            f"{name}, fitted on this run's LF votes ({describe_check(run['gold_check'])}; "
            "this run's gold not used)"
        )
    if run.get("gold_sample"):
        return (
            f"{name}, fitted on this run's LF votes (the gold sample {run['gold_sample']} is "
            "not used by this model; gold tags not used)"
        )
    return f"{name}, fitted on this run's LF votes (gold tags not used)"


def baseline_description(run: dict) -> str:
    """What the "Baseline" column scores."""
    if run.get("baseline") == "mv":
        return "majority vote of the same LF votes (mv)"
    return f"{run['baseline']} label model on the same LF votes"


def summary_note(result: dict) -> str | None:
    """One sentence under the summary table naming what "Model" and "Baseline" are."""
    run = result.get("run")
    if not run:
        return None
    note = f"Model: {model_description(run)}."
    if run.get("baseline") and result.get("baseline"):
        note += f" Baseline: {baseline_description(run)}."
    return note


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
    """One row per LF (the :data:`LF_COLUMNS` the analysis has).

    Labels are listed with a space after each comma, so a long list (an LF voting all 12
    software types) can wrap instead of widening the table.
    """
    if lf_table is None:
        return None
    cols = [c for c in LF_COLUMNS if c in lf_table.columns]
    frame = lf_table.select(cols)
    if "labels" in cols:
        frame = frame.with_columns(pl.col("labels").str.replace_all(",", ", ", literal=True))
    return ReportTable(cols, [list(r) for r in frame.rows()])


def _bin_label(b: dict, last: int) -> str:
    """``[lo, hi)``, or ``[lo, hi]`` for the last bin (it also holds 1.0)."""
    return f"[{b['lo']:.2f}, {b['hi']:.2f}{']' if b['bin'] == last else ')'}"


def calibration_table(result: dict) -> ReportTable | None:
    """Confidence bins of the token marginals: count, mean confidence, accuracy."""
    cal = result.get("calibration")
    if not cal:
        return None
    last = cal["bins"][-1]["bin"] if cal["bins"] else -1
    rows = [
        [
            _bin_label(b, last),
            b["count"],
            b["confidence"],
            b["accuracy"],
        ]
        for b in cal["bins"]
    ]
    return ReportTable(["Confidence bin", "Tokens", "Mean confidence", "Accuracy"], rows)


def calibration_note(result: dict) -> str | None:
    """When the token marginals fill fewer than two confidence bins, a sentence saying so: a
    reliability diagram of one bar says nothing about calibration, so none is drawn."""
    cal = result.get("calibration")
    if not cal:
        return None
    used = [b for b in cal["bins"] if b["count"]]
    if not used:
        return "No token marginals to bin; no reliability diagram."
    if len(used) > 1:
        return None
    b = used[0]
    where = _bin_label(b, cal["bins"][-1]["bin"])
    return (
        f"All {b['count']} token marginals fall in one confidence bin, {where} "
        f"(mean confidence {b['confidence']:.3f}, accuracy {b['accuracy']:.3f}), so there is no "
        "reliability diagram: one bar cannot show how accuracy follows confidence."
    )
