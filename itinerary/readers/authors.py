"""What a comment's author line says about who wrote it.

Sections keep the author line exactly as the page shows it ("Howard | Backroad Planet",
"Inna Blair (@innab)", "Tom @ Rail Rambles"). This splits it into the person, the blog and the
handle, and lists every string a reader might use for that person in the text ("Thanks Blair!"),
so the NLP pass can tell a commenter's name from a town of the same name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

_HANDLE = re.compile(r"\(\s*@?(?P<handle>[\w.]+)\s*\)|(?<![\w@])@(?P<bare>[A-Za-z_][\w.]*)")
# "|", "@", a spaced dash or slash; "from"/"in" start the writer's home, which is a place.
_SITE_SEPARATOR = re.compile(r"\s+[|/\u2013\u2014@-]\s+|\s*\|\s*")
_HOME = re.compile(r"\s+(?:from|in)\s+(?P<home>\S.*)$", re.IGNORECASE)
# "Reply #3 — Ana Ruiz", "#12 - Tom": the page's count of the post before the name, not a name.
_COUNTER = re.compile(r"(?:(?:reply|comment|post|answer|response)\s*)?#?\s*\d+", re.IGNORECASE)
# "Jo (Bend, OR)", "Tom (Leeds, UK)": a town and its region or country in brackets after the
# name (a comma sets it apart from a handle or a badge in brackets: "(@innab)", "(Author)").
_HOME_IN_BRACKETS = re.compile(r"\s*\((?P<home>[A-Z][^(),@]*,\s*[A-Z][^(),@]*)\)$")
_CAMEL = re.compile(r"[A-Z][a-z]{2,}")
# the word that joins a couple's names: "Tom and Alice Webb", "Ines & Luis"
COUPLE = re.compile(r"\s+(?:and|&)\s+")
# a line that signs words with the writer's name and home: "— Margaret Hale, Leeds", "Tom and
# Alice Webb, Norwich" (letters pages, mail)
SIGNED_LINE = re.compile(
    r"^\s*(?P<dash>[\u2014\u2013~-]+\s*)?(?P<name>[^\W\d][^,\d]{1,40}?)\s*,\s*"
    r"(?P<home>[^\W\d][^,\d.!?]{1,40}(?:,\s*[^\W\d][^,\d.!?]{1,30})?)\s*$")
_COMMON = json.loads(resources.files("itinerary.readers").joinpath("data/formats.json")
                     .read_text("utf-8"))["common"]
# The verb between a commenter's name and the colon, in the blog's language ("Ana says:", "Ana
# sagt:", "Ana dit :"): data/formats.json common "said".
SAYS_VERBS = "|".join(_COMMON["said"])
# A member block's line naming the writer's home ("Location: Leeds", "From: Pisa", "Lives in
# Quito"): the common "profile_home" of data/formats.json, read by the text and HTML readers.
PROFILE_HOME = re.compile(r"^\s*(?:" + "|".join(f"(?:{e})" for e in _COMMON["profile_home"])
                          + r")\s*$", re.IGNORECASE)
# What a page writes before and after a writer's name that is no part of it (data/formats.json,
# "author_prefix" and "author_suffix"): "Reply by ", "@", a collapse marker ("[-]"), a comment's
# number, a reply arrow, a profile's label; a badge, a rank or a reputation ("OP", "(Author)",
# "PRO", "Senior Member", "(62)"), whatever follows a spaced bullet ("• 3rd+", "· Author"),
# "in #travel", "replied to <title>".
_AUTHOR_PREFIX = re.compile(r"^(?:" + "|".join(f"(?:{e})" for e in _COMMON["author_prefix"])
                            + r")", re.IGNORECASE)
_AUTHOR_SUFFIX = re.compile(r"(?:" + "|".join(f"(?:{e})" for e in _COMMON["author_suffix"])
                            + r")+$", re.IGNORECASE)


# What stands where a name should and is none (data/formats.json, "not_a_writer"): a record's
# id ("5f1c2a9e8b7d4c0012a3b404"), a block's heading ("Noor's other trips"), a day's ordinal
# ("9th": a date read as a name) or a line opening with a date ("09-15 Singapore": an app's
# row of date and region), no letter at all, a chat line's nick with words after it.
_NOT_A_WRITER = re.compile("|".join(f"(?:{e})" for e in _COMMON["not_a_writer"]), re.IGNORECASE)

# A chat's brackets round a whole name: "[Ana]", an IRC nick with its channel mode ("<@ana>").
_CHAT_BRACKETS = re.compile(r"\[\s*(?P<name>[^\[\]]+?)\s*\]|<\s*[@+%~&]?(?P<nick>[^<>\s]+)\s*>")

# What a page calls a writer it does not name ("Anonymous", "Guest", "[deleted]").
_ANONYMOUS = frozenset(_COMMON["anonymous_writers"])


def anonymous(author: str) -> bool:
    """The page names no one: a summary about people has nobody to list."""
    return author.strip().casefold() in _ANONYMOUS


def bare_name(author: str | None) -> str | None:
    """The writer's name as a header gives it, without what the page writes around it, so the
    post's writer replying is still the post's writer; None for a name that is all badge, a
    record's id or a block's heading."""
    if author is None:
        return None
    author = author.strip()
    bracketed = _CHAT_BRACKETS.fullmatch(author)
    if bracketed is not None:  # "[Ana]", "<@ana>": a chat's brackets and the writer's mode
        author = bracketed.group("name") or bracketed.group("nick")
    author = _AUTHOR_SUFFIX.sub("", _AUTHOR_PREFIX.sub("", author))
    if author.lower().startswith("u/"):
        author = author[2:]
    return None if not author or _NOT_A_WRITER.fullmatch(author) else author


@dataclass(frozen=True, slots=True)
class Author:
    line: str  # the author line as written
    name: str  # the person: "Howard", "Inna Blair", "RaW"
    site: str | None = None  # "Backroad Planet" in "Howard | Backroad Planet"
    handle: str | None = None  # "innab" in "Inna Blair (@innab)", without the "@"
    home: str | None = None  # "Bergen" in "Ana from Bergen": a place, never part of the name

    @property
    def names(self) -> frozenset[str]:
        """Every form of the author a commenter may write: the line, the person, each word of
        the person's name, the blog, the handle with and without "@", and the words of a
        run-together name ("WanderingCarol" -> "Wandering", "Carol")."""
        forms = {self.name, *self.name.split()}
        if self.home is None:  # the whole line would carry the home town with it
            forms.add(self.line)
        if len(self.name.split()) == 1:
            parts = _CAMEL.findall(self.name)
            if len(parts) > 1 and "".join(parts) == self.name:
                forms.update(parts)
        if self.site:
            forms.add(self.site)
        if self.handle:
            forms.update({self.handle, f"@{self.handle}"})
        return frozenset(form for form in forms if form)


def parse_author(line: str) -> Author:
    """Split an author line into person, blog and handle."""
    line = line.strip()
    handle = None
    home = None
    rest = line
    bracketed = _HOME_IN_BRACKETS.search(line)
    if bracketed is not None and bracketed.start() > 0:
        rest, home = line[: bracketed.start()], bracketed.group("home").strip()
    match = _HANDLE.search(rest)
    if match is not None:
        handle = match.group("handle") or match.group("bare")
        rest = (rest[: match.start()] + rest[match.end() :]).strip()
    name, site = rest, None
    parts = _SITE_SEPARATOR.split(rest, maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        name, site = parts[0].strip(), parts[1].strip()
        if _COUNTER.fullmatch(name):
            name, site = site, None
    match = _HOME.search(name)
    if home is None and match is not None and match.start() > 0:
        name, home = name[: match.start()], match.group("home").strip()
    if not name:
        name = handle or line
    return Author(line=line, name=name, site=site, handle=handle, home=home)
