"""How likely a bare name means this place, before any context: population within a kind's band.

The bands overlap on purpose: a country outranks every city, a continent sits just below the
countries, a big admin region outranks a small town but not a big city, airports and curated
regions sit in the middle so that a hamlet of the same name does not hide them. Sights sit lower:
a town of some 5,000 people outranks a castle or museum of its name unless context says otherwise.
"""

from __future__ import annotations

import math

from gazetteer.models import Kind

# (floor, span): prior = floor + span * size, size in [0, 1] from population.
_BANDS: dict[str, tuple[float, float]] = {
    "country": (0.80, 0.20),
    "continent": (0.95, 0.0),
    "admin1": (0.25, 0.45),
    "admin2": (0.20, 0.35),
    "city": (0.05, 0.75),
    "airport": (0.35, 0.0),
    "region": (0.62, 0.0),
    "natural": (0.58, 0.0),
    "sight": (0.40, 0.0),
}
# A town without a population figure: the lowest a GeoNames town ranks (villages of the postal
# layer rank below it).
HAMLET_PRIOR = _BANDS["city"][0]
CAPITAL_BONUS = 0.06
_BIGGEST = 1e8  # population at which size saturates


def size(population: int) -> float:
    """Population on a log scale in [0, 1]: 10 -> 0.125, 10,000 -> 0.5, 100 million -> 1."""
    if population <= 1:
        return 0.0
    return min(1.0, math.log10(population) / math.log10(_BIGGEST))


def prior(kind: Kind, population: int = 0, *, capital: bool = False, boost: float = 0.0) -> float:
    """The prior of one place; ``boost`` lets the curated table lift famous regions."""
    floor, span = _BANDS[kind]
    value = floor + span * size(population) + (CAPITAL_BONUS if capital else 0.0) + boost
    return round(min(1.0, max(0.0, value)), 4)
