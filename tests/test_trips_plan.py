"""plan_trips end to end: on the seed thread and the example through the whole pipeline, and the
suggestions on a thread written for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from trips_threads import IDS, distinct, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import Relation, Report
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads
from itinerary.trips import plan_trips

SEED = Path(__file__).parents[2] / "shared/seed/roros-day-trip-thread.txt"
EXAMPLE = Path(__file__).parents[1] / "examples" / "norway-thread.txt"


def report_of(analyzer: Analyzer, path: Path) -> Report:
    (thread_,) = read_threads(path)
    return analyzer.analyze(thread_)


def stop_names(report: Report, stops: tuple[str, ...]) -> list[str]:
    return [p.name for p in (report.place(s) for s in stops) if p is not None]


@pytest.fixture(scope="module")
def seed(analyzer: Analyzer) -> Report:
    if not SEED.exists():
        pytest.skip("the seed thread is not on this machine")
    return report_of(analyzer, SEED)


def test_seed_stated_itineraries(seed: Report) -> None:
    stated = [i for i in seed.itineraries if i.kind == "stated"]
    got = {(i.section, tuple(stop_names(seed, i.stops))) for i in stated}
    assert ("comment-10", ("Oslo Gardermoen Airport", "Trondheim", "Ålesund", "Bergen",
                           "Oslo")) in got
    assert ("comment-5", ("Trondheim", "Bodø")) in got
    (loop,) = [i for i in stated if i.section == "comment-10"]
    assert loop.mode == "road" and len(loop.legs) == 4
    assert 1000 < loop.total_km < 1300


def test_seed_roros_fits_into_the_planned_loop(seed: Report) -> None:
    (suggested,) = [i for i in seed.itineraries if i.kind == "suggested"]
    assert stop_names(seed, suggested.stops) == [
        "Oslo Gardermoen Airport", "Røros", "Trondheim", "Ålesund", "Bergen", "Oslo"]
    (stated,) = [i for i in seed.itineraries if i.section == "comment-10" and i.kind == "stated"]
    assert 0 < suggested.total_km - stated.total_km < 30


def test_seed_day_trip(seed: Report) -> None:
    pairs = {(d.base, d.destination): d for d in seed.day_trips}
    trip = pairs[(IDS["Trondheim"], IDS["Røros"])]
    assert 100 < trip.distance_km < 115 and 2.0 <= trip.travel_hours <= 2.5
    assert "post" in trip.evidence
    assert (IDS["Oslo"], IDS["Røros"]) not in pairs


def test_seed_readers_also_went_to(seed: Report) -> None:
    got = {
        (p.name if (p := seed.place(r.place_id)) else r.place_id): {
            "visited": r.visited, "planning": r.planning, "wishlist": r.wishlist,
        }
        for r in seed.readers_also_went_to
    }
    assert got["Oslo"]["visited"] == ("Drew",) and got["Oslo"]["planning"] == ("Inna Blair",)
    assert got["Trondheim"]["visited"] == ("RaW",)
    assert got["Trondheim"]["planning"] == ("Melinda", "Inna Blair")
    assert got["Bergen"]["wishlist"] == ("Drew",) and got["Bergen"]["planning"] == ("Inna Blair",)
    assert got["Bodø"]["visited"] == ("RaW",)
    assert got["Iceland"]["visited"] == ("Howard",)
    assert got["Ålesund"]["planning"] == ("Inna Blair",)
    assert got["Oslo Gardermoen Airport"]["planning"] == ("Inna Blair",)
    assert "Røros" not in got and "Norway" not in got
    assert list(got)[:3] == ["Trondheim", "Oslo", "Bergen"]  # most readers first
    assert [(pair.places, pair.readers) for pair in seed.place_pairs] == [
        ((IDS["Oslo"], IDS["Bergen"]), ("Drew", "Inna Blair"))]


def test_example_thread(analyzer: Analyzer) -> None:
    report = report_of(analyzer, EXAMPLE)
    stated = {(i.section, tuple(stop_names(report, i.stops)), i.mode)
              for i in report.itineraries if i.kind == "stated"}
    assert {
        ("comment-1", ("Trondheim", "Røros"), "road"),
        ("comment-2", ("Oslo", "Trondheim", "Bodø"), "train"),
        ("comment-6", ("Trondheim", "Bodø"), "road"),
        ("comment-7", ("Copenhagen", "Gothenburg", "Oslo"), "road"),
    } <= stated
    assert [stops for section, stops, _ in stated if section == "post"] == [
        ("Oslo Gardermoen Airport", "Lillehammer", "Trondheim", "Ålesund", "Bergen")]
    legs = {i.section: [leg.mode for leg in i.legs] for i in report.itineraries
            if i.kind == "stated"}
    assert legs["comment-2"] == ["train", "train"] and legs["comment-6"] == ["road"]
    (trip, *_) = report.day_trips
    assert (trip.base, trip.destination) == (IDS["Trondheim"], IDS["Røros"])
    assert "post" in trip.evidence
    lives = {r.place_id: r.lives for r in report.readers_also_went_to}
    assert lives[IDS["Bergen"]] == ("Florence",)


def test_suggestions(gazetteer: Gazetteer) -> None:
    t = thread(
        section("post", "Copper and wood\nRøros in winter is a dream."),
        section("comment-1", "Our loop next month: Gardermoen -> Trondheim -> Bergen -> Oslo.",
                "Ana"),
        section("comment-2", "We already did Trondheim to Bodø by car.", "Bo"),
        section("comment-3", "I'd love to see Ålesund, Lillehammer and Bergen one day.", "Cy"),
        location="Røros, Norway",
    )
    names = ["Røros", "Gardermoen", "Trondheim", "Bergen", "Oslo", "Bodø", "Ålesund",
             "Lillehammer"]
    relations: dict[tuple[str, str], Relation] = {
        ("comment-1", n): "planning" for n in ("Gardermoen", "Trondheim", "Bergen", "Oslo")}
    relations |= {("comment-2", "Trondheim"): "visited", ("comment-2", "Bodø"): "visited"}
    relations |= {("comment-3", n): "wishlist" for n in ("Ålesund", "Lillehammer", "Bergen")}
    resolutions = resolve(gazetteer, t, names, relations)
    trips = plan_trips(t, resolutions, distinct(resolutions), gazetteer)
    suggested = [i for i in trips.itineraries if i.kind == "suggested"]
    ids = {name: IDS[name] for name in names}

    inserted, cy = suggested  # and no line through every place of the thread
    assert inserted.author == "Ana" and inserted.stops == (
        ids["Gardermoen"], ids["Røros"], ids["Trondheim"], ids["Bergen"], ids["Oslo"])
    # Bo's trip is done: nothing is fitted into it. Cy wrote no itinerary: a best order.
    assert cy.author == "Cy" and sorted(cy.stops) == sorted(
        ids[n] for n in ("Ålesund", "Lillehammer", "Bergen"))
    assert cy.stops[1] == ids["Ålesund"]  # Lillehammer and Bergen at the two ends
    assert trips.plan is None  # the post stays nowhere: nothing to plan


def test_a_plan_of_bases_nights_and_day_trips(gazetteer: Gazetteer) -> None:
    t = thread(
        section("post", "Tuscany next spring\nWe have four nights in Florence and three nights "
                        "in Bologna in May 2026. Is Lucca worth a day trip from Florence?"),
        section("comment-1", "If I were you I'd stay in Pisa for two nights too.", "Gia"),
        section("comment-2", "Siena is an easy day trip from Florence, and so is Lucca.", "Leo"),
        section("comment-3", "Prato is where I live.", "Ugo"),
    )
    names = ["Florence", "Bologna", "Pisa", "Siena", "Lucca", "Prato"]
    relations: dict[tuple[str, str], Relation] = {("comment-3", "Prato"): "lives"}
    resolutions = resolve(gazetteer, t, names, relations)
    trips = plan_trips(t, resolutions, distinct(resolutions), gazetteer)
    plan = trips.plan
    assert plan is not None and plan.start == "2026-05-01"
    by_place = {gazetteer.get(b.place).name: b for b in plan.bases}  # type: ignore[union-attr]
    assert set(by_place) == {"Florence", "Bologna", "Pisa"}
    # Three bases: Pisa and Bologna at the two ends, Florence between them.
    assert gazetteer.get(plan.bases[1].place).name == "Florence"  # type: ignore[union-attr]
    florence = by_place["Florence"]
    assert florence.nights == 4 and by_place["Bologna"].nights == 3
    assert by_place["Pisa"].nights == 2 and by_place["Pisa"].recommended_by == ("Gia",)
    assert {gazetteer.get(d).name for d in florence.day_trips} == {  # type: ignore[union-attr]
        "Lucca", "Siena"}
    assert florence.recommended_by == ("Leo",) and "post" in florence.evidence
    assert plan.nights == 9 and len(plan.legs) == 2
