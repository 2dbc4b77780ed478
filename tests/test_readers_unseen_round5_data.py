"""Pages in shapes no reader names, fifth round, data side (tests/unseen_shapes/ pages of
labels_round5_data.json, labelled before the readers ran, and short exports written here): JSON
Lines whose lines are records of different kinds (a version line, a team, members, then
messages), writers given only by an id that another part of the file names, words under keys no
earlier sample used (rich-text blocks, pieces of a document comment) and events that hold only
markup. Every thread here is invented."""

from __future__ import annotations

import json

from unseen_shapes_score import round5_data, score_part

from itinerary.readers import parse_html, parse_json, read_threads


def test_the_fifth_rounds_measured_data_pages_keep_their_floor() -> None:
    score = score_part("measure", pages=round5_data())
    assert score.boundary_f1 >= 0.9
    assert score.author_accuracy >= 0.8
    assert score.leakage <= 0.2


def _lines(*records: dict) -> str:
    return "\n".join(json.dumps(record) for record in records) + "\n"


KINDS = _lines(
    {"kind": "header", "tool": "roomsave", "version": 4},
    {"kind": "room", "title": "Baltics by bus", "topic": "Tallinn, Riga, Vilnius and around"},
    {"kind": "person", "id": 301, "name": "Laura Kask"},
    {"kind": "person", "id": 302, "name": "Mikkel Holm"},
    {"kind": "msg", "mid": "x1", "from_id": 301, "text": "Tallinn to Riga by bus, then Vilnius. "
     "Is Cesis worth a stop on the way?", "at": 1748000000000},
    {"kind": "like", "from_id": 302, "on": "x1"},
    {"kind": "msg", "mid": "x2", "from_id": 302, "parent_id": "x1", "text": "Cesis yes, and "
     "Sigulda is close by for the castle and the gorge.", "at": 1748003600000},
    {"kind": "msg", "mid": "x3", "from_id": 301, "parent_id": "x2", "text": "Sigulda added, "
     "thanks Mikkel.", "at": 1748007200000},
)


def test_json_lines_of_records_of_several_kinds_give_one_thread_of_the_messages(tmp_path) -> None:
    path = tmp_path / "baltics.jsonl"
    path.write_text(KINDS, encoding="utf-8")
    threads = read_threads(path)
    assert len(threads) == 1
    sections = threads[0].sections
    assert [s.author for s in sections] == ["Laura Kask", "Mikkel Holm", "Laura Kask"]
    assert sections[1].text.startswith("Cesis yes")
    assert sections[2].parent == sections[1].id
    assert not any("roomsave" in s.text or "301" in (s.author or "") for s in sections)


def test_a_writer_given_by_id_takes_the_name_a_map_of_members_gives() -> None:
    page = {
        "thread": {"heading": "Azores in April", "opener": "u9",
                   "content": {"plain": "Sao Miguel for five days, is Flores worth the flight?"}},
        "answers": [
            {"aid": 1, "writer_ref": "u4", "content": {"plain": "Flores is wilder than Sao "
                                                                "Miguel, give it three nights."}},
            {"aid": 2, "writer_ref": "u9", "content": {"plain": "Three nights on Flores then, "
                                                                "and Pico on the way back?"}},
        ],
        "users": {"u4": {"nickname": "atlantic_ana"}, "u9": {"nickname": "hortensia_hiker"}},
    }
    sections = parse_json(json.dumps(page))[0].sections
    assert [s.author for s in sections[-2:]] == ["atlantic_ana", "hortensia_hiker"]
    assert "writer_ref" not in sections[-1].text


def test_words_in_rich_text_blocks_or_pieces_are_the_record_s_words() -> None:
    page = {"members": [{"id": "M1", "profile": {"real_name": "Rosa Lind"}},
                        {"id": "M2", "profile": {"real_name": "Omar Faruk"}}],
            "messages": [
                {"user": "M1", "ts": "1.1", "blocks": [{"type": "rich_text", "elements": [
                    {"type": "rich_text_section", "elements": [
                        {"type": "text", "text": "Lofoten in winter: "},
                        {"type": "text", "text": "Svolvaer or Reine as a base?"}]}]}]},
                {"user": "M2", "ts": "1.2", "blocks": [{"type": "section", "text": {
                    "type": "mrkdwn", "text": "Reine, the light at noon is unreal."}}]},
                {"user": "M1", "ts": "1.3", "richText": [
                    {"type": "text", "plainText": "Reine it is. "},
                    {"type": "text", "plainText": "Will the road from Bodo be fine?"}]}]}
    sections = parse_json(json.dumps(page))[0].sections
    assert [s.author for s in sections] == ["Rosa Lind", "Omar Faruk", "Rosa Lind"]
    assert sections[0].text == "Lofoten in winter: Svolvaer or Reine as a base?"
    assert sections[2].text == "Reine it is. Will the road from Bodo be fine?"


def test_an_event_that_holds_only_markup_is_no_section() -> None:
    page = {"value": [
        {"id": "1", "from": {"user": {"displayName": "Ines Prata"}}, "messageType": "message",
         "body": {"content": "<p>Madeira in May, Funchal or Porto Moniz as a base?</p>"}},
        {"id": "2", "from": None, "messageType": "systemEventMessage",
         "body": {"content": "<systemEventMessage/>"}},
        {"id": "3", "from": {"user": {"displayName": "Tom Reyes"}}, "messageType": "message",
         "body": {"content": "<p>Funchal, the levada walks start an hour away.</p>"}},
        {"id": "4", "from": {"user": {"displayName": "Ines Prata"}}, "messageType": "message",
         "body": {"content": "<p>Funchal then, thanks.</p>"}}]}
    sections = parse_json(json.dumps(page))[0].sections
    assert [s.author for s in sections] == ["Ines Prata", "Tom Reyes", "Ines Prata"]
    assert not any("systemEvent" in s.text for s in sections)


def test_json_lines_of_records_with_no_writer_give_one_post_of_their_words(tmp_path) -> None:
    path = tmp_path / "journal.jsonl"
    path.write_text(_lines(
        {"app": "daybook", "schema": 7},
        {"entry_id": "e1", "mood": "tired", "words": "Crossed from Tallinn to Helsinki on the "
                                                      "morning ferry, two hours of grey sea."},
        {"entry_id": "e2", "mood": "happy", "words": "Suomenlinna in the afternoon, then "
                                                      "sauna by the harbour in Kallio."},
    ), encoding="utf-8")
    thread = read_threads(path)[0]
    assert len(thread.sections) == 1 and thread.sections[0].author is None
    assert "Suomenlinna in the afternoon" in thread.sections[0].text
    assert "daybook" not in thread.sections[0].text
    assert any("one post" in warning for warning in thread.warnings)


def test_member_records_name_writers_under_keys_of_their_own() -> None:
    page = {"people": [{"pid": "p7", "screen_name": "Mara Costa"},
                       {"pid": "p8", "screen_name": "Jon Ek"}],
            "items": [
                {"account_id": "p7", "words": "Is Matera worth a night on the way to Puglia?"},
                {"account_id": "p8", "words": "Yes, stay in the Sassi and see it lit at night."},
                {"account_id": "p7", "words": "Booked a cave room in Matera, thank you."}]}
    sections = parse_json(json.dumps(page))[0].sections
    assert [s.author for s in sections] == ["Mara Costa", "Jon Ek", "Mara Costa"]


ARTICLE = """<html><head><title>Walking the Camino Portugues | Slow Feet</title></head><body>
<div class="strip"><a href="/">Slow Feet</a> <a href="/walks">Walks</a>
<a href="/about">About</a></div>
<div class="lead"><h1>Walking the Camino Portugues</h1>
<div class="by">by <a href="/people/rui">Rui Matos</a> · 12 min read</div></div>
<div class="prose"><p>We started in Porto and followed the coastal route north through Vila do Conde
and Viana do Castelo, crossing into Spain at A Guarda.</p>
<p>From Pontevedra the paths join and the last days into Santiago are busy but cheerful.</p></div>
<div class="talk">
 <div class="note"><a href="/people/maeve">Maeve Doyle</a> <span class="pill">Top fan</span>
  <div class="note-text">Did you sleep in albergues or book rooms ahead on the coast?</div>
  <div class="note-act">Like · Reply</div></div>
 <div class="note"><a href="/people/rui">Rui Matos</a> <span class="pill">Writer</span>
  <div class="note-text">Rooms ahead in Viana, albergues everywhere else.</div>
  <div class="note-act">Like · Reply</div></div>
 <div class="note"><a href="/people/kenji">Kenji Sato</a>
  <div class="note-text">The coastal route past Baiona was my favourite stretch too.</div>
  <div class="note-act">Like · Reply</div></div>
</div></body></html>"""

CARDS = """<html><head><title>Night kayak in Halong Bay | Meetspot</title></head><body>
<div class="menu"><a href="/">Meetspot</a> <a href="/events">Events</a>
<a href="/groups">Groups</a></div>
<h1>Night kayak in Halong Bay</h1>
<div class="host">Organised by <a href="/p/linh">Linh Tran</a></div>
<div class="about"><p>We paddle out from Cat Ba at sunset to Lan Ha Bay and back by the floating
villages. Head torches provided, bring a dry bag for your phone.</p></div>
<div class="feed">
 <div class="card"><div class="head"><a href="/p/ben">Ben Carter</a> <span>Member</span></div>
  <p>Is it fine for beginners? I have only kayaked on a lake.</p>
  <div class="foot">Like · Reply</div></div>
 <div class="card"><div class="head"><a href="/p/linh">Linh Tran</a> <span>Organiser</span></div>
  <p>Yes, the bay is sheltered and we go slowly.</p><div class="foot">Like · Reply</div></div>
 <div class="card"><div class="head"><a href="/p/ana">Ana Pereira</a> <span>Member</span></div>
  <p>Joining from Hanoi on the bus the day before.</p><div class="foot">Like · Reply</div></div>
</div></body></html>"""


def test_an_article_above_repeated_comments_is_the_post_with_its_byline_far_away() -> None:
    thread = parse_html(ARTICLE)
    post, comments = thread.sections[0], thread.sections[1:]
    assert post.author == "Rui Matos"
    assert "We started in Porto" in post.text and "Pontevedra" in post.text
    assert not any(chrome in post.text for chrome in ("12 min read", "Slow Feet\n", "About"))
    assert [c.author for c in comments] == ["Maeve Doyle", "Rui Matos", "Kenji Sato"]


def test_a_writer_named_in_a_link_with_a_badge_beside_it_is_the_link_s_words() -> None:
    thread = parse_html(CARDS)
    assert [s.author for s in thread.sections] == ["Linh Tran", "Ben Carter", "Linh Tran",
                                                   "Ana Pereira"]
    assert thread.sections[0].text.split("\n\n")[-1].startswith("We paddle out from Cat Ba")
    assert "Meetspot" not in thread.sections[0].text
