"""The route solver against brute force, and insertion into a stated itinerary."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import pairwise, permutations

import pytest
from trips_threads import place

from gazetteer import Gazetteer
from gazetteer.models import Place
from itinerary.models import Itinerary
from itinerary.trips import routes
from itinerary.trips.routes import best_path, cheapest_insertion, path_cost, suggest_route
from itinerary.trips.travel import Travel

Matrix = list[list[float]]


def hours_along(travel: Travel, stops: Sequence[Place]) -> float:
    return sum(travel.hours(a, b) for a, b in pairwise(stops))


def points(n: int, seed: int) -> Matrix:
    """Distances between ``n`` random points of a 100 km square (symmetric, metric)."""
    rng = random.Random(seed)
    xy = [(rng.uniform(0, 100), rng.uniform(0, 100)) for _ in range(n)]
    return [[((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 for bx, by in xy] for ax, ay in xy]


def brute_force(cost: Matrix, start: int | None, end: int | None) -> float:
    return min(path_cost(cost, order) for order in permutations(range(len(cost)))
               if (start is None or order[0] == start) and (end is None or order[-1] == end))


CASES = [(n, seed, start, end) for n in range(2, 9) for seed in range(3)
         for start, end in [(None, None), (0, None), (None, 1), (0, 1)]]


@pytest.mark.parametrize(("n", "seed", "start", "end"), CASES)
def test_exact_matches_brute_force(n: int, seed: int, start: int | None, end: int | None) -> None:
    cost = points(n, seed)
    order = best_path(cost, start=start, end=end)
    assert sorted(order) == list(range(n))
    assert start is None or order[0] == start
    assert end is None or order[-1] == end
    assert path_cost(cost, order) == pytest.approx(brute_force(cost, start, end))


@pytest.mark.parametrize("seed", range(10))
def test_heuristic_is_close_to_optimal(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    cost = points(8, 100 + seed)
    optimum = brute_force(cost, 0, None)
    monkeypatch.setattr(routes, "EXACT_LIMIT", 2)  # force the heuristic on a brute-forceable set
    order = best_path(cost, start=0)
    assert sorted(order) == list(range(8))
    assert order[0] == 0
    assert path_cost(cost, order) <= 1.1 * optimum


def test_heuristic_on_many_stops_keeps_fixed_ends() -> None:
    cost = points(40, 7)
    order = best_path(cost, start=3, end=5)
    assert sorted(order) == list(range(40))
    assert (order[0], order[-1]) == (3, 5)
    # Random points: an optimal tour is about 0.7124 * sqrt(n * area) long (Beardwood, Halton
    # and Hammersley); a random order is about 40 * 52 km.
    assert path_cost(cost, order) < 1.2 * 0.7124 * (40 * 100 * 100) ** 0.5


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError):
        best_path([[0.0, 1.0]])
    with pytest.raises(ValueError):
        best_path(points(3, 0), start=1, end=1)
    with pytest.raises(ValueError):
        best_path(points(3, 0), start=3)


@pytest.fixture(scope="module")
def loop(gazetteer: Gazetteer) -> list[Place]:
    return [place(gazetteer, n) for n in ("Gardermoen", "Trondheim", "Ålesund", "Bergen", "Oslo")]


def test_roros_goes_in_after_gardermoen(gazetteer: Gazetteer, travel: Travel,
                                        loop: list[Place]) -> None:
    roros = place(gazetteer, "Røros")
    insertion = cheapest_insertion(loop, roros, travel)
    assert insertion.index == 1  # Gardermoen - Røros - Trondheim: Røros is nearly on the way
    assert 0 < insertion.extra_km < 30
    for index in range(len(loop) + 1):  # no other slot costs less
        stops = [*loop[:index], roros, *loop[index:]]
        added = hours_along(travel, stops) - hours_along(travel, loop)
        assert added >= insertion.extra_hours - 1e-9


def test_inserted_itinerary_keeps_the_writers_legs(gazetteer: Gazetteer, travel: Travel,
                                                   loop: list[Place]) -> None:
    stated = Itinerary(kind="stated", stops=tuple(p.id for p in loop), legs=travel.legs(loop),
                       section="comment-10", author="Inna", mode="road")
    suggested, insertion = routes.with_inserted(stated, loop, place(gazetteer, "Røros"), travel)
    assert suggested.kind == "suggested"
    assert (suggested.section, suggested.author, suggested.mode) == ("comment-10", "Inna", "road")
    assert suggested.stops[0] == stated.stops[0] and suggested.stops[2:] == stated.stops[1:]
    assert suggested.legs[2:] == stated.legs[1:]
    assert suggested.total_km - stated.total_km == pytest.approx(insertion.extra_km)
    assert suggested.inserted == place(gazetteer, "Røros").id
    assert suggested.detour_km == pytest.approx(suggested.total_km - stated.total_km)
    assert suggested.detour_hours == pytest.approx(suggested.total_hours - stated.total_hours)


def test_suggested_route_starts_at_the_airport(gazetteer: Gazetteer, travel: Travel,
                                               loop: list[Place]) -> None:
    stops = [*loop[1:], place(gazetteer, "Røros"), loop[0]]  # the airport named last
    route = suggest_route(stops, travel, start=loop[0])
    assert route.stops[0] == loop[0].id
    assert sorted(route.stops) == sorted(p.id for p in stops)
    by_id = {p.id: p for p in stops}
    best = min(hours_along(travel, [loop[0], *rest]) for rest in permutations(stops[:-1]))
    assert hours_along(travel, [by_id[i] for i in route.stops]) == pytest.approx(best)
    assert route.total_hours == pytest.approx(best)
