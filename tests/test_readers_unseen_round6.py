"""Pages in shapes no reader names, sixth round (tests/unseen_shapes/ pages listed under
``_round6``, labelled before the readers ran, and short pages written here): a time zone after
the stamp, "Posted in <forum> on <date>", a site's name over a menu above the first writer, a
name and its time joined by a spaced hyphen, "by NAME - <date>" headers under a breadcrumb of
slashes, a reviewer's counts between the name and the date, one-letter avatars, and a mail's
recipients under the time. Every thread here is invented."""

from __future__ import annotations

from unseen_shapes_score import round6, score_part

from itinerary.readers.formats import read_text


def writers(text: str) -> list[str | None]:
    return [section.author for section in read_text(text).sections]


def test_the_sixth_rounds_pages_keep_their_floor() -> None:
    tuned = score_part("tune", pages=round6())
    assert tuned.boundary_f1 >= 0.8
    assert tuned.author_accuracy >= 0.8
    measured = score_part("measure", pages=round6())
    assert measured.boundary_f1 >= 0.7
    assert measured.author_accuracy >= 0.55


ZONED = """Overland Asia board
Mekong by slow boat?
Hanna Berg
Oct 2, 2025 8:40 PM (CET)
Two days from Huay Xai to Luang Prabang on the slow boat, overnight in Pakbeng. Worth it?
Somchai
Oct 3, 2025 6:15 AM (ICT)
Yes. Bring a cushion, the benches are hard. I live in Chiang Khong, right at the crossing.
Liam Doyle
Oct 3, 2025 11:02 AM (GMT)
We did it in 2023 and then went on to Nong Khiaw by minivan.
"""


def test_a_time_zone_after_the_stamp_keeps_the_name_over_it_a_header() -> None:
    thread = read_text(ZONED)
    assert writers(ZONED) == ["Hanna Berg", "Somchai", "Liam Doyle"]
    assert thread.sections[1].text.startswith("Yes. Bring a cushion")


POSTED_IN = """Walkers' Circle
Home > Forums > Long-distance paths
The Kerry Way in eight days
Orla Nolan
Posted in Long-distance paths on 12 May 2025
Killarney to Glenbeigh took us three days. Waterville was the nicest overnight stop.
Fergus Lane
Replied in Long-distance paths on 13 May 2025
I'm from Kenmare, and the last day into it from Sneem is the best stretch.
Aoife Carr
Replied in Long-distance paths on 14 May 2025
We skipped the Black Valley section and took a taxi to Glencar.
"""


def test_posted_in_a_forum_on_a_date_is_the_time_a_post_was_written() -> None:
    thread = read_text(POSTED_IN)
    assert writers(POSTED_IN) == ["Orla Nolan", "Fergus Lane", "Aoife Carr"]
    assert thread.post.author == "Orla Nolan"
    assert thread.sections[1].text.startswith("I'm from Kenmare")


DASHED = """Narrowboat Owners Forum
Llangollen Canal in August
Rhys Morgan - Wednesday, 6 August 2025 at 19:05
Heading from Hurleston Junction to Llangollen and back, ten days. Is the aqueduct busy?
Gwen Pryce - Thursday, 7 August 2025 at 08:40
Pontcysyllte is busy after ten, cross early. We moor at Trevor for the night.
Alan Fitch - Thursday, 7 August 2025 at 13:22
We live in Whitchurch and the arm there is a quiet stop on the way.
"""


def test_a_spaced_hyphen_between_the_name_and_its_weekday_date_ends_the_name() -> None:
    assert writers(DASHED) == ["Rhys Morgan", "Gwen Pryce", "Alan Fitch"]


BY_DASH = """Outdoor Education 12
Home / My courses / OE12 / Forums / Planning the autumn expedition
Planning the autumn expedition
by Karin Holm - Monday, 8 September 2025, 3:10 PM
We are choosing between Jotunheimen and Rondane for the four-day hike. Both start near Otta.
Reply
by Nils Dahl - Monday, 8 September 2025, 5:44 PM
Rondane is gentler for first-timers. Jotunheimen from Gjendesheim is harder but better.
Reply
by Sara Lunde - Tuesday, 9 September 2025, 9:02 AM
My family lives in Lom, so Jotunheimen from the north side works too.
Reply
"""


def test_by_name_and_a_date_heads_each_post_under_a_breadcrumb_of_slashes() -> None:
    thread = read_text(BY_DASH)
    assert writers(BY_DASH) == ["Karin Holm", "Nils Dahl", "Sara Lunde"]
    assert thread.sections[1].text.startswith("Rondane is gentler")
    assert "My courses" not in thread.post.text


COUNTED = """Tapas Bar El Faro, Cadiz
4.4 (391 reviews)
Recommended Reviews
Sofia M.
Seville, Spain
8 friends
27 reviews
Sep 14, 2025
Best tortillitas de camarones we had, and we ate our way from Jerez to Tarifa.
Helpful 2
Pete R.
Leeds, UK
0 friends
3 reviews
Aug 30, 2025
Came over from Vejer for dinner. Worth the drive.
Helpful 0
Ines L.
Madrid, Spain
140 friends
512 reviews
Aug 2, 2025
Sat outside facing the cathedral. El Puerto across the bay is next on our list.
"""


def test_a_reviewers_counts_between_name_and_date_head_the_review_without_a_blank() -> None:
    thread = read_text(COUNTED)
    assert [a for a in writers(COUNTED) if a] == ["Sofia M.", "Pete R.", "Ines L."]
    pete = next(s for s in thread.sections if s.author == "Pete R.")
    assert pete.text.startswith("Came over from Vejer")


LETTERS = """Vanlife Nordics
Latest  Categories
Lofoten in June with a camper?
Eirik Solberg
2 Jun
Driving up from Bodo on the ferry to Moskenes, then north to Svolvaer. Where to camp?
Reply
K
kasia_wanders
3 Jun
Reine has a small camper spot, book ahead. We did Hamnoy as a walk from there.
Reply
T
Tor Ness
4 Jun
I live in Henningsvaer, come by.
Reply
"""


def test_a_one_letter_avatar_over_the_name_is_no_writer() -> None:
    assert writers(LETTERS) == ["Eirik Solberg", "kasia_wanders", "Tor Ness"]


MAIL = """Inbox
Azores in October
Inbox
J
Julia Prado
Oct 1, 2025, 7:12 PM
to me, Marco
Landing in Ponta Delgada on the 10th, four nights on Sao Miguel then Flores?
M
Marco Dias
Oct 1, 2025, 8:30 PM
to Julia, me
Flores yes, but check the flights from Horta. Sete Cidades is a day trip from Ponta Delgada.
E
Eva Lopes
Oct 2, 2025, 9:05 AM
to Julia, Marco
I'm in Lisbon until November, meet on the way back?
"""


def test_a_mails_recipients_under_the_time_are_no_writer() -> None:
    assert writers(MAIL) == ["Julia Prado", "Marco Dias", "Eva Lopes"]


SITE_ON_TOP = """Trail Runners Hub
Home > Forums > Races
Ultra-Trail du Mont-Blanc first time
Chloe Martin
Posted in Races on 3 June 2025
Staying in Chamonix the week before. Courmayeur recce run worth it?
Ben Ortiz
Replied in Races on 4 June 2025
Yes, and see Champex on the way back to Chamonix.
Dario Ferri
Replied in Races on 5 June 2025
I live in Aosta; Courmayeur is my home trail.
"""


def test_a_sites_name_over_its_menu_is_not_the_posts_writer() -> None:
    assert writers(SITE_ON_TOP)[0] == "Chloe Martin"


ANSWERED = """Riad Lalla, Marrakech
Reviews (210)
Sort by: Newest
Omar B
Lyon, France
14 contributions
Apr 2025
Three nights in the medina, then a day trip to Ouzoud falls and on to Essaouira by bus.
Response from Karima, Manager at Riad Lalla
Responded Apr 12, 2025
Merci Omar! Next time let us book you a guide for the Atlas.
Ruth D
Denver, Colorado
3 contributions
Mar 2025
We came from Fes on the train and want to see Merzouga next year.
Response from the owner
Responded Mar 30, 2025
Thank you Ruth, Merzouga is magical in October.
"""


def test_an_owners_response_under_a_review_is_its_own_section_not_the_reviewers() -> None:
    thread = read_text(ANSWERED)
    assert [a for a in writers(ANSWERED) if a] == [
        "Omar B", "Karima", "Ruth D", "the owner"]
    ruth = next(s for s in thread.sections if s.author == "Ruth D")
    assert "magical" not in ruth.text


JOURNAL = """paddle_and_pine
Journal  Friends  Memories  Profile
Canoeing the Bowron Lakes
Aug. 14th, 2025 at 6:02 PM
paddle_and_pine
The circuit took us eight days from the ranger station. Barkerville was a fun stop on the way.
4 comments
glacier_fox
Aug. 14th, 2025 09:40 pm (UTC)
We did it in seven and camped at Wolverine Bay. I'm from Quesnel, so it's our local trip.
Reply | Thread
paddle_and_pine
Aug. 15th, 2025 07:15 am (UTC)
Wolverine Bay was our favourite too.
Reply | Thread
moose_tracks
Aug. 16th, 2025 11:30 am (UTC)
Heading to Wells Gray next summer instead.
Reply | Thread
"""


def test_a_journal_entrys_writer_under_its_title_and_date_writes_the_post() -> None:
    thread = read_text(JOURNAL)
    assert writers(JOURNAL) == ["paddle_and_pine", "glacier_fox", "paddle_and_pine", "moose_tracks"]
    assert "eight days" in thread.post.text


PAPER = """Travel | Asia
Should Kyoto cap visitor numbers?
Readers on crowding in the old capital.
Comments (238)
Sort by  Newest
kansai_commuter
12 Apr 2025 8.05
I live in Otsu and take the train in. Fushimi Inari before seven is still quiet.
Report
Share
Recommend 17
MossGardener
12 Apr 2025 9.41
We based ourselves in Nara and came in for two days. Arashiyama was the worst crowd of the trip.
Report
Share
Recommend 9
"""


def test_a_papers_comments_with_dotted_times_and_recommend_counts_split_by_writer() -> None:
    thread = read_text(PAPER)
    assert writers(PAPER) == [None, "kansai_commuter", "MossGardener"]
    assert thread.sections[1].date == "2025-04-12"
    assert not any("Recommend" in s.text or "Sort by" in s.text for s in thread.sections)


REACTIONS = """Ristorante Il Porto, Genoa
Recommended Reviews
Aldo F.
Turin, Italy
3 friends
19 reviews
Oct 2, 2025
The pesto was the best of our week between Genoa and Camogli.
Useful 2
Funny 0
Cool 1
Beth N.
Boston, MA
41 friends
88 reviews
Sep 20, 2025
Walked here from the aquarium. Portofino is next.
Useful 0
Funny 0
Cool 0
"""


def test_a_reviews_reaction_counts_are_not_a_writer_or_words() -> None:
    thread = read_text(REACTIONS)
    assert [a for a in writers(REACTIONS) if a] == ["Aldo F.", "Beth N."]
    assert not any("Funny" in s.text or "Cool" in s.text for s in thread.sections)


STARTER = """Cycling Europe Forum
Danube path: Passau to Vienna in five days?
Thread starter kettle_and_wheel · Start date 2 May 2025
Riding from Passau to Vienna in five days in June, stopping in Linz, Grein, Melk and Krems.

odo_rider
3 May 2025
Five days is relaxed. Melk to Krems through the Wachau is the best day.

kettle_and_wheel
3 May 2025
Good to know. Is Grein worth a night?

sabine.r
4 May 2025
I live in Linz, and Grein is lovely. Stop at Mauthausen on the way.
"""


def test_the_thread_starter_named_in_the_posts_head_writes_the_post() -> None:
    thread = read_text(STARTER)
    assert thread.post.author == "kettle_and_wheel"
    assert writers(STARTER)[1:] == ["odo_rider", "kettle_and_wheel", "sabine.r"]


ASKED_BY = """Ask the Locals
Trip Planning > Africa
Garden Route by car in ten days
Asked by Thandi Nkosi in Trip Planning, 4 Mar 2025
Landing in Cape Town, then Hermanus, Mossel Bay, Knysna and Plettenberg Bay. Ten days enough?

Pieter V
5 Mar 2025
Ten days is fine. Add Oudtshoorn inland for the Cango Caves.

Thandi Nkosi
5 Mar 2025
Thanks, is Wilderness worth a night?
"""


def test_asked_by_a_commenter_in_the_posts_head_makes_them_the_posts_writer() -> None:
    assert writers(ASKED_BY) == ["Thandi Nkosi", "Pieter V", "Thandi Nkosi"]


DIGEST = """Subject: Digest for canal-boaters@googlegroups.com - 3 updates in 1 topic

Kennet and Avon in April - 3 Updates

Hugh Barr <hugh.barr@example.org>: Apr 02 07:40PM

Taking the boat from Bath to Devizes over Easter, then the Caen Hill flight.
Any moorings near Bradford on Avon?

Lydia Cole <lcole@example.net>: Apr 03 08:15AM

We moor below the lock at Bradford on Avon. The pub by the tithe barn is good.

Sam Ito <sam.ito@example.com>: Apr 03 12:05PM

I live in Devizes. Caen Hill takes most of a day, start early.
"""


def test_a_digests_writer_with_their_address_and_time_heads_each_message() -> None:
    thread = read_text(DIGEST)
    assert [a for a in writers(DIGEST) if a] == ["Hugh Barr", "Lydia Cole", "Sam Ito"]
    assert next(s for s in thread.sections if s.author == "Sam Ito").text.startswith("I live")


WROTE_ON = """Walkers' book of the Tour du Mont Blanc

Ingrid (Bergen) wrote on 7/14/25:
We went anticlockwise from Les Houches and stayed in Courmayeur two nights.

Paolo (Aosta) wrote on 7/16/25:
The Col de la Seigne crossing was the best day. Next year the Haute Route.

Ingrid (Bergen) wrote on 7/20/25:
Paolo, we did Champex as a rest day too.
"""


def test_a_writer_with_their_home_and_what_they_did_before_a_date_heads_a_post() -> None:
    assert writers(WROTE_ON) == ["Ingrid (Bergen)", "Paolo (Aosta)", "Ingrid (Bergen)"]
