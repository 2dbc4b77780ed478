"""The names a thread's commenters go by, so none of them is ever taken for a place.

An author line carries a person's name and often a handle or a blog name:
"Inna Blair (@innab)", "Howard | Backroad Planet", "RaW (@rambleandwander)". The person's
first and last names are banned one by one (the text says "Thanks Inna" or "Blair, ..."); a
blog name only as a whole, since its words may be real places ("Visit Norway"). A place the
writer gives as their home ("Anna from Bergen") is not part of the name, and the words of a
run-together handle ("KrakowKasia") give way to a place's context.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from gazetteer import normalize_name
from itinerary.readers.authors import parse_author


def author_names(author: str) -> frozenset[str]:
    """Normalized keys of every form of one author line (see ``Author.names``)."""
    return frozenset(key for key in map(normalize_name, parse_author(author).names) if key)


@lru_cache(maxsize=256)
def banned_names(authors: tuple[str, ...]) -> frozenset[str]:
    """Every name key of a thread's authors (cached: each Doc of a thread asks again)."""
    return frozenset().union(*(author_names(author) for author in authors))


@lru_cache(maxsize=256)
def handle_words(authors: tuple[str, ...]) -> frozenset[str]:
    """The banned keys that only the words of a run-together name give ("KrakowKasia" ->
    "krakow", "kasia"): such a handle is often made of the writer's place, so its words are
    places where the words around them say so ("Greetings from Krakow")."""
    parts: set[str] = set()
    whole: set[str] = set()
    for author in authors:
        parsed = parse_author(author)
        forms = {parsed.line, parsed.name, *parsed.name.split(), parsed.site, parsed.handle}
        keys = {normalize_name(form) for form in forms if form}
        whole.update(keys)
        parts.update(author_names(author) - keys - {normalize_name(f"@{parsed.handle}")})
    return frozenset(parts - whole)


def thread_authors(authors: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct author lines in a stable order, as the Doc extension carries them."""
    return tuple(sorted({author for author in authors if author}))
