"""Sights the gazetteer may lack stand in the town the text puts them in; a misspelling is
matched only when it keeps its first letter."""

from __future__ import annotations

from spacy.language import Language

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from itinerary.models import Resolution, Section, Thread
from itinerary.nlp import find_mentions
from itinerary.resolve import resolve


def resolved(nlp: Language, gazetteer: Gazetteer, *texts: str) -> dict[str, Resolution]:
    thread = Thread(
        tuple(
            Section("post" if n == 0 else f"comment-{n}", None, text)
            for n, text in enumerate(texts)
        )
    )
    result = resolve(thread, find_mentions(thread, nlp), gazetteer)
    return {r.mention.text: r for r in result.resolutions}


def km_from(resolution: Resolution, gazetteer: Gazetteer, town: str, country: str) -> float:
    place = resolution.place
    assert place is not None, resolution.reason
    spot = gazetteer.lookup(town, country_code=country, kinds=("city",))[0]
    return distance_km(place.lat, place.lon, spot.lat, spot.lon)


def test_a_sight_stands_in_the_town_named_before_it(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    osaka = resolved(
        place_nlp, gazetteer, "From Nara we took the train to Osaka and saw the Railway Museum."
    )
    assert km_from(osaka["Railway Museum"], gazetteer, "Osaka", "JP") < 15
    # It stands for a spot in the town, not the town: no day trip sets out from a museum.
    assert osaka["Railway Museum"].in_town and not osaka["Osaka"].in_town
    prague = resolved(
        place_nlp, gazetteer, "In Prague we heard a concert at St. Nicholas Church before dinner."
    )
    assert km_from(prague["St. Nicholas Church"], gazetteer, "Prague", "CZ") < 10
    nikko = resolved(place_nlp, gazetteer, "Day 4 - Nikko: Toshogu, Rinno-ji and a long lunch")
    assert km_from(nikko["Rinno-ji"], gazetteer, "Nikko", "JP") < 10


def test_the_town_written_after_a_sight_holds_it(place_nlp: Language, gazetteer: Gazetteer) -> None:
    found = resolved(
        place_nlp,
        gazetteer,
        "We flew into Lisbon. On the second day we saw the Toy Museum in Sintra, a short train "
        "ride away.",
    )
    assert km_from(found["Toy Museum"], gazetteer, "Sintra", "PT") < 10


def test_a_sight_with_no_town_stays_unresolved(place_nlp: Language, gazetteer: Gazetteer) -> None:
    found = resolved(place_nlp, gazetteer, "The Toy Museum was closed for repairs, sadly.")
    assert all(r.place is None for r in found.values())


def test_a_misspelling_keeps_its_first_letter(place_nlp: Language, gazetteer: Gazetteer) -> None:
    iceland = resolved(
        place_nlp, gazetteer, "We drove from Reykjavik to Thingvellir and then on to Gulfoss."
    )
    gulfoss = iceland["Gulfoss"]
    assert gulfoss.place is not None and gulfoss.place.name == "Gullfoss"
    assert "alike" in gulfoss.reason and gulfoss.confidence < 1.0
    # One letter off at the start is another temple (Tofuku-ji, in Kyoto): not a misspelling.
    nara = resolved(place_nlp, gazetteer, "We stayed in Nara and visited Kofuku-ji on foot.")
    kofuku = nara["Kofuku-ji"].place
    assert kofuku is None or "Tofuku" not in kofuku.name


def test_a_saints_name_beside_a_church_is_the_church_not_a_town(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    quito = resolved(
        place_nlp,
        gazetteer,
        "We spent two days in Quito. The San Francisco church is covered in gold leaf inside.",
    )
    assert km_from(quito["San Francisco"], gazetteer, "Quito", "EC") < 10
    # The town compared with is not the one the church is in.
    puebla = resolved(
        place_nlp,
        gazetteer,
        "We spent a week in Puebla, far nicer than Mexico City. The church of Santo Domingo has "
        "a chapel covered in gold.",
    )
    assert km_from(puebla["Santo Domingo"], gazetteer, "Puebla", "MX") < 10
    # "The church in X" is a church in the town X.
    town = resolved(
        place_nlp, gazetteer, "The church in San Cristobal was lovely, two nights there."
    )
    place = town["San Cristobal"].place
    assert (
        place is not None and place.kind == "city" and "in town" not in town["San Cristobal"].reason
    )


def test_a_town_inside_its_namesake_region_is_the_town(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    tokyo = resolved(
        place_nlp, gazetteer, "In Tokyo we spent an hour at Sensoji, then walked to Ueno."
    )
    assert tokyo["Tokyo"].place is not None and tokyo["Tokyo"].place.kind == "city"
    # A district the gazetteer lacks, written with "Town", is in the town of its day line.
    yokohama = resolved(place_nlp, gazetteer, "Day 3 - Yokohama: Motomachi, then Minato Town")
    assert km_from(yokohama["Minato Town"], gazetteer, "Yokohama", "JP") < 10


def test_a_scenic_route_said_without_its_head_is_the_route(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    found = resolved(
        place_nlp,
        gazetteer,
        "After Melbourne we spent three days on the Great Ocean and ended in Warrnambool.",
    )
    route = found["Great Ocean"].place
    assert route is not None and route.name == "Great Ocean Road"


def test_an_item_of_a_day_line_is_in_that_days_town(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    # Balat is an Istanbul quarter; the gazetteer's Balat is a village some 300 km away.
    istanbul = resolved(place_nlp, gazetteer, "Day 5 - Istanbul: Balat, then the Galata Tower")
    assert km_from(istanbul["Balat"], gazetteer, "Istanbul", "TR") < 10
    assert "day line" not in istanbul["Galata Tower"].reason
    # The day's town is the last one before the colon.
    moved = resolved(place_nlp, gazetteer, "Day 6 - lunch in Bursa, then on to Istanbul: Balat")
    assert km_from(moved["Balat"], gazetteer, "Istanbul", "TR") < 10
    # A day trip within reach is the town it names, not a part of the day's town.
    rome = resolved(place_nlp, gazetteer, "Day 4 - Rome: Orvieto by train, back for dinner")
    orvieto = rome["Orvieto"].place
    assert orvieto is not None and orvieto.name == "Orvieto"


def test_a_misspelt_town_that_travel_leads_to_is_matched_near_the_others(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    assert not gazetteer.lookup("Ninh Bihn")
    found = resolved(
        place_nlp, gazetteer, "In Vietnam we went from Hanoi to Ninh Bihn and then on to Hue."
    )
    ninh = found["Ninh Bihn"]
    assert ninh.place is not None and ninh.place.name == "Ninh Bình"
    assert "alike" in ninh.reason and ninh.confidence < 1.0
    # Letters sent somewhere are not travel.
    assert "Gdanks" not in resolved(place_nlp, gazetteer, "I sent the parcel to Gdanks by post.")


def test_a_sentence_that_opens_in_a_town_holds_its_quarters(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    found = resolved(
        place_nlp, gazetteer, "In Istanbul we stayed in Balat and took the ferry to Kadikoy."
    )
    assert km_from(found["Balat"], gazetteer, "Istanbul", "TR") < 10
    # Where travel leads out of the town, the names keep their own places.
    rome = resolved(place_nlp, gazetteer, "In Rome we took a day trip to Orvieto and Civita.")
    assert "day line" not in rome["Civita"].reason


def km_to(resolution: Resolution, lat: float, lon: float) -> float:
    place = resolution.place
    assert place is not None, resolution.reason
    return distance_km(place.lat, place.lon, lat, lon)


def test_an_unknown_natural_feature_lies_where_its_text_puts_it(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    # Points of the features themselves (Wikipedia): each within a sight's 30 km of them.
    laos = resolved(
        place_nlp,
        gazetteer,
        "Southern Laos loop on a rented scooter. Tad Fane Falls outside Paksong were "
        "thundering in August, and the coffee there is excellent.",
    )
    assert km_to(laos["Tad Fane Falls"], 15.18, 106.13) < 30
    assert laos["Tad Fane Falls"].in_town
    vietnam = resolved(
        place_nlp,
        gazetteer,
        "Three weeks in Vietnam, mostly by train.",
        "From Hoi An we cycled out to An Bang Beach most evenings for a swim.",
    )
    assert km_to(vietnam["An Bang Beach"], 15.91, 108.34) < 30
    hawaii = resolved(
        place_nlp,
        gazetteer,
        "Our Big Island week: we hired a car in Waimea and swam at Hapuna Beach twice.",
    )
    assert km_to(hawaii["Hapuna Beach"], 19.99, -155.82) < 30


def test_a_feature_beside_a_river_or_range_takes_no_point_from_it(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    # A river or a mountain range is too long to say where a beach on it is.
    found = resolved(
        place_nlp,
        gazetteer,
        "Kayaking down the Mekong River we camped one night on Sandbar Beach.",
    )
    assert found["Sandbar Beach"].place is None
