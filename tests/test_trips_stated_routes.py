"""Which sentences give legs of a stated route, and which leg a mode word belongs to: day trips
are outings, a paragraph break ends a chain of moves, a written arrow or dash list stands on its
own, and a mode word after the last stop belongs to the next, unnamed leg."""

from __future__ import annotations

from trips_threads import place, resolve, section, thread

from gazetteer import Gazetteer
from itinerary.models import Itinerary
from itinerary.trips.stated import find_stated
from itinerary.trips.travel import Travel

NAMES = ["Zurich", "Lucerne", "Thun", "Lausanne", "Geneva", "Bern", "Glasgow", "Pitlochry",
         "Fort William", "Inverness", "Edinburgh", "Stirling"]


def stated(gazetteer: Gazetteer, travel: Travel, text: str,
           title: str = "Notes from last summer") -> list[Itinerary]:
    t = thread(section("post", f"{title}\n\n{text}"))
    return [s.itinerary for s in find_stated(t, resolve(gazetteer, t, NAMES), travel)]


def names(gazetteer: Gazetteer, itinerary: Itinerary) -> list[str]:
    by_id = {place(gazetteer, n).id: n for n in NAMES}
    return [by_id.get(stop, stop) for stop in itinerary.stops]


def test_a_day_trip_paragraph_gives_no_leg_of_the_loop(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We spent three nights in Thun. Bern is an easy day trip from Thun: the "
            "train takes under an hour each way.\n\n"
            "Our whole loop ran Zurich \u2013 Lucerne \u2013 Thun \u2013 Lausanne \u2013 Geneva, "
            "all by train.")
    found = stated(gazetteer, travel, text, title="Bern in a day: an easy train ride from Thun")
    assert [names(gazetteer, i) for i in found] == [
        ["Zurich", "Lucerne", "Thun", "Lausanne", "Geneva"]]


def test_a_paragraph_break_ends_the_moves_unless_the_next_one_moves_on(
        gazetteer: Gazetteer, travel: Travel) -> None:
    moves = "We drove from Glasgow to Pitlochry and on to Fort William.\n\n"
    (trip,) = stated(gazetteer, travel, moves + "The castle in Stirling we took in years ago "
                     "was the better one.")
    assert names(gazetteer, trip) == ["Glasgow", "Pitlochry", "Fort William"]
    (trip,) = stated(gazetteer, travel, moves + "Next morning we drove on to Inverness.")
    assert names(gazetteer, trip) == ["Glasgow", "Pitlochry", "Fort William", "Inverness"]


def test_a_written_list_stands_apart_from_the_prose_of_another_paragraph(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We flew into Glasgow and took the train to Edinburgh.\n\nThen we drove the loop "
            "Edinburgh \u2013 Stirling \u2013 Inverness \u2013 Fort William.")
    found = stated(gazetteer, travel, text)
    assert [names(gazetteer, i) for i in found] == [
        ["Glasgow", "Edinburgh"], ["Edinburgh", "Stirling", "Inverness", "Fort William"]]


def test_a_mode_after_the_last_stop_belongs_to_the_next_leg(
        gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "We went from Zurich to Lucerne to Thun by train, "
                     "and then took the boat across the lake.")
    assert [leg.mode for leg in trip.legs] == ["train", "train"]


def test_a_ferry_to_catch_is_no_mode_of_the_leg(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = stated(gazetteer, travel, "Last June we drove up from Glasgow to Pitlochry and on to "
                     "Fort William for the ferry, and never regretted it.")
    assert [leg.mode for leg in trip.legs] == ["road", "road"]
