"""Itineraries written in the text, in the writer's order.

Only the words between two consecutive stops of a section decide whether they are linked (the
mention offsets give the stops, a regular expression reads the gap), plus the few words just
before the first stop ("from A to B", "fly into A ... drive to B", "up to A and further up to
B"). Countries, continents and regions are context, never stops: their names may sit inside a
gap ("Bergen, Norway -> Oslo") without breaking it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from gazetteer.models import Place
from itinerary.models import Itinerary, Mode, Relation, Resolution, Section, Thread
from itinerary.trips.roles import is_stop
from itinerary.trips.travel import Travel

_QUALIFIER = (r"(?:(?:international\s+)?(?:airport|city|town|village|centre|center|station"
              r"|harbou?r|port)\b\s*)?(?:,\s*[^\W\d_][\w'\u2019. -]{0,30}?\s*)?")
_SIGNS = r"-{1,2}>|\u2192|\u27f6|=>|\u21d2|>|\u2013|\u2014|-"  # arrows, en/em dash, hyphen
_ARROW = re.compile(rf"^\s*{_QUALIFIER}(?P<sign>{_SIGNS})\s*\(?\s*$")
_THEN = re.compile(r"^\s*[,;]?\s*(?:and\s+)?(?:then|after that|afterwards|followed by)\b"
                   r"[^.!?;\n]{0,40}$", re.IGNORECASE)
_TO = re.compile(r"^\s*\(?\s*,?\s*(?:and\s+)?(?:(?:then|on|onwards?|back|up|down|over|north"
                 r"|south|east|west)\s+)*(?:to|into)\s*$", re.IGNORECASE)
_FURTHER = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:further|farther|on|onwards?|later"
                      r"|eventually|finally)\b[^.!?;\n]{0,25}?\b(?:to|into)\s*$", re.IGNORECASE)
_MOVE = re.compile(
    r"\b(?:drive|drove|driven|driving|head(?:ed|ing)?|continu(?:e|ed|ing)|go|went|going"
    r"|travel(?:l?ed|l?ing)?|take|took|taking|catch|caught|ride|rode|sail(?:ed|ing)?"
    r"|cruis(?:e|ed|ing)|fly|flew|flying|move|moved|return(?:ed|ing)?|cycl(?:e|ed|ing)"
    r"|hik(?:e|ed|ing)|walk(?:ed|ing)?)\b[^.!?;\n]{0,30}?\b(?:to|into|for|towards?)\s*$",
    re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_REACHED_BEFORE = re.compile(r"\b(?:to|into|in|at|from)\s*$", re.IGNORECASE)
_ARRIVAL_BEFORE = re.compile(
    r"\b(?:fly|flew|flown|flying|land(?:ed|ing)?|arriv(?:e|ed|ing)|start(?:ed|ing)?"
    r"|begin(?:ning)?|began|pick(?:ed)?\s+up\s+(?:a|the|our)\s+(?:hire\s+|rental\s+)?car)"
    r"\s+(?:\w+\s+)?(?:in|into|at|to|from)\s*$", re.IGNORECASE)
_ROUTE_WORDS = re.compile(r"\b(?:trip|route|itinerary|loop|tour|drive|drove|train|flight|fly"
                          r"|ferry|road|from|via|travel\w*|journey)\b", re.IGNORECASE)
_DASHES = frozenset({"-", "\u2013", "\u2014"})  # hyphen, en dash, em dash
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_MAX_MOVE_GAP = 200

_MODE_WORDS: tuple[tuple[Mode, re.Pattern[str]], ...] = (
    ("fly", re.compile(r"\b(?:fly|flew|flown|flying|flights?|plane)\b", re.IGNORECASE)),
    ("boat", re.compile(r"\b(?:ferry|ferries|boat|ship|sail(?:ed|ing)?|cruise|hurtigruten)\b",
                        re.IGNORECASE)),
    ("train", re.compile(r"\b(?:trains?|rail|railway|railpass|interrail|eurail)\b",
                         re.IGNORECASE)),
    ("road", re.compile(r"\b(?:drive|drove|driven|driving|cars?|road\s*trip|campervan|camper"
                        r"|motorhome|bus|coach)\b", re.IGNORECASE)),
    ("walk", re.compile(r"\b(?:on foot|hike[ds]?|hiking|walked|walking)\b", re.IGNORECASE)),
)
_TAIL_MODE = re.compile(r"^\s*(?:by|on\s+(?:a|the))\s+(\w+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StatedItinerary:
    """A stated itinerary with the mentions that make its stops (their relations, say)."""

    itinerary: Itinerary
    stops: tuple[Resolution, ...]

    @property
    def relation(self) -> Relation:
        """The relation most of its stops carry: a trip done, planned or dreamt of."""
        counts: dict[Relation, int] = {}
        for stop in self.stops:
            counts[stop.mention.relation] = counts.get(stop.mention.relation, 0) + 1
        return max(counts, key=lambda r: counts[r])


def find_stated(
    thread: Thread, resolutions: Sequence[Resolution], travel: Travel
) -> tuple[StatedItinerary, ...]:
    found: list[StatedItinerary] = []
    for section in thread.sections:
        stops = _stops(r for r in resolutions if r.mention.section == section.id)
        for chain in _chains(section.text, stops):
            found.append(_itinerary(section, chain, travel))
    return tuple(found)


def _stops(resolutions: Iterable[Resolution]) -> list[Resolution]:
    """The section's stop mentions in text order, overlapping mentions kept once (the longer)."""
    stops: list[Resolution] = []
    for r in sorted(resolutions, key=lambda r: (r.mention.start, -r.mention.end)):
        if r.place is None or not is_stop(r.place):
            continue
        if stops and r.mention.start < stops[-1].mention.end:
            continue
        stops.append(r)
    return stops


def _chains(text: str, stops: list[Resolution]) -> list[list[Resolution]]:
    chains: list[list[Resolution]] = []
    chain: list[Resolution] = []
    signs: list[str] = []
    for a, b in pairwise(stops):
        link = _link(text, a, b, ongoing=bool(chain))
        if link is None:
            _close(text, chain, signs, chains)
            chain, signs = [], []
            continue
        if not chain:
            chain = [a]
        chain.append(b)
        signs.append(link)
    _close(text, chain, signs, chains)
    return chains


def _link(text: str, a: Resolution, b: Resolution, *, ongoing: bool) -> str | None:
    """How the text joins stop ``a`` to stop ``b``: an arrow's sign, a word, or None."""
    gap = text[a.mention.end: b.mention.start]
    before = text[max(0, a.mention.start - 60): a.mention.start]
    if arrow := _ARROW.match(gap):
        return arrow.group("sign")
    if _THEN.match(gap):
        return "then"
    if _TO.match(gap) and (ongoing or _FROM_BEFORE.search(before)):
        return "to"
    if _FURTHER.match(gap) and (ongoing or _REACHED_BEFORE.search(before)):
        return "further"
    if (len(gap) <= _MAX_MOVE_GAP and len(_SENTENCE_END.findall(gap)) <= 1
            and _MOVE.search(gap) and (ongoing or _ARRIVAL_BEFORE.search(before))):
        return "move"
    return None


def _close(text: str, chain: list[Resolution], signs: list[str],
           chains: list[list[Resolution]]) -> None:
    """Keep a chain of two or more distinct stops; a lone spaced dash needs a travel context."""
    stops = [r for i, r in enumerate(chain)
             if i == 0 or r.place != chain[i - 1].place]
    if len(stops) < 2:
        return
    if len(chain) == 2 and signs[0] in _DASHES:
        gap = text[chain[0].mention.end: chain[1].mention.start]
        if gap.strip() != gap and not _ROUTE_WORDS.search(_sentence(text, chain[0])):
            return  # "We loved Oslo - Bergen was wet" is no route
    chains.append(stops)


def _sentence(text: str, stop: Resolution) -> str:
    start, end = stop.mention.sentence
    return text[start:end]


def _itinerary(section: Section, chain: list[Resolution], travel: Travel) -> StatedItinerary:
    text = section.text
    chain_mode = _chain_mode(text, chain)
    gap_modes = [_last_mode(text[a.mention.end: b.mention.start])
                 for a, b in pairwise(chain)]
    places: list[Place] = [r.place for r in chain if r.place is not None]
    legs = tuple(travel.leg(a, b, gap_mode or chain_mode)
                 for a, b, gap_mode in zip(places, places[1:], gap_modes, strict=False))
    stated_gap_modes = {m for m in gap_modes if m is not None}
    mode = chain_mode
    if mode is None and len(stated_gap_modes) == 1 and None not in gap_modes:
        mode = stated_gap_modes.pop()
    itinerary = Itinerary(kind="stated", stops=tuple(p.id for p in places), legs=legs,
                          section=section.id, author=section.author, mode=mode)
    return StatedItinerary(itinerary=itinerary, stops=tuple(chain))


def _chain_mode(text: str, chain: list[Resolution]) -> Mode | None:
    """The mode said for the whole chain: in its sentence before the first stop ("our road trip
    (A - B)"; an arrival verb there, "fly into A", is not the chain's mode), or "by train" after
    the last stop."""
    first, last = chain[0].mention, chain[-1].mention
    head = text[first.sentence[0]: first.start]
    head = _ARRIVAL_BEFORE.sub("", head)
    mode = _last_mode(head)
    if mode is None and (tail := _TAIL_MODE.match(text[last.end: last.sentence[1]])):
        mode = _last_mode(tail.group(1))
    return mode


def _last_mode(text: str) -> Mode | None:
    """The mode whose word comes last in ``text`` (nearest to what follows it)."""
    best: tuple[int, Mode] | None = None
    for mode, pattern in _MODE_WORDS:
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), mode)
    return best[1] if best else None
