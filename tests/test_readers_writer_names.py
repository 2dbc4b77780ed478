"""A writer's name as pages decorate it, and strings that stand where a name should and are none.

A summary about people lists each reader by name, so a day's ordinal read off a date line
("14th March 2025" split as a writer "14th" posting in March 2025), a connection degree after
a bullet ("Ines Duarte • 2nd"), or an IRC line's brackets must never reach it as a person; and a
comment section that puts the date over the writer's name heads each comment with its own date."""

from __future__ import annotations

from pathlib import Path

import pytest
from summary_lines import summary_by_place

from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads
from itinerary.readers.authors import bare_name


@pytest.mark.parametrize(("line", "name"), [
    ("Ines Duarte • 2nd", "Ines Duarte"),
    ("Ravi · Author", "Ravi"),
    ("<@halvard>", "halvard"),
    ("< birgit>", "birgit"),
    ("[Oona]", "Oona"),
    ("Mateus and Clara", "Mateus and Clara"),
    ("Đorđe", "Đorđe"),
])
def test_a_name_keeps_the_person_without_the_page_s_decoration(line: str, name: str) -> None:
    assert bare_name(line) == name


@pytest.mark.parametrize("line", ["3rd", "21st", "7", "— · —", "<> halvard", "< ana> so we went",
                                  "10-02 Malaysia", "2025-11-03 Oslo"])
def test_an_ordinal_a_date_led_row_no_letters_or_a_chat_line_is_no_writer(
        line: str) -> None:
    assert bare_name(line) is None


_DIARY = """\
Trips   Stories   Gallery   Sign in

Four days on the Isle of Skye, rain included

Written by moorland_meg on 3rd May 2025

We took the train from Glasgow to Mallaig and the ferry across to Armadale, then stayed in
Portree for four nights. One day went on the Quiraing walk, another on the Fairy Pools near
Glenbrittle, and we broke the drive back at Eilean Donan before heading on to Inverness.

Comments

5th May 2025
Fraser Gilchrist
Brilliant. I grew up in Dingwall and we still go over to Skye every summer.

6th May 2025
Anneliese
We were in Portree last August too, the Old Man of Storr at dawn was worth the alarm.

9th May 2025
Coral and Dev
Heading to Skye in September with the kids, is the Quiraing too steep for a seven year old?

12th May 2025
moorland_meg
Coral and Dev it is fine on the lower path, just take it slow!
"""


def test_a_date_over_the_writer_s_name_heads_each_comment(tmp_path: Path) -> None:
    """The day's ordinal is no writer, and the date belongs to the comment under it."""
    page = tmp_path / "diary.txt"
    page.write_text(_DIARY, encoding="utf-8")
    (thread,) = read_threads(page)
    assert [(s.author, s.date) for s in thread.sections[1:]] == [
        ("Fraser Gilchrist", "2025-05-05"), ("Anneliese", "2025-05-06"),
        ("Coral and Dev", "2025-05-09"), ("moorland_meg", "2025-05-12")]
    assert thread.sections[1].text.startswith("Brilliant. I grew up in Dingwall")


_FEED = """\
Home   My Network   Jobs   Messaging

Ines Duarte • 2nd
Walking guide | Madeira and the Azores | Trail running coach
4d •

Six days on Madeira: Funchal as the base, the levada walk to Caldeirão Verde from Santana,
and a sunrise on Pico do Arieiro before the ridge path to Pico Ruivo.

Like Comment Repost Send
88 reactions · 12 comments

Most relevant

Tobias Lindgren • 3rd+
Senior software engineer at a payments start-up in Gothenburg
3d
We walked the Pico do Arieiro ridge in March and it was the best hike of the year.
Like · Reply · 2 Reactions

Marta Nogueira • 1st
Teacher in Porto
3d
I live in Porto and fly to Funchal every spring, the island never gets old.
Like · Reply
"""


def test_a_time_left_with_its_separator_still_dates_the_post_s_byline(tmp_path: Path) -> None:
    """"4d •": the copy keeps the bullet the site put before its globe icon."""
    page = tmp_path / "feed.txt"
    page.write_text(_FEED, encoding="utf-8")
    (thread,) = read_threads(page)
    assert (thread.post.author, thread.post.date) == ("Ines Duarte", "4d")
    assert [s.author for s in thread.comments] == ["Tobias Lindgren", "Marta Nogueira"]


def test_a_connection_degree_after_a_bullet_is_not_part_of_the_reader_s_name(
        analyzer: Analyzer, tmp_path: Path) -> None:
    page = tmp_path / "feed.txt"
    page.write_text(_FEED, encoding="utf-8")
    (thread,) = read_threads(page)
    people = {reader for lines in summary_by_place(analyzer.analyze(thread)).values()
              for readers in lines.values() for reader in readers}
    assert "Marta Nogueira" in people
    assert not any("•" in person or "3rd" in person for person in people)
