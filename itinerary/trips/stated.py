"""Itineraries written in the text, in the writer's order.

Three readings, each over the section's stop mentions (mention offsets give the stops):

* lists: day lists ("Day 1: A. Day 2: B and C", "Mon - A / Tue - B") and stay lists ("A - 3
  nights" on consecutive lines) give every stop their entries name, minus what sits in brackets
  and the sights after "A:";
* narrative: consecutive sentences that keep travelling (a travel cue in each; one sentence about
  a stop may sit between two that travel) give every stop they name, minus places the words
  just before rule out ("nicer than A", "near B"), roads, rivers and lakes travelled along, and
  sights inside a stop. A stop after "via", "over", "through" is passed through; "to B via P"
  puts P before B. Advice to someone else ("you could ...") is a separate, recommended trip.
  The title is no move, a day-trip sentence is an outing of its own, and a paragraph break ends
  the narrative unless the next paragraph moves on (never across a written arrow/dash list);
* links: two stops joined by an arrow, a dash, "then", or "from A to B" outside those sentences.

Countries, continents and regions are context, never stops. The cue words are data
(``data/stated_cues.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate, pairwise

from gazetteer.models import Place
from itinerary.models import Itinerary, Leg, Mode, Relation, Resolution, Section, Thread
from itinerary.trips.facts import cues, read_facts, stated_mode
from itinerary.trips.roles import is_stop
from itinerary.trips.scan import LastBefore
from itinerary.trips.travel import Travel, rough_km

_QUALIFIER = (r"(?:(?:international\s+)?(?:airport|city|town|village|centre|center|station"
              r"|harbou?r|port)\b\s*)?(?:,\s*[^\W\d_][\w'\u2019. -]{0,30}?\s*)?")
_SIGNS = r"-{1,2}>|\u2192|\u27f6|=>|\u21d2|>|\u2013|\u2014|-"  # arrows, en/em dash, hyphen
# An aside in brackets may sit before the sign: "Florence (4n) > Siena".
_ARROW = re.compile(rf"^\s*{_QUALIFIER}(?:\([^()\n]{{1,25}}\)\s*)?(?P<sign>{_SIGNS})\s*\(?\s*$")
_THEN = re.compile(r"^\s*[,;]?\s*(?:and\s+)?(?:then|after that|afterwards|followed by)\b"
                   r"[^.!?;\n]{0,40}$", re.IGNORECASE)
_TO = re.compile(r"^\s*\(?\s*,?\s*(?:and\s+)?(?:(?:then|on|onwards?|back|up|down|over|north"
                 r"|south|east|west)\s+)*(?:to|into)\s*$", re.IGNORECASE)
_FURTHER = re.compile(r"^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:further|farther|on|onwards?|later"
                      r"|eventually|finally)\b[^.!?;\n]{0,25}?\b(?:to|into)\s*$", re.IGNORECASE)
_MOVE = re.compile(
    r"\b(?:drive|drove|driven|driving|head(?:ed|ing)?|continu(?:e|ed|ing)|go|went|going"
    r"|travel(?:l?ed|l?ing)?|take|took|taking|catch|caught|ride|rode|sail(?:ed|ing)?"
    r"|cruis(?:e|ed|ing)|fly|flew|flying|move|moved|return(?:ed|ing)?|cycl(?:e|ed|ing)"
    r"|hik(?:e|ed|ing)|walk(?:ed|ing)?)\b[^.!?;\n]{0,30}?\b(?:to|into|for|towards?)\s*$",
    re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_REACHED_BEFORE = re.compile(r"\b(?:to|into|in|at|from)\s*$", re.IGNORECASE)
_ARRIVAL_BEFORE = re.compile(
    r"\b(?:fly|flew|flown|flying|land(?:ed|ing)?|arriv(?:e|ed|ing)|start(?:ed|ing)?"
    r"|begin(?:ning)?|began|pick(?:ed)?\s+up\s+(?:a|the|our)\s+(?:hire\s+|rental\s+)?car)"
    r"\s+(?:\w+\s+)?(?:in|into|at|to|from)\s*$", re.IGNORECASE)
_ROUTE_WORDS = re.compile(r"\b(?:trip|route|itinerary|loop|tour|drive|drove|train|flight|fly"
                          r"|ferry|road|from|via|travel\w*|journey)\b", re.IGNORECASE)
_DASHES = frozenset({"-", "\u2013", "\u2014"})  # hyphen, en dash, em dash
_WORD_LINKS = frozenset({"then", "to", "further", "move"})  # what _link returns for prose
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_MAX_MOVE_GAP = 200
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

_TAIL_MODE = re.compile(r"^\s*(?:by|on|aboard|in)\b([^,.;!?\n]{1,40})", re.IGNORECASE)



# A sight this close to a town stop of the same trip is inside it (Old Quarter, a castle).
SIGHT_KM = 4.5
_MAX_QUIET_SENTENCES = 3  # sentences naming no stop that a narrative may run through
_UNIT = re.compile(r"[^\n]+?(?:[.!?]+[\"')\]\u201d\u2019]*(?=\s)|$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class StatedItinerary:
    """A stated itinerary with the mentions that make its stops (their relations, say)."""

    itinerary: Itinerary
    stops: tuple[Resolution, ...]

    @property
    def relation(self) -> Relation:
        """The relation most of its stops carry: a trip done, planned or dreamt of."""
        counts: dict[Relation, int] = {}
        for stop in self.stops:
            counts[stop.mention.relation] = counts.get(stop.mention.relation, 0) + 1
        return max(counts, key=lambda r: counts[r])


def _words(key: str) -> str:
    entries: list[str] = cues()[key]  # type: ignore[assignment]
    return "|".join(entries)


@cache
def _cue(key: str, *, end: bool = False, start: bool = False) -> re.Pattern[str]:
    """One of the cue lists as a pattern: anywhere, at the end of a text, or at its start."""
    body = rf"(?:{_words(key)})"
    if end:
        return re.compile(rf"\b{body}\W{{0,3}}(?:\w+\W+){{0,1}}$", re.IGNORECASE)
    if start:
        return re.compile(rf"^\W*{body}\b", re.IGNORECASE)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


@cache
def _day_part() -> re.Pattern[str]:
    """A gap that orders two stops by the time of day ("A in the morning and B ..."); it
    continues a trip already under way."""
    return re.compile(rf"^\s*,?\s*(?:{_words('day_part')})\s*[,;]?\s*(?:and\s+)?(?:then\s+)?"
                      r"(?:on\s+)?(?:to\s+)?$", re.IGNORECASE)


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    label: str = cues()["day_label"]  # type: ignore[assignment]
    day = re.compile(
        rf"(?:^|(?<=[.;!?/|,:]\s)|(?<=[.;!?/|]))\s*(?:[-*\u2022\u2013\u2014]\s*)?(?P<label>{label})"
        # "Day 2 Sintra": a numbered day needs no colon before a capitalised name
        r"(?:\s*(?::|-|\u2013|\u2014|\.|\))|(?<=\d)(?=[ \t]+(?-i:[A-Z\u00c0-\u00de])))",
        re.IGNORECASE | re.MULTILINE)
    stay: str = cues()["stay_length"]  # type: ignore[assignment]
    return day, re.compile(stay, re.IGNORECASE)


def one_day_entry(text: str) -> bool:
    """Whether ``text`` opens with the label of a single day ("Day 4:", "Tue -"; not "Days
    4-6:"): what it tells happens within that day."""
    match = _labels()[0].match(text.lstrip())
    return match is not None and not re.search(r"\d\s*(?:-|\u2013|\u2014|to|&|and)\s*\d",
                                                match.group("label"))


def find_stated(
    thread: Thread, resolutions: Sequence[Resolution], travel: Travel
) -> tuple[StatedItinerary, ...]:
    found: list[StatedItinerary] = []
    by_section: dict[str, list[Resolution]] = {}
    for r in resolutions:
        by_section.setdefault(r.mention.section, []).append(r)
    for section in thread.sections:
        stops = _stops(by_section.get(section.id, ()))
        if not stops or _cue("unordered").search(section.text):
            continue
        chains: list[tuple[int, list[Resolution], bool]] = []
        used: set[int] = set()
        offsets = [r.mention.start for r in stops]  # in text order
        for *span, days in _lists(section.text):
            listed = stops[bisect_left(offsets, span[0]): bisect_left(offsets, span[1])]
            chain = _through_first(section.text, _list_stops(section.text, listed, days=days))
            used.update(r.mention.start for r in listed)
            chains.append((span[0], chain, False))
        rest = [r for r in stops if r.mention.start not in used]
        # A title names the trip's places; its words ("a train ride from A") are no moves.
        title_end = len(section.title) if section.title and section.text.startswith(
            section.title) else 0
        for chain, advice, read in _narratives(
                section.text, [r for r in rest if r.mention.start >= title_end]):
            used.update(read)
            chains.append((chain[0].mention.start, chain, advice))
        rest = [r for r in stops if r.mention.start not in used]
        chains.extend((c[0].mention.start, c, False) for c, _ in _chains(section.text, rest))
        for _, chain, advice in sorted(chains, key=lambda c: c[0]):
            kept = _without_sights(_collapse(chain))
            if len(kept) >= 2:
                found.append(_itinerary(section, kept, _last_of(chain, kept), travel,
                                        recommended=advice))
    return tuple(found)


def _stops(resolutions: Iterable[Resolution]) -> list[Resolution]:
    """The section's stop mentions in text order, overlapping mentions kept once (the longer);
    roads, rivers and lakes are travelled along, never stops."""
    along = _cue("travelled_along", end=False)
    stops: list[Resolution] = []
    for r in sorted(resolutions, key=lambda r: (r.mention.start, -r.mention.end)):
        if r.place is None or not is_stop(r.place):
            continue
        last_word = r.mention.text.split()[-1] if r.mention.text.split() else ""
        if len(r.mention.text.split()) > 1 and along.fullmatch(last_word):
            continue
        if stops and r.mention.start < stops[-1].mention.end:
            continue
        stops.append(r)
    return stops


def _lists(text: str) -> list[tuple[int, int, bool]]:
    """Spans of day lists (True) and stay lists (False): each is one trip."""
    day, stay = _labels()
    spans: list[tuple[int, int]] = []
    labels = list(day.finditer(text))
    block: list[re.Match[str]] = []
    last_number = -1
    for match in labels:
        digits = re.findall(r"\d+", match.group("label"))
        number = int(digits[0]) if digits else last_number + 1
        if block and number < last_number:  # numbering starts again: a new list
            spans.append(_block_span(text, block))
            block = []
        block.append(match)
        last_number = number
    if len(block) >= 2:
        spans.append(_block_span(text, block))
    spans = [s for s in spans if s[1] > s[0]]
    # Stay lists: two or more consecutive short lines that each give a length of stay.
    run: list[tuple[int, int]] = []
    stays: list[tuple[int, int, bool]] = []
    offset = 0
    spans.sort()
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end so far
    for line in [*text.split("\n"), ""]:
        line_span = (offset, offset + len(line))
        offset += len(line) + 1
        k = bisect_right(spans, (line_span[0], len(text) + 1)) - 1  # spans opening by here
        if line.strip() and len(line) <= 80 and stay.search(line) and not (
                k >= 0 and reach[k] > line_span[0]):
            run.append(line_span)
            continue
        if len(run) >= 2:
            stays.append((run[0][0], run[-1][1], False))
        run = []
    return sorted([*((a, b, True) for a, b in spans), *stays])


def _block_span(text: str, block: list[re.Match[str]]) -> tuple[int, int]:
    end = text.find("\n", block[-1].end())
    return block[0].start(), len(text) if end < 0 else end


def _list_stops(text: str, stops: list[Resolution], *, days: bool) -> list[Resolution]:
    """A list's stops, minus those ruled out, the sights listed after "A:", and (in a day
    list) remarks on lines without a day label."""
    day, _ = _labels()
    labels = LastBefore(day, text)
    _, _, _, newlines, colons = _marks(text)
    kept: list[Resolution] = []
    kept_starts: list[int] = []
    dated: dict[tuple[int, int], bool] = {}  # whether a line has a day label
    for r in stops:
        before_line = bisect_left(newlines, r.mention.start)
        line_start = newlines[before_line - 1] + 1 if before_line else 0
        entry_start = max(labels.end(r.mention.start), line_start)
        before = text[max(entry_start, r.mention.start - 30): r.mention.start]
        if _cue("not_a_stop_before", end=True).search(before):
            continue
        after_line = bisect_left(newlines, r.mention.end)
        line = (line_start, newlines[after_line] if after_line < len(newlines) else len(text))
        if line not in dated:
            dated[line] = bool(day.search(text[line[0]: line[1]]))
        if days and not dated[line]:
            continue  # a remark between the days of a list
        # A stop after "A:" in its entry: a colon after the entry's first kept stop.
        first = bisect_left(kept_starts, entry_start)
        if first < len(kept) and (bisect_left(colons, kept[first].mention.end)
                                  < bisect_left(colons, r.mention.start)):
            continue
        kept.append(r)
        kept_starts.append(r.mention.start)
    return kept


@dataclass(frozen=True, slots=True)
class _Unit:
    """A sentence (or a line) of a section, with the stops it names."""

    start: int
    end: int
    stops: tuple[Resolution, ...]
    starts: bool  # a move cue before one of its stops ("drove to A"): a narrative may begin
    travels: bool  # a move cue anywhere: a narrative under way goes on
    advice: bool
    paragraph: int  # which paragraph: a narrative crosses a break only with a move into a stop
    day_trip: bool  # an outing and back ("a day trip from A", "an hour each way"): no legs


def _units(text: str, stops: list[Resolution]) -> list[_Unit]:
    units = []
    offsets = [r.mention.start for r in stops]  # in text order
    for match in _UNIT.finditer(text):
        start, end = match.span()
        here = tuple(stops[bisect_left(offsets, start): bisect_left(offsets, end)])
        sentence = match.group()
        # A heading: the name alone, or a paragraph opening "Name: ..." (notes on a stop)
        heading = bool(here) and (
            (len(here) == 1 and sentence.strip(" .:!") == here[0].mention.text)
            or (here[0].mention.start == start and (start == 0 or text[start - 1] == "\n")
                and text[here[0].mention.end: here[0].mention.end + 1] == ":"))
        summary = bool(_cue("summary").search(sentence))
        # Only a move cue before one of its stops starts a narrative: not "A looks like a
        # place I'd have loved to see when I went".
        last = here[-1].mention.start - start if here else len(sentence)
        moves = [m.start() for m in _cue("move").finditer(sentence)]
        starts = heading or (not summary and any(at < last for at in moves))
        travels = starts or (not summary and bool(moves))
        units.append(_Unit(start, end, here, starts, travels,
                           bool(_cue("advice").search(sentence)),
                           _paragraph(text, start),
                           bool(_cue("day_trip").search(sentence))))
    return units


def _paragraph(text: str, at: int) -> int:
    """The number of the paragraph (blank-line separated) that offset ``at`` is in."""
    return bisect_right(_marks(text)[0], at)


@lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], ...]:
    """Where the section's blank lines end, and where its opening and closing brackets,
    line breaks and colons are, found once: looking for them from the start (or the line's)
    for every sentence or stop made a long section quadratic."""
    return ([m.end() for m in _BLANK_LINE.finditer(text)],
            *([i for i, c in enumerate(text) if c == mark] for mark in "()\n:"))


def _explicit_paragraphs(text: str, stops: list[Resolution]) -> set[int]:
    """The paragraphs that write a whole route as an arrow or dash list ("A - B - C"): the
    writer's own statement, never glued to the moves of another paragraph."""
    return {_paragraph(text, chain[0].mention.start) for chain, signs in _chains(text, stops)
            if len(chain) >= 3 and all(sign not in _WORD_LINKS for sign in signs)}


def _narratives(text: str, stops: list[Resolution]
                ) -> list[tuple[list[Resolution], bool, set[int]]]:
    """The chains of stops written as travel prose, each with whether it is advice and the
    offsets of every stop its sentences name (read, even when ruled out)."""
    units = _units(text, stops)
    explicit = _explicit_paragraphs(text, stops)
    named = [u for u in units if u.stops]
    runs: list[list[_Unit]] = []
    run: list[_Unit] = []
    quiet = 0
    at = -1  # the unit's place in ``named``
    for unit in units:
        if not unit.stops:
            quiet += 1
            if quiet > _MAX_QUIET_SENTENCES and run:
                runs.append(run)
                run = []
            continue
        quiet = 0
        at += 1
        ahead = named[at + 1: at + 3]
        # A new paragraph goes on with the trip only if its next travelling sentence moves
        # into a stop (a sentence about a stop may come first), and never into or out of a
        # paragraph that writes its own list; a day trip is an outing of its own.
        mover = next((u for u in (unit, *ahead) if u.travels), None)
        moves_on = mover is not None and mover.starts and mover.advice == unit.advice
        if run and (run[-1].day_trip or unit.day_trip or (
                unit.paragraph != run[-1].paragraph
                and (not moves_on or explicit & {unit.paragraph, run[-1].paragraph}))):
            runs.append(run)
            run = []
        if (unit.starts or (run and unit.travels)) and (
                not run or run[-1].advice == unit.advice):
            run.append(unit)
            continue
        bridge = (not unit.travels and run and run[-1].advice == unit.advice
                  and any(u.travels and u.advice == unit.advice for u in ahead))
        if bridge:
            run.append(unit)
            continue
        if run:
            runs.append(run)
        run = [unit] if unit.starts else []
    if run:
        runs.append(run)
    chains = []
    for run in runs:
        # A stop of a sentence that does not travel ("a good base for day trips to A and B")
        # takes its place where a later sentence of the run travels to it.
        later: dict[int, set[str]] = {}
        seen: set[str] = set()
        for k in range(len(run) - 1, -1, -1):
            later[k] = set(seen)
            seen.update(r.place.id for r in run[k].stops if r.place is not None)
        chain = [r for k, u in enumerate(run) for r in u.stops if not _ruled_out(text, r, u)
                 and (u.travels or r.place is None or r.place.id not in later[k])]
        chain = [r for k, r in enumerate(chain)
                 if not _negated(text, r, chain[k - 1] if k else None)]
        chain = _through_first(text, chain)
        moves = any(_cue("move").search(text, u.start, u.end) for u in run)
        distinct = {r.place.id for r in chain if r.place is not None}
        if len(distinct) >= 3 or (len(distinct) == 2 and moves):
            chains.append((chain, run[0].advice, {r.mention.start for u in run for r in u.stops}))
    return chains


def _ruled_out(text: str, stop: Resolution, unit: _Unit) -> bool:
    """Words just before a mention that make it no stop of the trip ("nicer than A"), or an
    aside in brackets."""
    before = text[max(unit.start, stop.mention.start - 30): stop.mention.start]
    _, opening, closing, *_ = _marks(text)
    opened = bisect_left(opening, stop.mention.start) - bisect_left(opening, unit.start)
    closed = bisect_left(closing, stop.mention.start) - bisect_left(closing, unit.start)
    return bool(_cue("not_a_stop_before", end=True).search(before)) or opened > closed


def _negated(text: str, stop: Resolution, previous: Resolution | None) -> bool:
    """A negation between the previous stop of the chain (in text order) and this one
    ("..., and not once thought of turning off toward A")."""
    earlier = [previous.mention.end] if previous is not None else []
    start = max([stop.mention.sentence[0], *earlier])
    return bool(_cue("negation").search(text, start, stop.mention.start))


def _through_first(text: str, chain: list[Resolution]) -> list[Resolution]:
    """"to B via P" and "to B, stopping in P on the way": P is passed on the way to B, so it
    comes first; not "to B, then on through P", where the text has moved on past B."""
    through = _cue("through", end=True)
    on_the_way = _cue("stop_on_the_way", end=True)
    ordered = list(chain)
    for k in range(1, len(ordered)):
        a, b = ordered[k - 1], ordered[k]
        gap = text[a.mention.end: b.mention.start]
        before_a = text[max(0, a.mention.start - 12): a.mention.start]
        passed = through.search(gap) or on_the_way.search(gap)
        if (passed and len(gap) < 40 and re.search(r"\bto\s+(?:the\s+)?$", before_a)
                and not re.search(r"[.!?;]", gap) and not _THEN.match(gap)):
            ordered[k - 1], ordered[k] = b, a
    return ordered


def _last_of(chain: list[Resolution], kept: list[Resolution]) -> dict[int, Resolution]:
    """For each kept stop (by offset), the last mention of its run of repeats: the next leg
    starts there ("A -> B (3h)\n- B -> C (2h)")."""
    ids = {r.place.id for r in kept if r.place is not None}
    starts = {r.mention.start for r in kept}
    last: dict[int, Resolution] = {}
    current: Resolution | None = None
    for r in chain:
        if r.place is None or r.place.id not in ids:
            continue
        if r.mention.start in starts:
            current = r
        if current is not None and current.place == r.place:
            last[current.mention.start] = r
    return last


def _collapse(chain: list[Resolution]) -> list[Resolution]:
    """Consecutive mentions of one place are one stop."""
    kept: list[Resolution] = []
    for r in chain:
        if kept and kept[-1].place == r.place:
            continue
        kept.append(r)
    return kept


def _without_sights(chain: list[Resolution]) -> list[Resolution]:
    """A sight near a town stop of the trip is inside that town; a town is never dropped for a
    smaller place."""
    def rank(r: Resolution) -> tuple[bool, int]:
        assert r.place is not None
        return r.place.kind == "city", r.place.population

    # Weighed once per pair of places, not of mentions: a long chain names few places often.
    places = {r.place.id: r for r in chain if r.place is not None}
    inside = {pid for pid, r in places.items() if any(
        o.place is not None and r.place is not None and o.place.id != r.place.id
        and rank(o) > rank(r) and rough_km(o.place, r.place) < SIGHT_KM
        for o in places.values())}
    kept = [r for r in chain if r.place is None or r.place.id not in inside]
    return _collapse(kept)


def _chains(text: str, stops: list[Resolution]
            ) -> list[tuple[list[Resolution], list[str]]]:
    """Stops joined link by link, each chain with the signs or words that join it."""
    chains: list[tuple[list[Resolution], list[str]]] = []
    chain: list[Resolution] = []
    signs: list[str] = []
    for a, b in pairwise(stops):
        link = _link(text, a, b, ongoing=bool(chain))
        if link is None:
            _close(text, chain, signs, chains)
            chain, signs = [], []
            continue
        if not chain:
            chain = [a]
        chain.append(b)
        signs.append(link)
    _close(text, chain, signs, chains)
    return chains


def _link(text: str, a: Resolution, b: Resolution, *, ongoing: bool) -> str | None:
    """How the text joins stop ``a`` to stop ``b``: an arrow's sign, a word, or None."""
    gap = text[a.mention.end: b.mention.start]
    before = text[max(0, a.mention.start - 60): a.mention.start]
    if arrow := _ARROW.match(gap):
        return arrow.group("sign")
    if _THEN.match(gap) or (ongoing and _day_part().match(gap)):
        return "then"
    if _TO.match(gap) and (ongoing or _FROM_BEFORE.search(before)):
        return "to"
    if _FURTHER.match(gap) and (ongoing or _REACHED_BEFORE.search(before)):
        return "further"
    if (len(gap) <= _MAX_MOVE_GAP and len(_SENTENCE_END.findall(gap)) <= 1
            and _MOVE.search(gap) and (ongoing or _ARRIVAL_BEFORE.search(before))):
        return "move"
    return None


def _close(text: str, chain: list[Resolution], signs: list[str],
           chains: list[tuple[list[Resolution], list[str]]]) -> None:
    """Keep a chain of two or more distinct stops; a lone spaced dash needs a travel context."""
    stops = [r for i, r in enumerate(chain)
             if i == 0 or r.place != chain[i - 1].place]
    if len(stops) < 2:
        return
    if len(chain) == 2 and signs[0] in _DASHES:
        gap = text[chain[0].mention.end: chain[1].mention.start]
        if gap.strip() != gap and not _ROUTE_WORDS.search(_sentence(text, chain[0])):
            return  # "We loved Oslo - Bergen was wet" is no route
    chains.append((stops, signs))


def _sentence(text: str, stop: Resolution) -> str:
    start, end = stop.mention.sentence
    return text[start:end]


def _itinerary(section: Section, chain: list[Resolution], last_of: dict[int, Resolution],
               travel: Travel, *, recommended: bool = False) -> StatedItinerary:
    text = section.text
    chain_mode = _chain_mode(text, chain)
    places: list[Place] = [r.place for r in chain if r.place is not None]
    legs = tuple(_leg(text, last_of.get(a.mention.start, a), b, chain, travel, chain_mode,
                      last=b is chain[-1])
                 for a, b in pairwise(chain))
    stated_gap_modes = {leg.mode for leg in legs if "mode" in leg.stated}
    mode = chain_mode
    if mode is None and len(stated_gap_modes) == 1 and all("mode" in leg.stated for leg in legs):
        mode = stated_gap_modes.pop()
    through = _cue("through", end=True)
    via = tuple(dict.fromkeys(
        r.place.id for r in chain[1:-1] if r.place is not None
        and through.search(text[max(0, r.mention.start - 20): r.mention.start])))
    itinerary = Itinerary(kind="stated", stops=tuple(p.id for p in places), legs=legs,
                          section=section.id, author=section.author, mode=mode,
                          recommended=recommended, via=via)
    return StatedItinerary(itinerary=itinerary, stops=tuple(chain))


def _leg(text: str, a: Resolution, b: Resolution, chain: list[Resolution], travel: Travel,
         chain_mode: Mode | None, *, last: bool) -> Leg:
    """The leg from ``a`` to ``b``: what the text states about it, else the estimate. A figure
    in brackets or after a dash right behind ``b`` is the leg's ("A -> B (3h)"), else one in the
    words between the stops, else (for the last leg) one after ``b`` in its sentence."""
    assert a.place is not None and b.place is not None
    gap = text[a.mention.end: b.mention.start] if a.mention.start < b.mention.start else ""
    later = [r.mention.start for r in chain if r.mention.start > b.mention.end]
    tail_end = min([b.mention.sentence[1], *later]) if b.mention.sentence[1] > b.mention.end \
        else min([len(text), *later])
    tail = text[b.mention.end: tail_end]
    tail = tail if re.match(r"^\s*(?:\(|[-\u2013\u2014,:]\s*(?:about|around|roughly)?\s*\d|"
                            r"[-\u2013\u2014,]\s*(?:about|around|roughly|an?|only|just)\b)",
                            tail) or last else ""
    first, second = (tail, gap) if _ARROW.match(re.sub(r"\([^)]*\)", "", gap)) else (gap, tail)
    facts = [read_facts(first), read_facts(second)]
    hours = next((f.hours for f in facts if f.hours is not None), None)
    km = next((f.km for f in facts if f.km is not None), None)
    gap_mode = _last_mode(re.sub(r"\([^)]*\)", "", gap)) or _tail_mode(tail)
    leg = travel.leg(a.place, b.place, gap_mode or chain_mode)
    stated = tuple(name for name, value in (("hours", hours), ("km", km),
                                            ("mode", gap_mode or chain_mode))
                   if value is not None and (name != "mode" or leg.mode == value))
    if hours is None and km is None:
        return replace(leg, stated=stated)
    return replace(leg, travel_hours=hours if hours is not None else leg.travel_hours,
                   distance_km=km if km is not None else leg.distance_km, stated=stated,
                   estimated_hours=leg.travel_hours, estimated_km=leg.distance_km)


def _chain_mode(text: str, chain: list[Resolution]) -> Mode | None:
    """The mode said for the whole chain: in its sentence before the first stop ("our road trip
    (A - B)"; an arrival verb there, "fly into A", is not the chain's mode), or "by train" after
    the last stop."""
    first, last = chain[0].mention, chain[-1].mention
    head = text[first.sentence[0]: first.start]
    head = _ARRIVAL_BEFORE.sub("", head)
    mode = _last_mode(head)
    if mode is None and (tail := _TAIL_MODE.match(text[last.end: last.sentence[1]])):
        mode = _last_mode(tail.group(1))
    return mode


def _tail_mode(tail: str) -> Mode | None:
    """The mode said right after a leg's destination ("B by train", "B (3h, ferry)"): only its
    first clause, since a mode word further on belongs to the next, unnamed leg ("..., then took
    the ferry"), and never a purpose ("B for the ferry": what they went there to do)."""
    bracket = re.match(r"^\s*\(([^()]*)\)", tail)
    clause = bracket.group(1) if bracket else re.split(
        r"[,;.!?\n]|\b(?:and|then|before|after|where)\b", tail, maxsplit=1)[0]
    purpose = None if bracket else _cue("mode_purpose").search(clause)
    return _last_mode(clause[: purpose.start()] if purpose else clause)


def _last_mode(text: str) -> Mode | None:
    """The mode whose word comes last in ``text`` (nearest to what follows it)."""
    return stated_mode(text)
