"""Boards that open every post with the writer's name over a date line and nothing else
(Discourse, Fodor's, many small forums and comment plugins)::

    hill_walker          <- the name, alone on its line after a blank line
    Jul 15 '25           <- a date line (member lines such as "Posts: 12" may come between)

When the page starts with only a title above the first such header, that first post is the
thread's post and its writer the post's author.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    Anchor,
    Parsed,
    comments_at,
    is_date_line,
    is_name,
    line_pattern,
    page_end,
    post_end,
)

_TITLE_ONLY_CHARS = 200  # text above the first header, at most: then it is the post's header


def _member_line(text: str) -> bool:
    pattern = line_pattern("forum", "member")
    return pattern is not None and pattern.match(text) is not None


_RELATIVE = re.compile(r"^\s*\d+\s*[a-z]{1,7}\.?\s+ago\s*$|^\s*\d+[smhdwy]\s*$", re.I)


def _dated(line: str) -> bool:
    return is_date_line(line.strip()) or _RELATIVE.match(line) is not None


class NameOverDate:
    name = "name-date"
    label = "forum (name over date)"

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors = []
        chrome = line_pattern(self.name, "chrome")
        for i, line in enumerate(lines):
            if (i and lines[i - 1].strip() and not (chrome and chrome.match(lines[i - 1]))) or (
                    not is_name(line, max_words=4)) or _member_line(line.strip()):
                continue
            j = i + 1
            free = 1  # one short line of another kind may come between: the writer's home town
            while j < len(lines) and j <= i + 6 and lines[j].strip() and not _dated(lines[j]):
                if not _member_line(lines[j].strip()):
                    if free == 0 or not is_name(lines[j], max_words=6):
                        break
                    free -= 1
                j += 1
            if j < len(lines) and _dated(lines[j]):
                stop = j + 1  # member lines under the date ("312 posts") are the header's too
                while stop < len(lines) and lines[stop].strip() and _member_line(
                        lines[stop].strip()):
                    stop += 1
                anchors.append(Anchor(i, stop, line.strip(), lines[j].strip()))
        return anchors

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        return 0.5 * len(found) if len(found) >= 2 else 0  # specific markers win

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        if not anchors:
            return Parsed(post_lines=lines, comments=[])
        end = page_end(self.name, lines, anchors[-1].stop)
        found = comments_at(lines, anchors, end)
        chrome = line_pattern(self.name, "chrome")
        above = [t.strip() for t in lines[: anchors[0].first]
                 if t.strip() and not (chrome and chrome.match(t))]
        if sum(len(t) for t in above) <= _TITLE_ONLY_CHARS and len(above) <= 3:
            post = found.pop(0)  # the first post is the thread's post; the title its longest line
            return Parsed(post_lines=post.lines, comments=found,
                          title=max(above, key=len) if above else None, post_author=post.author,
                          post_date=post.date)
        stop = post_end(self.name, lines, 0, anchors[0].first)
        return Parsed(post_lines=lines[:stop], comments=found)



