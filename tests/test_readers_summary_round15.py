"""The readers summary on what round fifteen's own-words threads showed: a commenter's home given
only beside their words (a forum member block's "Location: Lyon", "Ana from Bergen" in the author
line), and a wish said as "X next time for sure"."""

from __future__ import annotations

from pathlib import Path

from summary_lines import summary_by_place

from gazetteer import Gazetteer
from itinerary.models import Report
from itinerary.pipeline import Analyzer
from itinerary.readers import read_threads
from itinerary.trips.readers import profile_homes

FORUM = """Hiking Forum \u203a Board index \u203a Alps

Zermatt or Saas-Fee for a week of walks?

Post Reply   Search this topic…   5 posts • Page 1 of 1

{post}
Posts: 3
Joined: Feb 1, 2025
Location: Glasgow

Zermatt or Saas-Fee for a week of walks?
Post by {post} » Sat Mar 1, 2025 6:00 pm

A week in August with my dad, who is slow on the climbs. Zermatt or Saas-Fee as the base?

Top
"""

REPLY = """
{who}
Posts: 120
Joined: May 5, 2016
Location: {home}

Re: Zermatt or Saas-Fee for a week of walks?
Post by {who} » Sun Mar 2, 2025 9:00 am

{text}

Top
"""


def _forum(tmp_path: Path, *replies: tuple[str, str, str]) -> Path:
    page = tmp_path / "forum.txt"
    page.write_text(FORUM.format(post="gus_w") + "".join(
        REPLY.format(who=who, home=home, text=text) for who, home, text in replies),
        encoding="utf-8")
    return page


def _summary(analyzer: Analyzer, page: Path) -> tuple[Report, dict[str, dict[str, set[str]]]]:
    (thread,) = read_threads(page)
    report = analyzer.analyze(thread)
    return report, summary_by_place(report)


def test_a_home_given_only_in_the_member_block_is_lived_in(
    analyzer: Analyzer, tmp_path: Path
) -> None:
    page = _forum(
        tmp_path,
        ("alpine_ana", "Innsbruck", "Saas-Fee, it is quieter and the buses are free."),
        ("walker_raj", "Lyon", "The climb out of Täsch was steep, but the view of the Matterhorn!"),
        ("kent_kay", "Kent", "Zermatt, for the trains up the mountain."),
        ("nomad_ned", "on the road", "Either works, the valley buses are good."),
        ("lena_b", "Basel", "I'm from Bern, so Saas-Fee is an easy train for us."),
    )
    report, by_place = _summary(analyzer, page)
    assert by_place["Innsbruck"] == {"lives": {"alpine_ana"}}
    assert by_place["Lyon"] == {"lives": {"walker_raj"}}
    # "Kent" is a city in Washington and a county in England: no home is surer than the other
    assert all("kent_kay" not in readers.get("lives", ()) for readers in by_place.values())
    assert all("nomad_ned" not in readers.get("lives", ()) for readers in by_place.values())
    # her words name a home: the profile's is not hers too
    assert "Basel" not in by_place and by_place["Bern"] == {"lives": {"lena_b"}}
    (innsbruck,) = [p for p in report.places if p.place.name == "Innsbruck"]
    assert (innsbruck.mentions, innsbruck.authors) == (0, ("alpine_ana",))
    (entry,) = [e for e in report.readers_also_went_to if e.place_id == innsbruck.place.id]
    assert entry.evidence == (("lives", "alpine_ana", "Location: Innsbruck"),)


def test_a_region_after_the_comma_picks_the_namesake(gazetteer: Gazetteer, tmp_path: Path) -> None:
    page = _forum(tmp_path, ("perth_pete", "Perth, Scotland", "Saas-Fee, no question."),
                  ("perth_pam", "Perth", "Zermatt, no question."))
    (thread,) = read_threads(page)
    homes = {reader: home.place for reader, home in profile_homes(thread, gazetteer)}
    assert (homes["perth_pete"].country_code, homes["perth_pam"].country_code) == ("GB", "AU")
    assert "gus_w" not in homes  # the post's author is no reader


def test_a_place_then_next_time_is_a_wish(analyzer: Analyzer, tmp_path: Path) -> None:
    page = tmp_path / "chat.txt"
    page.write_text(
        "[03/05/2025, 18:00:00] Ivo: Slovenia in June, Ljubljana for 4 nights. what else?\n"
        "[03/05/2025, 18:02:10] Mara: Piran next time for sure, we ran out of days\n"
        "[03/05/2025, 18:03:40] Teo: Never been, but Kranjska Gora definitely next time\n"
        "[03/05/2025, 18:05:02] Zala: you must visit our cottage in Bohinj next time you come\n",
        encoding="utf-8")
    _, by_place = _summary(analyzer, page)
    assert by_place["Piran"] == {"wishlist": {"Mara"}}
    assert by_place["Kranjska Gora"] == {"wishlist": {"Teo"}}
    assert "Bohinj" not in by_place  # an invitation is the host's home, not a wish


def test_a_writer_the_page_does_not_name_is_nobody_to_list(analyzer: Analyzer,
                                                           tmp_path: Path) -> None:
    page = tmp_path / "guestbook.txt"
    page.write_text(
        "Three nights in Sintra?\n\nIs Sintra worth three nights or is one enough?\n\n"
        "Comments\n\n"
        "Anonymous says:\nMay 4, 2026 at 8:10 am\nWe loved our two nights in Ericeira last May.\n\n"
        "Beatriz says:\nMay 4, 2026 at 9:30 am\nI live in Cascais, one night is plenty.\n",
        encoding="utf-8")
    _, by_place = _summary(analyzer, page)
    assert by_place["Cascais"] == {"lives": {"Beatriz"}}
    assert not any("Anonymous" in names for entry in by_place.values()
                   for names in entry.values())
