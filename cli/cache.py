"""``wsl cache``: where the LF column cache is, how big, and clearing it."""

from __future__ import annotations

import typer

from wsl.cli.common import out_console

app = typer.Typer(
    help="The LF column cache ($WSL_CACHE_DIR, default ~/.cache/wsl).", no_args_is_help=True
)


def _describe(info) -> str:
    size = f"{info.bytes / 1e6:,.1f} MB"
    return f"{info.entries:,} entries for {info.corpora:,} corpora, {size} in {info.root}"


@app.command()
def info() -> None:
    """Where the cache is and what it holds."""
    from wsl.pipeline.cache import ColumnCache

    out_console.print(_describe(ColumnCache().info()), markup=False, highlight=False)


@app.command()
def clear() -> None:
    """Remove every cached LF column (they are recomputed on the next run)."""
    from wsl.pipeline.cache import ColumnCache

    out_console.print("removed " + _describe(ColumnCache().clear()), markup=False, highlight=False)
