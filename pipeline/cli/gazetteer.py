"""``wsl gazetteer``: build, inspect and mine gazetteers."""

from __future__ import annotations

import typer

app = typer.Typer(help="Gazetteers: statistics and mining from labelled data.", no_args_is_help=True)
