"""Exports that hold the app's own events among people's words: a Matrix room export (Element's
"Export chat" JSON, with state events and the room's topic in its wrapper), a Flarum discussion
fetched through its JSON:API (event posts for tags, renames and locks) and a Skype export
(newest first, members added and calls among the messages, writers as "8:live:…" ids beside
their display names). Only the messages are sections, oldest first, each under its writer's
display name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from itinerary.readers import read_threads


def _matrix_event(kind: str, sender: str, content: dict[str, Any], n: int,
                  state: str | None = None) -> dict[str, Any]:
    event = {"type": kind, "sender": sender, "content": content, "event_id": f"$ev{n}",
             "origin_server_ts": 1767225600000 + n * 90000, "room_id": "!xYzAbC:example.org"}
    if state is not None:
        event["state_key"] = state
    return event


def _say(sender: str, body: str, n: int, msgtype: str = "m.text") -> dict[str, Any]:
    return _matrix_event("m.room.message", sender, {"msgtype": msgtype, "body": body}, n)


def _join(sender: str, name: str, n: int) -> dict[str, Any]:
    return _matrix_event("m.room.member", sender, {"membership": "join", "displayname": name},
                         n, state=sender)


def _element_export(tmp_path: Path) -> Path:
    rosa, kai, amaru = "@rosa:example.org", "@kai:chat.example.net", "@amaru:example.org"
    topic = "Bolivia in August: La Paz, Lake Titicaca, Sucre and the salt flats at Uyuni"
    messages = [
        _matrix_event("m.room.create", rosa, {"creator": rosa, "room_version": "10"}, 0, ""),
        _join(rosa, "Rosa", 1),
        _matrix_event("m.room.name", rosa, {"name": "Bolivia 2026"}, 2, ""),
        _matrix_event("m.room.topic", rosa, {"topic": topic}, 3, ""),
        _join(kai, "kai", 4),
        _say(rosa, "We fly into La Paz and give it three nights for the altitude, then the bus "
                   "to Copacabana on the lake.", 5),
        _say(kai, "Copacabana is fine for a night; the boat out to Isla del Sol is the point.", 6),
        _join(amaru, "Amaru", 7),
        _say(amaru, "Greetings from Sucre! Stay at least two nights here before Potosi.", 8),
        _matrix_event("m.reaction", rosa, {"m.relates_to": {
            "rel_type": "m.annotation", "event_id": "$ev8", "key": "+1"}}, 9),
        _say(rosa, "Note to self: book the Uyuni jeep tour from Tupiza.", 10, "m.notice"),
        _say(kai, "From Tupiza the tour ends in Uyuni after four days, so no going back.", 11),
    ]
    export = {"room_name": "Bolivia 2026", "room_creator": rosa, "topic": topic,
              "export_date": "01/02/2026", "exported_by": kai, "messages": messages}
    path = tmp_path / "bolivia-room.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    return path


def test_a_matrix_room_export_reads_its_messages_not_its_topic_or_state(tmp_path: Path) -> None:
    thread = read_threads(str(_element_export(tmp_path)))[0]
    assert [section.author for section in thread.sections] == [
        "Rosa", "kai", "Amaru", "Rosa", "kai"]
    assert thread.sections[0].text.startswith("We fly into La Paz")
    assert not any("salt flats" in section.text for section in thread.sections)


def _resource(kind: str, ident: str, attributes: dict[str, Any],
              **links: Any) -> dict[str, Any]:
    resource = {"type": kind, "id": ident, "attributes": attributes}
    if links:
        resource["relationships"] = {name: {"data": data} for name, data in links.items()}
    return resource


def _flarum_discussion(tmp_path: Path) -> Path:
    people = {"5": ("birgit_h", "Birgit Holm"), "8": ("tomasz", "Tomasz Wrona"),
              "13": ("lumi.k", "Lumi Kask")}
    users = [_resource("users", ident, {"username": handle, "displayName": name})
             for ident, (handle, name) in people.items()]
    said = [
        ("5", "comment", "<p>Baltic loop by train: Vilnius, Riga, Tallinn, a week each way?</p>"),
        ("5", "discussionTagged", [[2], [2, 6]]),
        ("8", "comment", "<p>Riga deserves three nights; Jurmala is a short ride out.</p>"),
        ("5", "discussionRenamed", ["Baltics", "Baltic loop by train"]),
        ("13", "comment", "<p>Hello from Tartu! Come up here between Riga and Tallinn.</p>"),
        ("5", "comment", "<p>Tartu added, thank you both.</p>"),
        ("8", "discussionLocked", {"locked": True}),
    ]
    posts = []
    for number, (writer, kind, content) in enumerate(said, start=1):
        words = {"contentHtml": content} if kind == "comment" else {"content": content}
        posts.append(_resource("posts", str(700 + number), {
            "number": number, "createdAt": f"2026-03-0{number}T10:00:00+00:00",
            "contentType": kind, **words}, user={"type": "users", "id": writer}))
    discussion = _resource(
        "discussions", "61", {"title": "Baltic loop by train", "commentCount": 4},
        user={"type": "users", "id": "5"},
        posts=[{"type": "posts", "id": post["id"]} for post in posts])
    path = tmp_path / "baltics-api.json"
    path.write_text(json.dumps({"data": discussion, "included": [*users, *posts]}),
                    encoding="utf-8")
    return path


def test_a_flarum_discussion_leaves_out_its_event_posts(tmp_path: Path) -> None:
    thread = read_threads(str(_flarum_discussion(tmp_path)))[0]
    assert [section.author for section in thread.sections] == [
        "Birgit Holm", "Tomasz Wrona", "Lumi Kask", "Birgit Holm"]
    assert not any("Baltics" in section.text.split() for section in thread.sections)


def test_a_skype_export_reads_its_messages_oldest_first_by_display_name(tmp_path: Path) -> None:
    said = [
        ("8:live:.cid.f00d1", "Greta Lind", "RichText",
         "Jordan in April: Amman two nights, then Petra and a night in Wadi Rum."),
        ("8:live:.cid.f00d1", "Greta Lind", "ThreadActivity/AddMember",
         "<addmember><target>8:live:.cid.beef2</target></addmember>"),
        ("8:live:.cid.beef2", "Samir Haddad", "RichText",
         "Hello from Madaba! Jerash is an easy morning out from Amman."),
        ("8:live:.cid.f00d1", "Greta Lind", "Event/Call",
         '<partlist type="ended" alt=""><part identity="live:.cid.beef2"></part></partlist>'),
        ("8:live:.cid.f00d1", "Greta Lind", "RichText", "Jerash added, and Aqaba at the end."),
    ]
    messages = [{"id": str(n), "displayName": name, "from": sender, "messagetype": kind,
                 "content": content, "originalarrivaltime": f"2026-02-0{n}T09:00:00.000Z",
                 "conversationid": "19:c0ffee@thread.skype"}
                for n, (sender, name, kind, content) in enumerate(said, start=1)]
    export = {"userId": "8:live:.cid.f00d1", "exportDate": "2026-03-01T10:00", "conversations": [
        {"id": "19:c0ffee@thread.skype", "displayName": "Jordan",
         "MessageList": messages[::-1]}]}
    path = tmp_path / "messages.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    thread = read_threads(str(path))[0]
    assert [section.author for section in thread.sections] == [
        "Greta Lind", "Samir Haddad", "Greta Lind"]
    assert thread.sections[0].text.startswith("Jordan in April")
