"""A Facebook group copy whose post ends in its own bar ("Like · Comment · Share", no Reply)
and whose writer wears a badge before the time ("Admin · 4d"): the post stays the post's, its
writer the name over the badge. Every thread here is invented."""

from __future__ import annotations

from itinerary.readers.formats import read_text

GROUP = """Azores Island Hoppers
Public group · 12K members

Rui Medeiros
Author
Admin · 4d
Back from ten days on São Miguel and Pico. We climbed Mount Pico from Madalena. Ask me!
Like · Comment · Share

Anke Visser
We did Flores last year, the waterfalls at Poço da Alagoinha are worth the flight.
Like · Reply · 4d

Rui Medeiros
Author
Anke Visser Flores is next on my list!
Like · Reply · 3d

Dario Costa
Is the ferry from Horta to Madalena running in April?
Like · Reply · 2d
"""


def test_the_posts_own_bar_ends_the_post_and_its_badged_writer_heads_it() -> None:
    thread = read_text(GROUP)
    assert [s.author for s in thread.sections] == [
        "Rui Medeiros", "Anke Visser", "Rui Medeiros", "Dario Costa"]
    assert thread.post.text.startswith("Back from ten days")
    assert thread.post.date == "4d"
    assert thread.comments[0].text.startswith("We did Flores")
