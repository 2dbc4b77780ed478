"""Relations that only the thread shows: what one clause cannot know.

The relation model reads one place in its sentence. Some relations live in the discourse:

* a collective reference ("I've been to all three", "we did both") stands for the options the
  post weighs ("Toledo, Segovia or Ávila?"), so its writer visited each of them;
* a sentence telling another writer, by name, what to do ("Ingrid, take the road up above
  Aurland") or asking about their trip tells no trip of its writer (a wish or plan given up in
  its sentence, "I wanted to do Merzouga but bailed", is the relation model's: its cue table);
* someone else's trip ("my flatmate went to Hue") is not the writer's, and the writer's
  verdict after a place ("go to Gjirokastër on the way back, loved it") tells a visit;
* a place a comment sets another against ("Jasper beats Banff", "Hoi An rather than Hue") is
  only mentioned, as is one named only to locate another, one the writer picks in the
  reader's place ("so I'd pick it") and one a sentence only agrees on ("Agreed on Sevilla.");
  a place a comment is tempted by ("really tempted by Madeira") is a wish, not a visit;
* a relation is a writer's, about a place: a place a section only names or advises on
  takes what the same section surely says of it elsewhere (a visit, a plan, a home);
* the stops of one route sentence share its relation, so the model's sureness of most of them
  holds for all;
* a comment's habit ("these days we go every May to Amorgos", "we always stay in Bovec",
  "X is a must, we go every summer") is a visit;
* in a comment, a place the model reads as a trip but is unsure of takes the trip the same
  sentence surely tells ("From Ushuaia we spent a day in the park"), an unsure plan is only
  mentioned where the comment has no word of a trip to come, and places the writer is still
  choosing between ("torn between Ronda and Jerez", "either A or B") are only wished for;
* a reply that agrees with a comment and adds a place ("Same here! Modica next door too")
  shares the comment's trip there, and a yes to "has anyone been to X?" tells of a visit in
  the reply's first sentences ("Ana yes! Flew into Phonsavan from Vientiane");
* the post author's own trip (a day list, "our plan", "we have five nights in Madrid") gives its
  places the trip's relation, planned or done, but a day list a comment suggests to the reader
  ("Here's what I'd do with your days:") is advice;
* an author line "Ana from Split" or a profile line "Location: Split" says where the writer
  lives, and the region written right after a home ("Reno, Nevada") is home too.

Each class is one entry of ``PASSES``, run in order (each reads what the ones before it left):
a pass, a function of the thread and its mentions, or a ``PerMention`` rule that reads one
mention alone. The cue phrases are in ``data/relations_thread.tsv``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import cast

from itinerary.models import Mention, Relation, Resolution, Section, Thread
from itinerary.nlp.relations import greeting_before
from itinerary.readers.authors import parse_author
from itinerary.words import whole_word_starts

TRIP: tuple[Relation, ...] = ("visited", "planning", "wishlist")

Pass = Callable[[Thread, list[Mention]], list[Mention]]
# A per-mention rule: the mention as the thread shows it, or None where the rule leaves it be.
Rule = Callable[[Thread, Mapping[str, str], Mention], Mention | None]


def _each(thread: Thread, mentions: Sequence[Mention], rule: Rule) -> list[Mention]:
    """Each mention as ``rule`` reads it, given the sections' texts by id: the one loop of every
    rule of a mention alone, and of the passes that first gather per-section facts."""
    texts = {s.id: s.text for s in thread.sections}
    found = []
    for m in mentions:
        told = rule(thread, texts, m)
        found.append(m if told is None else told)
    return found


@dataclass(frozen=True)
class PerMention:
    """A table entry that reads each mention alone (``Rule``), run as a pass by ``_each``."""

    rule: Rule

    def __call__(self, thread: Thread, mentions: list[Mention]) -> list[Mention]:
        return _each(thread, mentions, self.rule)


@cache
def _cue(name: str) -> re.Pattern[str]:
    return re.compile(_cue_patterns()[name], re.IGNORECASE | re.MULTILINE)


@cache
def _cue_patterns() -> dict[str, str]:
    """The table's patterns by name, read once (a fresh process asks for some thirty)."""
    text = resources.files("itinerary.nlp").joinpath("data/relations_thread.tsv").read_text(
        "utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["name"]: row["pattern"] for row in rows}


@lru_cache(maxsize=16_384)
def fold(name: str) -> str:
    """A place name compared across sections: case and accents folded ("Avila" is "Ávila").
    Cached: a thread's few names are compared some 250 times."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def options(thread: Thread, mentions: Sequence[Mention]) -> list[Mention]:
    """The places the post weighs against each other: the names of an "X, Y or Z" list in
    one of its questions or choices (the list's other places are not options: "five nights in
    Madrid and one day trip: Toledo, Segovia or Ávila?")."""
    post = thread.post
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.section == post.id:
            by_sentence.setdefault(m.sentence, []).append(m)
    chosen: list[Mention] = []
    for (start, end), found in by_sentence.items():
        if not _cue("choice").search(post.text[start:end]):
            continue
        chosen += _choices(post, found)
    return chosen


def _choices(section: Section, found: list[Mention], joint: str = "or") -> list[Mention]:
    """The places of a sentence's lists of two places or more joined by "or" (or "vs", "/";
    ``joint`` names the cue)."""
    found = sorted(found, key=lambda m: m.start)
    runs = [[found[0]]]
    for m in found[1:]:
        if _cue("list_joint").fullmatch(section.text[runs[-1][-1].end: m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    chosen = []
    for run in runs:
        joints = [section.text[a.end: b.start] for a, b in pairwise(run)]
        if len({fold(m.text) for m in run}) >= 2 and any(_cue(joint).search(j) for j in joints):
            chosen += run
    return chosen


def collective_visits(section: Section, mentions: Sequence[Mention]) -> re.Match[str] | None:
    """"I've been to all three", "we did both": the writer visited every option the post
    weighs, unless the comment names places before it in its sentence: then it stands for those
    ("Cefalù and Monreale are easy from Palermo, we did both"; ``_collective_back``)."""
    match = _cue("visited_all").search(section.text)
    if match is None or any(m.section == section.id and m.end <= match.start()
                            and m.sentence[0] <= match.start() < m.sentence[1]
                            for m in mentions):
        return None
    return match


def _collective_options(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """"I've been to all three": the comment's writer visited each option the post weighs."""
    weighed = {fold(m.text) for m in options(thread, mentions)}
    said = {s.id for s in thread.comments if collective_visits(s, mentions) is not None}

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        if m.section in said and fold(m.text) in weighed and m.relation == "mentioned":
            return replace(m, relation="visited", relation_confidence=1.0)
        return None

    return _each(thread, mentions, rule)


def hosts(section: Section) -> bool:
    """Whether a comment speaks as the post's writer ("Thanks for reading, Kenta!", "Glad the
    post helped"): a page that names no post writer still shows who answers as its host."""
    return _cue("host_reply").search(section.text) is not None


def quoted(section: Section, at: int) -> bool:
    """Whether offset ``at`` of ``section`` lies on a line quoting an earlier writer ("> we did
    Nara and Himeji"): the words are not the section writer's."""
    return _cue("quoted").match(section.text, section.text.rfind("\n", 0, at) + 1) is not None


def replied_to(thread: Thread, section: Section) -> Section | None:
    """The section a comment answers: its parent where the page nests replies; else the last
    one before it by the writer it opens by naming ("Ana Ruiz yes!", "@kev same"); else the
    post for a comment at the top of a nested page, or the section right before it on a page
    that shows no nesting."""
    if section.id == thread.post.id:
        return None
    if section.parent is not None:
        return next((s for s in thread.sections if s.id == section.parent), None)
    positions, writers, nested = _page(thread)
    at = positions[section.id]
    addressed = _cue("addressee").match(section.text)
    if addressed is not None:
        name = fold(addressed.group(0).strip(" \t\n,:").lstrip("@"))
        named = [i for i in writers.get(name, ()) if i < at
                 and thread.sections[i].author != section.author]
        if named:
            return thread.sections[named[-1]]
    return thread.post if nested else thread.sections[at - 1]


def yes_answered(thread: Thread, section: Section) -> Section | None:
    """The comment a yes answers: the one it replies to (``replied_to``); but on a page that
    shows no nesting, where that one asks nobody who has been anywhere, the latest of the
    ``_YES_REACH`` before it that does ("Has anyone been to Ninh Binh?", a comment between,
    then "Yes, we stayed in Tam Coc")."""
    parent = replied_to(thread, section)
    positions, _, nested = _page(thread)
    if parent is None or nested or _asks_anyone(parent):
        return parent
    at = positions[section.id]
    return next((s for s in reversed(thread.sections[max(0, at - _YES_REACH): at])
                 if s.author != section.author and _asks_anyone(s)), parent)


_YES_REACH = 3


def _asks_anyone(section: Section) -> bool:
    return any(asks_visit(sentence) for sentence in re.split(r"(?<=[.!?])\s+", section.text))


_Page = tuple[dict[str, int], dict[str, list[int]], bool]


def _page(thread: Thread) -> _Page:
    """A thread's section positions, the positions of each writer's sections by every form of
    the writer's name, and whether the page nests replies: read once a thread (the last one's
    kept by identity: hashing a whole thread per reply would cost more than reading it)."""
    last = _last_page[:]  # one read: another thread of a batch may set it meanwhile
    if last and last[0] is thread:
        return cast(_Page, last[1])
    positions = {s.id: i for i, s in enumerate(thread.sections)}
    writers: dict[str, list[int]] = {}
    for i, s in enumerate(thread.sections):
        for form in _author_forms(s.author) if s.author else ():
            writers.setdefault(form, []).append(i)
    page: _Page = positions, writers, any(s.parent is not None for s in thread.comments)
    _last_page[:] = [thread, page]
    return page


_last_page: list[object] = []  # [thread, its _page]


@cache
def _author_forms(line: str) -> frozenset[str]:
    """Every form of a writer a reply may open with, folded ("Ana Ruiz", "Ana", "@anar")."""
    return frozenset(fold(form) for form in parse_author(line).names)


def agrees(section: Section) -> str | None:
    """The words of a comment that opens by agreeing with the one it answers ("Same here",
    "+1", "Ditto", "Me too!", "We did that too"), from the agreement on; else None."""
    return _opening(section, "agree")


def answers_yes(section: Section) -> str | None:
    """The words of a comment that opens with a yes ("Yes, twice!", "Yep, a few times"), from
    the yes on; else None. A yes that goes on to tell the asker what to do ("Yes, you should!",
    "yep, do it!") answers "is it worth it?", not "have you been?": it tells no visit."""
    words = _opening(section, "answer_yes")
    return None if words is None or _cue("yes_to_do").match(words) else words


def _opening(section: Section, cue: str) -> str | None:
    """The comment's text from ``cue`` on, when the cue opens it or follows the name of the one
    it answers ("Sarah Jones same here!", "@kev yep"; `addressee`)."""
    text = section.text
    addressed = _cue("addressee").match(text)
    for words in (text, text[addressed.end():] if addressed else None):
        if words is not None and _cue(cue).match(words):
            return words
    return None


def every_one(text: str) -> bool:
    """Whether words stand for every place just named or asked of ("both", "all three")."""
    return _cue("every_one").search(text) is not None


def asks_visit(sentence: str) -> bool:
    """Whether a sentence asks who has been somewhere ("Have you been to Bohinj?", "anyone
    been?")."""
    return "?" in sentence and _cue("asked_visit").search(sentence) is not None


def _addressed(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A sentence telling another writer, by name, what to do ("Ingrid, take the Aurland road")."""
    # A comment's sentence that opens with the name of a writer of the thread and tells them
    # what to do ("Ingrid, on the 7th take the road up to Aurland", "Jess & Ken, swap Kanab for
    # Springdale") or, in a comment with no word of the writer's own, asks about their trip
    # ("@daan how long was the drive from Napier to Wellington?"; not "Sigrún, is the road to
    # Húsavík open in October? We want to go") tells no trip of its own writer, who is not in it
    # (no "I", "we", "my", "our"): its places are only mentioned (advice stays).
    text = texts.get(m.section, "")
    sentence = text[m.sentence[0]: m.sentence[1]]
    opening = _cue("addressee").match(sentence)
    if (m.section != thread.post.id and m.relation in TRIP and opening is not None
            and fold(opening.group(0).strip(" \t\n,:").lstrip("@")) in _page(thread)[1]
            and not _cue("first_person").search(sentence)
            and (_cue("instruction").match(sentence, opening.end()) or (
                "?" in sentence and not _cue("first_person").search(text)))):
        return replace(m, relation="mentioned")
    return None


def _asked_of_others(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A question to the others that tells no trip of its writer ("Did you like Coron?")."""
    # A comment's question put to the readers or to one of them ("Did you like Coron more than
    # El Nido? Asking for a friend", "Bukhara or Samarkand if you had to pick one?",
    # `asked_others`: "you", "anyone") asks of others' trips: its places are only mentioned
    # (advice stays), where it is the writer's question alone (`asks_alone`) in a comment with
    # no first person at all ("We fly into Seville in April ... Has anyone done the Caminito
    # del Rey as a day trip?" asks for the writer's own plan).
    text = texts.get(m.section, "")
    sentence = text[m.sentence[0]: m.sentence[1]]
    if (m.section != thread.post.id and m.relation in TRIP
            and _cue("asked_others").search(sentence) and asks_alone(text, m)
            and not _cue("first_person").search(text)):
        return replace(m, relation="mentioned")
    return None


def asks_alone(text: str, m: Mention) -> bool:
    """Whether the mention's sentence is a question that tells nothing of its writer's trip:
    no first person in it, no clause of the writer's opening it ("Really tempted by Cat Ba,
    has anyone stayed there?", `bare_writer`), no request for help, which is about the asker's
    own trip ("Can anyone suggest a guide for the Mestia trek?", `help_asked`), and no
    answer of the writer's own opening the next sentence ("Is Kanazawa worth it? We're going
    in November", "Has anyone been to Orosei? Thinking of adding it")."""
    sentence = text[m.sentence[0]: m.sentence[1]]
    return ("?" in sentence and not _cue("first_person").search(sentence)
            and not _cue("bare_writer").match(sentence)
            and not _cue("help_asked").search(sentence)
            and not any(_cue(cue).match(text[m.sentence[1]:].lstrip())
                        for cue in ("first_person", "bare_writer")))


def asks_about(text: str, m: Mention) -> bool:
    """Whether the mention's sentence only asks about places ("Is Hiroshima doable as a day
    trip from Kyoto?", `asked_about`): a question that may weigh the asker's plan, but says
    none (`asks_alone`)."""
    sentence = text[m.sentence[0]: m.sentence[1]]
    return bool(_cue("asked_about").match(sentence)) and asks_alone(text, m)


def _quoted_inline(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A place inside words a comment quotes from an earlier writer ('"We spent four nights in
    Hoi An" - how did you get to My Son from there?')."""
    # Words in quotation marks, or after "NAME wrote:" / "Quoting NAME:" to the end of their
    # sentence (`inline_quote`), that stand word for word in an earlier section of the thread
    # (three words or more, case and accents folded) are that writer's, not the quoting one's:
    # a place inside them is only mentioned. Words after such a head are another's even when
    # the page does not hold them (a part of the post not pasted, a paraphrase), unless the
    # head is the writer's own ("As I said: ..."). The quoting writer's own words around them
    # keep the model's reading (line quotes, "> we did Nara", are `quoted`: the summary skips
    # them).
    if m.section == thread.post.id or m.relation == "mentioned":
        return None
    text = texts.get(m.section, "")
    for quote in _cue("inline_quote").finditer(text, m.sentence[0], m.sentence[1]):
        words = next(g for g in quote.groups() if g is not None)
        start = quote.start(quote.lastindex or 0)
        if start <= m.start and m.end <= start + len(words) and (
                _others_head(text, quote) or _said_before(thread, m, words)):
            return replace(m, relation="mentioned", advice=None)
    return None


def _others_head(text: str, quote: re.Match[str]) -> bool:
    """Whether ``quote`` is the words after a head ("Theo wrote:", "Quoting Ana:", the last group
    of `inline_quote`) that names someone other than the writer."""
    head = text[text.rfind("\n", 0, quote.start()) + 1: quote.start(quote.re.groups)]
    return quote.lastindex == quote.re.groups and not _cue("first_person").search(head.lower())


def _said_before(thread: Thread, m: Mention, words: str) -> bool:
    """Whether ``words`` (three or more) stand in a section before the mention's, folded."""
    needle = " ".join(fold(words).strip(" .,!?;:'\"\u2018\u2019\u201c\u201d").split())
    if len(needle.split()) < 3:
        return False
    for section in thread.sections:
        if section.id == m.section:
            return False
        if needle in _folded_words(section.text):
            return True
    return False


@lru_cache(maxsize=4096)
def _folded_words(text: str) -> str:
    """A section's text folded with its spaces collapsed, once per section: a comment quoting
    earlier words is checked against every section before it."""
    return " ".join(fold(text).split())


def _homeless(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A home read in a sentence with no word of home ("Ribeauvillé too.")."""
    # The model reads some verbless fragments of a comment as a home with 0.8 to 0.9 ("Bergheim
    # too.", "Yes, Obernai too, same trip.", "Trakai too, from Vilnius"): a home needs a word of
    # home in its sentence (`home_word`: live, from after "I'm" or a greeting, grew up, local,
    # here, …). Such a place is only mentioned; the homes pass after it still reads author lines,
    # member blocks, home cues and sign-offs.
    if m.section == thread.post.id or m.relation != "lives":
        return None
    text = texts.get(m.section, "")
    sentence = text[m.sentence[0]: m.sentence[1]]
    before = text[max(m.sentence[0], m.start - 40): m.start]
    greeting = _cue("home_before").search(before) or greeting_before(before)
    if _cue("home_word").search(sentence) or greeting:  # "Hei fra Trondheim!", "Servus aus Graz!"
        return None
    return replace(m, relation="mentioned")


def _others_trips(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A trip or home of someone else its sentence tells ("my mate went to Maria Island")."""
    # Hearsay of the writer's circle ("my other half went to Kristiansund for work and said
    # ...", "a friend of mine lived in Hue") is not the writer's: a comment's place after such
    # a clause in its sentence, with no word of the writer's own between ("my sister went to
    # Rome and we did Naples"), is only mentioned; advice stays.
    if m.section == thread.post.id or m.relation not in (*TRIP, "lives"):
        return None
    text = texts.get(m.section, "")
    other = next(reversed([*_cue("other_person").finditer(text, m.sentence[0], m.start)]), None)
    if other is not None and not _cue("first_person").search(text, other.end(), m.start):
        return replace(m, relation="mentioned")
    return None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_COUNTS = {"both": 2, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}


def _collective_back(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """"We saw both" after the places a comment names just before ("Jerash and Madaba ...")."""
    # "Jerash and Madaba make a good day out. We saw both in one day": a comment's collective
    # visit stands for the places it names just before, in its own sentence or the last one before
    # that names any, when they are as many as it says ("both": two; "all of them": two or more).
    # A home stays a home.
    sections = {s.id: s for s in thread.sections}
    by_section: dict[str, list[Mention]] = {}
    for m in mentions:
        by_section.setdefault(m.section, []).append(m)
    changed: dict[int, Mention] = {}
    for section_id, mine in by_section.items():
        section = sections.get(section_id)
        if section is None or section_id == thread.post.id:
            continue
        mine.sort(key=lambda m: m.start)
        for match in _cue("visited_all").finditer(section.text):
            before = [m for m in mine if m.end <= match.start()]
            if not before:
                continue
            sentence = before[-1].sentence
            named = [m for m in before if m.sentence == sentence
                     and not _reached_from(section.text, sentence[0], m)]
            if len(_SENTENCE_END.findall(section.text, sentence[1], match.start() + 1)) > 1:
                continue  # not the sentence right before
            said = match.group(0).casefold().split()
            wanted = next((_COUNTS[w] for w in said if w in _COUNTS), None)
            distinct = {fold(m.text) for m in named}
            if len(distinct) < 2 or (wanted is not None and len(distinct) != wanted):
                continue
            for m in named:
                if m.relation != "lives":
                    changed[id(m)] = replace(m, relation="visited", relation_confidence=1.0)
    return [changed.get(id(m), m) for m in mentions]


def _reached_from(text: str, start: int, m: Mention) -> bool:
    """Whether a place is named as where others are reached from ("Olhão and Silves are an easy
    bus from Faro, we loved both"): a collective visit or verdict after it is not about it."""
    return _cue("origin_before").search(text, max(start, m.start - 12), m.start) is not None


def names_unread(text: str) -> bool:
    """Whether a clause holds a capitalised word after its first (not "I", a month or a day):
    a name the place pass may have missed ("We camped at Watchman"), so no rule may take the
    clause as naming no place."""
    return _cue("name_inside").search(text) is not None


def sets_against(text: str) -> bool:
    """Whether words set a place against another or deny a trip ("skip", "instead", "rather
    than", "never", "not"): then no place of theirs is taken for a trip the words do not name."""
    return _cue("not_that_place").search(text) is not None


def _bare_trips(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A trip clause naming no place, after places ("Monemvasia. We stayed inside the walls")."""
    # A clause of the writer's trip that names no place, right after a sentence or clause of a
    # comment that names places, tells of those the model only reads as named (or is unsure of):
    # "Monemvasia for sure. We stayed inside the walls in 2019" is a visit, "Has anyone been to
    # Orosei? Thinking of adding it" a plan, "… it's top of our list" a wish (``_BARE``: cue,
    # relation, whether the clause says "it" and so stands for one place only: "Never made it
    # to Bosa. It's high on our list" is a wish), and so is a wish that outlives a plan given up
    # ("We had Procida and Ischia on our list but cancelled. Still want to do both one day",
    # "Meissen was the plan but the museum was closed. Still on my list", "… Hoping to go next
    # year instead"): that one speaks only for places the model reads as named, as it reads a
    # plan given up ("Izola was lovely. Still want to go back" keeps an unsure visit). A
    # clause without "it" is not about places set against each other before it ("skip Cancun,
    # go to Tulum instead; we went"); "there" is "it" ("I'd never skip Spitzkoppe. Camped
    # there two nights"): after two places it could stand for either.
    sections = {s.id: s for s in thread.sections}
    by_sentence: dict[tuple[str, tuple[int, int]], list[Mention]] = {}
    for m in mentions:
        if m.section != thread.post.id:
            by_sentence.setdefault((m.section, m.sentence), []).append(m)
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.section, []).append(m.start)
    changed: dict[int, Mention] = {}
    for (section_id, (start, _)), found in by_sentence.items():
        text = sections[section_id].text
        after = _CLAUSE_END.search(text, max(m.end for m in found))  # the model's sentence
        if after is None:  # may end inside a name: the clause is found from the last place
            continue
        at = after.start()
        stop = _CLAUSE_END.search(text, at + 1)
        clause = text[at: stop.end() if stop else len(text)]
        told = next((row[1:] for row in _BARE if _cue(row[0]).match(clause)), None)
        if (told is None or names_unread(clause)
                or any(at <= s < at + len(clause) for s in starts[section_id])
                or (len({fold(m.text) for m in found}) != 1 if told[1]
                    else sets_against(text[start:at]))):
            continue
        for m in found:
            if m.relation == "mentioned" or (not told[2] and m.relation in TRIP
                                             and m.relation_confidence < _SURE):
                changed[id(m)] = replace(m, relation=told[0], relation_confidence=_SURE)
    return [changed.get(id(m), m) for m in mentions]


def _own_verdicts(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A place the writer's verdict or visit follows in its sentence ("X, loved it")."""
    # "go to Gjirokaster on the way back, loved it", "Osaka and Nara are lovely, did them by
    # train": "it" stands for the place right before it, "them" for every place before it
    # in the sentence; advice stays (the writer went and recommends it), and a sentence that
    # tells someone else's trip ("my parents went to Saranda, loved it") is theirs.
    sections = {s.id: s for s in thread.sections}
    changed: dict[int, Mention] = {}
    for (section_id, (start, end)), found in _comment_sentences(thread, mentions).items():
        text = sections[section_id].text
        found.sort(key=lambda m: m.start)
        for verdict in _cue("own_verdict").finditer(text, start, end):
            before = [m for m in found if m.end <= verdict.start()]
            for m in before[-1:] if verdict.group("it") else before:
                if ((m.relation == "mentioned" or (
                        m.relation in TRIP and m.relation_confidence < _SURE))
                        and not _cue("other_person").search(text, start, m.start)):
                    changed[id(m)] = replace(m, relation="visited", relation_confidence=_SURE)
    return [changed.get(id(m), m) for m in mentions]


# cue, relation, whether it stands for one place only, whether only for places read as named
_BARE: tuple[tuple[str, Relation, bool, bool], ...] = (
    ("bare_visit", "visited", False, False),
    ("bare_there", "visited", True, False),
    ("bare_plan", "planning", True, False),
    ("bare_wish", "wishlist", True, False),
    ("bare_wish_still", "wishlist", False, True),
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


def _surest(mentions: list[Mention], relations: Collection[str]) -> dict[tuple[str, str], Mention]:
    """Each section's surest reading of each place among ``relations``, by (section, folded
    name): where two are sure, the writer's own relation that ranks first in ``_OWN``."""
    said: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        key = (m.section, fold(m.text))
        if m.relation in relations and m.relation_confidence >= _SURE and (
                key not in said or _OWN.index(m.relation) < _OWN.index(said[key].relation)):
            said[key] = m
    return said


def _agreeing(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A reply that agrees about places it names ("+1 for Wadi Rum") or adds ("Modica too")."""
    # A reply that opens by agreeing ("Same here, Piran was the best of it", "+1 for Wadi Rum",
    # "Ditto, booked the ferry to PEI") says of each place it names what the comment it answers
    # surely says of the same place, where it says nothing surer itself.
    said = _surest(mentions, TRIP)
    answered: dict[str, str | None] = {}
    trips: dict[str, set[Relation]] = {}  # the relations each section surely tells
    for (section_id, _), told in said.items():
        trips.setdefault(section_id, set()).add(told.relation)
    for section in thread.comments:
        parent = replied_to(thread, section) if agrees(section) is not None else None
        answered[section.id] = parent.id if parent is not None else None

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        parent_id = answered.get(m.section)
        sure = said.get((parent_id, fold(m.text))) if parent_id is not None else None
        unsure = m.relation == "mentioned" or m.relation_confidence < _SURE
        if sure is not None and m.relation != "lives" and unsure:
            return replace(m, relation=sure.relation,
                           relation_confidence=sure.relation_confidence)
        if (parent_id is not None and len(trips.get(parent_id, ())) == 1 and unsure
                and m.relation != "lives" and m.advice is None
                and _cue("added").match(texts[m.section], m.end)
                and not sets_against(texts[m.section][m.sentence[0]: m.sentence[1]])):
            (relation,) = trips[parent_id]  # "Same here! Modica next door too"
            return replace(m, relation=relation, relation_confidence=_SURE)
        return None

    return _each(thread, mentions, rule)


def _yes_trips(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A yes to "has anyone been to X?" ("Ana yes! Flew into Phonsavan from Vientiane")."""
    # A reply that opens with a yes to a question of who has been somewhere ("Has anyone been
    # to the Plain of Jars?", or "Is Bamberg worth it? Anyone been?" in the sentence after the
    # place's, then "Ana yes! Flew into Phonsavan from Vientiane") tells of that trip
    # in its first two sentences: the places there the model only names or is unsure of were
    # visited, where nothing sets them against another or gives them to someone else ("yes, my
    # sister did Vang Vieng"). Homes and advice stay.
    told: dict[str, int] = {}  # each such reply's end of its first two sentences
    for section in thread.comments:
        parent = yes_answered(thread, section) if answers_yes(section) is not None else None
        if parent is not None and parent.author != section.author and any(
                asks_visit(parent.text[m.sentence[0]: next_sentence_end(parent.text, m)])
                for m in mentions if m.section == parent.id):
            ends = [e.end() for e in _SENTENCE_END.finditer(section.text)][:2]
            told[section.id] = ends[-1] if len(ends) == 2 else len(section.text)

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        sentence = texts.get(m.section, "")[m.sentence[0]: m.sentence[1]]
        if (m.section in told and m.start < told[m.section] and m.advice is None
                and (m.relation == "mentioned" or (
                    m.relation in TRIP and m.relation_confidence < _SURE))
                and not sets_against(sentence) and not _cue("other_person").search(sentence)):
            return replace(m, relation="visited", relation_confidence=_SURE)
        return None

    return _each(thread, mentions, rule)


def _answered_trips(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """An answer to a question, by name, about the writer's own trip ("Florence, did you take
    the bus from Tivat?", then "Hannah, taxi from Tivat, about twenty minutes")."""
    # A comment that answers (``replied_to``) a sentence asking its writer, by one of the
    # writer's names, what they did on a trip (`asked_own_trip`: "chelsea_w, did you stay in
    # Nagasaki overnight?", "Austin Reyes how many nights did you stay at Semuc?") tells of that
    # trip in its first sentence, however short: "Two nights in Nagasaki, then Shimabara and
    # the ferry across to Kumamoto" visited them, though with no verb the model reads such
    # fragments as plans or only names. Only places it reads as named or planned, and not in a
    # sentence that plans, denies, wishes or supposes (`not_done`: "no, we're going in May",
    # "Hoi An, and I'd stay in Da Nang next time"), advises (`to_the_reader`: "Killarney, you
    # can walk everywhere"), sets places against each other or gives them to someone else
    # ("my sister did").
    told: dict[str, int] = {}  # each such answer's end of its first sentence
    for section in thread.comments:
        parent = replied_to(thread, section)
        if (parent is None or not section.author or parent.author == section.author
                or not _asks_own_trip(parent.text, _author_forms(section.author))):
            continue
        end = _SENTENCE_END.search(section.text)
        told[section.id] = end.end() if end is not None else len(section.text)

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        sentence = texts.get(m.section, "")[m.sentence[0]: m.sentence[1]]
        if (m.section in told and m.start < told[m.section] and m.advice is None
                and m.relation in ("mentioned", "planning") and m.relation_confidence < 1.0
                and not _cue("planned_trip").search(sentence)
                and not _cue("not_done").search(sentence)
                and not _cue("to_the_reader").search(sentence)
                and not sets_against(sentence) and not _cue("other_person").search(sentence)):
            return replace(m, relation="visited", relation_confidence=_SURE)
        return None

    return _each(thread, mentions, rule)


def _asks_own_trip(text: str, names: Collection[str]) -> bool:
    """Whether a line of ``text`` asks one of ``names``, by name, about their trip ("Thanks
    Chelsea! Did you go from Sorrento or from Naples?")."""
    for match in _cue("asked_own_trip").finditer(text):
        asked = fold(text[text.rfind("\n", 0, match.start()) + 1: match.start()])
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", asked) for name in names):
            return True
    return False


def next_sentence_end(text: str, mention: Mention) -> int:
    """The end of the sentence after the mention's: "Is Bamberg worth it in winter? Anyone
    been?" asks who has been to Bamberg."""
    after = _SENTENCE_END.search(text, mention.sentence[1])
    return after.end() if after is not None else len(text)


def _locators(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A place named only to locate another ("Montepulciano, on the ridge above Pienza", "a
    stop between Coimbra and Porto")."""
    # A place named only to say where another one is ("Montepulciano, on the ridge above
    # Pienza", "Giverny, just outside Paris") is only mentioned, whatever the sentence says of the
    # name before it: the writer went to, or wants, the place it locates. A comment's own reading
    # only (the section may say more of it elsewhere); a post's trip keeps its stops.
    text = texts.get(m.section, "")
    before = text[max(m.sentence[0], m.start - 60): m.start]
    match = _cue("locator").search(before)
    named = match is not None and _NAME_END.search(before[: match.start()]) is not None
    # or the two ends of the stretch another lies on ("a lovely stop between A and B")
    if (m.section != thread.post.id and m.relation in TRIP
            and (named or _cue("located_between").search(before))):
        return replace(m, relation="mentioned", advice=None)
    return None


def _foils(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A place a comment sets another against ("Jasper beats Banff", "Hoi An rather than Hue")."""
    # A place a comment sets another against ("Jasper beats Banff every time", "we picked Hoi
    # An rather than Hue") is only mentioned: the sentence tells of the other place, and whether
    # the writer went to the foil is a guess (the section may say it surely elsewhere). Not a
    # bare "than": "never made it further north than Lillehammer" went there.
    before = texts.get(m.section, "")[max(m.sentence[0], m.start - 30): m.start]
    if m.section != thread.post.id and m.relation in TRIP and _cue("foil").search(before):
        return replace(m, relation="mentioned", advice=None)
    return None


_NAME_END = re.compile(r"\b[A-Z][\w'\u2019-]*$")  # the located place: a name, not "a town"


def _picks_for_reader(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A place a comment picks for the reader ("Porto has the food, so I'd pick it")."""
    # "I'd pick it", "I'd go with Geiranger", "I would choose Lisbon", "For Pushkar I'd say
    # yes": the writer's choice in the reader's place recommends the place and tells no trip
    # of the writer's, where the sentence has no word of a trip done or to come ("we stayed in
    # Porto, I'd pick it again" keeps its visit); so does a verdict (`verdict`: "Sorrento, no
    # question, it's flat") in a comment with no first person at all ("Navagio, hands down. We
    # swam there twice" is the writer's own).
    if m.section == thread.post.id or m.relation not in TRIP:
        return None
    text = texts.get(m.section, "")
    sentence = text[m.sentence[0]: m.sentence[1]]
    if ((_cue("would_pick").search(sentence) or (_cue("verdict").search(sentence)
                                                 and not _cue("first_person").search(text)))
            and not _cue("done_trip").search(sentence)
            and not _cue("planned_trip").search(sentence)):
        return replace(m, relation="mentioned", advice="recommends")
    return None


def _agreed_on(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A sentence of a comment that only agrees on a place ("Agreed on Geiranger.", "+1 Pico")."""
    # It tells no trip of its own: the place is only mentioned here (what the comment it
    # answers surely says of it, or the comment's own later clause, may still tell a trip:
    # ``_agreeing``, ``_bare_trips``).
    text = texts.get(m.section, "")
    start, end = m.sentence
    if (m.section != thread.post.id and m.relation in TRIP
            and _cue("agreed_on").fullmatch(text, start, m.start)
            and _AGREED_END.fullmatch(text, m.end, end)):
        return replace(m, relation="mentioned")
    return None


_AGREED_END = re.compile(r"[\W_]*")  # nothing but punctuation after the place


def _tempted(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A place a comment is tempted by, the model reads as visited ("Really tempted by Madeira")."""
    # "Tempted by X", "thinking about X", "eyeing up X", "considering X": a wish, not a visit;
    # one the writer had then ("we were tempted by Madeira but ...") is only mentioned, and so
    # is a place opening a clause of its own after the cue ("considering Lisbon was packed").
    if m.section == thread.post.id or m.relation != "visited":
        return None
    text = texts.get(m.section, "")
    start = m.sentence[0]
    if not _cue("tempted").search(text[max(start, m.start - 60): m.start]):
        return None
    was = (_cue("tempted_then").search(text, start, m.start)
           or _cue("own_clause").match(text, m.end))
    return replace(m, relation="mentioned" if was else "wishlist")


def _writers_relation(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A place a section only names, or is unsure of, but surely tells of elsewhere."""
    # A relation is a writer's, about a place, not one sentence's: a place a section
    # only names (or advises on), or a comment reads otherwise without being sure of it, takes
    # what the same section surely says of it elsewhere ("Eat the dumplings in Tainan. We spent four
    # nights in Tainan in May"). A post's unsure readings stay: its trip may go back to a
    # place the writer surely knows from before.
    said = _surest(mentions, _OWN)

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        sure = said.get((m.section, fold(m.text)))
        unsure = m.section != thread.post.id and m.relation_confidence < _SURE
        if sure is not None and (m.relation == "mentioned" or unsure):
            return replace(m, relation=sure.relation,
                           relation_confidence=sure.relation_confidence)
        return None

    return _each(thread, mentions, rule)



_OWN: tuple[Relation, ...] = ("lives", "visited", "planning", "wishlist")  # most telling first


def _route_stops(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """The stops of one route sentence ("we did it backwards: Calgary, Banff, Jasper")."""
    # The stops of one route sentence share its relation ("we did it backwards: Calgary,
    # Banff, Jasper, then through Kamloops to Whistler and Vancouver"): where the model reads
    # the same trip relation for at least three places of a sentence of three or more, the
    # places it only names in between take that relation too when nothing but route words joins
    # them to the stop before ("but", "not", "or", "instead" break a route); and where it is sure
    # of two stops it is as sure of the rest, never less sure than of the middle stop. Foils
    # ("a boat on Doubtful Sound instead of Milford") and advice take no part.
    sections = {s.id: s for s in thread.sections}
    by_sentence: dict[tuple[str, tuple[int, int]], list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault((m.section, m.sentence), []).append(m)
    changed: dict[int, Mention] = {}
    for stops in by_sentence.values():
        stops.sort(key=lambda m: m.start)
        text = sections[stops[0].section].text
        arrows = _arrow_chain(text, stops)
        if not _is_route(stops, arrows):
            continue
        trips = [m for m in stops if m.relation != "mentioned"]
        (relation,) = {m.relation for m in trips}
        ranked = sorted(m.relation_confidence for m in trips)
        middle = ranked[(len(ranked) - 1) // 2]
        sure = [c for c in ranked if c >= _SURE]
        floor = max(min(sure) if len(sure) >= 2 else 0.0, middle if len(sure) >= 1 else 0.0)
        lift = max(floor, middle)  # a stop read like the rest is as sure as the middle one
        # a bare stop between arrows is one of the trip's, as sure as its upper middle one
        bare = max(floor, ranked[len(ranked) // 2]) if arrows else floor
        joined = [stops[0]] + [m for prev, m in pairwise(stops)
                               if not _cue("route_break").search(text[prev.end: m.start])]
        if not arrows and sum(m.relation == "mentioned" for m in joined) > len(trips) // 2:
            joined = []  # a list of names with a few trips in it, not a route
        for m in stops:
            if _cue("not_the_trip").search(_before(sections[m.section], m)):
                continue
            if m.relation == "mentioned" and any(m is j for j in joined) and bare > 0:
                changed[id(m)] = replace(m, relation=relation, relation_confidence=bare)
            elif m.relation == relation and m.relation_confidence < lift:
                changed[id(m)] = replace(m, relation_confidence=lift)
    return [changed.get(id(m), m) for m in mentions]


_ROUTE_STOPS = 3


def _coordinated(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """Places joined by a bare "and" or a comma after the first ("a day trip to Guimarães and
    Braga", "back next spring for Trabzon and Sumela"): one phrase, one relation."""
    # The model reads each place in its own window, so the second of two joined names sees
    # less of the verb that governs both. Where it reads the later one otherwise and less
    # surely than the first, the later one takes the first one's reading (and advice).
    texts = {s.id: s.text for s in thread.sections}
    changed: dict[int, Mention] = {}
    for found in _comment_sentences(thread, mentions).values():
        found.sort(key=lambda m: m.start)
        text = texts[found[0].section]
        head = found[0]
        for prev, m in pairwise(found):
            # not a place opening a clause of its own ("We loved A, and B is still on my list")
            if (not _cue("and_joint").fullmatch(text, prev.end, m.start)
                    or _cue("own_clause").match(text, m.end)):
                head = m
                continue
            if ((m.relation, m.advice) != (head.relation, head.advice)
                    and m.relation_confidence < head.relation_confidence
                    and "lives" not in (m.relation, head.relation)):
                changed[id(m)] = replace(m, relation=head.relation, advice=head.advice)
    return [changed.get(id(m), m) for m in mentions]


def _is_route(stops: Sequence[Mention], arrows: bool) -> bool:
    """Whether the model reads the same trip for three places or more of a sentence of three or
    more (two when arrows join every stop: "Porto → Douro (2 nights) → Coimbra → Tomar" is a
    route whatever the model makes of its bare middle stops), none of them advice."""
    trips = [m for m in stops if m.relation != "mentioned"]
    relations = {m.relation for m in trips}
    return (len(stops) >= _ROUTE_STOPS and len(trips) >= _ROUTE_STOPS - arrows
            and len(relations) == 1 and relations <= set(TRIP)
            and all(m.advice is None for m in stops))


def _arrow_chain(text: str, stops: Sequence[Mention]) -> bool:
    """Whether an arrow joins each two stops of the sentence outside brackets, an aside in
    brackets ("(5)", "(2 nights in Peso da Régua)") or a stay's nights allowed before it."""
    outer = [m for m in stops if text.count("(", 0, m.start) <= text.count(")", 0, m.start)]
    return len(outer) >= _ROUTE_STOPS and all(
        _cue("arrow_gap").fullmatch(text[prev.end: m.start]) for prev, m in pairwise(outer))


def _comment_sentences(
    thread: Thread, mentions: list[Mention]
) -> dict[tuple[str, tuple[int, int]], list[Mention]]:
    """The comments' mentions by sentence (section id, sentence span), in page order."""
    by_sentence: dict[tuple[str, tuple[int, int]], list[Mention]] = {}
    for m in mentions:
        if m.section != thread.post.id:
            by_sentence.setdefault((m.section, m.sentence), []).append(m)
    return by_sentence


def _sentence_trips(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """An unsure trip beside a sure one of its sentence ("From Ushuaia we spent a day in ...")."""
    # A comment's place the model reads as a trip but is unsure of takes the trip its sentence
    # surely tells of the nearest place before it (else after it) when nothing breaks the
    # sentence between them: no "but", "next time", "maybe", no turn of tense, no one else's trip
    # ("and my sister went to") ("From Ushuaia we spent a day in the national park", "From
    # Cortina we also did the towers"). A place that
    # is the subject of its own clause ("and Skye is next on our list") keeps its reading, but
    # not one that shares the clause's subject ("X and Y were both worth it"), and a route's
    # stops go by the route's rule.
    sections = {s.id: s for s in thread.sections}
    by_sentence = _comment_sentences(thread, mentions)
    changed: dict[int, Mention] = {}
    for found in by_sentence.values():
        found.sort(key=lambda m: m.start)
        text = sections[found[0].section].text
        if _is_route(found, _arrow_chain(text, found)):
            continue
        sure = [m for m in found if m.relation in TRIP and m.relation_confidence >= _SURE
                and m.advice is None]
        starts = [s.start for s in sure]
        for m in found:
            if (m.relation not in TRIP or m.relation_confidence >= _SURE
                    or m.advice is not None
                    or _cue("not_the_trip").search(_before(sections[m.section], m))
                    or (_cue("own_clause").match(text, m.end)
                        and not _joint_subject(text, sure, m))):
                continue
            i = bisect_left(starts, m.start)
            for s in (*sure[max(i - 1, 0): i], *sure[i: i + 1]):
                joint = text[min(s.end, m.end): max(s.start, m.start)]
                turn = _cue("planned_trip" if s.relation == "visited" else "done_trip")
                if not any(c.search(joint) for c in (_cue("route_break"), turn,
                                                     _cue("other_person"))):
                    changed[id(m)] = replace(m, relation=s.relation,
                                             relation_confidence=s.relation_confidence)
                    break
    return [changed.get(id(m), m) for m in mentions]


def _too_after(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A sentence that only adds a place to the one before ("We did Sigulda from Riga last
    August. Trakai too, from Vilnius")."""
    # A comment's sentence that opens with a place and "too" / "as well" (`too_after`: "Trakai
    # too, from Vilnius, lovely on a sunny day", "Basel as well") adds it to the trip the
    # sentence before it surely (0.8) tells, where that sentence tells only one kind of trip
    # (visits, or plans) and none of someone else: the place takes that trip.
    by_sentence = _comment_sentences(thread, mentions)
    texts = {s.id: s.text for s in thread.sections}
    changed: dict[int, Mention] = {}
    spans = sorted(by_sentence)
    for before, after in pairwise(spans):
        if before[0] != after[0]:
            continue
        text = texts[after[0]]
        first = min(by_sentence[after], key=lambda m: m.start)
        opening = text[after[1][0]: first.start].strip(" \t\n\"'(")
        sure = {m.relation for m in by_sentence[before]
                if m.relation in TRIP and m.relation_confidence >= _SURE}
        if (opening or len(sure) != 1 or not _cue("too_after").match(text, first.end)
                or first.relation not in ("mentioned", *TRIP)
                or (first.relation in TRIP and first.relation_confidence >= _SURE)
                or _cue("other_person").search(text, before[1][0], before[1][1])):
            continue
        (relation,) = sure
        changed[id(first)] = replace(first, relation=relation, relation_confidence=_SURE)
    return [changed.get(id(m), m) for m in mentions]


def _habits(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A comment's habit ("these days we go every May to Amorgos", "we always stay in Bovec")."""
    # A comment's place named after the writer's habit in its sentence ("these days we go
    # every May to Amorgos", "we always stay in Bovec", "we head up most summers to the lakes")
    # was visited, where the model is unsure of it or reads it otherwise: the habit is the
    # writer's own ("we", "I" and a present verb of going or staying) and nothing in the
    # sentence wishes, plans, denies or sets it against another ("always wanted to", "but this
    # year", "never"). Homes and advice stay. A habit in a clause after the place ("Geiranger
    # is a must if you come back, we go every summer") speaks for it too, even where the place
    # is advice; then only the habit's clause may not wish, plan or deny.
    text = texts.get(m.section, "")
    start, end = m.sentence
    habit = _cue("habit").search(text, start, m.start)
    after = _cue("habit").search(text, m.end, end)
    before_it = (habit is not None and m.advice is None and m.relation_confidence < _SURE
                 and not _cue("not_a_habit").search(text, start, end))
    after_it = (after is not None and _CLAUSE_JOINT.search(text, m.end, after.start())
                and (m.relation == "mentioned" or m.relation_confidence < _SURE)
                and not _cue("not_a_habit").search(text, after.start(), end))
    if m.section != thread.post.id and m.relation != "lives" and (before_it or after_it):
        return replace(m, relation="visited", relation_confidence=_SURE)
    return None


_CLAUSE_JOINT = re.compile("[,;\u2013\u2014-]")  # a clause of its own after the place


def _joint_subject(text: str, sure: Sequence[Mention], mention: Mention) -> bool:
    """Whether the place shares its clause's subject with a surely read place right before it
    ("Ait Benhaddou and Ouarzazate were both worth the drive"): joined by a bare "and", the
    verb after it plural."""
    return any(_cue("and_only").fullmatch(text, s.end, mention.start) is not None
               for s in sure) and _cue("plural_verb").match(text, mention.end) is not None


def _unsaid(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A comment's unsure plan where the comment tells of no trip to come (a namesake)."""
    # A comment's unsure reading of a plan where the comment has no word of a trip to come
    # ("we're going", "next spring", a question) is only a mention: a warning about a namesake
    # "in Santa Cruz province" is no plan. (A visit needs no such word: "we always hire a car in
    # Inverness" tells of visits in words no list holds.)
    if (m.section != thread.post.id and m.relation == "planning"
            and m.relation_confidence < _SURE
            and _cue("planned_trip").search(texts[m.section]) is None):
        return replace(m, relation="mentioned")
    return None


def _undecided(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """Places a commenter is still choosing between ("torn between Ronda and Jerez")."""
    # Places a commenter is still choosing between are wished for, not planned: those a cue
    # of choice comes shortly before in the sentence ("torn between", "either", "leaning
    # towards", with no "but" between) and those of an "A or B" list the model reads as planned.
    # A choice made in the past ("we couldn't decide, so we did both") stays a trip.
    sections = {s.id: s for s in thread.sections}
    by_sentence = _comment_sentences(thread, mentions)
    changed: dict[int, Mention] = {}
    for (section_id, (start, end)), found in by_sentence.items():
        section = sections[section_id]
        if _cue("done_trip").search(section.text[start:end]):
            continue
        chosen = {id(m) for m in _choices(section, found, "or_word")}  # "A/B/C": a route
        for m in found:
            cue = _cue("undecided").search(section.text[max(start, m.start - 60): m.start])
            if (m.relation == "planning" and id(m) in chosen) or (
                    m.relation in ("visited", "planning") and cue is not None):
                changed[id(m)] = replace(m, relation="wishlist")
    return [changed.get(id(m), m) for m in mentions]


def _post_trip(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """The post's places and each day list's: their section's trip, planned or done."""
    # Each section's trip, done or to come, relates the places of its day list; the post's
    # trip relates all the post's places but homes, advice and foils ("not X", "unlike X"): a post
    # tells of one trip, and every stop of a planning thread is planned. A day list's lines read
    # like orders ("June 3 - fly into Denver"), but they are the writer's own plan, not
    # advice.
    sections = {s.id: s for s in thread.sections}
    trips = {section_id: trip_relation(sections[section_id],
                                       [n for n in mentions if n.section == section_id])
             for section_id in dict.fromkeys(m.section for m in mentions)}

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        section, trip = sections[m.section], trips[m.section]
        listed = _in_day_list(section, m)
        in_post = m.section == thread.post.id
        if (trip is not None and (m.advice is None or listed) and not _sure_home(m)
                and (listed or in_post) and not _cue("not_the_trip").search(_before(section, m))
                and not (listed and _done_before(section, m, trip))):
            return replace(m, relation=trip, advice=None)
        return None

    return _each(thread, mentions, rule)


def _suggested_lists(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A day list a comment suggests to the reader ("Here's what I'd do with your days:")."""
    # A comment's day list under words to the reader ("your", "if I were you", "I'd do") with
    # no word of the writer's own trip ("we", "our") is the route it recommends, not its
    # writer's plan: its places are only mentioned, and recommended, and so is a plan the
    # comment reads of them elsewhere ("Trust me on Himeji" after the list).
    sections = {s.id: s for s in thread.sections}
    in_lists = [m for m in mentions if m.section != thread.post.id
                and _in_day_list(sections[m.section], m)]
    suggesting = {section_id for section_id in {m.section for m in in_lists}
                  if _suggests(sections[section_id])}
    # (section, folded name) of the places of the suggested lists
    listed = {(m.section, fold(m.text)) for m in in_lists if m.section in suggesting}

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        key = (m.section, fold(m.text))
        in_list = key in listed and _in_day_list(sections[m.section], m)
        if key in listed and (m.relation in TRIP if in_list else m.relation == "planning"):
            return replace(m, relation="mentioned", advice="recommends")
        return None

    return _each(thread, mentions, rule)


def _suggests(section: Section) -> bool:
    """Whether the words before a comment's day list speak to the reader and not of a trip of
    the writer's own."""
    lines = section.text.split("\n")
    first = next((i for i, line in enumerate(lines) if _cue("day_list").match(line)), 0)
    heading = "\n".join(lines[:first])
    return (_cue("to_the_reader").search(heading) is not None
            and _cue("own_trip_words").search(heading) is None)


_SURE = 0.8  # only places the model is this sure of vote for a section's trip
_AGREEING = 2  # ... and only where this many distinct places read alike
_WEAK = 0.5  # a "home" the model is less sure of than this is no home in a day list


def _sure_home(mention: Mention) -> bool:
    return mention.relation == "lives" and mention.relation_confidence >= _WEAK


def _done_before(section: Section, mention: Mention, trip: Relation) -> bool:
    """"Day 3: Rome (we saw the Colosseum years ago)": a visit the model is sure of, in an
    aside of a day list dated before the trip being planned, stays a visit."""
    if trip == "visited" or mention.relation != "visited" or mention.relation_confidence < _SURE:
        return False
    text = section.text
    start = max(text.rfind(c, 0, mention.start) for c in _ASIDE_BOUNDS) + 1
    ends = [i for c in _ASIDE_BOUNDS if (i := text.find(c, mention.end)) != -1]
    return _cue("done_before").search(text[start: min(ends, default=len(text))]) is not None


_ASIDE_BOUNDS = ("\n", "(", ")", ";", ":", ".", "\u2013", "\u2014")  # one aside of a day list


def _in_day_list(section: Section, mention: Mention) -> bool:
    line_start = section.text.rfind("\n", 0, mention.start) + 1
    return bool(_cue("day_list").match(section.text[line_start: mention.start]))


def trip_relation(section: Section, mentions: Iterable[Mention]) -> Relation | None:
    """Whether a section tells of a trip done or one to come: its own words weigh double ("we
    spent", "any tips?"), and its surely related places outside a day list vote, one vote a
    place, where at least ``_AGREEING`` places read the same way: one place read surely says
    little of the whole section (a trip report that opens with the options it once weighed
    reads one of them as a sure wish)."""
    read: dict[str, set[str]] = {"visited": set(), "planning": set()}
    for m in mentions:
        if (m.relation in TRIP and m.relation_confidence >= _SURE
                and not _in_day_list(section, m)):
            read["visited" if m.relation == "visited" else "planning"].add(fold(m.text))
    votes = {trip: len(places) if len(places) >= _AGREEING else 0
             for trip, places in read.items()}
    future = len(_cue("planned_trip").findall(section.text))
    past = len(_cue("done_trip").findall(section.text))
    score = votes["planning"] + 2 * future - votes["visited"] - 2 * past
    if score > 0:
        return "planning"
    if score < 0:
        return "visited"
    return None


def _on_the_road(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
    """A greeting from a place the writer is travelling in now ("Hello from Tavira, day three
    of our road trip")."""
    # A comment's home read from a greeting or "we're in X" whose sentence tells of a trip there
    # now (`on_the_road`: "where we're spending the week", "day three of our road trip", "we
    # arrived yesterday", "right now") and names no home ("my hometown", "we live", "grew up":
    # `settled`) is a visit: the writer is a traveller writing from the road.
    if m.section == thread.post.id or m.relation != "lives":
        return None
    sentence = texts.get(m.section, "")[m.sentence[0]: m.sentence[1]]
    if _cue("on_the_road").search(sentence) and not _cue("settled").search(sentence):
        return replace(m, relation="visited")
    return None


def _home_regions(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """The region written right after a home ("Portland, Oregon")."""
    # The region written right after a home is home too: "Portland, Oregon", "Córdoba, the
    # one in Argentina", "León - Nicaragua, not Mexico" (after a bare dash, only a region that
    # ends the phrase); not a name that opens a clause of its own ("I'm from Podgorica, Kotor is
    # the answer").
    texts = {s.id: s.text for s in thread.sections}
    found = list(mentions)
    for i, (home, region) in enumerate(pairwise(mentions)):
        if home.section != region.section:
            continue
        text = texts[home.section]
        joint = text[home.end: region.start]
        tagged = (_DASH.fullmatch(joint) is not None
                  and _cue("home_region_tag").match(text[region.end: region.end + 8]) is not None)
        if (home.relation == "lives" and region.relation != "lives"
                and (_cue("home_region").fullmatch(joint) or tagged)
                and not _cue("own_clause").match(text, region.end)):  # "Podgorica, Kotor is"
            found[i + 1] = replace(region, relation="lives", advice=None,
                                   relation_confidence=home.relation_confidence)
    return found


_DASH = re.compile("\\s*[\u2013\u2014-]\\s*")
_HOME_PARTS = re.compile(r"\s*[,/(]\s*|\s*\)\s*")  # "Perth, WA", "Leeds (UK)"


def _before(section: Section, mention: Mention) -> str:
    line_start = section.text.rfind("\n", 0, mention.start) + 1
    return section.text[max(line_start, mention.start - 30): mention.start]


def _home_starts(section: Section, name: str, spans: Sequence[tuple[int, int]]
                 ) -> tuple[int, ...]:
    """Where the section names ``name`` as home ("I'm from Tula", "Sibiu is my hometown"),
    whether or not the place pass saw a place there: a mention of it elsewhere in the section
    is the writer's home. A name
    inside a longer place (``spans``: "we live in Bergen County") is not that home."""
    text = section.text
    return tuple(
        start
        for start in whole_word_starts(text, name)
        if (_cue("home_before").search(text[max(0, start - 40): start])
            or _cue("home_after").match(text, start + len(name)))
        and not any(a <= start and start + len(name) <= b and b - a > len(name)
                    for a, b in spans)
    )


def _signed_off(section: Section, mention: Mention) -> bool:
    """Whether the mention is in the section's last line, a sign-off of its writer's name and
    a place after a blank line or the end of a sentence: "Have a great trip!\n\nInés, Rosario",
    "— Dale, Oregon", or the name and the place on two lines ("Greta\nHamburg")."""
    text = section.text.rstrip()
    start = text.rfind("\n", 0, len(text)) + 1
    if not section.author or start == 0 or mention.start < start or len(text) - start > 60:
        return False
    if not (_cue("sentence_ends").search(text[:start]) or not text[:start].strip()):
        return False
    signed = _cue("sign_off").match(text, start)
    if (signed is not None and signed.end() <= mention.start
            and fold(signed.group("name")) in _author_forms(section.author)
            and text[signed.end(): mention.start].strip(" ,") == ""):
        return True
    # The name on a line of its own over the place ("Greta\nHamburg"), as mail is signed.
    above = text.rfind("\n", 0, start - 1) + 1
    name = text[above: start].strip(" \t\n\u2013\u2014~-")
    return (above > 0 and text[mention.start: mention.end] == text[start:].strip(" .")
            and fold(name) in _author_forms(section.author)
            and bool(_cue("sentence_ends").search(text[:above]) or not text[:above].strip()))


def _homes(thread: Thread, mentions: list[Mention]) -> list[Mention]:
    """A home the author line, member block, a home cue or a sign-off names ("Hilsen fra Bodø")."""
    # A place named as the writer's home in the author line ("Ana from Split"), in the
    # member block's "Location: Leeds, UK" (the town and the region or country after it), in a
    # profile line kept in the text, in the section's words of home ("I'm from Tula", "Hilsen fra
    # Tromsø", "Sibiu is my hometown": there or anywhere else in the section) or in its sign-off
    # ("Inés, Rosario") is
    # lived in.
    homes: dict[str, set[str]] = {}
    for s in thread.sections:
        named = parse_author(s.author).home if s.author else None
        for home in (named, s.home):
            if home:
                homes.setdefault(s.id, set()).update(
                    {fold(home), *(fold(part) for part in _HOME_PARTS.split(home))})
    sections = {s.id: s for s in thread.sections}
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.section, []).append((m.start, m.end))
    said: dict[tuple[str, str], tuple[int, ...]] = {}  # read once per section and name

    def rule(thread: Thread, texts: Mapping[str, str], m: Mention) -> Mention | None:
        section = sections[m.section]
        profile = _cue("profile_home").search(_before(section, m))
        key = (m.section, m.text)
        if key not in said:
            said[key] = _home_starts(section, m.text, spans[m.section])
        if (fold(m.text) in homes.get(m.section, ()) or profile or said[key]
                or _signed_off(section, m)):
            return replace(m, relation="lives", advice=None, relation_confidence=1.0)
        return None

    return _each(thread, mentions, rule)


# The thread's passes, in the order they run: each reads the relations the ones before it left
# (docs/trips.md, "The thread"). A pass reads the thread's mentions together; a ``PerMention``
# rule reads one mention at a time.
PASSES: tuple[Pass, ...] = (
    _collective_options,
    PerMention(_addressed),
    PerMention(_asked_of_others),
    PerMention(_quoted_inline),
    PerMention(_homeless),
    PerMention(_others_trips),
    PerMention(_agreed_on),
    _collective_back,
    _bare_trips,
    _own_verdicts,
    PerMention(_locators),
    PerMention(_foils),
    PerMention(_picks_for_reader),
    PerMention(_tempted),
    _writers_relation,
    _route_stops,
    _coordinated,
    PerMention(_habits),
    _sentence_trips,
    _too_after,
    PerMention(_unsaid),
    _undecided,
    _agreeing,
    _yes_trips,
    _answered_trips,
    _post_trip,
    _suggested_lists,
    _homes,
    PerMention(_on_the_road),
    _home_regions,
)


def relate_thread(thread: Thread, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """``mentions`` with the relations the thread shows: each pass of ``PASSES`` in turn."""
    found = list(mentions)
    for relate in PASSES:
        found = relate(thread, found)
    return tuple(found)


def relate_places(resolutions: Sequence[Resolution]) -> tuple[Resolution, ...]:
    """What the resolved places show that the names cannot: a place written two ways in one
    section ("Lisbon" and "Lisboa", "New York" and "NYC") is one place to its writer, so a
    mention the section only names takes what the section surely says of it under the other
    name; the country or state around a writer's home is home too ("Greetings from Bozeman!
    ... the best skiing in Montana"), and the one around a place the writer surely went to
    was visited ("We spent a week in Hoi An ... the best food in Vietnam")."""
    said: dict[tuple[str, str], Mention] = {}
    inside: dict[str, list[Resolution]] = {}  # homes and places surely visited
    for r in resolutions:
        m = r.mention
        if r.place is None or m.relation not in _OWN or m.relation_confidence < _SURE:
            continue
        key = (m.section, r.place.id)
        if key not in said or _OWN.index(m.relation) < _OWN.index(said[key].relation):
            said[key] = m
        if m.relation in ("lives", "visited"):
            inside.setdefault(m.section, []).append(r)
    found = []
    for r in resolutions:
        m = r.mention
        if r.place is not None and m.relation == "mentioned":
            sure = said.get((m.section, r.place.id))
            within = sorted((h.mention for h in inside.get(m.section, ()) if _contains(r, h)),
                            key=lambda h: _OWN.index(h.relation))
            sure = sure or (within[0] if within else None)
            if sure is not None:
                r = replace(r, mention=replace(m, relation=sure.relation,
                                               relation_confidence=sure.relation_confidence))
        found.append(r)
    return tuple(found)


def _contains(region: Resolution, home: Resolution) -> bool:
    """The region is the home's country or first-level division (state, province)."""
    outer, inner = region.place, home.place
    return outer is not None and inner is not None and inner.lies_in(outer)
