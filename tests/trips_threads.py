"""Threads with hand-placed mentions for the trips tests: the NLP pass is not under test there.

Each section's text is written here; every occurrence of a given name becomes a mention of the
given gazetteer place, with the relation given for that section (or "mentioned").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from gazetteer import Gazetteer
from gazetteer.models import Place
from itinerary.models import Mention, Relation, Resolution, ResolvedPlace, Section, Thread
from itinerary.trips.day_trips import find_day_trips
from itinerary.trips.travel import Travel

_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")

# Real gazetteer entries by id (GeoNames / IATA), so coordinates and countries are the real ones.
IDS = {
    "Trondheim": "geonames:3133880",
    "Røros": "geonames:3141332",
    "Roros": "geonames:3141332",
    "Oslo": "geonames:3143244",
    "Bergen": "geonames:3161732",
    "Ålesund": "geonames:3163392",
    "Alesund": "geonames:3163392",
    "Gardermoen": "iata:OSL",
    "Bodø": "geonames:3160881",
    "Bodo": "geonames:3160881",
    "Lillehammer": "geonames:3147474",
    "Tromsø": "geonames:3133895",
    "Norway": "geonames:3144096",
    "Iceland": "geonames:2629691",
    "Europe": "geonames:6255148",
    "Copenhagen": "geonames:2618425",
    "Gothenburg": "geonames:2711537",
    "Lagos": "geonames:2267226",
    "Beja": "geonames:2270985",
    "Silves": "geonames:2262926",
    "Sagres": "geonames:2263650",
    "Elvas": "geonames:2268615",
    "Algarve": "region:algarve",
    "Portugal": "geonames:2264397",
    "Snaefellsnes peninsula": "region:snaefellsnes",
}


def place(gazetteer: Gazetteer, name: str) -> Place:
    if name in IDS:
        found = gazetteer.get(IDS[name])
        assert found is not None, name
        return found
    return gazetteer.lookup(name, kinds=("city",))[0]


def section(id: str, text: str, author: str | None = None) -> Section:
    return Section(id=id, author=author, text=text)


def thread(*sections: Section, location: str | None = None) -> Thread:
    post = sections[0]
    title = post.text.split("\n", 1)[0]
    return Thread(sections=(Section(id=post.id, author=None, text=post.text, title=title),
                            *sections[1:]), location=location)


def resolve(
    gazetteer: Gazetteer,
    thread: Thread,
    names: Sequence[str],
    relations: Mapping[tuple[str, str], Relation] | None = None,
) -> list[Resolution]:
    """Every whole-word occurrence of each name, in every section, resolved to its place.

    ``relations`` maps (section id, name) to the relation its mentions carry.
    """
    relations = relations or {}
    found = []
    for s in thread.sections:
        sentences = [m.span() for m in _SENTENCES.finditer(s.text)]
        for name in names:
            for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", s.text):
                start, end = match.span()
                sentence = next(span for span in sentences if span[0] <= start < span[1])
                mention = Mention(section=s.id, author=s.author, text=name, start=start, end=end,
                                  source="test", sentence=sentence,
                                  relation=relations.get((s.id, name), "mentioned"))
                found.append(Resolution(mention=mention, place=place(gazetteer, name),
                                        confidence=1.0, reason="test"))
    found.sort(key=lambda r: (thread.sections.index(_section(thread, r.mention.section)),
                              r.mention.start))
    return found


def said_day_trips(
    gazetteer: Gazetteer,
    travel: Travel,
    texts: Sequence[str],
    names: Sequence[str],
    relations: Mapping[tuple[str, str], Relation] | None = None,
    subject: str | None = None,
) -> set[tuple[str, str]]:
    """The (base, destination) names of the said day trips of a post and its replies (the
    first text the post, each other a comment by "ReaderN"), the post about ``subject``."""
    sections = [section("post", texts[0])] + [
        section(f"comment-{k}", text, f"Reader{k}") for k, text in enumerate(texts[1:], 1)]
    t = thread(*sections)
    about = [place(gazetteer, subject)] if subject else []
    found = find_day_trips(t, resolve(gazetteer, t, names, relations), travel, subject=about)

    def name(pid: str) -> str:
        p = gazetteer.get(pid)
        assert p is not None
        return p.name

    return {(name(d.base), name(d.destination)) for d in found if d.kind == "said"}


def distinct(resolutions: Sequence[Resolution]) -> list[ResolvedPlace]:
    places: dict[str, ResolvedPlace] = {}
    for r in resolutions:
        if r.place is not None and r.place.id not in places:
            places[r.place.id] = ResolvedPlace(place=r.place, confidence=1.0, reason="test",
                                               alternatives=(), mentions=1, authors=())
    return list(places.values())


def _section(thread: Thread, id: str) -> Section:
    return next(s for s in thread.sections if s.id == id)
