"""Threads from a saved blog page.

The comment list is read with selectolax from WordPress-style markup (``ol.comment-list`` >
``li.comment`` > ``.comment-author .fn``, ``time[datetime]``, ``.comment-content``, replies in
``ul.children``), from Blogger's (threaded ``.comment-thread`` lists and the classic
``dl#comments-block``) and from a Disqus embed saved with the page (``ul#post-list`` >
``li.post``), or a board's posts from their schema.org microdata (``[itemprop=comment]``). The
post comes from the theme's ``.entry-content`` when there is one, else from
trafilatura, which finds the main text of arbitrary pages; header, navigation, sidebar, footer,
share buttons and the comment form never reach a section.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from itinerary.errors import InputError
from itinerary.models import Section, Thread
from itinerary.readers.authors import PROFILE_HOME
from itinerary.readers.dates import iso_date
from itinerary.readers.normalise import normalise_thread

_CODE = "script, style, noscript, template, svg, iframe"
_NOISE = f"{_CODE}, form, button"
# A form with no field to type into and this many words is no comment, search or sign-in form
# but a board's moderation form around its posts (ticked to move or delete them): it stays.
_FORM_WORDS = 40
_TYPED = "textarea, input[type=text], input[type=email], input[type=search], input:not([type])"
# Page chrome around the article; removed after the title and the comments are read, since both
# may sit in a <header> or <footer>.
_CHROME = (
    "header, footer, nav, aside, [role=navigation], [role=banner], [role=complementary], "
    "[role=contentinfo], #masthead, #colophon, #secondary, #sidebar, .sidebar, .widget-area, "
    ".widget"
)
# Comment lists of the markups read: WordPress, threaded Blogger (.comment-thread), Disqus
# (ul#post-list > li.post); a reply list sits inside the comment it answers.
_COMMENT_LISTS = (
    "ol.comment-list, ul.comment-list, ol.commentlist, ul.commentlist, "
    ".comment-thread > ol, ul#post-list, ul.post-list"
)
# schema.org microdata of a board's posts (see _microdata_thread)
_MICRODATA_POST = "[itemprop=comment]"
_MICRODATA_TEXT = "[itemprop=text], [itemprop=articleBody], .post, .message-body"
_MICRODATA_AUTHOR = "[itemprop=author] [itemprop=name], [itemprop=author]"
_MICRODATA_DATE = "time[datetime], [itemprop=datePublished]"
_REPLY_LISTS = ("children", "comment-replies", "thread-children")
_COMMENT_AREA = (
    "#comments, .comments-area, #respond, .comment-respond, #disqus_thread, .comment-form, "
    "#comment-holder"
)
# Classic Blogger: <dl id="comments-block"> with dt.comment-author ("Name said..."),
# dd.comment-body and dd.comment-footer (the date).
_BLOGGER_CLASSIC = "dl#comments-block"
_SAID = re.compile(r"\s+(?:said|says)\s*(?:\.\.\.|…|:)?\s*$", re.IGNORECASE)
_POST_AUTHOR = (
    ".entry-meta .author .fn", ".entry-meta .author", ".byline .author", ".post-author .fn",
    ".post-author", ".post-footer .fn", "a[rel=author]", ".author-name",
)
_ENTRY = (
    "article .entry-content",
    ".entry-content",
    ".post-content",
    "[itemprop=articleBody]",
    ".post-body",
    "article .content",
)
_ENTRY_NOISE = (
    ".sharedaddy, .sd-sharing-enabled, .jp-relatedposts, .addtoany_share_save_container, "
    ".yarpp-related, .wp-block-buttons, .share-buttons, .social-share, .post-tags, .tags-links"
)
_TITLE = ("h1.entry-title", ".entry-title", "article h1", "h1.post-title", "h3.post-title",
          ".post-title", "h1")
_TITLE_SUFFIX = re.compile(r"\s+[-\u2013\u2014|\u00b7:]\s+[^-\u2013\u2014|\u00b7:]+$")
_POST_DATE = (
    "article time.entry-date[datetime]",
    "time.published[datetime]",
    "article time[datetime]",
)
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"),
        *("li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th"),
        *("tr", "ul"),
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_GONE = ("[deleted]", "[removed]")  # what a board shows of a comment taken down


def parse_html(html: str, source: str = "-") -> Thread:
    """A Thread from a saved page, cleaned at the reader edge like every reader's (its writers'
    names bare: "[Ana]", "Ana (62)": Ana); raises InputError when the page holds no readable
    text."""
    return normalise_thread(_page_thread(html, source))


def _page_thread(html: str, source: str) -> Thread:
    tree = LexborHTMLParser(html)
    linked = _linked_author(tree)
    for node in tree.css(_CODE):
        node.decompose()
    if (board := _board_thread(tree, source)) is not None:
        return board  # read before forms go: old Reddit puts every comment's text in one
    _drop_noise(tree)
    if (board := _microdata_thread(tree, source)) is not None:
        return board
    comments: list[Section] = []
    for comment_list in _outermost(tree.css(_COMMENT_LISTS)):
        _read_comments(comment_list, None, comments)
    for block in tree.css(_BLOGGER_CLASSIC):
        _read_blogger_classic(block, comments)
    named: str | None = None  # the post's writer, marked up as the comments' writers are
    own_words: str | None = None
    if not comments and (repeated := _repeated_posts(tree)) is not None:
        posts, nodes = repeated
        if not _article_above(tree, nodes):
            return _thread_of_posts(tree, posts, source)
        comments = posts  # an article (its byline far above) over its comments
        named = _linked_above(tree, nodes[0], "a", _profile_paths(posts, nodes))
        for node in _outermost(nodes):
            node.decompose()
    if not comments and (inferred := _inferred_posts(tree)) is not None:
        posts, nodes, name_shape = inferred
        if not _article_above(tree, nodes):
            return _thread_of_posts(tree, posts, source)
        comments = posts  # an article over its comments (or a question over its answers)
        named, own_words = _named_above(tree, nodes[0], name_shape,
                                        _profile_paths(posts, nodes))
        for node in _outermost(nodes):
            node.decompose()
    for node in _outermost(tree.css(_COMMENT_AREA) + tree.css(_COMMENT_LISTS)
                           + tree.css(_BLOGGER_CLASSIC)):
        node.decompose()
    title = _first_text(tree, _TITLE)
    date = _post_date(tree)
    author = (_first_text(tree, _POST_AUTHOR) or _meta_author(tree) or linked or named
              or (_page_byline(tree, comments) if comments else None))
    for node in _outermost(tree.css(_CHROME)):
        node.decompose()
    body, extracted_title = (own_words, None) if own_words else _body(tree, bool(comments))
    title = title or extracted_title or _head_title(tree)
    if not title and not body and not comments:
        raise InputError(f"{source}: no readable content in the HTML")
    head = title if title and not body.startswith(title) else None
    text = "\n\n".join(part for part in (head, body) if part)
    if not comments and (talk := _signed_thread(text, source)) is not None:
        return talk
    post = Section(id="post", author=author, text=text, title=title, date=_iso(date))
    return Thread(sections=(post, *comments), source=source, format="html")


def _signed_thread(text: str, source: str) -> Thread | None:
    """A wiki talk page saved as HTML: its words signed at the end of each comment, read as the
    text readers read a copied one."""
    from itinerary.readers.formats import INFERRED  # the text readers build on this module
    from itinerary.readers.formats.base import assemble
    from itinerary.readers.formats.inferred import signed

    parsed = signed(text.split("\n"))
    return replace(assemble(parsed, source, INFERRED), format="html") if parsed else None


@cache
def _board_table() -> dict[str, Any]:
    text = resources.files("itinerary.readers").joinpath("data/html_boards.json").read_text(
        "utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def _boards() -> tuple[list[dict[str, str]], re.Pattern[str]]:
    """The board markups of data/html_boards.json, in the order they are tried, and the line
    of a member's profile that names their home."""
    table = _board_table()
    return table["boards"], PROFILE_HOME


def _home(post: LexborNode, selector: str, line: re.Pattern[str]) -> str | None:
    """The writer's home from their profile beside the post ("Location: Graz"; XenForo and
    vBulletin put the label over the value, read as one line)."""
    for node in post.css(selector) if selector else []:
        blocks = _blocks(node)
        for text in (*blocks, *(f"{a} {b}" for a, b in pairwise(blocks))):
            if (match := line.match(text)) is not None:
                return match.group("home").strip()
    return None


def _board_thread(tree: LexborHTMLParser, source: str) -> Thread | None:
    """A saved board page (old and new Reddit, XenForo, phpBB, vBulletin) read by the first
    markup of data/html_boards.json that finds two posts with text; a post nested in another
    answers it, quoted earlier posts are dropped from the text."""
    if tree.css_first(f"{_COMMENT_LISTS}, {_BLOGGER_CLASSIC}") is not None:
        return None  # a blog's comment list is read by its markup
    boards, home_line = _boards()
    for board in boards:
        nodes = list({node.mem_id: node for node in tree.css(board["post"])}.values())
        if len(nodes) < 2:
            continue
        title = _first_text(tree, (board["title"],)) or _head_title(tree)
        sections: list[Section] = []
        ids: dict[int, str] = {}
        for node in nodes:
            own = node.clone()
            for nested in own.css(board["post"]):
                if nested.mem_id != own.mem_id:  # css() matches the node itself too
                    nested.decompose()
            text_node = own.css_first(board["text"])
            if text_node is None:
                continue
            for quoted in text_node.css(board["drop"]):
                quoted.decompose()
            text = "\n\n".join(_blocks(text_node))
            if not text or text in _GONE:
                continue
            author = (node.attributes.get(board["author_attr"]) or "") if board[
                "author_attr"] else ""
            if not author and (name := own.css_first(board["author"])) is not None:
                author = _clean(name.text())
            time = own.css_first(board["date"])
            date = None
            if time is not None:
                date = (time.attributes.get("datetime") or time.attributes.get("ts")
                        or time.attributes.get("title") or _clean(time.text()) or None)
            home = _home(own, board["home"], home_line)
            parent = node.parent
            while parent is not None and parent.mem_id not in ids:
                parent = parent.parent
            if not sections:
                head = f"{title}\n\n{text}" if title and not text.startswith(title) else text
                sections.append(Section(id="post", author=_clean(author) or None, text=head,
                                        title=title, date=_iso(date), home=home))
                ids[node.mem_id] = "post"
                continue
            section_id = f"comment-{len(sections)}"
            answered = ids.get(parent.mem_id) if parent is not None else None
            sections.append(Section(id=section_id, author=_clean(author) or None, text=text,
                                    date=_iso(date), home=home,
                                    parent=None if answered == "post" else answered))
            ids[node.mem_id] = section_id
        if len(sections) >= 2:
            homes = {s.author: s.home for s in sections if s.author and s.home}
            return Thread(sections=tuple(  # a member's profile shown on one post holds for all
                replace(s, home=s.home or homes.get(s.author or "")) for s in sections),
                source=source, format="html")
    return None


def _microdata_thread(tree: LexborHTMLParser, source: str) -> Thread | None:
    """A board page whose posts carry schema.org microdata (Discourse's saved topic, XenForo,
    many forums and comment plugins): every post an ``[itemprop=comment]`` block with its
    ``[itemprop=author]``, ``time[datetime]`` or ``[itemprop=datePublished]`` and
    ``[itemprop=text]``. Without a blog entry on the page the first post is the thread's post."""
    nodes = tree.css(_MICRODATA_POST)
    if len(nodes) < 2 or tree.css_first(f"{_COMMENT_LISTS}, {_BLOGGER_CLASSIC}") is not None:
        return None  # a blog's comment list, microdata or not, is read by its markup
    entry = any(tree.css_first(sel) is not None for sel in _ENTRY if "itemprop" not in sel)
    title = _first_text(tree, _TITLE) or _head_title(tree)
    sections: list[Section] = []
    ids: dict[int, str] = {}
    for node in nodes:
        own = node.clone()
        for nested in own.css(_MICRODATA_POST):
            if nested.mem_id != own.mem_id:  # css() matches the node itself too
                nested.decompose()
        text_node = own.css_first(_MICRODATA_TEXT)
        text = "\n\n".join(_blocks(text_node)) if text_node is not None else ""
        if not text:
            continue
        author_node = own.css_first(_MICRODATA_AUTHOR)
        author = _clean(author_node.text()) if author_node is not None else ""
        time = own.css_first(_MICRODATA_DATE)
        date = None
        if time is not None:
            date = (time.attributes.get("datetime") or time.attributes.get("content")
                    or _clean(time.text()) or None)
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if not sections and not entry:
            head = f"{title}\n\n{text}" if title and not text.startswith(title) else text
            sections.append(Section(id="post", author=author or None, text=head, title=title,
                                    date=_iso(date)))
            continue
        section_id = f"comment-{len(sections)}"
        sections.append(Section(id=section_id, author=author or None, text=text, date=_iso(date),
                                parent=ids.get(parent.mem_id) if parent is not None else None))
        ids[node.mem_id] = section_id
    if entry or len(sections) < 2:
        return None  # a blog with a few marked-up comments: the blog markups read it
    return Thread(sections=tuple(sections), source=source, format="html")


_INDENT = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)", re.IGNORECASE)


def _ancestors(node: LexborNode) -> list[LexborNode]:
    found = []
    parent = node.parent
    while parent is not None:
        found.append(parent)
        parent = parent.parent
    return found


def _repeated_posts(tree: LexborHTMLParser) -> tuple[list[Section], list[LexborNode]] | None:
    """The posts of a page no markup of ours names (a Q&A site, a travel forum, a journal's
    comments, a site builder's comment list), read by what every post repeats: a writer's
    name near words of its own (``repeated`` in data/html_boards.json); with their nodes. A
    post deeper in the page than the one before it answers the nearest earlier one less
    deep."""
    rules = _board_table()["repeated"]
    author_sel, text_sel = ", ".join(rules["author"]), ", ".join(rules["text"])
    framing = tree.css(rules["chrome"])
    shapes = Counter((node.tag, node.attributes.get("id"), node.attributes.get("class"))
                     for node in {node.mem_id: node for node in framing}.values())
    chrome = {node.mem_id for node in framing
              if shapes[node.tag, node.attributes.get("id"), node.attributes.get("class")] == 1
              and not any(up.tag == "article" for up in _ancestors(node))}
    names = tree.css(author_sel)
    name_ids = {node.mem_id for node in names}

    def outside(node: LexborNode) -> bool:
        return node.mem_id not in chrome and not any(up.mem_id in chrome
                                                     for up in _ancestors(node))

    anchors = [
        node for node in names
        if not any(inner.mem_id in name_ids and inner.mem_id != node.mem_id
                   for inner in node.css(author_sel))
        and 0 < len(_clean(node.text())) <= rules["max_name"] and outside(node)
    ]
    holders: set[int] = set()  # the nodes that hold words of their own: no name inside
    for block in tree.css(text_sel):
        if _clean(block.text()) and outside(block) and not any(
                inner.mem_id in name_ids for inner in block.css(author_sel)):
            holders.update(up.mem_id for up in _ancestors(block))
    posts: dict[int, LexborNode] = {}
    for name in anchors:
        node = name.parent
        for _ in range(rules["max_climb"]):
            if node is None or node.tag in ("body", "html"):
                break
            if node.mem_id in holders:
                posts.setdefault(node.mem_id, node)
                break
            node = node.parent
    if len(posts) < rules["min_posts"]:
        return None
    order = {node.mem_id: number for number, node in enumerate(tree.root.traverse())} \
        if tree.root is not None else {}
    ordered = sorted(posts.values(), key=lambda node: order.get(node.mem_id, 0))
    around = {up.mem_id for node in ordered for up in _ancestors(node)}  # nodes holding posts
    titled = sum(any(_own(link, node, set(posts), around) and not any(
        up.mem_id in name_ids for up in (link, *_ancestors(link)))  # a writer's profile link
        for link in node.css(rules["listing"])) for node in ordered)
    if 2 * titled >= len(ordered):
        return None  # an archive's list of articles, each under its linked title
    sections: list[Section] = []
    kept: list[LexborNode] = []
    levels: list[tuple[int, float]] = []
    for node in ordered:
        section = _repeated_post(node, (set(posts), around), rules, len(sections) + 1, order)
        if section is None:
            continue
        level = _level(node, rules["level_attrs"])
        parent = next((j for j in range(len(levels) - 1, -1, -1) if levels[j] < level), None)
        if parent is not None:
            section = replace(section, parent=sections[parent].id)
        sections.append(section)
        kept.append(node)
        levels.append(level)
    if len(sections) < rules["min_posts"] or len({s.author for s in sections}) < 2:
        return None
    homes = {s.author: s.home for s in sections if s.author and s.home}
    return [replace(s, home=s.home or homes.get(s.author or "")) for s in sections], kept


_Posts = tuple[list[Section], list[LexborNode], tuple[str, str]]


def _inferred_posts(tree: LexborHTMLParser) -> _Posts | None:
    """The posts of a page whose markup names no writer, found by what recurs (``inferred`` in
    data/html_boards.json): the element of one tag and class that recurs with a short name and
    words at the same place inside it; with the nodes of the posts and the tag and class of
    the element holding the name."""
    rules = _board_table()["inferred"]
    groups: dict[tuple[str, str | None], list[LexborNode]] = {}
    for node in tree.root.traverse() if tree.root is not None else []:
        cls = node.attributes.get("class")
        if node.tag is not None and (cls or node.tag in rules["row_tags"]):
            groups.setdefault((node.tag, cls), []).append(node)
    best: _Posts | None = None

    def size(posts: list[Section]) -> tuple[int, int]:  # most posts, then most words
        return len(posts), sum(len(post.text.split()) for post in posts)

    for members in groups.values():
        if len(members) < rules["min_posts"] or (best and len(members) < len(best[0])):
            continue
        found = _posts_of(members, rules)
        if found is not None and (best is None or size(found[0]) > size(best[0])):
            best = found
    return best


def _paths(member: LexborNode, members: set[int]) -> dict[tuple[tuple[str, str], ...], LexborNode]:
    """Every element of a post by its path of tags and classes from the post (the first of each
    path), without the posts nested in it."""
    found: dict[tuple[tuple[str, str], ...], LexborNode] = {}

    def walk(node: LexborNode, path: tuple[tuple[str, str], ...]) -> None:
        for child in node.iter():
            if child.mem_id in members or child.tag is None:
                continue
            here = (*path, (child.tag, child.attributes.get("class") or ""))
            found.setdefault(here, child)
            walk(child, here)

    walk(member, ())
    return found


def _posts_of(members: list[LexborNode], rules: dict[str, Any]) -> _Posts | None:
    from itinerary.readers.formats.inferred import is_writer  # the text readers' test of names

    ids = {node.mem_id for node in members}
    paths = [_paths(node, ids) for node in members]
    order = list(dict.fromkeys(path for found in paths for path in found))
    need = rules["min_posts"]

    def texts(path: tuple[tuple[str, str], ...]) -> list[str]:
        return [_clean(found[path].text()) for found in paths if path in found]

    def named(path: tuple[tuple[str, str], ...]) -> bool:
        return len(values := texts(path)) >= need and all(
            is_writer(v) and iso_date(v) is None for v in values) and len(set(values)) >= 2

    names = next((path for path in order if named(path)), None)
    if names is None:
        return None
    while (inner := next((path for path in order if len(path) == len(names) + 1
                          and path[:-1] == names and path[-1][0] == "a" and named(path)
                          and len(texts(path)) == len(texts(names))), None)) is not None:
        names = inner  # the name's own link, not the badge beside it ("Chloe Adams Member")
    words = {path: sum(len(v.split()) for v in texts(path)) / len(members) for path in order
             if path[:len(names)] != names and names[:len(path)] != path}
    text = max(words, key=lambda path: words[path], default=None)
    if text is None or words[text] < rules["min_words"]:
        return None
    while (inner := max((p for p in words if p[:len(text)] == text and p != text),
                        key=lambda p: words[p], default=None)) and (
            words[inner] >= 0.6 * words[text]):
        text = inner  # the words without the meta line ("Posted: …") around them
    drop = _board_table()["repeated"]["drop"]
    sections: list[Section] = []
    kept: list[LexborNode] = []
    section_of: dict[int, str] = {}
    for node, found in zip(members, paths, strict=True):
        if names not in found or text not in found:
            continue
        words_node = found[text].clone()
        for dropped in words_node.css(drop):
            dropped.decompose()
        body = "\n\n".join(_blocks(words_node))
        if not body or body in _GONE:
            continue
        parent = next((section_of[up.mem_id] for up in _ancestors(node)
                       if up.mem_id in section_of), None)
        section_id = f"comment-{len(sections) + 1}"
        sections.append(Section(id=section_id, author=_clean(found[names].text()), text=body,
                                parent=parent, home=_field_home(found, text)))
        section_of[node.mem_id] = section_id
        kept.append(node)
    most = max(Counter(s.author for s in sections).values(), default=0)
    if len(sections) < rules["min_posts"] or most > rules["one_writer"] * len(sections) or len(
            {s.text for s in sections}) < rules["distinct"] * len(sections):
        return None  # one "writer" over most, or the same words under several: tables, no posts
    listing = _board_table()["repeated"]["listing"]
    kept_ids = {node.mem_id for node in kept}
    titled = sum(any(link.mem_id != found[names].mem_id for link in node.css(listing))
                 for node, found in zip(members, paths, strict=True) if node.mem_id in kept_ids)
    if 2 * titled >= len(kept):
        return None  # an archive's list of articles, each under its linked title
    return sections, kept, names[-1]


def _field_home(found: dict[tuple[tuple[str, str], ...], LexborNode],
                words: tuple[tuple[str, str], ...]) -> str | None:
    """The writer's home from a field of the post outside its words ("From: Leeds")."""
    return next((match.group("home").strip() for path, node in found.items()
                 if path[:len(words)] != words
                 and (match := PROFILE_HOME.match(_clean(node.text()))) is not None), None)


def _named_above(tree: LexborHTMLParser, first: LexborNode, shape: tuple[str, str],
                 paths: set[str]) -> tuple[str | None, str | None]:
    """The name in an element of the comments' writers' tag and class above the first comment
    and outside it: the writer of the post they answer; and the post's words, the block
    nearest that name with words of its own (not the name's line)."""
    from itinerary.readers.formats.inferred import is_writer

    tag, cls = shape
    least = _board_table()["inferred"]["min_words"]
    for node in tree.root.traverse() if tree.root is not None else []:
        if node.mem_id == first.mem_id:
            break
        if node.tag == tag and (node.attributes.get("class") or "") == cls and not _site_link(
                node) and is_writer(name := _clean(node.text())):
            holding = {up.mem_id for up in (node, *_ancestors(node))}
            up = node.parent
            while up is not None and up.tag not in ("body", "html"):
                words = max((found for found in up.traverse() if found.mem_id not in holding
                             and found.tag not in _HEADINGS),  # the title is not its words
                            key=lambda found: len(_clean(found.text()).split()), default=None)
                if words is not None and len(_clean(words.text()).split()) >= least:
                    return name, "\n\n".join(_blocks(words))
                up = up.parent
            return name, None
    return _linked_above(tree, first, tag, paths), None


def _linked_above(tree: LexborHTMLParser, first: LexborNode, tag: str, paths: set[str]
                  ) -> str | None:
    """Where no element of the writers' own tag and class stands above the first comment: a
    writer's name in a link of their tag ("Hosted by <a>Rhys</a>", "Asked by <a>Stefan</a>",
    a photo's owner) to where the comments' writers' links go ("/members/…"; any, when theirs
    are no links), not the site's home link and not a link of a menu (three links or more side
    by side)."""
    from itinerary.readers.formats.inferred import is_writer

    if tag != "a":
        return None
    for node in tree.root.traverse() if tree.root is not None else []:
        if node.mem_id == first.mem_id:
            break
        if node.tag == "a" and not _site_link(node) and (
                not paths or _profile_path(node) in paths) and is_writer(
                    name := _clean(node.text())):
            return name
    return None


def _profile_path(link: LexborNode) -> str:
    """The first part of a link's path ("/members/giusi": "members")."""
    href = (link.attributes.get("href") or "").split("://", 1)[-1]
    parts = [part for part in href.split("?")[0].split("/") if part]
    if "://" in (link.attributes.get("href") or ""):
        parts = parts[1:]  # the host
    return parts[0] if parts else ""


def _profile_paths(posts: list[Section], nodes: list[LexborNode]) -> set[str]:
    """Where the posts' writers' names link to ("members", "u"): the first part of the path of
    each link in a post whose words are its writer's name."""
    return {_profile_path(link) for post, node in zip(posts, nodes, strict=False)
            for link in node.css("a[href]") if post.author and _clean(link.text()) == post.author}


def _site_link(node: LexborNode) -> bool:
    """A link of the site's own: its home link (the site's name) or one of a menu (three links
    or more side by side)."""
    return node.tag == "a" and ((node.attributes.get("href") or "/").strip() in ("/", "#") or (
        node.parent is not None and len(node.parent.css("a")) >= 3))


def _article_above(tree: LexborHTMLParser, posts: list[LexborNode]) -> bool:
    """Words of the page's own above the first post: an article the posts comment on."""
    first = posts[0]
    inside = {post.mem_id for post in posts}
    framing = f"{_CHROME}, {_board_table()['repeated']['chrome']}"
    chrome = {node.mem_id for node in tree.css(framing)}
    for node in tree.body.traverse() if tree.body is not None else []:  # not the <title>
        if node.mem_id == first.mem_id:
            return False
        if not any(up.mem_id in inside or up.mem_id in chrome for up in (node, *_ancestors(
                node))) and len(_clean(node.text(deep=False))) >= _board_table()["inferred"][
                    "article_chars"]:
            return True
    return False


def _thread_of_posts(tree: LexborHTMLParser, posts: list[Section], source: str) -> Thread:
    """The posts as a thread: the first is the thread's post, under the page's title."""
    title = _first_text(tree, _TITLE) or _head_title(tree)
    first = posts[0]
    head = f"{title}\n\n{first.text}" if title and not first.text.startswith(title) else first.text
    sections = [replace(first, id="post", text=head, title=title, parent=None)]
    renamed: dict[str, str | None] = {first.id: None}  # a reply to the first post: top level
    for number, post in enumerate(posts[1:], start=1):
        renamed[post.id] = f"comment-{number}"
        sections.append(replace(post, id=f"comment-{number}",
                                parent=renamed.get(post.parent) if post.parent else None))
    return Thread(sections=tuple(sections), source=source, format="html")


def _page_byline(tree: LexborHTMLParser, comments: Sequence[Section]) -> str | None:
    """The writer a byline among the page's first lines names ("Written by Ana · 3 May"), or a
    writer of the comments named over a date there ("Ana Ruiz 3 May 2025": the post's writer
    answering under it)."""
    from itinerary.readers.formats.base import byline, stamp  # the text readers' bylines

    root = tree.body or tree.root
    lines = _blocks(root) if root is not None else []
    found = byline(lines, len(lines))
    if found is not None:
        return _BYLINE_TAIL.split(found.author)[0]
    writers = {s.author for s in comments if s.author}
    return next((name for line in lines[:_BYLINE_LINES] for name in writers
                 if line.startswith(f"{name} ") and stamp(line[len(name):]) is not None), None)


_BYLINE_LINES = 10  # a byline sits among a page's first blocks


# "Ana Ruiz · 3 May 2024": the name before the separator
_BYLINE_TAIL = re.compile("\\s+[·•|\u2014\u2013]\\s+")


def _repeated_post(node: LexborNode, found_posts: tuple[set[int], set[int]],
                   rules: dict[str, Any], number: int, order: dict[int, int]) -> Section | None:
    """One post found by repetition: its writer, date and words, without the posts inside it
    (replies), quotes of earlier posts and buttons. A post holding others has its words before
    them: words after them belong to the page around the posts."""

    posts, around = found_posts

    def own(found: LexborNode) -> bool:
        return _own(found, node, posts, around)

    names = ", ".join(rules["author"])
    author = next((text for selector in rules["author"] for found in node.css(selector)
                   if own(found) and len({n.mem_id for n in found.css(names)}) == 1  # innermost
                   and 0 < len(text := _clean(found.text())) <= rules["max_name"]), None)
    date = None
    for selector in rules["date"]:
        found = next((found for found in node.css(selector) if own(found)), None)
        if found is None:
            continue
        value = (found.attributes.get("datetime") or found.attributes.get("content")
                 or _clean(found.text()))
        read = iso_date(value) if value else None
        if value and (read is not None or selector.startswith("time")):
            date = read or value
            break
    block = next((found for selector in rules["text"] for found in node.css(selector)
                  if own(found) and not found.css(names) and _clean(found.text())), None)
    if block is None:
        return None
    inside = [order.get(found.mem_id, 0) for found in node.css("*")
              if found.mem_id in posts and found.mem_id != node.mem_id]
    if inside and order.get(block.mem_id, 0) > min(inside):
        return None
    blocks = ", ".join(rules["text"])
    while (inner := max((found for found in block.css(blocks) if found.mem_id != block.mem_id),
                        key=lambda found: len(_clean(found.text())), default=None)) is not None \
            and len(_clean(inner.text())) >= 0.6 * len(_clean(block.text())):
        block = inner  # the words without the meta line ("Posted May 4") around them
    words = block.clone()
    for dropped in words.css(rules["drop"]):
        dropped.decompose()
    text = "\n\n".join(_blocks(words))
    if not text or text in _GONE:
        return None
    return Section(id=f"comment-{number}", author=author, text=text, date=date,
                   home=_byline_home(node, block, rules["home"], rules["max_name"]))


def _byline_home(node: LexborNode, words: LexborNode, selector: str, longest: int) -> str | None:
    """The writer's home shown beside a post, outside its words: a location field, or a
    "Location: …" / "From: …" line of the byline."""
    line = _boards()[1]
    for found in node.css(selector):
        if words.mem_id in {up.mem_id for up in _ancestors(found)}:
            continue
        text = _clean(found.text())
        text = match.group("home") if (match := line.match(text)) is not None else text
        if 0 < len(text) <= longest:
            return text
    return next((match.group("home").strip() for text in _blocks(node, skip=words.mem_id)
                 if (match := line.match(text)) is not None), None)


def _own(found: LexborNode, post: LexborNode, posts: set[int], around: set[int]) -> bool:
    """``found`` is part of ``post`` itself: neither inside another post in it nor around one
    (``around``: every node that holds a post)."""
    up: LexborNode | None = found
    while up is not None and up.mem_id != post.mem_id:
        if up.mem_id in posts:
            return False
        up = up.parent
    return found.mem_id not in around


def _level(node: LexborNode, attrs: list[str]) -> tuple[int, float]:
    """How deep a post sits: its nesting in the page, then its indent (a level attribute, or
    the left margins of inline styles) where posts are laid out flat."""
    chain = [node, *_ancestors(node)]
    shape = (node.tag, node.attributes.get("class"))  # a cell beside the post (Hacker News:
    # <td class="ind" indent="2">), not the other posts of a flat list: their depths are theirs
    beside = [cell for cell in node.parent.iter() if (cell.tag, cell.attributes.get("class"))
              != shape] if node.parent is not None else []
    indent = 0.0
    for up in (*chain, *beside):
        for attr in attrs:
            value = up.attributes.get(attr) or ""
            if value.isdigit():
                indent += 100 * int(value)
        indent += sum(float(px) for px in _INDENT.findall(up.attributes.get("style") or ""))
    return len(chain), indent


def _drop_noise(tree: LexborHTMLParser, also: str = "") -> None:
    """Take out code, buttons and forms (and ``also``), but not a form around the posts."""
    for node in tree.css(f"{_NOISE}, {also}" if also else _NOISE):
        if node.tag == "form" and not node.css_first(_TYPED) and len(
                node.text(separator=" ").split()) >= _FORM_WORDS:
            node.unwrap()
        else:
            node.decompose()


def page_text(html: str, machine_times: bool = False) -> str:
    """The whole page as a browser would copy it: one line per block, scripts and styles out;
    what the text readers get when a page's markup is not one we read. With ``machine_times``
    a ``<time datetime>`` shows its full date ("Mar 3" -> "2026-03-03"), which tells a post's
    header from a diary's day heading where the page prints no year, and the page's menus,
    sidebars and footer are left out."""
    tree = LexborHTMLParser(html)
    _drop_noise(tree)
    if machine_times:
        for node in tree.css("time[datetime]"):
            if (full := iso_date(node.attributes.get("datetime") or "")) is not None:
                node.replace_with(full)
        for node in _outermost(tree.css(_CHROME)):
            node.decompose()
    root = tree.body or tree.root
    return "\n".join(_blocks(root)) if root is not None else ""


_LINKED_POSTS = frozenset({"Article", "BlogPosting", "NewsArticle", "Report", "Posting",
                           "SocialMediaPosting", "DiscussionForumPosting"})


def _linked_author(tree: LexborHTMLParser) -> str | None:
    """The writer the page's JSON-LD gives its article (``author.name`` of a BlogPosting,
    Article or forum posting, also inside ``@graph``): block themes and site builders print
    the byline in markup of their own but state it there."""
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.text() or "null")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kinds = item.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if _LINKED_POSTS.intersection(k for k in kinds if isinstance(k, str)):
                    writer = item.get("author")
                    writer = writer[0] if isinstance(writer, list) and writer else writer
                    name = writer.get("name") if isinstance(writer, dict) else writer
                    if isinstance(name, str) and _clean(name):
                        return _clean(name)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return None


def _meta_author(tree: LexborHTMLParser) -> str | None:
    meta = tree.css_first('meta[name="author"]')
    content = meta.attributes.get("content") if meta is not None else None
    return _clean(content) or None if content else None


def _read_blogger_classic(block: LexborNode, out: list[Section]) -> None:
    """dt.comment-author / dd.comment-body / dd.comment-footer triples, in order."""
    author = date = None
    for node in block.iter():
        if node.tag == "dt":
            author = _SAID.sub("", _clean(node.text())) or None
        elif node.tag == "dd" and _has_class(node, "comment-body"):
            text = "\n\n".join(_blocks(node))
            if text:
                out.append(Section(id=f"comment-{len(out) + 1}", author=author, text=text))
        elif node.tag == "dd" and _has_class(node, "comment-footer") and out:
            date = _iso(_clean(node.text()) or None)
            last = out[-1]
            out[-1] = Section(id=last.id, author=last.author, text=last.text, date=date,
                              parent=last.parent)


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes not inside another of them (a nested reply list belongs to its parent)."""
    unique = list({node.mem_id: node for node in nodes}.values())
    ids = {node.mem_id for node in unique}
    outer = []
    for node in unique:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outer.append(node)
    return outer


def _read_comments(comment_list: LexborNode, parent: str | None, out: list[Section]) -> None:
    """Append the comments of one list, each followed by its replies (page order)."""
    for item in comment_list.iter():
        if item.tag != "li" or _has_class(item, "pingback", "trackback"):
            continue
        body = next((c for c in item.iter()
                     if _has_class(c, "comment-body", "comment-block", "post-content")), None)
        replies = [_list_of(c) for c in item.iter() if _has_class(c, *_REPLY_LISTS)]
        if body is None or any(_has_class(c, *_REPLY_LISTS) for c in body.iter()):
            body = (body or item).clone()
            for nested in body.css(", ".join(f".{name}" for name in _REPLY_LISTS)):
                nested.decompose()
        section = _comment(body, f"comment-{len(out) + 1}", parent)
        if section is not None:
            out.append(section)
        for reply_list in replies:
            _read_comments(reply_list, section.id if section else parent, out)


def _list_of(node: LexborNode) -> LexborNode:
    """The list of replies: the node itself, or the list inside a Blogger .comment-replies."""
    if node.tag in ("ul", "ol"):
        return node
    return node.css_first("ol, ul") or node


def _comment(body: LexborNode, section_id: str, parent: str | None) -> Section | None:
    author_node = body.css_first(
        ".comment-author .fn, .comment-author cite, .fn, cite, .post-byline .author, .author"
    )
    author = _clean(author_node.text()) if author_node is not None else ""
    time = body.css_first(".comment-metadata time, time, a.time-ago[title]")
    if time is not None:
        date = (time.attributes.get("datetime") or time.attributes.get("title")
                or _clean(time.text()) or None)
    else:  # older themes: the date is the text of the permalink
        link = body.css_first(".comment-metadata a, .commentmetadata a, .datetime a")
        date = (_clean(link.text()) or None) if link is not None else None
    content = body.css_first(".comment-content, .comment-text, .comment-entry, .post-message")
    if content is None:
        content = body.clone()
        for node in content.css(".comment-meta, .comment-author, .comment-metadata, .reply, "
                                ".comment-header, .comment-actions, .post-meta, .post-byline"):
            node.decompose()
    text = "\n\n".join(_blocks(content))
    if not text:
        return None
    return Section(id=section_id, author=author or None, text=text, date=_iso(date),
                   parent=parent)


def _iso(date: str | None) -> str | None:
    """An ISO date where the page's date can be read, else the page's text."""
    return (iso_date(date) or date) if date else None


def _body(tree: LexborHTMLParser, answered: bool = False) -> tuple[str, str | None]:
    """The article's text, from the theme's entry container, else (on a page whose comments
    were read) the block of prose they answer, else trafilatura (which also offers a title when
    the page has no heading)."""
    entry = next((node for sel in _ENTRY if (node := tree.css_first(sel)) is not None), None)
    if entry is None and answered:
        entry = _prose_block(tree)
    if entry is not None:
        for node in entry.css(_ENTRY_NOISE):
            node.decompose()
        return "\n\n".join(_blocks(entry)), None
    # Only pages without an entry container need trafilatura; importing it costs 0.15 s.
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    extracted = bare_extraction(
        tree.html or "", with_metadata=True, include_comments=False, include_tables=False
    )
    if not isinstance(extracted, Document):
        return "", None
    lines = (line.strip() for line in (extracted.text or "").split("\n"))
    return "\n\n".join(line for line in lines if line), (extracted.title or "").strip() or None


_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*$")


def _prose_block(tree: LexborHTMLParser) -> LexborNode | None:
    """The block of prose a page's comments answer where no theme container names it (the
    comments and the page's chrome already gone): the first element with a sentence's worth of
    words of its own, widened to the element around it while what that adds is sentences too
    (a second paragraph), not a byline, a title, a menu or a counter."""
    least = _board_table()["inferred"]["article_chars"]
    words = _board_table()["inferred"]["min_words"]
    start = next((node for node in (tree.body.traverse() if tree.body is not None else [])
                  if len(_clean(node.text(deep=False))) >= least), None)
    block = start
    while block is not None and (up := block.parent) is not None and up.tag not in (
            "body", "html") and all(len(line.split()) >= words and _SENTENCE.search(line)
                                    for line in _blocks(up, skip=block.mem_id)):
        block = up
    return block


def _first_text(tree: LexborHTMLParser, selectors: tuple[str, ...]) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None and (text := _clean(node.text())):
            return text
    return None


def _head_title(tree: LexborHTMLParser) -> str | None:
    """The page's <title> without its " - Site name" tail."""
    node = tree.css_first("title")
    if node is None:
        return None
    text = _clean(node.text())
    return _TITLE_SUFFIX.sub("", text) or text or None


def _post_date(tree: LexborHTMLParser) -> str | None:
    for selector in _POST_DATE:
        node = tree.css_first(selector)
        if node is not None:
            return node.attributes.get("datetime")
    meta = tree.css_first('meta[property="article:published_time"]')
    return meta.attributes.get("content") if meta is not None else None


def _blocks(node: LexborNode, skip: int | None = None) -> list[str]:
    """The paragraphs of a node as the browser lays them out: one string per block element,
    whitespace collapsed, <br> kept as a line break; without the node whose mem_id is
    ``skip``."""
    blocks: list[str] = []
    run: list[str] = []

    def flush() -> None:
        lines = (_clean(line) for line in "".join(run).split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
        run.clear()

    def walk(parent: LexborNode) -> None:
        for child in parent.iter(include_text=True):
            tag = child.tag
            if child.is_text_node:
                run.append(_SPACE.sub(" ", child.text_content or ""))
            elif skip is not None and child.mem_id == skip:
                continue
            elif tag == "br":
                run.append("\n")
            elif tag == "pre":
                flush()
                run.append(child.text(deep=True))
                flush()
            elif tag in _BLOCKS:
                flush()
                walk(child)
                flush()
            elif tag is not None and not tag.startswith("-"):
                walk(child)

    walk(node)
    flush()
    return blocks


def _has_class(node: LexborNode, *names: str) -> bool:
    classes = (node.attributes.get("class") or "").split()
    return any(name in classes for name in names)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def fragment_text(html: str, drop: str = "") -> str:
    """The paragraphs of an HTML fragment (a comment's ``cooked`` or ``content`` in a JSON
    export), blank-line separated, without the nodes ``drop`` selects (quotes, @-mentions)."""
    tree = LexborHTMLParser(f"<div>{html}</div>")
    _drop_noise(tree, drop)
    root = tree.body or tree.root
    return "\n\n".join(_blocks(root)) if root is not None else ""
