"""Which town a said day trip sets out from when the thread offers several, and outings the
words around the cue advise against, through the whole pass. Each test is a small thread in a
traveller's words: a reply that named its own base a sentence before, a post that names
towns it only thinks about before asking for a day trip from its stay, a district a day list
names before an outing, "X as a day trip from Y is a bad idea" and "don't try A and B and back
in an afternoon"."""

from __future__ import annotations

import pytest

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def said(analyzer: Analyzer, *texts: str) -> set[tuple[str, str]]:
    """The (base, destination) names of the said day trips of a post and its replies."""
    thread = Thread(sections=(Section(id="post", author="Poster", text=texts[0]), *(
        Section(id=f"comment-{k}", author=f"Reader{k}", text=text, parent="post")
        for k, text in enumerate(texts[1:], 1))))
    report = analyzer.analyze(thread)

    def name(place_id: str) -> str:
        place = analyzer.gazetteer.get(place_id)
        assert place is not None
        return place.name
    return {(name(t.base), name(t.destination)) for t in report.day_trips if t.kind == "said"}


def test_a_reply_goes_on_from_the_base_it_named_a_sentence_before(analyzer: Analyzer) -> None:
    # the post stays in Florence, in reach of Viareggio too; the reply was in Lucca
    assert said(analyzer, "We have four nights in Florence, then three in Bologna.",
                "We did Pisa as a day trip from Lucca. Viareggio we also did as a day trip, "
                "the beach was packed.") == {("Lucca", "Pisa"), ("Lucca", "Viareggio")}


def test_a_town_the_post_only_names_is_no_base_of_its_question(analyzer: Analyzer) -> None:
    assert said(analyzer, "Five nights in Munich in June. Ideas so far: Salzburg and maybe "
                "Augsburg. Is Regensburg doable as a day trip by train?") == {
        ("Munich", "Regensburg")}


@pytest.mark.parametrize(("post", "pair"), [
    ("Day 1: arrive in Rome, pizza in the evening.\nDay 2: the Vatican and Trastevere.\n"
     "Day 3: train to Orvieto and back.", ("Rome", "Orvieto")),
    ("Day 1: land in Lisbon, tram 28.\nDay 2: Belém and Alfama.\n"
     "Day 3: day trip to Évora by bus, back late.", ("Lisbon", "Évora")),
])
def test_a_district_a_day_list_names_stands_for_its_city(
        analyzer: Analyzer, post: str, pair: tuple[str, str]) -> None:
    assert said(analyzer, post) == {pair}


@pytest.mark.parametrize(("post", "reply"), [
    ("We have a week in Lyon.", "Annecy as a day trip from Lyon is a bad idea in August."),
    ("Four nights in Inverness.",
     "Don't try the Isle of Skye and back in a day from Inverness, it's too far."),
    ("We have a week in Edinburgh.",
     "Whatever you do, don't try St Andrews and Dundee and back in an afternoon by bus."),
])
def test_advice_against_an_outing_denies_it(analyzer: Analyzer, post: str, reply: str) -> None:
    assert said(analyzer, post, reply) == set()
