"""Small towns said as stops of a plan without a verb (issue 10, in our own words): "X for the
boat", "X for sunset", "X at dusk", "X on the way back"; a column of a Markdown table of bases;
a lower-case list of towns in a chat. Not a person's name the model reads so ("Dana for the
hiking", with Dana a common given name)."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def names(result: set[tuple[str, str]]) -> set[str]:
    return {text for _, text in result}


def test_a_stop_said_with_what_it_is_for(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("heather", "Inverness first, then Ullapool and Torridon. Plockton at dusk, we hope."),
        ("Lewis", "Shieldaig for sunset. Gairloch is a good base. Elgol for the boat to the loch."),
    )
    assert {("post", "Plockton"), ("comment-1", "Elgol")} <= result


def test_a_persons_name_the_model_reads_so_is_no_stop(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Savannah", "Amman, Petra and Jerash done. Dana for the hiking if you have a day."),
    )
    assert ("post", "Petra") in result
    assert "Dana" not in names(result)


def test_a_table_column_of_bases_is_a_list(place_nlp: Language) -> None:
    table = (
        "| Day | Base | Nights |\n|---|---|---|\n| 1 | Ljubljana | 2 |\n| 3 | Bovec | 2 |\n"
        "| 5 | Piran | 2 |\n| 7 | Rovinj | 1 |\n"
    )
    result = found(place_nlp, ("karst_walker", table))
    assert {"Ljubljana", "Bovec", "Piran", "Rovinj"} <= names(result)


def test_a_lower_case_list_in_a_chat(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Marta", "sardinia recap: flew into cagliari, then bosa, alghero and out of olbia"),
    )
    assert {"cagliari", "bosa"} <= names(result)


def test_what_a_town_has_is_a_verdict_on_it(place_nlp: Language) -> None:
    """"X has a crater lake" is said of places; "Jackson has a castle collection" of people."""
    result = found(
        place_nlp,
        ("Mira", "Melbourne to Lorne, then the Grampians. Mount Gambier has a crater lake."),
        ("Tom", "Jackson has a castle collection at home, ha."),
    )
    assert ("post", "Mount Gambier") in result
    assert "Jackson" not in names(result)


def test_a_town_not_to_be_missed_or_missed_is_a_stop(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("ruth", "Ten days in the Alentejo, any must-sees?"),
        ("Duarte", "Don't miss Marvão at sunset. We missed Monsaraz by one day and regretted it."),
    )
    assert {("comment-1", "Marvão"), ("comment-1", "Monsaraz")} <= result


def test_the_names_a_question_offers_to_choose_from_are_stops(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("marta", "A week in Tyrol in July. Kitzbühel or Mayrhofen? Lienz, Kufstein or Schwaz?"),
        ("Sepp", "Mayrhofen, for the lifts. Who drives, Tom or Anna?"),
    )
    assert {("post", "Mayrhofen"), ("post", "Kufstein"), ("post", "Schwaz")} <= result
    assert not {text for _, text in result} & {"Tom", "Anna"}


def test_a_town_a_stop_is_measured_against_is_a_place(place_nlp: Language) -> None:
    """"B, quieter than X": what a place of the sentence is compared with is one too."""
    result = found(
        place_nlp,
        ("Ines", "Zagreb, Ozalj (one night, far nicer than Vukovar), then Karlovac and Rijeka."),
    )
    assert ("post", "Vukovar") in result


def test_the_first_night_of_a_trip_is_spent_at_a_stop(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Ken", "We picked the car up in Adelaide and went north. Coober Pedy was the first "
                "night, then Alice Springs."),
    )
    assert ("post", "Coober Pedy") in result


def test_a_place_waited_for_is_a_place(place_nlp: Language) -> None:
    """"Can't wait for X": words said of a trip to a place, in a thread about that country."""
    result = found(
        place_nlp,
        ("Dora", "Ten days in Portugal: Lisbon, Porto and the Douro valley."),
        ("Hugo", "Can't wait for Tavira in September."),
    )
    assert ("comment-1", "Tavira") in result
