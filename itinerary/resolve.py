"""Resolution: every mention becomes one gazetteer place, decided with the whole thread as context.

A name's candidates are scored on their prior (kind and population), the countries and admin regions
the rest of the thread settles on, closeness to the thread's other places, and any qualifier written
next to the name ("Paris, Texas", "Perth - the one in Scotland"); the words around a name also say
when it is an airport (its code, "fly from Heathrow"). Local context outranks the thread's: a place
of the same sentence that contains a candidate ("in Scotland we saw Perth", "Victoria on Vancouver
Island"), and the kind of the names listed with it (states among states); and the other way round,
a region that holds the places named with it ("in Scotland we saw Perth and Stirling", not
Scotland, Pennsylvania). Scores are recomputed a few rounds so that decisions support each other;
one sense per name per thread unless a qualifier says otherwise. Deterministic; the thread's
context is indexed once per round (totals and a grid of points), so a round is linear in the
number of names.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from gazetteer import Gazetteer, normalize_name
from gazetteer.errors import InvalidQuery
from gazetteer.geo import distance_km
from gazetteer.models import Place
from gazetteer.priors import HAMLET_PRIOR
from gazetteer.store import Spot
from itinerary.models import Mention, Resolution, ResolvedPlace, Thread
from itinerary.nlp.lexicon import (
    BUILDING_HEADS,
    DEMONYMS,
    FEATURE_HEADS,
    FEATURE_HEADS_FIRST,
    SACRED_HEADS,
    STATE_ABBREVIATIONS,
)
from itinerary.readers.authors import parse_author

if TYPE_CHECKING:
    from gazetteer.online import OnlineGeocoder

# Every pair of senses the resolver measures, kept: a thread's rounds, its candidates' scores
# and its decisions measure the same pairs again (three in four are repeats).
_pair_km = lru_cache(maxsize=1 << 15)(distance_km)

# Places whose coordinates are a centroid of a large area say little about where a thread is.
AREA_KINDS = frozenset({"country", "continent", "admin1", "region"})
# Places that may contain another place of their sentence ("Perth" in "in Scotland ..."); a
# country only when it holds two or more (a sentence naming a country and a town does not put
# the town there: "from London to Canada").
_CONTAINER_KINDS = frozenset({"country", "admin1", "admin2", "region", "natural"})
# Places a generic head alone may stand for once the thread has named them ("the Gorge").
_FEATURE_KINDS = frozenset({"natural", "sight", "region"})
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_AIRPORT_WORD = re.compile(r"\b(airport|airfield|aerodrome)\b", re.IGNORECASE)
_AIRPORT_AFTER = re.compile(r"\s+(?:international\s+)?(?:airport|airfield)\b", re.IGNORECASE)
_QUALIFIER_GAP = re.compile(r"\s*,\s*$")
_OPEN_BRACKET = re.compile(r"\s*\([^()\n]*")
_IN_GAP = re.compile(r"\s+in\s+(?:the\s+)?")
# "Tarbert on Harris", "Georgetown on Penang": an island, coast or region after "on".
_ON_GAP = re.compile(r"\s+on\s+(?:the\s+)?")
_ON_KINDS = frozenset({"admin1", "admin2", "region"})
_ON_FEATURES = frozenset({"island", "coast", "peninsula"})
# A qualifier known by a point (an island, a region, a town) holds the places of the name
# within 150 km of it; of those, only the ones this much farther than the nearest are dropped.
_NEAREST_SLACK_KM = 30.0
_POSSESSIVE_GAP = re.compile(r"['\u2019]s?\s+")
# "Cordoba and Mendoza in Argentina": the names of a list before "in Q" are in Q too.
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|&)\s+")
# Words between two names of a sentence that keep one from placing the other.
# A new line of a list ("- ", "2.", "Day 3:") too: a day list is one sentence to the parser.
_APART = re.compile(
    r"\b(?:not|n't|unlike|rather than|instead of|versus|vs)\b|[;()\u2013\u2014]"
    r"|\n\s*(?:[-*\u2022]|\d|[Dd]ay\b)"
)
SAME_SPOT_KM = 30.0
NAMED_AFTER_KM = 80.0  # how far an area's namesake town may lie from its centre (Salerno: 40 km)
_AREA_WORDS = sorted(
    (
        line.strip()
        for line in (files("itinerary.nlp") / "data" / "admin_area_words.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ),
    key=len,
    reverse=True,
)
_AREA_NAMED = frozenset({"admin1", "admin2"})
_AREA_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in _AREA_WORDS) + r")\s+$", re.IGNORECASE
)
# "the province of" stands right before the name: look at this many characters, not the section.
_AREA_WINDOW = 40
AIRPORT_REACH_KM = 60.0  # how far out of town "the X airport" may lie (Oslo Gardermoen: 35 km)
AIRPORT_TOWNS = 3  # how many towns of the name "X airport" looks round (Venice, Italy and Florida)
_WORDS: dict[str, Any] = json.loads(
    (files("itinerary") / "data" / "resolution.json").read_text(encoding="utf-8")
)


def _phrases(key: str) -> str:
    """A regex alternation of one word list, longest first, spaces matching any blank."""
    phrases = sorted(_WORDS[key], key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)


# "Perth - the one in Scotland", "San José - Costa Rica, not California", "Perth (Scotland)": a
# qualifier set off by a dash or a parenthesis, when "the one in" precedes it, a contrast follows
# it or the parenthesis closes right after it.
_APPOSITION_GAP = re.compile(
    r"\s*[-\u2013\u2014(]\s*(?P<one>(?:" + _phrases("qualifier_one_in") + r")\s+)?"
    r"|\s*,\s*(?P<one_comma>(?:" + _phrases("qualifier_one_in") + r")\s+)",
    re.IGNORECASE,
)
# "Paris (the French one)", "Brighton - the English one": a people's word set off after a name.
# Not "the French town of Annecy": that says where a place is.
_ONE_OF_A_PEOPLE = (
    r"(?:" + _phrases("demonym_one_before") + r")\s+([^\W\d_]+)\s+"
    r"(?:" + _phrases("demonym_one_after") + r")\b(?!\s+of\b)"
)
_DEMONYM_ONE = re.compile(r"\s*[-\u2013\u2014(,]?\s*" + _ONE_OF_A_PEOPLE, re.IGNORECASE)
_DEMONYM_ONE_ANYWHERE = re.compile(r"\b" + _ONE_OF_A_PEOPLE, re.IGNORECASE)
# "San Jose, CA", "Newcastle, NSW", "Byron Bay NSW": a state's or province's postal code after
# the name, in capitals (not "Paris, OK?"); ``region_codes`` names the areas each code may stand
# for, and the area must hold a place of the name.
_REGION_CODE_AFTER = re.compile(r"\s*,?\s*([A-Z]{2,3})\b(?!\s*[?!])")
_REGION_CODES: dict[str, list[list[str]]] = _WORDS["region_codes"]
_CONTRAST_AFTER = re.compile(
    r"\s*[,;]?\s*(?:" + _phrases("qualifier_contrast") + r")\b", re.IGNORECASE
)
# "Glacier" for Glacier National Park: the heads a park's name is said without.
_PARK_HEADS = tuple(_WORDS["park_short_forms"])
# "the Icefields" for the Icefields Parkway: the heads a route's name is said without.
_ROUTE_HEADS = tuple(_WORDS["route_short_forms"])
# An island said by its bare name ("Harris": the Isle of Harris).
_ISLAND_FORMS = tuple(_WORDS["island_forms"])
# An alternate name made only of these words ("South Island", "Old Town") says too little to
# stand for a small place that merely has it as an alias.
_GENERIC_WORDS = frozenset(_WORDS["generic_name_words"])
# "Las Setas", "El Peñol": articles a name may be written without.
_NAME_ARTICLES = frozenset(_WORDS["name_articles"])
_IATA_CODE = re.compile(r"[A-Z]{3}")
# "a short flight into Schiphol": words right before a name that make it an airport's.
# "we fly back to Madison": the writer's home, like "we live in Madison".
_HOME_BEFORE = re.compile(r"\b(?:" + _phrases("home_cues") + r")\s+$", re.IGNORECASE)
# "I live in the other Olympia", "the original Stratford": not the place the thread means by
# the name, so those mentions are decided apart and never for the thread's sense. Case counts:
# "the Original Texas Playboys" is a band's name.
_OTHER_BEFORE = re.compile(r"\b(?:" + _phrases("other_one_before") + r")\s+$")
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# The name ends its noun phrase ("over the Andes to", "the Rockies."), not "the Washington Post".
_PHRASE_END = re.compile(
    r"\s*(?:[,.;:!?)\]\u2014\u2013-]|$|(?:and|or|to|in|on|at|from|for|with|by|via|was|were|is"
    r"|are|we|i|but|so|then|this|last|next|before|after)\b)", re.IGNORECASE)
_FLIGHT_BEFORE = re.compile(r"\b(?:" + _phrases("flight_cues") + r")\s+(?:the\s+)?$", re.IGNORECASE)
_EXPLANATIONS: dict[str, str] = _WORDS["explanations"]
# "the beach at Fornillo", "the Santo Domingo church", "we climbed Fuji": words that say what
# sort of place a name is (a ``Place.feature``, or "city" for a town); some only right beside it.
_FEATURE_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(features)
    for word, features in _WORDS["feature_words"].items()
    if not word.startswith("_")
}
_ADJACENT_ONLY = frozenset(_WORDS["adjacent_only"])
# "the Old Quarter", "Downtown": the part of the town the text is at, not a namesake elsewhere.
_QUARTER_NAMES = frozenset(_WORDS["quarter_names"])
_TOWN_LANDMARKS = frozenset(_WORDS["town_landmarks"]["names"])
# "the Railway Museum", "St. Nicholas Church", "Rinno-ji": sights that stand in a town.
_TOWN_SIGHT_HEADS = frozenset(_WORDS["town_sights"]["heads"])
_TOWN_SIGHT_SUFFIXES = tuple(_WORDS["town_sights"]["suffixes"])
# "the church of San José": a saint's name with a sight's word beside it names the sight.
_SAINTS = frozenset(_WORDS["town_sights"]["saints"])
_SIGHT_OF = re.compile(r"([^\W\d_]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "nicer than Mexico City": a town the writer compares with is not the one they are in.
_COMPARED_BEFORE = re.compile(
    r"\b(?:" + "|".join(_WORDS["town_sights"]["comparisons"]) + r")\s+(?:the\s+)?$", re.IGNORECASE
)


def _located_gap(words: Sequence[str]) -> re.Pattern[str]:
    """The words between a place the gazetteer lacks and the place written right after it that
    says where it lies, also said outright ("Rinno-ji is in Nikko", "which lies near X")."""
    return re.compile(
        r",?\s+(?:(?:which\s+)?(?:is|are|lies|sits|stands)\s+)?(?:" + "|".join(words)
        + r")\s+(?:the\s+)?",
        re.IGNORECASE,
    )


# "the Railway Museum in Omiya": the town written right after a sight holds it.
_IN_TOWN_GAP = _located_gap(_WORDS["town_sights"]["in_words"])
# "Moke Lake above Queenstown", "Broken Beach on Nusa Penida": where an unknown feature lies.
_BESIDE_GAP = _located_gap(_WORDS["feature_beside"]["words"])
# Natural places too wide to stand for where a feature beside them is (a river, a range, a sea).
_WIDE_FEATURES = frozenset(_WORDS["feature_beside"]["wide"])
# "Day 5 - Istanbul: Balat, the Galata Tower": a day line, its town before the colon.
_DAY_LINE = re.compile(
    r"[ \t*#\u2022-]*(?:" + "|".join(_WORDS["day_line_words"]) + r")\s+\d{1,2}"
    r"(?:\s*[-\u2013]\s*\d{1,2})?\b[^\n:]*:",
    re.IGNORECASE,
)
# "In Istanbul we stayed in X": a sentence framed by its town; "... the ferry to X" leaves it.
_IN_FRAME = re.compile(r"\s*In\s+(?:the\s+)?")
_COLON_AFTER = re.compile(r"[ \t]*:(?!\d)")
# A town travel starts from ("ten days from Athens:") or that the rest lies outside ("Korea
# outside Seoul:", "Japan beyond Tokyo:") frames nothing after its colon.
_UNFRAMING_BEFORE = re.compile(
    r"\b(?:from|outside(?:\s+of)?|beyond|away\s+from|apart\s+from|besides)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TRAVEL_BEFORE = re.compile(r"\b(?:to|from|into|via|towards?|for)\s+(?:the\s+)?$", re.IGNORECASE)
_LISTED_GAP = re.compile(r"\s*(?:,|and|or|&)\s*(?:and\s+)?(?:the\s+)?")
FRAME_KM = 150.0  # a town namesake this far from the frame's town is not the name meant
# A country less likely than this on its own is a micro-state or territory (Montserrat), whose
# name a hill or sight may also bear.
MICROSTATE_PRIOR = 0.9
SMALL_TOWN_POPULATION = 20_000  # a town abroad this small may be a namesake of a quarter
VILLAGE_POPULATION = 10_000  # a town of the thread's country this small may be a far namesake
FRAME_PRIOR = 0.6  # ... unless it is a town likelier than this on its own
LOOKUP_LIMIT = 25  # the places one lookup returns: a name with this many may have more
WIDEN_COUNTRIES = 2  # ... looked up again in this many of the thread's likeliest countries
REGION_REACH_KM = 50.0  # how near a town must be to lend a park or sight its region
QUARTER_KM = 10.0  # how far a district so called may lie from its town's point
_WORD = re.compile(r"[^\W\d_]+")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# "Armenia, the country", "Perito Moreno the town": a sort set off after the name.
_SORT_AFTER = re.compile(r",?\s+the\s+([^\W\d_]+)\b(?![^\W\d_]*\s+of\b)")
# The sorts a kind of area answers to ("the state of Georgia"); a town's is "city".
_AREA_SORTS = {"country": "country", "admin1": "state", "city": "city"}
_WORD_BEFORE = re.compile(
    r"([^\W\d_]+)\s+(?:(?:at|of|in|on|to|up|near)\s+)?(?:the\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each kind of evidence counts; documented in docs/resolution.md."""

    prior: float = 10.0
    country: float = 4.0
    admin: float = 2.0
    near: float = 3.0
    near_scale_km: float = 200.0
    qualifier: float = 6.0
    airport_word: float = 6.0
    other_name: float = 2.0  # matched only by an alternate name (Athens: an old name of Oshkosh)
    far_other_name: float = 4.0  # ... more for a place abroad, far from all the thread's places
    support: int = 10  # senses of each name that lend nearness to the others
    support_power: float = 0.5  # their pull: probability ** power, so unlikely senses still count
    unresolved: float = 0.2  # the score of "none of these": a weak lone candidate loses to it
    rounds: int = 3
    fuzzy_cutoff: float = 88.0  # a misspelling is taken only this close (rapidfuzz ratio, 0-100)
    fuzzy_reach_km: float = 150.0  # ... and only among places this near the thread's places
    named_after: float = 0.8  # the confidence kept when a feature is put at its namesake place
    local: float = 5.0  # a place of the same sentence contains the candidate
    neighbour: float = 1.0  # a town of the same sentence is close: x sqrt(p) e^(-d / scale)
    neighbour_scale_km: float = 150.0
    # ... and counts this much when that town has no namesake: Whistler can only be in Canada.
    neighbour_sole: float = 2.0
    same_kind: float = 2.0  # an admin region listed among admin regions
    short_form: float = 1.0  # a park said without "National Park" ("Glacier"), beyond other_name
    kind_next: float = 3.0  # a word beside the name says its sort: "the beach at X", "X falls"
    kind_sentence: float = 1.0  # ... or a word elsewhere in its sentence: "we climbed X"
    border_km: float = 100.0  # a town this near the thread's places shares a neighbour's country
    subject: float = 4.0  # a town within ``subject_km`` of the place the thread is about
    subject_km: float = 50.0
    article: float = 3.0  # a town, after "the", of a name that also names a range or region


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason a candidate scored: its kind, the place or code it names, a distance."""

    kind: str  # country | inferred | admin | admin-inferred | near | qualifier | local | ...
    subject: str = ""  # a country code, "CC.admin1", or a place's name
    km: float | None = None  # a distance; for "spelling", how alike (0-100)


@dataclass(frozen=True, slots=True)
class Resolved:
    resolutions: tuple[Resolution, ...]
    places: tuple[ResolvedPlace, ...]
    warnings: tuple[str, ...] = ()


@dataclass
class _Name:
    """All mentions of one name (with one qualifier) in a thread: they share one decision."""

    surface: str
    qualifier: Place | None
    mentions: list[Mention]
    candidates: tuple[Place, ...]
    pick: Place | None = None
    # The likeliest point senses with their current probability: what this name lends the others
    # as nearness, so that two small namesakes next to each other can find one another.
    support: tuple[tuple[Place, float], ...] = ()
    local: list[_Name] | None = None  # the other names of those sentences
    fuzzy: float | None = None  # the spelling match (0-100) when the gazetteer lacks the name
    after: str | None = None  # the place nearby a feature is named after ("Amantani Island")
    short_of: str | None = None  # the feature nearby whose name holds it ("Monserrate")
    flown: bool = False  # a mention follows "fly into", "layover in" or the like
    articled: bool = False  # a mention follows "the": "the Andes", "the Rockies"
    quarter_of: str | None = None  # the town an "Old Quarter" or "Downtown" is part of
    town_of: str | None = None  # the town a sight or feature the gazetteer lacks is put at
    framed_by: str | None = None  # the town whose day line or sentence holds the name
    sight: bool = False  # a saint's name with a sight's word beside it ("the San José church")
    # The sorts of place the words round its mentions point to ("waterfall", "city"), each with
    # the word and whether it stands right beside the name.
    kinds: dict[str, tuple[str, bool]] = field(default_factory=dict)
    composed: frozenset[str] = frozenset()  # ids found by the name with its word ("X Beach")
    qualifies: tuple[Place, ...] = ()  # the senses of the names it qualifies ("Athens, Georgia")
    titled: bool = False  # written in the thread's title: the place the thread is about
    # Only ever someone's home ("we live in Manchester"): where a traveller lives says nothing of
    # where the trip goes, so it neither pulls nor is pulled by the trip's places (but a town
    # just across a border from them still counts in their country).
    home: bool = False
    # Written as "the other X": another place than the one the thread means by this name.
    other_than: _Name | None = None

    def settle(self, place: Place) -> None:
        """Decide the name before the scoring rounds: ``place`` is its only sense."""
        self.candidates = (place,)
        self.pick = place


def resolve(
    thread: Thread,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    online: OnlineGeocoder | None = None,
    country_hints: Mapping[str, int] | None = None,
    weights: Weights = Weights(),
) -> Resolved:
    """Resolve ``mentions`` (in page order) against ``gazetteer``.

    ``online`` is an optional ``gazetteer.online.OnlineGeocoder`` asked only for names the gazetteer
    lacks; ``country_hints`` counts countries the text implies without naming them (demonyms).
    """
    warnings: list[str] = []
    hints = _hints_beyond_qualifiers(thread, country_hints or {})
    names = _group(thread, mentions, gazetteer, online, warnings)
    texts = {s.id: s.text for s in thread.sections}
    title_end = len(thread.title or "")
    for name in names:
        name.titled = any(
            m.section == thread.post.id and m.start < title_end for m in name.mentions
        )
        name.home = all(
            m.relation == "lives"
            or _HOME_BEFORE.search(texts.get(m.section, ""), max(0, m.start - 30), m.start)
            for m in name.mentions
        )
    _widen(names, gazetteer)
    _learn_short_forms(names, weights.fuzzy_reach_km)
    _fill_regions(names, gazetteer)
    _link_sentences(names, texts)
    scene = _scene(thread, names, gazetteer, hints)
    # "The Old Town" says where the thread is only once its town is known: it sits out the rounds.
    held = {id(n): n.candidates for n in names if _town_part(n)}
    for name in names:
        if id(name) in held:
            name.candidates = ()
    for name in names:
        # Before any context: the prior, less the penalty of a name that is only an alias
        # ("Venice" is first Dayton, Ohio, by population, but the Venice of Italy by name).
        key = normalize_name(name.surface)
        first = [
            (
                weights.prior * p.prior
                - (0.0 if key in (normalize_name(p.name), normalize_name(p.ascii_name)) else 1.0)
                * weights.other_name,
                p,
            )
            for p in name.candidates
        ]
        first.sort(key=lambda item: (-item[0], -item[1].prior, item[1].id))
        name.pick = first[0][1] if first else None
        name.support = _support(first, weights)
    for _ in range(weights.rounds):
        index = _Index(names, scene)
        for name in names:
            # A name of one sense keeps it and its whole support (``_support`` of one): scoring
            # it again would change nothing (two in three of a thread's names).
            if len(name.candidates) > 1:
                scored = _score(name, index, weights)
                # The others see the new decision at once, so two names cannot keep swapping
                # countries round after round (Vienna and Venice).
                index.repick(name, scored[0][1])
                name.support = _support([(s, p) for s, p, _ in scored], weights)

    _quarters(names, mentions, gazetteer, held)
    _spell_near(names, gazetteer, weights)
    _name_after_near(names, gazetteer, weights)
    _features_near(names, gazetteer, weights)
    _generic_short_forms(names)
    # A day line's item first: a sight after it then stands in the day's town, not in a
    # namesake of the item far away.
    _framed_items(names, mentions, texts)
    _unknown_at_towns(names, mentions, texts)
    index = _Index(names, scene)
    by_mention: dict[int, Resolution] = {}
    for name in names:
        resolution = _decide(name, index, weights, gazetteer)
        for mention in name.mentions:
            by_mention[id(mention)] = Resolution(
                mention=mention,
                place=resolution.place,
                confidence=resolution.confidence,
                reason=resolution.reason,
                alternatives=resolution.alternatives,
                in_town=resolution.place is not None and name.town_of is not None,
            )
    resolutions = tuple(by_mention[id(m)] for m in mentions)
    return Resolved(resolutions, _places(resolutions), tuple(warnings))


# A home given only in a profile is a bare name: the gazetteer's most likely place of that name
# is taken when it is a town of at least HOME_POPULATION people (a joke, "Location: Earth", is a
# hamlet) and no other place of the name, other than the region it lies in or gives its name to,
# has a HOME_RIVALRY share of its people ("Kent": a city in Washington, a county in England).
HOME_POPULATION = 15_000
HOME_RIVALRY = 1 / 3
_PROFILE_HOME_KINDS = frozenset({"city", "admin1", "country"})
_PROFILE_RIVAL_KINDS = _PROFILE_HOME_KINDS | {"admin2", "region"}


def profile_home(home: str, gazetteer: Gazetteer) -> Place | None:
    """The place a profile's home line names ("Location: Pisa", "Ana from Bergen"), or None.
    Unlike a mention's, a home has no thread around it: it is named far from the trip's places,
    so the most prominent place of the name is taken, when it stands out (a region or country
    after a comma picks among namesakes: "Perth, Scotland")."""
    name, _, within = (part.strip() for part in home.partition(","))
    if not name or not any(c.isalpha() for c in name):
        return None
    try:  # a profile line is page chrome: one with control characters names no place
        named = [p for p in gazetteer.lookup(name) if p.kind in _PROFILE_RIVAL_KINDS]
        if within:  # "Leeds, UK", "Bend, OR": the namesakes in that country or region
            areas = [a for a in gazetteer.lookup(within) if a.kind in ("country", "admin1")]
            named = [p for p in named if any(p.lies_in(a) for a in areas)]
    except InvalidQuery:
        return None
    homes = [p for p in named if p.kind in _PROFILE_HOME_KINDS]
    if not homes:
        return None
    best = max(homes, key=lambda p: p.prior)
    rivals = [p for p in named if p.id != best.id and not best.lies_in(p) and not p.lies_in(best)]
    if best.kind == "city" and best.population < HOME_POPULATION:
        return None
    if not within and any(p.population >= best.population * HOME_RIVALRY for p in rivals):
        return None
    return best


def _hints_beyond_qualifiers(thread: Thread, hints: Mapping[str, int]) -> Counter[str]:
    """A people's word that only says which namesake is meant, or is not ("Paris (the French
    one)", "Brighton - not the English one"), says nothing of where the thread is."""
    left = Counter(hints)
    for section in thread.sections:
        for found in _DEMONYM_ONE_ANYWHERE.finditer(section.text):
            demonym = DEMONYMS.get(found.group(1).lower())
            left.subtract(demonym.countries if demonym else ())
    return +left


def _widen(names: Sequence[_Name], gazetteer: Gazetteer) -> None:
    """Where the thread is, before any scoring: the countries most of its names point to first.
    A name with more places than one lookup returns ("Santa Cruz") also has its places in those
    countries, and a name with none there also has their island of that name ("San Cristobal":
    San Cristóbal Island, in a Galápagos thread; "Harris": the Isle of Harris), counted as its
    own name: otherwise the island is cut off behind two dozen bigger towns of that name
    elsewhere, or never looked up."""
    firsts: Counter[str] = Counter()
    for name in names:
        first = max(name.candidates, key=lambda p: (p.prior, p.id), default=None)
        if first is not None and first.country_code and len(name.candidates) < LOOKUP_LIMIT:
            firsts[first.country_code] += 1
    countries = [cc for cc, n in firsts.most_common(WIDEN_COUNTRIES) if n >= 2]
    for name in names:
        qualifier = name.qualifier
        if not name.candidates or (
            qualifier is not None and all(_within(p, qualifier) for p in name.candidates)
        ):
            continue  # "Cambridge, UK": the writer has said which one
        many = len(name.candidates) >= LOOKUP_LIMIT
        abroad = not any(p.country_code in countries for p in name.candidates)
        have = {p.id for p in name.candidates}
        for cc in countries:
            forms = [name.surface] if many else []
            forms += [t.format(name.surface) for t in _ISLAND_FORMS] if abroad else []
            for form in forms:
                try:
                    found = gazetteer.lookup(form, country_code=cc, limit=LOOKUP_LIMIT)
                except InvalidQuery:
                    continue
                added = [p for p in _drop_generic_aliases(form, found) if p.id not in have]
                if form != name.surface:
                    added = [p for p in added if p.feature == "island"]
                    name.composed |= {p.id for p in added}
                have.update(p.id for p in added)
                name.candidates += tuple(added)


def _fill_regions(names: Sequence[_Name], gazetteer: Gazetteer) -> None:
    """A park, lake or sight without a first-level region takes the region of the nearest town
    of its country (within ``REGION_REACH_KM``), so that "Montana's Glacier" or "Glacier in
    Montana" can find it there. One query per such candidate, not per mention."""
    region: dict[str, str | None] = {}
    for name in names:
        filled = []
        for place in name.candidates:
            if place.admin1 or not place.country_code or place.kind in AREA_KINDS | {"admin2"}:
                filled.append(place)
                continue
            if place.id not in region:
                region[place.id] = gazetteer.near_region(
                    place.lat, place.lon, REGION_REACH_KM, place.country_code, kinds=("city",)
                )
            code = region[place.id]
            filled.append(replace(place, admin1=code) if code else place)
        name.candidates = tuple(filled)


def _support(
    scored: Sequence[tuple[float, Place]], weights: Weights
) -> tuple[tuple[Place, float], ...]:
    """The ``weights.support`` likeliest point senses, each with its pull: the softmax
    probability raised to ``weights.support_power``."""
    if not scored:
        return ()
    top = max(s for s, _ in scored)
    exps = [(math.exp(s - top), p) for s, p in scored]
    total = sum(e for e, _ in exps)
    ranked = sorted(((e / total, p) for e, p in exps), key=lambda item: -item[0])
    return tuple((p, w**weights.support_power) for w, p in ranked if p.kind not in AREA_KINDS)[
        : weights.support
    ]


def _surface(text: str) -> str:
    text = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", " ".join(text.split())))
    return text or " ".join(text.split())


def _candidates(
    surface: str, gazetteer: Gazetteer, online: OnlineGeocoder | None, warnings: list[str]
) -> tuple[Place, ...]:
    try:
        state = STATE_ABBREVIATIONS.get(surface.lower())
        if state is not None:
            return tuple(
                gazetteer.lookup(state, kinds=("admin1",), country_code="US")
                or gazetteer.lookup(state, country_code="US")  # D.C.: a city, not a state
            )
        demonym = DEMONYMS.get(surface.lower())
        if demonym is not None:  # only proposed when demonyms count as mentions (news setting)
            return tuple(gazetteer.lookup(demonym.place, kinds=AREA_KINDS | {"continent"}))
        found = gazetteer.lookup(surface, limit=LOOKUP_LIMIT)
        if _AIRPORT_WORD.search(surface) and all(p.kind == "airport" for p in found):
            found = _airports(_AIRPORT_WORD.sub("", surface).strip(" -"), gazetteer, found)
        found = _drop_generic_aliases(surface, found)
        found += _parks(surface, found, gazetteer)
        if not found:  # "the Great Ocean": the route said without "Highway"
            found = [
                place
                for head in _ROUTE_HEADS
                for place in gazetteer.lookup(f"{surface} {head}", limit=5)
                if place.kind in ("region", "natural")
            ]
    except InvalidQuery:
        return ()
    if not found and online is not None:
        result = online.lookup(surface)
        if result.error:
            warnings.append(f"online geocoder, {surface!r}: {result.error}")
        elif result.place is not None:
            found = [result.place]
    return tuple(found)


def _drop_generic_aliases(surface: str, found: list[Place]) -> list[Place]:
    """A name made of generic words only ("South Island", "Old Town") is not a town or district
    that merely has it as an alternate name (South Island is not Coronado, California)."""
    key = normalize_name(surface)
    if not all(word in _GENERIC_WORDS for word in key.split()):
        return found
    return [
        place
        for place in found
        if place.kind not in ("city", "admin2")
        or key in (normalize_name(place.name), normalize_name(place.ascii_name))
    ]


def _parks(surface: str, found: Sequence[Place], gazetteer: Gazetteer) -> list[Place]:
    """The parks a name is short for ("Glacier": Glacier National Park; "Acadia"), unless the
    name is a country's or already a feature's: they compete with the name's own places."""
    words = surface.split()
    if (
        len(words) > 3
        or (len(words) > 1 and words[-1].lower() in FEATURE_HEADS)  # "Bryce Canyon" stays
        or any(p.kind in ("country", "natural") for p in found)
    ):
        return []
    seen = {p.id for p in found}
    parks = []
    for head in _PARK_HEADS:
        for park in gazetteer.lookup(f"{surface} {head}", limit=5):
            if park.id not in seen and park.kind in ("natural", "region"):
                seen.add(park.id)
                parks.append(park)
    return parks


def _park_short_form(key: str, place: Place) -> bool:
    """``place`` is a park found by its name without "National Park" (see ``_parks``)."""
    return any(normalize_name(place.name) == normalize_name(f"{key} {h}") for h in _PARK_HEADS)


def _airports(bare: str, gazetteer: Gazetteer, serve: Sequence[Place]) -> list[Place]:
    """ "X airport": airports named X, else the airports of the towns called X (the likeliest
    few whose own name is X, so an old alternate name of another city does not take the airport
    away: "Venice" is also a name of Dayton), else X. ``serve``: the airports filed as serving a
    town X ("Munich Airport"); a town with one of them near it has that one, not the airfield
    nearer town, else the ones near it named after it (Frankfurt am Main International Airport,
    not Wiesbaden's airfield), else all its airports, nearest first (Venice, Italy, whose airport
    is filed under Venezia, beside the one of Venice, Florida)."""
    if not bare:
        return list(serve)
    named = gazetteer.lookup(bare, kinds=("airport",))
    if named:
        return named
    towns = gazetteer.lookup(bare)
    key = normalize_name(bare)
    own = [t for t in towns if key in (normalize_name(t.name), normalize_name(t.ascii_name))]
    serving: list[Place] = []
    for town in (own or towns)[:AIRPORT_TOWNS]:
        near = [
            airport
            for airport, _ in gazetteer.near(
                town.lat, town.lon, AIRPORT_REACH_KM, kinds=("airport",)
            )
        ]
        serving += (
            [airport for airport in near if airport in serve]
            or [airport for airport in near if key in normalize_name(airport.name)]
            or near
        )
    return list(dict.fromkeys([*serving, *serve])) + towns


def _towns_over_areas(candidates: tuple[Place, ...]) -> tuple[Place, ...]:
    """Without "province of" or the like before it, a bare name is not the second-level area
    named after a town of that name (Florence, not the Province of Florence; Salerno, not the
    Provincia di Salerno; Faro, not the municipality or district of Faro): such an area is
    dropped when a town of that name lies near its centre, also a town the name is another
    spelling of (Marrakech, not the prefecture so spelt: the town is Marrakesh)."""
    towns = [place for place in candidates if place.kind == "city"]  # each bears the name
    if not towns:
        return candidates

    def named_after_town(area: Place) -> bool:
        """A second-level area by any town of its name; a first-level one (the district of
        Faro) only by a town that outranks it on its own."""
        return area.kind in _AREA_NAMED and any(
            town.country_code == area.country_code
            and (area.kind == "admin2" or town.prior >= area.prior)
            and _pair_km(town.lat, town.lon, area.lat, area.lon) <= NAMED_AFTER_KM
            for town in towns
        )

    return tuple(place for place in candidates if not named_after_town(place))


def _qualifiers(thread: Thread, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Mentions written with a qualifier: "Name, Qualifier" (after a comma), "Name in
    Qualifier" ("Copacabana in Rio", and each name of a list before it: "Cordoba and Mendoza in
    Argentina"), "Name on Qualifier" ("Tarbert on Harris"), "Qualifier's
    Name" ("Montana's Glacier", "Scotland's Perth"), or set off as which one is meant: "Perth -
    the one in Scotland", "San José - Costa Rica, not California". Only an area qualifies, or
    after "in" a town near the name, after "on" an island, coast or region."""
    texts = {s.id: s.text for s in thread.sections}
    found: dict[int, Mention] = {}
    listed: dict[int, Mention] = {}  # qualified after "in" or "on", and the list before it
    for first, second in pairwise(mentions):
        if first.section != second.section:
            continue
        text = texts.get(first.section, "")
        gap = text[first.end : second.start]
        if len(gap) <= 3 and _QUALIFIER_GAP.fullmatch(gap) and "," in gap:
            found[id(first)] = second
            continue
        if _IN_GAP.fullmatch(gap) or _ON_GAP.fullmatch(gap):  # "Perth in WA", "Kuta on Lombok"
            found[id(first)] = second
            listed[id(first)] = second
            continue
        if _POSSESSIVE_GAP.fullmatch(gap):  # "Montana's Glacier": the region comes first
            found[id(second)] = first
            continue
        apposition = _APPOSITION_GAP.fullmatch(gap)
        if apposition is not None and (
            apposition.group("one")
            or apposition.group("one_comma")
            or _CONTRAST_AFTER.match(text, second.end)
            or ("(" in gap and text[second.end : second.end + 1] == ")")
        ):
            found[id(first)] = second
    for first, second in reversed(list(pairwise(mentions))):
        qualifier = listed.get(id(second))
        gap = texts.get(first.section, "")[first.end : second.start]
        if (qualifier is not None and first.section == second.section
                and id(first) not in found and _LIST_GAP.fullmatch(gap)):
            found[id(first)] = listed[id(first)] = qualifier
    return found


def _islands(surface: str, gazetteer: Gazetteer) -> list[Place]:
    """The islands called by a bare name's island forms ("Harris": the Isle of Harris)."""
    found: list[Place] = []
    for form in _ISLAND_FORMS:
        try:
            found += [p for p in gazetteer.lookup(form.format(surface)) if p.feature == "island"]
        except InvalidQuery:
            continue
    return found


def _in_countries(surface: str, areas: Sequence[Place], gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The places of a name in the countries of its qualifier's senses: a name with more places
    than one lookup returns ("Victoria") may have the qualified one beyond them."""
    found: dict[str, Place] = {}
    for code in dict.fromkeys(a.country_code for a in areas if a.country_code):
        try:
            places = gazetteer.lookup(surface, country_code=code, limit=LOOKUP_LIMIT)
        except InvalidQuery:
            continue
        found.update((p.id, p) for p in _drop_generic_aliases(surface, places))
    return tuple(found.values())


def _inside(places: Sequence[Place], area: Place) -> tuple[Place, ...]:
    """The places of a name that lie in its qualifier. An area known only by a point (an
    island, a travel region, a town) reaches 150 km, which may take in a namesake off its
    shore as well ("Tarbert on Harris": not the Tarbert by Mull, 140 km away): only those
    about as near to it as the nearest one are kept."""
    held = [p for p in places if _within(p, area)]
    if area.kind in ("country", "admin1") or len(held) < 2:
        return tuple(held)
    km = {p.id: distance_km(p.lat, p.lon, area.lat, area.lon) for p in held}
    nearest = min(km.values())
    return tuple(p for p in held if km[p.id] <= nearest + _NEAREST_SLACK_KM)


def _code_qualifier(
    text: str, end: int, candidates: Sequence[Place], gazetteer: Gazetteer
) -> Place | None:
    """The state or province a postal code after the name stands for ("San Jose, CA": not
    Canada, which the code also names), when it holds a place of the name."""
    found = _REGION_CODE_AFTER.match(text, end)
    for country, name in _REGION_CODES.get(found.group(1), []) if found else []:
        for area in gazetteer.lookup(name, kinds=("admin1",), country_code=country):
            if any(_within(place, area) for place in candidates):
                return area
    return None


def _demonym_qualifier(text: str, end: int, gazetteer: Gazetteer) -> Place | None:
    """The area a people's word after the name points to: "Paris (the French one)", "Perth,
    the Scottish one" (``demonym_one_before`` and ``_after``)."""
    found = _DEMONYM_ONE.match(text, end)
    demonym = DEMONYMS.get(found.group(1).lower()) if found else None
    if demonym is None:
        return None
    return next(
        (
            place
            for place in gazetteer.lookup(demonym.place, kinds=AREA_KINDS)
            if place.country_code in demonym.countries
        ),
        None,
    )


def _group(
    thread: Thread,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    online: OnlineGeocoder | None,
    warnings: list[str],
) -> list[_Name]:
    qualified_by = _qualifiers(thread, mentions)
    qualifying: dict[int, tuple[Place, ...]] = defaultdict(tuple)  # qualifier -> what it qualifies
    groups: dict[tuple[str, str | None, bool, str, bool], _Name] = {}
    candidate_cache: dict[str, tuple[Place, ...]] = {}
    composed_cache: dict[tuple[str, str], tuple[Place, ...]] = {}
    sentence_cache: dict[tuple[str, int, int], dict[str, str]] = {}  # sentence -> its kind words
    texts = {s.id: s.text for s in thread.sections}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        spans[mention.section].append((mention.start, mention.end))
    for section_spans in spans.values():
        section_spans.sort()
    for mention in mentions:
        surface = _surface(mention.text)
        if _AIRPORT_AFTER.match(texts.get(mention.section, ""), mention.end):
            surface += " airport"  # "Oslo airport": the airport, whatever the span covers
        key = normalize_name(surface)
        if key not in candidate_cache:
            candidate_cache[key] = _candidates(surface, gazetteer, online, warnings)
        qualifier_mention = qualified_by.get(id(mention))
        qualifier: Place | None = None
        held: list[Place] = []
        pool = candidate_cache[key]
        if qualifier_mention is not None:
            options = candidate_cache.setdefault(
                normalize_name(_surface(qualifier_mention.text)),
                _candidates(_surface(qualifier_mention.text), gazetteer, online, warnings),
            )
            # "Athens, Georgia": the area that holds a place of the name (the state, not the
            # country), else the likeliest area.
            text = texts.get(mention.section, "")
            inside = _IN_GAP.fullmatch(text, mention.end, qualifier_mention.start) is not None
            on = _ON_GAP.fullmatch(text, mention.end, qualifier_mention.start) is not None
            areas = [p for p in options if p.kind in AREA_KINDS]
            if inside and not areas:  # "Copacabana in Rio": a town near a place of the name
                areas = [p for p in options if p.kind == "city"]
            if on:  # "Tarbert on Harris": the island (also as "Isle of Harris"), coast, region
                areas = [
                    p
                    for p in (*options, *_islands(_surface(qualifier_mention.text), gazetteer))
                    if p.kind in _ON_KINDS or p.feature in _ON_FEATURES
                ]
            held = [p for p in areas if any(_within(c, p) for c in pool)]
            if not held and len(pool) >= LOOKUP_LIMIT:  # "Victoria on Gozo": not in the top 25
                wider = _in_countries(surface, areas, gazetteer)
                held = [p for p in areas if any(_within(c, p) for c in wider)]
                pool = wider if held else pool
            qualifier = next(iter(held or ([] if inside or on else areas)), None)
            if qualifier is not None:
                qualifying[id(qualifier_mention)] += pool
        text = texts.get(mention.section, "")
        before = text[max(0, mention.start - _AREA_WINDOW) : mention.start]
        area_named = bool(_AREA_BEFORE.search(before))
        if not held:  # "San Jose, CA": the code says which one, a mention of its own or not
            coded = _code_qualifier(text, mention.end, candidate_cache[key], gazetteer)
            if coded is not None:
                qualifier, held = coded, [coded]
        if qualifier is None:  # "Paris (the French one)": a people's word says which one
            qualifier = _demonym_qualifier(text, mention.end, gazetteer)
            held = [qualifier] if qualifier is not None else []
        # "Cambridge, UK": the writer says which one; the places outside the area are not meant.
        candidates = _inside(pool, held[0]) if held else ()
        candidates = candidates or candidate_cache[key]
        if area_named:  # "the province of Siena": the area, when the gazetteer has one
            candidates = tuple(p for p in candidates if p.kind in _AREA_NAMED) or candidates
        else:
            candidates = _towns_over_areas(candidates)
        # "Armenia, the country" is one sense, whatever the thread's other Armenia is.
        set_off = _SORT_AFTER.match(text, mention.end)
        sort_word = set_off.group(1).lower() if set_off else ""
        group_key = (
            key,
            qualifier.id if qualifier else None,
            area_named,
            sort_word if sort_word in _FEATURE_WORDS else "",
            bool(_OTHER_BEFORE.search(before)),
        )
        if group_key not in groups:
            groups[group_key] = _Name(surface, qualifier, [], candidates)
        group = groups[group_key]
        group.mentions.append(mention)
        group.flown |= bool(_FLIGHT_BEFORE.search(before))
        group.articled |= bool(_ARTICLE_BEFORE.search(before)) and bool(
            _PHRASE_END.match(text, mention.end))
        sentence_key = (mention.section, *mention.sentence)
        if sentence_key not in sentence_cache:
            sentence_cache[sentence_key] = _sentence_kinds(
                text, mention.sentence, spans[mention.section]
            )
        kinds, head = _kind_words(
            text, mention, spans[mention.section], sentence_cache[sentence_key]
        )
        for sort, cue in kinds.items():
            if sort not in group.kinds or (cue[1] and not group.kinds[sort][1]):
                group.kinds[sort] = cue
        group.sight |= normalize_name(surface).split()[0] in _SAINTS and _sight_word_beside(
            text, mention
        )
        if head is not None:  # "the beach at Fornillo": also the places called "Fornillo Beach"
            if (key, head) not in composed_cache:
                composed_cache[(key, head)] = _composed(surface, head, gazetteer)
            composed = composed_cache[(key, head)]
            have = {p.id for p in group.candidates}
            group.candidates += tuple(p for p in composed if p.id not in have)
            group.composed |= {p.id for p in composed}
    for group_key, group in groups.items():
        group.qualifies = tuple(p for m in group.mentions for p in qualifying.get(id(m), ()))
        if group_key[-1]:
            group.other_than = groups.get((*group_key[:-1], False)) or groups.get(
                (group_key[0], None, False, "", False)
            )
    return list(groups.values())


def _kind_words(
    text: str,
    mention: Mention,
    spans: Sequence[tuple[int, int]],
    sentence_kinds: Mapping[str, str],
) -> tuple[dict[str, tuple[str, bool]], str | None]:
    """The sorts of place the words round a mention point to (``_FEATURE_WORDS``), each with its
    word and whether it stands right beside the name ("the beach at X", "X falls", "climbed X")
    rather than elsewhere in the sentence; and the word beside it, if any. Words inside other
    names ("Fuji Five Lakes") say nothing."""

    kinds: dict[str, tuple[str, bool]] = {}
    head = None
    after = _WORD_AFTER.match(text, mention.end)
    sort_after = _SORT_AFTER.match(text, mention.end)
    before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    for match in (after, sort_after, before):
        if match is None or not _outside(spans, match.start(1)):
            continue
        word = match.group(1).lower()
        if word in _FEATURE_WORDS:
            head = head or word
            for sort in _FEATURE_WORDS[word]:
                kinds.setdefault(sort, (word, True))
    for sort, word in sentence_kinds.items():
        kinds.setdefault(sort, (word, False))
    return kinds, head


def _sentence_kinds(
    text: str, sentence: tuple[int, int], spans: Sequence[tuple[int, int]]
) -> dict[str, str]:
    """The sorts of place the words of one sentence point to, outside its names ("we hiked
    up to X"): read once a sentence, however many names it holds."""
    kinds: dict[str, str] = {}
    for match in _WORD.finditer(text, *sentence):
        word = match.group().lower()
        if word in _FEATURE_WORDS and word not in _ADJACENT_ONLY and _outside(spans, match.start()):
            for sort in _FEATURE_WORDS[word]:
                kinds.setdefault(sort, word)
    return kinds


def _outside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """``at`` lies in no name of the section (``spans`` sorted: a binary search)."""
    index = bisect_right(spans, (at, math.inf)) - 1
    return index < 0 or not spans[index][0] <= at < spans[index][1]


def _composed(surface: str, head: str, gazetteer: Gazetteer) -> tuple[Place, ...]:
    """The features named with the word written beside the name, of the sort it says: "X
    Beach", "Beach of X" for "the beach at X"; none for a town word ("the town of X")."""
    sorts = _FEATURE_WORDS[head]
    if "city" in sorts:
        return ()
    found: dict[str, Place] = {}
    for composed in (f"{surface} {head}", f"{head} of {surface}"):
        try:
            places = gazetteer.lookup(composed, kinds=("natural", "sight"), limit=5)
        except InvalidQuery:
            continue
        found.update((p.id, p) for p in places if p.feature in sorts)
    return tuple(found.values())


# The features asked for round each of the thread's places, by ``_spell_near`` (only those
# whose names have the shapes of its misspelt names) and ``_features_near`` (all of them).
_NEAR_FEATURES = ("natural", "sight", "region")


def _spell_near(names: Sequence[_Name], gazetteer: Gazetteer, weights: Weights) -> None:
    """A name the gazetteer lacks may be a misspelling ("Landmanalaugar") of a place near the
    thread's other places: the closest spelling among them, if close enough, becomes
    its only candidate, and its confidence says how close (``_Name.fuzzy``)."""
    anchors = [n.pick for n in names if n.pick is not None and n.pick.kind not in AREA_KINDS][:8]
    missing = [n for n in names if not n.candidates and len(n.surface) >= 5]
    if not anchors or not missing:
        return
    nearby: dict[str, str] = {}  # normalized name -> id of the nearest place so called
    reach = weights.fuzzy_reach_km
    keys = [normalize_name(n.surface) for n in missing]
    keys += [normalize_name(stem) for n in missing if (stem := _named_after(n.surface))]
    shapes = _spelling_shapes(keys, weights.fuzzy_cutoff)
    for anchor in anchors:
        # Features apart: the towns and hamlets round a capital would crowd them out.
        for kinds in (None, _NEAR_FEATURES):
            for spot in gazetteer.near_spots(
                anchor.lat, anchor.lon, reach, kinds=kinds, limit=500, shapes=shapes
            ):
                nearby.setdefault(spot.key, spot.id)
    # A misspelling keeps the first letter ("Gulfoss", "Wroclow"); a name one letter off at
    # its start is another place ("Kofuku-ji" is not Tofuku-ji).
    by_initial: dict[str, list[str]] = defaultdict(list)
    for choice in nearby:
        by_initial[choice[:1]].append(choice)
    for name in missing:
        key = normalize_name(name.surface)
        matches = [
            process.extractOne(
                key, by_initial[key[:1]], scorer=fuzz.ratio, score_cutoff=weights.fuzzy_cutoff
            )
        ]
        stem = _named_after(name.surface)
        if stem is not None:  # "Snaefelsnes peninsula": the feature's own name, misspelt
            stem_key = normalize_name(stem)
            match = process.extractOne(
                stem_key,
                by_initial[stem_key[:1]],
                scorer=fuzz.ratio,
                score_cutoff=weights.fuzzy_cutoff,
            )
            # Spelt right, the feature is named after that place: ``_name_after_near``'s case.
            matches.append(match if match is not None and match[1] < 100 else None)
        found = max(filter(None, matches), key=lambda match: match[1], default=None)
        place = gazetteer.get(nearby[found[0]]) if found is not None else None
        if found is not None and place is not None:
            name.settle(place)
            name.fuzzy = found[1]


def _spelling_shapes(keys: Sequence[str], cutoff: float) -> frozenset[tuple[str, int]]:
    """The (first character, length) of every name that could match one of ``keys`` in
    ``_spell_near``: the same first character, and a length near enough for ``fuzz.ratio``
    (100 less the share of the two lengths that the edits take) to reach ``cutoff``. Only the
    places so called need reading (``Gazetteer.near_spots``)."""

    def reaches(length: int, other: int) -> bool:
        total = length + other
        return not total or 100 * (1 - abs(length - other) / total) >= cutoff - 1e-9

    return frozenset(
        (key[:1], other)
        for key in keys
        for other in range(256)  # 255: that length or longer (``name_shapes``)
        if reaches(len(key), other) or other == 255 <= len(key)
    )


def _name_after_near(names: Sequence[_Name], gazetteer: Gazetteer, weights: Weights) -> None:
    """A feature or sight lies by the place it is named after, when that place is near the
    thread's places and the gazetteer lacks the feature ("Amantani Island" at Amantaní,
    "Whitby beach" at Whitby; but "Phoenix Cave" in Vietnam is not at Phoenix, Arizona) or has
    it only far from them and in another country than a town of that very name ("Brighton
    Beach" in a Melbourne thread is by its suburb Brighton, not in Brooklyn)."""
    decided = [(n, n.pick) for n in names if n.pick is not None and n.pick.kind not in AREA_KINDS]
    reach = weights.fuzzy_reach_km
    for name in names:
        stem = _named_after(name.surface)
        anchors = [pick for other, pick in decided if other is not name]
        if stem is None or not anchors:
            continue
        if name.candidates and (
            name.home
            or name.qualifier is not None
            or _generic(stem)
            or any(_km_to(p, anchors) <= reach for p in name.candidates)
        ):
            continue
        try:
            senses = gazetteer.lookup(stem, limit=10)
        except InvalidQuery:
            continue
        near = [(_km_to(p, anchors), p) for p in senses if p.kind not in AREA_KINDS]
        # Over a feature the gazetteer has, only a town the stem is the own name of: Devín
        # Castle is not Duino's, though Slovene calls Duino "Devin".
        own = normalize_name(stem)
        near = [
            (km, p)
            for km, p in near
            if km <= reach
            and all(p.country_code != other.country_code for other in name.candidates)
            and (not name.candidates
                 or own in (normalize_name(p.name), normalize_name(p.ascii_name)))
        ]
        if near:
            best = min(near, key=lambda item: (item[0], -item[1].prior, item[1].id))[1]
            name.settle(best)
            name.after = best.name


def _mention_countries(names: Sequence[_Name]) -> Counter[str | None]:
    """How many mentions of the names decided so far (homes apart) lie in each country."""
    return Counter(
        n.pick.country_code for n in names if n.pick is not None and not n.home for _ in n.mentions
    )


def _km_to(place: Place, anchors: Sequence[Place]) -> float:
    """How far ``place`` lies from the nearest of ``anchors``."""
    return min(_pair_km(place.lat, place.lon, a.lat, a.lon) for a in anchors)


def _features_near(names: Sequence[_Name], gazetteer: Gazetteer, weights: Weights) -> None:
    """A hill, lake or sight said by the core of its name ("Monserrate" for the Cerro de
    Monserrate, "Tre Cime" for Tre Cime di Lavaredo) is the likeliest natural place or sight
    near the thread's places whose name holds it, when the places so called, if any, all lie
    far from the thread's places and abroad or are villages (a village in Puerto Rico, the
    island of Montserrat)."""
    decided = [(n, n.pick) for n in names if n.pick is not None and not n.home]
    anchors = [(n, pick) for n, pick in decided if pick.kind not in AREA_KINDS][:8]
    reach = weights.fuzzy_reach_km
    counts = _mention_countries(names)

    def near(place: Place | Spot, name: _Name) -> bool:
        others = [a for other, a in anchors if other is not name]
        return (
            bool(others)
            and min(_pair_km(place.lat, place.lon, a.lat, a.lon) for a in others) <= reach
        )

    def far(place: Place, name: _Name) -> bool:  # abroad, and far from the others' places
        if place.kind == "country" and place.prior >= MICROSTATE_PRIOR:
            return False
        own = len(name.mentions) if name.pick is not None else 0
        abroad = counts[place.country_code] - own * (name.pick == place) < 2
        return (abroad or place.population < VILLAGE_POPULATION) and not near(place, name)

    def anchored(name: _Name) -> bool:  # the thread has places besides the name's own
        return any(other is not name for other, _ in anchors)

    wanted = [
        n
        for n in names
        if not (n.home or n.fuzzy or n.after or n.qualifier or n.framed_by or n.quarter_of)
        and len(normalize_name(n.surface)) >= 4
        and not _natural(n.surface)
        and not _generic(n.surface)
        and anchored(n)
        and all(far(p, n) for p in n.candidates)
    ]
    if not anchors or not wanted:
        return
    # A feature whose name holds a wanted name holds its longest word: only those are read.
    words = {max(normalize_name(n.surface).split(), key=len) for n in wanted}
    nearby: dict[str, Spot] = {}
    for _, anchor in anchors:
        for spot in gazetteer.near_spots(
            anchor.lat, anchor.lon, reach, kinds=_NEAR_FEATURES, limit=500, words=words
        ):
            nearby.setdefault(spot.id, spot)
    for name in wanted:
        # "Setas" after "Las Setas": the thread's own name with its article is meant.
        key = normalize_name(name.surface)
        article = next(
            (
                o
                for o in names
                if o.pick is not None
                and o is not name
                and o.pick.id not in {p.id for p in name.candidates}
                and _without_article(normalize_name(o.surface)) == key
            ),
            None,
        )
        if article is not None and article.pick is not None:
            name.settle(article.pick)
            name.short_of = article.surface
            continue
        own = {p.id for p in name.candidates}
        # A cheap test first: most names hold no part of it (and then no pattern is compiled).
        holding = [p for p in nearby.values() if p.id not in own and key in p.key]
        core = re.compile(r"\b" + re.escape(key) + r"\b") if holding else None
        found = [
            p
            for p in holding
            if core is not None
            and core.search(p.key)
            and near(p, name)
            # Not the line or park named after a town of the name ("Bergen Line" by Bergen).
            and all(distance_km(p.lat, p.lon, c.lat, c.lon) > reach for c in name.candidates)
        ]
        best = gazetteer.get(max(found, key=lambda p: (p.prior, p.id)).id) if found else None
        if best is not None:
            name.settle(best)
            name.short_of = best.name


def _generic_short_forms(names: Sequence[_Name]) -> None:
    """"The Gorge" after the Columbia River Gorge, "the lake" after Lake Tekapo: a generic head
    said with "the" is the one feature or sight of the thread whose name starts or ends in it, over
    any far namesake of the bare word (a hamlet called Gorge)."""
    for name in names:
        if not name.articled or not _generic(name.surface):
            continue
        head = normalize_name(name.surface)
        forms = {head, head.removesuffix("s")}  # "the Lakes" for the Lake District
        found = {
            other.pick.id: other
            for other in names
            if other.pick is not None and other.pick.kind in _FEATURE_KINDS
            and forms.intersection(_heads(normalize_name(other.pick.name)))
        }
        if len(found) != 1:
            continue
        (other,) = found.values()
        place = other.pick
        assert place is not None
        if other is not name and all(
            distance_km(p.lat, p.lon, place.lat, place.lon) > SAME_SPOT_KM for p in name.candidates
        ):
            name.settle(place)
            name.short_of = place.name


def _heads(key: str) -> tuple[str, str]:
    """The generic heads a name's key may have: its last word ("multnomah falls"), and its
    first where the head is written first ("lake tekapo"; not "glacier national park")."""
    words = key.split()
    if len(words) < 2:
        return ("", "")
    return (words[0] if words[0] in FEATURE_HEADS_FIRST else "", words[-1])


def _unknown_at_towns(
    names: Sequence[_Name], mentions: Sequence[Mention], texts: Mapping[str, str]
) -> None:
    """A sight still unknown whose name says it stands in a town ("the Railway Museum", "St.
    Nicholas Church", "Rinno-ji": ``_TOWN_SIGHT_HEADS`` and suffixes) is put at that town: the
    one written right after it ("the Railway Museum in Omiya"), else the one its section named
    last before it. An unknown natural feature ("Exit Glacier", "Moke Lake above Queenstown") is
    put the same way at a town or a natural place no wider than a lake or an island, of its own
    sentence. With neither, it stays unresolved."""
    by_mention = {id(m): n for n in names for m in n.mentions}
    # Each section's last town, and the last town or narrow natural place of each sentence, so
    # far: a feature stands outside towns, so only its own sentence's place says where.
    latest: dict[str, Place] = {}
    latest_beside: dict[tuple[str, tuple[int, int]], Place] = {}
    votes = _TownVotes()
    # A section's sight or feature (with the very mention) that the next name may hold.
    waiting: dict[str, tuple[_Name, Mention]] = {}
    for mention in mentions:
        name = by_mention[id(mention)]
        town = _as_town(name)
        beside = town or _beside(name)
        held = waiting.pop(mention.section, None)
        if held is not None:
            in_town = _in_town(held[0])
            pick = town if in_town else beside
            gap = texts.get(mention.section, "")[held[1].end : mention.start]
            if pick is not None and (_IN_TOWN_GAP if in_town else _BESIDE_GAP).fullmatch(gap):
                votes.add(held[0], pick, 2)
        if _in_town(name) or _unknown_feature(name):
            before = (latest.get(mention.section) if _in_town(name)
                      else latest_beside.get((mention.section, mention.sentence)))
            if before is not None:
                votes.add(name, before)
            waiting[mention.section] = (name, mention)
        elif name.pick is not None:
            text = texts.get(mention.section, "")
            if not _COMPARED_BEFORE.search(text, max(0, mention.start - 20), mention.start):
                # A feature after a wide place ("Ha Long Bay", a country) is not at the town
                # before it.
                if beside is None:
                    latest_beside.pop((mention.section, mention.sentence), None)
                else:
                    latest_beside[mention.section, mention.sentence] = beside
                if town is not None:
                    latest[mention.section] = town
    for name in names:
        placed = _in_town(name) or _unknown_feature(name)
        town = votes.winner(name) if placed else None
        if town is None:
            continue
        name.settle(town)
        name.town_of = town.name


def _framed_items(
    names: Sequence[_Name], mentions: Sequence[Mention], texts: Mapping[str, str]
) -> None:
    """A name written only inside a town's frame is a part of that town when the gazetteer
    lacks it, or has only towns of that name more than ``FRAME_KM`` away, none of them big:
    a district or a sight the gazetteer lacks, not a namesake across the country. A frame is a
    day line's list ("Day 5 - Istanbul: Balat, the Galata Tower": the last town before the
    colon), a sentence that opens with "In" and a town ("In Istanbul we stayed in Beyoglu"), or
    the rest of a sentence after a town and a colon ("the train to Kyoto: four nights in X"),
    where travel does not lead elsewhere ("... and took the ferry to X")."""
    by_mention = {id(m): n for n in names for m in n.mentions}
    framed: dict[int, Place | None] = {}  # each mention's frame town, None when it has none
    by_line: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        text = texts.get(mention.section, "")
        by_line[(mention.section, text.rfind("\n", 0, mention.start) + 1)].append(mention)
    by_sentence: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for (section, start), members in by_line.items():
        label = _DAY_LINE.match(texts.get(section, ""), start)
        if label is None:
            for mention in members:
                by_sentence[(section, mention.sentence[0])].append(mention)
            continue
        # The last town before the colon: "Day 6 - lunch in Bursa, then on to Istanbul: A, B".
        town = next(
            (
                t
                for m in reversed(members)
                if m.start < label.end() and (t := _as_town(by_mention[id(m)])) is not None
            ),
            None,
        )
        for mention in members:
            framed[id(mention)] = town if mention.start >= label.end() else None
    for (section, start), members in by_sentence.items():
        text = texts.get(section, "")
        first = members[0]
        opens = _IN_FRAME.fullmatch(text, start, first.start) is not None
        # "In Hanoi and Hue ...": two towns frame nothing.
        opens = opens and not (
            len(members) > 1 and _LISTED_GAP.fullmatch(text, first.end, members[1].start)
        )
        town = _as_town(by_mention[id(first)]) if opens else None
        framed[id(first)] = None
        led = False
        for previous, mention in pairwise(members):
            # "... then the train to Kyoto: four nights near X": a town and a colon frame the
            # rest of the sentence, like a day line's label.
            # Not a town travel starts from ("ten days from Athens: Corinth, then Sparta"),
            # nor one the rest lies outside ("Korea outside Seoul: ...").
            if _COLON_AFTER.match(text, previous.end) and not _UNFRAMING_BEFORE.search(
                text, max(0, previous.start - 16), previous.start
            ):
                town, led = _as_town(by_mention[id(previous)]) or town, False
            # Travel leads to the name, or to the one it is listed with: "to Orvieto and X".
            listed = _LISTED_GAP.fullmatch(text, previous.end, mention.start) is not None
            travel = _TRAVEL_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            led = travel is not None or (led and listed)
            framed[id(mention)] = None if led else town
    for name in names:
        towns = [framed.get(id(m)) for m in name.mentions]
        if name.quarter_of or not towns or None in towns or _natural(name.surface):
            continue
        town = Counter(towns).most_common(1)[0][0]
        assert town is not None
        far = all(
            p.kind == "city"
            and p.prior < FRAME_PRIOR
            and distance_km(p.lat, p.lon, town.lat, town.lon) > FRAME_KM
            for p in name.candidates
        )
        if name.fuzzy is None and name.after is None and far:
            name.settle(town)
            name.framed_by = town.name
    _framed_after(names, mentions, texts)


def _framed_after(
    names: Sequence[_Name], mentions: Sequence[Mention], texts: Mapping[str, str]
) -> None:
    """A name in brackets opened right after a town, whose places are all small towns abroad
    or hamlets far from that town, is a part of it the gazetteer lacks: "two nights in
    Seville (tapas in Triana)", "Bogotá (La Candelaria, the gold museum)"; not a village of
    that name in Alabama. Not where travel leads to it ("a day trip to X"), nor for a town
    compared with ("nicer than X"), a home or a name the writer qualifies."""
    by_mention = {id(m): n for n in names for m in n.mentions}
    # The thread's countries: those of two or more mentions decided (a stray name abroad is not).
    counts = _mention_countries(names)
    countries = {cc for cc, count in counts.items() if count >= 2}
    towns: dict[str, list[tuple[int, Place]]] = defaultdict(list)  # section -> (end, town)
    for mention in mentions:
        name = by_mention[id(mention)]
        town = None if name.home or name.framed_by else _as_town(name)
        if town is not None and town.country_code in countries:
            towns[mention.section].append((mention.end, town))
    for name in names:
        if (
            name.framed_by
            or name.quarter_of
            or name.home
            or name.qualifier is not None
            or name.fuzzy is not None
            or name.after is not None
            or not name.candidates
            or _natural(name.surface)
        ):
            continue
        frames: list[Place] = []
        for mention in name.mentions:
            text = texts.get(mention.section, "")
            # "Seville (tapas in Triana)": in a bracket opened after the town, still open.
            before = [
                t
                for end, t in towns[mention.section]
                if end <= mention.start
                and _OPEN_BRACKET.fullmatch(text, end, mention.start)
                and t.id not in {p.id for p in name.candidates}
            ]
            led = _TRAVEL_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            compared = _COMPARED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if not before or led or compared:
                break
            frames.append(before[-1])
        else:
            town = Counter(frames).most_common(1)[0][0]
            others = counts - Counter({name.pick.country_code if name.pick else None: len(frames)})
            if all(
                p.kind == "city"
                and p.population < SMALL_TOWN_POPULATION
                and (
                    (p.country_code != town.country_code and others[p.country_code] < 2)
                    or p.prior <= HAMLET_PRIOR
                )
                and distance_km(p.lat, p.lon, town.lat, town.lon) > FRAME_KM
                for p in name.candidates
            ):
                name.settle(town)
                name.framed_by = town.name


def _natural(surface: str) -> bool:
    """A feature's name that no town holds ("Phoenix Cave", "Lake Tekapo"): a feature's head
    that is not a town sight's."""
    words = surface.lower().split()
    return len(words) > 1 and (
        (words[-1] in FEATURE_HEADS and words[-1] not in _TOWN_SIGHT_HEADS)
        or words[0] in FEATURE_HEADS_FIRST
    )


def _without_article(key: str) -> str:
    """A normalized name without its leading article ("las setas": "setas")."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in _NAME_ARTICLES else key


def _generic(surface: str) -> bool:
    """A name made only of a feature's or a generic word ("Cape", "Old Town"): too common to
    be the core of one feature's name."""
    return all(
        word in FEATURE_HEADS or word in FEATURE_HEADS_FIRST or word in _GENERIC_WORDS
        for word in normalize_name(surface).split()
    )


def _as_town(name: _Name) -> Place | None:
    """The town a name's decision stands for: a town, or the town of the very name inside the
    region decided ("Nara" the prefecture: Nara the town)."""
    pick = name.pick
    if pick is None or pick.kind == "city":
        return pick
    if pick.kind != "admin1":
        return None
    key = normalize_name(name.surface)
    return next(
        (
            place
            for place in name.candidates
            if place.kind == "city"
            and key in (normalize_name(place.name), normalize_name(place.ascii_name))
            and _within(place, pick)
        ),
        None,
    )


def _sight_word_beside(text: str, mention: Mention) -> bool:
    """A sight's word names the mention: "the San José church", "the church of San José" (not
    "the church in San José": that is the town)."""
    after = _WORD_AFTER.match(text, mention.end)
    if after is not None and after.group(1).lower() in _TOWN_SIGHT_HEADS:
        return True
    before = _SIGHT_OF.search(text, max(0, mention.start - 30), mention.start)
    return before is not None and before.group(1).lower() in _TOWN_SIGHT_HEADS


def _beside(name: _Name) -> Place | None:
    """The natural place a name's decision stands for, when a feature beside it may take its
    point: not a wide one (``_WIDE_FEATURES``)."""
    pick = name.pick
    if pick is None or pick.kind != "natural" or pick.feature in _WIDE_FEATURES:
        return None
    return pick


def _unknown_feature(name: _Name) -> bool:
    """A natural feature's name the gazetteer has no sense for at all ("Exit Glacier")."""
    return not name.candidates and not name.sight and _natural(name.surface)


def _in_town(name: _Name) -> bool:
    """A sight that stands in a town and that the gazetteer lacks: its name ends in a sight's
    head or suffix (``_TOWN_SIGHT_HEADS``), or it is a saint's name with a sight's word beside
    it and no candidate of that sort ("the San José church" is not a town so called)."""
    if name.sight:
        return not name.composed
    if name.candidates:
        return False
    words = name.surface.split()
    last = words[-1].lower()
    return (len(words) > 1 and last in _TOWN_SIGHT_HEADS) or last.endswith(_TOWN_SIGHT_SUFFIXES)


class _TownVotes:
    """The towns each name's mentions were written in, counted: a quarter or a sight belongs to
    the town most of its mentions stand in (ties: the town met first)."""

    def __init__(self) -> None:
        self._votes: dict[int, Counter[str]] = defaultdict(Counter)
        self._towns: dict[str, Place] = {}

    def add(self, name: _Name, town: Place, weight: int = 1) -> None:
        self._votes[id(name)][town.id] += weight
        self._towns[town.id] = town

    def winner(self, name: _Name) -> Place | None:
        votes = self._votes.get(id(name))
        return self._towns[votes.most_common(1)[0][0]] if votes else None


def _town_part(name: _Name) -> bool:
    """A quarter ("the Old Town"), or a landmark many towns have ("the Duomo") that the gazetteer
    knows only as villages so called: a sight it has, or lacks, is left to the other rules."""
    key = normalize_name(name.surface)
    return key in _QUARTER_NAMES or (
        key in _TOWN_LANDMARKS
        and bool(name.candidates)
        and all(p.kind == "city" for p in name.candidates)
    )


def _quarters(
    names: Sequence[_Name],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    held: Mapping[int, tuple[Place, ...]],
) -> None:
    """ "The Old Quarter", "Downtown", "the Altstadt", "the Duomo" (``_town_part``, whose
    candidates are ``held`` out of the rounds) is that part of the town its section named last
    before it, not a place of that name elsewhere (Old Town, Maine; Duomo by Brescia): the
    district so called by that town, or else the town itself. With no town before it, its own
    candidates return."""
    by_mention = {id(m): n for n in names for m in n.mentions}
    latest: dict[str, Place] = {}  # each section's last town so far
    votes = _TownVotes()
    for mention in mentions:
        name = by_mention[id(mention)]
        if id(name) in held:
            town = latest.get(mention.section)
            if town is not None:
                votes.add(name, town)
        elif name.pick is not None and name.pick.kind == "city":
            latest[mention.section] = name.pick
    for name in names:
        if id(name) not in held:
            continue
        town = votes.winner(name)
        if town is None:
            name.candidates = held[id(name)]
            continue
        try:
            senses = gazetteer.lookup(name.surface, limit=50)
        except InvalidQuery:
            senses = []
        near = [
            (distance_km(p.lat, p.lon, town.lat, town.lon), p)
            for p in senses
            if p.kind in ("city", "sight")
        ]
        district = min(
            ((km, p) for km, p in near if km <= QUARTER_KM),
            key=lambda item: (item[0], item[1].id),
            default=(0.0, town),
        )[1]
        name.settle(district)
        name.quarter_of = town.name


def _named_after(surface: str) -> str | None:
    """The name a feature's name is made of: "Amantani" in "Amantani Island", "Como" in "Lake
    Como", "Desolation" in "Valley of Desolation"; None for other names."""
    words = surface.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in SACRED_HEADS:
        return None
    if words[-1].lower() in FEATURE_HEADS | BUILDING_HEADS:
        return " ".join(words[:-1])
    if words[0].lower() in FEATURE_HEADS and words[1].lower() == "of" and len(words) > 2:
        return " ".join(words[2:])
    if words[0].lower() in FEATURE_HEADS_FIRST:
        return " ".join(words[1:])
    return None


def _learn_short_forms(names: Sequence[_Name], reach_km: float) -> None:
    """A name that opens a longer name of the thread stands for the same place: when the
    gazetteer lacks it ("Plitvice" after "Plitvice Lakes", "Bosnia" after "Bosnia and
    Herzegovina", "Guada" clipped from "Guadalajara"), and when the longer name is a feature and
    the name has no sense of its own within ``reach_km`` of it ("Milford" after "Milford Sound"
    is not a Milford of the US; "Banff" after "Banff National Park" is still the town in the
    park)."""
    full = [(normalize_name(n.surface), n) for n in names if n.candidates]
    for name in names:
        key = normalize_name(name.surface)
        town = _longer_town(key, name, full)
        if town is not None:
            name.candidates = (town,)
            continue
        if name.candidates:
            features = [
                other.candidates[0]
                for text, other in full
                if text.startswith(key + " ") and other.candidates[0].kind in ("natural", "sight")
            ]
            # "Tissa" clipped from the thread's "Tissamaharama": not a Tissa of another country.
            clipped = [
                other.candidates[0]
                for text, other in full
                if _clipped(key, text) and other.candidates[0].kind == "city"
            ]
            # Not where the writer says which sort is meant ("Perito Moreno the town").
            said = {sort for sort, (_, beside) in name.kinds.items() if beside}
            if len(features) == 1 and name.qualifier is None and not (
                said and features[0].feature not in said
            ) and not any(
                distance_km(p.lat, p.lon, features[0].lat, features[0].lon) <= reach_km
                for p in name.candidates
                if p.id != features[0].id  # "Zion" is itself a name of Zion National Park
            ):
                name.candidates = (features[0],)
            elif len(clipped) == 1 and not any(
                p.kind in AREA_KINDS
                or distance_km(p.lat, p.lon, clipped[0].lat, clipped[0].lon) <= reach_km
                for p in name.candidates
            ):
                name.candidates = (clipped[0],)
            continue
        longer = [
            other for text, other in full if text.startswith(key + " ") or _clipped(key, text)
        ]
        if len(longer) == 1:
            name.candidates = longer[0].candidates[:1]


def _clipped(key: str, text: str) -> bool:
    """``key`` is a one-word name of four letters or more cut from the one-word name ``text``
    ("Guada" from "Guadalajara")."""
    return len(key) >= 4 and " " not in text and text != key and text.startswith(key)


def _longer_town(key: str, name: _Name, full: Sequence[tuple[str, _Name]]) -> Place | None:
    """The one town the thread also writes with more words around the name ("Puerto Natales",
    then "Natales"; "Cortina d'Ampezzo", then "Cortina"), when the gazetteer gives the name to
    that town first, or only to hamlets, or when every use of the name follows the longer one
    in its own section ("from San Pedro de Atacama ... then from San Pedro"): the thread's own
    naming beats a village elsewhere, and the writer's own clipping of its end beats a bigger
    namesake (not "York" after "New York")."""
    towns = {
        other.candidates[0].id: (other.candidates[0], other)
        for text, other in full
        if text != key
        and (text.startswith(key + " ") or text.endswith(" " + key))
        and other.candidates[0].kind == "city"
    }
    if len(towns) != 1:
        return None
    ((town, longer),) = towns.values()
    candidates = name.candidates
    if town in candidates:  # unless a bigger sense comes first ("Mexico" after "Mexico City")
        if all(p.prior <= town.prior for p in candidates):
            return town
    elif candidates and all(p.prior <= HAMLET_PRIOR for p in candidates):
        return town
    shortened = normalize_name(longer.surface).startswith(key + " ") and not any(
        p.kind == "country" for p in candidates) and all(
        any(m.section == o.section and o.end <= m.start for o in longer.mentions)
        for m in name.mentions)
    return town if shortened else None


def _link_sentences(names: Sequence[_Name], texts: Mapping[str, str]) -> None:
    """Each name's ``local`` names: the others written in a sentence with it, unless the words
    between them set them apart ("Cambridge - not the one in Massachusetts")."""
    by_sentence: dict[tuple[str, int, int], list[tuple[Mention, _Name]]] = defaultdict(list)
    for name in names:
        name.local = []
        for mention in name.mentions:
            if mention.sentence[1] > 0:
                by_sentence[(mention.section, *mention.sentence)].append((mention, name))
    for (section, _, _), members in by_sentence.items():
        text = texts.get(section, "")
        # If any two mentions of two names are not set apart, the closest such pair is not
        # either (its gap lies inside theirs): comparing each mention with the latest mention
        # of every other name keeps a sentence naming one place 5,000 times linear.
        latest: dict[int, tuple[Mention, _Name]] = {}
        for mention, name in sorted(members, key=lambda member: member[0].start):
            for earlier, other in latest.values():
                if other is name or _APART.search(text[earlier.end : mention.start]):
                    continue
                _join_local(name, other)
            latest[id(name)] = (mention, name)


def _join_local(name: _Name, other: _Name) -> None:
    assert name.local is not None and other.local is not None
    if other not in name.local:
        name.local.append(other)
    if name not in other.local:
        other.local.append(name)


@dataclass(frozen=True, slots=True)
class _Scene:
    """Countries the thread states outright: its dateline and demonyms."""

    countries: Counter[str]
    admins: Counter[tuple[str, str]]
    # The land neighbours of every candidate's country: a town just across a border from the
    # thread's places counts as being in the thread's country (Lille beside Ghent).
    neighbours: Mapping[str, frozenset[str]]
    subjects: tuple[Place, ...]  # the dateline's places smaller than a first-level region


def _scene(
    thread: Thread, names: Sequence[_Name], gazetteer: Gazetteer, hints: Mapping[str, int]
) -> _Scene:
    countries: Counter[str] = Counter({cc: 2 * n for cc, n in hints.items()})
    admins: Counter[tuple[str, str]] = Counter()
    subjects: list[Place] = []
    if thread.location:
        for part in thread.location.split(","):
            try:
                found = gazetteer.lookup(part.strip(), limit=1)
            except InvalidQuery:
                continue
            if found and found[0].country_code:
                countries[found[0].country_code] += 3
                if found[0].kind == "admin1" and found[0].admin1:
                    admins[(found[0].country_code, found[0].admin1)] += 3
                if found[0].kind in _SUBJECT_KINDS:
                    subjects.append(found[0])
    codes = sorted({p.country_code for n in names for p in n.candidates if p.country_code})
    return _Scene(
        countries, admins, {cc: gazetteer.neighbours(cc) for cc in codes}, tuple(subjects)
    )


# The places a thread can be about in a small compass (an island, a valley, a town): a country
# or a first-level region already speaks through the country and region shares.
_SUBJECT_KINDS = frozenset({"admin2", "region", "natural", "city"})
_CELL_DEGREES = 10.0  # the grid of the nearness index: neighbouring cells cover ~1,000 km


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEGREES), math.floor(lon / _CELL_DEGREES)


class _Index:
    """What every name of the thread currently says about where the thread is, built once per
    round: country and admin totals, and the names' point senses in a grid. A name's context is
    the totals less its own share (and that of names whose pick is one of its candidates)."""

    def __init__(self, names: Sequence[_Name], scene: _Scene) -> None:
        self.scene = scene
        self.countries: Counter[str] = Counter(scene.countries)
        self.admins: Counter[tuple[str, str]] = Counter(scene.admins)
        self.named: Counter[str] = Counter(dict.fromkeys(scene.countries, 1))
        self.named_admins: Counter[tuple[str, str]] = Counter(dict.fromkeys(scene.admins, 1))
        self.by_pick: dict[str, list[_Name]] = defaultdict(list)
        self.grid: dict[tuple[int, int], list[tuple[Place, float, _Name]]] = defaultdict(list)
        # Each section's countries apart: the places a post or comment names beside a name say
        # more about it than the rest of the thread ("Calgary and Banff" above a reply that
        # recommends Scotland's Perth).
        self.sections: dict[str, Counter[str]] = defaultdict(Counter)
        self.section_admins: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        # What the thread is about: the dateline's places and the title's current decisions.
        self.subjects: list[tuple[Place, _Name | None]] = [(p, None) for p in scene.subjects]
        # Each name's mentions by section, counted once: ``context`` takes a name's share out
        # and back in for every candidate scored.
        self._by_section: dict[int, Counter[str]] = {}
        for name in names:
            if name.pick is not None:
                self.by_pick[name.pick.id].append(name)
                self._count(name, 1)
                if name.titled and name.pick.kind in _SUBJECT_KINDS:
                    self.subjects.append((name.pick, name))
            if name.home:
                continue
            for place, weight in name.support:
                self.grid[_cell(place.lat, place.lon)].append((place, weight, name))

    def repick(self, name: _Name, pick: Place) -> None:
        """Change ``name``'s decision, and the totals and pick lists with it."""
        if name.pick is not None:
            self._count(name, -1)
            self.by_pick[name.pick.id].remove(name)
        name.pick = pick
        self.by_pick[pick.id].append(name)
        self._count(name, 1)

    def _count(self, name: _Name, sign: int) -> None:
        pick = name.pick
        assert pick is not None
        weight = sign * min(3, len(name.mentions))
        if not pick.country_code:
            return
        double = 2 if pick.kind == "country" else 1
        self.countries[pick.country_code] += weight * double
        by_section = self._by_section.get(id(name))
        if by_section is None:
            by_section = self._by_section[id(name)] = Counter(m.section for m in name.mentions)
        for section, count in by_section.items():
            self.sections[section][pick.country_code] += sign * min(3, count) * double
        if pick.kind == "country":
            self.named[pick.country_code] += sign
        elif pick.admin1:
            self.admins[(pick.country_code, pick.admin1)] += weight
            for section, count in by_section.items():
                self.section_admins[section][(pick.country_code, pick.admin1)] += sign * min(
                    3, count
                )
            if pick.kind == "admin1":
                self.named_admins[(pick.country_code, pick.admin1)] += sign

    def context(self, name: _Name) -> _Context:
        """The thread as seen from ``name``: everything but itself and its own senses."""
        own = {p.id for p in name.candidates}
        left_out = {id(name): name}
        for place_id in own:
            left_out.update((id(other), other) for other in self.by_pick.get(place_id, ()))
        for other in left_out.values():
            if other.pick is not None:
                self._count(other, -1)
        countries = +self.countries
        admins = +self.admins
        for section in sorted({m.section for m in name.mentions}):
            countries.update(+self.sections[section])
            admins.update(+self.section_admins[section])
        if name.qualifier is not None and name.qualifier.country_code:
            countries[name.qualifier.country_code] += 3
        context = _Context(
            countries,
            admins,
            frozenset(cc for cc, n in self.named.items() if n > 0),
            frozenset(code for code, n in self.named_admins.items() if n > 0),
        )
        for other in left_out.values():
            if other.pick is not None:
                self._count(other, 1)
        return context

    def subject(
        self, place: Place, name: _Name, own: frozenset[str], weights: Weights
    ) -> tuple[float, Place] | None:
        """The place the thread is about that ``place`` lies within ``weights.subject_km`` of:
        (km, subject). "Crossed on the ferry to Armadale" in a thread about Skye is Armadale on
        Skye, not the bigger one near Edinburgh. ``own``: the ids of ``name``'s candidates."""
        best: tuple[float, Place] | None = None
        for subject, owner in self.subjects:
            if owner is name or subject.id in own:
                continue
            km = _pair_km(place.lat, place.lon, subject.lat, subject.lon)
            if km <= weights.subject_km and (best is None or km < best[0]):
                best = (km, subject)
        return best

    def nearest_pull(
        self, place: Place, name: _Name, own: frozenset[str], weights: Weights
    ) -> tuple[float, float, Place] | None:
        """The strongest pull on ``place`` from the other names' point senses: (pull, km, from).
        ``own``: the ids of ``name``'s candidates."""
        lat, lon = place.lat, place.lon
        lat_cell, lon_cell = _cell(lat, lon)
        scale = weights.near_scale_km
        best: tuple[float, float, Place] | None = None
        best_pull = best_km = 0.0
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                cell = (lat_cell + dlat, (lon_cell + dlon + 18) % 36 - 18)
                for point, weight, owner in self.grid.get(cell, ()):
                    if owner is name or point.id in own:
                        continue
                    km = _pair_km(lat, lon, point.lat, point.lon)
                    pull = weight * math.exp(-km / scale)
                    # the strongest pull, the nearest of equal pulls
                    if best is None or pull > best_pull or (pull == best_pull and km < best_km):
                        best, best_pull, best_km = (pull, km, point), pull, km
        return best


@dataclass(frozen=True, slots=True)
class _Context:
    countries: Counter[str]
    admins: Counter[tuple[str, str]]
    named: frozenset[str]  # countries the text names (dateline, country mentions), not inferred
    named_admins: frozenset[tuple[str, str]]  # likewise for admin regions


def _score(
    name: _Name, index: _Index, weights: Weights
) -> list[tuple[float, Place, list[Evidence]]]:
    """Candidates with score and the evidence that earned it, best first (ties by prior, id)."""
    context = index.context(name)
    countries, admins = context.countries, context.admins
    country_total = sum(countries.values())
    admin_total = sum(admins.values())
    airport_word = bool(_AIRPORT_WORD.search(name.surface))
    # "KEF" as written is the airport of that code, not El Kef: an airport only when the text
    # says airport or writes its code.
    country = any(p.kind == "country" for p in name.candidates)
    # "USA" beside "LAS" and "PHX" is the country all the same, not Concord's airport
    code = "iata:" + name.surface if _IATA_CODE.fullmatch(name.surface) and not country else None
    key = normalize_name(name.surface)
    # A country's name is the country ("Italy" beside "the U.S." is not Italy, Texas): the
    # sentence's places decide only between the senses of other names.
    local = [] if country else name.local or []
    containers = [
        other.pick
        for other in local
        if other.pick is not None and other.pick.kind in _CONTAINER_KINDS - {"country"}
    ]
    local_kinds = Counter(other.pick.kind for other in local if other.pick is not None)
    regions_listed = bool(local_kinds) and local_kinds["admin1"] * 2 > sum(local_kinds.values())
    own = frozenset(p.id for p in name.candidates)
    # "over the Andes": a range, region or island group of the name is what "the" points to
    ranged = any(p.kind in ("natural", "region") for p in name.candidates)
    named_far = _named_only_far(key, name, own, countries, index, weights)
    alone: dict[int, bool] = {}
    scored = []
    for place in _not_taken(name):
        score = weights.prior * place.prior
        evidence: list[Evidence] = []
        point = place.kind not in AREA_KINDS
        nearest = index.nearest_pull(place, name, own, weights) if point else None
        # Just across a border from the thread's places: counted where those places are.
        across = _across_border(place, nearest, countries, index.scene, weights)
        where = across or place
        cc, admin1 = where.country_code, where.admin1
        if cc and country_total:
            share = countries[cc] / country_total
            score += weights.country * share
            if share >= 0.25:
                kind = "border" if across else "country" if cc in context.named else "inferred"
                evidence.append(Evidence(kind, cc))
        if cc and admin1 and admin_total:
            share = admins[(cc, admin1)] / admin_total
            score += weights.admin * share
            if share >= 0.25 and not across:
                named = (cc, admin1) in context.named_admins
                evidence.append(Evidence("admin" if named else "admin-inferred", f"{cc}.{admin1}"))
        # A home is not drawn to the trip's places, though it may lie across a border from them.
        if nearest is not None and not name.home:
            pull, km, near = nearest
            score += weights.near * pull
            if km < 3 * weights.near_scale_km and pull > 0.1:
                evidence.append(Evidence("near", near.name, km))
        # A town only: a lake or an island near the subject is no likelier for it.
        subject = index.subject(place, name, own, weights) if place.kind == "city" else None
        if subject is not None:
            score += weights.subject
            evidence.append(Evidence("subject", subject[1].name, subject[0]))
        airport_own = place.kind == "airport" and _airport_own_name(key, place, name.candidates)
        own_name = (
            airport_own
            or place.id in name.composed
            or key in (normalize_name(place.name), normalize_name(place.ascii_name))
        )
        container = next(
            (area for area in containers if area.id != place.id and _within(place, area)), None
        )
        if (
            container is not None
            and (own_name or _opens(key, place))
            and not _sibling(name, container)
        ):
            score += weights.local
            evidence.append(Evidence("local", container.name))
        elif place.kind in _CONTAINER_KINDS and local and not _town_inside(place, name, key):
            inside = [other for other in local if _holds(place, other)]
            if len(inside) >= 2:
                score += weights.local * len(inside) / len(local)
                evidence.append(Evidence("contains", inside[0].surface))
        if place.kind not in AREA_KINDS and local:
            close = _closest(place, local, weights, own_name, alone)
            if close is not None:
                pull, km, neighbour = close
                score += pull
                if km < weights.neighbour_scale_km and pull > 0.1 * weights.neighbour:
                    evidence.append(Evidence("neighbour", neighbour.name, km))
        if regions_listed and place.kind == "admin1":
            score += weights.same_kind
            evidence.append(Evidence("regions"))
        if name.qualifier is not None and _within(place, name.qualifier):
            score += weights.qualifier
            evidence.append(Evidence("qualifier", name.qualifier.name))
        qualified = next((q for q in name.qualifies if _within(q, place)), None)
        if place.kind in AREA_KINDS and qualified is not None:
            score += weights.qualifier
            evidence.append(Evidence("qualifies", qualified.name))
        if not own_name:
            score -= weights.other_name
            # "Amed" in a Bali thread is not Diyarbakir, which Kurdish calls so: another name
            # of a place in none of the thread's countries, far from all its places, unless
            # only places far off are called so by their own name (a flight may come from
            # anywhere: "flew in from Bombay"; "Roma" beside Roma in Lesotho is still Rome),
            # nor a word of its own name.
            abroad = bool(place.country_code) and not countries[place.country_code or ""]
            # "Vegas" is Las Vegas said short, wherever the thread is; so is "Vic Falls"
            short = _said_short(key, normalize_name(place.name))
            elsewhere = (country_total and abroad and _far(nearest, weights)
                         and not (name.flown or named_far or short))
            if elsewhere and point:
                score -= weights.far_other_name
            if _park_short_form(key, place):
                score -= weights.short_form
                evidence.append(Evidence("short form", place.name))
        if (
            (airport_word and place.kind == "airport")
            or place.id == code
            or (name.flown and airport_own)
        ):
            score += weights.airport_word
            evidence.append(Evidence("airport"))
        if name.articled and place.kind == "city" and ranged:
            score -= weights.article  # towns seldom take "the"; ranges, regions, islands do
        sort = place.feature or _AREA_SORTS.get(place.kind)
        cue = name.kinds.get(sort) if sort else None
        if cue is not None:
            word, beside = cue
            score += weights.kind_next if beside else weights.kind_sentence
            evidence.append(Evidence("kind next" if beside else "kind sentence", word))
        scored.append((score, place, evidence))
    scored.sort(key=lambda item: (-item[0], -item[1].prior, item[1].id))
    return scored


def _said_short(key: str, own: str) -> bool:
    """``key`` is the place's own name ``own`` said short: some of its words ("Vegas" of Las
    Vegas), or each of its two or more words cut ("Vic Falls", "Gili T"), as travellers write
    it anywhere; a foreign language's name of the place is neither."""
    if f" {key} " in f" {own} ":
        return True
    said, words = key.split(), own.split()
    return len(said) == len(words) > 1 and all(
        word.startswith(cut) for cut, word in zip(said, words, strict=True)
    )


def _far(nearest: tuple[float, float, Place] | None, weights: Weights) -> bool:
    """No other name of the thread has a point sense near (``_Index.nearest_pull``'s answer)."""
    return nearest is None or nearest[1] > 3 * weights.near_scale_km


def _named_only_far(
    key: str,
    name: _Name,
    own: frozenset[str],
    countries: Counter[str],
    index: _Index,
    weights: Weights,
) -> bool:
    """Some candidates bear the name as their own, and none lies in the thread's countries or
    near its places: then another place's alternate name may be what is meant ("Roma" beside
    Roma, Lesotho), but not when a village of the thread bears it ("Minca" beside Santa Marta
    is not Munich, which a foreign language calls so)."""
    named = [
        p for p in name.candidates if key in (normalize_name(p.name), normalize_name(p.ascii_name))
    ]
    return bool(named) and not any(
        countries[p.country_code or ""]
        or not _far(index.nearest_pull(p, name, own, weights), weights)
        for p in named
    )


def _opens(key: str, place: Place) -> bool:
    """The name opens the place's own one as whole words ("Newcastle" of Newcastle upon Tyne,
    "Stratford" of Stratford-upon-Avon): said so, it is as much its name as a container needs."""
    return normalize_name(place.name).replace("-", " ").startswith(key + " ")


def _not_taken(name: _Name) -> Sequence[Place]:
    """The candidates of "the other X": not on the spot the thread's own X is decided for (the
    Newcastle of England for one who grew up in "the other Newcastle" of an Australian thread)."""
    taken = name.other_than.pick if name.other_than is not None else None
    if taken is None:
        return name.candidates
    left = [
        p for p in name.candidates if _pair_km(p.lat, p.lon, taken.lat, taken.lon) > SAME_SPOT_KM
    ]
    return left or name.candidates


def _across_border(
    place: Place,
    nearest: tuple[float, float, Place] | None,
    countries: Counter[str],
    scene: _Scene,
    weights: Weights,
) -> Place | None:
    """The thread's place just across a land border from a point candidate, whose country and
    region the candidate is counted in when the thread says more about that country than its
    own (Lille, France, 60 km from Ghent in a Belgian thread, is then as Belgian as the village
    of Lille there, and its size decides)."""
    if nearest is None:
        return None
    pull, km, point = nearest
    cc = place.country_code
    if km > weights.border_km or pull < 0.5 or not cc or not point.country_code:
        return None
    if point.country_code not in scene.neighbours.get(cc, ()):
        return None
    return point if countries[point.country_code] > countries[cc] else None


def _airport_own_name(key: str, airport: Place, candidates: Sequence[Place]) -> bool:
    """The airport's own name beside its town's: "Heathrow" in London Heathrow Airport,
    "Schiphol" in Amsterdam Airport Schiphol. Not the town's name that opens it ("Vancouver" in
    Vancouver International Airport), nor a name of a town the airport serves ("Washington" in
    Ronald Reagan Washington National Airport) or of a park or region it is named after
    ("Yosemite" in Fresno Yosemite International Airport): those are the better senses."""
    words = normalize_name(airport.name).split()
    size = len(key.split())
    return any(
        " ".join(words[start : start + size]) == key for start in range(1, len(words) - size + 1)
    ) and not any(
        place.kind in ("natural", "region")
        or (
            place.kind != "airport"
            and _pair_km(place.lat, place.lon, airport.lat, airport.lon) <= AIRPORT_REACH_KM
        )
        for place in candidates
    )


def _closest(
    place: Place,
    local: Sequence[_Name],
    weights: Weights,
    own_name: bool,
    alone: dict[int, bool],
) -> tuple[float, float, Place] | None:
    """The strongest pull of a current decision among the towns and sights of the candidate's
    sentences, weighted like nearness by how sure that decision is: (pull, km, from). "A day
    trip to Hamilton from Toronto" in a thread about England: Hamilton, Ontario. Only a
    neighbour decided for its most prominent sense lends it: two namesakes that chose each
    other (Toledo and Córdoba, Argentina, in a list of Spain's towns) do not. A neighbour with
    no namesake far away says more (``weights.neighbour_sole``) for a candidate called by the
    very name: "drove up to Whistler from Vancouver" in a thread about Washington State is
    Vancouver, Canada; a town that merely has the name as an alias is not drawn so.
    ``alone`` keeps, by neighbour, whether it has no namesake far away: one candidate's
    neighbours are every candidate's."""
    best: tuple[float, float, Place] | None = None
    for other in local:
        pick = other.pick
        if pick is None or pick.kind in AREA_KINDS or pick.id != other.candidates[0].id:
            continue
        sure = next((w for p, w in other.support if p.id == pick.id), 0.0)
        km = _pair_km(place.lat, place.lon, pick.lat, pick.lon)
        sole = own_name and alone.get(id(other))
        if sole is None:
            sole = alone[id(other)] = all(
                p.kind in AREA_KINDS
                or _pair_km(p.lat, p.lon, pick.lat, pick.lon) <= SAME_SPOT_KM
                for p in other.candidates
            )
        weight = weights.neighbour_sole if sole else weights.neighbour
        pull = weight * sure * math.exp(-km / weights.neighbour_scale_km)
        if best is None or (pull, -km, pick.id) > (best[0], -best[1], best[2].id):
            best = (pull, km, pick)
    return best


def _sibling(name: _Name, container: Place) -> bool:
    """The name is also a region of the container's country ("Nevada" beside "Missouri"): then
    it is that region, not a town of the container that happens to share its name."""
    key = normalize_name(name.surface)
    return any(
        place.kind == "admin1"
        and place.country_code == container.country_code
        and key in (normalize_name(place.name), normalize_name(place.ascii_name))
        for place in name.candidates
    )


def _town_inside(area: Place, name: _Name, key: str) -> bool:
    """A town of the very name lies in the area ("Tokyo" the city in Tokyo the prefecture):
    the places of the sentence are in both, so holding them says nothing for the area."""
    return any(
        place.kind == "city"
        and place.id != area.id
        and key in (normalize_name(place.name), normalize_name(place.ascii_name))
        and _within(place, area)
        for place in name.candidates
    )


def _holds(area: Place, name: _Name) -> bool:
    """One of the likelier senses of ``name`` lies in ``area`` ("Scotland" holds Perth and
    Stirling of its sentence, whatever the thread's other places say)."""
    return any(weight >= 0.3 and _within(place, area) for place, weight in name.support)


def _within(place: Place, area: Place) -> bool:
    """In a country or state by its codes, in any other area known by a point within 150 km."""
    if area.kind in ("country", "admin1"):
        return place.lies_in(area)
    return _pair_km(place.lat, place.lon, area.lat, area.lon) < 150


def _decide(name: _Name, index: _Index, weights: Weights, gazetteer: Gazetteer) -> Resolution:
    """The final decision for one name, with confidence, alternatives and a readable reason."""
    if not name.candidates:
        return Resolution(name.mentions[0], None, 0.0, f"{name.surface}: not in the gazetteer")
    scored = _score(name, index, weights)
    exps = [math.exp(s) for s, _, _ in scored]
    total = sum(exps) + math.exp(weights.unresolved * weights.prior)
    best_score, best, evidence = scored[0]
    # A namesake on the same spot (Bodø the town and Bodø the municipality) does not contradict.
    agreeing = sum(
        e
        for e, (_, p, _) in zip(exps, scored, strict=True)
        if _pair_km(best.lat, best.lon, p.lat, p.lon) <= SAME_SPOT_KM
    )
    confidence = round(agreeing / total, 3)
    alternatives = tuple(p for _, p, _ in scored[1:4])
    if best_score < weights.unresolved * weights.prior:
        return Resolution(
            name.mentions[0],
            None,
            0.0,
            f"{name.surface}: no candidate fits ({len(scored)} weak ones)",
            alternatives,
        )
    if name.fuzzy is not None:
        confidence = round(confidence * name.fuzzy / 100, 3)
        evidence = [Evidence("spelling", best.name, name.fuzzy), *evidence]
    if name.after is not None:
        confidence = round(confidence * weights.named_after, 3)
        evidence = [Evidence("named after", name.after), *evidence]
    if name.short_of is not None:
        confidence = round(confidence * weights.named_after, 3)
        evidence = [Evidence("short form", name.short_of), *evidence]
    if name.quarter_of is not None:
        confidence = round(confidence * weights.named_after, 3)
        evidence = [Evidence("quarter", name.quarter_of)]
    if name.town_of is not None:
        confidence = round(confidence * weights.named_after, 3)
        evidence = [Evidence("in town", name.town_of)]
    if name.framed_by is not None:
        confidence = round(confidence * weights.named_after, 3)
        evidence = [Evidence("frame", name.framed_by)]
    reason = f"{name.surface} → {_label(best)}: " + "; ".join(
        _explain(item, best, len(scored), gazetteer) for item in evidence or [Evidence("prior")]
    )
    return Resolution(name.mentions[0], best, confidence, reason, alternatives)


def _label(place: Place) -> str:
    return f"{place.name}, {place.country_code}" if place.country_code else place.name


def _explain(item: Evidence, place: Place, count: int, gazetteer: Gazetteer) -> str:
    """The words of one piece of evidence: its template (``_EXPLANATIONS``), with a country or
    region code written as its name."""
    kind, subject = item.kind, item.subject
    if kind in ("country", "inferred", "border"):
        country = gazetteer.country(subject)
        subject = country.name if country else subject
    elif kind in ("admin", "admin-inferred"):
        cc, _, code = subject.partition(".")
        region = gazetteer.admin1(cc, code)
        subject = region.name if region else subject
    elif kind == "prior" and count == 1:
        kind = "only"
    population = f", population {place.population:,}" if place.population else ""
    return _EXPLANATIONS[kind].format(
        subject=subject, km=item.km or 0.0, kind=place.kind, count=count, population=population
    )


def _places(resolutions: Sequence[Resolution]) -> tuple[ResolvedPlace, ...]:
    """Distinct places in order of first mention, with counts and the commenters who named them."""
    grouped: dict[str, list[Resolution]] = defaultdict(list)
    for resolution in resolutions:
        if resolution.place is not None:
            grouped[resolution.place.id].append(resolution)
    places = []
    for group in grouped.values():
        first = max(group, key=lambda r: r.confidence)
        authors = tuple(
            dict.fromkeys(parse_author(r.mention.author).name for r in group if r.mention.author)
        )
        assert first.place is not None
        places.append(
            ResolvedPlace(
                place=first.place,
                confidence=first.confidence,
                reason=first.reason,
                alternatives=first.alternatives,
                mentions=len(group),
                authors=authors,
            )
        )
    return tuple(places)
