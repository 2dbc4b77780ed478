"""The "readers also went to" summary as short text a blogger can paste under a post."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from itinerary.models import PlacePair, ReaderPlace, Report

PHRASES = (  # (relation, one writer, several writers)
    ("visited", "{} has been", "{} have been"),
    ("planning", "{} is planning a trip", "{} are planning a trip"),
    ("wishlist", "{} would like to go", "{} would like to go"),
    ("lives", "{} lives there", "{} live there"),
    ("recommends", "recommended by {}", "recommended by {}"),
    ("advises_against", "{} advises against it", "{} advise against it"),
)
_EVIDENCE = {relation: one.format("").strip() for relation, one, _ in PHRASES}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
NOTHING = "No reader wrote about going anywhere else."
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def readers_text(report: Report, *, titled: bool = False, explain: bool = False) -> str:
    """``titled`` names the thread in the heading, for output holding several threads;
    ``explain`` puts under each place the sentence that says so of each reader."""
    return _render(report, heading=lambda title: title, bold=lambda s: s, escape=lambda s: s,
                   titled=titled, explain=explain)


def readers_markdown(report: Report, *, titled: bool = False, explain: bool = False) -> str:
    return _render(report, heading=lambda title: f"### {title}", bold=lambda s: f"**{s}**",
                   escape=markdown_escape, titled=titled, explain=explain)


def markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _render(report: Report, *, heading: Callable[[str], str], bold: Callable[[str], str],
            escape: Callable[[str], str], titled: bool, explain: bool = False) -> str:
    thread = report.thread
    name = thread.title or thread.id or thread.source
    title = f"Readers also went to ({escape(name)})" if titled else "Readers also went to"
    lines = [heading(title), ""]
    entries = [r for r in report.readers_also_went_to if r.readers]
    if not entries:
        return "\n".join([*lines, NOTHING]) + "\n"
    for entry in entries:
        place = report.place(entry.place_id)
        name = escape(place.name if place else entry.place_id)
        lines.append(f"- {bold(name)}: {'; '.join(_who(entry, escape))}.")
        if explain:
            lines += [f"  - {escape(reader)} ({_EVIDENCE[relation]}): "
                      f"\u201c{escape(_one_line(sentence))}\u201d"
                      for relation, reader, sentence in entry.evidence]
    pairs = [p for p in report.place_pairs if p.readers]
    if pairs:
        lines += ["", heading("Often combined"), ""]
        lines += [f"- {_pair_names(pair, report, bold, escape)} — {_names(pair.readers, escape)}"
                  for pair in pairs]
    return "\n".join(lines) + "\n"


def _who(entry: ReaderPlace, escape: Callable[[str], str]) -> list[str]:
    parts = []
    for relation, one, several in PHRASES:
        names: Sequence[str] = getattr(entry, relation)
        if names:
            parts.append((one if len(names) == 1 else several).format(_names(names, escape)))
    return parts


def _one_line(text: str) -> str:
    """Thread text as one plain line: no line breaks, no control characters."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _pair_names(pair: PlacePair, report: Report, bold: Callable[[str], str],
                escape: Callable[[str], str]) -> str:
    names = []
    for place_id in pair.places:
        place = report.place(place_id)
        names.append(bold(escape(place.name if place else place_id)))
    return " and ".join(names)


def _names(names: Sequence[str], escape: Callable[[str], str]) -> str:
    escaped = [escape(n) for n in names]
    return escaped[0] if len(escaped) == 1 else f"{', '.join(escaped[:-1])} and {escaped[-1]}"
