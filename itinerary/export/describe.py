"""Who stands in which relation to each place, the one-line descriptions map exports show, and
why a name is or is not a place."""

from __future__ import annotations

from collections.abc import Mapping

from gazetteer.models import Place
from itinerary.errors import ExportError
from itinerary.models import RELATIONS, Clue, Relation, Report, ResolvedPlace

POST_WRITER = "the post's author"

# When one place has several relations, the map shows the strongest: someone lives there or went.
STRENGTH: tuple[Relation, ...] = ("lives", "visited", "planning", "wishlist", "mentioned")

Writers = Mapping[Relation, tuple[str, ...]]


def writers_by_place(report: Report) -> dict[str, dict[Relation, tuple[str, ...]]]:
    """For each resolved place id, its writers (in page order) under the strongest relation each
    of them expressed: one who went there and also named it in passing counts as visited."""
    found: dict[str, dict[str, Relation]] = {}
    for resolution in report.resolutions:
        if resolution.place is None:
            continue
        mention = resolution.mention
        writer = mention.author or POST_WRITER
        writers = found.setdefault(resolution.place.id, {})
        held = writers.get(writer)
        if held is None or STRENGTH.index(mention.relation) < STRENGTH.index(held):
            writers[writer] = mention.relation
    return {
        pid: {r: tuple(w for w, rel in writers.items() if rel == r) for r in RELATIONS}
        for pid, writers in found.items()
    }


def strongest(writers: Writers) -> Relation:
    return next((r for r in STRENGTH if writers.get(r)), "mentioned")


def relations_text(writers: Writers) -> str:
    """``visited: Drew, RaW; planning: Inna Blair`` (empty relations left out)."""
    return "; ".join(f"{r}: {', '.join(writers[r])}" for r in RELATIONS if writers.get(r))


def hours_text(hours: float) -> str:
    """Travel time as a person says it: ``45 min``, ``2 h 10 min``."""
    minutes = round(hours * 60)
    if minutes < 60:
        return f"{minutes} min"
    whole, rest = divmod(minutes, 60)
    return f"{whole} h {rest:02d} min" if rest else f"{whole} h"


def reason_text(reason: str | None, clues: tuple[Clue, ...]) -> str:
    """A decision of the place pass with the clues weighed for it: ``place word``, ``clues
    (stay +1.5, prior +1)``, ``person: address (address -3, prior +1)``."""
    weighed = ", ".join(f"{clue.kind} {clue.weight:+g}" for clue in clues)
    said = reason or "no rule"
    return f"{said} ({weighed})" if weighed else said


def place_description(resolved: ResolvedPlace, writers: Writers) -> str:
    """Kind and country, mention count, and who went or plans to go: one line each."""
    place = resolved.place
    lines = [f"{place.kind} in {place.country_code}" if place.country_code else place.kind,
             f"{resolved.mentions} mention{'' if resolved.mentions == 1 else 's'}"]
    if who := relations_text(writers):
        lines.append(who)
    return "\n".join(lines)


def stop_place(report: Report, place_id: str) -> Place:
    """The place behind an itinerary stop; a stop outside the report's places is a bug upstream."""
    place = report.place(place_id)
    if place is None:
        raise ExportError(f"stop {place_id} is not among the report's places")
    return place
