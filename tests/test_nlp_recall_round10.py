"""Mention recall on unseen text, round ten (issue 10), each class in our own words.

``tests/test_nlp_fresh/round10`` holds ten short threads written and labelled before the tool
ran on them (a WhatsApp chat in lower case, old Reddit Q&A, a phpBB board, a blog, TripAdvisor,
a Facebook group, Discourse, Disqus, an email exchange, a second chat; Vietnam, Sicily, England
and Ireland, west Texas, Croatia, the Philippines and Bali, China and Japan, Queensland, the
Riviera, Georgia): 256 labelled mentions. Before the rules below: P .930 R .680; after: P .976
R .785, and no commenter taken for a place.

The classes: whether a place is worth going to ("Erice worth it?", "is Ha Giang doable in four
days?"); hyphened names whole ("Bourton-on-the-Water", "Shirakawa-go", "Aix-en-Provence"); a
casual sentence opener glued to a name by the model ("Thinking Palm Springs", "Loved Ubud tbh");
lower-case words English has no use for ("kutaisi", "mestia"); a name measured against another
as places are ("X is a quieter Y", "X is the cheaper version of Y"); a place asked after in a
reply ("Sapa? Overrated imo").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mention_names import found, place_names
from nlp_fresh import labels, precision_recall, reported
from spacy.language import Language

ROUND10 = sorted((Path(__file__).parent / "test_nlp_fresh" / "round10").glob("*.txt"))


@pytest.fixture(scope="module")
def runs(place_nlp: Language) -> dict[Path, set[tuple[str, str]]]:
    return {path: reported(path, place_nlp) for path in ROUND10}


def test_the_round_ten_threads_are_there() -> None:
    assert len(ROUND10) == 10
    assert all(path.with_suffix(".labels").exists() for path in ROUND10)


def test_the_round_ten_mentions_are_found(runs: dict[Path, set[tuple[str, str]]]) -> None:
    precision, recall = precision_recall(runs)
    assert precision >= 0.95
    assert recall >= 0.77


@pytest.mark.parametrize("path", ROUND10, ids=lambda p: p.stem)
def test_no_commenter_of_round_ten_is_a_place(
    path: Path, runs: dict[Path, set[tuple[str, str]]]
) -> None:
    people = {name.lower() for name in labels(path)["PEOPLE"]}
    assert not {text.lower() for _, text in runs[path]} & people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Three nights in Lisbon first. Is Tomar worth the train ride?", "Tomar"),
        ("Landing in Naples on the 3rd. Procida worth it or skip?", "Procida"),
        ("Based in Granada for a week. is Guadix doable in one afternoon?", "Guadix"),
        ("We start in Krakow. Zakopane worth the bus?", "Zakopane"),
    ],
)
def test_whether_a_place_is_worth_going_to_makes_it_one(
    place_nlp: Language, text: str, name: str
) -> None:
    assert name in place_names(place_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Is March worth it for the cherry blossom?",
        "Is Friday doable or should we push to Saturday?",
        "Is Jordan worth asking about the visa? He did it last year.",
        "Madison worth the wait? She said the tour was late.",
        "Is Lonely Planet worth buying anymore?",
    ],
)
def test_worth_said_of_months_days_people_and_books_makes_no_place(
    place_nlp: Language, text: str
) -> None:
    assert place_names(place_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lower-case word inside the name ("-on-the-", "-in-") or at its end ("-go")
        ("Back via Bourton-on-the-Water and Burford for lunch.", "Bourton-on-the-Water"),
        ("Henley-in-Arden makes a nice lunch stop on the way north.", "Henley-in-Arden"),
        ("Next morning the bus to Shirakawa-go, then Takayama by evening.", "Shirakawa-go"),
        # a particle after a hyphen is no sight's suffix when the name goes on ("Koraku-en")
        ("Aix-en-Provence deserves a whole day on the way to Cassis.", "Aix-en-Provence"),
    ],
)
def test_a_hyphened_name_is_found_whole(place_nlp: Language, text: str, name: str) -> None:
    found = place_names(place_nlp, text)
    assert name in found
    pieces = {piece for piece in name.replace("-", " ").split() if piece[:1].isupper()}
    assert not found & pieces
    assert not any(name.startswith(f"{f}-") for f in found)


def test_a_casual_opener_is_no_part_of_the_name(place_nlp: Language) -> None:
    found = place_names(place_nlp, "Thinking Palm Desert for spring break, then Joshua Tree.")
    assert found == {"Palm Desert", "Joshua Tree"}


@pytest.mark.parametrize(
    "text",
    [
        "Thinking Mike should drive the first leg.",
        "Loved Sarah's photos from the trip.",
        "Honestly Nike shoes are fine for the trail.",
    ],
)
def test_an_opener_before_a_person_or_a_brand_makes_no_place(
    place_nlp: Language, text: str
) -> None:
    assert place_names(place_nlp, text) == set()


def test_a_lower_case_word_english_has_no_use_for_is_a_place_name(
    place_nlp: Language,
) -> None:
    found = place_names(
        place_nlp, "we took the night train from yerevan and got off in dilijan for two days"
    )
    assert found == {"yerevan", "dilijan"}
    found = place_names(place_nlp, "flying into almaty then over to karakol by marshrutka")
    assert found == {"almaty", "karakol"}


def test_chat_slang_and_misspellings_are_no_place_names(place_nlp: Language) -> None:
    for text in (
        "lol the driver was sooo sketchy, definately tip him though",
        "we took a marshrutka and a tuktuk, then grabbed a songthaew",
        "honestly the hostelworld reviews are useless, check the maps instead",
    ):
        assert place_names(place_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kampot is a quieter Kep, right on the river.", "Kampot"),
        ("Olhão is the cheaper version of Tavira, same islands.", "Olhão"),
    ],
)
def test_a_name_measured_against_a_place_is_one(place_nlp: Language, text: str, name: str) -> None:
    assert name in place_names(place_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kevin is nicer than Brad about the budget.",
        "Hope is a better guide than Grace.",
        "The train is slower than the Flixbus but cheaper.",
    ],
)
def test_people_and_things_measured_against_others_are_no_places(
    place_nlp: Language, text: str
) -> None:
    assert place_names(place_nlp, text) == set()


def test_a_place_asked_after_in_a_reply_is_one(place_nlp: Language) -> None:
    said = found(
        place_nlp,
        ("Ana", "Three nights in Porto, then up the Douro valley by train."),
        ("Rui", "Braga? Skip it, we preferred the coast."),
        ("Mel", "Aveiro? Cute canals, half a day is plenty."),
    )
    assert {("comment-1", "Braga"), ("comment-2", "Aveiro")} <= said


def test_a_person_or_a_word_asked_after_is_no_place(place_nlp: Language) -> None:
    said = found(
        place_nlp,
        ("Ana", "Week one in Hanoi, then south."),
        ("Rui", "Tom? Overrated imo, he never books anything."),
        ("Mel", "Jordan? No idea, ask him."),
        ("Kim", "Really? Loved it."),
    )
    assert said == {("post", "Hanoi")}


def test_an_italian_plural_article_is_inside_the_name(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "From Agrigento we walked the Valle dei Templi at sunset, then drove to Scala dei Turchi.",
    )
    assert found == {"Agrigento", "Valle dei Templi", "Scala dei Turchi"}
    found = place_names(place_nlp, "Lunch in Isola delle Femmine, then back to Palermo.")
    assert found == {"Isola delle Femmine", "Palermo"}
