"""``itinerary gazetteer``: look names up, show what the database holds, rebuild it.

Kept light on purpose (no spaCy, no geopy): a lookup is a fresh process that must start fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from gazetteer.errors import GazetteerError
from gazetteer.models import place_record
from gazetteer.store import Gazetteer, default_path

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="gazetteer",
    help="The offline place database: look names up, show its sources, rebuild it.",
    no_args_is_help=True,
)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Database file (default: $ITINERARY_GAZETTEER, else the user cache dir).",
        show_default=False,
        dir_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[bold red]error:[/] {exc}")
    return typer.Exit(1)


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A place name, or an IATA code in capitals.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help="Only this kind (repeatable): city, country, continent, "
                     "admin1, admin2, airport, region, natural.", show_default=False),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option("--country", help="Only places in this country (ISO code).",
                     show_default=False),
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Ranked candidates for NAME, most likely first."""
    try:
        with Gazetteer.open(db, progress=err.is_terminal) as gazetteer:
            places = gazetteer.lookup(name, kinds=kind, country_code=country, limit=limit)
    except GazetteerError as exc:
        raise _fail(exc) from None
    if as_json:
        records = [{**place_record(p), "prior": p.prior} for p in places]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not places:
        err.print(f"no place called {name!r}")
        return
    from rich.table import Table

    table = Table(title=f"{name}: {len(places)} candidate{'s' * (len(places) != 1)}")
    rows = [
        (str(rank), place.name, place.kind, place.country_code or "", place.admin1 or "",
         f"{place.lat:.4f}", f"{place.lon:.4f}", f"{place.population:,}", f"{place.prior:.3f}",
         place.id)
        for rank, place in enumerate(places, start=1)
    ]
    numbers = ("#", "lat", "lon", "population", "prior")
    for index, column in enumerate(("#", "name", "kind", "country", "admin1", *numbers[1:], "id")):
        # Numbers are never cut; on a narrow terminal names shrink and ids fold instead.
        widest = max(len(row[index]) for row in rows) if column in numbers else None
        table.add_column(column, justify="right" if column in numbers else "left",
                         overflow="fold" if column == "id" else "ellipsis", min_width=widest)
    for row in rows:
        table.add_row(*row)
    out.print(table)


@app.command()
def info(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Sources and their versions, counts per kind, path, size and build date."""
    try:
        with Gazetteer.open(db, progress=err.is_terminal) as gazetteer:
            facts = gazetteer.info()
    except GazetteerError as exc:
        raise _fail(exc) from None
    if as_json:
        typer.echo(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title="itinerary gazetteer", show_header=False)
    table.add_column("what")
    table.add_column("value")
    table.add_row("path", str(facts["path"]))
    table.add_row("size", f"{int(str(facts['size_bytes'])) / 1e6:.1f} MB")
    table.add_row("built", str(facts["built_at"]))
    table.add_row("places", f"{facts['places']:,}")
    table.add_row("name keys", f"{facts['names']:,}")
    for kind, count in dict(facts["counts"]).items():  # type: ignore[call-overload]
        table.add_row(f"  {kind}", f"{count:,}")
    for source, version in dict(facts["sources"]).items():  # type: ignore[call-overload]
        table.add_row(f"source {source}", str(version))
    out.print(table)


@app.command()
def build(db: DbOption = None) -> None:
    """Rebuild the database from its sources (it is also built on first use)."""
    from gazetteer.build import build as build_db

    path = db or default_path()
    try:
        stats = build_db(path, progress=err.is_terminal)
    except GazetteerError as exc:
        raise _fail(exc) from None
    err.print(
        f"built {path}: {stats.places:,} places, {stats.names:,} name keys, "
        f"{path.stat().st_size / 1e6:.1f} MB in {stats.seconds:.1f} s"
    )
