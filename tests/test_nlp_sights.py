"""Sights and features written with a head the gazetteer may lack: museums, churches, trees,
and the Japanese and Nordic names that carry their head as a suffix ("Todaiji", "Koraku-en",
"Gullfoss"); not a church that is a body ("the Catholic Church") nor a man's name ("Kenji")."""

from __future__ import annotations

from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.models import Section, Thread
from itinerary.nlp import NEWS_CONFIG, find_mentions, load_pipeline


def texts(nlp: Language, text: str) -> set[str]:
    thread = Thread((Section("post", None, text),))
    return {m.text for m in find_mentions(thread, nlp)}


def test_museums_churches_and_trees_are_sights(place_nlp: Language) -> None:
    assert "Tile Museum" in texts(
        place_nlp, "In Lisbon we loved the Tile Museum more than the castle."
    )
    assert "Railway Museum" in texts(
        place_nlp, "From Nara we took the train to Osaka and visited the Railway Museum there."
    )
    assert "St. Nicholas Church" in texts(
        place_nlp, "In Prague we heard a concert at St. Nicholas Church before dinner."
    )
    assert "Kauri tree" in texts(
        place_nlp, "North of Dargaville, do not miss the giant Kauri tree by the road."
    )


def test_a_church_that_is_a_body_is_no_sight(place_nlp: Language) -> None:
    found = texts(
        place_nlp, "The Catholic Church and the Methodist Church both ran soup kitchens in Denver."
    )
    assert found == {"Denver"}
    assert texts(place_nlp, "Members of First Baptist Church met on Sunday in Tulsa.") == {"Tulsa"}


def test_japanese_heads_joined_or_after_a_hyphen(place_nlp: Language) -> None:
    nara = texts(place_nlp, "We stayed in Nara and visited Todaiji and Kofuku-ji on foot.")
    assert {"Todaiji", "Kofuku-ji"} <= nara
    okayama = texts(place_nlp, "After the castle in Okayama we walked through Koraku-en.")
    assert "Koraku-en" in okayama
    nikko = texts(place_nlp, "Day 4 - Nikko: Toshogu, Rinno-ji and the Shinkyo bridge")
    assert "Rinno-ji" in nikko


def test_a_mans_name_is_not_a_temple(place_nlp: Language) -> None:
    assert texts(place_nlp, "Kenji and Shinji met us at the station in Sendai.") == {"Sendai"}


def test_nordic_waterfalls_by_their_suffix_even_misspelt(place_nlp: Language) -> None:
    norway = texts(place_nlp, "From Bergen we drove to Voringsfossen and on to Eidfjord.")
    assert "Voringsfossen" in norway
    iceland = texts(place_nlp, "We drove from Reykjavik to Thingvellir and then on to Gulfoss.")
    assert "Gulfoss" in iceland


def test_a_buildings_word_in_lower_case_after_a_town_leaves_the_town(
    place_nlp: Language,
) -> None:
    # A town's name with a building's word: a building in (or named like) the town.
    found = texts(place_nlp, "In Quito the San Francisco church has a gilded ceiling.")
    assert "San Francisco" in found and "San Francisco church" not in found
    # Another name with it: the building's own name.
    sintra = texts(place_nlp, "In Sintra we walked up to the Regaleira chapel after lunch.")
    assert "Regaleira chapel" in sintra
    # A kind, not a name: "a Baroque church".
    assert texts(place_nlp, "In Puebla we saw a Baroque church every block.") == {"Puebla"}


def test_news_annotation_counts_no_buildings(gazetteer: Gazetteer) -> None:
    news = load_pipeline(gazetteer=gazetteer, config=NEWS_CONFIG)
    doc = news("Visitors filled the Springfield Science Museum and St. Paul's Church on Sunday.")
    found = {span.text for span in doc.spans["places"]}
    assert "Springfield Science Museum" not in found and "St. Paul's Church" not in found


def test_a_brands_show_is_not_a_sight(place_nlp: Language) -> None:
    found = texts(place_nlp, "Day 2 - Singapore: Chinatown, then the eBay Sculpture Garden")
    assert "Sculpture Garden" not in found and "Singapore" in found


def test_a_scenic_route_said_without_its_head(place_nlp: Language) -> None:
    found = texts(place_nlp, "From Squamish we took the Sea to Sky up to Whistler in fog.")
    assert {"Squamish", "Sea to Sky", "Whistler"} <= found
    ocean = texts(
        place_nlp,
        "After Melbourne we spent three days on the Great Ocean and ended in Warrnambool.",
    )
    assert "Great Ocean" in ocean
    # A word that opens no route's name stays a word.
    assert texts(place_nlp, "The Queen visited the Grand Hotel.") == set()


def test_a_whole_item_of_a_day_line_is_a_place_even_unknown(place_nlp: Language) -> None:
    found = texts(place_nlp, "Day 2 - Hoi An: Cam Thanh (!), the old bridge, Cam Nam Market")
    assert {"Hoi An", "Cam Thanh", "Cam Nam Market"} <= found
    # Not someone met that day, nor a word.
    meal = texts(place_nlp, "Day 3 - Hanoi: Hoan Kiem, Ba Dinh and dinner with Linh")
    assert "Linh" not in meal


def test_a_question_opening_with_its_verb_keeps_the_verb_out_of_the_name(
        place_nlp: Language) -> None:
    found = texts(place_nlp, "Questions before we go\n\nWas Devín Castle worth the bus ride? "
                             "Did Spiš Castle feel crowded in July? Has Charles Bridge got "
                             "any quieter in the mornings?")
    assert {"Devín Castle", "Spiš Castle", "Charles Bridge"} <= found
    assert not any(name.split()[0] in ("Was", "Did", "Has") for name in found)


def test_a_sight_the_model_reads_as_a_persons_name_is_the_gazetteers_sight(
        place_nlp: Language) -> None:
    """"Castle" is a surname too ("Roy Castle"), so the model's PERSON stands, unless the
    gazetteer holds the whole name as a sight."""
    found = texts(place_nlp, "Castles\n\nWe took the bus out to see Devín Castle, then walked "
                             "down to the river. The kids loved seeing Spiš Castle from the road.")
    assert {"Devín Castle", "Spiš Castle"} <= found
    assert not texts(place_nlp, "Roy Castle sang the theme tune and everyone joined in.")



def test_a_feature_whose_first_word_is_common_opens_a_sentence(place_nlp: Language) -> None:
    """A name the model reads as a place's, head and all, is one at a sentence start though
    its first word is an ordinary noun; an adjective before a head is still no name."""
    opened = texts(place_nlp, "Monkey Beach is part of the boat tour from Koh Lanta.")
    assert "Monkey Beach" in opened
    assert "Crowded Beach" not in texts(
        place_nlp, "Crowded Beach today, so we stayed by the pool in Phuket."
    )
