"""JSON:API documents (jsonapi.org): the words, the writer and the thread's head sit in separate
resources joined by {"type", "id"} links, as Flarum's and Drupal's APIs give them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from itinerary.readers import read_threads


def _read(tmp_path: Path, document: dict[str, object]) -> list[tuple[str, str | None, str | None,
                                                                   str]]:
    path = tmp_path / "answer.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    [thread] = read_threads(str(path))
    assert thread.format == "json-api"
    return [(s.id, s.author, s.parent, s.text) for s in thread.sections]


def _user(ident: str, **attributes: str) -> dict[str, object]:
    return {"type": "users", "id": ident, "attributes": attributes}


def _post(ident: str, writer: str, html: str, when: str) -> dict[str, Any]:
    return {"type": "posts", "id": ident,
            "attributes": {"contentType": "comment", "contentHtml": html, "createdAt": when},
            "relationships": {"user": {"data": {"type": "users", "id": writer}},
                              "discussion": {"data": {"type": "discussions", "id": "60"}}}}


def test_a_discussion_with_its_posts_included_is_a_post_and_replies_named_by_their_writers(
        tmp_path: Path) -> None:
    discussion = {
        "type": "discussions", "id": "60",
        "attributes": {"title": "Hokkaido in February without a car", "commentCount": 3},
        "relationships": {"user": {"data": {"type": "users", "id": "3"}},
                          "posts": {"data": [{"type": "posts", "id": p} for p in "abc"]}}}
    included = [
        _user("3", username="yukimi", displayName="Yuki Mori"),
        _user("4", username="dbrandt", displayName="Dana Brandt"),
        _post("a", "3", "<p>Sapporo for the snow festival, then the train to Otaru.</p>",
              "2025-01-04T08:00:00+00:00"),
        _post("b", "4", "<p>We took the limited express to Asahikawa and loved it.</p>",
              "2025-01-04T11:20:00+00:00"),
        _post("c", "3", "<p>Thanks, Asahikawa is on the list now.</p>",
              "2025-01-05T09:45:00+00:00"),
    ]
    sections = _read(tmp_path, {"data": discussion, "included": included})
    assert [(ident, writer) for ident, writer, _, _ in sections] == [
        ("post", "Yuki Mori"), ("comment-1", "Dana Brandt"), ("comment-2", "Yuki Mori")]
    assert sections[0][3].startswith("Hokkaido in February without a car")
    assert "Otaru" in sections[0][3] and "<p>" not in sections[0][3]


def test_comments_on_an_article_make_the_article_the_post_and_keep_their_parent(
        tmp_path: Path) -> None:
    def comment(ident: str, writer: str, words: str, parent: str | None) -> dict[str, object]:
        return {"type": "comment--comment", "id": ident,
                "attributes": {"comment_body": {"value": f"<p>{words}</p>",
                                                "format": "basic_html"},
                               "created": f"2024-05-0{ident}T10:00:00+00:00"},
                "relationships": {
                    "uid": {"data": {"type": "user--user", "id": writer}},
                    "entity_id": {"data": {"type": "node--article", "id": "n1"}},
                    "pid": {"data": None if parent is None else {
                        "type": "comment--comment", "id": parent}}}}
    document = {
        "data": [comment("1", "u1", "The ferry from Split to Vis took two hours.", None),
                 comment("2", "u2", "Komiza on Vis is the quieter end of the island.", None),
                 comment("3", "u3", "Agreed, we stayed in Komiza for a week.", "2")],
        "included": [
            {"type": "user--user", "id": "u1", "attributes": {"display_name": "Hal Petrak"}},
            {"type": "user--user", "id": "u2", "attributes": {"display_name": "Ivana Sor"}},
            {"type": "user--user", "id": "u3", "attributes": {"display_name": "Rob Ellery"}},
            {"type": "user--user", "id": "u9", "attributes": {"display_name": "islands_desk"}},
            {"type": "node--article", "id": "n1",
             "attributes": {"title": "Vis, the far island",
                            "body": {"value": "<p>Vis was closed to visitors until 1989.</p>"}},
             "relationships": {"uid": {"data": {"type": "user--user", "id": "u9"}}}},
        ],
    }
    sections = _read(tmp_path, document)
    assert [(ident, writer, parent) for ident, writer, parent, _ in sections] == [
        ("post", "islands_desk", None), ("comment-1", "Hal Petrak", None),
        ("comment-2", "Ivana Sor", None), ("comment-3", "Rob Ellery", "comment-2")]
    assert "closed to visitors" in sections[0][3]


def test_posts_listed_with_a_titled_thread_included_read_the_first_post_as_the_post(
        tmp_path: Path) -> None:
    def post(ident: str, writer: str, words: str) -> dict[str, object]:
        return {"type": "posts", "id": ident,
                "attributes": {"content": words, "createdAt": f"2023-03-0{ident}T09:00:00Z"},
                "relationships": {"author": {"data": {"type": "people", "id": writer}},
                                  "topic": {"data": {"type": "topics", "id": "t"}}}}
    document = {
        "data": [post("1", "p1", "Four nights in Tbilisi, then where for three more?"),
                 post("2", "p2", "Kazbegi, and take the minibus early in the morning.")],
        "included": [{"type": "topics", "id": "t", "attributes": {"title": "After Tbilisi"}},
                     {"type": "people", "id": "p1", "attributes": {"name": "Mira Holt"}},
                     {"type": "people", "id": "p2", "attributes": {"name": "Levan G."}}],
    }
    sections = _read(tmp_path, document)
    assert [(ident, writer) for ident, writer, _, _ in sections] == [
        ("post", "Mira Holt"), ("comment-1", "Levan G.")]
    assert sections[0][3].startswith("After Tbilisi")


def test_a_data_list_that_is_no_json_api_document_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "comments.json"
    path.write_text(json.dumps({"data": [
        {"id": "1", "author": "Noor", "text": "Petra at dawn was worth the early start."},
        {"id": "2", "author": "Sami", "text": "We slept in Wadi Rum the night before."},
    ]}), encoding="utf-8")
    [thread] = read_threads(str(path))
    assert thread.format != "json-api"
    assert [s.author for s in thread.sections] == ["Noor", "Sami"]


def test_a_post_the_discussion_links_to_again_is_read_once(tmp_path: Path) -> None:
    """A discussion names its first post beside the list of all of them, and posts name the
    posts that answer them: each post is one section, where the thread lists it."""
    posts = [_post("a", "3", "<p>Two nights in Kotor or one in Budva as well?</p>",
                   "2024-08-01T10:00:00+00:00"),
             _post("b", "4", "<p>Both. Budva is a short bus ride down the coast.</p>",
                   "2024-08-01T12:00:00+00:00")]
    answered = {"data": [{"type": "posts", "id": "b"}]}
    posts[0]["relationships"]["mentionedBy"] = answered
    discussion = {
        "type": "discussions", "id": "60", "attributes": {"title": "Kotor and Budva"},
        "relationships": {"firstPost": {"data": {"type": "posts", "id": "a"}},
                          "posts": {"data": [{"type": "posts", "id": "a"},
                                             {"type": "posts", "id": "b"}]}}}
    users = [_user("3", displayName="Tess Ward"), _user("4", displayName="Goran V.")]
    documents: list[dict[str, object]] = [{"data": discussion, "included": [*users, *posts]},
                                          {"data": posts, "included": [discussion, *users]}]
    for document in documents:
        sections = _read(tmp_path, document)
        assert [(ident, writer) for ident, writer, _, _ in sections] == [
            ("post", "Tess Ward"), ("comment-1", "Goran V.")]
        assert sections[0][3].startswith("Kotor and Budva")
