"""Stated itineraries from turns of writing that fresh own-words threads showed the rules
missing: a reply quoting another writer's route on a "> " line, a ranking closed by "in that
order", a trip told back from its end ("Before C
we'd had two nights in B, and before that A"), a lake crossed on the way or ended at, a plan
given up that opens with "Our plan was", a day of a list reached "from P", a move in a casual
verb ("zipped across to B"), and a list whose trip goes on in the sentence after it ("Then we
flew over to D").

Each text runs through the whole pipeline, as the CLI reads it."""

from __future__ import annotations

import pytest
from stated_stops import stated, written

from itinerary.models import Section, Thread
from itinerary.pipeline import Analyzer


def test_a_quoted_route_is_not_the_replys_own(analyzer: Analyzer) -> None:
    thread = Thread(sections=(
        Section(id="post", author="ana", text="Any tips for a week in Belgium by train?"),
        Section(id="comment-1", author="bo", text=(
            "> We did Ghent, Bruges and Antwerp last spring, the trains were easy.\n\n"
            "Same for us. We flew into Brussels, took the train to Leuven and then on to "
            "Liège.")),
    ))
    report = analyzer.analyze(thread)
    routes = [[written(report, stop) for stop in i.stops] for i in report.itineraries
              if i.kind == "stated" and i.section == "comment-1"]
    assert routes == [["brussels", "leuven", "liege"]]


def test_a_ranking_in_that_order_is_no_route(analyzer: Analyzer) -> None:
    assert stated(analyzer, "The best beaches of the trip were in Tulum, Bacalar and Holbox, "
                            "in that order.") == []


@pytest.mark.parametrize("text, stops", [
    # told back from the end, the end named again as the point it goes back from
    ("We ended up in Vienna after nine days. Before Vienna we'd had two nights in Bratislava, "
     "and before that three in Budapest.", ["budapest", "bratislava", "vienna"]),
    ("We ended up in Sofia, having started in Bucharest. Before Sofia we'd spent two nights in "
     "Veliko Tarnovo, and before that a night in Ruse.",
     ["bucharest", "ruse", "veliko tarnovo", "sofia"]),
    # a lake crossed is the way; one the trip ends at is a stop
    ("We took the train to Konstanz, crossed Lake Constance by ferry to Meersburg, then drove "
     "on to Ulm.", ["konstanz", "meersburg", "ulm"]),
    ("We flew into Calgary, drove to Canmore, then on to Golden and finished at Emerald Lake.",
     ["calgary", "canmore", "golden", "emerald lake"]),
    # the plan given up is no part of the trip
    ("Our plan was Hvar first and then Vis, but the ferry was cancelled, so we sailed from Split "
     "to Vis instead and then on to Hvar.", ["split", "vis", "hvar"]),
    # a day's stop reached from a place no day names
    ("Day 1 \u2013 Porto\nCame in on the morning train from Lisbon, walked the river front.\n\n"
     "Day 2 \u2013 Braga\nDay 3 \u2013 Guimarães", ["lisbon", "porto", "braga", "guimaraes"]),
    # a move in a casual verb ("zipped across to", "dropped down to")
    ("After a night in Bergen we zipped across to Stavanger. From Stavanger we dropped back "
     "down to Kristiansand.", ["bergen", "stavanger", "kristiansand"]),
    # a list whose trip goes on after it
    ("Our loop, in order:\n\n1. Seoul\n2. Gyeongju\n3. Busan\n\n"
     "Then we flew over to Jeju for the last few days.", ["seoul", "gyeongju", "busan", "jeju"]),
])
def test_the_trip_as_told(analyzer: Analyzer, text: str, stops: list[str]) -> None:
    assert stated(analyzer, text) == [stops]


def test_a_list_goes_on_only_where_the_writer_moves_on(analyzer: Analyzer) -> None:
    assert stated(analyzer, "Day 1: Rome\nDay 2: Florence\nDay 3: Venice\n"
                            "Then we took the train up to Milan.") == [
        ["rome", "florence", "venice", "milan"]]
    assert stated(analyzer, "Day 1: Rome\nDay 2: Florence\nDay 3: Venice\n"
                            "Then I'd love to see Milan one day.") == [
        ["rome", "florence", "venice"]]

