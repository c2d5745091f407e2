"""``wsl lfs``: list, analyse and debug labelling functions."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from wsl.lfs.registry import collect_lfs
from wsl.pipeline.cli.common import out_console

app = typer.Typer(help="Labelling functions: list, analyse against gold, browse errors.", no_args_is_help=True)

LfsOption = Annotated[Optional[list[Path]], typer.Option("--lfs", help="Extra LF file or folder (.py modules, .txt gazetteers); repeatable.")]
NoShipped = Annotated[bool, typer.Option("--no-shipped", help="Leave out the LFs wsl ships.")]


def lf_rows(lfs) -> list[dict]:
    """One dict per LF for listing: name, kind, labels, entries, source, description."""
    rows = []
    for lf in lfs:
        entries = len(lf.entries) if hasattr(lf, "entries") else None
        rows.append({"name": lf.name, "kind": lf.kind, "labels": ",".join(lf.labels), "entries": entries, "source": lf.source, "description": lf.description})
    return rows


@app.command("list")
def list_lfs(lfs: LfsOption = None, no_shipped: NoShipped = False) -> None:
    """Show every LF: name, kind, label(s), entries (gazetteers), source file."""
    found = collect_lfs(lfs or [], shipped=not no_shipped)
    table = Table("name", "kind", "labels", "entries", "source", "description")
    for r in lf_rows(found):
        table.add_row(r["name"], r["kind"], r["labels"], "" if r["entries"] is None else f"{r['entries']:,}", Path(r["source"]).name, r["description"])
    out_console.print(table)
    out_console.print(f"{len(found)} LFs")
