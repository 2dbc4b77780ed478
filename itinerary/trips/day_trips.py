"""Day-trip pairings: a base people stay in and a place reachable from it and back in a day.

A base is a city the thread says people stay in ("three nights in Trondheim", "when I get to
Trondheim", "Portree, where we stayed") or make day trips from ("a day trip from Trondheim"), or
a well-connected city it names (``WELL_CONNECTED`` people or more). A destination is any other
stop of the thread except an airport. They pair when the one-way estimate (travel.py) is within
the limit, by default the guidebook's three hours each way.

Evidence is sentence by sentence: a day-trip phrase in a sentence naming both ends, or the
destination alone (or, for the post's subject, no town at all: "visiting there as a day trip");
a stay in or a journey from the base in a sentence that, or whose next sentence, names the
destination; or a stay in the base in a section that names no other town, when the destination
is the post's subject (a comment's "it" is the post's town). Each destination no sentence
supports keeps only its quickest base: a town between two cities is not two day trips.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from gazetteer.models import Place
from itinerary.models import DayTrip, Resolution, Section, Thread
from itinerary.trips.travel import SAME_PLACE_KM, Travel, reach_km, rough_km

WELL_CONNECTED = 100_000
BASE_KINDS = frozenset({"city"})
DESTINATION_KINDS = frozenset({"city", "admin2", "region", "natural"})

_DAY_TRIP = re.compile(
    r"\b(?:day[- ]?trips?|day[- ]outs?|day out|day excursions?|excursions?|side[- ]trips?"
    r"|half[- ]day|in a (?:single )?day|for a day|there and back|same[- ]day)\b", re.IGNORECASE)
_STAY_BEFORE = re.compile(
    r"\b(?:stay(?:ed|ing|s)?|based|base|nights?|hotel|hostel|apartment|airbnb|cabin|slept"
    r"|sleep(?:ing)?|overnight|get|got|getting|arriv(?:e|ed|ing))\s+(?:\w+\s+){0,2}?"
    r"(?:in|at|to|near|outside)\s*$", re.IGNORECASE)
_STAY_AFTER = re.compile(
    r"^\s*,?\s*where\s+(?:we|i)\s+(?:\w+\s+)?(?:stayed|slept|spent|were based)", re.IGNORECASE)
_DAY_TRIP_FROM = re.compile(
    r"\b(?:day[- ]?trips?|day[- ]outs?|day out|excursions?|side[- ]trips?)\b[^.!?\n]{0,25}?"
    r"\bfrom\s*$", re.IGNORECASE)
_JOURNEY_FROM = re.compile(
    r"(?:\b(?:ride|drive|train|bus|ferry|flight|hours?|minutes|trip|walk)\b[^.!?\n]{0,25}?"
    r"|(?:^|[.!?:;]\s+|\n\s*))from\s*$", re.IGNORECASE)
_AIRPORT_AFTER = re.compile(r"^\s*(?:international\s+)?(?:airport|airfield|lufthavn)\b",
                            re.IGNORECASE)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True, slots=True)
class _Cues:
    """What the text says about places as bases, and which names it gives as airports."""

    stays: set[str] = field(default_factory=set)  # place ids
    day_trips_from: set[str] = field(default_factory=set)
    # The mentions (section, start) that stay in or set out from a place, by place id.
    staying: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    setting_out: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    airports: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, thread: Thread, named: Sequence[Resolution]) -> _Cues:
        texts = {s.id: s.text for s in thread.sections}
        cues = cls()
        for r in named:
            if r.place is None:
                continue
            text, m = texts[r.mention.section], r.mention
            before, after = text[max(0, m.start - 60): m.start], text[m.end: m.end + 40]
            stay = bool(_STAY_BEFORE.search(before) or _STAY_AFTER.match(after))
            day_trip_from = bool(_DAY_TRIP_FROM.search(before))
            if stay:
                cues.stays.add(r.place.id)
                cues.staying.setdefault(r.place.id, set()).add((m.section, m.start))
            if day_trip_from:
                cues.day_trips_from.add(r.place.id)
            if stay or day_trip_from or _JOURNEY_FROM.search(before):
                cues.setting_out.setdefault(r.place.id, set()).add((m.section, m.start))
            if "airport" in m.text.lower() or _AIRPORT_AFTER.match(after):
                cues.airports.add(r.place.id)
        return cues

    def strength(self, place: Place) -> tuple[bool, bool, int]:
        """How firmly a place is a base: stayed in, made day trips from, then size."""
        return place.id in self.stays, place.id in self.day_trips_from, place.population


def find_day_trips(
    thread: Thread,
    resolutions: Sequence[Resolution],
    travel: Travel,
    *,
    subject: Collection[str] = (),
    limit_hours: float = 3.0,
) -> tuple[DayTrip, ...]:
    """Pairings within ``limit_hours`` one way, best supported first, then quickest."""
    named = [r for r in resolutions if r.place is not None]
    cues = _Cues.read(thread, named)
    places = {r.place.id: r.place for r in named if r.place is not None}
    bases = [p for p in places.values() if p.kind in BASE_KINDS and (
        p.id in cues.stays or p.id in cues.day_trips_from or p.population >= WELL_CONNECTED)]
    base_ids = {p.id for p in bases}
    destinations = [p for p in places.values()
                    if p.kind in DESTINATION_KINDS and p.id not in cues.airports]
    reach = reach_km(limit_hours) * 1.01  # the rough distance may err by 0.5 %
    trips = []
    for base in bases:
        for destination in destinations:
            if destination.id == base.id or not SAME_PLACE_KM <= rough_km(
                    base, destination) <= reach:
                continue
            if destination.id in base_ids and cues.strength(destination) > cues.strength(base):
                continue  # the pair is kept the other way round
            leg = travel.leg(base, destination)
            if leg.travel_hours > limit_hours:
                continue
            evidence = tuple(s.id for s in thread.sections if _supports(
                s, named, cues, (base.id, destination.id), base_ids, subject))
            trips.append(DayTrip(base=base.id, destination=destination.id,
                                 distance_km=leg.distance_km, travel_hours=leg.travel_hours,
                                 evidence=evidence))
    trips.sort(key=lambda t: (-len(t.evidence), t.travel_hours, t.base, t.destination))
    supported = {t.destination for t in trips if t.evidence}
    kept, paired = [], set()
    for trip in trips:
        if trip.evidence or (trip.destination not in supported
                             and trip.destination not in paired):
            kept.append(trip)
            paired.add(trip.destination)
    return tuple(kept)


def _supports(section: Section, named: Sequence[Resolution], cues: _Cues, pair: tuple[str, str],
              bases: Collection[str], subject: Collection[str]) -> bool:
    base, destination = pair
    mentions = [r for r in named if r.mention.section == section.id]
    sentences = [m.span() for m in _SENTENCES.finditer(section.text)]
    towns = [_towns(mentions, span) for span in sentences]
    named_here = set().union(*towns)
    # A day-trip sentence that names no base leaves it to the section: one it names, or any.
    implied_base = base in named_here or not (named_here & set(bases))
    out_at = {start for sec, start in cues.setting_out.get(base, ()) if sec == section.id}
    for k, (start, end) in enumerate(sentences):
        here = towns[k]
        if _DAY_TRIP.search(section.text, start, end) and (
            {base, destination} <= here
            or (implied_base and here == {destination})
            or (implied_base and not here and destination in subject)
        ):
            return True
        sets_out = any(start <= at < end for at in out_at)
        following = towns[k + 1] if k + 1 < len(towns) else set()
        if sets_out and (destination in here or destination in following):
            return True
    stays_here = any(sec == section.id for sec, _ in cues.staying.get(base, ()))
    return stays_here and named_here == {base} and destination in subject


def _towns(mentions: Sequence[Resolution], span: tuple[int, int]) -> set[str]:
    """The towns (not countries) a sentence names."""
    return {r.place.id for r in mentions if r.place is not None
            and r.place.kind in BASE_KINDS | DESTINATION_KINDS
            and span[0] <= r.mention.start < span[1]}
