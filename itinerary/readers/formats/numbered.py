"""Comments opened by their number under a "N Comments" heading: alone ("1.", "#2", "Comment 3"),
where the writer is "Commenter N", never a word of the text, or over the words with a name
("1. Name", "2) Name — DATE"); or, with no heading, with the writer's name on the
same line ("#12 Name — DATE", "Comment 3 by Name", "12. Name said on DATE:", the patterns of
``header`` in ``data/formats.json``); or, numbered from the thread's own first post, "1. Name"
alone over the words when a writer comes back. The numbers must run 1, 2, 3 ... to be
believed, so a numbered list in the post is not taken for comments."""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    Anchor,
    Parsed,
    bare_name,
    comments_at,
    format_data,
    is_name,
    page_end,
    post_end,
)

_NAMED = [re.compile(rf"^\s*{e}\s*$", re.IGNORECASE) for e in format_data("numbered")["header"]]
_UNHEADED = 3  # numbered posts believed without a comments heading
_BARE = re.compile(rf"^\s*{format_data('numbered')['bare']}\s*$", re.IGNORECASE)


class Numbered:
    name = "numbered"
    label = "numbered comments"

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        """Anchors of bare numbers under the comments heading, in order; all of them name a
        writer or none does (a comment's own "1." list under a named one is not a header)."""
        anchors: list[Anchor] = []
        named: bool | None = None
        for i in range(post_end(self.name, lines, 0, len(lines)), len(lines)):
            match = _BARE.match(lines[i])
            if not match or int(match.group("n")) != len(anchors) + 1:
                continue
            author = match.group("author")
            if author is not None and not is_name(author, max_words=4):
                continue
            if named is not None and named != (author is not None):
                continue
            named = author is not None
            anchors.append(Anchor(i, i + 1, author or f"Commenter {len(anchors) + 1}",
                                  match.group("date")))
        return anchors

    def _unheaded(self, lines: Sequence[str]) -> list[Anchor]:
        """With no comments heading, "1. Name" lines alone over words, numbered from the
        thread's first post (a forum's posts copied with their numbers): believed only when a
        writer comes back, as a numbered list of places or tips never repeats an item."""
        anchors: list[Anchor] = []
        for i, line in enumerate(lines):
            match = _BARE.match(line)
            if (match and (author := match.group("author")) is not None
                    and int(match.group("n")) == len(anchors) + 1
                    and is_name(author, max_words=4)
                    and i + 1 < len(lines) and lines[i + 1].strip()
                    and not _BARE.match(lines[i + 1])):
                anchors.append(Anchor(i, i + 1, author, match.group("date")))
        writers = [bare_name(a.author) for a in anchors]
        if len(anchors) < _UNHEADED or len(set(writers)) == len(writers):
            return []
        return anchors

    def _named(self, lines: Sequence[str]) -> list[Anchor]:
        """Anchors of "#N Name — DATE" lines, one pattern for the whole page, numbers in order."""
        best: list[Anchor] = []
        for pattern in _NAMED:
            anchors: list[Anchor] = []
            for i, line in enumerate(lines):
                match = pattern.match(line)
                if (match and int(match.group("n")) == len(anchors) + 1
                        and is_name(match.group("author"), max_words=4)):
                    anchors.append(Anchor(i, i + 1, match.group("author"), match.group("date")))
            best = max(best, anchors, key=len)
        return best

    def score(self, lines: Sequence[str]) -> float:
        if len(named := self._named(lines)) >= 2:
            return 2 * len(named)
        anchors = self._anchors(lines)
        if len(anchors) < 2:
            anchors = self._unheaded(lines)
        return len(anchors) if len(anchors) >= 2 else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._named(lines)
        if len(anchors) < 2:
            anchors = self._anchors(lines)
        if len(anchors) < 2 and len(unheaded := self._unheaded(lines)) >= 2:
            # numbered from the thread's first post: the first is the post, under the title
            end = page_end(self.name, lines, unheaded[-1].stop)
            opening, *replies = comments_at(lines, unheaded, end)
            return Parsed(post_lines=lines[: unheaded[0].first] + opening.lines,
                          comments=replies, post_author=opening.author, post_date=opening.date)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        heading = post_end(self.name, lines, 0, first)
        return Parsed(post_lines=lines[:heading], comments=comments_at(lines, anchors, end))
