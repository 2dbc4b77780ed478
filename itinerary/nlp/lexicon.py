"""Word lists the place pass needs, read from the package's data files (``itinerary/nlp/data``).

They hold what neither the statistical model nor the gazetteer knows: which capitalised words are
calendar words or ordinary words that happen to name towns, which adjectives name a country's
people, which short forms name places, and which words around a name say that it is (or is not) a
place. Every list is keyed by lower-case form; ``words.json`` documents each list by its name.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from countryinfo import all_countries

_DATA = files("itinerary.nlp") / "data"


def _table(name: str) -> list[dict[str, str]]:
    """A TSV of the data folder (``#`` lines are comments), as rows keyed by the header."""
    lines = [
        line
        for line in (_DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [
        {key: (value or "").strip() for key, value in row.items()}
        for row in csv.DictReader(lines, delimiter="\t")
    ]


_WORDS: Mapping[str, Any] = json.loads((_DATA / "words.json").read_text(encoding="utf-8"))


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORDS[name])


MONTHS = _words("months")
WEEKDAYS = _words("weekdays")
# "Mon": a weekday's short form that names a place too (Mon State), a day only among days.
WEEKDAYS_THAT_NAME_PLACES = _words("weekdays_that_name_places")
HOLIDAYS = _words("holidays")
CALENDAR = MONTHS | WEEKDAYS | HOLIDAYS
# Capitalised words that are towns somewhere but are far more often ordinary English
# (sentence starts, headline case, "a Nice day"). They need place context to count.
ORDINARY_WORD_TOWNS = _words("ordinary_word_towns")
# Lower-case words and marks inside a place name: "Isle of Skye", "Rio de Janeiro".
NAME_CONNECTORS = _words("name_connectors")
# Words before a name that make it a place: "in Reading", "flew into Bergen", "north of Oslo".
# The weak ones also come before people: "according to Taylor", "a call from Jones".
PLACE_PREPOSITIONS = _words("place_prepositions")
WEAK_PLACE_PREPOSITIONS = _words("weak_place_prepositions")
PLACE_VERBS = _words("place_verbs")
# Words of travel that govern "to" and "from": "returns to Hampshire", "the drive from Oslo".
MOTION_WORDS = _words("motion_words")
# Words before an airport code that make it the airport once travel comes before them:
# "flew into BKK", "arriving at BOG", "home out of JTR".
CODE_PREPOSITIONS = _words("code_prepositions")
# Travel said without a verb, before an airport code only: "home out of JTR", "back from BKK".
CODE_TRAVEL_WORDS = _words("code_travel_words")
# "went up to X", "headed back to X", "then on to X": particles between travel and "to".
MOTION_PARTICLES = _words("motion_particles")
# Words of motion whose subject is often a thing, a message or someone else ("sent to X",
# "the complaint came from X"): no evidence for a name the gazetteer does not know.
MOTION_OF_THINGS = _words("motion_of_things")
# Verbs whose "for" names where one goes: "changed for Flåm", "left for Oslo", "swap a night in
# Fes for Moulay Idriss" (not "head": "heading to X for the festival").
FOR_DESTINATION_VERBS = _words("for_destination_verbs")
# "the town of Røros", "north of Bodø": nouns and directions that take a place after "of".
PLACE_OF_HEADS = _words("place_of_heads")
# Words after a name that make it a place: "the Trondheim area", "Oslo-based".
PLACE_AFTER = _words("place_after")
# Of those, the words that make a name the model calls a person's a family's: "the Jones family".
FAMILY_AFTER = _words("family_after")
# Capitalised words after a name that make the whole an address ("Oxford Street").
ADDRESS_WORDS = _words("address_words")
# Capitalised words after a name that make the whole an organisation or a building.
INSTITUTION_WORDS = _words("institution_words")
# Heads of names of buildings and private institutions, which are named after a place and
# say nothing of it ("Columbia University", "Cairo Stadium"), unlike a place's government.
NAMED_AFTER_HEADS = _words("named_after_heads")
# Words that make such a name a public service's ("Paris Public Library", "Kansas State
# University"), which news annotation counts as naming the place.
PUBLIC_NAME_WORDS = _words("public_name_words")
# Words that may follow a known name in a longer NER entity without changing the place.
GENERIC_NAME_WORDS = _words("generic_name_words")
# Evidence of a person: "Mrs Lincoln", "Lincoln, the president", "Linda said", "Thanks Linda".
PERSON_TITLES = _words("person_titles")
PERSON_NOUNS = _words("person_nouns")
# "my wife Charlotte", "our guide Florence": a person noun owned by the writer heads a name.
POSSESSIVES = _words("possessives")
SPEECH_VERBS = _words("speech_verbs")
# The verbs a place is the subject of ("Perast looks tiny", "Kotor gets crowded"); a name that is
# the subject of another ("Florence joined us", "Austin drove") acts as people do.
PLACE_SUBJECT_VERBS = _words("place_subject_verbs")
GREETINGS = _words("greetings")
# "Hello from", "Bonjour de", "Pozdrav iz": the word for "from" after a greeting.
GREETING_FROM_WORDS = _words("greeting_from_words")
SECOND_PERSON = _words("second_person")
# A reply that opens on a name and one of these speaks to that person: "Phoenix thanks!!",
# "Jordan no we didnt", "Sydney yes".
ADDRESS_OPENERS = _words("address_openers")
# Verbs said to a person right before the name: "ask Florence", "ask for Florence at the desk".
PERSON_VERBS = _words("person_verbs")
AWAITED_BEFORE = tuple(tuple(p.split()) for p in sorted(_words("awaited_before")))
# Adverbs between a list's joiner and its item: its order ("A first, then B and finally C")
# or a doubt about it ("A, B and maybe C").
ITEM_ADVERBS = _words("order_adverbs") | _words("list_hedges")
SOCIAL_VERBS = _words("social_verbs")  # a name as their object is a person's: "met Harper"
# After a person noun, these name a person: "a guide named Salem", "a lady called Florence".
NAMING_WORDS = _words("naming_words")
# A reply that opens on a commenter's name and one of these speaks to or as that commenter:
# "Savannah we split it", "Madison here btw", "Dallas did you drive it".
COMMENTER_OPENERS = _words("commenter_openers")
# What a commenter owns in a thread: "Orlando's plan", "Darwin's tip".
COMMENTER_POSSESSIONS = _words("commenter_possessions")
# What "is" says of a person, not of a place: "Madison is right about Ocean Springs".
PERSON_ADJECTIVES = _words("person_adjectives")
# "Me and Sydney did Kotor", "Victoria and I": a name joined to the writer is a companion.
COMPANION_PRONOUNS = _words("companion_pronouns")
# Evidence of a place a traveller stays at or moves along: "our base", "a day trip", "then X".
STAY_WORDS = _words("stay_words")
# A traveller's verdict on a place: "we loved X", "X is stunning" (a clue, not a rule: people are
# loved too).
EXPERIENCE_VERBS = _words("experience_verbs")
EXPERIENCE_ADJECTIVES = _words("experience_adjectives")
# How a place was: its weather, crowds, pace and prices ("X was rainy", "X gets busy", "X stays
# calm"); people are busy and cold too, so said only of a name no one bears.
PLACE_STATE_ADJECTIVES = _words("place_state_adjectives")
# What kind of place a name is, said with "is": "Lowell is an old mill town", "Tioman is a great
# island" (nouns of places, not of people or businesses: "Jordan is a guide", "X is a bar").
PLACE_KIND_NOUNS = _words("place_kind_nouns")
# Past forms no base form shares: the model tags a comment's "Took the bus to Cusco" (no "I")
# as a bare "VB", an order, where the word itself says it happened.
IRREGULAR_PAST = _words("irregular_past")
# Words that open a casual sentence before a name and never start one: "Thinking Palm Springs",
# "Loved Ubud tbh", "Honestly Kotor was packed" (the model glues them into the entity).
SENTENCE_OPENERS = _words("sentence_openers")
# Whether a place is worth going to, said right after its name: "Erice worth it?", "Is Sapa worth
# the night bus?", "is Ha Giang doable in four days?".
WORTH_WORDS = _words("worth_words")
# The same said of the name as the subject of "is": "X is a must", "X is a must-see" (a noun, or a
# word under the noun); "X is great for theatre" (an adjective with "for").
WORTH_NOUNS = _words("worth_nouns")
GOOD_FOR_ADJECTIVES = _words("good_for_adjectives")
# What makes a name a like of another place: "X is the quiet version of Y", "an alternative to Y".
COMPARISON_NOUNS = _words("comparison_nouns")
# Stay words only as nouns: "our last stop was X", not "tried to stop X".
STAY_NOUNS = _words("stay_nouns")
# Two words that say a stay or an outing only together: "a day trip", "for one night", "needs a
# full day", "a lovely afternoon out from Riga".
STAY_PAIRS = _words("stay_pairs")
NEAR_WORDS = _words("near_words")
ROUTE_WORDS = _words("route_words")
# Words after a name that opens its clause that say what the stop is for or when: "Elgol for
# the boat", "Piran for sunset", "Plockton at dusk".
VISIT_AFTER = tuple(tuple(phrase.split()) for phrase in sorted(_WORDS["visit_after"]))
# Words after a name that go on from it to the next stop: "Himeji and back to Osaka".
ROUTE_AFTER = tuple(tuple(phrase.split()) for phrase in sorted(_WORDS["route_after"]))
# The arrows of a route line ("OTP -> Brasov"; the tokenizer splits "->" in two).
ROUTE_ARROWS = _words("route_arrows")
# A nights count beside a stop of a list: "3N Tallinn", "4nts Riga", "Tartu x3", "Vilnius 2x"
# (the number, then a mark; or a times mark, then the number).
NIGHTS_MARKS = _words("nights_marks")
# A nights count said in two words after a stop of a compact plan: "Lima 2 nights > Paracas".
NIGHTS_WORDS = _words("nights_words")
TIMES_MARKS = _words("times_marks")
# A sentence that says a name is a trip ("X is an easy day trip from Y", "X makes a great
# day trip", "X is well worth a stop", "An easy day trip from Y is X"): the verbs that link the
# name to the trip, the words that head the trip, and the words between the two.
TRIP_VERBS = _words("trip_verbs")
TRIP_HEADS = _words("trip_heads")
# The heads that may be verbs: "X is easy to reach", not "X was unable to visit".
TRIP_HEAD_VERBS = _words("trip_head_verbs")
TRIP_FILLERS = _words("trip_fillers")
# "an hour away from us": a trip's end that is people.
PERSONAL_OBJECTS = _words("personal_objects")
# "Arches" for Arches National Park: words that say a sentence is about parks and nature, and
# the heads a park's name is said without (the resolver's list, itinerary/data/resolution.json).
NATURE_WORDS = _words("nature_words")
PARK_HEADS: tuple[str, ...] = tuple(
    json.loads((files("itinerary") / "data" / "resolution.json").read_text(encoding="utf-8"))[
        "park_short_forms"
    ]
)
# "the Great Ocean", "the Icefields": a scenic route said without its head ("Highway").
ROUTE_HEADS: tuple[str, ...] = tuple(
    json.loads((files("itinerary") / "data" / "resolution.json").read_text(encoding="utf-8"))[
        "route_short_forms"
    ]
)
# "Day 3: X", "Night 2 - X": a day list's label before a stop.
DAY_LABEL_WORDS = _words("day_label_words")
# What opens a line of a list: a bullet ("- Kandy", "* Nikko") or a number and its mark ("3. Porto",
# "12) Marfa").
LIST_BULLETS = _words("list_bullets")
LIST_NUMBER_MARKS = _words("list_number_marks")
# Words that make a name a feature or a sight whatever the name is ("Bodmin Pass", "Whitby
# beach", "Valley of Desolation"), after it, or before it ("Lake Como", "Mount Cook"); the ones that
# are also surnames ("Jae Park") not when the model calls the whole a person.
FEATURE_HEADS = _words("feature_heads")
FEATURE_HEADS_FIRST = _words("feature_heads_first")
# Heads that make a feature only written in lower case after the name ("the Bolaven plateau",
# "the Mekong river", "Galle fort"): capitalised, they end the names of towns ("Hood River",
# "Castle Hill"), which the gazetteer holds as such.
FEATURE_HEADS_LOWER = _words("feature_heads_lower")
# Heads of buildings a traveller visits ("the Tile Museum", "St. Nicholas Church"); news
# annotation does not count buildings (the matcher's ``buildings`` setting).
BUILDING_HEADS = _words("building_heads")
FEATURE_HEADS_OF_PEOPLE = _words("feature_heads_of_people")
# Heads that make a sight only as a capitalised part of its name ("Nishiki Market", "the Latin
# Quarter", "Old Town"), not written after a town ("Valencia town", "the Valencia market").
FEATURE_HEADS_TITLED = _words("feature_heads_titled")
# Japanese and Nordic names carry their head as a suffix: "Todaiji", "Rinno-ji", "Koraku-en",
# "Gullfoss". The hyphenated ones, and the joined ones with the shortest name each may follow.
FEATURE_SUFFIXES = _words("feature_suffixes")
FEATURE_SUFFIXES_JOINED: Mapping[str, int] = {
    suffix: int(letters)
    for suffix, letters in _WORDS["feature_suffixes_joined"].items()
    if not suffix.startswith("_")
}
# Heads of sights named after a saint or a god, not after the place they stand in
# ("San Marco Monastery" is not at a village called San Marco).
SACRED_HEADS = _words("sacred_heads")
# Words before a church's head that make it a body, not a building: "the Catholic Church",
# "First Baptist Church".
DENOMINATIONS = _words("denominations")
# Words before a head that make the whole a ticket: "Japan Rail Pass", "JR Pass".
TICKET_WORDS = _words("ticket_words")

# Names of places before which a capitalised word makes the whole a business ("Riad Fes",
# "Hotel Split"); short capitals that are words, not codes ("OK", "IN"); demonyms that also
# name a big place ("Brits", a town in South Africa): never dropped outright, they need context.
BUSINESS_HEADS = _words("business_heads")
# After a name: "the Shinano line", "Furama Resort"; before "at the": "we stayed at the Furama".
BUSINESS_AFTER = _words("business_after")
# A train's or a line's name is no place, though the gazetteer may hold it ("the Flåm Railway").
TRAIN_WORDS = _words("train_words")
# Things named after where they come from: "Delft pottery", "Kona coffee".
PRODUCT_AFTER = _words("product_after")
# "Hunter Valley wine tour", "Kona coffee farm": the product's place visited, no thing.
PRODUCT_VISITS = _words("product_visits")
LODGING_VERBS = _words("lodging_verbs")
CAPITALS_THAT_ARE_WORDS = _words("capitals_that_are_words")
DEMONYMS_THAT_NAME_PLACES = _words("demonyms_that_name_places")

# People's names, the US census's commonest first names and surnames (``people_names.txt``,
# its header says which): many towns are people's names too ("Preston", "Ross", "Savannah",
# "Dunbar"), and such a name needs more than nearness to the thread's towns; the rarer ones
# that are mostly towns ("Kandy", "Keswick") stay out of the list.
PEOPLE_NAMES = frozenset(
    line.strip()
    for line in (_DATA / "people_names.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)

# Short forms that are names as written ("NYC", "QLD"): case-sensitive.
ABBREVIATIONS = frozenset(row["abbreviation"] for row in _table("abbreviations.tsv"))

# AP-style abbreviations of US states and Canadian provinces, as news datelines write them
# after a town ("Alexandria, Va."); the full name lets the resolver look them up.
STATE_ABBREVIATIONS: Mapping[str, str] = {
    row["abbreviation"]: row["name"] for row in _table("state_abbreviations.tsv")
}


@dataclass(frozen=True, slots=True)
class Demonym:
    """The place a people-adjective points to, and the countries it hints at."""

    place: str  # a name the gazetteer knows: "Norway", "Scandinavia", "Europe"
    countries: tuple[str, ...]  # ISO 3166 alpha-2 codes; empty for continents


@cache
def country_names() -> frozenset[str]:
    """Every country's name and other spellings (countryinfo), lower case: never a demonym."""
    names: set[str] = set()
    for country in all_countries():
        names.add(country.name().lower())
        names.update(spelling.lower() for spelling in country.alt_spellings() or ())
    return frozenset(names)


def _demonyms() -> dict[str, Demonym]:
    """countryinfo's demonym of each country, then the variants and regions of demonyms.tsv.
    Plurals in -s are added ("Norwegians") unless one is a country's name ("Philippines"); a
    word that also names a country or a big place ("Somali", a region of Ethiopia) is left
    out: the filter drops demonyms outright, places need their context weighed."""
    table: dict[str, Demonym] = {}
    for country in all_countries():
        word, code = country.demonym(), country.iso(2)
        if word and code and word.lower() != country.name().lower():
            for form in re.split(r"\s*(?:,|\bor\b)\s*", word.lower()):
                if form:
                    table.setdefault(form, Demonym(country.name(), (code,)))
    plain: dict[str, Demonym] = {}
    for row in _table("demonyms.tsv"):
        codes = row["countries"]
        demonym = Demonym(row["place"], tuple(codes.split()) if codes != "-" else ())
        for word in (w.strip() for w in row["demonyms"].split(",")):
            plain[word] = demonym
    table.update(plain)
    countries = country_names()
    for word, demonym in list(table.items()):
        plural = word + "s"
        if (
            not word.endswith(("ese", "ish", "ch", "sh", "s", "!"))
            and plural not in countries
        ):
            table.setdefault(plural, demonym)  # "Norwegians", "Israelis"
    also_places = countries | DEMONYMS_THAT_NAME_PLACES
    return {
        word.rstrip("!"): demonym
        for word, demonym in table.items()
        if word.rstrip("!") not in also_places
    }


DEMONYMS: Mapping[str, Demonym] = _demonyms()


def _demonym_pattern() -> re.Pattern[str]:
    # Capitalised as written in running text ("South Korean"), longest first.
    forms = sorted((" ".join(w.capitalize() for w in key.split()) for key in DEMONYMS), key=len)
    alternatives = "|".join(re.escape(form) for form in reversed(forms))
    # Every form opens with a capital: the lookahead spares the alternation most positions.
    return re.compile(rf"(?<!\w)(?=[A-Z])(?:{alternatives})(?!\w)")


_DEMONYM_PATTERN = _demonym_pattern()


def find_demonyms(text: str) -> list[tuple[int, int, Demonym]]:
    """Every capitalised demonym in ``text`` with its offsets: a text-only view of the hints."""
    return [
        (m.start(), m.end(), DEMONYMS[m.group().lower()]) for m in _DEMONYM_PATTERN.finditer(text)
    ]
