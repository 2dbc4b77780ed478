"""Pages in shapes no reader names, fifth round (tests/unseen_shapes/ pages listed under
``_round5``, labelled before the readers ran, and short pages written here): a meeting tool's
saved chat and a call's transcript, note-app and creator-platform copies, comments signed under
their words, review pages with a line of who the reviewer is. Every thread here is invented."""

from __future__ import annotations

from unseen_shapes_score import round5, score_part

from itinerary.readers.formats import read_text


def test_the_fifth_rounds_measured_pages_keep_their_floor() -> None:
    score = score_part("measure", pages=round5())
    assert score.boundary_f1 >= 0.85
    assert score.author_accuracy >= 0.8
    assert score.leakage <= 0.25


MEETING_CHAT = "\n".join([
    "09:14:02 From Priya Raman to Everyone:",
    "\tMorning! Has anyone taken the night train from Vienna to Venice?",
    "09:14:40 From Jonas Weber to Everyone:",
    "\tYes, twice. Book a couchette, the seats are grim",
    "\tand it gets in before eight",
    "09:15:12 From Priya Raman to Jonas Weber(Direct Message):",
    "\tthanks, is Santa Lucia the stop?",
    "09:15:30 From Lena Fischer to Everyone:",
    '\tReacted to "Yes, twice. Book a..." with \U0001F44D',
    "09:16:05 From Jonas Weber to Priya Raman(Direct Message):",
    "\tyes, right on the Grand Canal",
])


def test_a_meeting_tools_saved_chat_splits_by_writer_without_its_addressing() -> None:
    thread = read_text(MEETING_CHAT)
    assert [s.author for s in thread.sections] == [
        "Priya Raman", "Jonas Weber", "Priya Raman", "Jonas Weber"]
    assert thread.sections[1].text.startswith("Yes, twice.")
    assert "before eight" in thread.sections[1].text
    assert not any("Everyone" in s.text or "Reacted" in s.text for s in thread.sections)


TRANSCRIPT = """Call about Sardinia

Marco Pinna  00:00:06
We land in Olbia and want a week without changing hotels too often.

Giulia Serra  00:00:21
Then split it: four nights near San Teodoro, three in Alghero on the other side.

Marco Pinna  00:00:40
Is the drive across long?

Anna Deiana  00:01:02
About two and a half hours, stop at Castelsardo on the way.
"""


def test_a_call_transcript_with_seconds_in_its_times_splits_by_speaker() -> None:
    thread = read_text(TRANSCRIPT)
    assert [s.author for s in thread.sections] == [
        "Marco Pinna", "Giulia Serra", "Marco Pinna", "Anna Deiana"]
    assert thread.sections[3].text.startswith("About two and a half hours")


SIGNED_BY_DOT = """Visitors' book - Refugio Frey, Bariloche

Two nights in the hut after the climb from Villa Catedral. Thanks for the soup and the weather tips.
Malena \u00b7 3 February 2025

We came up from Bariloche by bus and the walk in took five hours. Next year Jakob Lagoon.
Tom & Iris \u00b7 11 February 2025

Best hut of the whole trip, and the sunset on the towers was unreal.
Hiroshi \u00b7 20 February 2025
"""

SIGNED_BY_DASH = """A slow week on the Douro

We drove from Porto up the valley to Pinhao and spent five nights between two quintas above it.
One day we took the train to Pocinho and back along the river.

Comments (3)

We did the same train last year, sit on the right going up!
\u2014 Ines, 4 June

Which quinta had the pool above the river?
\u2014 Rob Kelly, 6 June

Quinta da Roeda, and yes, the right side is the river side.
\u2014 Sara (author), 7 June
"""

SIGNED_BY_ON = """Trip report: Jordan in five days
Amman, Jerash, two nights at Petra and one in Wadi Rum. The desert camp was the highlight.
by sami_travels on 12 Mar 2025 | reply

Did you take the bus from Amman to Petra or a driver?
by olga.k on 13 Mar 2025 | reply

The JETT bus, early morning, easy.
by sami_travels on 13 Mar 2025 | reply
"""


DIARY = """Letters from the Alentejo

The first morning in Evora was cold, then the sun came out over the cathedral.
\u2014 Evora, 3 May

Drove east to Monsaraz, the lake below was silver all afternoon.
\u2014 Monsaraz, 5 May

Down to the coast at last, the wind never stopped.
\u2014 Milfontes, 8 May
"""


def test_comments_signed_under_their_words_give_each_writer_their_own_words() -> None:
    book = read_text(SIGNED_BY_DOT)
    assert [(s.author, s.text.split()[0]) for s in book.sections[1:]] == [
        ("Tom & Iris", "We"), ("Hiroshi", "Best")]
    assert book.post.author == "Malena" and "Two nights in the hut" in book.post.text
    dashed = read_text(SIGNED_BY_DASH)
    assert dashed.post.author is None
    assert [(s.author, s.text.split()[0]) for s in dashed.comments] == [
        ("Ines", "We"), ("Rob Kelly", "Which"), ("Sara", "Quinta")]
    assert not any("\u2014 Ines" in s.text for s in dashed.sections)
    signed = read_text(SIGNED_BY_ON)
    assert [s.author for s in signed.sections] == ["sami_travels", "olga.k", "sami_travels"]
    assert signed.comments[0].text.startswith("Did you take the bus")
    assert not any("| reply" in s.text for s in signed.sections)
    assert read_text(DIARY).comments == ()  # a diary's datelines under its entries: no writers


NOTE_APP = """ana.roams
Follow
Two days in Lisbon on foot \U0001F45F
Alfama at sunrise, the tram 28 line on foot, Belem in the afternoon, sunset at a viewpoint.
#lisbon #portugal
2.4k  1,032  64
64 comments
rui.m
Did you go out to Sintra as well?
2d  Porto  Reply
ana.roams  Author
not this time, next trip!
2d  Lisbon  Reply
Claire B
Belem is much better early, before the tour buses
1d  France  Reply
tomek replying to rui.m
Sintra deserves a full day anyway
1d  Poland  Reply
"""


def test_a_note_apps_comments_are_headed_by_the_row_under_their_words() -> None:
    thread = read_text(NOTE_APP)
    assert [s.author for s in thread.sections] == [
        "ana.roams", "rui.m", "ana.roams", "Claire B", "tomek"]
    assert thread.comments[2].text == "Belem is much better early, before the tour buses"
    assert thread.comments[3].parent == thread.comments[0].id  # "replying to rui.m"
    assert not any("Reply" in s.text or "2.4k" in s.text for s in thread.sections)


REVIEWS = """Guesthouse Tara, Kotor
\u2605 4.91 \u00b7 212 reviews

Show all 212 reviews

Nadia
Sarajevo, Bosnia and Herzegovina
May 2025
Five minutes from the old town gate, and the host drove us to Perast one evening.
Owen
Cardiff, United Kingdom
April 2025
Quiet room, good breakfast. We walked up to the fortress at seven before the heat.
Keiko
Osaka, Japan
April 2025
We used it as a base for Budva and the Lovcen mausoleum, both easy by car.
"""


def test_a_reviewer_over_a_line_of_who_they_are_and_the_date_heads_the_review() -> None:
    thread = read_text(REVIEWS)
    assert [s.author for s in thread.sections] == ["Nadia", "Owen", "Keiko"]
    assert thread.comments[0].text.startswith("Quiet room")
    assert not any("212 reviews" in s.text for s in thread.sections)


CREATOR = """Trail Tales
Home  Posts  About  Membership
Crossing the Julian Alps hut to hut
Apr 2 at 8:00 AM
Locked
For Hiker tier and above
Five days from Bohinj over the Triglav lakes valley to Trenta, sleeping in huts all the way.
18 Likes
6 comments
Mateja K.
3d
Did you need to book the huts ahead in July?
Like \u00b7 Reply
Trail Tales
Creator
3d
Yes, a month ahead for the lakes valley hut
Like \u00b7 Reply
Ben O.
1d
Which day was the hardest?
Like \u00b7 Reply
"""


def test_a_creators_page_is_written_by_the_creator_and_drops_its_tier_lines() -> None:
    thread = read_text(CREATOR)
    assert thread.post.author == "Trail Tales"
    assert [c.author for c in thread.comments] == ["Mateja K.", "Trail Tales", "Ben O."]
    assert not any("tier" in s.text or "Locked" in s.text for s in thread.sections)
