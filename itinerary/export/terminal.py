"""A report as rich renderables: the tables ``itinerary analyze`` prints on a terminal."""

from __future__ import annotations

from collections import Counter

from rich import box
from rich.console import Group, JustifyMethod, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from itinerary.export.describe import hours_text, reason_text
from itinerary.export.plain import visible
from itinerary.models import Itinerary, Report
from itinerary.readers import format_label

RELATION_COLUMNS = (("visited", "Visited"), ("planning", "Planning"), ("wishlist", "Wishlist"),
                    ("lives", "Lives there"))
# Shown only when some reader gave such advice: most threads have none.
ADVICE_COLUMNS = (("recommends", "Recommended by"), ("advises_against", "Advises against"))


def render_report(report: Report, *, explain: bool = False) -> Group:
    """Header, places, stated itineraries, day trips, suggested routes, readers: a blank line
    between blocks; ``explain`` adds, before the warnings, why each name is a place and which
    names were not taken as places, with why."""
    parts: list[RenderableType] = [_header(report), _places(report)]
    unresolved = [r.mention for r in report.resolutions if r.place is None]
    if unresolved:
        # One entry per name and section: a name repeated in a section is one thing not placed.
        listed = ", ".join(dict.fromkeys(f"{m.text} ({m.section})" for m in unresolved))
        parts.append(_text(f"Not placed: {listed}", style="dim"))
    parts += [_itinerary(report, i) for i in report.itineraries if i.kind == "stated"]
    if report.day_trips:
        parts.append(_day_trips(report))
    parts += [_itinerary(report, i) for i in report.itineraries if i.kind == "suggested"]
    if report.readers_also_went_to:
        parts.append(_readers(report))
    if explain:
        parts += _explained(report)
    for warning in report.warnings:
        parts.append(_text(f"warning: {warning}", style="yellow"))
    return Group(*(Padding(part, (0, 0, 1, 0)) for part in parts))


def _header(report: Report) -> RenderableType:
    thread = report.thread
    title = thread.title or thread.id or _source(thread.source)
    where = " · ".join(part for part in (_source(thread.source), thread.location) if part)
    facts = [_count(len(thread.comments), "comment"), _count(len(report.places), "place"),
             _count(len(report.resolutions), "mention")]
    if thread.format:  # how the input was read, so a wrong split is visible at a glance
        facts.insert(0, f"read as {format_label(thread.format)}")
    return Group(Rule(_text(title, style="bold")),
                 _text(where, style="dim", justify="center"),
                 _text(" · ".join(facts), style="dim", justify="center"))


def _source(source: str) -> str:
    return "standard input" if source == "-" else source


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _table(*columns: str, right: tuple[str, ...] = (), wrap: tuple[str, ...] = ()) -> Table:
    """Columns in ``wrap`` (lists of names) wrap between words; the others never break."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1))
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left",
                         no_wrap=column not in wrap, overflow="fold" if column in wrap else
                         "ellipsis")
    return table


def _text(text: str, style: str = "", justify: JustifyMethod | None = None) -> Text:
    """Every string of the report reaches the terminal here: a rich ``Text`` is never read as
    markup ("[bold]", "[link=...]" print as typed), and ``visible`` shows control characters
    instead of sending them (an ESC in a comment cannot clear the screen or colour it)."""
    return Text(visible(text), style=style, justify=justify)


def _row(table: Table, *cells: str) -> None:
    table.add_row(*(_text(cell) for cell in cells))


def _titled(title: str, *body: RenderableType) -> Group:
    """A heading as wide as the terminal (a table's own title wraps at the table's width)."""
    return Group(_text(title, style="bold"), *body)


def _places(report: Report) -> RenderableType:
    table = _table("Place", "Kind", "Lat, Lon", "Conf.", "Mentions", "By",
                   right=("Conf.", "Mentions"), wrap=("Place", "By"))
    in_post = {r.place.id for r in report.resolutions if r.place and r.mention.section == "post"}
    for resolved in report.places:
        place = resolved.place
        by = (["post"] if place.id in in_post else []) + list(resolved.authors)
        label = f"{place.name}, {place.country_code}" if place.country_code else place.name
        _row(table, label, place.kind,
                      f"{place.lat:.3f}, {place.lon:.3f}", f"{resolved.confidence:.2f}",
                      str(resolved.mentions), ", ".join(by))
    return _titled("Places", table)


def _explained(report: Report) -> list[RenderableType]:
    """Why the names are places, and the names not taken as places: one row per name, section
    and reason, in page order (a name said twice for the same reason is one row, with its
    count)."""
    kept = Counter(
        (m.text, m.section, m.source, reason_text(m.evidence, m.clues))
        for m in (resolution.mention for resolution in report.resolutions)
    )
    table = _table("Name", "Section", "Proposed by", "Evidence", "Times", right=("Times",),
                   wrap=("Name", "Evidence"))
    for row, times in kept.items():
        _row(table, *row, str(times))
    blocks: list[RenderableType] = [_titled("Why these are places", table)]
    rejected = Counter(
        (name.text, name.section, reason_text(name.reason, name.clues)) for name in report.rejected
    )
    if rejected:
        table = _table("Name", "Section", "Reason", "Times", right=("Times",),
                       wrap=("Name", "Reason"))
        for names, times in rejected.items():
            _row(table, *names, str(times))
        blocks.append(_titled("Not taken as places", table))
    return blocks


def _name(report: Report, place_id: str) -> str:
    place = report.place(place_id)
    return place.name if place else place_id


def _itinerary(report: Report, itinerary: Itinerary) -> RenderableType:
    facts = [itinerary.kind.capitalize() + " itinerary"]
    facts += [x for x in (itinerary.section, itinerary.author, itinerary.mode) if x]
    if itinerary.recommended:
        facts.append("recommended")
    table = _table("#", "From", "To", "Mode", "km", "Time",
                   right=("#", "km", "Time"))
    for number, leg in enumerate(itinerary.legs, 1):
        _row(table, str(number), _name(report, leg.origin), _name(report, leg.destination),
                      leg.mode, f"{leg.distance_km:,.0f}",
                      _figure(hours_text(leg.travel_hours), "hours" in leg.stated))
    if not itinerary.legs:
        _row(table, "", _name(report, itinerary.stops[0]), "", "", "", "")
    total = (f"{' → '.join(_name(report, s) for s in itinerary.stops)}: "
             f"{itinerary.total_km:,.0f} km, about {hours_text(itinerary.total_hours)}")
    if itinerary.inserted is not None and itinerary.detour_km is not None:
        total += (f" (adds {_name(report, itinerary.inserted)} to the stated itinerary for "
                  f"+{itinerary.detour_km:,.0f} km, +{hours_text(itinerary.detour_hours or 0.0)})")
    return _titled(" · ".join(facts), table, _text(total, style="italic"))


def _day_trips(report: Report) -> RenderableType:
    table = _table("From", "To", "km", "Each way", "Said in",
                   right=("km", "Each way"), wrap=("Said in",))
    for trip in report.day_trips:
        _row(table, _name(report, trip.base), _name(report, trip.destination),
                      f"{trip.distance_km:,.0f}", _figure(hours_text(trip.travel_hours), False),
                      ", ".join(trip.evidence))
    return _titled("Day trips", table)


def _figure(text: str, stated: bool) -> str:
    """A figure the text states as it is; the travel model's estimate marked as one."""
    return text if stated else f"\u2248{text}"


def _readers(report: Report) -> RenderableType:
    entries = report.readers_also_went_to
    columns = (*RELATION_COLUMNS, *((relation, title) for relation, title in ADVICE_COLUMNS
                                    if any(getattr(entry, relation) for entry in entries)))
    titles = tuple(title for _, title in columns)
    table = _table("Place", "Readers", *titles, right=("Readers",),
                   wrap=titles)
    for entry in entries:
        _row(table, _name(report, entry.place_id), str(entry.readers),
                      *(", ".join(getattr(entry, relation)) for relation, _ in columns))
    readers = _titled("Readers also went to", table)
    if not report.place_pairs:
        return readers
    pairs = _table("Places", "Readers", wrap=("Readers",))
    for pair in report.place_pairs:
        _row(pairs, " + ".join(_name(report, p) for p in pair.places), ", ".join(pair.readers))
    return Group(readers, _text(""), _titled("Often combined", pairs))
