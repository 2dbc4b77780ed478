"""Dates as comment lines write them -> ISO dates.

Absolute dates ("July 11, 2015 at 2:03 AM", "Tue Oct 15, 2019 9:12 pm", "Jul 15 '25") go through
python-dateutil's parser; relative ones ("3y", "29d ago", "15 years ago") are counted back from the
date the page was captured, and stay unparsed (None) when the page does not say when that was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from itertools import pairwise
from typing import TypeVar

from dateutil import parser
from dateutil.relativedelta import relativedelta

# unit words of relative dates -> relativedelta keyword
_UNITS = {
    "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
    "mo": "months", "mos": "months", "month": "months", "months": "months",
    "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "d": "days", "day": "days", "days": "days",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes",
    "minutes": "minutes",
}
_RELATIVE = re.compile(
    r"^(?P<n>\d+|an?|one)\s*(?P<unit>[a-z]+)\.?(?:\s+ago)?$", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"(?<=\s)'(\d{2})\b")
# "3 Mar 2025 9.14": a time written with a full stop after a date (British papers' comments)
_DOT_TIME = re.compile(r"(?<=\s)(\d{1,2})\.(\d{2})(?=\s*(?:[ap]\.?m\.?)?\s*$)", re.IGNORECASE)
_NEWEST_FIRST = 4  # so many steps back in time for each one forward: newest first
_NO_YEAR = datetime(1, 1, 1)  # a date without a year is not a date we can place
_NOISE = re.compile(r"\s*(?:·|•|\|)\s*(?:edited.*)?$|\bat\b|(?<=\s)@\s*(?=\d)"
                    r"|(?<=\d)(?:st|nd|rd|th)\b"
                    r"|\((?:mon|tue|wed|thu|fri|sat|sun)\)", re.IGNORECASE)  # "03/04/25(Tue)12:34"


def iso_date(text: str, captured: str | None = None) -> str | None:
    """The ISO date (YYYY-MM-DD) a date text names, or None when it names none for certain."""
    text = text.strip()
    relative = _RELATIVE.match(text)
    if relative:
        unit = _UNITS.get(relative.group("unit").lower())
        if unit is None or captured is None:
            return None
        base = _absolute(captured)
        if base is None:
            return None
        n = relative.group("n").lower()
        count = 1 if n in ("a", "an", "one") else int(n)
        return (base - relativedelta(**{unit: count})).date().isoformat()
    found = _absolute(text)
    return found.date().isoformat() if found else None


def timestamp(text: str) -> str | None:
    """When a date text says, to the second, as ISO text (sortable), or None."""
    found = _absolute(text.strip())
    return found.isoformat() if found else None


_T = TypeVar("_T")


def oldest_first(items: Sequence[_T], times: Sequence[float | str | None]) -> list[_T]:
    """The items oldest first when they are listed newest first (nearly every one older than the
    one before it: a messenger's download, a mail chain pasted from its newest message down);
    any other order (a page's, replies by votes) kept. ``times`` are numbers or ISO texts, one
    kind throughout; items of one time keep their reversed order."""
    if len(items) < 2 or any(time is None for time in times) or len(
            {type(time) for time in times}) > 1:
        return list(items)
    keys = [(time if isinstance(time, str) else f"{time:020.3f}") for time in times]
    older = sum(a > b for a, b in pairwise(keys))
    newer = sum(a < b for a, b in pairwise(keys))
    if not older or older < _NEWEST_FIRST * newer:
        return list(items)
    return [item for _, item in sorted(reversed(list(zip(keys, items, strict=True))),
                                       key=lambda pair: pair[0])]


def _absolute(text: str) -> datetime | None:
    text = _SHORT_YEAR.sub(lambda m: f" 20{m.group(1)}", f" {text}").strip()
    text = _DOT_TIME.sub(r"\1:\2", _NOISE.sub(" ", text).strip())
    if not any(c.isdigit() for c in text):
        return None
    try:
        found = parser.parse(text, default=_NO_YEAR, ignoretz=True)  # the day is all we keep
    except (ValueError, OverflowError, parser.ParserError):
        return None
    return None if found.year == _NO_YEAR.year else found
