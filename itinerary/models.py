"""The data passed between stages: thread -> mentions -> resolutions -> trips -> report.

Every stage takes and returns these frozen dataclasses, so each can be tested on its own
with values built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from gazetteer.models import Place

Relation = Literal[
    "visited", "planning", "wishlist", "lives", "mentioned", "recommends", "advises_against"
]
RELATIONS: tuple[Relation, ...] = (
    "visited", "planning", "wishlist", "lives", "mentioned", "recommends", "advises_against"
)
# Advice is not the writer's own relation: a mention carries it beside its relation.
Advice = Literal["recommends", "advises_against"]
Mode = Literal["road", "train", "fly", "boat", "walk"]

__all__ = [
    "RELATIONS",
    "Advice",
    "Clue",
    "DayTrip",
    "Itinerary",
    "Leg",
    "Mention",
    "Mode",
    "Place",
    "PlacePair",
    "Plan",
    "PlanBase",
    "ReaderPlace",
    "Rejected",
    "Relation",
    "Report",
    "Resolution",
    "ResolvedPlace",
    "Section",
    "Thread",
]


class Clue(NamedTuple):
    """One piece of evidence weighed for a name: what it is ("preposition", "address"), and how
    much it counts (negative for a person)."""

    kind: str
    weight: float


@dataclass(frozen=True, slots=True)
class Section:
    """The post or one comment. ``text`` is verbatim: mention offsets index it."""

    id: str  # "post", "comment-1", ... in page order
    author: str | None  # the post's author when the page names one, else None for the post
    text: str
    title: str | None = None  # the post's title (also the first line of its text)
    date: str | None = None
    parent: str | None = None  # id of the comment this one replies to
    home: str | None = None  # a forum profile's "Location: Leeds": the writer's, not the text's


@dataclass(frozen=True, slots=True)
class Thread:
    """A post with its comments, as read from one input."""

    sections: tuple[Section, ...]
    source: str = "-"  # path, or "-" for stdin
    id: str | None = None  # an input's own id (batch JSON Lines), kept in its report
    location: str | None = None  # a dateline under the title, "Røros, Norway"
    format: str | None = None  # the reader that read it: "blogger", "reddit-json", "html" ...
    warnings: tuple[str, ...] = ()  # what the reader doubted or skipped, for the user

    def is_post_author(self, section: Section) -> bool:
        """True for the post and for a comment written by the post's author (same name)."""
        if section.id == self.post.id:
            return True
        return bool(section.author and self.post.author
                    and section.author.strip().casefold() == self.post.author.strip().casefold())

    @property
    def post(self) -> Section:
        return self.sections[0]

    @property
    def comments(self) -> tuple[Section, ...]:
        return self.sections[1:]

    @property
    def title(self) -> str | None:
        return self.post.title

    @property
    def authors(self) -> frozenset[str]:
        return frozenset(s.author for s in self.sections if s.author)


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written in one section."""

    section: str
    author: str | None
    text: str  # == section.text[start:end]
    start: int
    end: int
    source: str  # what proposed it: "ner:GPE", "gazetteer", ...
    sentence: tuple[int, int]  # offsets of the enclosing sentence in the section text
    relation: Relation = "mentioned"
    advice: Advice | None = None  # the writer recommends the place, or advises against it
    relation_confidence: float = 1.0  # how sure the relation model is of relation/advice
    # Why it is a place (``itinerary.nlp.reasons.Evidence``: "place word", "clues", ...; None
    # when no rule of ours decided, as for a news demonym), and the clues weighed for it.
    evidence: str | None = None
    clues: tuple[Clue, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """A name that looked like a place (the gazetteer knows it, or the model called it one) and
    is not one: "Linda, you must go" is addressed to a person."""

    section: str
    text: str  # == section.text[start:end]
    start: int
    end: int
    reason: str  # ``itinerary.nlp.reasons.Rejection``: "person: address", "ordinary word", ...
    clues: tuple[Clue, ...] = ()  # the clues weighed for it, when it was weighed


@dataclass(frozen=True, slots=True)
class Resolution:
    """One mention tied to one gazetteer place (or to none, when no sense is good enough)."""

    mention: Mention
    place: Place | None
    confidence: float
    reason: str
    alternatives: tuple[Place, ...] = ()
    # A sight or natural feature the gazetteer lacks, put at the town or place its text puts it
    # at: it names a spot there, not that place.
    in_town: bool = False


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A distinct place of the thread, with the evidence for it."""

    place: Place
    confidence: float
    reason: str
    alternatives: tuple[Place, ...]
    mentions: int
    authors: tuple[str, ...]  # commenters (person names) who named it, in page order


@dataclass(frozen=True, slots=True)
class Leg:
    origin: str  # place id
    destination: str
    distance_km: float  # great-circle (geodesic)
    travel_hours: float  # estimated, see itinerary.trips.travel
    mode: Mode
    # What the text states for this leg ("hours", "km", "mode"): those fields hold the stated
    # figure, and the travel model's estimate stays beside it.
    stated: tuple[str, ...] = ()
    estimated_hours: float | None = None
    estimated_km: float | None = None
    # The road a router found (lon, lat pairs); empty for an estimate (a straight line).
    geometry: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Itinerary:
    """An ordered list of stops: written in the text ("stated") or proposed ("suggested")."""

    kind: Literal["stated", "suggested"]
    stops: tuple[str, ...]  # place ids in travel order
    legs: tuple[Leg, ...]
    section: str | None = None
    author: str | None = None
    mode: Mode | None = None
    # A suggestion that fits one place into a stated itinerary: which place, at what cost.
    inserted: str | None = None
    detour_km: float | None = None
    detour_hours: float | None = None
    # Advice to someone else ("you could fly into A and drive to B"), not the writer's own trip.
    recommended: bool = False
    via: tuple[str, ...] = ()  # stops the text passes through ("via", "over", "through")

    @property
    def total_km(self) -> float:
        return sum(leg.distance_km for leg in self.legs)

    @property
    def total_hours(self) -> float:
        return sum(leg.travel_hours for leg in self.legs)


@dataclass(frozen=True, slots=True)
class DayTrip:
    base: str  # place id
    destination: str
    distance_km: float
    travel_hours: float  # one way
    evidence: tuple[str, ...] = ()  # section ids whose text supports the pairing
    # "said": the text frames it as a day trip (``sentences`` quote it, one per evidence
    # section); "possible": a base someone stays in and a place someone wants, within reach.
    kind: Literal["said", "possible"] = "said"
    sentences: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanBase:
    """One base of a suggested plan: how long, which day trips, and who put it there."""

    place: str  # place id
    nights: int | None
    day_trips: tuple[str, ...]  # destination place ids, said ones first
    evidence: tuple[str, ...]  # section ids that name the stay or a day trip from it
    recommended_by: tuple[str, ...] = ()  # commenters who put it (or a day trip) in the plan


@dataclass(frozen=True, slots=True)
class Plan:
    """What a travel writer would suggest for a planning thread: bases in the order of least
    travel, nights in each, day trips from each; ``start`` when the thread gives a date."""

    bases: tuple[PlanBase, ...]
    legs: tuple[Leg, ...]
    start: str | None = None  # ISO date of the first night

    @property
    def nights(self) -> int | None:
        counts = [b.nights for b in self.bases]
        return None if any(n is None for n in counts) else sum(n or 0 for n in counts)


@dataclass(frozen=True, slots=True)
class ReaderPlace:
    """Who among the commenters stands in which relation to one place."""

    place_id: str
    visited: tuple[str, ...] = ()
    planning: tuple[str, ...] = ()
    wishlist: tuple[str, ...] = ()
    lives: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    recommends: tuple[str, ...] = ()  # commenters who recommend the place
    advises_against: tuple[str, ...] = ()
    # (relation, reader, the sentence that says so) for every name listed above but "mentioned"
    evidence: tuple[tuple[Relation, str, str], ...] = ()

    @property
    def readers(self) -> int:
        """Distinct commenters who went or mean to go (visited, planning, wishlist, lives)."""
        return len({*self.visited, *self.planning, *self.wishlist, *self.lives})


@dataclass(frozen=True, slots=True)
class PlacePair:
    """Two places the same readers went to or plan together."""

    places: tuple[str, str]
    readers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the tool found in one thread; exporters read only this."""

    thread: Thread
    resolutions: tuple[Resolution, ...]
    places: tuple[ResolvedPlace, ...]
    itineraries: tuple[Itinerary, ...] = ()
    day_trips: tuple[DayTrip, ...] = ()  # said in the text
    readers_also_went_to: tuple[ReaderPlace, ...] = ()
    place_pairs: tuple[PlacePair, ...] = ()
    possible_day_trips: tuple[DayTrip, ...] = ()  # a base stayed in, a place wanted, in reach
    plan: Plan | None = None
    warnings: tuple[str, ...] = field(default=())
    rejected: tuple[Rejected, ...] = ()  # names that looked like places, in page order

    def place(self, place_id: str) -> Place | None:
        for resolved in self.places:
            if resolved.place.id == place_id:
                return resolved.place
        return None
