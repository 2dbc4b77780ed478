"""Question-and-answer sites copied as text (Stack Exchange): the writer signs a post below
its text, so the header follows the body::

    Is the bus enough in April?        <- the question's text
    Share / Improve this question / Follow
    asked Feb 2, 2023 at 18:44         <- the signature: when ...
    Hanne Berg                         <- ... and who, then reputation and badge counts
    1,204
    Thanks! - Ola N. Feb 3, 2023 at 9:12   <- a comment on the post above it

The question is the thread's post (its title the page's first line), each answer a comment, each
"text - Name DATE" comment line a reply to the post it sits under.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from itinerary.readers.formats.base import (
    Comment,
    Parsed,
    format_data,
    is_name,
    line_pattern,
)

_COMMENT = [re.compile(rf"^\s*{e}\s*$", re.IGNORECASE)
            for e in format_data("stackexchange")["comment"]]


class StackExchange:
    name = "stackexchange"
    label = "Stack Exchange"

    def _signatures(self, lines: Sequence[str]) -> list[int]:
        pattern = line_pattern(self.name, "signature")
        chrome = line_pattern(self.name, "chrome")
        counter = line_pattern("inferred", "chrome")  # "7 upvotes" under "answered 2h ago"
        return [i for i, line in enumerate(lines) if pattern is not None and pattern.match(line)
                and i + 1 < len(lines) and is_name(lines[i + 1])
                and not any(p is not None and p.match(lines[i + 1]) for p in (chrome, counter))]

    def score(self, lines: Sequence[str]) -> float:
        found = self._signatures(lines)
        return 3 * len(found) if len(found) >= 2 else 0

    def parse(self, lines: list[str]) -> Parsed:
        signature = line_pattern(self.name, "signature")
        footer = line_pattern(self.name, "footer")
        assert signature is not None and footer is not None
        posts: list[Comment] = []
        start = 0
        for i in self._signatures(lines):
            body_end = i
            while body_end > start and (footer.match(lines[body_end - 1])
                                        or not lines[body_end - 1].strip()):
                body_end -= 1
            body = self._without_tags(lines[start:body_end])
            match = signature.match(lines[i])
            post = Comment(author=lines[i + 1].strip(), lines=body,
                           date=match.group("date") if match else None)
            posts.append(post)
            start = i + 2
            while start < len(lines) and footer.match(lines[start]):
                start += 1  # reputation and badge counts under the name
            start = self._comments(lines, start, posts)
        if not posts:
            return Parsed(post_lines=lines, comments=[])
        question = posts.pop(0)
        text = [k for k, line in enumerate(question.lines) if line.strip()]
        title = question.lines[text[0]].strip() if text else None
        body = question.lines[text[0] + 1:] if text else []
        return Parsed(post_lines=body, comments=posts, title=title, post_author=question.author,
                      post_date=question.date)

    def _comments(self, lines: Sequence[str], start: int, posts: list[Comment]) -> int:
        """Comment lines under a post ("text - Name DATE"): replies to it."""
        i = start
        while i < len(lines):
            match = next((m for p in _COMMENT if (m := p.match(lines[i]))), None)
            if match is None:
                break
            posts.append(Comment(author=match.group("author"), lines=[match.group("text")],
                                 date=match.group("date"), depth=1))
            i += 1
        return i

    @staticmethod
    def _without_tags(body: list[str]) -> list[str]:
        """The question's tags: its last line, lowercase words joined by hyphens."""
        text = [k for k, line in enumerate(body) if line.strip()]
        if text and re.fullmatch(r"(?:[a-z0-9][a-z0-9.+#-]*\s+)*[a-z0-9]+-[a-z0-9-]+"
                                 r"(?:\s+[a-z0-9][a-z0-9.+#-]*)*", body[text[-1]].strip()):
            return body[:text[-1]]
        return body
