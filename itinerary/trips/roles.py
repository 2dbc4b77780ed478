"""What each place of a thread can be in a trip: a stop, the post's subject, or context.

Countries, continents and first-level regions are context ("a road trip around Norway"): never a
stop, never a day-trip end. The post's subject is what the post is about (Røros, in a post
datelined "Røros, Norway"); it and the country and region that contain it are left out of
"readers also went to", since every commenter is reading about them; where the title names an
area and towns in it ("Ten days in Portugal: Lisbon and Porto"), the readers read about the area,
and their visits to its towns are theirs to list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from gazetteer.models import Place
from gazetteer.normalize import normalize_name
from itinerary.models import Resolution, ResolvedPlace, Thread

CONTEXT_KINDS = frozenset({"country", "continent", "admin1"})
AREA_KINDS = CONTEXT_KINDS | {"region"}  # a title naming one is about it, not its towns


def is_stop(place: Place) -> bool:
    return place.kind not in CONTEXT_KINDS


@cache
def _city_states() -> frozenset[str]:
    path = resources.files("itinerary.trips").joinpath("data/roles.json")
    codes: list[str] = json.loads(path.read_text(encoding="utf-8"))["city_states"]
    return frozenset(codes)


def as_town(place: Place) -> Place:
    """A country that is one city (Singapore, Hong Kong, Monaco) as the town it is: a stop,
    a base and a day trip's end ("three nights in Hong Kong, a day trip to Macau")."""
    if place.kind == "country" and place.country_code in _city_states():
        return replace(place, kind="city")
    return place


def trip_view(resolutions: Iterable[Resolution]) -> list[Resolution]:
    """The mentions as trips see them: each city-state a town."""
    return [r if r.place is None or as_town(r.place) is r.place
            else replace(r, place=as_town(r.place)) for r in resolutions]


@dataclass(frozen=True, slots=True)
class Subject:
    """The post's subject places and every place id that only restates them."""

    places: tuple[Place, ...]
    excluded: frozenset[str]  # the subject, its country and region, and same-named places
    guessed: bool = False  # no dateline or title names it: the post's most-named stop

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(p.id for p in self.places)


def find_subject(
    thread: Thread, resolutions: Sequence[Resolution], places: Sequence[ResolvedPlace]
) -> Subject:
    """The dateline's place, else the title's first place, else the post's most-named stop."""
    post = [r for r in resolutions if r.mention.section == thread.post.id and r.place]
    subject = _from_dateline(thread.location, places)
    about = subject  # what readers read about: the title's area ("Ten days in Portugal")
    if subject is None and thread.title:
        in_title = [r.place for r in post if r.place and r.mention.end <= len(thread.title)]
        subject = next((p for p in in_title if is_stop(p)), in_title[0] if in_title else None)
        about = next((p for p in in_title if p.kind in AREA_KINDS), subject)
    guessed = subject is None
    if subject is None:
        counts: dict[str, int] = {}
        for r in post:
            if r.place and is_stop(r.place):
                counts[r.place.id] = counts.get(r.place.id, 0) + 1
        if counts:
            best = max(counts, key=lambda pid: counts[pid])
            subject = next(r.place for r in post if r.place and r.place.id == best)
    if subject is None:
        return Subject(places=(), excluded=frozenset())
    return Subject(places=(subject,), excluded=frozenset(_restating(about or subject, places)),
                   guessed=guessed)


def _from_dateline(location: str | None, places: Sequence[ResolvedPlace]) -> Place | None:
    """"Røros, Norway": the first part that names a place of the thread."""
    if not location:
        return None
    for part in location.split(","):
        key = normalize_name(part)
        for resolved in places:
            if key and key in (normalize_name(resolved.place.name),
                               normalize_name(resolved.place.ascii_name)):
                return resolved.place
    return None


def _restating(subject: Place, places: Iterable[ResolvedPlace]) -> Iterable[str]:
    yield subject.id
    name = normalize_name(subject.name)
    for resolved in places:
        place = resolved.place
        same_country = place.country_code is not None and place.country_code == subject.country_code
        if (
            (place.kind == "country" and same_country)
            or (place.kind == "admin1" and same_country and place.admin1 == subject.admin1)
            or normalize_name(place.name) == name
        ):
            yield place.id
