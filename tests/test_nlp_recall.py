"""Classes of place names the pass used to miss or take wrongly, each on the full pipeline.

Names the gazetteer lacks are places where travel leads to them; words of travel reach "to"
through particles ("drove on to", "went back to"); a handle's words give way to a place's
context; kinds after "a", things named after places, capitalised sight heads; "Before X" or
"After X" opening a sentence; the kind of place in apposition ("Motovun (the hill town)").
"""

from __future__ import annotations

from mention_names import found
from spacy.language import Language

from gazetteer import Gazetteer


def texts(nlp: Language, text: str) -> set[str]:
    return {name for _, name in found(nlp, (None, text))}


def test_a_name_the_gazetteer_lacks_is_a_place_where_travel_leads_to_it(
    place_nlp: Language, gazetteer: Gazetteer
) -> None:
    assert not gazetteer.lookup("Kelmend Lagjja") and not gazetteer.lookup("Cam Thanh")
    drove = texts(place_nlp, "We stayed two nights in Tirana and then drove on to Kelmend Lagjja.")
    assert drove == {"Tirana", "Kelmend Lagjja"}
    trip = texts(place_nlp, "It is an easy day trip to Cam Thanh from the old town.")
    assert "Cam Thanh" in trip


def test_travel_that_moves_letters_or_people_makes_no_place(place_nlp: Language) -> None:
    assert texts(place_nlp, "I sent a letter to Jiri Novak about the bus.") == set()
    assert texts(place_nlp, "The complaint came from Jeremy Hollis, the owner.") == set()
    assert texts(place_nlp, "The mayor of Oslo, Kari Nordvik, said the road would reopen.") == {
        "Oslo"
    }


def test_an_unknown_name_in_a_list_of_places_is_one_of_them(place_nlp: Language) -> None:
    route = texts(place_nlp, "The loop went Tirana, Kruje, Lagjja Theth, Shkoder, Berat.")
    assert route == {"Tirana", "Kruje", "Lagjja Theth", "Shkoder", "Berat"}


def test_a_town_named_like_a_word_after_a_route_or_by_way_of(place_nlp: Language) -> None:
    assert "Page" in texts(place_nlp, "We drove from Denver to Flagstaff by way of Page.")
    assert "Page" in texts(place_nlp, "Sedona for a night, then on to Page. Lovely slot canyons.")
    assert "Page" not in texts(place_nlp, "Turn the page and read on to the end.")


def test_the_last_stop_of_a_trip_is_a_place(place_nlp: Language) -> None:
    text = "We saw Florence and Siena. Our last stop was Montepulciano, which is hard to reach."
    assert "Montepulciano" in texts(place_nlp, text)


def test_a_handle_made_of_a_town_does_not_hide_the_town(place_nlp: Language) -> None:
    mentions = found(
        place_nlp,
        ("KrakowKasia", "Greetings from Krakow! Happy to help with day trips."),
        ("Tom", "Thanks Kasia, that helps a lot."),
    )
    assert mentions == {("post", "Krakow")}


def test_airport_codes_the_model_calls_firms_after_a_flight(place_nlp: Language) -> None:
    assert texts(place_nlp, "Our flight from LHR was late.") == {"LHR"}
    assert texts(place_nlp, "We flew into CDG at dawn.") == {"CDG"}


def test_capitalised_sight_heads_but_not_a_towns_market(place_nlp: Language) -> None:
    assert "Nishiki Market" in texts(
        place_nlp, "We walked through Nishiki Market and then the Gion district."
    )
    assert texts(place_nlp, "Breakfast at a stall in the Hanoi market every day.") == {"Hanoi"}


def test_a_thing_after_a_is_no_place_but_a_place_that_modifies_is(place_nlp: Language) -> None:
    doc = place_nlp("The canyon lies inside a Hopi Tribal Park with its own fee.")
    assert [(s.text, s.label_) for s in doc.spans["not_places"]] == [("Hopi Tribal Park", "kind")]
    assert "Kyoto" in texts(place_nlp, "It makes a Kyoto day trip easy.")


def test_a_name_the_model_cut_at_its_connector_runs_on(gazetteer_nlp: Language) -> None:
    text = "We spent the afternoon swimming in Pozo del Diablo before the bus back."
    doc = gazetteer_nlp.get_pipe("sentencizer")(gazetteer_nlp.make_doc(text))
    start = text.index("Pozo del")
    doc.ents = [doc.char_span(start, start + len("Pozo del"), label="GPE")]
    doc = gazetteer_nlp.get_pipe("gazetteer_places")(doc)
    assert [span.text for span in doc.spans["places"]] == ["Pozo del Diablo"]


def test_where_someone_is_from_is_a_place(place_nlp: Language) -> None:
    assert texts(place_nlp, "Our guide was from Budva, so she knew every beach.") == {"Budva"}


def test_a_place_after_try_or_a_change_of_train_is_a_place(place_nlp: Language) -> None:
    assert texts(place_nlp, "If the crowds put you off, try Fowey instead.") == {"Fowey"}
    # Flåm is not in the gazetteer: the change of train alone makes it a place.
    assert "Flåm" in texts(place_nlp, "At Myrdal we changed for Flåm.")
    swapped = texts(place_nlp, "If I went back I'd trade a night in Fes for Moulay Idriss.")
    assert {"Fes", "Moulay Idriss"} <= swapped


def test_a_name_behind_an_elided_particle_is_part_of_the_name(place_nlp: Language) -> None:
    crossed = texts(place_nlp, "From Marrakesh we crossed the Tizi n'Tichka pass in thick fog.")
    assert any(name.startswith("Tizi n'Tichka") for name in crossed)


def test_the_first_names_of_a_list_are_places_too(place_nlp: Language) -> None:
    assert "La Paz" in texts(place_nlp, "Two weeks in Bolivia: La Paz, the salt flats and Sucre.")
    assert texts(place_nlp, "Kotor, Budva and Perast are all an hour apart.") == {
        "Kotor",
        "Budva",
        "Perast",
    }


def test_a_town_one_did_is_a_place(place_nlp: Language) -> None:
    assert texts(place_nlp, "We did St Ives in June and it was packed.") == {"St Ives"}


def test_a_town_after_a_sentence_opening_before_or_after(place_nlp: Language) -> None:
    dolomites = texts(place_nlp, "The Dolomites were wet. Before Ortisei the pass was closed.")
    assert "Ortisei" in dolomites
    loire = texts(place_nlp, "Loire valley by bike. After Amboise the path follows the river.")
    assert "Amboise" in loire
    japan = texts(place_nlp, "Japan in spring. After Takayama the bus climbed to Shirakawa-go. "
                             "Before Kanazawa we stopped once.")
    assert {"Takayama", "Shirakawa-go", "Kanazawa"} <= japan


def test_a_town_with_the_kind_of_place_in_apposition(place_nlp: Language) -> None:
    istria = texts(place_nlp, "Three weeks in Croatia. Rovinj and Motovun (the hill town) were "
                              "the highlights.")
    assert {"Rovinj", "Motovun"} <= istria
    assert "Deia" in texts(place_nlp, "We stayed in Deia, a tiny village above the sea, for "
                                      "four nights.")
    assert texts(place_nlp, "I asked Martin, the guide, about the road.") == set()
