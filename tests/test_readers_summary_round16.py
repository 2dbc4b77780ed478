"""The readers summary on what round sixteen's own-words threads showed (tests/readers_fresh:
Sicily to the Scottish islands): "I grew up near X" listed as a home in X, a greeting the
relation model knows ("Servus aus Innsbruck!") dropped to `mentioned` by the thread's shorter
list of greetings, and a forum's post counter ("Reply #3 — Name") taken for the reader's name."""

from __future__ import annotations

from pathlib import Path

from summary_lines import summary_of_page

from itinerary.pipeline import Analyzer
from itinerary.readers.authors import parse_author


def test_a_childhood_near_a_place_is_a_visit_not_a_home(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[04/04/2025, 09:00:00] Wim: Netherlands in May with bikes, Amsterdam then where?\n"
        "[04/04/2025, 09:03:10] Noor: I grew up near Haarlem, so the dunes were our weekends."
        " Rent the bikes there.\n"
        "[04/04/2025, 09:05:42] Joost: I grew up just outside Utrecht and the canal wharves"
        " are still my favourite spot.\n"
        "[04/04/2025, 09:07:15] Femke: I grew up in Delft and still live there, come by for"
        " coffee.\n"))
    assert summary["Haarlem"] == {"visited": {"Noor"}}
    assert summary["Utrecht"] == {"visited": {"Joost"}}
    assert summary["Delft"] == {"lives": {"Femke"}}  # grew up in it and stayed: home


def test_a_greeting_the_relation_model_knows_stays_a_home(
        analyzer: Analyzer, tmp_path: Path) -> None:
    summary = summary_of_page(analyzer, tmp_path, (
        "[09/06/2025, 20:00:00] Lotte: Austrian lakes in August, Hallstatt or St. Wolfgang?\n"
        "[09/06/2025, 20:02:31] Sepp: Servus aus Linz! St. Wolfgang, and take the rack railway"
        " up the Schafberg.\n"
        "[09/06/2025, 20:04:12] Hauke: Moin aus Bremen! We stayed in Hallstatt in 2023, go"
        " early before the coaches.\n"))
    assert summary["Linz"] == {"lives": {"Sepp"}}
    assert summary["Bremen"] == {"lives": {"Hauke"}}


def test_a_post_counter_before_the_name_is_not_the_name() -> None:
    assert parse_author("Reply #4 \u2014 Ines Duarte").name == "Ines Duarte"
    assert parse_author("#12 - Tom Hale").name == "Tom Hale"
    assert parse_author("Comment 3 \u2013 Li Wei").name == "Li Wei"
    assert parse_author("Ana Ruiz | Slow Travels").name == "Ana Ruiz"  # a blog after the name
