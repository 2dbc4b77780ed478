"""Resolution: what the thread is about, where its writers live, and which area a qualifier is.

Classes of mistake (issues #10 and #14, "the right namesake"): a village of the thread's subject
region losing to a bigger namesake elsewhere in the same country; a traveller's home town pulled
abroad by the places another commenter names; an ambiguous qualifier ("Georgia") read as the
likelier area although only the other one holds the place it qualifies.
"""

from __future__ import annotations

from gazetteer.geo import distance_km
from itinerary.models import Resolution, Section, Thread
from itinerary.pipeline import Analyzer


def resolved(analyzer: Analyzer, title: str, *texts: str) -> dict[tuple[str, str], Resolution]:
    """The whole pass on a titled post and its comments: (section, name written) -> resolution."""
    post = Section("post", "Author", f"{title}\n\n{texts[0]}", title=title)
    comments = [Section(f"comment-{n}", f"Reader {n}", t) for n, t in enumerate(texts[1:], start=1)]
    sections = (post, *comments)
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
    """We live in Manchester, says a Portugal report: that is the English city; the reader who flew
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
    """Rome, Georgia, names the US state, where a Rome lies, not the country of Georgia; the
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


def test_the_country_set_off_after_a_name_makes_it_the_country(analyzer: Analyzer) -> None:
    """In a road trip through the US South, "Georgia, the country" is the one in the Caucasus;
    the post's Georgia towns stay in the state."""
    found = resolved(
        analyzer,
        "Southern road trip",
        "We drove from Atlanta to Savannah and then up to Charleston.",
        "Hello from Georgia, the country! Savannah is on our list for next spring.",
    )
    country = found[("comment-1", "Georgia")]
    assert country.place is not None
    assert (country.place.kind, country.place.country_code) == ("country", "GE")
    assert "country" in country.reason
    savannah = found[("comment-1", "Savannah")].place
    assert savannah is not None and (savannah.country_code, savannah.admin1) == ("US", "GA")


def test_the_other_mentions_of_the_name_keep_their_own_sense(analyzer: Analyzer) -> None:
    """Only the mention set off as the country is the country: the airport town of the coffee
    region, named by another reader, stays in Colombia."""
    found = resolved(
        analyzer,
        "Ten days in Colombia",
        "Bogota, Medellin and Cartagena, then the coffee region.",
        "Greetings from Armenia, the country! We come to Colombia in March.",
        "We flew into Armenia and took a bus up to Salento.",
    )
    country = found[("comment-1", "Armenia")].place
    assert country is not None and (country.kind, country.country_code) == ("country", "AM")
    town = found[("comment-2", "Armenia")].place
    assert town is not None and (town.kind, town.country_code) == ("city", "CO")


def test_a_clipped_name_is_the_threads_town_not_a_far_namesake(analyzer: Analyzer) -> None:
    """Pondi, said after Pondicherry, is that town: the French town the gazetteer also calls
    so lies half a world away from the thread."""
    found = resolved(
        analyzer,
        "Tamil Nadu by bus",
        "From Chennai we took the bus down the coast to Pondicherry and then inland to Madurai.",
        "Three nights in Pondi were not enough for us, the French quarter is lovely.",
    )
    short = found[("comment-1", "Pondi")].place
    assert short is not None and (short.kind, short.country_code) == ("city", "IN")
    assert distance_km(short.lat, short.lon, 11.93, 79.83) < 10


def test_a_reader_who_says_where_a_sight_is_outweighs_the_day_line(analyzer: Analyzer) -> None:
    """The plan lists the Sorolla Museum under Toledo; a reader writes that it is in Madrid: in
    both mentions it stands in Madrid (the museum itself where the gazetteer has it, else the
    town said outright), never at Toledo, 70 km away."""
    found = resolved(
        analyzer,
        "Spain by train",
        "Day 1 - Madrid: the Prado and Retiro park\n"
        "Day 2 - Toledo: the cathedral, the Sorolla Museum\n"
        "Day 3 - Segovia: the aqueduct",
        "The Sorolla Museum is in Madrid, not Toledo, so move it to your first day.",
    )
    for section in ("post", "comment-1"):
        museum = found[(section, "Sorolla Museum")].place
        assert museum is not None
        assert distance_km(museum.lat, museum.lon, 40.42, -3.70) < 10, museum


def test_the_town_a_writer_flies_home_to_is_not_pulled_by_a_readers_home(
    analyzer: Analyzer,
) -> None:
    """The poster flies back to Portland after Japan; a reader from Bangor, Maine does not make
    it the smaller Portland in Maine: a home says nothing of another home."""
    found = resolved(
        analyzer,
        "Ten days in Japan",
        "Tokyo, Kyoto and Osaka on a rail pass. We fly back to Portland on Sunday.",
        "Sounds great. We did the same trip from Bangor, Maine last autumn.",
    )
    home = found[("post", "Portland")].place
    assert home is not None and (home.country_code, home.admin1) == ("US", "OR")
    bangor = found[("comment-1", "Bangor")].place
    assert bangor is not None and bangor.admin1 == "ME"


def test_a_sight_named_again_later_keeps_the_town_written_after_it(analyzer: Analyzer) -> None:
    """The Tram Museum in Porto, the post says: that settles where the museum is, even when a
    reader names the museum again further down and the post named Lisbon before it."""
    found = resolved(
        analyzer,
        "Portugal in a week",
        "Three nights in Lisbon, then the train north. Is the Tram Museum in Porto worth an hour?",
        "Yes, the Tram Museum is lovely, go early before the school groups.",
    )
    for section in ("post", "comment-1"):
        museum = found[(section, "Tram Museum")].place
        assert museum is not None and museum.name == "Porto"
