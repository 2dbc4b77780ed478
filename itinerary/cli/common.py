"""Options and steps the analysing commands share: reading threads and building the analyzer.

Only typer and the standard library at import time: spaCy, the readers and the gazetteer load
inside the functions, so ``itinerary gazetteer lookup`` stays a fast process.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, wraps
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlsplit

import typer
from rich.console import Console
from rich.text import Text

if TYPE_CHECKING:
    from gazetteer.online import OnlineGeocoder
    from itinerary.models import Report, Thread
    from itinerary.pipeline import Analyzer
    from itinerary.trips.router import Router

err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
ONLINE = "Online geocoding (optional)"


def choices(kind: type[StrEnum]) -> dict[str, Any]:
    """``typer.Option`` settings for a choice: any case accepted, and a wrong value answered with
    the allowed ones in one plain line (typer's own check words it "Value error, ...")."""
    allowed = [member.value for member in kind]

    def parse(value: Any) -> StrEnum:
        if isinstance(value, kind):
            return value
        try:
            return kind(str(value).lower())
        except ValueError:
            raise typer.BadParameter(f"{value!r}; choose one of {', '.join(allowed)}") from None

    return {"parser": parse, "metavar": "|".join(allowed)}


class InputFormat(StrEnum):
    """auto, a container (text, html, json, jsonl, xml, csv: the reader of a text page is still
    found by its content), or one text reader (itinerary.readers.formats) forced by name."""

    auto = "auto"
    text = "text"
    html = "html"
    json = "json"
    jsonl = "jsonl"
    xml = "xml"
    csv = "csv"
    plain = "plain"
    blogger = "blogger"
    wordpress = "wordpress"
    disqus = "disqus"
    tripadvisor = "tripadvisor"
    phpbb = "phpbb"
    forum = "forum"
    reddit_old = "reddit-old"
    reddit_new = "reddit-new"
    facebook = "facebook"
    medium = "medium"
    email = "email"
    numbered = "numbered"
    name_date = "name-date"
    chat = "chat"
    stackexchange = "stackexchange"
    inferred = "inferred"
    layout = "layout"


PathArgument = Annotated[
    str,
    typer.Argument(
        metavar="PATH|-",
        help="A thread: plain text, a saved HTML page, JSON (one thread or a list), JSON Lines, "
        "a blog's XML export or feed (a thread per post), or a CSV/TSV table of messages; - "
        "reads standard input.",
        show_default=False,
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", help="spaCy pipeline to use (package name or path); default: the "
                 "installed English pipeline.", show_default=False),
]
NoModelOption = Annotated[
    bool,
    typer.Option("--no-model", help="Gazetteer matching only, no statistical NER: faster, "
                 "misses names the gazetteer lacks."),
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option("--input-format", "-i", help="How to read PATH; auto decides from the "
                 "file name and content.", **choices(InputFormat)),
]
DayTripOption = Annotated[
    float,
    typer.Option("--day-trip-hours", min=0.25, max=12.0, help="Longest one-way travel time "
                 "(hours) for a day-trip pairing."),
]
GeocoderOption = Annotated[
    str | None,
    typer.Option("--geocoder", help="Also ask this online geocoder (nominatim, photon or "
                 "geonames) for names the offline gazetteer lacks; answers are cached on disk, so "
                 "a name is asked once.", show_default=False, rich_help_panel=ONLINE),
]
UserAgentOption = Annotated[
    str | None,
    typer.Option("--user-agent", help="User-Agent for the online geocoder: name your app and a "
                 "contact (Nominatim's usage policy requires it).", show_default=False,
                 rich_help_panel=ONLINE),
]
GeocoderUrlOption = Annotated[
    str | None,
    typer.Option("--geocoder-url", metavar="URL", help="Base URL of a self-hosted service, e.g. "
                 "http://localhost:8080 (default: the public one).", show_default=False,
                 rich_help_panel=ONLINE),
]
GeocoderUsernameOption = Annotated[
    str | None,
    typer.Option("--geocoder-username", help="Account name, for services that need one "
                 "(geonames).", show_default=False, rich_help_panel=ONLINE),
]


RouterOption = Annotated[
    str | None,
    typer.Option("--router", help="Route road legs with this service (osrm, valhalla or "
                 "openrouteservice) for real times, distances and road geometry; answers are "
                 "cached on disk. Default: offline estimates.", show_default=False,
                 rich_help_panel=ONLINE),
]
RouterUrlOption = Annotated[
    str | None,
    typer.Option("--router-url", metavar="URL", help="Base URL of the routing service, e.g. "
                 "http://localhost:5000 for a self-hosted OSRM.", show_default=False,
                 rich_help_panel=ONLINE),
]


def read_input(path: str, input_format: InputFormat) -> list[Thread]:
    """The threads of PATH; what a reader doubted or skipped goes to stderr as a warning."""
    from itinerary.readers import read_threads

    threads = read_threads(path, input_format.value)
    for thread in threads:
        for warning in thread.warnings:
            err.print(Text(f"warning: {thread.source}: {warning}", style="yellow"))
    return threads


@dataclass(frozen=True, slots=True)
class AnalyzerSettings:
    """What an analyzer is built from: plain values, so batch workers can build their own."""

    model: str | None = None
    statistical: bool = True
    day_trip_hours: float = 3.0
    geocoder: str | None = None
    geocoder_url: str | None = None
    geocoder_username: str | None = None
    user_agent: str | None = None
    router: str | None = None
    router_url: str | None = None


@cache
def build_analyzer(settings: AnalyzerSettings) -> Analyzer:
    """One analyzer per settings and process: loading spaCy and the gazetteer is the slow part."""
    geocoder = _geocoder(settings)  # before the slow imports: a usage error should be quick
    from itinerary.pipeline import Analyzer

    return Analyzer(
        model=settings.model,
        statistical=settings.statistical,
        day_trip_hours=settings.day_trip_hours,
        geocoder=geocoder,
        router=_router(settings),
    )


def _router(settings: AnalyzerSettings) -> Router | None:
    if settings.router is None:
        if settings.router_url:
            raise typer.BadParameter("--router-url needs --router")
        return None
    from gazetteer.cache import default_cache_path
    from itinerary.trips.router import ROUTERS, RouterConfigError, make_router

    if settings.router not in ROUTERS:
        raise typer.BadParameter(f"{settings.router!r} is not one of {', '.join(ROUTERS)}",
                                 param_hint="--router")
    try:
        return make_router(settings.router, settings.router_url or "",
                           cache_path=default_cache_path().with_name("routes.json"))
    except RouterConfigError as exc:
        raise typer.BadParameter(str(exc), param_hint="--router-url") from None


def _geocoder(settings: AnalyzerSettings) -> OnlineGeocoder | None:
    if settings.geocoder is None:
        if settings.geocoder_url or settings.geocoder_username:
            raise typer.BadParameter("--geocoder-url and --geocoder-username need --geocoder")
        return None
    from gazetteer.online import SERVICES, online_geocoder

    if settings.geocoder not in SERVICES:
        raise typer.BadParameter(
            f"{settings.geocoder!r} is not one of {', '.join(SERVICES)}", param_hint="--geocoder"
        )
    options: dict[str, Any] = {}
    if settings.geocoder_url:
        url = urlsplit(settings.geocoder_url)
        if url.scheme not in ("http", "https") or not url.netloc:
            raise typer.BadParameter("expected http(s)://host[:port][/path]",
                                     param_hint="--geocoder-url")
        options["scheme"] = url.scheme
        options["domain"] = url.netloc + url.path.rstrip("/")
    if settings.geocoder_username:
        options["username"] = settings.geocoder_username
    return online_geocoder(settings.geocoder, user_agent=settings.user_agent or "", **options)


_DEFAULT = AnalyzerSettings()
_ANALYZER_OPTIONS = tuple(
    inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=option)
    for name, option, default in (
        ("model", ModelOption, _DEFAULT.model),
        ("no_model", NoModelOption, not _DEFAULT.statistical),
        ("input_format", InputFormatOption, InputFormat.auto),
        ("day_trip_hours", DayTripOption, _DEFAULT.day_trip_hours),
        ("geocoder", GeocoderOption, _DEFAULT.geocoder),
        ("geocoder_url", GeocoderUrlOption, _DEFAULT.geocoder_url),
        ("geocoder_username", GeocoderUsernameOption, _DEFAULT.geocoder_username),
        ("user_agent", UserAgentOption, _DEFAULT.user_agent),
        ("router", RouterOption, _DEFAULT.router),
        ("router_url", RouterUrlOption, _DEFAULT.router_url),
    )
)


def analyzer_options(
    *, day_trips: bool = True
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the options an analyzer is built from (and --input-format), declared once.

    The command ends with ``input_format`` and ``settings`` parameters; typer sees the options
    in their place, the command gets an ``InputFormat`` and one ``AnalyzerSettings``. Without
    ``day_trips`` there is no --day-trip-hours (the settings keep its default).
    """
    options = [p for p in _ANALYZER_OPTIONS if day_trips or p.name != "day_trip_hours"]
    fields = [p.name for p in options if p.name not in ("no_model", "input_format")]

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = [p for p in inspect.signature(command, eval_str=True).parameters.values()
               if p.name not in ("input_format", "settings")]

        @wraps(command)
        def run(*args: Any, input_format: InputFormat, no_model: bool, **values: Any) -> None:
            chosen = {name: values.pop(name) for name in fields}
            settings = AnalyzerSettings(statistical=not no_model, **chosen)
            command(*args, **values, input_format=input_format, settings=settings)

        parameters = [*own, *options]
        run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run

    return decorate


PROGRESS_FROM = 5  # threads in one PATH from which analyze and readers show a progress bar


def analyze_path(path: str, input_format: InputFormat, settings: AnalyzerSettings) -> list[Report]:
    """Read every thread of ``path`` first (a bad input fails before the model loads), then
    analyze them in one spaCy stream."""
    threads = read_input(path, input_format)
    # One progress display at a time: a first run builds the gazetteer with the build's own
    # progress and closing line, and only then does the spinner for the model start.
    from itinerary.cli.gazetteer import open_gazetteer

    open_gazetteer().close()
    with err.status("Loading the language model…"):
        analyzer = build_analyzer(settings)
    reports = analyzer.analyze_many(threads)
    if len(threads) < PROGRESS_FROM:
        return list(reports)
    from rich.progress import track

    return list(track(reports, total=len(threads), description="Analyzing threads",
                      console=err, transient=True))
