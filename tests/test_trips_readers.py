""""Readers also went to" and place pairs, from comments whose relations are set by hand."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from trips_threads import IDS, distinct, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import Relation, Report, Resolution, Section, Thread
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads
from itinerary.trips.readers import place_pairs, readers_also_went_to
from itinerary.trips.roles import Subject, find_subject

NAMES = ["Røros", "Norway", "Oslo", "Bergen", "Trondheim", "Iceland", "Europe", "Bodø"]


def test_readers_per_relation_ranked_without_the_subject(gazetteer: Gazetteer) -> None:
    t = thread(
        section("post", "Copper town\nRøros, up in Norway, is worth the trip from Oslo."),
        section("comment-1", "Oslo twice, Bergen next time; Røros looks sweet, Norway too.",
                "Ana | Far North Blog"),
        section("comment-2", "Trondheim and Bodø by train, long ago. Europe is big.",
                "Bo (@bo_travels)"),
        section("comment-3", "Off to Oslo and Trondheim next week, then Bergen!", "Cy"),
        section("comment-4", "Iceland last year; Iceland again, maybe. Oslo is pricey.", "Di"),
        location="Røros, Norway",
    )
    relations: dict[tuple[str, str], Relation] = {
        ("comment-1", "Oslo"): "visited", ("comment-1", "Bergen"): "wishlist",
        ("comment-1", "Røros"): "wishlist", ("comment-1", "Norway"): "wishlist",
        ("comment-2", "Trondheim"): "visited", ("comment-2", "Bodø"): "visited",
        ("comment-3", "Oslo"): "planning", ("comment-3", "Trondheim"): "planning",
        ("comment-3", "Bergen"): "planning",
        ("comment-4", "Iceland"): "visited",
    }
    resolutions = resolve(gazetteer, t, NAMES, relations)
    subject = find_subject(t, resolutions, distinct(resolutions))
    assert [p.name for p in subject.places] == ["Røros"]
    assert {IDS["Røros"], IDS["Norway"]} <= subject.excluded

    listed = readers_also_went_to(t, resolutions, subject.excluded)
    by_id = {p.place_id: p for p in listed}
    assert [p.place_id for p in listed] == [
        IDS["Oslo"], IDS["Bergen"], IDS["Trondheim"], IDS["Bodø"], IDS["Iceland"]]
    oslo = by_id[IDS["Oslo"]]
    assert (oslo.visited, oslo.planning, oslo.mentioned) == (("Ana",), ("Cy",), ("Di",))
    assert oslo.readers == 2
    bergen = by_id[IDS["Bergen"]]
    assert (bergen.wishlist, bergen.planning) == (("Ana",), ("Cy",))
    assert by_id[IDS["Trondheim"]].visited == ("Bo",)  # the person, not the author line
    iceland = by_id[IDS["Iceland"]]
    assert (iceland.visited, iceland.mentioned) == (("Di",), ())  # visited outranks a mention
    assert IDS["Europe"] not in by_id  # a continent, and only mentioned
    assert IDS["Røros"] not in by_id and IDS["Norway"] not in by_id

    pairs = place_pairs(t, listed)
    assert [(p.places, p.readers) for p in pairs] == [((IDS["Oslo"], IDS["Bergen"]), ("Ana", "Cy"))]
    every = place_pairs(t, listed, min_readers=1)  # Ana's one pair, Bo's one, Cy's three
    assert len(every) == 4 and every[0] == pairs[0]


def test_the_post_is_not_a_reader(gazetteer: Gazetteer) -> None:
    t = thread(section("post", "Trip report\nWe visited Bergen and Oslo."))
    resolutions = resolve(gazetteer, t, NAMES, {("post", "Bergen"): "visited"})
    assert readers_also_went_to(t, resolutions, ()) == ()


def test_subject_from_the_title_when_there_is_no_dateline(gazetteer: Gazetteer) -> None:
    t = thread(section("post", "Three days in Bergen, Norway\nOslo was next."))
    resolutions = resolve(gazetteer, t, NAMES)
    subject = find_subject(t, resolutions, distinct(resolutions))
    assert [p.name for p in subject.places] == ["Bergen"]
    assert IDS["Norway"] in subject.excluded and IDS["Oslo"] not in subject.excluded


@pytest.mark.parametrize("title", [
    "A week in Norway, Oslo to Bergen by train",
    "Oslo to Bergen by train: a week in Norway",
])
def test_the_country_a_title_names_is_what_readers_read_about(
        gazetteer: Gazetteer, title: str) -> None:
    """A title that names a country and towns in it ("A week in Norway, Oslo to Bergen by
    train") is about the country: a reader's visit to one of the towns is theirs to list."""
    t = thread(
        section("post", f"{title}\nFirst trip, any tips?"),
        section("comment-1", "We did Oslo and Bergen last June, Norway was lovely.", "Ana"),
    )
    resolutions, subject = _visits(gazetteer, t, "Oslo", "Bergen", "Norway")
    listed = readers_also_went_to(t, resolutions, subject.excluded)
    assert [p.place_id for p in listed] == [IDS["Oslo"], IDS["Bergen"]]


def _visits(gazetteer: Gazetteer, t: Thread, *names: str) -> tuple[list[Resolution], Subject]:
    """The thread resolved with its first comment's visits to ``names``, and its subject."""
    relations: dict[tuple[str, str], Relation] = {("comment-1", n): "visited" for n in names}
    resolutions = resolve(gazetteer, t, NAMES, relations)
    return resolutions, find_subject(t, resolutions, distinct(resolutions))


def test_a_guessed_subject_leaves_out_only_its_country(gazetteer: Gazetteer) -> None:
    t = thread(
        section("post", ("Our summer plan\nWe fly into Oslo, then two nights in Bergen, the "
                         "train from Bergen to Trondheim and a last night back in Bergen.")),
        section("comment-1", "We did Bergen and Trondheim last June, all over Norway.", "Ana"),
    )
    resolutions, subject = _visits(gazetteer, t, "Bergen", "Trondheim", "Norway")
    assert [p.name for p in subject.places] == ["Bergen"] and subject.guessed
    listed = readers_also_went_to(t, resolutions, subject.excluded,
                                  guessed_subject=subject.guessed)
    assert [p.place_id for p in listed] == [IDS["Bergen"], IDS["Trondheim"]]
    told = readers_also_went_to(t, resolutions, subject.excluded)  # as if a title named it
    assert [p.place_id for p in told] == [IDS["Trondheim"]]


def _with(resolutions: list[Resolution], key: tuple[str, str], **changes: object) -> None:
    """Give the mention (section id, name) the relation model's other outputs."""
    for i, r in enumerate(resolutions):
        if (r.mention.section, r.mention.text) == key:
            resolutions[i] = dataclasses.replace(
                r, mention=dataclasses.replace(r.mention, **changes))  # type: ignore[arg-type]


def test_a_name_is_listed_only_when_the_model_is_sure(gazetteer: Gazetteer) -> None:
    t = thread(
        section("post", "Copper town\nRøros, up in Norway."),
        section("comment-1", "Oslo in May, and Bergen after that.", "Ana"),
        section("comment-2", "If I were you I'd see Bergen and skip Oslo.", "Bo"),
    )
    resolutions = resolve(gazetteer, t, NAMES, {("comment-1", "Oslo"): "visited",
                                                ("comment-1", "Bergen"): "visited"})
    _with(resolutions, ("comment-1", "Bergen"), relation_confidence=0.4)
    _with(resolutions, ("comment-2", "Bergen"), advice="recommends", relation_confidence=0.9)
    _with(resolutions, ("comment-2", "Oslo"), advice="advises_against", relation_confidence=0.9)
    by_id = {p.place_id: p for p in readers_also_went_to(t, resolutions, ())}
    oslo, bergen = by_id[IDS["Oslo"]], by_id[IDS["Bergen"]]
    assert (oslo.visited, oslo.advises_against, oslo.recommends) == (("Ana",), ("Bo",), ())
    assert (bergen.visited, bergen.mentioned, bergen.recommends) == ((), ("Ana",), ("Bo",))
    assert ("visited", "Ana", "Oslo in May, and Bergen after that.") in oslo.evidence
    assert not any(reader == "Ana" for _, reader, _ in bergen.evidence)
    assert readers_also_went_to(t, resolutions, (), min_confidence=0.3)[1].visited == ("Ana",)


def test_the_post_authors_own_comments_are_not_readers(gazetteer: Gazetteer) -> None:
    t = Thread(sections=(
        Section("post", "Kim", "Three days in Røros\nWe loved Røros."),
        Section("comment-1", "Kim", "Thanks! We flew home from Oslo."),
        Section("comment-2", "Ana", "We were in Bergen last year."),
    ))
    resolutions = resolve(gazetteer, t, NAMES, {("comment-1", "Oslo"): "visited",
                                                ("comment-2", "Bergen"): "visited"})
    listed = readers_also_went_to(t, resolutions, ())
    assert [(p.place_id, p.visited) for p in listed] == [(IDS["Bergen"], ("Ana",))]


def test_all_three_stands_for_the_options_the_post_weighs(gazetteer: Gazetteer) -> None:
    t = thread(
        section("post", "Which one?\nA week in Trondheim in May: Oslo, Bergen or Bodø?"),
        section("comment-1", "I've been to all three. Bergen is the one.", "Ana"),
        section("comment-2", "Iceland is lovely too.", "Bo"),
    )
    resolutions = resolve(gazetteer, t, NAMES)
    listed = {p.place_id: p for p in readers_also_went_to(t, resolutions, ())}
    for name in ("Oslo", "Bergen", "Bodø"):
        assert listed[IDS[name]].visited == ("Ana",), name
        assert ("visited", "Ana", "I've been to all three.") in listed[IDS[name]].evidence
    assert IDS["Trondheim"] not in listed  # in the post's sentence, but not one of the options
    assert IDS["Iceland"] not in listed  # Bo only names it


MADRID = Path(__file__).parents[1] / "examples" / "madrid-daytrip-thread.txt"


@pytest.fixture(scope="module")
def madrid(analyzer: Analyzer) -> Report:
    (t,) = read_threads(MADRID)
    return analyzer.analyze(t)


def _summary(report: Report) -> set[tuple[str, str, str]]:
    found = set()
    for entry in report.readers_also_went_to:
        place = report.place(entry.place_id)
        assert place is not None
        for relation in ("visited", "planning", "wishlist", "lives", "recommends",
                         "advises_against"):
            found |= {(place.name, relation, name) for name in getattr(entry, relation)}
    return found


def test_the_madrid_thread_summary_says_nothing_false(madrid: Report) -> None:
    """Advice is not a wish, "all three" is the post's options, a greeting is a home."""
    expected = {
        ("Toledo", "visited", "Marta"), ("Segovia", "visited", "Marta"),
        ("Ávila", "visited", "Marta"), ("Segovia", "recommends", "Marta"),
        ("Ávila", "advises_against", "Marta"),
        ("Accra", "lives", "Kofi"), ("Toledo", "visited", "Kofi"),
        ("Alcalá de Henares", "lives", "Priya"),
    }
    got = _summary(madrid)
    valencia = {("Valencia", "planning", "Priya")}
    assert got - valencia == expected
    relations = {(r.mention.author, r.mention.text): r.mention.relation
                 for r in madrid.resolutions if r.mention.author}
    assert relations[("Marta", "Madrid")] == "mentioned"  # "I'd stay in Madrid rather than move"
    assert relations[("Marta", "Segovia")] == "visited"  # she has been to all three


def test_the_madrid_thread_finds_priyas_plan(madrid: Report) -> None:
    assert ("Valencia", "planning", "Priya") in _summary(madrid)


def test_a_sight_put_at_its_town_says_nothing_sure_of_the_town(gazetteer: Gazetteer) -> None:
    """A sight the gazetteer lacks stands at its town's point (``in_town``): Ana's visit to it
    is no visit to Bergen the summary could vouch for."""
    t = thread(
        section("post", "Copper town\nRøros, up in Norway."),
        section("comment-1", "Oslo in May, then the Hanseatic Museum in Bergen.", "Ana"),
    )
    resolutions = resolve(gazetteer, t, NAMES, {("comment-1", "Oslo"): "visited",
                                                ("comment-1", "Bergen"): "visited"})
    for i, r in enumerate(resolutions):
        if r.mention.text == "Bergen":
            resolutions[i] = dataclasses.replace(r, in_town=True)
    listed = {p.place_id: p.visited for p in readers_also_went_to(t, resolutions, ())}
    assert listed == {IDS["Oslo"]: ("Ana",)}
