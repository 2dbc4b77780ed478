"""Threads from plain text: a blog page copied as text, or a post typed by hand.

Layout: a title line, an optional dateline ("Røros, Norway"), the post body, then comments, each
opened by an author line in one of three styles::

      1. Drew                            <- numbered, the comment indented below it
    Paisley says:                        <- optionally followed by a date line
    Angus on March 4, 2024 at 7:02 am said:

Page chrome ("Reply", "5 thoughts on ...", "Leave a comment" and the form after it) is dropped.
The post's text is kept as written from the title line on; a comment's text is its body without
the author and date lines, dedented.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from itinerary.errors import InputError
from itinerary.models import Section, Thread
from itinerary.readers.authors import SAYS_VERBS
from itinerary.readers.dates import iso_date

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = (
    rf"(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
)
_DATE_LINE = re.compile(rf"^\s*(?:on\s+)?(?P<date>{_DATE})\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?P<indent>[ \t]*)(?P<n>\d{1,6})\.[ \t]+(?P<author>\S.*?)[ \t]*$")
_SAYS = re.compile(
    rf"^[ \t]*(?P<author>\S.*?)(?:[ \t]+on[ \t]+(?P<date>{_DATE}))?"
    r"[ \t]+(?:" + SAYS_VERBS + r")[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
# "On 3 May 2025 at 10:14, Ana said:" heads a quote of Ana's words inside a reply, not a comment
_QUOTED_ON = re.compile(r"^on\s.*\d.*,\s*\S", re.IGNORECASE)
_COUNT = r"(?:\d+|one|no)"
_CHROME_LINE = re.compile(
    r"^\s*(?:reply|log in to reply|report|like|share this:?|like this:?|related|loading\.*"
    r"|\d+ likes?|liked by \d+ (?:people|person)"
    rf"|{_COUNT} (?:thoughts?|comments?|responses?|replies)(?: (?:on|to) .*)?"
    r"|comments?|(?:leave a (?:comment|reply)|post a comment|add a comment|write a comment"
    r"|submit a comment|join the discussion)(?:\s+cancel reply)?[.:!]?)\s*$",
    re.IGNORECASE,
)
_END = re.compile(
    r"^\s*(?:leave a (?:comment|reply)|post a comment|add a comment|write a comment"
    r"|submit a comment|join the discussion)(?:\s+cancel reply)?[.:!]?\s*$",
    re.IGNORECASE,
)
# Lines after an end marker are a comment form (labels, notices), never long paragraphs; a long
# line after it means the marker was a link under the title, not the end of the page.
_FORM_LINE_MAX = 120
_TITLE_MAX = 150
_AUTHOR_MAX_CHARS = 80
_AUTHOR_MAX_WORDS = 10
_HEADER_MAX_CHARS = 160  # an author line with a date and "said:"


@dataclass(frozen=True, slots=True)
class _Header:
    line: int
    author: str
    date: str | None


def parse_text(text: str, source: str = "-") -> Thread:
    """A Thread from plain text; raises InputError when nothing but chrome is left."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers = _headers(lines)
    end = _end_of_content(lines, headers[-1].line + 1 if headers else 0)
    starts = [h.line for h in headers]
    post_text = _join(lines[: starts[0] if starts else end], dedent=False)
    comments: list[Section] = []
    stops = [*starts[1:], end] if headers else []
    for header, stop in zip(headers, stops, strict=True):
        body = lines[header.line + 1 : stop]
        date = header.date
        first = next((i for i, line in enumerate(body) if line.strip()), None)
        if date is None and first is not None and (match := _DATE_LINE.match(body[first])):
            date = match.group("date")
            body = body[first + 1 :]
        comment_text = _join(body, dedent=True)
        if comment_text:
            comments.append(
                Section(
                    id=f"comment-{len(comments) + 1}",
                    author=header.author,
                    text=comment_text,
                    date=(iso_date(date) or date) if date else None,
                )
            )
    if not post_text and not comments:
        raise InputError(f"{source}: no text (nothing but page chrome)")
    title, location = title_and_location(post_text)
    post = Section(id="post", author=None, text=post_text, title=title)
    return Thread(sections=(post, *comments), source=source, location=location, format="plain")


def _headers(lines: list[str]) -> list[_Header]:
    """Comment author lines, in order; numbered ones must count 1, 2, 3 ... to be believed."""
    found: list[_Header] = []
    expected = 1
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or len(stripped) > _HEADER_MAX_CHARS:
            continue
        if i and lines[i - 1].strip() and not _CHROME_LINE.match(lines[i - 1]):
            continue  # an author line opens a block: after a blank line or chrome
        numbered = _NUMBERED.match(line) if stripped[0].isdigit() else None
        if (
            numbered
            and int(numbered.group("n")) == expected
            and _is_author(numbered.group("author"))
            and _indented_below(lines, i, _width(numbered.group("indent")))
        ):
            found.append(_Header(i, numbered.group("author"), None))
            expected += 1
            continue
        says = _SAYS.match(line) if stripped[-1] == ":" else None
        if says and _is_author(says.group("author")):
            found.append(_Header(i, says.group("author"), says.group("date")))
    return found


def _is_author(name: str) -> bool:
    return (
        not _QUOTED_ON.match(name)
        and len(name) <= _AUTHOR_MAX_CHARS
        and len(name.split()) <= _AUTHOR_MAX_WORDS
        and name[-1] not in ".!?,;:"
    )


def _indented_below(lines: list[str], i: int, indent: int) -> bool:
    """True when the next non-blank line after ``i`` is indented deeper than ``indent``."""
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line.strip():
            return _width(line[: len(line) - len(line.lstrip())]) > indent
    return False


def _width(indent: str) -> int:
    return len(indent.expandtabs(4))


def _end_of_content(lines: list[str], start: int) -> int:
    """Index of the end marker ("Leave a comment") that starts the trailing comment form."""
    long_after = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        long_after[i] = long_after[i + 1] or len(lines[i].strip()) > _FORM_LINE_MAX
    for i in range(start, len(lines)):
        if _END.match(lines[i]) and not long_after[i + 1]:
            return i
    return len(lines)


def _join(block: list[str], dedent: bool) -> str:
    kept = [line.rstrip() for line in block if not _CHROME_LINE.match(line)]
    text = "\n".join(kept)
    if dedent:
        text = textwrap.dedent(text)
    return text.strip()


def title_and_location(post: str) -> tuple[str | None, str | None]:
    """The first line when it reads as a title, and a short "Town, Country" line under it."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", post) if p.strip()]
    if not paragraphs or "\n" in paragraphs[0].strip():
        return None, None
    title = paragraphs[0].strip()
    if len(title) > _TITLE_MAX or title[-1] in ".,;:":
        return None, None
    if len(paragraphs) > 1 and _is_dateline(paragraphs[1].strip()):
        return title, paragraphs[1].strip()
    return title, None


def _is_dateline(line: str) -> bool:
    """ "Røros, Norway" or "Iceland": capitalised place-like parts, no sentence."""
    if "\n" in line or len(line) > 60 or line[-1] in ".!?:;":
        return False
    parts = [part.strip() for part in line.split(",")]
    if len(parts) == 1 and len(line.split()) > 1:
        return False
    return (
        len(parts) <= 4
        and len(line.split()) <= 8
        and all(part[:1].isupper() and not any(c.isdigit() for c in part) for part in parts)
    )
