"""People named like towns beside the words a traveller uses for who they were with: a crew
member or host the writer names by role ("our skipper Shannon"), and two names joined by "and"
with a plural person's noun after them ("Devon and Salem, my two kids"), and a commenter whose
handle holds a town's name signing a comment off ("cheers, Florence"). Written for issue 10 in
our own words; the same names stay places where the words say so.
"""

from __future__ import annotations

from mention_names import found
from spacy.language import Language


def test_a_role_the_writer_owns_makes_the_name_a_person(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("ines_k", "Sailed from Trogir to Hvar with our skipper Shannon, then the ferry back."),
        ("bo", "In Tavira our landlady Regina left figs; my instructor Tara taught us kiting."),
    )
    assert {("post", "Trogir"), ("post", "Hvar"), ("comment-1", "Tavira")} <= names
    assert not {text for _, text in names} & {"Shannon", "Regina", "Tara"}


def test_names_joined_by_and_before_a_plural_person_noun_are_people(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("ray_t", "Devon and Salem, my two kids, loved the tide pools at Cannon Beach."),
        ("liv", "Austin and Kent, our friends from work, met us in Bend for the weekend."),
    )
    assert ("post", "Cannon Beach") in names and ("comment-1", "Bend") in names
    assert not {text for _, text in names} & {"Devon", "Salem", "Austin", "Kent"}


def test_the_same_names_stay_places_in_a_route(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("jo", "We drove from Salem to Portland, then took the kids on to Shannon and Galway."),
    )
    route = {"Salem", "Portland", "Shannon", "Galway"}
    assert {("post", name) for name in route} <= names


def test_a_commenter_signing_off_is_no_place(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("florence_m", "Ten days in Sicily: Palermo, Cefalu and Syracuse. Too much?"),
        ("tara.b", "Not at all, but spend a night in Noto. Thanks,\nTara"),
        ("florence_m", "Noto it is, we drive from Syracuse on day 8. cheers, Florence"),
    )
    assert {("post", "Palermo"), ("comment-1", "Noto"), ("comment-2", "Syracuse")} <= names
    assert not {text for _, text in names} & {"Florence", "Tara"}


def test_a_town_after_a_greeting_mid_line_stays_a_place(place_nlp: Language) -> None:
    names = found(
        place_nlp,
        ("florence_m", "Thanks all, Florence it is: two nights there, then Siena by bus."),
    )
    assert {("post", "Florence"), ("post", "Siena")} <= names
