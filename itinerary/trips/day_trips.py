"""Day trips the thread supports: *said* ones the text presents as out and back within one day, and
*possible* ones from a base someone stays in to a place someone wants to see.

Said: a sentence (or a day-list entry) with a day-trip cue ("day trip", "there and back", "back
by dinner", "from our base in X", "did X from Y") names the destination; the base is the place
the sentence sets out from ("from X", "out of X", "back to X"), else one it names before the cue
("X, plus a day trip to Y"), else the last town the section stayed in or reached before the
sentence. "Both lakes", "all three" stand for the places named just before. A cue that says
there and back but not the day ("drove to X and back") needs the section's own base and no
span of days. The sentence is kept as the evidence.

Possible: a base the thread shows someone staying in and a destination someone plans or wishes
for, within ``limit_hours`` one way. Never a place a writer lives in, a leg of a stated route,
a base nobody stays in, or a place inside the base.

Every section is read once into sentences with their places (an index), so the cost grows with
the thread, not with the pairs of places in it. Cue words are data (``data/day_trip_cues.json``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from itertools import chain, pairwise

from gazetteer.models import Place
from itinerary.models import DayTrip, Resolution, Thread
from itinerary.nlp.lexicon import FEATURE_HEADS
from itinerary.nlp.relations_thread import options
from itinerary.trips.facts import cues as stated_cues
from itinerary.trips.facts import stated_hours
from itinerary.trips.roles import is_stop, trip_view
from itinerary.trips.scan import LOOKAHEAD, LastBefore
from itinerary.trips.stated import bare_leg, one_day_entry
from itinerary.trips.travel import SAME_PLACE_KM, Travel, geodesic_km, reach_km, rough_km
from itinerary.words import word_char

BASE_KINDS = frozenset({"city"})
_STAYED_KINDS = BASE_KINDS | {"region", "admin2", "sight", "natural"}  # the nights are written
DESTINATION_KINDS = frozenset({"city", "admin2", "region", "natural", "sight"})
# a post about an area of these kinds ("Cornwall with a dog", "Crete: Chania or Rethymno?") is
# set in it: the area holds the stays, no possible outing from them
SUBJECT_AREA_KINDS = frozenset({"admin2", "region", "natural"})
MAX_EVIDENCE_CHARS = 600  # a sentence and the one before it that names its place, at most
MIN_BASE_POPULATION = 5000  # a town the text only reaches counts as a base from this size
MIN_NAME_CHARS = 3  # a shorter name found again by its text alone would be noise
SMALL_BASE_POPULATION = 300_000  # a town below this size spreads over a few km, not ten
SMALL_BASE_KM = 3.0  # a named place this far from a small base is an outing (Galle, Unawatuna)
SAID_SLACK = 1.5  # a trip the text calls a day trip may take this much longer than the limit
SIGHT_IN_TOWN_KM = 20.0  # a sight this near a town the same outing names is seen in that town
NEGATION_CHARS = 60  # "wouldn't do Santa Marta from Cartagena as a day trip"
REACHED_CHARS = 40  # "we spent two lovely days in X": the words before a town the post goes to
ASKED_SKIP = 1  # sentences without a place between a question for day trips and its options
STAY_COUNT_CHARS = 12  # "four nights in X": the count before a stay cue
_AS_A = re.compile(r"\bas(?: an?)?$", re.IGNORECASE)  # "as a day trip", "as day trips"
_OUTING_GAP = re.compile(r"[^,;:.()]*")  # "X as a day trip", not "X, with a day trip"
_FUTURE = ("planning", "wishlist")
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?]+[\"')\]\u201d\u2019]*(?=\s)|$)", re.MULTILINE)
_STAY_LENGTH = re.compile(r"\s*(?:for\s+)?(?:\w+[\s-]+)?(?:nights?|days?|weeks?)\b", re.IGNORECASE)
_AIRPORT_AFTER = re.compile(r"^\s*(?:international\s+)?(?:airport|airfield)\b", re.IGNORECASE)


@cache
def _route_words() -> tuple[frozenset[str], frozenset[str]]:
    path = resources.files("itinerary.trips").joinpath("data/route_names.json")
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(data["first_words"]), frozenset(data["last_words"])


def _destination(place: Place) -> bool:
    """A town, sight or natural place one can go to and come back from; not a road or route
    (the "Ring Road" runs round a whole country: one drives along it, not to it)."""
    if place.kind not in DESTINATION_KINDS:
        return False
    words = place.name.lower().split()
    first, last = _route_words()
    return not words or (words[0] not in first and words[-1] not in last)


def _words(key: str) -> str:
    entries: list[str] = stated_cues()[key]  # type: ignore[assignment]
    return "|".join(entries)


@cache
def _stay_after() -> re.Pattern[str]:
    """A stay told right after a place ("X for three nights", "X, a week (in May)", "X as our
    base"); not "X, a week in Y", a stay in the place named next."""
    months = "|".join(_cue_data()["months"])
    return re.compile(
        r"^\s*[,(]?\s*(?:for\s+)?(?:(?:(?:\d{1,2}|one|two|three|four|five|six|seven|a)\s+nights?\b"
        r"|(?:for\s+)?(?:a|one|two|three|four|\d)\s+weeks?\b"
        r"|for\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+days\b)"
        rf"(?!\s+(?:in|at)\s+(?!(?:{months})\b)(?-i:[A-Z\u00c0-\u00de]))"
        r"|[^.!?\n]{0,40}\bas (?:a|our) (?:base|hub)\b"
        r"|(?:,?\s*|\s+(?:is|was)\s+)where\s+(?:we|i)\s+(?:\w+\s+)?(?:stayed|slept|were based)"
        r"|,?\s*and\s+(?:stayed|spent|slept)\s+(?:there\s+)?(?:for\s+)?(?:(?:\d{1,2}|a|one|two|three"
        r"|four|five|six|seven|a\s+few|several)\s+nights?\b|overnight\b|the\s+night\b)"
        r"|\s+(?:makes?|made|is|was|will\s+be)\s+(?:a|an|our|the)\s+(?:\w+\s+)?(?:base|hub)\b"
        r"|\s+(?:is|was|will\s+be)\s+(?:(?:our|my)\s+)?home\s+for\b"
        r"|\s+base\s+for\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)"
        r"\s+(?:nights?|days?|weeks?)\b)",
        re.IGNORECASE)


@cache
def _cue_data() -> dict[str, list[str]]:
    """The day-trip cue lists as written, read once."""
    path = resources.files("itinerary.trips").joinpath("data/day_trip_cues.json")
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = _cue_data()
    said = [*data["said"], *data["said_return"], *data["said_from_stay"]]
    return {
        "said": re.compile(rf"(?<!\w)(?:{'|'.join(said)})(?!\w)", re.IGNORECASE),
        "from_stay": re.compile(rf"(?:{'|'.join(data['said_from_stay'])})(?!\w)", re.IGNORECASE),
        "said_day": re.compile(rf"(?<!\w)(?:{'|'.join([*data['said'], *data['another_outing']])})"
                               r"(?!\w)", re.IGNORECASE),
        "night_away": re.compile(rf"\b(?:{'|'.join(data['night_away'])})", re.IGNORECASE),
        "another_outing": re.compile(rf"(?<!\w)(?:{'|'.join(data['another_outing'])})(?!\w)",
                                     re.IGNORECASE),
        # a span of days, not the nights of a stay ("four days, so we …", not "three nights in X")
        "several_days": re.compile(rf"(?:{'|'.join(data['several_days'])})(?!\s+(?:in|at)\b)",
                                   re.IGNORECASE),
        "arrival": re.compile(rf"\b(?:{'|'.join(data['arrival'])})\s+$", re.IGNORECASE),
        "not_a_base_after": re.compile(rf"^\s+(?:{'|'.join(data['not_a_base_after'])})\b",
                                       re.IGNORECASE),
        "onward": re.compile("|".join(data["onward"]), re.IGNORECASE),
        "en_route": re.compile("|".join(data["en_route"]), re.IGNORECASE),
        "base_before": re.compile(rf"\b(?:{'|'.join(data['base_before'])})\s+(?:the\s+)?$",
                                  re.IGNORECASE),
        "stay": re.compile(rf"\b(?:{'|'.join([*data['stay'], *data['moved_on_to']])})"
                           r"\s+(?:the\s+)?$", re.IGNORECASE),
        "moved_on_to": re.compile(rf"\b(?:{'|'.join(data['moved_on_to'])})\s+(?:the\s+)?$",
                                  re.IGNORECASE),
        "day_span": re.compile(rf"\b(?:{'|'.join(data['day_span'])})\s+(?:the\s+)?$",
                               re.IGNORECASE),
        "clause_break": re.compile("|".join(data["clause_break"]), re.IGNORECASE),
        "clause_start": re.compile("|".join([*data["clause_break"], *data["clause_start"]]),
                                   re.IGNORECASE),
        "ruled_out": re.compile(rf"\b(?:{_words('not_a_stop_before')})\W{{0,3}}(?:\w+\W+)?$",
                                re.IGNORECASE),
        "base_cue": re.compile("|".join(data["base_cue"]), re.IGNORECASE),
        "names_its_base": re.compile("|".join(data["names_its_base"]), re.IGNORECASE),
        "base_link": re.compile("|".join(data["base_link"]), re.IGNORECASE),
        "dash_appositive": re.compile("|".join(data["dash_appositive"]), re.IGNORECASE),
        "home_before": re.compile(rf"\b(?:{'|'.join(data['home_before'])})\b", re.IGNORECASE),
        "is_the_trip": re.compile(rf"^\s*(?:{'|'.join(data['is_the_trip'])})\b", re.IGNORECASE),
        # "A with a day out to B, then C ...", "..., we moved down to C and did D": a new base
        "then": re.compile("|".join([*data["then"], *(rf"\b(?:we\s+|I\s+)?{m}\b"
                                                     for m in data["moved_on_to"])]),
                           re.IGNORECASE),
        "from_home": re.compile(rf"\b(?:{'|'.join(data['from_home'])})\b", re.IGNORECASE),
        "here_in": re.compile(rf"\b(?:{'|'.join(data['here_in'])})\s+(?:the\s+)?$",
                              re.IGNORECASE),
        "round_trip": re.compile("|".join(data["round_trip"]), re.IGNORECASE),
        "leg_to": re.compile("|".join(data["leg_to"]), re.IGNORECASE),
        "from_there": re.compile(rf"\b(?:{'|'.join(data['from_there'])})\b", re.IGNORECASE),
        "there_list": re.compile(rf"^\W*(?:{'|'.join(data['from_there'])})\s*:\s*", re.IGNORECASE),
        "landmark_before": re.compile(
            rf"\b(?:{'|'.join(data['landmark_before'])})\s+(?:the\s+)?$", re.IGNORECASE),
        "back_in_the_day": re.compile("|".join(data["back_in_the_day"]), re.IGNORECASE),
        "negated": re.compile("|".join(data["negated"]), re.IGNORECASE),
        "negated_unless_asked": re.compile("|".join(data["negated_unless_asked"]),
                                          re.IGNORECASE),
        "negated_after": re.compile("|".join(data["negated_after"]), re.IGNORECASE),
        "pronoun": re.compile(rf"\b(?:{'|'.join(data['pronoun'])})\b", re.IGNORECASE),
        "pronoun_the_trip": re.compile("|".join(data["pronoun_the_trip"]), re.IGNORECASE),
        "base_frame": re.compile("|".join(data["base_frame"]), re.IGNORECASE),
        "stay_fronted": re.compile(
            rf"^\s*,?\s*(?:we|I)\s+(?:also\s+|only\s+)?(?:{'|'.join(data['stay_fronted'])})\b",
            re.IGNORECASE),
        "leg_after": re.compile(r"\s+to\s", re.IGNORECASE),
        "reached": re.compile(rf"\b(?:{'|'.join(data['reached'])})\s+(?:the\s+)?$",
                              re.IGNORECASE),
        # "Also X to Y is a great day out": words that open a sentence before its first town
        "opener": re.compile(rf"\W*(?:(?:{'|'.join(data['opener'])})\W+)*", re.IGNORECASE),
        "set_out_from": re.compile(
            rf"\b(?<!back )(?:{'|'.join(data['set_out_from'])})\s+(?:the\s+)?$", re.IGNORECASE),
        "elliptic": re.compile("|".join(data["elliptic"]), re.IGNORECASE),
        "bracket_day": re.compile("|".join(data["bracket_day"]), re.IGNORECASE),
        "bracket_outing": re.compile("|".join(data["bracket_outing"]), re.IGNORECASE),
        "day_from": re.compile(rf"(?:{'|'.join(data['day_from'])})\s+$", re.IGNORECASE),
        "base_to": re.compile(r"^\s*(?:to|->|\u2192|-|\u2013)\s*$", re.IGNORECASE),
        # "a night in X" before the town, "X, one night there" after it
        "one_night": re.compile(rf"\b(?:{'|'.join(data['one_night'])})\b(?:\s+(?:in|at))?"
                                r"(?:\s+the)?\s*$|^\s*[,(]?\s*(?:for\s+)?"
                                rf"(?:{'|'.join(data['one_night'])})\b", re.IGNORECASE),
        "stay_heading": re.compile(
            rf"^\s*[(:,\-\u2013\u2014]?\s*(?:{'|'.join(data['stay_heading'])})\s*\)?\s*:?\s*$",
            re.IGNORECASE),
        "best_day": re.compile("|".join(data["best_day"]), re.IGNORECASE),
        "answer_denied": re.compile(rf"\b(?:{'|'.join(data['answer_denied'])})\b", re.IGNORECASE),
        "answer_list": re.compile("|".join(data["answer_list"]), re.IGNORECASE),
        "follow_up": re.compile(rf"^\W*(?:{'|'.join(data['follow_up'])})\b", re.IGNORECASE),
        "moves_on": re.compile("|".join(data["moves_on"]), re.IGNORECASE),
        "way_back": re.compile("|".join(data["way_back"]), re.IGNORECASE),
        "list_from": re.compile(rf"^\W*(?:{'|'.join(data['list_from'])})\s+(?:the\s+)?$",
                                re.IGNORECASE),
        # a line that may list outings from a town it names ("Train times from X: A 1h50")
        "from_list": re.compile(rf"^\W*(?:{'|'.join(data['list_from'])})\s+[^:.!?\n]{{1,40}}:",
                                re.IGNORECASE),
    }


@dataclass(frozen=True, slots=True)
class _Sentence:
    section: str
    start: int
    end: int
    text: str
    places: tuple[Resolution, ...]  # the stop places it names, in text order
    said: tuple[tuple[int, int], ...]  # its day-trip cues (start, end in ``text``), read once


@dataclass(slots=True)
class ThreadIndex:
    """The thread read once: sentences with their places, stays, homes, airports."""

    sentences: list[_Sentence]
    stays: set[str]  # place ids someone stays in or sets out from
    post_stays: set[str]  # those the post stays in
    staying: dict[str, list[Resolution]]  # the mentions that stay in each place, page order
    homes: set[str]  # place ids a writer lives in
    home_of: dict[str, Place]  # the place each section's writer lives in, by section id
    airports: set[str]
    wanted: dict[str, Place]  # places someone plans or wishes for
    places: dict[str, Place]  # every stop place of the thread by id
    texts: dict[str, str]  # each section's text by id
    post: str = ""  # the post's section id
    writer: dict[str, str] = field(default_factory=dict)  # each section's writer (else its id)
    writer_stays: dict[str, set[str]] = field(default_factory=dict)  # place ids, by writer
    cities: list[Place] = field(default_factory=list)  # the towns of 300,000 people or more
    denied: set[str] = field(default_factory=set)  # places a denied day-trip cue names
    stopovers: set[str] = field(default_factory=set)  # stays only ever of one night

    @classmethod
    def read(cls, thread: Thread, resolutions: Sequence[Resolution]) -> ThreadIndex:
        cues = _cues()
        by_section: dict[str, list[Resolution]] = {}
        for r in trip_view(resolutions):
            if r.place is not None and is_stop(r.place):
                by_section.setdefault(r.mention.section, []).append(r)
        index = cls(sentences=[], stays=set(), post_stays=set(), staying={}, homes=set(),
                    home_of={}, airports=set(), wanted={}, places={},
                    texts={s.id: s.text for s in thread.sections}, post=thread.post.id)
        names = _ThreadNames(by_section)
        for section in thread.sections:
            text = section.text
            writer = index.writer.setdefault(section.id, section.author or section.id)
            named = sorted(by_section.get(section.id, ()), key=lambda r: r.mention.start)
            k = 0
            said_before = False  # the section's sentence before said an outing
            for match in _SENTENCE.finditer(text):
                start, end = match.span()
                here = []
                while k < len(named) and named[k].mention.start < end:
                    if named[k].mention.start >= start:
                        here.append(named[k])
                    k += 1
                # the sentence's cues, read once: the day-trip finders read them again
                said = tuple(cue.span() for cue in cues["said"].finditer(match.group()))
                said = _and_another(match.group(), said, said_before)
                said_before = bool(said)
                if said or _one_day(match.group()) or cues["from_list"].match(match.group()):
                    here = names.fill(section.id, section.author, match, here)
                index.sentences.append(_Sentence(section.id, start, end, match.group(),
                                                 tuple(here), said))
            for r in named:
                assert r.place is not None
                index.places[r.place.id] = r.place
                m = r.mention
                before, after = text[max(0, m.start - 40): m.start], text[m.end: m.end + 60]
                if m.relation == "lives" and not cues["moved_on_to"].search(before):
                    index.homes.add(r.place.id)
                    index.home_of.setdefault(section.id, r.place)
                elif cues["stay"].search(before) or _stay_after().match(after) or (
                        cues["stay_fronted"].match(after)  # "In X we stayed two nights"
                        and cues["base_frame"].fullmatch(text, m.sentence[0], m.start)):
                    index.stays.add(r.place.id)
                    index.staying.setdefault(r.place.id, []).append(r)
                    index.writer_stays.setdefault(writer, set()).add(r.place.id)
                    if section.id == thread.post.id:
                        index.post_stays.add(r.place.id)
                if "airport" in m.text.lower() or _AIRPORT_AFTER.match(after):
                    index.airports.add(r.place.id)
                if m.relation in _FUTURE:
                    index.wanted.setdefault(r.place.id, r.place)
        index.denied = {p for s in index.sentences if s.said for p in _denied_places(s)}
        index.cities = [p for p in index.places.values()
                        if p.kind in BASE_KINDS and p.population >= SMALL_BASE_POPULATION]
        index._read_stays()
        return index

    def stay_around(self, place: Place) -> Place:
        """``place`` when someone stays there; else the town someone stays in that it lies
        inside (a district of the base), else the larger city the thread names that it lies
        inside (a city's districts reach ten km out: "Day 2: the castle and Malá Strana",
        then "Day 3: train to Kutná Hora and back" sets out from Prague), else ``place``."""
        if place.id in self.stays:
            return place
        stay = next((self.places[s] for s in sorted(self.stays)
                     if s in self.places and self.places[s].kind in BASE_KINDS
                     and geodesic_km(self.places[s], place) < SAME_PLACE_KM), None)
        return stay or next((city for city in self.cities if city.id != place.id
                             and city.population >= place.population
                             and geodesic_km(city, place) < SAME_PLACE_KM), place)

    def stopover(self, place_id: str) -> bool:
        """Every stay in the place is of one night ("a night in X", "X, one night there"):
        a stop on the way, not a base to go out from (read once, ``_read_stays``)."""
        return place_id not in self.staying or place_id in self.stopovers

    def _read_stays(self) -> None:
        """Sort the stays into bases and stops of one night, once: the day-trip pass asks
        again for every earlier town of every outing."""
        one_night = _cues()["one_night"]
        self.stopovers = {place_id for place_id, stays in self.staying.items() if all(
            one_night.search(self.texts[r.mention.section][max(0, r.mention.start - 20):
                                                          r.mention.start])
            or one_night.search(self.texts[r.mention.section][r.mention.end:
                                                              r.mention.end + 30])
            for r in stays)}

    def stayed_by(self, place_id: str, section: str, offset: int) -> bool:
        """Someone stays in the place in another section, or earlier in ``section`` than
        ``offset``: a stay its own section only says after an outing ("Next time we'll stay in
        X") is no base of it, another section's (a reply's "when I get to X") still is."""
        return any(r.mention.section != section or r.mention.start < offset
                   for r in self.staying.get(place_id, ()))

    def nearest_stay(self, place: Place, travel: Travel, limit_hours: float, *,
                     section: str | None = None,
                     upto: tuple[str, int] | None = None) -> Place | None:
        """The quickest base someone stays in, for a day trip no sentence sets out on ("A day
        trip to X" in a title, "when I get to Y" in a comment): one the post stays in, or with
        ``section``, one that section's writer or the post's writer stays in anywhere in the
        thread; another reader's stay only when the post stays nowhere ("we stayed in Cassis"
        in a reply is no base of a post's day list that stays in Avignon)."""
        if section is None:  # the nights the post stays somewhere are the trip's, whoever
            among = self.post_stays  # lives there
        elif not self.post_stays:
            among = self.stays - self.homes
        else:
            among = (self.writer_stays.get(self.writer.get(section, section), set())
                     | self.writer_stays.get(self.writer.get(self.post, self.post), set())
                     ) - self.homes
        best: tuple[float, Place] | None = None
        for base_id in sorted(among):
            if upto is not None and not self.stayed_by(base_id, *upto):
                continue
            base = self.places.get(base_id)
            if base is None or base.id == place.id or base.kind not in BASE_KINDS:
                continue
            hours = travel.leg(base, place).travel_hours
            if _in_reach(travel, base, place, limit_hours) and (best is None or hours < best[0]):
                best = (hours, base)
        return best[1] if best else None


class _ThreadNames:
    """The names the thread's mentions resolved to a stop, to find again where the mention
    pass missed one in a day-trip sentence ("day trips to both Siena and Lucca" with only Lucca
    found, Siena found elsewhere in the thread) or a day's line, a feature also without its
    head word ("the Dingle peninsula", then "the Dingle drive")."""

    def __init__(self, by_section: dict[str, list[Resolution]]) -> None:
        self.known: dict[str, Resolution] = {}
        for found in by_section.values():
            for r in found:
                if len(r.mention.text) >= MIN_NAME_CHARS and r.mention.text[:1].isupper():
                    self.known.setdefault(r.mention.text, r)
                    # "the Snaefellsnes peninsula" said once, "Snaefellsnes" after
                    short, _, head = r.mention.text.rpartition(" ")
                    if head.lower() in FEATURE_HEADS and len(short) >= MIN_NAME_CHARS:
                        self.known.setdefault(short, r)
        self.names = sorted(self.known, key=len, reverse=True)

    def _whole_words(self, text: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The known names as whole words in ``text[start:end]``, left to right without
        overlaps, the longest name first where several start at one offset: what one
        alternation of them all would find, without compiling it for each thread."""
        hits = []
        for order, name in enumerate(self.names):
            at = text.find(name, start, end)
            while at != -1:
                hits.append((at, order, name))
                at = text.find(name, at + 1, end)
        hits.sort()
        words, reached = [], start
        for at, _, name in hits:
            stop = at + len(name)
            if at < reached or (at > 0 and word_char(text[at - 1])) or (
                    stop < end and word_char(text[stop])):
                continue
            words.append((at, stop, name))
            reached = stop
        return words

    def fill(self, section: str, author: str | None, sentence: re.Match[str],
             found: list[Resolution]) -> list[Resolution]:
        """``found`` (the sentence's resolutions) with the known names it missed, in text
        order; each added one is "mentioned" (the writer's relation is not known)."""
        start, end = sentence.span()
        # the found mentions in text order do not overlap: their ends grow too, and the one
        # a match could overlap is the first that ends after the match starts
        starts = [r.mention.start for r in found]
        ends = [r.mention.end for r in found]
        added = []
        for at, stop, name in self._whole_words(sentence.string, start, end):
            after = bisect_right(ends, at)
            if after < len(starts) and starts[after] < stop:
                continue
            known = self.known[name]
            mention = replace(known.mention, section=section, author=author,
                              start=at, end=stop, sentence=(start, end),
                              relation="mentioned", source="thread")
            added.append(replace(known, mention=mention))
        if not added:
            return found
        return sorted([*found, *added], key=lambda r: r.mention.start)


def _inside_km(base: Place) -> float:
    """How near a place must be to lie inside the base: a city's districts reach ten km out,
    a small town's a few, so the village or beach a day trip names next door is an outing."""
    return SAME_PLACE_KM if base.population >= SMALL_BASE_POPULATION else SMALL_BASE_KM


def _in_reach(travel: Travel, base: Place, place: Place, limit_hours: float) -> bool:
    """There and back in a day: within the one-way limit, and not by air."""
    leg = travel.leg(base, place)
    return leg.travel_hours <= limit_hours and leg.mode != "fly"


def find_day_trips(
    thread: Thread,
    resolutions: Sequence[Resolution],
    travel: Travel,
    *,
    limit_hours: float = 3.0,
    legs: Collection[frozenset[str]] = (),
    subject: Sequence[Place] = (),
    index: ThreadIndex | None = None,
) -> tuple[DayTrip, ...]:
    """Said day trips (with the sentences that say them), then possible ones; ``legs`` are the
    stated routes' legs, which are never a possible day trip; a day-trip sentence that names
    no place ("visiting there as a day trip") is about the post's ``subject``. ``index`` is the
    thread already read, when the caller has it."""
    resolutions = trip_view(resolutions)
    index = index or ThreadIndex.read(thread, resolutions)
    weighed = {m.start for m in options(thread, [r.mention for r in resolutions])}
    post_options = list({r.place.id: r.place for r in resolutions if r.place is not None
                         and r.mention.section == thread.post.id
                         and r.mention.start in weighed}.values())
    said = _said(index, travel, limit_hours * SAID_SLACK, subject, post_options)
    around = {p.id for p in subject if p.kind in SUBJECT_AREA_KINDS}
    return (*said, *_possible(index, travel, limit_hours, said, legs, around))


@cache
def _plural() -> tuple[tuple[re.Pattern[str], int], ...]:
    """"Both lakes", "all three": each word with how many places it stands for (0: any)."""
    path = resources.files("itinerary.trips").joinpath("data/day_trip_cues.json")
    data: dict[str, int] = json.loads(path.read_text(encoding="utf-8"))["plural"]
    return tuple((re.compile(rf"\b(?:{words})\b", re.IGNORECASE), n)
                 for words, n in data.items())


def _destinations(sentence: _Sentence) -> list[Place]:
    """The distinct places a sentence names that one can go to, in text order; not one it
    stays in ("We'll be staying in Lisbon. Is it doable in a day?")."""
    return list({r.place.id: r.place for r in sentence.places if r.place is not None
                 and _destination(r.place) and not _stays_here(sentence, r)}.values())


_Named = tuple[_Sentence | None, list[Place]]  # a sentence before, and what it names


def _antecedents(text: str, start: int, end: int, recent: Sequence[_Named],
                 post_options: Sequence[Place]) -> _Named:
    """The places a plural word of the clause stands for ("Both lakes are an easy day trip"),
    with the sentence that names them: those of the latest of the sentences just before
    (``recent``) that names as many (the title, the sentence before), else the options the
    post weighs ("I did all three from Madrid")."""
    for pattern, n in _plural():
        if pattern.search(text, start, end) is None:
            continue
        for before, named in (*reversed(recent), (None, post_options)):
            if len(named) == n or (n == 0 and len(named) >= 2):
                return before, list(named)
    return None, []


def _pronouns(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """The words of the span that stand for a place gone to: not one set out from ("any day
    trips from there?" asks from the stay, not about the post's subject)."""
    cues = _cues()
    return [m for m in cues["pronoun"].finditer(text, start, len(text) if end is None else end)
            if cues["set_out_from"].search(text, max(0, m.start() - 20), m.start()) is None]


def _pronoun(text: str, start: int, end: int, cue_at: int) -> bool:
    """The span has a word that stands for a place ("it's easily done in a day"), not only an
    "it" after the cue that judges the outing ("a full-day tour and it was still amazing"),
    which says nothing of where it went when no sentence before names that."""
    cues = _cues()
    return any(m.start() < cue_at or not cues["pronoun_the_trip"].match(text, m.start())
               for m in _pronouns(text, start, end))


def _it(text: str, start: int, end: int, here: Sequence[Place],
        recent: Sequence[_Named], base: Place | None) -> _Named:
    """The place "it" or "there" in the clause stands for ("We'd recommend Sintra; it's easily
    done in a day"), with the sentence before that names it: the last place one can go to
    the sentence names ``here`` before the clause, else the one place the sentence before
    names; never the base."""
    cues = _cues()
    if not _pronouns(text, start, end) \
            and cues["elliptic"].match(text, start, end) is None:  # "Doable in a day?"
        return None, []
    here = [p for p in here if base is None or p.id != base.id]
    if here:
        return None, here[-1:]
    before, last = recent[-1] if recent else (None, [])
    if len(last) == 1 and (base is None or last[0].id != base.id):
        return before, list(last)
    return None, []


def _evidence(index: ThreadIndex, sentence: _Sentence, before: _Sentence | None) -> str:
    """The sentence that says a day trip, from the sentence before that names its place when
    the words "both", "it" stand for it there (and the two are near)."""
    if before is None or before.section != sentence.section \
            or sentence.end - before.start > MAX_EVIDENCE_CHARS:
        return sentence.text.strip()
    return index.texts[sentence.section][before.start:sentence.end].strip()


class _Bases:
    """The towns a section sets out from, each once, latest last (a name said again moves to
    the end: the walk back over them costs the number of towns, not of mentions); a town the
    section only flies into is kept apart, a base only when nothing else is."""

    def __init__(self) -> None:
        self.towns: dict[str, Place] = {}
        self.arrivals: dict[str, Place] = {}

    def add(self, place: Place, arrival: bool) -> None:
        towns = self.arrivals if arrival else self.towns
        towns.pop(place.id, None)
        towns[place.id] = place


def _town_before(index: ThreadIndex, sentence: _Sentence, at: int,
                 recent: Sequence[_Sentence]) -> Place | None:
    """The town "there" (at offset ``at``) stands for in "from there": the latest the
    sentence names before it that is not the outing ("X would be an easy day trip from
    there"; but "X is where we stayed, and Y ... from there" stays in X), else the latest
    the section's sentence before names - a stop the route line names later, or a village
    nobody is said to stay in, is not skipped for an older base."""
    is_the_trip = _cues()["is_the_trip"]
    here = [r for r in sentence.places if r.mention.start - sentence.start < at
            and (_stays_here(sentence, r) or not is_the_trip.match(_after(sentence, r)))]
    for before, towns in ((sentence, here), *((s, s.places) for s in recent[-1:])):
        town = next((r.place for r in reversed(towns) if r.place is not None
                     and _is_base(index, before, r, here=True) is True), None)
        if town is not None:
            return town
    return None


def _fallback_base(index: ThreadIndex, travel: Travel, limit_hours: float, place: Place,
                   flown_into: Iterable[Place], subject: Sequence[Place],
                   section: str, upto: tuple[str, int]) -> Place | None:
    """The base of a day trip its section sets out from nowhere: a town the section flew
    into, else the quickest stay of the post (the trip the replies answer), else of the
    section's writer or the post's writer elsewhere in the thread (of anyone, when the post
    stays nowhere), else the town the post is about."""
    for town in flown_into:
        if town.id != place.id and _in_reach(travel, town, place, limit_hours):
            return town
    return index.nearest_stay(place, travel, limit_hours, upto=upto) or index.nearest_stay(
        place, travel, limit_hours, section=section, upto=upto) or next(
        (town for town in subject if town.kind in BASE_KINDS and town.id != place.id
         and _in_reach(travel, town, place, limit_hours)), None)


def _is_base(index: ThreadIndex, sentence: _Sentence, r: Resolution, *,
             here: bool = False) -> bool | None:
    """Whether a town the sentence names can be a base: True, None for a town it only flies
    into (a base only when nothing else is), False for none: a place ruled out ("nicer than
    X"), a building named after the town ("the Santo Domingo church"), and for a later
    sentence (not ``here``) a home, an airport, a village nobody stays in. A sight put at its
    town ("the Railway Museum") is no base: nobody stays in a museum."""
    place = r.place
    if place is None or place.kind not in BASE_KINDS or r.in_town:
        return False
    if not here and (r.mention.relation == "lives" or place.id in index.airports or (
            place.id not in index.stays and (place.population < MIN_BASE_POPULATION
                                             or _asks(sentence)))):
        return False  # nor a town only asked about ("St Andrews? Or Glencoe?"): no stay
    cues = _cues()
    at = r.mention.start - sentence.start
    # a writer's home is a base of its own sentence ("I grew up in X and we'd go up to Y for
    # the afternoon"), never one it only compares ("nicer than X")
    if cues["not_a_base_after"].match(_after(sentence, r)) or (_ruled_out(
            sentence, r, home_ok=here and r.mention.relation == "lives")
            and not _stays_here(sentence, r)):  # "a cabin near X" stays in X
        return False
    if place.id not in index.stays and cues["arrival"].search(sentence.text[max(0, at - 30):at]):
        return None
    return True


def _said(index: ThreadIndex, travel: Travel, limit_hours: float,
          subject: Sequence[Place], post_options: Sequence[Place]) -> list[DayTrip]:
    cues = _cues()
    found: dict[tuple[str, str], DayTrip] = {}
    paired: dict[str, Place] = {}  # the base each destination was first said to go out from
    context: dict[str, _Bases] = {}
    said_destinations: dict[str, set[str]] = {}
    # what the post weighs going to, and every outing said so far: a later section does not
    # set out from one unless someone stays there ("DC is doable but a long day. Philly is
    # the better day trip" goes out from the post's stay, not from DC)
    gone_to = {p.id for p in post_options}
    recent: dict[str, list[_Sentence]] = {}  # the section's two sentences before, with places
    list_bases = _day_list_bases(index)
    # a question for day trips from a base, and the sentences without a place it may skip
    asking: dict[str, tuple[_Sentence, Place, int]] = {}
    under: dict[str, Place] = {}  # the town a heading stays in, over the day lines below it
    span_ends: dict[str, int] = {}  # the last day of a span heading's stay ("Days 2-5: X")
    # the post's question for day trips from its stay, and the replies whose first sentence
    # with a place has been read: one that opens with the places it suggests answers it
    post_asks: tuple[_Sentence, Place] | None = None
    answered: set[str] = set()
    # a question a section just asked about a day trip, with its base: "Is A doable from X?
    # And what about B?" asks about B from X too
    questioned: dict[str, tuple[_Sentence, Place]] = {}
    # the towns each section set out from ("We did A from X. B we also did as a day trip."
    # goes out from X), and the towns the post only names, never reaching or staying in them
    # ("Ideas so far: A, B and maybe C. Is D doable as a day trip?" is no outing from C)
    set_out: dict[str, set[str]] = {}
    named_only: set[str] = set()
    for sentence in index.sentences:
        if _leg_said_of(sentence):
            continue
        section_destinations = said_destinations.setdefault(sentence.section, set())
        section_bases = context.setdefault(sentence.section, _Bases())
        heads = _stay_heading(sentence)
        if heads is not None:  # "SYDNEY (6 nights)" over "Day 3: Blue Mountains"
            under[sentence.section] = heads
            span_ends.pop(sentence.section, None)
        span = _span_heading(sentence)
        if span is not None:  # "Days 2-5: Hanoi" over "Day 3: Ninh Binh", up to day 5
            under[sentence.section], span_ends[sentence.section] = span
        clauses = _cue_clauses(sentence)
        # "From X: A (1h), B (2h)", "Train times from X: A 1h50": A and B go out from X
        from_list = _list_from(sentence)
        list_base = from_list if clauses else None
        there_list = cues["there_list"].match(sentence.text) if clauses else None
        if list_base is None and there_list is not None and not _any_denied(sentence):
            # "Campsite: X, 4 nights. From there: A, B, and C": the town just named
            town = _town_before(index, sentence, 0, recent.get(sentence.section, ()))
            list_base = (town, there_list.end()) if town is not None else None
        if list_base is not None:  # "From X: A, B, and a day trip to C": all go out from X
            clauses = [(clauses[0][0], list_base[1], len(sentence.text))]
        # "Any day trips out of X? Thinking A and B.": the options answer the question before
        asked = asking.pop(sentence.section, None)
        if asked is not None and not clauses and not sentence.places and asked[2]:
            asking[sentence.section] = (*asked[:2], asked[2] - 1)  # "We've got a car."
        question = _asks(sentence)
        if asked is not None and (clauses or not sentence.places or not (
                question or _asks(asked[0]))):
            asked = None  # "We want a day trip." is answered by its own questions only
        if asked is not None:
            clauses = [(0, 0, len(sentence.text))]
            if question:  # "A and B? C? Or is D too far?": each question offers more
                asking[sentence.section] = (asked[0], asked[1], 0)
        follows = questioned.pop(sentence.section, None)
        if follows is not None and not clauses and asked is None and sentence.places \
                and _asks(sentence) and cues["follow_up"].match(sentence.text):
            asked = (*follows, 0)
            clauses = [(0, 0, len(sentence.text))]
        if sentence.section != index.post and sentence.places \
                and sentence.section not in answered:
            answered.add(sentence.section)
            answer = _answer(sentence) if post_asks is not None and not clauses else None
            if post_asks is not None and not clauses and from_list is not None:
                list_base = from_list  # the post asks for day trips: "From X: A (1h), B"
                clauses = [(0, from_list[1], len(sentence.text))]
            elif post_asks is not None and answer is not None:  # "Kutna Hora is an easy one"
                asked = (*post_asks, 0)
                clauses = [(0, 0, answer)]
        back_in_the_day = not clauses and _one_day(sentence.text)
        listed = None  # "Day 3 (Kyoto): Nara" in a day list based in Kyoto for days
        if back_in_the_day:  # "Day 4: Sintra and back to Lisbon": there and back that day
            first = cues["back_in_the_day"].search(sentence.text)
            at = first.start() if first else _out_and_back(sentence)  # "Day 3: A - B - A"
            clauses = [(at, *_Clauses(sentence.text).around(at))] if at is not None else []
            day_from = None if clauses else _day_from(sentence)
            if day_from is not None:  # "Day 6: A (from X)": out from X and back that day
                town, label_end, opens = day_from
                list_base = (town, label_end)
                clauses = [(opens, label_end, opens)]
            listed = None if clauses else _listed_day_out(sentence, list_bases)
            stays_in = under.get(sentence.section)
            day, last = _day_number(sentence), span_ends.get(sentence.section)
            if stays_in is not None and day is not None and last is not None and day > last:
                del under[sentence.section]  # "Day 6: bus to C" after "Days 2-5: X"
                stays_in = None
            if listed is None and not clauses and stays_in is not None and not any(
                    r.place is not None and r.place.id == stays_in.id for r in sentence.places):
                if _moves_on(index, sentence, stays_in):  # "Day 7: fly to C"; not the day
                    del under[sentence.section]  # that reaches the heading's own town
                else:
                    listed = _label_end(sentence)
                    list_base = (stays_in, listed) if listed is not None else None
            if listed is not None:
                clauses = [(listed, listed, len(sentence.text))]
        loop = _loop_start(sentence) if clauses else None
        if loop is not None:  # "A - B - A in a day": the cue's clause is the whole loop
            clauses = [(at, loop if loop < start <= at else start, end)
                       for at, start, end in clauses]
        offsets = [r.mention.start - sentence.start for r in sentence.places]
        kinds = [_is_base(index, sentence, r, here=True) for r in sentence.places] \
            if clauses else []
        bases_before = _Latest(sentence.places, offsets, [k is True for k in kinds])
        heading = _day_heading(sentence, kinds) if clauses else None
        flown: dict[str, tuple[int, Place]] = {}  # "flew into X": neither outing nor 1st base
        for r, k, at in zip(sentence.places, kinds, offsets, strict=False):
            if k is None and r.place is not None:
                flown.pop(r.place.id, None)
                flown[r.place.id] = (at, r.place)
        pronoun_here = bool(_pronouns(sentence.text))
        outings = [(at, r.place) for r, k, at in zip(sentence.places, kinds, offsets,
                                                     strict=False)
                   if r.place is not None and k is not None and _destination(r.place)
                   and not _stays_here(sentence, r)]  # what "it" in a later clause may be
        outing_at = [at for at, _ in outings]
        stay_spans = _stay_spans(sentence) if clauses else {}
        named_before: list[_Named] = [(s, _destinations(s))
                                      for s in recent.get(sentence.section, ())] \
            if clauses else []
        for cue_at, clause_start, clause_end in clauses:
            # "drove to X and back", "a tour from X to Y" say there and back, not in a day:
            # their base is the section's own, and never over a span of days.
            in_a_day = back_in_the_day or cues["said_day"].search(sentence.text, clause_start,
                                                                  clause_end)
            another = cues["another_outing"].match(sentence.text, cue_at)
            # "visited A and B from there", "using X as a base": outings from a stay
            from_stay = not in_a_day and cues["from_stay"].match(sentence.text, cue_at)
            if cues["en_route"].search(sentence.text, clause_start, clause_end):
                continue  # "Óbidos for the afternoon on the way to Porto": a stop of a route
            onward = cues["onward"].search(sentence.text, cue_at, clause_end)
            if onward:  # "…, then moved on to C": C is the next stop, not a day out
                clause_end = onward.start()
            places = list(sentence.places[bisect_left(offsets, clause_start):
                                          bisect_left(offsets, clause_end)])
            if back_in_the_day:  # not the drive back from a town the list stayed in before
                stayed = section_bases.towns.keys()
                places = [r for r in places if r.place is not None and (
                    r.place.id not in stayed or r.mention.start - sentence.start > cue_at)]
            if not places and _after_dash(sentence.text, clause_start, cue_at):
                # "X is an hour from Y - an easy day trip": the dash sums up the clause before
                before_dash = _clause(sentence.text, clause_start - 1, dashes=False)[0]
                places = [r for r in sentence.places
                          if before_dash <= r.mention.start - sentence.start < clause_start]
            bracket = _bracket_base(sentence, cue_at)
            base = list_base[0] if list_base is not None else _base(sentence, places, cue_at,
                                                                     bracket)
            if base is None and cues["names_its_base"].match(sentence.text, cue_at):
                continue  # "the best base for the coast?": where to stay, no outing
            if base is not None and base == bracket:  # "X (Comuna 13, day trip to Y)": the
                item = max(sentence.text.rfind(",", 0, cue_at),  # items before are its sights
                           sentence.text.rfind(";", 0, cue_at))
                places = [r for r in places if r.mention.start - sentence.start > item]
            if base is None and asked is not None:  # not the next leg ("then a train to C")
                base = asked[1]
                places = [r for r in places if not cues["leg_to"].search(
                    sentence.text, 0, r.mention.start - sentence.start)]
            places = _after_the_base(sentence, places, base, cue_at)
            if from_stay:  # the stay reached last before the outing, not the first one named
                base = next((r.place for r in reversed(places) if r.place is not None
                             and r.mention.start - sentence.start < cue_at
                             and r.place.id in index.stays
                             and r.place.kind in BASE_KINDS), base)
                places = [r for r in places if r.mention.start - sentence.start >= cue_at]
            there = None if base is not None else cues["from_there"].search(
                sentence.text, clause_start, clause_end)
            if there:  # "From there we drove over to X": the town named just before, and
                # when that is no town (a sight), not some older base of the section either
                # ("visited A from there": the town before the outing, not A)
                base = _town_before(index, sentence, cue_at if from_stay else there.start(),
                                    recent.get(sentence.section, ()))
                if base is None:
                    continue
            if base is None and cues["from_home"].search(sentence.text, clause_start, clause_end):
                # "an easy day trip from here": the writer's home, else the town the sentence
                # puts the writer in ("I work in X and Y is an easy day out from here")
                base = index.home_of.get(sentence.section) or _here(sentence, cue_at)
            spans = stay_spans.get(base.id, []) if base is not None else []
            if not in_a_day and any(not any(a <= m.start() < b for a, b in spans) for m in
                                    cues["several_days"].finditer(sentence.text, clause_start,
                                                                  clause_end)):
                continue  # a span of days, but not the base's stay ("based in X for a week")
            # A place the clause stays nights in ("C for three nights with a day trip", "two
            # nights in C") is a base, never a destination: a night away is no day trip.
            named_base = base is not None
            night_away = None if _asks(sentence) else cues[
                "night_away"].search(sentence.text, cue_at, clause_end)  # not "or stay a night?"
            aimed_at = [r for r in places if r.place is not None and r.place.id not in flown
                        and not (night_away and r.mention.start - sentence.start
                                 < night_away.start())
                        and not _set_out_from(sentence, r)
                        and not _ruled_out(sentence, r, home_ok=named_base)
                        and not _stays_here(sentence, r) and not _landmark(sentence, r)
                        and (base is None or r.place.id != base.id)]
            # A home is the outing only when nothing else is ("I live in X, an easy day trip
            # from Y"), not beside one ("we live in X and did Z as a day trip from Y").
            away = [r for r in aimed_at if not _ruled_out(sentence, r, home_ok=False)]
            targets = [r.place for r in (away or aimed_at) if r.place is not None]
            targets = _towns_over_sights(targets)
            said_from: _Sentence | None = None  # the sentence before that names the places
            if not targets:  # "Both lakes are an easy day trip", "visiting there as a day trip"
                said_from, targets = _antecedents(sentence.text, clause_start, clause_end,
                                                  named_before, post_options)
            if not targets:
                at = bisect_left(outing_at, clause_start)
                said_from, targets = _it(sentence.text, clause_start, clause_end,
                                         [p for _, p in outings[max(0, at - 2):at]],
                                         named_before, base)
            if not targets and pronoun_here and in_a_day and _pronoun(
                    sentence.text, 0, len(sentence.text), cue_at):
                # not a town the thread stays in: "it" there is some other place
                targets = [p for p in subject[:1] if p.id not in index.stays]
            if asked is not None:
                said_from = asked[0]
            elif not targets and (_asks(sentence) or sentence.section == index.post):
                # "We're based in X for a week. What are the best day trips?": from X; in
                # the post, "We want one or two day trips." over the questions that name them
                asked_from = base or next((town for town in reversed(section_bases.towns.values())
                                           if town.id in index.stays), None)
                if asked_from is not None:
                    asking[sentence.section] = (sentence, asked_from, ASKED_SKIP)
                    if sentence.section == index.post and post_asks is None and _asks(sentence):
                        post_asks = (sentence, asked_from)  # the replies answer a question
            evidence = _evidence(index, sentence, said_from)
            stated = stated_hours(sentence.text[clause_start:clause_end])
            aimed = {p.id for p in targets}
            best_day = cues["best_day"].match(sentence.text, cue_at)
            if base is None and targets and len({
                    paired[p.id].id if p.id in paired else "" for p in targets}) == 1 \
                    and targets[0].id in paired:  # "From X: … a day in Y", then "is Y
                base = paired[targets[0].id]  # worth half a day?": from X, as said before
            for place in targets:
                if base is None and heading is not None and heading.id != place.id \
                        and _in_reach(travel, heading, place, limit_hours):
                    base = heading  # "Day 3 - Nuremberg: the castle, then a day trip to X"
                if base is None and best_day:  # "a week in Y ... the best day was X": Y only
                    base = next((b for b in reversed(section_bases.towns.values())  # if the
                                 if b.id != place.id), None)  # section has not moved on since
                    if base is None or base.id not in index.stays:
                        break
                if base is None:  # the latest town reached before, this sentence's too
                    before = bases_before.upto(clause_start)
                    # not a town an earlier clause went to ("an easy day trip to A or B,
                    # and C makes a long day out": C is from the base, not from B)
                    # and in a reply, not a town an earlier sentence only named, when the
                    # post stays within reach ("A by train is easy. B is a half day": B
                    # goes from the post's stay, not from A; nor from a town it stays one
                    # night in: "I'd spend a night in A instead. B and C work as one day")
                    # (nor, in the post, a town it only named, when it stays within reach)
                    own = sentence.section == index.post
                    by_post = index.nearest_stay(place, travel, limit_hours, upto=(
                        sentence.section, sentence.start) if own else None) is not None
                    passed = (named_only if own else section_bases.towns.keys() - set_out.get(
                        sentence.section, set())) if by_post else set()
                    earlier = chain((b for b in reversed(before.values())
                                     if b.id not in section_destinations),
                                    (b for b in reversed(section_bases.towns.values())
                                     if b.id not in before
                                     and not (b.id in passed and (
                                         b.id not in index.stays or index.stopover(b.id)))))
                    base = next((index.stay_around(b) for b in earlier if b.id != place.id
                                 and (not another or b.id in index.stays)
                                 and _in_reach(travel, b, place, limit_hours)), None)
                    if base is None and in_a_day:
                        base = _fallback_base(index, travel, limit_hours, place, chain(
                            (town for at, town in reversed(flown.values()) if at < cue_at),
                            reversed(section_bases.arrivals.values())), subject,
                            sentence.section, (sentence.section, sentence.start))
                    elif base is None:  # a reader's "went out to X and back": the post's stay
                        base = index.nearest_stay(place, travel, limit_hours)
                    if base is not None and base.id in aimed:
                        base = None  # "A and B are both easy day trips": neither is the base
                if place.kind == "sight" and any(  # "is A a day trip? ... the Taj Mahal,
                        b == base.id and index.places[d].kind in BASE_KINDS  # back by dinner"
                        and geodesic_km(index.places[d], place) < SIGHT_IN_TOWN_KM
                        for b, d in found) if base is not None else False:
                    continue
                if (base is None or place.id == base.id
                        or (listed is not None and (place.kind not in BASE_KINDS
                                                    or list_base is not None)
                            and geodesic_km(base, place) < SIGHT_IN_TOWN_KM)
                        or (from_stay and not _stayed_before(index, sentence, base,
                                                             from_stay.end()))
                        or not _destination(place) or place.id in index.airports
                        or geodesic_km(base, place) < _inside_km(base)):
                    continue
                leg = travel.leg(base, place)
                # a time the clause states ("4h each way") may fit where the estimate does
                # not; one far over the limit never does ("the train took 7 hours")
                fits = (leg.travel_hours <= limit_hours or (
                    stated is not None and stated <= limit_hours)) and not (
                    stated is not None and stated > limit_hours * SAID_SLACK)
                if leg.mode == "fly" or not fits:
                    continue  # a day trip is not a pair of flights
                section_destinations.add(place.id)
                gone_to.add(place.id)
                if _asks(sentence):
                    questioned[sentence.section] = (sentence, base)
                key = (base.id, place.id)
                trip = found.get(key)
                if trip is None:
                    paired.setdefault(place.id, base)
                    found[key] = DayTrip(base=base.id, destination=place.id,
                                         distance_km=leg.distance_km,
                                         travel_hours=leg.travel_hours,
                                         evidence=(sentence.section,),
                                         sentences=(evidence,), kind="said")
                elif sentence.section not in trip.evidence:
                    found[key] = replace(trip, evidence=(*trip.evidence, sentence.section),
                                         sentences=(*trip.sentences, evidence))
        reaches = _one_day(sentence.text)  # a day's line goes to its places
        for r in sentence.places:
            if r.place is None:
                continue
            at = r.mention.start - sentence.start
            kept = _is_base(index, sentence, r)
            leaves = _set_out_from(sentence, r)
            if leaves:
                set_out.setdefault(sentence.section, set()).add(r.place.id)
            if from_list is not None and r.place.id not in index.stays \
                    and at >= from_list[1]:
                continue  # an item of a list from X is X's outing, not a town reached
            if kept is not False and r.place.id not in section_destinations and (
                    r.place.id in index.stays or r.place.id not in gone_to
                    or sentence.section == index.post or leaves):
                section_bases.add(r.place, arrival=kept is None)
                if sentence.section == index.post and not (reaches or leaves or cues[
                        "reached"].search(sentence.text, max(0, at - REACHED_CHARS), at)):
                    named_only.add(r.place.id)
                else:
                    named_only.discard(r.place.id)
        if sentence.places:
            recent[sentence.section] = [*recent.get(sentence.section, [])[-1:], sentence]
    return sorted(found.values(), key=lambda t: (t.travel_hours, t.base, t.destination))


_HEADING_END = re.compile(r"\s*(?:\)?\s*:|\(|-\s|\u2013|\u2014)")
_LISTED_AFTER = re.compile(r"\)?\s*:\s*")  # "Day 3 (Kyoto): Nara", "Day 3 - Kyoto: Nara"


def _leg_said_of(sentence: _Sentence) -> bool:
    """A sentence that opens with a leg said of in the present ("Split to Dubrovnik is four
    hours on the coastal bus") tells how far, not an outing, unless it says a day in words
    ("From A to B is an hour, an easy day trip")."""
    if len(sentence.places) < 2 or _cues()["said_day"].search(sentence.text):
        return False
    a, b = (r.mention for r in sentence.places[:2])
    return bare_leg(sentence.text, 0, (a.start - sentence.start, a.end - sentence.start),
                    (b.start - sentence.start, b.end - sentence.start))


def _and_another(text: str, said: tuple[tuple[int, int], ...], said_before: bool
                 ) -> tuple[tuple[int, int], ...]:
    """The cues of a sentence with its "another day" outings: only after an outing said before
    it in the sentence or in the section's sentence before ("a day at A, and another we took
    the train to B"; "We spent another day in X" alone is no outing)."""
    after = 0 if said_before else (said[0][1] if said else None)
    if after is None:
        return said
    more = [m.span() for m in _cues()["another_outing"].finditer(text, after)
            if not any(a < m.end() and m.start() < b for a, b in said)]
    return tuple(sorted([*said, *more])) if more else said


def _asks(sentence: _Sentence) -> bool:
    """Whether the sentence is a question."""
    return sentence.text.rstrip().endswith("?")


def _one_day(text: str) -> bool:
    """A single day's line: "Day 3:", "Tue -", also "Day 3 (Kyoto):"."""
    return one_day_entry(text) or _cues()["bracket_day"].match(text) is not None


@cache
def _day_label() -> re.Pattern[str]:
    """The label of a day or a span of days opening a line ("Day 3:", "Feb 15-18:")."""
    label: str = stated_cues()["day_label"]  # type: ignore[assignment]
    return re.compile(rf"\s*(?:[-*\u2022]\s*)?(?:{label})(?:\s*[-\u2013\u2014]\s*\d{{1,2}}"
                      r"(?:st|nd|rd|th)?)?\s*[:\-\u2013\u2014.|]\s*", re.IGNORECASE)


def _bracket_base(sentence: _Sentence, cue_at: int) -> Place | None:
    """The town whose bracket holds the cue: one that opens a day list's line ("Feb 15-18: X
    (a market, day trip to Y)"), or any town the bracket gives its stay first ("then X (3
    nights, with A and B as day trips)"): the plan stays in X, and the names before the cue in
    the bracket are its sights; not "X (day trip)", where X is the outing."""
    label = _day_label().match(sentence.text)
    first = sentence.places[0] if sentence.places else None
    stayed = label is None or first is None or first.mention.start - sentence.start != label.end()
    if stayed:  # the stay is written: a village known by its sight or area will do
        first = _stay_bracket_before(sentence, cue_at)
    if first is None or first.place is None \
            or first.place.kind not in (_STAYED_KINDS if stayed else BASE_KINDS):
        return None
    after = _after(sentence, first)
    opening = re.match(r"\s*\(", after)
    end = first.mention.end - sentence.start
    if opening is None or (not stayed and _cues()["is_the_trip"].match(after)) \
            or not end + opening.end() <= cue_at \
            or ")" in sentence.text[end + opening.end(): cue_at]:
        return None
    return first.place


def _stay_bracket_before(sentence: _Sentence, cue_at: int) -> Resolution | None:
    """The place right before the bracket the cue stands in, when the bracket opens with its
    stay ("Sigiriya (3 nights, ...") or with an outing to somewhere else ("Munnar (day trip
    to ...": an outing to a place the gazetteer lacks is still none to Munnar)."""
    text = sentence.text
    opening = text.rfind("(", 0, cue_at)
    if opening < 0 or ")" in text[opening:cue_at]:
        return None
    before = [r for r in sentence.places if r.mention.end - sentence.start <= opening
              and not text[r.mention.end - sentence.start: opening].strip()]
    opens = text[opening:opening + LOOKAHEAD]
    if not before or not (_stay_after().match(opens) or _cues()["bracket_outing"].match(opens)):
        return None
    return before[-1]


def _day_from(sentence: _Sentence) -> tuple[Place, int, int] | None:
    """In a single day's line, the town its bracket sets out from ("Day 6: A (from X)"), with
    the offsets of the day's start (after its label) and of the bracket; else None."""
    start = _label_end(sentence)
    if start is None:
        return None
    for r in sentence.places:
        at = r.mention.start - sentence.start
        found = _cues()["day_from"].search(sentence.text, start, at)
        if found is not None and r.place is not None and r.place.kind in BASE_KINDS:
            return r.place, start, found.start()
    return None


def _day_list_bases(index: ThreadIndex) -> set[tuple[str, str]]:
    """The towns a section's day list stays in for days: each (section, place id) that opens
    two or more single days' lines ("Day 2 (Kyoto): ...", "Day 3 (Kyoto): ...")."""
    seen: set[tuple[str, str]] = set()
    twice: set[tuple[str, str]] = set()
    for sentence in index.sentences:
        first = sentence.places[0].place if sentence.places else None
        if first is None or first.kind not in BASE_KINDS or not _one_day(sentence.text):
            continue
        key = (sentence.section, first.id)
        (twice if key in seen else seen).add(key)
    return twice


def _stay_heading(sentence: _Sentence) -> Place | None:
    """The town of a heading line that gives only it and its nights ("SYDNEY (6 nights)",
    "Kyoto - 4 nights:"): the day lines under it set out from there."""
    if len(sentence.places) != 1 or sentence.places[0].place is None \
            or sentence.places[0].place.kind not in BASE_KINDS:
        return None
    r = sentence.places[0]
    if sentence.text[: r.mention.start - sentence.start].strip(" #*_-\u2022") \
            or not _cues()["stay_heading"].match(_after(sentence, r)):
        return None
    return r.place


_DAY_NUMBERS = re.compile(r"\d{1,2}")


def _span_heading(sentence: _Sentence) -> tuple[Place, int] | None:
    """The town of a day list's span line that names no other town ("Days 2-5: Hanoi", "Days
    5-7 - X for the ruins"), with the span's last day: the single days' lines up to it go out
    from there."""
    towns = [r for r in sentence.places if r.place is not None and r.place.kind in BASE_KINDS]
    if len(towns) != 1 or sentence.places[0] is not towns[0]:
        return None
    before = sentence.text[: towns[0].mention.start - sentence.start].lstrip(" #*_-\u2022")
    span = _cues()["day_span"].search(before)
    if span is None or span.start() != 0 or towns[0].place is None:
        return None
    return towns[0].place, int(_DAY_NUMBERS.findall(before)[-1])


def _day_number(sentence: _Sentence) -> int | None:
    """The number of a single day's line ("Day 6: ..."), None for one without ("Tue: ...")."""
    label = _day_label().match(sentence.text)
    number = _DAY_NUMBERS.search(label.group()) if label is not None else None
    return int(number.group()) if number is not None else None


def _moves_on(index: ThreadIndex, sentence: _Sentence, base: Place) -> bool:
    """A day's line under a heading that leaves its town: it names another stay, flies, moves
    on, or goes to a town out of the heading's with no way back in the line ("Day 7: fly to
    Melbourne", "Day 4: train to Florence"; not "Day 1: Bondi to Coogee walk")."""
    cues, text = _cues(), sentence.text
    back = cues["way_back"].search(text) is not None
    return bool(cues["onward"].search(text) or cues["en_route"].search(text)
                or cues["moves_on"].search(text)
                or any(r.place is not None and r.place.id != base.id and (
                    r.place.id in index.stays or (
                        not back and r.place.kind in BASE_KINDS
                        and geodesic_km(base, r.place) >= SIGHT_IN_TOWN_KM
                        and cues["leg_to"].search(text, 0, r.mention.start - sentence.start)))
                       for r in sentence.places))


def _label_end(sentence: _Sentence) -> int | None:
    """The offset after a single day's label ("Day 3: "), where what that day does begins."""
    label = _day_label().match(sentence.text)
    return label.end() if label is not None and one_day_entry(sentence.text) else None


def _listed_day_out(sentence: _Sentence, list_bases: set[tuple[str, str]]) -> int | None:
    """In a single day's line headed by the town the list stays in for days, whose places
    follow a colon ("Day 3 (Kyoto): Nara"), the offset after the colon: that day goes out
    from the town and back, else None. Not "Day 3: Kyoto - Nara" (a leg)."""
    if len(sentence.places) < 2 or sentence.places[0].place is None \
            or (sentence.section, sentence.places[0].place.id) not in list_bases:
        return None
    colon = _LISTED_AFTER.match(sentence.text, sentence.places[0].mention.end - sentence.start)
    return colon.end() if colon is not None and ":" in colon.group() else None


def _day_heading(sentence: _Sentence, kinds: Sequence[bool | None]) -> Place | None:
    """The town that heads a single day's line ("Day 3 - Nuremberg: ...", "Tue: Kyoto -"):
    where that day sets out from, unless its line says otherwise."""
    if not sentence.places or kinds[0] is not True or not _one_day(sentence.text):
        return None
    first = sentence.places[0]
    end = first.mention.end - sentence.start
    return first.place if _HEADING_END.match(sentence.text, end) else None


def _answer(sentence: _Sentence) -> int | None:
    """Where the places a reply's sentence opens with end ("Ballarat and Bendigo are both an
    hour away"), when it answers a question for day trips: it opens with a place, and no word
    of it keeps the writer there overnight or advises against the outing ("X is three hours
    each way, stay a night"); None for any other sentence."""
    cues = _cues()
    first, *more = sentence.places
    end = first.mention.end - sentence.start
    if sentence.text[:first.mention.start - sentence.start].strip(" \t*-\u2022>") \
            or cues["answer_denied"].search(sentence.text):
        return None
    for r in more:
        at = r.mention.start - sentence.start
        if not cues["answer_list"].fullmatch(sentence.text, end, at):
            break
        end = r.mention.end - sentence.start
    return end


def _cue_clauses(sentence: _Sentence) -> list[tuple[int, int, int]]:
    """Each day-trip cue of a sentence with its clause (cue offset, start, end); two cues in
    one clause are split at a "then" between them ("A with a day out to B, then C with day
    trips to D"), else the clause is read once."""
    cues, text = _cues(), sentence.text
    clauses: _Clauses | None = None  # read once the sentence shows a cue (most show none)
    found: list[tuple[int, int, int]] = []
    last: tuple[int, int] | None = None  # the clause of the cue before, as around() gave it
    # The last "then" between the latest cue kept and this one, read on from the cue before:
    # rereading from the cue kept made a sentence of many cues quadratic. No "then" match
    # holds a cue's start, so reading in pieces finds what one read would.
    read_to = 0
    asked = text.rstrip().endswith("?")
    # a clause that denies a day trip is not one by a cue that only says there and back
    # ("don't do X as a day trip, it's 4h each way"; but "too far for a day, we did it from
    # Y instead and came back the same evening")
    denied: set[tuple[int, int]] = set()
    for cue_start, cue_end in sentence.said:
        clauses = clauses or _Clauses(text)
        start, end = _in_bracket(text, cue_start, *clauses.around(cue_start))
        if _COLON_LIST.match(text, cue_end):  # "Day trips by car: A, B, and C": the list
            end = len(text)  # after the colon is the cue's, each item an outing of it
        if _cue_denied(text, cue_start, cue_end, end, asked):
            denied.add((start, end))
            continue  # "not a day trip at all", "rather than a day trip", "too far for a day",
            # "X as a day trip from Y is not a good idea"
        if (start, end) in denied and not cues["said_day"].match(text, cue_start):
            continue
        if found and (start, end) == last:
            at, start_before, _ = found[-1]
            split = max(cues["then"].finditer(text, max(at, read_to), cue_start),
                        key=re.Match.start, default=None)
            read_to = cue_start
            if split is None:
                continue
            found[-1] = (at, start_before, split.start())
            found.append((cue_start, split.end(), end))
        else:
            found.append((cue_start, start, end))
        read_to, last = cue_start, (start, end)
    return found


def _cue_denied(text: str, cue_start: int, cue_end: int, end: int, asked: bool) -> bool:
    """The words before the cue deny it, or outside a question the words after it in its
    clause (ending at ``end``) advise against it."""
    return _denied(text, cue_start, asked) or (not asked and _cues()["negated_after"].search(
        text, cue_end, min(end, cue_end + NEGATION_CHARS)) is not None)


def _denied_places(sentence: _Sentence) -> set[str]:
    """The places of the clauses whose day-trip cue is denied ("B is too far for a day trip",
    "C on the way, not as a day trip"): no possible day trip either."""
    text, asked = sentence.text, _asks(sentence)
    clauses = _Clauses(text)
    found: set[str] = set()
    for cue_start, cue_end in sentence.said:
        start, end = _in_bracket(text, cue_start, *clauses.around(cue_start))
        if _cue_denied(text, cue_start, cue_end, end, asked):
            found.update(r.place.id for r in sentence.places if r.place is not None
                         and start <= r.mention.start - sentence.start < end)
    return found


def _in_bracket(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The clause ``start``-``end`` kept inside the bracket that holds offset ``at``: when the
    bracket gives a stay, its words ("X (3 nights, with A and B as day trips), C 2 nights"
    says nothing of C); else the item it follows with the bracket ("X (day trip)" is the
    outing itself, "A, X (our base for B) and C" goes from X to B, never to A or C)."""
    opening = text.rfind("(", start, at)
    if opening < 0 or ")" in text[opening:at]:
        return start, end
    if _stay_after().match(text[opening:opening + LOOKAHEAD]):
        closing = text.find(")", at, end)
        return opening + 1, closing if closing >= 0 else end
    closing = text.find(")", at)  # the bracket may hold a break of its own (", and ...")
    if closing < 0:
        return start, end
    item = max(text.rfind(mark, start, opening) for mark in ",;:()") + 1
    return max(start, item), min(end, closing)


def _denied(text: str, at: int, asked: bool) -> bool:
    """The words just before the cue at ``at`` deny it ("not a day trip", "too far for a day"
    outside a question)."""
    cues = _cues()
    words_before = max(0, at - NEGATION_CHARS)
    return bool(cues["negated"].search(text, words_before, at) or (
        not asked and cues["negated_unless_asked"].search(text, words_before, at)))


_COLON_LIST = re.compile(r"[^.,;:!?()\n]{0,25}:\s")  # a cue heading a list: "Day trips by car: "
_LIST_COLON = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?:\s*")  # "From X:", "From X (4 nights):"


def _list_from(sentence: _Sentence) -> tuple[Place, int] | None:
    """A line that opens with its base and a colon ("From X: A, B, and a day trip to C"): the
    town and the offset after the colon, when no cue of the line is denied (the list is one
    set of outings from X, each item its own clause); else None."""
    first = sentence.places[0] if sentence.places else None
    if first is None or first.place is None or first.place.kind not in BASE_KINDS:
        return None
    cues, text = _cues(), sentence.text
    if cues["list_from"].search(text, 0, first.mention.start - sentence.start) is None:
        return None
    colon = _LIST_COLON.match(text, first.mention.end - sentence.start)
    if colon is None or _any_denied(sentence):
        return None
    return first.place, colon.end()


def _any_denied(sentence: _Sentence) -> bool:
    """Some day-trip cue of the sentence is denied ("not a day trip")."""
    text = sentence.text
    asked = text.rstrip().endswith("?")
    return any(_denied(text, start, asked) for start, _ in sentence.said)


def _clause(text: str, at: int, *, dashes: bool = True) -> tuple[int, int]:
    """The clause of ``text`` around offset ``at`` ("..., and the Cu Chi tunnels ..." is
    another clause; so is what a dash sets off before the cue, not after it, unless
    ``dashes`` is false)."""
    cues = _cues()
    starts = cues["clause_start"] if dashes else cues["clause_break"]
    start = max((m.end() for m in starts.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in cues["clause_break"].finditer(text, at)), len(text))
    return start, end


class _Latest:
    """A sentence's towns before an offset, each once, latest last; asked for offsets that
    mostly grow, it reads on from the offset before instead of from the sentence start."""

    def __init__(self, places: Sequence[Resolution], offsets: Sequence[int],
                 bases: Sequence[bool]) -> None:
        self.places, self.offsets, self.bases = places, offsets, bases
        self.read = 0  # places[:read] are in ``towns``
        self.towns: dict[str, Place] = {}

    def upto(self, offset: int) -> dict[str, Place]:
        if self.read and self.offsets[self.read - 1] >= offset:  # asked for an earlier one
            self.read, self.towns = 0, {}
        while self.read < len(self.places) and self.offsets[self.read] < offset:
            place = self.places[self.read].place
            if place is not None and self.bases[self.read]:
                self.towns.pop(place.id, None)
                self.towns[place.id] = place
            self.read += 1
        return self.towns


class _Clauses:
    """The clauses of one sentence: each boundary pattern is read over the sentence once, so
    a sentence of many cues costs what its length does, not its length times its cues."""

    def __init__(self, text: str) -> None:
        cues = _cues()
        self.text = text
        self.opening = LastBefore(cues["clause_start"], text)
        self.breaks = [m.start() for m in cues["clause_break"].finditer(text)]

    def around(self, at: int) -> tuple[int, int]:
        """The clause around offset ``at`` ("..., and the Cu Chi tunnels ..." is another
        clause; so is what a dash sets off before the cue, not after it): it opens after the
        last opening that reading up to ``at`` finds."""
        start = self.opening.end(at)
        after = bisect_left(self.breaks, at)
        end = self.breaks[after] if after < len(self.breaks) else len(self.text)
        return start, end


def _out_and_back(sentence: _Sentence) -> int | None:
    """In a day's entry that sets out from a town and ends there ("Day 3: A - B - A"), the
    offset of the town it ends at, else None."""
    places = [r for r in sentence.places if r.place is not None]
    if len(places) < 3 or places[0].place != places[-1].place \
            or places[0].place.kind not in BASE_KINDS:  # type: ignore[union-attr]
        return None
    base_to = _cues()["base_to"]
    gaps = (sentence.text[a.mention.end - sentence.start: b.mention.start - sentence.start]
            for a, b in pairwise(places))
    return places[-1].mention.start - sentence.start if all(map(base_to.match, gaps)) \
        else None


def _loop_start(sentence: _Sentence) -> int | None:
    """The offset of the first town of a sentence that goes out and back ("A - B - A"),
    else None."""
    if _out_and_back(sentence) is None:
        return None
    return next(r.mention.start - sentence.start for r in sentence.places if r.place is not None)


def _after_the_base(sentence: _Sentence, places: list[Resolution], base: Place | None,
                    cue_at: int) -> list[Resolution]:
    """The clause's places an outing named after its cue can go to: "A, then B and C, with a
    day trip from C into D" goes to D, not back to the stops before it; a place the cue
    itself follows stays one ("I'd do X as a day trip from C, and Y as well"); and "into A, a
    week in C with a day trip to D" goes to D, not back to A, named before the stay in its base."""
    if base is None:
        return places
    later = [r for r in places if r.mention.start - sentence.start > cue_at]
    if not any(r.place is not None and r.place.id == base.id for r in later):
        named = next((r for r in places if r.place is not None and r.place.id == base.id), None)
        if named is None or not later or not _stays_here(sentence, named):
            return places
        return [r for r in places if r.mention.start >= named.mention.start]
    kept = [r for r in places if r.place is not None and r.place.id != base.id and (
        r in later or _OUTING_GAP.fullmatch(sentence.text, r.mention.end - sentence.start,
                                            cue_at))]
    return kept or places


def _stayed_before(index: ThreadIndex, sentence: _Sentence, base: Place, at: int) -> bool:
    """``base`` is a stay the text reached before offset ``at`` of the sentence: named before
    it, or not in the sentence at all (the section's stay) - not "From there we visited A
    and then B for three nights"."""
    if base.id not in index.stays:
        return False
    named = [r.mention.start - sentence.start for r in sentence.places
             if r.place is not None and r.place.id == base.id]
    return not named or min(named) < at


def _towns_over_sights(targets: Sequence[Place]) -> list[Place]:
    """The outing's places without the sights of a town it also names ("a day trip to Kyoto:
    the castle, the shrine" is one trip, to Kyoto); a valley, lake or peak beside a town is
    an outing of its own ("the Sacred Valley tour: Pisac, then Ollantaytambo")."""
    towns = [p for p in targets if p.kind in BASE_KINDS]
    return [p for p in targets if p.kind != "sight" or not any(
        geodesic_km(town, p) < SIGHT_IN_TOWN_KM for town in towns)]


def _stay_spans(sentence: _Sentence) -> dict[str, list[tuple[int, int]]]:
    """The stretches of a sentence that give the nights of a stay ("four nights in X", "X
    for a week"), by the place stayed in: a base's span of days is its stay, not an
    outing's."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in sentence.places:
        if r.place is None:
            continue
        mine = spans.setdefault(r.place.id, [])
        at, end = r.mention.start - sentence.start, r.mention.end - sentence.start
        before = _cues()["stay"].search(sentence.text, max(0, at - 40), at)
        if before:
            mine.append((max(0, before.start() - STAY_COUNT_CHARS), at))
        text_after = _after(sentence, r)
        after = _stay_after().match(text_after) or (  # "In X we stayed four nights"
            _cues()["stay_fronted"].match(text_after)
            if _cues()["base_frame"].fullmatch(sentence.text, 0, at) else None)
        if after:  # with the length it goes on to give (", where we stayed four nights")
            length = _STAY_LENGTH.match(text_after, after.end())
            mine.append((end, end + (length or after).end()))
    return spans


def _after(sentence: _Sentence, r: Resolution) -> str:
    """The text after a mention, as far as a cue read there can reach (the rest of a long
    sentence, copied for each name, made it quadratic)."""
    end = r.mention.end - sentence.start
    return sentence.text[end : end + LOOKAHEAD]


def _after_dash(text: str, start: int, cue_at: int) -> bool:
    """The clause starting at ``start`` is a dash and the cue's noun phrase ("... - an easy
    day trip"), which sums up the clause before the dash."""
    return (start > 0 and text[:start].rstrip()[-1:] in "-\u2013\u2014"
            and _cues()["dash_appositive"].match(text[start:cue_at]) is not None)


def _stays_here(sentence: _Sentence, r: Resolution) -> bool:
    """The sentence stays the night in this place ("two nights in C", "C for three nights",
    a day list's "Day 1-4: C (A one day, B another)")."""
    at = r.mention.start - sentence.start
    before = sentence.text[max(0, at - 40): at]
    return bool(_cues()["stay"].search(before) or _cues()["day_span"].search(before)
                or _stay_after().match(_after(sentence, r)))


def _here(sentence: _Sentence, cue_at: int) -> Place | None:
    """The town the sentence puts its writer in before offset ``cue_at`` ("I work in X",
    "I'm in X most months"), else None."""
    here_in = _cues()["here_in"]
    return next((r.place for r in sentence.places if r.place is not None
                 and r.place.kind in BASE_KINDS and r.mention.start - sentence.start < cue_at
                 and here_in.search(sentence.text, max(0, r.mention.start - sentence.start - 30),
                                    r.mention.start - sentence.start)), None)


def _set_out_from(sentence: _Sentence, r: Resolution) -> bool:
    """The clause sets out from the place ("a morning trip from Stone Town", "the ferry from
    Piraeus"), whatever its kind: a region or district there is no destination either."""
    at = r.mention.start - sentence.start
    return _cues()["set_out_from"].search(sentence.text, max(0, at - 20), at) is not None


def _landmark(sentence: _Sentence, r: Resolution) -> bool:
    """The place only locates the outing ("the day hike to the lake right under X")."""
    at = r.mention.start - sentence.start
    return _cues()["landmark_before"].search(sentence.text, max(0, at - 30), at) is not None


def _ruled_out(sentence: _Sentence, r: Resolution, *, home_ok: bool) -> bool:
    """The sentence rules the place out as a destination ("rather than X", "I live in X");
    with ``home_ok`` (the sentence names the base) a writer's home is still one: "I live in
    X, an easy day trip from Y" sends people there."""
    cues = _cues()
    before = sentence.text[max(0, r.mention.start - sentence.start - 30):
                           r.mention.start - sentence.start]
    found = cues["ruled_out"].search(before)
    return found is not None and not (home_ok and cues["home_before"].search(found.group()))


def _base(sentence: _Sentence, places: Iterable[Resolution], cue_at: int,
          bracket: Place | None = None) -> Place | None:
    """Where a said day trip sets out from: "from X" and the like, "X to Y", else the town
    whose bracket holds the cue (``bracket``), else a town named before the cue when
    places follow it (not in "X as a day trip: sights"); None leaves it to the section's bases
    so far."""
    cues = _cues()
    places = list(places)
    before_cue = [r for r in places if r.mention.start - sentence.start < cue_at]
    if len(before_cue) >= 2 and cues["round_trip"].match(sentence.text, cue_at) and cues[
            "leg_to"].search(sentence.text, 0, before_cue[-1].mention.start - sentence.start):
        # "A, a boat along the fjord to B and back": back where the leg to B set out from
        town = next((r.place for r in reversed(before_cue[:-1])
                     if r.place is not None and r.place.kind in BASE_KINDS), None)
        if town is not None:
            return town
    for a, b in pairwise(places):
        gap = sentence.text[a.mention.end - sentence.start: b.mention.start - sentence.start]
        if a.place is not None and a.place.kind in BASE_KINDS and cues["base_to"].match(gap):
            return a.place
    towns = [r for r in places if r.place is not None and r.place.kind in BASE_KINDS]
    # "from X" before a town the clause only stays in ("Y for three days, then a day trip
    # from X"): the outing's own base wins over the trip's other stays
    for r in towns:
        if cues["base_before"].search(sentence.text, max(0, r.mention.start - sentence.start
                                                          - 25), r.mention.start - sentence.start):
            return r.place
    if bracket is not None:  # the stay the cue's bracket belongs to, over others named
        return bracket
    for r in towns:
        if _stays_here(sentence, r):
            return r.place
    for k, r in enumerate(places):  # a home with an outing after it: "I grew up in X and
        # we'd go up to Y for the afternoon" (not "I live in X: come over to X for a day")
        if r.place is not None and r.place.kind in BASE_KINDS and r.mention.relation == "lives" \
                and _ruled_out(sentence, r, home_ok=False) \
                and not _ruled_out(sentence, r, home_ok=True) \
                and any(o.place is not None and o.place.id != r.place.id for o in places[k + 1:]):
            return r.place
    for r in towns:  # "In X, Y is the must-do day trip": the sentence is set in X; "X to
        at = r.mention.start - sentence.start  # the penguins is a half-day trip" sets out
        if at < cue_at and (cues["base_frame"].fullmatch(sentence.text, 0, at) or (
                cues["opener"].fullmatch(sentence.text, 0, at)
                and cues["leg_after"].match(_after(sentence, r)))):
            return r.place
    after_cue = [r for r in places if r.mention.start - sentence.start > cue_at]
    last = before_cue[-1] if before_cue else None
    if last is not None and last.place is not None and last.place.kind in BASE_KINDS and (
            cues["base_cue"].match(sentence.text, cue_at) or cues["base_link"].match(
                sentence.text[last.mention.end - sentence.start: cue_at])):
        return last.place  # "X is a good base for ...", "X, plus a day trip to ..."
    # "as a day trip": read back from the cue over its spaces only, not the sentence before.
    words_end = cue_at
    while words_end and sentence.text[words_end - 1].isspace():
        words_end -= 1
    as_a = words_end < cue_at and _AS_A.search(sentence.text, max(words_end - 5, 0), words_end)
    if before_cue and after_cue and not as_a and before_cue[-1].place is not None \
            and before_cue[-1].place.kind in BASE_KINDS and not cues["is_the_trip"].match(
                _after(sentence, before_cue[-1])) \
            and sentence.text[before_cue[-1].mention.end - sentence.start: cue_at].strip():
        # not "A is an easy day trip, and so is B", nor "A and B on one day: the museum in
        # B" (a cue right after a town is that town's outing)
        return before_cue[-1].place
    return None


def _possible(index: ThreadIndex, travel: Travel, limit_hours: float, said: Sequence[DayTrip],
              legs: Collection[frozenset[str]], around: Collection[str]) -> list[DayTrip]:
    """Each stay of more than a night to each place someone wants to see within reach and
    sleeps nowhere; not a leg of a stated route, nor the area the post is set in (``around``),
    nor a place the text denies a day trip to, nor one a said day trip already goes to from
    the base the text gives it ("next time we'll base ourselves in X and do Y from there" is
    no outing to Y from another stay)."""
    places = {r.place.id: r.place for s in index.sentences for r in s.places
              if r.place is not None}
    bases = [places[p] for p in sorted(index.stays) if p in places
             and places[p].kind in BASE_KINDS and p not in index.homes
             and not index.stopover(p)]
    taken = {(t.base, t.destination) for t in said} | {(t.destination, t.base) for t in said}
    said_to = {t.destination for t in said}  # an outing the text sets out on from its own base
    reach = reach_km(limit_hours) * 1.01  # the spherical screen may err by 0.5 %
    found = []
    for base in bases:
        for place in index.wanted.values():
            if (place.id == base.id or place.id in index.homes or place.id in index.airports
                    or place.id in around or place.id in index.stays  # slept in: a stop
                    or place.id in index.denied  # "B is too far for a day trip"
                    or not _destination(place) or (base.id, place.id) in taken
                    or place.id in said_to
                    or frozenset({base.id, place.id}) in legs
                    or not SAME_PLACE_KM <= rough_km(base, place) <= reach):
                continue
            leg = travel.leg(base, place)
            if leg.travel_hours <= limit_hours and leg.mode != "fly":
                found.append(DayTrip(base=base.id, destination=place.id,
                                     distance_km=leg.distance_km, travel_hours=leg.travel_hours,
                                     kind="possible"))
    return sorted(found, key=lambda t: (t.travel_hours, t.base, t.destination))
