"""Pages in shapes no reader names, second round (tests/unseen_shapes/ pages labelled before the
readers ran, and short pages written here): JSON records under keys no list names, rows of
buttons under posts, a phpBB copy with the member block under each post, and saved HTML whose
writer sits deep in a block of class names of its own. Every thread here is invented."""

from __future__ import annotations

from unseen_shapes_score import labels, round2, score_page, score_part

from itinerary.readers import parse_html, parse_json
from itinerary.readers.formats import read_text


def test_the_second_rounds_measured_pages_keep_their_floor() -> None:
    score = score_part("measure", pages=round2())
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.7
    assert score.leakage <= 0.15


def test_json_records_are_read_by_what_their_values_look_like() -> None:
    # "alias"/"said" in a topic, "who"/"txt" with epoch times, a writer as first and last name
    pages = ["tune/rockies-topic.json", "tune/sicily-events.jsonl", "tune/coffee-trip-remarks.json"]
    for name in pages:
        score = score_page(name, labels()[name])
        assert (score.found, score.authors) == (score.labelled, score.labelled), name


def test_short_keys_and_replies_under_a_key_no_list_names() -> None:
    page = """{"walks": [{"nm": "orla_b", "said": "Is the Causeway coast walk fine in
    November, from Portstewart to Ballycastle?", "when": "2025-10-02T10:00:00Z",
    "answers": [{"nm": "seamus.d", "said": "Fine if you check the tides at Whitepark Bay.",
    "when": "2025-10-02T12:00:00Z"}, {"nm": "Kerry", "said": "We did it last November and
    stayed in Bushmills, ok.", "when": "2025-10-03T08:00:00Z"}]}]}""".replace("\n    ", " ")
    (thread,) = parse_json(page)
    assert [s.author for s in thread.sections] == ["orla_b", "seamus.d", "Kerry"]
    assert thread.sections[1].text.startswith("Fine if you check")
    assert thread.sections[2].date == "2025-10-03"


BUTTON_ROWS = """Slow travel board > Poland

Krakow to Zakopane by bus?

magda_w
2 days ago
Is the bus from Krakow to Zakopane better than the train in February?
Helpful (3)   Report   Quote

Tomek
1 day ago
The bus, it takes two hours and the train nearly four. We went in January.
12 Like  ·  Reply

ruth.h
20 hours ago
I live in Nowy Targ, the bus stops here on the way, also easy.
[Quote] [Reply]

Back to Poland  •  Printable view
"""


def test_rows_of_buttons_under_posts_are_chrome() -> None:
    thread = read_text(BUTTON_ROWS)
    assert [s.author for s in thread.comments] == ["Tomek", "ruth.h"]
    whole = "\n".join(s.text for s in thread.sections)
    for chrome in ("Helpful (3)", "12 Like", "[Quote]", "Printable view"):
        assert chrome not in whole
    assert thread.comments[1].text.endswith("also easy.")


PHPBB_PROFILE_BELOW = """Hill Paths :: View topic - Tatra huts in June
Tatra huts in June
by lenka_s » Tue Apr 01, 2025 8:02 pm
Can we sleep in the huts above Zakopane in June without booking?
lenka_s
Posts: 5
Joined: Sat Mar 01, 2025 9:00 am
Re: Tatra huts in June
by karel_hory » Wed Apr 02, 2025 6:40 am
Book Murowaniec, it fills up at weekends. We stayed there last June.
karel_hory
Posts: 980
Location: Brno
Re: Tatra huts in June
by pia » Wed Apr 02, 2025 9:15 am
The hut at Morskie Oko takes walk-ins on the floor if it is full.
Display posts from previous: All posts
"""


def test_phpbb_posts_with_the_member_block_under_the_words() -> None:
    thread = read_text(PHPBB_PROFILE_BELOW)
    assert [s.author for s in thread.sections] == ["lenka_s", "karel_hory", "pia"]
    assert thread.post.text.endswith("without booking?")
    assert thread.comments[0].text.endswith("last June.")
    assert thread.comments[0].home == "Brno"


DEEP_NAMES = """<html><head><title>Lake Bled in winter - Alpine Notes</title></head><body>
<div class="an-top">Alpine Notes · Sign in</div>
<div class="an-wall">
 <div class="an-item"><div class="an-hd"><div class="an-who"><em>Nives</em></div>
  <small>Jan 4</small></div><div class="an-say">Is Bled worth it in January or is everything
  closed? We would come by train from Ljubljana.</div></div>
 <div class="an-item"><div class="an-hd"><div class="an-who"><em>Jure K</em></div>
  <small>Jan 5</small></div><div class="an-say">Worth it, the lake path is open and Vintgar
  gorge is shut but Bohinj is lovely.</div>
  <div class="an-item"><div class="an-hd"><div class="an-who"><em>Nives</em></div>
   <small>Jan 5</small></div><div class="an-say">Thanks, we will add a day in Bohinj
   then.</div></div></div>
 <div class="an-item"><div class="an-hd"><div class="an-who"><em>Alba R</em></div>
  <small>Jan 7</small></div><div class="an-say">We went in February and skated on a pond
  near Radovljica.</div></div>
</div><div class="an-foot">Alpine Notes 2025</div></body></html>"""


def test_html_posts_whose_writer_sits_deep_in_a_block_of_its_own_classes() -> None:
    thread = parse_html(DEEP_NAMES)
    assert [s.author for s in thread.sections] == ["Nives", "Jure K", "Nives", "Alba R"]
    assert thread.sections[2].parent == thread.sections[1].id  # the reply nested in Jure's
    assert thread.comments[-1].text.startswith("We went in February")
    assert all("Sign in" not in s.text for s in thread.sections)
