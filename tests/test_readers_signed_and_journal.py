"""Page shapes where the writer is named after the words or in a field block: a Q&A board that
closes each answer with "posted by NAME at TIME on DATE [N favorites]" and the question with
"posted by NAME to CATEGORY"; an app's row under a comment with single spaces ("3d 12 likes
Reply"); a journal whose comments are headed "Date:" over "From:" under an entry with its
writer's name under the date; a forum's "by NAME(m): TIME On DATE" post line; an issue
tracker's "NAME commented on DATE", its first comment the post; "Original post by NAME  Apr 9 @
9:12am"; a community board's name over its level and home over a date behind a direction mark;
an app's row glued together ("3w12 likesReply"); "NAME 8 months ago Link Parent" with no bar; a
task board's card exported as JSON, its own words the post, its comments newest first. Pages of
our own."""

from __future__ import annotations

from itinerary.readers import parse_json
from itinerary.readers.formats import read_text

QA_BOARD = """Overnight in Bruges or day trip from Brussels?
Four nights in Brussels in October. Is Bruges worth a night of its own, or is a day trip enough?
posted by lacewing to Travel & Transportation (3 answers total)

A day trip is plenty. The train takes an hour and the centre is small, we walked it twice.
posted by oyster_catcher at 6:15 PM on October 2, 2025 [1 favorite]

Stay the night. Bruges after the day trippers leave is another town; Ghent is on the way back.
posted by Wim V. at 7:02 PM on October 2, 2025 [4 favorites]

Thank you both, booking one night in Bruges and stopping in Ghent.
posted by lacewing at 9:40 AM on October 3, 2025
"""

APP_ROWS = """paddle.and.pine
Kayaked the whole of Milford Sound today, the rain made a hundred waterfalls.
4d

kea_country
Did that in March, Doubtful Sound was even quieter
4d 9 likes Reply

wanaka_wren
I live in Te Anau, it's the best base for both
3d 2 likes Reply

paddle.and.pine
@wanaka_wren we stayed in Te Anau too!
3d Reply
"""

JOURNAL = """Autumn in Kyoto
Nov. 18th, 2025 08:40 pm
amber_lantern

Five days in Kyoto for the maples: Eikando at night, Tofukuji at opening time, and a day
trip to Nara on the Thursday.

(no subject)
Date: 2025-11-19 02:15 am (UTC)
From: mossgarden

Tofukuji at opening time is the only way. Did you get up to Kurama?

Re: (no subject)
Date: 2025-11-19 09:48 am (UTC)
From: amber_lantern

Not this time, we went to Uji instead for the tea.
"""

BOARD_BYLINE = """Weekend In Jos Plateau - Where To Stay?
by plateaupilgrim(m): 8:05am On Mar 14, 2025
Going to Jos for a long weekend with friends. Any hotel near Rayfield you would recommend?

Re: Weekend In Jos Plateau - Where To Stay? by amaka_j(f): 9:30am On Mar 14, 2025
I'm from Jos, stay around Rayfield, it is quiet and close to the lakes.

Re: Weekend In Jos Plateau - Where To Stay? by tunde_roams(m): 10:47am On Mar 14, 2025
We stayed in Jos last year, also go out to Riyom Rock for the view.

Re: Weekend In Jos Plateau - Where To Stay? by plateaupilgrim(m): 11:12am On Mar 14, 2025
Thank you! Rayfield it is.
"""


def writers(text: str) -> list[str | None]:
    return [section.author for section in read_text(text).sections]


def test_answers_signed_after_their_words_go_to_their_signers() -> None:
    thread = read_text(QA_BOARD)
    assert writers(QA_BOARD) == ["lacewing", "oyster_catcher", "Wim V.", "lacewing"]
    assert thread.post.text.startswith("Overnight in Bruges")
    assert thread.comments[0].text.startswith("A day trip is plenty")


def test_an_app_row_with_single_spaces_closes_each_comment() -> None:
    assert writers(APP_ROWS) == ["paddle.and.pine", "kea_country", "wanaka_wren",
                                 "paddle.and.pine"]


def test_a_journal_entry_keeps_its_words_above_comments_headed_by_fields() -> None:
    thread = read_text(JOURNAL)
    assert writers(JOURNAL) == ["amber_lantern", "mossgarden", "amber_lantern"]
    assert "Tofukuji at opening time" in thread.post.text


def test_a_board_post_line_names_its_writer_without_the_gender_mark() -> None:
    assert writers(BOARD_BYLINE) == ["plateaupilgrim", "amaka_j", "tunde_roams", "plateaupilgrim"]


TRACKER = """Ideas for a week in Slovenia #17

lenka-k opened this issue on Apr 2, 2025 · 3 comments

lenka-k commented on Apr 2, 2025
Seven days in late May, no car. Ljubljana, Bled, Bohinj and Piran?

tomazr commented on Apr 3, 2025
Bohinj without a car is slow, I'd do Bled and the Soca valley by bus instead.

vesna-travels commented on Apr 3, 2025
I'm from Piran, two nights here is right.

lenka-k commented on Apr 4, 2025
Great, swapping Bohinj for Kobarid.
"""

BOARD_REPLIES = """Train or bus from Sofia to Plovdiv?

Original post by kolelo  Apr 9 @ 9:12am
Going from Sofia to Plovdiv on a Saturday. Which is better?

Reply by nightjar_bg  Apr 9 @ 10:40am
Bus, every hour from the central station, and faster than the train.

Reply by kolelo  Apr 9 @ 11:05am
Thanks, bus it is.

Reply by dunav  Apr 10 @ 7:55am
I live in Plovdiv, the bus station is a short walk from the old town.
"""

COMMUNITY = """Where to stay for a first visit to Seville?

mira_t
Level 3
Dublin, Ireland
\u200e04-02-2025 09:20 AM

Three nights in Seville in April. Santa Cruz or Triana?

joaquin_h
Level 10
Seville, Spain
\u200e04-02-2025 11:05 AM

I live in Triana, quieter at night and ten minutes on foot to the cathedral.

Ruth
Level 4
Leeds, United Kingdom
\u200e04-03-2025 08:30 AM

We stayed in Santa Cruz last spring and loved it.
"""


def test_an_issue_tracker_s_first_comment_is_the_post() -> None:
    thread = read_text(TRACKER)
    assert writers(TRACKER) == ["lenka-k", "tomazr", "vesna-travels", "lenka-k"]
    assert "Ljubljana, Bled, Bohinj and Piran" in thread.post.text


def test_a_board_s_original_post_and_replies_by_name_with_an_at_sign_time() -> None:
    thread = read_text(BOARD_REPLIES)
    assert writers(BOARD_REPLIES) == ["kolelo", "nightjar_bg", "kolelo", "dunav"]
    assert thread.post.text.startswith("Train or bus from Sofia to Plovdiv?")


def test_two_lines_of_who_a_writer_is_stand_between_the_name_and_a_marked_date() -> None:
    thread = read_text(COMMUNITY)
    assert writers(COMMUNITY) == ["mira_t", "joaquin_h", "Ruth"]
    assert thread.comments[0].text.startswith("I live in Triana")


GLUED_ROWS = """coast.and.crumbs The Amalfi coast by bus in May: Sorrento, Positano, Ravello.
3w

limoncello_lu We did Ravello last June, the gardens were the best part
3w12 likesReply

ferry_finder Take the ferry to Positano, the bus is packed in summer
2w4 likesReply

nonna_in_napoli I live in Salerno, come see us next time
1w9 likesReply
"""

LINKS_NO_BAR = """Two weeks in Georgia by marshrutka?
posted by tamar_v 8 months ago

Tbilisi, Kazbegi and Kutaisi in June. Is it doable without a car?

  mtatsminda 8 months ago Link
  Yes, marshrutkas go to Kazbegi every hour from Didube.

    tamar_v 8 months ago Link Parent
    Great, and to Kutaisi?

  svaneti_sam 7 months ago Link
  I live in Mestia, add it if you can, the bus from Kutaisi takes five hours.
"""


def test_an_app_row_glued_together_closes_each_handle_s_words() -> None:
    assert writers(GLUED_ROWS) == ["coast.and.crumbs", "limoncello_lu", "ferry_finder",
                                   "nonna_in_napoli"]


def test_links_after_a_time_with_no_bar_between_are_chrome() -> None:
    thread = read_text(LINKS_NO_BAR)
    assert writers(LINKS_NO_BAR) == ["tamar_v", "mtatsminda", "tamar_v", "svaneti_sam"]
    assert thread.comments[1].parent == thread.comments[0].id


CARD = """{
  "id": "c9",
  "name": "Lisbon long weekend",
  "desc": "Three nights in Alfama in April, then a day in Sintra. Is Cascais worth the evening?",
  "idMemberCreator": "m1",
  "actions": [
    {"type": "commentCard", "date": "2025-02-03T20:00:00.000Z",
     "data": {"text": "Booked the Sintra train for the Saturday, thanks."},
     "memberCreator": {"id": "m1", "fullName": "Tess Moreira"}},
    {"type": "commentCard", "date": "2025-02-02T11:30:00.000Z",
     "data": {"text": "Cascais at sunset is lovely, we went last May."},
     "memberCreator": {"id": "m2", "fullName": "Jonas Berg"}},
    {"type": "commentCard", "date": "2025-02-01T09:15:00.000Z",
     "data": {"text": "I live in Setubal, come over to Arrabida if you have a car."},
     "memberCreator": {"id": "m3", "fullName": "Rita Sousa"}}
  ]
}
"""


def test_a_card_s_own_words_are_the_post_and_its_comments_run_in_time_order() -> None:
    (thread,) = parse_json(CARD, "card.json")
    assert [s.author for s in thread.sections] == ["Tess Moreira", "Rita Sousa", "Jonas Berg",
                                                   "Tess Moreira"]
    assert thread.post.title == "Lisbon long weekend"
    assert "Three nights in Alfama" in thread.post.text
