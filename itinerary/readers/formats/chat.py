"""Group chats copied or exported as text (WhatsApp, Telegram, Signal, a "[10:15] Name:" log):
every message opens with its time and writer on its own line, the words following on it::

    [12/03/2023, 10:15:22] Ana: anyone been to Hvar in May?     <- WhatsApp (iOS)
    12/03/2023, 10:16 - Ben: yes, take the fast boat from Split  <- WhatsApp (Android)
    Ben, [12.03.23 10:17]                                        <- Telegram desktop
    and stay in Stari Grad, not the town                         <- more lines of the message

Work chats copied from the window (Slack, Teams, Google Chat) put the writer and the time on a
header line of their own, the message below it; lines under a header without one are the same
writer's next messages::

    Ana Ruiz  10:15 AM                                           <- Slack ("Ana Ruiz [10:15 AM]")
    anyone been to Hvar in May?
    :+1: 2                                                       <- reactions, "2 replies" ...

A meeting tool's saved chat ("10:02:15 From Ana Ruiz to Everyone:", the words indented under
it) and a call's transcript ("Ana Ruiz  00:12:31") have the same shape.

The first message is the thread's post, the others its comments. The app's notices ("Ana
joined using this group's invite link", "image omitted", a dated line without a writer, a
message the app marks with a left-to-right mark) are nobody's words and are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dateutil import parser

from itinerary.readers.authors import bare_name
from itinerary.readers.formats.base import (
    Comment,
    Parsed,
    format_data,
    is_name,
    line_pattern,
    stamp,
)
from itinerary.readers.formats.mail import header_lines

_MESSAGES = [re.compile(rf"^\s*{e}\s*$", re.IGNORECASE) for e in format_data("chat")["message"]]
_HEADERS = [re.compile(rf"^\s*{e}\s*$", re.IGNORECASE) for e in format_data("chat")["header"]]
_STAMP = re.compile(r"^\s*(?:" + "|".join(format_data("chat")["stamp"]) + r")\s*$", re.IGNORECASE)
_YOU_SENT = re.compile(r"^\s*(?:" + "|".join(format_data("chat")["you_sent"]) + r")\s*$",
                       re.IGNORECASE)
_REPLY_HEAD = re.compile(r"^\s*(?:" + "|".join(format_data("chat")["reply_head"]) + r")\s*$",
                         re.IGNORECASE)
_EDITED = re.compile("|".join(format_data("chat")["edited"]), re.IGNORECASE)
_CUE = re.compile(r"^\s*(?:" + "|".join(format_data("chat")["cue"]) + r")\s*$", re.IGNORECASE)
_WORDS = 3  # the words under two heads in three are a message of this many words or more
_TITLE_CHARS = 120  # the one line above the first message that names the chat or thread
_META = re.compile(r"^\s*@\S+\s*$")  # an @handle under a name
_WHEN = re.compile(r"^\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*$",
                   re.IGNORECASE)
_MARK = "\u200e"  # WhatsApp opens its notices and attachments with a left-to-right mark


def _message(line: str) -> re.Match[str] | None:
    return next((m for pattern in _MESSAGES if (m := pattern.match(line))), None)


def _header(line: str) -> re.Match[str] | None:
    """A writer-and-time line over a message; its writer is a name, not a sentence."""
    match = next((m for pattern in _HEADERS if (m := pattern.match(line))), None)
    return match if match is not None and is_name(match.group("author"), max_words=4) else None


_SAID = re.compile(
    r"^\s*(?P<author>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}):\s+(?P<text>\S.*)$")
_NOT_A_WRITER = re.compile(r"^(?:" + "|".join(format_data("chat")["not_a_writer"]) + r")$",
                           re.IGNORECASE)
_TRANSCRIPT_SHARE = 0.6  # of the lines from the first "Name:" line to the last
_AROUND_LINES = 3  # a title or a note above or below a transcript, no more


def _transcript(lines: Sequence[str]) -> dict[int, tuple[str, str]]:
    """A chat typed or pasted as "Name: words" lines, no times: {line: (writer, words)} when
    four lines or more, two writers with two lines each, most lines from the first to the last
    are such lines and at most a title stands around them (a list of "Hotel: …" / "Food: …"
    labels, a post quoting a few lines of a chat are not a chat)."""
    fields = header_lines(lines)
    found = {i: (m.group("author"), m.group("text")) for i, line in enumerate(lines)
             if (m := _SAID.match(line)) is not None and not _NOT_A_WRITER.match(m.group("author"))
             and not any(c.isdigit() for c in m.group("author")) and i not in fields}
    turns = Counter(author for author, _ in found.values())
    if len(found) < 4 or sum(n >= 2 for n in turns.values()) < 2:
        return {}
    span = [line for line in lines[min(found):max(found) + 1] if line.strip()]
    around = [line for line in (*lines[:min(found)], *lines[max(found) + 1:]) if line.strip()]
    whole = len(around) <= _AROUND_LINES  # the page is the chat, not a post quoting one
    return found if whole and len(found) >= _TRANSCRIPT_SHARE * len(span) else {}


def _headers(lines: Sequence[str]) -> dict[int, tuple[str, str, int]]:
    """The page's message heads by line: (writer, time, lines the head spans), either one line
    ("Ana Ruiz  9:14 AM") or a time line over a name line (an iMessage export). Only when at
    least two people wrote in three heads: a diary's "Lisbon, 9:15 AM" heads are rarer."""
    found: dict[int, tuple[str, str, int]] = {}
    for i, line in enumerate(lines):
        if (header := _header(line)) is not None:
            found[i] = (header.group("author").strip(), header.group("date"), 1)
        elif ((stamp := _STAMP.match(line)) is not None and i + 2 < len(lines)
              and is_name(lines[i + 1], max_words=4) and _STAMP.match(lines[i + 1]) is None
              and bare_name(lines[i + 1]) is not None  # "to me, Theo": a mail's recipients
              and lines[i + 2].strip()):
            found[i] = (lines[i + 1].strip(), stamp.group("date"), 2)
    if not found:
        found = _name_heads(lines)
    authors = {author.lower() for author, _, _ in found.values()}
    return found if len(authors) >= 2 and len(found) >= 3 else {}


def _name_heads(lines: Sequence[str]) -> dict[int, tuple[str, str, int]]:
    """A copy from a phone or a chat window (iMessage, Messenger, LINE, Element, Zulip): each
    writer's turn opens with their capitalised name alone on a line over the words (not over a
    time or an @handle: that is the name-date readers' shape), "You sent" over the copier's own.
    A name heads a turn when it does so twice or more, or once when it is a full name or stands
    under the app's divider or time line; a writer must head two turns or more, and the page
    must show a chat cue ("Delivered", "Read 20:21", "Today 9:41", a tapback, "You sent") or
    run its turns without a blank line with two writers heading two each, and the words under
    most heads are sentences, so the headings of a travel diary or a table's rows stay put."""
    chrome = line_pattern("chat", "chrome")

    def is_chrome(k: int) -> bool:
        return chrome is not None and chrome.match(lines[k]) is not None

    def named(k: int) -> str | None:
        text = lines[k].strip()
        words = text.split()
        below = k + 1 < len(lines) and lines[k + 1].strip() and not _YOU_SENT.match(lines[k + 1])
        if (not below or not is_name(text, max_words=3) or is_chrome(k)
                or not all(w[0].isupper() for w in words) or any(c.isdigit() for c in text)):
            return None
        return text

    names = {k: name for k in range(len(lines)) if (name := named(k)) is not None}
    counts = Counter(names.values())
    heads: dict[int, tuple[str, str, int]] = {}
    for k, line in enumerate(lines):
        if _YOU_SENT.match(line):
            heads[k] = ("You", "", 1)
            continue
        name = names.get(k)
        if name is None:
            continue
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        if not (counts[name] >= 2 or len(name.split()) >= 2
                or (above is not None and is_chrome(above))):
            continue
        when = _WHEN.match(lines[k + 1])  # Teams: "6/3 10:14 AM" under the name
        heads[k] = (name, when.group(0).strip(), 2) if when else (name, "", 1)
    if len(heads) < 3 or max(Counter(a for a, _, _ in heads.values()).values()) < 2:
        return {}
    worded = sum(1 for k, (_, _, span) in heads.items()
                 if k + span < len(lines) and len(lines[k + span].split()) >= _WORDS)
    if 3 * worded < 2 * len(heads):
        return {}  # a table's rows ("Trondheim" over "road" over "4 h 43 min"), not messages
    if 2 * sum(1 for k in heads if _META.match(lines[k + 1]) or stamp(lines[k + 1])) >= len(heads):
        return {}  # a name over its @handle or its time: the name-date and inferred readers' shape
    first, last = min(heads), max(heads)
    turns = Counter(a for a, _, _ in heads.values())
    # without a cue, two writers heading two turns each, none with a blank line between
    dense = (all(line.strip() for line in lines[first:last])
             and sum(n >= 2 for n in turns.values()) >= 2)
    cue = any(_CUE.match(line) or _YOU_SENT.match(line) for line in lines)
    return heads if dense or cue else {}


def _date(text: str) -> str:
    """A dotted date is day first everywhere it is written ("03.07.23" is 3 July), unless the
    year leads it ("2025. 4. 3. 14:02", as Korean and Hungarian apps write it)."""
    if "." not in text.split()[0]:
        return text
    yearfirst = len(text.split(".")[0].strip()) == 4
    try:
        return parser.parse(text, dayfirst=not yearfirst, yearfirst=yearfirst).date().isoformat()
    except (ValueError, OverflowError):
        return text


class Chat:
    name = "chat"
    label = "chat export"

    def score(self, lines: Sequence[str]) -> float:
        found = sum(1 for line in lines if _message(line))
        if found >= 2:
            return 2 * found
        # a bare name and time, or "Name: words" lines: the weaker signs
        return len(_headers(lines)) or len(_transcript(lines))

    def parse(self, lines: list[str]) -> Parsed:
        system = line_pattern(self.name, "system")
        notice = line_pattern(self.name, "notice")
        chrome = line_pattern(self.name, "chrome")
        heads = _headers(lines)
        said = {} if heads or sum(1 for line in lines if _message(line)) >= 2 else (
            _transcript(lines))
        messages: list[Comment] = []
        skip = 0
        lead: list[str] = []  # the lines above the first message: the chat's or thread's name
        for i, line in enumerate(lines):
            if skip:
                skip -= 1
                continue
            match = _message(line)
            if not messages and match is None and i not in said and i not in heads:
                lead.append(line)
            if match is None and heads and _REPLY_HEAD.match(line):
                skip = 1  # "You replied to Ana" over the words it answers: Ana's, not new
                continue
            if match is None and i in said:
                messages.append(Comment(author=said[i][0], lines=[said[i][1]]))
                continue
            if match is None and i in heads:
                author, date, span = heads[i]
                messages.append(Comment(author=author, lines=[], date=date or None))
                skip = span - 1
            elif match is not None:
                text = match.group("text")
                if text.startswith(_MARK) or (system is not None and system.match(text)):
                    continue
                messages.append(Comment(author=match.group("author").strip(), lines=[text],
                                        date=_date(match.group("date"))))
            elif (system is not None and system.match(line)) or (
                    notice is not None and notice.match(line)):
                continue
            elif messages and not (heads and chrome is not None and chrome.match(line)):
                messages[-1].lines.append(_EDITED.sub("", line) if heads else line)
        if not messages:
            return Parsed(post_lines=lines, comments=[], titled=False)
        post = messages.pop(0)
        named = [line.strip() for line in lead if line.strip() and not _CUE.match(line) and not (
            system is not None and system.match(line)) and not (
            notice is not None and notice.match(line)) and not (
            chrome is not None and chrome.match(line))]
        title = named[0] if len(named) == 1 and len(named[0]) <= _TITLE_CHARS else None
        return Parsed(post_lines=post.lines, comments=messages, post_author=post.author,
                      post_date=post.date, title=title, titled=title is not None)
