"""Social pages copied from the browser: Reddit (old and new layouts), Facebook groups, Medium."""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    Anchor,
    Comment,
    Parsed,
    comments_at,
    first_match,
    format_data,
    indent,
    is_date_line,
    is_name,
    line_pattern,
    page_end,
    post_end,
)


def _first_text(lines: Sequence[str], start: int, stop: int | None = None) -> int | None:
    for i in range(start, len(lines) if stop is None else stop):
        if lines[i].strip():
            return i
    return None


class RedditOld:
    """old.reddit.com: "[-]name 41 points 1 year ago" (an en dash in the box) over each comment,
    replies indented;
    "submitted 1 year ago by NAME" under the title."""

    name = "reddit-old"
    label = "Reddit (old layout)"
    _HEADER = re.compile(r"^(?P<indent>\s*)\[[\u2013\-+]\]\s*(?P<author>[\w-]+)(?:\s+\[[SMA]\])*"
                         r"(?:\s+(?P<flair>[^\d\[]{1,40}?))?\s+(?:-?\d+ points?|\[score hidden\])"
                         r"\s+(?P<date>.+?ago)(?:\*?\s*\(.*\))?\s*$")
    _SUBMITTED = re.compile(r"^\s*submitted (?P<date>.+?) by (?P<author>[\w-]+)", re.I)
    _SELF = re.compile(r"\s*\((?:self\.\w+|[\w.-]+\.\w{2,})\)\s*$")

    def score(self, lines: Sequence[str]) -> float:
        found = sum(1 for line in lines if self._HEADER.match(line))
        return 3 * found if found else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = [Anchor(i, i + 1, m.group("author"), m.group("date"),
                          indent(m.group("indent")) // 4)
                   for i, line in enumerate(lines) if (m := self._HEADER.match(line))]
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        submitted = first_match(lines, self._SUBMITTED, 0, first)
        parsed = Parsed(post_lines=lines[:first], comments=comments_at(lines, anchors, end))
        if submitted is None:
            return parsed
        match = self._SUBMITTED.match(lines[submitted])
        assert match is not None
        parsed.post_author, parsed.post_date = match.group("author"), match.group("date")
        title = next((j for j in range(submitted - 1, -1, -1) if self._SELF.search(lines[j])),
                     None)
        if title is None:
            title = next((j for j in range(submitted - 1, -1, -1) if lines[j].strip()), None)
        if title is not None:
            parsed.title = self._SELF.sub("", lines[title]).strip()
        parsed.post_lines = lines[submitted + 1:post_end(self.name, lines, submitted + 1, first)]
        return parsed


class RedditNew:
    """new reddit: "level N" over "u/name · 3y" (" · OP", " · edited"), vote counts and
    "Reply Share" under the text; the post under "Posted by u/NAME"."""

    name = "reddit-new"
    label = "Reddit"
    _LEVEL = re.compile(r"^\s*level (?P<n>\d+)\s*$", re.I)
    _AUTHOR = re.compile(r"^\s*(?P<author>u/[\w-]{2,30}|[\w-]{2,30})(?P<op>\s*·?\s*OP)?"
                         r"\s*·\s*(?P<date>\d+\s*[a-z]{1,7}(?:\s+ago)?|[^·]{3,30}?ago)"
                         r"(?:\s*·\s*(?:edited.*|OP))*\s*$", re.I)
    _POSTED_BY = re.compile(r"^\s*posted by (?P<author>u/[\w-]+)(?:\s+(?P<date>.+))?\s*$", re.I)

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors = []
        for i, line in enumerate(lines):
            match = self._AUTHOR.match(line)
            if not match:
                continue
            level = None
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j >= 0 and (lv := self._LEVEL.match(lines[j])):
                level = int(lv.group("n"))
            if level is None and not match.group("author").lower().startswith("u/"):
                continue
            first = j if level is not None else i
            depth = level - 1 if level is not None else indent(line) // 2
            anchors.append(Anchor(first, i + 1, match.group("author"), match.group("date"),
                                  depth))
        return anchors

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        levels = sum(1 for line in lines if self._LEVEL.match(line))
        return len(found) + levels if found else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        parsed = Parsed(post_lines=lines[:first], comments=comments_at(lines, anchors, end))
        posted = first_match(lines, self._POSTED_BY, 0, first)
        if posted is None:
            return parsed
        match = self._POSTED_BY.match(lines[posted])
        assert match is not None
        parsed.post_author, parsed.post_date = match.group("author"), match.group("date")
        start = posted + 1
        if not parsed.post_date and start < first and lines[start].strip():
            parsed.post_date = lines[start].strip()
            start += 1
        stop = post_end(self.name, lines, start, first)
        body = lines[start:stop]
        head = _first_text(body, 0)
        if head is not None:  # flair and title: the first paragraph, the title its last line
            k = head
            while k + 1 < len(body) and body[k + 1].strip():
                k += 1
            parsed.title = body[k].strip()
            body = body[:head] + body[k + 1:]
        parsed.post_lines = body
        return parsed


class Facebook:
    """A Facebook group copy: each comment is a name (and a badge: "Author", "Top contributor"),
    its text, then "Like · Reply · 7y"."""

    name = "facebook"
    label = "Facebook group"
    _FOOTER = re.compile(r"^\s*like\s*·\s*reply(?:\s*·\s*(?P<date>[^·]+?))?(?:\s*·\s*edited)?"
                         r"(?:\s*·?\s*\d+)?\s*$", re.I)
    _POST_DATE = re.compile(r"^\s*(?P<date>[^·]{2,40}?)\s*·\s*\S{0,3}\s*$")

    def score(self, lines: Sequence[str]) -> float:
        found = sum(1 for line in lines if self._FOOTER.match(line))
        return 2 * found if found else 0

    def _badge(self, text: str) -> bool:
        return text.strip().lower() in format_data(self.name)["badges"]

    def parse(self, lines: list[str]) -> Parsed:
        footers = [i for i, line in enumerate(lines) if self._FOOTER.match(line)]
        chrome = line_pattern(self.name, "chrome")
        comments: list[Comment] = []
        first_comment = footers[0] if footers else len(lines)
        previous = None
        for k, i in enumerate(footers):
            start = footers[k - 1] + 1 if k else self._comments_start(lines, i)
            block = [j for j in range(start, i) if lines[j].strip()
                     and not (chrome and chrome.match(lines[j]))]
            if not block:
                continue
            name_at = block[0]
            if k == 0:
                first_comment = name_at
            body_from = name_at + 1
            if len(block) > 1 and self._badge(lines[block[1]]):
                body_from = block[1] + 1
            match = self._FOOTER.match(lines[i])
            depth = 1 if indent(lines[name_at]) > 0 else 0
            comments.append(Comment(author=lines[name_at].strip(), lines=lines[body_from:i],
                                    date=match.group("date") if match else None, depth=depth))
            previous = i
        end = page_end(self.name, lines, previous + 1 if previous is not None else 0)
        if comments and previous is not None and end < len(lines):
            pass
        parsed = Parsed(post_lines=lines[:first_comment], comments=comments, titled=False)
        self._post(lines, first_comment, parsed)
        return parsed

    def _comments_start(self, lines: Sequence[str], i: int) -> int:
        """After the post's "Most relevant" / "Like Comment Share" bar, before the first footer."""
        found = 0
        pattern = line_pattern(self.name, "post_end")
        for j in range(i):
            if pattern is not None and pattern.match(lines[j]):
                found = j + 1
        return found

    def _post(self, lines: Sequence[str], stop: int, parsed: Parsed) -> None:
        """Group name and member count, the author, "DATE · 🌐", then the text to the reactions."""
        for i in range(min(stop, 12)):
            match = self._POST_DATE.match(lines[i])
            dot = lines[i].strip() == "·"
            if not (dot or (match and is_date_line(match.group("date")))):
                continue
            names = [j for j in range(i) if lines[j].strip() and lines[j].strip() != "·"]
            if dot:
                date_at = _first_text(lines, i + 1, stop)
                i = date_at if date_at is not None else i
                match = self._POST_DATE.match(lines[i])
            if names:
                parsed.post_author = lines[names[-1]].strip()
            parsed.post_date = match.group("date") if match else None
            body_end = post_end(self.name, lines, i + 1, stop)
            parsed.post_lines = list(lines[i + 1:body_end])
            return


class Medium:
    """A Medium story: title, subtitle, author, "N min read · DATE"; responses under
    "Responses (N)", each a name over a date line, "N reply" over nested ones."""

    name = "medium"
    label = "Medium"
    _READ = re.compile(r"^\s*\d+\s*min read(?:\s*·\s*(?P<date>.+))?\s*$", re.I)
    _RESPONSES = re.compile(r"^\s*responses\s*\(\d+\)\s*$", re.I)

    def score(self, lines: Sequence[str]) -> float:
        read = first_match(lines, self._READ)
        responses = first_match(lines, self._RESPONSES)
        return 3 * ((read is not None) + (responses is not None)) if read is not None else 0

    def parse(self, lines: list[str]) -> Parsed:
        read = first_match(lines, self._READ) or 0
        start = first_match(lines, self._RESPONSES)
        if start is None:
            start = post_end(self.name, lines, read + 1, len(lines))
        end = page_end(self.name, lines, start)
        anchors = []
        for i in range(start + 1, end - 1):
            text = lines[i].strip()
            if (is_name(text) and (i == 0 or not lines[i - 1].strip()
                                   or re.match(r"^\s*\d+ repl", lines[i - 1], re.I))
                    and is_date_line(lines[i + 1].strip())):
                anchors.append(Anchor(i, i + 2, text, lines[i + 1].strip(),
                                      1 if indent(lines[i]) > 0 else 0))
        parsed = Parsed(post_lines=[], comments=comments_at(lines, anchors, end))
        header = [j for j in range(read) if lines[j].strip()]
        chrome = line_pattern(self.name, "chrome")
        header = [j for j in header if not (chrome and chrome.match(lines[j]))]
        if header:
            parsed.title = lines[header[0]].strip()
            parsed.post_author = lines[header[-1]].strip() if len(header) > 1 else None
        match = self._READ.match(lines[read])
        parsed.post_date = match.group("date") if match else None
        subtitle = [lines[j] for j in header[1:-1]]
        body_end = post_end(self.name, lines, read + 1, start)
        parsed.post_lines = [*subtitle, "", *lines[read + 1:body_end]]
        return parsed
