"""``wsl eval``: label-model output against gold, with reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def evaluate(gold: Annotated[Path, typer.Option("--gold", help="Gold CoNLL file.")]) -> None:
    """Evaluate the label model against GOLD."""
    raise typer.Exit(0)
