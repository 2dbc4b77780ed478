"""Resolution: the sense the text itself points to, by class of mistake (issue #10).

Each test is a realistic bit of a travel thread where the thread's drift or the gazetteer's
spellings would pick the wrong namesake, and the words next to the name say which one is meant.
"""

from __future__ import annotations

from test_resolve import places_by_text, thread_of

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from itinerary.resolve import resolve


def test_a_dash_and_the_one_in_name_the_country_against_the_threads(
    gazetteer: Gazetteer,
) -> None:
    thread = thread_of(
        "Three weeks from [[Sydney]] to [[Melbourne]] and [[Adelaide]], then across to "
        "[[Perth]] for the flight home.",
        "Hello from [[Perth]] \u2013 the one in [[Scotland]]! Enjoy the Nullarbor.",
    )
    by_section = {
        (r.mention.section, r.mention.text): r for r in resolve(*thread, gazetteer).resolutions
    }
    scottish = by_section[("comment-1", "Perth")]
    assert scottish.place.country_code == "GB"
    assert "qualifier" in scottish.reason
    # The post's Perth has no qualifier: it stays with the thread, in Western Australia.
    assert by_section[("post", "Perth")].place.country_code == "AU"


def test_a_contrast_after_the_qualifier_or_a_closing_parenthesis_also_qualifies(
    gazetteer: Gazetteer,
) -> None:
    contrast = places_by_text(
        *thread_of(
            "Road trip notes: [[Dallas]], [[Austin]], [[San Antonio]] and then a cheap flight "
            "to [[San José]] \u2013 [[Costa Rica]], not [[California]]."
        ),
        gazetteer,
    )
    assert contrast["San José"].place.country_code == "CR"
    bracket = places_by_text(
        *thread_of(
            "After [[Boston]] and [[Albany]] we flew to [[Perth]] ([[Scotland]]) to see family."
        ),
        gazetteer,
    )
    assert bracket["Perth"].place.country_code == "GB"


def test_an_airport_code_as_written_is_the_airport(gazetteer: Gazetteer) -> None:
    """KEF, written as a code, is Keflavík's airport, not a spelling of El Kef in Tunisia."""
    found = places_by_text(*thread_of("Booked the red-eye into [[KEF]] for March!"), gazetteer)
    assert found["KEF"].place.id == "iata:KEF"
    assert "airport" in found["KEF"].reason


def test_an_airports_own_name_after_a_flight_word_is_the_airport(gazetteer: Gazetteer) -> None:
    """Heathrow is London's airport (its own name beside the city's) when one flies from it,
    not the Florida town that is called Heathrow too."""
    found = places_by_text(
        *thread_of("We live near [[Cambridge]], so we usually fly from [[Heathrow]]."), gazetteer
    )
    assert found["Heathrow"].place.id == "iata:LHR"
    assert "named as an airport" in found["Heathrow"].reason
    # A town's name inside an airport's stays the town's, flight word or not.
    capital = places_by_text(
        *thread_of("We fly into [[Washington]] on Friday and take the train to [[Baltimore]]."),
        gazetteer,
    )
    assert capital["Washington"].place.kind == "city"
    assert capital["Washington"].place.admin1 == "DC"


def test_a_park_said_without_national_park(gazetteer: Gazetteer) -> None:
    found = places_by_text(
        *thread_of(
            "From [[Whitefish]] we spent two days in [[Glacier]], hiking up to the "
            "lakes, then drove south to [[Missoula]]."
        ),
        gazetteer,
    )
    glacier = found["Glacier"].place
    assert glacier is not None and glacier.kind == "natural"
    assert (glacier.country_code, glacier.name) == ("US", "Glacier National Park")
    assert "short for Glacier National Park" in found["Glacier"].reason


def test_a_town_inside_a_park_keeps_its_name(gazetteer: Gazetteer) -> None:
    """Banff is the town even though Banff National Park is in the gazetteer: the park is only
    a second reading of the short form."""
    found = places_by_text(
        *thread_of(
            "Four nights in [[Banff]], then up the parkway to [[Jasper]] and on to [[Edmonton]]."
        ),
        gazetteer,
    )
    assert found["Banff"].place.kind == "city"
    assert found["Banff"].place.country_code == "CA"


def test_a_short_form_of_the_threads_feature_is_that_feature(gazetteer: Gazetteer) -> None:
    """Milford after Milford Sound: the many Milfords of the US and Wales are far from it."""
    found = places_by_text(
        *thread_of(
            "Highlights: [[Queenstown]], [[Te Anau]] and the boat on [[Milford Sound]].",
            "If you drive to [[Milford]], leave early before the tour buses.",
        ),
        gazetteer,
    )
    assert found["Milford"].place.id == found["Milford Sound"].place.id
    assert found["Milford"].place.country_code == "NZ"


def test_a_clipped_name_stands_for_the_threads_longer_one(gazetteer: Gazetteer) -> None:
    found = places_by_text(
        *thread_of(
            "Flying into [[Guadalajara]] next week, then the bus to [[Puerto Vallarta]].",
            "Three days in [[Guada]] is plenty; go to [[Tlaquepaque]] for lunch.",
        ),
        gazetteer,
    )
    assert found["Guada"].place.id == found["Guadalajara"].place.id


def test_a_misspelt_feature_is_found_by_the_name_before_its_head(gazetteer: Gazetteer) -> None:
    found = places_by_text(
        *thread_of(
            "Two nights in [[Reykjavik]], a day on the [[Golden Circle]], then up to the "
            "[[Snaefelsnes peninsula]] for the lava fields."
        ),
        gazetteer,
    )
    place = found["Snaefelsnes peninsula"].place
    assert place is not None and place.name == "Snæfellsnes"
    assert "spelled like Snæfellsnes" in found["Snaefelsnes peninsula"].reason


def test_a_generic_alternate_name_does_not_make_a_small_town(gazetteer: Gazetteer) -> None:
    """The South Island is not Coronado, California, whose alternate names include it."""
    found = places_by_text(
        *thread_of(
            "Two weeks on the [[South Island]], from [[Christchurch]] down to "
            "[[Queenstown]] and [[Dunedin]]."
        ),
        gazetteer,
    )
    south = found["South Island"].place
    assert south is None or south.country_code == "NZ"
    queenstown = found["Queenstown"].place
    assert distance_km(queenstown.lat, queenstown.lon, -45.03, 168.66) < 30


def test_a_glen_written_as_one_word_is_the_glen(gazetteer: Gazetteer) -> None:
    """Glencoe is how most people write Glen Coe; the towns called Glencoe are far away."""
    found = places_by_text(
        *thread_of("From [[Fort William]] we drove down to [[Glencoe]] for two nights of hiking."),
        gazetteer,
    )
    assert found["Glencoe"].place.id == "region:glencoe"
