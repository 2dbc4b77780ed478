"""Comments under a "N Comments" heading, each opened by its number alone ("1.", "#2",
"Comment 3") with no name line: the writer is "Commenter N", never a word of the text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import Anchor, Parsed, comments_at, page_end, post_end


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

    def score(self, lines: Sequence[str]) -> float:
        anchors = self._anchors(lines)
        if len(anchors) < 2:
            return 0
        heading = post_end(self.name, lines, 0, anchors[0].first)
        return len(anchors) if heading < anchors[0].first else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        heading = post_end(self.name, lines, 0, first)
        return Parsed(post_lines=lines[:heading], comments=comments_at(lines, anchors, end))
