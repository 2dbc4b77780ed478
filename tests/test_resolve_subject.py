"""Resolution: what the thread is about, where its writers live, and which area a qualifier is.

Classes of mistake (issues #10 and #14, "the right namesake"): a village of the thread's subject
region losing to a bigger namesake elsewhere in the same country; a traveller's home town pulled
abroad by the places another commenter names; an ambiguous qualifier ("Georgia") read as the
likelier area although only the other one holds the place it qualifies.
"""

from __future__ import annotations

from itinerary.models import Resolution, Section, Thread
from itinerary.pipeline import Analyzer


def resolved(analyzer: Analyzer, title: str, *texts: str) -> dict[tuple[str, str], Resolution]:
    """The whole pass on a titled post and its comments: (section, name as written) -> resolution."""
    post = f"{title}\n\n{texts[0]}"
    sections = (Section("post", "Author", post, title=title),) + tuple(
        Section(f"comment-{n}", f"Reader {n}", text) for n, text in enumerate(texts[1:], start=1)
    )
    report = analyzer.analyze(Thread(sections))
    return {(r.mention.section, r.mention.text): r for r in report.resolutions}


def test_a_village_of_the_titles_area_beats_a_bigger_namesake_near_another_town(
    analyzer: Analyzer,
) -> None:
    """A week in the Luberon: Roussillon is the ochre village there (1,300 people), not the
    town of 8,000 south of Lyon, although Lyon is the other place the post names."""
    found = resolved(
        analyzer,
        "Five days in the Luberon",
        "We came down from Lyon on the train. The first three nights we stayed in Roussillon "
        "and walked the ochre trail every morning.",
    )
    village = found[("post", "Roussillon")]
    assert village.place is not None
    assert (round(village.place.lat, 1), round(village.place.lon, 1)) == (43.9, 5.3)
    assert "the place the thread is about" in village.reason
    lyon = found[("post", "Lyon")].place
    assert lyon is not None and lyon.country_code == "FR" and lyon.population > 400_000


def test_the_titles_area_does_not_move_a_town_of_another_sentence_far_away(
    analyzer: Analyzer,
) -> None:
    """Only towns within reach of the subject gain: Lyon itself stays the city."""
    found = resolved(
        analyzer,
        "Five days in the Luberon",
        "We flew home from Lyon, which is a good three hours north by car.",
    )
    lyon = found[("post", "Lyon")]
    assert lyon.place is not None and lyon.place.population > 400_000
    assert "the place the thread is about" not in lyon.reason


def test_a_home_town_is_not_pulled_abroad_by_another_readers_places(analyzer: Analyzer) -> None:
    """"We live in Manchester" in a Portugal report is the English city: the reader who flew
    from Boston and drove to Concord does not make it the one in New Hampshire."""
    found = resolved(
        analyzer,
        "Two weeks in Portugal",
        "We live in Manchester. Last spring we finally did Lisbon, Sintra and Porto by train.",
        "Great report. We did the same loop in May, flying out of Boston, and we drove up "
        "from Concord afterwards.",
    )
    home = found[("post", "Manchester")]
    assert home.place is not None and home.place.country_code == "GB"
    boston = found[("comment-1", "Boston")].place
    assert boston is not None and boston.country_code == "US"


def test_a_qualifier_is_the_area_that_holds_the_place(analyzer: Analyzer) -> None:
    """"Rome, Georgia" names the US state, where a Rome lies, not the country of Georgia; the
    writer's Rome is then the one in the state, whatever the thread says of Italy."""
    found = resolved(
        analyzer,
        "Ten days in Italy",
        "Rome, Florence and Venice by train, four nights in each.",
        "Greetings from Rome, Georgia! We fly to Italy in May and cannot wait.",
    )
    state = found[("comment-1", "Georgia")]
    assert state.place is not None
    assert (state.place.kind, state.place.country_code) == ("admin1", "US")
    theirs = found[("comment-1", "Rome")].place
    assert theirs is not None and (theirs.country_code, theirs.admin1) == ("US", "GA")
    ours = found[("post", "Rome")].place
    assert ours is not None and ours.country_code == "IT"


def test_the_other_one_in_sets_off_a_qualifier_after_a_comma(analyzer: Analyzer) -> None:
    found = resolved(
        analyzer,
        "Scotland by train",
        "Edinburgh, Stirling and Inverness in a week.",
        "We live in Perth, the one in Western Australia, and flew over for the same loop.",
    )
    perth = found[("comment-1", "Perth")]
    assert perth.place is not None and perth.place.country_code == "AU"
    assert "written with its qualifier Western Australia" in perth.reason


def test_a_qualifier_that_is_only_the_country_stays_the_country(analyzer: Analyzer) -> None:
    found = resolved(
        analyzer,
        "Ten days in the Caucasus",
        "We started in Tbilisi, Georgia and took the night train on to Yerevan.",
    )
    country = found[("post", "Georgia")].place
    assert country is not None and (country.kind, country.country_code) == ("country", "GE")
