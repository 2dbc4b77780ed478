""""Readers also went to" and place pairs, from comments whose relations are set by hand."""

from __future__ import annotations

from trips_threads import IDS, distinct, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import Relation
from itinerary.trips.readers import place_pairs, readers_also_went_to
from itinerary.trips.roles import find_subject

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
