"""Blogger's threaded replies as a copy gives them: under a comment's "Replies", each reply opens
with its writer's name and date on one line (glued together when the page had no space between
them), not with "NAME said...". The blog's own date heading may be written day first."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text

PAGE = """Sunday, {heading}
Two days in the Cotswolds

We based ourselves in Chipping Campden and walked to Broadway Tower on the second morning.

Posted by Ruth Galloway at 21:02
Labels: England

3 comments:

Mehmet Aydin said...
Did you get to Bibury? Arlington Row is worth the detour.

{first}
Reply Delete

Replies

{reply}
Not this time, it was too far without a car.

Delete

Claire Dubois said...
Bonjour from Lyon! We loved Castle Combe last spring.

{second}
Reply Delete
"""


@pytest.mark.parametrize(("heading", "first", "reply", "second"), [
    ("12 October 2025", "13 October 2025 at 08:15", "Ruth Galloway 13 October 2025 at 10:40",
     "14 October 2025 at 19:03"),
    ("October 12, 2025", "October 13, 2025 at 8:15 AM", "Ruth GallowayOctober 13, 2025 at 10:40 AM",
     "October 14, 2025 at 7:03 PM"),
])
def test_a_reply_headed_by_its_name_and_date_is_its_own_section(
        heading: str, first: str, reply: str, second: str) -> None:
    thread = read_text(PAGE.format(heading=heading, first=first, reply=reply, second=second))
    assert thread.format == "blogger"
    assert [(s.author, s.parent) for s in thread.sections] == [
        ("Ruth Galloway", None), ("Mehmet Aydin", None), ("Ruth Galloway", "comment-1"),
        ("Claire Dubois", None)]
    assert thread.post.title == "Two days in the Cotswolds"
    assert thread.sections[2].text == "Not this time, it was too far without a car."
