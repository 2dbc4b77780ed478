"""Chat and Q&A apps copied from their window as text: each message under a header line naming
its writer and time (Slack, Teams, Google Chat), or a page of answers (Hacker News, Quora). Every
sample, written for this test, must split into a post and comments with the right writers, and
the app's own lines (times, reactions, counters, "Reply", "Follow", "Upvote") must stay out of
every section's text."""

from __future__ import annotations

import pytest

from itinerary.pipeline import Analyzer
from itinerary.readers.formats import read_text

SLACK = """\
Priya Raman  9:14 AM
Planning a week in Portugal in March. Lisbon for four nights then Porto. Is Sintra worth a day trip?
Tom Okafor  9:20 AM
Sintra is absolutely worth it, we did it as a day trip from Lisbon last spring
go early, Pena Palace gets packed by 11
:+1: 3
2 replies
Last reply 2 hours ago
View thread
Maya Lindqvist  9:31 AM
if you have a spare day, Coimbra is a nice stop on the train up to Porto (edited)
Tom Okafor  9:33 AM
agree on Coimbra
:heart: 1 :pray: 2
Jonas Weber  10:02 AM
We stayed in Porto and took the train up the Douro valley to Pinhão, highly recommend
"""

SLACK_BRACKETS = "".join(  # the older copy: "Priya Raman [9:14 AM]"
    f"{line.replace('  ', ' [', 1)}]\n" if line.endswith(" AM") else f"{line}\n"
    for line in SLACK.splitlines())

TEAMS_DATED = """\
Hannah Cole 27/11 09:14
Anyone been to Kraków in winter? Thinking of a long weekend and maybe Zakopane too.
Luis Ortega 27/11 09:20
Yes! Kraków in December was lovely, the Christmas market on the main square is great
Zakopane is a two hour bus ride, we went for a day
Like
2
Aiko Tanaka 27/11 09:41
I'd add Wieliczka, the salt mine is a short ride from Kraków
Edited
Hannah Cole 27/11 09:45
thanks both, booking it
"""

TEAMS_COMMA = TEAMS_DATED.replace(" 27/11 09:", ", 9:").replace(":14\n", ":14 AM\n")

TEAMS_TIME_FIRST = """\
[9:14 AM] Hannah Cole
Anyone been to Krak\u00f3w in winter? Thinking of a long weekend and maybe Zakopane too.
[9:20 AM] Luis Ortega
Yes! Krak\u00f3w in December was lovely, the Christmas market on the main square is great
Zakopane is a two hour bus ride, we went for a day
[9:41 AM] Aiko Tanaka
I'd add Wieliczka, the salt mine is a short ride from Krak\u00f3w
[9:45 AM] Hannah Cole
thanks both, booking it
"""

GOOGLE_CHAT = """\
Sofia Russo, Nov 27, 9:14 AM
Anyone done the Dolomites by bus? Thinking of staying in Ortisei
Marco Bianchi, Nov 27, 9:20 AM
Yes, Ortisei is a great base. We took the lift up to Seceda and hiked down
Giulia Conti, Nov 27, 9:35 AM
Cortina is lovely too but pricier
Sofia Russo, Nov 27, 9:40 AM
thanks both!
"""

CHROME = (":+1:", ":heart:", "replies", "View thread", "Last reply", "(edited)", "Edited", "AM")


@pytest.mark.parametrize("text", [SLACK, SLACK_BRACKETS], ids=["slack", "slack-brackets"])
def test_slack_copy_splits_by_header_and_drops_reactions(text: str) -> None:
    thread = read_text(text)
    assert thread.format == "chat"
    assert thread.post.author == "Priya Raman"
    assert thread.post.text.startswith("Planning a week in Portugal")
    assert [c.author for c in thread.comments] == [
        "Tom Okafor", "Maya Lindqvist", "Tom Okafor", "Jonas Weber"]
    assert thread.comments[0].text.endswith("packed by 11")
    assert thread.comments[1].text.endswith("up to Porto")
    for section in thread.sections:
        assert not any(word in section.text for word in CHROME), section.text


@pytest.mark.parametrize("text", [TEAMS_DATED, TEAMS_COMMA, TEAMS_TIME_FIRST],
                         ids=["dated", "comma", "time-first"])
def test_teams_copy(text: str) -> None:
    thread = read_text(text)
    assert thread.post.author == "Hannah Cole"
    assert [c.author for c in thread.comments] == ["Luis Ortega", "Aiko Tanaka", "Hannah Cole"]
    assert thread.comments[0].text.endswith("we went for a day")
    assert thread.comments[1].text == "I'd add Wieliczka, the salt mine is a short ride from Kraków"
    assert thread.comments[2].text == "thanks both, booking it"


def test_google_chat_copy() -> None:
    thread = read_text(GOOGLE_CHAT)
    assert thread.post.author == "Sofia Russo"
    assert thread.post.date == "Nov 27, 9:14 AM"
    assert [c.author for c in thread.comments] == ["Marco Bianchi", "Giulia Conti", "Sofia Russo"]
    assert thread.comments[1].text == "Cortina is lovely too but pricier"


def test_telegram_desktop_copy_still_reads() -> None:
    thread = read_text("Olga, [27.11.2026 09:14]\nTallinn or Riga for a weekend?\n"
                       "Pavel, [27.11.2026 09:20]\nRiga, and take the bus to Sigulda\n"
                       "Olga, [27.11.2026 09:25]\nthanks!\n")
    assert thread.post.author == "Olga"
    assert [c.author for c in thread.comments] == ["Pavel", "Olga"]
    assert thread.comments[0].text == "Riga, and take the bus to Sigulda"


def test_diary_with_timed_place_heads_is_not_a_chat() -> None:
    diary = ("Day one\n\nLisbon, 9:15 AM\nCoffee by the river, then the tram up to the castle.\n\n"
             "Sintra, 2:30 PM\nThe palace was busy but the gardens were quiet.\n")
    thread = read_text(diary)
    assert thread.format != "chat"
    assert not thread.comments


HACKER_NEWS = """\
Ask HN: Seeing Japan by rail in two weeks?
142 points by kestrel_dev 5 hours ago | hide | past | favorite | 87 comments

Two weeks in April with a rail pass. Plan is Tokyo, Kyoto, Hiroshima and back. Is Kanazawa worth it?

mori_t 4 hours ago | next [\u2013]

Kanazawa is worth it. Take the shinkansen from Tokyo, then the Thunderbird on to Kyoto.

reply

  bytefox 3 hours ago | parent | next [\u2013]

  Seconding this. We also stopped in Takayama on the way, the old town is lovely.

  reply

lena_k 2 hours ago | prev | next [\u2013]

Skip Hiroshima if you are short on time and do Nara as a day trip from Kyoto instead.

reply
"""


def test_hacker_news_points_line_gives_the_post_its_author() -> None:
    thread = read_text(HACKER_NEWS)
    assert thread.post.author == "kestrel_dev"
    assert thread.post.title == "Ask HN: Seeing Japan by rail in two weeks?"
    assert thread.post.text.rstrip().endswith("Is Kanazawa worth it?")
    assert [c.author for c in thread.comments] == ["mori_t", "bytefox", "lena_k"]
    assert thread.comments[1].parent == thread.comments[0].id
    for section in thread.sections:
        assert not any(w in section.text for w in ("points by", "| next", "reply", "[\u2013]"))


QUORA_SPLIT_FOLLOW = """\
What is the best time to visit Iceland?
Sorted by
Relevance

Erik Sandberg
 \u00b7 Follow
Lived in Reykjav\u00edk
Updated 3y
June is best: you can drive the Ring Road and stop at V\u00edk and H\u00f6fn without snow.
1.2K views
View upvotes
Upvote \u00b7 12
Share

Carla Mendes
 \u00b7 Follow
Travel photographer
2y
We went in February for the northern lights around Akureyri. The Golden Circle was fine.
845 views
Upvote \u00b7 7
"""

QUORA_ONE_LINE_FOLLOW = """\
Is Montenegro worth visiting in October?
Answer
Follow
12 answers

Dragana Petrovi\u0107 \u00b7 Follow
Studied at University of Belgrade
Updated 3y
Yes. October is quiet and warm. Stay in Kotor, drive to Perast and go up to Durmitor.
2.4K views
View upvotes
Upvote \u00b7 31
Share

Mark Jensen \u00b7 Follow
Lives in Copenhagen
1y
We went last October and loved Kotor. The bus to Cetinje was easy.
980 views
Upvote \u00b7 9
"""

QUORA_CHROME = ("Follow", "Upvote", "views", "Studied at", "Lives in", "Updated", "Share")


@pytest.mark.parametrize(("text", "question", "writers"), [
    (QUORA_SPLIT_FOLLOW, "What is the best time to visit Iceland?",
     ["Erik Sandberg", "Carla Mendes"]),
    (QUORA_ONE_LINE_FOLLOW, "Is Montenegro worth visiting in October?",
     ["Dragana Petrovi\u0107", "Mark Jensen"]),
], ids=["follow-below", "follow-beside"])
def test_quora_answers_are_comments_under_the_question(
        text: str, question: str, writers: list[str]) -> None:
    thread = read_text(text)
    assert thread.post.title == question
    assert thread.post.text.strip() == question
    assert [c.author for c in thread.comments] == writers
    for section in thread.sections:
        assert not any(word in section.text for word in QUORA_CHROME), section.text


STACK_EXCHANGE_BADGES = """\
Getting from Ljubljana to Lake Bled without a car in winter
Asked 2 years, 3 months ago
Viewed 3k times
5

I'll be in Ljubljana in January. Is there a bus to Bled, and on to Lake Bohinj the same day?

public-transport slovenia winter
Share
Improve this question
Follow
asked Jan 4, 2024 at 10:12
Mira Kova\u010d
2,311
1 gold badge
4 silver badges
Thanks, very clear! \u2013 Mira Kova\u010d Jan 5, 2024 at 8:01
2 Answers
Sorted by:
Highest score (default)
7

Yes, buses leave Ljubljana about every hour and take 80 minutes. A local bus runs on to Bohinj.

Share
Improve this answer
Follow
answered Jan 4, 2024 at 11:30
Toma\u017e Novak
18.4k
3 gold badges
42 silver badges
"""


def test_stack_exchange_badge_counts_stay_out_of_the_comments() -> None:
    thread = read_text(STACK_EXCHANGE_BADGES)
    assert thread.format == "stackexchange"
    assert thread.post.author == "Mira Kova\u010d"
    assert [(c.author, c.text) for c in thread.comments] == [
        ("Mira Kova\u010d", "Thanks, very clear!"),
        ("Toma\u017e Novak", "Yes, buses leave Ljubljana about every hour and take 80 minutes. "
                              "A local bus runs on to Bohinj.")]


IMESSAGE_EXPORT = """\
Nov 27, 2026  9:14:03 AM
Noor Haddad
we landed in Hanoi!! heading to Ha Long Bay tomorrow

Nov 27, 2026  9:15:40 AM (Read by Noor Haddad after 1 minute)
Me
nice, do Ninh Binh too, it was the highlight of our trip

Nov 27, 2026  9:20:12 AM
Noor Haddad
we will try, is Sapa worth the night bus?

Nov 27, 2026  9:31:55 AM
Me
Sapa was foggy when we went but the trek was still great
"""


def test_imessage_export_time_over_name() -> None:
    thread = read_text(IMESSAGE_EXPORT)
    assert thread.post.author == "Noor Haddad"
    assert thread.post.text.strip() == "we landed in Hanoi!! heading to Ha Long Bay tomorrow"
    assert [c.author for c in thread.comments] == ["Me", "Noor Haddad", "Me"]
    assert thread.comments[2].text.strip() == (
        "Sapa was foggy when we went but the trek was still great")
    for section in thread.sections:
        assert "Read by" not in section.text and "AM" not in section.text


LOBSTERS = """\
Notes from a month of slow travel in Georgia by train
travel
via ana_k 6 hours ago | 14 comments

I spent October working from Tbilisi and took the night train to Batumi twice.

  nikos 5 hours ago | link | flag

  Did you get up to Kazbegi? The marshrutka from Tbilisi takes about three hours.

    ana_k 4 hours ago | link | flag

    Yes, one weekend. Stayed in Stepantsminda, the church hike is steep but fine.

  jb 3 hours ago | link | flag

  Mestia was the highlight for me, though the road from Zugdidi is long.
"""


def test_lobsters_via_line_gives_the_post_its_author() -> None:
    thread = read_text(LOBSTERS)
    assert thread.post.author == "ana_k"
    assert "via ana_k" not in thread.post.text
    assert thread.post.text.rstrip().endswith("the night train to Batumi twice.")
    assert [c.author for c in thread.comments] == ["nikos", "ana_k", "jb"]
    assert thread.comments[1].parent == thread.comments[0].id
    assert all("| link" not in c.text for c in thread.comments)


MESSENGER = """\
Noor Haddad
we landed in Hanoi!!
heading to Ha Long Bay tomorrow
You sent
nice, do Ninh Binh too, it was the highlight of our trip
Noor Haddad
we will try, is Sapa worth the night bus?
Today at 9:41 AM
You sent
Sapa was foggy when we went but the trek was still great
Seen by Noor Haddad
"""


def test_messenger_copy_names_and_you_sent() -> None:
    thread = read_text(MESSENGER)
    assert thread.post.author == "Noor Haddad"
    assert thread.post.text.splitlines() == [
        "we landed in Hanoi!!", "heading to Ha Long Bay tomorrow"]
    assert [c.author for c in thread.comments] == ["You", "Noor Haddad", "You"]
    assert thread.comments[1].text == "we will try, is Sapa worth the night bus?"
    assert thread.comments[2].text == "Sapa was foggy when we went but the trek was still great"


def test_a_repeated_name_line_without_you_sent_is_not_a_messenger_copy() -> None:
    page = ("Day Trips From Lisbon\n\nSintra\nThe palaces are close together.\n\n"
            "Cascais\nA beach town on the train line.\n\nSintra\nGo early on a weekday.\n")
    assert read_text(page).format != "chat"


@pytest.mark.parametrize("text", [SLACK, TEAMS_DATED, GOOGLE_CHAT, MESSENGER],
                         ids=["slack", "teams", "google-chat", "messenger"])
def test_chat_writers_and_chrome_are_never_places(analyzer: Analyzer, text: str) -> None:
    thread = read_text(text)
    report = analyzer.analyze(thread)
    writers = {s.author for s in thread.sections if s.author}
    mentioned = {r.mention.text for r in report.resolutions if r.place is not None}
    assert mentioned  # the messages' places are found once the copy is split
    assert not mentioned & writers
    assert not any(word in m for m in mentioned for word in (":", "AM", "View", "Seen", "You"))
