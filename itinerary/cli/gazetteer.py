"""``itinerary gazetteer``: look names up, show what the database holds, rebuild it.

Kept light on purpose (no spaCy, no geopy): a lookup is a fresh process that must start fast.
This module is also where a build anywhere in the CLI is shown: one progress display on stderr,
then one line with the build's measured figures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from gazetteer.errors import DatabaseError, GazetteerError
from gazetteer.models import place_record
from gazetteer.store import Gazetteer, default_path, stale_reason

if TYPE_CHECKING:
    from rich.progress import Progress
    from rich.table import Table

    from gazetteer.build import BuildEvent, BuildStats
    from gazetteer.models import Place

out = Console(highlight=False, soft_wrap=True, emoji=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)

app = typer.Typer(
    name="gazetteer",
    help="The offline place database: look names up, show its sources, rebuild it.\n\n"
    "[b]Example[/b]: itinerary gazetteer lookup \"Lake Como\"",
    no_args_is_help=True,
    rich_markup_mode="rich",
)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Database file (default: $ITINERARY_GAZETTEER, else the user cache dir). It must "
        "exist, except for `build`.",
        show_default=False,
        dir_okay=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
KINDS = "city, country, continent, admin1, admin2, airport, region, natural, sight"
_NOT_OURS = ("not an itinerary gazetteer", "unreadable")  # stale_reason()s of other files


class BuildDisplay:
    """The progress callback of a build: one transient bar on stderr (on a terminal), then one
    line saying what was built, how big, and how long it took (wall clock and CPU)."""

    def __init__(self, console: Console = err) -> None:
        self.console = console
        self._started = False
        self._bar: Progress | None = None
        self._task: Any = None

    def __call__(self, event: BuildEvent) -> None:
        if event.stats is not None:
            self._stop()
            self.console.print(escape(built_line(event.stats)))
            return
        if not self._started:
            self._started = True
            self._start(event)
        if self._bar is not None:
            self._bar.update(self._task, description=f"building the gazetteer: {event.step}",
                             completed=event.done)

    def _start(self, event: BuildEvent) -> None:
        why = "" if event.reason in (None, "missing") else f" (it is {event.reason})"
        self.console.print(escape(f"building the gazetteer at {event.path}{why}"))
        if not self.console.is_terminal:
            return
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                             console=self.console, transient=True)
        self._bar.start()
        self._task = self._bar.add_task("building the gazetteer", total=event.total)

    def _stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def built_line(stats: BuildStats) -> str:
    """The line a finished build leaves: "gazetteer built: 258,022 places in 24 s (15 s CPU)"."""
    size = stats.path.stat().st_size / 1e6 if stats.path.exists() else 0.0
    return (f"gazetteer built: {stats.places:,} places, {stats.names:,} name keys, "
            f"{size:.0f} MB in {stats.seconds:.0f} s ({stats.cpu_seconds:.0f} s CPU) "
            f"at {stats.path}")


def open_gazetteer(db: Path | None = None) -> Gazetteer:
    """The gazetteer a command reads, built on first use and shown by one ``BuildDisplay``.

    A ``--db`` file must exist, and one that is not a gazetteer (someone else's database, any
    other file) is never overwritten: only ``gazetteer build --db`` replaces it.
    """
    if db is not None:
        if not db.exists():
            raise DatabaseError(
                f"no gazetteer at {db}; make one with `itinerary gazetteer build --db {db}`"
            )
        reason = stale_reason(db)
        if reason is not None and reason.startswith(_NOT_OURS):
            raise DatabaseError(
                f"{db} is {reason}; `itinerary gazetteer build --db {db}` would replace it"
            )
    return Gazetteer.open(db, progress=BuildDisplay())


def _fail(exc: Exception) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(str(exc))}")
    return typer.Exit(1)


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A place name, or an IATA code in capitals.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help=f"Only this kind (repeatable): {KINDS}.",
                     show_default=False),
    ] = None,
    country: Annotated[
        str | None,
        typer.Option("--country", help="Only places in this country (ISO code).",
                     show_default=False),
    ] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """Ranked candidates for NAME, most likely first.

    [b]Examples[/b]

        itinerary gazetteer lookup Bergen

        itinerary gazetteer lookup "Lake Como" --kind natural --json

        itinerary gazetteer lookup OSL
    """
    try:
        with open_gazetteer(db) as gazetteer:
            places = gazetteer.lookup(name, kinds=kind, country_code=country, limit=limit)
    except GazetteerError as exc:
        raise _fail(exc) from None
    if as_json:
        records = [{**place_record(p), "feature": p.feature, "prior": p.prior} for p in places]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not places:
        err.print(f"no place called {escape(repr(name))}")
        return
    out.print(candidates_table(name, places, out.width))


# A narrow terminal drops columns in _DROPPED order before anything wraps; the id and the
# coordinates never wrap (they are copied whole) and only the name may fold.
_COLUMNS = ("#", "name", "kind", "country", "lat", "lon", "id", "admin1", "population", "prior")
_DROPPED = ("prior", "population", "admin1", "#", "country")
_NUMBERS = frozenset({"lat", "lon", "population", "prior", "#"})


def _cells(rank: int, place: Place) -> dict[str, str]:
    return {
        "#": str(rank),
        "name": place.name,
        "kind": f"{place.kind}: {place.feature}" if place.feature else place.kind,
        "country": place.country_code or "",
        "admin1": place.admin1 or "",
        "lat": f"{place.lat:.4f}",
        "lon": f"{place.lon:.4f}",
        "population": f"{place.population:,}",
        "prior": f"{place.prior:.3f}",
        "id": place.id,
    }


def candidates_table(name: str, places: list[Place], width: int) -> Table:
    """The lookup table that fits ``width``: optional columns go before anything wraps."""
    from rich.table import Table

    rows = [_cells(rank, place) for rank, place in enumerate(places, start=1)]
    widths = {c: max(len(c), *(len(row[c]) for row in rows)) for c in _COLUMNS}
    shown = list(_COLUMNS)
    # Each column costs its text, one space of padding either side and a border.
    name_floor = min(widths["name"], 12)

    def needed(columns: list[str]) -> int:
        return 1 + sum((name_floor if c == "name" else widths[c]) + 3 for c in columns)

    for column in _DROPPED:
        if needed(shown) > width:
            shown.remove(column)
    title = f"{name}: {len(places)} candidate{'s' * (len(places) != 1)}"
    table = Table(title=escape(title))
    for column in shown:
        folds = column == "name"
        table.add_column(column, justify="right" if column in _NUMBERS else "left",
                         no_wrap=not folds, min_width=name_floor if folds else widths[column],
                         overflow="fold")
    for row in rows:
        table.add_row(*(escape(row[column]) for column in shown))
    return table


@app.command()
def info(as_json: JsonOption = False, db: DbOption = None) -> None:
    """Sources and their versions, counts per kind, path, size and build date.

    [b]Examples[/b]

        itinerary gazetteer info

        itinerary gazetteer info --json --db /tmp/gazetteer.sqlite
    """
    try:
        with open_gazetteer(db) as gazetteer:
            facts = gazetteer.info()
    except GazetteerError as exc:
        raise _fail(exc) from None
    if as_json:
        typer.echo(json.dumps(facts, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(title="itinerary gazetteer", show_header=False)
    table.add_column("what")
    table.add_column("value", overflow="fold")
    table.add_row("path", escape(str(facts["path"])))
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
    """Rebuild the database from its sources (it is also built on first use).

    [b]Examples[/b]

        itinerary gazetteer build

        itinerary gazetteer build --db /tmp/gazetteer.sqlite
    """
    from gazetteer.build import build as build_db
    from gazetteer.store import build_lock

    path = db or default_path()
    try:
        with build_lock(path):
            build_db(path, progress=BuildDisplay())
    except GazetteerError as exc:
        raise _fail(exc) from None
