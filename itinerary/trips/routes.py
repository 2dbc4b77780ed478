"""Suggested routes: the order a traveller would take a set of stops in, and the cheapest insertion.

The order is an open path (no return to the start) that minimises estimated travel hours, with an
optional fixed first and last stop (the arrival airport, say). The path is solved as a closed tour
through one extra, virtual stop that joins the path's two ends: python-tsp's exact dynamic
programming up to ``EXACT_LIMIT`` stops; beyond, nearest-neighbour tours from a few stops, each
improved by 2-opt moves until none helps, the shortest kept (deterministic, and fast on a
thousand stops, where python-tsp's Lin-Kernighan took minutes on fifteen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from python_tsp.exact import solve_tsp_dynamic_programming

from gazetteer.models import Place
from itinerary.models import Itinerary, Mode
from itinerary.trips.travel import Travel

EXACT_LIMIT = 9  # 10 nodes with the virtual one: about 10 ms of dynamic programming (13: 0.2 s)
HEURISTIC_STARTS = 8  # nearest-neighbour tours from this many stops, each improved, best kept


def best_path(
    cost: Sequence[Sequence[float]], *, start: int | None = None, end: int | None = None
) -> tuple[int, ...]:
    """Indices of an open path through every node, cheapest first-to-last under ``cost``.

    ``cost[i][j]`` is the cost of going from i to j, assumed symmetric (travel hours are).
    """
    matrix = np.asarray(cost, dtype=float)
    n = len(matrix)
    if matrix.shape != (n, n):
        raise ValueError(f"cost must be a square matrix, not {matrix.shape}")
    for fixed in (start, end):
        if fixed is not None and not 0 <= fixed < n:
            raise ValueError(f"fixed stop {fixed} outside 0..{n - 1}")
    if n > 1 and start is not None and start == end:
        raise ValueError("an open path cannot start and end at the same stop")
    if n <= 2:
        order = list(range(n))
        if (start is not None and order[0] != start) or (end is not None and order[-1] != end):
            order.reverse()
        return tuple(order)
    tour = _closed_tour(matrix, start, end)
    if n <= EXACT_LIMIT:
        permutation, _ = solve_tsp_dynamic_programming(tour)
    else:
        permutation = min((_two_opt(tour, _nearest_neighbour(tour, first))
                           for first in range(0, n + 1, max(1, (n + 1) // HEURISTIC_STARTS))),
                          key=lambda t: path_cost(tour, [*t, t[0]]))
    cut = permutation.index(n)  # the virtual stop sits between the path's two ends
    order = [int(i) for i in (*permutation[cut + 1 :], *permutation[:cut])]
    if (start is not None and order[0] != start) or (end is not None and order[-1] != end):
        order.reverse()
    return tuple(order)


def _nearest_neighbour(cost: np.ndarray, first: int) -> list[int]:
    """A tour from ``first``, each next stop the nearest one not yet taken."""
    taken = np.zeros(len(cost), dtype=bool)
    tour = [first]
    taken[first] = True
    for _ in range(len(cost) - 1):
        row = np.where(taken, np.inf, cost[tour[-1]])
        tour.append(int(np.argmin(row)))
        taken[tour[-1]] = True
    return tour


def _two_opt(cost: np.ndarray, tour: list[int]) -> list[int]:
    """``tour`` with segments reversed while a reversal shortens it (symmetric ``cost``)."""
    order = np.array(tour)
    m = len(order)
    improved = True
    while improved:
        improved = False
        for i in range(1, m - 1):
            a, b = order[i - 1], order[i]
            c, d = order[i + 1:], np.roll(order, -1)[i + 1:]  # edges (c, d) after (a, b)
            gain = cost[a, c] + cost[b, d] - cost[a, b] - cost[c, d]
            j = int(np.argmin(gain))
            if gain[j] < -1e-9:
                order[i: i + 2 + j] = order[i: i + 2 + j][::-1]
                improved = True
    return [int(x) for x in order]


def path_cost(cost: Sequence[Sequence[float]] | np.ndarray, order: Sequence[int]) -> float:
    return float(sum(cost[a][b] for a, b in pairwise(order)))


def _closed_tour(cost: np.ndarray, start: int | None, end: int | None) -> np.ndarray:
    """``cost`` plus a virtual stop ``n`` joined to every stop; joining it to a stop that is not a
    fixed end costs more than any path, so the best tour has the fixed ends next to it. Symmetric,
    as Lin-Kernighan needs."""
    n = len(cost)
    ends = {i for i in (start, end) if i is not None}
    penalty = float(cost.sum()) * 2 + 1 if ends else 0.0
    tour = np.zeros((n + 1, n + 1))
    tour[:n, :n] = cost
    for i in range(n):
        tour[n, i] = tour[i, n] = 0.0 if i in ends else penalty
    return tour


@dataclass(frozen=True, slots=True)
class Insertion:
    """Where a place goes into an ordered list of stops, and what it adds."""

    index: int  # the place becomes stop ``index``
    extra_km: float
    extra_hours: float


def cheapest_insertion(stops: Sequence[Place], place: Place, travel: Travel,
                       mode: Mode | None = None) -> Insertion:
    """The slot (ends included) where ``place`` adds the least travel time; order kept."""
    if not stops:
        return Insertion(index=0, extra_km=0.0, extra_hours=0.0)
    options = []
    for index in range(len(stops) + 1):
        before = stops[index - 1] if index > 0 else None
        after = stops[index] if index < len(stops) else None
        added = [travel.leg(a, b, mode) for a, b in ((before, place), (place, after)) if a and b]
        removed = [travel.leg(before, after, mode)] if before and after else []
        options.append(Insertion(
            index=index,
            extra_km=sum(g.distance_km for g in added) - sum(g.distance_km for g in removed),
            extra_hours=sum(g.travel_hours for g in added) - sum(g.travel_hours for g in removed),
        ))
    return min(options, key=lambda option: (option.extra_hours, option.index))


def suggest_route(stops: Sequence[Place], travel: Travel, *, start: Place | None = None,
                  end: Place | None = None, mode: Mode | None = None,
                  section: str | None = None, author: str | None = None) -> Itinerary:
    """The stops in the order of least estimated travel time, as a suggested itinerary."""
    cost = [[travel.hours(a, b, mode) if a.id != b.id else 0.0 for b in stops] for a in stops]
    ids = [p.id for p in stops]
    order = best_path(cost, start=ids.index(start.id) if start else None,
                      end=ids.index(end.id) if end else None)
    ordered = [stops[i] for i in order]
    return Itinerary(kind="suggested", stops=tuple(p.id for p in ordered),
                     legs=travel.legs(ordered, mode), section=section, author=author, mode=mode)


def with_inserted(itinerary: Itinerary, stops: Sequence[Place], place: Place,
                  travel: Travel) -> tuple[Itinerary, Insertion]:
    """``itinerary`` (whose stops are ``stops``) with ``place`` where it adds least; the order
    and the legs the writer gave are kept, the two new legs take the itinerary's mode."""
    insertion = cheapest_insertion(stops, place, travel, itinerary.mode)
    i = insertion.index
    before = stops[i - 1] if i > 0 else None
    after = stops[i] if i < len(stops) else None
    new = [travel.leg(a, b, itinerary.mode)
           for a, b in ((before, place), (place, after)) if a and b]
    legs = [*itinerary.legs[: max(0, i - 1)], *new, *itinerary.legs[i:]]
    ids = [p.id for p in stops]
    suggested = Itinerary(kind="suggested", stops=(*ids[:i], place.id, *ids[i:]),
                          legs=tuple(legs), section=itinerary.section, author=itinerary.author,
                          mode=itinerary.mode, inserted=place.id, detour_km=insertion.extra_km,
                          detour_hours=insertion.extra_hours)
    return suggested, insertion
