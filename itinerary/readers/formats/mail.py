"""An e-mail newsletter issue followed by its readers' reply e-mails.

Each message starts with a header block (From/To/Date/Subject); the first is the issue (the
post, its subject the title), the others are replies. A journal's comments are headed so too
("Date:" over "From:"); then the prose above the first block is the post. Quoted lines ("> On
DATE, NAME wrote:") are the issue's words, not the reader's, and the footer (unsubscribe, postal
address) is chrome.
A reply chain pasted from a mail client puts the newest message on top and each earlier one
under "-----Original Message-----" (Outlook) or a forwarded-message line: such a quoted message is
a message of its own unless the paste already holds it, and a chain is read oldest first (so
is one whose header blocks follow each other newest first, with no such line between them).
One reply, under a header block or none, that quotes the earlier messages each a level deeper
under the line its mail client writes ("On DATE, NAME wrote:", "Am DATE schrieb NAME:", "Le
DATE, NAME a écrit :"; data/formats.json "email" "attribution") is read as that chain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from email.utils import parseaddr

from itinerary.readers.dates import iso_date, oldest_first, timestamp
from itinerary.readers.formats.base import (
    PROSE_CHARS,
    Anchor,
    Comment,
    Parsed,
    comments_at,
    format_data,
    is_name,
    post_end,
)

_FIELDS = {name.casefold(): field for field, names in format_data("email")["fields"].items()
           if field != "_doc" for name in names}
_FIELD = re.compile(r"^\s*(?P<key>" + "|".join(re.escape(name) for name in sorted(
    _FIELDS, key=len, reverse=True)) + r")\s*:\s*(?P<value>.*)$", re.I)


def _field(match: re.Match[str]) -> str:
    """The field a header line's name is, whatever the client's language ("Betreff" is the
    subject)."""
    return _FIELDS[match.group("key").casefold()]


# A reply's or a forward's marks before a subject, in the client's language: "AW: ", "RE: ".
_REPLY_MARKS = re.compile(r"^(?:" + format_data("email")["reply_marks"] + ")+", re.I)
# Above a header block, these mark it as a quoted earlier message inside a reply, not a message.
_QUOTED_MESSAGE = re.compile(r"^\s*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}"
                             r"|_{10,})\s*$", re.I)


_Block = tuple[int, int, dict[str, str]]


_GMAIL_FROM = re.compile(
    r"^\s*(?P<sender>[^<>\t]{0,60}<[^<>\s]+@[^<>\s]+>)\s+(?P<date>\S.{5,60}?)\s*$")
_GMAIL_AGO = re.compile(r"\s*\([^()]*\bago\)\s*$", re.I)  # "(2 days ago)" after the date
_SUBJECT_CHARS = 150
_GMAIL_TO = re.compile(r"^\s*to\s+(?P<to>.{1,120}?)\s*$", re.I)


def _headers(lines: Sequence[str]) -> list[_Block]:
    """(first, stop, fields) of every message's header block (one with a From and a Subject or
    Date), in the order the messages were sent: a message with the earlier ones of its chain
    quoted under it comes after them, and a chain pasted newest first is read from its end."""
    blocks = _all_headers(lines)
    kept = {_key(fields) for _, _, fields, quoted in blocks if not quoted}
    ordered: list[_Block] = []
    chain: list[_Block] = []  # a message and the earlier ones quoted under it, newest first
    for first, stop, fields, quoted in blocks:
        if not quoted:
            ordered.extend(reversed(chain))
            chain = [(first, stop, fields)]
        elif _key(fields) not in kept:
            kept.add(_key(fields))
            chain.append((first, stop, fields))
    ordered.extend(reversed(chain))
    times = [timestamp(fields.get("date") or fields.get("sent") or "") for _, _, fields in ordered]
    replied = [_REPLY_MARKS.match(fields.get("subject", "")) is not None
               for _, _, fields in ordered]
    if None in times and len(ordered) >= 2 and replied[0] and not replied[-1]:
        return ordered[::-1]  # dates it cannot read, but "AW:" over the first message's subject
    return oldest_first(ordered, times)


def _key(fields: dict[str, str]) -> tuple[str, str]:
    """Who sent a message and on which day: the same message quoted under a reply has the same."""
    when = fields.get("date") or fields.get("sent") or ""
    return parseaddr(fields.get("from", ""))[1].lower(), iso_date(when) or when


def _all_headers(lines: Sequence[str]) -> list[tuple[int, int, dict[str, str], bool]]:
    """(first, stop, fields, quoted) of every header block in page order; quoted when a
    "-----Original Message-----" line stands above it."""
    found = []
    i = 0
    while i < len(lines):
        if (gmail := _gmail_header(lines, i)) is not None:
            found.append((i, gmail[0], gmail[1], False))
            i = gmail[0]
            continue
        if not _FIELD.match(lines[i]):
            i += 1
            continue
        fields = {}  # a block of fields, the sender's among them ("Date:" over "From:" too)
        j = i
        while j < len(lines) and (m := _FIELD.match(lines[j])):
            fields[_field(m)] = m.group("value").strip()
            j += 1
        above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        if "from" in fields and ("subject" in fields or "date" in fields or "sent" in fields):
            found.append((i, j, fields, _QUOTED_MESSAGE.match(above) is not None))
        i = max(j, i + 1)
    return found


def header_lines(lines: Sequence[str]) -> set[int]:
    """The lines of every message's header block ("Von: …" / "Gesendet: …" / "Betreff: …"):
    fields, never a chat's "Name: words"."""
    return {k for first, stop, _, _ in _all_headers(lines) for k in range(first, stop)}


def _gmail_header(lines: Sequence[str], i: int) -> tuple[int, dict[str, str]] | None:
    """(line after it, fields) of a message header in a conversation copied from Gmail's page:
    "Name <address>   Fri, Nov 27, 2026, 2:03 PM (2 days ago)" over "to me" / "to Raj, Helen"."""
    match = _GMAIL_FROM.match(lines[i])
    if match is None or iso_date(_GMAIL_AGO.sub("", match.group("date"))) is None:
        return None
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    to = _GMAIL_TO.match(lines[j]) if j < len(lines) else None
    if to is None:
        return None
    date = _GMAIL_AGO.sub("", match.group("date"))
    return j + 1, {"from": match.group("sender").strip(), "date": date, "to": to.group("to")}


def _has_prose(lines: Sequence[str]) -> bool:
    """Whether a paragraph of the lines (lines between blank ones) is prose: a sentence of
    ``PROSE_CHARS`` or more (not a digest's list of topics nor its address line)."""
    paragraph: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            paragraph.append(line.strip())
            continue
        text = " ".join(paragraph)
        if len(text) >= PROSE_CHARS and text[-1] in ".!?":
            return True
        paragraph = []
    return False


def _subject_above(lines: Sequence[str], first: int) -> str | None:
    """The conversation's subject over its first message (a Gmail page puts it there alone)."""
    above = [line.strip() for line in lines[:first] if line.strip()]
    if len(above) != 1 or len(above[0]) > _SUBJECT_CHARS:
        return None
    field = _FIELD.match(above[0])
    return field.group("value").strip() if field else above[0]


def _sender(value: str) -> str:
    """The sender's name; an archive that hides the address gives the name alone ("From: Maja
    Holm"), which parseaddr would cut to its first word."""
    if "@" not in value:
        return value.strip()
    name, address = parseaddr(_BRACKETED_ADDRESS.sub(r" \1", value))  # "Ana (<ana@…>)"
    return name or address.split("@")[0] or value


_BRACKETED_ADDRESS = re.compile(r"\s*\(\s*(<[^<>()\s]+@[^<>()\s]+>)\s*\)")
_CLOSING = re.compile(r"^\s*(?:" + "|".join(f"(?:{e})" for e in format_data("email")["closings"])
                      + r")\s*[,.!]?\s*$", re.I)


def _signature(lines: Sequence[str]) -> str | None:
    """The name that signs a message on its last line, under a blank line or a closing
    ("Cheers," / "Camille"); None when the last line is no name."""
    said = [line.strip() for line in lines if line.strip()]
    if len(said) < 2 or not is_name(said[-1], max_words=3) or _CLOSING.match(said[-1]) or not (
            said[-1][:1].isupper()):
        return None
    above = next(k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()) - 1
    return said[-1] if above < 0 or not lines[above].strip() or _CLOSING.match(
        lines[above]) else None


class Newsletter:
    name = "email"
    label = "e-mail newsletter with replies"

    def score(self, lines: Sequence[str]) -> float:
        found = _headers(lines)
        if len(found) <= 1 and (chain := _chain(lines, found)) is not None:
            return 2 * len(chain.comments) + 2
        return 2 * len(found) if found else 0

    def parse(self, lines: list[str]) -> Parsed:
        blocks = _headers(lines)
        if len(blocks) <= 1 and (chain := _chain(lines, blocks)) is not None:
            return chain
        if not blocks:
            return Parsed(post_lines=lines, comments=[])
        in_page = sorted(blocks, key=lambda block: block[0])
        anchors = [Anchor(first, stop, _sender(fields.get("from", "")),
                          fields.get("date") or fields.get("sent"))
                   for first, stop, fields in in_page]
        at = dict(zip((block[0] for block in in_page), comments_at(lines, anchors, len(lines)),
                      strict=True))
        messages = [at[first] for first, _, _ in blocks]
        senders: dict[str, str] = {}  # address -> name, of the readers who replied so far
        issue_from = parseaddr(blocks[0][2].get("from", ""))[1].lower()
        for message, (_, _, fields) in zip(messages[1:], blocks[1:], strict=True):
            to = parseaddr(fields.get("to", ""))[1].lower()
            if to in senders and to != issue_from:  # a reply to a reader's reply
                message.parent_author, message.depth = senders[to], 1
            senders[parseaddr(fields.get("from", ""))[1].lower()] = message.author
        lead = lines[:in_page[0][0]]
        journal = _has_prose(lead)
        newest = None  # a chain pasted newest first: the words on top are the newest reply
        if len(blocks) >= 2 and blocks[0][0] == in_page[-1][0] and any(
                len(line.split()) >= 3 for line in lead):
            to = in_page[0][2].get("to", "")
            newest = Comment(author=(_sender(to) if to and not re.search(r"[;,]", to) else "")
                             or _signature(lead) or "", lines=lead)
        elif journal:  # a journal's entry over comments headed like mails ("Date:" / "From:")
            messages.insert(0, Comment(author="", lines=lead))
        issue = messages[0]
        body_end = post_end(self.name, issue.lines, 0, len(issue.lines))
        replies = []
        for message in messages[1:]:
            end = post_end(self.name, message.lines, 0, len(message.lines))
            message.lines = message.lines[:end]
            replies.append(message)
        if newest is not None:
            replies.append(newest)
        subject = None if journal and newest is None else (
            blocks[0][2].get("subject") or _subject_above(lines, in_page[0][0]))
        return Parsed(post_lines=issue.lines[:body_end], comments=replies, title=subject,
                      post_author=issue.author or None, post_date=issue.date)


_ATTRIBUTION_DATA = format_data("email")["attribution"]
# "On 4 Jun 2025, at 08:31, Leo <leo@…> wrote:", "Am 04.03.2025 um 21:40 schrieb Ana <…>:"
_ATTRIBUTIONS = [re.compile(r"^(?P<quote>[>\s]*)" + form.format(
    date=f"(?P<date>{_ATTRIBUTION_DATA['date']})",
    sender=f"(?P<sender>{_ATTRIBUTION_DATA['sender']})") + r"\s*$", re.I)
    for form in _ATTRIBUTION_DATA["forms"]]


def _attribution(line: str) -> re.Match[str] | None:
    """The match of the line over a quoted message, in any client's language."""
    return next((m for pattern in _ATTRIBUTIONS if (m := pattern.match(line)) is not None), None)


_DEPTH = re.compile(r"^(?P<marks>(?:\s*>)*)\s?")


def _chain(lines: Sequence[str], blocks: Sequence[_Block]) -> Parsed | None:
    """The quoted reply chain of a page with no header block, or of the one message whose
    header block stands on top (its From: is the newest message's writer)."""
    if not blocks:
        return quoted_chain(lines)
    first, stop, fields = blocks[0]
    if any(line.strip() for line in lines[:first]):
        return None
    chain = quoted_chain(lines[stop:], _sender(fields.get("from", "")) or None)
    if chain is not None and chain.title is None and fields.get("subject"):
        chain.title = _REPLY_MARKS.sub("", fields["subject"])
    return chain



def _depth(line: str) -> tuple[int, str]:
    """(quote level, the line without its "> " marks)."""
    match = _DEPTH.match(line)
    marks = match.group("marks") if match else ""
    return marks.count(">"), line[len(match.group(0)) if match else 0:]


def quoted_chain(lines: Sequence[str], writer: str | None = None) -> Parsed | None:
    """A reply pasted from Apple Mail, Gmail or Thunderbird, where each earlier message is quoted
    one level deeper under its "On 4 Jun 2025, at 08:31, Leo <leo@…> wrote:" line: read oldest
    first, each level a message by the writer its line names. The newest message's writer is
    ``writer`` (the From: of a header block above the chain), else the writer whose first name
    signs it, else the name that signs it, when one does."""
    found: list[tuple[int, str, str]] = []  # (level of the quoted message, sender, date)
    for line in lines:
        match = _attribution(line)
        # the line stands in the message it quotes from ("> On …") or in the quote (">> On …")
        if match is not None and match.group("quote").count(">") in (len(found), len(found) + 1):
            found.append((len(found) + 1, match.group("sender"), match.group("date")))
        elif match is not None:
            return None
    if not found or not any(line.lstrip().startswith(">") for line in lines):
        return None
    by_level: dict[int, list[str]] = {level: [] for level in range(len(found) + 1)}
    for line in lines:
        if _attribution(line):
            continue
        level, text = _depth(line)
        by_level[min(level, len(found))].append(text)
    subject = next((m.group("value").strip() for line in lines[:3]
                    if (m := _FIELD.match(line)) and _field(m) == "subject"), None)
    if subject is not None:
        by_level[0] = [line for line in by_level[0] if not _FIELD.match(line)]
    senders = [_sender(sender) if "@" in sender else sender.strip() for _, sender, _ in found]
    signed = _signature(by_level[0]) or ""
    newest = writer or next((s for s in senders if s.split()[0].casefold() == signed.casefold()),
                            signed or None)
    messages = [Comment(author=sender, lines=by_level[level], date=date)
                for level, sender, date in reversed([(lv, s, d) for (lv, _, d), s
                                                     in zip(found, senders, strict=True)])]
    messages.append(Comment(author=newest or "Anonymous", lines=by_level[0]))
    oldest = messages.pop(0)
    title = _REPLY_MARKS.sub("", subject) if subject else None
    return Parsed(post_lines=oldest.lines, comments=messages, title=title,
                  post_author=oldest.author, post_date=oldest.date)
