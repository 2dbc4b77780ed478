"""A newsgroup thread saved as its articles one after another, each under its own headers
(Newsgroups, Path, Message-ID, References), as news readers and archives save them: every article
is a section under its writer, none is lost, and the reader's quoting line is no one's words."""

from __future__ import annotations

from pathlib import Path

from itinerary.readers import read_threads

ARTICLES = """\
From: Marguerite Oduya <m.oduya@tin.example>
Newsgroups: rec.travel.africa
Subject: Ghana coast in December: Cape Coast or Busua?
Date: Sat, 2 Nov 2002 10:04:19 +0000
Message-ID: <mo-021102@tin.example>

Flying into Accra for two weeks. Torn between a base at Cape Coast for
the castles and a quieter week at Busua beach further west.

From: Kwabena Asante <kasante@ghana.example>
Newsgroups: rec.travel.africa
Subject: Re: Ghana coast in December: Cape Coast or Busua?
Date: Sun, 3 Nov 2002 08:41:50 +0000
Message-ID: <ka-0211030841@ghana.example>
References: <mo-021102@tin.example>

In article <mo-021102@tin.example>, Marguerite Oduya <m.oduya@tin.example> wrote:
> Torn between a base at Cape Coast for the castles and a quieter week

Do both. Kakum is an easy morning out from Cape Coast, then take the
tro-tro on to Takoradi and Busua.

Path: news.example!not-for-mail
From: "Hollis Grey" <hgrey@btinternet.example>
Newsgroups: rec.travel.africa
Subject: Re: Ghana coast in December: Cape Coast or Busua?
Date: Mon, 4 Nov 2002 21:15:02 +0000
Lines: 3
Message-ID: <hg-0211042115@btinternet.example>

We spent Christmas in Elmina last year and loved the fishing harbour.
"""


def test_each_article_of_a_saved_newsgroup_thread_is_a_section(tmp_path: Path) -> None:
    path = tmp_path / "ghana-thread.txt"
    path.write_text(ARTICLES, encoding="utf-8")
    thread = read_threads(str(path))[0]
    assert [section.author for section in thread.sections] == [
        "Marguerite Oduya", "Kwabena Asante", "Hollis Grey"]
    assert "Busua beach further west" in thread.sections[0].text
    reply = thread.sections[1].text
    assert reply.startswith("Do both.") and "In article" not in reply
