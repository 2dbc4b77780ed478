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
    member_line,
    page_end,
    stamp,
)


def _block_above(lines: Sequence[str], i: int) -> int:
    """First line of the member block that ends just above line ``i`` (the name line)."""
    j = i
    while j > 0 and lines[j - 1].strip():
        j -= 1
    return j


def _member_block_below(lines: Sequence[str], i: int) -> tuple[int, str | None]:
    """(line after it, name) of a name-and-member-lines block starting at or after ``i``."""
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    k = j + 1
    while k < len(lines) and lines[k].strip() and member_line(lines[k].strip()):
        k += 1
    if j < len(lines) and k > j + 1 and is_name(lines[j]):
        return k, lines[j].strip()
    return i, None


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
                  post_author=post.author, post_date=post.date, post_home=post.home)


class TripAdvisor:
    """ "N. Re: <title>" under the member's name, badges and post count; a date line below.
    The question itself is "1. <title>" on older pages and unnumbered on newer ones."""

    name = "tripadvisor"
    label = "TripAdvisor forum"
    _NUMBERED = re.compile(r"^\s*(?P<n>\d{1,4})\.\s+(?P<re>re:\s*)?(?P<title>\S.{0,200})$", re.I)
    _REPLY_TO = re.compile(r"^\s*reply to:\s*(\S.{0,60}?)\s*$", re.I)

    def _date_after(self, lines: Sequence[str], i: int) -> int | None:
        """Index of the date line just under line ``i`` (a blank line may come between)."""
        for j in range(i + 1, min(i + 3, len(lines))):
            if lines[j].strip():
                return j if is_date_line(lines[j].strip()) else None
        return None

    def _anchors(self, lines: Sequence[str]) -> list[tuple[int, int, re.Match[str]]]:
        found = []
        expected = None
        for i, line in enumerate(lines):
            match = self._NUMBERED.match(line)
            date = self._date_after(lines, i) if match else None
            if not match or date is None:
                continue
            n = int(match.group("n"))
            if expected is not None and n != expected:
                continue
            if (n > 1 or expected is not None) and not match.group("re"):
                continue
            found.append((i, date, match))
            expected = n + 1
        return found

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        return 2 * len(found) if len(found) >= 2 else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = []
        title = None
        found = self._anchors(lines)
        for i, date, match in found:
            first = _block_above(lines, i)
            author = lines[first].strip() if first < i else "Anonymous"
            stop = date + 1
            if first == i:  # no member block above: it may sit under the date
                stop, below = _member_block_below(lines, stop)
                author = below or author
            if title is None:
                title = match.group("title").strip()
            anchors.append(Anchor(first, stop, author, lines[date].strip()))
        if found and found[0][2].group("re"):  # the question is not numbered: it is above
            parsed = self._unnumbered_question(lines, anchors, title)
        else:
            parsed = _split(lines, anchors, self.name, title)
        for comment in parsed.comments:  # "Reply to: NAME" answers NAME's last post
            replied = next((m.group(1) for line in comment.lines[:3]
                            if (m := self._REPLY_TO.match(line))), None)
            if replied and replied != parsed.post_author:
                comment.parent_author, comment.depth = replied, 1
        return parsed

    def _unnumbered_question(self, lines: list[str], anchors: list[Anchor],
                             title: str | None) -> Parsed:
        """The question above the first reply: its title line, then its member block and date,
        then the text."""
        end = page_end(self.name, lines, anchors[-1].stop)
        question = list(lines[: anchors[0].first])
        start = 0
        author = date = None
        for k, line in enumerate(question):
            if title and line.strip() == title:
                start = k + 1
        for k in range(start, len(question)):
            if is_date_line(question[k].strip()):
                block = _block_above(question, k)
                names = [t.strip() for t in question[block:k]
                         if t.strip() and not member_line(t.strip())]
                if names and is_name(names[0]):
                    author, date, start = names[0], question[k].strip(), k + 1
                break
        return Parsed(post_lines=question[start:], comments=comments_at(lines, anchors, end),
                      title=title, post_author=author, post_date=date)


class PhpBB:
    """ "Post by NAME » DATE" (or "by NAME » DATE") under a subject and a profile block."""

    name = "phpbb"
    label = "phpBB forum"
    _POST_BY = re.compile(r"^\s*(?:post\s*)?by (?P<author>\S.{0,40}?)\s*»\s*(?P<date>.+?)\s*$",
                          re.I)

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
            first = i - 1 if i and _SUBJECT.match(lines[i - 1]) else i  # the subject line
            if title is None and first < i:
                title = lines[first].strip()
            k = first - 1
            while k >= 0 and not lines[k].strip():
                k -= 1
            if k >= 0 and k < first - 1:  # a profile block, a blank line, then the subject
                profile = _block_above(lines, k + 1)
                block = [t.strip() for t in lines[profile:k + 1]]
                if block[0] == match.group("author").strip() or (
                        is_name(block[0]) and all(member_line(t) for t in block[1:])):
                    first = profile
            anchors.append(Anchor(first, i + 1, match.group("author"), match.group("date")))
        parsed = _split(lines, anchors, self.name, title)
        parsed.post_lines = _without_profile(parsed.post_lines, parsed.post_author)
        for comment in parsed.comments:
            comment.lines = _without_profile(comment.lines, comment.author)
        return parsed


_SUBJECT = re.compile(r"^\s*\S.{0,150}$")  # a subject over "by NAME » DATE": one short line


def _without_profile(lines: list[str], author: str | None) -> list[str]:
    """A post's lines without the writer's member block under them ("kjersti_h" over "Posts:
    14" and "Joined: ..."), which phpBB prints after the words."""
    for m in range(len(lines) - 1, 0, -1):
        if author and lines[m].strip() == author.strip():
            rest = [t.strip() for t in lines[m + 1:] if t.strip()]
            chrome = line_pattern("phpbb", "chrome")
            if rest and all(member_line(t) or (chrome and chrome.match(t)) for t in rest):
                return lines[:m]
    return lines


def _profile_above(lines: Sequence[str], i: int) -> int | None:
    """The first line of a name-and-member-lines block that ends, after blank lines, above a
    post's date block starting at ``i`` (a XenForo profile over "Apr 3, 2024" / "#1")."""
    j = i
    while j > 0 and not lines[j - 1].strip():
        j -= 1
    if j == i or j == 0:
        return None
    first = _block_above(lines, j - 1)
    block = [t.strip() for t in lines[first:j] if t.strip()]
    if len(block) > 1 and is_name(block[0]) and all(member_line(t) for t in block[1:]):
        return first
    return None


class PostedForum:
    """A member's name (then member lines) over "Posted on DATE" / "Posted: DATE" / "#N", or
    one line "Posted by NAME, HOME, 4/2/23" (Rick Steves, Fodor's)."""

    name = "forum"
    label = "forum"
    _POSTED = re.compile(r"^\s*(?:posted|replied|written)(?: on|:)?\s+(?P<date>.{4,50}?)\s*$"
                         r"|^\s*#(?P<n>\d{1,5})\s*$"
                         # SMF: "« Reply #1 on: June 2, 2025, 09:30:11 AM »" under the subject
                         r"|^\s*«?\s*(?:reply\s+#\d{1,5}\s+)?on:\s+(?P<on>.{4,50}?)\s*»?\s*$",
                         re.I)
    # vBulletin's post bar: "Old 11-27-2026, 02:03 PM  #2", "Today, 14:03 #1"; the name is below
    _DATED_NUMBER = re.compile(r"^\s*(?:old\s+)?(?P<date>\S.{3,40}?)\s+#\d{1,5}\s*$", re.I)
    _OLD = re.compile(r"^\s*old\s+", re.I)  # the post icon's alt text before vBulletin's date

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors = []
        posted_by = line_pattern(self.name, "posted_by")
        for i, line in enumerate(lines):
            if posted_by is not None and (by := posted_by.match(line)) is not None:
                anchors.append(Anchor(i, i + 1, by.group("author").strip(), by.group("date"),
                                      home=by.group("home")))
                continue
            match = self._POSTED.match(line)
            bar = self._DATED_NUMBER.match(line) if not match else None
            if bar is not None and stamp(bar.group("date")) is None:
                continue
            if not match and bar is None:
                continue
            date = (match or bar).group("date")  # type: ignore[union-attr]
            if match is not None and match.group("on"):
                date = match.group("on")
            if (date is not None and not is_date_line(date) and "ago" not in date and not bar
                    and stamp(date) is None):  # "Posted June 3": a date without its year
                continue
            first = _block_above(lines, i)
            block = [self._OLD.sub("", t.strip()) for t in lines[first:i] if t.strip()]
            if date is None:  # "#3" under a date line: XenForo, vBulletin
                date = next((t for t in block if is_date_line(t)), None)
            names = [t for t in block if not member_line(t) and not is_date_line(t)]
            if not names and first > 0 and (profile := _profile_above(lines, first)) is not None:
                first, names = profile, [lines[profile].strip()]
            numbered = bar is not None or (match is not None and match.group("n") is not None)
            if numbered and i + 1 < len(lines) and lines[i + 1].strip():
                names = names or [lines[i + 1].strip()]  # "#2" above the name
            if not names or not is_name(re.sub(r"\s*\(op\)\s*$", "", names[0], flags=re.I)):
                continue
            author = re.sub(r"\s*\(op\)\s*$", "", names[0], flags=re.I)
            stop = i + 1
            while stop < len(lines) and (
                    member_line(lines[stop].strip()) or lines[stop].strip() == author
                    or (numbered and not lines[stop].strip() and stop + 1 < len(lines)
                        and member_line(lines[stop + 1].strip()))):
                stop += 1  # vBulletin leaves a blank line inside the member block
            anchors.append(Anchor(first, stop, author, date))
        return anchors

    def _found(self, lines: Sequence[str]) -> list[Anchor]:
        found = self._anchors(lines)
        return found if len(found) >= 2 else _member_blocks(lines)

    def score(self, lines: Sequence[str]) -> float:
        found = self._found(lines)
        return len(found) if len(found) >= 2 else 0

    def parse(self, lines: list[str]) -> Parsed:
        return _split(lines, self._found(lines), self.name)


_MEMBER_BLOCKS = 3  # a page split by member blocks alone shows at least this many


def _member_blocks(lines: Sequence[str]) -> list[Anchor]:
    """Posts headed by the member's name over two member lines or more and no date (a vBulletin
    or Cruise Critic copy: "Senior Member", "Join Date: Jan 2012", "Posts: 2,310"), after a
    blank line; believed when three blocks or more by two members or more head the page."""
    anchors = []
    i = 0
    while i < len(lines):
        if (i and lines[i - 1].strip()) or not is_name(lines[i]) or member_line(lines[i].strip()):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and lines[k].strip() and member_line(lines[k].strip()):
            k += 1
        if k - i - 1 >= 2 and k < len(lines) and lines[k].strip():
            anchors.append(Anchor(i, k, lines[i].strip()))
            i = k
            continue
        i += 1
    writers = {a.author.casefold() for a in anchors}
    return anchors if len(anchors) >= _MEMBER_BLOCKS and len(writers) >= 2 else []
