"""The writers a text reader finds on a pasted page, in page order: what the reader tests of
pasted pages compare with the writers their pages were written with."""

from __future__ import annotations

from itinerary.readers.formats import read_text


def writers(page: str, named_only: bool = False) -> list[str | None]:
    """Each section's writer; with ``named_only``, sections of no writer (a page's head that
    names nobody, a business page above its reviews) are left out."""
    sections = read_text(page, "page.txt").sections
    return [s.author for s in sections if s.author or not named_only]
