"""The names a thread's commenters go by, so none of them is ever taken for a place.

An author line carries a person's name and often a handle or a blog name:
"Inna Blair (@innab)", "Howard | Backroad Planet", "RaW (@rambleandwander)". The person's
first and last names are banned one by one (the text says "Thanks Inna" or "Blair, ..."); a
blog name only as a whole, since its words may be real places ("Visit Norway"). A place the
writer gives as their home ("Anna from Bergen") is not part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from gazetteer import normalize_name

_HANDLE = re.compile(r"@([\w.]+)")
_PARENTHESES = re.compile(r"\(([^)]*)\)")
_SITE_SEPARATOR = re.compile("\\s+[|\u2013\u2014@/-]\\s+|\\s*\\|\\s*|,\\s+")
_HOME = re.compile(r"\s+(?:from|in|at|of)\s+.*$", re.IGNORECASE)
_NAME_WORD = re.compile("[^\\W\\d_][\\w'\u2019.-]*")


def author_names(author: str) -> frozenset[str]:
    """Normalized name keys of one author line: the whole, the person's words, handles."""
    keys: set[str] = set()
    handles = _HANDLE.findall(author)
    inner = [part for part in _PARENTHESES.findall(author) if "@" not in part]
    rest = _PARENTHESES.sub(" ", _HANDLE.sub(" ", author)).strip()
    parts = [part.strip() for part in _SITE_SEPARATOR.split(rest) if part.strip()]
    person = _HOME.sub("", parts[0]) if parts else ""
    keys.update(normalize_name(text) for text in (author, *handles, *inner, *parts[1:], person))
    words = _NAME_WORD.findall(person)
    if 1 < len(words) <= 4:
        keys.update(normalize_name(word) for word in words)
    keys.discard("")
    return frozenset(keys)


@lru_cache(maxsize=256)
def banned_names(authors: tuple[str, ...]) -> frozenset[str]:
    """Every name key of a thread's authors (cached: each Doc of a thread asks again)."""
    return frozenset().union(*(author_names(author) for author in authors))


def thread_authors(authors: Iterable[str | None]) -> tuple[str, ...]:
    """The distinct author lines in a stable order, as the Doc extension carries them."""
    return tuple(sorted({author for author in authors if author}))
