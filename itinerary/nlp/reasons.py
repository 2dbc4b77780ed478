"""The one vocabulary of why a name is, or is not, a place (``itinerary --explain``, the report).

``Evidence`` names the rule that made a name a place (``Mention.evidence``); ``Rejection`` why a
name that looked like a place (the gazetteer knows it, or the model called it GPE or LOC) is not
one (``Rejected.reason``). The values are stable strings of the JSON report and its schema, each
explained in docs/nlp.md; the components record them where they decide (the matcher's evidence
rules also read its own evidence back: what spreads to namesakes). Imports without spaCy.
"""

from __future__ import annotations

from enum import StrEnum


class Evidence(StrEnum):
    """Why a name is a place: the first rule of the matcher (or the thread pass) that said so."""

    ENTITY = "entity"
    AIRPORT = "airport"
    AIRPORT_CODE = "airport code"
    FEATURE = "feature"
    IN_ORGANISATION = "in organisation"
    DAY_LIST = "day list"
    TRIP_SENTENCE = "trip sentence"
    TRAVEL_WORD = "travel word"
    PLACE_WORD = "place word"
    WEAK_PLACE_WORD = "weak place word"
    WORD_AFTER = "word after"
    DATELINE = "dateline"
    HOMETOWN = "hometown"
    QUALIFIER = "qualifier"
    BIG_PLACE = "big place"
    PARK_SHORT_FORM = "park short form"
    ROUTE_SHORT_FORM = "route short form"
    LIST = "list"
    SAME_NAME = "same name"
    CLUES = "clues"
    THREAD_NAME = "same name in thread"
    THREAD_CLUES = "clues in thread"


class Rejection(StrEnum):
    """Why a name that looked like a place is not one."""

    AUTHOR = "author"
    CALENDAR = "calendar"
    KIND = "kind"
    DEMONYM = "demonym"
    PERSON_NAME = "person name"
    ORDINARY_WORD = "ordinary word"
    PERSON_ADDRESS = "person: address"
    PERSON_TITLE = "person: title"
    PERSON_APPOSITION = "person: apposition"
    PERSON_SPEECH = "person: speech"
    PERSON_COMPANION = "person: companion"
    ADDRESS = "address"
    INSTITUTION = "institution"
    BUSINESS = "business"
    PRODUCT = "product"
    ORGANISATION = "organisation name"
    ENTITY = "inside an entity"
    ACRONYM = "acronym"
    CODE = "code"
    FEW_CLUES = "too few clues"
    NO_EVIDENCE = "no evidence"


def person(cue: str) -> Rejection:
    """The rejection of a name in a person's position, by the matcher's person clue
    (``context.person_cue``: "address", "title", "apposition", "speech", "companion")."""
    return Rejection(f"person: {cue}")
