"""``wsl eval``: label-model output (or any predictions) against gold, with reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from wsl.cli.common import TYPES_HELP, err_console, load_corpus, out_console
from wsl.core.errors import WslError


def _pred_ids(pred: Path, corpus, types: str):
    """Tag ids of a predictions file (CoNLL/JSONL) whose tokens line up with the gold."""
    p = load_corpus(pred, types=types)
    if not p.has_gold:
        raise WslError("has no tags to evaluate", str(pred))
    if p.table["token"].to_list() != corpus.table["token"].to_list():
        raise WslError(f"tokens do not line up with the gold file ({p.n_tokens:,} vs {corpus.n_tokens:,} tokens)", str(pred))
    return corpus.tagset.encode(p.table["gold"].to_list())


def render_eval(result: dict) -> Table:
    """Micro/macro scores and per-type F1 of the model beside the baseline."""
    base = result.get("baseline")
    table = Table("", "model", *(["majority vote"] if base else []), title="span-level (exact match)")
    m = result["model"]
    rows = [("micro P", "ents_p"), ("micro R", "ents_r"), ("micro F1", "ents_f"), ("macro F1", "ents_macro_f"), ("token accuracy", "token_acc")]
    for label, key in rows:
        table.add_row(label, f"{m[key]:.3f}", *([f"{base[key]:.3f}"] if base else []))
    for t in result["types"]:
        f = m["ents_per_type"].get(t, {}).get("f", 0.0)
        bf = base["ents_per_type"].get(t, {}).get("f", 0.0) if base else None
        table.add_row(f"F1 {t}", f"{f:.3f}", *([f"{bf:.3f}"] if base else []))
    if result.get("calibration"):
        c = result["calibration"]
        table.caption = f"calibration: ECE {c['ece']:.3f}, Brier {c['brier']:.3f}"
    return table


def evaluate(
    gold: Annotated[Path, typer.Option("--gold", "-g", help="Gold CoNLL (or JSONL with tags).")],
    model: Annotated[Optional[str], typer.Option("--model", "-m", help="Label model to fit on the gold file's LF votes: hmm, snorkel, mv, priority (default: priority with mined LFs, else hmm).", show_default=False)] = None,
    pred: Annotated[Optional[Path], typer.Option("--pred", help="Score this predictions file (same tokens as gold) instead of running wsl.")] = None,
    lfs: Annotated[Optional[list[Path]], typer.Option("--lfs", help="Extra LF file or folder; repeatable.")] = None,
    no_shipped: Annotated[bool, typer.Option("--no-shipped", help="Use only --lfs LFs.")] = False,
    load_model: Annotated[Optional[Path], typer.Option("--load-model", help="Use a saved label model.")] = None,
    report: Annotated[Optional[list[Path]], typer.Option("--report", help="Write a report: .html (self-contained, with plots) or .md; repeatable.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
    types: Annotated[str, typer.Option(help=TYPES_HELP)] = "software",
    seed: Annotated[int, typer.Option(help="Label-model seed.")] = 0,
) -> None:
    """Evaluate label-model output against GOLD: span P/R/F1 per type, confusion, calibration, MV baseline."""
    from wsl.eval.evaluate import evaluate as run_eval
    from wsl.eval.evaluate import to_json

    for r in report or []:
        if r.suffix not in (".html", ".md"):
            raise WslError(f"--report {r}: use a .html or .md file name")
    corpus = load_corpus(gold, types=types)
    if not corpus.has_gold:
        raise WslError("has no gold tags", str(gold))
    L = probs = base_ids = lf_table = None
    if pred is not None:
        ids = _pred_ids(pred, corpus, types)
    else:
        ids, probs, base_ids, L, lf_table = _run_wsl(corpus, model, lfs, no_shipped, load_model, seed)
    result = run_eval(corpus.table, ids, corpus.tagset, probs=probs, L=L, baseline_ids=base_ids)
    for r in report or []:
        _write_report(r, result, corpus, ids, lf_table)
        err_console.print(f"wrote {r}", markup=False)
    if as_json:
        typer.echo(to_json(result))
    else:
        out_console.print(render_eval(result))


def _run_wsl(corpus, model, lfs, no_shipped, load_model, seed):
    """Apply LFs (cached), fit the model and majority vote; (ids, probs, mv ids, L, LF table)."""
    from wsl.cli.lfs import lf_meta
    from wsl.eval.analysis import analyze_lfs
    from wsl.lfs.registry import collect_lfs
    from wsl.pipeline.apply import apply_lfs
    from wsl.pipeline.cache import ColumnCache
    from wsl.pipeline.label import default_model, label_corpus

    found = collect_lfs(lfs or [], shipped=not no_shipped, types=corpus.tagset.types)
    if not found:
        raise WslError("no LFs: drop --no-shipped or add --lfs PATH")
    model = model or default_model(found)
    applied = apply_lfs(corpus, found, cache=ColumnCache())
    res = label_corpus(corpus, model=model, L=applied.L, lf_names=applied.lf_names, load_model=load_model, seed=seed)
    mv = label_corpus(corpus, model="mv", L=applied.L, lf_names=applied.lf_names)
    lf_table = analyze_lfs(applied.L, applied.lf_names, corpus.tagset, corpus.gold_ids(), corpus.sent_ids(), lf_meta(found))
    return res.ids, res.probs, mv.ids, applied.L, lf_table


def _write_report(path: Path, result: dict, corpus, ids, lf_table) -> None:
    if path.suffix == ".html":
        from wsl.eval.report_html import write_html

        write_html(path, result, table=corpus.table, pred_ids=ids, tagset=corpus.tagset, lf_table=lf_table)
    else:
        from wsl.eval.report_md import write_markdown

        write_markdown(path, result, lf_table)
