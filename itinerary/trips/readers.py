""""Readers also went to": the places commenters went, plan, wish for, live in or recommend.

Only comments count (the post is what they are reading), and only comments by someone other
than the post's author. The post's subject and the country and region containing it are left
out, and so are continents. A place the post weighs against another ("Cortina or Val Gardena
as a base?") is not its subject though the title names it: without a dateline it stays in. A
subject no dateline or title names is only a guess (the post's most-named stop of a many-stop
trip): then only its country is left out.

A summary names people, so it must never say anything false: a commenter is listed under a
relation only when the relation model is at least ``MIN_CONFIDENCE`` sure of it (below that,
under ``mentioned``, which the summary does not show; ``FUTURE_CONFIDENCE`` sure of a plan or
a wish; ``QUESTION_CONFIDENCE`` sure when the
sentence asks who has been there: it asks of others' trips, seldom tells the asker's plan;
never when it only asks about places, "Is Hiroshima doable as a day trip from Kyoto?", and
says nothing of the asker's trip, though the relation may read it as one), and
the resolver ``PLACE_CONFIDENCE`` sure of a place of a trip (a line about a namesake is false:
"Scala dei Turchi" cut short to the town of Scala). A
sentence starting on a quoted line ("> we did Nara") is the quoted writer's, not the reader's.
"I've been to all three" lists its writer as having visited each place the post weighs.
A home a commenter gives only beside their words (a forum member block's "Location: Pisa", "Ana
from Bergen" in the author line) is theirs when no words of theirs name a home and the
gazetteer's place of that name stands out (``profile_homes``).
Commenters go by the person's name of their author line ("Inna Blair" for "Inna Blair
(@innab)").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import combinations

from gazetteer import Gazetteer
from itinerary.models import (
    RELATIONS,
    PlacePair,
    ReaderPlace,
    Relation,
    Resolution,
    ResolvedPlace,
    Section,
    Thread,
)
from itinerary.nlp.relations_thread import (
    TRIP,
    agrees,
    answers_yes,
    asks_about,
    asks_visit,
    collective_visits,
    every_one,
    fold,
    hosts,
    names_unread,
    next_sentence_end,
    options,
    quoted,
    replied_to,
    sets_against,
    yes_answered,
)
from itinerary.readers.authors import anonymous, parse_author
from itinerary.resolve import profile_home

_EXCLUDED_KINDS = frozenset({"continent"})
MIN_CONFIDENCE = 0.65  # the relation model's probability a summary line needs
QUESTION_CONFIDENCE = 0.8  # ... when its sentence asks who has been ("Has anyone done X?")
# ... when it is a plan or a wish: the relation most often mistaken for advice to the asker
# ("so I'd pair them on one day"); calibrated on the tune threads of tests/readers_fresh and
# tests/readers_summary_threads (0.65 → 0.75: four false lines of four threads out, one right).
FUTURE_CONFIDENCE = 0.75
# The resolver's probability a trip's place needs (else a namesake); not a home's: a home is
# named far from the thread's places, so the resolver takes the most prominent of its name.
PLACE_CONFIDENCE = 0.75


def readers_also_went_to(
    thread: Thread,
    resolutions: Sequence[Resolution],
    excluded: Collection[str],
    *,
    min_confidence: float = MIN_CONFIDENCE,
    guessed_subject: bool = False,
    homes: Sequence[tuple[str, ResolvedPlace]] = (),
) -> tuple[ReaderPlace, ...]:
    """Most readers first; ties in the order the places first come up in the comments.
    ``homes`` are the commenters' homes given only in their profiles (``profile_homes``)."""
    sections = {s.id: s for s in _readers_sections(thread)}
    found: dict[str, dict[Relation, list[str]]] = {}
    evidence: dict[str, list[tuple[Relation, str, str]]] = {}

    def add(place_id: str, relation: Relation, reader: str, sentence: str) -> None:
        names = found.setdefault(place_id, {relation: [] for relation in RELATIONS})
        if reader not in names[relation]:
            names[relation].append(reader)
            if relation != "mentioned":
                evidence.setdefault(place_id, []).append((relation, reader, sentence))

    weighed = _weighed_places(thread, resolutions)
    if not thread.location:  # a title that weighs places names no subject: readers went there
        excluded = frozenset(excluded).difference(_options(thread, resolutions))
    for r in resolutions:
        section = sections.get(r.mention.section)
        # A sight or feature the gazetteer lacks stands at its town's point: seeing it says
        # nothing sure of the town (``in_town``).
        if (r.place is None or r.in_town or section is None or r.mention.author is None
                or r.place.kind in _EXCLUDED_KINDS or (r.place.id in excluded and (
                    not guessed_subject or r.place.kind == "country"))
                or quoted(section, r.mention.sentence[0])):
            continue
        reader = parse_author(r.mention.author).name
        sentence = section.text[r.mention.sentence[0]: r.mention.sentence[1]].strip()
        needed = max(min_confidence, QUESTION_CONFIDENCE) if asks_visit(sentence) else (
            min_confidence)
        if r.mention.relation in ("planning", "wishlist"):
            needed = max(needed, FUTURE_CONFIDENCE)
        sure = r.mention.relation_confidence >= needed and (
            r.confidence >= PLACE_CONFIDENCE or r.mention.relation == "lives") and not (
            r.mention.relation in TRIP and asks_about(section.text, r.mention))
        relation = r.mention.relation if sure else "mentioned"
        told = dict(weighed.get(section.id, ()))  # "I've been to all three" says the visit
        add(r.place.id, relation, reader, told.get(r.place.id, sentence)
            if relation == "visited" else sentence)
        if r.mention.advice is not None and sure:
            add(r.place.id, r.mention.advice, reader, sentence)
    for section_id, visits in weighed.items():
        author = sections[section_id].author
        for place_id, line in visits:
            if author is not None and place_id not in excluded:
                add(place_id, "visited", parse_author(author).name, line)
    for section_id, relation, place_id, line in _replies(thread, resolutions, min_confidence):
        author = sections[section_id].author
        if author is not None and place_id not in excluded:
            add(place_id, relation, parse_author(author).name, line)
    at_home = {name for by_relation in found.values() for name in by_relation["lives"]}
    for reader, home in homes:  # the words name no home of theirs: the profile's is theirs
        if reader not in at_home and home.place.id not in excluded:
            add(home.place.id, "lives", reader, home.reason)
    listed = []
    for place_id, by_relation in found.items():
        said = {name for relation in RELATIONS if relation != "mentioned"
                for name in by_relation[relation]}
        entry = ReaderPlace(
            place_id=place_id,
            visited=tuple(by_relation["visited"]),
            planning=tuple(by_relation["planning"]),
            wishlist=tuple(by_relation["wishlist"]),
            lives=tuple(by_relation["lives"]),
            mentioned=tuple(n for n in by_relation["mentioned"] if n not in said),
            recommends=tuple(by_relation["recommends"]),
            advises_against=tuple(by_relation["advises_against"]),
            evidence=tuple(evidence.get(place_id, ())),
        )
        if entry.readers or entry.recommends or entry.advises_against:
            listed.append(entry)
    order = list(found)
    listed.sort(key=lambda entry: (-entry.readers, order.index(entry.place_id)))
    return tuple(listed)


def profile_homes(
    thread: Thread, gazetteer: Gazetteer
) -> tuple[tuple[str, ResolvedPlace], ...]:
    """Each commenter's home as their profile or author line gives it, where the resolver's
    ``profile_home`` places it; the place's reason is the line that gives it."""
    found: dict[str, ResolvedPlace] = {}
    for section in _readers_sections(thread):
        author = parse_author(section.author) if section.author else None
        if author is None or author.name in found:
            continue
        for home in (section.home, author.home):
            place = profile_home(home, gazetteer) if home else None
            if place is not None:
                found[author.name] = ResolvedPlace(
                    place=place, confidence=1.0, reason=f"Location: {home}", alternatives=(),
                    mentions=0, authors=(author.name,))
                break
    return tuple(found.items())


def _readers_sections(thread: Thread) -> list[Section]:
    """The comments, less those of the post's writer, of writers the page does not name
    ("Anonymous": nobody to list) and those the reader left holding others' comments."""
    writers = _post_writers(thread)
    names = {parse_author(s.author).name for s in thread.sections if s.author}
    return [s for s in thread.comments
            if s.author is None or (not anonymous(s.author)
                                    and parse_author(s.author).name not in writers
                                    and not _holds_others(s, names))]


def _post_writers(thread: Thread) -> set[str]:
    """The post's writer as the page names it; where it names none, the commenters who answer
    as the post's host ("Thanks for reading, Kenta!"): a blog's own replies are the writer's."""
    if thread.post.author:
        return {parse_author(thread.post.author).name}
    return {parse_author(s.author).name for s in thread.comments if s.author and hosts(s)}


def _holds_others(section: Section, writers: Collection[str]) -> bool:
    """Whether a comment's text holds a line that is only another writer's name: the reader
    did not split the page there, so whose words follow is unsure ("Private group" read as the
    first writer, the post and a reply under it)."""
    own = parse_author(section.author).name if section.author else None
    return any(line.strip() in writers and line.strip() != own
               for line in section.text.splitlines())


def _weighed_places(
    thread: Thread, resolutions: Sequence[Resolution]
) -> dict[str, list[tuple[str, str]]]:
    """For each comment that says "I've been to all three", the post's options it stands for,
    with the sentence that says so."""
    places = _options(thread, resolutions)
    mentions = [r.mention for r in resolutions]
    found: dict[str, list[tuple[str, str]]] = {}
    for section in _readers_sections(thread):
        match = collective_visits(section, mentions)
        if match is not None and places:
            line = _sentence_around(section.text, match.start())
            found[section.id] = [(place_id, line) for place_id in places]
    return found


def _options(thread: Thread, resolutions: Sequence[Resolution]) -> list[str]:
    """The places the post weighs against each other ("Cortina or Val Gardena as a base?")."""
    weighed = {fold(m.text) for m in options(thread, [r.mention for r in resolutions])}
    return list(dict.fromkeys(
        r.place.id for r in resolutions if r.place is not None
        and r.mention.section == thread.post.id and fold(r.mention.text) in weighed))


def _replies(
    thread: Thread, resolutions: Sequence[Resolution], min_confidence: float
) -> list[tuple[str, Relation, str, str]]:
    """What a reply says of places only the comment it answers names, as (section, relation,
    place, the reply's first sentence): a yes to "Have you been to Bohinj?" is a visit to the
    places of the question (those of them the yes names, if it names any: "Yes, Torun!"), and a
    reply whose agreement names no place ("Same here! Modica next door too"; no name the place
    pass may have missed either: "Same, Cheticamp was our favourite") shares each trip the
    comment it answers surely tells, unless it names one of them ("Me too! Jerash blew my
    mind": that one only) or sets places against each other ("but we skipped Ragusa"); never
    the post's trip (a reader's "same here" to a trip report rarely means every stop), nor
    what the comment only quotes."""
    by_section: dict[str, list[Resolution]] = {}
    sections = {s.id: s for s in thread.sections}
    for r in resolutions:
        if (r.place is not None and r.place.kind not in _EXCLUDED_KINDS
                and r.mention.section in sections
                and not quoted(sections[r.mention.section], r.mention.sentence[0])):
            by_section.setdefault(r.mention.section, []).append(r)
    found: list[tuple[str, Relation, str, str]] = []
    for section in _readers_sections(thread):
        agreed, yes = agrees(section), answers_yes(section)
        parent = (yes_answered(thread, section) if yes is not None
                  else replied_to(thread, section) if agreed is not None else None)
        if parent is None or parent.author == section.author:
            continue
        named = {r.place.id for r in by_section.get(section.id, ()) if r.place is not None}
        line = _sentence_around(section.text, 0)
        theirs = by_section.get(parent.id, [])
        if yes is not None:
            asked = [r.place.id for r in theirs if r.place is not None
                     and r.confidence >= PLACE_CONFIDENCE and _asked(parent.text, r)]
            named_all = every_one(_sentence_around(yes, 0))  # "Paul yes, both."
            chosen = asked if named_all else [p for p in asked if p in named] or asked
            found += [(section.id, "visited", p, line) for p in dict.fromkeys(chosen)]
        elif agreed is not None and parent.id != thread.post.id:
            first = _sentence_around(agreed, 0)  # "Same here!", "+1 for Wadi Rum, loved it."
            end = len(section.text) - len(agreed) + len(first)
            if (names_unread(first) or sets_against(agreed)
                    or any(r.mention.start < end for r in by_section.get(section.id, ()))
                    or any(r.place is not None and r.place.id in named for r in theirs)):
                continue  # the agreement is about the places it names (relate_thread)
            found += [(section.id, r.mention.relation, r.place.id, line) for r in theirs
                      if r.place is not None and r.mention.relation in TRIP
                      and r.mention.relation_confidence >= min_confidence
                      and r.confidence >= PLACE_CONFIDENCE]
    return found


def _asked(text: str, r: Resolution) -> bool:
    """Whether the place's sentence asks who has been there, or asks of the place and the next
    sentence asks who has been ("Is Sibiu better than Sighișoara? Has anyone stayed in both?")."""
    start, end = r.mention.sentence
    return asks_visit(text[start:end]) or (
        "?" in text[start:end] and asks_visit(text[start: next_sentence_end(text, r.mention)]))


def _sentence_around(text: str, at: int) -> str:
    starts = [text.rfind(end, 0, at) for end in (". ", "! ", "? ", "\n")]
    start = max(starts) + 1
    ends = [i for i in (text.find(end, at) for end in (".", "!", "?", "\n")) if i != -1]
    return text[start: min(ends) + 1 if ends else len(text)].strip()


def place_pairs(
    thread: Thread, places: Sequence[ReaderPlace], *, min_readers: int = 2
) -> tuple[PlacePair, ...]:
    """Pairs of places at least ``min_readers`` commenters both went to, plan or wish for.

    Most shared first; readers in the order of their first comment.
    """
    page: dict[str, int] = {}
    for section in thread.comments:
        if section.author is not None:
            page.setdefault(parse_author(section.author).name, len(page))
    readers: dict[str, set[str]] = {
        p.place_id: {*p.visited, *p.planning, *p.wishlist, *p.lives} for p in places
    }
    pairs = []
    for a, b in combinations([p.place_id for p in places], 2):
        shared = readers[a] & readers[b]
        if len(shared) >= min_readers:
            ordered = sorted(shared, key=lambda name: (page.get(name, len(page)), name))
            pairs.append(PlacePair(places=(a, b), readers=tuple(ordered)))
    pairs.sort(key=lambda pair: -len(pair.readers))
    return tuple(pairs)
