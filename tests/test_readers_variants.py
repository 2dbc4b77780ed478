"""Real pastes vary from the one sample each format was built on: other apps' exports (WhatsApp
on Android, 12-hour and month-first clocks), other date styles (Facebook's "27 November at
14:03 ·"), other mail clients (a top-posted Outlook chain). Each variant, written for this test,
must split into the same post and comments with the right writers and no chrome in the text."""

from __future__ import annotations

import pytest

from itinerary.readers.formats import read_text

WHATSAPP_ANDROID_12H = """\
27/11/26, 2:03 pm - Messages and calls are end-to-end encrypted. Tap to learn more.
27/11/26, 2:03 pm - Priya created group "Scotland roadtrip"
27/11/26, 2:05 pm - Priya: Ok so plan is Edinburgh for two nights then drive up to Inverness
27/11/26, 2:06 pm - Callum: Stop in Pitlochry on the way, the dam has a fish ladder
27/11/26, 2:07 pm - Callum: <Media omitted>
27/11/26, 2:09 pm - Morag: If you have time do Skye from Inverness
it's a long day but Portree is lovely
and the Fairy Pools are near Glenbrittle
27/11/26, 2:11 pm - Priya added Dev
27/11/26, 2:15 pm - Dev: I grew up in Aberdeen, happy to give tips
"""

WHATSAPP_IOS_12H = """\
[27/11/2026, 2:03:12 PM] Tom: Who's in for Croatia next June? Split then the islands
[27/11/2026, 2:04:40 PM] Ana: Me! Hvar is pricey, Vis is quieter
[27/11/2026, 2:05:03 PM] Ana: \u200eimage omitted
[27/11/2026, 2:06:30 PM] Luka: I'm from Zadar, come north a bit
Plitvice is two hours from there
[27/11/2026, 2:08:47 PM] Tom: \u200eTom changed the subject to "Croatia 2027"
[27/11/2026, 2:10:05 PM] Sara: Dubrovnik at the end? The ferry from Split is easy
"""

WHATSAPP_MONTH_FIRST = """\
11/27/26, 14:03 - Jen: Yellowstone in May, thoughts? Flying into Bozeman
11/27/26, 14:05 - Mike: Stay in Gardiner the first nights, north entrance is open all year
11/27/26, 14:06 - Mike: <Media omitted>
11/27/26, 14:09 - Rosa: Grand Teton too if you can, Jackson is a nice base
11/27/26, 14:12 - Jen: Is the road to Old Faithful open in May?
"""

DISCORD_FULL_DATES = """\
#europe-travel
Kasia — 27/11/2026 14:03
planning a week in Andalusia, Seville then Granada then Málaga
Diego — 27/11/2026 14:05
do Córdoba between Seville and Granada, the Mezquita is unreal
Kasia — 27/11/2026 14:07
oh nice, is it worth a night or just a stop?
Ben — 27/11/2026 14:10
a night. also Ronda if you have a car (edited)
"""

FACEBOOK_DATE_WITHOUT_YEAR = """\
Backpacking Southeast Asia
Private group · 120K members
Lucy Brennan
27 November at 14:03 ·
Heading to Laos in January. Luang Prabang then Vang Vieng then Vientiane, anything I'm missing?
👍❤️ 45
23 comments
Like
Comment
Share
Most relevant

Sam Ortiz
Top contributor
The Bolaven Plateau near Pakse if you have time
Like
Reply
2d

Lucy Brennan
Author
Is it easy to get to from Vientiane?
Like
Reply
2d

Kim Vo
I'm from Hanoi, you could come on into Vietnam after
Like
Reply
1d
"""

FACEBOOK_RELATIVE_DATE = """\
Slow Travel Portugal
Public group · 9.1K members
Duarte Sousa
3h ·
Two nights in Tomar or go straight on to Coimbra? Coming up from Lisbon by train.
12
4 comments
Like
Comment
Share

Inês Lopes
Tomar, the convent is worth a full morning
Like · Reply · 2h

Martin Grey
We did Coimbra and took the bus out to Conímbriga
Like · Reply · 1h
"""

OUTLOOK_CHAIN = """\
From: Helen Marsh <helen@example.com>
Sent: Friday, November 27, 2026 2:03 PM
To: Raj Patel <raj@example.com>
Subject: RE: Ireland in June

Raj, we did Galway and then the Aran Islands, the ferry from Rossaveal. Dingle is worth a night too.

Helen

-----Original Message-----
From: Raj Patel <raj@example.com>
Sent: Thursday, November 26, 2026 9:10 AM
To: Helen Marsh <helen@example.com>
Subject: Ireland in June

Hi Helen, we're flying into Dublin in June for ten days. Any tips for the west coast?

Raj
"""

OUTLOOK_WEB_CHAIN = """\
From: Dana Whitfield <dana@example.org>
Sent: 28 November 2026 09:12
To: Sam Ito <sam@example.org>; Priya Nair <priya@example.org>
Subject: Re: Norway fjords in August

Hurtigruten from Bergen is lovely but slow. We hired a car in Ålesund and drove to Geiranger.

________________________________
From: Priya Nair <priya@example.org>
Sent: 27 November 2026 18:40
To: Sam Ito <sam@example.org>
Subject: Re: Norway fjords in August

Flåm for sure, and the Stegastein viewpoint above Aurland.

________________________________
From: Sam Ito <sam@example.org>
Sent: 27 November 2026 14:03
To: Priya Nair <priya@example.org>; Dana Whitfield <dana@example.org>
Subject: Norway fjords in August

Hi both, we have a week in August, flying into Bergen. Where should we go?
"""

# A newsletter reply that quotes the issue under "Original Message": the issue is in the paste
# already, so the quoted copy is not a second message.
REPLY_QUOTING_THE_ISSUE = """\
From: Ruth <ruth@slowroads.example>
To: readers@slowroads.example
Date: Mon, 2 Nov 2026 08:00:00 +0000
Subject: Slow roads 31: the Causeway Coast

This month: Belfast to Derry along the coast, with a night in Ballycastle.

From: Owen Price <owen@mail.example>
To: ruth@slowroads.example
Date: Mon, 2 Nov 2026 19:30:00 +0000
Subject: Re: Slow roads 31: the Causeway Coast

Portrush was our favourite stop.

-----Original Message-----
From: Ruth <ruth@slowroads.example>
Sent: Monday, November 2, 2026 8:00 AM
Subject: Slow roads 31: the Causeway Coast

This month: Belfast to Derry along the coast, with a night in Ballycastle.
"""

# A social post opened on its own page: name over @handle over the text, the full date under it,
# then replies that run on without blank lines (Mastodon, Bluesky, X).
MASTODON_FOCUSED = """\
Ruth Okonkwo
@ruth@mastodon.social
Back from a week in the Faroe Islands. Tórshavn was our base, then a day out to Gjógv.
Nov 27, 2026, 14:03 · Edited · Public
3
12
20
Olav Dahl
@olav@fosstodon.org
2h
@ruth Did you get to Mykines? The puffins are worth the ferry
2
Ruth Okonkwo
@ruth@mastodon.social
1h
@olav the ferry was cancelled twice, we tried from Sørvágur
Jens Holm
@jens@toot.community
45m
@ruth I'm from Klaksvík, next time come north
"""

BLUESKY_FOCUSED = """\
Maya Chen
@mayachen.bsky.social
Just got back from Japan. Kyoto was busier than Tokyo somehow, Nara was the surprise.
November 27, 2026 at 2:03 PM
12 reposts
48 likes
Tariq
@tariq.bsky.social
· 2h
Did you do Osaka too? Dotonbori at night is wild
3
Maya Chen
@mayachen.bsky.social
· 1h
only one night in Osaka, we went to Hiroshima instead
Hannah K
@hannahk.bsky.social
· 30m
Kanazawa next time, the garden is stunning
"""

X_FOCUSED = """\
Post
Tomás Ribeiro
@tomasribeiro
Ten days in Morocco done. Marrakech, over the Atlas to Aït Benhaddou, then Fes and Chefchaouen.
2:03 PM · Nov 27, 2026
·
3,201 Views
14
102
Leila B
@leilab
·
2h
Did you stop in the Dades Gorge on the way to Merzouga?
2
Tomás Ribeiro
@tomasribeiro
·
1h
we did one night in Boumalne, the road was wild
Sam Hart
@samhart
·
30m
Essaouira next time, the coast is a nice break from Marrakech
"""

# vBulletin boards (Fodor's ran on one): the post bar "Old DATE  #N" or "Today, 14:03  #N" over the
# member's name, title and member lines, a blank line inside the block.
VBULLETIN_POST_BAR = """\
Best base for the Cotswolds?

Old 11-27-2026, 02:03 PM   #1
walker_jo
Junior Member

Join Date: Mar 2019
Posts: 42

Thinking of a week in the Cotswolds in April. Is Chipping Campden or Bourton-on-the-Water better?

Reply With Quote

Old 11-27-2026, 03:20 PM   #2
hilltop_dave
Senior Member

Join Date: Jan 2012
Posts: 3,118

Chipping Campden, quieter. Bourton is rammed with coaches.

Reply With Quote

Today, 09:12   #3
walker_jo
Junior Member

Join Date: Mar 2019
Posts: 42

Thanks. Is Bath doable as a day trip from there?

Reply With Quote
"""

VBULLETIN_DATE_OVER_NUMBER = """\
Trip report: 10 days in Sicily

Old Nov 27th, 2026, 02:03 PM
#1
sunny_traveler
Original Poster
Join Date: Jun 2008
Posts: 1,203

We flew into Catania, drove to Taormina, then Syracuse and Noto, ending in Palermo.

Old Nov 27th, 2026, 03:10 PM
#2
italophile
Join Date: Feb 2004
Posts: 14,880

Great report. Did you get to Cefalù on the way to Palermo?

Old Nov 28th, 2026, 09:00 AM
#3
bob_in_boston
Join Date: Mar 2015
Posts: 87

Agrigento next time, the temples are worth the drive.
"""

# A conversation copied from Gmail's page: the subject alone on top, each message opened by
# "Name <address>  DATE (N days ago)" over "to me" / "to Raj, Helen", quotes under "On ... wrote:".
GMAIL_CONVERSATION = """\
Lisbon in March

Raj Patel <raj@example.com>	Fri, Nov 27, 2026, 2:03 PM
to me

Hi all, we're going to Lisbon in March for five days. Is Sintra a day trip or should we stay there?

Helen Marsh <helen@example.com>	Fri, Nov 27, 2026, 3:15 PM
to Raj

Day trip is fine. Go to Cascais on the way back along the coast.

On Fri, 27 Nov 2026 at 14:03, Raj Patel <raj@example.com> wrote:
> Hi all, we're going to Lisbon in March for five days.

Tom Oduya <tom@example.com>	Fri, Nov 27, 2026, 5:40 PM
to Raj, Helen

I'd add a night in Évora if you rent a car.
"""

GMAIL_DAYS_AGO = """\
Balkans by bus?

Nadia Petrova <nadia.p@example.net>    Mon, Nov 23, 2026, 8:15 AM (4 days ago)
to Jonas

Is Sarajevo to Mostar doable by bus in a morning? Then on to Kotor.

Jonas Weber <jonas@example.net>    Tue, Nov 24, 2026, 10:02 PM (3 days ago)
to me

Yes, and stop in Počitelj if the driver lets you. Kotor via Trebinje is the easy way.
"""

# text, reader, [(author, first words) of the post and each comment], chrome that must go
CASES = [
    ("whatsapp-android-12h", WHATSAPP_ANDROID_12H, "chat",
     [("Priya", "Ok so plan"), ("Callum", "Stop in Pitlochry"),
      ("Morag", "If you have time"), ("Dev", "I grew up")],
     ["Media omitted", "end-to-end", "created group", "added Dev", "2:0", "pm -"]),
    ("whatsapp-ios-12h", WHATSAPP_IOS_12H, "chat",
     [("Tom", "Who's in"), ("Ana", "Me! Hvar"), ("Luka", "I'm from Zadar"),
      ("Sara", "Dubrovnik at the end")],
     ["image omitted", "changed the subject", "PM]", "[27/11"]),
    ("whatsapp-month-first", WHATSAPP_MONTH_FIRST, "chat",
     [("Jen", "Yellowstone in May"), ("Mike", "Stay in Gardiner"), ("Rosa", "Grand Teton"),
      ("Jen", "Is the road")],
     ["Media omitted", "11/27/26", "14:0"]),
    ("discord-full-dates", DISCORD_FULL_DATES, "name-date",
     [("Kasia", "planning a week"), ("Diego", "do Córdoba"), ("Kasia", "oh nice"),
      ("Ben", "a night.")],
     ["27/11/2026", "—", "#europe-travel"]),
    ("facebook-date-without-year", FACEBOOK_DATE_WITHOUT_YEAR, "facebook",
     [("Lucy Brennan", "Heading to Laos"), ("Sam Ortiz", "The Bolaven Plateau"),
      ("Lucy Brennan", "Is it easy"), ("Kim Vo", "I'm from Hanoi")],
     ["27 November", "23 comments", "members", "Top contributor", "Most relevant", "45"]),
    ("facebook-relative-date", FACEBOOK_RELATIVE_DATE, "facebook",
     [("Duarte Sousa", "Two nights in Tomar"), ("Inês Lopes", "Tomar, the convent"),
      ("Martin Grey", "We did Coimbra")],
     ["3h", "4 comments", "members", "Like"]),
    ("outlook-chain", OUTLOOK_CHAIN, "email",
     [("Raj Patel", "Ireland in June"), ("Helen Marsh", "Raj, we did Galway")],
     ["Original Message", "Sent:", "From:", "To:"]),
    ("outlook-web-chain", OUTLOOK_WEB_CHAIN, "email",
     [("Sam Ito", "Norway fjords in August"), ("Priya Nair", "Flåm for sure"),
      ("Dana Whitfield", "Hurtigruten from Bergen")],
     ["____", "Sent:", "From:", "Subject:"]),
    ("reply-quoting-the-issue", REPLY_QUOTING_THE_ISSUE, "email",
     [("Ruth", "Slow roads 31"), ("Owen Price", "Portrush was")],
     ["Original Message", "Sent:"]),
    (
        "mastodon-focused", MASTODON_FOCUSED, "name-date",
        [("Ruth Okonkwo", "Back from a week"), ("Olav Dahl", "@ruth Did you"),
         ("Ruth Okonkwo", "@olav the ferry"), ("Jens Holm", "@ruth I'm from")],
        ["@ruth@mastodon.social", "Public", "2h", "45m", "\n12\n", "\n2\n"],
    ),
    (
        "bluesky-focused", BLUESKY_FOCUSED, "name-date",
        [("Maya Chen", "Just got back"), ("Tariq", "Did you do Osaka"),
         ("Maya Chen", "only one night"), ("Hannah K", "Kanazawa next time")],
        ["bsky.social", "2:03 PM", "reposts", "likes", "· 2h", "\n3\n"],
    ),
    (
        "x-focused", X_FOCUSED, "name-date",
        [("Tomás Ribeiro", "Ten days in Morocco"), ("Leila B", "Did you stop"),
         ("Tomás Ribeiro", "we did one night"), ("Sam Hart", "Essaouira next time")],
        ["Post\n", "@tomasribeiro", "Views", "2:03 PM", "·", "30m"],
    ),
    (
        "vbulletin-post-bar", VBULLETIN_POST_BAR, "forum",
        [("walker_jo", "Best base for the Cotswolds"), ("hilltop_dave", "Chipping Campden"),
         ("walker_jo", "Thanks. Is Bath")],
        ["#1", "#2", "Join Date", "Posts:", "Junior Member", "Reply With Quote", "PM"],
    ),
    (
        "vbulletin-date-over-number", VBULLETIN_DATE_OVER_NUMBER, "forum",
        [("sunny_traveler", "Trip report"), ("italophile", "Great report"),
         ("bob_in_boston", "Agrigento next time")],
        ["Old Nov", "#1", "Join Date", "Posts:", "Original Poster"],
    ),
    (
        "gmail-conversation", GMAIL_CONVERSATION, "email",
        [("Raj Patel", "Lisbon in March"), ("Helen Marsh", "Day trip is fine"),
         ("Tom Oduya", "I'd add a night")],
        ["<raj@example.com>", "to me", "to Raj", "2:03 PM", "> Hi all", "wrote:"],
    ),
    (
        "gmail-days-ago", GMAIL_DAYS_AGO, "email",
        [("Nadia Petrova", "Balkans by bus?"), ("Jonas Weber", "Yes, and stop")],
        ["days ago", "to me", "to Jonas", "@example.net"],
    ),
]


@pytest.mark.parametrize(("text", "reader", "sections", "chrome"),
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_variant_splits_like_its_format(text: str, reader: str,
                                          sections: list[tuple[str | None, str]],
                                          chrome: list[str]) -> None:
    thread = read_text(text)
    assert thread.format == reader
    assert [s.author for s in thread.sections] == [author for author, _ in sections]
    for section, (_, words) in zip(thread.sections, sections, strict=True):
        assert section.text.startswith(words), (section.id, section.text[:60])
    text_read = "\n".join(s.text for s in thread.sections)
    for words in chrome:
        assert words not in text_read, f"{words!r} reached a section"


def test_a_focused_social_post_keeps_the_date_under_its_text() -> None:
    assert [read_text(text).post.date for text in (MASTODON_FOCUSED, X_FOCUSED)] == [
        "2026-11-27", "2026-11-27"]


def test_a_top_posted_chain_is_read_oldest_first_with_its_dates() -> None:
    thread = read_text(OUTLOOK_WEB_CHAIN)
    assert [s.date for s in thread.sections] == ["2026-11-27", "2026-11-27", "2026-11-28"]
    assert thread.post.title == "Norway fjords in August"
