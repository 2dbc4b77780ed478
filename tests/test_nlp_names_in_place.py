"""A commenter's name that is also a town, and an airport code after arriving or leaving: both are
places where the words around them clearly say so, and only there."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_a_commenters_name_is_the_town_where_the_route_goes_there(place_nlp: Language) -> None:
    got = found(
        place_nlp,
        ("Marta", "We went Lisbon, Sintra and then Porto. Porto was the highlight."),
        ("Florence", "Thanks Marta! Next spring we drive from Pisa to Florence and on to Siena."),
        ("Dallas Reed", "Dallas here. We flew home via Dallas after a week in Mexico City."),
    )
    assert ("comment-1", "Florence") in got
    assert ("comment-2", "Dallas") in got
    # the commenters greeted or signing are still no places
    assert ("comment-1", "Marta") not in got
    assert [text for section, text in got if section == "comment-2"].count("Dallas") == 1


def test_a_commenters_name_alone_or_greeted_stays_a_person(place_nlp: Language) -> None:
    got = found(
        place_nlp,
        (None, "Three nights in Kraków, then the night train to Budapest."),
        ("Sydney", "Sydney says the night train is worth it."),
        ("Jo", "Thanks Sydney, that settles it."),
    )
    assert {text for _, text in got} == {"Kraków", "Budapest"}


def test_an_airport_code_after_arriving_at_or_flying_home_out_of_it(place_nlp: Language) -> None:
    got = found(
        place_nlp,
        (None, "We are arriving at LIS on 3 May and flying home out of OPO ten days later."),
    )
    assert {text for _, text in got} >= {"LIS", "OPO"}
    got = found(place_nlp, (None, "Our plane landed at NRT late, so we slept by the airport."))
    assert ("post", "NRT") in got


def test_a_code_without_travel_before_it_is_no_place(place_nlp: Language) -> None:
    got = found(place_nlp, (None, "The CEO met us at LIS and again at the office in Lisbon."))
    assert {text for _, text in got} == {"Lisbon"}


def test_a_commenter_spoken_to_before_a_list_of_places_stays_a_person(
    place_nlp: Language,
) -> None:
    got = found(
        place_nlp,
        ("Paisley", "Which base is best for the buses, Fort William or Oban?"),
        ("Lewis", "Paisley, Oban for the ferries and Fort William for the hills."),
    )
    assert {text for _, text in got} == {"Fort William", "Oban"}


def test_a_sight_named_head_of_the_thing_is_one_name(place_nlp: Language) -> None:
    got = found(
        place_nlp,
        (None, "In Kandy we queued for the Temple of the Tooth before breakfast."),
        (None, "From Cusco we took the train to the Temple of the Sun at Pisac."),
    )
    assert ("post", "Temple of the Tooth") in got
    assert ("comment-1", "Temple of the Sun") in got
    assert not {text for _, text in got} & {"Temple", "Tooth", "Sun"}


def test_gardens_palaces_and_spanish_and_italian_heads_name_sights(place_nlp: Language) -> None:
    got = {
        text
        for _, text in found(
            place_nlp,
            (None, "A morning at the Royal Botanic Gardens in Kew, then on to Richmond."),
            (None, "Book the Nasrid Palaces early if you want a morning slot in Granada."),
            (None, "We swam at Playa Blanca and camped at Cabo San Juan near Santa Marta."),
            (None, "The bus crawls over Passo Giau on the way to Cortina."),
        )
    }
    assert {"Royal Botanic Gardens", "Nasrid Palaces", "Playa Blanca", "Cabo San Juan"} <= got
    assert "Passo Giau" in got


def test_a_question_that_asks_for_a_day_trip_makes_the_name_a_place(place_nlp: Language) -> None:
    got = found(
        place_nlp,
        (None, "Is Bruges doable as a day trip from Brussels?"),
        (None, "Ghent is doable as a day trip from Antwerp too."),
        (None, "Is Jordan coming on the trip with us?"),
    )
    assert {("post", "Bruges"), ("comment-1", "Ghent")} <= got
    assert "Jordan" not in {text for _, text in got}


def test_an_interjection_opening_a_sentence_is_no_town(place_nlp: Language) -> None:
    got = found(
        place_nlp,
        (None, "Ha, we made the same mistake in Lisbon last spring."),
        (None, "Hue, Hoi An and Hanoi were our three stops."),
    )
    assert {text for _, text in got} == {"Lisbon", "Hue", "Hoi An", "Hanoi"}


def test_a_travellers_verdict_is_a_clue_for_a_well_known_place(place_nlp: Language) -> None:
    """The model calls "Porto" a person here; the verdict and the thread's country make it a
    place, while a person loved in the same words stays a person."""
    names = found(
        place_nlp,
        (None, "Ten days in Portugal. Oh, and we loved Porto too."),
        ("Rui", "We loved Tiago, our guide, and his stories."),
    )
    assert ("post", "Porto") in names
    assert not any(text == "Tiago" for _, text in names)
