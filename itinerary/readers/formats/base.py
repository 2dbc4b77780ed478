"""The one interface every text reader implements, and the steps they share.

A reader looks at the lines of a page copied as text and says how sure it is that the page is in
its format (``score``: how many of its markers it sees), then splits it (``parse``) into the post
and the comments as the page's readers see them. Format knowledge - marker lines, chrome, the words
of a header - lives in the reader's module and in ``data/formats.json``; the assembly into a
``Thread`` (chrome dropped, quotes kept out of a reply's own text, parents from nesting, dates to
ISO) is done once, here.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, Protocol

from itinerary.models import Section, Thread
from itinerary.readers.authors import PROFILE_HOME, bare_name
from itinerary.readers.dates import iso_date
from itinerary.readers.text import title_and_location
from itinerary.words import whole_word_starts


@dataclass
class Comment:
    """One comment as a reader found it: author line, body lines, nesting."""

    author: str
    lines: list[str]
    date: str | None = None
    depth: int = 0  # 0 for a top-level comment, 1 for a reply to it, ...
    parent_author: str | None = None  # "Name -> Parent" formats name the parent instead
    home: str | None = None  # the member block's "Location:" line


@dataclass
class Parsed:
    """A page split by a reader, before assembly."""

    post_lines: list[str]
    comments: list[Comment]
    title: str | None = None
    post_author: str | None = None
    post_date: str | None = None
    post_home: str | None = None
    captured: str | None = None  # the date the page was saved, when it says so
    skipped: list[str] = field(default_factory=list)
    titled: bool = True  # False where the format has no title (a Facebook post)


class Reader(Protocol):
    name: str  # "blogger": what --input-format takes and Thread.format holds
    label: str  # "Blogger": what the terminal header says

    def score(self, lines: Sequence[str]) -> float:
        """How many of the format's markers the page shows; 0 when it is not this format."""
        ...

    def parse(self, lines: list[str]) -> Parsed:
        """The post and comments of a page in this format."""
        ...


@cache
def format_data(name: str) -> dict[str, Any]:
    """A reader's entry in data/formats.json, its lists extended by those of the entry it
    names in "inherit" (``line_pattern`` adds the "common" chrome)."""
    text = resources.files("itinerary.readers").joinpath("data/formats.json").read_text("utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    entry = dict(data[name])
    parent = entry.pop("inherit", None)
    if parent is not None:  # lists extend the parent's
        base = format_data(parent)
        entry = {k: [*base.get(k, []), *entry.get(k, [])] for k in {*base, *entry}}
    return entry


# The lists every reader's own extend: the chrome of every page, and a writer's counters
# ("214 reviews · 1,032 photos") and home ("From: Leeds") among the member lines of every
# profile block.
_COMMON_LISTS = {"chrome": ("chrome",), "member": ("counters", "profile_home")}


@cache
def line_pattern(name: str, key: str) -> re.Pattern[str] | None:
    """The reader's list ``key`` of whole-line regexes as one pattern (None when empty)."""
    entries = list(format_data(name).get(key, []))
    if key in _COMMON_LISTS:
        entries += [e for common in _COMMON_LISTS[key] for e in format_data("common")[common]]
    if key == "chrome":
        entries.append(action_row())
    if not entries:
        return None
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{e})" for e in entries) + r")\s*$", re.IGNORECASE)


@cache
def action_row() -> str:
    """A row of the links a site prints around a post ("Helpful (4)  Report  Quote", "12 Like ·
    Reply", "Back to Peru • Printable view"): data/formats.json common "actions"."""
    actions = format_data("common")["actions"]
    count = r"[$\u20ac\u00a3]?[\d.,]+k?"

    def row(words: list[str]) -> str:
        token = (rf"[\[(]?(?:{count}\s+)?(?:{'|'.join(words)})(?:\s*\(\d+\)|\s+{count})?[\])]?"
                 rf"|{count}|\(\d+\)")
        return rf"(?=.*[a-z]{{2}})(?:{token})(?:(?:\s*[·•|/]\s*|\s+)(?:{token}))*"

    nav = row(actions["nav"])
    bar, part = r"\s*[·•|]\s*", r"[^·•|\n]{1,40}?"
    return rf"{row([*actions['words'], *actions['nav']])}|{part}{bar}(?:{nav})|(?:{nav}){bar}{part}"


def first_match(lines: Sequence[str], pattern: re.Pattern[str] | None, start: int = 0,
                stop: int | None = None) -> int | None:
    """Index of the first line in [start, stop) that the pattern matches."""
    if pattern is None:
        return None
    for i in range(start, len(lines) if stop is None else stop):
        if pattern.match(lines[i]):
            return i
    return None


def indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def clean(lines: Sequence[str], chrome: re.Pattern[str] | None,
          thread: Quoted | None = None) -> str:
    """Body lines without chrome lines and quoted text of other writers, dedented and trimmed."""
    kept = [line.rstrip() for line in strip_quotes(lines, thread)
            if chrome is None or not chrome.match(line)]
    return textwrap.dedent("\n".join(kept).expandtabs(4)).strip()


_COMMON = format_data("common")
_QUOTE_OPEN = re.compile("|".join(f"(?:{e})" for e in _COMMON["quote_open"]), re.IGNORECASE)
_QUOTE_HEAD = re.compile("|".join(f"(?:{e})" for e in _COMMON["quote_head"]), re.IGNORECASE)


_SAID_BY = re.compile("|".join(f"(?:{e})" for e in _COMMON["said_by"]), re.IGNORECASE)
_QUOTED_CHARS = 12  # a line this long found in an earlier section is quoted, not written anew
_QUOTE_CLOSED = re.compile("|".join(f"(?:{e})" for e in _COMMON["quote_closed"]), re.IGNORECASE)
_QUOTE_CLOSE = re.compile("|".join(f"(?:{e})" for e in _COMMON["quote_close"]), re.IGNORECASE)
_QUOTE_LINES = 40  # a quote shown with a closing line ("Click to expand...") spans at most this


def _closed_quote(lines: Sequence[str], i: int) -> int | None:
    """The line after the close of a quote opened at ``i`` ("NAME said:" ... "Click to
    expand..."); None when no close follows, so "Our guide said:" stays the writer's words."""
    if not _QUOTE_CLOSED.fullmatch(lines[i].strip()):
        return None
    for j in range(i + 1, min(len(lines), i + _QUOTE_LINES)):
        if _QUOTE_CLOSE.fullmatch(lines[j].strip()):
            return j + 1
    return None


def quote_head(line: str) -> bool:
    """True for the line that opens another writer's quoted words ("On DATE, NAME wrote:",
    "NAME wrote:", "Originally posted by NAME"): never a comment's header."""
    return _QUOTE_HEAD.fullmatch(line.strip()) is not None


@dataclass(slots=True)
class Quoted:
    """What a reply may quote: the thread's writers and the text of the sections before it
    (``earlier`` grows as the comments are read, each after its own quotes are stripped)."""

    writers: frozenset[str]  # casefolded names
    earlier: list[str]  # the earlier sections' text, spaces collapsed, casefolded


def _said_by_writer(line: str, thread: Quoted | None) -> bool:
    """ "NAME said:" or "On DATE, NAME said:" where NAME wrote in the thread: a quote head even
    without the closing line, while "Our guide said:" stays the writer's own words."""
    match = _SAID_BY.fullmatch(line.strip())
    return (thread is not None and match is not None
            and match.group("name").strip().casefold() in thread.writers)


def _quoted_lines_end(lines: Sequence[str], i: int, thread: Quoted | None) -> int | None:
    """The end of the quoted block from line ``i`` when its lines are lines of an earlier
    section (a quote need not end at a blank line: the reply may follow on the next line)."""
    if thread is None:
        return None
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j == len(lines) or not _in_earlier(lines[j], thread):
        return None
    while j < len(lines) and (not lines[j].strip() or _in_earlier(lines[j], thread)):
        j += 1
    return j


def _in_earlier(line: str, thread: Quoted) -> bool:
    text = " ".join(line.split()).casefold()
    return len(text) >= _QUOTED_CHARS and any(text in section for section in thread.earlier)


def _collapsed(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).casefold()


def strip_quotes(lines: Sequence[str], thread: Quoted | None = None) -> list[str]:
    """Lines without another writer's quoted words: "> " lines, "On DATE, NAME wrote:", and a
    "Quote" / "NAME wrote:" / "Originally posted by NAME" head with the block under it (the
    lines an earlier section of ``thread`` holds, else up to the next blank line, or the
    indented lines under it); "NAME said:" of a writer of the thread opens one too."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith(">"):
            i += 1
            continue
        if (after := _closed_quote(lines, i)) is not None:
            i = after
            continue
        if _QUOTE_OPEN.fullmatch(stripped) and i + 1 < len(lines) and _QUOTE_HEAD.fullmatch(
                lines[i + 1].strip()):
            i += 1
            line, stripped = lines[i], lines[i].strip()
        if _QUOTE_HEAD.fullmatch(stripped) or _said_by_writer(stripped, thread):
            if (after := _quoted_lines_end(lines, i + 1, thread)) is not None:
                i = after
                continue
            if not _QUOTE_HEAD.fullmatch(stripped):
                i += 1  # "NAME said:" over words the paste does not hold elsewhere
                continue
            base = indent(line)
            head = i = i + 1
            following_indented = i < len(lines) and lines[i].strip() and indent(lines[i]) > base
            while i < len(lines) and lines[i].strip():
                if following_indented and indent(lines[i]) <= base:
                    break
                i += 1
            if thread is not None and not any(line.strip() for line in lines[i:]):
                i = head + 1  # the block ran to the end: the reply follows a one-line quote
            continue
        out.append(line)
        i += 1
    return out


_PROFILE_LINES = 6  # a home line sits this close under its writer's name in a member block
# "Posts: 123 · Joined 2019 · Location: Leeds": a member block's items on one line
_MEMBER_ITEMS = re.compile(r"\s+[·•|]\s+")


def member_line(text: str) -> bool:
    """A line of a writer's member block ("Posts: 14", "Joined: 2019", "Beiträge: 214": any
    member label with its value), or several such items on one line between "·", "•" or "|"."""
    pattern = line_pattern("forum", "member")
    return pattern is not None and all(
        pattern.match(part) is not None or _LABEL_VALUE.match(part) is not None
        for part in _MEMBER_ITEMS.split(text.strip()))


def _profile_home(line: str) -> str | None:
    """The home a profile line gives, alone or among a member line's items."""
    parts = _MEMBER_ITEMS.split(line.strip())
    for part in [line, *parts] if len(parts) > 1 else [line]:
        match = PROFILE_HOME.match(part)
        if match is not None and (home := match.group("home").strip(" .")):
            return home
    return None


def with_homes(parsed: Parsed, lines: Sequence[str]) -> Parsed:
    """Each writer's home from a profile line of their member block ("Location: Leeds, UK",
    "From: Pisa", "Lives in Quito"), found under the writer's name wherever the page puts the
    block (above the post or under it, a rank or a counter between): it says where the writer
    lives, but it is page chrome, never a mention in the text. Any reader's page may carry one."""
    writers = {name.strip().casefold() for name in (
        parsed.post_author, *(c.author for c in parsed.comments)) if name}
    homes: dict[str, str] = {}
    for i, line in enumerate(lines):
        if (home := _profile_home(line)) is None:
            continue
        for k in range(i - 1, max(-1, i - 1 - _PROFILE_LINES), -1):
            name = lines[k].strip().casefold()
            if not name:
                break
            if name in writers:
                homes.setdefault(name, home)
                break
    if parsed.post_author:
        parsed.post_home = homes.get(parsed.post_author.strip().casefold(), parsed.post_home)
    for comment in parsed.comments:
        comment.home = homes.get(comment.author.strip().casefold(), comment.home)
    return parsed


def assemble(parsed: Parsed, source: str, reader: Reader) -> Thread:
    """The Thread of a parsed page: the post first (its title on top), comments in page order,
    each reply's parent from its depth or the parent it names. A post of a title alone takes
    its first comment's words when they are the post's (``_opens_post``)."""
    chrome = line_pattern(reader.name, "chrome")
    parsed = owner_on_top(parsed)
    body = clean(parsed.post_lines, chrome)
    title = parsed.title.strip() if parsed.title else None
    if parsed.comments and _opens_post(parsed, body, title):
        opening = parsed.comments.pop(0)
        parsed.post_author = parsed.post_author or opening.author
        body = "\n\n".join(part for part in (body, clean(opening.lines, chrome)) if part)
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}" if body else title
    first_line, location = title_and_location(body)
    title = title or (first_line if parsed.titled else None)
    post = Section(id="post", author=bare_name(parsed.post_author), text=body, title=title,
                   date=_date(parsed.post_date, parsed.captured), home=parsed.post_home)
    sections = [post]
    stack: list[tuple[int, str]] = []  # (depth, section id) of the open ancestors
    by_author: dict[str, str] = {}
    writers = frozenset(name.casefold() for c in parsed.comments
                        if (name := bare_name(c.author)) is not None)
    if post.author:
        writers |= {post.author.casefold()}
    quoted = Quoted(writers, [_collapsed(post.text)])
    for comment in parsed.comments:
        _answered(comment)
        text = clean(comment.lines, chrome, quoted)
        author = bare_name(comment.author) or "Anonymous"
        if not text:
            parsed.skipped.append(f"an empty comment by {author}")
            continue
        section_id = f"comment-{len(sections)}"
        while stack and stack[-1][0] >= comment.depth:
            stack.pop()
        parent = stack[-1][1] if stack and comment.depth > 0 else None
        if comment.parent_author:
            parent = by_author.get(comment.parent_author.strip().casefold(), parent)
        sections.append(Section(id=section_id, author=author, text=text,
                                date=_date(comment.date, parsed.captured), parent=parent,
                                home=comment.home))
        stack.append((comment.depth, section_id))
        by_author[author.casefold()] = section_id
        quoted.earlier.append(_collapsed(text))
    warnings = tuple(f"skipped {what}" for what in parsed.skipped)
    return Thread(sections=tuple(sections), source=source, format=reader.name, warnings=warnings,
                  location=location)


# "In reply to Ana Ruiz." opening a comment; "In reply to" alone over the name (Coral's)
_REPLY_WORDS = format_data("common")["reply_to"]
_REPLY_TO = re.compile(rf"^\s*(?:{_REPLY_WORDS})\s+@?(?P<name>[^.!?:]{{1,40}}?)\s*[.:]?\s*$",
                       re.IGNORECASE)
_REPLY_ALONE = re.compile(rf"^\s*(?:{_REPLY_WORDS})\s*:?\s*$", re.IGNORECASE)


def reply_target(line: str) -> str | None:
    """The writer a header's line says the comment answers ("In reply to Ana Ruiz")."""
    found = _REPLY_TO.match(line)
    return found.group("name") if found is not None else None


def _answered(comment: Comment) -> None:
    """A comment whose first line names the writer it answers ("In reply to Ana Ruiz."): that
    writer's comment is its parent, and the line is no part of its words."""
    first = next((k for k, line in enumerate(comment.lines) if line.strip()), None)
    if first is not None and (target := reply_target(comment.lines[first])) is not None:
        comment.parent_author = comment.parent_author or target
        del comment.lines[first]


PROSE_CHARS = 60  # a line this long is a post's words, not a header, title or counter
HEAD_LINES = 8  # a post's head (site, menu, title, byline, date) is no longer than this
_TITLE_CHARS = 150  # a post's one line no longer than this stands for its title
_BYLINE_CUE = re.compile(format_data("common")["byline_cue"], re.IGNORECASE)


def owner_on_top(parsed: Parsed) -> Parsed:
    """The post's writer named in the post's head (its lines above the first prose: a site's
    name and menu, a title, a date), a writer of the comments too: alone on a line (a TikTok
    caption's, a creator's page with replies marked "Creator", a journal's entry whose title
    over its date was read as a writer's header; the line is dropped) or after words that say
    who posted ("Thread starter hikari_walks · Start date …", "Asked by Valentina Ruiz in …").
    ``parsed`` as it is when the post's writer is known and writes comments, or when the head
    names no commenter or more than one."""
    writers = {name.casefold(): name for c in parsed.comments
               if (name := bare_name(c.author)) is not None and len(name) >= 3}
    if parsed.post_author is not None and parsed.post_author.casefold() in writers:
        return parsed
    found: dict[str, int | None] = {}  # the writer -> the line naming them alone
    seen = 0
    for k, line in enumerate(parsed.post_lines):
        text = line.strip()
        if not text:
            continue
        if seen == HEAD_LINES or len(text) >= PROSE_CHARS or (
                seen and text.endswith((".", "!"))):
            break  # the words begin (a title may ask a question)
        seen += 1
        if text.casefold() in writers:
            found.setdefault(writers[text.casefold()], k)
            continue
        cue = _BYLINE_CUE.search(text)
        if cue is None:
            continue
        folded = text.casefold()
        for key, name in writers.items():
            if next(whole_word_starts(folded, key, cue.end()), None) is not None:
                found.setdefault(name, None)
    if len(found) != 1:
        return parsed
    ((name, alone),) = found.items()
    lines = parsed.post_lines
    if alone is not None:
        lines = [*lines[:alone], *lines[alone + 1:]]
    return replace(parsed, post_lines=lines, post_author=name)


def _opens_post(parsed: Parsed, body: str, title: str | None) -> bool:
    """The post is a title alone and its first comment holds the post's own words: that
    comment's writer is the post's (an issue tracker's "ana opened this issue" over "ana
    commented on …"), or the page names neither the post's writer nor its title and the first
    writer comes back later in the thread (a forum copied from its subject line down; a Q&A
    page's first answerer rarely answers twice, and a chat names its title)."""
    first = bare_name(parsed.comments[0].author)
    if parsed.comments[0].depth:
        return False
    if parsed.post_author:
        return (title is not None and body.strip() in ("", title)
                and first == bare_name(parsed.post_author))
    line = body.strip()
    return (title is None and 0 < len(line) <= _TITLE_CHARS and "\n" not in line
            and any(bare_name(c.author) == first for c in parsed.comments[1:]))


_CAPTURED = [re.compile(rf"^\s*(?:{e})\s*$", re.IGNORECASE)
             for e in format_data("common")["captured"]]
_CAPTURE_LINES = 5  # a capture note sits among the first or last lines of a page


def captured_date(lines: Sequence[str]) -> str | None:
    """The date a page says it was saved ("Captured: 3 May 2024", "Retrieved on 2024-05-03"):
    what relative dates ("3y ago") count back from."""
    text = [line for line in lines if line.strip()]
    for line in (*text[:_CAPTURE_LINES], *text[-_CAPTURE_LINES:]):
        for pattern in _CAPTURED:
            if (match := pattern.match(line)) and (found := iso_date(match.group("date"))):
                return found
    return None


def _date(text: str | None, captured: str | None) -> str | None:
    if not text or not text.strip():
        return None
    return iso_date(text.strip(), captured) or text.strip()


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a comment's header sits: lines [first, stop) are the header, the body follows."""

    first: int
    stop: int
    author: str
    date: str | None = None
    depth: int = 0
    parent_author: str | None = None
    weak: bool = False  # a shape other formats share too: it scores less
    home: str | None = None  # "Posted by Ana, Leeds, 4/2/23": where the header says she lives


_LABEL_WORDS = "|".join(_COMMON["member_labels"])
_LABELS = re.compile(rf"^\s*(?:{_LABEL_WORDS})\s*$", re.IGNORECASE)
_VALUE_CHARS = 60
_LABEL_VALUE = re.compile(rf"^\s*(?:{_LABEL_WORDS})\s*:\s*\S.{{0,{_VALUE_CHARS}}}$", re.IGNORECASE)
_COUNT = re.compile(r"^\s*[\d][\d,.\s]*[kKmM万]?\s*$")


def labelled(lines: Sequence[str]) -> list[str]:
    """Member blocks that put each label over its value ("Joined" / "Nov 8, 2021", "Location" /
    "Bristol", as XenForo copies do), or a count over its label ("418" / "帖子", as Discuz!
    boards do), joined into "Joined: Nov 8, 2021" lines, so the value is read as a member line
    and not as a date line or a name; "In reply to" over the name it answers, one line too."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        value = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _LABELS.match(lines[i]) and value and len(value) <= _VALUE_CHARS:
            out.append(f"{lines[i].rstrip()}: {value}")
            i += 2
            continue
        if _COUNT.match(lines[i]) and _LABELS.match(value):
            out.append(f"{value}: {lines[i].strip()}")
            i += 2
            continue
        if _REPLY_ALONE.match(lines[i]) and is_name(value, max_words=4):
            out.append(f"{lines[i].strip()} {value}")  # "In reply to" / "Ana Ruiz"
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def comments_at(lines: Sequence[str], anchors: Sequence[Anchor], end: int) -> list[Comment]:
    """Each anchor's comment: its body runs to the next anchor's header, the last one to ``end``."""
    found = []
    for k, anchor in enumerate(anchors):
        stop = anchors[k + 1].first if k + 1 < len(anchors) else max(end, anchor.stop)
        found.append(Comment(author=anchor.author, lines=list(lines[anchor.stop:stop]),
                             date=anchor.date, depth=anchor.depth,
                             parent_author=anchor.parent_author, home=anchor.home))
    return found



def page_end(name: str, lines: Sequence[str], start: int) -> int:
    """The first line from ``start`` on where the reader's page footer begins, else the end."""
    found = first_match(lines, line_pattern(name, "end"), start)
    return len(lines) if found is None else found


def post_end(name: str, lines: Sequence[str], start: int, stop: int) -> int:
    """Where the post's own text ends in [start, stop): share bars, tags, "N comments"."""
    found = first_match(lines, line_pattern(name, "post_end"), start, stop)
    return stop if found is None else found


_BYLINES = [re.compile(rf"^\s*(?:{e})\s*$", re.IGNORECASE)
            for e in format_data("common")["byline"]]
_BYLINE_LABEL = re.compile(  # "Hosted by" alone on its line, the name under it
    r"^\s*(?:" + "|".join(f"(?:{e})" for e in format_data("common")["byline_label"])
    + r")\s*:?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Byline:
    line: int  # index of the byline
    author: str
    date: str | None
    title: int | None  # index of the title line above it


def byline(lines: Sequence[str], stop: int, limit: int = 25) -> Byline | None:
    """The post's byline ("Posted on DATE by NAME", "May 1, 2019 · Bree", "by Rosie", or "Hosted
    by" over the name on the next line) among the first lines, with the title: the nearest
    short line above that is not a date."""
    for i in range(min(stop, limit)):
        title = next((j for j in range(i - 1, -1, -1) if (text := lines[j].strip())
                      and not is_date_line(text) and len(text) <= 150), None)
        for pattern in _BYLINES:
            match = pattern.match(lines[i])
            if match is not None:
                groups = match.groupdict()
                return Byline(i, groups["author"].strip(),
                              (groups.get("date") or "").strip() or None, title)
        if _BYLINE_LABEL.match(lines[i]) and i + 1 < min(stop, limit) and is_name(
                lines[i + 1], max_words=4):
            return Byline(i + 1, lines[i + 1].strip(), None, title)
    return None


def is_date_line(text: str) -> bool:
    """A line that is only a date ("Friday, July 10, 2015", "Apr 4, 2016, 11:43 PM")."""
    return (len(text) <= 45 and not text.rstrip().endswith(".") and any(c.isdigit() for c in text)
            and iso_date(text) is not None)  # the date parser last: it is the slow test


def is_name(text: str, max_words: int = 5) -> bool:
    """A line that can be an author line: short, not a sentence."""
    text = text.strip()
    initial = re.search(r"(?:^|\s)\w\.$", text) is not None  # "Austin M."
    return (0 < len(text) <= 60 and len(text.split()) <= max_words
            and (text[-1] not in ".!?,;:…" or initial) and not is_date_line(text))


def _stamp_pattern(kind: str) -> re.Pattern[str]:
    stamp = format_data("common")["stamp"]
    forms = "|".join(f"(?:{e})" for e in stamp[kind])
    prefix = "|".join(f"(?:{e})" for e in stamp["prefix"])
    suffix = "|".join(f"(?:{e})" for e in stamp["suffix"])
    return re.compile(rf"^\s*(?:(?:{prefix})\s*)?(?P<date>{forms})(?:\s*(?:{suffix}))*\s*$",
                      re.IGNORECASE)


_STAMP_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(f"(?:{e})" for e in format_data("common")["stamp"]["prefix"]) + r")\s*",
    re.IGNORECASE)
_STAMP_SUFFIX = re.compile(
    r"(?:\s*(?:" + "|".join(f"(?:{e})" for e in [
        *format_data("common")["stamp"]["suffix"], format_data("common")["stamp"]["post_number"]])
    + r"))+\s*$", re.IGNORECASE)
POST_NUMBER = re.compile(r"\s(?:" + format_data("common")["stamp"]["post_number"] + r")\s*$",
                         re.IGNORECASE)  # "Anonymous 03/04/25(Tue)12:34:56 No.2345678"
_STAMP_CHARS = 80  # "Lives in Lisbon, Portugal · Updated 2y" and no longer
_STAMPS = {"strong": _stamp_pattern("strong"), "weak": _stamp_pattern("weak")}


def stamp(text: str) -> tuple[str, bool] | None:
    """(date, strong) when ``text`` is only the time a comment was posted, as comment headers
    write it: a date with a year, "3 hrs ago", "Today at 10:03" (strong: no travel diary heads
    a day so), or "Mar 3", "10:15 AM" (weak: a diary may). "answered 2y", "Lives in Oslo · 3y"
    and "3h · edited" give the date alone."""
    text = text.strip()
    if len(text) > _STAMP_CHARS:
        return None
    if is_date_line(text):
        return text, True
    fore = _STAMP_PREFIX.sub("", text, count=1)
    for bare in (fore, _STAMP_SUFFIX.sub("", text), _STAMP_SUFFIX.sub("", fore)):
        if bare != text and is_date_line(bare):
            return bare, True  # "answered Mar 3, 2025", "Apr 14, 2025 · 48,102 Views"
    for kind, pattern in _STAMPS.items():
        match = pattern.match(text)
        if match is not None:
            date = match.group("date")
            return date, kind == "strong" or is_date_line(date)
    return None


_RELATIVE_DATE = re.compile(r"^\s*\d+\s*[a-z]{1,7}\.?\s+ago\s*$|^\s*\d+[smhdwy]\s*$", re.I)


def name_over_date(lines: Sequence[str], start: int = 0, between: re.Pattern[str] | None = None,
                   chrome: re.Pattern[str] | None = None) -> list[Anchor]:
    """Headers made of a name alone on its line (after a blank or chrome line) over a date line;
    lines ``between`` matches (badges, member lines) may come between the two."""
    anchors = []
    for i in range(start, len(lines) - 1):
        line = lines[i]
        if i and lines[i - 1].strip() and not (chrome and chrome.match(lines[i - 1])):
            continue
        if not is_name(line, max_words=4) or (between and between.match(line)):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 6 and between and lines[j].strip() and between.match(
                lines[j]):
            j += 1
        if j < len(lines) and (is_date_line(lines[j].strip()) or _RELATIVE_DATE.match(lines[j])):
            anchors.append(Anchor(i, j + 1, line.strip(), lines[j].strip(), indent(line) // 2))
    return anchors
