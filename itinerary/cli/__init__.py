"""Command line: a thin typer layer over the library.

stdout carries data, stderr carries progress and messages. Exit codes: 0 ok, 1 failed input or
domain error (one line, no traceback), 2 usage error, 3 a fault of ours (one line too; the
traceback only when ITINERARY_TRACEBACK is set).
"""

from __future__ import annotations

import gc
import os
import sys
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from gazetteer.errors import GazetteerError
from itinerary import __version__
from itinerary.cli.analyze import analyze, readers
from itinerary.cli.batch import batch
from itinerary.cli.export import export
from itinerary.cli.gazetteer import app as gazetteer_app
from itinerary.cli.map import map_command
from itinerary.errors import ItineraryError

err = Console(stderr=True, emoji=False)


def _plain_flags(params: list[Any]) -> list[Any]:
    """A flag takes no value, so help shows none (typer would print ``<bool>``)."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class _Command(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_flags(super().get_params(ctx))


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain_flags(super().get_params(ctx))


app = typer.Typer(
    name="itinerary",
    help="Find the places in travel writing and turn a thread into trips.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    cls=_Group,
)
for command in (analyze, readers, export, batch):
    app.command(cls=_Command)(command)
app.command(name="map", cls=_Command)(map_command)
for info in gazetteer_app.registered_commands:  # the sub-app's commands show flags the same way
    if info.cls in (None, TyperCommand):
        info.cls = _Command
app.add_typer(gazetteer_app, name="gazetteer", cls=_Group)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"itinerary {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Find the places in travel writing and turn a thread into trips."""


def main() -> None:
    """Console-script entry point: library errors become one line on stderr and exit 1."""
    try:
        app()
    except (ItineraryError, GazetteerError) as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("ITINERARY_TRACEBACK"):
            raise
        err.print(f"[bold red]error:[/] {escape(f'{type(exc).__name__}: {exc}')} (a fault of "
                  "itinerary's, not of the input: please report it; ITINERARY_TRACEBACK=1 "
                  "shows where)", highlight=False, soft_wrap=True)
        sys.exit(3)
    finally:
        # Everything lives until exit: spare the interpreter's last collection a walk through
        # the model's millions of objects (a third of a second of CPU that frees nothing the
        # operating system does not take back anyway).
        gc.freeze()
