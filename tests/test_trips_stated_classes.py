"""Stated itineraries, one class of writing at a time: outings told between moves, notes that
open with a stop, stops made on the way, the way travelled along, places inside a stop, options,
"from there", stays written on one line, and the leg that starts "from" its origin."""

from __future__ import annotations

import re

import pytest
from trips_threads import place, section, thread

from gazetteer import Gazetteer
from gazetteer.models import Place
from itinerary.models import Itinerary, Mention, Resolution, Section, Thread
from itinerary.pipeline import Analyzer
from itinerary.trips.stated import find_stated
from itinerary.trips.travel import Travel

TOWNS = ["Lisbon", "Coimbra", "Aveiro", "Tomar", "Porto", "Granada", "Córdoba", "Seville",
         "Kanab", "Lima", "Nazca", "Ica", "Arequipa", "Sorrento", "Salerno",
         "Vancouver", "Banff", "Calgary", "San Francisco", "Fresno", "Istanbul", "Izmir",
         "Selçuk", "Göreme", "Queenstown", "Te Anau", "Bangkok", "Chiang Mai", "Pai", "Krabi",
         "Évora", "Lagos", "Inverness", "Fort William", "Glasgow", "Faro", "Vienna", "Budapest",
         "Split", "Dubrovnik", "Cavtat", "Beja", "Sintra", "Zurich", "Chur", "Andermatt",
         "Zermatt", "Budva", "Podgorica", "Cusco", "Ollantaytambo", "Hvar",
         "Korcula", "Ston", "Piraeus", "Paros", "Naxos", "Tirana", "Berat", "Gjirokaster",
         "Bratislava", "Eger", "Rome", "Florence", "Munich", "Salzburg", "Innsbruck", "Hoi An",
         "Hanoi", "Tokyo", "Kyoto", "Osaka", "Kamloops",
         "Wanaka"]
# Places that are no towns, by gazetteer id: a coast, a range, a river, parks and a waterfall.
OTHERS = {"Amalfi Coast": "region:amalfi-coast", "Rocky Mountains": "region:rocky-mountains",
          "Yosemite National Park": "region:yosemite", "Yosemite Falls": "region:yosemite-falls",
          "Zion": "region:zion", "Bryce": "region:bryce-canyon", "Danube": "region:danube",
          "Miraflores": "geonames:3934876",  # the district of Lima
          "Glacier Express": "region:glacier-express", "Furka Pass": "region:furka-pass",
          "Bay of Kotor": "region:bay-of-kotor",
          "BKK": "iata:BKK", "LIS": "iata:LIS", "ATH": "iata:ATH",
          "Machu Picchu": "region:machu-picchu",
          "Aguas Calientes": "wikivoyage:Aguas_Calientes",  # the town below Machu Picchu
          "Colosseum": "region:colosseum", "Nikko": "geonames:1855395", "Nara": "geonames:1855612",
          "Whistler": "geonames:6180144", "Jasper": "geonames:6354954",
          "Icefields Parkway": "region:icefields-parkway", "Santiago": "geonames:3871336",
          "Mendoza": "geonames:3844421", "Andes": "wikivoyage:Andes"}  # a mountain feature


def _resolved(gazetteer: Gazetteer, t: Thread) -> list[Resolution]:
    """Every whole-word occurrence of a town or another place, resolved to it; the longer name
    wins where two overlap."""
    places: dict[str, Place | None] = {n: place(gazetteer, n) for n in TOWNS}
    places.update({n: gazetteer.get(i) for n, i in OTHERS.items()})
    text = t.sections[0].text
    sentences = [m.span() for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    found = []
    for name, where in places.items():
        assert where is not None, name
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            start, end = match.span()
            sentence = next(span for span in sentences if span[0] <= start < span[1])
            mention = Mention(section="post", author=None, text=name, start=start, end=end,
                              source="test", sentence=sentence)
            found.append(Resolution(mention=mention, place=where, confidence=1.0,
                                    reason="test"))
    return sorted(found, key=lambda r: (r.mention.start, -r.mention.end))


def stated(gazetteer: Gazetteer, travel: Travel, text: str) -> list[list[str]]:
    t = thread(section("post", f"Notes from the road\n\n{text}"))
    found = _resolved(gazetteer, t)
    names = {r.place.id: r.mention.text for r in found if r.place is not None}
    trips: list[Itinerary] = [s.itinerary for s in find_stated(t, found, travel)]
    return [[names[stop] for stop in trip.stops] for trip in trips]


def test_day_trips_told_between_moves_are_stops_at_their_place(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We took the train from Lisbon to Coimbra. Coimbra made a handy base for day trips "
            "to Aveiro and Tomar. The bus on to Porto took under two hours.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Coimbra", "Aveiro", "Tomar", "Porto"]]


def test_a_paragraph_opening_with_a_stop_and_a_dash_goes_on_with_the_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Granada\nWe got in after dark and found the flat by luck.\n\n"
            "Córdoba \u2013 one long morning in the mosque, an afternoon on a bus tour of the "
            "hills.\nThen the fast train on to Seville.")
    assert stated(gazetteer, travel, text) == [["Granada", "Córdoba", "Seville"]]


def test_a_dash_list_at_the_start_of_a_line_is_still_a_list(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = "Lisbon \u2013 Coimbra \u2013 Porto, all by train, was our first week."
    assert stated(gazetteer, travel, text) == [["Lisbon", "Coimbra", "Porto"]]


@pytest.mark.parametrize("text, expected", [
    # a stop made on the drive comes before the end of it
    ("On our drive from Zion to Bryce we usually stop at Kanab for pie.",
     ["Zion", "Kanab", "Bryce"]),
    # "before" names the next stop
    ("Last spring we did Lima, Ica and Nazca before Arequipa.",
     ["Lima", "Ica", "Nazca", "Arequipa"]),
    # leaving a town and turning inland are moves
    ("We left Lisbon early and followed the old road to Tomar before turning inland to "
     "Coimbra and Aveiro.", ["Lisbon", "Tomar", "Coimbra", "Aveiro"]),
    # a stay of nights opens the story
    ("First we had three nights in Bangkok. After that the night train to Chiang Mai, a "
     "minivan to Pai, and finally a flight down to Krabi.",
     ["Bangkok", "Chiang Mai", "Pai", "Krabi"]),
    # the origin of a leg after "from" comes before its end
    ("We flew into Istanbul, took the night bus to Göreme and a flight to Izmir, spent two "
     "nights in Selçuk and flew back to Istanbul from Izmir.",
     ["Istanbul", "Göreme", "Izmir", "Selçuk", "Izmir", "Istanbul"]),
])
def test_prose_moves(gazetteer: Gazetteer, travel: Travel, text: str,
                     expected: list[str]) -> None:
    assert stated(gazetteer, travel, text) == [expected]


def test_the_way_travelled_along_is_no_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "From Sorrento we drove down the Amalfi Coast to Salerno and took the train home."
    assert stated(gazetteer, travel, text) == [["Sorrento", "Salerno"]]
    text = "In Vienna we boarded the boat and sailed down the Danube to Budapest."
    assert stated(gazetteer, travel, text) == [["Vienna", "Budapest"]]


def test_a_sight_inside_a_park_stop_is_no_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("From San Francisco we drove to Yosemite National Park, walked to Yosemite Falls, "
            "and went on to Fresno.")
    assert stated(gazetteer, travel, text) == [["San Francisco", "Yosemite National Park",
                                                "Fresno"]]


def test_a_range_said_to_hold_the_stop_is_no_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("From Vancouver we drove to Banff for three nights in the Rocky Mountains, then on "
            "to Calgary.")
    assert stated(gazetteer, travel, text) == [["Vancouver", "Banff", "Calgary"]]
    moved = "From Vancouver we drove to Banff, then on into the Rocky Mountains."
    assert stated(gazetteer, travel, moved) == [["Vancouver", "Banff", "Rocky Mountains"]]


def test_options_are_no_stops(gazetteer: Gazetteer, travel: Travel) -> None:
    assert stated(gazetteer, travel,
                  "We're thinking Lisbon, then either Porto or Évora, then home.") == []
    assert stated(gazetteer, travel, "We flew into Lisbon, then drove to Évora or Lagos "
                                     "and finally down to Faro.") == [["Lisbon", "Faro"]]


def test_from_there_starts_at_the_stop_before(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Queenstown was our base for a week. From there we drove to Te Anau and on to "
            "Glasgow, well, not really.")
    assert stated(gazetteer, travel, text)[0][:2] == ["Queenstown", "Te Anau"]
    text = "Queenstown was lovely. We also drove to Te Anau and then to Fresno."
    assert stated(gazetteer, travel, text) == [["Te Anau", "Fresno"]]


def test_a_stay_list_on_one_line(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "Our plan: Lisbon 3 nights, Coimbra 2 nights, Porto 4 nights. Thoughts?"
    assert stated(gazetteer, travel, text) == [["Lisbon", "Coimbra", "Porto"]]


def test_a_sentence_with_stays_and_moves_is_prose_not_a_list(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We spent two nights in Lisbon, then Coimbra for one, and finished with four "
            "nights in Porto.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Coimbra", "Porto"]]


def test_a_district_of_a_big_town_is_no_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We flew into Lima, slept two nights in Miraflores by the sea, then took the "
            "bus south to Ica and on to Nazca.")
    assert stated(gazetteer, travel, text) == [["Lima", "Ica", "Nazca"]]
    # a small town's neighbour some ten km away is a stop of its own
    text = "From Split we drove down to Dubrovnik and took the little boat to Cavtat."
    assert stated(gazetteer, travel, text) == [["Split", "Dubrovnik", "Cavtat"]]


def test_a_stay_list_with_bare_names_between_the_stays(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Rough draft for October:\n1. Lisbon (3 nights)\n2. Coimbra\n3. Porto (2 nights)\n"
            "Does that look sane?")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Coimbra", "Porto"]]


def test_stops_said_to_lie_in_between_come_before_the_end(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = "We're flying into Lisbon and out of Faro, with Évora and Lagos in between."
    assert stated(gazetteer, travel, text) == [["Lisbon", "Évora", "Lagos", "Faro"]]


def test_a_slash_list(gazetteer: Gazetteer, travel: Travel) -> None:
    assert stated(gazetteer, travel, "We did Lisbon/Coimbra/Porto by train in nine days.") == [
        ["Lisbon", "Coimbra", "Porto"]]
    assert stated(gazetteer, travel, "Lisbon/Porto are both lovely in spring.") == []


def test_a_side_trip_in_a_sentence_that_moves_is_part_of_the_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We began with three nights in Lisbon. Then we drove to Évora with a side trip to "
            "Beja, and finished with four nights in Lagos.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Évora", "Beja", "Lagos"]]
    alone = "Last May we took the train from Lisbon to Sintra for a day trip. It rained all day."
    assert stated(gazetteer, travel, alone + "\n\nWe drove from Porto to Coimbra.") == [
        ["Lisbon", "Sintra"], ["Porto", "Coimbra"]]


def test_over_to_a_place_is_a_move_there_not_a_pass(gazetteer: Gazetteer, travel: Travel) -> None:
    (trip,) = find_stated(
        t := thread(section("post", "Notes from the road\n\nFrom Inverness we drove down to "
                                    "Glasgow and a week later over to Fort William.")),
        _resolved(gazetteer, t), travel)
    names = [gazetteer.get(stop) for stop in trip.itinerary.stops]
    assert [p.name for p in names if p is not None] == ["Inverness", "Glasgow", "Fort William"]
    assert trip.itinerary.via == ()


@pytest.mark.parametrize("text", [
    "We'll fly into Lisbon, drive to Évora and Lagos and end in Faro, in whatever order works.",
    "Lisbon -> Évora -> Lagos -> Faro, order still undecided.",
])
def test_a_route_whose_order_is_open_is_no_itinerary(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert stated(gazetteer, travel, text) == []


def test_the_issue_example_through_the_whole_pass(analyzer: Analyzer) -> None:
    text = ("Our route last year: we flew into Malaga, drove along the coast to Nerja, then "
            "inland to Granada and Cordoba and finally Seville. Cuenca is still on my list.")
    report = analyzer.analyze(Thread((Section("post", None, text),)))
    by_id = {p.place.id: p.place for p in report.places}
    (trip,) = [i for i in report.itineraries if i.kind == "stated"]
    stops = [by_id[stop] for stop in trip.stops]
    assert [p.ascii_name for p in stops][:4] == ["Malaga", "Nerja", "Granada", "Cordoba"]
    assert all(p.country_code == "ES" for p in stops) and len(stops) == 5
    assert stops[-1].lat == pytest.approx(37.38, abs=0.1)  # Seville, not Cuenca


def trips(gazetteer: Gazetteer, travel: Travel, text: str) -> list[tuple[list[str], bool]]:
    """Each stated itinerary as (its stops as written, whether it is advice)."""
    t = thread(section("post", f"Notes from the road\n\n{text}"))
    found = _resolved(gazetteer, t)
    names = {r.place.id: r.mention.text for r in found if r.place is not None}
    return [([names[stop] for stop in s.itinerary.stops], s.itinerary.recommended)
            for s in find_stated(t, found, travel)]


@pytest.mark.parametrize("text, expected", [
    # a stay or a car picked up opens the trip the next sentence moves on from
    ("We spent the first night in Lisbon. Next morning we took the train to Coimbra, and "
     "a bus on to Porto.", ["Lisbon", "Coimbra", "Porto"]),
    ("We picked up the van in Calgary. Drove west to Banff on day two.", ["Calgary", "Banff"]),
    # where the leg came from goes first
    ("We arrived in Budapest by train from Vienna. After three nights we took the bus on to "
     "Split.", ["Vienna", "Budapest", "Split"]),
    # a stop passed via comes before the stop, also when the text then moves on
    ("We drove from Lisbon to Porto via Coimbra, then on to Aveiro.",
     ["Lisbon", "Coimbra", "Porto", "Aveiro"]),
    # legs on numbered lines
    ("Leg 1: Seville to Granada (3h)\nLeg 2: Granada to Córdoba (2h30)",
     ["Seville", "Granada", "Córdoba"]),
    # numbered steps the writer calls their route
    ("Our route, in order:\n1) Vancouver\n2) Banff\n3) Calgary", ["Vancouver", "Banff", "Calgary"]),
])
def test_openings_origins_and_labelled_steps(gazetteer: Gazetteer, travel: Travel, text: str,
                                            expected: list[str]) -> None:
    assert trips(gazetteer, travel, text) == [(expected, False)]


@pytest.mark.parametrize("text", [
    "I lived in Lisbon, then Porto, and now I'm back in Faro.",
    "Has anyone driven Lisbon to Porto in one go?",
    "Cities we loved over the years: Lisbon, Porto, Seville, Granada.",
    "My top three:\n1) Lisbon\n2) Porto\n3) Seville",
    "Favourite stops: Lisbon, Porto and Seville.",
    "Highlights of the plan: Lisbon, Porto and Seville.",
])
def test_life_stories_questions_and_rankings_are_no_trips(
        gazetteer: Gazetteer, travel: Travel, text: str) -> None:
    assert trips(gazetteer, travel, text) == []


def test_advice_and_remarks(gazetteer: Gazetteer, travel: Travel) -> None:
    told = "Take the train from Lisbon to Coimbra, then the bus on to Porto."
    assert trips(gazetteer, travel, told) == [(["Lisbon", "Coimbra", "Porto"], True)]
    remark = ("Started off in Lisbon, which I'd recommend to anyone. A bus took us to Coimbra "
              "and then on to Porto.")
    assert trips(gazetteer, travel, remark) == [(["Lisbon", "Coimbra", "Porto"], False)]


def test_a_river_entered_and_a_region_leading_a_list_are_no_stops(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = "From Vienna we sailed into the Danube to Budapest."
    assert trips(gazetteer, travel, text) == [(["Vienna", "Budapest"], False)]
    text = "We drove the Rocky Mountains: Banff, Calgary and finally Vancouver."
    assert trips(gazetteer, travel, text) == [(["Banff", "Calgary", "Vancouver"], False)]


def test_a_leg_as_the_subject_opens_the_trip_and_hearsay_is_no_stop(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Lisbon to Coimbra is under two hours by train. We spent two nights in Coimbra, "
            "then went on to Porto.")
    assert trips(gazetteer, travel, text) == [(["Lisbon", "Coimbra", "Porto"], False)]
    text = ("We took the bus from Lisbon to Coimbra and on to Porto. A friend had told us about "
            "Aveiro, which is a short train ride away.")
    assert trips(gazetteer, travel, text) == [(["Lisbon", "Coimbra", "Porto"], False)]


def test_a_car_picked_up_at_the_first_stop_gives_the_mode(
        gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Notes from the road\n\nWe picked up a rental car at Lisbon and "
                               "the loop ran Lisbon \u2013 Tomar \u2013 Coimbra \u2013 Porto."))
    (trip,) = [s.itinerary for s in find_stated(t, _resolved(gazetteer, t), travel)]
    assert trip.mode == "road"
    flown = thread(section("post", "Notes from the road\n\nWe flew into Lisbon and took the "
                                   "train on to Coimbra and Porto."))
    (trip,) = [s.itinerary for s in find_stated(flown, _resolved(gazetteer, flown), travel)]
    assert trip.mode != "fly"  # the flight is how they got to Lisbon, not the trip's mode
    assert trip.legs[0].mode == "train"


@pytest.mark.parametrize("text, expected", [
    # a remark about an earlier stop is no move back to it
    ("We flew into Lisbon and took the train up to Coimbra, then Porto. Cycling around Coimbra "
     "at night was the best part of the trip.", [["Lisbon", "Coimbra", "Porto"]]),
    # a favourite among the stops, then a place weighed as a detour
    ("We did it the other way round: Seville, Córdoba, then the bus to Granada. Córdoba was our "
     "favourite by far. Sintra works as a detour but you need a car or a long train.",
     [["Seville", "Córdoba", "Granada"]]),
    # notes from an earlier stop of an arrow route, outings from it
    ("We did Vienna \u2192 Budapest \u2192 Split \u2192 Dubrovnik in 2021. From Budapest we "
     "spent one day on the Danube bend and another at the baths, back in town by evening "
     "both times. My old Lagos sun hat finally blew away in the wind at Cavtat.",
     [["Vienna", "Budapest", "Split", "Dubrovnik"]]),
])
def test_notes_on_an_earlier_stop_end_the_trip(gazetteer: Gazetteer, travel: Travel,
                                               text: str, expected: list[list[str]]) -> None:
    assert stated(gazetteer, travel, text) == expected


def test_a_day_list_in_columns_of_dates(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Our fortnight, as booked (flights into Faro):\n\n"
            "2 May     Faro\n"
            "3 May     train to Lisbon, then the evening train up to Coimbra\n"
            "4-5 May   Porto\n"
            "6 May     drive to Aveiro\n\n"
            "We fly home to Glasgow on the 7th.")
    assert stated(gazetteer, travel, text) == [["Faro", "Lisbon", "Coimbra", "Porto", "Aveiro"]]


def test_a_question_between_two_trips_joins_neither(gazetteer: Gazetteer,
                                                    travel: Travel) -> None:
    text = ("We took the train from Lisbon to Porto. The food was wonderful. Is Seville doable "
            "as a day trip from Granada? We flew into Faro in May and drove to Lagos and Beja.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Porto"], ["Faro", "Lagos", "Beja"]]


def test_a_plan_asked_as_a_question_is_still_a_trip(gazetteer: Gazetteer,
                                                    travel: Travel) -> None:
    text = ("Would it work to fly into Lisbon, take the train to Coimbra and then drive on to "
            "Porto? We only have a week.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Coimbra", "Porto"]]


def test_a_railway_line_and_the_road_over_a_pass_are_no_stops(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Plan for the spring:\n"
            "Day 1: Zurich\n"
            "Day 2: the Glacier Express line is booked out, so the regular train to Chur\n"
            "Day 3: drive the Furka Pass road down to Andermatt\n"
            "Day 4: train to Zermatt")
    assert stated(gazetteer, travel, text) == [["Zurich", "Chur", "Andermatt", "Zermatt"]]


def test_a_fjord_crossed_in_a_day_list_is_no_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Day 1: Dubrovnik\nDay 2: drive to Budva (ferry across the Bay of Kotor)\n"
            "Day 3: Podgorica")
    assert stated(gazetteer, travel, text) == [["Dubrovnik", "Budva", "Podgorica"]]


def test_an_airport_next_to_its_town_is_that_town(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We flew into BKK, spent two nights in Bangkok, then took the night train to Chiang "
            "Mai and a flight down to Krabi.")
    assert stated(gazetteer, travel, text) == [["Bangkok", "Chiang Mai", "Krabi"]]
    # flown into and straight on elsewhere: the airport is the first stop
    assert stated(gazetteer, travel, "Our route: LIS \u2192 Porto \u2192 Coimbra.") == [
        ["LIS", "Porto", "Coimbra"]]


def test_an_airport_with_a_leg_drawn_to_a_town_near_it_is_a_stop(
        gazetteer: Gazetteer, travel: Travel) -> None:
    # the port is 26 km from the airport, but it is not the town the airport serves: the
    # writer draws a leg from one to the other
    text = "Current plan: ATH \u2192 Piraeus ferry \u2192 Paros (4 nights) \u2192 Naxos (3 nights)"
    assert stated(gazetteer, travel, text) == [["ATH", "Piraeus", "Paros", "Naxos"]]


def test_a_sight_the_writer_travels_to_is_a_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We caught the train from Cusco to Aguas Calientes, hiked up to Machu Picchu at dawn "
            "and then carried on to Ollantaytambo.")
    assert stated(gazetteer, travel, text) == [
        ["Cusco", "Aguas Calientes", "Machu Picchu", "Ollantaytambo"]]
    # named in passing, it is inside the town below it
    text = ("We caught the train from Cusco to Aguas Calientes, the village under Machu Picchu, "
            "and then carried on to Ollantaytambo.")
    assert stated(gazetteer, travel, text) == [["Cusco", "Aguas Calientes", "Ollantaytambo"]]
    # walked to, it is a sight of the town
    text = ("We flew into Rome, walked to the Colosseum that afternoon and then took the train "
            "to Florence.")
    assert stated(gazetteer, travel, text) == [["Rome", "Florence"]]


def test_a_place_measured_against_is_no_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We took the ferry from Split to Hvar and on to Korcula, which has the best oysters "
            "outside Ston, and ended the week in Dubrovnik.")
    assert stated(gazetteer, travel, text) == [["Split", "Hvar", "Korcula", "Dubrovnik"]]
    text = ("From Split we sailed to Hvar, which is the prettiest island of Dalmatia, then on to "
            "Korcula and Dubrovnik.")
    assert stated(gazetteer, travel, text) == [["Split", "Hvar", "Korcula", "Dubrovnik"]]


def test_a_place_the_writer_only_wishes_they_had_gone_to_is_no_stop(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("We started in Munich, though I wish we had started in Vienna, and drove to Salzburg "
            "and Innsbruck.")
    assert stated(gazetteer, travel, text) == [["Munich", "Salzburg", "Innsbruck"]]
    text = "We took the train from Budapest to Eger and should have gone on to Vienna instead."
    assert stated(gazetteer, travel, text) == [["Budapest", "Eger"]]


def test_a_stop_passed_via_comes_before_the_stop_it_leads_to(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = "We drove from Vienna to Budapest via Bratislava and then on to Eger."
    assert stated(gazetteer, travel, text) == [["Vienna", "Bratislava", "Budapest", "Eger"]]


def test_a_route_after_a_bare_imperative_is_advice(gazetteer: Gazetteer, travel: Travel) -> None:
    def advised(text: str) -> list[bool]:
        t = thread(section("post", f"Notes from the road\n\n{text}"))
        return [s.itinerary.recommended for s in find_stated(t, _resolved(gazetteer, t), travel)]

    assert advised("Skip the bus: rent a car in Tirana, drive down to Berat and then over the "
                   "hills to Gjirokaster.") == [True]
    assert advised("We skipped the bus, rented a car in Tirana, drove down to Berat and then "
                   "over the hills to Gjirokaster.") == [False]


def test_a_stay_the_next_sentence_goes_on_from_starts_the_trip(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("First we were in Hoi An for five nights. Then we took the bus to Hanoi and on to "
            "Bangkok.")
    assert stated(gazetteer, travel, text) == [["Hoi An", "Hanoi", "Bangkok"]]
    text = ("We spent three nights in Hoi An. The food was great. After that we flew to Hanoi and "
            "then to Bangkok.")
    assert stated(gazetteer, travel, text) == [["Hoi An", "Hanoi", "Bangkok"]]
    # a stay that the next sentence does not go on from is another trip
    text = ("We stayed in Hoi An last year and loved it. Next spring we want to fly to Bangkok "
            "and take the train to Chiang Mai.")
    assert stated(gazetteer, travel, text) == [["Bangkok", "Chiang Mai"]]


def test_what_the_writer_would_do_in_your_place_is_advice(
        gazetteer: Gazetteer, travel: Travel) -> None:
    t = thread(section("post", "Notes from the road\n\nYour plan looks tight. I would drop Sintra "
                       "and go straight from Lisbon to Coimbra, then Porto."))
    found = find_stated(t, _resolved(gazetteer, t), travel)
    assert [s.itinerary.recommended for s in found] == [True]


def test_a_stay_list_counted_in_nights_with_remarks_under_its_entries(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Current plan:\n- Tokyo x4\n  - day trip to Nikko\n- Kyoto x3\n  - Nara as a day trip"
            "\n- Osaka x2")
    assert stated(gazetteer, travel, text) == [["Tokyo", "Nikko", "Kyoto", "Nara", "Osaka"]]


def test_a_list_of_numbered_parts_is_one_trip(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Part 1: Vancouver to Whistler\nPart 2: Whistler to Jasper via Kamloops\n"
            "Part 3: Jasper down the Icefields Parkway to Banff")
    assert stated(gazetteer, travel, text) == [
        ["Vancouver", "Whistler", "Kamloops", "Jasper", "Banff"]]


def test_mountains_crossed_are_the_way_not_a_stop(gazetteer: Gazetteer, travel: Travel) -> None:
    text = "We drove from Santiago over the Andes to Mendoza, a long day with a border on top."
    assert stated(gazetteer, travel, text) == [["Santiago", "Mendoza"]]


def test_headings_in_markdown_or_with_a_stay_and_the_leg_from_the_last_stop(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("## Granada\nWe got in after dark and found the flat by luck.\n\n"
            "## Córdoba\nThe bus from Granada took two hours. The mosque was worth it.\n\n"
            "## Seville\nA quick train from Córdoba, then four lazy days.")
    assert stated(gazetteer, travel, text) == [["Granada", "Córdoba", "Seville"]]
    text = ("**Lisbon (3 nights)**\nWe stayed near the river and walked everywhere.\n\n"
            "**Porto (2 nights)**\nTrain up from Lisbon took three hours.\n\n"
            "**Coimbra (1 night)**\nOn the way back down, a night among the students.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Porto", "Coimbra"]]


def test_numbered_stops_make_a_list_and_a_place_compared_with_is_none_of_them(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Stop 1: Queenstown, for the gondola and too many burgers.\nStop 2: Te Anau.\n"
            "Stop 3: Wanaka, a quieter version of Queenstown.")
    assert stated(gazetteer, travel, text) == [["Queenstown", "Te Anau", "Wanaka"]]


def test_a_plan_given_up_is_no_part_of_the_trip(gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Originally we planned Lisbon to Porto by train, but in the end we drove from Lisbon "
            "to Tomar and on to Coimbra.")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Tomar", "Coimbra"]]
    # "eventually" alone is no change of plan
    text = "We drove from Lisbon to Tomar and eventually made it to Coimbra."
    assert stated(gazetteer, travel, text) == [["Lisbon", "Tomar", "Coimbra"]]


def test_a_stay_list_with_emoji_bullets_keeps_its_bare_entries(
        gazetteer: Gazetteer, travel: Travel) -> None:
    text = ("Our ten days:\n\U0001f4cd Lisbon \u2013 3 nights\n\U0001f4cd Sintra\n"
            "\U0001f4cd \u00c9vora \u2013 2 nights\n\U0001f4cd Lagos \u2013 4 nights")
    assert stated(gazetteer, travel, text) == [["Lisbon", "Sintra", "\u00c9vora", "Lagos"]]
