"""Names travellers write the local way or short: sights the gazetteer knows by name ("the
Mezquita"), a head word first with "de los" inside ("Laguna de los Tres"), short forms of a name
the thread gives in full ("Braies" after "Lago di Braies", "Trinco" after "Trincomalee"), the
sights in brackets after a date line's stop; and what is named after a place without being one
(a railway, a festival, a tea) or only looks like one ("Tre Cime" is not "Tre")."""

from __future__ import annotations

from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.nlp import NEWS_CONFIG, load_pipeline
from tests.mention_names import found, place_names


def test_sights_the_gazetteer_knows_by_their_local_name(place_nlp: Language) -> None:
    text = (
        "In Córdoba the Mezquita opens at ten, and in Seville we toured the Real Alcázar "
        "before lunch."
    )
    assert {"Mezquita", "Real Alcázar", "Córdoba", "Seville"} <= place_names(place_nlp, text)


def test_a_sights_name_of_ordinary_words_after_a_brand_is_no_sight(place_nlp: Language) -> None:
    text = "Day 5 - Kyoto, then Osaka: Umeda, then the teamLab Botanical Garden after dark"
    names = place_names(place_nlp, text)
    assert "Umeda" in names
    assert not any("Garden" in name for name in names)


def test_news_annotation_counts_no_sights(gazetteer: Gazetteer) -> None:
    nlp = load_pipeline(gazetteer=gazetteer, config=NEWS_CONFIG)
    text = "In Córdoba the Mezquita opens at ten, the city council said on Monday."
    assert place_names(nlp, text) == {"Córdoba"}


def test_a_leading_head_with_local_connectors(place_nlp: Language) -> None:
    text = "The climb to Laguna de los Tres starts gently and ends steeply."
    names = place_names(place_nlp, text)
    assert "Laguna de los Tres" in names


def test_railways_festivals_and_teas_are_not_their_places(place_nlp: Language) -> None:
    railway = place_names(
        place_nlp, "We rode the Flåm Railway down the valley and slept two nights in Flåm."
    )
    assert railway == {"Flåm"}
    feria = place_names(place_nlp, "We were in Seville during the Feria and it was packed.")
    assert feria == {"Seville"}
    assert place_names(place_nlp, "I brought home far too much Ceylon tea from Kandy.") == {"Kandy"}


def test_two_small_towns_glued_are_one_unknown_name(place_nlp: Language) -> None:
    names = place_names(place_nlp, "The Tre Cime circuit took us four hours from Cortina.")
    assert names == {"Cortina"}


def test_the_vehicle_before_to_is_no_stop(place_nlp: Language) -> None:
    assert place_names(place_nlp, "Bus to Tre Cime booked for Monday.") == {"Tre Cime"}


def test_the_particular_word_of_a_feature_named_earlier(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("Ana", "From Cortina we drove out to Lago di Braies on our second day."),
        ("Ben", "Braies gets very crowded after ten, go early."),
    )
    assert ("comment-1", "Braies") in names


def test_a_clipped_form_of_a_town_named_earlier(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("Ana", "We flew home from Colombo after a week in Trincomalee."),
        ("Ben", "We loved Trinco."),
    )
    assert ("comment-1", "Trinco") in names


def test_a_first_name_is_no_clipped_town(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("Ana", "Our last stop was Christchurch, where the gardens were lovely."),
        ("Ben", "Chris was our guide there and knew every bird."),
    )
    assert ("comment-1", "Chris") not in names


def test_sights_in_brackets_after_a_date_lines_stop(place_nlp: Language) -> None:
    names = place_names(place_nlp, "Feb 2-4: Lisbon (Alfama, Belém, a day trip to Sintra)")
    assert {"Lisbon", "Alfama", "Belém", "Sintra"} <= names


def test_a_name_that_ends_in_a_number(place_nlp: Language) -> None:
    names = place_names(place_nlp, "We joined a graffiti tour of Comuna 13 in Medellín.")
    assert "Comuna 13" in names


def test_a_greeting_from_a_town_names_the_writers_home(place_nlp: Language) -> None:
    assert "Cork" in place_names(place_nlp, "Hello from Cork! We did the same loop last spring.")


def test_the_stops_of_a_plan_dated_day_first_in_columns(place_nlp: Language) -> None:
    plan = "Our plan:\n10 Jul    Bergen\n12 Jul    Geiranger\n13 Jul    Alesund\n"
    assert place_names(place_nlp, plan) == {"Bergen", "Geiranger", "Alesund"}
    # the next line's verb does not make the stop a subject
    plan = "Our plan:\n10 Jul    Bergen\n12 Jul    Geiranger\n13 Jul    drive to Alesund\n"
    assert place_names(place_nlp, plan) == {"Bergen", "Geiranger", "Alesund"}


def test_what_a_traveller_climbs_is_a_place(place_nlp: Language) -> None:
    text = "Guatapé makes an easy day trip; climb El Peñol early before the crowds."
    assert "El Peñol" in place_names(place_nlp, text)


def test_an_airport_code_the_model_calls_a_firm_after_travel(place_nlp: Language) -> None:
    text = "We land at ATH on 3 May and fly home out of JTR on the 12th."
    assert {"ATH", "JTR"} <= place_names(place_nlp, text)
    assert place_names(place_nlp, "The IRS wrote to the FBI about it.") == set()
