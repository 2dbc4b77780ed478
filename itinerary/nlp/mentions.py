"""From a thread to its place mentions: a Doc per section, one pass per stream of threads.

Each section is its own Doc, so an author line never runs into the text; the thread's author
lines ride along on ``doc._.thread_authors`` for the filter. A very long section is cut at line
breaks into Docs of at most ``CHUNK`` characters (the parser's memory grows with a Doc's length,
and spaCy refuses texts past ``nlp.max_length``); offsets are mapped back to the section.

After the pipeline, a name taken as a place anywhere in the thread is a place wherever else a
component set it aside for want of evidence alone (one sense per name per thread: "Røros" in the
title makes the bare "Røros" of a comment a place).

``find_names_many`` also gives the names that looked like places and are not, each with its
reason (``itinerary.nlp.reasons``), for the report and ``--explain``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, cast

from spacy.language import Language
from spacy.tokens import Doc, Span

import itinerary.nlp.extensions
import itinerary.nlp.relations  # noqa: F401  (registers span._.relation)
from gazetteer import normalize_name
from gazetteer.models import Place
from itinerary.models import Mention, Rejected, Relation, Section, Thread
from itinerary.nlp.authors import thread_authors
from itinerary.nlp.extensions import span_text
from itinerary.nlp.filters import drop_thread_people
from itinerary.nlp.lexicon import (
    BUILDING_HEADS,
    FEATURE_HEADS,
    FEATURE_HEADS_FIRST,
    FEATURE_HEADS_TITLED,
    GENERIC_NAME_WORDS,
    NAME_CONNECTORS,
)
from itinerary.nlp.matcher import (
    CANDIDATES,
    NOT_PLACES,
    PERSON_BY_POSITION,
    PERSON_CLUES,
    PLACES,
    SAME_PLACE_SENSES,
    STRONG_KINDS,
    TEXT_CLUES,
    GazetteerPlaces,
    capitalised_alone,
    opens_as_subject,
)
from itinerary.nlp.reasons import Evidence, Rejection

# Words of a sight's or a feature's name that a short form leaves out: "Braies" for "Lago di
# Braies", "Setas" for "Las Setas".
_GENERIC = (
    FEATURE_HEADS
    | FEATURE_HEADS_FIRST
    | BUILDING_HEADS
    | FEATURE_HEADS_TITLED
    | GENERIC_NAME_WORDS
    | NAME_CONNECTORS
    | {"the"}
)
# A clipped form keeps at least this many letters and drops at least two ("Trinco").
_CLIPPED_LETTERS = 4
_CLIPPED_DROPS = 2

MATCHER_PIPE = "gazetteer_places"
CHUNK = 100_000  # characters per Doc
RELATIONS_PIPE = "place_relations"


def find_mentions(thread: Thread, nlp: Language) -> tuple[Mention, ...]:
    """Every place mention of the thread, in section order, then text order."""
    return next(find_mentions_many([thread], nlp))


class Found(NamedTuple):
    """What the place pass found in one thread: its place mentions, and the names that looked
    like places but are not (page order)."""

    mentions: tuple[Mention, ...]
    rejected: tuple[Rejected, ...]


def find_mentions_many(
    threads: Iterable[Thread], nlp: Language, *, batch_size: int = 64, n_process: int = 1
) -> Iterator[tuple[Mention, ...]]:
    """``find_mentions`` for each thread, all sections streamed through one ``nlp.pipe``."""
    for found in find_names_many(threads, nlp, batch_size=batch_size, n_process=n_process):
        yield found.mentions


def find_names_many(
    threads: Iterable[Thread], nlp: Language, *, batch_size: int = 64, n_process: int = 1
) -> Iterator[Found]:
    """``find_mentions_many`` with the names set aside, for each thread."""
    pending: deque[list[tuple[Section, int]]] = deque()  # each thread's sections and offsets

    def docs() -> Iterator[Doc]:
        for thread in threads:
            authors = thread_authors(section.author for section in thread.sections)
            pieces = [
                (section, offset, text)
                for section in thread.sections
                for offset, text in chunks(section.text)
            ]
            pending.append([(section, offset) for section, offset, _ in pieces])
            # A thread without sections still takes one (empty) Doc, to keep the stream in step.
            for text in [text for _, _, text in pieces] or [""]:
                doc = nlp.make_doc(text)
                doc._.thread_authors = authors
                yield doc

    processed = nlp.pipe(docs(), batch_size=batch_size, n_process=n_process)
    for first in processed:
        pieces = pending.popleft()
        group = [first, *(next(processed) for _ in range(len(pieces) - 1))]
        if pieces:
            promote(group, nlp)
        # A thread without sections has one Doc and no pieces: zip stops at the pieces.
        placed = [
            (doc, section, offset) for (section, offset), doc in zip(pieces, group, strict=False)
        ]
        yield Found(
            tuple(mention for piece in placed for mention in doc_mentions(*piece)),
            tuple(name for piece in placed for name in doc_rejected(*piece)),
        )


def chunks(text: str, size: int = CHUNK) -> list[tuple[int, str]]:
    """``text`` in pieces of at most ``size`` characters, cut after a line break (or a space)
    where there is one in the second half of a piece; each with its offset."""
    pieces = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        end = cut + 1 if cut >= 0 else end
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def promote(docs: Sequence[Doc], nlp: Language) -> None:
    """Make places of the names a section set aside that another section of the thread takes
    as places: the same name, or a name of the same place ("Skye" in a comment, "Isle of Skye"
    in the post); or whose clues reach the matcher's threshold once the thread's countries
    count (a comment's "Hue" in a thread about Vietnam). Within one section the matcher has
    already had its say."""
    matcher = nlp.get_pipe(MATCHER_PIPE) if MATCHER_PIPE in nlp.pipe_names else None
    people = drop_thread_people(docs)

    def senses(span: Span) -> tuple[Place, ...]:
        return matcher.lookup(span_text(span)) if isinstance(matcher, GazetteerPlaces) else ()

    def named(span: Span, depth: int) -> set[str]:
        """The name's key and the ids of its first ``depth`` senses."""
        return {normalize_name(span_text(span))} | {place.id for place in senses(span)[:depth]}

    placed = [set().union(*(named(span, 1) for span in doc.spans.get(PLACES, []))) for doc in docs]
    sections = Counter(item for items in placed for item in items)
    countries = {
        place.country_code
        for doc in docs
        for span in doc.spans.get(PLACES, [])
        for place in senses(span)[:1]
        if place.country_code
    }
    # The thread's towns (not countries or regions), for the "nearby" clue across sections.
    towns = [
        place
        for doc in docs
        for span in doc.spans.get(PLACES, [])
        for place in senses(span)[:1]
        if place.kind not in STRONG_KINDS
    ]
    # Names set aside in two or more sections: a thread that keeps coming back to a name
    # talks about it ("Savannakhet was the highlight" after "good things about Savannakhet").
    aside = Counter(
        key
        for doc in docs
        for key in {normalize_name(span_text(span)) for span in doc.spans.get(CANDIDATES, [])}
    )
    names: list[str] = []  # the names placed so far, in thread order
    for doc, own in zip(docs, placed, strict=True):
        names.extend(span.text for span in doc.spans.get(PLACES, []))
        candidates = list(doc.spans.get(CANDIDATES, []))
        chosen: list[Span] = []
        promoted: list[Span] = []

        def elsewhere(span: Span, own: set[str] = own) -> bool:
            """Another section takes the name, or a name of the same place, for a place."""
            return any(sections[item] > (item in own) for item in named(span, SAME_PLACE_SENSES))

        # A word set aside for being an ordinary one, written capitalised inside its sentence
        # or opening it as a verb's subject, names the place the thread names so elsewhere
        # ("Bohinj beats Bled any day", "Bled was quieter" after "then Bled for three nights").
        words = [
            span for span in doc.spans.get(NOT_PLACES, [])
            if span.label_ == Rejection.ORDINARY_WORD
            and (capitalised_alone(span) or opens_as_subject(span)) and elsewhere(span)
        ]
        for span in words:
            promoted.append(Span(doc, span.start, span.end, label="gazetteer+thread"))
            promoted[-1]._.place_evidence = (Evidence.THREAD_NAME.value, ())
        for span in candidates:
            if normalize_name(span.text) in people:
                continue  # "my husband Lincoln": the thread's person, never promoted
            if any(clue.kind in PERSON_BY_POSITION for clue in span._.place_evidence[1]):
                continue  # "me and Sydney": a person's position, whatever the thread says
            if elsewhere(span) or short_form(span, names, known=bool(senses(span))):
                why = Evidence.THREAD_NAME
            elif isinstance(matcher, GazetteerPlaces) and matcher.reconsider(
                span, countries, repeated=aside[normalize_name(span.text)] > 1, towns=towns
            ):
                why = Evidence.THREAD_CLUES
            else:
                continue
            chosen.append(span)
            promoted.append(Span(doc, span.start, span.end, label=f"{span.label_}+thread"))
            promoted[-1]._.place_evidence = (why.value, span._.place_evidence[1])
        if not promoted:
            continue
        doc.spans[PLACES] = sorted([*doc.spans[PLACES], *promoted], key=lambda s: s.start)
        doc.spans[CANDIDATES] = [span for span in candidates if span not in chosen]
        doc.spans[NOT_PLACES] = [s for s in doc.spans.get(NOT_PLACES, []) if s not in words]
        if RELATIONS_PIPE in nlp.pipe_names:
            nlp.get_pipe(RELATIONS_PIPE)(doc)


def short_form(span: Span, names: Sequence[str], *, known: bool) -> bool:
    """The name is a short form of a place the thread names in full (``names``): the one
    particular word of a sight's or a feature's name ("Braies" after "Lago di Braies", "Setas"
    after "Las Setas"), or a clipped form no gazetteer knows, the start of exactly one place's
    name ("Trinco" after "Trincomalee"; a name the model calls a person's only with a word of
    place around it). Not in a person's position ("Thanks Trinco")."""
    if len(span) != 1 or any(clue.kind in PERSON_CLUES for clue in span._.place_evidence[1]):
        return False
    key = normalize_name(span.text)
    for name in names:
        words = name.split()
        particular = [w for w in words if w.lower() not in _GENERIC]
        if len(words) > 1 and len(particular) == 1 and normalize_name(particular[0]) == key:
            return True
    if known or len(key) < _CLIPPED_LETTERS or not span.text[:1].isupper():
        return False
    # First names clip town names too ("Chris", "Christchurch"): one the model calls a person's
    # needs a word around it that says place.
    clues = {clue.kind for clue in span._.place_evidence[1] if clue.weight > 0}
    if span._.ner_label == "PERSON" and not clues & TEXT_CLUES:
        return False
    longer = {
        normalize_name(name)
        for name in names
        if " " not in name and len(normalize_name(name)) - len(key) >= _CLIPPED_DROPS
    }
    return len([name for name in longer if name.startswith(key)]) == 1


def doc_mentions(doc: Doc, section: Section, offset: int = 0) -> tuple[Mention, ...]:
    """The Doc's place spans as Mentions of ``section``, whose text from ``offset`` on the Doc
    was made from."""
    # Sentence bounds once per Doc: ``span.sent`` walks its sentence, which made a long
    # one-sentence text with many names quadratic.
    whole = doc[:]
    bounds = ([(s.start_char, s.end_char) for s in doc.sents]
              if doc.has_annotation("SENT_START") else [(whole.start_char, whole.end_char)])
    starts = [start for start, _ in bounds]
    mentions = []
    for span in doc.spans.get(PLACES, []):
        sentence = bounds[max(bisect_right(starts, span.start_char) - 1, 0)]
        evidence, clues = span._.place_evidence
        mentions.append(
            Mention(
                section=section.id,
                author=section.author,
                text=span.text,
                start=offset + span.start_char,
                end=offset + span.end_char,
                source=span.label_,
                sentence=(offset + sentence[0], offset + sentence[1]),
                relation=cast(Relation, span._.relation),
                advice=span._.advice,
                relation_confidence=span._.relation_confidence,
                evidence=evidence,
                clues=clues,
            )
        )
    return tuple(mentions)


def doc_rejected(doc: Doc, section: Section, offset: int = 0) -> tuple[Rejected, ...]:
    """The names of the Doc that looked like places and are not, with why: those a component
    removed (``doc.spans["not_places"]``, labelled with the reason) and those still set aside
    for want of evidence after the thread pass; in text order."""
    found = [(span, span.label_, ()) for span in doc.spans.get(NOT_PLACES, [])]
    found += [
        (span, span._.place_rejection, span._.place_evidence[1])
        for span in doc.spans.get(CANDIDATES, [])
        if span._.place_rejection is not None
    ]
    return tuple(
        Rejected(
            section=section.id,
            text=span.text,
            start=offset + span.start_char,
            end=offset + span.end_char,
            reason=str(reason),
            clues=clues,
        )
        for span, reason, clues in sorted(found, key=lambda item: item[0].start)
    )
