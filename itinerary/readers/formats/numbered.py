"""Comments opened by their number: alone under a "N Comments" heading ("1.", "#2", "Comment 3"),
where the writer is "Commenter N", never a word of the text; or with the writer's name on the
same line ("#12 Name — DATE", "Comment 3 by Name", "12. Name said on DATE:", the patterns of
``header`` in ``data/formats.json``). The numbers must run 1, 2, 3 ... to be believed, so a
numbered list in the post is not taken for comments."""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    Anchor,
    Parsed,
    comments_at,
    format_data,
    is_name,
    page_end,
    post_end,
)

_NAMED = [re.compile(rf"^\s*{e}\s*$", re.IGNORECASE) for e in format_data("numbered")["header"]]


class Numbered:
    name = "numbered"
    label = "numbered comments"
    _NUMBER = re.compile(r"^\s*(?:#|no\.\s*|comment\s+)?(?P<n>\d{1,4})[.):]?\s*$", re.I)

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors: list[Anchor] = []
        for i, line in enumerate(lines):
            match = self._NUMBER.match(line)
            if match and int(match.group("n")) == len(anchors) + 1:
                n = len(anchors) + 1
                anchors.append(Anchor(i, i + 1, f"Commenter {n}"))
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
            return 0
        heading = post_end(self.name, lines, 0, anchors[0].first)
        return len(anchors) if heading < anchors[0].first else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._named(lines)
        if len(anchors) < 2:
            anchors = self._anchors(lines)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        heading = post_end(self.name, lines, 0, first)
        return Parsed(post_lines=lines[:heading], comments=comments_at(lines, anchors, end))
