"""Suggested routes: the order a traveller would take a set of stops in, and the cheapest insertion.

The order is an open path (no return to the start) that minimises estimated travel hours, with an
optional fixed first and last stop (the arrival airport, say). Up to ``EXACT_LIMIT`` stops it is
exact (Held-Karp dynamic programming over subsets, vectorised with numpy); beyond, nearest
neighbour from every allowed start, improved by 2-opt and single-stop moves until neither helps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from gazetteer.models import Place
from itinerary.models import Itinerary, Mode
from itinerary.trips.travel import Travel

EXACT_LIMIT = 12  # 2^12 subsets x 12 ends: well under a second
_POLISHED = 20  # nearest-neighbour paths improved by local search, best first


def best_path(
    cost: Sequence[Sequence[float]], *, start: int | None = None, end: int | None = None
) -> tuple[int, ...]:
    """Indices of an open path through every node, cheapest first-to-last under ``cost``.

    ``cost[i][j]`` is the cost of going from i to j; the heuristic beyond ``EXACT_LIMIT``
    assumes it symmetric.
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
    if n <= EXACT_LIMIT:
        return _held_karp(matrix, start, end)
    return _heuristic(matrix, start, end)


def path_cost(cost: Sequence[Sequence[float]] | np.ndarray, order: Sequence[int]) -> float:
    return float(sum(cost[a][b] for a, b in pairwise(order)))


def _held_karp(cost: np.ndarray, start: int | None, end: int | None) -> tuple[int, ...]:
    n = len(cost)
    full = (1 << n) - 1
    best = np.full((1 << n, n), np.inf)
    parent = np.full((1 << n, n), -1, dtype=np.int64)
    for j in range(n) if start is None else (start,):
        if j != end:
            best[1 << j, j] = 0.0
    for mask in range(1, full):
        row = best[mask]
        if not np.isfinite(row).any():
            continue
        totals = row[:, None] + cost
        previous = totals.argmin(axis=0)
        reach = totals[previous, np.arange(n)]
        for j in range(n):
            bit = 1 << j
            if mask & bit or (j == end and mask | bit != full):
                continue
            if reach[j] < best[mask | bit, j]:
                best[mask | bit, j] = reach[j]
                parent[mask | bit, j] = previous[j]
    last = end if end is not None else int(best[full].argmin())
    order = [last]
    mask = full
    while parent[mask, last] >= 0:
        before = int(parent[mask, last])
        mask ^= 1 << last
        last = before
        order.append(last)
    return tuple(reversed(order))


def _heuristic(cost: np.ndarray, start: int | None, end: int | None) -> tuple[int, ...]:
    """Nearest neighbour from each allowed first stop; the best few polished by local search."""
    n = len(cost)
    firsts = [start] if start is not None else [i for i in range(n) if i != end]
    tours = sorted((_nearest_neighbour(cost, first, end) for first in firsts),
                   key=lambda order: path_cost(cost, order))
    polished = [_improve(cost, order, start, end) for order in tours[:_POLISHED]]
    best: list[int] = min(polished, key=lambda order: path_cost(cost, order))
    return tuple(best)


def _nearest_neighbour(cost: np.ndarray, first: int, end: int | None) -> list[int]:
    left = set(range(len(cost))) - {first} - ({end} if end is not None else set())
    order = [first]
    while left:
        here = order[-1]
        nxt = min(left, key=lambda j: (cost[here][j], j))
        order.append(nxt)
        left.remove(nxt)
    if end is not None:
        order.append(end)
    return order


def _improve(cost: np.ndarray, order: list[int], start: int | None,
             end: int | None) -> list[int]:
    """2-opt (reverse a stretch) and relocation (move one stop) until neither shortens the path.

    Gains are computed from the few edges a move changes, which needs a symmetric cost.
    """
    order = list(order)
    lo = 1 if start is not None else 0  # first and last movable positions
    hi = len(order) - (2 if end is not None else 1)

    improved = True
    while improved:
        improved = False
        for i in range(lo, hi):
            for j in range(i + 1, hi + 1):
                old = _edge(cost, order, i - 1, i) + _edge(cost, order, j, j + 1)
                new = _edge(cost, order, i - 1, j) + _edge(cost, order, i, j + 1)
                if new < old - 1e-9:
                    order[i: j + 1] = order[i: j + 1][::-1]
                    improved = True
        for i in range(lo, hi + 1):
            node = order[i]
            gain = (_edge(cost, order, i - 1, i) + _edge(cost, order, i, i + 1)
                    - _edge(cost, order, i - 1, i + 1))
            rest = order[:i] + order[i + 1:]
            for k in range(lo, hi + 1):  # insert before rest[k] (k == len(rest): at the end)
                if k == i:
                    continue
                a = rest[k - 1] if k > 0 else None
                b = rest[k] if k < len(rest) else None
                added = ((cost[a][node] if a is not None else 0.0)
                         + (cost[node][b] if b is not None else 0.0)
                         - (cost[a][b] if a is not None and b is not None else 0.0))
                if added < gain - 1e-9:
                    order = [*rest[:k], node, *rest[k:]]
                    improved = True
                    break
    return order


def _edge(cost: np.ndarray, order: list[int], a: int, b: int) -> float:
    """The cost between positions ``a`` and ``b``; off either end of the path, nothing."""
    if a < 0 or b >= len(order):
        return 0.0
    return float(cost[order[a]][order[b]])


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
