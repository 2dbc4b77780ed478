"""JSON threads, lists of threads and JSON Lines (the batch and benchmark input)."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import iter_records, parse_json, read_threads

EXAMPLES = Path(__file__).parents[1] / "examples"
BENCH = Path(__file__).parents[2] / "shared/bench"


def test_one_thread_object_with_nested_replies() -> None:
    [thread] = read_threads(EXAMPLES / "iceland-thread.json")
    assert thread.id == "iceland-ring-road"
    assert thread.location == "Reykjavík, Iceland"
    assert thread.title == "Ten days on Iceland's Ring Road in October"
    assert thread.post.date == "2023-11-02"
    assert thread.post.text.startswith(
        "Ten days on Iceland's Ring Road in October\n\nReykjavík, Iceland\n\nWe drove the Ring Road"
    )
    assert [(s.id, s.author, s.parent, s.date) for s in thread.comments] == [
        ("comment-1", "Sigrún", None, "2023-11-03"),
        ("comment-2", "Dallas", "comment-1", "2023-11-04"),
        ("comment-3", "Lincoln", None, "2023-11-05"),
        ("comment-4", "Chelsea", None, None),
    ]
    assert thread.comments[1].text.startswith("Sigrún, is the road over to Húsavík open")


def test_a_list_of_threads() -> None:
    threads = read_threads(EXAMPLES / "threads.json")
    assert [t.id for t in threads] == ["lisbon-trams", "slovenia-lakes", None]
    assert [len(t.comments) for t in threads] == [2, 1, 0]
    assert threads[0].location == "Lisbon, Portugal"
    assert threads[1].location is None
    assert threads[1].post.text.startswith("Lake Bled or Lake Bohinj?\n\nBoth lakes are")
    assert threads[2].title == "A weekend in Kraków"


def test_parse_json_accepts_bytes_and_keeps_comment_text_verbatim() -> None:
    data = json.dumps(
        {"post": "Narvik by train.", "comments": [{"author": "Ola", "text": "  Kiruna next!\n"}]}
    ).encode("utf-8")
    [thread] = parse_json(data, "narvik.json")
    assert thread.post.text == "Narvik by train."
    assert thread.title is None
    assert thread.comments[0].text == "  Kiruna next!\n"
    assert thread.source == "narvik.json"


def test_json_lines_keep_ids_and_text_verbatim() -> None:
    threads = read_threads(EXAMPLES / "posts.jsonl")
    assert [t.id for t in threads] == ["note-1", "note-2", "thread-3", "note-4"]
    raw = [json.loads(line) for line in (EXAMPLES / "posts.jsonl").read_text("utf-8").splitlines()]
    for thread, record in zip(threads, raw, strict=True):
        if "text" in record:
            assert thread.post.text == record["text"]
            assert thread.comments == ()
    assert threads[3].post.text.startswith("  Took the bus")
    assert threads[3].post.text.endswith("Highway.\n")
    assert threads[2].comments[0].author == "Ken"
    assert threads[2].location == "Kyoto, Japan"


@pytest.mark.parametrize("name", ["geowebnews.jsonl", "lgl.jsonl", "trnews.jsonl"])
def test_benchmark_offsets_index_the_post_text(name: str) -> None:
    path = BENCH / name
    if not path.exists():
        pytest.skip("benchmark files not present")
    records = list(islice(iter_records(path), 25))
    with path.open(encoding="utf-8") as lines:
        gold = [json.loads(line) for line in islice(lines, 25)]
    for thread, doc in zip(records, gold, strict=True):
        assert isinstance(thread, Thread)
        assert thread.id == doc["id"]
        for toponym in doc["toponyms"]:
            assert thread.post.text[toponym["start"] : toponym["end"]] == toponym["name"]


def test_bad_json_lines_are_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": 1, "text": "Oslo in winter."}\n'
        '{"id": 2, "text": \n'
        "\n"
        '{"id": 3}\n'
        "[1, 2]\n"
        '{"id": "5", "text": "Bergen in spring."}\n',
        encoding="utf-8",
    )
    items = list(iter_records(path))
    assert [x.id if isinstance(x, Thread) else str(x) for x in items] == [
        "1",
        f"{path}:2: malformed JSON at column 19: Expecting value",
        f'{path}:4: no "post" or "text"',
        f"{path}:5: expected a thread object, found a list",
        "5",
    ]
    with pytest.raises(InputError, match=r"mixed\.jsonl:2: malformed JSON"):
        read_threads(path)


def test_a_bad_element_of_a_json_list_does_not_stop_the_others(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps([{"post": "Riga"}, {"post": 7}, {"title": "Tartu", "post": "Tartu"}]),
        encoding="utf-8",
    )
    items = list(iter_records(path))
    assert isinstance(items[0], Thread) and isinstance(items[2], Thread)
    assert str(items[1]) == f'{path}: thread 2: "post" must be a string, found a number'
    assert items[2].post.text == "Tartu"  # a post that already starts with its title


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ('{"title": "x",\n "post": "y",\n "comments": [}', "malformed JSON at line 3, column 15"),
        ("[]", "the JSON list holds no threads"),
        ('"just a string"', "expected a thread object, found a string"),
        ('{"post": "a", "text": "b"}', 'give either "post" or "text", not both'),
        ('{"post": "Oslo", "comments": {}}', '"comments" must be a list'),
        ('{"post": "Oslo", "comments": [{"author": "Ann"}]}', '"text" must be a string'),
        ('{"post": "Oslo", "title": ["x"]}', '"title" must be a string, found a list'),
        ('{"text": "   "}', "empty thread"),
        ("   ", "empty file"),
    ],
)
def test_malformed_json_messages(data: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_json(data, "t.json")
    assert str(caught.value).startswith("t.json: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_utf16_json_lines_are_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"id": "a", "text": "Oslo"}\n'.encode("utf-16"))
    assert [str(x) for x in iter_records(path)] == [
        f"{path}: JSON Lines must be UTF-8, this file is UTF-16"
    ]
