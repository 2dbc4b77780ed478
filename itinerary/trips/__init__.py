"""From resolved places to trips: stated itineraries, suggested routes, day trips, readers' places.

``plan_trips`` is the one entry point the pipeline calls; each part lives in its own module
(stated, routes, day_trips, readers) on the travel model of ``travel``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from gazetteer import Gazetteer
from gazetteer.models import Place
from itinerary.models import (
    DayTrip,
    Itinerary,
    PlacePair,
    Plan,
    ReaderPlace,
    Resolution,
    ResolvedPlace,
    Thread,
)
from itinerary.trips.day_trips import ThreadIndex, find_day_trips
from itinerary.trips.plan import suggest_plan
from itinerary.trips.readers import place_pairs, profile_homes, readers_also_went_to
from itinerary.trips.roles import Subject, find_subject, is_stop
from itinerary.trips.router import Router
from itinerary.trips.routes import suggest_route, with_inserted
from itinerary.trips.stated import StatedItinerary, find_stated
from itinerary.trips.travel import SAME_PLACE_KM, Travel, geodesic_km, rough_km

__all__ = ["Trips", "plan_trips"]

MIN_SUGGESTED_STOPS = 3  # two stops have one order; a route needs a choice to suggest
_FUTURE = ("planning", "wishlist")


@dataclass(frozen=True, slots=True)
class Trips:
    itineraries: tuple[Itinerary, ...]  # stated ones in page order, then suggested ones
    day_trips: tuple[DayTrip, ...]  # said in the text
    readers_also_went_to: tuple[ReaderPlace, ...]
    place_pairs: tuple[PlacePair, ...]
    possible_day_trips: tuple[DayTrip, ...] = ()
    plan: Plan | None = None
    # Commenters' homes the summary lists though no words name them (a member block's
    # "Location: Pisa"): places of the report beside the resolved ones.
    homes: tuple[ResolvedPlace, ...] = ()


def plan_trips(
    thread: Thread,
    resolutions: Sequence[Resolution],
    places: Sequence[ResolvedPlace],
    gazetteer: Gazetteer,
    *,
    day_trip_hours: float = 3.0,
    router: Router | None = None,
) -> Trips:
    """Everything a reader can act on, from one thread's resolved mentions; a ``router`` gives
    stated itineraries and the plan real road legs (estimates stay for what it cannot route)."""
    travel = Travel.from_gazetteer(gazetteer)
    routed = Travel.from_gazetteer(gazetteer, router=router) if router else travel
    subject = find_subject(thread, resolutions, places)
    stated = find_stated(thread, resolutions, routed)
    suggested = _suggestions(thread, resolutions, stated, subject, travel, day_trip_hours)
    legs = {frozenset((leg.origin, leg.destination)) for s in stated for leg in s.itinerary.legs}
    index = ThreadIndex.read(thread, resolutions)
    day_trips = find_day_trips(thread, resolutions, travel, limit_hours=day_trip_hours,
                               legs=legs, subject=subject.places, index=index)
    plan = suggest_plan(thread, resolutions, index, day_trips, routed)
    homes = profile_homes(thread, gazetteer)
    readers = readers_also_went_to(thread, resolutions, subject.excluded,
                                   guessed_subject=subject.guessed, homes=homes)
    listed = {entry.place_id for entry in readers}
    known = {p.place.id for p in places}
    return Trips(
        itineraries=(*(s.itinerary for s in stated), *suggested),
        day_trips=tuple(t for t in day_trips if t.kind == "said"),
        possible_day_trips=tuple(t for t in day_trips if t.kind == "possible"),
        readers_also_went_to=readers,
        place_pairs=place_pairs(thread, readers),
        plan=plan,
        homes=_report_homes(homes, listed, known),
    )


def _report_homes(
    homes: Sequence[tuple[str, ResolvedPlace]], listed: set[str], known: set[str]
) -> tuple[ResolvedPlace, ...]:
    """The profile homes the summary lists that no mention resolved to, one per place."""
    found: dict[str, ResolvedPlace] = {}
    for reader, home in homes:
        place_id = home.place.id
        if place_id in listed and place_id not in known:
            found[place_id] = replace(found[place_id], authors=(
                *found[place_id].authors, reader)) if place_id in found else home
    return tuple(found.values())


def _suggestions(
    thread: Thread,
    resolutions: Sequence[Resolution],
    stated: Sequence[StatedItinerary],
    subject: Subject,
    travel: Travel,
    detour_hours: float,
) -> list[Itinerary]:
    """The post's subject fitted into each trip readers plan, where it costs at most
    ``detour_hours`` more; then the places a commenter who wrote no itinerary of their own
    wants (planning or wishlist), in a travelling order, unless an itinerary already covers
    them. The thread as a whole gets a plan of bases (``plan``), not a line through every
    place."""
    suggested: list[Itinerary] = []
    covered: list[tuple[str | None, list[Place]]] = []  # each itinerary's author and stops
    planners: set[str | None] = set()
    for trip in stated:
        stops = [r.place for r in trip.stops if r.place is not None]
        covered.append((trip.itinerary.author, stops))
        if trip.relation not in _FUTURE:
            continue
        planners.add(trip.itinerary.author)
        for place in subject.places:
            # a subject that spans countries ("Iberia", "Central America", "the Alps") holds
            # the trip: no stop to fit into it
            if not is_stop(place) or place.country_code is None or _on_the_way([place], stops):
                continue
            itinerary, insertion = with_inserted(trip.itinerary, stops, place, travel)
            if insertion.extra_hours <= detour_hours:
                suggested.append(itinerary)
                covered.append((trip.itinerary.author, [*stops, place]))
    wanted = _wanted(thread, resolutions)
    groups = [(author, stops) for author, stops in wanted.items() if author not in planners]
    for author, stops in groups:
        if len(stops) < MIN_SUGGESTED_STOPS or any(
            _on_the_way(stops, have) and (author is None or author == who) for who, have in covered
        ):
            continue
        airports = [p for p in stops if p.kind == "airport"]
        route = suggest_route(stops, travel, start=airports[0] if len(airports) == 1 else None,
                              author=author)
        suggested.append(route)
        covered.append((author, stops))
    return suggested


def _on_the_way(places: Sequence[Place], stops: Sequence[Place]) -> bool:
    """Every place is one of the stops or next to one ("Lake Bled" on a trip through Bled)."""
    return all(any(rough_km(p, s) < SAME_PLACE_KM * 1.01 and geodesic_km(p, s) < SAME_PLACE_KM
                   for s in stops) for p in places)  # the great circle screens (0.5 % off)


def _wanted(thread: Thread, resolutions: Sequence[Resolution]) -> dict[str | None, list[Place]]:
    """Each commenter's planned or wished-for stops, in the order they name them."""
    comments = {s.id for s in thread.comments}
    wanted: dict[str | None, list[Place]] = {}
    for r in resolutions:
        if (r.place is None or r.mention.section not in comments or not is_stop(r.place)
                or r.mention.relation not in _FUTURE):
            continue
        stops = wanted.setdefault(r.mention.author, [])
        if r.place not in stops:
            stops.append(r.place)
    return wanted
