"""JSON that shares our thread object's keys but is another site's: read by its keys, with a
warning that says where it left our schema, never refused while its comments can be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.readers import read_threads


def _write(tmp_path: Path, name: str, value: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(value), "utf-8")
    return path


def test_writer_objects_and_epoch_dates(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.json", {
        "title": "Islands of the Saronic Gulf", "post": "Aegina first, then Hydra.",
        "comments": [
            {"author": {"name": "Stavros", "id": 7}, "text": "Poros is the quiet one.",
             "date": 1748736000},
            {"author": {"name": "Ilse", "id": 9}, "text": "We live on Spetses half the year.",
             "date": 1748822400}]})
    [thread] = read_threads(path)
    assert [s.author for s in thread.comments] == ["Stavros", "Ilse"]
    assert thread.comments[0].date is not None and thread.comments[0].date.startswith("2025-06")
    [warning] = thread.warnings
    assert warning.startswith("not itinerary's thread object (comment ")


def test_list_of_threads_whose_comments_say_body(tmp_path: Path) -> None:
    path = _write(tmp_path, "threads.json", [
        {"title": "Bled or Bohinj?", "post": "Two nights to spare in Slovenia.",
         "comments": [{"author": "Mojca", "body": "Bohinj, it is calmer."},
                      {"author": "Jure", "body": "Bled, then cycle to Radovljica."}]},
        {"title": "Piran in October", "post": "Is the sea still warm?",
         "comments": [{"author": "Ana", "text": "Warm enough for us."}]}])
    first, second = read_threads(path)
    assert [s.author for s in first.comments] == ["Mojca", "Jure"]
    assert "Radovljica" in first.comments[1].text
    assert second.warnings == () and second.comments[0].author == "Ana"


def test_json_lines_line_of_another_shape(tmp_path: Path) -> None:
    path = tmp_path / "threads.jsonl"
    lines = [{"title": "Kotor by bus", "post": "From Tivat airport?",
              "comments": [{"author": {"name": "Vuk"}, "text": "Take a taxi, it is close."},
                           {"author": {"name": "Lea"}, "text": "The bus stops at the old town."}]},
             {"title": "Budva", "post": "Too busy in August?"}]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")
    kotor, budva = read_threads(path)
    assert [s.author for s in kotor.comments] == ["Vuk", "Lea"]
    assert budva.post.text.endswith("Too busy in August?")


def test_a_comment_without_words_is_still_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.json", {"post": "Ljubljana", "comments": [{"author": "Eva"}]})
    with pytest.raises(InputError, match='comment 1: "text" must be a string, found nothing'):
        read_threads(path)
