"""The copy formats people paste beyond blogs and the big forums (Discourse, Substack, Ghost,
XenForo, Stack Exchange, Quora, YouTube, Hacker News, Mastodon, X, chat exports, mailing-list
digests, "Posted by NAME, HOME, DATE" boards): each example page splits into the post and its
comments with the right writers, and prose that merely looks like a header stays one post."""

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


# file, reader, [(author, first words) of the post and each comment], chrome that must go
CASES = [
    ("discourse.txt", "name-date",
     [("kestrel_kim", "Two weeks in Slovenia"), ("soča_sam", "I guide rafting"),
      ("piran_petra", "Greetings from Koper"), ("kestrel_kim", "Thanks Petra"),
      ("ThomasW", "We did Bled")],
     ["1 Like", "Suggested Topics", "Croatian islands", "created Mar", "#5", "Kim Okafor"]),
    ("substack.txt", "name-date",
     [("Ines Marlow", "The slow road to Kotor"), ("Noor Haddad", "We stayed in Budva"),
      ("Ines Marlow", "Only from the viewpoint"), ("Marta Ruiz", "I live in Herceg Novi"),
      ("Callum", "Heading to Tivat")],
     ["Discussion about this post", "Like (4)", "Liked by", "Restacks", "Ready for more",
      "∙ Paid", "Author\n", "Edited", "Sep 15"]),
    ("ghost.txt", "name-date",
     [("Aurélie Fontaine", "Crossing the Pyrenees"), ("Bruno Keller", "Did the open"),
      ("Aurélie Fontaine", "They did"), ("Sofia Lindgren", "I live in Perpignan"),
      ("Hamid", "Is there luggage")],
     ["4 comments", "Reply", "days ago", "By Aurélie"]),
    ("youtube.txt", "name-date",
     [(None, "Riding the Glacier Express"), ("alpine_rosa", "Did this in winter"),
      ("trainspotter_ken", "I live in Chur"), ("lukas.meier", "We booked a day trip"),
      ("mina_travels", "Is the panorama car")],
     ["214 Comments", "Sort by", "subscribers", "views", "3 replies", "Reply"]),
    ("hackernews.txt", "name-date",
     [("nordic_dev", "Ask HN"), ("rg_quinn", "Rail Baltica is years"),
      ("nordic_dev", "Thanks. How long"), ("tallinn_tom", "I live in Tartu"),
      ("kb9", "Add the ferry")],
     ["points by", "| parent", "[\u2013]", "reply\n", "Guidelines"]),
    ("mastodon.txt", "name-date",
     [("Ruth Abebe", "Thread on our week"), ("Pedro Vaz", "@ruth Hello from Angra"),
      ("Ruth Abebe", "@pvaz we nearly"), ("Gwen Tallis", "We did Flores")],
     ["@ruth@travel.example", "3h\n", "\n11"]),
    ("x-thread.txt", "name-date",
     [("Noa Ferreira", "Three days in Madeira"), ("Noa Ferreira", "Day two was"),
      ("Kai Walters", "Did the Pico"), ("Beatriz", "São Vicente caves")],
     ["Replying to", "@noaferreira", "·", "Jun 4"]),
    ("discord.txt", "name-date",
     [("Marek", "anyone been to the Tatras"), ("Hana", "yes! stay in Zakopane"),
      ("Marek", "nice. and Slovakia"), ("Jonas", "we crossed to"), ("Hana", "I'm from Kraków")],
     ["Today at", "#trip-planning", "—"]),
    ("quora.txt", "name-date",
     [(None, "Is it worth going"), ("Somchai Phan", "Yes. Fly from Vientiane"),
      ("Clara Jensen", "I would spend the week"), ("Dev Menon", "We did the slow boat")],
     ["4 Answers", "Upvote", "views", "Updated 2y", "Travel writer", "Related questions"]),
    ("google-groups.txt", "name-date",
     [("Agnes Wolff", "Night trains from Vienna"), ("Lukas Brenner", "Twice. Book a couchette"),
      ("Agnes Wolff", "Thank you"), ("Pia Lindholm", "I live in Innsbruck")],
     ["unread", "to Rail Europe", "Reply all", "Reply to author", "Forward", "4 messages",
      "8:14:02"]),
    ("whatsapp.txt", "chat",
     [("Lena", "Right, Portugal in September"), ("Tariq", "Pinhão for the Douro"),
      ("Tariq", "and don't skip Coimbra"), ("Sunita", "I was in Lisbon"),
      ("Joaquim", "Hello from Évora"), ("Rui", "Lagos for the last")],
     ["end-to-end encrypted", "image omitted", "added Rui", "19:05", "[14/05/2024"]),
    ("telegram.txt", "chat",
     [("Mira", "Planning a week in Georgia"), ("Dato", "Not too much"),
      ("Dato", "Kutaisi is good"), ("Irina", "We went to Sighnaghi"), ("Mira", "Thank you both")],
     ["[03.07.23", "09:20"]),
    ("xenforo.txt", "forum",
     [("mossfield", "Sicily in ten days"), ("etna_enzo", "The bus from Palermo"),
      ("mossfield", "Good to know"), ("Grete H.", "We did Syracuse")],
     ["Discussion in", "Joined", "Messages", "Bristol", "#2", "said:", "Click to expand",
      "Well-known member", "You must log in", "Puglia"]),
    ("stackexchange.txt", "stackexchange",
     [("Hanne Berg", "Can I visit the Faroe Islands"), ("tórshavn_tove", "The buses run"),
      ("Hanne Berg", "Thanks, the ferry tip"), ("Ola N.", "Rent the car")],
     ["Improve this", "answered", "asked", "Viewed", "2 Answers", "Sorted by", "1,204",
      "public-transport", "Your Answer", "\u2013 Hanne"]),
    ("rick-steves.txt", "forum",
     [("Dorothy", "Salzburg or Hallstatt"), ("Wendell", "Sleep in Hallstatt"),
      ("Annika", "I live in Munich"), ("Dorothy", "Thanks both")],
     ["Posted by", "4/2/23", "Portland", "Travel Forum >"]),
    ("mailing-list.txt", "email",
     [("Aileen Moore", "Crossing from Ireland"), ("Gus Hamilton", "Yes, twice"),
      ("Priya Raman", "I live in Oban")],
     ["Message: 2", "From:", "Subject:", "----", "> Has anyone", "End of Slowtravel Digest",
      "Today's Topics"]),
]


@pytest.mark.parametrize(("name", "reader", "sections", "chrome"), CASES,
                         ids=[case[0] for case in CASES])
def test_each_copy_splits_into_post_and_comments_by_their_writers(
        name: str, reader: str, sections: list[tuple[str | None, str]],
        chrome: list[str]) -> None:
    thread = _read(name)
    assert thread.format == reader
    assert len(thread.comments) == len(sections) - 1
    assert [s.author for s in thread.sections] == [author for author, _ in sections]
    for section, (_, words) in zip(thread.sections, sections, strict=True):
        assert section.text.startswith(words), (section.id, section.text[:60])
    text = "\n".join(s.text for s in thread.sections) + "\n"
    for words in chrome:
        assert words not in text, f"{words!r} reached a section"


def test_replies_keep_their_parent_where_the_copy_indents_them() -> None:
    discourse, substack, hn = _read("discourse.txt"), _read("substack.txt"), _read("hackernews.txt")
    assert [s.parent for s in discourse.comments] == [None, None, "comment-2", None]
    assert [s.parent for s in substack.comments] == [None, "comment-1", None, None]
    assert [s.parent for s in hn.comments] == [None, "comment-1", None, None]
    answers = _read("stackexchange.txt").comments
    assert answers[1].parent == "comment-1"  # the comment line under the first answer


def test_dates_homes_and_the_post_author_come_from_the_headers() -> None:
    substack = _read("substack.txt")
    assert substack.post.date == "2024-09-14"
    assert [s.date for s in substack.comments] == ["Sep 14", "Sep 14", "Sep 15", "3 hrs ago"]
    assert [s.date for s in _read("telegram.txt").sections][:2] == ["2023-07-03", "2023-07-03"]
    steves = _read("rick-steves.txt")
    assert [s.home for s in steves.sections] == ["Portland, OR", "Denver", "Munich, Germany",
                                                 "Portland, OR"]
    assert _read("xenforo.txt").post.home == "Bristol"
    assert steves.is_post_author(steves.comments[-1])


UI_WORDS = {"Reply", "Share", "Like", "Follow", "Author", "Edited", "Upvote", "reply", "OP"}


@pytest.mark.parametrize("name", [case[0] for case in CASES])
def test_no_ui_word_or_date_is_taken_for_a_writer(name: str) -> None:
    from itinerary.readers.formats.base import stamp

    for section in _read(name).sections:
        if section.author is not None:
            assert section.author not in UI_WORDS
            assert stamp(section.author) is None


DIARY = """Ten days in Andalusia

Our loose plan, day by day, written on the train home.

Seville
June 4

We walked from the cathedral to the Triana bridge and ate at the market.

Córdoba
June 6

The Mezquita at opening time, then the patios of San Basilio.

Granada
June 8

The Alhambra in the afternoon and the Albaicín at sunset.
"""


def test_a_travel_diary_with_place_and_day_headings_stays_one_post() -> None:
    thread = read_text(DIARY, "diary.txt")
    assert thread.comments == ()
    assert "Córdoba" in thread.post.text and "Albaicín" in thread.post.text


PROSE = """Notes from a week in Vienna

Our host said: take the U4 to Schönbrunn before nine.

Day one: the Belvedere. Day two: a day trip to Bratislava by boat.
Mar 3 was our coldest day, and 10:15 was the only train that ran on time.

We went back 3 years ago and it had not changed.
"""


def test_prose_with_colons_dates_and_said_stays_one_post_with_every_word() -> None:
    thread = read_text(PROSE, "vienna.txt")
    assert thread.comments == ()
    for words in ("Our host said: take the U4", "Mar 3 was", "3 years ago"):
        assert words in thread.post.text


def test_a_writers_said_line_without_a_closing_line_still_quotes_her_earlier_words() -> None:
    text = _read("xenforo.txt")
    page = (FORMATS / "xenforo.txt").read_text(encoding="utf-8").replace(
        "Click to expand...\n", "")
    thread = read_text(page, "xenforo.txt")
    assert thread.comments[1].text.startswith("Good to know")
    assert "Palermo to Catania" not in thread.comments[1].text
    assert text.comments[1].text.startswith("Good to know")


def test_a_line_or_two_of_chat_inside_prose_is_not_a_chat() -> None:
    text = ("Getting to Hvar\n\nMy sister sent me this on WhatsApp:\n"
            "[12/03/2023, 10:15] Ana: take the fast boat from Split\n\n"
            "and so we did, and then the bus to Stari Grad.\n")
    thread = read_text(text, "hvar.txt")
    assert thread.comments == ()
    assert "Stari Grad" in thread.post.text


def test_an_unknown_layout_reads_as_one_post_without_crashing() -> None:
    text = "Lakes of Bavaria\n\n" + "\n".join(
        f"{n}) Königssee || Eibsee || Tegernsee ~~ {n * 3} votes" for n in range(1, 8))
    thread = read_text(text, "odd.txt")
    assert thread.comments == ()
    assert "Eibsee" in thread.post.text


def test_a_substack_head_set_apart_from_its_byline_still_makes_one_post() -> None:
    page = (FORMATS / "substack.txt").read_text(encoding="utf-8")
    page = page.replace("in October\nInes Marlow\n", "in October\n\nSubscribe\n\nInes Marlow\n")
    thread = read_text(page, "substack.txt")
    assert [s.author for s in thread.sections] == [
        "Ines Marlow", "Noor Haddad", "Ines Marlow", "Marta Ruiz", "Callum"]
    assert thread.post.title == "The slow road to Kotor"
    assert "Montenegrin coast" in thread.post.text and "Perast" in thread.post.text


def test_medium_responses_dated_this_year_or_days_ago_are_still_responses() -> None:
    page = (FORMATS / "medium.txt").read_text(encoding="utf-8")
    page = page.replace("Jun 5, 2022", "Jun 5").replace("Jun 6, 2022", "2 days ago").replace(
        "Jul 19, 2022", "Follow\n3 hrs ago")
    thread = read_text(page, "medium.txt")
    assert thread.format == "medium"
    assert [(s.author, s.parent, s.date) for s in thread.comments] == [
        ("Yannis K.", None, "Jun 5"), ("Dara Quinn", "comment-1", "2 days ago"),
        ("Helga Brandt", None, "3 hrs ago")]
    assert thread.comments[2].text.startswith("We did Milos")


def test_a_saved_board_page_with_post_microdata_splits_by_its_posts() -> None:
    thread = _read("discourse-page.html")
    assert thread.format == "html"
    assert [(s.author, s.date) for s in thread.sections] == [
        ("gull_wing", "2024-01-09"), ("terceira_tiago", "2024-01-09"), ("mira_k", "2024-01-10"),
        ("gull_wing", "2024-01-10"), ("ruben_f", "2024-01-12")]
    assert thread.post.title == "Azores in winter: worth it?"
    assert thread.post.text.startswith("Azores in winter: worth it?\n\nThinking of a week")
    assert thread.is_post_author(thread.comments[2])
    text = "\n".join(s.text for s in thread.sections)
    for chrome in ("2 Likes", "Powered by Discourse", "Island Hoppers Forum", "January 9"):
        assert chrome not in text
