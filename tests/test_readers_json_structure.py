"""JSON of apps no shape names, read by its structure: who wrote each record (a display name
before an id or a handle), which records are nobody's words (an app's notices), which record is
the post (a question over its answers, a board's card, none when the file holds only comments)."""

from __future__ import annotations

import json

from itinerary.readers.json import parse_json


def _writers(value: object) -> list[str | None]:
    (thread,) = parse_json(json.dumps(value))
    return [section.author for section in thread.sections]


def _event(kind: str, sender: str, at: int, content: dict[str, object]) -> dict[str, object]:
    return {"type": kind, "sender": sender, "origin_server_ts": at, "content": content}


def test_a_room_export_names_each_sender_by_the_name_their_join_gave() -> None:
    room = {"room_name": "Azores", "messages": [
        _event("m.room.member", "@rui:example.org", 1, {"membership": "join",
                                                         "displayname": "Rui Dias"}),
        _event("m.room.member", "@bea:example.org", 2, {"membership": "join",
                                                         "displayname": "Beatriz"}),
        _event("m.room.message", "@rui:example.org", 3, {
            "msgtype": "m.text", "body": "Is one week enough for São Miguel and Faial?"}),
        _event("m.reaction", "@bea:example.org", 4, {"m.relates_to": {"key": "👀"}}),
        _event("m.room.message", "@bea:example.org", 5, {
            "msgtype": "m.text", "body": "Yes, fly to Horta and take the ferry over to Pico."}),
        _event("m.room.message", "@rui:example.org", 6, {
            "msgtype": "m.text", "body": "Then Ponta Delgada first, and Furnas for a day."})]}
    assert _writers(room) == ["Rui Dias", "Beatriz", "Rui Dias"]


def test_a_writer_object_with_a_handle_and_a_nickname_gives_the_nickname() -> None:
    def said(handle: str, nickname: str | None, text: str) -> dict[str, object]:
        return {"type": "Default", "timestamp": "2025-06-01T10:00:00+00:00", "content": text,
                "author": {"id": f"n-{handle}", "name": handle, "nickname": nickname}}
    channel = {"channel": {"name": "andes"}, "messages": [
        said("sol_v", "Soledad Vidal", "We land in Salta and drive north to Cafayate."),
        said("kit99", None, "The Quebrada de las Conchas road is best in the afternoon."),
        said("sol_v", "Soledad Vidal", "And Purmamarca after that, for the hill of colours.")]}
    assert _writers(channel) == ["Soledad Vidal", "kit99", "Soledad Vidal"]


def test_a_user_id_beside_a_profile_gives_the_profiles_name() -> None:
    def said(user: str, real: str, text: str) -> dict[str, object]:
        return {"type": "message", "user": user, "text": text, "ts": "1719990100.000200",
                "user_profile": {"real_name": real, "display_name": ""}}
    day = [said("U7QX2", "Nadia Ferreira", "Flying into Tbilisi, then the road to Kazbegi."),
           said("U9KD4", "Oskar Lind", "Stop at Ananuri fortress on the way up."),
           said("U7QX2", "Nadia Ferreira", "Noted, and Sighnaghi for the wine afterwards?")]
    assert _writers(day) == ["Nadia Ferreira", "Oskar Lind", "Nadia Ferreira"]


def test_an_apps_notices_are_nobodys_words() -> None:
    def said(who: str, at: int, text: str, **more: str) -> dict[str, object]:
        return {"sender_name": who, "timestamp_ms": at, "content": text, "type": "Generic", **more}
    chat = {"participants": [{"name": "Ada"}, {"name": "Ben"}], "messages": [
        said("Ben", 1717000500000, "Matera for one night on the way to Bari, then."),
        said("Ben", 1717000400000, "Ben named the group Puglia by train."),
        said("Ada", 1717000300000, "Lecce is lovely, and Otranto is a short train away."),
        said("Ada", 1717000200000, "Ada added Ben to the group."),
        said("Ada", 1717000100000, "Plan so far: Bari, Alberobello, Lecce over six days.")]}
    assert _writers(chat) == ["Ada", "Ada", "Ben"]
    kinds = [{"user": who, "subtype": kind, "text": text} for who, kind, text in [
        ("Ines", "channel_join", "Ines has come in"),
        ("Ines", "message", "Which ferry runs from Tallinn to Helsinki on Sundays?"),
        ("Pavel", "message", "The morning one, it takes two hours across the bay."),
        ("Pavel", "pinned_item", "Pavel put a message on top of this channel."),
        ("Ines", "message", "Then Porvoo as a day trip from Helsinki afterwards.")]]
    assert _writers(kinds) == ["Ines", "Pavel", "Ines"]


def test_comments_that_all_name_a_post_the_file_lacks_leave_the_post_empty() -> None:
    comments = [{"id": 90 + n, "post": 12, "parent": 0, "author_name": who,
                 "date": f"2024-05-0{n}T10:00:00", "content": {"rendered": f"<p>{text}</p>"}}
                for n, who, text in [(3, "Tove", "The coastal path from Cadaqués is stunning."),
                                     (2, "Marc", "Girona's old town was our favourite stop."),
                                     (1, "Lia", "We took the bus up from Figueres to Cadaqués.")]]
    (thread,) = parse_json(json.dumps(comments))
    assert [s.author for s in thread.sections] == [None, "Lia", "Marc", "Tove"]
    assert thread.sections[0].text == ""


def test_comments_inside_an_apps_envelopes_are_found() -> None:
    def comment(who: str, text: str) -> dict[str, object]:
        return {"kind": "comment", "snippet": {"authorDisplayName": who, "textOriginal": text,
                                               "publishedAt": "2024-10-01T08:00:00Z"}}
    listing = {"kind": "threadList", "items": [
        {"snippet": {"videoId": "q1", "topLevelComment": comment(
            "@roam.ing", "How long is the boat from Koh Lanta to Koh Lipe?")},
         "replies": {"comments": [comment("@islandhops", "About three hours with one stop.")]}},
        {"snippet": {"videoId": "q1", "topLevelComment": comment(
            "@mei.t", "Koh Mook's emerald cave was the best part of our trip.")}}]}
    assert _writers(listing) == [None, "@roam.ing", "@islandhops", "@mei.t"]


def test_a_writer_under_a_key_of_the_apps_own_is_found_across_the_lists_records() -> None:
    history = {"messages": [
        {"_id": "x3", "msg": "Kotor's old town walls at sunset, do not skip them.",
         "ts": "2024-07-10T10:30:00.000Z", "u": {"username": "mk", "name": "Milena Kovac"}},
        {"_id": "x2", "t": "uj", "msg": "mk", "ts": "2024-07-10T10:20:00.000Z",
         "u": {"username": "mk", "name": "Milena Kovac"}},
        {"_id": "x1", "msg": "Driving from Dubrovnik down to Montenegro, what should we see?",
         "ts": "2024-07-10T10:00:00.000Z", "u": {"username": "fb", "name": "Finn Berg"},
         "tcount": 1}], "success": True}
    assert _writers(history) == ["Finn Berg", "Milena Kovac"]


def test_a_question_is_the_post_over_its_comments_and_answers() -> None:
    def note(who: str, text: str) -> dict[str, object]:
        return {"owner": {"user_id": f"u-{who}", "display_name": who}, "body": text}
    answer = {**note("Rafa", "<p>Take the train from Seville to Córdoba, forty-five minutes.</p>"),
              "comments": [note("Anke", "And is Granada a day trip from there too?")]}
    api = {"items": [{
        "title": "Seville to Córdoba for a day?",
        "body": "<p>We are based in Seville for a week; is Córdoba worth a day trip?</p>",
        "owner": {"user_id": "u-Anke", "display_name": "Anke"},
        "comments": [note("Juno", "Córdoba's mosque alone is worth the trip.")],
        "answers": [answer, note("Pilar", "<p>Go early, the Mezquita queue grows by ten.</p>")]}],
        "has_more": False}
    assert _writers(api) == ["Anke", "Juno", "Rafa", "Anke", "Pilar"]


def test_a_boards_one_card_with_its_writer_is_the_post() -> None:
    def comment(who: str, text: str) -> dict[str, object]:
        return {"id": text[:5], "authorId": who, "body": text,
                "createdAt": "2025-04-02T09:30:00Z"}
    board = {"board": {"title": ""},
             "users": [{"id": "p-1", "displayName": "Ona Puig"},
                       {"id": "p-2", "displayName": "Teo Marín"}],
             "tasks": [{"id": "k-1", "title": "Asturias coast", "createdBy": "p-1",
                        "description": "A week between Gijón, Cudillero and Llanes by car."}],
             "comments": [comment("p-2", "Add the Picos de Europa lakes at Covadonga."),
                          comment("p-1", "Yes, from Cangas de Onís one morning.")]}
    assert _writers(board) == ["Ona Puig", "Teo Marín", "Ona Puig"]


def test_a_link_named_as_one_makes_a_reply_wherever_the_id_sits_in_it() -> None:
    def comment(own: str, parent: str, who: str, text: str) -> dict[str, object]:
        return {"commentHex": own, "parentHex": parent, "commenterHex": who, "markdown": text,
                "path": "/2024/croatian-islands",
                "creationDate": f"2024-03-0{own[-1]}T09:00:00Z"}
    widget = {"comments": [
        comment("h1", "root", "w1", "Swimming at Bol's Zlatni Rat was the best of Brač."),
        comment("h2", "h1", "w2", "Did you take the catamaran from Split or the car ferry?"),
        comment("h3", "root", "w2", "Vis is quieter, and the Blue Cave trip leaves from Komiža.")],
        "commenters": [{"commenterHex": "w1", "name": "Irena Babić"},
                       {"commenterHex": "w2", "name": "Joost Smit"}]}
    (thread,) = parse_json(json.dumps(widget))
    assert [(s.author, s.parent) for s in thread.sections[1:]] == [
        ("Irena Babić", None), ("Joost Smit", "comment-1"), ("Joost Smit", None)]
    room = {"messages": [
        {**_event("m.room.message", "@ivo:example.org", 1, {
            "body": "Is the ferry from Rijeka to Cres still running in October?"}),
         "event_id": "$a"},
        {**_event("m.room.message", "@mara:example.org", 2, {
            "body": "Only on weekends, but the bus over the Krk bridge runs daily."}),
         "event_id": "$b"},
        {**_event("m.room.message", "@ivo:example.org", 3, {
            "body": "Good, then Krk town first and the Valbiska ferry across to Cres.",
            "m.relates_to": {"m.in_reply_to": {"event_id": "$b"}}}), "event_id": "$c"}]}
    (thread,) = parse_json(json.dumps(room))
    assert [s.parent for s in thread.sections] == [None, None, "comment-1"]


def test_an_id_every_record_gives_is_what_they_are_about_not_one_of_them() -> None:
    """A dump of comments that all name their post by "post_id": a reply to the post stays on
    top, a reply to a comment nests under it, and a date under a key named for one is read."""
    rows = [
        {"post_id": 41, "comment_id": 1, "parent_id": 41, "by": "Oona",
         "sent_at": "2025-08-01T09:00:00Z", "content": "Inari in August was all mosquitoes."},
        {"post_id": 41, "comment_id": 2, "parent_id": 41, "by": "Matti",
         "sent_at": "2025-08-01T10:00:00Z", "content": "We drove up from Rovaniemi in a day."},
        {"post_id": 41, "comment_id": 3, "parent_id": 2, "by": "Oona",
         "sent_at": "2025-08-02T08:00:00Z", "content": "Did you stop in Sodankylä?"},
    ]
    (thread,) = parse_json(json.dumps(rows))
    assert [s.author for s in thread.comments] == ["Oona", "Matti", "Oona"]
    assert [s.parent for s in thread.comments] == [None, None, "comment-2"]
    assert [s.date for s in thread.comments] == ["2025-08-01", "2025-08-01", "2025-08-02"]
