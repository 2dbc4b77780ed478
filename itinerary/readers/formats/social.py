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
    is_name,
    line_pattern,
    page_end,
    post_end,
    stamp,
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
    _HEADER = re.compile(r"^(?P<indent>\s*)\[[\u2013\-+]\]\s*(?P<author>[\w-]+)(?:\s*\[[SMA]\])*"
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


_TITLE_CHARS = 300  # Reddit's longest title


class RedditNew:
    """new reddit: "level N" over "u/name · 3y" (" · OP", " · edited"), vote counts and
    "Reply Share" under the text; the post under "Posted by u/NAME". The 2023 layout puts the
    name, a "•" and "2y ago" on lines of their own ("· 2 yr. ago" too), and the post's author
    under "r/sub • 2y ago". A removed comment ("[deleted]" over "[removed]") is left out."""

    name = "reddit-new"
    label = "Reddit"
    _LEVEL = re.compile(r"^\s*level (?P<n>\d+)\s*$", re.I)
    _DATE = r"\d+\s*[a-z]{1,7}\.?(?:\s+ago)?|[^·•]{3,30}?ago"
    _AUTHOR = re.compile(rf"^\s*(?P<author>u/[\w-]{{2,30}}|[\w-]{{2,30}})(?P<op>\s*[·•]?\s*OP)?"
                         rf"\s*[·•]\s*(?P<date>{_DATE})"
                         r"(?:\s*[·•]\s*(?:edited.*|OP))*\s*$", re.I)
    _HANDLE = re.compile(r"^\s*(?P<author>u/[\w-]{2,30}|[\w-]{3,30}|\[deleted\])\s*$")
    _DATE_LINE = re.compile(rf"^\s*[·•]?\s*(?P<date>{_DATE})(?:\s*[·•]\s*edited.*)?\s*$", re.I)
    _SEPARATOR = re.compile(r"^\s*(?:[·•]|op|[·•]\s*op|op\s*[·•])\s*$", re.I)
    _POSTED_BY = re.compile(r"^\s*posted by (?P<author>u/[\w-]+)(?:\s+(?P<date>.+))?\s*$", re.I)
    _SUBREDDIT = re.compile(r"^\s*r/\w+\s*(?:[·•]\s*(?P<date>.+))?$", re.I)

    def _split_header(self, lines: Sequence[str], i: int) -> tuple[int, str] | None:
        """(stop, date) when line ``i`` is a name alone and "•", "OP" and a date follow."""
        if not self._HANDLE.match(lines[i]) or lines[i].strip().lower() in ("reply", "share"):
            return None
        j = i + 1
        while j < len(lines) and j <= i + 3 and self._SEPARATOR.match(lines[j]):
            j += 1
        if j < len(lines) and (j > i + 1 or lines[j].lstrip()[:1] in ("·", "•")):
            # without "•" (on a line of its own or before the date) a name over "2 days ago"
            # is any site's
            date = self._date_of(lines[j]) if j < len(lines) else None
            if date is not None:
                return j + 1, date
        return None

    def _date_of(self, line: str) -> str | None:
        """The date of a "• 2 yr. ago" line, in the page's language too ("vor 4 Std.")."""
        match = self._DATE_LINE.match(line)
        if match:
            return match.group("date")
        when = stamp(line.strip().lstrip("·•").strip())
        return when[0] if when is not None and when[1] else None

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors = []
        for i, line in enumerate(lines):
            match = self._AUTHOR.match(line)
            split = None if match else self._split_header(lines, i)
            if not match and not split:
                continue
            author = (match or self._HANDLE.match(line)).group("author")  # type: ignore[union-attr]
            stop, date = (i + 1, match.group("date")) if match else split  # type: ignore[misc]
            level = None
            j = i - 1
            while j >= 0 and not lines[j].strip():
                j -= 1
            if j >= 0 and (lv := self._LEVEL.match(lines[j])):
                level = int(lv.group("n"))
            if match and level is None and not author.lower().startswith("u/"):
                continue
            first = j if level is not None else i
            depth = level - 1 if level is not None else indent(line) // 2
            anchors.append(Anchor(first, stop, author, date, depth))
        return anchors

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        levels = sum(1 for line in lines if self._LEVEL.match(line))
        return len(found) + levels if found else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        posted = first_match(lines, self._POSTED_BY, 0, anchors[0].first if anchors else None)
        first = anchors[0].first if anchors else len(lines)
        if posted is None and (header := self._subreddit_header(lines, first)) is not None:
            return self._post(lines, anchors, *header)
        above = [line.strip() for line in lines[:first]
                 if line.strip() and not self._SUBREDDIT.match(line)]
        if posted is None and anchors and not above:
            # the app's copy: "r/sub" alone above the post's own "u/name • 5h" header
            return self._post(lines, anchors[1:], anchors[0].stop, anchors[0].author,
                              anchors[0].date)
        if posted is None and len(anchors) > 1 and len(above) == 1 and len(
                above[0]) <= _TITLE_CHARS:
            # the web's copy: the title (and "r/sub") above the post's own header
            end = page_end(self.name, lines, anchors[-1].stop)
            stop = post_end(self.name, lines, anchors[0].stop, anchors[1].first)
            return Parsed(post_lines=lines[anchors[0].stop:stop], title=above[0],
                          comments=comments_at(lines, anchors[1:], end),
                          post_author=anchors[0].author, post_date=anchors[0].date)
        if posted is None:
            end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
            return Parsed(post_lines=lines[:first], comments=comments_at(lines, anchors, end))
        match = self._POSTED_BY.match(lines[posted])
        assert match is not None
        start, date = posted + 1, match.group("date")
        if not date and start < first and lines[start].strip():
            date, start = lines[start].strip(), start + 1
        return self._post(lines, anchors, start, match.group("author"), date)

    def _subreddit_header(self, lines: Sequence[str],
                          stop: int) -> tuple[int, str, str | None] | None:
        """(start of the post, author, date) from "r/sub", "•", "2 yr. ago", "name" lines."""
        at = first_match(lines, self._SUBREDDIT, 0, min(stop, 6))
        if at is None:
            return None
        match = self._SUBREDDIT.match(lines[at])
        date = match.group("date") if match else None
        j = at + 1
        while j < stop and (self._SEPARATOR.match(lines[j]) or self._date_of(lines[j])
                            or not lines[j].strip()):
            date = self._date_of(lines[j]) or date
            j += 1
        handle = self._HANDLE.match(lines[j]) if j < stop else None
        if handle is None:
            return None
        return j + 1, handle.group("author"), date

    def _post(self, lines: list[str], anchors: list[Anchor], start: int, author: str,
              date: str | None) -> Parsed:
        """Flair and title (the first paragraph, the title its last line; its first line when
        the text follows without a blank line), then the text."""
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        parsed = Parsed(post_lines=[], comments=comments_at(lines, anchors, end),
                        post_author=author, post_date=date)
        body = lines[start:post_end(self.name, lines, start, first)]
        head = _first_text(body, 0)
        if head is not None:
            k = head
            while k + 1 < len(body) and body[k + 1].strip():
                k += 1
            if _first_text(body, k + 1) is None:
                k = head  # the app's copy: no blank line between the title and the text
            parsed.title = body[k].strip()
            body = body[:head] + body[k + 1:]
        parsed.post_lines = body
        return parsed


class Facebook:
    """A Facebook group copy: each comment is a name (and a badge: "Author", "Top contributor"),
    its text, then "Like · Reply · 7y"."""

    name = "facebook"
    label = "Facebook group"
    # A comment's footer: "Like · Reply · 7y" on one line, or the same words on lines of their
    # own ("7y" / "Like" / "Reply"), in any order, with "Edited", "Share" and reaction counts;
    # in the page's language ("Gefällt mir · Antworten · 3 Std.": data/formats.json "footer").
    _FOOTER = format_data("facebook")["footer"]
    _LIKE = re.compile("^(?:" + "|".join(_FOOTER["like"]) + ")$", re.I)
    _REPLY = re.compile("^(?:" + "|".join(_FOOTER["reply"]) + ")$", re.I)
    _FOOTER_WORD = re.compile("^(?:" + "|".join([*_FOOTER["like"], *_FOOTER["reply"],
                                                  *_FOOTER["other"]]) + r"|·|\d+)$", re.I)
    _FOOTER_SPLIT = re.compile(r"\s*·\s*|\s{2,}|\s+(?=(?:" + "|".join(
        [*_FOOTER["like"], *_FOOTER["reply"]]) + r")\b)", re.I)
    _POST_DATE = re.compile(r"^\s*(?P<date>[^·]{2,40}?)\s*·\s*\S{0,3}\s*$")

    def _footer_line(self, line: str) -> tuple[bool, bool, str | None] | None:
        """(has "Like", has "Reply", date) for a line made only of footer words, else None."""
        words = [w for w in self._FOOTER_SPLIT.split(line.strip()) if w]
        if not words:
            return None
        date = None
        for word in words:
            if self._FOOTER_WORD.match(word) is not None:
                continue
            when = stamp(word)
            if when is None or not when[1]:
                return None  # a relative date ("7y", "3 Std.") is a footer's, a day is not
            date = when[0]
        return (any(self._LIKE.match(w) for w in words), any(self._REPLY.match(w) for w in words),
                date)

    def _footers(self, lines: Sequence[str]) -> list[tuple[int, int, str | None]]:
        """(first, stop, date) of every footer run that holds a "Reply"."""
        found = []
        i = 0
        while i < len(lines):
            if self._footer_line(lines[i]) is None:
                i += 1
                continue
            j, like, reply, date = i, False, False, None
            while j < len(lines) and (words := self._footer_line(lines[j])) is not None:
                like, reply, date = like or words[0], reply or words[1], date or words[2]
                j += 1
            if like and reply:
                found.append((i, j, date))
            i = j
        return found

    def score(self, lines: Sequence[str]) -> float:
        footers = self._footers(lines)
        found = [footer for k, footer in enumerate(footers)
                 if not self._dated_block(lines, footers[k - 1][1] if k else 0, footer[0])]
        return 2 * len(found) if found else 0

    @staticmethod
    def _dated_block(lines: Sequence[str], start: int, stop: int) -> bool:
        """True when the text above a footer holds a name over a date line: a Facebook comment
        has its date in the footer, so this is another format's (Substack, Ghost)."""
        text = [line for line in lines[start:stop] if line.strip()]
        return any(is_name(text[k]) and stamp(text[k + 1]) is not None
                   for k in range(len(text) - 2))

    def _badge(self, text: str) -> bool:
        return text.strip().lower() in format_data(self.name)["badges"]

    def _post_date(self, line: str) -> str | None:
        """The date of the post's "DATE · 🌐" line, after the writer's badge too ("Admin ·
        3d")."""
        badge, dot, rest = line.partition("·")
        if dot and self._badge(badge) and stamp(rest.strip()) is not None:
            return rest.strip()
        match = self._POST_DATE.match(line)
        return match.group("date") if match and stamp(match.group("date")) is not None else None

    def parse(self, lines: list[str]) -> Parsed:
        footers = self._footers(lines)
        chrome = line_pattern(self.name, "chrome")
        comments: list[Comment] = []
        first_comment = footers[0][0] if footers else len(lines)
        for k, (i, _, date) in enumerate(footers):
            start = footers[k - 1][1] if k else self._comments_start(lines, i)
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
            depth = 1 if indent(lines[name_at]) > 0 else 0
            comments.append(Comment(author=lines[name_at].strip(), lines=lines[body_from:i],
                                    date=date, depth=depth))
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
        """Group name and member count, the author, "DATE · 🌐", then the text to the reactions.
        The date may be relative or without a year ("2d ·", "27 November at 14:03 ·"), a badge
        may stand under the author or before the date ("Admin · 3d")."""
        for i in range(min(stop, 12)):
            date = self._post_date(lines[i])
            dot = lines[i].strip() == "·"
            if not (dot or date):
                continue
            names = [j for j in range(i) if lines[j].strip() and lines[j].strip() != "·"
                     and not self._badge(lines[j])]
            if dot:
                date_at = _first_text(lines, i + 1, stop)
                i = date_at if date_at is not None else i
                date = self._post_date(lines[i])
            if names:
                parsed.post_author = lines[names[-1]].strip()
            parsed.post_date = date
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
    _BADGE = re.compile(r"^\s*(?:author|follow|following|top highlight)\s*$", re.I)

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
            j = i + 1  # "Author" / "Follow" may sit between the name and the date
            while j < end - 1 and j <= i + 3 and self._BADGE.match(lines[j]):
                j += 1
            if (is_name(text) and not self._BADGE.match(text)
                    and (i == 0 or not lines[i - 1].strip()
                         or re.match(r"^\s*\d+ repl", lines[i - 1], re.I))
                    and stamp(lines[j]) is not None):
                anchors.append(Anchor(i, j + 1, text, lines[j].strip(),
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
