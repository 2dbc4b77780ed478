"""Blog comment sections copied as text: Blogger, WordPress and Disqus."""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.authors import SAYS_VERBS
from itinerary.readers.formats.base import (
    Anchor,
    Parsed,
    byline,
    comments_at,
    first_match,
    indent,
    is_date_line,
    is_name,
    line_pattern,
    name_over_date,
    page_end,
    post_end,
    quote_head,
    stamp,
)

_DATE_WORDS = r"(?:\d{1,2}[:.]\d{2}|\d{4}|ago)"
_SAID = "commented|replied|responded|answered|posted"  # "ana commented on Mar 3, 2025"


def _post(name: str, lines: Sequence[str], stop: int) -> Parsed:
    """The post above the first comment: from its title (above the byline) to the share bar,
    tags or comment count that close it."""
    found = byline(lines, stop)
    start = 0
    title = author = date = None
    if found is not None:
        author, date = found.author, found.date
        if found.title is not None:
            start, title = found.title, lines[found.title].strip()
    body = [line for i, line in enumerate(lines[start:stop], start)
            if found is None or i != found.line]
    end = post_end(name, body, 1 if title else 0, len(body))
    return Parsed(post_lines=body[:end], comments=[], title=title, post_author=author,
                  post_date=date)


_REPLIES = 3  # Disqus headers, one naming its parent, that make the page Disqus without votes

class Blogger:
    """Blogger / Blogspot: "Name said..." opens a comment, its date line closes it; replies
    sit indented under "Replies"; "Posted by NAME at TIME" closes the post."""

    name = "blogger"
    label = "Blogger"
    _HEADER = re.compile(r"^(?P<indent>\s*)(?P<author>\S.{0,60}?)\s+said(?:\.\.\.|…|:)\s*$")
    _POSTED_BY = re.compile(r"^\s*posted by (?P<author>.{1,60}?) (?:at|on) (?P<date>.+)$", re.I)
    _DATE_HEADING = re.compile(r"^\s*(?:\w+day,\s+)?(?:\w+ \d{1,2},|\d{1,2} \w+) \d{4}\s*$")

    _COUNT = re.compile(r"^\s*(?:\d+|no) comments?:\s*$", re.I)
    _BADGE = re.compile(r"^\s*(?:author|blog author|admin)\s*$", re.I)
    _REPLIES = re.compile(r"^\s*replies\s*$", re.I)
    # a reply's name and its date on one line, maybe with no space between them
    _MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    _REPLY_HEADER = re.compile(rf"^\s*(?P<author>\S.{{0,60}}?)\s*(?P<date>(?:\w+day,?\s+)?(?:"
                               rf"\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},)\s+\d{{4}}.*)$", re.I)

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        """ "Name said..." headers, and under a comment's "Replies" each reply's name with its
        date on the line ("Ana Ruiz 15 June 2025 at 09:40"); on newer themes, a name over a
        date line below the "N comments:" heading."""
        anchors = [Anchor(i, i + 1, m.group("author"), depth=indent(m.group("indent")) // 2)
                   for i, line in enumerate(lines)
                   if (m := self._HEADER.match(line)) and not quote_head(line)]
        replies = [i for i, line in enumerate(lines) if self._REPLIES.match(line)]
        for start in replies if anchors else []:
            stop = next((a.first for a in anchors if a.first > start), len(lines))
            anchors.extend(Anchor(i, i + 1, m.group("author").strip(), date=m.group("date"),
                                  depth=1)
                           for i in range(start + 1, stop)
                           if (m := self._REPLY_HEADER.match(lines[i])) is not None
                           and is_date_line(m.group("date")) and is_name(m.group("author")))
        anchors.sort(key=lambda anchor: anchor.first)
        heading = first_match(lines, self._COUNT)
        if anchors or heading is None:
            return anchors
        return name_over_date(lines, heading + 1, self._BADGE, line_pattern(self.name, "chrome"))

    def score(self, lines: Sequence[str]) -> float:
        headers = len(self._anchors(lines))
        markers = sum(1 for line in lines if self._POSTED_BY.match(line) or self._COUNT.match(line))
        return headers + 2 * markers if headers else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        comments = comments_at(lines, anchors, end)
        chrome = line_pattern(self.name, "chrome")
        for comment in comments:  # the date line under the text
            for j in range(len(comment.lines) - 1, -1, -1):
                if comment.lines[j].strip() and not (chrome and chrome.match(comment.lines[j])):
                    if is_date_line(comment.lines[j].strip()):
                        comment.date = comment.lines[j].strip()
                        del comment.lines[j]
                    break
        posted = first_match(lines, re.compile(self._POSTED_BY.pattern, re.I), 0, first)
        start = 0
        title = None
        for i in range(min(first, 12)):  # blog name, date heading, then the post's title
            if self._DATE_HEADING.match(lines[i]):
                nxt = next((j for j in range(i + 1, first) if lines[j].strip()), None)
                if nxt is not None:
                    start, title = nxt, lines[nxt].strip()
                break
        stop = posted if posted is not None else first
        stop = post_end(self.name, lines, start + 1, stop)
        parsed = Parsed(post_lines=lines[start:stop], comments=comments, title=title)
        if posted is not None:
            match = self._POSTED_BY.match(lines[posted])
            if match:
                parsed.post_author = match.group("author")
        return parsed


class WordPress:
    """WordPress comments as text: "Name says:" (a date line may follow), "Name on DATE at
    TIME" and "Name | DATE"; replies indented; pingbacks and trackbacks dropped."""

    name = "wordpress"
    label = "WordPress"
    _HEADERS = (
        re.compile(r"^(?P<indent>\s*)(?P<author>\S.{0,60}?)(?:\s+on\s+(?P<date>.{6,40}?))?"
                   r"\s+(?:" + SAYS_VERBS + r")\s*:\s*$", re.I),
        re.compile(rf"^(?P<indent>\s*)(?P<author>\S.{{0,60}}?)(?:\s+(?:{_SAID}))?\s+on\s+"
                   rf"(?P<date>\w.{{4,30}}{_DATE_WORDS}(?:\s*[ap]\.?m\.?)?)\s*$", re.I),
        re.compile(r"^(?P<indent>\s*)(?P<author>\S.{0,60}?)\s+\|\s+(?P<date>.{6,40})\s*$"),
    )
    _PINGBACK = re.compile(r"^\s*(?:pingback|trackback)\s*:", re.I)
    _BYLINE = re.compile(r"^(?:posted|written)\s+by\b", re.I)  # the post's, not a comment's
    _HEADING = re.compile(r"^\s*(?:\d+|one|no) (?:thoughts?|comments?|responses?)\b.*$"
                          r"|^\s*comments\s*$", re.I)

    def _match(self, line: str) -> re.Match[str] | None:
        for pattern in self._HEADERS:
            match = pattern.match(line)
            if (match and (pattern is self._HEADERS[0] or is_date_line(match.group("date")))
                    and len(match.group("author").split()) <= 6
                    and not self._BYLINE.match(match.group("author"))):
                return match
        return None

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        chrome = line_pattern(self.name, "chrome")
        heading = first_match(lines, self._HEADING)
        anchors = []
        for i, line in enumerate(lines):
            if i and lines[i - 1].strip() and not (chrome and chrome.match(lines[i - 1])):
                continue  # a header opens a block
            if self._PINGBACK.match(line):
                anchors.append(Anchor(i, i + 1, line.strip()))
                continue
            match = self._match(line)
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if match is None:  # "Name" over a date line, below the comments heading
                if heading is not None and i > heading and is_name(line) and is_date_line(nxt):
                    anchors.append(Anchor(i, i + 2, line.strip(), nxt, indent(line) // 2,
                                          weak=True))
                continue
            date = match.group("date")
            stop = i + 1
            if date is None and (is_date_line(nxt) or stamp(nxt) is not None):
                date, stop = nxt, stop + 1  # "4. März 2025 um 08:15 Uhr" too
            anchors.append(Anchor(i, stop, match.group("author"), date,
                                  indent(match.group("indent")) // 2))
        return anchors

    def score(self, lines: Sequence[str]) -> float:
        """A "says:" header counts 1, a bare name over a date (other boards have those) 0.5."""
        return sum(0.5 if a.weak else 1 for a in self._anchors(lines)
                   if not self._PINGBACK.match(a.author))

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        parsed = _post(self.name, lines, first)
        for comment in comments_at(lines, anchors, end):
            if self._PINGBACK.match(comment.author):
                parsed.skipped.append(f"a pingback ({comment.author.strip()[:60]})")
            else:
                parsed.comments.append(comment)
        return parsed


class Disqus:
    """Disqus as text: "Name • 15 years ago" or "Name → Parent • 15 years ago" opens a comment,
    the vote line "△ ▽ • Reply • Share" closes it; replies are indented."""

    name = "disqus"
    label = "Disqus"
    _HEADER = re.compile(r"^(?P<indent>\s*)(?P<author>[^•→]{1,60}?)(?:\s+(?:→|->)\s+"
                         r"(?P<parent>[^•]{1,60}?))?\s+•\s+(?P<date>.{2,40}?)\s*$")
    _VOTES = re.compile(r"△|▽")

    _DOT = re.compile(r"^\s*•\s*$")

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        """ "Name • 15 years ago" on one line, or the name, "•" and the date on three."""
        anchors = []
        for i, line in enumerate(lines):
            match = self._HEADER.match(line)
            if match and (is_date_line(match.group("date")) or "ago" in match.group("date")):
                parent = match.group("parent")
                depth = indent(match.group("indent")) // 2
                anchors.append(Anchor(i, i + 1, match.group("author"), match.group("date"),
                                      max(depth, 1) if parent else depth, parent))
            elif (i + 2 < len(lines) and self._DOT.match(lines[i + 1]) and is_name(line)
                  and (is_date_line(lines[i + 2].strip()) or "ago" in lines[i + 2])):
                names = re.split(r"\s+(?:→|->)\s+", line.strip(), maxsplit=1)
                depth = indent(line) // 2
                parent = names[1] if len(names) == 2 else None
                anchors.append(Anchor(i, i + 3, names[0], lines[i + 2].strip(),
                                      max(depth, 1) if parent else depth, parent))
        return anchors

    def score(self, lines: Sequence[str]) -> float:
        """Headers and vote lines; copied without its vote lines, the page is still Disqus's
        where replies name their parent ("Ana → Ben • 2 months ago"), which no other site
        writes."""
        anchors = self._anchors(lines)
        votes = sum(1 for line in lines if self._VOTES.search(line))
        if anchors and votes:
            return len(anchors) + votes
        replies = sum(1 for a in anchors if a.parent_author)
        return 2 * len(anchors) if len(anchors) >= _REPLIES and replies else 0

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        first = anchors[0].first if anchors else len(lines)
        end = page_end(self.name, lines, anchors[-1].stop if anchors else first)
        parsed = _post(self.name, lines, first)
        parsed.comments = comments_at(lines, anchors, end)
        return parsed
