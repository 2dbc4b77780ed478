"""Travel forums copied as text: a question and its replies, each under a member block.

TripAdvisor numbers its posts ("2. Re: <title>" under the member's name and badges); phpBB writes
"Post by NAME » DATE" under a "Re:" subject and a profile block; Lonely Planet's Thorn Tree,
Fodor's, Rick Steves and vBulletin-style boards put a "Posted on DATE" line under the member's
name. In every one the first post is the thread's post, and the member lines (post counts, badges,
"Joined:", "Location:") belong to no one's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    Anchor,
    Comment,
    Parsed,
    comments_at,
    is_date_line,
    is_name,
    line_pattern,
    page_end,
)


def _member_line(text: str) -> bool:
    pattern = line_pattern("forum", "member")
    return pattern is not None and pattern.match(text) is not None


def _block_above(lines: Sequence[str], i: int) -> int:
    """First line of the member block that ends just above line ``i`` (the name line)."""
    j = i
    while j > 0 and lines[j - 1].strip():
        j -= 1
    return j


def _split(lines: list[str], anchors: list[Anchor], name: str,
           title: str | None = None) -> Parsed:
    """The first anchor is the post, the others its replies; lines above the post are the
    forum's header, of which only the title is kept."""
    if not anchors:
        return Parsed(post_lines=lines, comments=[])
    end = page_end(name, lines, anchors[-1].stop)
    found = comments_at(lines, anchors, end)
    post: Comment = found[0]
    if title is None:
        above = [line.strip() for line in lines[: anchors[0].first] if line.strip()]
        chrome = line_pattern(name, "chrome")
        above = [t for t in above if chrome is None or not chrome.match(t)]
        title = above[-1] if above else None
    return Parsed(post_lines=post.lines, comments=found[1:], title=title,
                  post_author=post.author, post_date=post.date)


class TripAdvisor:
    """ "N. Re: <title>" under the member's name, badges and post count; a date line below."""

    name = "tripadvisor"
    label = "TripAdvisor forum"
    _NUMBERED = re.compile(r"^\s*(?P<n>\d{1,4})\.\s+(?P<re>re:\s*)?(?P<title>\S.{0,200})$", re.I)

    def _anchors(self, lines: Sequence[str]) -> list[tuple[int, re.Match[str]]]:
        found = []
        expected = None
        for i, line in enumerate(lines):
            match = self._NUMBERED.match(line)
            if not match or i + 1 >= len(lines) or not is_date_line(lines[i + 1].strip()):
                continue
            n = int(match.group("n"))
            if expected is not None and n != expected:
                continue
            if (n > 1 or expected is not None) and not match.group("re"):
                continue
            found.append((i, match))
            expected = n + 1
        return found

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        return 2 * len(found) if len(found) >= 2 else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = []
        title = None
        for i, match in self._anchors(lines):
            first = _block_above(lines, i)
            author = lines[first].strip() if first < i else "Anonymous"
            stop = i + 2
            if title is None:
                title = match.group("title").strip()
            anchors.append(Anchor(first, stop, author, lines[i + 1].strip()))
        return _split(lines, anchors, self.name, title)


class PhpBB:
    """ "Post by NAME » DATE" (or "by NAME » DATE") under a subject and a profile block."""

    name = "phpbb"
    label = "phpBB forum"
    _POST_BY = re.compile(r"^\s*(?:post )?by (?P<author>\S.{0,40}?)\s*»\s*(?P<date>.+?)\s*$", re.I)

    def score(self, lines: Sequence[str]) -> float:
        found = sum(1 for line in lines if self._POST_BY.match(line))
        return 2 * found if found >= 1 else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = []
        title = None
        for i, line in enumerate(lines):
            match = self._POST_BY.match(line)
            if not match:
                continue
            first = _block_above(lines, i)  # the subject line(s)
            if title is None and first < i:
                title = lines[first].strip()
            k = first - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            if k >= 0:
                profile = _block_above(lines, k + 1)
                block = [t.strip() for t in lines[profile:k + 1]]
                if (block and block[0] == match.group("author").strip()) or any(
                        _member_line(t) for t in block[1:]):
                    first = profile
            anchors.append(Anchor(first, i + 1, match.group("author"), match.group("date")))
        return _split(lines, anchors, self.name, title)


class PostedForum:
    """A member's name (then member lines) over "Posted on DATE" / "Posted: DATE" / "#N"."""

    name = "forum"
    label = "forum"
    _POSTED = re.compile(r"^\s*(?:posted|replied|written)(?: on|:)?\s+(?P<date>.{4,50}?)\s*$"
                         r"|^\s*#(?P<n>\d{1,5})\s*$", re.I)

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors = []
        for i, line in enumerate(lines):
            match = self._POSTED.match(line)
            if not match:
                continue
            date = match.group("date")
            if date is not None and not is_date_line(date) and "ago" not in date:
                continue
            first = _block_above(lines, i)
            names = [t.strip() for t in lines[first:i]
                     if t.strip() and not _member_line(t.strip())]
            if date is None and i + 1 < len(lines) and lines[i + 1].strip():
                names = names or [lines[i + 1].strip()]  # "#2" above the name
            if not names or not is_name(re.sub(r"\s*\(op\)\s*$", "", names[0], flags=re.I)):
                continue
            author = re.sub(r"\s*\(op\)\s*$", "", names[0], flags=re.I)
            stop = i + 1
            while stop < len(lines) and lines[stop].strip() and (
                    _member_line(lines[stop].strip()) or lines[stop].strip() == author):
                stop += 1
            anchors.append(Anchor(first, stop, author, date))
        return anchors

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        return len(found) if len(found) >= 2 else 0

    def parse(self, lines: list[str]) -> Parsed:
        return _split(lines, self._anchors(lines), self.name)
