"""The names a thread's commenters go by, so none of them is ever taken for a place.

An author line carries a person's name and often a handle or a blog name:
"Inna Blair (@innab)", "Howard | Backroad Planet", "RaW (@rambleandwander)". The person's
first and last names are banned one by one (the text says "Thanks Inna" or "Blair, ..."); a
blog name only as a whole, since its words may be real places ("Visit Norway"). A place the
writer gives as their home ("Anna from Bergen", "Kimberly_from_Kent") is not part of the name,
and the words of a run-together handle ("KrakowKasia", "austin_travels") give way to a place's
context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from gazetteer import normalize_name
from itinerary.readers.authors import COUPLE, parse_author

# The marks that join the words of a handle: "austin_travels", "kim.r", "Chelsea_K", "sam88".
_HANDLE_MARKS = re.compile(r"[_.\-\d]+")
_CAMEL_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # "AustinReyes" -> Austin, Reyes


def author_names(author: str) -> frozenset[str]:
    """Normalized keys of every form of one author line (see ``Author.names``), the person's
    name of a handle that gives a home ("Kimberly_from_Kent"), and each name of a couple
    signing together ("Tom and Alice Webb": "Alice Webb")."""
    parsed = parse_author(author)
    forms = {*parsed.names, *_handle_words(parsed.name)[0], *COUPLE.split(parsed.name)}
    return frozenset(key for key in map(normalize_name, forms) if key)


def _handle_words(name: str) -> tuple[list[str], list[str]]:
    """The words of a handle joined by marks or run together in three or more capitalised
    words ("MadisonOnTheMove"), as (the person's, the handle's other words):
    "Kimberly_from_Kent" is Kimberly from Kent (the home is no name); "austin_travels",
    "Chelsea_K", "AustinReyes88" and "Wanaka_Wendy" hold words that may be the writer's name
    or place."""
    if " " in name or not (_HANDLE_MARKS.search(name) or len(_CAMEL_WORDS.findall(name)) > 2):
        return [], []
    words = [
        word
        for piece in _HANDLE_MARKS.split(name)
        for word in _CAMEL_WORDS.findall(piece)
        if len(word) > 1
    ]
    lower = [word.lower() for word in words]
    if "from" in lower[1:]:
        return words[: lower.index("from")], []
    return [], words


@lru_cache(maxsize=256)
def banned_names(authors: tuple[str, ...]) -> frozenset[str]:
    """Every name key of a thread's authors (cached: each Doc of a thread asks again)."""
    return frozenset().union(*(author_names(author) for author in authors))


@lru_cache(maxsize=256)
def handle_names(authors: tuple[str, ...]) -> frozenset[str]:
    """Keys of the words of handles joined by marks ("austin_travels" -> "austin", "travels";
    "victoria_b" -> "victoria"): the writer's name or the writer's place, so a person's only
    where the words around them speak to or of a person ("Austin, did you ...")."""
    return frozenset(
        key
        for author in authors
        for key in map(normalize_name, _handle_words(parse_author(author).name)[1])
        if key
    )


@lru_cache(maxsize=256)
def handle_words(authors: tuple[str, ...]) -> frozenset[str]:
    """The banned keys that only the words of a run-together name give ("KrakowKasia" ->
    "krakow", "kasia"): such a handle is often made of the writer's place, so its words are
    places where the words around them say so ("Greetings from Krakow")."""
    parts: set[str] = set()
    whole: set[str] = set()
    for author in authors:
        parsed = parse_author(author)
        forms = {parsed.line, parsed.name, *parsed.name.split(), *COUPLE.split(parsed.name),
                 parsed.site, parsed.handle}
        forms.update(_handle_words(parsed.name)[0])
        keys = {normalize_name(form) for form in forms if form}
        whole.update(keys)
        parts.update(author_names(author) - keys - {normalize_name(f"@{parsed.handle}")})
    return frozenset(parts - whole)


@lru_cache(maxsize=256)
def surnames(authors: tuple[str, ...]) -> frozenset[str]:
    """Keys of the words after the first of a commenter's name of two or more words ("Tony
    Messina" -> "messina", "Jess Darwin" -> "darwin"), unless another commenter goes by that
    word alone or first: a commenter is called by the first name, and a surname is often the
    town the family came from ("my nonna is from Messina"), so a surname gives way to the
    words of a place around it, weak ones too."""
    last: set[str] = set()
    first: set[str] = set()
    for author in authors:
        words = parse_author(author).name.split()
        first.add(normalize_name(words[0]) if words else "")
        last.update(normalize_name(word) for word in words[1:])
    return frozenset(last - first - {""})


def thread_authors(authors: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct author lines in a stable order, as the Doc extension carries them."""
    return tuple(sorted({author for author in authors if author}))
