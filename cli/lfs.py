"""``wsl lfs``: list, analyse and debug labelling functions."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from wsl.cli.common import TYPES_HELP, err_console, load_corpus, out_console
from wsl.core.errors import WslError
from wsl.eval.report import LF_COLUMNS
from wsl.lfs.registry import collect_lfs, describe_lfs

app = typer.Typer(
    help="Labelling functions: list, analyse against gold, browse errors.", no_args_is_help=True
)

LfsOption = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--lfs", help="Extra LF file or folder (.py modules, .txt gazetteers); repeatable."
    ),
]
NoShipped = Annotated[bool, typer.Option("--no-shipped", help="Leave out the LFs wsl ships.")]
GoldOption = Annotated[
    Path, typer.Option("--gold", "-g", help="Gold CoNLL (or JSONL with tags) to measure against.")
]
TypesOption = Annotated[str, typer.Option(help=TYPES_HELP)]

SHOWN = ("name", "kind") + tuple(c for c in LF_COLUMNS[1:] if c != "entity_coverage")


@app.command("list")
def list_lfs(lfs: LfsOption = None, no_shipped: NoShipped = False) -> None:
    """Show every LF: name, kind, label(s), entries (gazetteers), source file."""
    found = collect_lfs(lfs or [], shipped=not no_shipped)
    table = Table("name", "kind", "labels", "entries", "source", "description")
    for r in describe_lfs(found):
        table.add_row(
            r["name"],
            r["kind"],
            ",".join(r["labels"]),
            "" if r["entries"] is None else f"{r['entries']:,}",
            Path(r["source"]).name,
            r["description"],
        )
    out_console.print(table)
    out_console.print(f"{len(found)} LFs")


def _analyze_once(
    gold: Path, lfs_paths, no_shipped: bool, types: str, sort: str | None, corpus=None
):
    """(corpus, analysis frame, summary dict, seconds); the corpus is read once and reused."""
    from wsl.eval.runs import analyze_run

    corpus = corpus if corpus is not None else load_corpus(gold, types=types)
    frame, summary, secs = analyze_run(corpus, lfs_paths or [], shipped=not no_shipped, sort=sort)
    return corpus, frame, summary, secs


def _fmt(v) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render_analysis(frame, summary: dict, title: str = "LF analysis") -> Table:
    """A rich table of the analysis frame with the totals in the caption."""
    cols = [c for c in SHOWN if c in frame.columns]
    table = Table(
        *cols,
        title=title,
        caption=(
            f"coverage by any LF {summary['coverage']:.3f}, entity votes "
            f"{summary['entity_coverage']:.3f}, "
            f"overlap {summary['overlap']:.3f}, conflict {summary['conflict']:.3f}"
        ),
    )
    for row in frame.select(cols).iter_rows():
        table.add_row(*[_fmt(v) for v in row])
    return table


@app.command()
def analyze(
    gold: GoldOption,
    lfs: LfsOption = None,
    no_shipped: NoShipped = False,
    sort: Annotated[
        Optional[str], typer.Option(help="Sort by a column (e.g. conflicts, span_p, coverage).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON rows and totals.")] = False,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch", help="Re-run when an LF file or gazetteer changes; show what moved."
        ),
    ] = False,
    interval: Annotated[
        float, typer.Option(help="--watch: seconds between checks.", min=0.1)
    ] = 1.0,
    types: TypesOption = "software",
) -> None:
    """One row per LF: coverage, overlaps, conflicts, and accuracy against GOLD."""
    corpus, frame, summary, secs = _analyze_once(gold, lfs, no_shipped, types, sort)
    if as_json and not watch:
        typer.echo(json.dumps({"lfs": frame.to_dicts(), "totals": summary}, indent=2, default=str))
        return
    out_console.print(render_analysis(frame, summary))
    err_console.print(
        f"{len(frame)} LFs on {corpus.n_tokens:,} tokens in {secs:.2f} s", markup=False
    )
    if watch:
        _watch(gold, lfs, no_shipped, types, sort, corpus, frame, interval)


def _watch(gold, lfs, no_shipped, types, sort, corpus, frame, interval: float) -> None:
    """Poll the LF files' mtimes; on a change re-run (cached columns are reused), print deltas."""
    from wsl.eval.analysis import analysis_delta
    from wsl.lfs.gazetteer import shipped_dir
    from wsl.pipeline.watch import changed_files, snapshot

    roots = [Path(p) for p in (lfs or [])] + ([] if no_shipped else [shipped_dir()])
    state = snapshot(roots)
    err_console.print(f"watching {len(state)} files; Ctrl-C to stop", markup=False)
    try:
        while True:
            time.sleep(interval)
            changed, state = changed_files(roots, state)
            if not changed:
                continue
            err_console.print(f"changed: {', '.join(p.name for p in changed)}", markup=False)
            try:
                _, new, summary, secs = _analyze_once(gold, lfs, no_shipped, types, sort, corpus)
            except WslError as exc:  # a broken edit: report and keep watching
                err_console.print(f"error: {exc}", markup=False)
                continue
            out_console.print(
                render_analysis(
                    analysis_delta(frame, new), summary, title=f"what moved ({secs:.2f} s)"
                )
            )
            frame = new
    except KeyboardInterrupt:
        pass


@app.command()
def errors(
    name: Annotated[str, typer.Argument(help="The LF's name (see `wsl lfs list`).")],
    gold: GoldOption,
    lfs: LfsOption = None,
    no_shipped: NoShipped = False,
    limit: Annotated[int, typer.Option(help="Groups shown per table.", min=1)] = 20,
    examples: Annotated[int, typer.Option(help="Example sentences per group.", min=0)] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    types: TypesOption = "software",
) -> None:
    """Where LF NAME disagrees with GOLD: false positives and misses grouped by surface string."""
    from wsl.eval.lf_errors import render_lf_errors
    from wsl.eval.runs import lf_errors_run

    errs = lf_errors_run(
        load_corpus(gold, types=types), name, lfs or [], shipped=not no_shipped, n_examples=examples
    )
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "false_positives": errs.false_positives.to_dicts(),
                    "misses": errs.misses.to_dicts(),
                },
                indent=2,
            )
        )
        return
    out_console.print(render_lf_errors(errs, name, limit=limit, n_examples=examples))
