"""Saved forum pages whose posts sit inside a form (a moderator ticks posts to move or delete
them) under a site-wide announcement bar: the form is the thread, not a comment form to drop,
and the bar is no article above the posts. Pages of our own, in two boards' markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from itinerary.readers import read_threads

_BOARD = """<!DOCTYPE html><html><head><title>Azores in May: which islands?</title></head><body>
<div id="top"><div class="news"><strong>Notice:</strong> the summer ferry timetable between
the central islands is now pinned in the Getting Around board, please check it first.</div>
<div class="navigate_section"><ol class="crumbs"><li><a href="/">Island Hoppers</a></li>
<li><a href="/b3">Atlantic islands</a></li></ol></div></div>
<form action="/index.php?action=quickmod" method="post" name="quickModForm" id="quickModForm">
{posts}
</form>
<div class="pagesection">Pages: 1</div>
</body></html>"""

_POST = """<div class="windowbg" id="msg{n}"><div class="post_wrapper">
<div class="poster"><h4><a href="/index.php?action=profile;u={u}">{name}</a></h4>
<ul class="user_info"><li class="postcount">Posts: {u}</li></ul></div>
<div class="postarea"><div class="keyinfo"><a href="/index.php?msg={n}">May {n}, 2026</a></div>
<div class="post"><div class="inner">{words}</div></div></div></div></div>"""

_WORDS = [
    ("lena_b", "We have ten days in May and want three islands at most. Thinking Sao Miguel for "
     "four nights, then Faial and Pico. Is Flores worth the extra flight?"),
    ("Rui Medeiros", "Born in Horta, still live there. Faial and Pico go together well, the "
     "ferry across takes half an hour. Flores is wonderful but the flights get cancelled."),
    ("tomas.k", "We did Sao Miguel and Terceira last spring and loved Angra do Heroismo. Sete "
     "Cidades at sunrise beat everything else we saw."),
    ("lena_b", "Thanks both! Dropping Flores then, and booking the Pico ferry from Horta."),
]

_CUSTOM = """<html><body><header><h1>Peaks &amp; Passes</h1></header>
<section class="site-announcement">Maintenance tonight from 22:00: the board will be read-only
for about an hour while we move to the new server.</section>
<h2>Three days in the Julian Alps</h2>
<form id="posts-moderation" method="post">{posts}</form></body></html>"""

_ARTICLE = """<article class="msg"><div class="msg-head"><span class="user">{name}</span>
<span class="when">{n} days ago</span></div><div class="msg-body"><p>{words}</p></div></article>"""

_CUSTOM_WORDS = [
    ("alpine_ana", "Three days based in Bovec in late June. We want one hike, the Soca gorges and "
     "maybe a drive over the Vrsic Pass to Kranjska Gora. Too much?"),
    ("Matej", "Greetings from Ljubljana. Do Vrsic early in the morning, the hairpins fill up with "
     "cyclists by ten. Kranjska Gora is a nice lunch stop."),
    ("wanderjo", "We stayed in Kobarid instead of Bovec and walked to the Kozjak waterfall "
     "straight from town. Quieter and cheaper."),
]


def _page(template: str, post: str, words: list[tuple[str, str]]) -> str:
    posts = "\n".join(post.format(n=n, u=100 + n, name=name, words=text)
                      for n, (name, text) in enumerate(words, start=1))
    return template.replace("{posts}", posts)


@pytest.mark.parametrize(("html", "writers", "first"), [
    (_page(_BOARD, _POST, _WORDS), [name for name, _ in _WORDS], "We have ten days in May"),
    (_page(_CUSTOM, _ARTICLE, _CUSTOM_WORDS), [name for name, _ in _CUSTOM_WORDS],
     "Three days based in Bovec"),
])
def test_posts_inside_a_moderation_form_under_an_announcement_are_the_thread(
        tmp_path: Path, html: str, writers: list[str], first: str) -> None:
    page = tmp_path / "thread.html"
    page.write_text(html, encoding="utf-8")
    (thread,) = read_threads(page)
    assert [s.author for s in thread.sections] == writers
    assert first in thread.post.text
    assert "timetable" not in thread.post.text and "Maintenance" not in thread.post.text
