"""Pages in shapes no reader names, fourth round (tests/unseen_shapes/ pages listed under
``_round4``, labelled before the readers ran, and short pages written here): chat lines with the
writer and time in brackets or before a colon, one header line holding the title and the writer,
writers' names carrying site chrome, member blocks with no blank line between posts, comments
signed under their words, and JSON whose words and writers sit in objects of their own. Every
thread here is invented."""

from __future__ import annotations

import json

from unseen_shapes_score import ROOT, labels, round4, score_page, score_part

from itinerary.readers import parse_html, parse_json, read_threads
from itinerary.readers.formats import read_text


def test_the_fourth_rounds_measured_pages_keep_their_floor() -> None:
    score = score_part("measure", pages=round4())
    assert score.boundary_f1 >= 0.85
    assert score.author_accuracy >= 0.8
    assert score.leakage <= 0.25


CHATS = [
    "\n".join(["Export: Lisbon weekend", "", "----- Friday, 9 May 2025 -----",
               "[Joana] [6:02 PM] Belem first or Alfama first on Saturday?",
               "[Tiago] [6:10 PM] Alfama early, before the tram 28 crowds",
               "----- Saturday, 10 May 2025 -----",
               "[Joana] [9:15 AM] on the tram now, Graca viewpoint next"]),
    "\n".join(["--- 2 June 2025 ---", "Ines, 10:04 : is Sintra doable without a car?",
               "Marco, 10:09 : yes, train from Rossio, then the 434 bus",
               "Ines, 10:12 : great, and Cascais after?"]),
    "\n".join(["--------------- 2025. 6. 2. Monday ---------------",
               "2025. 6. 2. 10:04, Ines : is Sintra doable without a car?",
               "2025. 6. 2. 10:09, Marco : yes, train from Rossio, then the 434 bus",
               "2025. 6. 3. 08:30, Ines : done, Pena was worth the climb"]),
]


def test_chat_lines_with_the_writer_bracketed_or_before_a_colon_split_by_writer() -> None:
    for page in CHATS:
        thread = read_text(page)
        assert [s.author for s in thread.sections][:2] in (["Joana", "Tiago"], ["Ines", "Marco"])
        assert len(thread.sections) == 3
        assert not any("---" in s.text or "PM]" in s.text for s in thread.sections)
    assert read_text(CHATS[2]).sections[2].date == "2025-06-03"


TITLED = """Travel Talk » Asia » Hue or Hoi An for three nights?

Hue or Hoi An for three nights? by linh_t(f): 8:10am On Feb 04
Three nights between Hue and Hoi An, where should the extra night go?

Re: Hue or Hoi An for three nights? by Pieter77: 9:55am On Feb 04
Hoi An, and take the Hai Van pass between them by motorbike with a driver.

Re: Hue or Hoi An for three nights? by kwame.b(m): 1:02pm On Feb 04
Hue if you like history, the tombs along the Perfume River took us a full day.

(Reply) (Go Up)
"""


def test_one_header_line_with_the_title_and_the_writer_opens_each_post() -> None:
    thread = read_text(TITLED)
    assert [s.author for s in thread.sections] == ["linh_t", "Pieter77", "kwame.b"]
    assert thread.comments[0].text.startswith("Hoi An, and take")
    assert not any("(Go Up)" in s.text or "by Pieter77" in s.text for s in thread.sections)


REPLIED = """Trip Circles

Galle Fort in August?
Nimal P (88) posted in Sri Lanka Travel · 3d
Is Galle Fort too hot in August, or is the south coast fine then?
2 replies

Rachel Ong (1,204) replied to Galle Fort in August? · 2d
August is dry on the south coast, Galle and Mirissa were lovely for us.
Like · Reply

Dinesh replied to Galle Fort in August? · 1d
I live in Matara, go in the morning and sit out the afternoon heat.
Like · Reply
"""


def test_a_writers_reputation_and_what_they_replied_to_are_no_part_of_the_name() -> None:
    thread = read_text(REPLIED)
    assert [s.author for s in thread.sections] == ["Nimal P", "Rachel Ong", "Dinesh"]
    assert thread.post.text.endswith("is the south coast fine then?")


PAYOUTS = """@trail.maya in #hiking · 3 days ago
The Rota Vicentina from Porto Covo to Odeceixe took us six days, cliffs all the way.
$2.10 · 31 votes · Reply

@walks.with.jo · 2 days ago
Did you sleep in Vila Nova de Milfontes? The river beach there is the best.
$0.12 · 4 votes · Reply

@trail.maya · 1 day ago
@walks.with.jo yes, two nights, and a swim every evening.
$0.03 · 1 vote · Reply
"""


def test_handles_channels_and_payout_rows_are_writer_chrome() -> None:
    thread = read_text(PAYOUTS)
    assert [s.author for s in thread.sections] == ["trail.maya", "walks.with.jo", "trail.maya"]
    assert not any("votes" in s.text or "$" in s.text for s in thread.sections)


MEMBERS = """Andes Trekking > Bolivia > Huayna Potosi without experience?
Huayna Potosi without experience?
mateo.q
Posts: 31 · Joined 2022 · Location: Sucre
Can a fit beginner climb Huayna Potosi on the three-day trip from La Paz?
Greta Holm
Posts: 7 · Joined 2025 · Location: Tromso
I did, with no experience, the guides teach crampons on the glacier on day one.
andes_ruben
Posts: 3,118 · Joined 2010 · Location: La Paz
Yes, but spend four days in La Paz first, the altitude is the hard part.
"""


def test_a_name_over_its_member_line_heads_a_post_with_no_blank_line_between() -> None:
    thread = read_text(MEMBERS)
    assert [(s.author, s.home) for s in thread.sections] == [
        ("mateo.q", "Sucre"), ("Greta Holm", "Tromso"), ("andes_ruben", "La Paz")]
    assert not any("Posts:" in s.text or "Joined" in s.text for s in thread.sections)


SIGNED = """Long Roads Journal

Crossing the Atlas by bus

Written by Salma Idrissi

From Marrakech the bus climbs over the Tizi n'Tichka to Ouarzazate in about five hours,
with a stop at the top for mint tea.

3 Comments

We did the same road in a shared taxi, faster but terrifying on the bends.
Posted by: Hugo B. | 4 March 2025 at 09:12

Is Ait Benhaddou worth a night, or just a stop?
Posted by: Lena | 5 March 2025 at 17:40

Lena, a night, the kasbah at sunrise is empty and golden.
Posted by: Salma Idrissi | 6 March 2025 at 08:03

Post a comment
"""


def test_comments_signed_under_their_words_belong_to_the_signer() -> None:
    thread = read_text(SIGNED)
    assert [s.author for s in thread.sections] == ["Salma Idrissi", "Hugo B.", "Lena",
                                                   "Salma Idrissi"]
    assert thread.comments[0].text.startswith("We did the same road")
    assert thread.comments[1].text == "Is Ait Benhaddou worth a night, or just a stop?"
    assert thread.comments[1].date == "2025-03-05"


BOARD = json.dumps({
    "name": "Patagonia 2026", "prefs": {"background": "green"},
    "cards": [{"id": "k1", "name": "El Chalten days", "desc": "Three days of walks from town."}],
    "actions": [
        {"type": "commentCard", "date": "2026-02-01T10:00:00Z",
         "data": {"text": "Laguna de los Tres on the clearest day, start at five.",
                  "card": {"id": "k1", "name": "El Chalten days"}},
         "memberCreator": {"username": "vero_s", "fullName": "Veronica Sosa"}},
        {"type": "updateCard", "date": "2026-02-01T11:00:00Z",
         "data": {"card": {"id": "k1", "name": "El Chalten days"}},
         "memberCreator": {"username": "tom_k", "fullName": "Tom Kerr"}},
        {"type": "commentCard", "date": "2026-02-02T09:00:00Z",
         "data": {"text": "And Laguna Torre the day after, it is flatter.",
                  "card": {"id": "k1", "name": "El Chalten days"}},
         "memberCreator": {"username": "tom_k", "fullName": "Tom Kerr"}},
        {"type": "commentCard", "date": "2026-02-02T12:00:00Z",
         "data": {"text": "Agreed, and Loma del Pliegue Tumbado if the wind allows.",
                  "card": {"id": "k1", "name": "El Chalten days"}},
         "memberCreator": {"username": "vero_s", "fullName": "Veronica Sosa"}}]})


def test_a_board_exports_comments_give_their_writers_full_names_not_the_cards() -> None:
    (thread,) = parse_json(BOARD)
    assert [s.author for s in thread.sections] == ["Veronica Sosa", "Tom Kerr",
                                                   "Veronica Sosa"]
    assert thread.sections[1].text == "And Laguna Torre the day after, it is flatter."


def test_words_and_writers_nested_in_objects_of_their_own_are_found() -> None:
    lines = [{"kind": "msg", "who": {"profile": {"real_name": name}},
              "msg": {"payload": {"text": text}}, "at": at}
             for name, text, at in [
                 ("Kaito", "Nikko in a day from Tokyo, too rushed?", "2025-10-01"),
                 ("Emma R", "Fine by the Tobu limited express, we did it last autumn.",
                  "2025-10-01"),
                 ("Kaito", "Great, Kegon falls and the shrines then.", "2025-10-02")]]
    data = {"chat": {"title": "Japan autumn", "log": lines}}
    (thread,) = parse_json(json.dumps(data))
    assert [s.author for s in thread.sections] == ["Kaito", "Emma R", "Kaito"]
    assert thread.comments[0].text.startswith("Fine by the Tobu")


def test_json_whose_records_cannot_be_found_still_gives_its_words() -> None:
    page = {"app": {"build": 412}, "note": {"heading": "Two days in Ghent",
            "blocks": [{"value": {"runs": [{"t": "We walked from Gent-Sint-Pieters station"
                                                 " to the Graslei along the canals."}]}},
                       {"value": {"runs": [{"t": "Next day a train to Bruges and back by"
                                                 " dinner time."}]}}]}}
    (thread,) = parse_json(json.dumps(page))
    assert not thread.comments and thread.post.author is None
    assert "Graslei" in thread.post.text and "back by dinner time" in thread.post.text
    name = "tune/prose-only.json"
    assert score_page(name, labels()[name]).found == 1
    assert read_threads(ROOT / name)[0].format == "json-prose"


BLOG = """<html><body><div class="top"><h1 class="headline">Slow days on Vis</h1>
<p class="credit"><span>Dora Petric</span> <span>12 September 2025</span></p></div>
<div class="promo">Book ferries here</div>
<div class="article"><p>The catamaran from Split takes two and a half hours; we stayed in Komiza,
on the far side from the port, and hired a scooter for the coves.</p></div>
<ul class="replies">
<li class="reply-row"><div class="reply-head"><b class="reply-name">Ivo</b>
<i class="reply-time">13 September 2025</i></div><p class="reply-text">Did you go out to the
Blue Cave on Bisevo?</p></li>
<li class="reply-row"><div class="reply-head"><b class="reply-name">Dora Petric</b>
<i class="reply-time">14 September 2025</i></div><p class="reply-text">Yes, from Komiza, go on
the first boat.</p></li>
<li class="reply-row"><div class="reply-head"><b class="reply-name">Sanne</b>
<i class="reply-time">15 September 2025</i></div><p class="reply-text">Stiniva beach was our
favourite.</p></li></ul></body></html>"""


def test_a_saved_blogs_byline_names_the_post_writer_who_answers_in_the_comments() -> None:
    thread = parse_html(BLOG)
    assert [s.author for s in thread.sections] == ["Dora Petric", "Ivo", "Dora Petric", "Sanne"]
    assert "Komiza" in thread.post.text
