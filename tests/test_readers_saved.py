"""Saved and exported threads in shapes people actually have on disk: a forum's topic JSON, a
Mastodon context, a Disqus or Facebook export, a Hacker News item tree, comment records with
other key names (JSON and JSON Lines), raw e-mail (.eml, mbox) and Markdown copies. Each sample
was written for this test, its sections and writers decided before the reader ran; each must
split into the post and comments with the right writers, replies under the comment they answer,
no markup or quoted earlier words in a section's text, and bad files refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from itinerary.errors import InputError
from itinerary.readers import read_threads


def _one(path: Path) -> tuple[str, list[tuple[str | None, str | None, str]]]:
    """(format, [(author, parent, text)]) of the only thread in ``path``."""
    threads = read_threads(path)
    assert len(threads) == 1
    thread = threads[0]
    return thread.format or "", [(s.author, s.parent, s.text) for s in thread.sections]


def _write(tmp_path: Path, name: str, value: object) -> Path:
    path = tmp_path / name
    path.write_text(value if isinstance(value, str) else json.dumps(value), "utf-8")
    return path


DISCOURSE_TOPIC = {
    "id": 5120, "title": "Azores in April: Sao Miguel only?", "posts_count": 4,
    "post_stream": {"posts": [
        {"id": 31, "post_number": 1, "username": "lucia_v", "name": "Lucia",
         "created_at": "2026-02-10T18:20:00.000Z", "reads": 88,
         "cooked": "<p>Five days on Sao Miguel, based in Ponta Delgada. Worth adding Terceira?"
                   "</p>"},
        {"id": 32, "post_number": 2, "username": "kai.h", "name": "",
         "created_at": "2026-02-10T19:02:00.000Z",
         "cooked": "<p>Yes. Angra do Heroismo is lovely and flights are short.</p>"},
        {"id": 33, "post_number": 3, "username": "lucia_v", "reply_to_post_number": 2,
         "created_at": "2026-02-10T19:40:00.000Z",
         "cooked": '<aside class="quote" data-username="kai.h"><div class="title">kai.h:'
                   "</div><blockquote><p>Angra do Heroismo is lovely</p></blockquote></aside>"
                   "<p>Good to know, one night there then.</p>"},
        {"id": 34, "post_number": 4, "username": "ze_m",
         "created_at": "2026-02-11T08:00:00.000Z",
         "cooked": "<p>Don't skip Furnas on Sao Miguel.</p>"},
    ]},
}


def test_discourse_topic_json_posts_replies_and_quotes(tmp_path: Path) -> None:
    fmt, sections = _one(_write(tmp_path, "topic.json", DISCOURSE_TOPIC))
    assert fmt == "discourse-json"
    assert [(a, p) for a, p, _ in sections] == [
        ("lucia_v", None), ("kai.h", None), ("lucia_v", "comment-1"), ("ze_m", None)]
    assert sections[0][2].startswith("Azores in April: Sao Miguel only?\n\nFive days")
    assert sections[2][2] == "Good to know, one night there then."  # the quote is kai.h's
    assert all("<" not in text for _, _, text in sections)


def test_mastodon_context_json(tmp_path: Path) -> None:
    context = {
        "ancestors": [{"id": "901", "created_at": "2026-06-01T07:00:00.000Z",
                       "account": {"username": "wren", "display_name": "Wren"},
                       "content": "<p>First time in Kraków next week. Day trip ideas?</p>"}],
        "descendants": [
            {"id": "902", "in_reply_to_id": "901", "created_at": "2026-06-01T08:00:00.000Z",
             "account": {"username": "tomasz", "display_name": "Tomasz P"},
             "content": '<p><span class="h-card"><a href="https://example.social/@wren" '
                        'class="u-url mention">@<span>wren</span></a></span> Wieliczka salt '
                        "mine, and Zakopane if you like hills.</p>"},
            {"id": "903", "in_reply_to_id": "902", "created_at": "2026-06-01T09:00:00.000Z",
             "account": {"username": "wren", "display_name": "Wren"},
             "content": "<p>Zakopane by bus or train?</p>"}]}
    fmt, sections = _one(_write(tmp_path, "context.json", context))
    assert fmt == "mastodon-json"
    assert [(a, p) for a, p, _ in sections] == [
        ("Wren", None), ("Tomasz P", None), ("Wren", "comment-1")]
    assert sections[1][2] == "Wieliczka salt mine, and Zakopane if you like hills."


def test_hacker_news_item_tree_skips_deleted(tmp_path: Path) -> None:
    item = {"id": 70, "author": "ottoq", "title": "Ask HN: A month in Tbilisi?",
            "text": "Thinking of Tbilisi in October, maybe a week in Kutaisi.",
            "created_at": "2026-09-01T10:00:00.000Z", "children": [
                {"id": 71, "author": "mira", "text": "<p>Go to Kazbegi for a night.<p>Stunning.",
                 "children": [{"id": 73, "author": "ottoq", "text": "Noted!", "children": []}]},
                {"id": 72, "author": None, "text": None, "children": []},
                {"id": 74, "author": "dvd", "text": "Batumi is nice in October too.",
                 "children": []}]}
    path = _write(tmp_path, "item.json", item)
    fmt, sections = _one(path)
    assert fmt == "item-tree-json"
    assert [(a, p) for a, p, _ in sections] == [
        ("ottoq", None), ("mira", None), ("ottoq", "comment-1"), ("dvd", None)]
    assert sections[1][2] == "Go to Kazbegi for a night.\n\nStunning."
    assert read_threads(path)[0].warnings  # the deleted comment is said, not silent


def test_disqus_export_keeps_parents_across_id_types(tmp_path: Path) -> None:
    export = {"code": 0, "response": [
        {"id": "501", "raw_message": "Ohrid was the highlight, Struga less so.",
         "author": {"name": "Petra", "username": "petra_k"}, "parent": None},
        {"id": "502", "raw_message": "Did you get to Bitola?",
         "author": {"name": "Sam", "username": "sam_t"}, "parent": 501},
        {"id": "503", "raw_message": "Galicica park above the lake is worth it.",
         "author": {"name": "Guest", "isAnonymous": True}, "parent": None}]}
    fmt, sections = _one(_write(tmp_path, "disqus.json", export))
    assert fmt == "disqus-json"
    assert sections[0] == (None, None, "")  # the article is not in a comments export
    assert [(a, p) for a, p, _ in sections[1:]] == [
        ("Petra", None), ("Sam", "comment-1"), ("Guest", None)]


def test_facebook_export_unwraps_and_repairs_names(tmp_path: Path) -> None:
    export = {"comments_v2": [
        {"timestamp": 1690000000, "title": "Zoë commented on Ida's post.",
         "data": [{"comment": {"timestamp": 1690000000, "author": "Zo\u00c3\u00ab",
                               "comment": "Two nights in Ghent, then Bruges by train."}}]}]}
    fmt, sections = _one(_write(tmp_path, "your_comments.json", export))
    assert fmt == "facebook-json"
    assert sections[1] == ("Zoë", None, "Two nights in Ghent, then Bruges by train.")


@pytest.mark.parametrize("text_key,author_key", [
    ("body", "user"), ("message", "name"), ("content", "by"), ("text", "author")])
def test_comment_records_with_other_keys_are_one_thread(
        tmp_path: Path, text_key: str, author_key: str) -> None:
    records = [{author_key: "Ines", text_key: "We did Seville and then Cordoba by train."},
               {author_key: "Raul", text_key: "Granada is only two hours from Cordoba."},
               {author_key: "Ines", text_key: "Granada it is."}]
    lines = "\n".join(json.dumps(r) for r in records) + "\n"
    for path in (_write(tmp_path, "c.json", records), _write(tmp_path, "c.jsonl", lines)):
        fmt, sections = _one(path)
        assert fmt == "json-comments"
        assert [a for a, _, _ in sections] == ["Ines", "Raul", "Ines"]
        assert sections[1][2] == "Granada is only two hours from Cordoba."


def test_json_lines_of_threads_stay_threads(tmp_path: Path) -> None:
    lines = '{"id": "a", "text": "Oslo to Bergen by train."}\n{"id": "b", "text": "Cork."}\n'
    assert len(read_threads(_write(tmp_path, "t.jsonl", lines))) == 2


RAW_REPLY = """\
Return-Path: <nadia@example.org>
Received: from mx.example.org by mail.example.net; Sat, 7 Mar 2026 10:00:02 +0000
Message-ID: <r2@example.org>
Date: Sat, 7 Mar 2026 11:00:00 +0100
From: Nadia Haddad <nadia@example.org>
To: Ben <ben@example.net>
Subject: Re: Jordan route
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

We slept two nights in Wadi Rum and drove on to Aqaba. Petra needs a full d=
ay, stay in Wadi Musa.

On Fri, 6 Mar 2026 at 21:40, Ben <ben@example.net> wrote:
> Is Madaba worth a stop on the way south from Amman?
"""


def test_eml_decodes_transfer_encoding_and_reads_the_quote_as_its_message(
        tmp_path: Path) -> None:
    fmt, sections = _one(_write(tmp_path, "reply.eml", RAW_REPLY))
    assert fmt == "email"
    assert [a for a, _, _ in sections] == ["Ben", "Nadia Haddad"]  # the quoted question first
    assert "Madaba" in sections[0][2]
    text = sections[1][2]
    assert "Petra needs a full day, stay in Wadi Musa." in text
    assert "Madaba" not in text and "Received" not in text and "=\n" not in text


MBOX = """\
From ben@example.net Fri Mar  6 21:40:00 2026
From: Ben <ben@example.net>
Date: Fri, 6 Mar 2026 21:40:00 +0100
Subject: Jordan route
Message-ID: <r1@example.net>
Content-Type: text/plain; charset=utf-8

Flying into Amman. Is Madaba worth a stop on the way south?

From nadia@example.org Sat Mar  7 10:00:02 2026
From: Nadia Haddad <nadia@example.org>
Date: Sat, 7 Mar 2026 11:00:00 +0100
Subject: Re: Jordan route
Content-Type: multipart/alternative; boundary="zz"

--zz
Content-Type: text/plain; charset=utf-8

Madaba yes, for the mosaic map. Then Dana on the way to Petra.

--zz
Content-Type: text/html; charset=utf-8

<p>Madaba yes, for the mosaic map. Then Dana on the way to Petra.</p>
--zz--
"""


def test_mbox_is_one_thread_of_its_messages(tmp_path: Path) -> None:
    fmt, sections = _one(_write(tmp_path, "list.mbox", MBOX))
    assert fmt == "email"
    assert [a for a, _, _ in sections] == ["Ben", "Nadia Haddad"]
    assert sections[1][2] == "Madaba yes, for the mosaic map. Then Dana on the way to Petra."


GMAIL_ORIGINAL = """\
Original Message
Message ID\t<CAB12x@mail.gmail.com>
Created at:\tThu, Oct 8, 2026 at 7:41 PM (Delivered after 2 seconds)
From:\tRosa Ibarra <rosa.ibarra@example.com>
To:\tDan <dan@example.net>
Subject:\tRe: Oaxaca in November
SPF:\tPASS with IP 192.0.2.44 Learn more
DKIM:\t'PASS' with domain example.com Learn more
DMARC:\t'PASS' Learn more

Download Original\tCopy to clipboard\t

Delivered-To: dan@example.net
Received: by 2002:a05 with SMTP id x1; Thu, 8 Oct 2026 10:41:12 -0700 (PDT)
MIME-Version: 1.0
From: Rosa Ibarra <rosa.ibarra@example.com>
Date: Thu, 8 Oct 2026 19:41:00 +0200
Message-ID: <CAB12x@mail.gmail.com>
Subject: Re: Oaxaca in November
To: Dan <dan@example.net>
Content-Type: multipart/alternative; boundary="000000000000abc"

--000000000000abc
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

SGllcnZlIGVsIEFndWEgaXMgYW4gZWFzeSBkYXkgdHJpcCBmcm9tIE9heGFjYSBjaXR5LCBhbmQgTW9u
dGUgQWxiw6FuIGlzIHJpZ2h0IGFib3ZlIHRvd24uCgpPbiBXZWQsIE9jdCA3LCAyMDI2IGF0IDk6MDAg
UE0gRGFuIDxkYW5AZXhhbXBsZS5uZXQ+IHdyb3RlOgo+IElzIE1pdGxhIHdvcnRoIGl0Pwo=
--000000000000abc
Content-Type: text/html; charset="UTF-8"

<div>Hierve el Agua is an easy day trip.</div>
--000000000000abc--
"""


def test_gmail_show_original_page_reads_the_raw_message_below_its_summary(
        tmp_path: Path) -> None:
    fmt, sections = _one(_write(tmp_path, "original.txt", GMAIL_ORIGINAL))
    assert fmt == "email"
    assert [a for a, _, _ in sections] == ["Dan", "Rosa Ibarra"]  # Dan's quoted question first
    assert "Mitla" in sections[0][2]
    text = sections[1][2]
    assert "Monte Albán is right above town." in text  # base64 and UTF-8 undone
    assert "Mitla" not in text and "SPF" not in text and "Download Original" not in text


def test_eml_in_a_legacy_encoding_keeps_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "old.eml"
    path.write_bytes("From: Jörg <j@example.de>\nSubject: Ausflug\nMessage-ID: <1@x>\n"
                     "MIME-Version: 1.0\n\nWir waren in Köln und Düsseldorf.\n".encode("cp1252"))
    _, sections = _one(path)
    assert sections[0][0] == "Jörg"
    assert "Köln und Düsseldorf" in sections[0][2]


GITHUB_DISCUSSION = """\
# Three weeks from Santiago to Patagonia

**andes-ana** started this conversation in Trip planning

Flying into [Santiago](https://example.com/scl), then Puerto Montt, Chiloe and down
to Puerto Natales.

---

**pedro-g** · Jan 4, 2026

> then Puerto Montt, Chiloe

Chiloe is worth three days, rent a car in Castro.

---

**andes-ana** · Jan 5, 2026

Thanks, Castro it is.
"""


def test_markdown_discussion_names_and_quoted_reply(tmp_path: Path) -> None:
    _, sections = _one(_write(tmp_path, "discussion.md", GITHUB_DISCUSSION))
    assert [a for a, _, _ in sections] == ["andes-ana", "pedro-g", "andes-ana"]
    assert sections[1][2] == "Chiloe is worth three days, rent a car in Castro."
    assert "](" not in sections[0][2] and "**" not in sections[0][2]
    assert "Flying into Santiago, then Puerto Montt" in sections[0][2]


def test_one_bold_word_is_not_markdown(tmp_path: Path) -> None:
    text = "We loved **Matera** and the drive to Alberobello.\n"
    _, sections = _one(_write(tmp_path, "note.txt", text))
    assert sections[0][2] == text.strip()


@pytest.mark.parametrize("name,data,message", [
    ("cut.json", b'{"post_stream": {"posts": [{"username": "a", "cooked": "<p>R', "malformed JSON"),
    ("photo.eml", b"\x89PNG\r\n\x1a\n\x00\x00", "not text"),
    ("blank.md", b"   \n\n", "empty file"),
    ("cut.jsonl", b'{"by": "a", "text": "Oslo"}\n{"by": "b", "text":\n', "malformed JSON"),
])
def test_bad_saved_files_are_one_line_errors(
        tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_threads(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)


OLD_REDDIT_PAGE = """\
<html><head><title>Week in Georgia? : solotravel</title><script>var cfg = {"x": 1};</script>
</head><body><div class="side"><h1>solotravel</h1><p>Travel alone. 3m readers</p></div>
<div class="thing link self" data-author="nomad_nell"><p class="title"><a class="title">Week in
Georgia?</a></p><div class="usertext-body"><div class="md"><p>Tbilisi for four days, then
Sighnaghi or Mestia?</p></div></div><ul class="buttons"><li>12 comments</li><li>share</li></ul>
</div>
<div class="commentarea"><div class="thing comment" data-author="kakheti_k"><div class="entry">
<p class="tagline"><a class="author">kakheti_k</a> 9 points</p><form class="usertext">
<div class="usertext-body"><div class="md"><p>Sighnaghi, Mestia needs more than three days.</p>
</div></div></form><ul class="buttons"><li>permalink</li><li>reply</li></ul></div>
<div class="child"><div class="thing comment" data-author="nomad_nell"><div class="entry">
<form class="usertext"><div class="usertext-body"><div class="md"><blockquote><p>Mestia needs
more than three days</p></blockquote><p>Sighnaghi then.</p></div></div></form></div></div></div>
</div></div><div class="footer">about blog careers help Reddit Inc</div></body></html>
"""

XENFORO_PAGE = """\
<html><head><title>Albania coast | Road Trip Forum</title></head><body>
<nav><a>Forums</a><a>What's new</a><a>Log in</a></nav><h1 class="p-title-value">Albania coast</h1>
<article class="message message--post" data-author="Ilir">
<h4 class="message-name"><a class="username">Ilir</a></h4><time datetime="2026-05-01T08:00:00">May
1</time><div class="bbWrapper">Driving from Shkoder down to Sarande in a week.</div>
<footer><a>Like</a><a>Reply</a></footer></article>
<article class="message message--post" data-author="Bea"><time datetime="2026-05-01T09:00:00">May
1</time><div class="bbWrapper">Stop in Berat and Gjirokaster on the inland road.</div></article>
<article class="message message--post" data-author="Ilir"><div class="bbWrapper">
<blockquote class="bbCodeBlock bbCodeBlock--quote"><div>Bea said:</div><div>Stop in Berat</div>
<div>Click to expand...</div></blockquote>Berat it is.</div></article>
<footer class="p-footer">Terms and rules · Community platform by XenForo</footer></body></html>
"""

PHPBB_PAGE = """\
<html><head><title>Lofoten in March - Nordic Board</title></head><body>
<h2 class="topic-title"><a>Lofoten in March</a></h2>
<div class="post"><div class="postbody"><p class="author">by <strong><a class="username">Oda</a>
</strong> » <time datetime="2026-02-01T10:00:00">Sun Feb 01</time></p><div class="content">Flying
into Bodo, ferry to Moskenes. Is Reine a good base?</div></div></div>
<div class="post"><div class="postbody"><p class="author">by <strong><a class="username">Finn</a>
</strong></p><div class="content">Reine yes, and drive up to Henningsvaer one day.</div>
<div class="signature">Lofoten since 1999</div></div></div>
<div class="copyright">Powered by phpBB</div></body></html>
"""

NEW_REDDIT_PAGE = """\
<html><head><title>Slow boat to Luang Prabang? : r/solotravel</title></head><body>
<nav>Home Popular Explore</nav><shreddit-post author="mekong_mo">
<h1 slot="title">Slow boat to Luang Prabang?</h1><div slot="text-body"><p>From Chiang Mai via
Pakbeng, then Vang Vieng.</p></div></shreddit-post><shreddit-comment-tree>
<shreddit-comment author="kuang_si" depth="0"><div slot="commentMeta"><a href="/user/kuang_si/">
kuang_si</a> 2y ago</div><div slot="comment"><p>Do Kuang Si falls early.</p></div>
<shreddit-comment author="mekong_mo" depth="1"><div slot="comment"><p>Early it is!</p></div>
</shreddit-comment></shreddit-comment>
<shreddit-comment author="nong_k" depth="0"><div slot="comment"><p>Nong Khiaw over Vang
Vieng.</p></div></shreddit-comment></shreddit-comment-tree>
<div>More posts you may like</div></body></html>
"""

VBULLETIN_PAGE = """\
<html><head><title>Cinque Terre by train - Travel Board</title></head><body>
<div class="navbar">Forum Home · New Posts · FAQ</div><h2 class="threadtitle">Cinque Terre by
train</h2><ol id="posts"><li class="postcontainer"><span class="date">05-02-2026</span>
<a class="username"><strong>Karin_S</strong></a><div id="post_message_1"><blockquote
class="postcontent">Staying in La Spezia. Is the card worth it for Vernazza?</blockquote></div>
<a>Reply With Quote</a></li><li class="postcontainer"><a class="username"><strong>genovese
</strong></a><div id="post_message_2"><blockquote class="postcontent"><div
class="bbcode_container">Originally Posted by Karin_S: Is the card worth it</div>Yes if you
hike. Take the boat to Portovenere too.</blockquote></div></li></ol>
<div id="footer">Powered by vBulletin</div></body></html>
"""


@pytest.mark.parametrize("page,writers,parents,title", [
    (OLD_REDDIT_PAGE, ["nomad_nell", "kakheti_k", "nomad_nell"], [None, None, "comment-1"],
     "Week in Georgia?"),
    (XENFORO_PAGE, ["Ilir", "Bea", "Ilir"], [None, None, None], "Albania coast"),
    (PHPBB_PAGE, ["Oda", "Finn"], [None, None], "Lofoten in March"),
    (NEW_REDDIT_PAGE, ["mekong_mo", "kuang_si", "mekong_mo", "nong_k"],
     [None, None, "comment-1", None], "Slow boat to Luang Prabang?"),
    (VBULLETIN_PAGE, ["Karin_S", "genovese"], [None, None], "Cinque Terre by train"),
])
def test_saved_board_pages_split_by_their_markup(
        tmp_path: Path, page: str, writers: list[str], parents: list[str | None],
        title: str) -> None:
    _, sections = _one(_write(tmp_path, "page.html", page))
    assert [a for a, _, _ in sections] == writers
    assert [p for _, p, _ in sections] == parents
    assert sections[0][2].startswith(title + "\n\n")
    texts = " ".join(text for _, _, text in sections)
    for chrome in ("permalink", "Reply", "Click to expand", "Powered by", "signature",
                   "Lofoten since", "readers", "cfg", "Log in", "Originally Posted",
                   "More posts", "2y ago", "Forum Home"):
        assert chrome not in texts
    # the quoted earlier words are left out of the reply
    assert not sections[-1][2].startswith(("Mestia", "Bea", "Stop", "Is the card"))


def test_board_profiles_give_every_post_of_a_member_their_home(tmp_path: Path) -> None:
    page = """\
<html><body><h2 class="topic-title">Lofoten in March</h2>
<div class="post"><dl class="postprofile"><dd><strong>Location:</strong> Tromsø</dd></dl>
<div class="postbody"><p class="author">by <a class="username">Oda</a></p>
<div class="content">Is Reine a good base?</div></div></div>
<div class="post"><dl class="postprofile"><dd>Posts: 3</dd></dl><div class="postbody">
<p class="author">by <a class="username">Finn</a></p><div class="content">Reine yes.</div></div>
</div><div class="post"><div class="postbody"><p class="author">by <a class="username">Oda</a>
</p><div class="content">Thanks!</div></div></div></body></html>
"""
    threads = read_threads(_write(tmp_path, "page.html", page))
    assert [(s.author, s.home) for s in threads[0].sections] == [
        ("Oda", "Tromsø"), ("Finn", None), ("Oda", "Tromsø")]
    assert "Tromsø" not in threads[0].post.text


def test_comment_records_over_the_size_limit_are_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from itinerary.readers import records

    monkeypatch.setattr(records, "MAX_INPUT_BYTES", 2_000)
    line = json.dumps({"by": "ana", "text": "Porto, then the Douro valley by train. " * 4})
    path = _write(tmp_path, "many.jsonl", "\n".join([line] * 20) + "\n")
    with pytest.raises(InputError, match="too large for one thread"):
        read_threads(path)
