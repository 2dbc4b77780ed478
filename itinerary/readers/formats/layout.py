"""Pages no reader knows, split by the structure they repeat rather than by what their lines say.

A comment section prints one header per post, and whatever the site, the header recurs: the same
shape of line (a name alone, a name and a count, ``Review by NAME ★★★``, ``NAME from PLACE``)
in the same place (after the same kind of line, before the words), once per post, with a name
that changes from post to post and words between one header and the next. This reader finds
such a set of lines with no pattern for any site:

1. lines that are no sentence and no time are grouped by their shape (letters, digits and
   symbols masked), up to the page's end ("More posts", "You may also like");
2. a group keeps the lines that share its constant words (``Review``, ``by``, ``from``), and is
   also tried split by the kind of line above each member (``Options`` over a time over the
   name; the rank or home under a name never heads a post);
3. a group qualifies when the varying part of its lines reads as a writer's name (capitalised
   words or a handle, no month, title or link) for two writers or more, words stand between
   each two of its lines, most lines are not under a title of their own (an archive's
   entries), and something shows it heads posts rather than a diary's or a schedule's days: a
   strong time in most headers, furniture lines recurring with it, a constant word beside the
   name with more header lines, or writers who come back and take turns;
4. the largest qualifying group splits the page (ties: the one with constant words, then the
   line nearer the top of its header). When nothing but furniture follows the last header,
   each header signs the words above it. The text above the first header is the post when it
   holds more words than a title or a menu; else the first header heads the post.

Tried after the known readers and the inferred layout, and read so when it finds three times
as many comments as the reader they chose (``formats.read_text``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise

from itinerary.readers.formats.base import PROSE_CHARS, Comment, Parsed, byline, page_end, stamp
from itinerary.readers.formats.inferred import (
    EMBEDDED_STAMP,
    HEADER_CHARS,
    MIN_HEADERS,
    inferred_data,
    is_writer,
    stamped_header,
)

NAME = "layout"
LABEL = "recurring layout"
_TURNS = 0.6  # writers who take turns: no more writers than this share of the headers
_SHARE = 0.75  # the share of a group's lines that must agree (constant words, names, times)
_CONTENT_WORDS = 3  # a line of a post's words has this many words, or ends a sentence
_SENTENCE_END = ".!?…"
_UNDER_NAME = "under a name"
_MARKUP = re.compile(r"[<>{}=\\]")  # a tag or code read as text is nobody's name
_CALENDAR = re.compile(inferred_data()["calendar"], re.IGNORECASE)
_FUNCTION_WORD = re.compile(inferred_data()["function_words"], re.IGNORECASE)
_PARTICLE = re.compile(inferred_data()["name_particles"], re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_HANDLE_MARK = re.compile(r"\w[_.\d]|\d")  # what a user name has and a person's name has not
_YEAR = re.compile(r"\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2}\b")  # a header line's date with a year
_LEAD_WORDS = 2  # short lines opening with as many of the same words are furniture


def _mask(line: str) -> str:
    """A line as furniture recurs: case and spacing folded, every number alike."""
    return _DIGITS.sub("9", " ".join(line.casefold().split()))


def _token_key(token: str) -> str:
    """A word as a constant of a header: folded; a number, whatever its separators, "9"."""
    if not any(c.isalpha() for c in token) and any(c.isdigit() for c in token):
        return "9"
    return _DIGITS.sub("9", token.casefold())


def _shape(line: str) -> str:
    """Each word "a", each number "9", each symbol run "*", a run of words one "a"."""
    classes = ["a" if any(c.isalpha() for c in token) else "9" if any(c.isdigit() for c in token)
               else "*" for token in line.split()]
    return " ".join(c for k, c in enumerate(classes) if c != "a" or not k or classes[k - 1] != "a")


def _lead(line: str) -> tuple[str, ...]:
    return tuple(_token_key(token) for token in line.split()[:_LEAD_WORDS])


@dataclass(frozen=True, slots=True)
class _Page:
    """What every line of a page is, computed once."""

    lines: Sequence[str]
    recurs: Counter[str]  # how often each line's mask occurs on the page
    leads: Counter[tuple[str, ...]]  # how often short lines open with the same two words

    @classmethod
    def of(cls, lines: Sequence[str]) -> _Page:
        page = cls(lines, Counter(_mask(line) for line in lines if line.strip()), Counter())
        page.leads.update(_lead(line) for i, line in enumerate(lines)
                          if len(line.split()) > _LEAD_WORDS and not page.prose(i))
        return page

    def prose(self, i: int) -> bool:
        """A line of a post's words for sure: long, or a sentence; not a long header line
        ("by ana_k (12345) on Saturday March 15, 2025 @10:42AM (#123)": a time in it and few
        lower-case words)."""
        text = self.lines[i].strip()
        words = text.split()
        if stamped_header(text):
            return False
        return len(text) >= PROSE_CHARS or (len(words) >= 2 and text[-1] in _SENTENCE_END)

    def furniture(self, i: int) -> bool:
        """A line the page prints again and again: the same line, or a short one opening with
        the same words ("User profile for user: NAME", "Apr 3, 2025 ... in response to")."""
        text = self.lines[i].strip()
        return bool(text) and (self.recurs[_mask(text)] >= MIN_HEADERS or (
            len(text.split()) > _LEAD_WORDS and not self.prose(i)
            and self.leads[_lead(text)] >= MIN_HEADERS))

    def content(self, i: int) -> bool:
        """A line of someone's words: a sentence, or words that neither recur nor tell a time
        (a menu's capitalised items are none)."""
        text = self.lines[i].strip()
        words = text.split()
        return self.prose(i) or (
            len(words) >= _CONTENT_WORDS and any(word[:1].islower() for word in words)
            and not self.furniture(i) and stamp(text) is None and not _writer(text))

    def gap(self, i: int) -> tuple[int, int]:
        """The run of lines around a header line that hold nobody's words: (first, last)."""
        first = last = i
        k = i - 1
        while k >= 0 and not (self.lines[k].strip() and self.content(k)):
            if self.lines[k].strip():
                first = k
            k -= 1
        k = i + 1
        while k < len(self.lines) and not (self.lines[k].strip() and self.content(k)):
            if self.lines[k].strip():
                last = k
            k += 1
        return first, last

    def context(self, i: int) -> str:
        """The kind of line above line ``i``: words, a writer's name (the line under it says
        who they are), a furniture line by what recurs in it, else its shape."""
        k = next((k for k in range(i - 1, -1, -1) if self.lines[k].strip()), None)
        if k is None:
            return "^"
        text = self.lines[k].strip()
        if self.content(k):
            return "words"
        if self.recurs[_mask(text)] >= MIN_HEADERS:
            return _mask(text)
        if self.furniture(k):
            return " ".join(_lead(text))
        return _UNDER_NAME if _writer(text) else _shape(text)


@dataclass(frozen=True, slots=True)
class _Group:
    members: list[int]
    names: list[str]
    template: tuple[str, ...]  # the constant words of its lines ("review", "by")
    offset: float  # how far into its header each line stands, on average


def split(lines: Sequence[str]) -> Parsed | None:
    """The post and comments of a page whose headers repeat one structure, or None. What
    follows the page's end ("More posts", "You may also like") is no one's."""
    first_words = next((k for k, line in enumerate(lines) if len(line.strip()) >= PROSE_CHARS),
                       len(lines))
    page = _Page.of(lines[:page_end(NAME, lines, first_words)])
    by_shape: dict[str, list[int]] = {}
    for i, line in enumerate(page.lines):
        text = line.strip()
        if text and len(text) <= HEADER_CHARS and not page.prose(i) and any(
                c.isalpha() for c in text) and stamp(text) is None and not (
                text.startswith("|") and text.endswith("|")):  # no time, no table's row
            by_shape.setdefault(_shape(text), []).append(i)
    found: list[_Group] = []
    subsets: list[tuple[str, list[int]]] = []
    for shape, members in by_shape.items():
        if len(members) < MIN_HEADERS:
            continue
        by_context: dict[str, list[int]] = {}
        for i in members:
            by_context.setdefault(page.context(i), []).append(i)
        by_context.pop(_UNDER_NAME, None)  # a writer's rank or home, under their name
        for subset in (members, *by_context.values()):
            subsets.append((shape, subset))
            group = _group(page, subset, members)
            if group is not None:
                found.append(group)
    found += _alternating(page, subsets)
    inline = _inline(page)
    best = max(found, key=lambda g: (len(g.members), bool(g.template), -g.offset), default=None)
    if inline is not None and (best is None or len(inline.comments) >= len(best.members)):
        return inline
    return _parsed(page, best) if best is not None else None


_INLINE = re.compile(r"^\s*(?P<name>[^:()\s][^:()]{0,39}?)(?:\s*\((?P<home>[^():\d]{2,40})\))?:"
                     r"\s+(?P<words>\S.*)$")
_LABEL = re.compile(inferred_data()["labels"], re.IGNORECASE)


def _inline(page: _Page) -> Parsed | None:
    """Posts whose writer opens their first line ("Mary Keane (Tralee): The road is ..."):
    three such lines or more with two writers or more, where the writers give their homes, or
    write a line of words each and come back and take turns; never a list's labels ("Note:",
    "Lisbon: two nights", a day list returning to one town)."""
    heads = [(i, m) for i, line in enumerate(page.lines) if (m := _INLINE.match(line)) is not None
             and _writer(m.group("name")) and not _LABEL.fullmatch(m.group("name").strip())]
    names = [m.group("name").strip() for _, m in heads]
    writers = len({name.casefold() for name in names})
    homed = sum(m.group("home") is not None and m.group("home")[:1].isupper() for _, m in heads)
    worded = sum(len(m.group("words")) for _, m in heads) >= PROSE_CHARS * len(heads)
    if len(heads) < MIN_HEADERS or writers < 2 or not (homed >= _SHARE * len(heads) or (
            worded and writers < len(names) and writers <= _TURNS * len(names))):
        return None  # (a few lines of a family chat quoted in a post are short)
    stops = [*(i for i, _ in heads[1:]), len(page.lines)]
    units = [Comment(author=m.group("name").strip(), home=m.group("home"),
                     lines=[m.group("words"), *page.lines[i + 1:stop]])
             for (i, m), stop in zip(heads, stops, strict=True)]
    top = list(page.lines[:heads[0][0]])
    if any(len(line.strip()) >= PROSE_CHARS for line in top[1:]):  # words under a title
        return Parsed(post_lines=top, comments=units)
    post = units.pop(0)
    return Parsed(post_lines=[*top, *post.lines], comments=units, post_author=post.author,
                  post_home=post.home)


def _alternating(page: _Page, subsets: list[tuple[str, list[int]]]) -> list[_Group]:
    """Headers of two shapes that take turns ("Question from NAME · 3 helpful votes" over each
    question, "Reply from NAME (owner)" over each answer): no diary alternates two kinds of
    heading so, which is the sign of a header their constant words alone may not give."""
    found = []
    for (one, first), (two, second) in combinations(subsets, 2):
        if one == two or min(len(first), len(second)) < MIN_HEADERS or not _take_turns(
                first, second):
            continue
        union = sorted({*first, *second})
        named, template = _named(page, union, union)
        if len(named) == len(union):
            group = _qualified(page, union, [named[i] for i in union], template, turns=True)
            if group is not None:
                found.append(group)
    return found


def _take_turns(first: list[int], second: list[int]) -> bool:
    """Lines of two sets alternate, one of each in turn from the first line of either."""
    marks = [mark for _, mark in sorted([*((i, 0) for i in first), *((i, 1) for i in second)])]
    return len(set(first) & set(second)) == 0 and all(a != b for a, b in pairwise(marks))


def _named(page: _Page, subset: list[int],
           shaped: list[int]) -> tuple[dict[int, str], tuple[str, ...]]:
    """The lines of ``shaped`` that share the constant words of most of ``subset`` (that
    template comes back too), each with the writer it names: the run of varying words that
    varies most from line to line ("asked by NAME", "answered by NAME": the name, not the
    verb)."""
    constants = _constants(page, subset)
    templates = {i: _template(page, i, constants) for i in shaped}
    template = Counter(templates[i] for i in subset).most_common(1)[0][0]
    runs = {i: _runs(page.lines[i], constants) for i in shaped if templates[i] == template}
    width = max((len(found) for found in runs.values()), default=0)
    if not width:
        return {}, template
    best = max(range(width), key=lambda k: (
        sum(len(found) > k and _writer(found[k]) for found in runs.values()),
        len({found[k].casefold() for found in runs.values() if len(found) > k}), -k))
    return {i: found[best] for i, found in runs.items()
            if len(found) > best and _writer(found[best])}, template


def _group(page: _Page, subset: list[int], shaped: list[int]) -> _Group | None:
    """The header lines among ``subset`` (one shape, maybe one context), with their writers."""
    if len(subset) < MIN_HEADERS:
        return None
    named, template = _named(page, subset, shaped)
    members = [i for i in subset if i in named]
    members = [*_post_header(page, [i for i in named if i < subset[0]], subset[0]), *members]
    if len(members) < max(MIN_HEADERS, _SHARE * len(subset)):
        return None
    return _qualified(page, members, [named[i] for i in members], template)


def _qualified(page: _Page, members: list[int], names: list[str],
               template: tuple[str, ...], turns: bool = False) -> _Group | None:
    """The group when it heads posts: two writers or more, words between each two of its
    lines, no archive's titles over them, and some sign of a header (``_header_like``, or
    two kinds of header taking ``turns``)."""
    if len({name.casefold() for name in names}) < 2 or not all(
            any(page.content(k) for k in range(a + 1, b))
            for a, b in pairwise(members)):
        return None
    gaps = [page.gap(i) for i in members]
    if _cards(page, members) or not (
            turns or _header_like(page, members, gaps, names, template)):
        return None
    offset = sum(i - first for i, (first, _) in zip(members, gaps, strict=True)) / len(members)
    return _Group(members, names, template, offset)


def _post_header(page: _Page, earlier: list[int], first: int) -> list[int]:
    """The post's header line, above a kind of line the comments' headers are not under: the
    top line of the same structure in the last header above the first comment's, with the
    post's words between them."""
    earlier = [i for i in earlier if any(len(page.lines[k].strip()) >= PROSE_CHARS
                                         for k in range(i + 1, first))]
    if not earlier:
        return []
    start, _ = page.gap(earlier[-1])
    return [next(i for i in earlier if i >= start)]


def _template(page: _Page, i: int, constants: set[str]) -> tuple[str, ...]:
    return tuple(key for token in page.lines[i].split() if (key := _token_key(token)) in constants)


def _constants(page: _Page, subset: list[int]) -> set[str]:
    """Words most lines of the group share ("Review", "by", "from"); a writer who heads most
    posts is no constant where their name is the whole line."""
    counts = Counter(key for i in subset for key in {_token_key(t) for t in page.lines[i].split()})
    constants = {key for key, n in counts.items() if n >= _SHARE * len(subset)
                 and not _CALENDAR.fullmatch(key.strip(",."))}  # "Wednesday" varies by nature
    for i in subset:
        keys = {_token_key(t) for t in page.lines[i].split()}
        if keys <= constants and _writer(page.lines[i]) and not _DIGITS.search(page.lines[i]):
            constants -= keys
    return constants


def _runs(line: str, constants: set[str]) -> list[str]:
    """The runs of words between the constant ones, without the counts, stars and brackets
    around them or what the writer did after their name ("Nora Keller 20", "Nora Keller
    asked" -> "Nora Keller")."""
    runs: list[str] = []
    run: list[str] = []
    for token in [*line.split(), ""]:
        if token and _token_key(token) not in constants:
            run.append(token)
            continue
        while run and not _wordy(run[0]):
            run.pop(0)
        while run and (not _wordy(run[-1]) or (len(run) > 1 and run[-1][:1].islower()
                       and not _PARTICLE.fullmatch(run[-1]))):
            run.pop()  # "Ana Ruiz · 3 helpful votes": the counts, what the writer did
        if run:
            runs.append(" ".join(run))
        run = []
    return runs


def _writer(text: str) -> bool:
    """A writer's name as the header of an unknown site gives it: a handle, capitals and all
    ("Haru1987"), or capitalised words with the particles of names between them ("Ann and
    Bob", "Anouk de Vries"), never a title ("Graz in a day"), a link ("More posts"), a
    word that opens sentences ("The", "Who") or a month ("March 2, 2026 by Mai Tran")."""
    words = text.split()
    if not words or _FUNCTION_WORD.fullmatch(text) or _CALENDAR.fullmatch(text) or (
            _MARKUP.search(text)):
        return False
    capitalised = len(words) == 1 or all(
        word[:1].isupper() or not word[:1].isalpha() or _PARTICLE.fullmatch(word)
        for word in words)
    return capitalised and (is_writer(text) or is_writer(text.casefold()))


def _wordy(token: str) -> bool:
    return any(c.isalpha() for c in token) and not token.startswith("(")


def _cards(page: _Page, members: list[int]) -> bool:
    """Most lines right under a title of their own (words, no sentence, count or label): an
    archive's or a grid's entries, each a title over its byline and excerpt, not comments."""
    titled = 0
    for i in members:
        k = next((k for k in range(i - 1, -1, -1) if page.lines[k].strip()), None)
        text = page.lines[k].strip() if k is not None else ""
        titled += bool(k is not None and page.content(k) and not page.prose(k)
                       and not _DIGITS.search(text) and ":" not in text)
    return titled >= _SHARE * len(members)


def _inline_time(line: str) -> list[bool]:
    """A date written inside a header line ("1 | Ana | 11.05.2025"): strong with its year."""
    found = EMBEDDED_STAMP.search(line)
    return [] if found is None else [_YEAR.search(found.group(0)) is not None]


def _header_like(page: _Page, members: list[int], gaps: list[tuple[int, int]],
                 names: list[str], template: tuple[str, ...]) -> bool:
    """Signs that the lines head posts rather than a diary's days: a strong time in most headers
    (a diary's "June 4" is none), furniture in most headers, a constant word beside the name
    with more lines or user names ("asked by kiwi_bound"), or writers who come back."""
    need = _SHARE * len(members)
    spans = [range(first, last + 1) for first, last in gaps]
    times = [[*(found[1] for k in span if page.lines[k].strip()
                and (found := stamp(page.lines[k])) is not None), *_inline_time(page.lines[i])]
             for i, span in zip(members, spans, strict=True)]
    furnished = sum(any(page.furniture(k) and stamp(page.lines[k]) is None
                        for k in span if k not in members) for span in spans)
    writers = len({name.casefold() for name in names})
    returns = writers < len(names)
    dense = all(line.strip() for line in page.lines[members[0]:members[-1]])
    if any(times) and not any(any(strong) for strong in times) and furnished < need:
        # a schedule's or a diary's times ("07:00", "June 4"), unless a chat's turns run on
        # with no blank line between them and a writer comes back
        return dense and returns
    timed = sum(any(strong) for strong in times)
    handles = sum(bool(_HANDLE_MARK.search(name)) for name in names)  # no town is "kiwi_bound"
    worded = any(any(c.isalpha() for c in key) for key in template) and (sum(
        sum(1 for k in span if page.lines[k].strip()) >= 2 for span in spans) >= need
        or handles >= need)
    # writers who come back head posts where some header shows a time or furniture, or where
    # they take turns (a route list returns to one town: "Lisbon" / notes / "Sintra" / notes /
    # "Lisbon", most of its headings said once)
    return timed >= need or furnished >= need or worded or (returns and (
        any(times) or furnished > 0 or writers <= _TURNS * len(names)))


def _parsed(page: _Page, group: _Group) -> Parsed:
    lines = page.lines
    gaps = [page.gap(i) for i in group.members]
    dates = [next((found[0] for k in range(first, last + 1)
                   if lines[k].strip() and (found := stamp(lines[k]))), None)
             for first, last in gaps]
    last_words = max((k for k in range(len(lines)) if lines[k].strip() and page.content(k)),
                     default=-1)
    if last_words < group.members[-1] and any(page.content(k) for k in range(group.members[0])):
        # each header signs the words above it; the first signs the post
        starts = [0, *(last + 1 for _, last in gaps[:-1])]
        units = [Comment(author=name, lines=list(lines[start:first]), date=date)
                 for name, start, (first, _), date in zip(
                     group.names, starts, gaps, dates, strict=True)]
        post = units.pop(0)
        return Parsed(post_lines=post.lines, comments=units, post_author=post.author,
                      post_date=post.date)
    stops = [*(first for first, _ in gaps[1:]), len(lines)]
    units = [Comment(author=name, lines=list(lines[last + 1:stop]), date=date)
             for name, (_, last), stop, date in zip(group.names, gaps, stops, dates, strict=True)]
    top = list(lines[:gaps[0][0]])
    if _post_words(top):
        signed = byline(lines, gaps[0][0])
        return Parsed(post_lines=top, comments=units,
                      post_author=signed.author if signed else None,
                      post_date=signed.date if signed else None)
    post = units.pop(0)
    return Parsed(post_lines=[*top, *post.lines], comments=units, post_author=post.author,
                  post_date=post.date)


def _post_words(top: Sequence[str]) -> bool:
    """Words of a post above the first header, more than a title or a menu can be: two long
    lines of sentences, or one longer than any title."""
    long = [text for line in top if len(text := line.strip()) >= PROSE_CHARS
            and sum(word[:1].islower() for word in text.split()) >= len(text.split()) / 3]
    return len(long) >= 2 or any(len(text) >= 2 * PROSE_CHARS for text in long)


class Layout:
    """The reader of a page split by its recurring structure (see the module's docstring)."""

    name = NAME
    label = LABEL

    def score(self, lines: Sequence[str]) -> float:
        """Never chosen by score: ``formats.read_text`` tries it when the others find none."""
        return 0.0

    def parse(self, lines: list[str]) -> Parsed:
        return split(lines) or Parsed(post_lines=lines, comments=[])
