"""What a text states about one leg: its duration, distance and mode ("3h", "a four-hour drive",
"about 250 km", "the overnight train"). Stated facts beat the travel model's estimates.

The cue words (number words, mode words) are data: ``data/stated_cues.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from itinerary.models import Mode


@dataclass(frozen=True, slots=True)
class Facts:
    hours: float | None = None
    km: float | None = None
    mode: Mode | None = None


@cache
def cues() -> dict[str, object]:
    """The cue file shared by stated itineraries and leg facts."""
    path = resources.files("itinerary.trips").joinpath("data/stated_cues.json")
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int],
                         tuple[tuple[Mode, re.Pattern[str]], ...]]:
    numbers: dict[str, int] = cues()["numbers"]  # type: ignore[assignment]
    words = "|".join(sorted((re.escape(w) for w in numbers), key=len, reverse=True))
    number = rf"(?:\d+(?:[.,]\d+)?|{words})"
    duration = re.compile(
        rf"\b(?P<n>{number})(?P<half>\s+and\s+a\s+half|\s*½)?[\s-]*"
        rf"(?P<unit>h(?:ou)?rs?|h\b|minutes?|mins?)\b(?:\s*(?P<min>\d{{1,2}})\s*(?:m(?:in)?s?)?\b)?"
        rf"|\b(?P<hh>\d{{1,2}})h(?P<mm>\d{{2}})\b",
        re.IGNORECASE)
    distance = re.compile(rf"\b(?P<n>{number})\s*(?P<unit>km|kilomet(?:er|re)s?|mi|miles?)\b",
                          re.IGNORECASE)
    modes: dict[str, list[str]] = cues()["modes"]  # type: ignore[assignment]
    mode_patterns = tuple(
        (mode, re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE))
        for mode, words in modes.items())
    return duration, distance, numbers, mode_patterns  # type: ignore[return-value]


def _number(text: str, numbers: dict[str, int]) -> float:
    key = text.lower()
    return float(numbers[key]) if key in numbers else float(text.replace(",", "."))


def stated_hours(text: str) -> float | None:
    """The first duration ``text`` states, in hours ("3h", "four and a half hours", "2h30")."""
    duration, _, numbers, _ = _patterns()
    match = duration.search(text)
    if match is None:
        return None
    if match.group("hh"):
        return int(match.group("hh")) + int(match.group("mm")) / 60
    value = _number(match.group("n"), numbers)
    if match.group("half"):
        value += 0.5
    if match.group("unit").lower().startswith("m"):
        return value / 60
    if match.group("min"):
        value += int(match.group("min")) / 60
    return value


def stated_km(text: str) -> float | None:
    """The first distance ``text`` states, in kilometres (miles converted)."""
    _, distance, numbers, _ = _patterns()
    match = distance.search(text)
    if match is None:
        return None
    value = _number(match.group("n"), numbers)
    return value * 1.609344 if match.group("unit").lower().startswith("mi") else value


def stated_mode(text: str) -> Mode | None:
    """The mode whose word comes last in ``text`` (nearest to what follows it)."""
    best: tuple[int, Mode] | None = None
    for mode, pattern in _patterns()[3]:
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), mode)
    return best[1] if best else None


def read_facts(text: str) -> Facts:
    return Facts(hours=stated_hours(text), km=stated_km(text), mode=stated_mode(text))
