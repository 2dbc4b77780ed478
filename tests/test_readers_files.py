"""Inputs as files: discovery, format detection, stdin, encodings, and every refusal."""

from __future__ import annotations

import io
import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers import MAX_INPUT_BYTES, discover, iter_records, read_threads

EXAMPLES = Path(__file__).parents[1] / "examples"
POST = "Weekend in Tromsø\n\nTromsø, Norway\n\nWe flew up from Oslo and saw the lights twice.\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, POST.encode("utf-8"))
    [thread] = read_threads("-")
    assert thread.source == "-"
    assert thread.location == "Tromsø, Norway"
    assert thread.post.text == POST.strip()


def test_stdin_json_lines_are_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, (EXAMPLES / "posts.jsonl").read_bytes())
    assert [t.id for t in read_threads("-")] == ["note-1", "note-2", "thread-3", "note-4"]


def test_stdin_html_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, (EXAMPLES / "tuscany-wordpress.html").read_bytes())
    [thread] = read_threads("-")
    assert len(thread.comments) == 4


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (POST, "text"),
        ("<!DOCTYPE html><html><body><p>Oslo by tram.</p></body></html>", "html"),
        ('{"title": "Oslo", "post": "Oslo by tram."}', "json"),
        ('[{"post": "Oslo by tram."}]', "json"),
        ('{"id": "a", "text": "Oslo"}\n{"id": "b", "text": "Bergen"}\n', "jsonl"),
    ],
)
def test_unknown_suffix_is_sniffed(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "saved.page"
    path.write_text(content, encoding="utf-8")
    threads = read_threads(path)
    if expected == "text":
        assert threads[0].title == "Weekend in Tromsø"
    elif expected == "html":
        assert threads[0].post.text == "Oslo by tram."
    elif expected == "jsonl":
        assert [t.id for t in threads] == ["a", "b"]
    else:
        assert threads[0].post.text.endswith("Oslo by tram.")


def test_json_lines_saved_as_json_are_read_as_lines(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"id": "a", "text": "Oslo"}\n{"id": "b", "text": "Bergen"}\n', "utf-8")
    assert [t.id for t in read_threads(path)] == ["a", "b"]


def test_content_decides_over_the_suffix_and_a_forced_format_over_both(tmp_path: Path) -> None:
    path = tmp_path / "thread.txt"
    path.write_text('{"post": "Oslo by tram."}', encoding="utf-8")
    assert read_threads(path)[0].post.text == "Oslo by tram."
    assert read_threads(path, "text")[0].post.text == '{"post": "Oslo by tram."}'
    assert read_threads(path, "json")[0].format == "json"


def test_folder_is_searched_recursively_in_order(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "amalfi-article.txt", tmp_path / "b.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(EXAMPLES / "threads.json", tmp_path / "sub" / "a.json")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(POST, encoding="utf-8")
    assert discover(tmp_path) == [tmp_path / "b.txt", tmp_path / "sub" / "a.json"]
    assert len(read_threads(tmp_path)) == 4


def test_glob_pattern(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt", "three.json"):
        (tmp_path / name).write_text(POST, encoding="utf-8")
    assert discover(tmp_path / "*.txt") == [tmp_path / "one.txt", tmp_path / "two.txt"]


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # a picture renamed
    (tmp_path / "c.txt").write_text(POST, encoding="utf-8")
    items = list(iter_records(tmp_path))
    assert [type(x).__name__ for x in items] == ["Thread", "InputError", "Thread"]
    assert str(items[1]) == f"{tmp_path / 'b.txt'}: looks like a PNG image, not text"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_unicode_with_a_byte_order_mark(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "post.txt"
    path.write_bytes(bom + POST.encode(encoding))
    [thread] = read_threads(path)
    assert thread.title == "Weekend in Tromsø"  # no stray BOM in the title


def test_latin1_falls_back_to_windows_1252_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Zürich \u2013 Genève\n\nA café in Zürich.\n".encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="itinerary.readers"):
        [thread] = read_threads(path)
    assert thread.title == "Zürich \u2013 Genève"
    assert f"{path}: not UTF-8 (byte 1), read as Windows-1252" in caplog.messages


def test_damaged_utf8_keeps_its_letters(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("Tromsø and Bodø\n\nNorth of Bodø".encode() + b" \xff ferry.\n")
    with caplog.at_level(logging.WARNING, logger="itinerary.readers"):
        [thread] = read_threads(path)
    assert thread.post.text == "Tromsø and Bodø\n\nNorth of Bodø \ufffd ferry."
    assert (
        f"{path}: not UTF-8 in 1 place(s), the first at byte 34; replaced with U+FFFD"
        in caplog.messages
    )


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    html = '<html><head><meta charset="iso-8859-7"></head><body><p>Αθήνα</p></body></html>'
    path.write_bytes(html.encode("iso-8859-7"))
    assert read_threads(path)[0].post.text == "Αθήνα"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"GIF89a\x00\x01\x00", "looks like a GIF image, not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "looks like a PDF file, not text"),
        (b"text\x00with a NUL", "binary file (contains NUL bytes), not text"),
        (
            b"\x81\x8d\x8f\x90",
            "not text in any encoding tried (undecodable byte at offset 0); "
            "it looks like a binary file",
        ),
        (
            b'<html><head><meta charset="hex"></head><body>caf\xe9</body></html>',
            "declares charset 'hex', which is not a text encoding",
        ),
        (b"\xff\xfeO\x00\x00\xd8", "starts with a UTF-16 mark but is not UTF-16 text"),
    ],
)
def test_unreadable_bytes_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_threads(path)
    assert str(caught.value) == f"{path}: {message}"


def test_a_50_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: costs no disk and no time
    assert MAX_INPUT_BYTES < 50_000_000
    with pytest.raises(InputError) as caught:
        read_threads(path)
    assert str(caught.value) == f"{path}: too large (50.0 MB; the limit is 20 MB)"


def test_oversized_stdin_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("itinerary.readers.files.MAX_INPUT_BYTES", 100)
    _stdin(monkeypatch, b"Oslo. " * 30)
    with pytest.raises(InputError, match=r"^-: too large \(0\.0 MB"):
        read_threads("-")


def test_an_oversized_json_line_is_skipped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("itinerary.readers.files.MAX_INPUT_BYTES", 60)
    path = tmp_path / "big.jsonl"
    long_line = '{"id": "big", "text": "' + "Oslo and Bergen. " * 10 + '"}'
    path.write_text(f'{{"id": "a", "text": "Oslo"}}\n{long_line}\n{{"id": "c", "text": "Bodø"}}\n')
    items = list(iter_records(path))
    assert [x.id if isinstance(x, Thread) else str(x) for x in items] == [
        "a",
        f"{path}:2: line longer than the 0 MB limit",
        "c",
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file or folder"),
        (lambda d: d, "no .txt, .html, .json, .jsonl, .xml or .csv files in this folder"),
        (lambda d: d / "*.html", "no files match this pattern"),
    ],
)
def test_sources_that_name_no_input_raise(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    source = make(tmp_path)
    with pytest.raises(InputError) as caught:
        list(iter_records(source))
    assert str(caught.value) == f"{source}: {message}"
