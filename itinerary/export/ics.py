"""Report -> an iCalendar (RFC 5545) file of the suggested plan's days, with ``icalendar``.

Each base is one all-day event over its nights; each day trip from it is an all-day event on
one of those days, in order (a base with fewer spare days than day trips lists the rest in its
own event). The first night is the plan's ``start`` (from the thread) or the date the user
gives; a plan without nights for every base has no calendar.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from icalendar import Calendar, Event

from itinerary.errors import ExportError
from itinerary.models import Report

PRODID = "-//itinerary//plan calendar//EN"


def plan_calendar(reports: Sequence[Report], *, start: date | None = None) -> Calendar:
    """One calendar for the plans of ``reports``; ExportError when none can be dated."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    events = 0
    for report in reports:
        plan = report.plan
        if plan is None or plan.nights is None:
            continue
        first = start or (date.fromisoformat(plan.start) if plan.start else None)
        if first is None:
            continue
        day = first
        for number, base in enumerate(plan.bases):
            nights = base.nights or 0
            name = _name(report, base.place)
            by = f" (recommended by {', '.join(base.recommended_by)})" if base.recommended_by \
                else ""
            calendar.add_component(_event(
                f"{report.thread.source}-{number}-{base.place}@itinerary", day,
                day + timedelta(days=max(1, nights)), f"{name}: {nights} nights",
                f"Base {name}{by}; from {', '.join(base.evidence)}."))
            events += 1
            trips = list(base.day_trips)
            for k, destination in enumerate(trips[: max(0, nights - 1)], start=1):
                calendar.add_component(_event(
                    f"{report.thread.source}-{number}-{destination}@itinerary",
                    day + timedelta(days=k), day + timedelta(days=k + 1),
                    f"Day trip: {name} \u2192 {_name(report, destination)}", ""))
                events += 1
            day += timedelta(days=nights)
    if events == 0:
        raise ExportError("no plan with nights and a start date to put in a calendar "
                          "(give --start YYYY-MM-DD when the thread names no date)")
    return calendar


def _event(uid: str, first: date, end: date, summary: str, description: str) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", date(2000, 1, 1))  # stable output: the calendar is derived data
    event.add("dtstart", first)
    event.add("dtend", end)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    return event


def _name(report: Report, place_id: str) -> str:
    place = report.place(place_id)
    return place.name if place else place_id


def calendar_text(calendar: Calendar) -> str:
    return calendar.to_ical().decode("utf-8")
