"""A pattern read over a text once, then asked about many offsets in it.

Reading a text from its start up to each cue or name made a long text of many cues quadratic;
here the text is read once and each question reads again only a short stretch before its offset.
"""

from __future__ import annotations

import re
from bisect import bisect_right

LOOKAHEAD = 200  # characters a cue pattern may read past its match, with room to spare


class LastBefore:
    """The end of the last match that reading ``text`` only up to an offset finds.

    Reading up to ``at`` is not reading the whole text and keeping the matches before ``at``:
    a pattern that looks ahead sees no further than ``at`` (", and a day trip to Sintra too"
    has a clause opening after "and" when read up to "day trip"). So the last ``LOOKAHEAD``
    characters before ``at`` are read again, that way; before them the whole text's matches
    stand."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern, self.text = pattern, text
        found = list(pattern.finditer(text))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]

    def end(self, at: int, default: int = 0) -> int:
        """``max(m.end() for m in pattern.finditer(text, 0, at))``, else ``default``."""
        from_ = max(at - LOOKAHEAD, 0)
        i = bisect_right(self.starts, from_) - 1
        if i >= 0 and self.ends[i] > from_:  # a match across the cut is read again
            from_ = self.starts[i]
            i -= 1
        near = [m.end() for m in self.pattern.finditer(self.text, from_, at)]
        return near[-1] if near else (self.ends[i] if i >= 0 else default)
