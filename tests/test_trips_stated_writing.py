"""Stated itineraries from more ways of writing a route: stops listed after "via", a leg told
back to front, the verbs that end a trip, advice and the writer's own trip in one sentence,
lakes the text moves to, a stop that opens a stretch, a route labelled and listed, places only
measured from, headings, villages a few km apart, and stay lines that give the count bare.

Mentions are placed by hand on real gazetteer entries: the NLP pass is not under test here."""

from __future__ import annotations

import re

import pytest
from trips_threads import section, thread

from gazetteer import Gazetteer
from gazetteer.models import Place
from itinerary.models import Itinerary, Mention, Relation, Resolution
from itinerary.trips.stated import find_stated
from itinerary.trips.travel import Travel

# Towns by name and country (the gazetteer's own best town of that name there).
TOWNS = {
    "Calgary": "CA", "Banff": "CA", "Lake Louise": "CA", "Jasper": "CA",
    "Dubrovnik": "HR", "Cavtat": "HR", "Split": "HR",
    "Lisbon": "PT", "Lagos": "PT", "Faro": "PT", "Évora": "PT", "Porto": "PT", "Braga": "PT",
    "Coimbra": "PT", "Seville": "ES", "Córdoba": "ES", "Granada": "ES",
    "Seattle": "US", "Portland": "US",
    "Edinburgh": "GB", "Stirling": "GB", "Fort William": "GB", "Inverness": "GB",
    "Glasgow": "GB", "Portree": "GB",
    "Istanbul": "TR", "Izmir": "TR", "Selçuk": "TR", "Ayvalik": "TR", "Bodrum": "TR",
    "Kayseri": "TR", "Göreme": "TR", "Denizli": "TR",
    "Christchurch": "NZ", "Wanaka": "NZ", "Cromwell": "NZ",
    "La Spezia": "IT", "Monterosso al Mare": "IT", "Vernazza": "IT",
}
# Places that are no towns, by gazetteer id.
OTHERS = {"Crater Lake": "region:crater-lake", "Loch Ness": "region:loch-ness",
          "Aegean": "region:aegean-sea", "Pamukkale": "region:pamukkale",
          "Algarve": "region:algarve"}


@pytest.fixture(scope="module")
def places(gazetteer: Gazetteer) -> dict[str, Place]:
    found = {name: gazetteer.lookup(name, kinds=("city",), country_code=cc)[0]
             for name, cc in TOWNS.items()}
    for name, place_id in OTHERS.items():
        other = gazetteer.get(place_id)
        assert other is not None, place_id
        found[name] = other
    return found


def trips(places: dict[str, Place], travel: Travel, text: str,
          plans_from: str | None = None) -> list[Itinerary]:
    """The stated itineraries of a post with ``text`` (after a title): every whole-word
    occurrence of a known name is a mention of its place, the longer name winning; with
    ``plans_from``, the writer visited the places before those words and plans those after."""
    text = f"Our trip\n\n{text}"
    plans_at = text.index(plans_from) if plans_from else len(text)
    t = thread(section("post", text))
    sentences = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    found: list[Resolution] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(places, key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            sentence = next(span for span in sentences if span[0] <= start < span[1])
            relation: Relation = "mentioned"
            if plans_from:
                relation = "planning" if start > plans_at else "visited"
            mention = Mention(section="post", author=None, text=name, start=start, end=end,
                              source="test", sentence=sentence, relation=relation)
            found.append(Resolution(mention=mention, place=places[name], confidence=1.0,
                                    reason="test"))
    found.sort(key=lambda r: r.mention.start)
    return [s.itinerary for s in find_stated(t, found, travel)]


def stops(places: dict[str, Place], travel: Travel, text: str) -> list[list[str]]:
    """Each stated itinerary as the names of its stops (the first name of each place)."""
    names: dict[str, str] = {}
    for name, place in places.items():
        names.setdefault(place.id, name)
    return [[names[stop] for stop in trip.stops] for trip in trips(places, travel, text)]


def test_every_stop_listed_after_via_comes_before_the_destination(
        places: dict[str, Place], travel: Travel) -> None:
    text = "We drove from Calgary to Jasper via Banff and Lake Louise."
    [trip] = trips(places, travel, text)
    assert stops(places, travel, text) == [["Calgary", "Banff", "Lake Louise", "Jasper"]]
    assert set(trip.via) == {places["Banff"].id, places["Lake Louise"].id}


@pytest.mark.parametrize("text, expected", [
    # the leg's origin is named after its destination
    ("We drove to Cavtat and back from Dubrovnik, then took the bus to Split.",
     ["Dubrovnik", "Cavtat", "Split"]),
    # a stop made on the way between two named towns
    ("We stopped in Stirling on the way from Edinburgh to Fort William.",
     ["Edinburgh", "Stirling", "Fort William"]),
    # "through" after "and back down" belongs to the next move, not to the stop before it
    ("Started off in Edinburgh and headed north to Inverness, before cutting across to Portree "
     "and back down through Fort William to Glasgow.",
     ["Edinburgh", "Inverness", "Portree", "Fort William", "Glasgow"]),
    # a town slept through ends its clause: it was passed on the way to the stop before it
    ("We took the bus from Inverness to Glasgow and slept straight through Stirling.",
     ["Inverness", "Stirling", "Glasgow"]),
    # the leg's origin is named after it arrives
    ("We checked into a pension in Selçuk after a long drive from Pamukkale.",
     ["Pamukkale", "Selçuk"]),
    # a stop made at something inside a town on the way
    ("From Christchurch we drove to Wanaka, stopping at the fruit stalls in Cromwell.",
     ["Christchurch", "Cromwell", "Wanaka"]),
])
def test_legs_told_out_of_travel_order(places: dict[str, Place], travel: Travel, text: str,
                                       expected: list[str]) -> None:
    assert stops(places, travel, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("We flew into Lisbon and drove south to Lagos, and we ended in Faro.",
     ["Lisbon", "Lagos", "Faro"]),
    ("We started in Istanbul. Four days there, then a flight to Kayseri.",
     ["Istanbul", "Kayseri"]),
    ("Istanbul was our first stop. After four days we flew to Izmir and took the train to "
     "Selçuk.", ["Istanbul", "Izmir", "Selçuk"]),
    ("We flew into Lisbon. The car was waiting. It rained for two days. Then we drove south "
     "to Lagos. Lagos was lovely. We got to Faro a week later.", ["Lisbon", "Lagos", "Faro"]),
])
def test_where_a_trip_starts_and_ends(places: dict[str, Place], travel: Travel, text: str,
                                      expected: list[str]) -> None:
    assert stops(places, travel, text) == [expected]


def test_the_writers_trip_with_a_recommendation_after_it_is_their_own(
        places: dict[str, Place], travel: Travel) -> None:
    text = ("After three nights in Seville we caught the train to Córdoba and then a bus to "
            "Granada, which I'd recommend over the train.")
    [trip] = trips(places, travel, text)
    assert not trip.recommended
    text = "If you have a week, you could fly into Porto and drive down to Coimbra and Lisbon."
    [trip] = trips(places, travel, text)
    assert trip.recommended


def test_if_you_ask_me_is_no_advice(places: dict[str, Place], travel: Travel) -> None:
    text = ("We flew into Lisbon and took the train to Porto. The old town is steeper than "
            "Lisbon if you ask me. On the third day we went on to Braga.")
    [trip] = trips(places, travel, text)
    assert stops(places, travel, text) == [["Lisbon", "Porto", "Braga"]]
    assert not trip.recommended


def test_a_lake_the_text_moves_to_is_a_stop(places: dict[str, Place], travel: Travel) -> None:
    text = "Drove from Seattle to Portland, then Portland to Crater Lake."
    assert stops(places, travel, text) == [["Seattle", "Portland", "Crater Lake"]]
    text = "From Fort William we drove along Loch Ness to Inverness."
    assert stops(places, travel, text) == [["Fort William", "Inverness"]]


def test_a_coast_travelled_down_is_no_stop(places: dict[str, Place], travel: Travel) -> None:
    text = ("Last summer we drove from Istanbul down the Aegean coast to Bodrum, stopping in "
            "Ayvalik and Izmir on the way.")
    assert stops(places, travel, text) == [["Istanbul", "Ayvalik", "Izmir", "Bodrum"]]


@pytest.mark.parametrize("text, expected", [
    ("We did it in this order: Lisbon, Évora, Lagos, Faro.",
     [["Lisbon", "Évora", "Lagos", "Faro"]]),
    ("Our route for next spring: Porto, Coimbra and Lisbon. Any tips?",
     [["Porto", "Coimbra", "Lisbon"]]),
    # "like this" introduces the route; it compares nothing
    ("Our two weeks went like this: Istanbul, Göreme, Pamukkale, Selçuk, Istanbul.",
     [["Istanbul", "Göreme", "Pamukkale", "Selçuk", "Istanbul"]]),
    ("We did Lisbon, Coimbra and Porto in that order and it worked well.",
     [["Lisbon", "Coimbra", "Porto"]]),
    ("Lisbon, Coimbra and Porto, not necessarily in that order.", []),
    # a question and a choice are no route
    ("The plan: Lisbon, Porto or Lagos?", []),
    ("We're still deciding: Lisbon, Porto or Faro.", []),
    # a list with no label is no route either
    ("Highlights were Lisbon, Porto and Braga.", []),
])
def test_a_list_labelled_as_the_route(places: dict[str, Place], travel: Travel, text: str,
                                      expected: list[list[str]]) -> None:
    assert stops(places, travel, text) == expected


def test_a_place_measured_from_is_no_stop(places: dict[str, Place], travel: Travel) -> None:
    text = ("We took the bus from Göreme to Pamukkale. Our last stop was Selçuk, a short train "
            "ride from Denizli.")
    assert stops(places, travel, text) == [["Göreme", "Pamukkale", "Selçuk"]]
    text = ("We took the bus from Göreme to Pamukkale, then the two-hour ride from Denizli to "
            "Selçuk.")
    assert stops(places, travel, text) == [["Göreme", "Pamukkale", "Denizli", "Selçuk"]]


def test_a_heading_named_again_below_takes_its_place_from_there(
        places: dict[str, Place], travel: Travel) -> None:
    text = ("Göreme\nAn early flight took us to Kayseri, and a shuttle dropped us in Göreme an "
            "hour later.\n\nPamukkale\nThe overnight bus from Göreme to Pamukkale was rough "
            "but cheap.")
    assert stops(places, travel, text) == [["Kayseri", "Göreme", "Pamukkale"]]


def test_two_villages_a_few_km_apart_are_two_stops(
        places: dict[str, Place], travel: Travel) -> None:
    text = ("We took the train from La Spezia to Monterosso al Mare and walked the path on to "
            "Vernazza.")
    assert stops(places, travel, text) == [["La Spezia", "Monterosso al Mare", "Vernazza"]]


def test_a_stay_line_may_give_the_later_counts_bare(
        places: dict[str, Place], travel: Travel) -> None:
    text = "Thinking Istanbul 4 nights, Göreme 3, Pamukkale 1, Selçuk 2. Does that work?"
    assert stops(places, travel, text) == [["Istanbul", "Göreme", "Pamukkale", "Selçuk"]]


@pytest.mark.parametrize("text", [
    "Day one: Lisbon.\nDay two: Évora and the cork farms.\nDay three: Lagos.",
    "Days 1-3 | Lisbon\nTrams and custard tarts.\nDay 4 | Évora\nDays 5-7 | Lagos",
])
def test_day_lists_in_words_or_with_a_bar(
        places: dict[str, Place], travel: Travel, text: str) -> None:
    assert stops(places, travel, text) == [["Lisbon", "Évora", "Lagos"]]


@pytest.mark.parametrize("text, recommended", [
    ("If I were you:\nDay 1: Lisbon.\nDay 2: Évora.\nDay 3: Lagos.", True),
    ("My recommendation: Porto - Coimbra - Lisbon.", True),
    ("You could do Porto 3 nights, Coimbra 2 nights, Lisbon 4 nights.", True),
    ("We did Porto - Coimbra - Lisbon, and I'd recommend it.", False),
    ("Day 1: Lisbon.\nDay 2: Évora.\nDay 3: Lagos.", False),
])
def test_lists_and_arrows_written_as_advice_are_recommendations(
        places: dict[str, Place], travel: Travel, text: str, recommended: bool) -> None:
    [trip] = trips(places, travel, text)
    assert len(trip.stops) == 3
    assert trip.recommended is recommended


def test_a_summary_told_again_in_full_is_one_trip(
        places: dict[str, Place], travel: Travel) -> None:
    text = ("Our route: Lisbon - Porto - Lagos. We started in Lisbon, took the train to Porto, "
            "then flew to Faro and drove to Lagos.")
    assert stops(places, travel, text) == [["Lisbon", "Porto", "Faro", "Lagos"]]
    # a recap of some of the days, told in another order, is the same trip
    text = ("Day 1: train from Lisbon to Coimbra\nDay 2: on to Porto\nDay 3: bus up to Braga"
            "\n\nWhat we'd change:\nDay 1 - Coimbra deserved more than the stop between the "
            "Lisbon train and the Porto one.\nDay 2 - fine as it was.")
    assert stops(places, travel, text) == [["Lisbon", "Coimbra", "Porto", "Braga"]]
    # two trips of one section that are not the same trip both stay
    text = ("We drove from Lisbon to Porto and Braga.\n\nFaro - Lagos - Évora is the road trip "
            "for next spring.")
    assert stops(places, travel, text) == [["Lisbon", "Porto", "Braga"],
                                           ["Faro", "Lagos", "Évora"]]


def test_a_trip_done_and_a_trip_planned_are_two_trips(
        places: dict[str, Place], travel: Travel) -> None:
    text = ("Last year we drove from Lisbon to Porto and Braga.\n\nNext year we plan to fly into "
            "Faro and drive to Lagos and Évora.")
    assert [[places_named(places, p) for p in trip.stops]
            for trip in trips(places, travel, text, plans_from="Next year")] == [
        ["Lisbon", "Porto", "Braga"], ["Faro", "Lagos", "Évora"]]
    # a plan told on in the same words is one trip
    text = "We fly into Faro in May. We plan to drive to Lagos and then on to Évora."
    assert [[places_named(places, p) for p in trip.stops]
            for trip in trips(places, travel, text, plans_from="We fly")] == [
        ["Faro", "Lagos", "Évora"]]


def places_named(places: dict[str, Place], place_id: str) -> str:
    return next(name for name, place in places.items() if place.id == place_id)


@pytest.mark.parametrize("text, expected", [
    ("In the Algarve we drove from Faro to Lagos, then up to Évora.",
     ["Faro", "Lagos", "Évora"]),
    ("After Lisbon we drove down to the Algarve, staying in Lagos, and then back up to Évora.",
     ["Lisbon", "Lagos", "Évora"]),
    # a region the text moves to and stays in is a stop
    ("From Lisbon we drove down to the Algarve and spent a week on the beach there.",
     ["Lisbon", "Algarve"]),
])
def test_a_region_holding_the_stops_is_no_stop(
        places: dict[str, Place], travel: Travel, text: str, expected: list[str]) -> None:
    assert stops(places, travel, text) == [expected]
