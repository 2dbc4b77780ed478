"""The "place_filter" component: what looks like a place but is not one.

It runs after "gazetteer_places" and removes from ``doc.spans["places"]`` (and from the
thread-promotable ``doc.spans["place_candidates"]``):

- the thread's commenters, by name, name part or handle, wherever they appear ("Thanks Sydney!"),
  from the author lines that ``find_mentions`` puts on ``doc._.thread_authors``, unless the
  words around the name say town strongly ("drove from Pisa to Florence");
- people's names joined by "and" where a person's cue stands beside the pair ("Orlando and
  Troy said"), the first name out of reach of the cue on its own;
- calendar words: months ("May"), weekdays, holidays and festivals ("Easter", "the Feria");
- things named after a place, even where the model calls the name a place ("Ceylon tea");
- demonyms ("Norwegian", "Scandinavian"): not places, but hints of a country, kept as
  ``doc.spans["demonyms"]`` (the resolver counts their countries from the thread's text);
- ordinary words that are towns ("a Nice day", "Hope", "Reading") and the words of a person's
  name seen elsewhere in the Doc ("Steve Clark ... Clark"), unless the context says place:
  "in Reading", "Reading, England", a list of places.

Every span it removes goes to ``doc.spans["not_places"]`` (after those the matcher set aside),
labelled with the reason (``reasons.Rejection``).
``demonyms_as_places`` keeps demonyms as place spans instead: news-style annotation (GeoWebNews)
counts "Russian" as a mention of Russia; travel threads do not.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from gazetteer import normalize_name
from itinerary.nlp import context
from itinerary.nlp.authors import banned_names, handle_names, handle_words, surnames
from itinerary.nlp.extensions import DEMONYMS_GROUP, doc_text, span_text
from itinerary.nlp.lexicon import (
    CALENDAR,
    DEMONYMS,
    DEMONYMS_THAT_NAME_PLACES,
    GREETINGS,
    MOTION_WORDS,
    PLACE_VERBS,
    WEEKDAYS,
    WEEKDAYS_THAT_NAME_PLACES,
    find_demonyms,
)
from itinerary.nlp.matcher import (
    CANDIDATES,
    NOT_PLACES,
    PARK_SHORT_FORM,
    PLACES,
    named_stop,
    opens_as_subject,
    ordinary_word,
)
from itinerary.nlp.reasons import Evidence, Rejection

# What follows a name that opens a clause rather than a list: "Austin, Mazunte is lovely".
_CLAUSE_VERBS = frozenset({"AUX", "VERB"})


class PlaceFilter:
    """Drops commenters, calendar words, demonyms and unsupported ordinary words."""

    def __init__(self, name: str, *, ordinary_margin: float, demonyms_as_places: bool) -> None:
        self.name = name
        self.ordinary_margin = ordinary_margin
        self.demonyms_as_places = demonyms_as_places

    def __call__(self, doc: Doc) -> Doc:
        authors = tuple(doc._.thread_authors)
        banned, handle_parts = banned_names(authors), handle_words(authors)
        handles, family = handle_names(authors), surnames(authors)
        places = list(doc.spans.get(PLACES, []))
        person_words = _person_name_words(doc, places)
        kept: list[Span] = []
        candidates: list[Span] = []
        dropped: list[Span] = []
        for group, keep in ((places, kept), (list(doc.spans.get(CANDIDATES, [])), candidates)):
            for span in group:
                reason = self.reason(
                    span, banned, handle_parts, person_words, places, handles, family
                )
                if reason is None:
                    keep.append(span)
                else:
                    dropped.append(Span(doc, span.start, span.end, label=reason))
        doc.spans[NOT_PLACES] = [*doc.spans.get(NOT_PLACES, []), *dropped]
        demonyms = [s for s in _demonym_spans(doc) if not _overlaps(s, kept)]
        if self.demonyms_as_places:
            peoples = [s for s in demonyms if not _language_or_surname(s)]
            kept = sorted([*kept, *peoples], key=lambda s: s.start)
        doc.spans[PLACES] = kept
        doc.spans[CANDIDATES] = candidates
        doc.spans[DEMONYMS_GROUP] = demonyms
        return doc

    def reason(
        self,
        span: Span,
        banned: frozenset[str],
        handle_parts: frozenset[str],
        person_words: set[str],
        places: list[Span],
        handles: frozenset[str] = frozenset(),
        family: frozenset[str] = frozenset(),
    ) -> Rejection | None:
        """Why the span is not a place, or None when it may be one; a word of a run-together
        handle (``handle_parts``) only bans where no place's context surrounds it and it is
        written in lower case or spoken to or of, a word of a handle joined by marks
        (``handles``) only where it is spoken to or of, a commenter's surname (``family``) where
        it is spoken to or of or no place's words, weak ones too, surround it ("my nonna is from
        Messina" to "Tony Messina")."""
        key = normalize_name(span_text(span))

        def others() -> list[Span]:  # read only for a commenter's name: most spans are none
            return [p for p in places if normalize_name(span_text(p)) not in banned]

        if key in family:
            if _spoken_of(span) or not (
                _place_context(span, others()) or context.motion_before(span)
            ):
                return Rejection.AUTHOR
        elif key in banned and not (
            (_named_place(span, places) or (span.text[:1].isupper() and not _spoken_of(span)))
            if key in handle_parts
            else _author_town(span, others())
        ):
            return Rejection.AUTHOR
        if key in handles and _spoken_of(span):
            return Rejection.AUTHOR  # "austin_travels" commented: "Austin, did you ride it?"
        cue = _coordination_cue(span)
        if cue is not None:
            return Rejection(f"person: {cue}")  # "Orlando and Troy said", "Thanks Regina and Jo"
        if key in CALENDAR or (key in WEEKDAYS_THAT_NAME_PLACES and _among_weekdays(span)):
            return Rejection.CALENDAR
        if context.product(span):
            return Rejection.PRODUCT  # "Ceylon tea", "my Patagonia jacket"
        if context.indefinite(span):
            return Rejection.KIND
        # A demonym is no place, unless the sentence makes it a trip ("The Caribbean is a short
        # hop from Miami").
        if (key in DEMONYMS and context.trip_sentence(span) is None) or (
            key in DEMONYMS_THAT_NAME_PLACES and not _place_context(span, places, weak=False)
        ):
            return Rejection.DEMONYM
        if len(span) != 1:
            return None
        if span[0].pos_ == "INTJ" and span[0].is_sent_start and not _place_context(span, places):
            return Rejection.ORDINARY_WORD  # "Ha, a report that ends in my name!", "Oh!"
        if span.text.lower() in person_words and not (
            _place_context(span, places, weak=False) or context.motion_before(span)
        ):
            return Rejection.PERSON_NAME
        if (
            ordinary_word(span[0], self.ordinary_margin)
            and not _place_context(span, places)
            and not context.motion_before(span)  # "swap Hvar for Vis"
            and span._.place_evidence[0] != PARK_SHORT_FORM  # "Arches", "Glacier": the park's
            and not _list_line_stop(span)
            and not named_stop(span, {clue.kind for clue in span._.place_evidence[1]})
            and not (opens_as_subject(span) and _named_again(span, places))
        ):
            return Rejection.ORDINARY_WORD
        return None


# Where a name stands as a person's: spoken to, after a title, with a person's apposition.
_PERSON_POSITIONS = frozenset({"address", "title", "apposition"})
_PERSON_REJECTIONS = frozenset(
    {Rejection.PERSON_ADDRESS, Rejection.PERSON_TITLE, Rejection.PERSON_APPOSITION}
)


def drop_thread_people(docs: Sequence[Doc]) -> frozenset[str]:
    """A name the thread puts in a person's position anywhere ("my husband Lincoln", "Thanks
    Lincoln") is that person's in every section ("Lincoln had a whisky at the bar"), unless the
    words around it say place strongly ("we drove through Lincoln", "Lincoln, Nebraska"): the
    thread's people, like its commenters, are no places. Run on a thread's Docs before the
    thread pass promotes names; gives the people's name keys, which it must not promote."""
    people = {
        normalize_name(span.text)
        for doc in docs
        for span in doc.spans.get(CANDIDATES, [])
        if span._.place_rejection in _PERSON_REJECTIONS
        or any(clue.kind in _PERSON_POSITIONS for clue in span._.place_evidence[1])
    } | {
        normalize_name(span.text)
        for doc in docs
        for span in doc.spans.get(NOT_PLACES, [])
        if span.label_ in _PERSON_REJECTIONS
    }
    for doc in docs if people else ():
        places = list(doc.spans.get(PLACES, []))
        others = [p for p in places if normalize_name(p.text) not in people]
        gone = [
            span
            for span in places
            if normalize_name(span.text) in people and not _named_place(span, others)
        ]
        if gone:
            doc.spans[PLACES] = [span for span in places if span not in gone]
            dropped = [Span(doc, s.start, s.end, label=Rejection.PERSON_NAME) for s in gone]
            doc.spans[NOT_PLACES] = [*doc.spans.get(NOT_PLACES, []), *dropped]
    return frozenset(people)


def _named_again(span: Span, places: list[Span]) -> bool:
    """The Doc names the same place inside a sentence, where its capital is a name's ("between
    Split and Hvar" before "Split looks easier")."""
    return any(
        p.start != span.start and p.text == span.text and not p[0].is_sent_start
        for p in places
    )


def _place_context(span: Span, places: list[Span], *, weak: bool = True) -> bool:
    """Words around the span say place: "in Reading", "Reading, England", "Bath and Bristol",
    "Nice is an easy day trip from Monaco"."""
    if (
        context.place_word_before(span, weak=weak)
        or context.place_word_after(span)
        or context.trip_sentence(span) is not None
    ):
        return True
    starts = {p.start for p in places if p != span}
    ends = {p.end for p in places if p != span}
    left, right = context.joined_neighbours(span)
    return context.comma_then(span) in starts or left in ends or right in starts


def _list_line_stop(span: Span) -> bool:
    """Placed as a list's item with the "list line" clue: "3. Bologna" among towns' lines."""
    evidence, clues = span._.place_evidence
    return evidence == Evidence.LIST and any(clue.kind == "list line" for clue in clues)


def _among_weekdays(span: Span) -> bool:
    """"Mon - Lisbon, Tue - Sintra": a weekday's short form that is also a place's name (Mon
    State) is the day where another day's name stands in its Doc."""
    return any(t.lower_ in WEEKDAYS for t in span.doc if t.i < span.start or t.i >= span.end)


def _named_place(span: Span, places: list[Span]) -> bool:
    """The words around the span say place strongly ("in Krakow", "Krakow, Poland", "a drive
    to Krakow"), or the model calls it a place after a weak place word ("Greetings from Krakow")."""
    if _place_context(span, places, weak=False) or context.motion_before(span):
        return True
    return span.label_ in ("ner:GPE", "ner:LOC") and context.place_word_before(span)


def _author_town(span: Span, places: list[Span]) -> bool:
    """A commenter's name that is also a town is the town where the words around it say so
    strongly ("from Pisa to Florence", "via Dallas", "Colombo, Kandy and Ella": ``places``
    holds no commenter), never where it is spoken to ("Florence, you should ...", "Lewis,
    Portree for the buses")."""
    spoken_to = span[0].is_sent_start and context.comma_then(span) is not None
    if spoken_to or context.person_cue(span) is not None or context.commenter_spoken(span):
        return False
    if context.signing(span):
        return False
    return _place_context(span, places, weak=False) or context.motion_before(span)


# The words that join people's names in one coordination: "Orlando and Troy", "Petra & Chad".
_AND_WORDS = frozenset({"and", "&"})


def _coordination_cue(span: Span) -> str | None:
    """A person's cue that speaks of the one-word names joined by "and" around the span as a
    whole ("Orlando and Troy said", "Devon and Salem, my two kids"), where the cue beside
    the coordination is out of reach of the span itself; None when nothing does."""
    if len(span) != 1:
        return None
    doc = span.doc
    start, end = span.start, span.end
    while (
        start >= 2 and doc[start - 1].lower_ in _AND_WORDS and context.is_name_word(doc[start - 2])
    ):
        start -= 2
    while (
        end + 1 < len(doc) and doc[end].lower_ in _AND_WORDS and context.is_name_word(doc[end + 1])
    ):
        end += 2
    if (start, end) == (span.start, span.end):
        return None
    return context.person_cue(doc[start:end])


def _spoken_of(span: Span) -> bool:
    """The words around the name speak to or of a person: a person's cue ("Thanks Austin",
    "Austin said", "@Austin"), a commenter's position ("Austin here", "Austin is right"), or a
    sentence opened by the name, a comma and a clause, not a list ("Austin, did you ...",
    "Austin, Mazunte is lovely"; not "Victoria, Tofino and Banff")."""
    if context.person_cue(span) is not None or context.commenter_spoken(span) or _sign_off(span):
        return True
    comma = context.comma_then(span)
    if not span[0].is_sent_start or comma is None:
        return False
    doc = span.doc
    end = comma
    while end < len(doc) and context.is_name_word(doc[end]):
        end += 1
    return end == comma or (end < len(doc) and doc[end].pos_ in _CLAUSE_VERBS)


def _sign_off(span: Span) -> bool:
    """The name signs a comment off: a greeting, a comma, then the name ending its line
    ("cheers, Florence", "Thanks,\nTara")."""
    after = context.next_word(span)
    if (
        after is not None
        and not (after.is_punct and after.text != ",")
        and "\n" not in (span[-1].whitespace_ + after.text)
    ):
        return False
    comma = context.previous_word(span, skip=())
    greeting = context.previous_word(span.doc[comma.i : comma.i + 1], skip=()) if comma else None
    return (
        comma is not None
        and comma.text == ","
        and greeting is not None
        and greeting.lower_ in GREETINGS
    )


def _person_name_words(doc: Doc, places: list[Span]) -> set[str]:
    """Words of the multi-word person names NER found ("Steve Clark" -> steve, clark), but not
    of one the place pass took for places, whole ("Matsue Castle" as PERSON) or name by name
    (a list glued into one entity: "Guatemala + Belize")."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(ent.start <= p.start and p.end <= ent.end for p in places):
            continue
        for piece in context.split_glued(ent):
            # "Flew Vienna", "Skip Sapa": a verb opening the sentence is no part of a name
            opener = bool(piece[0].is_sent_start) and piece[0].lower_ in PLACE_VERBS | MOTION_WORDS
            names = [t.lower_ for t in piece[int(opener):] if context.is_name_word(t)]
            if len(names) > 1:
                words.update(names)
    return words


def _demonym_spans(doc: Doc) -> list[Span]:
    spans = []
    for start, end, _ in find_demonyms(doc_text(doc)):
        span = doc.char_span(start, end, label="demonym")
        if span is not None:
            spans.append(span)
    return spans


def _language_or_surname(span: Span) -> bool:
    """The demonym names a language ("spoke only French", "in English and Spanish": the
    model's LANGUAGE) or a person ("Monica French", "English said"), not a country's people."""
    if span[0].ent_type_ == "LANGUAGE" or context.person_cue(span) is not None:
        return True
    return span[0].ent_type_ == "PERSON" and span[0].ent_iob_ == "I"


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)


@Language.factory(
    "place_filter", default_config={"ordinary_margin": 0.5, "demonyms_as_places": False}
)
def make_place_filter(
    nlp: Language, name: str, ordinary_margin: float, demonyms_as_places: bool
) -> PlaceFilter:
    return PlaceFilter(name, ordinary_margin=ordinary_margin, demonyms_as_places=demonyms_as_places)
