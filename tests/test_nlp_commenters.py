"""Commenters and people named like towns, in the positions a reply puts them (issue 10): the
start of a reply with a pronoun or a word said to a person, what a commenter owns, "is right",
"a guide named X", "ask for X"; a commenter's surname that is a town stays a town where the
words say so. Each case in our own words, with the same town found where it is one."""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def names(result: set[tuple[str, str]]) -> set[str]:
    return {text for _, text in result}


def test_a_reply_opening_on_a_handle_and_a_pronoun_speaks_to_its_writer(
    place_nlp: Language,
) -> None:
    result = found(
        place_nlp,
        ("savannah_rae", "Two nights in Charleston, then down to Savannah and on to St Augustine."),
        ("dallas_k", "Savannah we split the drive, with a night in Tallahassee."),
        ("MadisonOnTheMove", "Madison here btw, I grew up in Biloxi."),
    )
    assert ("post", "Savannah") in result
    assert {("comment-1", "Tallahassee"), ("comment-2", "Biloxi")} <= result
    assert ("comment-1", "Savannah") not in result
    assert "Madison" not in names(result)


def test_a_commenter_is_right_and_owns_a_plan(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Orlando_Voss", "Windhoek to Sossusvlei, then Swakopmund and Etosha."),
        ("sam_k", "Orlando's plan looks good, the road to Sesriem is rough though."),
        ("Dallas", "Orlando is right about Sesriem. We flew home from Dallas afterwards."),
    )
    assert ("comment-1", "Sesriem") in result
    assert ("comment-2", "Dallas") in result  # the town, said with "from"
    assert "Orlando" not in names(result)


def test_people_the_writer_names_by_their_job_or_asks_for(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Dallas", "Amman, Petra and Wadi Rum. A guide named Salem took us out in his jeep."),
        ("Madison", "Ask for Florence at the front desk of the camp near Petra."),
    )
    assert ("post", "Petra") in result
    assert not names(result) & {"Salem", "Florence"}


def test_a_yes_about_a_town_is_no_address(place_nlp: Language) -> None:
    """"Name yes" opens replies to people; said of a town the thread asks about, it answers."""
    result = found(
        place_nlp,
        ("Florence Dubois", "Nice, Menton and Arles so far. Is Carcassonne worth the detour?"),
        ("Lourdes Garcia", "Carcassonne yes!! go at night when the crowds leave."),
        ("Florence Dubois", "Lourdes yes, we will."),
    )
    assert ("post", "Carcassonne") in result
    assert ("comment-1", "Carcassonne") in result
    assert "Lourdes" not in names(result)


def test_a_commenters_surname_is_the_town_where_the_words_say_so(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Tony Messina", "Catania 2n -> Siracusa 3n -> Noto -> Palermo 3n."),
        ("Lucia", "Tony, my nonna is from Messina, worth a stop on the way to Palermo."),
    )
    assert ("comment-1", "Messina") in result
    assert "Tony" not in names(result)


def test_a_route_line_is_read_stop_by_stop(place_nlp: Language) -> None:
    """An entity the model glues over an arrow and a nights count ("Marseille 3n -> Arles"),
    and an ordinary word with a nights count ("Nice 4n"), are stops of the route line."""
    result = found(
        place_nlp,
        ("Ana", "Nice 4n -> train to Marseille 3n -> Arles 2n -> Montpellier 3n and home."),
    )
    assert {"Nice", "Marseille", "Arles", "Montpellier"} <= names(result)


def test_things_named_after_where_they_come_from(place_nlp: Language) -> None:
    """Pepper, hats and packs named after a place are things; the towns around them are
    towns."""
    result = found(
        place_nlp,
        ("Ines", "We brought back Sichuan pepper from Chengdu."),
        ("Rob", "My Patagonia backpack survived Torres del Paine, and so did my Panama hat."),
    )
    assert {("post", "Chengdu"), ("comment-1", "Torres del Paine")} <= result
    assert not names(result) & {"Sichuan", "Patagonia", "Panama"}


def test_a_writer_who_says_their_name_is_no_place(place_nlp: Language) -> None:
    result = found(
        place_nlp,
        ("Aoife", "Dublin to Galway, then Doolin and home through Shannon airport."),
        ("S. Burke", "I'm Shannon, named after the river, so I had to comment! Doolin is lovely."),
    )
    assert {("post", "Shannon"), ("comment-1", "Doolin")} <= result
    assert ("comment-1", "Shannon") not in result


def test_the_town_in_a_run_together_handle_is_a_town_where_nobody_is_addressed(
    place_nlp: Language,
) -> None:
    result = found(
        place_nlp,
        ("mira_s", "Slovakia in May: Bratislava two nights, then the Tatras and maybe Kosice."),
        ("KosiceKamil", "Kosice has a lovely old centre and cheap trams. Presov is close too."),
        ("TatraTereza", "Kamil is right about the trams. Zakopane is over the border."),
        ("mira_s", "Kosice then! Kamil, any food tips?"),
    )
    assert {("comment-1", "Kosice"), ("comment-1", "Presov"), ("comment-3", "Kosice")} <= result
    assert "Kamil" not in names(result)
