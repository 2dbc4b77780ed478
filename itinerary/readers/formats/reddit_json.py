"""Reddit's own JSON: what a thread URL gives with ``.json`` added.

A list of two Listings: the first holds the post (kind ``t3``: ``title``, ``selftext``,
``author``), the second the comments (kind ``t1``: ``body``, ``author``, ``replies`` - another
Listing, or "" when there are none). ``more`` stubs (comments not loaded) are counted and skipped;
``body_html`` repeats ``body`` and is not read.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from itinerary.errors import InputError
from itinerary.models import Section, Thread

NAME = "reddit-json"
LABEL = "Reddit JSON"


def is_listing(value: Any) -> bool:
    """True for a Reddit Listing or a list that starts with one."""
    if isinstance(value, list) and value:
        value = value[0]
    return isinstance(value, dict) and value.get("kind") == "Listing"


def thread_from_listing(value: Any, source: str) -> Thread:
    """The thread of a Reddit listing; a comment tree it cannot read is skipped and said so."""
    listings = value if isinstance(value, list) else [value]
    children = [child for listing in listings for child in _children(listing, source)]
    posts = [c.get("data", {}) for c in children if c.get("kind") == "t3"]
    if not posts:
        raise InputError(f"{source}: a Reddit listing without the post (no t3 entry)")
    post = posts[0]
    title = _text(post.get("title"))
    body = _text(post.get("selftext"))
    text = f"{title}\n\n{body}".strip() if title and not body.startswith(title) else body
    sections = [Section(id="post", author=_author(post), text=text, title=title,
                        date=_date(post.get("created_utc")))]
    skipped = {"more": 0, "bad": 0}
    top = [c for listing in listings[1:] for c in _children(listing, source)]
    if len(listings) < 2:
        top = [c for c in children if c.get("kind") == "t1"]
    ids: dict[str, str] = {}
    _walk(top, None, sections, ids, skipped)
    warnings = []
    if skipped["more"]:
        warnings.append(f"skipped {skipped['more']} comment(s) not loaded in the listing "
                        "(\"more\" stubs)")
    if skipped["bad"]:
        warnings.append(f"skipped {skipped['bad']} entry(ies) that are not comments")
    if len(listings) < 2 or not isinstance(listings[1], dict) or "children" not in (
            listings[1].get("data") or {}):
        warnings.append("the listing has no comment tree (no second Listing with children)")
    return Thread(sections=tuple(sections), source=source, format=NAME,
                  warnings=tuple(warnings))


def _children(listing: Any, source: str) -> list[dict[str, Any]]:
    if not isinstance(listing, dict):
        return []
    data = listing.get("data")
    children = data.get("children") if isinstance(data, dict) else None
    return [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []


def _walk(children: list[dict[str, Any]], parent: str | None, sections: list[Section],
          ids: dict[str, str], skipped: dict[str, int]) -> None:
    """Depth-first, in the order of the ``replies`` tree: what a reader sees on the page."""
    for child in children:
        kind = child.get("kind")
        raw = child.get("data")
        data: dict[str, Any] = raw if isinstance(raw, dict) else {}
        if kind == "more":
            skipped["more"] += int(data.get("count") or len(data.get("children") or []) or 1)
            continue
        body = _text(data.get("body"))
        if kind != "t1" or not body or body in ("[deleted]", "[removed]"):
            skipped["bad"] += 1
            continue
        section_id = f"comment-{len(sections)}"
        sections.append(Section(id=section_id, author=_author(data), text=body,
                                date=_date(data.get("created_utc")), parent=parent))
        replies = data.get("replies")
        if isinstance(replies, dict):
            _walk(_children(replies, ""), section_id, sections, ids, skipped)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _author(data: dict[str, Any]) -> str | None:
    author = data.get("author")
    return author if isinstance(author, str) and author not in ("", "[deleted]") else None


def _date(value: Any) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    return None
