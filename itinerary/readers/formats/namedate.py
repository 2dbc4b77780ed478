"""Boards and comment sections whose every post opens with the writer's name and when it was
posted, nothing else (Discourse, Substack, Ghost, Fodor's, XenForo, Quora, YouTube, Hacker News,
Mastodon, X, Discord and many small forums and comment plugins)::

    hill_walker          <- the name, alone on its line after a blank line
    Hill Walker          <- one short line may come between (a full name, a home, a handle)
    Jul 15 '25           <- when: a date line, "3 hrs ago", "Mar 3", "Updated 2y" ...
    #4                   <- member lines and a post number may follow

    hill_walker · 3 hrs ago          <- or both on one line, with a separator
    @hill_walker 2 years ago         <- a handle and a relative date need none

When only a page head (a title, a subtitle, tags: short lines, no sentence) stands above the
first such header, that first post is the thread's post and its writer the post's author. A
date without a year ("Mar 3") or a time alone heads a day of a travel diary too, so a page whose
headers all have such dates needs a comment cue ("Reply", "♥ 3", "Liked by …") to be read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    HEAD_LINES,
    POST_NUMBER,
    PROSE_CHARS,
    Anchor,
    Comment,
    Parsed,
    byline,
    comments_at,
    format_data,
    indent,
    is_name,
    line_pattern,
    page_end,
    post_end,
    reply_target,
    stamp,
)
from itinerary.readers.formats.inferred import signed_under, words_line

# Above the first header only a page's head (a title, a subtitle, a category, a share bar): then
# the first header is the post's byline. A line longer than this or a sentence is the post's text.
_HEAD_LINE_CHARS = 150
# a sentence ended by a full stop and another begun on a line under the title: the post's words
_SENTENCES = re.compile(r"[a-z]{3}\.\s+[A-Z]")
_TAG_ROW = re.compile(r"\S\s{2,}\S|\t")  # a category and tags in a row, wide gaps between
_BYLINE_LINES = 12  # a post's writer over its date sits among the first lines (under a menu)
_HEADER_LINES = 6  # a name's header spans at most this many lines down to its date
_HEADLINE_CHARS = 100  # a profile's headline under the name ("Head of Sales at ... | Mentor")
_SUBJECT_CHARS = 120  # a post's subject line over its one-line header
_FOCUSED_AT = 2  # a social post's name and @handle start on its first or second line
# "Name · 3 hrs ago", "Name — Today at 10:03", "Name | Mar 3": a separator between name and date
_SEPARATORS = re.compile("\\s+[·•\u2014\u2013|]\\s+|\\s{2,}")
_COUNTER = re.compile(  # "12 friends", "48 reviews · 31 photos": a reviewer's counts
    "^(?:" + "|".join(f"(?:{e})" for e in format_data("common")["counters"]) + r")\s*$", re.I)
# a business's answer under a review ("Response from Maria G, Owner at Casa Azul"): its own
# section, so the owner's words are not the reviewer's. Its role ("the owner") or a heading that
# names one ("Antwort des Hotels") stands for the business's name.
_ROLES = "|".join(format_data("name-date")["response_roles"])
_HEADINGS = "|".join(format_data("name-date")["response_headings"])
_RESPONSES = [re.compile("(?:" + e.replace("{role}", f"(?:{_ROLES})").replace(
    "{heading}", f"(?:{_HEADINGS})") + ")", re.I) for e in format_data("name-date")["response"]]
_ROLE = re.compile(rf"^\s*(?:{_ROLES}|{_HEADINGS})\s*$", re.I)
_CARD = {kind: re.compile("^(?:" + "|".join(f"(?:{e})" for e in entries) + r")\s*$", re.I)
         for kind, entries in format_data("common")["card"].items() if kind != "_doc"}
_BY = re.compile(r"^(?:(?:posted|written) )?by:?\s+", re.I)  # a post's byline: "By Ana · May 2"
# a byline with "on" before its date, the writer's number or badge beside the name: "by ana_k
# ( 5531 ) on Monday May 05, 2025 @02:05PM (#65390001)", "by Ana (author) on March 4, 2025"
_BY_ON = re.compile(r"^by\s+(?P<author>\S[^()]{0,39}?)(?:\s*\(\s*(?:\d+|[^\W\d]{2,20})\s*\))?"
                    r"\s+on\s+(?P<rest>\S.*)$", re.I)
# without a separator only a handle: "@hill_walker 2 years ago", "pg_fan 3 hours ago | parent"
_HANDLE = re.compile(
    r"^\s*(?P<author>@[\w.-]{2,30}|[a-z0-9_.-]*[a-z][a-z0-9_.-]*)\s+(?P<rest>\S.*)$")


def _matches(key: str, text: str) -> bool:
    pattern = line_pattern("name-date", key) if key != "member" else line_pattern("forum", key)
    return pattern is not None and pattern.match(text) is not None


def _author(text: str) -> bool:
    """A line that can name a writer: short, not a sentence, not a UI word or a date."""
    return (is_name(text, max_words=4) and not _matches("member", text.strip())
            and not _matches("chrome", text) and not _matches("cues", text)
            and stamp(text) is None)


def _inline(line: str) -> tuple[str, str, bool, bool] | None:
    """(author, date, strong, separated) of a one-line header; none for a line that is a date
    as a whole ("9th March 2024" is no writer "9th" posting in March)."""
    whole = stamp(line)
    if whole is not None and whole[0] == line.strip():
        return None
    for match in _SEPARATORS.finditer(line.strip()):
        author, rest = _BY.sub("", line.strip()[:match.start()]), line.strip()[match.end():]
        found = stamp(rest)
        if found is not None and _author(author):
            return author, found[0], found[1], True
    if whole is None and POST_NUMBER.search(line):  # "Anonymous 03/04/25(Tue)12:34 No.2345"
        words = line.split()
        for cut in range(1, min(4, len(words))):
            author, found = " ".join(words[:cut]), stamp(" ".join(words[cut:]))
            if found is not None and found[1] and _author(author):
                return author, found[0], True, True
    handle = _HANDLE.match(line)
    if handle is not None and (found := stamp(handle.group("rest"))) is not None and found[1]:
        return handle.group("author"), found[0], True, False
    by = _BY_ON.match(line.strip())
    if by is not None and (found := stamp(by.group("rest"))) is not None and _author(
            by.group("author")):
        return by.group("author"), found[0], found[1], False
    return None


def _subject(lines: Sequence[str], j: int, chrome: re.Pattern[str] | None) -> bool:
    """Line ``j``, alone between a blank or chrome line and a "by NAME on DATE" header, is the
    subject of the post under it ("Re: Been there (Score:5, Informative)"), not the end of the
    post above."""
    text = lines[j].strip()
    above = lines[j - 1] if j else ""
    return (0 < len(text) <= _SUBJECT_CHARS and not _SENTENCES.search(text)
            and (not above.strip() or bool(chrome and chrome.match(above))))


def _headline(lines: Sequence[str], j: int) -> bool:
    """A profile's headline between a name and a strong stamp ("Head of Sales at Northwind |
    Mentor" over "2w"): a line of who the writer is, not a sentence of the words."""
    text = lines[j].strip()
    under = stamp(lines[j + 1]) if j + 1 < len(lines) and lines[j + 1].strip() else None
    return (under is not None and under[1] and len(text) <= _HEADLINE_CHARS
            and text[-1] not in ".!?,;:" and not _SENTENCES.search(text))


def _business(lines: Sequence[str], i: int, role: str) -> str | None:
    """The business that answers under a role's heading ("Response from the activity
    provider", "Antwort des Hotels") when its name has a line of its own over the words."""
    if not _ROLE.match(role) or i + 2 >= len(lines):
        return None
    name, words = lines[i + 1].strip(), lines[i + 2].strip()
    if is_name(name, max_words=6) and stamp(name) is None and len(words) > len(name):
        return name
    return None


def _response(line: str) -> tuple[str, str | None] | None:
    """(author, date) of a business's answer under a review, the date when the line ends with
    one ("Response from the owner 2 months ago")."""
    if not any(pattern.match(line) for pattern in _RESPONSES):
        return None
    words = line.split()
    for cut in range(2, len(words) + 1):  # the longest date that ends the line
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        date = stamp(tail) if tail else None
        if tail and date is None:
            continue
        match = next((m for pattern in _RESPONSES if (m := pattern.fullmatch(head)) is not None),
                     None)
        if match is not None:
            return match.group("author"), date[0] if date else None
    return None


def _counted_or_initialled(lines: Sequence[str], i: int) -> bool:
    """A reviewer's counts among the lines under line ``i``, or ``i`` an avatar's initials over
    the name: what lets a header start under a line of words."""
    under = [line.strip() for line in lines[i + 1:i + 1 + _HEADER_LINES]]
    return bool(under) and (_initials_of(lines[i].strip(), under[0]) or any(
        _COUNTER.match(text) or _CARD["rating"].match(text) or _CARD["stay"].match(text)
        for text in under))


def _initials_of(initials: str, name: str) -> bool:
    """``initials`` are an avatar's letters for ``name`` ("JD" over "Jonas D.", "M" over
    "marta_v")."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    if len(initials) == 1:
        return initials.isupper() and initials.isalpha() and name[:1].upper() == initials
    return (len(initials) <= 3 and initials.isupper() and initials.isalpha()
            and len(words) >= 2 and "".join(w[0] for w in words).upper() == initials)


class NameOverDate:
    name = "name-date"
    label = "forum (name over date)"

    def _anchors(self, lines: Sequence[str]) -> list[Anchor]:
        anchors: list[Anchor] = []
        chrome = line_pattern(self.name, "chrome")
        for i, line in enumerate(lines):
            opens = (i == 0 or not lines[i - 1].strip()
                     or bool(chrome and chrome.match(lines[i - 1])))
            if not line.strip() or len(line.strip()) > 80 or (anchors and i < anchors[-1].stop):
                continue
            inline = _inline(line)
            # "by NAME on DATE" under a subject line heads a post; under words it signs them
            subject = (inline is not None and not opens and _BY_ON.match(line.strip()) is not None
                       and _subject(lines, i - 1, chrome))
            if inline is not None and (opens or subject or (inline[2] and inline[3])):
                author, date, strong, _ = inline
                stop = self._after_date(lines, i + 1)
                anchors.append(Anchor(i - 1 if subject else i, stop, author, date,
                                      indent(line) // 2, weak=not strong))
                continue
            answered = _response(line.strip())  # "Response from the owner" over a date
            if answered is not None and answered[1] is not None:  # "… from the owner 2 mo ago"
                anchors.append(Anchor(i, self._after_date(lines, i + 1), answered[0],
                                      answered[1], indent(line) // 2))
                continue
            if answered is not None and (business := _business(lines, i, answered[0])):
                anchors.append(Anchor(i, i + 2, business, None, indent(line) // 2))
                continue
            if answered is None and not _author(line):
                continue
            # Posts run on without a blank line in copies of Mastodon, Bluesky and X: there a
            # name over its @handle over a date is header enough, as a name over a date with an
            # imageboard's post number is; on a review site's, a name over the reviewer's
            # counts and a strong date.
            handled = answered is not None or (i + 1 < len(lines) and (
                _matches("handle", lines[i + 1].strip()) or (  # an imageboard's post number
                    POST_NUMBER.search(lines[i + 1]) is not None
                    and stamp(lines[i + 1]) is not None)))
            if not (opens or handled or _counted_or_initialled(lines, i)):
                continue  # the cheap test first: a name inside a paragraph heads nothing
            j = i + 1
            free = 1  # one short line of another kind may come between: a full name, a home
            counted = rated = False  # a reviewer's counts or card between: a header under any line
            parent = None  # "In reply to Ana" between the name and the date
            while j < len(lines) and j <= i + _HEADER_LINES and lines[j].strip() and stamp(
                    lines[j]) is None:
                text = lines[j].strip()
                if parent is None and (parent := reply_target(text)) is not None:
                    j += 1
                    continue
                rating = _CARD["rating"].match(text) is not None or (
                    _CARD["score"].match(text) is not None and j + 1 < len(lines)
                    and _CARD["rating"].match(lines[j + 1].strip()) is not None)  # "9.0" / "Superb"
                count = rating or _COUNTER.match(text) is not None or _CARD["stay"].match(
                    text) is not None
                counted = counted or count
                if not (_matches("member", text) or _matches("between", text) or count):
                    if free == 0 or not (is_name(text, max_words=6) or _headline(lines, j)):
                        break
                    free -= 1
                rated = rating
                j += 1
            found = stamp(lines[j]) if j < len(lines) and lines[j].strip() else None
            if found is not None and j + 1 < len(lines) and _CARD["rating"].match(
                    lines[j + 1].strip()):
                counted = True  # the rating under the date ("5/5"): a review's card all the same
            if found is None and ((rated and counted and j > i + 2) or (
                    answered is not None and j == i + 1 and _ROLE.match(
                        answered[0]) is not None)):  # a card, or the owner's answer, undated
                found = ("", True)
            # an avatar's initials ("JD" over "Jonas D.") or its image's label ("Avatar") over
            # the name: the name is the writer
            avatar = j > i + 1 and (_initials_of(line.strip(), lines[i + 1].strip())
                                    or _matches("avatar", line.strip()))
            if found is not None and (opens or handled or (found[1] and (counted or avatar))):
                name = (answered[0] if answered else lines[i + 1].strip()
                        if avatar else line.strip())
                stop = j if not found[0] else self._after_date(lines, j + 1)
                anchors.append(Anchor(i, stop, name, found[0] or None, indent(line) // 2,
                                      parent_author=parent, weak=not found[1]))
        return anchors

    @staticmethod
    def _after_date(lines: Sequence[str], stop: int) -> int:
        """Past the member lines and the post number under the date ("312 posts", "#4")."""
        while stop < len(lines) and lines[stop].strip() and (
                _matches("member", lines[stop].strip()) or _matches("after_date", lines[stop])):
            stop += 1
        return stop

    def score(self, lines: Sequence[str]) -> float:
        found = self._anchors(lines)
        if len(found) < 2:
            return 0
        cued = any(_matches("cues", line) for line in lines)
        if all(anchor.weak for anchor in found) and not cued:
            return 0
        return 0.5 * len(found)  # a bare shape: specific markers win

    def parse(self, lines: list[str]) -> Parsed:
        anchors = self._anchors(lines)
        if not anchors:
            return Parsed(post_lines=lines, comments=[])
        end = page_end(self.name, lines, anchors[-1].stop)
        if (signed := self._signed_after(lines, anchors, end)) is not None:
            return signed
        return signed_under(self._headed(lines, anchors, end))

    def _headed(self, lines: list[str], anchors: Sequence[Anchor], end: int) -> Parsed:
        """The page read with each header over its comment's words."""
        chrome = line_pattern(self.name, "chrome")
        found = comments_at(lines, anchors, end)
        above = [t.strip() for t in lines[: anchors[0].first]
                 if t.strip() and not (chrome and chrome.match(t))]
        # "214 Comments" above the first comment; over the post's first line of prose it is a
        # counter under the title (a trip log's "5 comments" over the writer's words)
        prose = next((i for i in range(anchors[0].first)
                      if len(lines[i].strip()) >= PROSE_CHARS), 0)
        heading = post_end(self.name, lines, prose, anchors[0].first)
        head = byline(lines, heading)  # "142 points by kestrel": the post is above, signed
        if (head is None and len(above) <= HEAD_LINES and heading == anchors[0].first
                and all(len(t) <= _HEAD_LINE_CHARS and t[-1] not in ".,;" for t in above)
                and not any(_SENTENCES.search(t) for t in above[1:])):
            post = found.pop(0)  # the first post is the thread's post; the title its first line
            subtitle = [t for t in above[1:] if not _TAG_ROW.search(t)]  # not a row of tags
            return Parsed(post_lines=[*subtitle, "", *post.lines], comments=found,
                          title=above[0] if above else None, post_author=post.author,
                          post_date=post.date)
        stop = heading
        parsed = Parsed(post_lines=lines[:stop], comments=found)
        if head is not None:
            parsed.post_author, parsed.post_date = head.author, head.date
            parsed.post_lines = [*lines[:head.line], *lines[head.line + 1:stop]]
            return parsed
        text = [i for i in range(min(stop, _BYLINE_LINES)) if lines[i].strip()]
        for k in range(min(_FOCUSED_AT, len(text) - 2)):  # under a page head ("Post") at most
            if _author(lines[text[k]]) and _matches("handle", lines[text[k + 1]].strip()):
                self._focused_post(lines, text[k], text[k + 1], stop, parsed)
                return parsed
        for k, i in enumerate(text[1:-1], start=1):  # title, subtitle, the writer over a date
            if _author(lines[i]) and (dated := stamp(lines[text[k + 1]])) is not None:
                parsed.post_author, parsed.post_date = lines[i].strip(), dated[0]
                parsed.post_lines = [*lines[:i], *lines[text[k + 1] + 1:stop]]
                break
        return parsed

    def _signed_after(self, lines: Sequence[str], anchors: Sequence[Anchor],
                      end: int) -> Parsed | None:
        """Comments signed under their words ("Posted by: Ana | 2 June 2025" after them, on a
        blog): under the comments heading, words come before the first signature and none
        after the last. Each comment is then the words above its signature; a signature above
        the heading is the post's byline."""
        chrome = line_pattern(self.name, "chrome")

        def words(start: int, stop: int) -> bool:
            return any(t.strip() and not (chrome and chrome.match(t))
                       and post_end(self.name, lines, k, k + 1) != k
                       for k, t in enumerate(lines[start:stop], start))

        heading = next((k for k in range(anchors[-1].first) if post_end(
            self.name, lines, k, k + 1) == k), None)
        if heading is None:
            return None
        signed = [a for a in anchors if a.first > heading]
        under_words = all(words_line(lines[a.first - 1]) and (
            a.stop >= len(lines) or not lines[a.stop].strip()) for a in signed)
        if len(signed) < 2 or not words(heading + 1, signed[0].first) or (
                words(signed[-1].stop, end) and not under_words):
            return None  # words after the last signature: a closing note only under words
        comments, start = [], heading + 1
        for anchor in signed:
            comments.append(Comment(author=anchor.author, lines=list(lines[start:anchor.first]),
                                    date=anchor.date, depth=anchor.depth, home=anchor.home))
            start = anchor.stop
        above = [a for a in anchors if a.first < heading]
        head = byline(lines, heading)
        post = [t for k, t in enumerate(lines[:heading]) if not any(
            a.first <= k < a.stop for a in above) and not (head and k == head.line)]
        author = above[0].author if above else (head.author if head else None)
        date = above[0].date if above else (head.date if head else None)
        return Parsed(post_lines=post, comments=comments, post_author=author, post_date=date)

    @staticmethod
    def _focused_post(lines: Sequence[str], name: int, handle: int, stop: int,
                      parsed: Parsed) -> None:
        """A social post opened on its own page (Mastodon, Bluesky, X): the writer's name over
        their @handle, the text, then the full date under it ("2:03 PM · Nov 27, 2026")."""
        parsed.post_author = lines[name].strip()
        end = stop
        for i in range(handle + 1, stop):
            found = stamp(lines[i]) if lines[i].strip() else None
            if found is not None and found[1]:  # the counters under the date are chrome
                parsed.post_date, end = found[0], i
                break
        parsed.post_lines = list(lines[handle + 1:end])
