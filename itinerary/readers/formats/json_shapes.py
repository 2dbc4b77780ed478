"""JSON that people export or save, in shapes other than itinerary's own thread object.

A Discourse topic (``post_stream.posts``), a Mastodon context (``ancestors`` + ``descendants``),
a Disqus API answer (``response``), a Facebook comments export (``comments_v2``), a Hacker News
(Algolia) item tree (``text`` with nested ``children``), and a plain list of comment records
(also one a line in JSON Lines) with their own key names (``body``/``message``, ``by``/``user``).
Which key holds the text, the writer, the date, the replies or the parent link is a table in
data/json_shapes.json, tried in order. HTML in a text value is read as paragraphs; quoted words
of an earlier writer (``<blockquote>``, Discourse's ``aside.quote``, ``[quote]``, ``> ...``) are
left out so their places are not put on the replier.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parseaddr
from functools import cache
from importlib import resources
from typing import Any

from itinerary.models import Section, Thread
from itinerary.readers.dates import iso_date, oldest_first
from itinerary.readers.html import fragment_text

_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")  # sortable as text
_MARKUP = re.compile(r"<(?:p|br|a|span|div|blockquote|aside|em|strong|i|b|code|pre|ul|li)\b",
                     re.IGNORECASE)


@cache
def _table() -> dict[str, Any]:
    text = resources.files("itinerary.readers").joinpath("data/json_shapes.json").read_text(
        "utf-8")
    table: dict[str, Any] = json.loads(text)
    table["quote_re"] = [re.compile(pattern) for pattern in table["quote_text"]]
    table["id_prefix_re"] = re.compile(table["id_prefix"])
    table["notice_re"] = [re.compile(pattern, re.IGNORECASE) for pattern in table["notice"]["text"]]
    return table


def labels() -> dict[str, str]:
    """Report labels of the shapes' reader names ("discourse-json" -> "Discourse JSON")."""
    table = _table()
    shapes = [*table["shapes"], table["tree"], table["list"], table["walk"], table["prose"]]
    return {shape["name"]: shape["label"] for shape in shapes}


def about_words() -> frozenset[str]:
    """The words of a key that gives what records are about, not one of their own ids."""
    return frozenset(_table()["elsewhere_words"])


def is_native(value: Any) -> bool:
    """True for itinerary's own thread object (or a list of them): ``post`` or ``text`` as a
    string and no container key of another shape."""
    table = _table()
    if isinstance(value, list):
        if is_record_list(value):
            return False  # the comments of one thread, not threads
        return all(is_native(item) for item in value)
    if not isinstance(value, dict):
        return True  # not a shape of ours either: the thread reader says what is wrong
    foreign = {path.split(".")[0] for shape in table["shapes"] for path in shape["records"]}
    if foreign.intersection(value) or "children" in value:
        return False
    comments = value.get("comments")
    if isinstance(comments, list) and any(is_comment_record(item) and not isinstance(
            item.get("text"), str) for item in comments):
        return False  # comment records with keys of another site (Lemmy's comment views)
    return isinstance(value.get("post"), str) or isinstance(value.get("text"), str) or (
        "comments" in value)


def is_comment_record(value: Any) -> bool:
    """A comment with a writer and a text under any of the table's keys, not a thread object
    (no ``post``, ``comments``, ``title`` or ``location``)."""
    table = _table()
    if not isinstance(value, dict) or any(
            isinstance(value.get(key), str | list) for key in table["thread_keys"]):
        return False  # a thread's keys hold words or lists; Lemmy's "post" beside a comment not
    record = _unwrapped(value)
    return _author(record) is not None and bool(record_text(record))


def is_record_list(values: list[Any]) -> bool:
    """A thread as a list of records (a JSON list, or JSON Lines): comment records, the first
    of which may be the thread's head with its title (a Reddit dump's submission), maybe with
    events between them that name a writer and hold no words (a reaction)."""
    if not values or not (is_comment_record(values[0]) or is_thread_head(values[0])):
        return False
    said = sum(is_comment_record(item) for item in values[1:])
    return (said == len(values) - 1 or (said >= 2 and all(
        is_comment_record(item) or _is_event(item) for item in values[1:]))) and _talk(values)


def talk_records(values: list[Any]) -> list[Any]:
    """The records of an export that hold somebody's words (comments, a thread's head), without
    its other kinds (a version line, a team or channel, a member, a reaction), when two or more
    do; else the records as they are."""
    said = [value for value in values if is_comment_record(value) or is_thread_head(value)]
    return said if len(said) >= 2 else values


def _is_notice(record: dict[str, Any]) -> bool:
    """The app's own notice among the messages (a member joined, a message pinned, the group
    renamed): a record of a notice kind, or words the app writes (data: "notice"). The words it
    shows (the pinned message) are not its own either."""
    notice = _table()["notice"]
    kinds = {word for key in notice["keys"] if isinstance(record.get(key), str)
             for word in key_words(record[key])}
    return bool(kinds & set(notice["kinds"])) or any(
        pattern.search(record_text(record)) for pattern in _table()["notice_re"])


def _is_event(value: Any) -> bool:
    """A record with a writer and no words (a reaction, a card moved, a member joining) among
    the comment records of a chat or a board: nobody's words, skipped."""
    return isinstance(value, dict) and not any(
        isinstance(value.get(key), str | list) for key in _table()["thread_keys"]) and (
        _author(_unwrapped(value)) is not None) and not record_text(_unwrapped(value))


def is_thread_head(value: Any) -> bool:
    """A post with a title, a writer and words, no comments of its own: a thread's first
    record in a dump of records."""
    if not isinstance(value, dict) or not isinstance(value.get("title"), str) or any(
            isinstance(value.get(key), str | list) for key in _table()["thread_keys"]
            if key != "title"):
        return False
    return _author(value) is not None and bool(record_text(value))


def _talk(values: list[Any]) -> bool:
    """Records that read as people talking: one names its writer under a writer's key, or has
    a date or a parent link, or a writer comes back. Records whose only "writer" is a key that
    may name a thing (a catalogue's product "name", a string table's key) are not a thread."""
    table = _table()
    records = [_unwrapped(v) for v in values if isinstance(v, dict)]
    writers = []
    for record in records:
        key = next((k for k in _keys(record, "author") if _author({k: record.get(k)}) is not None),
                   None)
        if key is None:
            continue
        if key not in table["weak_author"] or _date(record) is not None or any(
                _key(record.get(link)) is not None for link, _ in table["parent"]):
            return True
        writers.append(_author(record))
    return len(set(writers)) < len(writers)


def thread_from_shape(value: Any, source: str) -> Thread | None:
    """The thread of a known foreign shape, or None when ``value`` is none of them."""
    table = _table()
    if isinstance(value, list):
        for said in (value, talk_records(value)):
            if is_record_list(said):
                return _from_records(said, None, True, table["list"]["name"], source)
        return None
    if not isinstance(value, dict):
        return None
    for shape in table["shapes"]:
        records: list[Any] = []
        for path in shape["records"]:
            found = _at(value, path)
            if isinstance(found, list):
                records.extend(found)
        if shape["writers"] and not (sum(is_comment_record(r) for r in records) >= 2
                                     and _talk(records)):
            continue  # "items" or "data" of a file that is not a thread
        if any(isinstance(r, dict) and record_text(_unwrapped(r)) for r in records):
            return _from_records(records, value, shape["first_is_post"], shape["name"], source)
    if record_text(value) and any(isinstance(value.get(k), list) for k in table["children"]):
        return _from_tree(value, table["tree"]["name"], source)
    return _walked(value, source)


def _walked(root: dict[str, Any], source: str) -> Thread | None:
    """JSON of a shape no table entry names: the list that holds the most records with words and
    a writer, wherever it sits; an object beside it with words of its own is the post, else the
    root's own words (a card's description, its "name" the title, its writer by id)."""
    if (head := _thread_root(root, _table()["walk_depth"])) is not None:
        unnamed = {key: value for key, value in head.items()
                   if key not in _table()["weak_author"]}  # a task's "name" is its title
        writer = _author(unnamed) or _author(head) or next(  # "asker": {"nick": …, "name": …}
            (name for value in head.values() if isinstance(value, dict)
             and (name := _person(value)) is not None), None)
        return _from_tree({**head, _INFERRED["author"]: writer}, _table()["walk"]["name"],
                          source)
    lists = [found for found in _lists(root, _table()["walk_depth"])
             if len(_flat(found)) >= 2 and (_talk(_flat(found)) or len(_flat(found)) > sum(
                 is_comment_record(item) for item in found))]  # replies nested: people talking
    if not lists:
        return None
    records = max(lists, key=lambda found: len(_flat(found)))
    post = next((_with_prose(_unwrapped(v) if record_text(_unwrapped(v)) else v)
                 for v in root.values() if isinstance(v, dict)
                 and (record_text(_unwrapped(v)) or _prose(v))),
                None)  # not its "comment" container
    if post is None and _prose(root):  # a card or task with its comments: its own words
        post = _item_post(root, root)
    elif post is None:  # a board's one card with words, when the file says who wrote it
        card = next((found[0] for found in root.values() if isinstance(found, list)
                     and len(found) == 1 and isinstance(found[0], dict) and _prose(found[0])), None)
        post = _item_post(card, root) if card is not None else None
        post = post if post is not None and _INFERRED["author"] in post else None
    if post is not None and (strong := _names(post, strong=True)):  # a trip's "name" is no writer
        post = {**post, _INFERRED["author"]: strong[0]}
    elif post is not None:  # a reviewed thing's "name", a log's writer under its own key
        post = {key: value for key, value in post.items() if key not in _table()["weak_author"]}
        if (writer := _writer_as_replies(post, _flat(records))) is not None:
            post[_INFERRED["author"]] = writer
    if post is None:
        return _from_records(records, root, True, _table()["walk"]["name"], source)
    builder = _Builder(post_names=_names(post))
    builder.add(post, None, post=True)
    for item in oldest_first(records, [_time(item) for item in records]):
        if not isinstance(item, dict):
            builder.skipped += 1
            continue
        record = _unwrapped(item)
        builder.thread_of(record, None, post=False)
    return builder.thread(source, _table()["walk"]["name"])


def _item_post(item: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """A card's or task's own words as the post: its "name" the title, its writer by id
    ("idMemberCreator", "createdBy", a card's "idMembers") among the people the file names."""
    post = _with_prose({key: value for key, value in item.items() if not isinstance(
        value, dict) and not (isinstance(value, list) and any(
            isinstance(inner, dict | list) for inner in value))})
    named = post.get(_table()["item_title"])
    if isinstance(named, str) and not _first_str(post, _table()["title"]):
        post = {**post, "title": named}
    directory: dict[str, str] = {}
    _people(root, directory, 0)
    if (by_id := _writer_by_id(post, directory)) is not None:
        post = {**post, _INFERRED["author"]: by_id[0]}
    return post


def _thread_root(value: Any, depth: int) -> dict[str, Any] | None:
    """The one record inside an answer that has words and replies of its own (a Q&A
    API's question in "items", its comments and answers under it): the thread, read as a tree."""
    if depth < 0 or not isinstance(value, dict | list):
        return None
    if isinstance(value, list):
        return _thread_root(value[0], depth - 1) if len(value) == 1 else None
    record = _unwrapped(value)
    if record_text(record) and _children(record):
        return record
    found = [head for inner in value.values() if (head := _thread_root(inner, depth - 1))]
    return found[0] if len(found) == 1 else None


def thread_from_prose(root: dict[str, Any] | list[Any], source: str) -> Thread | None:
    """JSON whose records no rule finds (a journal app's nested blocks, JSON Lines of notes
    with no writer): one post of the words it holds, every value that reads as a sentence or
    more, in the file's order, with a note that says so; None when it holds none."""
    table = _table()
    found: list[str] = []

    def walk(value: Any, key: str, depth: int) -> None:
        if depth > table["walk_depth"] * 3:
            return
        if isinstance(value, dict):
            for inner_key, inner in value.items():
                walk(inner, inner_key, depth + 1)
        elif isinstance(value, list):
            for item in value:
                walk(item, key, depth + 1)
        elif (isinstance(value, str) and len(value.split()) >= table["infer"]["min_words"]
              and "://" not in value and not key_words(key) & set(
                  table["not_text_words"])):
            found.append(_unmangled(value.strip()))

    walk(root, "", 0)
    if not found:
        return None
    title = _first_str(root, table["title"]) if isinstance(root, dict) else None
    text = "\n\n".join([*([title] if title and title not in found else []), *found])
    return Thread(sections=(Section(id="post", author=None, text=text, title=title),),
                  source=source, format=table["prose"]["name"], warnings=(table["prose"]["note"],))


def is_foreign_list(value: Any) -> bool:
    """Objects none of which is a thread of ours (no "post", "text" or "comments"): records of
    some export."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and not {"post", "text", "comments"} & set(item) for item in value)


def _writer_as_replies(post: dict[str, Any], records: list[dict[str, Any]]) -> str | None:
    """The post's writer in an object under a key of its own, named under the key the replies'
    writer objects use ("rider": {"nickname": …} over replies "by": {"nickname": …})."""
    inner = {key for record in records for outer in _keys(record, "author")
             if isinstance(found := _unwrapped(record).get(outer), dict)
             for key, value in found.items() if isinstance(value, str)}
    return next((name for value in post.values() if isinstance(value, dict) and inner & set(value)
                 and (name := _inner_name(value)) is not None), None)


def _flat(records: list[Any], depth: int = 8) -> list[dict[str, Any]]:
    """The comment records of a list and of the replies under them, down to ``depth`` levels."""
    found: list[dict[str, Any]] = []
    for item in records:
        if isinstance(item, dict) and is_comment_record(item):
            found.append(item)
            if depth:
                found += _flat(_children(_unwrapped(item)) or [], depth - 1)
    return found


def _prose(record: dict[str, Any]) -> str:
    """The longest words an object holds under a key no list names (a trip's "summary", a
    topic's "opening"), when they read as a sentence or more."""
    table = _table()
    values = [value for key, value in record.items() if isinstance(value, str)
              and key not in table["title"] and key not in table["room_about"]["keys"]]
    best = max(values, key=len, default="")
    return best.strip() if len(best.split()) >= table["infer"]["min_words"] else ""


def _with_prose(record: dict[str, Any]) -> dict[str, Any]:
    """The record, with its prose as its text when no text key holds any."""
    if record_text(record) or not (prose := _prose(record)):
        return record
    return {**record, _INFERRED["text"]: prose}


# the keys an inferred record is given, each among the table's keys of its kind
_INFERRED = {"text": "body", "author": "author", "date": "date"}


def with_inferred_keys(value: Any) -> Any:
    """``value`` with a text, a writer and a date added to the records whose keys no list names,
    read from what their values look like across every record with the same keys (data:
    json_shapes.json "infer"); an object that holds such records and has no words of its own
    under a listed key gets its longest words and the writer under the records' writer key."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    _grouped(value, groups, 0)
    plans = {keys: plan for keys, records in groups.items() if len(records) >= 2 and not all(
        record_text(r) and _author(r) for r in records) and (plan := _plan(records)) is not None}
    return _rebuilt(value, plans, 0) if plans else value


def with_named_writers(value: Any) -> Any:
    """``value`` with each record's writer given by name where the record gives only an id that
    another part of the file names (a chat export's member lines, a board's "members", a forum's
    "userMap"; data: json_shapes.json "people")."""
    directory: dict[str, str] = {}
    _people(value, directory, 0)
    return _with_names(value, directory, 0) if directory else value


def _people(value: Any, directory: dict[str, str], depth: int) -> None:
    if depth > 12:
        return
    if isinstance(value, list):
        for item in value:
            _people(item, directory, depth + 1)
        return
    if not isinstance(value, dict):
        return
    if (name := _person(value)) is not None:
        for key in value:
            if (key in _table()["people"]["id_keys"] or _own_id_key(key) or _is_writer_id(
                    key, value[key])) and (own := _key(value[key])) is not None:
                directory.setdefault(own, name)
    for key, inner in value.items():
        if isinstance(inner, dict) and any(char.isdigit() for char in key) and (
                found := _person(inner)) is not None:  # "userMap": {"7": {"nick": …}}
            directory.setdefault(key, found)
        _people(inner, directory, depth + 1)


def _person(value: dict[str, Any]) -> str | None:
    """The name of an object that names somebody and holds no words of its own, else None."""
    if record_text(value) or _prose(value):
        return None
    objects = [value, *(inner for inner in value.values() if isinstance(inner, dict))]
    for pair in _table()["infer"]["name_parts"]:
        for found in objects:
            if all(isinstance(found.get(key), str) and found[key].strip() for key in pair):
                return " ".join(found[key].strip() for key in pair)
    names = [name for key in _table()["people"]["name_keys"] for found in objects
             if (name := _name(found.get(key))) is not None and not _is_id(name)] + [
        name for found in objects for key in _keys(found, "author_inner")  # "screen_name"
        if (name := _name(found.get(key))) is not None and not _is_id(name)]
    return next((name for name in names if _is_display_name(name)), names[0] if names else None)


def _with_names(value: Any, directory: dict[str, str], depth: int) -> Any:
    if depth > 12 or not isinstance(value, dict | list):
        return value
    if isinstance(value, list):
        return [_with_names(item, directory, depth + 1) for item in value]
    record = {key: _with_names(inner, directory, depth + 1) for key, inner in value.items()}
    inner = _unwrapped(value)
    if record_text(inner) and (found := _writer_by_id(value, directory)) is not None and (
            found[1] or _author(inner) is None or _author(inner) in directory):
        record[_INFERRED["author"]] = found[0]  # a name of its own beside an id is kept
    return record


def _is_writer_id(key: str, value: Any) -> bool:
    """An id under a writer's key ("sender": "@ana:matrix.org", "commenterHex": "c9"): in a
    person's object (a member event, a commenters list) it is the id their records give."""
    return isinstance(value, str) and _is_id(value) and bool(
        key_words(key) & {*_table()["author_words"], *_table()["people"]["writer_id_words"]})


def _writer_by_id(record: dict[str, Any], directory: dict[str, str]) -> tuple[str, bool] | None:
    """The name of the person whose id the record gives under a writer's key ("author_id",
    "idMemberCreator", "createdBy": {"id": …}), and whether the id sits in an object of its
    own (a reference, whose other strings name no writer: {"object": "user", "id": …})."""
    words = {*_table()["author_words"], *_table()["people"]["writer_id_words"]}
    for key, value in record.items():
        if not words & key_words(key):
            continue
        held = isinstance(value, dict)
        if isinstance(value, dict):
            value = next((value[k] for k in _table()["people"]["id_keys"] if k in value), None)
        if isinstance(value, list) and value:  # a card's "idMembers": its first is its writer
            value = value[0]
        if (own := _key(value)) is not None and own in directory:
            return directory[own], held
    return None


def _shape(record: dict[str, Any]) -> frozenset[str]:
    return frozenset(key for key, value in record.items() if not isinstance(value, list))


def _grouped(value: Any, groups: dict[frozenset[str], list[dict[str, Any]]], depth: int) -> None:
    if depth > 12:
        return
    if isinstance(value, dict):
        groups.setdefault(_shape(value), []).append(value)
        value = list(value.values())
    if isinstance(value, list):
        siblings = [item for item in value if isinstance(item, dict)]
        if len(siblings) >= 3:  # one list's records, each with keys of its kind ("tmid", "t")
            said = [item for item in siblings if not _is_notice(item)] or siblings
            common = frozenset.intersection(*(_shape(item) for item in said))
            groups.setdefault(common, [{key: item[key] for key in item if key in common}
                                       for item in said])
        for item in value:
            if isinstance(item, dict | list):
                _grouped(item, groups, depth + 1)


def _plan(records: list[dict[str, Any]]) -> dict[str, str] | None:
    """Which key holds the text, the writer and the date of records that share their keys, or
    None when they do not read as people talking (a writer and a date, or a writer who comes
    back). A text or a writer that a listed key already gives is kept."""
    rules = _table()["infer"]
    keys = list(records[0])
    if not keys:
        return None  # empty objects ("labels": {}) hold nobody's words
    words = {key: sum(len(r[key].split()) for r in records if isinstance(r.get(key), str))
             / len(records) for key in keys}
    text = max(keys, key=lambda key: words[key])
    if all(record_text(r) for r in records):
        text = next(key for key in _keys(records[0], "text")
                    if record_text({key: records[0].get(key)}))
    if words.get(text, 0) < rules["min_words"] and not all(record_text(r) for r in records):
        return None
    dates = [key for key in keys if key != text and all(_is_date(r.get(key)) for r in records)]
    plan = {"text": text}
    if all(_author(r) for r in records):
        keys = [next(key for key in _keys(records[0], "author")
                     if _author({key: records[0].get(key)}))]
    for key in keys:
        names = [_name(r.get(key)) for r in records]
        if key == text or key in dates or key_words(key).intersection(
                _table()["not_author_words"]) or None in names or len(set(names)) < 2:
            continue
        own = {str(r.get(key)) for r in records}
        others = {str(v) for r in records for k, v in r.items() if k != key
                  and isinstance(v, str | int)}
        if own & others:
            continue  # an id the records link to ("parent": "p1")
        plan["author"] = key
        break
    if "author" not in plan:
        return None
    if dates:
        plan["date"] = dates[0]
    writers = [_name(r.get(plan["author"])) for r in records]
    return plan if dates or len(set(writers)) < len(writers) else None


def _is_date(value: Any) -> bool:
    value = _extended(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return 1e9 <= value <= 1e13  # seconds or milliseconds since 1970, 2001 onwards
    return isinstance(value, str) and len(value) <= 40 and iso_date(value) is not None


def _extended(value: Any) -> Any:
    """A value as MongoDB's Extended JSON wraps it (Rocket.Chat's and any `mongoexport`'s
    ``{"$date": {"$numberLong": "1741116130000"}}``), unwrapped; other values as they are."""
    wrapped = False
    while isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith("$"):
        value, wrapped = next(iter(value.values())), True
    if wrapped and isinstance(value, str) and value.isdigit():
        return int(value)  # "$numberLong" holds its number as a string
    return value


def _name(value: Any) -> str | None:
    """A writer's name as records give it: a short string, or an object holding one (or its
    parts, "first" and "last")."""
    rules = _table()["infer"]
    if isinstance(value, dict):
        parts = next(([value[k] for k in pair] for pair in rules["name_parts"]
                      if all(isinstance(value.get(k), str) for k in pair)), None)
        value = " ".join(p.strip() for p in parts) if parts else (_first_str(
            value, _keys(value, "author_inner")) or next(
            (v for k, v in value.items() if isinstance(v, str) and not key_words(k) & set(
                _table()["not_author_words"])), None)  # {"pseudo": "Lena M."}, not its "_id"
            or next((found for v in value.values() if isinstance(v, dict)  # {"profile": {…}}
                     and (found := _name(v)) is not None), None))
    if not isinstance(value, str) or not value.strip() or value.strip().isdigit():
        return None
    value = value.strip()
    if len(value) > rules["max_name_chars"] or len(value.split()) > rules["max_name_words"] or (
            "://" in value):
        return None
    return value


def _rebuilt(value: Any, plans: dict[frozenset[str], dict[str, str]], depth: int) -> Any:
    if depth > 12 or not isinstance(value, dict | list):
        return value
    if isinstance(value, list):
        return [_rebuilt(item, plans, depth + 1) for item in value]
    record = {key: _rebuilt(inner, plans, depth + 1) for key, inner in value.items()}
    plan = plans.get(_shape(value)) or next((plan for plan in plans.values() if all(
        key in value for key in plan.values()) and isinstance(value[plan["text"]], str)
        and _name(value[plan["author"]]) is not None), None)  # the post, with a key more or less
    if plan is not None:
        record.update({_INFERRED[role]: value[key] for role, key in plan.items()})
        record[_INFERRED["author"]] = _name(value[plan["author"]])
        return record
    held = next((plans[_shape(item)] for inner in value.values() if isinstance(inner, list)
                 for item in inner if isinstance(item, dict) and _shape(item) in plans), None)
    if held is not None and not record_text(value) and (prose := _prose(value)):
        record[_INFERRED["text"]] = prose
        if _author(value) is None:
            writer = next((found for inner in [value, *value.values()] if isinstance(inner, dict)
                           and (found := _name(inner.get(held["author"]))) is not None), None)
            if writer is not None:
                record[_INFERRED["author"]] = writer
    return record


def _names(record: dict[str, Any], strong: bool = False) -> list[str]:
    """Every name the record gives its writer (a display name and a user name); ``strong``:
    only under keys that name no thing ("created_by", not "name")."""
    found = []
    for key in _keys(record, "author"):
        if strong and key in _table()["weak_author"]:
            continue
        value = record.get(key)
        inner = ([value.get(k) for k in _keys(value, "author_inner") if k in value]
                 or [_name(value)] if isinstance(value, dict) else [value])
        found += [_unmangled(v.strip()) for v in inner if isinstance(v, str) and v.strip()]
    return found


def _lists(value: Any, depth: int) -> list[list[Any]]:
    """Every list of objects in ``value`` down to ``depth`` levels of nesting."""
    if depth < 0:
        return []
    if isinstance(value, list):
        found = [value] if any(isinstance(item, dict) for item in value) else []
        inner = [found for item in value if isinstance(item, dict) and not is_comment_record(item)
                 for found in _lists(item, depth - 1)]
        return found + ([[item for found in inner for item in found]] if inner else [])
    if isinstance(value, dict):
        return [found for inner in value.values() for found in _lists(inner, depth - 1)]
    return []


def _scalars(value: Any, depth: int) -> list[str]:
    """The ids a link's value gives, inside its objects too (Matrix's ``{"m.in_reply_to":
    {"event_id": …}}``)."""
    if isinstance(value, dict) and depth > 0:
        return [found for inner in value.values() for found in _scalars(inner, depth - 1)]
    return [key] if (key := _key(value)) is not None else []


def _own_id_key(key: str) -> bool:
    """A key that may hold a record's own id: its name ends in "id" (or "hex", Commento's
    "commentHex") and names no writer and no
    link to another record ("author_id", "parent_id", "thread_id")."""
    table = _table()
    links = {link for link, _ in table["parent"]}
    return key.casefold().endswith(("id", "hex")) and key not in links and not key_words(key) & {
        *table["author_words"], *table["people"]["writer_id_words"], *table["not_own_id_words"]}


@dataclass
class _Builder:
    post_names: list[str] = field(default_factory=list)  # every name the post gives its writer
    sections: list[Section] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # the record's own id -> section id
    shared: set[str] = field(default_factory=set)  # ids several records give as their own
    skipped: int = 0

    def add(self, record: dict[str, Any], parent: str | None, post: bool) -> str | None:
        text = record_text(record)
        if not text:
            self.skipped += 1
            return None
        section_id = "post" if post else f"comment-{len(self.sections)}"
        link = parent if parent is not None else self._parent(record)
        title = _first_str(record, _table()["title"]) if post else None
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        author = _author(record)
        self.sections.append(Section(id=section_id, author=author, text=text,
                                     title=title, date=_date(record),
                                     parent=None if post else link, home=_home(record, author)))
        for _, own in _table()["parent"]:
            if _key(record.get(own)) is not None:
                self.ids.setdefault(f"{own}:{_key(record.get(own))}", section_id)
        for key in record:  # its own id under a key of its own ("mid", "pid", "msgId"); one
            # that several records give names what they are about ("post_id" on every row)
            if _own_id_key(key) and (own_id := _key(record[key])) is not None and (
                    f"*:{own_id}" not in self.shared):
                self.ids.setdefault(f"*:{own_id}", section_id)
        return section_id

    def _parent(self, record: dict[str, Any]) -> str | None:
        path = record.get("path")  # Lemmy: "0.12.57", the ids from the root to this comment
        if isinstance(path, str) and path.count(".") >= 2:
            found = self.ids.get(f"id:{path.split('.')[-2]}")
            if found is not None:
                return None if found == "post" else found
        for link, own in _table()["parent"]:
            value = record.get(link)
            if isinstance(value, dict):
                value = value.get(own)
            if _key(value) is not None:
                found = self.ids.get(f"{own}:{_key(value)}") or self.ids.get(f"*:{_key(value)}")
                if found is not None:
                    return None if found == "post" else found
        for key, value in record.items():  # "parentHex", "m.relates_to": {"m.in_reply_to": …}
            if key_words(key) & set(_table()["link_words"]) and not _own_id_key(key):
                found = next((self.ids[f"*:{ref}"] for ref in _scalars(value, _NESTED)
                              if f"*:{ref}" in self.ids), None)
                if found is not None:
                    return None if found == "post" else found
        return None

    def tree(self, children: Any, parent: str | None) -> None:
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                self.skipped += 1
                continue
            self.thread_of(_unwrapped(child), parent, post=False)

    def thread_of(self, record: dict[str, Any], parent: str | None, post: bool) -> str | None:
        """The record's section and its replies' (under it), none for an app's notice."""
        if _is_notice(record):
            self.skipped += 1
            return None
        own = self.add(record, parent, post)
        self.tree(_children(record), own or parent)
        return own

    def thread(self, source: str, name: str) -> Thread:
        if not self.sections or self.sections[0].id != "post":  # the first record had no text
            self.sections.insert(0, Section(id="post", author=None, text=""))
        writers = {section.author for section in self.sections[1:]}
        if self.sections[0].author not in writers:  # Lemmy: "Paula" above, "ruta_lenta" below
            same = next((name for name in self.post_names if name in writers), None)
            if same is not None:
                self.sections[0] = replace(self.sections[0], author=same)
        warnings = (f"skipped {self.skipped} entry(ies) without text (deleted or not "
                    "comments)",) if self.skipped else ()
        homes = {s.author: s.home for s in self.sections if s.author and s.home}
        sections = tuple(replace(s, home=s.home or homes.get(s.author or ""))
                         for s in self.sections)  # a writer's profile shown once
        return Thread(sections=sections, source=source, format=name, warnings=warnings)


def _time(item: Any) -> float | str | None:
    """When a record was written, as its first date key holds it: a number, or an ISO 8601
    string (comparable as text)."""
    if not isinstance(item, dict):
        return None
    for key in _table()["date"]:
        value = _extended(_unwrapped(item).get(key))
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str) and _ISO_TIME.match(value):
            return value
    return None


def _from_records(records: list[Any], root: dict[str, Any] | None, first_is_post: bool,
                  name: str, source: str) -> Thread:
    owned = Counter(f"*:{own}" for item in records if isinstance(item, dict)
                    for key, value in _unwrapped(item).items()
                    if _own_id_key(key) and (own := _key(value)) is not None)
    builder = _Builder(shared={ref for ref, count in owned.items() if count > 1})
    records = oldest_first(records, [_time(item) for item in records])
    first_is_post = first_is_post and not _about_elsewhere(records, root)
    title = _first_str(root, _table()["title"]) if root is not None else None
    if not first_is_post:  # comments only (a Disqus or Facebook export): the post is the title
        builder.sections.append(Section(id="post", author=None, text=title or "", title=title))
    for number, item in enumerate(records):
        if not isinstance(item, dict):
            builder.skipped += 1
            continue
        record = _unwrapped(item)
        if number == 0 and first_is_post and title and not _first_str(record, ["title"]):
            record = {**record, "title": title}
        post = first_is_post and not builder.sections
        builder.thread_of(record, None, post=post)
    return builder.thread(source, name)


def _about_elsewhere(records: list[Any], root: dict[str, Any] | None) -> bool:
    """Comments whose post the file does not hold: every record gives the same id of what they
    are about ("post": 812, "path": "/2024/…"), and no record nor the object around them has
    that id as its own (a dump's submission whose "id" the comments' "link_id" give); a reply's
    link to it ("parent_id": 812) is no id of its own."""
    found = [_unwrapped(item) for item in records if isinstance(item, dict)]
    if len(found) < 2:
        return False
    words = about_words()
    for key, value in found[0].items():
        if not (words & key_words(key)) or _key(value) is None or any(
                _key(record.get(key)) != _key(value) for record in found):
            continue
        links = set(_table()["link_words"])
        own = {_key(inner) for record in [*found, root or {}] for other, inner in record.items()
               if other != key and not key_words(other) & links}
        if _key(value) not in own:
            return True
    return False


def _from_tree(root: dict[str, Any], name: str, source: str) -> Thread:
    builder = _Builder(post_names=_names(root))
    builder.add(root, None, post=True)
    builder.tree(_children(root), None)
    return builder.thread(source, name)


def _key(value: Any) -> str | None:
    """An id as a string: Disqus gives a post's own id as "9001" and its parent as 9001; a
    Reddit dump links "t1_m1aa01" to the comment whose id is "m1aa01"."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        return _table()["id_prefix_re"].sub("", str(value))
    return None


def _children(record: dict[str, Any]) -> Any:
    """The replies under a listed key, else under any key whose list holds comment records
    ("responses", "discussion")."""
    listed = _table()["children"]
    for key in listed:
        value = record.get(key)
        if isinstance(value, dict):  # YouTube's "replies": {"comments": […]}
            value = next((inner for inner in value.values() if isinstance(inner, list)), None)
        if isinstance(value, list):  # then a Q&A question's "answers" after its "comments"
            return value + [item for other, found in record.items() if other not in listed
                            and _said(found) for item in found]
    return next((value for value in record.values() if _said(value)), None)


def _said(value: Any) -> bool:
    """A list that holds comment records."""
    return isinstance(value, list) and any(
        isinstance(item, dict) and is_comment_record(item) for item in value)


def _unwrapped(record: dict[str, Any]) -> dict[str, Any]:
    """The comment inside an envelope: Facebook's ``{"data": [{"comment": {...}}]}``; the
    writer, date, replies and parent keys the envelope holds beside it (Lemmy's ``creator``,
    Matrix's ``sender`` beside ``content``, Bluesky's ``replies`` beside ``post.record``) are kept
    where the comment has none of its own."""
    table = _table()
    for _ in range(4):
        if record_text(record, _NESTED):  # words of its own, not inside an object
            return record
        inner = next((record[k] for k in table["unwrap"]
                      if isinstance(record.get(k), dict | list)), None)
        if isinstance(inner, list):
            inner = inner[0] if len(inner) == 1 else None
        if inner is None:  # an envelope of the app's own: the one object that holds words
            holders = [value for value in record.values() if _holds_words(value, _NESTED)]
            inner = holders[0] if len(holders) == 1 else None
        if not isinstance(inner, dict):
            return record
        about = [key for key in record if (_own_id_key(key) or key_words(key) & set(
            table["elsewhere_words"])) and _key(record[key]) is not None]  # "event_id", "videoId"
        kept = [*_keys(record, "author"), *table["date"], *table["children"], "path",
                *table["notice"]["keys"], *about]
        merged = {**{k: record[k] for k in kept if k in record}, **inner}
        if not record_text(merged) and record_text(record):
            return record  # the words sit in an object of their own ("content": {"plain": …})
        record = merged
    return record


def _holds_words(value: Any, depth: int) -> bool:
    """An object with words of its own under a text key, or inside one of its objects (YouTube's
    ``{"snippet": {"topLevelComment": {"snippet": {"textOriginal": …}}}}``)."""
    return isinstance(value, dict) and depth > 0 and (bool(record_text(value, _NESTED)) or any(
        _holds_words(inner, depth - 1) for inner in value.values()))


def _at(value: dict[str, Any], path: str) -> Any:
    """The value at a dotted path ("post_stream.posts"), None where it stops."""
    found: Any = value
    for key in path.split("."):
        found = found.get(key) if isinstance(found, dict) else None
    return found


_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def key_words(key: str) -> set[str]:
    """The words of a key's name, split at '_', '-', '.' and case changes ("idMemberCreator":
    id, member, creator)."""
    return {word.casefold() for word in _KEY_WORD.findall(key)}


def _keys(record: dict[str, Any], kind: str) -> list[str]:
    """The keys that may hold the record's ``kind`` ("text", "author" or "author_inner"): the
    table's, in order, then any other key with a word of its name among the table's
    ``kind_words`` ("from_name", "html_text") and none of its ``not_…_words`` ("room_name" names
    a room, not its writer), so an export with key names of its own is still read."""
    table = _table()
    never = set(table.get(f"not_{kind.removesuffix('_inner')}_words", []))
    words = set(table[f"{kind}_words"])
    named = [key for key in record if key not in table[kind] and words.intersection(
        found := key_words(key)) and not never & found]
    return [*table[kind], *named]


def record_text(record: dict[str, Any], depth: int = 0) -> str:
    """The record's words: the first listed text key with a string, else the key named like one
    that holds the most words; HTML read as paragraphs, quotes of earlier writers out. A text
    key may hold an object that holds the words (``"content": {"plain": …}``)."""
    table = _table()
    listed = [key for key in table["text"] if key in record]
    named = sorted((key for key in _keys(record, "text")[len(table["text"]):]
                    if isinstance(record[key], dict) or _is_pieces(record[key]) or (
                        isinstance(record[key], str) and len(record[key].split()) > 1)),
                   key=lambda key: -len(_nested_text(record[key], depth).split()))
    for key in [*listed, *named]:  # words, not an id or a link
        value = record.get(key)
        if isinstance(value, dict):  # "content": {"plain": …}, "msg": {"payload": {"text": …}}
            value = _nested_text(value, depth)
        if isinstance(value, list):  # Telegram: ["Is ", {"type": "bold", "text": "Blagaj"}, …]
            value = _pieces(value) if _is_pieces(value) else ""
        if not isinstance(value, str) or not value.strip() or _ONLY_TAGS.fullmatch(value):
            continue
        text = _unmangled(value)
        for quote in table["quote_re"]:
            text = quote.sub("", text)
        if _MARKUP.search(text):
            text = fragment_text(text, table["quote_html"])
        text = text.strip()
        if text and text not in ("[deleted]", "[removed]"):
            return text
    return ""


_NESTED = 4  # objects inside a text key's object, no deeper
_ONLY_TAGS = re.compile(r"\s*(?:<[^<>]*>\s*)+")  # "<systemEventMessage/>": an event, no words


def _is_pieces(value: Any) -> bool:
    """Rich text in pieces: a list of strings and objects none of which names a writer (not a
    list of replies)."""
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, str) or (isinstance(item, dict) and _author(item) is None)
        for item in value)


def _pieces(value: Any, depth: int = 0) -> str:
    """The words of rich text given in pieces: strings and entities with their own words
    (Telegram's {"text": …}, a document's {"plainText": …}) run together; blocks that hold
    pieces of their own (a chat's {"elements": […]}, {"text": {"text": …}}) one a line."""
    if isinstance(value, str):
        return value
    if depth > 3 * _NESTED or not isinstance(value, dict | list):
        return ""
    if isinstance(value, dict):
        own = next((value[key] for key in _keys(value, "text") if isinstance(value.get(key), str)),
                   None)
        if own is not None:
            return str(own)
        return "\n".join(found for inner in value.values() if isinstance(inner, dict | list)
                         and (found := _pieces(inner, depth + 1).strip()))
    lines: list[str] = []
    run = ""
    for item in value:
        inline = isinstance(item, str) or (isinstance(item, dict) and any(
            isinstance(item.get(key), str) for key in _keys(item, "text")))
        if inline:
            run += _pieces(item, depth + 1)
            continue
        lines += [run, _pieces(item, depth + 1)]
        run = ""
    return "\n".join(line.strip() for line in [*lines, run] if line.strip())


def _nested_text(value: Any, depth: int) -> str:
    """The words an object under a text key holds: its own text, else its prose; none when it
    names a writer of its own (a record inside the record: Lemmy's "post_view")."""
    if not isinstance(value, dict) or depth >= _NESTED:
        return value if isinstance(value, str) else ""
    inner = _unwrapped(value)
    if _author(inner) is not None:
        return ""
    return record_text(inner, depth + 1) or _prose(inner)


def _author(record: dict[str, Any]) -> str | None:
    """The writer's name: the first a writer's key gives, but a display name beside a handle in
    the same object ({"name": "petra_k", "nickname": "Petra Kovač"}) and any name after an id
    ("user": "U01AB" beside "user_profile": {"real_name": …}) win, as a reader would see them."""
    found: list[str] = []
    for key in _keys(record, "author"):
        value = record.get(key)
        if isinstance(value, dict):
            value = _inner_name(value)
        if isinstance(value, str) and value.strip() and value.strip() != "[deleted]":
            name, address = parseaddr(value) if _ADDRESS.search(value) else ("", "")
            found.append(_unmangled(name or address.split("@")[0] or value.strip()))
            if not _is_id(found[-1]):
                break
    return next((name for name in found if not _is_id(name)), found[0] if found else None)


def _inner_name(value: dict[str, Any]) -> str | None:
    """The name a writer's object gives: a display name before a handle."""
    inner = [v.strip() for k in _keys(value, "author_inner")
             if isinstance(v := value.get(k), str) and v.strip()]
    return next((v for v in inner if _is_display_name(v)), None) or (
        inner[0] if inner else _name(value))


def _is_display_name(value: str) -> bool:
    """A name as people write it ("Petra Kovač", "Tariq"), not a handle ("petra_k", "olly.r")."""
    return value[:1].isupper() and _DISPLAY.fullmatch(value) is not None


def _is_id(value: str) -> bool:
    """A writer given as an id no reader sees ("@ana:matrix.org", "U01AB", "c9", "5531")."""
    return any(re.fullmatch(pattern, value) for pattern in _table()["writer_id_patterns"])


_DISPLAY = re.compile(r"[^\W\d_][^\W\d_'\u2019.-]*(?:[ '\u2019.-]+[^\W\d_][^\W\d_'\u2019.-]*)*\.?")


_ADDRESS = re.compile(r"<[^<>\s]+@[^<>\s]+>\s*$")  # "Ana Ruiz <ana@example.org>"


def _home(record: dict[str, Any], author: str | None) -> str | None:
    """The writer's home from their profile object ({"nickname": "ana", "homeTown": "Lyon"}):
    a key of 'home' in the object that names the writer, never a place the record is about."""
    return next((value[key].strip() for value in record.values() if isinstance(value, dict)
                 and author in value.values() for key in _table()["home"]
                 if isinstance(value.get(key), str) and value[key].strip()), None)


def _date(record: dict[str, Any]) -> str | None:
    """The record's date from the first listed key that holds one, else from a key named for a
    date ("Date", "sent_at") whose value reads as one."""
    words = set(_table()["date_words"])
    named = [key for key in record if key_words(key) & words and _is_date(record[key])]
    for key in [*_table()["date"], *named]:
        value = _extended(record.get(key))
        if isinstance(value, int | float) and not isinstance(value, bool):
            seconds = value / 1000 if value > 1e11 else value  # milliseconds
            try:
                return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
            except (OverflowError, OSError, ValueError):
                continue
        if isinstance(value, str) and value.strip():
            return iso_date(value.strip()) or value.strip()
    return None


def _first_str(record: dict[str, Any] | None, keys: list[str]) -> str | None:
    for key in keys:
        value = (record or {}).get(key)
        if isinstance(value, str) and value.strip():
            return _unmangled(value.strip())
    return None


def _unmangled(text: str) -> str:
    """Facebook's export writes UTF-8 bytes as Latin-1 escapes ("MÃ¼ller"): undone where the
    text reads as UTF-8 that way, kept where it does not (a real "Müller")."""
    if not any("\u0080" <= char <= "\u00ff" for char in text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
