"""Times as apps print them beside the writer: the client the comment came from before the time
("via iPhone 3d"), a count of views after the post's date ("May 2, 2026 · 3,410 views"), under a
site's menu of several lines; and a post's writer named under a label of its own ("Hosted by").
Pages of our own."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text
from itinerary.readers.formats.base import stamp


@pytest.mark.parametrize(("line", "date"), [
    ("via iPhone 3d", "3d"),
    ("via Android 11h", "11h"),
    ("May 2, 2026 · 3,410 views", "May 2, 2026"),
    ("12 Jan 2026 • 88 reads", "12 Jan 2026"),
])
def test_an_app_s_words_around_the_time_leave_the_time(line: str, date: str) -> None:
    assert stamp(line) == (date, True)


PHOTO_POST = """snapshare
Upload
Explore
Log in
Create account

Five days on the Amalfi Coast, mostly on foot [OC]
lemon_grove_lia
May 2, 2026 · 3,410 views

Positano from the Path of the Gods, early, before the heat.

Ravello gardens. Took the bus up from Amalfi, 25 minutes of hairpins.

amalfi
italy

412 COMMENTS

kofi_walks
via iPhone 3d
did the Path of the Gods from Bomerano last June, the bus from Amalfi to Agerola was the scary part
+88

    lemon_grove_lia OP
    3d
    kofi_walks same bus! we closed our eyes on every bend
    +21

sorrento_sam
via Android 2d
local here, Sorrento. come in October, half the crowds and the sea is still warm
+54
"""


def test_a_photo_post_s_writer_and_comments_by_app_stamps() -> None:
    thread = read_text(PHOTO_POST)
    assert thread.post.author == "lemon_grove_lia"
    assert [s.author for s in thread.comments] == ["kofi_walks", "lemon_grove_lia",
                                                   "sorrento_sam"]


EVENT_PAGE = """eventhub
Find events
Start a group
Log in
Sign up

Lisbon Walkers
About
Events
Members
Photos

SATURDAY, OCTOBER 3, 2026
Sintra day hike: Pena, the Moorish Castle and down to Cascais

Hosted by
Rafa Ortiz
From Lisbon Walkers

Meet at Rossio station for the 09:11 train to Sintra. We climb to Pena Palace, cross to the
Moorish Castle and walk down through the hills to Cascais for the train back to Lisbon.

Attendees (14)

Comments

Ines V.
2d
First walk with the group! Is the descent to Cascais steep?

Rafa Ortiz
2d
Ines V. a little, take poles if you have them.

Tom Baker
1d
I did this route in spring, the Cabo da Roca detour adds an hour.
"""


def test_a_host_named_under_its_label_writes_the_post() -> None:
    thread = read_text(EVENT_PAGE)
    assert thread.post.author == "Rafa Ortiz"
    assert [s.author for s in thread.comments] == ["Ines V.", "Rafa Ortiz", "Tom Baker"]
