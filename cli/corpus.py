"""``wsl corpus``: look at a corpus file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from wsl.cli.common import TYPES_HELP, load_corpus, out_console
from wsl.pipeline.corpus_stats import corpus_stats

app = typer.Typer(help="Inspect corpora.", no_args_is_help=True)


@app.command()
def stats(
    path: Annotated[Path, typer.Argument(help="A gold CoNLL, raw text or JSONL file.")],
    types: Annotated[str, typer.Option(help=TYPES_HELP)] = "software",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Sentences, tokens, entities per type and BIO errors repaired."""
    s = corpus_stats(load_corpus(path, types=types))
    if as_json:
        typer.echo(json.dumps(s, indent=2))
        return
    out_console.print(f"[bold]{s['source']}[/bold]")
    out_console.print(
        f"documents  {s['documents']:,}\nsentences  {s['sentences']:,}\ntokens     {s['tokens']:,}"
    )
    if "entities" in s:
        out_console.print(
            f"entities   {s['entities']:,}\nBIO errors repaired  {s['bio_repairs']:,}"
        )
        table = Table("type", "entities")
        for t, c in s["entities_per_type"].items():
            table.add_row(t, f"{c:,}")
        out_console.print(table)
