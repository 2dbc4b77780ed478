"""Bytes in, text out: finding input files, the size limit, binary and encoding checks.

The only module of the readers that touches the file system or stdin.
"""

from __future__ import annotations

import codecs
import glob
import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from itinerary.errors import InputError
from itinerary.readers.detect import SUFFIXES

log = logging.getLogger("itinerary.readers")

# One document (a page, a thread, one JSON Lines record) above this is refused: no blog thread is
# that large, and the NLP pass would take minutes on it. JSON Lines files are streamed, so the limit
# applies to each line, not to the file.
MAX_INPUT_BYTES = 20_000_000

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Files that are not text at all, by their first bytes.
_MAGIC = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx, .xlsx, .odt)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
)
_ENCODING_NAMES = {"cp1252": "Windows-1252"}
_SHORTEST_GUESS = 32  # bytes: below this, only Windows-1252 is trusted
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def discover(source: str | Path) -> list[Path]:
    """The input files named by ``source``: a file, a folder (searched recursively) or a glob."""
    text = str(source)
    path = Path(text).expanduser()
    if path.is_file():
        return [path]
    if path.is_dir():
        found = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not found:
            raise InputError(
                f"{text}: no .txt, .html, .json, .jsonl, .xml or .csv files in this folder")
        return found
    if glob.has_magic(text):
        matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
        files = [p for p in matches if p.is_file()]
        if not files:
            raise InputError(f"{text}: no files match this pattern")
        return files
    raise InputError(f"{text}: no such file or folder")


def read_bytes(path: Path | None) -> bytes:
    """The whole of a file (or stdin when ``path`` is None), refused above MAX_INPUT_BYTES."""
    name = "-" if path is None else str(path)
    if path is None:
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    else:
        with _unreadable_as_input_error(path):
            size = path.stat().st_size
            if size > MAX_INPUT_BYTES:
                raise InputError(f"{name}: {_too_large(size)}")
            data = path.read_bytes()
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: {_too_large(len(data))}")
    return data


def _too_large(size: int) -> str:
    return f"too large ({size / 1e6:.1f} MB; the limit is {MAX_INPUT_BYTES / 1e6:.0f} MB)"


def iter_lines(path: Path) -> Iterator[tuple[int, bytes | InputError]]:
    """Numbered raw lines of a file, read lazily so a large JSON Lines file streams; a line over
    MAX_INPUT_BYTES is skipped and yielded as an error."""
    with _open(path) as stream:
        number = 0
        while line := stream.readline(MAX_INPUT_BYTES + 1):
            number += 1
            if len(line) <= MAX_INPUT_BYTES:
                yield number, line
                continue
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield (
                number,
                InputError(
                    f"{path}:{number}: line longer than the {MAX_INPUT_BYTES / 1e6:.0f} MB limit"
                ),
            )


def _open(path: Path) -> BinaryIO:
    with _unreadable_as_input_error(path):
        return path.open("rb")


@contextmanager
def _unreadable_as_input_error(path: Path) -> Iterator[None]:
    """A file that is missing, a folder or unreadable as the one-line error that names it."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, an HTML-declared charset,
    UTF-8 with a few damaged bytes, else the encoding charset-normalizer finds (Windows-1252 when
    it fits as well as any). Every guess is logged as a warning on the "itinerary.readers"
    logger; files that are not text (a PDF, an image, an archive) are refused in one line."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts with a UTF-16 mark but is not UTF-16 text") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: looks like {kind}, not text")
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = _declared_charset(data)
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            pass
        except LookupError:  # "charset=hex": a codec, but not one of text
            raise InputError(
                f"{name}: declares charset {declared!r}, which is not a text encoding"
            ) from None
        else:
            log.warning("%s: not UTF-8 (byte %d), read as %s", name, first_bad, declared)
            return text
    repaired = data.decode("utf-8-sig", errors="replace")
    if any(ord(char) > 0x7F and char != "\ufffd" for char in repaired):
        # Real multi-byte UTF-8 around the damage: reading it all in a legacy encoding would
        # garble every accented letter to fix a few bytes.
        log.warning(
            "%s: not UTF-8 in %d place(s), the first at byte %d; replaced with U+FFFD",
            name,
            repaired.count("\ufffd"),
            first_bad,
        )
        return repaired
    encoding = _detected(data)
    if encoding is None:
        raise InputError(
            f"{name}: not text in any encoding tried (undecodable byte at offset {first_bad}); "
            "it looks like a binary file"
        )
    text = data.decode(encoding)
    log.warning("%s: not UTF-8 (byte %d), read as %s", name, first_bad,
                _ENCODING_NAMES.get(encoding, encoding))
    return text


def _detected(data: bytes) -> str | None:
    """charset-normalizer's encoding for non-UTF-8 bytes, Windows-1252 on a tie (the commonest
    legacy encoding of web pages); None when nothing reads as text."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if "cp1252" in tied:
        return "cp1252"
    if len(data) < _SHORTEST_GUESS:  # a few bytes fit some encoding: not enough to tell
        return None
    text = str(best)
    printable = sum(1 for char in text if char.isprintable() or char in "\n\t\r")
    return best.encoding if printable >= 0.95 * len(text) else None


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:  # an unknown name: the content decides
        return None
