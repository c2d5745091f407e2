"""The ``wsl`` command line: one typer app, one module per command group.

Commands are thin: they parse options, call library functions and render results. The one
user-facing exception, :class:`~wsl.core.errors.WslError`, becomes a one-line message
and exit code 1 here, in :class:`_Group`, and nowhere else.
"""

from __future__ import annotations

import logging
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from wsl.core import __version__
from wsl.core.errors import WslError


class _Group(TyperGroup):
    """Root command group: turns :class:`WslError` into ``error: ...`` and exit code 1."""

    def invoke(self, ctx):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except WslError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None


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
) -> None:
    """Label text with labelling functions and a label model; analyse LFs; evaluate against gold."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s: %(message)s",
        force=True,
    )


def _register() -> None:
    from wsl.cli import corpus, gazetteer, label, lfs
    from wsl.cli import eval as eval_cmd

    app.add_typer(corpus.app, name="corpus")
    app.add_typer(lfs.app, name="lfs")
    app.add_typer(gazetteer.app, name="gazetteer")
    app.command(name="label")(label.label)
    app.command(name="eval")(eval_cmd.eval_command)


_register()


def main() -> None:
    """Console-script entry point."""
    app()
