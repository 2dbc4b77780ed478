"""A suggested plan for a planning thread, as a travel writer would give it: the bases someone
stays in (the post's, and those commenters advise), the nights in each, the day trips from each,
the bases in the order of least travel (the exact solver of ``routes``), and for every element
the sections and commenters that put it there. Not a line through every place named.

A planning thread is one whose post stays somewhere and asks or plans (a question, or a
planned or wished-for place). The first night's date comes from the post when it gives a day
and month, or a month, and a year (written, or the post's own date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from gazetteer.models import Place
from itinerary.models import DayTrip, Plan, PlanBase, Resolution, Thread
from itinerary.trips.day_trips import BASE_KINDS, ThreadIndex
from itinerary.trips.facts import cues
from itinerary.trips.routes import suggest_route
from itinerary.trips.travel import Travel

MIN_ORDERED_BASES = 3  # two bases have one order worth suggesting: the writer's
_FUTURE = ("planning", "wishlist")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _nights_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    numbers: dict[str, int] = cues()["numbers"]  # type: ignore[assignment]
    number = rf"(?:\d{{1,2}}|{'|'.join(re.escape(w) for w in numbers)})"
    before = re.compile(rf"\b(?P<n>{number})\s+nights?\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
                        re.IGNORECASE)
    after = re.compile(rf"^\s*(?:[-\u2013\u2014:,]\s*|for\s+)?(?P<n>{number})\s+nights?\b",
                       re.IGNORECASE)
    return before, after


def suggest_plan(thread: Thread, resolutions: Sequence[Resolution], index: ThreadIndex,
                 day_trips: Sequence[DayTrip], travel: Travel) -> Plan | None:
    """The plan, or None when the thread is not planning a stay."""
    post = thread.post
    post_mentions = [r for r in resolutions if r.mention.section == post.id]
    planning = "?" in post.text or any(r.mention.relation in _FUTURE for r in post_mentions)
    texts = {s.id: s for s in thread.sections}
    bases: dict[str, Place] = {}
    evidence: dict[str, list[str]] = {}
    nights: dict[str, int] = {}
    before, after = _nights_patterns()
    numbers: dict[str, int] = cues()["numbers"]  # type: ignore[assignment]
    for place_id, stays in index.staying.items():
        for r in stays:
            place = r.place
            if place is None or place.kind not in BASE_KINDS or place_id in index.homes:
                continue
            section = texts[r.mention.section]
            if section.id != post.id and not _advises(section.text, r):
                continue
            bases.setdefault(place_id, place)
            evidence.setdefault(place_id, [])
            if section.id not in evidence[place_id]:
                evidence[place_id].append(section.id)
            m = (before.search(section.text[max(0, r.mention.start - 40): r.mention.start])
                 or after.match(section.text[r.mention.end: r.mention.end + 30]))
            if m and place_id not in nights:
                n = m.group("n").lower()
                nights[place_id] = numbers[n] if n in numbers else int(n)
    if not planning or post.id not in {s for ids in evidence.values() for s in ids}:
        return None
    places = list(bases.values())
    if len(places) >= MIN_ORDERED_BASES:
        order = suggest_route(places, travel).stops
        places = [bases[p] for p in order]
    authors = {s.id: s.author for s in thread.sections if s.author and s.id != post.id}
    plan_bases = []
    for place in places:
        trips = [t for t in day_trips if t.base == place.id]
        sections = [*evidence[place.id], *(s for t in trips for s in t.evidence
                                           if s not in evidence[place.id])]
        plan_bases.append(PlanBase(
            place=place.id, nights=nights.get(place.id),
            day_trips=tuple(dict.fromkeys(t.destination for t in trips)),
            evidence=tuple(dict.fromkeys(sections)),
            recommended_by=tuple(dict.fromkeys(a for s in sections if (a := authors.get(s))))))
    return Plan(bases=tuple(plan_bases), legs=travel.legs(places),
                start=_start(post.text, post.date))


def _advises(text: str, stay: Resolution) -> bool:
    """A commenter's stay is in the plan when it is advice ("I'd stay in X", "stay in X")."""
    start, _ = stay.mention.sentence
    sentence = text[start: stay.mention.start]
    return bool(re.search(r"\b(?:I'd|I would|you should|you could|if I were you|better to)\b"
                          r"|^\s*(?:stay|base yourself|sleep)\b", sentence, re.IGNORECASE))


def _start(text: str, posted: str | None) -> str | None:
    """The first night's ISO date: "2025-05-12", "12 May", "May 12th", or "in May" (the 1st),
    with the year written or the next one after the post's own date."""
    if m := re.search(r"\b(20\d\d)-(\d\d)-(\d\d)\b", text):
        return m.group()
    months = "|".join(_MONTHS)
    day_month = re.search(
        rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{months})|(?P<m2>{months})\s+"
        rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?:,?\s+(?P<y>20\d\d))?", text, re.IGNORECASE)
    month_only = re.search(rf"\b(?:in|this|next|early|late|mid-?)\s+(?P<m>{months})\b"
                           rf"(?:\s+(?P<y>20\d\d))?", text, re.IGNORECASE)
    if day_month:
        month = _MONTHS.index((day_month.group("m1") or day_month.group("m2")).lower()) + 1
        day, year = int(day_month.group("d1") or day_month.group("d2")), day_month.group("y")
    elif month_only:
        month, day, year = _MONTHS.index(month_only.group("m").lower()) + 1, 1, \
            month_only.group("y")
    else:
        return None
    if year is None:
        if not posted or not re.match(r"\d{4}-\d\d-\d\d", posted):
            return None
        seen = date.fromisoformat(posted[:10])
        year_n = seen.year + (1 if (month, day) < (seen.month, seen.day) else 0)
    else:
        year_n = int(year)
    try:
        return date(year_n, month, day).isoformat()
    except ValueError:
        return None
