"""Comments headed "by NAME on DATE" on one line, under a subject line: Slashdot's
"by name ( 12345 ) on Friday ... @09:15AM (#123)" and comment plugins' "by Name (author) on
March 3, 2025 @ 9:14 pm". Each header starts a comment under that writer, and the subject line
over it belongs to neither the comment above nor the one below."""

from __future__ import annotations

from pathlib import Path

from itinerary.readers import read_threads

NEWS_SITE = """\
Hungary Extends Its Night Train to the Lake Balaton Resorts
Posted by editor_k on Friday July 04, 2025 @10:00AM from the sleep-on-it dept.
A regional paper reports that the overnight train from Budapest will run on to Keszthely and
Tapolca on summer weekends, with couchettes bookable a month ahead.

38 comments
Took it to Siofok (Score:4, Informative)
by danube_rider ( 402211 ) on Friday July 04, 2025 @10:41AM (#66001234)
We rode the day train to Siofok last August and it was packed. A sleeper would be lovely.

Reply to This Share
Re:Took it to Siofok (Score:2)
by tihany_t ( 77120 ) on Friday July 04, 2025 @11:02AM (#66001290)
Tihany is the better stop anyway, the abbey above the lake is worth the climb.
"""

BLOG = """\
Three days in Ljubljana

We walked the old town, took the funicular to the castle and spent a day at Lake Bled.

4 Comments

Bled in winter
by Petra Novak on March 3, 2025 @ 9:14 pm
We went in January and the island church was dusted with snow.

Food?
by Three days in Ljubljana (author) on March 4, 2025 @ 8:30 am
The open kitchen market on Fridays by the river.
"""


def _writers(tmp_path: Path, name: str, text: str) -> list[tuple[str | None, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(s.author, s.text) for s in read_threads(str(path))[0].sections]


def test_a_news_site_s_scored_comments_under_their_posters(tmp_path: Path) -> None:
    sections = _writers(tmp_path, "balaton.txt", NEWS_SITE)
    assert [author for author, _ in sections] == ["editor_k", "danube_rider", "tihany_t"]
    assert sections[1][1].startswith("We rode the day train")
    assert all("Score:" not in text for _, text in sections)


def test_a_blog_s_comments_signed_by_name_on_date_at_time(tmp_path: Path) -> None:
    sections = _writers(tmp_path, "ljubljana.txt", BLOG)
    assert [author for author, _ in sections][1:] == ["Petra Novak", "Three days in Ljubljana"]
    assert sections[1][1] == "We went in January and the island church was dusted with snow."
    assert "Food?" not in sections[1][1]
