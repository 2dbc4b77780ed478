"""Trip trackers' pages: comments under a day's entry, each a name over the words with the date
under them; the traveller's own replies carry a badge ("Traveler", "Trip owner"), and the last
comment should keep its writer though the next entry's heading follows it (not yet: both pages
are marked)."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text


def _writers(text: str) -> list[str | None]:
    return [section.author for section in read_text(text, "page.txt").sections]


def _comment(name: str, words: str, date: str, badge: str = "") -> str:
    return f"{name}\n{badge + chr(10) if badge else ''}{words}\n{date}\nReply\n"


@pytest.mark.xfail(strict=True, reason="the chat reader takes this page: a turn's name alone "
                   "over its words, the writer coming back, no blank line between turns")
def test_travellers_badge_and_the_last_reply_before_the_next_entry() -> None:
    page = ("TrailPins\nExplore\nLog in\nAcross Patagonia by bus\nLucas Ferreira\nFollow\n"
            "Six weeks from Bariloche to Ushuaia.\n41 days\n22 footprints\nFootprint 11\n"
            "El Chaltén, Argentina\nMar 3, 2026\nWalked to Laguna de los Tres today, the last "
            "hour is steep scree but the view of Fitz Roy at sunrise was worth the 3 am start.\n"
            "Read more\n41\nLikes\nComments 4\n"
            + _comment("Marisol", "Did you sleep at Poincenot camp or walk from town?",
                       "Mar 3, 2026")
            + _comment("Lucas Ferreira", "From town, eleven hours there and back in all.",
                       "Mar 4, 2026", badge="Traveler")
            + _comment("Ben O.", "Do Laguna Torre too if the wind allows, it is flatter.",
                       "Mar 4, 2026")
            + _comment("Lucas Ferreira", "Tomorrow, then the bus to El Calafate on Friday.",
                       "Mar 5, 2026", badge="Traveler")
            + "Write a comment\nFootprint 12\nEl Calafate, Argentina\nMar 6, 2026\n"
              "Coming soon...\n")
    assert _writers(page) == ["Lucas Ferreira", "Marisol", "Lucas Ferreira", "Ben O.",
                              "Lucas Ferreira"]


@pytest.mark.xfail(strict=True, reason="the last comment before the next entry is read as a name, "
                   "a line of who they are and a date, the entry's place taken for a writer")
def test_trip_owner_badge_on_a_journal_app() -> None:
    page = ("Wander Diary\nSardinia in spring\nGiulia Sanna\nFollow\n12 entries\nDay 4\n"
            "Cala Gonone, Italy\nApr 20, 2026\nTook the boat to Cala Luna this morning and "
            "walked back along the cliff path, five hours with stops.\n"
            "Comments 3\n"
            + _comment("Pietro", "Cala Mariolu is even better if the sea is calm.",
                       "Apr 20, 2026")
            + _comment("Hanna K", "Was the path marked the whole way?", "Apr 21, 2026")
            + _comment("Giulia Sanna", "Mostly, with red and white marks; bring water.",
                       "Apr 21, 2026", badge="Trip owner")
            + "Add a comment\nDay 5\nOrgosolo, Italy\nApr 21, 2026\nComing soon...\n")
    assert _writers(page) == ["Giulia Sanna", "Pietro", "Hanna K", "Giulia Sanna"]


def test_a_travellers_badge_is_no_writer_and_the_comment_box_is_chrome() -> None:
    from itinerary.readers.formats.inferred import _is_chrome as is_chrome
    from itinerary.readers.formats.inferred import is_writer

    assert not any(is_writer(badge) for badge in ("Traveler", "Traveller", "Trip owner"))
    assert is_writer("Lucas Ferreira")
    assert all(is_chrome(line) for line in ("Write a comment", "Add a comment...",
                                             "Leave a reply"))
