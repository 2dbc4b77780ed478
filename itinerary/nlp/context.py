"""What the words around a name say about it: the evidence both place components weigh.

Each function looks at one span in its Doc and answers one question; none needs the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import pairwise
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from gazetteer import normalize_name
from itinerary.nlp import wordcase
from itinerary.nlp.authors import banned_names, handle_names
from itinerary.nlp.extensions import doc_text
from itinerary.nlp.lexicon import (
    ADDRESS_OPENERS,
    ADDRESS_WORDS,
    AWAITED_BEFORE,
    BUILDING_HEADS,
    BUSINESS_AFTER,
    BUSINESS_HEADS,
    CODE_PREPOSITIONS,
    CODE_TRAVEL_WORDS,
    COMMENTER_OPENERS,
    COMMENTER_POSSESSIONS,
    COMPANION_PRONOUNS,
    COMPARISON_NOUNS,
    DAY_LABEL_WORDS,
    EXPERIENCE_ADJECTIVES,
    EXPERIENCE_VERBS,
    FAMILY_AFTER,
    FEATURE_HEADS,
    FOR_DESTINATION_VERBS,
    GOOD_FOR_ADJECTIVES,
    GREETING_FROM_WORDS,
    GREETINGS,
    INSTITUTION_WORDS,
    IRREGULAR_PAST,
    ITEM_ADVERBS,
    LIST_BULLETS,
    LIST_NUMBER_MARKS,
    LODGING_VERBS,
    MONTHS,
    MOTION_PARTICLES,
    MOTION_WORDS,
    NAME_CONNECTORS,
    NAMED_AFTER_HEADS,
    NAMING_WORDS,
    NATURE_WORDS,
    NEAR_WORDS,
    NIGHTS_MARKS,
    NIGHTS_WORDS,
    PEOPLE_NAMES,
    PERSON_ADJECTIVES,
    PERSON_NOUNS,
    PERSON_TITLES,
    PERSON_VERBS,
    PERSONAL_OBJECTS,
    PLACE_AFTER,
    PLACE_KIND_NOUNS,
    PLACE_OF_HEADS,
    PLACE_PREPOSITIONS,
    PLACE_STATE_ADJECTIVES,
    PLACE_SUBJECT_VERBS,
    PLACE_VERBS,
    POSSESSIVES,
    PRODUCT_AFTER,
    PRODUCT_VISITS,
    PUBLIC_NAME_WORDS,
    ROUTE_AFTER,
    ROUTE_ARROWS,
    ROUTE_WORDS,
    SECOND_PERSON,
    SENTENCE_OPENERS,
    SOCIAL_VERBS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    STAY_NOUNS,
    STAY_PAIRS,
    STAY_WORDS,
    TIMES_MARKS,
    TRIP_FILLERS,
    TRIP_HEAD_VERBS,
    TRIP_HEADS,
    TRIP_VERBS,
    VISIT_AFTER,
    WEAK_PLACE_PREPOSITIONS,
    WEEKDAYS,
    WORTH_NOUNS,
    WORTH_WORDS,
)
from itinerary.readers.authors import SIGNED_LINE

# Tokens that join the items of a list or a route: "Oslo, Bergen and Ålesund", "A - B - C"
# (with any dash or a tilde), "A -> B", "A => B", "uganda + rwanda".
LIST_JOINERS = frozenset({",", "\u2013", "\u2014", "-", "~", "->", "=>", "\u2192", ">", "and", "or",
                          "&", "/", "to", "then", "+"})
_DETERMINERS = frozenset({"the"})
# Words between the names a question offers as choices, and how many words may stand on either
# side of the one weighed.
ALTERNATIVES = frozenset({",", "or", "/", "vs", "vs.", "versus"})
_VERSUS = frozenset({"vs", "vs.", "versus"})
_ALTERNATIVE_WORDS = 8
# "Orlando's plan", "Japan's Tohoku", "Wales' coast": the marks of a possessive after a name.
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
_ABBREVIATION = re.compile(r"(?:[A-Za-z]{1,4}\.)+[A-Za-z]{1,4}")  # "U.S", "W.Va", "D.C"
_SEPARATORS = frozenset({",", ";", "|", "(", ")", "/"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})
_DAY_MARKS = frozenset({":", "-", "\u2013", "\u2014", ".", ")"})
# What stands between the items of a day's list: "Schwabing, Nymphenburg", "Haidhausen (!), Dachau".
_ITEM_JOINERS = frozenset({",", "and", ")", "!"})
_ITEM_STOPS = frozenset({".", ";", "?"})
_LIST_OPENERS = frozenset({":", "("})
# What a place has and a person does not: "X has a crater lake", "X has a fine cathedral".
_PLACE_THINGS = frozenset(
    word.lower() for word in (*FEATURE_HEADS, *BUILDING_HEADS) if " " not in word
)
# How the parser hangs the adjective of a linking verb ("is cold", "was quieter", "seemed sleepy").
_COMPLEMENTS = frozenset({"acomp", "attr", "oprd"})
# What may stand before a name that opens a clause without a verb: "Piran for sunset, Izola for
# dinner", "(Shieldaig for sunset)".
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "-", "\u2013", "\u2014"})
# A day list's line opens with a day ("Day 3", "Night 2") or a date ("Feb 8-10").
_DAY_LABELS = DAY_LABEL_WORDS | MONTHS
_DAY_NUMBERS = re.compile(r"\d{1,2}(?:[-\u2013]\d{1,2})?")  # "3", "7-8" (also with an en dash)
_NIGHTS_AFTER = "|".join(map(re.escape, NIGHTS_MARKS))
_TIMES_BEFORE = "|".join(map(re.escape, TIMES_MARKS))
_NIGHTS_COUNT = re.compile(rf"\d{{1,2}}(?:{_NIGHTS_AFTER})|(?:{_TIMES_BEFORE})\d{{1,2}}", re.I)

# What may open a list's line before its name: a bullet, then a number and its mark, a day
# label ("Day 5:", "Night 2 -"), a weekday ("Fri -") or a date ("July 4 -", "12 Jul:").
_MARK = r"\s*[:.)\-\u2013\u2014]"
_NUMBER_MARKS = "|".join(map(re.escape, LIST_NUMBER_MARKS))
_BULLETS = "|".join(map(re.escape, LIST_BULLETS))
_LABELS = "|".join(DAY_LABEL_WORDS)
_WEEKDAY_WORDS = "|".join(WEEKDAYS)
_MONTH_WORDS = "|".join(MONTHS)
_DAY_MARKER = (
    rf"\d{{1,2}}\s*(?:{_NUMBER_MARKS})"
    rf"|(?:{_LABELS})\s*\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?{_MARK}?"
    rf"|(?:{_WEEKDAY_WORDS})\.?{_MARK}"
    rf"|(?:{_MONTH_WORDS})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?{_MARK}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s*(?:{_MONTH_WORDS})\.?{_MARK}"
)
_LIST_MARKER = re.compile(
    rf"\s*(?:(?:{_BULLETS})\s*(?:{_DAY_MARKER})?|{_DAY_MARKER})\s*",
    re.IGNORECASE,
)
# "(4 nights)", "(2n)" after a stop on its line.
_STAY_BRACKET = re.compile(
    rf"\s*\(\s*\d{{1,2}}\s*(?:nights?|{_NIGHTS_AFTER})\s*\)\s*",
    re.IGNORECASE,
)
_PAST_LETTERS = 5  # "Walked", "Hiked"; not "Red" (Red Deer) nor "Bled"
_NAME_RUN = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
_VIA_BEFORE = re.compile(rf"{_NAME_RUN}\s+via\s+$")
_VIA_AFTER = re.compile(rf"\s+via\s+{_NAME_RUN}\s*")
# Words that link travel to a place after them, and how many particles ("up", "back", "on")
# or prepositions ("the drive from Oslo to Geilo") may stand between the two.
_MOTION_PREPOSITIONS = frozenset({"to", "from", "toward", "towards", "onto"})
_MOTION_REACH = 3
_LIST_CONNECTORS = frozenset({"and", "&", "'s", "\u2019s", "on"})  # join names, not words of one
_ADJECTIVES = 2  # "a rented red Skoda"
_PHRASE_ENDERS = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "VERB", "PART", "PRON", "DET", "ADV"})
_ELIDED = re.compile(r"[a-z]{1,4}['\u2019][A-Z]\w")  # "n'Tichka", "d'Orsay", "dell'Orto"
# A list's or a route's marks the model may take into an entity: "+ kyoto", "Ninh Binh >".
_MARKS_AROUND = frozenset({"+", ">", "->", "\u2192", "=>", "&", "/"})
_DATELINE_MARKS = frozenset({",", "\u2014", "\u2013", "-", "--", "(", ":"})
_OWNER_REACH = 2  # words between a possessive and its person noun: "our local Kruger guide"
_DATELINE_REGION_WORDS = 3  # "GAINESVILLE, Fla. —", "Oslo, Vestfold og Telemark ("
# Words between "X is" and the trip it is ("an easy", "well worth a", "about two").
_TRIP_FILLER_TAGS = frozenset({"ADV", "ADJ", "DET", "NUM", "PART"})


def is_name_word(token: Token) -> bool:
    """A word that can be part of a proper name as written: capitalised, has a letter; or a
    capitalised word behind an elided particle ("n'Tichka", "d'Orsay", "l'Aquila")."""
    text = token.text
    if text[:1].isupper():
        return text.isalpha() or any(char.isalpha() for char in text)
    return ("'" in text or "\u2019" in text) and _ELIDED.match(text) is not None


_NAME_WORDS: WeakKeyDictionary[Doc, list[bool]] = WeakKeyDictionary()


def name_words(doc: Doc) -> list[bool]:
    """``is_name_word`` of each token of ``doc``, read once per Doc (it reads a token's text
    alone): the matcher asks it of every token in several passes."""
    found = _NAME_WORDS.get(doc)
    if found is None:
        found = _NAME_WORDS[doc] = [is_name_word(token) for token in doc]
    return found


def previous_word(span: Span, skip: Collection[str] = _DETERMINERS) -> Token | None:
    """The token before the span, stepping over an article ("in the Hague")."""
    doc = span.doc
    for i in range(span.start - 1, -1, -1):
        token = doc[i]  # one Token a step: ``doc[i]`` makes a new one every time
        if not (token.lower_ in skip or token.is_space):
            return token
    return None


def next_word(span: Span) -> Token | None:
    doc = span.doc
    for i in range(span.end, len(doc)):
        token = doc[i]
        if not token.is_space:
            return token
    return None


def name_goes_on(span: Span) -> Token | None:
    """The word after the span on the same line, which may carry its name on ("Oxford
    Street"); None at a line's end: a heading's or a day list's name ("Day 1 - Hanoi") is not
    continued by the first word of the next line ("Street food ...", "Hotel near ...")."""
    after = next_word(span)
    if after is None or "\n" in span[-1].whitespace_:
        return None
    return None if any("\n" in t.text for t in span.doc[span.end : after.i]) else after


def place_word_before(span: Span, *, weak: bool = True, verbs: bool = True) -> bool:
    """"in Reading", "flew into Bergen", "visited Oslo" (with ``verbs``), "the town of Røros",
    "north of Bodø"; with ``weak``, also words that come before people too: "to Trondheim",
    "from Oslo"."""
    before = previous_word(span)
    if before is None:
        return False
    word = before.lower_
    if word in PLACE_PREPOSITIONS or (verbs and word in PLACE_VERBS):
        return True
    if word == "of":
        head = previous_word(before.doc[before.i : before.i + 1])
        return head is not None and head.lower_ in PLACE_OF_HEADS
    return weak and word in WEAK_PLACE_PREPOSITIONS


def done_as_trip(span: Span) -> bool:
    """"We did St Ives in June", "we did Kandy as a day trip": the name is what "do" does, right
    after it (not "How did Lincoln get ...", where the name is the subject)."""
    before = previous_word(span, skip=())
    return (
        before is not None
        and before.lemma_ == "do"
        and before.pos_ == "VERB"
        and span.root.dep_ == "dobj"
        and span.root.head.i == before.i
    )


def motion_before(span: Span) -> bool:
    """"returns to Hampshire", "a flight from Oslo", "went up to X", "the drive from A to X":
    a "to" or "from" that travel governs, through the particles and prepositions between
    (``motion_particles``); or a route's verbless "then on to X"."""
    return motion_word(span) is not None


def motion_word(span: Span) -> Token | None:
    """The word of travel that governs the "to" or "from" before the span (see
    ``motion_before``): "went" in "went up to X", "on" in "then on to X", "bus" in "took the
    bus to X"."""
    before = previous_word(span)
    if before is not None and before.lower_ == "for":
        # "changed for X"; "swap a night in Fes for X": up from the object to its verb.
        verb = before.head
        for _ in range(_MOTION_REACH):
            if verb.pos_ not in ("NOUN", "PROPN", "ADP") or verb.head.i == verb.i:
                break
            verb = verb.head
        return verb if verb.lemma_.lower() in FOR_DESTINATION_VERBS else None
    if before is None or before.lower_ not in _MOTION_PREPOSITIONS:
        return None
    head = before.head
    for _ in range(_MOTION_REACH):
        if head.lower_ not in MOTION_PARTICLES and head.lower_ not in _MOTION_PREPOSITIONS:
            break
        if head.lower_ in MOTION_PARTICLES and _route_before(head):
            return head  # a route's step, verb or none: "then on to Page", "and then back to X"
        if head.head.i == head.i:
            return None
        head = head.head
    if head.i == before.i:
        return None
    if head.lemma_.lower() in MOTION_WORDS:
        return head
    # "took the bus to Voss", "caught a ferry from Split": the vehicle is the verb's object.
    return next(
        (t for t in head.children if t.dep_ == "dobj" and t.lemma_.lower() in MOTION_WORDS),
        None,
    )


def _route_before(token: Token) -> bool:
    """A route word or a list's joiner right before ``token``: "then on", ", on"."""
    before = previous_word(token.doc[token.i : token.i + 1], skip=())
    return before is not None and (before.lower_ in ROUTE_WORDS or before.lower_ in LIST_JOINERS)


def arrow_beside(span: Span) -> bool:
    """"OTP -> Brasov", "Sibiu \u2192 OTP": a route line's arrow between the span and a name
    ("the CEO -> the board" is no route)."""
    doc = span.doc
    for step in (-1, 1):
        i = span.start - 1 if step < 0 else span.end
        if step > 0 and i < len(doc) and doc[i].text == "-":
            i += 1  # "- >": the tokenizer's halves of "->"
        if not 0 <= i < len(doc) or doc[i].text not in ROUTE_ARROWS:
            continue
        i += step
        if step < 0 and i >= 0 and doc[i].text == "-":
            i -= 1
        if 0 <= i < len(doc) and is_name_word(doc[i]):
            return True
    return False


def after_the(span: Span) -> bool:
    """The name follows "the" ("the Clachaig", "the Jacobite")."""
    before = previous_word(span, skip=())
    return before is not None and before.lower_ == "the"


# Particles between a business's head and the place it is named after ("Hotel de la Paix",
# "Kasbah du Toubkal"), written in lower case.
_BUSINESS_PARTICLES = NAME_CONNECTORS - {"and", "&", "on", "upon", "-", "'", "'s", "\u2019s"}


def business(span: Span) -> bool:
    """The name is a business's or a train's: "Riad Fes", "Hotel Split", "the Kasbah du
    Toubkal", "the Shinano line", "we stayed at the Furama" (a lodging verb, "at" or "in", then
    "the")."""
    before = previous_word(span, skip=_BUSINESS_PARTICLES)
    if before is not None and is_name_word(before) and before.lower_ in BUSINESS_HEADS:
        return True
    after = name_goes_on(span)
    if after is not None and after.lower_ in BUSINESS_AFTER:
        return True
    if before is None or before.lower_ != "the":
        return False
    words = [t.lower_ for t in span.doc[max(0, before.i - 3) : before.i]]
    return len(words) >= 2 and words[-1] in ("at", "into") and bool(LODGING_VERBS & set(words))


def product(span: Span) -> bool:
    """The name is a thing's, named after where it comes from: "Delft pottery", "Kona
    coffee" (``product_after``, written in lower case); not where a visit's word follows the
    thing ("Hunter Valley wine tour", "Kona coffee farm": ``product_visits``)."""
    after = next_word(span)
    if after is None or not after.text.islower() or after.lower_ not in PRODUCT_AFTER:
        return False
    doc = span.doc
    visit = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return visit is None or visit.lower_ not in PRODUCT_VISITS


def indefinite(span: Span) -> bool:
    """The name heads a noun phrase with "a" or "an", adjectives at most between: a kind or a
    thing ("a rented Skoda", "a Hopi Tribal Park"), not a place. A name that modifies what
    follows is still one ("a Kyoto day trip", "a Texas-based firm", "a Lake Harriet pupil"):
    the phrase must end with the name."""
    after = next_word(span)
    if after is not None and not _phrase_ends(after):
        return False
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "ADJ" and span.start - i <= _ADJECTIVES:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in ("a", "an")


def _phrase_ends(token: Token) -> bool:
    """The token cannot continue a noun phrase: a punctuation mark (not a hyphen), a
    preposition, a conjunction, a verb; untagged (no model), a function word."""
    if token.is_punct:
        return token.text not in ("-", "\u2013")
    if token.pos_:
        return token.pos_ in _PHRASE_ENDERS
    return token.is_stop


def travel_before(span: Span, reach: int = 3) -> bool:
    """"flew into BKK", "our flight from SFO", "arriving at BOG", "leaving from CTG", "home
    out of JTR": a code preposition right before the span, and a word of travel or a place verb
    at most ``reach`` words before that (no parse needed)."""
    before = previous_word(span)
    if before is None:
        return False
    phrase = before.lower_
    if phrase == "of" and before.i > 0 and span.doc[before.i - 1].lower_ == "out":
        before, phrase = span.doc[before.i - 1], "out of"
    if phrase not in CODE_PREPOSITIONS:
        return False
    words = span.doc[max(0, before.i - reach) : before.i]
    return any(
        t.lower_ in MOTION_WORDS
        or t.lemma_.lower() in MOTION_WORDS
        or t.lower_ in PLACE_VERBS
        or t.lower_ in CODE_TRAVEL_WORDS
        for t in words
    )


def place_word_after(span: Span) -> bool:
    """"the Trondheim area", "Oslo-based", "Bergen airport"; a count of nights right after it
    ("Nice 4n", "Split x2"): a stop of a route line."""
    if nights_after(span):
        return True
    after = next_word(span)
    if after is not None and after.text in ("-", "\u2013"):
        after = next_word(span.doc[after.i : after.i + 1])
    return after is not None and after.lower_ in PLACE_AFTER


def nights_after(span: Span) -> bool:
    """A count of nights right after the name: "Nice 4n", "Split x2", or in two words where
    the plan goes on after it ("Lima 2 nights > Paracas", "Sibiu 1 night, then Cluj"), or in
    brackets ("Vilnius (3n), Kaunas (1n)", "Tartu (2 nights)")."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].text == "(":
        i += 1
        count = 1 if nights_count(doc[i]) else nights_words(doc, i)
        return count > 0 and i + count < len(doc) and doc[i + count].text == ")"
    return i < len(doc) and (nights_count(doc[i]) or nights_words(doc, i) > 0)


def nights_words(doc: Doc, i: int) -> int:
    """How many words a nights count said in two words takes at ``i`` (2 or 0): a number, a
    word of ``nights_words``, then a mark, a list's word or the end of the line, not more words
    of the sentence ("2 nights >", "1 night, then"; not "3 nights ago")."""
    if i + 1 >= len(doc) or not doc[i].like_num or doc[i + 1].lower_ not in NIGHTS_WORDS:
        return 0
    after = doc[i + 2] if i + 2 < len(doc) else None
    ends = after is None or not after.is_alpha or after.lower_ in LIST_JOINERS
    return 2 if ends else 0


def family_word_after(span: Span) -> bool:
    """"the Jones family": a word after the name that makes a surname of it."""
    after = next_word(span)
    return after is not None and after.lower_ in FAMILY_AFTER


def address(span: Span) -> bool:
    """The span starts a street name: "Oxford Street", "Dublin Road"."""
    after = name_goes_on(span)
    return after is not None and is_name_word(after) and after.lower_.rstrip(".") in ADDRESS_WORDS


def street_name(span: Span) -> bool:
    """The span is a street's name: "North Street", "Indian Lake Road", "Memphis St."."""
    return len(span) > 1 and span[-1].lower_.rstrip(".") in ADDRESS_WORDS


def institution_word(span: Span) -> bool:
    """The span is one word that heads names of organisations, businesses or streets
    ("University", "Riad")."""
    return len(span) == 1 and span[0].lower_ in INSTITUTION_WORDS | ADDRESS_WORDS | BUSINESS_HEADS


def inside_longer_name(span: Span) -> bool:
    """The span is part of an organisation's or a building's name: "Georgia Tech", "Edmonton
    Police", "University of Georgia", "Bank of America"."""
    after = name_goes_on(span)
    if after is not None and is_name_word(after) and after.lower_ in INSTITUTION_WORDS:
        return True
    before = previous_word(span, skip=())
    if before is not None and before.lower_ == "of":
        head = previous_word(before.doc[before.i : before.i + 1], skip=())
        return head is not None and is_name_word(head) and head.lower_ in INSTITUTION_WORDS
    return False


def named_after(span: Span, reach: int = 5) -> bool:
    """The span opens the name of a building or a private institution ("Columbia University",
    "Cairo Stadium", "Drayton Hall Elementary School"): the capitalised run after it ends in a
    word of ``named_after_heads`` and has no word of a public service's name
    (``public_name_words``: "Paris Public Library", "Kansas State University"). Such names
    borrow a place's name; a government's or a service's ("Ohio Department of Health",
    "Alexandria Police") speak for the place."""
    words = []
    for token in span.doc[span.end : span.end + reach]:
        if not is_name_word(token):
            break
        words.append(token.lower_)
    if not words or PUBLIC_NAME_WORDS.intersection(words):
        return False
    last = words[-1]
    return last in NAMED_AFTER_HEADS or (last.endswith("s") and last[:-1] in NAMED_AFTER_HEADS)


def state_abbreviation_at(span: Span, i: int) -> Span | None:
    """An AP-style state abbreviation starting at token ``i`` ("Va.", "W. Va."), as a span."""
    doc = span.doc
    for length in (2, 1):
        if i + length <= len(doc):
            candidate = doc[i : i + length]
            if candidate.text.lower() in STATE_ABBREVIATIONS:
                return candidate
    return None


def comma_then(span: Span) -> int | None:
    """Index of the first word after ", " that follows the span ("Reading, England")."""
    after = next_word(span)
    if after is None or after.text != ",":
        return None
    following = next_word(span.doc[after.i : after.i + 1])
    return following.i if following is not None else None


def joined_neighbours(span: Span) -> tuple[int | None, int | None]:
    """Token indexes where the list items before and after the span end and start, if any; a
    run of joiners counts as one ("A, and then B", "A - > B"), an adverb of order beside it too
    ("A first, then B", "B and finally C"), and an item's count is part of the item ("Vancouver
    3, Victoria 2", "Split (2), Makarska (1)")."""
    doc = span.doc
    left = right = None
    before = previous_word(span, skip=())
    if before is not None and before.lower_ in ITEM_ADVERBS:  # "A and finally B"
        joiner = previous_word(doc[before.i : before.i + 1], skip=())
        before = joiner if joiner is not None and joiner.lower_ in LIST_JOINERS else before
    if before is not None and before.lower_ in LIST_JOINERS:
        item: Token | None = before
        while item is not None and item.lower_ in LIST_JOINERS:
            item = previous_word(doc[item.i : item.i + 1], skip=_DETERMINERS)
        if item is not None and item.lower_ in ITEM_ADVERBS:  # "A first, then B"
            item = previous_word(doc[item.i : item.i + 1], skip=())
        if item is not None and item.text == ")" and item.i >= 2 and _counted(doc[item.i - 1]) \
                and doc[item.i - 2].text == "(":  # "Split (2), Makarska (1)"
            item = previous_word(doc[item.i - 2 : item.i - 1], skip=())
        elif item is not None and _counted(item):  # a day list: "Vancouver 3, Victoria 2"
            item = previous_word(doc[item.i : item.i + 1], skip=())
        left = item.i + 1 if item is not None else None
    after = next_word(span)
    if after is not None and after.text == "(" and after.i + 2 < len(doc) \
            and _counted(doc[after.i + 1]) and doc[after.i + 2].text == ")":
        after = next_word(doc[after.i + 2 : after.i + 3])
    elif after is not None and _counted(after):
        after = next_word(doc[after.i : after.i + 1])
    if after is not None and after.lower_ in ITEM_ADVERBS:  # "A first, then B"
        joiner = next_word(doc[after.i : after.i + 1])
        after = joiner if joiner is not None and joiner.lower_ in LIST_JOINERS else after
    if after is not None and after.lower_ in LIST_JOINERS:
        item = after
        while item is not None and item.lower_ in LIST_JOINERS:
            item = next_word(doc[item.i : item.i + 1])
        while item is not None and (item.lower_ in _DETERMINERS or item.lower_ in ITEM_ADVERBS):
            item = next_word(doc[item.i : item.i + 1])
        right = item.i if item is not None else None
    return left, right


def hometown(span: Span) -> bool:
    """The name says where a person lives or comes from: "I'm from Budva", "Hello from Cork",
    "Steven Sachs of Alexandria", "Rebecca Sears, 41, of Grovetown", "Ana from Split", or
    is the town of a street address ("420 Augusta St., Alexandria")."""
    before = previous_word(span, skip=())
    if before is None:
        return False
    if before.text == ",":
        street = previous_word(before.doc[before.i : before.i + 1], skip=())
        return (
            street is not None
            and street.lower_.rstrip(".") in ADDRESS_WORDS
            and is_name_word(street)
            and _numbered_street(street)
        )
    if before.lower_ == "from" and before.head.lemma_ == "be":
        return True  # "I'm from Budva", "she is from Kotor"
    greeting = previous_word(before.doc[before.i : before.i + 1], skip=())
    greets = greeting is not None and greeting.lower_ in GREETINGS
    if greets and before.lower_ in GREETING_FROM_WORDS:
        return True  # "Hello from Cork!", "Greetings from Savannah", "Bonjour de Caen"
    if before.lower_ not in ("of", "from"):
        return False
    person = previous_word(before.doc[before.i : before.i + 1], skip=(",",))
    if person is not None and person.like_num:  # an age: "Rebecca Sears, 41, of"
        person = previous_word(person.doc[person.i : person.i + 1], skip=(",",))
    return person is not None and person.ent_type_ == "PERSON"


def _numbered_street(street: Token) -> bool:
    """A street's name with a house number before it: "1935 Orchard St."."""
    doc = street.doc
    i = street.i - 1
    while i >= 0 and i > street.i - 5 and is_name_word(doc[i]):
        i -= 1
    return i >= 0 and i < street.i - 1 and doc[i].like_num


def person_cue(span: Span) -> str | None:
    """What says the name is a person's: "Thanks Linda", "Linda, you ...", "Mrs Lincoln",
    "Lincoln, the president", "Linda said", "me and Linda"; None when nothing does."""
    doc = span.doc
    before = previous_word(span, skip=())
    if before is not None and before.lower_ in GREETINGS:
        return "address"
    if before is not None and before.lower_ in PERSON_TITLES and is_name_word(before):
        return "title"
    if before is not None and _owned_person_noun(before):
        return "title"  # "my wife Charlotte", "our guide Florence"
    naming = before is not None and before.lower_ in NAMING_WORDS and before.i > 0
    if naming and doc[before.i - 1].lower_ in PERSON_NOUNS:  # type: ignore[union-attr]
        return "title"  # "a guide named Salem", "a lady called Florence"
    said = [t.lower_ for t in doc[max(span.start - 3, 0) : span.start]]
    if said[-2:] in (["i", "'m"], ["i", "am"], ["i", "\u2019m"]) or said == ["my", "name", "is"]:
        return "address"  # "I'm Shannon, named after the river", "my name is Jordan"
    if before is not None and before.lower_ == "for" and before.i > 0:
        before = doc[before.i - 1]  # "ask for Florence at the front desk"
    if before is not None and before.lower_ in PERSON_VERBS and before.pos_ == "VERB":
        return "address"  # "ask Florence", "text Jordan"
    after = next_word(span)
    if after is not None and after.lower_ in SPEECH_VERBS:
        return "speech"
    if _companion(span):
        return "companion"
    # a reply opening "Phoenix thanks!!", "Jordan no we didn't"; not an answer about a place:
    # "Carcassonne yes!! go at night"
    opener = after is not None and after.lower_ in ADDRESS_OPENERS and at_line_start(span)
    if opener and person_like(span):
        return "address"
    if after is None or after.text != ",":
        return None
    following = next_word(doc[after.i : after.i + 1])
    if following is None:
        return None
    if following.lower_ in SECOND_PERSON and (span.start == 0 or span[0].is_sent_start):
        return "address"
    words = [following, *doc[following.i + 1 : following.i + 4]]
    if following.lower_ in ("the", "a", "an", "my", "our", "his", "her", "their"):
        nouns = [t for t in words[1:] if t.pos_ in ("NOUN", "PROPN", "") and t.is_alpha]
        if nouns and nouns[0].lower_ in PERSON_NOUNS:
            return "apposition"
    return None


def _companion(span: Span) -> bool:
    """"Me and Sydney did Kotor", "Victoria and I are back": a name joined by "and" to the
    writer's "I" or "me" is someone travelling with them; not a clause's last name before "and
    I" ("we did Sintra and I loved it")."""
    doc = span.doc
    around = (*doc[max(span.start - 2, 0) : span.start], *doc[span.end : span.end + 2])
    pronouns = [t for t in around if t.lower_ in COMPANION_PRONOUNS]
    if not pronouns:
        return False
    root = span.root
    return any(
        (t.dep_ == "conj" and t.head == root) or (root.dep_ == "conj" and root.head == t)
        for t in pronouns
        if any(w.lower_ in ("and", "&") for w in doc[min(t.i, span.start) : max(t.i, span.end)])
    )


def signed_home(span: Span) -> bool:
    """"— Gerda Pfeiffer, Linz": the name is the home on a line that signs the words with a
    commenter's name, as letters and mail are signed (``SIGNED_LINE``)."""
    found = _signed_line(span)
    authors = tuple(getattr(span.doc._, "thread_authors", ()))
    return (found is not None and found[0] == "home" and bool(authors)
            and normalize_name(found[1].group("name")) in banned_names(authors))


def signing(span: Span) -> bool:
    """The name is (part of) the name that signs a line after a dash, a home after it: "— Tom
    and Alice Webb, Norwich" for "Alice Webb"; a writer, never a place of the list it looks
    like ("Colombo, Kandy and Ella" signs nothing)."""
    found = _signed_line(span)
    return found is not None and found[0] == "name" and found[1].group("dash") is not None


def _signed_line(span: Span) -> tuple[str, re.Match[str]] | None:
    """Which part of a signing line (``SIGNED_LINE``) the span lies in, "name" or "home", and
    the line's match; None off such a line."""
    before, after = _line_around(span)
    found = SIGNED_LINE.match(f"{before}{span.text}{after}")
    if found is None:
        return None
    start, end = len(before), len(before) + len(span.text)
    part = next((group for group in ("name", "home")
                 if found.start(group) <= start and end <= found.end(group)), None)
    return (part, found) if part is not None else None


def person_like(span: Span) -> bool:
    """A name people bear: one of the commonest given names and surnames, or a name, name part
    or handle word of the thread's commenters ("phoenix_rising")."""
    if span.text.lower() in PEOPLE_NAMES:
        return True
    authors = tuple(getattr(span.doc._, "thread_authors", ()))
    key = normalize_name(span.text)
    return bool(authors) and (key in banned_names(authors) or key in handle_names(authors))


def commenter_spoken(span: Span) -> bool:
    """Where a commenter's name stands for its writer: a line it opens with a word said to or
    by a person ("Savannah we split it", "Madison here btw", "Dallas did you drive it"), what
    a commenter owns ("Orlando's plan"), or "is" with a person's adjective ("Madison is
    right")."""
    after = next_word(span)
    if after is not None and after.lower_ in COMMENTER_OPENERS and at_line_start(span):
        return True
    if after is not None and after.text in POSSESSIVE_MARKS:
        owned = next_word(span.doc[after.i : after.i + 1])
        if owned is not None and owned.lower_ in COMMENTER_POSSESSIONS:
            return True  # "Orlando's plan", "Darwin's tip"
    root = span.root
    return root.dep_ == "nsubj" and any(
        child.dep_ == "acomp" and child.lower_ in PERSON_ADJECTIVES for child in root.head.children
    )


def _owned_person_noun(token: Token) -> bool:
    """A person noun in lower case after a possessive, with at most two words between: "my
    wife", "our Kruger guide", "my best friend"."""
    if token.text != token.lower_ or token.lower_ not in PERSON_NOUNS:
        return False
    for before in reversed(token.doc[max(token.i - 1 - _OWNER_REACH, 0) : token.i]):
        if before.lower_ in POSSESSIVES:
            return True
        if before.is_punct:
            return False
    return False


def nights_count(token: Token) -> bool:
    """A count of nights written beside a stop: "3N Tallinn", "Riga x3", "Tartu 2x"."""
    return _NIGHTS_COUNT.fullmatch(token.text) is not None


def _counted(token: Token) -> bool:
    """A number or a nights count that goes with a list's item ("Vancouver 3", "3N Tallinn")."""
    return token.like_num or nights_count(token)


def stay_word_near(span: Span, reach: int = 4) -> bool:
    """A word of staying or day-tripping within ``reach`` words, in the same sentence: "X was
    our base", "a day trip to X", "X as a day trip", "two nights in X", "X for one night", "X
    needs a full day"."""
    doc = span.doc
    start, end = sentence_window(span, reach)
    tokens = [*doc[start : span.start], *doc[span.end : end]]
    words = [t.lower_ for t in tokens]
    pairs = {" ".join(pair) for pair in pairwise(words)}
    nouns = any(t.lower_ in STAY_NOUNS and t.pos_ in ("NOUN", "") for t in tokens)
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if span.start > 0 and doc[span.start - 1].lower_ == "with":
        return False  # "a night with Harper", "a day out with Marion": a host, not a stay
    if nouns or any(nights_count(t) for t in beside):
        return True
    return bool(STAY_WORDS.intersection(words)) or bool(pairs & STAY_PAIRS)


def verdict(span: Span) -> bool:
    """A traveller's verdict on the name: its verb's object ("we loved X", "skip X"), the
    subject of a linking verb with a word travellers say of places ("X is stunning", "X was so
    crowded", "X looked magical") or of "has" with a feature's or a building's head ("X has a
    crater lake")."""
    root = span.root
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in EXPERIENCE_VERBS:
        return True
    if root.dep_ == "nsubj" and _complemented(root, EXPERIENCE_ADJECTIVES):
        return True
    if root.dep_ == "nsubj" and head.lemma_ == "have":
        # "Mount Gambier has a crater lake", "Messina has a fine cathedral": what a place has
        return any(
            child.dep_ == "dobj" and child.lemma_.lower() in _PLACE_THINGS
            for child in head.children
        )
    return False


def place_state(span: Span) -> bool:
    """The name is the subject of a linking verb with a word of how a place was, its weather,
    crowds or prices ("X was rainy", "X gets busy by noon", "X stays calm";
    ``place_state_adjectives``)."""
    root = span.root
    return root.dep_ == "nsubj" and _complemented(root, PLACE_STATE_ADJECTIVES)


def _complemented(subject: Token, words: Collection[str]) -> bool:
    """The subject's verb links it to one of ``words``: "be", "feel", "get", "stay" with an
    adjective the parser hangs as a complement ("was cold", "seemed sleepy", "is hotter")."""
    return any(
        child.dep_ in _COMPLEMENTS and (child.lower_ in words or child.lemma_.lower() in words)
        for child in subject.head.children
    )


def kind_of_place(span: Span) -> bool:
    """The name is said to be a kind of place: the subject of "be" whose complement is a noun of
    places ("Lowell is an old mill town", "Tioman is a great island", ``place_kind_nouns``), or
    a name with such a noun in apposition ("Motovun (the hill town)", "Deià, a tiny village")."""
    root = span.root
    if any(child.dep_ == "appos" and child.lower_ in PLACE_KIND_NOUNS for child in root.children):
        return True
    return (
        root.dep_ == "nsubj"
        and root.head.lemma_ == "be"
        and any(
            child.dep_ == "attr" and child.lower_ in PLACE_KIND_NOUNS
            for child in root.head.children
        )
    )


def worth_question(span: Span) -> bool:
    """Whether the name is worth going to, said right after it: "Erice worth it?", "Is Sapa
    worth the night bus?", "Cat Ba worth it or skip?", "is Ha Giang doable in four days?",
    "Marfa is worth the detour" (``worth_words``)."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) and after[0].lower_ in WORTH_WORDS:
        return True
    return len(after) == 2 and _trip_verb(after[0]) and after[1].lower_ in WORTH_WORDS


def recommended(span: Span) -> bool:
    """The name, the subject of "is", is recommended as a place to go: "X is a must", "X is a
    must-see" (``worth_nouns``, or one under the noun), "X is great for theatre" (an adjective
    of ``good_for_adjectives`` with "for"; "great" alone is said of players too)."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    for child in root.head.children:
        if child.dep_ == "attr" and (
            child.lower_ in WORTH_NOUNS or any(c.lower_ in WORTH_NOUNS for c in child.children)
        ):
            return True
        if child.dep_ == "acomp" and child.lower_ in GOOD_FOR_ADJECTIVES and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in child.children
        ):
            return True
    return False


def compared(span: Span, reach: int = 8) -> bool:
    """The name, the subject of "is", is measured against another name as places are: "X is
    a quieter Y", "X is nicer than Y", "X is the quiet version of Y" (a comparative, "than" or
    one of ``comparison_nouns``, then a name word within the clause); or weighed against
    another name with "vs" ("Porto vs Lisbon as a base?"); or is what a place of the sentence
    is measured against ("B, better than X", "far quieter than X")."""
    doc = span.doc
    after, before = next_word(span), previous_word(span, skip=())
    if before is not None and before.lower_ == "than" and before.i > 0:
        comparative = doc[before.i - 1]
        if comparative.tag_ in ("JJR", "RBR") and any(
                is_name_word(t) for t in doc[sentence_window(span, 3 * reach)[0] : comparative.i]):
            return True
    if after is not None and after.lower_ in _VERSUS:
        other = next_word(doc[after.i : after.i + 1])
        return other is not None and is_name_word(other)
    if before is not None and before.lower_ in _VERSUS:
        other = previous_word(doc[before.i : before.i + 1], skip=())
        return other is not None and is_name_word(other)
    verb = after
    if verb is None or not _trip_verb(verb):
        return False
    _, end = sentence_window(span, reach)
    measure = None
    for token in doc[verb.i + 1 : end]:
        if token.is_punct:
            return False
        if measure is not None and is_name_word(token):
            return True
        # the tagger often reads a comparative before a name as a noun ("a quieter Hvar")
        if (
            token.tag_ in ("JJR", "RBR")
            or token.lower_ in COMPARISON_NOUNS
            or token.lower_ == "than"
            or (token.lower_.endswith("er") and token.i + 1 < end and is_name_word(token.nbor()))
        ):
            measure = token
    return False


def asked(span: Span) -> bool:
    """The name alone as a question, at the start of a sentence or a line: "Sapa? Overrated
    imo", "Vardzia? Saw pics", "Kinsale? Lovely, but far" (a reply asks after a place); or one
    of the names a question offers to choose from: "Salzburg or Hallstatt?", "Lagos, Tavira or
    Faro?" (``ALTERNATIVES`` between them; not "Who drives, Tom or Ana?")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and (doc[end].lower_ in ALTERNATIVES or is_name_word(doc[end])):
        end += 1
    if end >= len(doc) or doc[end].text != "?" or end - span.end > _ALTERNATIVE_WORDS:
        return False
    start = span.start
    while start and (doc[start - 1].lower_ in ALTERNATIVES or is_name_word(doc[start - 1])):
        start -= 1
    if span.start - start > _ALTERNATIVE_WORDS or (
        (start, end) != (span.start, span.end)
        and not any(doc[i].lower_ in ALTERNATIVES - {","} for i in range(start, end))
    ):
        return False
    before = doc[start - 1] if start else None
    return before is None or before.is_punct or before.is_space or "\n" in before.whitespace_


_OPENER_LINKS = frozenset({"of", "about", "at", "to", "the"})


def without_opener(span: Span) -> Span:
    """The span without a word that opens a casual sentence before a name and never starts
    one (``sentence_openers``): "Thinking Palm Springs", "Loved Ubud tbh", "Honestly Kotor"."""
    first = span[0]
    opener = first.lower_ in SENTENCE_OPENERS and first.is_title
    if len(span) > 1 and opener and _opens_sentence(first):
        # and the small words that take the name after it: "Dreaming of the Sacred Valley"
        start = 1
        while start < len(span) - 1 and span[start].lower_ in _OPENER_LINKS:
            start += 1
        return span[start:]
    return span


def _opens_sentence(token: Token) -> bool:
    """First in its sentence, or after punctuation or a line break (the parser may run a
    sentence on past a line's end)."""
    before = token.doc[token.i - 1] if token.i else None
    return before is None or token.is_sent_start or before.is_punct or before.is_space


def past_verb_opener(span: Span) -> bool:
    """The span opens with a verb in the past that opens a sentence without its "we" ("Walked
    Sintra end to end", "Took Cadiz as a day trip"): an irregular past, or an ordinary word in
    "-ed" (``wordcase.margin``: English writes it in lower case), capitalised for its place
    alone."""
    first = span[0]
    if len(span) < 2 or not first.is_title or not _opens_sentence(first):
        return False
    word = first.lower_
    regular = word.endswith("ed") and len(word) >= _PAST_LETTERS and wordcase.margin(first.text)
    return word in IRREGULAR_PAST or bool(regular)


def acts(span: Span) -> bool:
    """The name is the subject of a verb places are not the subjects of ("Florence joined us",
    "Austin drove"; not "Perast looks tiny", "Kotor gets crowded")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() not in PLACE_SUBJECT_VERBS


def described(span: Span) -> bool:
    """The name is the subject of a verb places are the subjects of, as a place is described
    ("Grazalema has the better walks", "Birgu was on our list", "Olvera sits on its hill")."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in PLACE_SUBJECT_VERBS


def near_word_after(span: Span, reach: int = 4) -> bool:
    """The name is placed relative to another: "X is next to Y", "X is an hour away"."""
    doc = span.doc
    _, end = sentence_window(span, reach)
    return any(t.lower_ in NEAR_WORDS for t in doc[span.end : end])


def trip_sentence(span: Span, reach: int = 8) -> Token | None:
    """The sentence says the name is a trip: as its subject, "X is an easy trip from Y", "X
    makes a great day trip", "X is well worth a stop", "X is an hour from Y", "X is easy to
    reach from Y", "X is on the way"; or as the complement of "is" after one, "An easy day trip
    from Y is X". The model often calls such a name a person or a people ("Sintra" as NORP).
    Gives the word that says trip ("trip", "stop", "hour"), None when there is none."""
    doc = span.doc
    start, end = sentence_window(span, reach)
    verb = next_word(span)
    before = previous_word(span, skip=())
    if before is not None and before.i == start and _trip_verb(before):
        verb = before  # a question: "Is X doable as a day trip from Y?"
    elif verb is None or verb.i >= end or verb.lower_ not in TRIP_VERBS:
        verb = None
    if verb is not None:
        for token in doc[max(verb.i + 1, span.end) : end]:
            if token.lower_ in TRIP_HEADS:
                acted = token.pos_ in ("VERB", "AUX") and token.lower_ not in TRIP_HEAD_VERBS
                # A trip "to" somewhere is the subject's own: "Peres made a visit to Prague".
                onward = token.i + 1 < end and doc[token.i + 1].lower_ == "to"
                if acted or onward or _from_person(doc[token.i + 1 : end]):
                    return None
                return token
            if not (
                token.lower_ in TRIP_FILLERS
                or token.pos_ in _TRIP_FILLER_TAGS
                or token.dep_ == "compound"  # "a great day trip", "a short train ride"
                or (token.pos_ == "" and token.is_lower)  # untagged (no model): any word
            ):
                return None
        return None
    if before is None or not _trip_verb(before):
        return None
    after = doc[span.end] if span.end < end else None
    if after is not None and not (after.is_punct or after.lower_ in ("and", "or")):
        return None
    # The trip must be what "is" says it of: "the best stop ... is X", not "the best part of
    # the trip was Maria".
    heads = (
        t
        for t in doc[start : before.i]
        if t.lower_ in TRIP_HEADS and t.pos_ in ("NOUN", "") and (t.dep_ == "" or t.head == before)
    )
    return next(heads, None)


def _trip_verb(token: Token) -> bool:
    """A form of "be" that says trip of the name next to it ("is", "was")."""
    return token.lower_ in TRIP_VERBS and token.lemma_ in ("", "be")


def _from_person(tokens: Span) -> bool:
    """"an hour away from us": a distance from people, not a place."""
    return any(
        t.lower_ == "from" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in PERSONAL_OBJECTS
        for t in tokens
    )


def alone(span: Span) -> bool:
    """No capitalised word right before or after the span: it is not the end or the start of a
    longer name."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return not any(t is not None and is_name_word(t) for t in (before, after))


def nature_word_near(span: Span, reach: int = 10) -> bool:
    """The sentence is about parks or the outdoors near the name: "hiked", "waterfalls",
    "swimming", "the park", "a timed-entry permit"."""
    doc = span.doc
    start, end = sentence_window(span, reach)
    return any(t.lower_ in NATURE_WORDS for t in [*doc[start : span.start], *doc[span.end : end]])


def sentence_window(span: Span, reach: int) -> tuple[int, int]:
    """Token bounds of ``reach`` words either side of the span, cut at its sentence's bounds.
    Walks at most ``reach`` tokens each way: ``span.sent`` walks the whole sentence, which made
    a long one-sentence text with many names quadratic."""
    doc = span.doc
    start, end = max(span.start - reach, 0), min(span.end + reach, len(doc))
    if not doc.has_annotation("SENT_START"):
        return start, end
    first = span.start
    while first > start and not doc[first].is_sent_start:
        first -= 1
    last = span.end
    while last < end and not doc[last].is_sent_start:
        last += 1
    return first, last


def region_colon_before(span: Span) -> bool:
    """"Bolivia: La Paz, the salt flats and Sucre": a place the model names, then a colon;
    what follows is in it."""
    before = previous_word(span, skip=())
    if before is None or before.text != ":":
        return False
    place = previous_word(before.doc[before.i : before.i + 1], skip=())
    return place is not None and place.ent_type_ in ("GPE", "LOC")


def route_word_before(span: Span) -> bool:
    """"then X", "→ X", "via X", or the words after it go on to the next named stop ("X and
    back to Y", "X then on to Y"): the name is a stop of a route."""
    before = previous_word(span)
    if before is not None and before.lower_ in ROUTE_WORDS:
        return True
    if before is not None and before.lower_ == "with":
        return False  # "with Harper and back to Leeds": a companion
    doc = span.doc
    after = tuple(t.lower_ for t in doc[span.end : span.end + 3])
    return any(
        after[: len(phrase)] == phrase
        and span.end + len(phrase) < len(doc)
        and is_name_word(doc[span.end + len(phrase)])
        for phrase in ROUTE_AFTER
    ) or _then_to_a_name(span)


def left_behind(span: Span) -> bool:
    """"After X we took the train to Y": the sentence opens with "after" and the name, and moves
    on (a word of travel follows in the sentence): the stop the trip leaves."""
    before = previous_word(span, skip=())
    if before is None or before.lower_ != "after" or not (
            before.is_sent_start or at_line_start(before.doc[before.i : before.i + 1])):
        return False
    end = sentence_window(span, 12)[1]
    return any(t.lemma_.lower() in MOTION_WORDS for t in span.doc[span.end : end])


def met(span: Span) -> bool:
    """The name is the object of a verb said of people ("met Harper", "joined Anna, then Tom
    and Jack"): a person, and the list it opens is of people."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in SOCIAL_VERBS


def _then_to_a_name(span: Span) -> bool:
    """"X and then driving to Y", "X, then the bus to Y": the words after the name move on
    from it to another name, "then" first, "to" last, at most two words between; not after a
    verb said of people ("met Harper and then went to Paris")."""
    if met(span):
        return False
    doc = span.doc
    words = doc[span.end : min(span.end + 7, len(doc))]
    at = 1 if len(words) > 1 and words[0].lower_ in ("and", ",") else 0
    if len(words) <= at or words[at].lower_ != "then":
        return False
    for k in range(at + 1, min(at + 4, len(words) - 1)):
        if words[k].lower_ in ("to", "into"):
            return is_name_word(words[k + 1])
        if not words[k].is_alpha or not words[k].is_lower:
            return False
    return False


def table_column(span: Span) -> int | None:
    """The column of a table's cell the name fills alone ("| 3 | Bled | 2 |": 1), counted in
    the cell bars from the start of its line; None for a name that is no whole cell."""
    doc = span.doc
    if not (span.start > 0 and span.end < len(doc)):
        return None
    if doc[span.start - 1].text != "|" or doc[span.end].text != "|":
        return None
    bars = 0
    for token in reversed(doc[: span.start - 1]):
        if "\n" in token.text or "\n" in token.whitespace_:
            break
        bars += token.text == "|"
    return bars


def visit_after(span: Span) -> bool:
    """The name opens its clause (a list's ", and" opens one too: "..., and Tofo for the
    whale sharks") and the words after it say what the stop is for or when ("Elgol for the boat
    to the loch", "Piran for sunset, Izola for dinner", "Plockton at dusk": ``visit_after``;
    "Sibenik for Krka", "Dahab for diving"): a plan's stop said without a verb."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    opens = (
        before is None
        or span[0].is_sent_start
        or at_line_start(span)
        or before.text in _CLAUSE_OPENERS
        or (before.lower_ == "and" and before.i > 0 and doc[before.i - 1].text == ",")
    )
    words = doc[span.end : span.end + 3]
    after = tuple(t.lower_ for t in words)
    # the pastime in "-ing", which the tagger reads as a noun ("diving", "snorkelling")
    if opens and len(words) > 1 and after[0] == "for" and (
        is_name_word(words[1]) or (words[1].is_lower and after[1].endswith("ing"))
    ):
        return True  # "Sibenik for Krka", "Dahab for diving": the sight or pastime it is for
    return opens and any(after[: len(phrase)] == phrase for phrase in VISIT_AFTER)


def awaited(span: Span) -> bool:
    """The words before the name wait for it as a trip ("can't wait for Tinos", "looking
    forward to Porto", `awaited_before`)."""
    doc = span.doc
    before = tuple(t.lower_ for t in doc[max(0, span.start - 4) : span.start])
    return any(before[len(before) - len(phrase) :] == phrase for phrase in AWAITED_BEFORE)


def day_label_before(span: Span) -> bool:
    """"Day 3: X", "Night 2 - X", "Day 4. X", a date ("Jul 12: X", "12 Jul  X"), a weekday that
    opens its line ("Tuesday X"): the name is the stop of a day list (not the subject of an
    action: "Day 2: Sam drove")."""
    doc = span.doc
    root = span.root
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and not _line_between(root, root.head):
        return False  # a verb on the next line of a plan does not make the stop its subject
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].text in _DAY_MARKS:
        i -= 1
    if i >= 1 and doc[i].lower_ in MONTHS and doc[i - 1].like_num:
        return _opens_line(doc, i - 1)  # "12 Jul    X", "9-10 Jul: X": a date, the day first
    if i >= 0 and _DAY_NUMBERS.fullmatch(doc[i].text):
        i -= 1
    if i >= 2 and doc[i].text in _DAY_MARKS and doc[i - 1].like_num:
        i -= 2  # "Day 7 - 8 - X": a range of days
    if i >= 0 and doc[i].lower_ in MONTHS:
        return _opens_line(doc, i)  # "Jul 12: X"; not a date inside a sentence
    if i >= 0 and doc[i].lower_ in WEEKDAYS:
        return at_line_start(doc[i : i + 1])  # "Tuesday Evora", "Sunday: X"; not "on Tuesday X"
    return i >= 0 and doc[i].lower_ in DAY_LABEL_WORDS


def _opens_line(doc: Doc, i: int) -> bool:
    """The date whose last token before the name is ``doc[i]`` opens its line (ranges and
    marks before it allowed: "9-10 Jul")."""
    while i > 0 and (doc[i - 1].like_num or doc[i - 1].text in _DAY_MARKS):
        i -= 1
    return at_line_start(doc[i : i + 1])


def _line_between(first: Token, second: Token) -> bool:
    """A line break separates the two tokens."""
    start, end = sorted((first.i, second.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in first.doc[start:end])


def day_list_item(span: Span, reach: int = 30) -> bool:
    """"Day 2 - Munich: the Residenz, Schwabing, Nymphenburg", "Day 5 - Salzburg as a day trip: A,
    B", "Feb 8-10: Bogotá (A, B, a day trip to C)": an item of the list after the colon of a
    line that opens with a day label (a day or a date), or in the brackets after that day's
    stop, is a sight of that day. The item stands right after the colon, the bracket or a
    list's joiner ("meet Kenji" is no item)."""
    doc = span.doc
    before = previous_word(span)
    if before is None or not (before.text in _LIST_OPENERS or before.text in _ITEM_JOINERS):
        return False
    first = max(span.start - reach, 0)
    i = before.i
    while i > first and doc[i].text not in _LIST_OPENERS:
        if "\n" in doc[i].text or doc[i].text in _ITEM_STOPS:
            return False
        i -= 1
    bracket = doc[i].text == "("
    if bracket:  # the day's stop between the colon and the bracket: "Bogotá (A, B)"
        stop = i
        i -= 1
        while i > first and doc[i].text != ":":
            if "\n" in doc[i].text or doc[i].text in _ITEM_STOPS or doc[i].text in "()":
                return False
            i -= 1
        if i == stop - 1:
            return False
    if doc[i].text != ":":
        return False
    colon = i
    while i > first and "\n" not in doc[i - 1].text and not doc[i].is_sent_start:
        i -= 1
    label = [t for t in doc[i:colon] if not t.is_space][:3]
    # Some words between the label and the colon ("Day 1: X" is the day's stop itself), or the
    # stop before the bracket.
    return (
        len(label) >= (2 if bracket else 3)
        and label[0].lower_ in _DAY_LABELS
        and _DAY_NUMBERS.fullmatch(label[1].text) is not None
    )


def _day_label(doc: Doc, start: int, end: int) -> int:
    """How many tokens from ``doc[start]`` label a plan's day inside the entity that goes on
    to a name: a weekday or a month's date that opens its line and its mark ("Tuesday Evora",
    "Sunday - Pitlochry", "July 6 - Zakopane" as one date), 0 when they are none."""
    if (
        start >= end
        or doc[start].lower_ not in WEEKDAYS | MONTHS
        or not at_line_start(doc[start : start + 1])
    ):
        return 0
    i = start + 1
    if doc[start].lower_ in MONTHS:
        if i >= end or not _DAY_NUMBERS.fullmatch(doc[i].text):
            return 0
        i += 1
    while i < end and doc[i].text in _DAY_MARKS:
        i += 1
    return i - start if i < end and is_name_word(doc[i]) else 0


def trim(span: Span) -> Span | None:
    """Drop a leading article, a leading month set apart by a column's spaces ("Jul    Ålesund"
    in a dated plan), a weekday that labels a plan's line ("Tuesday Evora") or nights count
    ("3N Tallinn"), and a trailing possessive, punctuation, number or nights count: "the
    Arctic Circle's", "Vancouver 3", "Riga x3" (in a day list);
    a list's mark on either side ("+ kyoto", "Ninh Binh >")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in _DETERMINERS
        or doc[start].is_space
        or doc[start].text in _MARKS_AROUND  # "+ kyoto", "-> Hanoi": a list's mark
        or (doc[start].lower_ in MONTHS and start + 1 < end and doc[start + 1].is_space)
        or (nights_count(doc[start]) and start + 1 < end)  # "3N Tallinn"
    ):
        start += 1
    start += _day_label(doc, start, end)  # "Tuesday Evora", "July 6 - Zakopane": a date
    while end > start and (
        doc[end - 1].text in POSSESSIVE_MARKS
        or doc[end - 1].is_space
        or doc[end - 1].is_punct
        or doc[end - 1].text in _MARKS_AROUND  # "Ninh Binh >"
        or (_counted(doc[end - 1]) and end - 1 > start)  # "Vancouver 3", "Riga x3" (nights)
        or (end - 2 > start and nights_words(doc, end - 2) and end == span.end)  # "Lima 2 nights"
    ):
        if doc[end - 1].text == "." and end - 1 > start and "." in doc[end - 2].text:
            break  # the period of an abbreviation: "U.S.", "W.Va."
        end -= 1
    return without_opener(doc[start:end]) if start < end else None


def with_period(span: Span) -> Span:
    """The span with the period of its final abbreviation, which NER may leave out:
    "W.Va" + "." -> "W.Va.", "U.S" + "." -> "U.S."."""
    doc = span.doc
    last = span[-1]
    if (
        span.end < len(doc)
        and doc[span.end].text == "."
        and not last.whitespace_
        and (_ABBREVIATION.fullmatch(last.text) or f"{last.lower_}." in STATE_ABBREVIATIONS)
    ):
        return doc[span.start : span.end + 1]
    return span


def with_name_end(span: Span) -> Span:
    """The span with the rest of a name that NER cut at a lower-case connector: "Pozo del" +
    "Diablo" -> "Pozo del Diablo" (not across a line break)."""
    doc = span.doc
    last, end = span[-1], span.end
    if not last.text.islower() or last.lower_ not in NAME_CONNECTORS - _LIST_CONNECTORS:
        return span
    while end < len(doc) and is_name_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
        end += 1
    return doc[span.start : end] if end > span.end else span


def at_line_start(span: Span) -> bool:
    if span.start == 0:
        return True
    before = span.doc[span.start - 1]
    return "\n" in before.text or "\n" in before.whitespace_


def heading(span: Span) -> bool:
    """"SIBIU" alone on its line, in capitals: the heading of a part of a report; a count of
    nights in brackets may follow ("ROME (4 nights)")."""
    doc = span.doc
    if not span.text.isupper() or not at_line_start(span):
        return False
    ends_line = span.end == len(doc) or "\n" in span[-1].whitespace_ or "\n" in doc[span.end].text
    return ends_line or _STAY_BRACKET.fullmatch(_line_around(span)[1]) is not None






def _line_around(span: Span) -> tuple[str, str]:
    """The text of the span's line before it and after it."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start : span.start_char], text[span.end_char : end if end >= 0 else len(text)]


def list_line(span: Span) -> bool:
    """"3. Porto", "- Kandy", "Fri - Stirling", "July 4 - Strbske Pleso": the name is all of a
    list's line after its marker (a bullet, a number, a day label, a weekday or a date), but for
    a count of nights in brackets, or "via" and another name ("3. Hue via Phong Nha", where
    both are items)."""
    before, after = _line_around(span)
    via = _VIA_BEFORE.search(before)
    if via is not None:
        before = before[: via.start()]
    elif _VIA_AFTER.fullmatch(after) is not None:
        after = ""
    return _LIST_MARKER.fullmatch(before) is not None and (
        not after.strip() or _STAY_BRACKET.fullmatch(after) is not None
    )


def dateline(span: Span) -> bool:
    """A news dateline: "TORONTO —", "Oslo (Reuters) -", "GAINESVILLE, Fla.": a name at the
    start of a line, or in capitals, before a dash, a comma or a parenthesis; before a comma, a
    mixed-case name needs a name after it (a reply opens "Dan, skip ...")."""
    after = next_word(span)
    if after is None or after.text not in _DATELINE_MARKS:
        return False
    if span.text.isupper():
        return True
    if after.text == ",":  # "Gainesville, Fla. -", not a reply's "Dan, skip the interstate"
        return at_line_start(span) and _dateline_after_comma(span.doc, after.i + 1)
    return at_line_start(span)


def _dateline_after_comma(doc: Doc, start: int) -> bool:
    """After a dateline's comma come a state or a country, then its dash or parenthesis ("Fla.
    —", "Norway (Reuters)"); a reply that opens "Kimberly, Bratislava is ..." has none."""
    for token in doc[start : start + _DATELINE_REGION_WORDS + 1]:
        if token.text in _DATELINE_MARKS - {","} and token.i > start:
            return True
        if not (is_name_word(token) or token.text == "."):
            return False
    return False


def _spaced_dash(token: Token) -> bool:
    """A hyphen or dash with a space on each side: it parts two names, never joins them as
    one person's or firm's ("Bled - Bohinj", with an en or em dash too)."""
    doc = token.doc
    return (token.text in _DASHES and bool(token.whitespace_) and token.i > 0
            and bool(doc[token.i - 1].whitespace_))


def _bare_hyphen(token: Token) -> bool:
    """A hyphen with no space on either side, between two words."""
    doc = token.doc
    return (token.text == "-" and not token.whitespace_ and 0 < token.i < len(doc) - 1
            and not doc[token.i - 1].whitespace_)


def split_glued(span: Span) -> list[Span]:
    """The pieces of an entity between line breaks and separators: NER may glue a name to the
    next line ("Indrani\n\nNorway"), to the next item of a list ("Howard, Alesund") or to the
    next stop of a route line ("Marseille 3n -> Arles", "Lisbon-Evora-Lagos", "Bled - Bohinj")."""
    pieces: list[Span] = []
    start = span.start
    # "Lisbon-Evora-Lagos": a chain of three or more names joined by bare hyphens is a route
    # line written tight (one hyphen may join a double name: "Jean-Pierre").
    chain = sum(_bare_hyphen(t) for t in span) >= 2
    for token in span:
        breaks = "\n" in token.whitespace_ and not token.is_space
        # a route line's arrow or nights count ("Marseille 3n -> Arles") ends an item too
        route = (token.text in ROUTE_ARROWS or nights_count(token) or _spaced_dash(token)
                 or (chain and _bare_hyphen(token)))
        if (token.is_space and "\n" in token.text) or token.text in _SEPARATORS or breaks or route:
            end = token.i + 1 if breaks else token.i
            if end > start:
                pieces.append(span.doc[start:end])
            start = token.i + 1
    if start < span.end:
        pieces.append(span.doc[start : span.end])
    return pieces
