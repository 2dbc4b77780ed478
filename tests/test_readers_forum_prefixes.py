"""Header words around a writer's name that are no part of it: a forum's "Originally posted by
NAME", "Reply #3 by NAME", "Post #2 from NAME"; and new reddit's copy that puts the name alone
under "level N" and "· 2 yr. ago" on the next line, with a removed comment left out."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text


@pytest.mark.parametrize(("opening", "reply"), [
    ("Originally posted by {name} on 2 Mar 2025", "Reply #{n} by {name} on {d} Mar 2025"),
    ("Post #1 from {name} on 2 Mar 2025", "Post #{n} from {name} on {d} Mar 2025"),
])
def test_numbered_forum_headers_give_the_bare_writer(opening: str, reply: str) -> None:
    number = 1 if opening.startswith("Originally") else 2
    page = "\n\n".join([
        "Travellers' Board \u203a Europe \u203a Portugal",
        "Azores in March: São Miguel only?",
        opening.format(name="ilha_ines"),
        "Five days in March. Is São Miguel enough, or should we add Pico?",
        reply.format(n=number, name="ponta_paulo", d=3),
        "Stay on São Miguel in March, the flights to Pico get cancelled in bad weather.",
        reply.format(n=number + 1, name="ilha_ines", d=4),
        "Thanks, we will base ourselves in Ponta Delgada and see Sete Cidades.",
    ]) + "\n"
    thread = read_text(page)
    assert [s.author for s in thread.sections] == ["ilha_ines", "ponta_paulo", "ilha_ines"]
    assert "Is São Miguel enough" in thread.post.text


def test_a_new_reddit_copy_with_the_name_alone_over_its_age() -> None:
    page = """r/travel
Posted by u/tundra_tom
8 mo. ago
Svalbard in April?
Three nights in Longyearbyen in April. Is a snowmobile trip to Pyramiden possible?

level 1
[deleted]
· 8 mo. ago
[removed]

level 1
arctic_anja
· 8 mo. ago
We went to Pyramiden by snowmobile last April, a long but unforgettable day.
Reply
Share
4

level 2
tundra_tom
OP
· 8 mo. ago
Booking it now, thanks!
Reply
Share
"""
    thread = read_text(page)
    assert thread.format == "reddit-new"
    assert [(s.author, s.parent) for s in thread.sections] == [
        ("tundra_tom", None), ("arctic_anja", None), ("tundra_tom", "comment-1")]
    assert "[removed]" not in thread.post.text


def test_vbulletin_s_post_icon_label_is_no_part_of_a_post() -> None:
    """vBulletin puts its post icon's label, "Default", on a line of its own above the words."""
    page = """Travel Forums > Asia > Vietnam
Ha Giang loop in March?

Old 02-10-2025, 08:30 AM   #1
loop_rider
Junior Member
Join Date: Jan 2025
Posts: 3
Default Ha Giang loop in March?

Is March a good month for the Ha Giang loop, or is it too hazy?

Old 02-10-2025, 10:05 AM   #2
dong_van_dao
Senior Member
Join Date: Apr 2016
Location: Hanoi
Posts: 1,204
Default

March is fine. We rode it last March and the haze lifted by noon in Dong Van.
"""
    thread = read_text(page)
    assert [s.author for s in thread.sections] == ["loop_rider", "dong_van_dao"]
    assert thread.sections[1].text.startswith("March is fine")
