"""Itineraries written in the text, in the writer's order.

Three readings, each over the section's stop mentions (mention offsets give the stops):

* lists: day lists ("Day 1: A. Day 2: B and C", "Mon - A / Tue - B") and stay lists ("A - 3
  nights" on consecutive lines, or "A 3 nights, B 2 nights" on one) give every stop their
  entries name, minus what sits in brackets and the sights after "A:";
* narrative: consecutive sentences that keep travelling (a travel cue in each; one sentence about
  a stop may sit between two that travel) give every stop they name, minus places the words
  just before rule out ("nicer than A", "near B"), roads, rivers and lakes travelled along, and
  sights inside a stop. A stop after "via", "over", "through" is passed through; "to B via P"
  puts P before B. Advice to someone else ("you could ...") is a separate, recommended trip.
  The title is no move, a day-trip sentence is an outing of its own unless told between moves
  of its paragraph, and a paragraph break ends the narrative unless the next paragraph moves on
  (never across a written arrow/dash list). A question breaks a told trip, and so do notes
  that go back to an earlier stop ("A was our favourite"). Options ("either A or B"), the way
  travelled ("down the A to B") and a region said to hold a stop ("B in the Rockies") are no
  stops;
* links: two stops joined by an arrow, a dash, "then", or "from A to B" outside those sentences.

Countries, continents and first-level regions are context, never stops (but a region between two
arrows is a step: "KL -> Penang -> Langkawi"); sights, caves and
districts inside another stop are dropped. Every pass is linear in the number of stops. The cue
words are data (``data/stated_cues.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

from gazetteer.models import Place
from itinerary.models import Itinerary, Leg, Mode, Relation, Resolution, Section, Thread
from itinerary.nlp.relations_thread import quoted
from itinerary.trips.facts import cues, read_facts, stated_mode
from itinerary.trips.roles import is_stop, trip_view
from itinerary.trips.travel import Travel, rough_km


def _cue_list(key: str) -> list[str]:
    entries: list[str] = cues()[key]  # type: ignore[assignment]
    return entries


def _words(key: str) -> str:
    return "|".join(_cue_list(key))


# The rules below read their words from the cue file; what stays here is how they are joined.
_QUALIFIER = (rf"(?:(?:{_words('place_qualifier')})\b\s*)?"
              r"(?:,\s*[^\W\d_][\w'\u2019. -]{0,30}?\s*)?")
_ARROWS = _words("arrows")
# "finishing in B via P": the last stop, reached by way of P
_ENDED_IN = re.compile(rf"\b(?:{_words('ended_in')})\s+(?:the\s+)?$", re.IGNORECASE)
_SIGNS = rf"{_ARROWS}|{_words('dashes')}|/"  # arrows, dashes, slash
_NUMBERS: dict[str, int] = cues()["numbers"]  # type: ignore[assignment]
# An aside in brackets, or the nights bare, may sit before the sign: "Florence (4n) > Siena",
# "Kotor 3n - Budva"; or the next stay's nights after it: "3 nights A > 2 nights B".
_NIGHTS = rf"(?i:(?:\d{{1,2}}|{'|'.join(_NUMBERS)})\s*(?:n|nts?|nights?)\b)"
_ARROW = re.compile(rf"^\s*{_QUALIFIER}(?:\([^()\n]{{1,25}}\)\s*|{_NIGHTS}\s+)?"
                    rf"(?P<sign>{_SIGNS})\s*(?:\(|{_NIGHTS}\s+)?\s*$")
_THEN = re.compile(rf"^\s*[,;]?\s*(?:and\s+)?(?:(?:{_words('then_lead')})\s+)?"
                   rf"(?:{_words('then')})\b[^.!?;\n]{{0,40}}$", re.IGNORECASE)
_TO = re.compile(rf"^\s*\(?\s*,?\s*(?:and\s+)?(?:(?:{_words('to_adverbs')})\s+)*(?:to|into)\s*$",
                 re.IGNORECASE)
_FURTHER = re.compile(rf"^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:{_words('further')})\b"
                      r"[^.!?;\n]{0,25}?\b(?:to|into)\s*$", re.IGNORECASE)
_MOVE = re.compile(rf"\b(?:{_words('move_verbs')})\b[^.!?;\n]{{0,30}}?"
                   r"\b(?:to|into|for|towards?)\s*$", re.IGNORECASE)
_MOVE_VERB = re.compile(rf"\b(?:{_words('move_verbs')})\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_REACHED_BEFORE = re.compile(r"\b(?:to|into|in|at|from)\s*$", re.IGNORECASE)
_ARRIVAL = r"\s+(?:\w+\s+)?(?:in|into|at|to|from)\s*$"
# "fly into A", "land in A": how the writer got to a chain's first stop, not the chain's mode
_FLOWN_IN = re.compile(rf"\b(?:{_words('arrival')}){_ARRIVAL}", re.IGNORECASE)
# those, or a car picked up there ("picked up a hire car at A"): a chain may start at A
_ARRIVAL_BEFORE = re.compile(rf"\b(?:{_words('arrival')}|{_words('car_pickup')}){_ARRIVAL}",
                             re.IGNORECASE)
_ROUTE_WORDS = re.compile(rf"\b(?:{_words('route_words')})\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")  # the word right after a name
_DASHES = frozenset(_cue_list("dashes"))  # hyphen, en dash, em dash
# "over to B", "across into B": a move to B, not a place passed on the way
_MOVED_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
# "to B", "-> B": what the text moves to
_REACHED = re.compile(rf"(?:\b(?:to|into)\s+(?:the\s+)?|(?:{_ARROWS})\s*)$", re.IGNORECASE)
# A list line that is a name alone, after an optional number or bullet (a dash, a dot, an
# emoji pin).
_NAME_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[^\w\s]{1,3}\s*)?(?-i:[A-Z\u00c0-\u00de])"
                        r"[^\W\d_]*(?:[ '\u2019-][^\W\d_]+){0,3}\s*$")
# What may surround a name alone on its heading line: markdown ("## A", "**A**") and an aside
# in brackets ("A (3 nights)")
# A list's number right before a name alone on its line ("2. Hoi An"): a ranked or listed
# item, no heading.
_LIST_NUMBER = re.compile(r"(?:^|\n)\d{1,2}[.)][ \t]*$")
_HEADING_MARKS = re.compile(r"^[\s#*_=.:!]+|(?:\s*\([^()\n]{1,25}\))?[\s#*_=.:!]*$")
# Under a heading "B", the first words of its paragraph leading to "from P" ("Train up from
# P took three hours"): P is where the leg to B starts
_FROM_HEADING = re.compile(r"[^\n]*\n[^.!?\n]{0,40}?\bfrom\s+(?:the\s+)?")
_SUB_BULLET = re.compile(r"[ \t]+[-*\u2022]")  # an indented bullet, under a list's entry
_ARROW_BEFORE = re.compile(rf"(?:{_ARROWS})\s*$")
_ARROW_AFTER = re.compile(rf"\s*(?:\([^()\n]{{1,25}}\)\s*)?(?:{_ARROWS})")
_ENTRY_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u2013])(?=[ \t])")
_LISTED = re.compile(r"\s*(?:,|&|and|,\s*and)\s*", re.IGNORECASE)  # "P, Q and R"
# "P on the way from A (to B)": P lies between A and B
_WAY_FROM = re.compile(r"\s*,?\s*(?:\w+\s+){0,2}?(?:on|along)\s+(?:the|our|my)\s+"
                       rf"(?:{_words('journey')})\s+(?:back\s+)?from\s+(?:the\s+)?", re.IGNORECASE)
# "Our route: A, B, C", "Your route (A, B, C)": a label and a colon or an opening bracket
# right before a list of stops
_ROUTE_LABEL = re.compile(rf"\b(?:{_words('route_label')})\b(?:[^.!?:(\n]{{0,25}}[:(]|"
                          rf"\s+(?:{_words('label_copula')}))\s*$", re.IGNORECASE)
# "After A we took the train to B", "After three nights in A, ...": A is where the leg leaves from
_AFTER_STAY = re.compile(rf"(?:^|[.!?\n]\s*)after\s+(?:(?:{'|'.join(_NUMBERS)}|\d{{1,2}})\s+"
                         r"(?:nights?|days?|weeks?)\s+in\s+)?(?:the\s+)?$", re.IGNORECASE)
# "So: A, B, C", "same as yours but swap B for D: A, D, C": a route told again with a change
_REVISION_LABEL = re.compile(rf"\b(?:{_words('revision_label')})\s*$", re.IGNORECASE)
# "From X, A is a short taxi", "From X, the boat to A makes a day out": a base's outings
_FROM_FRONT = re.compile(r"\W*from\s+(?:the\s+)?", re.IGNORECASE)
_FRONT_TO_PLACE = re.compile(r"\s*,\s*(?:the\s+(?:[\w-]+\s+){0,2}(?:to|for)\s+)?(?:the\s+)?",
                             re.IGNORECASE)
_PLACE_IS = re.compile(rf"\s+(?:{_words('place_is')})\b", re.IGNORECASE)
_ON_THE_WAY_FROM = re.compile(  # "on the drive from A to C": the leg a stop was made on
    r"\bon\s+(?:the|our|my)\s+(?:way|drive|road|journey|ride|trip)\s+(?:back\s+)?from\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
_LEG_OPENING = re.compile(r"\s*(?:from\s+)?", re.IGNORECASE)  # "From A to B is", "A to B takes"
# "into A and out of B", "landing in A, out of B": B is where an open-jaw trip leaves from
_INTO = re.compile(r"\b(?:into|land(?:s|ed|ing)?\s+(?:in|at))\s+(?:the\s+)?$", re.IGNORECASE)
_INTO_CHARS = 12  # "flying into A", "landing in A": how far before A the words are looked for
_OUT_OF = re.compile(rf"\s*(?:,|and|,\s*and)?\s*(?:{_words('open_jaw_exit')})\s+(?:the\s+)?",
                     re.IGNORECASE)
# "added C between A and B", "squeezing C in between A and B": C joins a trip told before
# "swap B for C", "replace B with C": C takes B's place in a route told before
_SWAP = re.compile(rf"\b(?:{_words('swap')})\s+(?:out\s+)?(?:the\s+)?$", re.IGNORECASE)
_SWAP_FOR = re.compile(r"\s+(?:out\s+)?(?:for|with)\s+(?:the\s+)?", re.IGNORECASE)
_INSERTED = re.compile(rf"\b(?:{_words('inserted')})(?:\s+in)?\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\s+(?:in\s+)?between\s+(?:the\s+)?", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
# "A, B and C, with a day trip to D": an outing after a list's last stop, a stop at its place
_OUTING_AFTER = re.compile(rf"^\s*,?\s*(?:and\s+)?with\s+(?:a|an|one)\s+"
                           rf"(?:{_words('day_trip')}|day)\b[^.!?;,\n]{{0,20}}?\b(?:to|in|at)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
# "A, where we left the car for a day tour of B", "two nights in A with a full day in the B":
# an outing told in the prose of a trip, its place a stop at its place
_PROSE_OUTING = re.compile(rf"\b(?:{_words('prose_outing')})\s+(?:to|of|in|at|on|around|into)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
# "B after a long drive from A": A is where the leg to B starts
_AFTER_FROM = re.compile(r"\s*,?\s*after\s+(?:a|an|the|our|my)\s+[^.!?;\n]{0,30}?\bfrom"
                         r"\s+(?:the\s+)?", re.IGNORECASE)
# "arrived in B by train from P", "to B on the night bus from P": P is where the leg starts
_ARRIVED_FROM = re.compile(rf"\s*,?\s*(?:(?:{_words('mode_lead')})\s+(?:the\s+|an?\s+)?"
                           r"(?:[^\W\d_]+\s+){1,2})?from\s+(?:the\s+)?", re.IGNORECASE)
# "to A for B", "to A to see the B": B is what the writer went to A for
_GONE_FOR = re.compile(rf"\s+(?:{_words('gone_for')})\s+(?:the\s+)?", re.IGNORECASE)
_ONWARD = re.compile(rf"\s*,?\s*(?:and\s+)?(?:(?:{_words('to_adverbs')})\s+)*(?:to|into)\b",
                     re.IGNORECASE)
# "to B via P, then on to C" ("... and then on to C"): the next leg starts after B, so P
# still lies before B
_THEN_ON = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)then\b", re.IGNORECASE)
# "A (day trip to B) - C": an outing in brackets inside an arrow or dash list, at its place
_ASIDE_OUTING = re.compile(rf"^\s*\(\s*(?:(?:with|and|plus)\s+)?(?:(?:a|an|one)\s+)?"
                           rf"(?:{_words('day_trip')}|{_words('outing')})\b[^()\n]{{0,20}}?"
                           r"\b(?:to|at|into)\s+(?:the\s+)?$", re.IGNORECASE)
# "a morning out to A", "with a day trip to B": an outing to the place named next
_OUTING_TO = re.compile(rf"\b(?:{_words('day_trip')}|{_words('outing')})\b[^,;.!?()\n]{{0,12}}?"
                        r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(rf"[^()\n]{{0,25}}\)(?=[ \t]*(?:{_SIGNS}|$))", re.MULTILINE)
_ASIDE_OPEN = re.compile(r"[ \t]*\(")
_ASIDE_CHARS = 60  # the longest remark in brackets read past
_TO_NEXT = re.compile(r"\s*(?:,\s*)?(?:on\s+|back\s+)?(?:to|into)\b", re.IGNORECASE)
# "A, B and C in that order": the list is a route
# "we did A, B, C", "my sister did A, B, C": the writer, or someone close to them whose trip
# they tell (`companion`)
_TRIP_VERB = re.compile(rf"\b(?:we|I|(?:my|our)\s+(?:\w+\s+)?(?:{_words('companion')}))"
                        rf"(?:\s+\w+)?(?:\s+|(?=['\u2019]))(?:{_words('trip_verb')})\s+$",
                        re.IGNORECASE)
_IN_ORDER = re.compile(rf"\b(?:{_words('in_order')})\b", re.IGNORECASE)
# a note that opens on the way to a place, with no verb: "Up to P", "Then on to P"
_HEADED_TO = re.compile(rf"\s*(?:(?:{_words('to_adverbs')})\s+)+(?:to|into)\s+(?:the\s+)?",
                        re.IGNORECASE)
# "the Garden Route: A, B and C", "your Patagonia part: A first, then B"
_LEADS_LIST = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]+){0,2}?(?:[^\W\d_]+)?[ \t]*:\s*")
_LEADS_LIST_LINE = re.compile(r":[ \t]*\n")  # "So far:" over the list
_MODES: dict[str, list[str]] = cues()["modes"]  # type: ignore[assignment]
# "the ferry to A", "hydrofoil over to A": A is reached by boat
_BY_BOAT = re.compile(rf"\b(?:{'|'.join(_MODES['boat'])})\b[^.!?;\n]{{0,12}}$", re.IGNORECASE)
# "..., room in B", "... and two nights in B": where the writer stayed, right after the area
_STAYED_IN = re.compile(r"[^.!?;\n]{0,40}\bin\s+(?:the\s+)?$", re.IGNORECASE)
_NOTE_LINE_CHARS = 160  # the longest entry of notes a stay list reads on ("- drive to A, …")
_LEAD_LINE_CHARS = 40  # how far after a sentence the line leading into a list may end
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_TOLD_BREAK = re.compile(r"[.!?:](?:\s|$)")  # where an outline ends and its retelling opens
_CLAUSE_END = re.compile(r"[,;:]|[.!?](?:\s|$)|\n")
_MAX_MOVE_GAP = 200
_RULED_OUT_CHARS = 50  # how far back words ruling a stop out may open ("skip the drive west via A")
_ORIGIN_CHARS = 60  # how far before a place a clause naming a thing from it may open
# A numbered step: "1) A", "2. B", at a line's start or after a space, before a name.
_STEP = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)][ \t]+(?=[^\W\d_])", re.MULTILINE)
_LEAD_CHARS = 200  # how far before a list its lead-in ("If I were you:") is looked for
# A day number or range ("1-3", "6"), and one going on after a comma from the day before it
# ("Days 1-3 A, 4-5 B"): a label of its own, before a word
_DAYS = r"(?P<first>\d{1,2})(?:\s*[-\u2013\u2014]\s*(?P<last>\d{1,2}))?"
_DAY_RANGE = re.compile(rf"days?\s*{_DAYS}", re.IGNORECASE)
_RANGE_ON = re.compile(rf"[,;][ \t]*(?P<label>{_DAYS})[ \t]+(?=[^\W\d_])")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LABEL_OVER_BLANK = re.compile(r"[^\n]*:[ \t]*(?=\n[ \t]*\n\s*$)")  # a line ending in a colon

_TAIL_MODE = re.compile(rf"^\s*(?:{_words('mode_lead')})\b([^,.;!?\n]{{1,40}})", re.IGNORECASE)
# A leg's figure right after its destination: "B (3h)", "B - about 40 km", "B, a long day"
_TAIL_FIGURE = re.compile(
    rf"^\s*(?:\(|[-\u2013\u2014,:]\s*(?:{_words('approximately')})?\s*\d|"
    rf"[-\u2013\u2014,]\s*(?:{_words('approximately')}|{_words('leg_figure_lead')})\b)",
    re.IGNORECASE)



# A sight this close to a town stop of the same trip is inside it (Old Quarter, a castle).
SIGHT_KM = 4.5
CITY_KM = 15.0  # the farthest a district of the largest towns is from their centre
TOWN_KM = 1.5  # the farthest a district of a small town is from its centre
# A sight, cave or waterfall this close to a park, bay or desert stop of the trip is inside it.
AREA_KM = 25.0
AIRPORT_KM = 30.0  # an airport this close to the town after it in a route serves that town
_TOWN_KINDS = frozenset({"city", "airport", "admin2"})
_MAX_QUIET_SENTENCES = 3  # sentences naming no stop that a narrative may run through
_RETOLD_STOPS = 3  # a sentence naming this many stops may tell an outline again in full
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


@cache
def _cue(key: str, *, end: bool = False, start: bool = False) -> re.Pattern[str]:
    """One of the cue lists as a pattern: anywhere, at the end of a text, or at its start."""
    body = rf"(?:{_words(key)})"
    if end:
        return re.compile(rf"\b{body}(?!\w)\W{{0,3}}(?:\w+\W+){{0,1}}$", re.IGNORECASE)
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
        # "I'd do Day 1: A, Day 2: B": a numbered day with its colon may follow any word, and
        # so may the first of a run of days on one line ("Thinking Days 1-3 A, 4-5 B")
        rf"(?:^|(?<=[.;!?/|,:]\s)|(?<=[.;!?/|])|(?<=\s)(?=days?\s*\d{{1,2}}\s*:)"
        rf"|(?<=\s)(?={_DAY_RANGE.pattern}[ \t]+[^\W\d_][^,;\n]{{0,40}}[,;][ \t]*\d))"
        # a bullet, or markdown's bold or heading marks: "**Day 2 - A**", "## Day 3"
        rf"\s*(?:(?:[-*\u2022\u2013\u2014]|\*\*|__|\#{{1,4}})\s*)?(?P<label>{label})"
        # an aside in brackets may follow the label: "Day 2 (Sat) - A"
        r"(?:[ \t]*\([^()\n]{1,15}\))?"
        # "Day 2 Sintra": a numbered day needs no colon before a capitalised name; in columns
        # ("5 Jul    Oslo") a wide gap is the separator
        # "Week 2 we drove to B", "Monday we drove to A": a day or week in the writer's voice;
        # "Day 4 back to B", "Day 2 drive to C": a numbered day before its move
        r"(?:\s*(?::|-|\u2013|\u2014|\.|\)|\|)|(?<=\d)(?=[ \t]+(?-i:[A-Z\u00c0-\u00de]))"
        r"|(?=[ \t]+(?:we|I)\b)|(?<=\d)(?=[ \t]+(?:was|were)\b)"
        rf"|(?<=\d)(?=[ \t]+(?:{_words('to_adverbs')}|{_words('move_verbs')})[ \t]+(?:to|into)\b)"
        r"|(?:[ \t]{2,}|\t)(?=\S))",
        re.IGNORECASE | re.MULTILINE)
    stay: str = cues()["stay_length"]  # type: ignore[assignment]
    return day, re.compile(stay, re.IGNORECASE)


@cache
def _bare_day() -> re.Pattern[str]:
    """A day alone on its line ("**Day 9**", "## Day 3"): a heading over the day's prose,
    one of a day list's days only beside days that name their place."""
    label: str = cues()["day_label"]  # type: ignore[assignment]
    return re.compile(rf"^[ \t]*(?:\*\*|__|\#{{1,4}})?[ \t]*(?P<label>{label})[ \t*_#]*$",
                      re.IGNORECASE | re.MULTILINE)


def _day_labels(text: str) -> list[re.Match[str]]:
    """The text's day labels, those alone on their line included, in order, and the bare
    day numbers that go on from a day range on its line ("Days 1-3 A, 4-5 B, 6 C")."""
    day = _labels()[0]
    found = list(day.finditer(text))
    found.extend(_ranges_on(text, found))
    starts = {m.start() for m in found}
    return sorted([*found, *(m for m in _bare_day().finditer(text) if m.start() not in starts)],
                  key=lambda m: m.start())


def _ranges_on(text: str, labels: list[re.Match[str]]) -> Iterable[re.Match[str]]:
    """"Days 1-3 Krakow, 4-5 Zakopane, 6 Wroclaw": after a day label, the numbers that each
    go on from the day before them, one a comma or semicolon, in the label's line."""
    for label in labels:
        days = _DAY_RANGE.fullmatch(label.group("label"))
        if days is None:
            continue
        last = int(days.group("last") or days.group("first"))
        end = text.find("\n", label.end())
        for match in _RANGE_ON.finditer(text, label.end(), len(text) if end < 0 else end):
            if int(match.group("first")) != last + 1:
                break
            last = int(match.group("last") or match.group("first"))
            yield match


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
    for r in trip_view(resolutions):
        by_section.setdefault(r.mention.section, []).append(r)
    for section in thread.sections:
        cells = _not_stop_cells(section.text)
        stops = [r for r in _stops(by_section.get(section.id, ()), section.text)
                 if not any(a <= r.mention.start < b for a, b in cells)]
        untold = _told_no_trip(section.text, stops)
        stops = [r for r in stops if r.mention.start not in untold]
        if not stops or _cue("unordered").search(section.text):
            continue
        insertions = _insertions(section.text, stops)
        swaps = _swaps(section.text, stops)
        added = {r.mention.start for group in (*insertions, *swaps) for r in group}
        # a line quoting an earlier writer ("> we did A, B, C") tells their trip, not this
        # one's; unless a swap or an insertion here rewrites it ("> A > B > C" over "swap C
        # for D?", "we added D between B and C")
        stops = [r for r in stops if r.mention.start not in added
                 and (added or not quoted(section, r.mention.start))]
        chains: list[tuple[int, list[Resolution], bool]] = []
        used: set[int] = set()
        lists = _lists(section.text)
        label_ends = [m.end() for m in _day_labels(section.text)] if lists else []
        starts = [r.mention.start for r in stops]
        for *span, days in lists:
            listed = stops[bisect_left(starts, span[0]): bisect_left(starts, span[1])]
            chain = _through_first(section.text, _list_stops(
                section.text, listed, label_ends, days=days))
            onward = _goes_on(section.text, span[1], stops, lists) if chain else []
            chain.extend(onward)
            used.update(r.mention.start for r in [*listed, *onward])
            chains.append((span[0], chain, bool(chain) and _advised(section.text, chain[0])))
        rest = [r for r in stops if r.mention.start not in used]
        # A title names the trip's places; its words ("a train ride from A") are no moves.
        title_end = len(section.title) if section.title and section.text.startswith(
            section.title) else 0
        for chain, advice, read in _narratives(
                section.text, [r for r in rest if r.mention.start >= title_end]):
            used.update(read)
            chains.append((chain[0].mention.start, chain, advice))
        rest = [r for r in stops if r.mention.start not in used
                and not _option(section.text, r) and not _ruled_out(section.text, r)]
        chains.extend((c[0].mention.start, c, _advised(section.text, c[0]))
                      for c, _ in _chains(section.text, rest))
        trips: list[tuple[list[Resolution], list[Resolution], bool]] = []
        for _, told, advice in _continued(section.text, sorted(chains, key=lambda c: c[0])):
            chain = _open_jaw(section.text, _framed(section.text, _forwards(
                section.text, _told_again(section.text, told))))
            kept = _inserted(_without_sights(section.text, _collapse(_as_towns(
                section.text, _stayed_within(section.text, chain)))), insertions)
            if len(kept) >= 2 and not _asked_leg(section.text, kept) and not _offered(
                    section.text, told):
                trips.append((chain, kept, advice))
        swapped: set[int] = set()
        for chain, kept, advice in _restated(trips):
            for b, c in swaps:
                if b.place in {r.place for r in kept} and c.place not in {r.place for r in kept}:
                    kept = _swapped_in(kept, b, c)
                    advice = advice or _advised(section.text, b)
                    swapped.add(b.mention.start)
            found.append(_itinerary(section, kept, _last_of(chain, kept), travel,
                                    recommended=advice))
        # a swap in a reply that tells no route of its own: the route it answers, rewritten
        for b, c in swaps:
            answered = next((trip for trip in reversed(found) if b.mention.start not in swapped
                         and trip.itinerary.section != section.id
                         and b.place in {r.place for r in trip.stops}), None)
            if answered is not None:
                source = next(t for t in thread.sections if t.id == answered.itinerary.section)
                rewritten = _itinerary(source, _swapped_in(list(answered.stops), b, c), {}, travel,
                                       recommended=_advised(section.text, b))
                found.append(replace(rewritten, itinerary=replace(
                    rewritten.itinerary, section=section.id, author=section.author)))
    return tuple(found)


def _goes_on(text: str, end: int, stops: list[Resolution], lists: list[tuple[int, int, bool]]
             ) -> list[Resolution]:
    """The stops the sentence right after a list moves on to when it opens with "Then" ("1.
    A 2. B 3. C" over "Then we flew south to D"): the list's trip goes on there; not a
    question, advice, nor a sentence inside another list."""
    start = len(text) - len(text[end:].lstrip())
    found = _SENTENCE_END.search(text, start)
    stop_at = found.start() if found else len(text)
    sentence = text[start: stop_at]
    opening = _cue("then", start=True).match(sentence)
    if (opening is None or text[stop_at: stop_at + 1] == "?" or _advises(
            sentence, len(sentence), bare_verb=False) or any(a <= start < b for a, b, _ in lists)):
        return []
    onward, at = [], start + opening.end()
    for r in stops:
        if start <= r.mention.start < stop_at:
            if not _cue("move").search(text, at, r.mention.start) or _ruled_out(text, r):
                break
            onward.append(r)
            at = r.mention.end
    return onward


def _continued(text: str, chains: list[tuple[int, list[Resolution], bool]]
               ) -> list[tuple[int, list[Resolution], bool]]:
    """Chains told one after the other in a paragraph, the later one leaving from where the
    earlier ends in a sentence that goes on ("A - B - C. Then we bussed from C to D", `then`,
    `from_there`): one trip."""
    joined: list[tuple[int, list[Resolution], bool]] = []
    onward = (_cue("then", start=True), _cue("from_there", start=True))
    for start, chain, advice in chains:
        if joined and chain and joined[-1][1]:
            _, before, said = joined[-1]
            last, first = before[-1].mention, chain[0].mention
            if (said == advice and before[-1].place is not None and chain[0].place is not None
                    and before[-1].place.id == chain[0].place.id
                    and last.end <= first.start and last.sentence != first.sentence
                    and len(_SENTENCE_END.findall(text, last.end, first.start)) <= 2
                    and not _BLANK_LINE.search(text, last.end, first.start)
                    and any(cue.match(text[first.sentence[0]: first.start]) for cue in onward)):
                joined[-1] = (joined[-1][0], [*before, *chain[1:]], said)
                continue
        joined.append((start, chain, advice))
    return joined


def _told_again(text: str, chain: list[Resolution]) -> list[Resolution]:
    """The chain without an outline told before it in full from the same start ("We did A
    down to B, but slowly: A, C, D, B", "A to B is long, we split it in P. It went A, P, B,
    C"): the outline ends at a sentence or a colon, the telling after it opens at the
    outline's first stop and names all of the outline's stops again. "We started in A. Then
    B, C and back to A" is a loop, no retelling: the part after the break opens elsewhere."""
    for k in range(2, len(chain) - 1):
        outline, rest = chain[:k], chain[k:]
        told, again = _place_ids(outline), _place_ids(rest)
        if (rest[0].place is not None and outline[0].place is not None
                and rest[0].place.id == outline[0].place.id and told <= again
                and len(rest) > len(told) and _TOLD_BREAK.search(
                    text, outline[-1].mention.end, rest[0].mention.start)):
            return rest
    return chain


def _place_ids(stops: Iterable[Resolution]) -> set[str]:
    return {r.place.id for r in stops if r.place is not None}


def _told_no_trip(text: str, stops: list[Resolution]) -> set[int]:
    """The starts of stops named in statements that tell no trip: a move of home ("we moved
    from A to B in 2019", "emigrated from A to B": `relocation`, its whole sentence) and a
    distance or nearness said of a stop ("A is two hours from B", "B is closer to A than C":
    `distance_statement`, the stop and the rest of its clause), and a leg said of in the present
    ("Driving from A to B is a full day", "the ferry from A to B leaves at 9": `leg_as_subject`,
    the stops before its verb; a prose sentence that opens with the leg, "From A to B is about
    3.5 hours", "A to B takes four hours": ``bare_leg``, with a stop made on it, "we broke
    it in P"), and what a base's outings are like
    ("From X, A is a short taxi and B makes a nice afternoon": ``_outings_from``, its whole
    sentence)."""
    relocation, distance = _cue("relocation"), _cue("distance_statement", start=True)
    leg = _cue("leg_as_subject", start=True)
    on_the_way = _cue("stop_on_the_way", end=True)
    untold: set[int] = set()
    by_sentence: dict[tuple[int, int], list[Resolution]] = {}
    for r in stops:
        by_sentence.setdefault(r.mention.sentence, []).append(r)
    sentences = sorted(by_sentence.items())
    for k, ((start, _), named) in enumerate(sentences):
        if _outings_from(text, start, named):
            untold.update(r.mention.start for r in named)
        elif len(named) >= 2 and bare_leg(
                text, start, (named[0].mention.start, named[0].mention.end),
                (named[1].mention.start, named[1].mention.end)) and not (
                k + 1 < len(sentences) and sentences[k + 1][1][0].place == named[1].place):
            # how far, unless the next sentence goes on from the leg's end ("A to B is under
            # two hours by train. We spent two nights in B, then ...": the trip's first leg);
            # a stop made on that leg goes with it ("..., we broke it in P")
            untold.update(r.mention.start for r in named[:2])
            untold.update(r.mention.start for r in named[2:] if on_the_way.search(
                text, named[1].mention.end, r.mention.start))
    for r in stops:
        start, end = r.mention.sentence
        if relocation.search(text, start, end) or (
                (said := leg.match(text[start:end])) and r.mention.end <= start + said.end()):
            untold.add(r.mention.start)
        elif said := distance.match(text[r.mention.end: end]):
            clause = _CLAUSE_END.search(text, r.mention.end + said.end(), end)
            stop = clause.start() if clause else end
            untold.update(o.mention.start for o in stops
                          if r.mention.start <= o.mention.start < stop)
    return untold


def bare_leg(text: str, start: int, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether a sentence of prose from ``start`` opens with a leg from the name at ``a`` to
    the one at ``b`` said of in the present ("From A to B is about 3.5 hours", "A to B takes
    four hours on the coastal bus"): how far it is, not a move nor an outing."""
    return bool(_LEG_OPENING.fullmatch(text, start, a[0])
                and re.fullmatch(r"[ \t]+to[ \t]+", text[a[1]: b[0]])
                and _PLACE_IS.match(text, b[1]))


def _outings_from(text: str, start: int, named: list[Resolution]) -> bool:
    """Whether the sentence opens with a base and then says what a place is like to reach
    from it ("From X, A is a short taxi", "From X, the boat to A makes a fine day out"): the
    outings of a base, no route; not "From X, we took the bus to A"."""
    if len(named) < 2:
        return False
    base, first = named[0].mention, named[1].mention
    return bool(_FROM_FRONT.fullmatch(text, start, base.start)
                and _FRONT_TO_PLACE.fullmatch(text, base.end, first.start)
                and _PLACE_IS.match(text, first.end))


def _swaps(text: str, named: list[Resolution]) -> list[tuple[Resolution, Resolution]]:
    """"I'd swap B for C", "replace B with C": each (B, C) of the section, a change to a
    route told before (in the section, or the one it answers); neither a leg nor a stop of a
    route of its own."""
    return [(b, c) for b, c in pairwise(named)
            if b.place != c.place
            and _SWAP.search(text, max(0, b.mention.start - 25), b.mention.start)
            and _SWAP_FOR.fullmatch(text, b.mention.end, c.mention.start)]


def _swapped_in(trip: list[Resolution], b: Resolution, c: Resolution) -> list[Resolution]:
    """The trip with C where it had B: at B's place in it, so its legs are read from there."""
    return [replace(r, place=c.place) if r.place == b.place else r for r in trip]


def _insertions(text: str, named: list[Resolution]
                ) -> list[tuple[Resolution, Resolution, Resolution]]:
    """The stops a section adds between two neighbouring stops of a route it tells ("EDIT:
    added C between A and B"), each as (C, A, B): no legs of their own."""
    return [(c, a, b) for c, a, b in zip(named, named[1:], named[2:], strict=False)
            if _INSERTED.search(text, max(0, c.mention.start - 20), c.mention.start)
            and _BETWEEN.fullmatch(text, c.mention.end, a.mention.start)
            and _AND.fullmatch(text, a.mention.end, b.mention.start)]


def _inserted(trip: list[Resolution], insertions: list[tuple[Resolution, Resolution, Resolution]]
              ) -> list[Resolution]:
    """The trip with each added stop between the two it was added between, once."""
    for c, a, b in insertions:
        places = [r.place for r in trip]
        at = next((j + 1 for j in range(len(trip) - 1)
                   if places[j] == a.place and places[j + 1] == b.place), None)
        if at is not None and c.place not in places:
            trip = [*trip[:at], c, *trip[at:]]
    return trip


def _forwards(text: str, chain: list[Resolution]) -> list[Resolution]:
    """A trip told from its end ("we ended in C after a week in B, having started in A") in
    travel order: the stops from the one it ended in up to the one it started in, reversed;
    the stops passed on the way from the start, in its sentence, come right after it ("we
    wrapped up in D, having come down from A by way of B and C"). Such a summary told again
    in full right after it, from the start to the end, is the full trip alone. With no start
    named, the stops each told as coming before the last one ("Before that it was B", "we got
    there from B, which came after A": `told_earlier`; "Before C we'd had two nights in B", C
    named again: `told_before`) are the trip's first ones, reversed; with a start named, they
    come between the start and the end."""
    if len(chain) < 2 or not _cue("ended_in", end=True).search(
            text, max(0, chain[0].mention.start - 30), chain[0].mention.start):
        return chain
    started, earlier = _cue("started_in", end=True), _cue("told_earlier")

    def before(k: int) -> bool:
        """Whether stop ``k`` is told as coming before the one named before it ("Before
        that, B"; "Before C we'd had two nights in B": C, named again, and then B)."""
        stop = chain[k].mention
        return bool(earlier.search(text, max(chain[k - 1].mention.end, stop.start - 40),
                                   stop.start)) or _told_from(text, chain, k) or (
            k > 1 and _told_from(text, chain, k - 1))

    back = 0  # the last of the stops each told as coming before the one named before it
    for k in range(1, len(chain)):
        stop = chain[k].mention
        if back == k - 1 and before(k):
            back = k
        if started.search(text, max(chain[k - 1].mention.end, stop.start - 40), stop.start):
            after = chain[k + 1:]
            n = next((j for j, r in enumerate(after) if r.mention.sentence != stop.sentence),
                     len(after))
            passed = after[:n] if n and _cue("through", end=True).search(
                text, stop.end, after[0].mention.start) else []
            # "… ended in C, having started in A. Before C we'd been in B": B between them
            j = k + 1 + len(passed)
            m = j + 1 if _told_from(text, chain, j) else j
            while j < m < len(chain) and before(m):
                m += 1
            told = [chain[k], *passed, *chain[m - 1:j:-1], *chain[k - 1::-1]]
            rest = chain[m:]
            # the summary told again in full from its start ("… ended in C, having started
            # in A. Bus A to B, …, C to finish"): one trip, the full one
            if rest and rest[0].place == chain[k].place and chain[0].place in {
                    r.place for r in rest}:
                return rest
            return [*told, *rest]
    return [*chain[back::-1], *chain[back + 1:]] if back else chain


def _told_from(text: str, chain: list[Resolution], k: int) -> bool:
    """Whether stop ``k`` names an earlier stop again as the point the telling goes back from
    ("Before C we'd had two nights in B", `told_before`)."""
    return 0 < k < len(chain) and chain[k].place is not None and chain[k].place in {
        r.place for r in chain[:k]} and _cue("told_before", end=True).search(
        text, max(0, chain[k].mention.start - 20), chain[k].mention.start) is not None


def _framed(text: str, chain: list[Resolution]) -> list[Resolution]:
    """A sentence that names where the trip leaves from ("flying home from B", "into A, out
    of B") right before a line ending in a colon ("So far:", "Current idea:"), or before a plan
    that starts from its first stop again, frames the list or plan after it: its stops are the
    trip's ends, which the plan tells (or not), no legs of it, nor a trip of their own; but
    where the trip lands opens a plan that starts elsewhere."""
    if not chain:
        return chain
    first = chain[0].mention.sentence
    k = next((j for j, r in enumerate(chain) if r.mention.sentence != first), len(chain))
    end = chain[k].mention.start if k < len(chain) else first[1] + _LEAD_LINE_CHARS
    # or the plan told after it starts from its first stop again ("We land in A and fly home
    # from B. Thinking A, C, D ... then B.")
    again = chain[0].place is not None and any(
        r.place is not None and r.place.id == chain[0].place.id for r in chain[k:])
    if (_LEADS_LIST_LINE.search(text, chain[k - 1].mention.end, end) or again) and (
            _cue("open_jaw_exit").search(text, *first)):
        # a plan that starts elsewhere starts from where the trip lands ("Flying into A and
        # out of A. C two nights, D three, then back to A")
        lands = k < len(chain) and chain[k].place != chain[0].place and _INTO.search(
            text, max(0, chain[0].mention.start - _INTO_CHARS), chain[0].mention.start)
        return [chain[0], *chain[k:]] if lands else chain[k:]
    return chain


def _open_jaw(text: str, chain: list[Resolution]) -> list[Resolution]:
    """"Flew into A and out of B. In between: C, then D": B, where the trip leaves from, is
    its last stop, whatever the text names after it."""
    for k in range(1, len(chain) - 1):
        a, b = chain[k - 1].mention, chain[k].mention
        if _OUT_OF.fullmatch(text, a.end, b.start) and _INTO.search(
                text, max(0, a.start - _INTO_CHARS), a.start):
            return [*chain[:k], *chain[k + 1:], chain[k]]
    return chain


def _restated(trips: list[tuple[list[Resolution], list[Resolution], bool]]
              ) -> list[tuple[list[Resolution], list[Resolution], bool]]:
    """The trips of one section without those that restate the trip next to them: a summary
    ("Our route: A - B - C") told again in full ("we started in A, took the train to B, then
    flew to D and drove to C") is one trip, the full one, and so is a recap of some of its
    days in another order ("Day 1 - our version: a night in B between the flight from A and
    the one to C"). A trip restates its neighbour when all its stops are theirs and fewer, or
    the same in the same order told later, and both are advice or neither is; only neighbours
    are compared, so the pass stays linear."""
    def ids(trip: tuple[list[Resolution], list[Resolution], bool]) -> list[str]:
        return [r.place.id for r in trip[1] if r.place is not None]

    def within(short: list[str], long: list[str]) -> bool:
        rest = iter(long)
        return all(stop in rest for stop in short)

    kept = []
    for k, trip in enumerate(trips):
        mine = ids(trip)
        restates = False
        for j in (k - 1, k + 1):
            if 0 <= j < len(trips) and trips[j][2] == trip[2]:
                theirs = ids(trips[j])
                restates = restates or (len(mine) < len(theirs) and set(mine) <= set(theirs)) or (
                    len(mine) == len(theirs) and j < k and within(mine, theirs))
        if not restates:
            kept.append(trip)
    return kept


def _stops(resolutions: Iterable[Resolution], text: str) -> list[Resolution]:
    """The section's stop mentions in text order, overlapping mentions kept once (the longer);
    roads, rivers and lakes are travelled along, never stops: by their name ("Loch Ness") or
    by the words around them ("down the Sea to Sky to B", "the A road"); a lake the text moves
    to or ends at ("on to Crater Lake", "-> Moraine Lake", "finished at Maligne Lake") is a
    stop all the same."""
    along = _cue("travelled_along", end=False)
    reached = _cue("reached_along")
    stops: list[Resolution] = []
    for r in sorted(resolutions, key=lambda r: (r.mention.start, -r.mention.end)):
        if r.place is None or not (is_stop(r.place) or _arrow_step(text, r)):
            continue
        # the name's last word, or the word after it: "drove the Trollstigen road down to B"
        after = _NEXT_WORD.match(text, r.mention.end, r.mention.end + 20)
        words = r.mention.text.split()[1:][-1:] + list(after.groups() if after else ())
        way = next((w for w in words if along.fullmatch(w)), None)
        if way is not None and r.place.kind not in _TOWN_KINDS \
                and not (reached.fullmatch(way) and (
                    _REACHED.search(text, max(0, r.mention.start - 12), r.mention.start)
                    or _ENDED_IN.search(text, max(0, r.mention.start - 30), r.mention.start))):
            continue
        if r.place.kind not in _TOWN_KINDS and (_along_the_way(text, r) or (
                stops and _gone_for(text, stops[-1], r))):
            continue
        if r.place.kind == "region" and _driven(text, r):
            continue
        if stops and r.mention.start < stops[-1].mention.end:
            continue
        stops.append(r)
    return stops


def _arrow_step(text: str, r: Resolution) -> bool:
    """Whether a first-level region stands between two arrows of a route ("KL -> Cameron
    Highlands -> Penang -> Langkawi"): a step of it, the place the region is named for (an
    island state, a province named like its town), not context."""
    return r.place is not None and r.place.kind == "admin1" and bool(
        _ARROW_BEFORE.search(text, max(0, r.mention.start - 8), r.mention.start)
        and _ARROW_AFTER.match(text, r.mention.end))


def _gone_for(text: str, town: Resolution, r: Resolution) -> bool:
    """Whether the place right after a town is what the writer went there for ("to Page for
    Horseshoe Bend", "to A to see the B"): a sight seen from that stop, not a stop itself."""
    return (town.place is not None and town.place.kind in _TOWN_KINDS
            and _GONE_FOR.fullmatch(text, town.mention.end, r.mention.start) is not None)


@cache
def _along_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"\b(?:along\s+|(?:{_words('along_before')})\s+the\s+)$",
                       re.IGNORECASE),
            re.compile(rf"\s+(?:(?:{_words('travelled_along')})\s+)?(?:on\s+)?"
                       r"(?:to|into|as far as)\b", re.IGNORECASE))


def _driven(text: str, region: Resolution) -> bool:
    """"drove the Golden Circle", "drive the Douro valley to B": a region driven, cycled or
    walked through is the way, not a stop (`driven_regions`)."""
    return bool(re.search(rf"\b(?:{_words('driven_regions')})\s+the\s+$",
                          text[max(0, region.mention.start - 20): region.mention.start],
                          re.IGNORECASE))


def _along_the_way(text: str, stop: Resolution) -> bool:
    """"along the A to B", "down the A into B", "down the A coast to B": A is the way, B the
    stop."""
    before, after = _along_patterns()
    return bool(before.search(text, max(0, stop.mention.start - 20), stop.mention.start)
                and after.match(text, stop.mention.end))


def _lists(text: str) -> list[tuple[int, int, bool]]:
    """Spans of day lists (True) and stay lists (False): each is one trip."""
    _, stay = _labels()
    spans: list[tuple[int, int]] = []
    block: list[re.Match[str]] = []
    last_number = -1
    for match in [*_day_labels(text), None]:
        label = match.group("label") if match else ""
        digits = re.findall(r"\d+", label)
        # a date by numbers ("30/5", "1/6") counts on, whichever comes first, day or month
        number = int(digits[0]) if digits and "/" not in label else last_number + 1
        # numbering starts again (a new list), or the text ends; days that are all alone on
        # their lines are left to the prose under them
        if block and (match is None or number < last_number):
            if (match is not None or len(block) >= 2) and not all(
                    m.re is _bare_day() for m in block):
                spans.append(_days_span(text, block))
            block = []
        if match is not None:
            block.append(match)
            last_number = number
    spans = [s for s in spans if s[1] > s[0]]
    tables = [s for s in _tables(text) if not any(a < s[1] and s[0] < b for a, b in spans)]
    numbered = [s for s in _numbered(text)
                if not any(a < s[1] and s[0] < b for a, b in [*spans, *tables])]
    spans = sorted([*spans, *numbered])
    # Stay lists: consecutive short lines, two or more of them giving a length of stay and the
    # rest a bare name ("3. Hue").
    run: list[tuple[int, int]] = []
    stays: list[tuple[int, int, bool]] = []
    offset = 0
    day_at = 0  # the first day list that does not end before this line
    for line in [*text.split("\n"), ""]:
        line_span = (offset, offset + len(line))
        offset += len(line) + 1
        while day_at < len(spans) and spans[day_at][1] <= line_span[0]:
            day_at += 1
        in_days = day_at < len(spans) and spans[day_at][0] <= line_span[0]
        # an indented bullet under an entry ("  - day trip to Nara") is a remark on it; an
        # entry marked as the run's first may be a longer line of notes that moves ("- drive to
        # A, 1 night, then over the pass to B for 2", "- fly to A, then B")
        marker = _entry_marker(line) if run else None
        marked = marker is not None and marker == _entry_marker(text[run[0][0]: run[0][1]])
        notes = marked and _MOVE_VERB.search(line) is not None
        if line.strip() and (len(line) <= 80 or (marked and len(line) <= _NOTE_LINE_CHARS)) and (
                not in_days and not _inline_stays(line)) and (stay.search(line) or (run and (
                    _NAME_LINE.match(line) or _SUB_BULLET.match(line) or notes))):
            run.append(line_span)
            continue
        # a stay list ends with its last stay, or with a last entry marked as its stays are
        # ("- Dublin (2n)" ... "- Galway", "4. Hoi An (4 nights)" over "5. Saigon")
        entry = next((_entry_marker(text[a:b]) for a, b in run if stay.search(text, a, b)), None)
        last_entry = bool(run) and entry is not None and _entry_marker(
            text[run[-1][0]: run[-1][1]]) == entry and not _SUB_BULLET.match(text, run[-1][0])
        while run and not last_entry and not stay.search(text, *run[-1]):
            run.pop()
        if sum(bool(stay.search(text, *span)) for span in run) >= 2:
            stays.append((run[0][0], run[-1][1], False))
        run = []
        if not in_days and (inline := _inline_stays(line)):
            stays.append((line_span[0] + inline[0], line_span[0] + inline[1], False))
    return sorted([*((a, b, (a, b) not in numbered) for a, b in spans), *stays,
                   *((a, b, False) for a, b in tables)])


def _entry_marker(line: str) -> str | None:
    """How a list's line marks its entry: its bullet, or "1." for any number ("3." and "4."
    mark alike); None for a line with no mark."""
    mark = _ENTRY_MARK.match(line)
    return None if mark is None else re.sub(r"\d{1,2}", "1", mark.group())


def _table_blocks(text: str) -> list[tuple[list[str], list[list[tuple[int, int]]]]]:
    """The text's tables: runs of two or more rows, each row's cells as spans of the text, the
    first row the header (its cells' words). A row is a line between bars ("| 2 | A | B |"), or
    one whose cells two bars or two tabs or more part ("2 | A | Hotel X", pasted without
    the outer bars or from a spreadsheet)."""
    blocks: list[tuple[list[str], list[list[tuple[int, int]]]]] = []
    rows: list[list[tuple[int, int]]] = []
    offset = 0
    for line in [*text.split("\n"), ""]:
        stripped = line.strip()
        if (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 2) or (
                stripped.count("|") >= 2 or stripped.count("\t") >= 2):
            rows.append([(offset + a, offset + b) for a, b in
                         (m.span() for m in re.finditer(r"[^|\t]+", line) if m.group().strip())])
        else:
            if len(rows) >= 2:
                blocks.append(([text[a:b].strip() for a, b in rows[0]], rows[1:]))
            rows = []
        offset += len(line) + 1
    return blocks


def _tables(text: str) -> list[tuple[int, int]]:
    """The bodies of route tables: two rows or more that name something, under a header
    that names a day, a night, a date or the ends of a leg ("| Day | From | To |",
    `table_header`); each row's places in column order, row after row."""
    header = re.compile(rf"(?:{_words('table_header')})", re.IGNORECASE)
    spans: list[tuple[int, int]] = []
    for head, rows in _table_blocks(text):
        body = [row for row in rows if re.search(r"[^\W\d_]", text[row[0][0]: row[-1][1]])]
        if len(body) >= 2 and any(header.fullmatch(cell) for cell in head):
            spans.append((body[0][0][0], body[-1][-1][1]))
    return spans


def _not_stop_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table's columns that name no stop: where the writer slept, notes,
    prices (`table_not_stops`: "| Night | Town | Hotel |" over "| 4 | Fort William | Ben
    Nevis Inn |")."""
    other = re.compile(rf"(?:{_words('table_not_stops')})", re.IGNORECASE)
    cells: list[tuple[int, int]] = []
    for head, rows in _table_blocks(text):
        columns = {k for k, cell in enumerate(head) if other.fullmatch(cell)}
        cells.extend(row[k] for row in rows for k in columns if k < len(row))
    return cells


def _numbered(text: str) -> list[tuple[int, int]]:
    """Spans of numbered steps ("1) A 2) B 3) C", one a line or inline) that the words just
    before call a route or an order ("Our loop, in order:", "Route was"), never a ranking ("my
    top 5", "favourites"), or that travel themselves ("1) Fly into A 2) Bus to B 3) C for 4
    nights"): numbering from 1 up, one by one, three steps or more."""
    spans: list[tuple[int, int]] = []
    steps: list[re.Match[str]] = []
    for match in [*_STEP.finditer(text), None]:
        if match is not None and int(match.group("n")) == len(steps) + 1:
            steps.append(match)
            continue
        if len(steps) >= 3:
            first = steps[0].start()
            lead = text[max(0, first - _LEAD_CHARS, *(m.end() for m in _BLANK_LINE.finditer(
                text, max(0, first - _LEAD_CHARS), first))): first]
            if not lead.strip():  # "Route in order:" over a blank line, as markdown has it
                lead = "".join(_LABEL_OVER_BLANK.findall(
                    text, max(0, first - _LEAD_CHARS), first)[-1:])
            if (_cue("route_label").search(lead) and not _cue("ranking").search(lead)) or (
                    _steps_travel(text, steps)):
                spans.append(_block_span(text, steps))
        steps = [match] if match is not None and match.group("n") == "1" else []
    return spans


def _steps_travel(text: str, steps: list[re.Match[str]]) -> bool:
    """Whether most numbered steps, two at least, open with a move ("Fly into A", "Bus to B")
    or give a stay ("C for 4 nights"): a route whatever leads into it."""
    _, stay = _labels()
    ends = [m.start() for m in steps[1:]] + [_block_span(text, steps)[1]]
    travelled = sum(bool(_cue("move", start=True).match(text[m.end(): end])
                         or stay.search(text, m.end(), end))
                    for m, end in zip(steps, ends, strict=True))
    return travelled >= 2 and travelled * 2 >= len(steps)


# "A 3 nights, B 2 nights then fly home": the way home after the last stay is no leg of it.
_GOING_HOME = re.compile(r"\bhome\b", re.IGNORECASE)


def _inline_stays(line: str) -> tuple[int, int] | None:
    """Where a line is a stay list by itself ("Plan: Lisbon 3 nights, Porto 2, Lagos 4
    nights"), or one of its sentences is ("Revised: A (3), B (1), C (3). Renting a car in
    B."): after an optional "label:", short entries between commas, slashes or bars, two or
    more of them giving a length of stay (one in words, the rest may be a bare number: "A
    4 nights, B 3, C 2", or all bare numbers in brackets, "A (3), B (1)", unless they count
    1, 2, 3 like a ranking) and none of them a sentence nor a move, but the way home after the
    last ("... Malaga 2 nights then fly home")."""
    _, stay = _labels()
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]*", line)]
    for start, end in [(0, len(line)), *(sentences if len(sentences) > 1 else [])]:
        part = line[start:end]
        body = part.split(":", 1)[1] if ":" in part[:40] else part
        entries = [e.strip() for e in re.split(r"[,;/|\u2022]|\s(?:and|then)\s", body)]
        entries = [e for e in entries if e.strip(" .")]
        said = sum(bool(stay.search(e)) for e in entries)
        counted = sum(bool(re.search(r"[^\W\d_]\s+\d{1,2}(?:[.!?]|$)", e)) for e in entries)
        bracketed = [int(m.group(1)) for e in entries
                     if (m := re.search(r"[^\W\d_]\s*\((\d{1,2})\)[.!?]?$", e))]
        if (len(entries) >= 2 and all(len(e) <= 40 for e in entries)
                and not any(re.search(r"[.!?]\s+(?:\S+\s+){3}\S", e) for e in entries)
                and ((said >= 1 and said + counted >= 2) or (
                    len(bracketed) >= 2 and bracketed != list(range(1, len(bracketed) + 1))))
                and not any(_cue("move").search(e) for e in entries[:-1])
                and not (_cue("move").search(entries[-1]) and not _GOING_HOME.search(entries[-1]))):
            return start, end
    return None


def _block_span(text: str, block: list[re.Match[str]]) -> tuple[int, int]:
    end = text.find("\n", block[-1].end())
    return block[0].start(), len(text) if end < 0 else end


def _days_span(text: str, block: list[re.Match[str]]) -> tuple[int, int]:
    """A day list's span: to the end of its last label's line, or, where the days are
    headings over lines of prose, to the end of the last day's paragraph."""
    start, end = _block_span(text, block)
    prose = any(text[text.find("\n", a.end()) + 1: b.start()].strip()
                for a, b in pairwise(block) if text.find("\n", a.end(), b.start()) >= 0)
    if not prose:
        return start, end
    blank = _BLANK_LINE.search(text, end)
    return start, blank.start() if blank else len(text.rstrip())


def _list_stops(text: str, stops: list[Resolution], label_ends: list[int], *,
                days: bool) -> list[Resolution]:
    """A list's stops, minus those ruled out, the sights listed after "A:", and (in a day
    list) remarks on lines without a day label; ``label_ends`` are where the text's day labels
    end."""
    day, _ = _labels()
    labelled: dict[int, bool] = {}  # line start -> whether the line has a day label
    kept: list[Resolution] = []
    first_of_entry: Resolution | None = None  # the entry's first kept stop
    named = {r.place.id for r in stops if r.place is not None and days
             and day.search(text, text.rfind("\n", 0, r.mention.start) + 1, r.mention.start)}
    entry_at: tuple[int, int] | None = None  # a day's label, where its own stops begin in kept
    for r in stops:
        at = bisect_right(label_ends, r.mention.start)
        line_start = text.rfind("\n", 0, r.mention.start) + 1
        entry_start = max(label_ends[at - 1] if at else 0, line_start)
        if _ruled_out(text, r, entry_start) or _crossed(text, r) or _named_for(text, r, stops):
            continue
        if days and _asks(text, r) and r.place is not None and r.place.id in {
                k.place.id for k in kept if k.place is not None} and not day.search(
                text, max(entry_start, r.mention.sentence[0]), r.mention.start):
            continue  # a question about a stop already listed ("Is B worth it?")
        if days and line_start not in labelled:
            line_end = text.find("\n", r.mention.end)
            labelled[line_start] = bool(day.search(text[line_start: len(text) if line_end < 0
                                                        else line_end]))
        if days and not labelled[line_start]:
            # a remark between the days of a list, unless it moves to a place no day names
            # ("Day 4 - B / Bus via P", "Day 5 - C / Base for day trips to D and E")
            move = _remark_move(text, r, line_start, named)
            if move is None:
                continue
            if entry_at is not None and entry_at[0] == at and (
                    move == "through" or len(kept) - entry_at[1] >= 2):
                # passed on the way to the day's stop, the last of a leg ("Day 4: A to B"
                # over "Bus via P" or "the ferry to P, then a train into B")
                place = max(entry_at[1], len(kept) - 1)
                kept.insert(place, r)
                entry_at = (at, entry_at[1] + (place == entry_at[1]))
            elif (kept and kept[-1].mention.start >= line_start
                  and kept[-1].mention.sentence == r.mention.sentence
                  and _FROM_BEFORE.search(text, line_start, r.mention.start)):
                kept.insert(len(kept) - 1, r)  # "flew back to A from P": P comes first
            elif (entry_at is not None and entry_at[0] == at and len(kept) > entry_at[1]
                  and _FROM_BEFORE.search(text, line_start, r.mention.start)):
                # "Day 2 - A" over "Got in on the train from P": the day's stop reached from P
                kept.insert(entry_at[1], r)
                entry_at = (at, entry_at[1] + 1)
            else:
                kept.append(r)
            continue
        if first_of_entry is None or first_of_entry.mention.start < entry_start:
            first_of_entry = None
        elif ":" in text[first_of_entry.mention.end: r.mention.start]:
            continue
        if first_of_entry is None:
            entry_at = (at, len(kept))
        kept.append(r)
        first_of_entry = first_of_entry or r
    return kept


def _named_for(text: str, r: Resolution, stops: list[Resolution]) -> bool:
    """Whether the stop is named in brackets right after an entry's stop, the brackets holding
    nothing but names ("Valladolid (Ek Balam)", "Page (Horseshoe Bend, Antelope Canyon)"): what
    the stop is for, no stop of its own; not an outing told there ("(day trip to B)")."""
    opened = text.rfind("(", 0, r.mention.start)
    closed = text.find(")", r.mention.end)
    if opened < 0 or closed < 0 or ")" in text[opened: r.mention.start] or "\n" in text[
            opened: closed]:
        return False
    inside = [o for o in stops if opened < o.mention.start < closed]
    before = [o for o in stops if o.mention.end <= opened]
    if not before or text[before[-1].mention.end: opened].strip():
        return False
    rest, at = [], opened + 1
    for o in inside:
        rest.append(text[at: o.mention.start])
        at = o.mention.end
    rest.append(text[at: closed])
    return all(_NAMES_APART.fullmatch(part) for part in rest)


def _remark_move(text: str, r: Resolution, line_start: int, named: set[str]) -> str | None:
    """How a remark under a day of a list moves to a place no day names, or back to one a
    day names ("Day 5 - B" over "a day out, back to A by dark"): "through" (passed on the
    way: "via P"), "move" ("drove on to P", "day trips to P", "Up to P"), or None (no move
    in its sentence before it, or one ruled out, negated, given up, of another trip or
    advice: "we meant to stop at P", "next time we'd fly to P")."""
    if r.place is None or r.place.kind == "airport" or _ruled_out(text, r) or _option(text, r):
        return None  # an airport there is how the day's stop was reached ("landed at MCT")
    if r.place.id in named and not _cue("return_to", end=True).search(
            text, max(line_start, r.mention.start - 30), r.mention.start):
        return None
    start = max(line_start, r.mention.sentence[0])
    before = text[start: r.mention.start]
    if any(_cue(key).search(before) for key in ("negation", "plan_given_up", "another_trip",
                                                   "advice")):
        return None  # "next time we'd fly to P", "you could add a day in P"
    # the nearest cue tells: "Up to P via Q, a day out to R" passes Q and goes out to R
    through = _last(_cue("through"), before, 0, len(before))
    moved = [found.start() for key in ("move", "day_trip", "stop_on_the_way")
             if (found := _last(_cue(key), before, 0, len(before))) is not None]
    # "the ferry through the fjord to P": P is reached, whatever the way passed
    if (through is not None and through.start() >= max(moved, default=-1)
            and not _MOVED_TO.search(before, through.end())):
        return "through"
    if moved or _HEADED_TO.fullmatch(before):
        return "move"  # also a note's way with no verb: "Up to P via Q", "On to P"
    return None


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
    # An outing and back ("a day trip from A", "an hour each way") that is not told between
    # two moves of its paragraph: a trip of its own, no legs of the narrative.
    day_trip: bool
    heading: bool = False  # a stop's name on a line of its own, or opening notes on it
    # "Next year we plan to ...", "Last time we ...": the trip it tells may be another one;
    # with the time its stops are in ("visited", "future" or None)
    switch: bool = False
    when: str | None = None
    asks: bool = False  # a question: it asks about a trip, it tells none of the trip around it
    # Advice only by its bare opening verb ("Fly into A and spend two nights."): in notes with
    # no writer in them ("Train up to B, then C.") it is the writer's plan written tersely.
    imperative: bool = False
    notes: bool = False  # neither advice nor the writer ("Train up to B, then drive to C.")
    # The time it opens with before its stops ("The first time, years ago: A, B"; "Last winter
    # we did C"): a sentence framed by another time than the run's tells another trip.
    frame: str | None = None


def _units(text: str, stops: list[Resolution]) -> list[_Unit]:
    units = []
    # (a day-trip cue, a move before it, a base reached or stayed at that the outing leaves)
    outings: list[tuple[bool, bool, bool]] = []
    at = 0
    for match in _UNIT.finditer(text):
        start, end = match.span()
        here = []
        while at < len(stops) and stops[at].mention.start < end:
            if stops[at].mention.start >= start:
                here.append(stops[at])
            at += 1
        sentence = match.group()
        # A heading: the name alone, or a paragraph opening "Name: ..." or "Name - ..."
        # (notes on a stop; not the first sign of a dash list "A - B - C")
        heading = bool(here) and (
            (len(here) == 1 and _HEADING_MARKS.sub("", sentence) == here[0].mention.text
             and not _LIST_NUMBER.search(text, max(0, start - 5), start))  # "2. A": an item
            or (here[0].mention.start == start and (start == 0 or text[start - 1] == "\n")
                and _opens_notes(text, here)))
        # A summary, or a life story ("I lived in A, then B", no travel verb): no travel told
        summary = bool(_cue("summary").search(sentence) or (_cue("residence").search(
            sentence, 0, here[0].mention.start - start if here else 0)
            and not _MOVE_VERB.search(sentence)))
        # Only a move cue before one of its stops starts a narrative: not "A looks like a
        # place I'd have loved to see when I went"; or a stop said to open a stretch ("A was
        # our first stop", "B was our base").
        last = here[-1].mention.start - start if here else len(sentence)
        moves = [m.start() for m in _cue("move").finditer(sentence)]
        starts = heading or (not summary and (any(at < last for at in moves) or (
            bool(here) and bool(_cue("opening").search(sentence))) or _opens_with_leg(
                text, start, here)))
        travels = starts or (not summary and bool(moves))
        first = here[0].mention.start - start if here else len(sentence)
        advice = _advises(sentence, last)
        imperative = advice and not _advises(sentence, last, bare_verb=False)
        units.append(_Unit(start, end, tuple(here), starts, travels, advice,
                           _paragraph(text, start), False, heading,
                           bool(_cue("another_trip").search(sentence, 0, first)), _when(here),
                           sentence.rstrip(" \t\"')\u201d\u2019").endswith("?"), imperative,
                           not advice and not _cue("writer").search(sentence),
                           frame.group().lower() if (frame := _cue("trip_frame").search(
                               sentence, 0, first)) else None))
        outing = _cue("day_trip").search(sentence)
        # "flew to A, drove on to B and a side trip to C": the sentence moves before its outing
        moves_first = outing is not None and any(
            at < outing.start() and start + at < r.mention.start for at in moves[:1] for r in here)
        # "took the train to A, with a day trip to B", "we stayed in A and did day trips to
        # B": a base reached or stayed at, then the outing from it (not "the train from A to B
        # for a day trip", where the move is the outing)
        base_first = outing is not None and (moves_first or bool(_cue("stay_opening").search(
            sentence, 0, outing.start()))) and any(
            r.mention.start > start + outing.start() for r in here)
        outings.append((outing is not None, moves_first, base_first))
    return _outings(_stays_opening(text, units), outings)


def _stays_opening(text: str, units: list[_Unit]) -> list[_Unit]:
    """A stay in the writer's voice ("First we were in A for five nights", "We spent three
    nights in A", "Our first week was all A") starts the trip when the next sentence (past one
    without stops) goes on from it ("Then we took the bus to B", "From there ..."), moves on
    from it in time ("Next morning a bus to B", "Two days later we flew to B": `time_on`) or
    leaves it ("We left A on Sunday for B"); not "We stayed in A last year. Next spring we want
    to fly to B"."""
    opening = _cue("stay_opening")
    onward = (_cue("then", start=True), _cue("from_there", start=True))
    time_on = _cue("time_on", start=True)
    for k, unit in enumerate(units):
        if unit.starts or not unit.stops or not opening.search(text, unit.start, unit.end):
            continue
        after = units[k + 1: k + 3]
        if after and not after[0].stops and len(after) > 1:
            after = after[1:]
        if after and (any(p.match(text[after[0].start: after[0].end]) for p in onward) or (
                after[0].starts and after[0].stops and (
                    time_on.match(text[after[0].start: after[0].end]) or (
                        after[0].stops[0].place is not None
                        and after[0].stops[0].place == unit.stops[0].place)))):
            units[k] = replace(unit, starts=True, travels=True)
    return units


def _opens_with_leg(text: str, start: int, here: list[Resolution]) -> bool:
    """Whether the sentence opens with a leg as its subject ("Zurich to Lucerne is under an
    hour", "- Oslo to Bergen took seven hours"): it travels from its first stop."""
    return len(here) >= 2 and not text[start: here[0].mention.start].strip(" \t-*\u2022") \
        and bool(re.fullmatch(r"[ \t]+to[ \t]+", text[here[0].mention.end: here[1].mention.start]))


def _when(stops: list[Resolution]) -> str | None:
    """Whether most of the stops were visited or are still to come (planned or wished for)."""
    counts = {"visited": 0, "future": 0}
    for r in stops:
        relation = r.mention.relation
        if relation in ("planning", "wishlist"):
            counts["future"] += 1
        elif relation == "visited":
            counts["visited"] += 1
    if counts["visited"] == counts["future"]:
        return None
    return max(counts, key=lambda k: counts[k])


def _advises(sentence: str, last: int, *, bare_verb: bool = True) -> bool:
    """Whether the sentence advises someone else: an advice cue before its last stop ``last``
    ("you could fly into A and drive to B"), or after it in a sentence where the writer has
    not told their own doing first ("Fly into A, drive to B: I'd recommend it"), or (with
    ``bare_verb``) one that opens with a bare travel verb ("Take the train from A to B"); not
    "we took the bus to B, which I'd recommend over the train", nor "Started in A, which I'd
    recommend"."""
    writer = _cue("writer").search(sentence)
    aside = _cue("advice_aside", end=True)
    return (bare_verb and bool(_cue("imperative", start=True).match(sentence))) or any(
        (cue.start() < last or writer is None or writer.end() > cue.start())
        and not aside.search(sentence, max(0, cue.start() - 8), cue.start())
        for cue in _cue("advice").finditer(sentence))


def _advised(text: str, first: Resolution) -> bool:
    """Whether a list or a chain of arrows starting at stop ``first`` is advice: an advice cue
    in the words that lead into it, in its sentence or on a line ending in a colon just above
    ("If I were you:\nDay 1: A ..."); only the 200 characters before the stop are read."""
    window = max(0, first.mention.start - _LEAD_CHARS)
    lead_start = max(window, first.mention.sentence[0])
    newline = text.rfind("\n", window, first.mention.start)
    if newline >= 0:
        end = newline
        while end > window and text[end - 1].isspace():
            end -= 1
        if end > window and text[end - 1] == ":":
            lead_start = min(lead_start, max(window, text.rfind("\n", window, end) + 1))
    return bool(_cue("advice").search(text, lead_start, first.mention.start))


def _opens_notes(text: str, here: list[Resolution]) -> bool:
    """Whether the first stop of a line is followed by a colon or a spaced dash that opens
    notes on it, rather than a dash that leads to the next stop."""
    first = here[0].mention
    sign = re.match(r":|[ \t]+[-\u2013\u2014][ \t]+", text[first.end: first.end + 4])
    if sign is None:
        return False
    return sign.group() == ":" or len(here) == 1 or bool(
        text[first.end + sign.end(): here[1].mention.start].strip(" \t("))


def _outings(units: list[_Unit], outings: list[tuple[bool, bool, bool]]) -> list[_Unit]:
    """Mark the day-trip sentences that stand on their own. One told between moves of its
    paragraph ("flew to A. A was a fine base for day trips to B. The road to C ..."), or one
    that moves before its outing in a paragraph that moves elsewhere too, is a stretch of the
    trip, its destinations stops at their place; so is one that reaches or stays at the base
    it leaves from ("took the train to A, with a day trip to B", "we stayed in A and did day
    trips to B") when a later sentence of its paragraph moves on into a stop."""
    moved_before: set[int] = set()  # units with a travelling unit earlier in the paragraph
    moved = False
    for k, unit in enumerate(units):
        if k and unit.paragraph != units[k - 1].paragraph:
            moved = False
        if moved:
            moved_before.add(k)
        moved = moved or unit.travels
    moves_after = False  # a later unit of the paragraph travels
    moves_on = False  # ... and one of them moves into a stop
    marked: list[_Unit] = []
    for k in range(len(units) - 1, -1, -1):
        unit = units[k]
        if k + 1 < len(units) and units[k + 1].paragraph != unit.paragraph:
            moves_after = moves_on = False
        said, moves_first, base_first = outings[k]
        inside = (k in moved_before and moves_after) or (
            moves_first and (k in moved_before or moves_after)) or (base_first and moves_on)
        marked.append(replace(unit, day_trip=said and not inside))
        moves_after = moves_after or unit.travels
        moves_on = moves_on or bool(unit.stops and unit.starts and not (
            said or unit.asks or unit.switch))
    return marked[::-1]


def _paragraph(text: str, at: int) -> int:
    """The number of the paragraph (blank-line separated) that offset ``at`` is in."""
    return bisect_right(_breaks(text), at)


@lru_cache(maxsize=4)
def _breaks(text: str) -> list[int]:
    """Where the blank lines of ``text`` end: read once per section, not once per sentence."""
    return [m.end() for m in _BLANK_LINE.finditer(text)]


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
    position = {id(u): k for k, u in enumerate(named)}
    runs: list[list[_Unit]] = []
    run: list[_Unit] = []
    quiet = 0
    for unit in units:
        if not unit.stops:
            quiet += 1
            if quiet > _MAX_QUIET_SENTENCES and run:
                runs.append(run)
                run = []
            continue
        quiet = 0
        ahead = named[position[id(unit)] + 1: position[id(unit)] + 3]
        # A new paragraph goes on with the trip only if its next travelling sentence moves
        # into a stop (a sentence about a stop may come first), and never into or out of a
        # paragraph that writes its own list; a day trip is an outing of its own, and a
        # question is no part of a trip told around it (nor the other way round).
        mover = next((u for u in (unit, *ahead) if u.travels), None)
        moves_on = mover is not None and mover.starts and _same_voice(mover, unit)
        when = next((u.when for u in reversed(run) if u.when), None)
        frame = next((u.frame for u in reversed(run) if u.frame), None)
        if run and _looks_back(text, run, unit) and not any(u.starts for u in ahead):
            if not (unit.starts and _retold(run, unit)):
                runs.append(run)
                run = []
                continue
            run = []  # the outline told again in full: the full telling is the trip
        if run and (run[-1].day_trip or unit.day_trip or run[-1].asks != unit.asks or (
                unit.paragraph != run[-1].paragraph
                and (not moves_on or explicit & {unit.paragraph, run[-1].paragraph}))
                or (unit.switch and unit.when is not None and when not in (None, unit.when))
                or (unit.frame is not None and frame not in (None, unit.frame))):
            runs.append(run)
            run = []
        if (unit.starts or (run and unit.travels)) and (
                not run or _same_voice(run[-1], unit)):
            previous = named[position[id(unit)] - 1] if position[id(unit)] else None
            if (not run and previous is not None and _cue("from_there", start=True).match(
                    text[previous.end: unit.end].lstrip(" \t")) and not (
                        runs and runs[-1][-1] is previous)
                    and previous.paragraph == unit.paragraph
                    and _same_voice(previous, unit)):
                run = [previous]  # "A was our base. From there we drove to B."
            run.append(unit)
            continue
        bridge = (not unit.travels and run and _same_voice(run[-1], unit)
                  and any(u.travels and _same_voice(u, unit) for u in ahead))
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
        # A stop of a sentence that does not travel ("a fine base for day trips to A and B")
        # takes its place where a later sentence of the run travels to it.
        last_in = {r.place.id: k for k, u in enumerate(run) for r in u.stops
                   if r.place is not None}
        kept = [(k, r) for k, u in enumerate(run) for r in _kept_in(text, u)
                if u.travels or r.place is None or last_in[r.place.id] == k]
        # A heading names the stop its paragraph is about; where the paragraph names it again
        # ("from A to B" under the heading "B"), that mention gives its place in the trip.
        again = {(run[k].paragraph, r.place.id): k for k, r in kept if r.place is not None}
        chain = [r for k, r in kept if not (
            run[k].heading and r.place is not None and again[run[k].paragraph, r.place.id] > k)]
        chain = _in_between(text, _leg_named_after(text, _through_first(
            text, _without_regions(text, _unnegated(text, chain)))))
        moves = any(_cue("move").search(text, u.start, u.end) for u in run)
        distinct = {r.place.id for r in chain if r.place is not None}
        if len(distinct) >= 3 or (len(distinct) == 2 and moves):
            read = {r.mention.start for u in run for r in u.stops}
            chains.append((chain, _run_advice(run), read))
    return chains


def _same_voice(a: _Unit, b: _Unit) -> bool:
    """Whether two sentences tell one trip in one voice: both advice or neither, or a bare
    verb's opening ("Fly into A.") beside notes with no writer in them ("Train up to B.")."""
    return a.advice == b.advice or (a.imperative and b.notes) or (b.imperative and a.notes)


def _run_advice(run: list[_Unit]) -> bool:
    """A narrative is advice when a sentence of it says so in words ("you could", "I'd"), or
    when every sentence naming a stop opens with a bare verb ("Take the train to A. Fly on to
    B."); bare verbs among terse notes ("Fly into A. Train up to B, then C.") are the writer's
    plan."""
    named = [u for u in run if u.stops]
    return any(u.advice and not u.imperative for u in named) or all(u.imperative for u in named)


def _looks_back(text: str, run: list[_Unit], unit: _Unit) -> bool:
    """Whether the sentence opens with an earlier stop of the trip (one a travelling sentence
    placed, not one it ruled out: "A, which reminded me of B"), not the one it is at, and no
    move to it ("Cycling around A was the highlight", "A was our favourite", "From A we
    spent a day on the water"): notes on the trip told,
    which end it when no sentence just after moves on ("Last stop was B"), unless the
    sentence itself moves on to a new stop ("From A we flew on to D"), rules A out
    ("steeper than A") or goes back from it ("Before A we'd been in C", `told_before`), or
    it is the base the trip's last stop was an outing from ("a day trip to B. We left A on
    Sunday for C": back at A)."""
    placed = [(u, r, r.place.id) for u in run if u.travels for r in u.stops
              if r.place is not None and not _ruled_out(text, r, u.start)]
    ids = [place_id for _, _, place_id in placed]
    first = unit.stops[0]
    if (first.place is None or not ids or first.place.id == ids[-1] or first.place.id not in ids
            or _ruled_out(text, first, unit.start)
            or _cue("told_before", end=True).search(text, unit.start, first.mention.start)):
        return False
    last_unit, last, _ = placed[-1]
    if len(ids) > 1 and first.place.id == ids[-2] and (_outing_to(text, last) or _cue(
            "day_trip").search(text, last_unit.start, last.mention.start)):
        return False
    if _moves_to(text, unit.start, first):
        return False
    return not any(r.place is not None and r.place.id not in ids
                   and _moves_to(text, first.mention.end, r) for r in unit.stops[1:])


def _retold(run: list[_Unit], unit: _Unit) -> bool:
    """Whether the sentence tells the run's trip again in full: it starts from the run's first
    stop and names every stop of the run among three or more ("We land in A and fly home from
    B. The plan is A for four nights, a night in C, then B")."""
    told = [r.place.id for u in run for r in u.stops if r.place is not None]
    again = [r.place.id for r in unit.stops if r.place is not None]
    return (len(set(again)) >= _RETOLD_STOPS and bool(told) and again[0] == told[0]
            and set(told) <= set(again))


def _moves_to(text: str, start: int, stop: Resolution) -> bool:
    """Whether the words from ``start`` move to the stop ("took the ferry on to B", "back
    into B")."""
    return bool(_MOVE.search(text, start, stop.mention.start)
                or _REACHED.search(text, max(start, stop.mention.start - 12), stop.mention.start))


def _kept_in(text: str, unit: _Unit) -> list[Resolution]:
    """The stops of a sentence that the words around them leave as stops: not "nicer than A",
    not a place to measure from ("B, an hour from A"; but "the ride from A to B"), not an
    option ("either A or B"), not an aside in brackets unless it tells a day trip from the
    stop before ("in A (with a day trip to B)": an outing at its place)."""
    reference = _cue("reference_before", end=True)
    kept = []
    depth, at = 0, unit.start
    for r in unit.stops:
        depth += text.count("(", at, r.mention.start) - text.count(")", at, r.mention.start)
        at = r.mention.start
        start = max(unit.start, r.mention.start - 30)
        aside = depth > 0 and not _outing(text, text.rfind("(", unit.start, r.mention.start), r)
        if aside or _ruled_out(text, r, unit.start) or (
                reference.search(text, start, r.mention.start)
                and not _TO_NEXT.match(text, r.mention.end)):
            continue
        if not _option(text, r, start):
            kept.append(r)
    return kept


def _outing(text: str, start: int, stop: Resolution) -> bool:
    """Whether an aside in brackets, from ``start``, tells an outing to the stop: a day trip
    ("(with a day trip to B)", "(did B as a day trip)"), a move ("drove up to B"), a way passed
    ("(via B, 4h)") or a boat,
    walk, hike, tour or day to or at it ("(a morning boat at the B caves, a drive down to C for
    lunch)", "(a hike up B, and a day at C)")."""
    close = text.find(")", stop.mention.end)
    after = text[stop.mention.end: close if close >= 0 else stop.mention.end]
    return bool(_cue("day_trip").search(text, start, stop.mention.start)
                or _cue("day_trip").search(re.split(r"[,;]", after, maxsplit=1)[0])
                or _MOVE.search(text, start, stop.mention.start)
                or _cue("through", end=True).search(text, start, stop.mention.start)
                or re.search(rf"\b(?:{_words('outing')})\b[^,;()]{{0,20}}?\b(?:to|at|into|round|"
                             r"around|up)\s+(?:the\s+)?$", text[start: stop.mention.start],
                             re.IGNORECASE))


def _ruled_out(text: str, stop: Resolution, start: int = 0) -> bool:
    """Whether the words just before the stop rule it out ("nicer than A", "grew up in B",
    "skip the night in C"), pass on what others say of it ("friends raved about D": `hearsay`,
    a tip, not a stop; apart from `not_a_stop_before`, which the day-trip finder reads too,
    as a tip may name a day out), name it as where a thing came from ("a pie that had come all
    the way from A", "longer than the one from B": `origin_of_thing`), or hedge it ("and maybe A":
    a stop not settled on, though an outing weighed up all the same), the words right after it
    when it opens its sentence ("Izola we never got to", "Aspen we skipped") or name a leg by
    it ("the Mostar leg"), or it belongs to a plan given up in its sentence ("Originally we
    planned A to B, but in the end we flew ...")."""
    before = max(start, stop.mention.start - _RULED_OUT_CHARS)
    return any(_cue(key, end=True).search(text, before, stop.mention.start)
               for key in ("not_a_stop_before", "hearsay", "hedge")) or _cue(
        "origin_of_thing", end=True).search(text, max(start, stop.mention.start - _ORIGIN_CHARS),
                         stop.mention.start) is not None or (
        not re.search(r"[^\W\d_]", text[stop.mention.sentence[0]: stop.mention.start])
        and _cue("not_a_stop_after", start=True).match(
            text[stop.mention.end: stop.mention.end + 40]) is not None) or _cue(
        "leg_named_after", start=True).match(  # "the Mostar leg was stunning": a leg, no stop
            text[stop.mention.end: stop.mention.end + 40]) is not None or _given_up(text, stop)


def _given_up(text: str, stop: Resolution) -> bool:
    """Whether the stop is the plan a sentence gives up: a plan before it and a change after
    it ("we'd planned to go to A, but the bus didn't run", "we had meant to stop in A but
    there was no time"); a stop after the change is the new plan ("..., so we went to B")."""
    sentence_start, sentence_end = stop.mention.sentence
    change = _cue("plan_changed")
    if change.search(text, stop.mention.end, sentence_end) is None or _cue(
            "reached_before", end=True).search(text, max(0, stop.mention.start - 20),
                                               stop.mention.start):
        return False  # "we'd wanted to go on to B after A, but ...": A was reached
    plan = _last(_cue("plan_given_up"), text, sentence_start, stop.mention.start)
    return plan is not None and change.search(text, plan.end(), stop.mention.start) is None


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` between ``start`` and ``end``."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 - the last one is wanted
        pass
    return found


def _option(text: str, stop: Resolution, start: int = 0) -> bool:
    """Whether the stop is one of two options ("either A or B"): neither is a stop; not when
    the next sentence opens with "Either way" or "Or"."""
    before = max(start, stop.mention.start - 30)
    after = min(stop.mention.end + 12, stop.mention.sentence[1])
    return bool(_cue("alternative", end=True).search(text, before, stop.mention.start)
                or _cue("alternative", start=True).match(text[stop.mention.end: after]))


def _unnegated(text: str, chain: list[Resolution]) -> list[Resolution]:
    """The chain without stops a negation rules out, between the previous stop and the stop
    ("..., and not once thought of turning off toward A"), unless the writer's own clause
    starts again after it ("the bus didn't run, so we went to A"); never across a blank line,
    which a sentence may run over after a title with no full stop ("Sicily without a car")."""
    negation = _cue("negation")
    restart = _cue("clause_restart")
    kept = []
    previous_end = 0
    for r in chain:
        breaks = _breaks(text)
        paragraph = _paragraph(text, r.mention.start)
        start = max(r.mention.sentence[0], previous_end, breaks[paragraph - 1] if paragraph else 0)
        negated = _last(negation, text, start, r.mention.start)
        # "the bus didn't run, so we went to A": the negation is a clause of its own; so is
        # one in an aside closed before the stop ("to B (we didn't stop in P) and on to A")
        if negated is None or restart.search(text, negated.end(), r.mention.start) or (
                text.find(")", negated.end(), r.mention.start) >= 0
                and text.rfind("(", start, negated.start()) >= 0):
            kept.append(r)
        previous_end = r.mention.end
    return kept


_ON_SHORE = re.compile(r"\s*,?\s+on\s+(?:the\s+)?(?:shores?\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
# "to A and two nights in the B": a stay of its own, joined to the stop before it
_NEW_STAY = re.compile(r"\s*,?\s*(?:and|then|plus)\b", re.IGNORECASE)


def _without_regions(text: str, chain: list[Resolution]) -> list[Resolution]:
    """A region, desert or range said to hold the stop before it ("B for a night in the
    Sahara", "Banff in the Rockies"; not one left: "After B we spent a night in the
    Sahara"), the stay after it ("down to the Algarve, staying in B")
    or the sentence's stops ("In the Algarve we drove from A to B"; "the Garden Route: A, B")
    is where those stops are, as is a lake a stop stands on ("B on Lake C"), not a stop of its
    own (a stay joined on, "to B and two nights in the park", is one, and so is an outing,
    "B with a full day in the crater", "a day tour of the island"); a range, forest, desert
    or sea crossed ("home through the Black Forest", "across the Irish Sea to B") is the way,
    not a stop."""
    areas = frozenset(_cue_list("area_features")) | {"range"}
    within = re.compile(rf"\b(?:{_words('within')})\s+(?:the\s+)?$", re.IGNORECASE)
    staying = re.compile(rf"\s*,\s*(?:{_words('based_in')})\s+(?:in|at)\s+(?:the\s+)?",
                         re.IGNORECASE)
    framing = re.compile(rf"\b(?:{_words('framing')})\s+(?:the\s+)?$", re.IGNORECASE)
    move = _cue("move")
    kept = []
    for k, r in enumerate(chain):
        if _crossed(text, r):
            continue
        gap = text[chain[k - 1].mention.end: r.mention.start] if k else ""
        if k and r.place is not None and r.place.feature == "lake" and _ON_SHORE.fullmatch(gap):
            continue  # "Puno on Lake Titicaca": the lake the stop before it stands on
        if r.place is not None and (r.place.kind == "region" or r.place.feature in areas):
            after = chain[k + 1] if k + 1 < len(chain) else None
            if k and (len(gap) <= 60 and within.search(gap) and not move.search(gap)
                      and not _SENTENCE_END.search(gap) and not _NEW_STAY.match(gap)
                      and not _PROSE_OUTING.search(gap) and not _cue(
                          "reached_before", end=True).search(  # "After A we spent ... in B"
                          text, max(0, chain[k - 1].mention.start - 20),
                          chain[k - 1].mention.start)):
                continue
            if after is not None and (
                    staying.fullmatch(text, r.mention.end, after.mention.start)
                    or _LEADS_LIST.fullmatch(text, r.mention.end, after.mention.start)
                    or (after.mention.sentence == r.mention.sentence
                        and _opens_sentence(text, r, framing))):
                continue
        kept.append(r)
    return kept


def _crossed(text: str, r: Resolution) -> bool:
    """Whether the stop is a range, forest, desert, sea or fjord crossed ("home through the
    Black Forest", "ferry across the P to B"), or a lake said to be crossed ("crossed Lake P
    by boat to B"; "via Lake P" is a stop on the way): the way, not a stop."""
    before = text[max(0, r.mention.start - 20): r.mention.start]
    feature = r.place.feature if r.place is not None else None
    return not _MOVED_TO.search(before) and (
        (feature in _cue_list("crossed_features") and bool(_cue("through", end=True).search(
            before))) or (feature in _cue_list("crossed_waters") and bool(_cue(
                "crossed", end=True).search(before))))


def _opens_sentence(text: str, r: Resolution, words: re.Pattern[str]) -> bool:
    """Whether ``words`` (ending at the stop) open the stop's sentence or line: looked for in
    the 20 characters before it, so the check costs the same for every stop."""
    start = max(r.mention.sentence[0], r.mention.start - 20)
    found = words.search(text, start, r.mention.start)
    if found is None:
        return False
    at = found.start()
    while at > start and text[at - 1] in " \t\"'(\u201c":
        at -= 1
    return at == r.mention.sentence[0] or (at > start and text[at - 1] in ".!?:\n")


def _leg_named_after(text: str, chain: list[Resolution]) -> list[Resolution]:
    """"A three nights. B was a great afternoon on the drive from A to C": the leg named after
    a stop sets out from the stop before it, so its start is no second visit to A."""
    kept: list[Resolution] = []
    for r in chain:
        if (len(kept) >= 2 and r.place is not None and r.place == kept[-2].place
                and _ON_THE_WAY_FROM.search(text, max(0, r.mention.start - _LEAD_CHARS),
                                            r.mention.start)):
            continue
        kept.append(r)
    return kept


def _through_first(text: str, chain: list[Resolution]) -> list[Resolution]:
    """"to B via P" and "to B, stopping in P on the way": P is passed on the way to B, so it
    comes first, as do the stops listed with it ("via P and Q"); not "to B, then on through
    P", where the text has moved on past B. In "back to B from P" and "to B and back from P",
    P is where the leg starts, so it comes first too, as in "B, after a long drive from P" and
    "arrived in B by train from P", and so is P in "left B after two days in P"
    (`stay_before`), also at the end of a trip told forwards ("..., and ended in B after two
    nights in P"); a trip that opens on "ended in B after ... in P" is told from its end
    (``_forwards``)."""
    through = _cue("through", end=True)
    on_the_way = _cue("stop_on_the_way", end=True)
    stay_before = _cue("stay_before", start=True)
    if not chain:
        return []
    ordered: list[Resolution] = []
    a, k = chain[0], 1  # ``a`` waits while the stops passed before it are placed
    while k < len(chain):
        b = chain[k]
        gap = text[a.mention.end: b.mention.start]
        before_a = text[max(0, a.mention.start - 12): a.mention.start]
        # "to A and slept through P" passes P on the way to A; not "to A and back down
        # through P to B", where P is on the next move
        passed = ((through.search(gap) or on_the_way.search(gap)) and not _cue(
            "leg_turns").search(gap)
            and not (_ONWARD.match(text, b.mention.end) and not _THEN_ON.match(
                text, b.mention.end))) or re.fullmatch(
            r"\s*,?\s*(?:and\s+back\s+)?from\s+(?:the\s+)?", gap, re.IGNORECASE)
        moved_to_a = re.search(r"\bto\s+(?:the\s+)?$", before_a) or _ENDED_IN.search(
            text[max(0, a.mention.start - 24): a.mention.start]) or (
            "\n" not in gap and _opens_entry(text, a))
        if (passed and len(gap) < 40 and moved_to_a and chain[k - 1] is a
                and not re.search(r"[.!?;]|\bthen\b", gap, re.IGNORECASE)
                and not _MOVED_TO.search(gap)) or _AFTER_FROM.fullmatch(gap) or (
                (said := stay_before.match(gap)) and gap[said.end():].strip() in ("", "the")
                and not (a is chain[0] and _ENDED_IN.search(
                    text, max(0, a.mention.start - 24), a.mention.start))) or (
                _ARRIVED_FROM.fullmatch(gap) and (moved_to_a or _ARRIVAL_BEFORE.search(
                    text, max(0, a.mention.start - 30), a.mention.start))) or (
                _heading(text, a) and _FROM_HEADING.fullmatch(gap)
                and not _TO_NEXT.match(text, b.mention.end)):
            last = k
            while last + 1 < len(chain) and _LISTED.fullmatch(
                    text[chain[last].mention.end: chain[last + 1].mention.start]):
                last += 1
            ordered.extend(chain[k: last + 1])
            k = last + 1
            continue
        ordered.append(a)
        a, k = b, k + 1
    ordered.append(a)
    return ordered


def _opens_entry(text: str, r: Resolution) -> bool:
    """Whether the stop opens an entry of a list, so that it is where the entry goes ("8. B
    via P", "Week 2: B via P", "A -> B via P"): only a bullet, a number, a day label or an
    arrow or dash stand before it on its line."""
    line_start = text.rfind("\n", 0, r.mention.start) + 1
    prefix = text[line_start: r.mention.start]
    if not re.search(r"[^\W\d_]", prefix) or re.search(rf"(?:{_SIGNS})\s*$", prefix):
        return True
    # read with the name after it: "D2 B" is a label only before a capitalised name
    label = _labels()[0].match(text, line_start, r.mention.end)
    return label is not None and not text[label.end(): r.mention.start].strip()


def _heading(text: str, r: Resolution) -> bool:
    """Whether the mention is a name alone on its line ("## B", "**B (3 nights)**")."""
    start = text.rfind("\n", 0, r.mention.start) + 1
    end = text.find("\n", r.mention.end)
    line = text[start: end if end >= 0 else len(text)]
    return _HEADING_MARKS.sub("", line) == r.mention.text


def _in_between(text: str, chain: list[Resolution]) -> list[Resolution]:
    """"into A and out of B, with C and D in between": the stops said to lie between come
    before the stop just named (B); "stopped in P on the way from A to B": P comes after A."""
    between = _cue("in_between", start=True)
    ordered = list(chain)
    for k in range(1, len(ordered) - 1):
        p, a, b = ordered[k - 1: k + 2]
        if _WAY_FROM.fullmatch(text, p.mention.end, a.mention.start) and re.fullmatch(
                r"\s*(?:on\s+)?to\s+(?:the\s+)?", text[a.mention.end: b.mention.start]):
            ordered[k - 1], ordered[k] = a, p
    for m in range(2, len(ordered)):
        if not between.match(text[ordered[m].mention.end: ordered[m].mention.end + 30]):
            continue
        k = m
        while k > 1 and _LISTED.fullmatch(
                text[ordered[k - 1].mention.end: ordered[k].mention.start]):
            k -= 1
        end = ordered[k - 1]
        gap = text[end.mention.end: ordered[k].mention.start]
        if (len(gap) <= 30 and re.search(r"\bwith\b", gap, re.IGNORECASE)
                and not _SENTENCE_END.search(gap) and not _cue("move").search(gap)):
            ordered[k - 1: m + 1] = [*ordered[k: m + 1], end]
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


def _stayed_within(text: str, chain: list[Resolution]) -> list[Resolution]:
    """An island, valley or other area told right before the town stayed in within it ("ferry
    to Mull, room in Tobermory", "the hydrofoil to Capri and two nights in Anacapri": an island
    reached by boat, though named like its main town) is where that town is: the town is the
    stop. Not when the text moves on between them ("hiked in the park, then a night in B")."""
    boat = _BY_BOAT
    dropped = {k for k, (area, town) in enumerate(pairwise(chain))
               if area.place is not None and town.place is not None
               and (area.place.kind not in _TOWN_KINDS or boat.search(
                   text, max(0, area.mention.start - 25), area.mention.start))
               and town.place.kind == "city" and area.mention.sentence == town.mention.sentence
               and _STAYED_IN.match(text, area.mention.end, town.mention.start)
               and not _cue("then").search(text, area.mention.end, town.mention.start)
               and not _MOVE_VERB.search(text, area.mention.end, town.mention.start)
               and rough_km(area.place, town.place) < AREA_KM}
    return [r for k, r in enumerate(chain) if k not in dropped]


def _as_towns(text: str, chain: list[Resolution]) -> list[Resolution]:
    """An airport that opens the chain right before the town it serves is that town ("flew
    into BKK and spent a night in Bangkok"): one stop, the town; an airport before another
    place ("LIS -> Porto"), or one the writer draws a leg from to a town near it ("ATH →
    Piraeus ferry → Paros": the port is not the town the airport serves), is the trip's first
    stop."""
    if len(chain) < 2:
        return chain
    airport, town = chain[0].place, chain[1].place
    if (airport is not None and town is not None and airport.kind == "airport"
            and town.kind == "city" and rough_km(airport, town) < AIRPORT_KM
            and not _ARROW.match(text[chain[0].mention.end: chain[1].mention.start])):
        return chain[1:]
    return chain


def _without_sights(text: str, chain: list[Resolution]) -> list[Resolution]:
    """A sight near a town stop of the trip is inside that town, unless the writer travels to
    it on its own ("the train to Aguas Calientes, then went up to Machu Picchu"), as is a much
    smaller town among a town's districts (two villages a few km apart are two stops), but
    never a pass near a town ("up to A, over the P to B": P is the way out of A); a
    sight, cave or waterfall near a park, bay or desert stop is inside that area; a town is
    never dropped for a smaller place. Places are compared only with those of about the same
    latitude (linear in practice)."""
    areas = frozenset(_cue_list("area_features"))
    inner = frozenset(_cue_list("inner_features"))
    crossings = frozenset(_cue_list("crossing_features"))  # a pass is crossed, never in a town
    moved = {r.place.id for r in chain if r.place is not None and (
        _outing_to(text, r) or (r.place.kind not in _TOWN_KINDS and _travelled_to(text, r)))}

    def rank(p: Place) -> tuple[bool, int]:
        return p.kind == "city", p.population

    def inside(p: Place, o: Place) -> bool:
        if o.id == p.id:
            return False
        near = rough_km(o, p)
        district = o.kind == "city" and p.population * 5 < o.population and near < _town_km(o)
        return (rank(o) > rank(p) and p.id not in moved and (district or (
            p.kind != "city" and p.feature not in crossings and near < SIGHT_KM))) or (
            o.feature in areas and (p.kind == "sight" or p.feature in inner) and near < AREA_KM)

    distinct = sorted({r.place.id: r.place for r in chain if r.place is not None}.values(),
                      key=lambda p: p.lat)
    lats = [p.lat for p in distinct]
    span = AREA_KM / 111.0  # degrees of latitude
    dropped = set()
    for p in distinct:
        lo, hi = bisect_left(lats, p.lat - span), bisect_right(lats, p.lat + span)
        if any(inside(p, o) for o in distinct[lo:hi]):
            dropped.add(p.id)
    return _collapse([r for r in chain if r.place is not None and r.place.id not in dropped])


def _travelled_to(text: str, r: Resolution) -> bool:
    """Whether its clause has the writer travel to the place ("went up to A", "hiked into the
    B"), rather than name it in passing or walk to it within a town ("walked to the C")."""
    window = max(r.mention.sentence[0], r.mention.start - 45)
    verbs = list(_MOVE_VERB.finditer(text, window, r.mention.start))
    return bool(verbs and _MOVED_TO.search(text, window, r.mention.start)
                and not _cue("on_foot").fullmatch(verbs[-1].group()))


def _outing_to(text: str, r: Resolution) -> bool:
    """Whether its clause tells an outing to the place ("a morning out to A", "a day trip to
    B"): a stop of its own at its place, even a small town among a city's districts."""
    return _OUTING_TO.search(text, max(r.mention.sentence[0], r.mention.start - 45),
                             r.mention.start) is not None


def _town_km(town: Place) -> float:
    """How far a big town's districts reach from its centre (Miraflores in Lima, Asakusa in
    Tokyo): growing with the square root of its population, from ``TOWN_KM`` to ``CITY_KM``."""
    return min(CITY_KM, max(TOWN_KM, 3.0 * (town.population / 100_000) ** 0.5))


def _chains(text: str, stops: list[Resolution]
            ) -> list[tuple[list[Resolution], list[str]]]:
    """Stops joined link by link, each chain with the signs or words that join it."""
    chains: list[tuple[list[Resolution], list[str]]] = []
    chain: list[Resolution] = []
    signs: list[str] = []
    k = 0
    while k + 1 < len(stops):
        a, b = stops[k], stops[k + 1]
        ongoing, listing = bool(chain), bool(signs) and signs[-1] == ","
        link = _link(text, a, b, ongoing=ongoing, listing=listing)
        if link is None and (aside := _aside_after(text, a, stops[k + 1:])) is not None:
            # "A (3 nights, a tour of B), then C": the remark in brackets is no leg
            plain, c = aside
            if (link := _link(plain, a, c, ongoing=ongoing, listing=listing)) is not None:
                k = stops.index(c) - 1
                b = c
        k += 1
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


def _aside_after(text: str, a: Resolution, later: list[Resolution]
                 ) -> tuple[str, Resolution] | None:
    """When brackets open right after stop ``a`` and hold the next stops: the text with that
    aside blanked out, and the first stop after it."""
    opened = _ASIDE_OPEN.match(text, a.mention.end)
    if opened is None:
        return None
    close = text.find(")", opened.end(), opened.end() + _ASIDE_CHARS)
    after = next((r for r in later if r.mention.start > close), None)
    if close < 0 or after is None or "\n" in text[opened.end(): close]:
        return None
    return text[:opened.end() - 1] + " " * (close + 2 - opened.end()) + text[close + 1:], after


@dataclass(frozen=True, slots=True)
class _Between:
    """What lies between two stops ``a`` and ``b``, as the link rules read it."""

    text: str
    a: Resolution
    b: Resolution
    ongoing: bool  # a chain is under way up to ``a``
    listing: bool  # that chain is a list the writer labels as their route

    @property
    def gap(self) -> str:
        return self.text[self.a.mention.end: self.b.mention.start]

    @property
    def before(self) -> str:
        return self.text[max(0, self.a.mention.start - 60): self.a.mention.start]


def _route_list(w: _Between) -> bool:
    """"Our route: A, B and C", "A, B and C in that order": a list labelled as a route (not
    "Favourite stops: A, B and C", a ranking); "we did A, B and C", "we're doing A, B, C": a
    list of three or more right after the verb of a trip (`trip_verb`); "So: A, B, C", "same
    as yours but swap B for D: A, D, C": a route told again with a change (`revision_label`),
    unless its sentence ranks the places ("swap A for B? C, D and E are my favourites"); "in
    that order" after a ranking ("the best were A, B and C, in that order") orders no trip."""
    b = w.b.mention
    labelled = (_ROUTE_LABEL.search(w.before) and not _cue("ranking").search(
        w.before, w.before.rfind("\n") + 1)) or (_REVISION_LABEL.search(w.before) and not _cue(
        "ranking").search(w.text, b.start, b.sentence[1])) or (
        _TRIP_VERB.search(w.before) and w.gap.strip() == ",")
    in_order = _IN_ORDER.search(w.text, b.end, min(b.sentence[1], b.end + 200)) and not _cue(
        "ranking").search(w.text, b.sentence[0], w.a.mention.start)
    return bool(_LISTED.fullmatch(w.gap)) and (w.listing or (
        not w.ongoing and bool(labelled or in_order))) and not _asks(w.text, w.b)


def _moved(w: _Between) -> bool:
    """"flew into A and drove to B": a travel verb ending in "to", one sentence break at most;
    a chain starts this way only after an arrival ("flew into A") or a stay that is over
    ("After A we went to B", "After two nights in A, ...")."""
    return (len(w.gap) <= _MAX_MOVE_GAP and len(_SENTENCE_END.findall(w.gap)) <= 1
            and bool(_MOVE.search(w.gap)) and (w.ongoing or bool(
                _ARRIVAL_BEFORE.search(w.before) or _AFTER_STAY.search(w.before))))


# The words that join two stops, in order: the first rule that holds names the link. (A written
# arrow, dash or slash is read before them all and named by its sign.)
_LINK_RULES: tuple[tuple[str, Callable[[_Between], bool]], ...] = (
    (",", _route_list),
    ("then", lambda w: bool(_THEN.match(w.gap) or (w.ongoing and _day_part().match(w.gap)))),
    ("to", lambda w: bool(_TO.match(w.gap) and (w.ongoing or _FROM_BEFORE.search(w.before)
                                                or _TRIP_VERB.search(w.before)))),
    ("further", lambda w: bool(_FURTHER.match(w.gap)
                               and (w.ongoing or _REACHED_BEFORE.search(w.before)))),
    ("move", _moved),
    ("outing", lambda w: w.listing and bool(_OUTING_AFTER.match(w.gap))),
    ("outing", lambda w: bool(_ASIDE_OUTING.match(w.gap)
                              and _ASIDE_CLOSE.match(w.text, w.b.mention.end))),
)
_WORD_LINKS = frozenset(name for name, _ in _LINK_RULES) - {","}  # the links of prose


def _link(text: str, a: Resolution, b: Resolution, *, ongoing: bool,
          listing: bool = False) -> str | None:
    """How the text joins stop ``a`` to stop ``b``: an arrow's sign, the name of the first
    rule of ``_LINK_RULES`` that holds, or None."""
    between = _Between(text, a, b, ongoing, listing)
    gap = between.gap
    # "A (day trip to B) - C": the sign after the aside that ``a`` closes joins it to C
    if (closed := _ASIDE_CLOSE.match(gap)) and text.rfind("(", 0, a.mention.start) > text.rfind(
            ")", 0, a.mention.start):
        gap = gap[closed.end():]
    if arrow := _ARROW.match(gap):
        return arrow.group("sign")
    return next((name for name, holds in _LINK_RULES if holds(between)), None)


def _asked_leg(text: str, chain: list[Resolution]) -> bool:
    """Whether the chain is one leg asked about ("Has anyone driven A to B in winter?",
    "Is it worth going from A to B?", also put to a reader by name: "Ana, how was the bus
    from A to B?"), or a question weighing a stay against a move ("Is a
    week in A too much, or should we move to B?", `alternative` between them): a question
    about the way or a choice, not a trip told."""
    first, last = chain[0].mention, chain[-1].mention
    lead = _ADDRESSED.sub("", text[first.sentence[0]: first.start], count=1)
    return (len(chain) == 2 and first.sentence == last.sentence and _asks(text, chain[-1])
            and (bool(_cue("asks_about", start=True).match(lead))
                 or _cue("alternative").search(text, first.end, last.start) is not None))


_ADDRESSED = re.compile(r"^\W*(?-i:[A-Z][\w'\u2019-]*),\s+")  # "Ana, how was ...": a reader named
_NAMES_APART = re.compile(r"[\s,&/]*(?:(?:and|or|the)\b[\s,&/]*)*", re.IGNORECASE)
_LIST_GAP = re.compile(r"[\s,;/*\u2022-]*(?:\d{1,2}[.)])?\s*(?:(?:or|and)\s+)?", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _offered(text: str, chain: list[Resolution]) -> bool:
    """Whether the chain is places offered as choices, not a trip: a plain list (commas,
    slashes, bullets or numbers; no arrow, no move, no nights) that its lead or the words
    right after it call a choice ("I'd look at: A, B, C", "A/B/C, which one is best?", "in
    order of preference: 1. A 2. B", `choice`)."""
    told = sorted(chain, key=lambda r: r.mention.start)
    if any(not _LIST_GAP.fullmatch(text, a.mention.end, b.mention.start)
           for a, b in pairwise(told)):
        return False
    first, last = told[0].mention.start, told[-1].mention.end
    lead = text[max(0, first - 80): first]
    lead = lead[max((m.end() for m in _SENTENCE_STOP.finditer(lead)), default=0):]
    tail = text[last: last + 80]
    closed = _SENTENCE_STOP.search(tail)
    tail = tail[: closed.start() if closed else len(tail)]
    choice = _cue("choice")
    return bool(choice.search(lead) or choice.search(tail))


def _asks(text: str, stop: Resolution) -> bool:
    """Whether the sentence of ``stop`` is a question."""
    end = stop.mention.sentence[1]
    while end > stop.mention.end and text[end - 1].isspace():
        end -= 1
    return text[end - 1: end] == "?"


def _close(text: str, chain: list[Resolution], signs: list[str],
           chains: list[tuple[list[Resolution], list[str]]]) -> None:
    """Keep a chain of two or more distinct stops; a lone spaced dash or a slash ("Fes/Meknes")
    needs a travel context."""
    stops = [r for i, r in enumerate(chain)
             if i == 0 or r.place != chain[i - 1].place]
    if len(stops) < 2:
        return
    if len(chain) == 2 and (signs[0] in _DASHES or signs[0] == "/"):
        gap = text[chain[0].mention.end: chain[1].mention.start]
        if (gap.strip() != gap or signs[0] == "/") and not _ROUTE_WORDS.search(
                _sentence(text, chain[0])):
            return  # "We loved Oslo - Bergen was wet", "Fes/Fez is lovely": no route
    chains.append((stops, signs))


def _sentence(text: str, stop: Resolution) -> str:
    start, end = stop.mention.sentence
    return text[start:end]


def _itinerary(section: Section, chain: list[Resolution], last_of: dict[int, Resolution],
               travel: Travel, *, recommended: bool = False) -> StatedItinerary:
    text = section.text
    chain_mode = _chain_mode(text, chain)
    places: list[Place] = [r.place for r in chain if r.place is not None]
    starts = sorted(r.mention.start for r in chain)
    legs = tuple(_leg(text, last_of.get(a.mention.start, a), b, starts, travel, chain_mode,
                      last=b is chain[-1])
                 for a, b in pairwise(chain))
    stated_gap_modes = {leg.mode for leg in legs if "mode" in leg.stated}
    mode = chain_mode
    if mode is None and len(stated_gap_modes) == 1 and all("mode" in leg.stated for leg in legs):
        mode = stated_gap_modes.pop()
    via = tuple(dict.fromkeys(r.place.id for r in _passed(text, chain[1:-1])
                              if r.place is not None))
    itinerary = Itinerary(kind="stated", stops=tuple(p.id for p in places), legs=legs,
                          section=section.id, author=section.author, mode=mode,
                          recommended=recommended, via=via)
    return StatedItinerary(itinerary=itinerary, stops=tuple(chain))


def _passed(text: str, stops: list[Resolution]) -> list[Resolution]:
    """The stops the text passes through: after "via", "over", "through" and the like, and
    those listed with them ("via P and Q"); not "over to B", a move to B."""
    through = _cue("through", end=True)
    passed: list[Resolution] = []
    previous: Resolution | None = None
    for r in sorted(stops, key=lambda r: r.mention.start):
        before = text[max(0, r.mention.start - 20): r.mention.start]
        if (through.search(before) and not _MOVED_TO.search(before)) or (
                passed and passed[-1] is previous and previous is not None
                and _LISTED.fullmatch(text[previous.mention.end: r.mention.start])):
            passed.append(r)
        previous = r
    return passed


def _leg(text: str, a: Resolution, b: Resolution, starts: list[int], travel: Travel,
         chain_mode: Mode | None, *, last: bool) -> Leg:
    """The leg from ``a`` to ``b``: what the text states about it, else the estimate. A figure
    in brackets or after a dash right behind ``b`` is the leg's ("A -> B (3h)"), else one in the
    words between the stops, else (for the last leg) one after ``b`` in its sentence."""
    assert a.place is not None and b.place is not None
    gap = text[a.mention.end: b.mention.start] if a.mention.start < b.mention.start else ""
    at = bisect_right(starts, b.mention.end)
    later = starts[at: at + 1]  # where the chain's next stop after ``b`` starts
    tail_end = min([b.mention.sentence[1], *later]) if b.mention.sentence[1] > b.mention.end \
        else min([len(text), *later])
    tail = text[b.mention.end: tail_end]
    tail = tail if _TAIL_FIGURE.match(tail) or last else ""
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
    head = _FLOWN_IN.sub("", head)
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
