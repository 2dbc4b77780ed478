"""Threads pasted from apps and sites no earlier reader knew, each split into its post and
comments with the right writers: phone and chat-window copies where the name alone heads a turn,
forum copies headed by a member block or SMF's "« Reply #N on: »", numbered comments with the
name on the number's line, mail replies quoted level by level, Reddit's app copy, a Disqus theme
with "edited" after the date, and quotes of an earlier post without a closing line. The pastes
(tests/paste_shapes/*.txt) are written for these tests; the writers were labelled first."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.models import Thread
from itinerary.readers.formats import read_text

FORMATS = Path(__file__).resolve().parent / "paste_shapes"

CASES = [
    ("paste-imessage.txt", "chat", ["Priya", "Tomás", "Priya", "Hanna", "Tomás", "Priya"]),
    ("paste-messenger.txt", "chat",
     ["Kofi Mensah", "Kofi Mensah", "Ama Owusu", "Ama Owusu", "Jide Bello", "Kofi Mensah"]),
    ("paste-messenger-replies.txt", "chat",
     ["Bruna Costa", "Lucas Mendes", "You", "Bruna Costa", "Lucas Mendes"]),
    ("paste-element.txt", "chat",
     ["Rosa Delgado", "Rosa Delgado", "Ben Harper", "Giulia", "Ben Harper", "Rosa Delgado"]),
    ("paste-whatsapp-copy.txt", "chat", ["Maya Levi", "Giorgi", "Giorgi", "Sam Okafor",
                                         "Maya Levi"]),
    ("paste-teams.txt", "chat", ["Ola Nowak", "Piotr Zieliński", "Ola Nowak", "Hannah Byrne",
                                 "Piotr Zieliński"]),
    ("paste-cruise-forum.txt", "forum", ["fjordfan77", "NorthernStar_Liv", "Pete&Jan",
                                         "fjordfan77"]),
    ("paste-reddit-web.txt", "reddit-new",
     ["kite_and_coast", "drin_valley", "kite_and_coast", "ana_on_foot", "mirela_k"]),
    ("paste-disqus-bullets.txt", "name-date", [None, "Anouk V", "Mark T", "Elif", "Anouk V"]),
    ("paste-name-bracket-date.txt", "inferred", [None, "Jordi", "Claire M.", "Jordi", "Sven"]),
    ("paste-reply-by.txt", "wordpress", [None, "Matteo R.", "Hanne", "Matteo R.", "Tom W"]),
    ("paste-transcript.txt", "chat", ["Mum", "Dan", "Mum", "Leah", "Dan", "Mum"]),
    ("paste-tiktok.txt", "inferred",
     ["wander.with.wren", "deniz.k", "mo_travels", "wander.with.wren", "lukas.b"]),
    # a writer's messages under one name line are one turn
    ("paste-zulip.txt", "inferred", ["Lena Fischer", "Marco Bellini", "Yuki Tanaka",
                                     "Lena Fischer"]),
    ("paste-vbulletin-members.txt", "forum", ["Pat Byrne", "Siobhan K", "walker_mike",
                                              "Pat Byrne"]),
    ("paste-smf.txt", "forum", ["Anna K.", "Gergő", "Tomasz", "Anna K."]),
    ("paste-xenforo-said.txt", "forum", ["sunny_gabi", "trav_ollie", "Marisa C", "sunny_gabi"]),
    ("paste-said-quotes.txt", "wordpress", [None, "Marta_Z", "Jonas", "Eli", "Marta_Z"]),
    ("paste-numbered-hash.txt", "numbered", [None, "Rachel", "Duncan", "Priti S", "Rachel"]),
    ("paste-comment-by.txt", "numbered", [None, "Sofia", "Martin", "Hélène", "Sofia"]),
    ("paste-numbered-said-on.txt", "numbered", [None, "Kelsey", "Brent", "Anjali", "Kelsey"]),
    # the number on a line of its own with the name after it, under a comments heading; the
    # post's own numbered list above the heading stays in the post
    # a map's reviews: the place's head is the post; each review under its writer's counters
    # ("Local Guide · 214 reviews") and its stars before the time
    ("paste-place-reviews.txt", "name-date",
     [None, "Sophie Brenner", "Rajesh Iyer", "Camille Roux"]),
    # an avatar's initials over the name, the writer's home and counters over stars and time
    ("paste-review-initials.txt", "name-date", [None, "Ana Marques", "Tom Hughes", "Kenji Sato"]),
    # a badge after the name ("OP") is no part of it: the post's writer replies as themself
    ("paste-fediverse.txt", "name-date",
     ["wanderlinnea@lemmy.world", "kottu_king@feddit.uk", "wanderlinnea@lemmy.world",
      "surf_and_sambol@lemmy.ml", "peterb@programming.dev"]),
    # "Asked by" / "Answered" around the writer's name: the name alone
    ("paste-asked-answered.txt", "name-date",
     ["hannah_w", "Luca Moretti", "Aoife Kennedy", "Dev Patel", "hannah_w"]),
    ("paste-numbered-name-lines.txt", "numbered",
     [None, "Ivana Perić", "Tom Hollis", "Ivana Perić", "Greta Lind"]),
    ("paste-numbered-name-date.txt", "numbered",
     [None, "Alasdair Reid", "Fenna de Vries", "Alasdair Reid"]),
    # a forum's posts copied with their numbers from the first one, no heading over them:
    # the first post is the thread's and its writer comes back
    ("paste-numbered-forum-posts.txt", "numbered",
     ["fjordhopper", "Milena R.", "fjordhopper", "old_salt_74"]),
    # Disqus copied without its vote lines: replies still name their parent
    ("paste-disqus-no-votes.txt", "disqus",
     [None, "Marta Sousa", "Jonas", "Priya K", "Marta Sousa"]),
    # a reply's subject line ("Re: TITLE") over its "NAME wrote:" header
    ("paste-forum-wrote-subjects.txt", "wordpress",
     ["aurora_ann", "Pekka", "jo_travels", "aurora_ann"]),
    ("paste-apple-mail.txt", "email", ["Nadia Petrova", "Leo Brandt", "Nadia Petrova"]),
    ("paste-thunderbird.txt", "email", ["Ruth Collins", "Dev Malhotra", "Ruth Collins"]),
    ("paste-gmail-quoted.txt", "email", ["Claire Dunn", "Amir Haddad", "Anonymous"]),
    ("paste-reddit-app.txt", "reddit-new",
     ["wanderwren", "bao_trip", "wanderwren", "lucyontheroad", "mekong_marc"]),
    ("paste-disqus-theme.txt", "name-date", [None, "Carmen Ruiz", "Tom Ellis", "Nadia Said",
                                             "Oliver P"]),
]


def _read(name: str) -> Thread:
    return read_text((FORMATS / name).read_text(encoding="utf-8"), name)


@pytest.mark.parametrize(("name", "reader", "writers"), CASES, ids=[c[0] for c in CASES])
def test_a_paste_splits_into_its_writers(name: str, reader: str,
                                         writers: list[str | None]) -> None:
    thread = _read(name)
    assert thread.format == reader
    assert [s.author for s in thread.sections] == writers


def test_chat_app_lines_are_nobodys_words() -> None:
    thread = _read("paste-imessage.txt")
    text = "\n".join(s.text for s in thread.sections)
    for chrome in ("Delivered", "Read 9:52", "Loved", "Today 9:41"):
        assert chrome not in text
    assert thread.comments[2].text.startswith("a night! the university library")


def test_a_time_line_under_each_message_is_dropped() -> None:
    thread = _read("paste-element.txt")
    assert thread.comments[2].text == (
        "Etna: drive up to Rifugio Sapienza and take the cable car. Catania is the base.")


def test_member_lines_are_not_words_and_the_location_is_the_writers_home() -> None:
    thread = _read("paste-vbulletin-members.txt")
    assert thread.comments[0].text.startswith("Anticlockwise")
    assert "Join Date" not in thread.comments[0].text
    assert thread.comments[0].home == "Cork"


def test_a_quoted_line_of_an_earlier_post_leaves_only_the_reply() -> None:
    said = _read("paste-xenforo-said.txt")
    assert said.comments[0].text.startswith("Easily. The ferry")
    assert said.comments[1].text.startswith("The Ravello bus is packed")
    smf = _read("paste-smf.txt")
    assert smf.comments[0].text == (
        "Only in summer, and it is often full. The train via Győr is quicker.")


def test_a_quote_head_without_a_blank_line_does_not_swallow_the_reply() -> None:
    thread = _read("paste-said-quotes.txt")
    # the quoted question is nowhere else in the paste: one line of quote, then the reply
    assert thread.comments[0].text.startswith("It opened the week before we went, but")
    # the quoted line is Marta's: found in her comment, so dropped
    assert thread.comments[1].text == (
        "Great, then we will risk it. Lake Bohinj or Bled for the night?")


def test_a_mail_chain_is_read_oldest_first_without_quote_marks() -> None:
    thread = _read("paste-apple-mail.txt")
    assert thread.post.text.startswith("Croatia islands in September")
    assert "Should we do Hvar or Korčula" in thread.post.text
    assert thread.comments[0].text.startswith("Hvar is lovely but very busy")
    assert ">" not in thread.comments[0].text
    assert thread.comments[1].text.startswith("Let's do Vis then")
    assert thread.post.date == "2025-06-03"


def test_numbered_comments_keep_their_dates() -> None:
    thread = _read("paste-numbered-said-on.txt")
    assert [c.date for c in thread.comments] == [
        "2025-03-02", "2025-03-03", "2025-03-05", "2025-03-06"]
    assert thread.comments[0].text.startswith("We did the same loop")


def test_reddit_app_post_has_its_title_and_text() -> None:
    thread = _read("paste-reddit-app.txt")
    assert thread.post.title == "Two weeks in Vietnam, north to south?"
    assert "Ninh Binh instead?" in thread.post.text
    assert "142" not in thread.post.text


ROUTE_LIST = """\
Our loop through Portugal
Lisbon
Two nights in Alfama, tram 28 at dawn.
Sintra
Pena Palace and the Moorish castle.
Lisbon
One more night before the train north.
Porto
Three nights by the river.
"""


def test_a_route_list_of_places_over_notes_is_not_a_chat() -> None:
    thread = read_text(ROUTE_LIST, "route.txt")
    assert thread.comments == ()
    assert "Sintra" in thread.post.text


DIARY_WITH_TIMES = """\
Kyoto, day by day

Gion
19:00
Walked the lanes before dinner, the lanterns just lit.

Arashiyama
08:30
Bamboo grove early, then the monkey park.

Gion
21:00
Back for a late drink by the canal.
"""


def test_a_diary_with_places_over_times_stays_one_post() -> None:
    thread = read_text(DIARY_WITH_TIMES, "kyoto.txt")
    assert thread.comments == ()
    assert "monkey park" in thread.post.text


def test_a_said_line_of_someone_outside_the_thread_stays_in_the_words() -> None:
    text = (
        "Three nights in Hanoi\n\nWe ate our way round the Old Quarter.\n\n"
        "Linh says:\nMay 3, 2025 at 9:00 am\n"
        "Our guide said:\nTake the train to Lao Cai, not the bus.\n"
        "We did, and walked on from Sapa.\n\n"
        "Owen says:\nMay 4, 2025 at 7:30 pm\nDid you go to Ninh Binh as well?\n")
    thread = read_text(text, "hanoi.txt")
    assert [c.author for c in thread.comments] == ["Linh", "Owen"]
    assert "Our guide said:\nTake the train to Lao Cai" in thread.comments[0].text


def test_a_date_and_time_under_the_name_is_the_messages_date_not_its_words() -> None:
    thread = _read("paste-teams.txt")
    assert thread.post.text == "Team offsite ideas: Kraków or Gdańsk in September?"
    assert thread.comments[0].date == "6/3 10:20 AM"


def test_vote_bars_and_share_arrows_are_not_words() -> None:
    reddit = _read("paste-reddit-web.txt")
    assert reddit.post.title == "Is Albania worth it in October?"
    assert reddit.post.text.endswith("Too much?")
    assert all("Upvote" not in s.text for s in reddit.sections)
    disqus = _read("paste-disqus-bullets.txt")
    assert disqus.comments[0].text == (
        "Try Ghent too, it's 25 minutes on the train and less crowded.")


def test_a_replied_to_line_and_the_words_it_quotes_are_left_out() -> None:
    thread = _read("paste-messenger-replies.txt")
    assert thread.comments[0].text == "me! Carnival week is crazy though, maybe the week after"
    assert thread.comments[2].text == "yes and Ilha Grande for two nights at the end"
    assert all("Seen by" not in s.text and "Active" not in s.text for s in thread.sections)


LABELLED_DAYS = """\
Five days in the Algarve

Day one
Hotel: a guesthouse in Lagos old town
Food: grilled sardines by the marina
Beach: Praia Dona Ana
Day two
Hotel: the same in Lagos
Food: cataplana in Sagres
Beach: Praia do Camilo
"""


def test_a_list_of_labelled_lines_is_not_a_chat_transcript() -> None:
    thread = read_text(LABELLED_DAYS, "algarve.txt")
    assert thread.comments == ()
    assert "Praia do Camilo" in thread.post.text


CHAT_QUOTED_IN_A_POST = """\
Planning the Easter trip

We went back and forth for a week. In the end my brother settled it in the family chat, which
went roughly like this, and I'm writing it down because it might help anyone choosing between
the Atlantic islands in spring.

Mum: warm, please
Dan: Madeira then, the levadas are great
Mum: is Funchal walkable?
Dan: the old town is, the rest is steep

So Madeira it was: five nights in Funchal and two in Porto Moniz on the north coast, with a day
on the Pico do Arieiro trail. The weather held and the flights from Bristol were cheap.
"""


def test_a_post_quoting_a_few_lines_of_a_chat_stays_one_post() -> None:
    thread = read_text(CHAT_QUOTED_IN_A_POST, "easter.txt")
    assert thread.comments == ()
    assert "Porto Moniz" in thread.post.text and "Dan: Madeira then" in thread.post.text


def test_a_date_glued_to_its_reply_link_is_the_comments_date() -> None:
    thread = _read("paste-tiktok.txt")
    assert [c.date for c in thread.comments] == ["6-3", "6-3", "6-4", "6-5"]
    assert thread.post.text.startswith("POV: three days in Istanbul")
    assert all("Reply" not in s.text for s in thread.sections)


LEGS_TABLE = """\
Legs of the loop
From
To
Mode
Trondheim
Røros
rail
Røros
Trondheim
road
Trondheim
Bodø
rail
Bodø
Trondheim
road
"""


def test_a_table_laid_out_a_cell_a_line_is_not_a_chat() -> None:
    thread = read_text(LEGS_TABLE, "legs.txt")
    assert thread.format != "chat"
    assert "Bodø" in thread.post.text


def test_a_numbered_name_line_keeps_its_date_and_the_post_its_list() -> None:
    thread = _read("paste-numbered-name-date.txt")
    assert thread.comments[1].date == "2025-03-14"
    assert thread.comments[1].text.startswith("We liked Peebles")
    post = _read("paste-numbered-name-lines.txt").post.text
    assert "3. Korčula" in post and "Ivana" not in post


def test_a_subject_line_over_a_reply_is_nobodys_words() -> None:
    thread = _read("paste-forum-wrote-subjects.txt")
    assert thread.post.text.endswith("Which town makes the better base?")
    assert all("Re:" not in s.text for s in thread.sections)
    assert thread.comments[1].text.startswith("We split the week")


def test_a_numbered_list_of_places_in_a_post_is_not_a_thread() -> None:
    """Numbered items over a line of words each, none named twice, are the post's list."""
    text = ("Five nights in the Azores\n\n1. Ponta Delgada\nThe base for São Miguel, with the "
            "best restaurants.\n\n2. Furnas\nHot springs and the stew cooked in the ground.\n\n"
            "3. Sete Cidades\nTwin lakes from the Vista do Rei.\n\n"
            "4. Horta\nThe marina on Faial.\n")
    thread = read_text(text)
    assert thread.comments == ()
    assert "Sete Cidades" in thread.post.text


def test_a_page_laid_out_by_pdftotext_is_read_through_its_centred_lines() -> None:
    """Text converted from a PDF centres its footers with long runs of spaces before words and
    middle dots ("Spring Bulletin · Issue 12 · 3"): a line of that shape is read like any other
    (a chrome pattern that can split the spaces many ways never finished on it)."""
    footer = " " * 46 + "Fjord Walkers Bulletin · Spring 2025 · {}"
    text = "\n".join([
        "FJORD WALKERS BULLETIN", "",
        "Two weeks on foot between Bergen and Stavanger, and the ferries that stitch it together.",
        "", footer.format(1), "\f",
        "We left Bergen on the coastal bus and walked the last stretch into Odda.", "",
        footer.format(2), "",
    ])
    thread = read_text(text)
    assert "walked the last stretch into Odda" in thread.post.text


def test_a_disqus_reply_copied_without_votes_answers_the_comment_it_names() -> None:
    thread = _read("paste-disqus-no-votes.txt")
    jonas, marta = thread.comments[1], thread.comments[3]
    assert jonas.parent == thread.comments[0].id
    assert marta.parent == thread.comments[2].id
