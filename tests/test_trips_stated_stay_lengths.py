"""A stay told in days or weeks ("we spent a week in A", "had five days in A") is a step of the
route like one told in nights: the trip starts there when the next sentence travels on by any
cue ("The ferry to B took two hours"), not only by "then" or "from there".

Each text runs through the whole pipeline as a one-section thread, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated

from itinerary.pipeline import Analyzer


@pytest.mark.parametrize("text, stops", [
    ("We spent a week in Salzburg. The train to Innsbruck was quick, and we finished with two "
     "nights in Munich.", ["salzburg", "innsbruck", "munich"]),
    ("We had six days in Krakow first. A night bus took us on to Budapest for three nights.",
     ["krakow", "budapest"]),
    ("We stayed a fortnight in Split. The ferry to Hvar took an hour, and after that we "
     "went on to Dubrovnik.", ["split", "hvar", "dubrovnik"]),
])
def test_a_stay_of_days_or_weeks_starts_the_route(
        analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]
