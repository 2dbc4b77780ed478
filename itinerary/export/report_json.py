"""Report -> the versioned JSON report (docs/report.md, schema/report.schema.json).

Bump ``SCHEMA_VERSION`` when a field of the contract changes meaning or goes away; adding a field
does not bump it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from gazetteer.models import place_record
from itinerary.errors import ExportError
from itinerary.models import (
    Clue,
    DayTrip,
    Itinerary,
    PlacePair,
    Plan,
    ReaderPlace,
    Rejected,
    Report,
    Resolution,
    ResolvedPlace,
    Section,
)

SCHEMA_VERSION = 2

# Rounding: distances to 100 m and times to ~1 min say all the estimates can; more digits would
# only make reports differ between runs on different machines.
KM_DIGITS = 1
HOURS_DIGITS = 2
CONFIDENCE_DIGITS = 3


def report_to_dict(report: Report) -> dict[str, Any]:
    """The JSON report of one thread, as plain dicts and lists ready for ``json.dumps``."""
    thread = report.thread
    return {
        **_heading(report),
        "location": thread.location,
        "format": thread.format,
        "comments": len(thread.comments),
        "sections": [_section(s) for s in thread.sections],
        "places": [_place(p) for p in report.places],
        "mentions": [_mention(r) for r in report.resolutions],
        "rejected": [_rejected(r) for r in report.rejected],
        "itineraries": [_itinerary(i) for i in report.itineraries],
        "day_trips": [_day_trip(d) for d in report.day_trips],
        "possible_day_trips": [_day_trip(d) for d in report.possible_day_trips],
        "plan": _plan(report.plan),
        **_readers(report),
        "warnings": [*thread.warnings, *report.warnings],
    }


def readers_to_dict(report: Report) -> dict[str, Any]:
    """Only the "readers also went to" part of the report (``itinerary readers --format json``)."""
    return {**_heading(report), **_readers(report)}


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """Strict JSON (a NaN or infinity is an error, not an invalid token), UTF-8 left readable."""
    try:
        return json.dumps(data, ensure_ascii=False, allow_nan=False, indent=indent)
    except ValueError as exc:
        raise ExportError(f"report cannot be written as JSON: {exc}") from None


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the report, shipped as package data."""
    text = resources.files("itinerary").joinpath("schema/report.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _heading(report: Report) -> dict[str, Any]:
    thread = report.thread
    return {
        "schema_version": SCHEMA_VERSION,
        "id": thread.id,
        "source": thread.source,
        "title": thread.title,
    }


def _readers(report: Report) -> dict[str, Any]:
    return {
        "readers_also_went_to": [_reader_place(r, report) for r in report.readers_also_went_to],
        "place_pairs": [_pair(p, report) for p in report.place_pairs],
    }


def _section(section: Section) -> dict[str, Any]:
    return {
        "id": section.id,
        "author": section.author,
        "title": section.title,
        "date": section.date,
        "parent": section.parent,
        "text": section.text,
    }


def _place(resolved: ResolvedPlace) -> dict[str, Any]:
    place = resolved.place
    return {
        **place_record(place),
        "confidence": round(resolved.confidence, CONFIDENCE_DIGITS),
        "reason": resolved.reason,
        "mentions": resolved.mentions,
        "authors": list(resolved.authors),
        "coordinates_source": place.source,
        "alternatives": [place_record(a) for a in resolved.alternatives],
    }


def _mention(resolution: Resolution) -> dict[str, Any]:
    mention = resolution.mention
    return {
        "section": mention.section,
        "author": mention.author,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "place_id": resolution.place.id if resolution.place else None,
        "relation": mention.relation,
        "advice": mention.advice,
        "relation_confidence": round(mention.relation_confidence, CONFIDENCE_DIGITS),
        "confidence": round(resolution.confidence, CONFIDENCE_DIGITS),
        "reason": resolution.reason,
        "source": mention.source,
        "evidence": mention.evidence,
        "clues": _clues(mention.clues),
    }


def _rejected(rejected: Rejected) -> dict[str, Any]:
    return {
        "section": rejected.section,
        "text": rejected.text,
        "start": rejected.start,
        "end": rejected.end,
        "reason": rejected.reason,
        "clues": _clues(rejected.clues),
    }


def _clues(clues: tuple[Clue, ...]) -> list[dict[str, Any]]:
    return [{"kind": clue.kind, "weight": clue.weight} for clue in clues]


def _itinerary(itinerary: Itinerary) -> dict[str, Any]:
    return {
        "kind": itinerary.kind,
        "section": itinerary.section,
        "author": itinerary.author,
        "mode": itinerary.mode,
        "stops": list(itinerary.stops),
        "legs": [
            {
                "from": leg.origin,
                "to": leg.destination,
                "distance_km": round(leg.distance_km, KM_DIGITS),
                "travel_hours": round(leg.travel_hours, HOURS_DIGITS),
                "mode": leg.mode,
                "stated": list(leg.stated),
                "estimated_hours": _rounded(leg.estimated_hours, HOURS_DIGITS),
                "estimated_km": _rounded(leg.estimated_km, KM_DIGITS),
            }
            for leg in itinerary.legs
        ],
        "total_km": round(itinerary.total_km, KM_DIGITS),
        "total_hours": round(itinerary.total_hours, HOURS_DIGITS),
        "inserted": itinerary.inserted,
        "detour_km": _rounded(itinerary.detour_km, KM_DIGITS),
        "detour_hours": _rounded(itinerary.detour_hours, HOURS_DIGITS),
        "recommended": itinerary.recommended,
        "via": list(itinerary.via),
    }


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _day_trip(trip: DayTrip) -> dict[str, Any]:
    return {
        "base": trip.base,
        "destination": trip.destination,
        "distance_km": round(trip.distance_km, KM_DIGITS),
        "travel_hours": round(trip.travel_hours, HOURS_DIGITS),
        "evidence": list(trip.evidence),
        "kind": trip.kind,
        "sentences": list(trip.sentences),
    }


def _plan(plan: Plan | None) -> dict[str, Any] | None:
    if plan is None:
        return None
    return {
        "start": plan.start,
        "nights": plan.nights,
        "bases": [
            {
                "place_id": b.place,
                "nights": b.nights,
                "day_trips": list(b.day_trips),
                "evidence": list(b.evidence),
                "recommended_by": list(b.recommended_by),
            }
            for b in plan.bases
        ],
        "legs": [
            {"from": leg.origin, "to": leg.destination,
             "distance_km": round(leg.distance_km, KM_DIGITS),
             "travel_hours": round(leg.travel_hours, HOURS_DIGITS), "mode": leg.mode}
            for leg in plan.legs
        ],
    }


def _reader_place(reader_place: ReaderPlace, report: Report) -> dict[str, Any]:
    place = report.place(reader_place.place_id)
    return {
        "place_id": reader_place.place_id,
        "name": place.name if place else None,
        "readers": reader_place.readers,
        "visited": list(reader_place.visited),
        "planning": list(reader_place.planning),
        "wishlist": list(reader_place.wishlist),
        "lives": list(reader_place.lives),
        "mentioned": list(reader_place.mentioned),
        "recommends": list(reader_place.recommends),
        "advises_against": list(reader_place.advises_against),
        "evidence": [{"relation": relation, "reader": reader, "sentence": sentence}
                     for relation, reader, sentence in reader_place.evidence],
    }


def _pair(pair: PlacePair, report: Report) -> dict[str, Any]:
    names = [place.name if (place := report.place(p)) else None for p in pair.places]
    return {"places": list(pair.places), "names": names, "readers": list(pair.readers)}
