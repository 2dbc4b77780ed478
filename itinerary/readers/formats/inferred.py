"""Pages of sites no reader knows: the header shape is inferred from repetition.

A comment section of any site repeats one header shape per post: the writer's name over the time it
was posted (badges such as ``OP`` or an ``@handle`` may stand between), both on one line (``Name ·
2d``, ``Name 9:14 PM``), a chat line (``21:14<TAB>Name<TAB>text``, an IRC log's ``21:14 <nick>
text``), a writer over the words with the time under them (``name`` / text / ``2d``; a name that is
no handle only under a strong time or an app's row, ``3d Shanghai Reply``), the name over a line of
who they are and the time (``Matej`` / ``Ljubljana, Slovenia`` / ``September 2024``), the time over
the name and the words (``9th March 2024`` / ``Ana Ruiz`` / words), or the name followed by a
phrase that recurs (``NAME rated it …`` over a date, ``NAME reblogged this from … and added:``), or
the words that say who wrote a post before the name (``Reply #3 - posted by NAME``, ``Post #2 by
NAME » DATE``; the common ``author_prefix`` of ``formats.json``). When one of these shapes occurs
at least ``min_headers`` times with two writers or more, the page is split there; the counters,
``Reply`` / ``Like`` lines, reactions and stamps the site prints around a post are dropped by the
patterns of ``data/inferred.json``. A page with no header shape may sign each comment at its end
instead (a wiki talk page: "— Ana (talk) 14:02, 3 May 2025"): then the writer is known only after
the words (``signed``); a header shape found under the words it signs (``signed_under``) gives each
writer the words above it. The reader is tried only when the known readers find fewer than two
comments (``formats.read_text``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from itinerary.readers.authors import COUPLE, SIGNED_LINE
from itinerary.readers.formats.base import (
    PROSE_CHARS,
    Comment,
    Parsed,
    byline,
    format_data,
    indent,
    is_name,
    line_pattern,
    member_line,
    reply_target,
    stamp,
)

NAME = "inferred"
LABEL = "inferred layout"
_NAME_CHARS = 40
_LOOKAHEAD = 3  # badge lines between a name and its stamp, body lines between a handle and it
_ONE_LINE = re.compile(  # "Name · 2d", "Name  9:14 PM", "Name, 9:14", "Name - Today at 8:02"
    r"^(?P<name>[^\t]+?)(?:\t+|\s{2,}|\s+[-·•|\u2014\u2013]\s+|\s*,\s+)(?P<rest>\S.*)$")
_IN_BRACKETS = re.compile(r"^(?P<name>[^\t()]+?)\s+\((?P<rest>[^()]+)\)$")  # "Jordi (June 3, 2025)"
_TEMPLATE = re.compile(
    r"^(?P<name>\S+|(?:[A-Z][\w'.-]*\s){0,2}[A-Z][\w'.-]*)\s+(?P<key>[a-z]+\s+[a-z]+)\b.*$")
_DIGITS = re.compile(r"\d[/:.-]?\d")  # a name holds no date, time or count ("Saved on: 2026/11/27")
# "21:14 kestrel_vx: the words"; an IRC log's "21:14 <@kestrel_vx> the words" (the nick with
# its channel mode) and "21:15  * kestrel_vx waves" (an action, the nick its subject); the time
# may follow a day ("Jun 03 20:12:40", HexChat's; "2024-10-02 21:14")
_TIME_NAME_WORDS = re.compile(
    r"^\[?(?P<time>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+"
    r"|\d{4}-\d{2}-\d{2}[ T])?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)\]?\s+"
    r"(?:(?P<name>[^:\s<*][^:]{0,39}?):|<\s*[@+%~&]?(?P<nick>[^<>\s]{1,40})>|\*\s+(?P<actor>"
    r"[^\s<>]{1,40}))\s+(?P<words>\S.*)$", re.IGNORECASE)
_MENTION = re.compile(r"^\s*@(?P<name>[\w.-]+)")
# a thread's collapse marker before a writer's handle, their reputation after it
_COLLAPSE = re.compile(r"^\[[-\u2013\u2212+]\]\s*")
_REPUTATION = re.compile(r"^\([\d,.]+k?\)\s*")
_ROW_PARTS = re.compile(r"\t+|\s{2,}|\s+[·•|]\s+")
_ROW_MAX_PARTS = 3
_GLUED_ROW = re.compile(r"(?<=^\d[smhdwy])(?=\d)|(?<=^\d\d[smhdwy])(?=\d)|(?<=[a-z])(?=Reply$)")
_ROW_PART_WORDS = 3
# "[kestrel] 2026-04-02 10:12": a chat log's name in brackets before the time.
_BRACKETED = re.compile(r"^\[(?P<name>[^\]\t]{1,40})\]\s+(?P<rest>\S.*)$")


@cache
def inferred_data() -> dict[str, Any]:
    """data/inferred.json: the shapes' badges, cues, handle and the words of names."""
    text = resources.files("itinerary.readers").joinpath("data/inferred.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _whole(key: str, *more: str) -> re.Pattern[str]:
    entries = [*inferred_data()[key], *more]
    return re.compile("^(?:" + "|".join(f"(?:{e})" for e in entries) + r")$", re.IGNORECASE)


MIN_HEADERS: int = inferred_data()["min_headers"]  # a header shape counts when it recurs this often
_BADGE = _whole("badge", *format_data("common")["counters"])  # "12 reviews · 40 photos" too
_CHROME = line_pattern(NAME, "chrome")
_CUE = _whole("cue")
_LINKS_AFTER = re.compile(rf"(?:\s+(?:{'|'.join(inferred_data()['links'])}))+\s*$", re.IGNORECASE)
# "giulia.m replying to tom_on_trails": a reply's writer, then the writer it answers
_REPLYING = re.compile(r"^(?P<name>\S.{0,39}?)\s+(?:" + "|".join(inferred_data()["replying"])
                       + r")\s+@?(?P<parent>\S.{0,39})$", re.IGNORECASE)
# "Forum > Hiking > <title>": the path to the thread over it, no post's words
_BREADCRUMB = re.compile(rf"^(?:{inferred_data()['breadcrumb']})$")
_HANDLE = re.compile(rf"^{inferred_data()['handle']}$")
_ACTED = inferred_data()["acted"]
# "Ana replied to <title>", "Ana posted in <group>": the writer before what the header says
_AFTER_NAME = re.compile(
    r"^(?P<name>\S.{0,39}?)(?:\s*\([^()]{1,12}\))?\s+(?:" + "|".join(_ACTED["after_name"])
    + r")\s+\S.*$",
    re.IGNORECASE)
# "Re: <title> by Ana(f): 9:02am On Nov 03": the title, the writer, then the time
_BEFORE_NAME = re.compile(
    r"^\S.{0,150}?\s+(?:" + "|".join(_ACTED["before_name"]) + r")\s+(?P<name>[^\s:()]"
    r"[^:()]{0,39}?)(?:\s*\([^()]{1,12}\))?\s*(?::|" + inferred_data()["name_end"]
    + r")\s*(?P<rest>\S.*)$", re.IGNORECASE)
# "Reply #3 - posted by NAME", "Post #2 by NAME » 12 Apr 2026, 10:11", "Comment by NAME on
# DATE": a post's number, the words that say who wrote it, the name, then maybe the time.
_PREFIXED = re.compile(
    r"^(?:(?P<lead>" + inferred_data()["number_lead"] + r")(?:by|from)\s+|(?P<numbered>"
    + inferred_data()["number_lead"] + r")?(?:"
    + "|".join(f"(?:{e})" for e in format_data("common")["author_prefix"])
    + r"))(?P<name>[^(]+?(?:\s*\([^()]*\))?)(?:\s*(?:" + inferred_data()["name_end"]
    + r")\s*(?P<rest>\S.*))?$",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Head:
    first: int  # the header's first line
    body: int  # the first line of the words
    author: str
    date: str | None
    inline: str | None = None  # words on the header line itself (a chat line)
    strong: bool = True  # False for a date without a year or a time alone (a diary's too)
    depth: int = 0  # the header's indentation: replies are indented deeper
    parent: str | None = None  # the writer a reply names as the one it answers


class Inferred:
    """The reader of a page whose header shape is inferred (see the module's docstring)."""

    name = NAME
    label = LABEL

    def score(self, lines: Sequence[str]) -> float:
        """Never chosen by score: ``formats.read_text`` tries it when the others find little."""
        return 0.0

    def parse(self, lines: list[str]) -> Parsed:
        found = infer(lines)
        return signed_under(found) if found else signed(lines) or Parsed(
            post_lines=lines, comments=[])


def infer(lines: Sequence[str]) -> Parsed | None:
    """The post and comments of a page whose headers repeat one shape, or None when no shape
    recurs often enough."""
    heads = _heads(lines)
    if len(heads) < MIN_HEADERS or len({h.author.casefold() for h in heads}) < 2:
        return None
    lines = _without_breadcrumb(lines, heads[0].first)
    if not any(h.strong for h in heads) and not any(
            _CUE.match(line.strip()) for line in lines) and not _chat_turns(lines, heads):
        return None  # "Córdoba" over "June 6", "Gion" over "13:00": a diary's days, no comments
    indents = sorted({h.depth for h in heads})
    heads = [replace(h, depth=indents.index(h.depth)) for h in heads]
    first = heads[0]
    top = [line for line in lines[: first.first] if line.strip()]
    prose = any(len(line.strip()) >= PROSE_CHARS and not stamped_header(line.strip())
                for line in top if not _is_chrome(line)) or any(
        _COMMENTS_HEADING.match(line.strip()) for line in top)  # the post over "Comments"
    comments = [_comment(lines, head, stop) for head, stop in zip(
        heads, [*(h.first for h in heads[1:]), len(lines)], strict=True)]
    found = byline(lines, first.first)
    # a board names the thread's starter under its title ("Name" / "14. Oktober 2025"): the
    # first post is theirs, the title's long line above it no post of its own
    starter = any(line.strip().casefold() == first.author.casefold() for line in top)
    if found or (prose and not starter):  # the text above is the post; its writer a byline's
        return Parsed(post_lines=list(lines[: first.first]), comments=comments,
                      post_author=found.author if found else None,
                      post_date=found.date if found else None)
    post = comments.pop(0)
    return Parsed(post_lines=[*lines[: first.first], *post.lines], comments=comments,
                  post_author=post.author, post_date=post.date)


_TOP_LINES = 3  # a breadcrumb is among the page's first lines


def _without_breadcrumb(lines: Sequence[str], first: int) -> list[str]:
    """The page without the path to the thread among its first lines ("Forum > Hiking >
    <title>"): furniture, not the post's words (a route written so in a post stays)."""
    top = [k for k in range(first) if lines[k].strip()][:_TOP_LINES]
    return ["" if k in top and _BREADCRUMB.match(line.strip()) else line
            for k, line in enumerate(lines)]  # blanked: the headers' line numbers hold


_SIGNATURE = inferred_data()["signature"]
# the end of a signed line: "(talk)" maybe, the time, maybe its zone; the writer comes before
_SIGNED_TAIL = re.compile(
    rf"\s*(?P<mark>{_SIGNATURE['mark']})?\s*(?P<when>\d[^()]{{4,34}}?)\s*(?:{_SIGNATURE['zone']})?"
    rf"\s*(?:{_SIGNATURE['trailer']})?\s*$",
    re.IGNORECASE)
_SIGNED_LEAD = re.compile(rf"(?:^|\s)(?:{_SIGNATURE['lead']})\s*(?=\S[^\s]*(?:\s\S+){{0,3}}$)")
_SIGNED_JOINT = re.compile(rf"(?:{_SIGNATURE['joint']})$", re.IGNORECASE)
_POST_SIGNED = re.compile(_SIGNATURE["post_signed"], re.IGNORECASE)
_COMMENTS_HEADING = re.compile(rf"^(?:{inferred_data()['comments_heading']})$", re.IGNORECASE)
_SIGNED_NAME_WORDS = 3


@dataclass(frozen=True, slots=True)
class _Signature:
    line: int
    author: str
    date: str | None
    words: str  # the line without its signature
    depth: int
    strong: bool  # a date with a year, a time with a date: no diary's dateline
    home: str | None = None  # a letter's "— Ana Ruiz, Leeds"


def signed(lines: Sequence[str]) -> Parsed | None:
    """A wiki talk page's comments, each signed at its end ("— Ana (talk) 14:02, 3 May 2025"),
    or a letters page's, each signed on a line of its own with the writer's home ("— Ana Ruiz,
    Leeds") under a letters heading: a comment runs from the line after the previous signature
    to its own; the first is the post, and the page's furniture after the last signature
    belongs to no one."""
    found = [sig for i, line in enumerate(lines) if (sig := _signature(line, i)) is not None]
    if len(found) < MIN_HEADERS:
        found = _letters(lines)
    if len(found) < MIN_HEADERS or len({s.author.casefold() for s in found}) < 2:
        return None
    heading = next((k for k in range(found[0].line) if _COMMENTS_HEADING.match(lines[k].strip())),
                   None)
    if heading is None and not any(s.strong for s in found):
        return None
    units: list[Comment] = []
    start = 0
    if heading is not None and any(len(line.strip()) >= PROSE_CHARS
                                   for line in lines[:heading] if not _is_chrome(line)):
        units.append(Comment(author="", lines=list(lines[:heading])))  # the post, unsigned
        start = heading + 1
    else:  # "posted by ana_k to Travel (6 answers)": the question signed with no time
        asked = next(((k, m.group("name")) for k in range(found[0].line)
                      if (m := _POST_SIGNED.match(lines[k].strip()))
                      and is_writer(m.group("name"))), None)
        if asked is not None:
            units.append(Comment(author=asked[1], lines=list(lines[:asked[0]])))
            start = asked[0] + 1
    for sig in found:
        body = [*lines[start:sig.line], sig.words]
        units.append(Comment(author=sig.author, date=sig.date, depth=sig.depth, home=sig.home,
                             lines=[line.lstrip(_SIGNATURE["indent"]) for line in body]))
        start = sig.line + 1
    post = units.pop(0)
    return Parsed(post_lines=post.lines, comments=units, post_author=post.author or None,
                  post_date=post.date)


def signed_under(parsed: Parsed) -> Parsed:
    """The page's comments when each header signs the words ABOVE it ("words" / "Kenji · 12
    March 2025" / blank line): every header comes right under a line of words and has a blank
    line (or the page's end) under it, or nothing but furniture follows the last header. Each
    writer then gets the words over their header, the first the post's last paragraph (or the
    whole post when nothing but a title stands above it), and what follows the last header is
    page furniture. Else ``parsed`` as it is."""
    units = [parsed.post_lines, *(c.lines for c in parsed.comments)]
    if len(parsed.comments) < 2 or not all(
            unit and words_line(unit[-1]) for unit in units[:-1]) or not (all(
            not c.lines or not c.lines[0].strip() for c in parsed.comments) or all(
            not line.strip() or _is_chrome(line) for line in units[-1])):
        return parsed
    post = parsed.post_lines
    start = max((k + 1 for k, line in enumerate(post) if not line.strip() or _is_chrome(line)),
                default=0)
    comments = [replace(c, lines=list(words)) for c, words in zip(
        parsed.comments, [post[start:], *(c.lines for c in parsed.comments)], strict=False)]
    if any(len(line.strip()) >= PROSE_CHARS for line in post[:start] if not _is_chrome(line)):
        return replace(parsed, post_lines=post[:start], comments=comments)
    head = comments.pop(0)  # a title alone over the first words: the first writer's post
    return replace(parsed, post_lines=[*post[:start], *head.lines], comments=comments,
                   post_author=head.author, post_date=head.date)


def words_line(line: str) -> bool:
    """A line of a writer's words: no blank, no chrome, no line that can be a name ("Posted
    by" over the name is a header's first line)."""
    return bool(line.strip()) and not _is_chrome(line) and not is_writer(line)


def _letters(lines: Sequence[str]) -> list[_Signature]:
    """The signatures of a letters page: under a letters heading, a line of its own right under
    a line of words, "NAME, HOME" (maybe after a dash), the name a writer's and the home in
    capitals; a diary's "— Lisbon, 14 May" names no writer. The line stays the letter's last:
    its home is a place the writer names."""
    heading = next((k for k, line in enumerate(lines) if _COMMENTS_HEADING.match(line.strip())),
                   None)
    if heading is None:
        return []
    found = []
    for i in range(heading + 2, len(lines)):
        match = SIGNED_LINE.match(lines[i])
        if (match is None or not words_line(lines[i - 1])
                or (i + 1 < len(lines) and lines[i + 1].strip())):
            continue
        name, home = match.group("name").strip(), match.group("home").strip()
        people = [part.split() for part in COUPLE.split(name)]
        if all(_signer(words) for words in people) and home[:1].isupper():
            found.append(_Signature(i, name, None, lines[i].strip(), 0, False, home))
    return found


def _signature(line: str, i: int) -> _Signature | None:
    tail = _SIGNED_TAIL.search(line)
    when = _stamp_and_links(tail.group("when")) if tail is not None else None
    if tail is None or when is None:
        return None
    before = _SIGNED_JOINT.sub("", line[:tail.start()].rstrip()).rstrip()
    lead = _SIGNED_LEAD.search(before)
    if lead is not None:
        name, words = before[lead.end():].strip(), before[:lead.start()]
    elif tail.group("mark"):  # "... Any advice? Ingrid Solberg (talk)": the longest name
        split = before.split()
        n = next((n for n in range(min(_SIGNED_NAME_WORDS, len(split)), 0, -1)
                  if _signer(split[-n:])), 0)
        name, words = " ".join(split[-n:]), " ".join(split[:-n]) if n else before
    else:
        return None
    if not name or not is_writer(name):
        return None
    stripped = line.lstrip()
    depth = len(stripped) - len(stripped.lstrip(_SIGNATURE["indent"]))
    return _Signature(i, name, when[0], words.rstrip(), depth, when[1])


def _signer(words: list[str]) -> bool:
    """Words that can be a signature's name: one word, or capitalised words with no sentence
    end inside ("S. Iyer", not "advice? Ingrid")."""
    return is_writer(" ".join(words)) and (len(words) == 1 or all(
        word[:1].isupper() and (word[-1] not in ".?!,;:" or len(word) == 2) for word in words))


def _chat_turns(lines: Sequence[str], heads: Sequence[_Head]) -> bool:
    """Turns of a chat copied from its window (Zulip, Element: "Rui Alves" over "9:14 AM"): the
    heads run without a blank line between them and a writer heads two or more, where a diary
    leaves a blank line before each day and names a place once."""
    dense = all(line.strip() for line in lines[heads[0].first:heads[-1].first])
    return dense and max(Counter(h.author.casefold() for h in heads).values()) >= 2


def _comment(lines: Sequence[str], head: _Head, stop: int) -> Comment:
    body = [*([head.inline] if head.inline else []), *lines[head.body:stop]]
    words = [line for line in body if line.strip() and not _is_chrome(line)]
    mention = _MENTION.match(words[0]) if words else None
    return Comment(author=head.author, lines=[line for line in body if not _is_chrome(line)],
                   date=head.date, depth=head.depth,
                   parent_author=head.parent or (mention.group("name") if mention else None))


def _is_chrome(line: str) -> bool:
    text = line.strip()
    return bool(text) and _CHROME is not None and (
        _CHROME.match(text) is not None or stamp(text) is not None
        or _stamp_row(text) is not None)


def _heads(lines: Sequence[str]) -> list[_Head]:
    """Headers of every shape, then the shape that recurs most is kept (a page has one)."""
    by_shape: dict[str, list[_Head]] = {}
    page = _Page(_templates(lines), _inline_handles(lines) >= MIN_HEADERS)
    i = 0
    while i < len(lines):
        found = _head_at(lines, i, page)
        if found is None:
            i += 1
            continue
        shape, head = found
        by_shape.setdefault(shape, []).append(head)
        i = max(head.body, i + 1)
    # the time over the name is read as a whole page's shape: line by line it would lose to a
    # name over words with a time under them, the same lines seen one header later
    dated = [h for k in range(len(lines)) if (h := _date_over_name(lines, k)) is not None]
    if dated:
        by_shape["date-over-name"] = dated
    if not by_shape:
        return _recurring(lines)
    best = max(by_shape.values(), key=len)
    # The post's header may have a shape of its own ("Name · 2d" over a caption, handles under
    # the comments): one found above the first comment header opens the post.
    above = [h for heads in by_shape.values() if heads is not best for h in heads
             if h.body < best[0].first]  # with words of its own before the first comment's
    heads = [*above[-1:], *best]
    if len(heads) > 1 and _starter(lines, heads[0], heads[1]):
        heads = heads[1:]
    if len(heads) < MIN_HEADERS:
        return _recurring(lines) or heads
    return heads


def _starter(lines: Sequence[str], head: _Head, first: _Head) -> bool:
    """A board's thread starter named under its title ("Name" / "3. Mai 2025") over their own
    first post: the same writer with no words of their own between, no post of its own."""
    return head.author.casefold() == first.author.casefold() and not any(
        len(lines[k].strip()) >= PROSE_CHARS for k in range(head.body, first.first))


EMBEDDED_STAMP = re.compile(inferred_data()["embedded_stamp"], re.IGNORECASE)
_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")  # "Gareth Lloyd <g@example.org>"
# what a header says between the writer and the time: "wrote on", "posted at", ": ", " - "
_SAID_WHEN = re.compile(
    r"(?:\s+(?:wrote|said|posted|commented|replied|added))?(?:\s+(?:on|at))?[\s:,|·•\-\u2013\u2014]*$",
    re.IGNORECASE)
HEADER_CHARS = 100  # a header line of any shape is no longer than this
_LOWER_SHARE = 0.4  # a sentence's words are mostly lower-case, a header's names and times not
_AFTER_WORDS = 3  # words after the time on such a line ("Reply", "#4"), no more


def stamped_header(text: str) -> bool:
    """A header line however long, never a post's words: a time in it and few lower-case words
    ("by ana_k (12345) on Saturday March 15, 2025 @10:42AM (#123)", a chat log's "# Start
    logging at 2025-04-12 18:00:03 Coordinated Universal Time")."""
    words = text.split()
    return (EMBEDDED_STAMP.search(text) is not None and len(text) <= HEADER_CHARS
            and sum(word[:1].islower() for word in words) < _LOWER_SHARE * len(words))


def _shape(text: str) -> str:
    """A line's shape: its words one "a" a run, its digits "9", the rest as it is."""
    text = re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", _ADDRESS.sub(" <@>", text)))
    return re.sub(r"a(?:\s+a)+", "a", text)


def _recurring(lines: Sequence[str]) -> list[_Head]:
    """Header lines of a shape no rule names: a writer, maybe their home in brackets or their
    address, what they did, then a date ("Ursula (Innsbruck) wrote on 3/3/25:", "Gareth Lloyd
    <g@example.org>: Mar 03 09:14PM"), the same shape around the date three times or more with
    two writers or more; the words follow on the next lines."""
    by_shape: dict[str, list[_Head]] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or len(text) > HEADER_CHARS or text.endswith((".", "!", "?")):
            continue
        when = EMBEDDED_STAMP.search(text)
        after = text[when.end():].strip(" :-|") if when is not None else ""
        if when is None or when.start() == 0 or len(after.split()) > _AFTER_WORDS:
            continue
        name = _SAID_WHEN.sub("", _ADDRESS.sub("", text[:when.start()])).strip()
        if name and is_writer(name):
            shape = f"{_shape(text[:when.start()])}T{_shape(text[when.end():])}"
            by_shape.setdefault(shape, []).append(_Head(i, i + 1, name, when.group(0)))
    best = max(by_shape.values(), key=len, default=[])
    return best if len({h.author.casefold() for h in best}) >= 2 else []


def _templates(lines: Sequence[str]) -> set[str]:
    """Phrases that follow a name at the start of three lines or more ("rated it")."""
    keys = Counter(m.group("key") for line in lines
                   if len(line.strip()) <= 2 * PROSE_CHARS
                   and (m := _TEMPLATE.match(line.strip())) is not None)
    return {key for key, n in keys.items() if n >= MIN_HEADERS}


@dataclass(frozen=True, slots=True)
class _Page:
    """What the whole page says about its header shape before any line is read as one."""

    templates: set[str]  # phrases after a name that recur ("rated it")
    inline_handles: bool  # comments open with their writer's handle ("ana_p the words")


def _inline_handles(lines: Sequence[str]) -> int:
    """Lines opening with a handle and words, a time on the line under them."""
    count = 0
    for k, line in enumerate(lines[:-1]):
        words = line.split(maxsplit=1)
        if len(words) == 2 and _HANDLE.match(words[0]) and stamp(lines[k + 1]) is not None:
            count += 1
    return count


def _head_at(lines: Sequence[str], i: int, page: _Page) -> tuple[str, _Head] | None:
    text = lines[i].strip()
    one = _ONE_LINE.match(text)
    acted = _AFTER_NAME.match(one.group("name")) if one else None
    if one and acted and is_writer(acted.group("name")) and (
            found := _stamp_and_links(one.group("rest"))):
        # "Ana replied to <title> · 2d": a stamp after a long lead, read before it is chrome
        return "one-line", _Head(i, i + 1, acted.group("name").strip(), found[0],
                                 strong=found[1], depth=indent(lines[i]))
    if not text or _is_chrome(text):
        return None
    parts = text.split("\t")
    if len(parts) >= 3 and (found := stamp(parts[0])) and is_name(parts[1], max_words=4):
        return "chat", _Head(i, i + 1, parts[1].strip(), found[0],  # a chat line: no diary's
                             inline="\t".join(parts[2:]).strip())
    said = _TIME_NAME_WORDS.match(text)
    name = said and (said.group("name") or said.group("nick") or said.group("actor"))
    if said and name and is_writer(name):
        return "time-name", _Head(i, i + 1, name, said.group("time"), inline=said.group("words"))
    colon = text.endswith(":")
    prefixed = _PREFIXED.match(text[:-1] if colon else text)
    if prefixed and is_writer(prefixed.group("name")):
        # the words before the name say a post starts here when the post's number leads them,
        # a colon ends them ("Reply from NAME:") or its time follows ("Started by NAME" alone
        # is the thread's byline)
        rest = prefixed.group("rest")
        when = _stamp_and_links(rest) if rest else None
        numbered = prefixed.group("lead") or prefixed.group("numbered") or colon
        if (numbered and rest is None) or when is not None:
            return "prefixed", _Head(i, i + 1, prefixed.group("name").strip(),
                                     when[0] if when else None, depth=indent(lines[i]))
    titled = _BEFORE_NAME.match(text)
    if titled and (is_writer(titled.group("name")) or _HANDLE.match(
            titled.group("name").casefold())) and (
            when := _stamp_and_links(titled.group("rest"))) is not None:
        # a title and a time around the name: no diary heads its days so, the stamp is strong
        return "titled", _Head(i, i + 1, titled.group("name").strip(), when[0],
                               depth=indent(lines[i]))
    pairs = [(one.group("name"), one.group("rest"))
             for one in (_ONE_LINE.match(text), _IN_BRACKETS.match(text),
                         _BRACKETED.match(text)) if one]
    words = _COLLAPSE.sub("", text).split(maxsplit=1)
    if len(words) == 2 and _HANDLE.match(words[0]):
        # "ana_p 5 hours ago | link | flag", "[-] ana_p (62) 5 hours ago"
        pairs.append((words[0], _REPUTATION.sub("", words[1])))
    for name, rest in pairs:
        if is_writer(name) and (found := _stamp_and_links(rest)):
            return "one-line", _Head(i, i + 1, name.strip(), found[0], strong=found[1],
                                     depth=indent(lines[i]))
    after = _next_text(lines, i + 1)
    under = (stamp(lines[after]) or _stamp_row(lines[after])) if after is not None else None
    template = _TEMPLATE.match(text)
    if template and len(text) <= 2 * PROSE_CHARS and template.group("key") in page.templates and (
            under or text.endswith(inferred_data()["template_end"])):
        body = after + 1 if under and after is not None else i + 1
        return "template", _Head(i, body, template.group("name"), under[0] if under else None)
    if len(words) == 2 and _HANDLE.match(words[0]) and under:  # "handle the words" over a time
        return "handle-words", _Head(i, i + 1, words[0], under[0], strong=under[1],
                                     inline=words[1])
    if not is_writer(text):
        return None
    ranked = i + 2 < len(lines) and member_line(lines[i + 2]) and is_writer(lines[i + 1])
    if i + 1 < len(lines) and (member_line(lines[i + 1]) or ranked):
        # the name over its member block ("Posts: 123 · Joined 2019"), maybe a rank of the
        # board's own between ("Globetrotter", "Profi") and a time under it: a forum's post
        # header even with no blank line between the posts
        j = i + 2 if ranked else i + 1
        while j < len(lines) and lines[j].strip() and member_line(lines[j]):
            j += 1
        when = stamp(lines[j]) if j < len(lines) else None
        if when is not None:
            return "name-over-date", _Head(i, j + 1, text, when[0], strong=when[1])
        return "member", _Head(i, j, text, None)
    j = i + 1
    seen = 0
    answers = None  # "In reply to Ana" under the name, over the time
    while j < len(lines) and seen <= _LOOKAHEAD:
        line = lines[j].strip()
        if not line:
            j += 1
            continue
        if (found := stamp(line)) is not None:
            return "name-over-date", _Head(i, j + 1, text, found[0], strong=found[1],
                                           parent=answers)
        if answers is None and (answers := reply_target(line)) is not None:
            j += 1
            continue
        if not _BADGE.match(line):
            break
        seen += 1
        j += 1
    if j < len(lines) and not _is_chrome(lines[j]):
        # a writer over the words, the time under them: a handle, or any name when the time is
        # strong or a row with an action ("3d  Shanghai  Reply")
        for k in range(j + 1, min(len(lines), j + 1 + _LOOKAHEAD)):
            row = _stamp_row(lines[k])
            found = row or stamp(lines[k])
            if found is not None and _trailing_stamp(lines, k, page, row is not None) and (
                    _HANDLE.match(text) or found[1]):
                opener = lines[k - 1].split(maxsplit=1)
                if row is None and (_HANDLE.match(text) or page.inline_handles) and len(
                        opener) == 2 and _HANDLE.match(opener[0]):
                    return None  # "handle the words" over the time: a header of its own
                after = _next_text(lines, k + 1)
                while after is not None and _is_chrome(lines[after]):
                    after = _next_text(lines, after + 1)
                if k == j + 1 and _HANDLE.match(lines[j].strip()) and not _HANDLE.match(text):
                    return None  # a title over the writer's handle over the time
                if after is not None and not is_writer(lines[after]) and (k == j + 1 or (
                        k == j + 2 and not is_writer(lines[j])
                        and all(_about_line(lines[m]) for m in (j, j + 1)))):
                    # the name, a line or two of who they are ("Ljubljana, Slovenia",
                    # "Architect", "Level 2" over "Austin, TX"), the time, then the words
                    return "name-over-date", _Head(i, k + 1, text, found[0], strong=found[1])
                if k > j + 1 and any(_opens_header(lines, m, page) for m in range(j, k)):
                    return None  # a header of its own under the name ("Post" / "Ana" / time)
                name, parent = _writer_and_parent(text)
                return "trailing", _Head(i, j, name, found[0], strong=found[1], parent=parent)
            if found is not None or _is_chrome(lines[k]):
                break
    return None


def _opens_header(lines: Sequence[str], i: int, page: _Page) -> bool:
    """A writer's header of lines starts at ``i`` (not a chat line with its words)."""
    found = _head_at(lines, i, page)
    return found is not None and found[1].inline is None


def _about_line(line: str) -> bool:
    """A short line that can say who a writer is, no sentence of theirs."""
    text = line.strip()
    return 0 < len(text) <= _NAME_CHARS and text[-1] not in ".!?"


def _date_over_name(lines: Sequence[str], i: int) -> _Head | None:
    """A header that puts the time first (a strong stamp), over the writer's name and then the
    words ("9th March 2024" / "Ana Ruiz" / words). A time right under a comment's words is that
    comment's (``trailing``), so a blank line, a row of links or a reply's deeper indent must
    come before this one."""
    text = lines[i].strip()
    found = stamp(text) if text else None
    if found is None or not found[1] or found[0] != text or text.isdigit():
        return None
    above = lines[i - 1] if i else ""
    if above.strip() and not _is_chrome(above) and indent(above) >= indent(lines[i]):
        return None
    name = _next_text(lines, i + 1)
    if name is None or name > i + 2 or not is_writer(lines[name]) or _is_chrome(lines[name]):
        return None
    words = _next_text(lines, name + 1)
    if words is None or stamp(lines[words]) is not None or is_writer(lines[words]):
        return None
    return _Head(i, name + 1, lines[name].strip(), found[0], strong=found[1],
                 depth=indent(lines[name]))


def _trailing_stamp(lines: Sequence[str], k: int, page: _Page, row: bool) -> bool:
    """The time under a comment's words: a row of the app, or a line that is only a time
    (not "Ana posted in Peru · 3d", a header of its own)."""
    if row:
        return True
    found = stamp(lines[k])
    return (found is not None and found[0] == lines[k].strip()) or _head_at(
        lines, k, page) is None


def _stamp_row(text: str) -> tuple[str, bool] | None:
    """The row under a comment of a social or note app: the time first, then the writer's
    region or an action ("3d  Shanghai  Reply", "07-19  Italy  Reply"); strong when an
    action ends it (no diary prints one)."""
    text = _GLUED_ROW.sub(" ", text)  # "2w14 likesReply": the app's row without its spaces
    parts = _ROW_PARTS.split(text.strip())
    words = text.split()
    if len(parts) == 1 and 1 < len(words) <= 2 * _ROW_PART_WORDS and _CUE.match(words[-1]):
        # single spaces: "2w 14 likes Reply", the time, maybe a count, the action
        parts = [words[0], *([" ".join(words[1:-1])] if len(words) > 2 else []), words[-1]]
    found = stamp(parts[0]) if 1 < len(parts) <= _ROW_MAX_PARTS else None
    if found is None or not all(len(part.split()) <= _ROW_PART_WORDS for part in parts[1:]):
        return None
    return found[0], found[1] or _CUE.match(parts[-1]) is not None


def _writer_and_parent(text: str) -> tuple[str, str | None]:
    """ "giulia.m replying to tom_on_trails" -> (giulia.m, tom_on_trails); "lily.wu  Author"
    -> (lily.wu, None): the badge after the name is no part of it."""
    replying = _REPLYING.match(text)
    if replying is not None:
        return replying.group("name"), replying.group("parent")
    parts = _ROW_PARTS.split(text)
    while len(parts) > 1 and _BADGE.match(parts[-1]):
        parts.pop()
    return "  ".join(parts), None


def _stamp_and_links(rest: str) -> tuple[str, bool] | None:
    """The stamp of "5 hours ago | link | flag": a stamp, then short links after a bar; or
    of "1 year ago Link Parent", links with no bar (``links`` in data/inferred.json)."""
    found = stamp(rest)
    if found is not None:
        return found
    first, bar, links = rest.partition("|")
    if bar and all(len(part.split()) <= 3 for part in links.split("|")):
        return stamp(first)
    bare = _LINKS_AFTER.sub("", rest)
    return stamp(bare) if bare != rest else None


def is_writer(text: str) -> bool:
    """A line that can be a writer's name: short, no date, counter, button or heading."""
    text = text.strip()
    handle = _HANDLE.match(text.casefold()) is not None  # "mara_k2", "GalwayGirl71"
    if any(c.isdigit() for c in text) and not handle:
        return False  # "Day 2", "Stage 3": headings; digits only in a handle
    return (len(text) <= _NAME_CHARS and is_name(text, max_words=4)
            and stamp(text) is None and ":" not in text
            and (not _DIGITS.search(text) or handle)
            and not _BADGE.match(text) and not _is_chrome(text)
            and any(c.isalpha() for c in text))


def _next_text(lines: Sequence[str], start: int) -> int | None:
    return next((k for k in range(start, len(lines)) if lines[k].strip()), None)
