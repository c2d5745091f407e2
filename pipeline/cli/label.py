"""``wsl label``: tokenise, apply LFs, aggregate with a label model, write probabilistic labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def label(input: Annotated[Path, typer.Argument(help="Raw text, JSONL or CoNLL.")]) -> None:
    """Label INPUT with the LFs and a label model."""
    raise typer.Exit(0)
