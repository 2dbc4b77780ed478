"""Each format family read from its example page: the sections a reader sees, their authors,
reply parents, and no page chrome in any section."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.models import Thread
from itinerary.readers import read_threads
from itinerary.readers.formats import read_text

FORMATS = Path(__file__).resolve().parent.parent / "examples" / "formats"


def _read(name: str) -> Thread:
    [thread] = read_threads(FORMATS / name)
    return thread


def _shape(thread: Thread) -> list[tuple[str | None, str | None]]:
    """(author, parent) of every section, post first."""
    return [(s.author, s.parent) for s in thread.sections]


def _all_text(thread: Thread) -> str:
    return "\n".join(s.text for s in thread.sections)


# file, format, [(author, parent) of post and comments], chrome that must not reach a section
CASES = [
    ("blogger.txt", "blogger",
     [("Tove", None), ("Ansel", None), ("Tove", "comment-1"), ("Marguerite", None)],
     ["Posted by", "Labels:", "comments:", "Post a Comment", "Newer Post", "Subscribe"]),
    ("wordpress-on-date.txt", "wordpress",
     [("Ines", None), ("Hugo", None), ("Ines", "comment-1"), ("Delphine", None)],
     ["Pingback", "Trail Digest", "Filed under", "Leave a Reply", "4 Comments"]),
    ("wordpress-pipe.txt", "wordpress",
     [(None, None), ("Oskar | Baltic Byways", None), ("Renata", "comment-1")],
     ["Share this", "Budapest by tram", "thoughts on", "Leave a comment"]),
    ("disqus.txt", "disqus",
     [("Lidia", None), ("Bojan Petrović", None), ("Lidia", "comment-1"), ("Amaya R.", None),
      ("Felix", None)],
     ["△", "Join the discussion", "Also on", "Sarajevo", "Recommend", "Tags:"]),
    ("tripadvisor.txt", "tripadvisor",
     [("quietcoves", None), ("AlgarveAna", None), ("quietcoves", None)],
     ["Destination Expert", "posts", "Reply to:", "Report inappropriate", "Similar conversations",
      "Lisbon to Lagos", "Watch this Topic"]),
    ("phpbb.txt", "phpbb",
     [("snowlinesam", None), ("fjordfan", None)],
     ["Posts:", "Joined:", "Location: Leeds", "Post by", "Return to", "Top\n", "Board index"]),
    ("forum-posted-on.txt", "forum",
     [("tidepool_tess", None), ("Marco V.", None), ("tidepool_tess", None)],
     ["Posted on", "Reply  ·", "Related threads", "Lucca", "(OP)", "Wanderers' Board"]),
    ("reddit-old.txt", "reddit-old",
     [("khachapuri_kid", None), ("mtatsminda_mo", None), ("khachapuri_kid", "comment-1"),
      ("mtatsminda_mo", "comment-2"), ("batumi_bea", None)],
     ["points", "permalink", "about this subreddit", "jump to content", "self.solotravel",
      "sorted by"]),
    ("reddit-new.txt", "reddit-new",
     [("yuzu_yoshi", None), ("niseko_nate", None), ("yuzu_yoshi", "comment-1"),
      ("kushiro_kai", None)],
     ["level 1", "u/", "upvotes", "More posts you may like", "Niseko", "Reply", "Share"]),
    ("facebook.txt", "facebook",
     [("Rosa Lindqvist", None), ("Tomas Ferreira", None), ("Rosa Lindqvist", None),
      ("Paula Quispe", None)],
     ["Like · Reply", "Top contributor", "Author\n", "View 3 more replies", "Write a comment",
      "88K members", "14 comments"]),
    ("medium.txt", "medium",
     [("Dara Quinn", None), ("Yannis K.", None), ("Dara Quinn", "comment-1"),
      ("Helga Brandt", None)],
     ["min read", "Written by", "Followers", "Responses (2)", "More from", "Porto", "Dublin",
      "1 reply"]),
    ("newsletter.txt", "email",
     [("Nell", None), ("Piotr Nowak", None), ("Nell", "comment-1")],
     ["From:", "Subject:", "Unsubscribe", "wrote:", "> St Ives", "View this email"]),
    ("numbered-comments.txt", "numbered",
     [(None, None), ("Commenter 1", None), ("Commenter 2", None), ("Commenter 3", None)],
     ["3 Comments", "Leave a comment"]),
    ("blogger-page.html", "html",
     [("Tove", None), ("Kalle", None), ("Tove", "comment-1"), ("Wren", None)],
     ["Popular posts", "Krakow", "Newer Post", "Delete", "Replies"]),
    ("disqus-page.html", "html",
     [("Lidia", None), ("Emir H.", None), ("Lidia", "comment-1")],
     ["Berlin", "Asia", "4 years ago"]),
]


@pytest.mark.parametrize(("name", "fmt", "shape", "chrome"), CASES, ids=[c[0] for c in CASES])
def test_each_format_reads_as_its_readers_see_it(name: str, fmt: str,
                                                 shape: list[tuple[str | None, str | None]],
                                                 chrome: list[str]) -> None:
    thread = _read(name)
    assert thread.format == fmt
    assert _shape(thread) == shape
    text = _all_text(thread) + "\n"
    for words in chrome:
        assert words not in text, f"{words!r} reached a section"
    assert all(s.text.strip() for s in thread.sections)


def test_titles_and_iso_dates_where_the_page_gives_them() -> None:
    blogger = _read("blogger.txt")
    assert blogger.title == "Four days in the Lofoten Islands by bus"
    assert [s.date for s in blogger.comments] == ["2024-09-09", "2024-09-09", "2024-09-12"]
    assert _read("tripadvisor.txt").title == "Ten days in the Algarve without a car?"
    assert _read("newsletter.txt").title.startswith("The long way round, issue 12")
    assert _read("facebook.txt").title is None  # a Facebook post has no title
    reddit = _read("reddit-old.txt")
    assert reddit.title == "Week in Georgia (the country): Tbilisi, Kazbegi, Kutaisi"
    assert reddit.comments[0].date == "8 months ago"  # relative, and no capture date: as written


def test_relative_dates_count_back_from_the_capture_date_the_page_gives() -> None:
    text = (FORMATS / "disqus.txt").read_text("utf-8") + "\nCaptured on March 10, 2026\n"
    thread = read_text(text, "disqus.txt")
    assert [s.date for s in thread.comments] == ["2023-03-10", "2023-03-10", "2024-03-10",
                                                "2024-03-10"]
    assert "Captured" not in "".join(s.text for s in thread.sections)


def test_quoted_words_of_another_writer_stay_out_of_the_reply() -> None:
    forum = _read("forum-posted-on.txt")
    assert forum.comments[1].text == "Booked! Thank you."
    phpbb = _read("phpbb.txt")
    assert phpbb.comments[0].text.startswith("Lucky you!")
    assert "Snow all the way" not in phpbb.comments[0].text
    mail = _read("newsletter.txt")
    assert mail.comments[0].text == "We did St Ives in June and it was packed. Next time try Fowey."


def test_the_post_author_replying_is_recognised() -> None:
    thread = _read("blogger.txt")
    assert [thread.is_post_author(s) for s in thread.sections] == [True, False, True, False]
    facebook = _read("facebook.txt")
    assert facebook.is_post_author(facebook.comments[1])


def test_a_pingback_is_dropped_and_said_so() -> None:
    thread = _read("wordpress-on-date.txt")
    assert any("pingback" in w for w in thread.warnings)


def test_a_forced_reader_reads_a_page_its_way() -> None:
    text = (FORMATS / "disqus.txt").read_text("utf-8")
    assert read_text(text, "page", "disqus").format == "disqus"
    assert read_text(text, "page", "plain").format == "plain"


def test_a_long_page_without_comments_warns_naming_the_formats_tried() -> None:
    prose = "We walked from Ghent to Bruges along the canal and ate waffles. " * 30
    thread = read_text(f"A walk in Flanders\n\n{prose}", "walk.txt")
    assert not thread.comments
    [warning] = thread.warnings
    assert "Blogger" in warning and "Disqus" in warning and "--input-format" in warning
    short = read_text("A walk in Flanders\n\nWe walked from Ghent to Bruges.", "walk.txt")
    assert short.warnings == ()


# Threads the readers were not built on: other names, counts, dates and nesting.
HELD_OUT = [
    ("blogger", """Notes from the Road

Tuesday, March 3, 2020

Overnight in Luang Prabang

We took the slow boat down the Mekong from Huay Xai and arrived on the second evening.

Posted by Bertil at 11:02 AM

2 comments:

Nadia K said…
Two days on the boat! Did you stop in Pakbeng?

Reply

Anonymous said...
The morning alms round was the highlight for us.

Reply

Post a Comment
""", [None, "Nadia K", "Anonymous"], "Bertil"),
    ("wordpress", """Cold Feet Travel

Ice hotels of Lapland
Posted on January 5, 2021 by Saga

We slept one night at minus five in the ice hotel near Kiruna, then went on to Abisko.

12 Comments

Petter says:
January 6, 2021 at 7:12 am
Abisko for the lights is the right call.
Reply

    Saga says:
    January 6, 2021 at 9:00 am
    We saw them twice!
    Reply

        Petter says:
        January 6, 2021 at 9:30 am
        Lucky you.
        Reply

Ilona says:
January 8, 2021 at 4:44 pm
I live in Rovaniemi, come visit.
Reply

Leave a Reply
""", [None, "Petter", "Saga", "Petter", "Ilona"], "Saga"),
    ("reddit-new", """r/travel
Posted by u/quiet_quokka
2 years ago

Perth to Broome by road?

Is the coast road doable in ten days?

45 upvotes · 3 comments

level 1
u/exmouth_em · 2y
Yes, stop at Exmouth for the reef.
12
Reply
Share

level 2
u/quiet_quokka · OP · 2y
Adding Exmouth!
Reply
Share

level 3
u/exmouth_em · 2y
Good choice.
Reply
Share
""", [None, "exmouth_em", "quiet_quokka", "exmouth_em"], "quiet_quokka"),
    ("tripadvisor", """Peru Forum

hikerhal
Level Contributor
5 posts
1. Lares trek or Inca Trail?
Jan 9, 2019, 10:00 AM

Which is better in May?

Report inappropriate content

cusco_carla
Level Contributor
800 posts
2. Re: Lares trek or Inca Trail?
Jan 9, 2019, 12:30 PM

The Inca Trail, if permits remain.

Report inappropriate content

trailtom
Level Contributor
44 posts
3. Re: Lares trek or Inca Trail?
Jan 10, 2019, 8:00 AM

Lares has hot springs at the end.

Report inappropriate content

hikerhal
Level Contributor
6 posts
4. Re: Lares trek or Inca Trail?
Jan 11, 2019, 9:15 PM

Thank you both!

Report inappropriate content
""", [None, "cusco_carla", "trailtom", "hikerhal"], "hikerhal"),
    ("facebook", """Camino Walkers
Private group · 40K members

Hana Sato
 ·
May 2, 2022 · 🌐
Starting in Sarria next week. Any tips for the albergues?
Like
Comment
Share

Luis Ortega
Top fan
Book ahead in Portomarín, it fills up.
Like · Reply · 2y

Hana Sato
Author
Thank you Luis!
Like · Reply · 2y

Eva Brandt
Walked it in April, Melide has the best octopus.
Like · Reply · 2y

View more comments
""", [None, "Luis Ortega", "Hana Sato", "Eva Brandt"], "Hana Sato"),
    ("tripadvisor", """Japan Forum
Kyoto in November - how many days?

pebble_path
Level Contributor
9 posts
Kyoto in November - how many days?
Oct 2, 2023, 9:10 AM

We have ten days in Japan and wonder whether four nights in Kyoto is too many.
Nara would be a day trip.

Report inappropriate content

1. Re: Kyoto in November - how many days?

Oct 2, 2023, 10:45 AM

kansai_ken
Level Contributor
1,204 posts

Four is perfect. Add Uji for the tea.

Report inappropriate content

2. Re: Kyoto in November - how many days?
Oct 3, 2023, 8:00 PM

Not too many at all; we did five and went to Himeji one day.

Report inappropriate content

Similar conversations
Osaka or Kyoto base?
""", [None, "kansai_ken", "Anonymous"], "pebble_path"),
    ("facebook", """Solo Female Travellers Asia
Public group · 1.2M members

Aiko Tanaka
 ·
2y
Three weeks in Sri Lanka done! Colombo, Kandy, the train to Ella and a week around Mirissa.
❤️ 120
35 comments
Like
Comment
Share
Most relevant

Priya Nair
Did you book the Kandy to Ella train ahead?
2y
Like
Reply

Aiko Tanaka
Author
Yes, two weeks ahead through an agent.
2y
Like
Reply
Share

Greta Olsen
Top contributor
I'm in Galle now, the fort is lovely at sunset
2y Like Reply

Write a comment…
""", [None, "Priya Nair", "Aiko Tanaka", "Greta Olsen"], "Aiko Tanaka"),
    ("reddit-new", """r/travel
•
2 yr. ago
quiet_quokka

Perth to Broome by road?

Is the coast road doable in ten days with a hire car?

45
Share

Sort by:
Best

exmouth_em
•
2y ago
Yes, stop at Exmouth for the reef and Coral Bay on the way.

12
Reply
Share

quiet_quokka
OP
•
2y ago
Adding Exmouth, thanks!

3
Reply
Share

pilbara_pete
•
1y ago
Karijini is a detour inland but worth it.

Reply
Share

More posts you may like
""", [None, "exmouth_em", "quiet_quokka", "pilbara_pete"], "quiet_quokka"),
    ("blogger", """Far North Notes

Monday, June 3, 2019

A week in the Faroe Islands

We based ourselves in Tórshavn and drove the tunnels out to Gjógv and Saksun.
The ferry to Mykines was cancelled twice.

Posted by Ragna at 10:02 AM

3 comments:

Hallur
June 4, 2019 at 7:15 AM
Mykines is always a gamble with the wind. Try again in July.

Reply
Delete
Replies

    Ragna
    Author
    June 4, 2019 at 9:00 AM
    We will!

    Reply
    Delete

Ines P.
June 9, 2019 at 6:30 PM
Saksun was our favourite too.

Reply
Delete

Post a Comment
""", [None, "Hallur", "Ragna", "Ines P."], "Ragna"),
    ("disqus", """Going Slow

Tea country in Sri Lanka
by Odile

We took the train from Kandy to Ella and walked between tea estates for three days.

3 Comments

Kumari
•
5 years ago
I live in Nuwara Eliya, the Horton Plains walk is best at dawn.
△ ▽ • Reply • Share ›

    Odile → Kumari
    •
    5 years ago
    Noted for next time!
    △ ▽ • Reply • Share ›

Bram
•
4 years ago
The Nine Arches Bridge was packed when we went.
△ ▽ • Reply • Share ›
""", [None, "Kumari", "Odile", "Bram"], "Odile"),  # noqa: RUF001
    ("forum", """Travel Talk Forums > Europe > Greece

Ferry from Athens to Santorini in April?

#1
sunny_sailor
Junior Member
Join Date: Mar 2015
Posts: 14

We want to take the ferry from Piraeus to Santorini in April. Do the fast boats run that early?

#2
island_ian
Senior Member
Join Date: Jun 2009
Posts: 2,311

Originally Posted by sunny_sailor
Do the fast boats run that early?

Yes, from mid April. Stop on Naxos on the way if you can.

#3
sunny_sailor
Junior Member
Join Date: Mar 2015
Posts: 15

Naxos added, thanks.

Quick Reply
""", [None, "island_ian", "sunny_sailor"], "sunny_sailor"),
    ("email", """From: Tess <tess@slowtrains.example>
To: readers@slowtrains.example
Date: Mon, 3 Apr 2023 07:00:00 +0000
Subject: Slow Trains #7: the Bernina Express

Hi all,

This month: Chur to Tirano on the Bernina line, with a night in Poschiavo.

Tess

----------------------------------------------------------------

From: Walt Brenner <walt@mail.example>
To: tess@slowtrains.example
Date: Mon, 3 Apr 2023 19:20:00 +0200
Subject: RE: Slow Trains #7: the Bernina Express

We did it in winter from St. Moritz. Magical.

-----Original Message-----
From: Tess <tess@slowtrains.example>
Sent: Monday, April 3, 2023 9:00 AM
To: readers@slowtrains.example
Subject: Slow Trains #7: the Bernina Express

This month: Chur to Tirano on the Bernina line

----------------------------------------------------------------

From: Amara Osei <amara@inbox.example>
To: tess@slowtrains.example
Date: Tue, 4 Apr 2023 08:02:00 +0000
Subject: Re: Slow Trains #7: the Bernina Express

Is Poschiavo worth a night, or is Tirano better?
""", [None, "Walt Brenner", "Amara Osei"], "Tess"),
    ("name-date", """Rick's Travel Forum > Italy

Venice to Florence by train with a stop in Bologna?

Posted by
Marjorie
Portland, OR
04/02/24 08:15 AM
312 posts

We have one travel day between Venice and Florence. Is a few hours in Bologna worth it with luggage?

Posted by
Giulio
Bologna
04/02/24 09:40 AM
1,870 posts

Yes, the left-luggage office at Bologna Centrale is easy. Walk up to the two towers.

Posted by
Hank
Denver
04/03/24 07:05 PM
52 posts

We did it last May and had lunch near the Piazza Maggiore.
""", [None, "Giulio", "Hank"], "Marjorie"),
    ("name-date", """Overlanding Africa
Namibia self-drive in the rainy season?

dune_dweller
Feb 2022

We plan Windhoek to Sossusvlei and up to Etosha in February. Are the gravel roads passable?

2 Replies
♥ 4

kalahari_kim
Feb '22

I drove C19 to Sesriem in February 2020, no trouble. Etosha is green and the animals spread out.

skeleton_coast_sam
Mar 3, 2022

Check the river crossings near Swakopmund after rain.

dune_dweller
Mar 4, 2022

Thanks both, booked a 4x4 from Windhoek.

Suggested Topics
Botswana in October
""", [None, "kalahari_kim", "skeleton_coast_sam", "dune_dweller"],
     "dune_dweller"),
]


@pytest.mark.parametrize(("fmt", "text", "authors", "op"), HELD_OUT,
                         ids=[case[0] for case in HELD_OUT])
def test_threads_the_readers_were_not_built_on(fmt: str, text: str, authors: list[str | None],
                                               op: str) -> None:
    thread = read_text(text, "held-out.txt")
    assert thread.format == fmt
    assert [s.author for s in thread.sections][1:] == authors[1:]
    assert thread.post.author == op
