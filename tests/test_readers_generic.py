"""Pages and JSON of sites no reader knows: the header shape is inferred from repetition, and the
records of an unknown JSON shape are found where they sit. Every thread here is invented."""

from __future__ import annotations

import json
from pathlib import Path

from itinerary.models import Thread
from itinerary.readers import parse_json, read_threads
from itinerary.readers.authors import bare_name
from itinerary.readers.formats import read_text


def _who(thread: Thread) -> list[tuple[str | None, str]]:
    return [(s.author, s.text.splitlines()[-1]) for s in thread.sections]


ZULIP_LIKE = """#trips > Portugal in March
Rui Alves
9:14 AM
Ten days in March: Lisbon, Sintra and then Porto. Is Évora worth a detour?
Sara Klein
9:20 AM
Évora is lovely, and Monsaraz is close if you have a car.
👍 2
Tom Byrne
9:31 AM
I would swap Sintra for a night in Coimbra on the way north.
Rui Alves
9:33 AM
Good call, Coimbra it is.
"""


def test_a_name_over_a_time_that_recurs_splits_a_chat_of_an_unknown_site() -> None:
    thread = read_text(ZULIP_LIKE)
    assert thread.format == "inferred"
    assert [s.author for s in thread.sections] == ["Rui Alves", "Sara Klein", "Tom Byrne",
                                                   "Rui Alves"]
    assert thread.sections[1].text == "Évora is lovely, and Monsaraz is close if you have a car."
    assert "9:20 AM" not in thread.post.text


FORUM_WITH_CHROME = """Cycling the Danube from Passau to Vienna
Started by Greta Holm
Greta Holm
Mar 3
Riding from Passau to Vienna in June over six days. Where should we sleep?
Like Reply
Jonas Weber
Mar 3
We slept in Linz and Grein, then Melk and Krems.
3 Likes
Like Reply
Petra N.
Mar 4
Book Dürnstein early, it fills up in summer.
Like Reply
Ola Berg
Mar 6
Engelhartszell has an abbey with its own beer.
Like Reply
"""


def test_the_first_header_under_a_lone_title_opens_the_post_and_chrome_is_dropped() -> None:
    thread = read_text(FORUM_WITH_CHROME)
    assert thread.post.author == "Greta Holm"
    assert thread.post.text.startswith("Cycling the Danube")
    assert [c.author for c in thread.comments] == ["Jonas Weber", "Petra N.", "Ola Berg"]
    assert thread.comments[0].text == "We slept in Linz and Grein, then Melk and Krems."
    assert not any("Like" in s.text or "Mar 3" in s.text for s in thread.sections)


BADGES_BETWEEN = """Balkans overland
Nina Horvat
@nina:example.org
Yesterday at 18:02
Ljubljana to Sarajevo by train and bus next spring, any advice?
Petar S.
@petar:example.org
Yesterday at 18:10
There is no train from Zagreb to Sarajevo now, the bus goes via Banja Luka.
Edited
Alma
@alma:example.org
Today at 08:45
The train from Sarajevo to Mostar is one of the best rides in Europe.
👍 2
Ivo
OP
Today at 09:01
Add Kotor if you continue south.
"""


def test_handles_and_badges_between_the_name_and_the_time_are_not_text() -> None:
    thread = read_text(BADGES_BETWEEN)
    assert _who(thread) == [
        ("Nina Horvat", "Ljubljana to Sarajevo by train and bus next spring, any advice?"),
        ("Petar S.", "There is no train from Zagreb to Sarajevo now, the bus goes via Banja Luka."),
        ("Alma", "The train from Sarajevo to Mostar is one of the best rides in Europe."),
        ("Ivo", "Add Kotor if you continue south."),
    ]


TABBED_CHAT = (
    "Chat history with Kyushu trip\n\n2026/11/20 Fri\n"
    "21:14\tMika Sato\tWe land in Fukuoka on the 3rd, four days to fill\n"
    "21:16\tKen Ito\tKumamoto for the castle, then Aso if the weather holds\n"
    "21:20\tYui\tBeppu for the onsen, and one night in Yufuin\n"
    "21:22\tMika Sato\tCan we do Nagasaki as a day trip from Fukuoka?\n"
)


def test_a_time_name_and_words_on_one_tabbed_line_is_a_message() -> None:
    thread = read_text(TABBED_CHAT)
    assert thread.post.author == "Mika Sato"
    assert thread.post.text.endswith("We land in Fukuoka on the 3rd, four days to fill")
    assert [(c.author, c.text) for c in thread.comments] == [
        ("Ken Ito", "Kumamoto for the castle, then Aso if the weather holds"),
        ("Yui", "Beppu for the onsen, and one night in Yufuin"),
        ("Mika Sato", "Can we do Nagasaki as a day trip from Fukuoka?"),
    ]


VIDEO_PAGE = """liv.goes.places
Liv Marsh · 2d ago
Four days in Oaxaca: Monte Albán, Hierve el Agua and the Sunday market in Tlacolula
12.4K
310
Comments (3)
daniroams
Did you get to Mitla too?
2d
Reply
41
liv.goes.places
Creator
@daniroams Mitla on the way back from Hierve el Agua, yes!
2d
Reply
12
saltyseb
Puerto Escondido after this is a must
1d
Reply
9
"""


def test_a_handle_over_the_words_with_the_time_under_them() -> None:
    thread = read_text(VIDEO_PAGE)
    assert thread.post.author == "liv.goes.places"  # as in her reply, so it reads as the poster's
    assert "Tlacolula" in thread.post.text
    assert [(c.author, c.text) for c in thread.comments] == [
        ("daniroams", "Did you get to Mitla too?"),
        ("liv.goes.places", "@daniroams Mitla on the way back from Hierve el Agua, yes!"),
        ("saltyseb", "Puerto Escondido after this is a must"),
    ]
    assert thread.comments[1].parent == thread.comments[0].id  # it opens with @daniroams


PHOTO_PAGE = """wanderwithlea
Follow
Hallstatt, Austria
wanderwithlea Three days around the lakes: Hallstatt at dawn, then Gosau and the Wolfgangsee
3w
kasia.travels Did you stay in Hallstatt or in Bad Ischl?
3w
24 likes
Reply
mattoutdoors Salzburg is an easy train ride away
2w
8 likes
Reply
juno.roams St. Gilgen was my favourite
1w
Reply
"""


def test_a_handle_opening_the_words_over_the_time_is_a_comment() -> None:
    thread = read_text(PHOTO_PAGE)
    assert thread.post.author == "wanderwithlea"
    assert [(c.author, c.text) for c in thread.comments] == [
        ("kasia.travels", "Did you stay in Hallstatt or in Bad Ischl?"),
        ("mattoutdoors", "Salzburg is an easy train ride away"),
        ("juno.roams", "St. Gilgen was my favourite"),
    ]


REVIEWS = """Ana Lima rated it really liked it
Nov 12, 2026
Read it before Tasmania. Strong on Hobart and the Tasman Peninsula.
12 likes
Like
Comment
Bruno Costa rated it it was amazing
Oct 30, 2026
Took it to Cradle Mountain and Strahan, the walking notes were right.
Like
Comment
Hana Novak rated it liked it
Sep 2, 2026
Good on Bruny Island, thin on Freycinet.
Like
Comment
"""


def test_a_name_before_a_phrase_that_recurs_over_a_date_heads_each_review() -> None:
    thread = read_text(REVIEWS)
    assert _who(thread) == [
        ("Ana Lima", "Read it before Tasmania. Strong on Hobart and the Tasman Peninsula."),
        ("Bruno Costa", "Took it to Cradle Mountain and Strahan, the walking notes were right."),
        ("Hana Novak", "Good on Bruny Island, thin on Freycinet."),
    ]


REBLOGS = """slowtrainsofeurope
night train to kraków
Took the sleeper from Vienna to Kraków last week and woke up to snow. Zakopane next.
#trains #poland
52 notes
mossandmaps reblogged this from slowtrainsofeurope and added:
I did Prague to Kraków the same way, the cabins are tiny but fine.
northbound-nora liked this
tealkettle reblogged this from slowtrainsofeurope and added:
Wrocław is worth a stop on the way back!
quietplatform reblogged this from mossandmaps and added:
Budapest to Kraków runs overnight too.
"""


def test_a_recurring_name_and_phrase_ending_in_a_colon_opens_a_comment() -> None:
    thread = read_text(REBLOGS)
    assert "Vienna to Kraków" in thread.post.text
    assert [(c.author, c.text) for c in thread.comments] == [
        ("mossandmaps", "I did Prague to Kraków the same way, the cabins are tiny but fine."),
        ("tealkettle", "Wrocław is worth a stop on the way back!"),
        ("quietplatform", "Budapest to Kraków runs overnight too."),
    ]


DIARY = """A week in Andalusia

Seville
June 3
Tapas in Triana and the Alcázar in the morning heat.

Córdoba
June 5
The Mezquita at opening time, then the patios of San Basilio.

Granada
June 7
The Alhambra at night, and the view from the Mirador de San Nicolás.
"""


def test_a_diary_of_places_over_days_stays_one_post() -> None:
    thread = read_text(DIARY)
    assert thread.comments == ()
    assert "Mezquita" in thread.post.text


SCHEDULE = """Kyoto hour by hour

Fushimi Inari
07:00
Up the gates before the crowds, two hours to the top and back.

Tofuku-ji
09:30
A short walk south to the bridge over the maple valley.

Gion
13:00
Lunch and a wander down Hanamikoji.

Fushimi Inari
18:00
Back for the lanterns at dusk.
"""

TOUR = """Three days on the Ring of Kerry
Day 1
8:30 AM
Pick up in Killarney, drive to Killorglin.
Day 2
9:00 AM
Cahersiveen and the Skellig view, lunch in Waterville.
Day 3
9:15 AM
Sneem, Moll's Gap and back to Killarney.
"""


def test_places_or_days_over_times_of_a_schedule_stay_one_post() -> None:
    for text in (SCHEDULE, TOUR):
        thread = read_text(text)
        assert thread.comments == ()
        assert "Killarney" in thread.post.text or "Gion" in thread.post.text


def test_a_known_format_keeps_its_reader() -> None:
    chat = ("[12/03/2026, 10:15:22] Lena: Lisbon or Porto first?\n"
            "[12/03/2026, 10:16:01] Tiago: Porto, then the train down\n"
            "[12/03/2026, 10:17:40] Lena: And Coimbra on the way?\n")
    assert read_text(chat).format == "chat"


def test_json_of_an_unknown_shape_finds_its_records_the_post_and_the_reply_paths() -> None:
    data = {
        "post_view": {"post": {"id": 7, "name": "Slow travel in Uruguay",
                               "body": "Three weeks from Montevideo to Colonia and up the coast."},
                      "creator": {"name": "ruta_lenta", "display_name": "Paula"}},
        "comments": [
            {"comment": {"id": 1, "content": "Cabo Polonio has no cars at all.", "path": "0.1"},
             "creator": {"name": "surfer_ben"}},
            {"comment": {"id": 2, "content": "Busy in January?", "path": "0.1.2"},
             "creator": {"name": "ruta_lenta"}},
            {"comment": {"id": 3, "content": "Go in March, <b>La Pedrera</b> is quieter.",
                         "path": "0.1.2.3"}, "creator": {"name": "surfer_ben"}},
            {"comment": {"id": 4, "content": "Skip Punta del Este.", "path": "0.4"},
             "creator": {"name": "mate_amargo"}},
        ],
    }
    (thread,) = parse_json(json.dumps(data))
    assert thread.post.author == "ruta_lenta"  # her name as her replies give it, not "Paula"
    assert thread.post.text.endswith("Three weeks from Montevideo to Colonia and up the coast.")
    assert [(c.author, c.parent) for c in thread.comments] == [
        ("surfer_ben", None), ("ruta_lenta", "comment-1"), ("surfer_ben", "comment-2"),
        ("mate_amargo", None)]
    assert thread.comments[2].text == "Go in March, La Pedrera is quieter."


def test_chat_events_with_the_words_nested_under_content_and_a_sender_beside_them() -> None:
    events = {"room_name": "Hiking Scotland", "messages": [
        {"type": "m.room.message", "sender": "@isla:example.org",
         "content": {"msgtype": "m.text", "body": "West Highland Way in May, from Milngavie."}},
        {"type": "m.room.member", "sender": "@rory:example.org", "content": {"membership": "join"}},
        {"type": "m.room.message", "sender": "@rory:example.org",
         "content": {"msgtype": "m.text", "body": "Then the train to Mallaig and the ferry."}},
        {"type": "m.room.message", "sender": "@fen:example.org",
         "content": {"msgtype": "m.text", "body": "Stay at Kingshouse before Kinlochleven."}},
    ]}
    (thread,) = parse_json(json.dumps(events))
    assert [(s.author, s.text) for s in thread.sections] == [
        ("@isla:example.org", "West Highland Way in May, from Milngavie."),
        ("@rory:example.org", "Then the train to Mallaig and the ferry."),
        ("@fen:example.org", "Stay at Kingshouse before Kinlochleven."),
    ]


def test_replies_named_by_a_post_id_of_their_own_key() -> None:
    topic = {"title": "Vietnam north to south", "posts": [
        {"pid": 100, "content": "<p>Hanoi, Hue and Hoi An in three weeks.</p>",
         "user": {"username": "minh_fan"}, "toPid": None},
        {"pid": 101, "content": "<p>Add Ninh Binh.</p>", "user": {"username": "bo"}},
        {"pid": 102, "content": "<p>Da Lat too.</p>", "user": {"username": "lan"}, "toPid": 101},
    ]}
    (thread,) = parse_json(json.dumps(topic))
    by_author = {s.author: s for s in thread.sections}
    assert by_author["lan"].parent == by_author["bo"].id


def test_empty_objects_in_an_export_are_nobodys_words() -> None:
    trip = {"trip": "Azores in October", "settings": {}, "notes": [
        {"by": "Inês Rocha", "at": "2026-05-02T09:12:00Z", "reactions": {},
         "words": "Three nights on São Miguel, then the short hop to Flores."},
        {"by": "Tom Avery", "at": "2026-05-02T10:40:00Z", "reactions": {},
         "words": "Add Pico for the climb if the weather holds."},
        {"by": "Inês Rocha", "at": "2026-05-03T08:05:00Z", "reactions": {},
         "words": "Pico it is, the ferry from Horta takes half an hour."},
    ]}
    (thread,) = parse_json(json.dumps(trip))
    assert [s.author for s in thread.sections][-3:] == ["Inês Rocha", "Tom Avery", "Inês Rocha"]


BOARD_PAGE = """<!doctype html><html><head><title>Danube by bike</title></head><body>
<nav><a href="/">Home</a> <a href="/t/austria">Austria</a></nav>
<h1>Danube by bike: Passau to Vienna</h1>
<div class="Msg"><h3><a href="/u/greta">Greta Holm</a></h3><time datetime="2026-03-03">Mar 3</time>
<div class="Msg-body"><p>Six days from Passau to Vienna in June. Where do we sleep?</p></div>
<button>Reply</button></div>
<div class="Msg"><h3><a href="/u/jonas">Jonas Weber</a></h3><time datetime="2026-03-03">Mar 3</time>
<div class="Msg-body"><p>Linz and Grein, then Melk and Krems.</p></div><button>Reply</button></div>
<div class="Msg"><h3><a href="/u/petra">Petra N.</a></h3><time datetime="2026-03-04">Mar 4</time>
<div class="Msg-body"><p>Book Dürnstein early.</p></div><button>Reply</button></div>
<div class="Msg"><h3><a href="/u/ola">Ola Berg</a></h3><time datetime="2026-03-06">Mar 6</time>
<div class="Msg-body"><p>Engelhartszell brews its own beer.</p></div><button>Reply</button></div>
<footer>Bike Board, all rights reserved</footer></body></html>
"""


def test_a_saved_page_of_an_unknown_board_splits_at_its_repeated_name_and_time(
        tmp_path: Path) -> None:
    page = tmp_path / "board.html"
    page.write_text(BOARD_PAGE, encoding="utf-8")
    (thread,) = read_threads(page)
    assert thread.post.author == "Greta Holm"
    assert [(c.author, c.text, c.date) for c in thread.comments] == [
        ("Jonas Weber", "Linz and Grein, then Melk and Krems.", "2026-03-03"),
        ("Petra N.", "Book Dürnstein early.", "2026-03-04"),
        ("Ola Berg", "Engelhartszell brews its own beer.", "2026-03-06"),
    ]
    assert "Home" not in thread.post.text and "rights" not in thread.comments[-1].text


STREAM_CHAT = """Stream chat: a rail pass route through Japan
21:14 kestrel_vx: tokyo to kyoto first or osaka?
21:14 miso_soup: kyoto first, osaka after for the food
21:15 tanuki99: dont skip nara, its a short ride from kyoto
21:16 kestrel_vx: and hiroshima?
"""

LINK_BOARD = """Ask: low-carbon routes from London to Istanbul
via eurail_fan 6 hours ago | 12 comments
No flying this time. Eurostar to Paris, then what?
   ana_p 5 hours ago | link | flag
   Paris to Munich, then the night train to Budapest and on to Bucharest.
      eurail_fan 5 hours ago | link | flag
      Is the Bucharest to Istanbul sleeper running?
   jo_t 4 hours ago | link | flag
   Go via Vienna and Belgrade instead, Sofia has a direct train.
"""


def test_a_time_a_handle_and_a_colon_open_a_chat_line() -> None:
    thread = read_text(STREAM_CHAT)
    assert thread.post.author == "kestrel_vx"
    assert [(c.author, c.text) for c in thread.comments] == [
        ("miso_soup", "kyoto first, osaka after for the food"),
        ("tanuki99", "dont skip nara, its a short ride from kyoto"),
        ("kestrel_vx", "and hiroshima?"),
    ]


def test_a_handle_and_a_time_before_links_with_replies_indented_deeper() -> None:
    thread = read_text(LINK_BOARD)
    assert thread.post.author == "eurail_fan"
    assert thread.post.text.endswith("Eurostar to Paris, then what?")
    ana, reply, jo = thread.comments
    assert (ana.author, reply.author, jo.author) == ("ana_p", "eurail_fan", "jo_t")
    assert reply.parent == ana.id and jo.parent is None
    assert reply.text == "Is the Bucharest to Istanbul sleeper running?"


EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "formats"


def test_the_examples_of_unknown_sites_read_with_their_writers() -> None:
    expected = {
        # "Like Reply" under each post is chrome to every reader: the name-date reader sees
        # each header after it, and reads the page as the inferred one did
        "flarum.txt": ("name-date", "Greta Holm",
                       ["Jonas Weber", "Petra N.", "Greta Holm", "Ola Berg"]),
        "reviews.txt": ("inferred", "Ana Lima", ["Bruno Costa", "Hana Novak", "Leo Park"]),
        "lemmy.json": ("json-records", "ruta_lenta",
                       ["surfer_ben", "ruta_lenta", "surfer_ben", "mate_amargo"]),
    }
    for name, (fmt, poster, writers) in expected.items():
        (thread,) = read_threads(EXAMPLES / name)
        assert (thread.format, thread.post.author) == (fmt, poster), name
        assert [c.author for c in thread.comments] == writers, name
        replied = any(thread.is_post_author(c) for c in thread.comments)
        assert replied == (name != "reviews.txt"), name  # the poster answers under her post


NUMBERED_WITH_DASHES = """1. Siobhan — 3 April 2026
Four nights in Galway, then Doolin and the Burren. Too slow?

2. Cathal — 3 April 2026
Not slow at all, add a day on Inis Oírr from Doolin.

3. Siobhan — 4 April 2026
Thanks Cathal, booking the ferry now.
"""

REPLY_ARROWS = """Ferry or fly to the Faroes?

tove_k  ·  5 days ago
Thinking of the ferry from Hirtshals to Tórshavn in June.

 ↳ magnus.h  ·  4 days ago
 Flew from Copenhagen, much quicker.

 ↳ tove_k  ·  4 days ago
 Quicker, yes, but the ferry is half the fun.
"""


def test_a_comments_number_or_reply_arrow_is_not_part_of_the_name() -> None:
    numbered = read_text(NUMBERED_WITH_DASHES)
    assert [s.author for s in numbered.sections] == ["Siobhan", "Cathal", "Siobhan"]
    arrows = read_text(REPLY_ARROWS)
    assert [s.author for s in arrows.sections] == ["tove_k", "magnus.h", "tove_k"]


BYLINE_WITHOUT_DATE = """Hut to hut in the Julian Alps - 5 days in August

Posted by Mateja K.

Starting in Bohinj, over to Triglav Lakes, down to Trenta. Which huts book out first?

Comments

Luka says:
The hut at the Seven Lakes goes first, book by March.

Mateja K. says:
Thanks Luka, booked!
"""


def test_a_byline_without_a_date_names_the_posts_writer() -> None:
    thread = read_text(BYLINE_WITHOUT_DATE)
    assert [s.author for s in thread.sections] == ["Mateja K.", "Luka", "Mateja K."]
    assert "Posted by" not in thread.post.text


def test_ranks_badges_and_profile_labels_are_no_part_of_a_writers_name(tmp_path: Path) -> None:
    """Whatever reader finds the writer, the page's rank or badge after the name and its
    profile label before it are left off, so one person is one name across the thread."""
    copied = tmp_path / "copied.txt"
    copied.write_text(
        "Kayaking the Abel Tasman in March\n\n"
        "Hemi Walker PRO\n2 March 2026\n"
        "Three days paddling from Marahau to Totaranui. Worth it?\n\n"
        "Anika Senior Member\n3 March 2026\nYes, and camp at Anchorage the first night.\n\n"
        "Hemi Walker PRO\n3 March 2026\nThanks Anika, Anchorage booked.\n", encoding="utf-8")
    exported = tmp_path / "exported.json"
    exported.write_text(json.dumps({"title": "Otago Rail Trail", "post": "Clyde to Middlemarch?",
                                    "comments": [
        {"author": "[personal profile] clyde_cyclist",
         "text": "Four days from Clyde to Middlemarch."},
        {"author": "wanaka_wendy Junior Member", "text": "Stay in Ranfurly on night two."},
    ]}), encoding="utf-8")
    (thread,) = read_threads(copied)
    assert [s.author for s in thread.sections] == ["Hemi Walker", "Anika", "Hemi Walker"]
    (thread,) = read_threads(exported)
    assert [s.author for s in thread.comments] == ["clyde_cyclist", "wanaka_wendy"]


def test_a_members_record_id_is_no_writers_name(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps({"title": "Puglia in June", "post": "Lecce or Ostuni as a base?",
                                  "comments": [
        {"author": "64b0c1d2e3f4a5b6c7d8e9f0", "text": "Lecce, and day trips to Otranto."},
        {"author": "Rosa Greco", "text": "Ostuni is prettier at night."},
    ]}), encoding="utf-8")
    (thread,) = read_threads(export)
    assert [s.author for s in thread.comments] == [None, "Rosa Greco"]


def test_a_blocks_heading_where_a_writer_stands_is_no_name() -> None:
    assert bare_name("marta kowal's other trips") is None
    assert bare_name("Jun\u2019s latest stories") is None
    assert bare_name("Jo's Travels") == "Jo's Travels"  # a blog's name is its writer's


def test_a_question_or_answer_line_names_only_its_writer() -> None:
    # Q&A copies open the post with "Question asked by" and a reply with "Answer from"
    assert bare_name("Question asked by lena.k") == "lena.k"
    assert bare_name("Comment posted by Ravi") == "Ravi"
    assert bare_name("Answer from Dorota") == "Dorota"
