"""``wsl gazetteer``: inspect gazetteers and mine new ones from labelled data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from wsl.cli.common import TYPES_HELP, err_console, load_corpus, out_console

app = typer.Typer(
    help="Gazetteers: statistics and mining from labelled data.", no_args_is_help=True
)


@app.command()
def mine(
    labelled: Annotated[
        Path, typer.Argument(help="A labelled corpus (gold or silver CoNLL/JSONL).")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the mined gazetteer files.")],
    min_count: Annotated[
        int, typer.Option(help="Keep entries labelled at least this often.", min=1)
    ] = 1,
    min_rate: Annotated[
        float,
        typer.Option(help="Keep entries whose label rate is at least this.", min=0.0, max=1.0),
    ] = 0.2,
    folds: Annotated[
        int,
        typer.Option(
            help="Also evaluate by K-fold: mine on K-1 folds, label the held-out one (0 = skip).",
            min=0,
        ),
    ] = 0,
    split: Annotated[
        str, typer.Option(help="Fold split: 'contiguous' (honest for new documents) or 'random'.")
    ] = "contiguous",
    model: Annotated[
        str,
        typer.Option(
            "--model",
            "-m",
            help="Label model for --folds ('priority': mined bands first, then the shipped LFs).",
        ),
    ] = "priority",
    shipped: Annotated[
        bool,
        typer.Option(
            "--shipped/--no-shipped", help="--folds: add the shipped LFs after the mined ones."
        ),
    ] = True,
    tagger: Annotated[
        bool,
        typer.Option(
            "--tagger/--no-tagger",
            help="Also train a tagger LF on the labels (finds strings never seen labelled).",
        ),
    ] = True,
    blockers: Annotated[
        bool,
        typer.Option(
            "--blockers/--no-blockers",
            help=(
                "Also write a blocker list: strings seen twice or more but labelled under 10% of "
                "the time, taken from the LFs ranked after it."
            ),
        ),
    ] = True,
    types: Annotated[str, typer.Option(help=TYPES_HELP)] = "software",
) -> None:
    """Mine gazetteers from LABELLED: per surface string its type distribution and label rate."""
    from wsl.pipeline.mine_run import run_mining

    corpus = load_corpus(labelled, types=types)
    res = run_mining(
        corpus,
        out,
        min_count=min_count,
        min_rate=min_rate,
        tagger=tagger,
        blockers=blockers,
        folds=folds,
        split=split,
        model=model,
        shipped=shipped,
        source=str(labelled),
    )
    extra = (f", a tagger LF ({corpus.n_tokens:,} tokens)" if res.tagger else "") + (
        f", {res.n_blockers:,} blocker strings" if res.n_blockers else ""
    )
    written = ", ".join(p.name for p in res.paths) or "no gazetteer files"
    err_console.print(
        f"{res.n_strings:,} labelled strings, {res.n_kept:,} kept (count ≥ {min_count}, rate ≥ "
        f"{min_rate}){extra}; "
        f"wrote {written} and mined_stats.tsv to {out}",
        markup=False,
        soft_wrap=True,
    )
    if res.folds is not None:
        out_console.print(
            render_folds(res.folds, folds, split, model, tagger, blockers, res.n_extra)
        )


def render_folds(
    table_rows, folds: int, split: str, model: str, tagger: bool, blockers: bool, n_extra: int
) -> Table:
    """The K-fold table with a caption that names the LFs that ran."""
    lfs = "mined bands + tagger" if tagger else "mined bands"
    if n_extra:
        lfs += f" + blockers + {n_extra} shipped LFs" if blockers else f" + {n_extra} shipped LFs"
    caption = (
        f"direct: one exact longest-match gazetteer; model: {lfs}, label model {model}; reach: "
        "held-out gold "
        "spans whose string and type were mined (the recall ceiling of string matching)"
    )
    table = Table(
        "fold",
        "system",
        "P",
        "R",
        "F1",
        "entries",
        "reach",
        title=f"{folds}-fold evaluation ({split} folds)",
        caption=caption,
    )
    for r in table_rows.iter_rows(named=True):
        entries = "" if r["entries"] is None else f"{r['entries']:,}"
        table.add_row(
            r["fold"],
            r["system"],
            f"{r['p']:.3f}",
            f"{r['r']:.3f}",
            f"{r['f']:.3f}",
            entries,
            f"{r['reach']:.3f}",
        )
    return table


@app.command()
def stats(
    paths: Annotated[
        Optional[list[Path]],
        typer.Argument(help="Gazetteer files or folders (default: the shipped ones)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Entries per type and source, and strings listed under more than one type."""
    from wsl.pipeline.gazetteer_stats import gazetteer_stats

    s = gazetteer_stats(paths or None)
    if as_json:
        typer.echo(json.dumps(s, indent=2))
        return
    table = Table("file", "type", "entries", "source")
    for r in s["files"]:
        table.add_row(r["file"], r["type"], f"{r['entries']:,}", r["source"])
    out_console.print(table)
    over = Table(
        "entry (lower-cased)",
        "types",
        title=f"{s['n_overlaps']:,} strings under more than one type (first 30)",
    )
    for r in s["overlaps"][:30]:
        over.add_row(r["entry"], ", ".join(r["types"]))
    out_console.print(over)
