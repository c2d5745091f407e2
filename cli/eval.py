"""``wsl eval``: label-model output (or any predictions) against gold, with reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from wsl.cli.common import (
    MODEL_HELP,
    TYPES_HELP,
    DocLfs,
    DocLfsOption,
    GoldSampleOption,
    TrustGoldSampleOption,
    err_console,
    load_corpus,
    out_console,
    parse_types,
)
from wsl.eval.report import (
    calibration_note,
    per_type_table,
    run_table,
    summary_table,
)


def render_eval(result: dict) -> list[Table]:
    """The report's run, summary and per-type tables (:mod:`wsl.eval.report`) for the
    terminal."""
    out = []
    sections = [
        ("run", run_table(result)),
        ("span-level (exact match)", summary_table(result)),
        ("per type", per_type_table(result)),
    ]
    for title, t in sections:
        if t is None:
            continue
        table = Table(*t.header, title=title)
        for row in t.rows:
            table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
        out.append(table)
    if result.get("calibration"):
        c = result["calibration"]
        note = calibration_note(result)
        out[-1].caption = f"calibration: ECE {c['ece']:.3f}, Brier {c['brier']:.3f}" + (
            f". {note}" if note else ""
        )
    return out


def eval_command(
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Gold CoNLL (or JSONL with tags).")],
    model: Annotated[
        Optional[str], typer.Option("--model", "-m", help=MODEL_HELP, show_default=False)
    ] = None,
    pred: Annotated[
        Optional[Path],
        typer.Option(
            "--pred",
            help="Score this predictions file (same tokens as gold) instead of running wsl.",
        ),
    ] = None,
    lfs: Annotated[
        Optional[list[Path]], typer.Option("--lfs", help="Extra LF file or folder; repeatable.")
    ] = None,
    no_shipped: Annotated[bool, typer.Option("--no-shipped", help="Use only --lfs LFs.")] = False,
    load_model: Annotated[
        Optional[Path], typer.Option("--load-model", help="Use a saved label model.")
    ] = None,
    report: Annotated[
        Optional[list[Path]],
        typer.Option(
            "--report",
            help="Write a report: .html (self-contained, with plots) or .md; repeatable.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    types: Annotated[str, typer.Option(help=TYPES_HELP)] = "software",
    seed: Annotated[int, typer.Option(help="Label-model seed.")] = 0,
    gold_sample: GoldSampleOption = None,
    trust_gold_sample: TrustGoldSampleOption = False,
    doc_lfs: DocLfsOption = DocLfs["off"],
) -> None:
    """Evaluate label-model output against GOLD: span P/R/F1 per type, confusion, calibration, MV
    baseline."""
    from wsl.eval.evaluate import to_json
    from wsl.eval.reports import check_report_paths, write_report
    from wsl.eval.runs import evaluate_run, read_predictions

    check_report_paths(report or [])
    corpus = load_corpus(gold, types=types)
    pred_ids = (
        read_predictions(pred, corpus, parse_types(types))
        if pred is not None and corpus.has_gold
        else None
    )
    run = evaluate_run(
        corpus,
        pred_ids=pred_ids,
        pred_path=pred,
        model=model,
        lf_paths=lfs or [],
        shipped=not no_shipped,
        load_model=load_model,
        seed=seed,
        gold_sample=gold_sample,
        trust_gold_sample=trust_gold_sample,
        doc_lfs=doc_lfs.value,
    )
    for r in report or []:
        write_report(r, run.result, corpus, run.ids, run.lf_table)
        err_console.print(f"wrote {r}", markup=False)
    if as_json:
        typer.echo(to_json(run.result))
    else:
        for table in render_eval(run.result):
            out_console.print(table)
