""""Readers also went to": the places commenters went, plan, wish for or live in, by commenter.

Only comments count (the post is what they are reading). The post's subject and the country and
region containing it are left out, and so are continents; a commenter who only names a place
is listed under ``mentioned`` for it, and such a place alone is not listed at all. Commenters
go by the person's name of their author line ("Inna Blair" for "Inna Blair (@innab)").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import combinations

from itinerary.models import RELATIONS, PlacePair, ReaderPlace, Relation, Resolution, Thread
from itinerary.readers.authors import parse_author

_EXCLUDED_KINDS = frozenset({"continent"})


def readers_also_went_to(
    thread: Thread, resolutions: Sequence[Resolution], excluded: Collection[str]
) -> tuple[ReaderPlace, ...]:
    """Most readers first; ties in the order the places first come up in the comments."""
    comments = {s.id for s in thread.comments}
    found: dict[str, dict[Relation, list[str]]] = {}
    for r in resolutions:
        if (r.place is None or r.mention.author is None or r.mention.section not in comments
                or r.place.id in excluded or r.place.kind in _EXCLUDED_KINDS):
            continue
        reader = parse_author(r.mention.author).name
        names = found.setdefault(r.place.id, {relation: [] for relation in RELATIONS})
        if reader not in names[r.mention.relation]:
            names[r.mention.relation].append(reader)
    listed = []
    for place_id, by_relation in found.items():
        went = {name for relation in RELATIONS[:-1] for name in by_relation[relation]}
        entry = ReaderPlace(
            place_id=place_id,
            visited=tuple(by_relation["visited"]),
            planning=tuple(by_relation["planning"]),
            wishlist=tuple(by_relation["wishlist"]),
            lives=tuple(by_relation["lives"]),
            mentioned=tuple(n for n in by_relation["mentioned"] if n not in went),
        )
        if entry.readers:
            listed.append(entry)
    order = list(found)
    listed.sort(key=lambda entry: (-entry.readers, order.index(entry.place_id)))
    return tuple(listed)


def place_pairs(
    thread: Thread, places: Sequence[ReaderPlace], *, min_readers: int = 2
) -> tuple[PlacePair, ...]:
    """Pairs of places at least ``min_readers`` commenters both went to, plan or wish for.

    Most shared first; readers in the order of their first comment.
    """
    page: dict[str, int] = {}
    for section in thread.comments:
        if section.author is not None:
            page.setdefault(parse_author(section.author).name, len(page))
    readers: dict[str, set[str]] = {
        p.place_id: {*p.visited, *p.planning, *p.wishlist, *p.lives} for p in places
    }
    pairs = []
    for a, b in combinations([p.place_id for p in places], 2):
        shared = readers[a] & readers[b]
        if len(shared) >= min_readers:
            ordered = sorted(shared, key=lambda name: (page.get(name, len(page)), name))
            pairs.append(PlacePair(places=(a, b), readers=tuple(ordered)))
    pairs.sort(key=lambda pair: -len(pair.readers))
    return tuple(pairs)
