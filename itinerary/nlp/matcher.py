"""The "gazetteer_places" component: place spans from NER and the gazetteer, merged.

The statistical NER finds most places but labels some ORG, NORP or PERSON (Bergen, Bodo, Røros
in the seed thread) and misses others (Alesund). This component reads every capitalised run of
up to ``max_words`` words, keeps the longest that the gazetteer knows, and merges them with the
NER entities:

- GPE and LOC entities are places as they stand (a longer gazetteer name around one wins:
  "Orange" in "Orange County"); FAC entities only when the gazetteer knows them, or when the
  name inside them is first of all an airport ("Gardermoen airport" -> "Gardermoen").
- A known name that NER labels otherwise, or does not label, needs evidence: a place word
  before or after it ("in", "into", "the town of", "area", "-based"), a qualifier after it
  ("Reading, England"), a place it is listed with ("Trondheim - Alesund - Bergen"), the same
  name taken as a place elsewhere in the Doc, or a big enough place behind the name (an ORG
  labelled "Texas"). Names inside a PERSON or ORG entity, or followed by "Street",
  "University", "Police" and the like, are parts of other names.

Accepted spans go to ``doc.spans["places"]`` with the proposer as label ("ner:GPE",
"gazetteer", "ner:ORG+gazetteer"); names that only lacked evidence go to
``doc.spans["place_candidates"]``, where a thread-wide pass may promote them; known names set
aside as parts of other names go to ``doc.spans["not_places"]``, labelled with why
(``reasons.Rejection``).

The gazetteer is located by config (``gazetteer_path``; empty for the user cache or
``$ITINERARY_GAZETTEER``) and opened on first use, so a pipeline saved with ``nlp.to_disk``
loads with plain ``spacy.load`` (the factories are ``spacy_factories`` entry points);
``load_pipeline`` hands over an already open one through ``initialize(gazetteer=...)``.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_STOP, IS_TITLE, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from gazetteer import Gazetteer, normalize_name
from gazetteer.errors import GazetteerError, InvalidQuery
from gazetteer.geo import distance_km
from gazetteer.models import Place
from itinerary.errors import ModelError
from itinerary.models import Clue
from itinerary.nlp import context, reasons, wordcase
from itinerary.nlp.extensions import doc_text, span_text
from itinerary.nlp.lexicon import (
    ABBREVIATIONS,
    BUILDING_HEADS,
    BUSINESS_HEADS,
    CAPITALS_THAT_ARE_WORDS,
    DAY_LABEL_WORDS,
    DEMONYMS,
    DENOMINATIONS,
    FEATURE_HEADS,
    FEATURE_HEADS_FIRST,
    FEATURE_HEADS_LOWER,
    FEATURE_HEADS_OF_PEOPLE,
    FEATURE_HEADS_TITLED,
    FEATURE_SUFFIXES,
    FEATURE_SUFFIXES_JOINED,
    GENERIC_NAME_WORDS,
    GREETING_FROM_WORDS,
    GREETINGS,
    INSTITUTION_WORDS,
    MONTHS,
    MOTION_OF_THINGS,
    MOTION_WORDS,
    NAME_CONNECTORS,
    NATURE_WORDS,
    NEAR_WORDS,
    ORDINARY_WORD_TOWNS,
    PARK_HEADS,
    PEOPLE_NAMES,
    PLACE_VERBS,
    ROUTE_ARROWS,
    ROUTE_HEADS,
    TICKET_WORDS,
    TRAIN_WORDS,
    WEEKDAYS,
    WEEKDAYS_THAT_NAME_PLACES,
)

PLACES = "places"
CANDIDATES = "place_candidates"
# Names that looked like places and are not, each labelled with why (``reasons.Rejection``).
NOT_PLACES = "not_places"
STRONG_KINDS = frozenset({"country", "continent", "admin1"})
# Evidence a name carries on its own, which may spread to the same name elsewhere in the Doc.
SELF_EVIDENT = frozenset(
    {
        "entity",
        "airport",
        "place word",
        "weak place word",
        "word after",
        "qualifier",
        "dateline",
        "hometown",
        "feature",
        "trip sentence",
    }
)
# "Arches" for Arches National Park: the evidence of a park said without its head.
PARK_SHORT_FORM = reasons.Evidence.PARK_SHORT_FORM
ROUTE_SHORT_FORM = reasons.Evidence.ROUTE_SHORT_FORM
# How many senses of a name may meet a place named elsewhere ("Skye": Isle of Skye is second).
SAME_PLACE_SENSES = 3
# Known names in one list that make it a list of places (a clue for every name in it).
LIST_OF_PLACES = 3
# What it takes to spread to a name NER calls a person.
SELF_EVIDENT_FOR_PERSONS = frozenset({"place word", "qualifier", "dateline", "hometown"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_PROPER_TAGS = frozenset({"NNP", "NNPS", "PROPN"})


# The weighed evidence of a name none of the rules above settles, as an ordered table: a name
# is a place when its clues add up to ``threshold`` and one of them comes from the words around
# it (the name's prior and the Doc's countries alone take surnames and firms for places).
CLUES: tuple[tuple[str, float, str], ...] = (
    ("preposition", 1.0, '"to X", "from X", "at X"'),
    ("stay", 1.5, '"X was our base", "a day trip to X", "two nights in X"'),
    ("near", 0.5, '"X is next to Y", "X is an hour away"'),
    ("verdict", 0.5, '"we loved X", "X is stunning": a traveller\'s verdict on it'),
    ("compared", 1.0, '"X is a quieter Y", "X is the quiet version of Y": like a place'),
    ("kind", 1.0, '"X is an old mill town", "X is a great island": the kind of place it is'),
    ("asked", 1.0, '"Sapa? Overrated imo", "Vardzia? Saw pics": the name alone as a question'),
    ("worth", 1.5, '"Erice worth it?", "is Ha Giang doable in four days?": whether to go there'),
    ("day", 1.5, '"Day 3: X", "Night 2 - X": a stop of a day list'),
    ("route", 1.0, '"then X", "-> X", "via X"'),
    ("owned", 1.5, '"Japan\'s Tohoku", "Italy\'s Dolomites": a country\'s or region\'s part'),
    ("owner", 1.0, '"Valletta\'s Upper Barrakka Gardens": a town likelier than most whose "\'s"'
     " owns the name of a feature or sight"),
    ("visit", 1.0, '"X for sunset", "X for the boat", "X at dusk": a stop said without a verb'),
    ("within", 1.0, '"Bolivia: X, ...": a place, then a colon'),
    ("signed", 1.0, '"— Gerda Pfeiffer, X": a commenter\'s name signing a line, then X'),
    ("heading", 1.0, '"SIBIU" alone on its line in capitals: the heading of a part'),
    ("list", 1.0, '"Vancouver 3, Victoria 2, Tofino 3": a list of three or more known names'),
    ("list line", 1.5, '"3. Porto", "- Ella via Nuwara Eliya", "Fri - Stirling": the name alone'
     " after a list's marker, on three or more such lines of known names in one block"),
    ("prior", 1.0, "a country or region, or a town likelier than most (prior >= 0.45)"),
    ("prominent", 0.5, "a big place (prior >= min_prior)"),
    ("region", 1.0, "in a country another place of the Doc is in"),
    ("contains", 1.0, "a state or province that holds two or more of the Doc's towns"),
    ("nearby", 1.0, "within nearby_km of a town the Doc already takes for a place"),
    ("unknown", -1.0, "neither the gazetteer nor the model takes the name for a place"),
    ("address", -3.0, '"Thanks Linda", "Linda, you ..."'),
    ("title", -3.0, '"Mrs Lincoln"'),
    ("apposition", -3.0, '"Lincoln, the president"'),
    ("speech", -2.0, '"Linda said"'),
    ("companion", -3.0, '"me and Linda", "Linda and I"'),
)
# Words between the names of an entity that make it a list of places ("Victoria on Vancouver
# Island", "Kamloops and Clearwater", "Vik -> Hofn", "a night in Fes for Moulay Idriss"), or a
# choice between them ("Hakone vs Nikko").
_LIST_WORDS = context.LIST_JOINERS | context.ALTERNATIVES | {
    "on", "in", "near", "via", "before", "after", "for"}
# A word of motion right before a name inside an entity: the model glued a trip to the place
# ("Ferry to Tavira" as a PERSON, "Flights from Faro"), whose name is a name of its own.
_TRIP_WORDS = frozenset({"to", "from", "into"})
# The marks after a day's label before its stop ("Tue - Sintra", "Wed: Cascais").
_LABEL_MARKS = frozenset({"-", "\u2013", "\u2014", ":"})
# Person clues strong enough to overrule a place label of the model (speech is not: "Washington
# said" is a government).
PERSON_BY_POSITION = frozenset({"address", "title", "apposition", "companion"})
PERSON_CLUES = PERSON_BY_POSITION | {"speech"}
# Labels of a name before "said" that speaks as a person or a firm, not as a government.
_SPEAKERS = frozenset({"PERSON", "ORG"})
_CLUE_WEIGHTS = {kind: weight for kind, weight, _ in CLUES}
_FEATURE_KINDS = frozenset({"sight", "natural"})  # what a town's "'s" may own
# Clues that make a name a stop of the traveller's plan, weighed again with the thread's countries.
_STOP_CLUES = frozenset({"stay", "day", "route", "visit", "worth", "asked"})
# Clues that make a capitalised sentence opener a name though the model tags it a common noun.
_OPENING_CLUES = frozenset(
    {"day", "stay", "route", "visit", "verdict", "kind", "worth", "asked", "list line"}
)
# How many of the Doc's towns a state or province must hold to be their region ("contains").
_TOWNS_HELD = 2
# A person's name ending in a head that is a surname ("Park") is a feature only when the rest
# names a town likelier than most (the "prior" clue's bar).
_TOWN_PRIOR = 0.45
# A lower-case name: at most this many words, one of them written capitalised at least e^1.5
# times as often as in lower case ("hanoi" 2.7, "bali" 1.8; "sterling" 1.3 and "pai" 0.7 are
# too close to words).
_LOWER_CASE_WORDS = 3
_NAME_MARGIN = 1.5
# An acronym has at most this many letters ("NATO", "OPEC"); a longer word in capitals that
# names a likely town is shouted ("BUCHAREST").
_ACRONYM_LETTERS = 5
# A feature's name runs up to a list's "and" or a place's "on": "the Valley of Desolation and
# Lake Tekapo" are two names, "Victoria on Vancouver Island" a town on an island.
_FEATURE_CONNECTORS = NAME_CONNECTORS - {"and", "&", "on", "upon", "sur", "am", "im", "en"}
# "nearby" (``nearby_km``; off in ``NEWS_CONFIG``) stands in for the words around the name: a
# town within a short drive of the towns a traveller names ("Prague ... Kutna Hora"); people's
# names and things named after towns get no such clue (``_weigh_clues``, docs/nlp.md).
TEXT_CLUES = frozenset(
    {"preposition", "stay", "near", "verdict", "route", "visit", "list", "day", "within"}
    | {"worth", "compared", "kind", "asked"}
    | {"list line"}
    | {"heading"}
    | {"nearby"}
    | {"contains"}
    | {"owned", "owner"}
    | {"signed"}
)
# Labels of names the gazetteer does not know that may still be places when travel or a list
# of places says so ("drove on to Kelmend Lagjja", "Kruje, Lagjja Theth, Shkoder" as PERSON).
_UNKNOWN_LABELS = frozenset({"PERSON", "ORG", "FAC"})
_INITIAL = re.compile(r"[A-Z]\.")
# Lower-case words inside a route's name: "the Going-to-the-Sun".
_ROUTE_CONNECTORS = frozenset({"to", "the", "of", "-"})
_ROUTE_LABELS = frozenset({"", "LOC", "FAC", "GPE"})  # not a person's, a firm's, a date's
# Where a day line's item starts and what may follow it ("Hoi An: Cam Thanh (!), the bridge").
_DAY_LABEL = re.compile(r"\b(?:" + "|".join(DAY_LABEL_WORDS | MONTHS) + r")\s+\d", re.IGNORECASE)
_ITEM_STARTS = frozenset({":", ",", "and", ")", "!", "("})
# Words before a name that travel may govern ("on to X", "the bus from X", "changed for X").
_TRAVEL_PREPOSITIONS = frozenset({"to", "from", "toward", "towards", "onto", "for"})
# Kinds of the gazetteer's places that are sights when written as names ("the Mezquita").
_SIGHT_KINDS = frozenset({"sight", "natural"})
# A local article leads a place's name, not a person's ("Las Setas", "El Peñol", "La Candelaria").
_LOCAL_ARTICLES = frozenset({"el", "la", "las", "los", "le", "les", "il", "lo"})
# How many items before a list's last must hold a place, and what ends a list's item early.
_ITEMS_BEFORE_LAST = 2
_ITEM_BREAKS = frozenset({".", ";", ":", "?", "!", "(", ")"})
_ITEM_ENDS = frozenset({",", "and", "(", ")", "&", ";", ".", "!", "-", "\u2013", "/"})
# What stands between a route's stops and not between people's names.
_ROUTE_MARKS = ROUTE_ARROWS | {"-", "\u2013", "\u2014"}
# A blank line ends a block of list lines.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(slots=True)
class _Candidate:
    span: Span
    senses: tuple[Place, ...]
    source: str
    label: str | None  # the NER label it stood under, None for the gazetteer alone
    evidence: str | None = None  # why it is a place; None while it is not (yet) one
    clues: tuple[Clue, ...] = ()  # the weighed evidence, when no single rule settled it
    code: bool = False  # an airport code: a place only with a travel word before it

    @property
    def accepted(self) -> bool:
        return self.evidence is not None

    @property
    def key(self) -> str:
        return normalize_name(span_text(self.span))


_SENSES_KEPT = 100_000  # texts whose senses ``GazetteerPlaces.lookup`` keeps


class GazetteerPlaces:
    """Proposes place spans from the gazetteer and merges them with the NER entities."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        min_prior: float,
        ordinary_margin: float,
        organisation_names: bool,
        max_words: int,
        senses: int,
        threshold: float,
        gazetteer_path: str,
        buildings: bool = True,
        nearby_km: float = 0.0,
    ) -> None:
        self.name = name
        self.nearby_km = nearby_km
        self.heads = FEATURE_HEADS | BUILDING_HEADS if buildings else FEATURE_HEADS
        self.lower_heads = self.heads | FEATURE_HEADS_LOWER
        # words after a name that make it a thing's, not a town typed half in lower case
        self.not_town_words = self.lower_heads | NATURE_WORDS | TRAIN_WORDS | BUSINESS_HEADS
        self.buildings = buildings
        self.threshold = threshold
        self.organisation_names = organisation_names
        self.min_prior = min_prior
        self.ordinary_margin = ordinary_margin
        self.max_words = max_words
        self.senses = senses
        self.gazetteer_path = gazetteer_path
        self._gazetteer: Gazetteer | None = None
        self._pid = 0
        # The senses of each text asked for: a pass asks some 6,000 times, mostly the same few
        # hundred words, and the gazetteer's own cache is dearer to reach.
        self._senses: dict[tuple[str, bool], tuple[Place, ...]] = {}

    def initialize(
        self,
        get_examples: Callable[[], Iterable[object]] | None = None,
        *,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Hand the component an open gazetteer (spaCy's hook for resources that are not
        config); without one, the component opens ``gazetteer_path`` on first use."""
        if gazetteer is not None:
            self._gazetteer = gazetteer
            self._pid = os.getpid()
            self._senses.clear()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer, opened on first use from ``gazetteer_path`` (empty: the user cache,
        or ``$ITINERARY_GAZETTEER``), so that a saved pipeline loads with plain ``spacy.load``."""
        if self._gazetteer is None:
            try:
                path = Path(self.gazetteer_path) if self.gazetteer_path else None
                # A path in the config names a built file; the user cache builds on demand.
                self._gazetteer = Gazetteer.open(path, build=path is None)
            except GazetteerError as error:
                message = f"the {self.name!r} component has no gazetteer: {error}"
                raise ModelError(message) from error
            self._pid = os.getpid()
        if self._pid != os.getpid():
            # A worker forked by nlp.pipe(n_process=...): SQLite handles do not cross a fork.
            self._gazetteer = Gazetteer(self._gazetteer.path)
            self._pid = os.getpid()
        return self._gazetteer

    def lookup(self, text: str, *, codes: bool = False) -> tuple[Place, ...]:
        """Senses of a name as written; words in capitals are names ("PARIS"), or with
        ``codes`` also codes ("UAE", "NYC")."""
        senses = self._senses.get((text, codes))
        if senses is None:
            if len(self._senses) >= _SENSES_KEPT:
                self._senses.clear()
            senses = self._senses[text, codes] = self._look_up(text, codes)
        return senses

    def _look_up(self, text: str, codes: bool) -> tuple[Place, ...]:
        if text.isupper() and not codes:
            text = text.title()
        try:
            return tuple(self.gazetteer.lookup(text, limit=self.senses))
        except InvalidQuery:
            return ()

    def __call__(self, doc: Doc) -> Doc:
        lower = self._lower_case_names(doc)
        # a name typed half in lower case holds the known name of its first word ("Chiang mai")
        held = {(span.start, span.end) for span, _ in lower}
        known = sorted(
            [*(pair for pair in self._known_names(doc) if not _held(pair[0], held)), *lower],
            key=lambda pair: pair[0].start,
        )
        candidates = self._merge(doc, known, self._feature_names(doc))
        parts = [(c, why) for c, why in self._weigh(candidates) if _looks_placed(c)]
        doc.spans[PLACES] = [_labelled(c) for c in candidates if c.accepted]
        doc.spans[CANDIDATES] = [
            _labelled(c, self._rejection(c)) for c in candidates if not c.accepted
        ]
        # Every name the report speaks of, as a place or not: the known names outside them
        # were swallowed by an entity of the model.
        spoken = [c for c in candidates if c.accepted or _looks_placed(c)]
        inside = _inside_entities(known, [*spoken, *(c for c, _ in parts)])
        doc.spans[NOT_PLACES] = sorted(
            [
                *(Span(doc, c.span.start, c.span.end, label=why) for c, why in parts),
                *(Span(doc, s.start, s.end, label=reasons.Rejection.ENTITY) for s in inside),
            ],
            key=lambda span: span.start,
        )
        return doc

    # -- proposing ---------------------------------------------------------------------------

    def _known_names(self, doc: Doc) -> list[tuple[Span, tuple[Place, ...]]]:
        """Longest gazetteer names, left to right, that do not overlap."""
        found = []
        names = context.name_words(doc)
        i = 0
        while i < len(doc):
            match = None
            if names[i] and _may_start(doc[i]):
                for end in self._ends(doc, i):
                    span = doc[i:end]
                    if len(span) > 1 and span[-1].lower_ in TRAIN_WORDS:
                        continue  # "the Bergen Railway": a train's name, "Bergen" a business's
                    senses = (self._senses_alone(span[0]) if end - i == 1
                              else self.lookup(span_text(span)))
                    if senses:
                        match = (span, senses)
                        break
            if match is None:
                i += 1
            elif self._glued(*match):
                i = match[0].end + 1  # "the Tre Cime loop": neither "Tre" nor "Cime" alone
            else:
                found.extend(self._possessive(*match))
                i = match[0].end
        return found

    def _lower_case_names(self, doc: Doc) -> list[tuple[Span, tuple[Place, ...]]]:
        """Names written in lower case ("flew into hanoi", "chiang mai", "uganda + rwanda"): a
        run of up to three lower-case words that English writes capitalised far more often
        (``wordcase.name_margin``; not "turkey", "nice", "hue"), that the gazetteer knows
        as a country, a region or a likely town (so not the villages named "lol" or "tbh").
        Like any known name it is a place where the model says so or the words around it do."""
        # A word that may stand in such a name, and whether it is a name's lower-case spelling:
        # one pass over the Doc, so most words cost a set lookup and no span.
        names = wordcase.names()
        strings = doc.vocab.strings
        words, named = [], []
        for lower, alpha, stop, orth in doc.to_array([IS_LOWER, IS_ALPHA, IS_STOP, ORTH]).tolist():
            word = bool(lower and alpha and not stop)
            words.append(word)
            text = strings[orth]
            named.append(word and names.get(text, 0.0) >= _NAME_MARGIN)
        for i, token in enumerate(doc):
            named[i] = named[i] or (words[i] and _unlisted_name(token))
        found: list[tuple[Span, tuple[Place, ...]]] = []
        i = 0
        while i < len(doc):
            match = None
            if not words[i]:
                i += 1
                continue
            for end in range(min(i + _LOWER_CASE_WORDS, len(doc)), i, -1):
                if (
                    all(words[i:end])
                    and any(named[i:end])
                    and not any("\n" in t.whitespace_ for t in doc[i : end - 1])
                ):
                    senses = self.lookup(span_text(doc[i:end]))
                    # a word English has no use for may name a smaller place ("mestia")
                    unlisted = all(_unlisted_name(t) for t in doc[i:end])
                    if senses and (
                        _likely_town(senses[0])
                        or (unlisted and senses[0].kind not in ("airport", "sight"))
                    ):
                        match = (doc[i:end], senses)
                        break
            if match is None:
                i += 1
            else:
                found.append(match)
                i = match[0].end
        return self._lower_case_listed(doc, words, [*found, *self._lower_case_tails(doc, named)])

    def _lower_case_tails(
        self, doc: Doc, named: list[bool]
    ) -> list[tuple[Span, tuple[Place, ...]]]:
        """Names typed with only their first word capitalised ("Luang prabang", "Siem reap"):
        a capitalised word and one or two lower-case words that together are a town's or a
        region's name, one the gazetteer writes capitalised throughout. The lower-case words
        are ones English has no use for or writes capitalised (``named``), or the first word is
        one English writes capitalised ("Siem", "Chiang", "Phnom"); a feature's lower-case
        head, a word of the outdoors, a train's or a business's is no part of such a name ("the
        Salkantay trek", "the Bergen line")."""
        found: list[tuple[Span, tuple[Place, ...]]] = []
        # one pass over the Doc's flags: most words cost no Token
        flags = doc.to_array([IS_TITLE, IS_LOWER, IS_ALPHA]).tolist()
        lower = [bool(is_lower and is_alpha) for _, is_lower, is_alpha in flags]
        for i in range(len(doc) - 1):
            if not flags[i][0] or not lower[i + 1]:
                continue
            first = (wordcase.name_margin(doc[i].text) or 0.0) >= _NAME_MARGIN
            for end in range(min(i + _LOWER_CASE_WORDS, len(doc)), i + 1, -1):
                span = doc[i:end]
                if "\n" in span.text or not all(lower[i + 1 : end]) or not (
                    first or all(named[i + 1 : end])
                ) or any(t.lower_ in self.not_town_words for t in span[1:]):
                    continue
                senses = self.lookup(span_text(span))
                if senses and senses[0].kind not in ("airport", "sight", "natural") and all(
                    word[:1].isupper() for word in senses[0].name.split()
                ):
                    found.append((span, senses))
                    break
        return found

    def _lower_case_listed(
        self, doc: Doc, words: list[bool], found: list[tuple[Span, tuple[Place, ...]]]
    ) -> list[tuple[Span, tuple[Place, ...]]]:
        """Smaller towns written in lower case, listed beside another lower-case name ("then
        chia, bosa, alghero and out of olbia", "bosa and alghero"): one word each, no ordinary
        English word nor a common person's name, that the gazetteer knows as a town; a list
        of two or more such words or names, one of them a name already or a word English
        writes capitalised (``name_margin``)."""
        names = wordcase.names()
        taken = {i for span, _ in found for i in range(span.start, span.end)}
        towns: dict[int, tuple[Place, ...]] = {}
        for i, word in enumerate(words):
            text = doc[i].text
            if not word or i in taken or text in PEOPLE_NAMES or wordcase.margin(text):
                continue
            senses = self.lookup(text)
            if senses and senses[0].kind not in ("airport", "sight"):
                towns[i] = senses
        if not towns:
            return found
        # The items of each lower-case list, left to right: (start, end, a town's senses or
        # None for a name already found).
        items = sorted(
            [(span.start, span.end, None) for span, _ in found]
            + [(i, i + 1, senses) for i, senses in towns.items()]
        )
        added: list[tuple[Span, tuple[Place, ...]]] = []
        group: list[tuple[int, int, tuple[Place, ...] | None]] = []
        for item in [*items, (len(doc) + 2, len(doc) + 2, None)]:
            joined = bool(group) and item[0] == group[-1][1] + 1 and (
                doc[group[-1][1]].lower_ in context.LIST_JOINERS
            )
            if joined:
                group.append(item)
                continue
            anchored = any(
                senses is None or names.get(doc[start].text, 0.0) >= _NAME_MARGIN
                for start, _, senses in group
            )
            if len(group) > 1 and anchored:
                added.extend(
                    (doc[start:end], senses) for start, end, senses in group if senses is not None
                )
            group = [item]
        return sorted([*found, *added], key=lambda match: match[0].start)

    def _glued(self, span: Span, senses: tuple[Place, ...]) -> bool:
        """A one-word name of a small place, glued by a space to a capitalised word that is no
        big place either: both are words of one name the gazetteer does not know ("Tre Cime",
        "Val Gardena"), not a place and its country or region ("Kandy Sri Lanka", "Wolfville
        NS")."""
        doc = span.doc
        if len(span) > 1 or span.end >= len(doc) or span[0].whitespace_ != " ":
            return False
        after = doc[span.end]
        if not context.is_name_word(after) or after.is_sent_start or not after.is_alpha:
            return False
        areas = self.lookup(after.text)
        regions = self.lookup(after.text, codes=True) if after.text.isupper() else areas
        if any(place.lies_in(area) for place in senses for area in regions[:3]):
            return False  # "Wolfville NS": the town and its province
        return not any(_likely_town(place) for place in (*senses[:1], *areas[:1]))

    def _feature_names(self, doc: Doc) -> list[Span]:
        """Names of features and sights, whatever the name before the head: "Bodmin Pass",
        "the Lisbon Castle", "Whitby beach", "Lake Como", "Valley of Desolation". Not a business
        ("Beach Hotel" ends in another word), nor a person's ("Linda Park said", "Jae Park"),
        nor a kind ("a Buddhist temple", "a Japanese castle")."""
        found = []
        names = context.name_words(doc)
        i = 0
        while i < len(doc):
            # only a name word after none opens a run (``_name_run``'s own first test)
            run = _name_run(doc, i, self.max_words + 1) if names[i] and not (
                i and names[i - 1]) else None
            if run is None:
                i += 1
                continue
            i = run.end
            run = context.without_opener(run)  # "Thinking Palm Springs for spring break"
            if run[0].lower_ == "the":
                # "The Soca valley is ...": a sentence's "The" before one word and a head
                headed = run.end < len(doc) and doc[run.end].text in self.lower_heads
                run = run[1:] if len(run) > 2 or (len(run) == 2 and headed) else None
            owner = next((t.i for t in run or () if t.text in ("'s", "\u2019s")), None)
            if run is not None and owner is not None:
                senses = self.lookup(doc[run.start : owner].text)
                # "Idaho's Shoshone Falls", "Barcelona's Gothic Quarter": the owner is a name
                # of its own where it is an area or a town likelier than most
                if senses and _likely_town(senses[0]):
                    run = doc[owner + 1 : run.end] if run.end - owner > 1 else None
            if run is None:
                continue
            if _after_brand(run):
                continue  # "the eBay Sculpture Garden": a brand's show, named in camel case
            first, last = run[0].lower_, run[-1].lower_
            second = run[1].lower_ if len(run) > 1 else ""
            # A name after a leading head is short and names no building: "Lake Tekapo",
            # "Valley of Desolation", "Laguna de los Tres", not "Mount Pleasant Civic Center".
            words = sum(context.is_name_word(t) for t in run)
            short = words <= 3 and (last not in INSTITUTION_WORDS or second == "of")
            of = first in self.heads and second == "of"
            led = short and (first in FEATURE_HEADS_FIRST or of)
            suffixed = _suffixed(run)
            if suffixed is not None:
                span = suffixed
            elif len(run) > 1 and (last in self.heads or last in FEATURE_HEADS_TITLED or led):
                span = run
            elif (
                run.end < len(doc)
                and doc[run.end].lower_ in self.lower_heads
                and doc[run.end].text.islower()
                # "the Fort Worth church": a building in the town, the town the name
                and not (doc[run.end].lower_ in BUILDING_HEADS and self._town(run))
                and len(run) <= self.max_words
                and all(t.tag_ in _PROPER_TAGS or not t.tag_ for t in run if t.is_title)
                and not any(t.ent_type_ == "NORP" for t in run)
            ):
                span = doc[run.start : run.end + 1]
            else:
                continue
            if len(span) > 1 and span[-2].lower_ in TICKET_WORDS:
                continue  # "the JR Pass", "a Swiss Travel Pass"
            if (
                span[0].is_sent_start
                and len(span) == 2
                and ordinary_word(span[0], self.ordinary_margin)
                and not _named_place(span)
            ):
                continue  # "Beautiful lake", "Crowded Beach" at a sentence start
            people = span[0].ent_type_ == "PERSON" or span[-1].ent_type_ == "PERSON"
            if (
                people
                and not of
                and (last in FEATURE_HEADS_OF_PEOPLE or first in FEATURE_HEADS_OF_PEOPLE)
            ):
                named = span[:-1] if last in FEATURE_HEADS_OF_PEOPLE else span[1:]
                town = next(iter(self.lookup(named.text)), None)
                known = next(iter(self.lookup(span.text)), None)  # the sight by its full name
                town_named = town is not None and town.prior >= _TOWN_PRIOR
                sight = known is not None and known.kind in _SIGHT_KINDS
                if context.acts(span) or not (town_named or sight):
                    continue  # "Jae Park", "Ricki Lake", "Roy Castle sang"; but "Matsue
                    # Castle", "Devín Castle"
            if context.person_cue(span) is not None or context.business(span):
                continue
            if (
                span[-1].lower_ in INSTITUTION_WORDS
                and any(
                    t.ent_type_ == "NORP" or t.lower_ in DENOMINATIONS or t.lower_ in DEMONYMS
                    for t in span
                )
                and not self.lookup(span.text)
            ):
                continue  # "the Catholic Church", "the Russian Museum": a body, not a sight
            found.append(span)
        return found

    def _town(self, run: Span) -> bool:
        """The gazetteer's first sense of the name is a town or an area."""
        senses = self.lookup(run.text)
        return bool(senses) and senses[0].kind in ("city", "admin1", "admin2", "country")

    def _possessive(
        self, span: Span, senses: tuple[Place, ...]
    ) -> list[tuple[Span, tuple[Place, ...]]]:
        """A country's or region's possessive is two names: "Iceland's Ring Road" is Iceland
        and the Ring Road (but "Martha's Vineyard" and "St. John's" stay whole)."""
        for token in span[1:-1]:
            if token.text in ("'s", "\u2019s"):
                owner, owned = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
                first, second = self.lookup(owner.text), self.lookup(owned.text)
                if first and second and first[0].kind in STRONG_KINDS:
                    return [(owner, first), (owned, second)]
        return [(span, senses)]

    def _senses_alone(self, token: Token) -> tuple[Place, ...]:
        """Senses of a one-word name. Not function words ("The", "May", "It"), single letters,
        abbreviations ("Va.", "Ore.": only a place before them makes them one); short
        capitals ("UAE", "US", but not "CEO" or "OSL") only as codes of countries and states."""
        text = token.text
        if text in ABBREVIATIONS:
            return self.lookup(text, codes=True)
        if token.is_stop or len(text) < 2 or (text.endswith(".") and text.count(".") == 1):
            return ()
        if text.isupper() and len(text.replace(".", "")) <= 4:
            if text.lower() in CAPITALS_THAT_ARE_WORDS:
                return ()
            senses = self.lookup(text, codes=True)
            strong = senses and senses[0].kind in STRONG_KINDS
            airport = len(text) == 3 and any(p.kind == "airport" for p in senses)
            alone = token.doc[token.i : token.i + 1]
            airport = airport and (context.travel_before(alone) or context.arrow_beside(alone))
            return senses if strong or airport else ()
        return self.lookup(text)

    def _ends(self, doc: Doc, start: int) -> list[int]:
        """Where a name starting at ``start`` may end, longest first."""
        ends: list[int] = []
        words = 0
        names = context.name_words(doc)
        for token in doc[start:]:
            if token.is_space or (token.i > start and "\n" in doc[token.i - 1].whitespace_):
                break
            if names[token.i]:
                words += 1
                ends.append(token.i + 1)
                if words == self.max_words:
                    break
            elif (
                words
                and token.is_digit
                and len(token) <= 3
                and names[token.i - 1]
            ):
                ends.append(token.i + 1)  # "Comuna 13", "Route 66"
                break
            elif words and _after_hyphen(token):
                # "Bourton-on-the-Water", "Henley-in-Arden": any lower-case word inside a
                # hyphened name; at its end a name's own ("Shirakawa-go")
                if not _before_hyphen(token):
                    ends.append(token.i + 1)
                    break
            elif token.i == start or token.lower_ not in NAME_CONNECTORS:
                break
        return ends[::-1]

    def _merge(
        self,
        doc: Doc,
        known: list[tuple[Span, tuple[Place, ...]]],
        features: list[Span],
    ) -> list[_Candidate]:
        """One candidate per place-like stretch of text: names of features and sights, then
        NER entities met by gazetteer names, then the other gazetteer names."""
        candidates: list[_Candidate] = []
        taken: set[int] = set()  # tokens of entities and candidates: no name is proposed twice

        def claim(candidate: _Candidate) -> None:
            candidates.append(candidate)
            taken.update(range(candidate.span.start, candidate.span.end))

        for span, senses in self._route_short_forms(doc, taken):
            claim(_Candidate(span, senses, "route", None, ROUTE_SHORT_FORM))
        for span in features:
            if taken.intersection(range(span.start, span.end)):
                continue
            label = span[0].ent_type_ or span[-1].ent_type_ or None
            source = f"ner:{label}+feature" if label else "feature"
            claim(_Candidate(span, self.lookup(span_text(span)), source, label, "feature"))
        for ent in doc.ents:
            if taken.intersection(range(ent.start, ent.end)):
                continue
            pieces = [
                context.with_period(context.with_name_end(p))
                for raw in context.split_glued(ent)
                if (p := context.trim(raw))
            ]
            joined = _hyphen_joined(ent, known)
            if joined and not self.lookup(ent.text):
                # "Bucharest-Brasov-Sibiu" as one entity: a route whose every stop is a known name;
                # three or more such names are a route whatever the label (no person is
                # "Lisbon-Evora-Lagos").
                evidence = ("entity" if ent.label_ in _PLACE_LABELS
                            else "list" if len(joined) >= LIST_OF_PLACES else None)
                source = f"ner:{ent.label_}+gazetteer"
                for span, senses in joined:
                    claim(_Candidate(span, senses, source, ent.label_, evidence))
                taken.update(range(ent.start, ent.end))
                continue
            if ent.label_ not in _PLACE_LABELS and _listed(pieces, known, firm=ent.label_ == "ORG"):
                # "Kamloops and Clearwater" as one ORG: each known name is weighed on its own,
                # still under the model's label (a list of surnames stays a list of people).
                for span, senses in known:
                    if ent.start <= span.start and span.end <= ent.end:
                        claim(_Candidate(span, senses, f"ner:{ent.label_}+gazetteer", ent.label_))
                taken.update(range(ent.start, ent.end))
                continue
            if (coded := _town_and_code(ent, known)) is not None:
                # "Byron Bay NSW" as one PERSON: the town and its state's code, each a name,
                # each the other's evidence as "Austin, Texas" would be.
                for span, senses in coded:
                    claim(_Candidate(span, senses, f"ner:{ent.label_}+gazetteer", ent.label_,
                                     "qualifier"))
                taken.update(range(ent.start, ent.end))
                continue
            if (trip := _trip_end(ent, known)) is not None:
                # "Ferry to Tavira" as one PERSON: the known name after the word of motion is
                # weighed on its own, under the model's label.
                span, senses = trip
                claim(_Candidate(span, senses, f"ner:{ent.label_}+gazetteer", ent.label_))
                taken.update(range(ent.start, ent.end))
                continue
            for n, piece in enumerate(pieces):
                if n and ent.label_ not in _PLACE_LABELS:
                    continue  # a name glued to a person or an organisation: the label is not its
                if self._verb_glued(piece, known):
                    continue  # "Walked Sintra" as one PERSON: weighed as the gazetteer's name
                candidate = self._from_entity(piece, ent.label_, known)
                if candidate is not None:
                    claim(candidate)
                taken.update(range(piece.start, piece.end))
        for span, senses in known:
            if not taken.intersection(range(span.start, span.end)):
                claim(_Candidate(span, senses, "gazetteer", None, code=_code(span, senses)))
        for span, source in self._unproposed_names(doc, taken):
            claim(_Candidate(span, (), source, None))
        return sorted(candidates, key=lambda c: c.span.start)

    def _verb_glued(self, piece: Span, known: list[tuple[Span, tuple[Place, ...]]]) -> bool:
        """The model glued a sentence's opening verb to a known name ("Stayed Zahara two
        nights"): the label is the pair's, not the name's; but "Painted Desert" is a name as a
        whole."""
        if not context.past_verb_opener(piece) or self.lookup(span_text(piece)):
            return False
        return any(span.start == piece.start + 1 and span.end == piece.end for span, _ in known)

    def _route_short_forms(self, doc: Doc, taken: set[int]) -> list[tuple[Span, tuple[Place, ...]]]:
        """A scenic route said without its head after "the": "a week on the Great Ocean", "drove the
        Icefields" (the gazetteer holds "Sea-to-Sky Highway", "Icefields Parkway": ``ROUTE_HEADS``).
        Not a name the gazetteer knows as it stands ("the Oregon"), nor the start of a longer
        name, nor a person's."""
        found = []
        the_word = doc.vocab.strings["the"]
        lowers = doc.to_array(LOWER).tolist()  # no Token for the words that are not "the"
        for i in range(len(doc) - 1):
            if lowers[i] != the_word or i + 1 in taken:
                continue
            the = doc[i]
            ends = []
            for token in doc[the.i + 1 : the.i + 1 + 2 * self.max_words]:
                if context.is_name_word(token) and not token.is_sent_start:
                    ends.append(token.i + 1)
                elif token.lower_ not in _ROUTE_CONNECTORS or "\n" in token.whitespace_:
                    break
            for end in reversed(ends[: self.max_words]):
                span = doc[the.i + 1 : end]
                if taken.intersection(range(span.start, span.end)):
                    continue
                if span[0].ent_type_ not in _ROUTE_LABELS or self.lookup(span.text):
                    break
                senses = tuple(
                    place
                    for head in ROUTE_HEADS
                    for place in self.lookup(f"{span.text} {head}")
                    if place.kind in ("region", "natural")
                )
                if senses:
                    found.append((span, senses))
                    break
        return found

    def _unproposed_names(self, doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
        """Names neither the model nor the gazetteer proposed, with their source: a whole item
        of a day line's list ("Day 2 - Hoi An: Cam Thanh, the bridge": a district or a sight
        of that day; "day list"), or a name travel leads to or from ("then on to Ninh Bihn",
        "took the bus to Sapa": a misspelling or a village the gazetteer lacks, left to the
        resolver's spelling match; "context"). Not an ordinary word, nor a street's, an
        institution's or a person's name."""
        day_lines = _DAY_LABEL.search(doc_text(doc)) is not None
        starts = _TRAVEL_PREPOSITIONS | _ITEM_STARTS if day_lines else _TRAVEL_PREPOSITIONS
        found = []
        names = context.name_words(doc)
        i = 0
        while i < len(doc):
            if not names[i] or i in taken or doc[i].ent_type_:
                i += 1
                continue  # the model's entity is weighed as such (``_from_entity``)
            before = context.previous_word(doc[i : i + 1])
            run = _name_run(doc, i, self.max_words) if before and before.lower_ in starts else None
            if run is None or taken.intersection(range(run.start, run.end)):
                i += 1
                continue
            i = run.end
            if any(t.ent_type_ for t in run):
                continue
            assert before is not None
            source = None
            if day_lines and before.text in _ITEM_STARTS:
                after = doc[run.end] if run.end < len(doc) else None
                whole = after is None or after.text in _ITEM_ENDS or "\n" in after.text
                source = "day list" if whole and context.day_list_item(run) else None
            if source is None and before.lower_ in _TRAVEL_PREPOSITIONS:
                travel = context.motion_word(run)
                moved = travel is not None and travel.lemma_.lower() not in MOTION_OF_THINGS
                source = "context" if moved and context.person_cue(run) is None else None
            if (
                source is not None
                and _may_be_unknown_place(run)
                and not (len(run) == 1 and ordinary_word(run[0], self.ordinary_margin))
            ):
                found.append((run, source))
        return found

    def _from_entity(
        self, piece: Span, label: str, known: list[tuple[Span, tuple[Place, ...]]]
    ) -> _Candidate | None:
        around = [
            (span, senses)
            for span, senses in known
            if span.start <= piece.start and span.end >= piece.end
        ]
        inside = [
            (span, senses)
            for span, senses in known
            if piece.start <= span.start and span.end <= piece.end
        ]
        if label in _PLACE_LABELS | {"FAC"} and context.person_cue(piece) in PERSON_BY_POSITION:
            label = "PERSON"  # "Sydney, you ...", "Jackson, the guide": a name, not a place
        if around:
            span, senses = around[0]
            equal = (span.start, span.end) == (piece.start, piece.end)
            if label in _PLACE_LABELS or label == "FAC":
                source = f"ner:{label}" if equal else f"ner:{label}+gazetteer"
                return _Candidate(span, senses, source, label, "entity")
            # "home out of JTR" as an ORG: an airport code all the same
            code = _code(span, senses)
            return _Candidate(span, senses, f"ner:{label}+gazetteer", label, code=code)
        if not any(context.is_name_word(t) for t in piece):
            return None  # "the south coast": a description, not a name
        if label in _PLACE_LABELS:
            senses = self.lookup(piece.text)
            core = None if senses else _core(piece, inside)
            if core is not None:
                span, senses = core
                return _Candidate(span, senses, f"ner:{label}+gazetteer", label, "entity")
            if context.street_name(piece):
                return None
            # A place the gazetteer does not know is still a place, when the text says so.
            return _Candidate(piece, senses, f"ner:{label}", label, "entity" if senses else None)
        if label == "FAC" and any(t.lower_ == "airport" for t in piece):
            for span, senses in inside:
                candidate = _Candidate(span, senses, "ner:FAC+gazetteer", label)
                if senses[0].kind == "airport" and not self._ordinary(candidate):
                    candidate.evidence = "airport"
                    return candidate
        if label in ("ORG", "FAC") and self.organisation_names:
            for span, senses in inside:
                candidate = _Candidate(span, senses, f"ner:{label}+gazetteer", label)
                if self._names_organisation(candidate):
                    candidate.evidence = "in organisation"
                    return candidate
        if label in _UNKNOWN_LABELS and _may_be_unknown_place(piece):
            return _Candidate(piece, (), f"ner:{label}+context", label)
        return None

    def _names_organisation(self, candidate: _Candidate) -> bool:
        """A place name that opens or closes an organisation's name: "the Ohio Department of
        Health", "University of Georgia" (news annotation counts it as a mention)."""
        span = candidate.span
        if self._ordinary(candidate) or context.address(span) or context.named_after(span):
            return False
        return context.inside_longer_name(span) or candidate.senses[0].kind in STRONG_KINDS

    # -- weighing ----------------------------------------------------------------------------

    def _weigh(self, candidates: list[_Candidate]) -> list[tuple[_Candidate, reasons.Rejection]]:
        """Decide each candidate; returns the names set aside as parts of other names, with
        why."""
        parts = [(c, why) for c in candidates if not c.accepted and (why := self._part_of_name(c))]
        aside = {id(c) for c, _ in parts}
        pending = [c for c in candidates if not c.accepted and id(c) not in aside]
        for candidate in pending:
            candidate.evidence = self._evidence(candidate)
        # A park said without "National Park" where the Doc names a park or the sentence the
        # outdoors ("Arches gets busy in summer, Canyonlands less so", "swam at Krka").
        parks = any(c.senses and c.senses[0].kind == "natural" for c in candidates)
        for candidate in pending:
            if not candidate.accepted and self._park_short_form(candidate, parks=parks):
                candidate.evidence = PARK_SHORT_FORM
        countries = {c.senses[0].country_code for c in candidates if c.accepted and c.senses}
        # Towns (not countries or regions: their centre says little) the Doc takes for places.
        towns = [
            c.senses[0]
            for c in candidates
            if c.accepted and c.senses and c.senses[0].kind not in STRONG_KINDS
        ]
        known = [c for c in candidates if c.senses and not c.code]
        # A table's column of known names is a list ("| 3 | Bled | 2 |" row under row).
        columns = Counter(context.table_column(c.span) for c in known)
        by_start = {c.span.start: c for c in known}
        by_end = {c.span.end: c for c in known}
        every_start = {c.span.start: c for c in candidates}
        lines = _list_lines(known)
        for candidate in pending:
            if not candidate.accepted:
                members = _list_members(candidate, by_start, by_end, enough=LIST_OF_PLACES)
                # A list the model reads as people throughout ("I met Anna, Tom and Jackson")
                # is no evidence of places: people come in lists too, but not joined by dashes
                # or arrows ("Bled - Bohinj - Bovec" as one PERSON is a route).
                listed = len(members) >= LIST_OF_PLACES and (
                    _route_joined(members) or not all(m.label == "PERSON" for m in members)
                ) and not context.met(min(members, key=lambda m: m.span.start).span)
                column = context.table_column(candidate.span)
                listed = listed or (column is not None and columns[column] >= LIST_OF_PLACES)
                # Names listed together in one country make each other's region ("Kotor,
                # Budva and Perast"): surnames seldom share one.
                shared = {m.senses[0].country_code for m in members[1:]} if listed else set()
                block = lines.get(id(candidate), [])
                shared |= {m.senses[0].country_code for m in block if m is not candidate}
                self._weigh_clues(
                    candidate, countries | shared, towns, listed=listed, list_line=bool(block),
                    owned=_owned_by_area(candidate, by_end),
                    owner=_owns_feature(candidate, every_start),
                )
        # An ordinary word alone on a list's line is a stop when three towns that are no
        # ordinary words stand on the lines of its block ("1. Bologna 2. Verona 3. Ravenna").
        for candidate in pending:
            if not candidate.accepted and self._ordinary(candidate):
                block = lines.get(id(candidate), [])
                towns_around = [m for m in block if m.accepted and not self._ordinary(m)]
                if len(towns_around) >= LIST_OF_PLACES:
                    candidate.evidence = "list"
        for candidate in [c for c in candidates if c.accepted]:
            self._add_abbreviation(candidate, candidates)
        # A name the gazetteer does not know (not a firm's) is listed with places in a list of
        # three or more.
        every_end = {c.span.end: c for c in candidates}
        # Evidence spreads, until nothing changes: along lists ("Trondheim - Alesund - Bergen"),
        # and from a name with evidence of its own to the same name elsewhere in the Doc.
        # A name in a person's position ("Thanks Linda", "Mrs Lincoln") takes no evidence from
        # its namesakes or its neighbours, nor does a small place's name before "said" ("Kristina
        # said"; but "Liverpool said" is a club, a big town's name).
        met_ends = {c.span.end for c in pending if context.met(c.span)}
        personal = {id(c) for c in pending if _personal(c) or c.span.end in met_ends}
        changed = True
        while changed:
            changed = False
            # A sight's list is not a list of towns ("the castle, the old market, a noodle
            # hall"): a feature lends no list evidence.
            # Nor does a name the gazetteer does not know, unless travel led to it: lists of
            # people and firms go on from one place ("Mayor of London, Boris Johnson, said").
            # Nor does a name placed by its distance to the others: it is a place only because
            # of them ("Lewis, Perast for the boat" is no list of towns).
            lending = [
                c for c in candidates if c.accepted and not _nearby_only(c, self.threshold)
            ]
            listing = [
                c
                for c in lending
                if c.evidence != "feature"
                and (c.evidence == "travel word" or not self._unknown(c))
            ]
            starts = {c.span.start for c in listing}
            ends = {c.span.end for c in listing}
            placed = {i for c in lending for i in range(c.span.start, c.span.end)}
            seeds = [c for c in candidates if c.evidence in SELF_EVIDENT]
            # A name placed by its distance that stands in a list beside a lending place is the
            # list's too, and lends in turn ("Tirana, Kruje, Lagjja Theth, Shkoder").
            for candidate in candidates:
                if _nearby_only(candidate, self.threshold):
                    left, right = context.joined_neighbours(candidate.span)
                    if left in ends or right in starts:
                        candidate.evidence = "list"
                        changed = True
            for candidate in pending:
                if candidate.accepted or candidate.code or id(candidate) in personal:
                    continue
                left, right = context.joined_neighbours(candidate.span)
                # "Bus to Tre Cime": the means of travel, not a stop of the route; "met Anna
                # first, then Tom": the people met, not stops
                vehicle = candidate.span.text.lower() in MOTION_WORDS
                if (left in ends or right in starts) and not vehicle and left not in met_ends and (
                    not self._unknown(candidate)
                    or (
                        candidate.label != "ORG"  # firms are listed with towns
                        and _list_length(candidate, every_start, every_end, enough=LIST_OF_PLACES)
                        >= LIST_OF_PLACES
                    )
                ):
                    candidate.evidence = "list"
                elif (
                    _named_as(candidate, seeds)
                    and not self._ordinary(candidate)
                    and not self._unknown(candidate)  # news repeats firms' and people's names
                ):
                    candidate.evidence = "same name"
                elif (
                    candidate.senses
                    and not self._ordinary(candidate)
                    and _last_of_places(candidate.span, placed)
                ):
                    candidate.evidence = "list"
                changed = changed or candidate.accepted
        weighed = {id(c) for c in pending}
        candidates[:] = sorted(
            (c for c in candidates if c.accepted or id(c) in weighed), key=lambda c: c.span.start
        )
        return parts

    def _weigh_clues(
        self,
        candidate: _Candidate,
        countries: set[str | None],
        towns: Sequence[Place],
        *,
        listed: bool,
        list_line: bool = False,
        owned: bool = False,
        owner: bool = False,
    ) -> None:
        """Add up the clues (``CLUES``) of a name no single rule settled; ``listed`` when it
        stands in a list with other known names (none of them yet a place), ``list_line`` when
        it is alone on a list's line among such lines (``_list_lines``), ``owned`` after a
        country's or region's "'s" (``_owned_by_area``); ``towns`` are the Doc's places so far,
        for the "nearby" clue."""
        span = candidate.span
        found = []
        if listed:
            found.append("list")
        if owned:
            found.append("owned")
        if owner and candidate.senses and _likely_town(candidate.senses[0]):
            found.append("owner")
        if list_line:
            found.append("list line")
        person = context.person_cue(span)
        if person is not None:
            found.append(person)
        if (
            context.place_word_before(span, verbs=not _person_by_label(candidate))
            and not candidate.code
        ) or context.motion_before(span):
            found.append("preposition")
        if context.stay_word_near(span):
            found.append("stay")
        if context.near_word_after(span):
            found.append("near")
        if context.verdict(span) or (context.place_state(span) and not context.person_like(span)):
            found.append("verdict")
        # not a name people bear ("Madison worth the wait?", "Jordan is taller than Sam")
        if (context.worth_question(span) or context.recommended(span)) and not (
            context.person_like(span)
        ):
            found.append("worth")
        if context.compared(span) and not context.person_like(span):
            found.append("compared")
        if context.kind_of_place(span):  # no person is "an old mill town"
            found.append("kind")
        if context.asked(span) and not context.person_like(span):
            found.append("asked")
        if context.route_word_before(span) or context.left_behind(span):
            found.append("route")
        # not a person's name the model reads so ("Madison for the win")
        if (context.visit_after(span) or context.awaited(span)) and not (
            candidate.label == "PERSON" and context.person_like(span)
        ):
            found.append("visit")
        if context.region_colon_before(span):
            found.append("within")
        if context.signed_home(span):
            found.append("signed")
        if context.day_label_before(span):
            found.append("day")
        if context.heading(span) and not self._ordinary(candidate):
            found.append("heading")
        if self._unknown(candidate):
            found.append("unknown")
        top = candidate.senses[0] if candidate.senses else None
        # a capitalised word that opens a sentence is an ordinary one unless a proper noun, the
        # stop after a day's label ("Monday: Aviemore", where the parser starts anew), a stay
        # ("Cesis for one night"), a route's or a plan's stop ("Himeji and back to Osaka",
        # "Elgol for the boat") or a traveller's verdict ("Perast is tiny")
        ordinary = (
            self._ordinary(candidate) and not named_stop(span, found)
        ) or _common_opening(span, candidate.label, found)
        if top is not None and not ordinary and not candidate.code:
            if top.kind in STRONG_KINDS or top.prior >= _TOWN_PRIOR:
                found.append("prior")
            if self._big(candidate) is not None:
                found.append("prominent")
            if top.country_code in countries:
                found.append("region")
            if _holds_towns(top, towns):
                found.append("contains")
            near = self._nearby(candidate.senses, towns)
            if _may_be_near(span, top, candidate.label, found) and near:
                found.append("nearby")
        candidate.clues = tuple(Clue(kind, _CLUE_WEIGHTS[kind]) for kind in found)
        score = sum(clue.weight for clue in candidate.clues)
        text = any(clue.kind in TEXT_CLUES for clue in candidate.clues)
        if score >= self.threshold and text:
            candidate.evidence = "clues"

    def _nearby(self, senses: Sequence[Place], towns: Sequence[Place]) -> bool:
        """The name's first sense is within ``nearby_km`` (0: never) of another of the Doc's
        towns; not a country or region itself (its centre says little)."""
        if self.nearby_km <= 0 or not senses or senses[0].kind in STRONG_KINDS:
            return False
        place = senses[0]
        return any(
            town.id != place.id
            and distance_km(place.lat, place.lon, town.lat, town.lon) <= self.nearby_km
            for town in towns
        )

    def reconsider(
        self,
        span: Span,
        countries: set[str],
        *,
        repeated: bool = False,
        towns: Sequence[Place] = (),
    ) -> bool:
        """Whether a name set aside in its own Doc is a place once the thread's countries are
        known ("Ninh Binh" in a comment of a thread about Vietnam): its clues plus the region
        clue, by the same threshold. Records the new clues on the span. A name ``repeated``
        (set aside in several sections) needs no clue from the words around it: the thread's
        coming back to it stands for one. Only a name with the "prior" clue, or one the words
        make a stop of the plan, is weighed again, or one within ``nearby_km`` of the thread's
        ``towns`` (a chat's "Parnu would be dead" after Tallinn and Riga in other messages),
        which then has the "nearby" clue as it would have in one Doc."""
        evidence, clues = span._.place_evidence
        kinds = {clue.kind for clue in clues}
        if evidence is not None:
            return False
        # a small town is weighed again too where the words make it a stop of the plan ("Elgol
        # for the boat", "Revelstoke (three nights)"), unless an ordinary word
        stop = bool(kinds & _STOP_CLUES) and not (
            len(span) == 1 and ordinary_word(span[0], self.ordinary_margin)
        )
        senses = self.lookup(span.text, codes=span.text in ABBREVIATIONS)
        near = bool(senses) and "nearby" not in kinds
        near = near and self._thread_near(span, senses, kinds, towns)
        if not ("prior" in kinds or stop or near):
            return False
        added = [Clue("nearby", _CLUE_WEIGHTS["nearby"])] if near else []
        if "region" in kinds:  # the Doc's own places gave it: only the repetition is new
            if not (repeated or near):
                return False
        elif senses and senses[0].country_code in countries:
            added.append(Clue("region", _CLUE_WEIGHTS["region"]))
        elif not near:
            return False
        clues = (*clues, *added)
        span._.place_evidence = (None, clues)
        text = bool({clue.kind for clue in clues} & TEXT_CLUES) or repeated
        return text and sum(clue.weight for clue in clues) >= self.threshold

    def _thread_near(
        self, span: Span, senses: tuple[Place, ...], kinds: set[str], towns: Sequence[Place]
    ) -> bool:
        """The "nearby" clue a name set aside in its Doc takes from the thread's other towns,
        under the gates it has in one Doc (``_may_be_near``); not for an ordinary word or a
        common word opening its sentence, nor for an airport code."""
        label = span._.ner_label
        return (
            not (len(span) == 1 and ordinary_word(span[0], self.ordinary_margin))
            and not _common_opening(span, label, sorted(kinds))
            and not (len(span) == 1 and span.text.isupper())
            and _may_be_near(span, senses[0], label, sorted(kinds))
            and self._nearby(senses, towns)
        )

    def _part_of_name(self, candidate: _Candidate) -> reasons.Rejection | None:
        """Part of an address, or of an organisation's name (unless ``organisation_names``),
        or an acronym NER calls an ORG ("NATO"; but "UAE" is a country's code, and "a flight
        from SFO" names an airport): which of them, or None."""
        span = candidate.span
        if context.address(span):
            return reasons.Rejection.ADDRESS
        if context.institution_word(span):
            return reasons.Rejection.INSTITUTION
        # "Riad Fes", "the Shinano line", "Delft pottery": not places
        if context.business(span):
            return reasons.Rejection.BUSINESS
        if context.product(span):
            return reasons.Rejection.PRODUCT
        if context.inside_longer_name(span):
            return None if self.organisation_names else reasons.Rejection.ORGANISATION
        acronym = candidate.label == "ORG" and span.text.isupper()
        # "two days in BUCHAREST": a long word in capitals is shouted, not an acronym.
        shouted = len(span.text) > _ACRONYM_LETTERS and bool(candidate.senses)
        acronym = acronym and not (shouted and _likely_town(candidate.senses[0]))
        acronym = acronym and span.text not in ABBREVIATIONS and not context.dateline(span)
        if acronym and candidate.senses:
            airport = any(p.kind == "airport" for p in candidate.senses)
            acronym = candidate.senses[0].kind != "country" and not (
                airport and (context.travel_before(span) or context.arrow_beside(span))
            )
        return reasons.Rejection.ACRONYM if acronym else None

    def _rejection(self, candidate: _Candidate) -> reasons.Rejection | None:
        """Why a name that looked like a place was set aside for want of evidence: a person's
        position, an airport code without travel, an ordinary word, clues that did not add up,
        or nothing at all; None for a name that never looked like a place."""
        if not _looks_placed(candidate):
            return None
        cue = next((clue.kind for clue in candidate.clues if clue.kind in PERSON_CLUES), None)
        if cue is not None:
            return reasons.person(cue)
        if candidate.code:
            return reasons.Rejection.CODE
        if self._ordinary(candidate):
            return reasons.Rejection.ORDINARY_WORD
        if any(clue.weight > 0 for clue in candidate.clues):
            return reasons.Rejection.FEW_CLUES
        return reasons.Rejection.NO_EVIDENCE

    @staticmethod
    def _unknown(candidate: _Candidate) -> bool:
        """Neither the gazetteer nor the model takes the name for a place."""
        return not candidate.senses and candidate.label not in _PLACE_LABELS

    def _ordinary(self, candidate: _Candidate) -> bool:
        span = candidate.span
        return len(span) == 1 and ordinary_word(span[0], self.ordinary_margin)

    def _evidence(self, candidate: _Candidate) -> str | None:
        span = candidate.span
        if candidate.code:
            # "flew into OTP", "OTP -> Brasov -> Sibiu": travel, or a stop of a route line
            moved = context.travel_before(span) or context.arrow_beside(span)
            return "airport code" if moved else None
        if context.person_cue(span) is not None:
            return None  # "Linda, you ...", "Lincoln, the president": weighed as clues
        if context.day_list_item(span):
            return "day list"  # "Day 2 - Munich: the Residenz, Schwabing, Nymphenburg"
        if self._sight(candidate):
            return "feature"  # "the Mezquita", "Real Alcázar": a sight the gazetteer knows
        trip = context.trip_sentence(span)
        if self._unknown(candidate):
            # Only travel says place here ("drove on to Kelmend Lagjja", "Cam Kim is an easy
            # day trip"; a distance is not enough: "Dave is an hour from Leeds"); lists, clues
            # later.
            if trip is not None and trip.lower_ not in NEAR_WORDS:
                return "trip sentence"
            travel = context.motion_word(span)
            moved = travel is not None and travel.lemma_.lower() not in MOTION_OF_THINGS
            return "travel word" if moved else None
        # the model reads a sentence's first words as a person's name often enough ("Sri Lanka
        # in January: ..."); a country's or continent's name no one bears is still the country
        country = _country_no_one_bears(candidate)
        person = candidate.label == "PERSON" and not country
        if (
            context.place_word_before(span, weak=False, verbs=not _person_by_label(candidate))
            or context.motion_before(span)
            or context.done_as_trip(span)
        ):
            return "place word"
        if trip is not None:
            return "trip sentence"  # "X is an easy day trip from Y", "An easy trip from Y is X"
        if context.dateline(span):
            return "dateline"
        if context.hometown(span):
            return "hometown"
        if self._qualified(span):
            return "qualifier"
        if self._ordinary(candidate):
            # "State police", "to City Hall": an ordinary word needs more, such as the count of
            # nights a route line gives its stops ("Nice 4n -> Marseille 3n")
            return "word after" if context.nights_after(span) else None
        # "at Glacier Ridge", "from United Russia": the model's place the gazetteer does not
        # know is a school, a party, a firm as often; a weak word is not enough for it.
        unknown_place = candidate.label in _PLACE_LABELS and not candidate.senses
        if not person and not unknown_place and context.place_word_before(span):
            return "weak place word"
        if context.place_word_after(span) and not (person and context.family_word_after(span)):
            return "word after"
        if self.organisation_names and context.inside_longer_name(span):
            return "in organisation" if self._names_organisation(candidate) else None
        big = None if person else self._big(candidate)
        if big is None:
            return None
        if candidate.label == "ORG" or country:
            return "big place"
        # A capitalised sentence start may be any word; a country's name is still the country.
        first = not span[0].is_sent_start or big.kind in STRONG_KINDS
        if candidate.label is None and _proper_noun(span) and first:
            return "big place"
        return None

    def _sight(self, candidate: _Candidate) -> bool:
        """The gazetteer's first sense is a sight or a natural feature, and the name is written
        as one: after "the" ("the Mezquita", "the Portara"), or in two or more words the model
        does not call a person's ("Real Alcázar"), or led by a local article ("Las Setas").
        Not with ``buildings`` off (news annotation counts no buildings), nor a name of
        ordinary words ("the Globe", "Botanical Garden"), nor after a brand."""
        top = candidate.senses[0] if candidate.senses else None
        if not self.buildings or top is None or top.kind not in _SIGHT_KINDS or candidate.code:
            return False
        span = candidate.span
        names = [t for t in span if context.is_name_word(t)]
        if not _proper_noun(names) or _after_brand(span):
            return False
        if all(ordinary_word(t, self.ordinary_margin) for t in names):
            return False  # "the Globe", "Botanical Garden": a description, as often as a name
        before = span.doc[span.start - 1] if span.start else None
        if before is not None and before.lower_ == "the":
            return True
        article = span[0].lower_ in _LOCAL_ARTICLES
        return len(span) > 1 and (candidate.label != "PERSON" or article)

    def _park_short_form(self, candidate: _Candidate, *, parks: bool) -> bool:
        """The gazetteer holds a park by this name, alone ("Krka" for Krka National Park) or
        with a park head (``PARK_HEADS``: "Glacier", "Arches"), the name is no country's nor a
        whole feature's name ("Bryce Canyon"), nothing says person, and the Doc names a park
        (``parks``) or the sentence speaks of the outdoors."""
        span = candidate.span
        if (
            candidate.code
            or len(span) > 3
            or (len(span) > 1 and span[-1].lower_ in FEATURE_HEADS)
            or any(p.kind == "country" for p in candidate.senses)
            or context.person_cue(span) is not None
            or (span.start > 0 and span.doc[span.start - 1].like_num)  # "2231 Royal": a street
            or not context.alone(span)  # "Roaring Plains West Wilderness": another name's end
            or not (parks or context.nature_word_near(span))
        ):
            return False
        if candidate.senses and candidate.senses[0].feature == "park":
            return True
        return not any(p.kind == "natural" for p in candidate.senses) and any(
            park.kind in ("natural", "region")
            for head in PARK_HEADS
            for park in self.lookup(f"{span.text} {head}")
        )

    def _big(self, candidate: _Candidate) -> Place | None:
        """The country, region or big city that goes by this very name (not by an alias)."""
        key = candidate.key
        for place in candidate.senses:
            if key in (normalize_name(place.name), normalize_name(place.ascii_name)):
                big = place.kind in STRONG_KINDS or place.prior >= self.min_prior
                return place if big else None
        return None

    def _qualified(self, span: Span) -> bool:
        """ "Reading, England", "Gainesville, Fla.": a region or country right after a comma;
        or after "in", one that holds a place of the name ("Valencia in Venezuela")."""
        comma = context.comma_then(span)
        after = context.next_word(span)
        inside = comma is None
        if comma is not None:
            if context.state_abbreviation_at(span, comma) is not None:
                return True
            i = comma
        elif after is not None and after.lower_ == "in" and after.i + 1 < len(span.doc):
            i = after.i + 1
        else:
            return False
        for end in self._ends(span.doc, i):
            senses = self.lookup(span.doc[i:end].text)
            if senses:
                area = senses[0]
                return area.kind in STRONG_KINDS and (not inside or any(
                    place.lies_in(area) for place in self.lookup(span.text)))
        return False

    def _add_abbreviation(self, candidate: _Candidate, candidates: list[_Candidate]) -> None:
        """ "Alexandria, Va.": the state abbreviation after a place is a place too."""
        i = context.comma_then(candidate.span)
        abbreviation = None if i is None else context.state_abbreviation_at(candidate.span, i)
        if abbreviation is not None and all(c.span.start != i for c in candidates):
            candidates.append(_Candidate(abbreviation, (), "abbreviation", None, "qualifier"))


def named_stop(span: Span, clues: Iterable[str]) -> bool:
    """An ordinary word written as a name of its own where the words make it a stop of the
    plan ("then Bled for three nights", "then Split for a week")."""
    return capitalised_alone(span) and not _STOP_CLUES.isdisjoint(clues)


def capitalised_alone(span: Span) -> bool:
    """Written capitalised inside its sentence and apart from any other capitalised word: a
    name of its own ("Bohinj beats Bled"), not the sentence's first word (capitalised anyway)
    nor a word of a longer name ("the Golden Loop", "Villers-sur-Mer") nor a feature's generic
    word ("the Lakes" for the Lake District)."""
    doc = span.doc
    if span[0].is_sent_start or span.text.lower() in FEATURE_HEADS:
        return False  # "the Lakes", "the Falls": a feature's short form, no town's name
    before, after = doc[span.start - 1], doc[span.end] if span.end < len(doc) else None
    glued = not before.whitespace_ or (after is not None and not span[-1].whitespace_
                                       and not after.is_punct)
    names = before.is_title or (after is not None and after.is_title and not after.is_sent_start)
    return not (glued or names)


def opens_as_subject(span: Span) -> bool:
    """One word that opens its sentence as the subject of the verb right after it, with no
    article ("Split looks easier", "Hue was wet", "Cork is small"): the way a town's name
    stands there, not the word's ("The split ...", "Nice thread", "Bath towels")."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_sent_start or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.pos_ in ("VERB", "AUX") and after.tag_ != "VBG" and not after.is_sent_start


def ordinary_word(token: Token, margin: float) -> bool:
    """A capitalised word English mostly writes in lower case ("Reading", "Police"), by the
    curated list or by ``margin`` (see wordcase). Capitals ("US", "PARIS") are not words."""
    if not token.is_title or token.text in ABBREVIATIONS:
        return False
    found = wordcase.margin(token.text)
    return token.lower_ in ORDINARY_WORD_TOWNS or (found is not None and found > margin)


def _code(span: Span, senses: tuple[Place, ...]) -> bool:
    """Three capitals the gazetteer knows, not as a country's or region's code nor as a short
    form of ours: an airport code, a place only with a travel word before it."""
    code = len(span) == 1 and len(span.text) == 3 and span.text.isupper()
    return code and span.text not in ABBREVIATIONS and senses[0].kind not in STRONG_KINDS


def _personal(candidate: _Candidate) -> bool:
    """In a person's position; before "said", a small place's name or one the model does not
    call a place ("Jackson said", "Tyler says"; "Washington said" is a government)."""
    cue = context.person_cue(candidate.span)
    if cue == "speech":
        return candidate.label in _SPEAKERS or all(clue.kind != "prior" for clue in candidate.clues)
    return cue is not None


def _inside_entity(span: Span) -> bool:
    """Part of a longer entity of the model's: a word of a hotel's, a firm's or a product's
    name, not a name of its own; but not of a list the model glued into one entity ("Sintra
    and Cascais", "Vik -> Hofn"), whose names are each a name, nor of a plan's stop with its
    nights ("Sighisoara 1 night" as a law's name), nor of a trip ("Ferry to Tavira"), nor the
    name before an "'s" that owns the rest ("Valletta's Upper Barrakka Gardens")."""
    trip = span.start > 0 and span.doc[span.start - 1].lower_ in _TRIP_WORDS
    # "Barcelona's Gothic Quarter": the name that owns the rest is a name of its own
    owns = span.end < len(span.doc) and span.doc[span.end].text in context.POSSESSIVE_MARKS
    return not context.nights_after(span) and not trip and not owns and any(
        ent.start <= span.start
        and span.end <= ent.end
        and len(ent) > len(span)
        and not any(t.lower_ in _LIST_WORDS or t.is_punct for t in ent)
        for ent in span.doc.ents
    )


def _common_opening(span: Span, label: str | None, found: Sequence[str]) -> bool:
    """A capitalised word that opens a sentence, that the model tags as no proper noun and
    labels nothing, is weighed as an ordinary word, unless the stop after a day's label
    ("Monday: Aviemore", where the parser starts anew), a stay ("Cesis for one night"), a
    route's or a plan's stop ("Himeji and back to Osaka", "Elgol for the boat") or a
    traveller's verdict ("Perast is tiny") stands by it, or English has no lower-case use of
    its words ("Olvera sits on its hill", "Trakai from Vilnius": ``wordcase.margin``). A chat's
    lower-case sentence start is no capital ("mestia is")."""
    return (
        bool(span[0].is_sent_start)
        and span[0].is_title
        and not _proper_noun(span)
        and label is None
        and not _OPENING_CLUES.intersection(found)
        and not _no_english_word(span)
    )


def _no_english_word(span: Span) -> bool:
    """Every word of the name is written capitalised, and English has no commoner lower-case
    use of any of them (only known when the case table is installed: ``wordcase``)."""
    return bool(wordcase.margins()) and all(
        token.is_title and wordcase.margin(token.text) is None and token.lower_ not in PEOPLE_NAMES
        for token in span
    )


def _may_be_near(span: Span, top: Place, label: str | None, found: Sequence[str]) -> bool:
    """Whether the "nearby" clue may count for the name: not a name that acts as people do
    ("Florence joined us in Pisa"), nor one word the model calls a person's or that is a common
    person's name whatever the model calls it ("with Ross and Kelso", "Keith is driving us"),
    nor a piece of a longer name the model drew ("the Kasbah du Toubkal", "Oban Distillery"),
    nor a town's name after "the": a thing named after it ("the Jacobite"). But a name the
    model calls a person's that no one bears (no common name, no commenter's) is a town near
    the others where the words say place too ("Molinos on the way back from Cachi is
    lovely"), or where it is described as places are and English has no word for it
    ("Grazalema has the better walks", "Birgu was on our list")."""
    person_word = len(span) == 1 and (label == "PERSON" or span.text.lower() in PEOPLE_NAMES)
    described = _no_english_word(span) and context.described(span)
    person_word = person_word and (
        context.person_like(span) or not (described or TEXT_CLUES.intersection(found))
    )
    return (
        not person_word
        and not context.acts(span)
        and not _inside_entity(span)
        and not (top.kind == "city" and context.after_the(span))
    )


def _owned_by_area(candidate: _Candidate, by_end: Mapping[int, _Candidate]) -> bool:
    """"Japan's Tohoku", "Scotland's Highlands": the name follows a country's or a region's
    "'s", and that name is taken for a place."""
    start = candidate.span.start
    if start < 2 or candidate.span.doc[start - 1].text not in context.POSSESSIVE_MARKS:
        return False
    owner = by_end.get(start - 1)
    return (owner is not None and owner.accepted and bool(owner.senses)
            and owner.senses[0].kind in STRONG_KINDS | {"region"})


def _owns_feature(candidate: _Candidate, by_start: Mapping[int, _Candidate]) -> bool:
    """"Valletta's Upper Barrakka Gardens": an "'s" after the name, and the name of a
    feature or sight right after it (not "Kim's Bistro": a business is no feature)."""
    doc, end = candidate.span.doc, candidate.span.end
    owned = by_start.get(end + 1)
    return (end < len(doc) and doc[end].text in context.POSSESSIVE_MARKS and owned is not None
            and (owned.evidence == "feature"
                 or (bool(owned.senses) and owned.senses[0].kind in _FEATURE_KINDS)))


def _holds_towns(area: Place, towns: Sequence[Place]) -> bool:
    """"Sicily by train" over a post naming Palermo and Catania: a state or province that holds
    two or more of the Doc's towns is the region they are in (a surname seldom does)."""
    if area.kind != "admin1" or area.admin1 is None:
        return False
    held = {t.id for t in towns
            if t.country_code == area.country_code and t.admin1 == area.admin1}
    return len(held) >= _TOWNS_HELD


def _person_by_label(candidate: _Candidate) -> bool:
    """A name the model reads as a person's that people bear: "visited Linda and Tom in
    Denver", since people are visited and left as places are."""
    return candidate.label == "PERSON" and context.person_like(candidate.span)


def _nearby_only(candidate: _Candidate, threshold: float) -> bool:
    """Placed by its clues only thanks to the "nearby" clue: without it the rest would not
    reach ``threshold`` or hold a clue from the words around the name."""
    if candidate.evidence != "clues" or all(c.kind != "nearby" for c in candidate.clues):
        return False
    rest = [c for c in candidate.clues if c.kind != "nearby"]
    return sum(c.weight for c in rest) < threshold or all(c.kind not in TEXT_CLUES for c in rest)


def _named_as(candidate: _Candidate, seeds: list[_Candidate]) -> bool:
    """One sense per discourse: the same name, or another name of the same place ("Skye"
    after "Isle of Skye"), is taken as a place elsewhere in the Doc. A name NER calls a person,
    or one the gazetteer does not know, needs a seed with strong evidence to share its name:
    surnames are town names too, and news repeats firms' names."""
    ids = {place.id for place in candidate.senses[:SAME_PLACE_SENSES]}
    person = candidate.label == "PERSON" or not candidate.senses
    for seed in seeds:
        if seed.key == candidate.key:
            if not person or seed.evidence in SELF_EVIDENT_FOR_PERSONS:
                return True
        elif seed.senses and seed.senses[0].id in ids:
            return True
    return False


def _labelled(candidate: _Candidate, rejection: reasons.Rejection | None = None) -> Span:
    span = candidate.span
    labelled = Span(span.doc, span.start, span.end, label=candidate.source)
    labelled._.place_evidence = (candidate.evidence, candidate.clues)
    labelled._.ner_label = candidate.label
    if rejection is not None:
        labelled._.place_rejection = rejection
    return labelled


def _inside_entities(
    known: list[tuple[Span, tuple[Place, ...]]], candidates: list[_Candidate]
) -> list[Span]:
    """Known names that ``_merge`` left inside an entity of the model that gave no place there
    ("Abraham Lincoln", "a Nice day" as a date): none of ``candidates`` covers their words."""
    covered = {i for c in candidates for i in range(c.span.start, c.span.end)}
    return [
        span
        for span, _ in known
        if span[0].ent_type_ and not covered.intersection(range(span.start, span.end))
    ]


def _looks_placed(candidate: _Candidate) -> bool:
    """The gazetteer knows the name, or the model called it a place: a name whose rejection
    the report lists."""
    return bool(candidate.senses) or candidate.label in _PLACE_LABELS


def _list_length(candidate: _Candidate, by_start: dict[int, _Candidate],
                 by_end: dict[int, _Candidate], *, enough: int) -> int:
    """How many known names (indexed by where they start and end) stand in one list with the
    candidate ("Vancouver 3, Victoria 2, Tofino 3": 3), counting up to ``enough`` so a long list
    costs no more than a short one; "&" does not join places ("Stevens & Wilkinson" is a firm)."""
    return len(_list_members(candidate, by_start, by_end, enough=enough))


def _list_members(
    candidate: _Candidate,
    by_start: dict[int, _Candidate],
    by_end: dict[int, _Candidate],
    *,
    enough: int,
) -> list[_Candidate]:
    """The names of ``_list_length``'s list, the candidate first."""
    members = [candidate]
    for step in (0, 1):  # leftwards, then rightwards
        current = candidate
        while True:
            around = context.joined_neighbours(current.span)
            after = context.next_word(current.span) if step else None
            before = None if step else context.previous_word(current.span, skip=())
            joiner = after if step else before
            if joiner is not None and joiner.text == "&":
                break
            index = around[1] if step else around[0]
            neighbour = None if index is None else (by_start if step else by_end).get(index)
            if neighbour is None or neighbour is candidate or len(members) >= enough:
                break
            members.append(neighbour)
            current = neighbour
    return members


def _route_joined(members: list[_Candidate]) -> bool:
    """Each two names of a list stand apart by a dash or an arrow, as a route's stops do."""
    spans = sorted((m.span for m in members), key=lambda span: span.start)
    doc = spans[0].doc
    return all(
        any(t.text in _ROUTE_MARKS for t in doc[left.end : right.start])
        for left, right in pairwise(spans)
    )


def _list_lines(known: list[_Candidate]) -> dict[int, list[_Candidate]]:
    """The known names alone on a list's line ("3. Porto", ``context.list_line``), by the id of
    each, with the others of its block (lines with no blank line between), when the block has
    ``LIST_OF_PLACES`` or more such lines: a list of places, one a line."""
    items = [c for c in known if context.list_line(c.span)]
    if not items:
        return {}
    text = items[0].span.doc.text
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    blocks: dict[int, list[_Candidate]] = {}
    for item in items:
        blocks.setdefault(bisect.bisect(breaks, item.span.start_char), []).append(item)
    found: dict[int, list[_Candidate]] = {}
    for block in blocks.values():
        # people come in lists too ("1. Jackson 2. Chelsea 3. Lincoln"): their names count
        # for no line
        lines = {text.count("\n", 0, c.span.start_char) for c in block if not _people_name(c)}
        if len(lines) >= LIST_OF_PLACES:
            found.update((id(c), block) for c in block)
    return found


def _country_no_one_bears(candidate: _Candidate) -> bool:
    """The name is a country's or a continent's and no common name of people ("Sri Lanka",
    "Peru"; not "Jordan", "Chad", "Georgia")."""
    top = candidate.senses[0] if candidate.senses else None
    return top is not None and top.kind in ("country", "continent") and not _people_name(
        candidate)


def _people_name(candidate: _Candidate) -> bool:
    """A common given name or surname (the model reads a list's lone names as people's, towns
    too, so its label says little here)."""
    return candidate.span.text.lower() in PEOPLE_NAMES


def _last_of_places(span: Span, placed: set[int]) -> bool:
    """The last item of a list after "and", the two items before it each holding a place or a
    feature: "the buses reach the Old Man of Storr, the west side of Trotternish and Dunvegan"
    (items that describe a place, not only name one, so no neighbour is a name)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and not (after.is_punct or after.is_sent_start):
        return False
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "and":
        return False
    for n in range(_ITEMS_BEFORE_LAST):
        end, i = i, i - 1
        while i > 0 and doc[i].text != "," and not doc[i].is_sent_start:
            if doc[i].text in _ITEM_BREAKS or "\n" in doc[i].text:
                return False
            i -= 1
        comma = doc[i].text == ","
        if not placed.intersection(range(i + comma, end)):
            return False
        if not comma and n + 1 < _ITEMS_BEFORE_LAST:
            return False  # the list starts its sentence too soon
    return True


def _trip_end(ent: Span, known: list[tuple[Span, tuple[Place, ...]]]
              ) -> tuple[Span, tuple[Place, ...]] | None:
    """The known name that ends an entity after a word of motion inside it ("Ferry to
    Tavira", "Flights from Faro"), after a greeting's "from" ("Bonjour de Caen"), after a
    weekday's label ("Tue - Sintra") or a day's numbers ("Days 1-2 Seville" as a DATE), or
    after the verb of travel or advice that opens the sentence ("Flew Lima", "Skip Sapa",
    "Avoid Benidorm"), or None."""
    day = ent[0].lower_ in WEEKDAYS | WEEKDAYS_THAT_NAME_PLACES
    opener = ent[0].is_sent_start and ent[0].lower_ in PLACE_VERBS | MOTION_WORDS
    greeting = ent[0].lower_ in GREETINGS  # "Bonjour de Caen" as one PERSON
    for span, senses in known:
        if span.end != ent.end or span.start <= ent.start:
            continue  # only a name that ends the entity, with a word of it before
        if opener and span.start == ent.start + 1:
            return span, senses
        if ent.start >= span.start - 1:
            continue
        before = ent.doc[span.start - 1]
        if (before.lower_ in _TRIP_WORDS or (day and before.text in _LABEL_MARKS)
                or (ent.label_ == "DATE" and before.like_num)
                or (greeting and before.lower_ in GREETING_FROM_WORDS)):
            return span, senses
    return None


def _town_and_code(ent: Span, known: list[tuple[Span, tuple[Place, ...]]]
                   ) -> list[tuple[Span, tuple[Place, ...]]] | None:
    """A known name and the code of its state or province right after it, the whole entity
    ("Byron Bay NSW", "Banff AB", "Austin TX"), or None: a short form of ours, or a code in
    capitals of a region that holds a town of the name."""
    inside = [(span, senses) for span, senses in known
              if ent.start <= span.start and span.end <= ent.end]
    if len(inside) != 2:
        return None
    (town, towns), (code, senses) = sorted(inside, key=lambda item: item[0].start)
    adjacent = town.start == ent.start and town.end == code.start and code.end == ent.end
    area = bool(senses) and senses[0].kind in ("admin1", "admin2")
    holds = code.text.isupper() and any(
        place.lies_in(region) for place in towns for region in senses)
    return inside if adjacent and area and (code.text in ABBREVIATIONS or holds) else None


def _joins(token: Token) -> bool:
    """A word or mark that joins the items of a list; a hyphen only with spaces around it
    ("Oslo - Bergen", not "Wal-Mart")."""
    if token.lower_ not in _LIST_WORDS:
        return False
    if token.text not in ("-", "/") or token.whitespace_:
        return True
    doc = token.doc
    spaced_before = token.i > 0 and bool(doc[token.i - 1].whitespace_)
    arrow = token.i + 1 < len(doc) and doc[token.i + 1].text == ">"
    return spaced_before or arrow


def _listed(
    pieces: list[Span], known: list[tuple[Span, tuple[Place, ...]]], *, firm: bool = False
) -> bool:
    """An entity that is two or more known names with a joiner between each two and nothing
    else: "Kamloops and Clearwater", "Vik -> Hofn" (NER glues a list into one PERSON or ORG);
    not "South Kilburn Estate", nor with ``firm`` (an ORG) names joined by "&": "Stevens &
    Wilkinson" is a firm."""
    starts = {span.start: span for span, _ in known}
    names = 0
    for piece in pieces:
        i, joined = piece.start, True
        while i < piece.end:
            span = starts.get(i)
            if span is not None and span.end <= piece.end and joined:
                names += 1
                i, joined = span.end, False
            elif _joins(piece.doc[i]) and not (firm and piece.doc[i].text == "&"):
                i, joined = i + 1, True
            else:
                return False
    return names >= 2


def _hyphen_joined(
    ent: Span, known: list[tuple[Span, tuple[Place, ...]]]
) -> list[tuple[Span, tuple[Place, ...]]]:
    """The known names of an entity that is nothing but two or more of them joined by hyphens
    without spaces ("Bucharest-Brasov-Sibiu", a route line); empty otherwise. A name the gazetteer
    knows with its hyphens ("Baden-Baden") is one known name, never two; two names are a route
    only when both are likely towns (a compound of a small place names one place)."""
    doc = ent.doc
    starts = {span.start: (span, senses) for span, senses in known}
    parts = []
    i = ent.start
    while i < ent.end:
        match = starts.get(i)
        if match is None or match[0].end > ent.end:
            return []
        parts.append(match)
        i = match[0].end
        if i < ent.end:
            hyphen = doc[i]
            if hyphen.text not in ("-", "\u2013") or hyphen.whitespace_ or doc[i - 1].whitespace_:
                return []
            i += 1
    if len(parts) == 2 and not all(_likely_town(senses[0]) for _, senses in parts):
        return []  # "Shinano-Omachi": a small place's name in a compound, a station's or a town's
    return parts if len(parts) >= 2 else []


def _unlisted_name(token: Token) -> bool:
    """A lower-case word English has no use for (``wordcase.unlisted``) that the tagger reads as
    a name or a bare noun, its own lemma: "kutaisi", "mestia"; not a verb ("allege") nor a plural
    ("perches") the lexeme table holds only in lower case."""
    return (
        token.pos_ in ("PROPN", "NOUN", "")
        and token.lemma_ in (token.text, "")
        and wordcase.unlisted(token.text)
    )


def _held(span: Span, spans: set[tuple[int, int]]) -> bool:
    """The span lies inside a longer one of ``spans``."""
    return any(start <= span.start and span.end <= end and end - start > len(span)
               for start, end in spans)


def _likely_town(place: Place) -> bool:
    """A country or region, or a town likelier than most (the "prior" clue's bar)."""
    return place.kind in STRONG_KINDS or place.prior >= _TOWN_PRIOR


def _name_run(doc: Doc, start: int, limit: int) -> Span | None:
    """The capitalised run of at most ``limit`` words starting at ``start`` (lower-case
    connectors inside, not across a line break), or None when none starts there or it is
    longer."""
    names = context.name_words(doc)
    if not names[start] or (start and names[start - 1]):
        return None
    end, words = start, 0
    for token in doc[start:]:
        if token.i > start and (token.is_space or "\n" in doc[token.i - 1].whitespace_):
            break
        if names[token.i]:
            if len(token.text) == 1:
                return None  # "R-Elbow Lake": a party's letter, then a town
            words += 1
            end = token.i + 1
        elif token.i == start or not (
            token.lower_ in _FEATURE_CONNECTORS
            or (token.lower_ == "the" and doc[token.i - 1].lower_ == "of")  # "Temple of the Tooth"
        ):
            break
        elif token.text == "-" and (token.whitespace_ or doc[token.i - 1].whitespace_):
            break  # "Lake Mary - Highway 29": a dash between names, not a hyphen
    return doc[start:end] if words <= limit else None


def _suffixed(run: Span) -> Span | None:
    """A name whose last word carries a feature's head as a suffix, after a hyphen or joined:
    "Rinno-ji", "Koraku-en", "Todaiji", "Gullfoss" (``FEATURE_SUFFIXES``); not a man's name
    ("Kenji": too short for a temple's)."""
    doc, end = run.doc, run.end
    suffixes = FEATURE_SUFFIXES | FEATURE_SUFFIXES_JOINED.keys()
    hyphen = end + 1 < len(doc) and doc[end].text == "-"
    if hyphen and not (doc[end].whitespace_ or doc[end - 1].whitespace_):
        if _before_hyphen(doc[end + 1]):
            return None  # "Aix-en-Provence": the name goes on past the particle
        return doc[run.start : end + 2] if doc[end + 1].lower_ in suffixes else None
    word = run[-1].lower_
    if len(run) > 2 and run[-2].text == "-" and word in suffixes:
        return run  # "Nijo-Jo"
    joined = any(
        word.endswith(suffix) and len(word) - len(suffix) >= letters
        for suffix, letters in FEATURE_SUFFIXES_JOINED.items()
    )
    return run if joined and run[-1].is_alpha else None


def _after_brand(span: Span) -> bool:
    """A brand written in camel case comes right before: "the eBay Sculpture Garden"."""
    brand = span.doc[span.start - 1] if span.start else None
    return (
        brand is not None and brand.is_alpha and brand.text[:1].islower() and not brand.is_lower
    )


def _may_be_unknown_place(piece: Span) -> bool:
    """A name the gazetteer does not know may be a place's, unless it is a street's or an
    institution's ("Mercy Medical Center", "Dawson County Jail"), or owns something
    ("Ouellette's wake": a person or a firm)."""
    if context.street_name(piece) or any(_INITIAL.fullmatch(t.text) for t in piece):
        return False  # "North Street"; "Ian S. Jett", "Charles R.": a person's initial
    words = INSTITUTION_WORDS | GENERIC_NAME_WORDS | BUSINESS_HEADS | TRAIN_WORDS
    if any(t.lower_ in words for t in piece):
        return False
    after = piece.doc[piece.end] if piece.end < len(piece.doc) else None
    return after is None or after.text not in ("'s", "\u2019s")


def _after_hyphen(token: Token) -> bool:
    """A lower-case word glued after a hyphen: "on" and "the" of "Bourton-on-the-Water"."""
    doc = token.doc
    return (
        token.is_lower
        and token.is_alpha
        and token.i >= 2
        and doc[token.i - 1].text == "-"
        and not doc[token.i - 1].whitespace_
        and not doc[token.i - 2].whitespace_
    )


def _before_hyphen(token: Token) -> bool:
    """A word glued to a hyphen and the word after it: "en" of "Aix-en-Provence"."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and not token.whitespace_
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
        and not doc[token.i + 2].is_space
    )


def _may_start(token: Token) -> bool:
    # "The Hague" is indexed as "Hague": spans leave the article out.
    return context.is_name_word(token) and token.lower_ != "the"


def _core(
    piece: Span, inside: list[tuple[Span, tuple[Place, ...]]]
) -> tuple[Span, tuple[Place, ...]] | None:
    """The known name inside an unknown NER place whose other words only situate it:
    "Northeast Georgia", "Sichuan province", "Henderson County Jail"."""
    for span, senses in sorted(inside, key=lambda pair: -len(pair[0])):
        rest = [t for t in piece if not span.start <= t.i < span.end and not t.is_punct]
        if rest and all(t.i > span.start and t.lower_ in GENERIC_NAME_WORDS for t in rest):
            return span, senses
    return None


def _named_place(span: Span) -> bool:
    """The model reads the whole name as a place's proper name, its first word too: "Monkey
    Beach is ...", "Prison Island trip?" at a sentence start, not "Crowded Beach" (an adjective)."""
    return all(t.tag_ in _PROPER_TAGS and t.ent_type_ in _PLACE_LABELS for t in span)


def _proper_noun(span: Iterable[Token]) -> bool:
    """Tagged a proper noun (or untagged, when the pipeline has no tagger)."""
    return all(not t.tag_ or t.tag_ in _PROPER_TAGS or not t.is_alpha for t in span)


@Language.factory(
    "gazetteer_places",
    default_config={
        "min_prior": 0.5,
        "ordinary_margin": 0.5,
        "organisation_names": False,
        "max_words": 4,
        "senses": 5,
        "threshold": 2.0,
        "gazetteer_path": "",
        "buildings": True,
        "nearby_km": 150.0,
    },
)
def make_gazetteer_places(
    nlp: Language,
    name: str,
    min_prior: float,
    ordinary_margin: float,
    organisation_names: bool,
    max_words: int,
    senses: int,
    threshold: float,
    gazetteer_path: str,
    buildings: bool,
    nearby_km: float,
) -> GazetteerPlaces:
    return GazetteerPlaces(
        nlp,
        name,
        min_prior=min_prior,
        ordinary_margin=ordinary_margin,
        organisation_names=organisation_names,
        max_words=max_words,
        senses=senses,
        threshold=threshold,
        gazetteer_path=gazetteer_path,
        buildings=buildings,
        nearby_km=nearby_km,
    )
