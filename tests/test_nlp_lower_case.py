"""Places written in lower case, as people type in chats and comments ("flew into hanoi"):
found when English writes the name capitalised far more often and the gazetteer knows it as a
country, a region or a likely town; ordinary words and slang stay words. Our own sentences
(issue 10, fresh threads)."""

from __future__ import annotations

from mention_names import found, place_names
from spacy.language import Language

from itinerary.nlp import wordcase


def test_lower_case_names_of_towns_and_countries_are_places(place_nlp: Language) -> None:
    names = place_names(
        place_nlp,
        "ok final plan: land in seoul on the 12th, then the fast train to busan for 3 nights. "
        "after that we fly to krakow and take the night bus into moldova.",
    )
    assert {"seoul", "busan", "krakow", "moldova"} <= names


def test_a_lower_case_name_of_two_words_is_one_name(place_nlp: Language) -> None:
    names = place_names(
        place_nlp, "then the overnight train up to chiang mai, and the slow boat to luang prabang."
    )
    assert {"chiang mai", "luang prabang"} <= names


def test_lower_case_words_and_slang_stay_words(place_nlp: Language) -> None:
    names = place_names(
        place_nlp,
        "lol the turkey sandwiches were a nice surprise tbh, and the sunset had a pink hue. "
        "we stayed in Lisbon af.",
    )
    assert names == {"Lisbon"}


def test_a_commenter_in_lower_case_is_still_a_person(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("sydney", "we fly into laos next month, was it cheaper than thailand for you?"),
        ("Paris_Hilton_fan", "yeah laos was cheaper except the boat. thanks sydney!"),
    )
    assert ("comment-1", "sydney") not in names
    assert ("post", "laos") in names and ("post", "thailand") in names


def test_the_lexeme_table_tells_names_from_words() -> None:
    """Measured on spaCy's lexeme probabilities: "hanoi" is Hanoi written carelessly, "turkey"
    and "nice" are words of their own."""
    if not wordcase.names():
        return  # without spacy-lookups-data the rule finds nothing, and says so by this
    hanoi = wordcase.name_margin("hanoi")
    assert hanoi is not None and hanoi > 2
    assert (wordcase.name_margin("turkey") or 0.0) < 1
    assert wordcase.name_margin("nice") is None


def test_a_name_typed_with_only_its_first_word_capitalised(place_nlp: Language) -> None:
    names = place_names(
        place_nlp,
        "We flew from Phnom penh and spent four days around Siem reap before the bus to "
        "Chiang mai. The Kuala lumpur stopover was short.",
    )
    assert {"Phnom penh", "Chiang mai", "Kuala lumpur"} <= names
    assert not names & {"Phnom", "Chiang", "Kuala"}


def test_a_capitalised_word_before_ordinary_lower_case_words_is_not_stretched(
    place_nlp: Language,
) -> None:
    names = place_names(
        place_nlp,
        "Rome was hot, so we took the train north and Florence felt cooler by the river.",
    )
    assert {"Rome", "Florence"} <= names
    assert not {name for name in names if " " in name}


def test_a_lower_case_head_after_a_name_makes_a_natural_place(place_nlp: Language) -> None:
    names = place_names(
        place_nlp,
        "The Tara canyon was beyond words. We slept near the Durmitor plateau and walked up "
        "the Mekong river path at dawn; the Kotor fort climb was hot.",
    )
    assert {"Tara canyon", "Durmitor plateau", "Mekong river", "Kotor fort"} <= names


def test_a_word_of_the_outdoors_after_a_name_is_not_part_of_a_town(place_nlp: Language) -> None:
    names = place_names(place_nlp, "Four days on the Salkantay trek with a mule team, then Cusco.")
    assert "Salkantay trek" not in names and "Cusco" in names


def test_a_lower_case_pools_or_point_after_a_name_makes_a_natural_place(
    place_nlp: Language,
) -> None:
    names = place_names(
        place_nlp,
        "We swam at the Fairy pools before lunch, then drove out to the Rubha point path.",
    )
    assert {"Fairy pools", "Rubha point"} <= names


def test_a_fair_point_is_no_place(place_nlp: Language) -> None:
    names = place_names(place_nlp, "Fair point, we'll skip the ferry. Good point about the pools.")
    assert not names


def test_a_name_joined_by_a_lower_case_particle_is_one_name(place_nlp: Language) -> None:
    names = place_names(
        place_nlp,
        "We stopped in Rothenburg ob der Tauber on the way, then crossed the Bealach na Ba "
        "in fog.",
    )
    assert {"Rothenburg ob der Tauber", "Bealach na Ba"} <= names
