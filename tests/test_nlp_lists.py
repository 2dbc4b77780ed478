"""Names alone on the lines of a list, on the full pipeline: a numbered or bulleted line, a day
label, a weekday or a date, then one name (or "A via B"), in a block of such lines of known
names, is a stop of the list (the "list line" clue); an all-caps heading may carry its nights
count; weekday abbreviations are never places."""

from __future__ import annotations

from mention_names import place_names
from spacy.language import Language

from itinerary.models import Section, Thread
from itinerary.nlp import find_mentions


def test_numbered_lines_of_towns_are_places(place_nlp: Language) -> None:
    text = (
        "Ten days in Portugal, rough plan\n\n1. Lisbon\n2. Coimbra\n3. Porto\n4. Braga\n\n"
        "Does that order work by train?"
    )
    assert {"Lisbon", "Coimbra", "Porto", "Braga"} <= place_names(place_nlp, text)


def test_numbered_lines_that_start_past_ten(place_nlp: Language) -> None:
    text = (
        "The Texas part of the drive, in order\n\n10. Austin\n11. Fredericksburg\n12. Marfa\n"
        "13. El Paso\n\nThe gas stations get sparse after the hill country."
    )
    assert {"Fredericksburg", "Marfa", "El Paso"} <= place_names(place_nlp, text)


def test_a_bullet_line_with_via_gives_both_names(place_nlp: Language) -> None:
    text = (
        "What we ended up doing\n\n- Colombo\n- Sigiriya\n- Kandy\n- Ella via Nuwara Eliya\n"
        "- Mirissa\n\nThe hill train is as good as people say."
    )
    assert {"Ella", "Nuwara Eliya", "Kandy", "Mirissa"} <= place_names(place_nlp, text)
    vietnam = (
        "North to south in three weeks:\n\n1. Hanoi\n2. Ninh Binh\n3. Hue via Phong Nha\n"
        "4. Hoi An\n5. Saigon\n"
    )
    assert {"Phong Nha", "Hoi An", "Saigon"} <= place_names(place_nlp, vietnam)


def test_dated_lines_give_the_stop_even_when_the_model_joins_it_to_the_date(
    place_nlp: Language,
) -> None:
    text = (
        "Road trip, summer\n\nJuly 2 - Bratislava\nJuly 3 - Banska Stiavnica\n"
        "July 4 - Strbske Pleso\nJuly 6 - Zakopane\nJuly 8 - Krakow\n\nOne way car hire."
    )
    assert {"Strbske Pleso", "Zakopane", "Krakow"} <= place_names(place_nlp, text)


def test_weekday_abbreviations_label_days_and_are_never_places(place_nlp: Language) -> None:
    text = (
        "Long weekend in Scotland, our schedule\n\nFri - Edinburgh\nSat - Stirling\n"
        "Sun - Pitlochry\nMon - fly home\n"
    )
    found = place_names(place_nlp, text)
    assert {"Edinburgh", "Stirling", "Pitlochry"} <= found
    assert not {"Fri", "Sat", "Sun"} & found


def test_capital_headings_with_a_nights_count(place_nlp: Language) -> None:
    text = (
        "Croatia by bus\n\nSPLIT (3 nights)\nThe old palace is where everyone lives.\n\n"
        "HVAR (2 nights)\nPricey but pretty.\n\nKORCULA (2 nights)\nOur favourite island.\n"
    )
    assert {"SPLIT", "HVAR", "KORCULA"} <= place_names(place_nlp, text)


def test_the_list_line_clue_is_shown_with_its_weight(place_nlp: Language) -> None:
    text = "Plan\n\n1. Coimbra\n2. Aveiro\n3. Evora\n4. Obidos\n"
    thread = Thread(sections=(Section(id="post", author="Ana", text=text),))
    mentions = {m.text: m for m in find_mentions(thread, place_nlp)}
    assert {"Coimbra", "Aveiro", "Evora", "Obidos"} <= set(mentions)
    weighed = [m for m in mentions.values() if m.clues]
    assert weighed
    assert all(("list line", 1.5) in {(c.kind, c.weight) for c in m.clues} for m in weighed)


def test_a_numbered_list_of_things_or_people_gives_no_places(place_nlp: Language) -> None:
    packing = "Packing list\n\n1. Merino layers\n2. Crampons\n3. Power bank\n4. Sandals\n"
    assert place_names(place_nlp, packing) == set()
    people = "Who came along in 2019:\n1. Jackson\n2. Chelsea\n3. Brandon\n"
    assert not {"Jackson", "Chelsea", "Brandon"} & place_names(place_nlp, people)


def test_two_list_lines_are_no_list_of_places(place_nlp: Language) -> None:
    text = "Guides we liked:\n- Marion\n- Eugene\n\nBoth speak Spanish."
    assert not {"Marion", "Eugene"} & place_names(place_nlp, text)


def test_an_ordinary_word_on_a_line_among_towns_is_a_stop(place_nlp: Language) -> None:
    text = (
        "Ranked by how much we liked them:\n\n1. Bologna\n2. Verona\n3. Ravenna\n4. Mantua\n"
        "\nHardly anyone in Mantua in March."
    )
    assert {"Bologna", "Verona", "Ravenna"} <= place_names(place_nlp, text)
    vietnam = "Route:\n1. Hanoi\n2. Ninh Binh\n3. Hue via Phong Nha\n4. Hoi An\n"
    assert "Hue" in place_names(place_nlp, vietnam)


def test_ordinary_words_alone_on_list_lines_stay_words(place_nlp: Language) -> None:
    text = "New words for the kids this summer:\n- Hello\n- Nice\n- Hope\n- Bath\n"
    assert place_names(place_nlp, text) == set()


def test_a_day_of_tasting_or_touring_a_product_is_at_its_place(place_nlp: Language) -> None:
    text = (
        "Loose plan for the week\n\nDay 1: Sydney\nDay 2: Katoomba\n"
        "Day 4: Hunter Valley wine tour\nDay 6: Newcastle\n"
    )
    assert "Hunter Valley" in place_names(place_nlp, text)
    assert "Kona" not in place_names(place_nlp, "I always bring back Kona coffee for my dad.")


def test_adverbs_of_order_inside_a_list_of_stops(place_nlp: Language) -> None:
    text = "We took it slow: Evora first, then Monsaraz and finally Marvao."
    assert {"Evora", "Monsaraz", "Marvao"} <= place_names(place_nlp, text)


def test_a_doubt_inside_a_list_of_stops(place_nlp: Language) -> None:
    names = place_names(place_nlp, "Day trips: Sintra, Cascais and probably Obidos.")
    assert "Obidos" in names
    names = place_names(place_nlp, "Leaning towards Hallstatt, Gosau or perhaps Obertraun.")
    assert "Obertraun" in names


def test_the_people_one_met_in_order_are_no_list_of_places(place_nlp: Language) -> None:
    text = "At the hostel I met Anna first, then Tom and finally Kim."
    assert not {"Anna", "Tom"} & place_names(place_nlp, text)
