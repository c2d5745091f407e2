"""The ``wsl`` command line: one typer app, one module per command group.

Commands are thin: they parse options, call library functions and render results. The one
user-facing exception, :class:`~wsl.core.errors.WslError`, becomes a one-line message
and exit code 1 here, in :class:`_Group`, and nowhere else.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from wsl.core import __version__
from wsl.core.errors import WslError

INTERRUPTED = 130  # the shell's code for a run ended by SIGINT


class _Group(TyperGroup):
    """Root command group: :class:`WslError` -> ``error: ...``, exit code 1; Ctrl-C ->
    ``interrupted``, exit code 130 (every output is atomic, so nothing is left half-written)."""

    def invoke(self, ctx):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except WslError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            typer.echo("interrupted", err=True)
            raise typer.Exit(INTERRUPTED) from None


app = typer.Typer(
    cls=_Group,
    help="wsl: weak-supervision labelling for NER of software entities.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"wsl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        Optional[bool],
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress details to stderr.")
    ] = False,
    max_line_bytes: Annotated[
        Optional[int],
        typer.Option(
            "--max-line-bytes",
            min=1,
            help="Longest line (or JSONL document) accepted in any input file [default: 1000000].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Label text with labelling functions and a label model; analyse LFs; evaluate against gold."""
    if max_line_bytes is not None:  # through the environment: worker processes see it too
        os.environ["WSL_MAX_LINE_BYTES"] = str(max_line_bytes)
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        force=True,
    )


def _register() -> None:
    from wsl.cli import cache, corpus, gazetteer, label, lfs
    from wsl.cli import eval as eval_cmd

    app.add_typer(corpus.app, name="corpus")
    app.add_typer(lfs.app, name="lfs")
    app.add_typer(gazetteer.app, name="gazetteer")
    app.add_typer(cache.app, name="cache")
    app.command(name="label")(label.label)
    app.command(name="eval")(eval_cmd.eval_command)


_register()


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # before or after a command runs
        sys.stderr.write("interrupted\n")
        sys.exit(INTERRUPTED)
