"""Each place span's relation to its writer: visited, planning, wishlist, lives or mentioned.

The relation is read off the dependency parse, not off words anywhere in the sentence: from the
place up to the clause that governs it (the verb, its auxiliaries and the verbs it hangs from
through ``xcomp``, ``pcomp``, a verbal ``conj``, or the ``ccomp`` of "I think/hope ..."), then
the clause's subject (first person or not), tense, aspect, modality and negation, and a few cue
phrases read inside that clause only. The rules and their order are in docs/trips.md; the post
is classified like any comment (the blogger's own relation), and only comments feed "readers
also went to".
"""

from __future__ import annotations

import csv
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any, cast
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from itinerary.models import Advice, Relation
from itinerary.nlp.extensions import doc_text, span_text
from itinerary.nlp.lexicon import IRREGULAR_PAST, MOTION_WORDS, SECOND_PERSON

if not Span.has_extension("relation"):
    Span.set_extension("relation", default="mentioned")
for _name, _default in (("advice", None), ("relation_confidence", 1.0)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)

_VERBAL = {"VERB", "AUX"}
_FIRST_PERSON = {"i", "we", "us", "me"}
_NEGATIONS = {"not", "n't", "never", "no"}
# A clause's own subordinate clauses say nothing about its places.
_CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "parataxis", "acl", "csubj", "xcomp", "conj"}
# "I think / hope / guess (that) I would fly into Bergen": the frame's subject and time apply.
_FRAMES = {"think", "guess", "suppose", "believe", "reckon", "hope", "wish", "know", "feel",
           "imagine", "figure", "say", "expect", "tell", "claim", "suggest", "insist", "promise"}
_DESIRES = {"hope", "wish", "want", "dream", "long", "yearn", "crave", "fancy", "aspire"}
_LIKINGS = {"love", "like", "prefer", "enjoy"}  # a wish only under "would": "I'd love to"
_PLANS = {"plan", "book", "reserve", "schedule", "intend", "arrange", "organise", "organize"}
_LIVES = {"live", "reside"}
_MOVES = {"move", "relocate", "emigrate"}
# "I grew up in Leeds but moved south": leaving, or missing the place, says it is home no more.
_LEAVES = {*_MOVES, "leave", "miss", "escape"}
_HOMES = {*_LIVES, *_MOVES, "base"}  # verbs that give the writer a home
# "I grew up near Trieste": the childhood home was beside the place, not in it; the writer
# knows the place (a visit), and says nothing of living there.
_BESIDE = {"near", "outside", "around", "nearby"}
_INTO = {"to", "into"}
# "we moved on to Hoi An", "moved down to Nha Trang": a move along a trip, not to a new home.
_MOVES_ON = {"on", "onward", "onwards", "down", "up", "over", "across", "along", "north",
             "south", "east", "west"}
_TRAVEL = {"go", "come", "fly", "drive", "travel", "head", "leave", "take", "visit", "sail",
           "ride", "cycle", "hike", "walk", "spend", "stay", "tour", "return", "get", "make",
           "stop", *_MOVES}
# "we could see Bodø from the ferry": "could" with a verb of perceiving is a past ability.
_PERCEIVE = {"see", "spot", "hear", "watch", "glimpse", "view", "smell", "make"}
# "we skipped Oslo", "we bypassed Bergen": a verb that says the writer was not there.
_SKIPS = {"skip", "avoid", "bypass"}
# "we had planned to visit Bergen (but ...)": a plan in the past perfect fell through.
_INTENTS = {"plan", "intend", "mean", "hope", "want"}
# "our flat is in Tromsø": where the writer's dwelling is, the writer lives.
_DWELLINGS = {"house", "flat", "apartment", "home"}
_HOME_NOUNS = {"hometown", "home"}
# "we're doing a rail loop in May": a progressive verb with a trip for object is a plan.
_TRIP_OBJECTS = {"trip", "loop", "tour", "roadtrip", "journey", "cruise", "drive", "route"}
_NOBODY = {"none", "nobody", "neither", "noone"}
# Past tenses that say nothing of being there ("I read a book on Venice"), unless the place is
# where it happened ("I studied in Leiden").
_NOT_THERE = {"read", "write", "hear", "watch", "learn", "study", "research", "google", "search",
              "think", "talk", "say", "tell", "ask", "know", "mention", "recommend", "compare",
              "wonder", "dream", "imagine", "forget", "remember", "miss", "follow"}
_LOCATIVE = {"in", "at", "around", "near", "through", "across", "to", "into", "from", "outside"}
_TRIP_NOUNS = {"visit", "trip", "time", "holiday", "vacation", "journey", "stay", "tour",
               "travel", "honeymoon", "roadtrip", "stopover", "layover", "weekend", "adventure",
               "loop", "week", "days", "flight", "ticket", "cruise", "drive", "hike", "route",
               "itinerary", "stop"}
_TEMPORAL_MARKS = {"when", "once", "after", "before", "while", "until"}
_FUTURE_MODALS = {"will", "'ll", "shall", "wo"}
_CONDITIONAL_MODALS = {"would", "'d", "could", "might", "may", "should", "must", "ought"}
_SENTENCE_ENDS = {".", "!", "?"}
_OPENERS, _CLOSERS = {"(", "["}, {")", "]"}
# "our family is planning ...": a group the writer belongs to is the writer.
_COLLECTIVES = {"family", "group", "party", "crew", "gang", "household", "couple", "kids"}
_HAVE = {"have", "has", "had", "'ve", "having"}
_BE = {"be", "am", "is", "are", "was", "were", "been", "being", "'m", "'re", "'s"}

_FUTURE_TIME = re.compile(
    r"\b(?:next|this|coming)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:tomorrow|tonight|soon|upcoming|shortly)\b"
    r"|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\bin\s+(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of)"
    r"\s+(?:days?|weeks?|months?)\b"
    r"|\blater\s+this\s+(?:week|month|year|summer|spring|autumn|winter)\b")
_PAST_TIME = re.compile(
    r"\b(?:last|past)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall)\b"
    r"|\b(?:ago|yesterday)\b")
_VAGUE_FUTURE = re.compile(
    r"\b(?:some ?day|one day|one of these days|eventually|sometime|at some point"
    r"|in the (?:distant |near )?future|not in the near future)\b")
_WISH_FIRST = re.compile(r"\b(?:next time|(?:have|has) yet to|dream(?:s|ed|ing)? (?:of|about)"
                         r"|(?:a|some) future (?:trip|visit))\b")
_WISH_OWN = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:list|wish-?list|dream)\b|\bbucket[- ]?list\b"
    r"|\b(?:would|'d) be (?:a )?(?:nice|great|lovely|amazing|wonderful|fun|good|dream)\b"
    r"|\bdream (?:trip|destination)\b")
_PLANS_OWN = re.compile(r"\b(?:my|our)\s+(?:\w+\s+)?plans?\b|\bupcoming\b")
_HOME = re.compile(r"\b(?:my|our)\s+(?:home ?town|home)\b|\bcall(?:s|ed|ing)?\b.{1,30}\bhome\b")
_WHERE_I_LIVE = re.compile(r"^\s*,?\s*where\s+(?:i|we)\s+(?:\w+\s+)?live\b")
_NOT_THE_PLACE = re.compile(
    r"\b(?:instead of|rather than|other than|unlike|except(?: for)?|apart from|besides|about"
    r"|against)\s+$"
    r"|(?<!why )\bnot\s+(?:the (?:one|\w+ one) in\s+)?$")  # "Leeds, not Manchester"


def text_before(span: Span, size: int) -> str:
    """The ``size`` characters of the Doc's text before the span."""
    return doc_text(span.doc)[max(0, span.start_char - size): span.start_char] if size else ""


def text_after(span: Span, size: int) -> str:
    """The ``size`` characters of the Doc's text after the span."""
    return doc_text(span.doc)[span.end_char: span.end_char + size]


@dataclass(frozen=True)
class _Governing:
    """The place's way up the parse and the clause that governs it (none for a verbless
    phrase): read once per place, by the rules and by the model's features alike."""

    path: list[Token]  # the anchor and its ancestors
    governor: Token | None
    group: list[Token]
    clause: _Clause | None

    @classmethod
    def of(cls, span: Span) -> _Governing:
        anchor = _anchor(span)
        path = [anchor]
        for token in anchor.ancestors:  # a line of its own ("Day 3: Bergen") has no verb above
            if _line_break_between(anchor, token):
                break
            path.append(token)
        governor = next((t for t in path if t.pos_ in _VERBAL and not _within(t, span)), None)
        if governor is None:
            return cls(path, None, [], None)
        group = _group(governor)
        return cls(path, governor, group, _Clause.of(group, path))


def _within(token: Token, span: Span) -> bool:
    """``token in span`` by position: a Span has no ``__contains__``, so ``in`` makes and
    compares each of its tokens."""
    return span.start <= token.i < span.end


def rule_relation(span: Span, governing: _Governing | None = None) -> Relation:
    """The hand-written rules' reading of ``span`` (docs/trips.md): one feature of the model."""
    return _rule_reading(span, governing)[0]


def _rule_reading(span: Span, governing: _Governing | None = None) -> tuple[Relation, bool]:
    """``rule_relation`` and whether it read the Doc's other places (``_by_back_reference``,
    the one reader of them): a reading that did not stands whatever places the thread adds."""
    if _NOT_THE_PLACE.search(text_before(span, 24).lower()):
        return "mentioned", False
    if _lives_by_relative_clause(span) or _called_home(span) or _greets_from(span):
        return "lives", False
    governing = governing or _Governing.of(span)
    path, governor, clause = governing.path, governing.governor, governing.clause
    if governor is None or clause is None:
        if any(_is_own_trip(t) for t in path):
            return _by_time_alone(span), False
        if span.root.dep_ == "ROOT":
            return _by_back_reference(span), True
        return "mentioned", False
    below = path[: path.index(governor)]
    if _back_home(below):
        return "lives", False
    if clause.hearsay or clause.skipped:
        return "mentioned", False
    if clause.lives():
        elsewhere = (_away_from(below) or _subject_of_next_verb(span)
                     or _coordinated(below, governor))
        return ("mentioned" if elsewhere else "lives"), False
    if clause.negated and not _limit_reached(below):
        return ("wishlist" if clause.not_yet and clause.first_person else "mentioned"), False
    if clause.counterfactual:
        return "mentioned", False
    if clause.conditional and clause.first_person and not clause.hypothetical and _revisits(
            span, below, governor):
        return "visited", False  # "we'd go back to Luxor in a heartbeat": been there
    trip_noun = any(_is_own_trip(t) for t in below) or _after_own_trip(span)
    relation = clause.relation(trip_noun=trip_noun)
    if relation == "mentioned":
        relation = _by_relative_clause(span)
    if relation == "mentioned" and span.root.dep_ in ("nsubj", "nsubjpass"):
        relation = _by_being_there(governor)
    if relation == "mentioned" and not clause.first_person:
        return _by_back_reference(span), True
    return relation, False


@dataclass(frozen=True)
class _Clause:
    """What one clause says about time, mood and who acts."""

    lemmas: frozenset[str]
    own_lemmas: frozenset[str]  # the place's own verbs, not one it is coordinated with
    now: bool  # "I grew up in Split but live in Zagreb now": the own verbs say the present
    text: str  # the clause's own words, lower case, subordinate clauses left out
    first_person: bool
    negated: bool
    past: bool
    perfect: bool
    still: bool  # present perfect: "I've always wanted", "we've lived"
    present: bool
    progressive: bool
    future: bool
    conditional: bool
    temporal: bool  # "when I get to ...", "once we reach ..."
    hypothetical: bool  # "if I ever get the chance, ...", "if we go to Japan"
    reported: bool  # the governor tells of the place, not of being there: "I read about ..."
    hearsay: bool  # someone else's words: "she told us we should skip Oslo"
    skipped: bool  # "we skipped Oslo"
    not_yet: bool  # "I haven't been to Stockholm yet"
    pluperfect: bool  # "we had planned to ..."
    origin: bool  # "I'm from Ålesund"
    dwelling: bool  # "our flat is in Tromsø", "we bought a house in Tromsø"
    located: bool  # "we're in Oslo", "I'm just back from Oslo": present "be" there
    trip_object: bool  # "we're doing a rail loop": a trip is the verb's object
    hoped: bool  # "hopefully" on the clause or the path: "and then hopefully over to Skye"
    grew_up: bool  # "I grew up on Naxos" and did not leave: home
    moved_to: bool  # "we moved to Porto", not "moved from Leeds" or "after a decade in Leeds"

    @property
    def counterfactual(self) -> bool:
        """"I'd have loved to visit": would + have + past participle says it did not happen."""
        return self.conditional and self.perfect

    @classmethod
    def of(cls, group: Sequence[Token], path: Sequence[Token]) -> _Clause:
        finite, auxes = _finite(group)
        modals = {_word(a) for a in auxes if a.tag_ == "MD"} - {"can", "ca"}
        lemmas = frozenset(v.lemma_.lower() for v in group)
        # "I'm based in Dundee and pop over to Perth": "pop" takes its subject and time from
        # "based", not the home.
        coordinated = next((i for i, v in enumerate(group) if v.dep_ == "conj"), len(group))
        own = group[: coordinated + 1]
        own_lemmas = frozenset(v.lemma_.lower() for v in own)
        children = [c for v in group for c in v.children]
        subject = _subject(group)
        bottom, top = group[0], group[-1]
        text = _clause_text(group, path)
        hypothetical = any(_is_condition(v) or any(c.dep_ == "advcl" and _is_condition(c)
                                                   and not _offered(c) for c in v.children)
                           for v in group)
        if "could" in modals and _perceives(bottom) and not hypothetical and not (
                _FUTURE_TIME.search(text) or _VAGUE_FUTURE.search(text)
                or _WISH_FIRST.search(text)):
            modals.discard("could")  # "we could see Bodø from the ferry": a past ability
            past = True
        else:
            past = bool(finite is not None and (finite.tag_ == "VBD"
                                                or any(a.tag_ == "VBD" for a in auxes)))
        bare = finite is None and subject is None and top.dep_ == "ROOT"
        # "Stopped in Dombås for coffee.", "Took the night bus to Cusco." (tagged an order)
        past = past or (bare and (bottom.tag_ == "VBN" or _word(bottom) in IRREGULAR_PAST))
        # "Heading to Tromsø tomorrow, any tips?": a comment's gerund without "I'm".
        gerund = (finite is None and subject is None and top.tag_ == "VBG"
                  and (top.dep_ == "ROOT" or top.head.pos_ not in _VERBAL))
        perfect = bool(finite is not None and finite.tag_ == "VBN"
                       and any(_word(a) in _HAVE or a.lemma_ == "have" for a in auxes))
        had = any(_word(a) in ("had", "'d") and a.tag_ == "VBD" for a in auxes)
        still = perfect and not modals and not had
        going_to = any(v.lemma_ == "go" and v.tag_ == "VBG" and i > 0
                       for i, v in enumerate(group))
        # "Spent a week in Cartagena, now heading to Santa Marta tomorrow": a gerund hung from a
        # past verb keeps the time it names itself.
        ahead = (bottom.tag_ == "VBG" and bottom.dep_ in ("conj", "advcl") and finite is not bottom
                 and bool(_FUTURE_TIME.search(" ".join(_word(t) for t in bottom.subtree))))
        past = past and not ahead
        # Comment style drops the "I": "Spent a week in Oslo." is still the writer's week.
        # "Born in Gdansk, living in Warsaw now": a subjectless participle under a bare verb.
        first = (_is_writer(subject) if subject is not None
                 else (top.dep_ == "ROOT" and (past or bottom.tag_ == "VBG")) or gerund)
        present = finite is not None and not past and not modals and (
            finite.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxes))
        preposition = path[1] if len(path) > 1 and path[1].head == bottom else None
        return cls(
            lemmas=lemmas,
            own_lemmas=own_lemmas,
            now=any(c.lower_ == "now" for v in own for c in v.children),
            text=text,
            first_person=first,
            negated="wait" not in lemmas  # "I can't wait to see Tromsø" is no negation
            and (any(c.dep_ == "neg" or (_word(c) in _NEGATIONS and c.dep_ != "preconj")
                     for c in children)
                 or (subject is not None and _is_nobody(subject))),
            past=past or perfect,
            perfect=perfect,
            still=still,
            present=present,
            progressive=gerund or ahead or (finite is not None and finite.tag_ == "VBG"
                                   and any(_word(a) in _BE for a in auxes)),
            future=bool(modals & _FUTURE_MODALS) or going_to,
            conditional=bool(modals & _CONDITIONAL_MODALS),
            temporal=any(c.lower_ in _TEMPORAL_MARKS and c.dep_ in ("advmod", "mark")
                         and (c.lower_ != "once" or c.dep_ == "mark")  # not "once a year"
                         for c in children),
            hypothetical=hypothetical,
            reported=bottom.lemma_.lower() in _NOT_THERE
            and not (len(path) > 1 and path[1].lower_ in _LOCATIVE),
            hearsay=any(v.lemma_.lower() in _FRAMES and (s := _own_subject(v)) is not None
                        and not _is_writer(s) for v in group[1:]),
            skipped=bottom.lemma_.lower() in _SKIPS,
            not_yet=perfect and any(c.lower_ in ("yet", "still") for c in children),
            pluperfect=perfect and had,
            origin=present and bottom.lemma_ == "be" and preposition is not None
            and preposition.lower_ == "from"
            and not any(c.lower_ in ("back", "just", "home", "away") for c in children),
            dwelling=(subject is not None and subject.lemma_.lower() in _DWELLINGS
                      and _owned(subject))
            or ("buy" in lemmas and first and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _DWELLINGS for c in children)),
            located=present and bottom.lemma_ == "be" and (
                (preposition is not None and preposition.lower_ in ("in", "at"))
                or (len(path) > 3 and path[3] == bottom
                    and [t.lower_ for t in path[1:3]] == ["from", "back"])),
            trip_object=any(c.dep_ == "dobj" and c.lemma_.lower() in _TRIP_OBJECTS
                            for c in children),
            hoped=any(c.lower_ == "hopefully" for t in (*group, *path) for c in t.children),
            grew_up=first and _grew_up(group) and not (
                preposition is not None and preposition.lower_ in _BESIDE),
            moved_to=_moved_to(bottom, path),
        )

    def lives(self) -> bool:
        if self.future or self.conditional or self.negated:
            return False
        if self.dwelling:
            return not self.past or self.still or "buy" in self.lemmas
        if not self.first_person:
            return False
        if self.origin or self.grew_up:
            return True
        if self.own_lemmas & _LIVES or "base" in self.own_lemmas or _HOME.search(self.text):
            # "I've lived in Munich for years" still does
            return not self.past or self.still or self.now
        return self.moved_to and self.past

    def relation(self, *, trip_noun: bool) -> Relation:
        if _VAGUE_FUTURE.search(self.text) and (self.first_person or trip_noun
                                                or _PLANS_OWN.search(self.text)):
            return "wishlist"
        if _WISH_OWN.search(self.text):
            return "wishlist"
        if _PLANS_OWN.search(self.text):
            return "planning"
        if not (self.first_person or trip_noun):
            return "mentioned"
        future_time = bool(_FUTURE_TIME.search(self.text))
        if self.lemmas & _DESIRES and self.past and not self.still:
            return "mentioned"  # "I wish we had gone to Siena", "we wanted to see Pisa"
        if self.lemmas & _INTENTS and self.pluperfect:
            return "mentioned"  # "we'd planned to visit Bergen, but ..."
        if "save" in self.lemmas and not self.past:
            return "wishlist"  # "we're saving up for a trip to Japan"
        if (self.hypothetical and future_time and not self.lemmas & _DESIRES
                and "ever" not in self.text.split()):
            return "planning"  # "if the weather holds, we'll drive to Geiranger tomorrow"
        if (_WISH_FIRST.search(self.text) or self.lemmas & _DESIRES or self.hypothetical
                or self.hoped):
            return "wishlist"
        if "wait" in self.lemmas:  # "can't wait to see Tromsø (next week)"
            return "planning" if future_time else "wishlist"
        if self.conditional and self.lemmas & _LIKINGS:
            return "wishlist"
        if self.conditional:
            return "planning" if future_time else "wishlist"
        if self.lemmas & _PLANS or self.future:
            return "planning"
        if (self.present or self.progressive) and (future_time or self.temporal):
            return "planning"
        if self.progressive and (self.lemmas & _TRAVEL or self.trip_object):
            return "planning"
        if trip_noun or (self.past and not self.reported) or self.located:
            return "visited"
        if self.present and self.lemmas & _TRAVEL:
            return "visited"  # habitual: "we go to Bergen every summer"
        return "mentioned"


def _word(token: Token) -> str:
    """Lower case with typographic apostrophes folded: "I\u2019ve" is "I've"."""
    return token.lower_.replace("\u2019", "'")


def _anchor(span: Span) -> Token:
    """The token whose clause speaks for the span: a list in brackets or after a colon hangs off
    the word before it.

    "our road trip around Norway (Gardermoen - Trondheim - Oslo)", "a rail trip next month:
    Munich, then Salzburg": the parser attaches such a list anywhere (or makes it a sentence of
    its own), but the writer meant the stops of the trip just named. A list holding a verb is a
    clause and speaks for itself: "(which I loved)", "Notes: Oslo is lovely".
    """
    doc = span.doc
    depth = 0
    for token in reversed(doc[: span.start]):
        if token.text in _SENTENCE_ENDS or (token.pos_ in _VERBAL and depth == 0):
            break
        if token.text in _CLOSERS:
            depth += 1
        elif token.text in _OPENERS and depth > 0:
            depth -= 1
        elif token.text in _OPENERS or token.text == ":":
            ends = _CLOSERS if token.text in _OPENERS else _SENTENCE_ENDS
            if token.i > 0 and not _verb_before(doc[span.end:], ends):
                return token.nbor(-1)
            break
    return span.root


def _verb_before(tokens: Iterable[Token], ends: set[str]) -> bool:
    for token in tokens:
        if token.text in ends:
            return False
        if token.pos_ in _VERBAL:
            return True
    return False


def _group(governor: Token) -> list[Token]:
    """The governing verb and the verbs it is a complement or continuation of."""
    group = [governor]
    token = governor
    while token.dep_ != "ROOT":
        head = token.head
        if token.dep_ == "pcomp" and head.dep_ == "prep":  # "dream of seeing Kyoto"
            head = head.head
        if token.dep_ == "acl" and head.dep_ == "attr":  # "it would be a dream to see Svalbard"
            head = head.head
        climbs = (token.dep_ in ("xcomp", "pcomp")
                  or (token.dep_ == "conj" and head.pos_ in _VERBAL
                      and _own_subject(token) is None)  # "I live in X and it's near Y"
                  or (token.dep_ == "ccomp" and head.lemma_.lower() in _FRAMES)
                  or (token.dep_ == "acl" and head != token.head)
                  or _is_participle(token))
        if not climbs or head.pos_ not in _VERBAL:
            break
        group.append(head)
        token = head
    return group


def _finite(group: Sequence[Token]) -> tuple[Token | None, list[Token]]:
    """The lowest verb of the group that carries tense or auxiliaries, with its auxiliaries."""
    for verb in group:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
        if auxes or verb.tag_ in ("VBD", "VBP", "VBZ"):
            return verb, auxes
    return None, []


def _is_participle(verb: Token) -> bool:
    """"Having visited Oslo twice, I ...", "Living in Oslo, I ...": a clause without subject or
    conjunction that takes its subject and time from the verb it hangs from."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _subject(group: Sequence[Token]) -> Token | None:
    for verb in group:
        subject = _own_subject(verb)
        if subject is not None:
            return subject
    return None


def _own_subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun stands for what it refers to, and "as someone
    who ..." for the subject of the clause the "as" belongs to."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and c.tag_ not in ("VBD", "VBN")), None)  # "Flew into Bergen, drove ..."
    if subject is None or subject.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return subject
    antecedent = verb.head
    role = antecedent.head
    if antecedent.dep_ == "pobj" and role.lower_ == "as" and role.head.pos_ in _VERBAL:
        return _own_subject(role.head) or antecedent
    return antecedent


def _is_writer(subject: Token) -> bool:
    """I/we/me/us anywhere in the subject ("My husband and I"), or a group of the writer's."""
    return (subject.lemma_.lower() in _COLLECTIVES and _owned(subject)) or any(
        _word(t) in _FIRST_PERSON and t.dep_ != "poss" for t in subject.subtree)


def _is_nobody(subject: Token) -> bool:
    """"None of us has been", "no one in our group went": a negative subject."""
    return subject.lower_ in _NOBODY or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _perceives(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "make":  # "make out", not "make it to"
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in _PERCEIVE


def _clause_text(group: Sequence[Token], path: Sequence[Token]) -> str:
    keep = {t.i for t in group} | {t.i for t in path}  # one Doc: positions, not Tokens, hashed
    words: list[Token] = []
    stack = [group[-1]]
    while stack:
        token = stack.pop()
        words.append(token)
        for child in token.children:
            verbal_conj = child.dep_ == "conj" and child.pos_ in _VERBAL
            if child.i in keep or (child.dep_ not in _CLAUSE_DEPS or (child.dep_ == "conj"
                                                                    and not verbal_conj)):
                stack.append(child)
    return " ".join(_word(t) for t in sorted(words, key=lambda t: t.i))


def _is_condition(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _offered(condition: Token) -> bool:
    """A condition on the reader, not the writer's trip: "we'll be in Faro then if you want to
    meet" is a plan all the same."""
    subject = _own_subject(condition)
    return subject is not None and subject.lower_ in SECOND_PERSON


def _owned(token: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in token.children)


def _is_own_trip(token: Token) -> bool:
    """"our visit", "my time", "our road trip": a trip noun the writer owns."""
    return token.lemma_.lower() in _TRIP_NOUNS and _owned(token)


def _after_own_trip(span: Span) -> bool:
    """"memories of my weeks | in Sicily": the place's preposition follows a trip of the writer's,
    whatever the parser attached it to."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.i != span.start - 1 or preposition.i == 0:
        return False
    return _is_own_trip(preposition.nbor(-1))


def _limit_reached(below: Iterable[Token]) -> bool:
    """"never made it further north than Lillehammer": the writer did get as far as the place."""
    for token in below:
        if token.lower_ == "than":
            near = [token.head, *token.head.children]
            if any(t.lower_ in ("further", "farther", "beyond") for t in near):
                return True
    return False


def _is_home(token: Token) -> bool:
    """"my hometown", "our home town", "my home": the writer's own home (never "a home")."""
    home = token.lower_ in _HOME_NOUNS or (token.lemma_.lower() in ("town", "city") and any(
        c.dep_ == "compound" and c.lower_ == "home" for c in token.children))
    return home and _owned(token)


def _called_home(span: Span) -> bool:
    """"My hometown Drammen", "Bergen, my home town, ...": the place is named as the home."""
    root = span.root
    near = [c for c in root.children if c.dep_ in ("compound", "appos")]
    if root.dep_ in ("appos", "compound"):
        near.append(root.head)
    return any(_is_home(t) for t in near)


def _back_home(below: Sequence[Token]) -> bool:
    """"Back home in Stavanger it rained", "here in Bergen the ferries run": the place's
    preposition hangs off "here" or off the writer's "home" (an adverb, or the noun without
    anyone else's article or possessive)."""
    for preposition, home in pairwise(below[1:]):
        if home.lower_ == "here" and preposition.lower_ == "in":
            return not any(_is_own_trip(t) for t in home.subtree)  # "here in Rome on our trip"
        if (home.lower_ == "home" and preposition.lower_ in ("in", "to", "at", "near", "outside")
                and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("my", "our")
                            for c in home.children)):
            return True
    return False


def _grew_up(group: Sequence[Token]) -> bool:
    """"I grew up in Tromsø (and still live there)": a childhood home the writer never says
    they left ("but moved south", "and miss it", "but now live in Oslo")."""
    grow = next((v for v in group if v.lemma_.lower() == "grow"), None)
    return grow is not None and any(c.dep_ == "prt" and c.lower_ == "up" for c in grow.children) \
        and not any(t.lemma_.lower() in _LEAVES for t in grow.subtree) \
        and not any(v.lemma_.lower() in _HOMES and not _same_place(v)
                    for v in (*group, *grow.conjuncts) if v is not grow)


def _moved_to(verb: Token, path: Sequence[Token]) -> bool:
    """"We moved to Porto", "moved back to Dublin": the place is where a move went, not where
    it came from ("moved from Leeds") nor a stop of a trip ("moved on to Hoi An")."""
    if verb.lemma_.lower() not in _MOVES or len(path) < 2 or path[1].lower_ not in _INTO:
        return False
    head = path[1].head
    if head != verb and not (head.head == verb and head.lower_ in ("back", "home")):
        return False
    return not any(c.lower_ in _MOVES_ON for c in verb.children if c.dep_ in ("prt", "advmod"))


def _same_place(verb: Token) -> bool:
    """"... and still live there": the home verb points back at the place before it."""
    return any(c.lower_ in ("there", "here", "still") for c in verb.children)


def _away_from(below: Sequence[Token]) -> bool:
    """"I live in Tallinn, a ferry from Helsinki", "an hour from Florence": the place measures
    the distance from the home, it is not the home."""
    return any(t.lower_ == "from" and t.head.pos_ in ("NOUN", "NUM") for t in below[1:])


def _coordinated(below: Sequence[Token], governor: Token) -> bool:
    """"I live in Belgrano and work in Palermo" with "work" parsed as a noun: the place hangs
    from a word coordinated with the verb, not from the verb."""
    return any(t.dep_ == "conj" and t.head == governor for t in below)


def _subject_of_next_verb(span: Span) -> bool:
    """"I'm from Budva and Kotor is my favourite": the parser joined the place to the home
    before it, but the place is the subject of the verb right after it."""
    doc = span.doc
    if span.root.dep_ != "conj" or span.end >= len(doc):
        return False
    verb = doc[span.end]
    return verb.pos_ in _VERBAL and not any(c.dep_ in ("nsubj", "nsubjpass")
                                            for c in verb.children)


# Cues of relations_cues.tsv that name the writer's home whatever the parse: "Greetings from
# Fargo", "Sapporo resident here", "as a local in Bergen", a profile's "Location: Leeds",
# "Soy de Toluca".
_HOME_CUES = ("greeting_from", "place_here", "local_before", "local_after", "profile_location",
              "i_am_from", "we_from", "lives_as_one_who")


def _greets_from(span: Span) -> bool:
    """A greeting from the place, "I'm from" it, a profile's "Location:" before it, or the place
    with "here"/"local" at the head of a sentence."""
    around = {"before": text_before(span, _CUE_WINDOW).lower().replace("\u2019", "'"),
              "after": text_after(span, _CUE_WINDOW).lower().replace("\u2019", "'")}
    opens = span.start == span.sent.start or span.doc[span.start - 1].is_punct
    homes = _home_cues(opens)
    return any(_holds_cue(scope, text, homes) for scope, text in around.items())


def greeting_before(before: str) -> bool:
    """Whether the words right before a place greet from it ("Servus aus ", "Ayubowan from "):
    the model's own ``greeting_from`` cue, for the thread's passes that check a home."""
    text = before[-_CUE_WINDOW:].lower().replace("\u2019", "'")
    return _holds_cue("before", text, _greeting_cue())


@cache
def _greeting_cue() -> frozenset[int]:
    return frozenset(i for i, c in enumerate(_cues()) if c.name == "greeting_from")


@cache
def _home_cues(opens: bool) -> frozenset[int]:
    """The rows of the ``_HOME_CUES`` (those of "place_here" only where the place opens its
    sentence), the cues ``_greets_from`` looks for."""
    return frozenset(i for i, c in enumerate(_cues()) if c.name in _HOME_CUES
                     and (c.name != "place_here" or opens))


def _relative_clauses(span: Span) -> list[Token]:
    return [c for c in span.root.children if c.dep_ in ("relcl", "acl") and c.pos_ in _VERBAL]


def _lives_by_relative_clause(span: Span) -> bool:
    """"here in Trondheim where I live" (read off the words too: the parser may hang the clause
    anywhere)."""
    if _WHERE_I_LIVE.match(text_after(span, 40).lower()):
        return True
    for verb in _relative_clauses(span):
        clause = _Clause.of(_group(verb), [verb])
        if clause.lemmas & _LIVES and clause.first_person and not (clause.past or clause.negated):
            return True
    return False


def _by_relative_clause(span: Span) -> Relation:
    """"Bergen, which we visited in 2019": the place's own relative clause speaks for it."""
    for verb in _relative_clauses(span):
        clause = _Clause.of(_group(verb), [verb])
        if clause.first_person and not clause.negated and not clause.counterfactual:
            return clause.relation(trip_noun=False)
    return "mentioned"


def _by_being_there(governor: Token) -> Relation:
    """"Rome was too hot when we were there": a place described while the writer was in it."""
    for verb in governor.children:
        if verb.dep_ != "advcl" or verb.pos_ not in _VERBAL:
            continue
        there = any(c.lower_ in ("there", "here") for c in verb.children)
        if not (there or verb.lemma_ == "visit"):
            continue
        clause = _Clause.of([verb], [verb])
        if clause.temporal and clause.first_person and not clause.negated:
            return clause.relation(trip_noun=False)
    return "mentioned"


def _by_time_alone(span: Span) -> Relation:
    """"Our itinerary next spring: Oslo, Lillehammer, Røros": a trip of the writer's without a
    verb is planned when the sentence dates it in the near future, done when it dates it past."""
    text = span.sent.text.lower()
    if _FUTURE_TIME.search(text):
        return "planning"
    return "visited" if _PAST_TIME.search(text) else "mentioned"


def _by_back_reference(span: Span) -> Relation:
    """A later first-person clause that points back to the place speaks for it: "there", "it",
    "the place" or a bare "we went" after it in its sentence or in the next one ("Tromsø was
    magical. We spent a week there.", "Lucca is close to Pisa, we went in May", "Was the
    detour to Hallstatt worth it? We hope to fit it in."). The reference goes to the subject
    place of the nearest sentence with places, else to its last place, and another name in
    the next sentence takes it; "it" as a subject ("it's lovely") and clauses of others say
    nothing of the writer."""
    doc = span.doc
    sentence, stop = _reach(span)
    places = sorted({(p.start, p.end): p for p in (*doc.spans.get("places", []), span)}.values(),
                    key=lambda p: p.start)
    for token in doc[span.end: stop]:
        if token.i >= sentence.end and _names_something_else(token, places):
            return "mentioned"
        verb = _referring_verb(token)
        if verb is None:
            continue
        if _referent(places, token) != span:
            return "mentioned"
        clause = _Clause.of(_group(verb), [token, verb])
        stay = _measures_stay(token)
        first = clause.first_person or (
            stay and any(_word(t) in _FIRST_PERSON for t in verb.subtree))
        if not first:
            continue
        if clause.negated or clause.hearsay or clause.counterfactual or _gives_up(verb):
            return "mentioned"
        if clause.lives():
            return "lives"
        if clause.conditional and _again(verb):
            return "visited"  # "we'd go back in a heartbeat", "I'd pick it again": been there
        return clause.relation(trip_noun=stay)
    return "mentioned"


def _reach(span: Span) -> tuple[Span, int]:
    """The place's sentence and the end of the next one: what a back reference reads."""
    doc = span.doc
    sentence = span.sent
    return sentence, sentence.end if sentence.end >= len(doc) else doc[sentence.end].sent.end


def _revisits(span: Span, below: Sequence[Token], governor: Token) -> bool:
    """"(we'd) go back to Luxor", "(I'd) do Hue again": a return to the place, not a way home
    ("we'd fly back to London from Rome")."""
    if governor.lemma_ in ("go", "come", "return"):
        return any(t.lower_ == "back" for t in below)
    return span.root.dep_ == "dobj" and span.root.head == governor and any(
        _word(c) == "again" for c in governor.children)


def _again(verb: Token) -> bool:
    """"go back", "do it again": the verb repeats what the writer did."""
    return any(_word(c) in ("again", "back") for c in verb.children)


def _referent(places: Sequence[Span], token: Token) -> Span | None:
    before = [p for p in places if p.end <= token.i]
    if not before:
        return None
    opening = before[-1].sent.start  # the places before it in that sentence start after this
    last = [p for p in before if p.start >= opening]
    subjects = [p for p in last if p.root.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else last[-1]


_PLACE_OR_TIME = {"GPE", "LOC", "NORP", "DATE", "TIME"}  # names the tagger takes for these


def _names_something_else(token: Token, places: Sequence[Span]) -> bool:
    """A proper name that is no place takes the next sentence's "it" ("Rabat is calmer. We
    stayed at Riad Roxa and loved it")."""
    return (token.pos_ == "PROPN" and token.ent_type_ not in _PLACE_OR_TIME
            and not any(p.start <= token.i < p.end for p in places))


def _gives_up(verb: Token) -> bool:
    """"we gave up on it": the writer let the place go."""
    return verb.lemma_ == "give" and any(_word(c) == "up" for c in verb.children)


def _measures_stay(token: Token) -> bool:
    """"three nights there": the reference measures a stay."""
    before = token.doc[token.i - 1] if token.i > 0 else token
    return (token.head.lemma_.lower() in _STAY_NOUNS
            or (before is not token and before.lemma_.lower() in _STAY_NOUNS))


# "three nights there": a stay the writer's "there" measures.
_STAY_NOUNS = {*_TRIP_NOUNS, "night", "day", "week", "month", "evening", "morning"}
_BACK_NOUNS = {"place", "town", "city", "village", "island", "park"}


def _referring_verb(token: Token) -> Token | None:
    """The verb whose clause ``token`` points back through, if it is a back reference."""
    word = _word(token)
    if word in ("there", "here") and (token.dep_ != "expl" or _measures_stay(token)):
        return next((t for t in token.ancestors if t.pos_ in _VERBAL), None)
    if word == "it" and token.dep_ in ("dobj", "pobj") and token.head.lemma_ != "worth":
        return next((t for t in token.ancestors if t.pos_ in _VERBAL), None)
    if (token.lemma_.lower() in _BACK_NOUNS and token.dep_ in ("dobj", "pobj")
            and any(_word(c) == "the" for c in token.children)):
        return next((t for t in token.ancestors if t.pos_ in _VERBAL), None)
    if (token.lemma_ in ("go", "visit") and token.pos_ == "VERB"
            and not any(c.dep_ in ("dobj", "xcomp") or _word(c) in ("to", "into")
                        for c in token.children)):
        subject = _own_subject(token)
        return token if subject is not None and _is_writer(subject) else None
    return None


# --- the model: features computed once per place, weights learnt from corpus/relations ---

Label = Relation  # what the model predicts: a relation, or the advice ones
_ADVICE: frozenset[str] = frozenset({"recommends", "advises_against"})
_CUE_WINDOW = 40  # characters either side of the place that "before"/"after" cues read


@dataclass(frozen=True)
class _Cue:
    name: str
    scope: str
    pattern: re.Pattern[str]
    ruled_out: frozenset[str]  # readings the cue rules out ...
    taker: str  # ... and the one that takes their probability ("": the others, in proportion)
    unless: frozenset[str]  # features ("cue=...") any of which, found too, keeps those readings


@cache
def _cues() -> tuple[_Cue, ...]:
    text = resources.files("itinerary.nlp").joinpath("data/relations_cues.tsv").read_text("utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)
    cues = []
    for r in rows:
        ruled_out, _, taker = (r.get("moves") or "").partition(">")
        cues.append(_Cue(r["name"], r["scope"], re.compile(r["pattern"]),
                         frozenset(filter(None, ruled_out.split(","))), taker,
                         frozenset(f"cue={u}" for u in (r.get("unless") or "").split(",") if u)))
    return tuple(cues)


@cache
def rule_features() -> frozenset[str]:
    """The cues that rule readings out, and those that keep them: rules applied after the model
    (``predict``), never weighed by it, so it is not trained on them."""
    cues = _cues()
    return frozenset({f"cue={c.name}" for c in cues if c.ruled_out}.union(
        *(c.unless for c in cues)))


_Scoped = tuple[int, re.Pattern[str]]


@cache
def _scoped_cues() -> dict[str, tuple[_Scoped, ...]]:
    """The cues of each scope with their rows, so that a search goes through its scope's cues
    only."""
    scoped: dict[str, list[_Scoped]] = {}
    for i, c in enumerate(_cues()):
        scoped.setdefault(c.scope, []).append((i, c.pattern))
    return {scope: tuple(cues) for scope, cues in scoped.items()}


@cache
def _ruling_cues() -> tuple[tuple[str, _Cue], ...]:
    """The cues that rule readings out, with their feature names, in their rows' order."""
    return tuple((f"cue={c.name}", c) for c in _cues() if c.ruled_out)


@lru_cache(maxsize=1024)
def _cues_found(scope: str, text: str) -> frozenset[int]:
    """The cues of ``scope`` that ``text`` holds, by their row: the places of one sentence share
    its "sentence" and "next" texts, so those are searched once."""
    return frozenset(i for i, pattern in _scoped_cues().get(scope, ()) if pattern.search(text))


def _holds_cue(scope: str, text: str, rows: frozenset[int]) -> bool:
    """Whether ``text`` holds one of the cues ``rows`` of ``scope``: ``_cues_found`` kept to a
    few rows, for a text read once (the words round one place), where searching every cue of
    the scope would cost several times as much."""
    return any(i in rows and pattern.search(text) for i, pattern in _scoped_cues().get(scope, ()))


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic regression over binary features, read from package data."""

    labels: tuple[Label, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    @classmethod
    @cache
    def load(cls) -> LinearModel:
        path = resources.files("itinerary.nlp").joinpath("data/relations_model.json")
        return cls.of(json.loads(path.read_text("utf-8")))

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> LinearModel:
        """The model of weights as ``scripts/train_relations.py`` writes them."""
        return cls(labels=tuple(data["labels"]), bias=tuple(data["bias"]),
                   weights={f: tuple(w) for f, w in data["weights"].items()})

    def probabilities(self, features: Iterable[str]) -> dict[Label, float]:
        scores = list(self.bias)
        weights = self.weights
        for feature in set(features):
            row = weights.get(feature)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        top = max(scores)
        exp = [math.exp(x - top) for x in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp, strict=True)}


_CLAUSE_FIELDS = tuple(f.name for f in fields(_Clause))


def features(span: Span) -> list[str]:
    """What the model sees of one place: the rules' verdict, the governing clause's subject
    person, tense, aspect, modality and negation, its frame verb, cue phrases around the place,
    and the words of its sentence."""
    return _features(span)[0]


def _features(span: Span) -> tuple[list[str], bool]:
    """``features`` and whether they read the Doc's other places (see ``_rule_reading``)."""
    doc = span.doc
    governing = _Governing.of(span)
    rule, read_others = _rule_reading(span, governing)
    found = [f"rule={rule}"]
    group, clause = governing.group, governing.clause
    if clause is None:
        found.append("clause=none")
    else:
        found += [f"clause:{name}" for name in _CLAUSE_FIELDS
                  if isinstance(getattr(clause, name), bool) and getattr(clause, name)]
        found += [f"frame={v.lemma_.lower()}" for v in group]
        subject = _subject(group)
        person = ("none" if subject is None else "first" if _is_writer(subject)
                  else "second" if any(t.lower_ == "you" for t in subject.subtree) else "third")
        found.append(f"subject={person}")
        found.append(f"dep={span.root.dep_}")
    sentence, line = span.sent, _line(span)
    text = span_text(line).lower().replace("\u2019", "'")
    start = span.start_char - line.start_char
    stop = start + span.end_char - span.start_char  # where the place ends in ``text``
    scopes = {
        "sentence": text,
        "before": text[max(0, start - _CUE_WINDOW): start],
        "after": text[stop: stop + _CUE_WINDOW],
        "rest": text[stop:],
        "next": span_text(doc[sentence.end].sent).lower() if sentence.end < len(doc) else "",
        "earlier": doc_text(doc)[max(0, line.start_char - _EARLIER): line.start_char].lower(),
        "heading": _heading(span),
    }
    # The next sentence as the answer to a question the place's line asks, or as the rest of a
    # sentence the parser cut short (the line ends the sentence without an end mark).
    end = text.rstrip()[-1:]
    scopes["answer"] = scopes["next"] if end == "?" else ""
    cut = end not in ".!?" and line.end == sentence.end
    scopes["run_on"] = scopes["next"] if cut else ""
    # A sign-off keeps its capitals: "— Dale, Oregon".
    scopes["before"] = scopes["before"] if not _SIGNOFF.search(
        text_before(span, _CUE_WINDOW)) else "— x, "
    cues = _cues()
    found += [f"cue={cues[i].name}" for i in sorted(
        frozenset().union(*(_cues_found(scope, text) for scope, text in scopes.items())))]
    words = _DocWords.of(doc)
    found += [word for i in range(*words.segment(span, line))
              if not span.start <= i < span.end and (word := words.word(doc, i)) is not None]
    before = [t for t in doc[max(line.start, span.start - 3): span.start]
              if not (t.is_space or t.text == ",")][-2:]
    found += [f"b{len(before) - i}={t.lower_}" for i, t in enumerate(before)]
    after = [t for t in doc[span.end: min(line.end, span.end + 3)]
             if not (t.is_space or t.text == ",")][:2]
    found += [f"a{i + 1}={t.lower_}" for i, t in enumerate(after)]
    if not _home_evidence(found):
        found.append("home=none")  # the model learns its other labels' odds without "lives"
    return found, read_others


_EARLIER = 400  # characters of the writer's own text before the line: the "earlier" cues

# "Visited: Hue, Hoi An", "Next up: Kandy": a short label and a colon before the place on its
# line, with nothing but the list between them.
_INLINE_HEADING = re.compile(r"(?:^|[.!?]\s)\s*([^.?:\n]{1,40}):[^.!?:\n]*$")
# A line of a list under a heading line: "- Hue", "2. Kandy (3 nights)", or a bare short line.
_LIST_LINE = re.compile(r"^\s*(?:[-*\u2022+]|\d{1,2}[.)])?\s*[^.!?:]{0,60}$")
_HEADING_LINES = 12  # list lines a heading line reaches down over


def _heading(span: Span) -> str:
    """The label a list of places stands under, lower case ("" if none): the words before a
    colon on the place's line, or the line ending in a colon above the list the place's line
    belongs to. "Visited:", "Next up:", "Avoid:" say the writer's relation to every place in
    the list, whatever the parser makes of the list."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    inline = _INLINE_HEADING.search(text[start: span.start_char])
    if inline:
        colon = start + inline.end(1)
        listed = span.doc.char_span(colon, span.start_char, alignment_mode="expand")
        verbs = listed is not None and any(t.pos_ in _VERBAL for t in listed)
        return "" if verbs else inline.group(1).strip().lower()  # "Update: we flew to Hue"
    end = text.find("\n", span.end_char)
    if not _LIST_LINE.match(text[start: len(text) if end < 0 else end]):
        return ""
    for _ in range(_HEADING_LINES):
        if start == 0:
            return ""
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above: start - 1].strip()
        if line.endswith(":"):
            return line[:-1][-40:].lower()
        if line and not _LIST_LINE.match(line):
            return ""
        start = above
    return ""


def _going_home(token: Token) -> str | None:
    """"fly home out of Split", "then Lyon and home", "the flight home": home as where a trip
    ends says nothing of where the place is ("my home", "back home in Leeds" do)."""
    if token.lower_ != "home" or _owned(token):
        return None
    before = token.doc[token.i - 1] if token.i else token
    if before.lower_ in MOTION_WORDS and before.lower_ != "home":  # "the flight home"
        return "going_home"
    if token.dep_ not in ("advmod", "npadvmod", "conj", "appos"):
        return None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    return None if after.lower_ in ("in", "at", "near", "outside") else "going_home"


# Marks that join two statements in one sentence ("Bergen was wet; next time we'd go in June",
# "Locals here -- we drove ..."): the words past them are another statement's.
_SEGMENT_MARKS = {";", "\u2013", "\u2014", "--"}


class _DocWords:
    """Each token's word feature ("w=..."; none for punctuation and spaces) and the statement
    marks of one Doc, read once per token: the places of a line share its words, and each
    place read them all again."""

    _UNREAD = ""

    def __init__(self, doc: Doc) -> None:
        self.words: list[str | None] = [self._UNREAD] * len(doc)
        self.marks = [t.i for t in doc if t.text in _SEGMENT_MARKS]

    @classmethod
    def of(cls, doc: Doc) -> _DocWords:
        found = _DOC_WORDS.get(doc)
        if found is None:
            found = _DOC_WORDS[doc] = cls(doc)
        return found

    def word(self, doc: Doc, i: int) -> str | None:
        """The feature of ``doc[i]`` (the Doc is not kept: it keys this reading weakly)."""
        word = self.words[i]
        if word == self._UNREAD:
            t = doc[i]
            word = self.words[i] = None if t.is_punct or t.is_space else (
                f"w={_going_home(t) or t.lemma_.lower()}")
        return word

    def segment(self, span: Span, line: Span) -> tuple[int, int]:
        """The token range of the place's line (``_line``) between the statement marks around
        it."""
        marks = self.marks
        before = bisect_left(marks, span.start) - 1
        start = marks[before] + 1 if before >= 0 and marks[before] >= line.start else line.start
        after = bisect_left(marks, span.end)
        end = marks[after] if after < len(marks) and marks[after] < line.end else line.end
        return start, end


_DOC_WORDS: WeakKeyDictionary[Doc, _DocWords] = WeakKeyDictionary()


def _line(span: Span) -> Span:
    """The part of the place's sentence on the place's line: the parser runs a title, a
    heading or the lines of a day list into one sentence ("Three weeks in Patagonia | We live in
    Denver"), but each says its own thing."""
    sentence, doc = span.sent, span.doc
    breaks = _break_tokens(doc)
    before = bisect_left(breaks, span.start) - 1  # the last break before the place
    start = breaks[before] + 1 if before >= 0 and breaks[before] >= sentence.start \
        else sentence.start
    after = bisect_left(breaks, span.end)  # the first break from the place's end on
    end = breaks[after] if after < len(breaks) and breaks[after] < sentence.end \
        else sentence.end
    return doc[start:end]


_BREAK_TOKENS: WeakKeyDictionary[Doc, list[int]] = WeakKeyDictionary()


def _break_tokens(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that ``_breaks``, in order, found once per Doc: every place's line
    and its way up the parse are read between them. Only a token that holds a line break can
    break, so only the tokens round the text's line breaks are tested."""
    found = _BREAK_TOKENS.get(doc)
    if found is None:
        text, starts = doc_text(doc), [t.idx for t in doc]
        holders: set[int] = set()
        at = text.find("\n")
        while at >= 0:
            holders.add(bisect_right(starts, at) - 1)
            at = text.find("\n", at + 1)
        found = _BREAK_TOKENS[doc] = [i for i in sorted(holders) if i >= 0 and _breaks(doc[i])]
    return found


def _breaks(token: Token) -> bool:
    """A blank line, or the end of a line that is no hard-wrapped prose: a short line or one that
    ends a sentence or opens a list."""
    if "\n" not in token.text:
        return False
    if token.text.count("\n") > 1 or token.i == 0:
        return True
    text = doc_text(token.doc)
    before = text[text.rfind("\n", 0, token.idx) + 1: token.idx].rstrip()
    return len(before) < _WRAPPED or before[-1:] in ".!?:"


_WRAPPED = 50  # characters: a line at least this long without an end mark is wrapped prose


def _line_break_between(a: Token, b: Token) -> bool:
    low, high = sorted((a.i, b.i))
    breaks = _break_tokens(a.doc)
    first = bisect_left(breaks, low)
    return first < len(breaks) and breaks[first] < high


# "— Dale, Oregon" on a line of its own or after a sentence ("Safe travels! — Gwen, Cardiff").
_SIGNOFF = re.compile(r"(?:^|\n|[.!?)]\s)\s*(?:\u2014|\u2013|--)\s*[A-Z][\w.]*,\s*$")


def predict(span: Span) -> tuple[Label, float]:
    """The model's label for ``span`` and its probability. "lives" needs a sign of a home near
    the place (``_home_evidence``): without one the model would fall back on its prior for
    "lives" where a title, a day list or a sight gives it little else to read."""
    label, probability, _ = _reading(span)
    return label, probability


def _reading(span: Span) -> tuple[Label, float, bool]:
    """``predict`` and whether it read the Doc's other places (see ``_rule_reading``)."""
    found, read_others = _features(span)
    label, probability = decide(found, LinearModel.load())
    return label, probability, read_others


def decide(found: Sequence[str], model: LinearModel) -> tuple[Label, float]:
    """The label of a place's features (``features``) and its probability: ``model``'s
    reading, then the ruling cues' moves (a model of a cross-validation fold reads the same)."""
    probabilities = model.probabilities(found)
    if "lives" in probabilities and "home=none" in found:
        rest = 1.0 - probabilities.pop("lives")
        probabilities = {k: p / rest for k, p in probabilities.items()} if rest > 0 else {
            "mentioned": 1.0}
    present = set(found)
    for name, cue in _ruling_cues():
        if name in present and cue.unless.isdisjoint(present):
            probabilities = _rule_out(probabilities, cue.ruled_out, cast(Label, cue.taker))
    label = max(probabilities, key=lambda k: probabilities[k])
    return label, probabilities[label]


def _rule_out(probabilities: dict[Label, float], ruled_out: Iterable[str],
              taker: Label | str) -> dict[Label, float]:
    """The readings a cue rules out give their probability to ``taker`` (to the others in
    proportion when it is empty): "X was on the list but we ran out of days" is no visit."""
    kept = {k: p for k, p in probabilities.items() if k not in ruled_out}
    moved = 1.0 - sum(kept.values())
    if taker:
        kept[cast(Label, taker)] = kept.get(cast(Label, taker), 0.0) + moved
        return kept
    rest = 1.0 - moved
    return {k: p / rest for k, p in kept.items()} if rest > 0 else {"mentioned": 1.0}


# Features that tell of a home: the rules' "lives", a clause of living, coming from, growing up
# or being somewhere now, a home cue of relations_cues.tsv, or a word of home in the statement
# (the verbs count in the place's own clause only: "I live in Tartu and we send visitors to
# Tallinn" says nothing of Tallinn).
_HOME_EVIDENCE = frozenset({
    "rule=lives", "clause:origin", "clause:dwelling", "clause:grew_up", "clause:located",
    *(f"frame={w}" for w in ("live", "reside", "base", "grow", "move", "relocate", "settle",
                              "retire", "bear", "raise")),
    *(f"cue={c}" for c in (*_HOME_CUES, "here_from", "other_one", "where_i_live", "signoff",
                           "from_too", "invitation", "live_there_next")),
    *(f"w={w}" for w in ("home", "hometown", "local", "native", "resident")),
})


def _home_evidence(found: Iterable[str]) -> bool:
    return not _HOME_EVIDENCE.isdisjoint(found)


def classify(span: Span) -> Relation:
    """The writer's own relation to the place (advice about a place is ``mentioned``)."""
    return own_relation(predict(span)[0])


def own_relation(label: Label) -> Relation:
    return "mentioned" if label in _ADVICE else label


class PlaceRelations:
    """Sets ``span._.relation`` (the writer's own relation), ``span._.advice`` ("recommends",
    "advises_against" or None) and ``span._.relation_confidence`` on every place span.

    The thread-wide pass runs it again on a section it adds places to; a place's reading
    depends on the other places only through a back reference, which reads the places of its
    sentence and the next, so each Doc keeps its readings by place and those places and reads
    again only where they changed, and only a reading that read them (one that did not is kept
    by place alone)."""

    def __init__(self) -> None:
        self._readings: WeakKeyDictionary[Doc, dict[tuple[int, ...], tuple[Label, float]]] = (
            WeakKeyDictionary()
        )

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc  # no parse (the gazetteer-only pipeline): every place stays "mentioned"
        places = sorted(doc.spans.get("places", []), key=lambda p: p.start)
        starts = [p.start for p in places]
        readings = self._readings.setdefault(doc, {})
        for span in doc.spans.get("places", []):
            alone = (span.start, span.end)
            reading = readings.get(alone)
            if reading is None:
                sentence, stop = _reach(span)
                near = places[bisect_left(starts, sentence.start): bisect_left(starts, stop)]
                key = (*alone, *(i for p in near for i in (p.start, p.end)))
                reading = readings.get(key)
                if reading is None:
                    label, probability, read_others = _reading(span)
                    reading = label, probability
                    readings[key if read_others else alone] = reading
            label, confidence = reading
            extensions = span._  # one accessor object for the three
            extensions.relation = own_relation(label)
            extensions.advice = cast(Advice, label) if label in _ADVICE else None
            extensions.relation_confidence = confidence
        return doc


@Language.factory("place_relations")
def make_place_relations(nlp: Language, name: str) -> PlaceRelations:
    return PlaceRelations()
