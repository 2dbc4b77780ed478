"""Relations only the thread shows, on mentions built by hand (the model's part is given)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
import trips_threads as tt
from mention_names import name_span
from spacy.language import Language

from gazetteer import Gazetteer
from itinerary.models import Mention, Relation, Section, Thread
from itinerary.nlp.relations import predict
from itinerary.nlp.relations_thread import (
    agrees,
    answers_yes,
    asks_visit,
    collective_visits,
    names_unread,
    options,
    relate_places,
    relate_thread,
    replied_to,
    trip_relation,
)
from itinerary.pipeline import Analyzer


def mentions(thread: Thread, given: dict[tuple[str, str], tuple[Relation, float]]
             ) -> list[Mention]:
    """Every occurrence of each (section, name) with the relation and confidence given."""
    found = []
    for section in thread.sections:
        for (sid, name), (relation, confidence) in given.items():
            if sid != section.id:
                continue
            for match in re.finditer(re.escape(name), section.text):
                line = (section.text.rfind("\n", 0, match.start()) + 1,
                        section.text.find("\n", match.end()) % (len(section.text) + 1))
                found.append(Mention(section=sid, author=section.author, text=name,
                                     start=match.start(), end=match.end(), source="test",
                                     sentence=line, relation=relation,
                                     relation_confidence=confidence))
    return sorted(found, key=lambda m: (thread.sections.index(
        next(s for s in thread.sections if s.id == m.section)), m.start))


def got(found: tuple[Mention, ...]) -> dict[tuple[str, str], Relation]:
    return {(m.section, m.text): m.relation for m in found}


def test_a_day_list_takes_its_trips_tense() -> None:
    done = Thread(sections=(Section("post", None, (
        "Ten days in Sicily\nWe spent ten days on the island last May and loved it.\n"
        "Day 1: Palermo and the markets\nDay 2: drive to Cefalù\nDay 3: Agrigento")),))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("post", "Palermo"): ("planning", 0.9), ("post", "Cefalù"): ("planning", 0.7),
        ("post", "Agrigento"): ("mentioned", 0.6)}
    assert set(got(relate_thread(done, mentions(done, given))).values()) == {"visited"}
    ahead = Thread(sections=(Section("post", None, (
        "Sicily in ten days?\nWe're flying to Palermo in May, any tips?\n"
        "Day 1: Palermo\nDay 2: drive to Cefalù\nDay 3: Agrigento")),))
    result = got(relate_thread(ahead, mentions(ahead, given)))
    assert set(result.values()) == {"planning"}


def test_advice_after_a_visit_stays_a_visit() -> None:
    t = Thread(sections=(
        Section("post", None, "Where next?\nThinking about Hungary."),
        Section("comment-1", "Ana", "We loved Eger last year. Go to Eger, you won't regret it."),
    ))
    found = mentions(t, {("comment-1", "Eger"): ("visited", 0.95)})
    found[1] = replace(found[1], relation="mentioned", advice="recommends")
    result = relate_thread(t, found)
    assert [(m.relation, m.advice) for m in result] == [("visited", None),
                                                         ("visited", "recommends")]


def test_homes_from_the_author_line_and_the_region_after_a_home() -> None:
    t = Thread(sections=(
        Section("post", None, "A weekend on the coast\nWe drove down from the north."),
        Section("comment-1", "Ivo from Zadar", "Zadar is right on the coast."),
        Section("comment-2", "Rosa", "Greetings from Reno, Nevada! Loved it."),
    ))
    found = mentions(t, {("comment-1", "Zadar"): ("mentioned", 0.8),
                         ("comment-2", "Reno"): ("lives", 0.95),
                         ("comment-2", "Nevada"): ("mentioned", 0.5)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Zadar")] == "lives"
    assert result[("comment-2", "Nevada")] == "lives"


def test_a_region_after_a_dash_is_home_only_where_the_phrase_ends() -> None:
    t = Thread(sections=(
        Section("post", None, "Lakes and volcanoes\nTwo weeks in Central America."),
        Section("comment-1", "Ines", "Saludos from León \u2013 Nicaragua, not Mexico!"),
        Section("comment-2", "Tom", "I live in Lisbon \u2013 Porto is three hours north."),
    ))
    found = mentions(t, {("comment-1", "León"): ("lives", 0.9),
                         ("comment-1", "Nicaragua"): ("mentioned", 0.6),
                         ("comment-2", "Lisbon"): ("lives", 0.95),
                         ("comment-2", "Porto"): ("mentioned", 0.7)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Nicaragua")] == "lives"
    assert result[("comment-2", "Porto")] == "mentioned"


def test_the_options_are_the_or_list_not_the_whole_question() -> None:
    t = Thread(sections=(Section("post", None, (
        "Day trip\nWe have four nights in Lisbon: Sintra, Cascais or Évora?")),))
    found = mentions(t, {("post", n): ("mentioned", 0.5)
                         for n in ("Lisbon", "Sintra", "Cascais", "Évora")})
    assert [m.text for m in options(t, found)] == ["Sintra", "Cascais", "Évora"]


def test_every_place_of_a_planning_post_is_planned_but_its_foils() -> None:
    t = Thread(sections=(Section("post", None, (
        "Help with our Andalusia plan\nWe have a week in May and any tips are welcome. "
        "Seville first, then Córdoba, not Madrid this time.")),))
    found = mentions(t, {("post", "Andalusia"): ("mentioned", 0.9),
                         ("post", "Seville"): ("planning", 0.95),
                         ("post", "Córdoba"): ("mentioned", 0.95),
                         ("post", "Madrid"): ("mentioned", 0.9)})
    result = got(relate_thread(t, found))
    assert result == {("post", "Andalusia"): "planning", ("post", "Seville"): "planning",
                      ("post", "Córdoba"): "planning", ("post", "Madrid"): "mentioned"}


def test_the_stops_of_one_route_share_the_sureness_of_most() -> None:
    t = Thread(sections=(
        Section("post", None, "Two weeks in the Alps\nGeneva to Vienna by train, thoughts?"),
        Section("comment-1", "Lena", (
            "We did it the other way round in 2021: Vienna, Salzburg, then Innsbruck and "
            "on to Zurich.\nSkip Salzburg in August, though, Graz maybe.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Vienna"): ("visited", 0.9), ("comment-1", "Salzburg"): ("visited", 0.85),
        ("comment-1", "Innsbruck"): ("visited", 0.55), ("comment-1", "Zurich"): ("visited", 0.5),
        ("comment-1", "Graz"): ("wishlist", 0.5)}
    found = mentions(t, given)
    skip = next(i for i, m in enumerate(found) if m.text == "Salzburg" and m.sentence[0] > 0)
    found[skip] = replace(found[skip], relation="mentioned", advice="advises_against",
                          relation_confidence=0.9)  # "Skip Salzburg": advice, its own line
    sure = {(m.text, m.sentence[0]): m.relation_confidence for m in relate_thread(t, found)}
    route = t.sections[1].text.index("We did")
    assert sure[("Innsbruck", route)] == sure[("Zurich", route)] == 0.85
    assert sure[("Graz", t.sections[1].text.index("Skip"))] == 0.5  # a sentence of its own


def test_a_stop_the_model_only_names_joins_its_route_but_not_across_a_but() -> None:
    t = Thread(sections=(
        Section("post", None, "Ten days in Chile\nSantiago to the south, any tips?"),
        Section("comment-1", "Ana", (
            "Last March we drove Santiago, Talca, Chillán, then down through Temuco to "
            "Pucón, but not Valdivia.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Santiago"): ("visited", 0.9), ("comment-1", "Talca"): ("visited", 0.7),
        ("comment-1", "Chillán"): ("visited", 0.65), ("comment-1", "Temuco"): ("mentioned", 0.6),
        ("comment-1", "Pucón"): ("visited", 0.5), ("comment-1", "Valdivia"): ("mentioned", 0.7)}
    result = {(m.text): (m.relation, m.relation_confidence)
              for m in relate_thread(t, mentions(t, given)) if m.section == "comment-1"}
    assert result["Temuco"] == ("visited", 0.65)  # the middle of the stops' sureness
    assert result["Pucón"] == ("visited", 0.65)
    assert result["Valdivia"] == ("mentioned", 0.7)  # after "but not": no stop


@pytest.mark.parametrize(("route", "relation"), [
    ("Our loop last autumn: Hobart → Bicheno (2 nights) → St Helens → Launceston → Cradle "
     "Mountain.", "visited"),
    ("In May we're driving Hobart (3) -> Bicheno (2 nights at Diamond Island) -> St Helens -> "
     "Launceston -> Cradle Mountain.", "planning"),
])
def test_the_bare_stops_of_an_arrow_route_take_its_trip(route: str, relation: Relation) -> None:
    """Arrows join each stop to the next, a stay's nights in brackets between: the stops the
    model only names are the route's trip, as sure as the upper middle of its stops."""
    t = Thread(sections=(
        Section("post", None, "Tasmania in a week\nWhere would you go?"),
        Section("comment-1", "Bryony", route),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Hobart"): (relation, 0.6), ("comment-1", "Bicheno"): ("mentioned", 0.5),
        ("comment-1", "Diamond Island"): ("mentioned", 0.5),
        ("comment-1", "St Helens"): ("mentioned", 0.7),
        ("comment-1", "Launceston"): ("mentioned", 0.6),
        ("comment-1", "Cradle Mountain"): (relation, 0.7)}
    result = {m.text: (m.relation, m.relation_confidence)
              for m in relate_thread(t, mentions(t, given))}
    for stop in ("Bicheno", "St Helens", "Launceston", "Cradle Mountain"):
        assert result[stop] == (relation, 0.7)
    assert result["Hobart"] == (relation, 0.6)


def test_names_joined_by_arrows_with_words_between_are_no_arrow_route() -> None:
    t = Thread(sections=(
        Section("post", None, "Tasmania in a week\nWhere would you go?"),
        Section("comment-1", "Bryony", (
            "We flew into Hobart and loved it, though Bicheno > St Helens was a slog and "
            "Launceston we never saw.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Hobart"): ("visited", 0.9), ("comment-1", "Bicheno"): ("mentioned", 0.5),
        ("comment-1", "St Helens"): ("visited", 0.6),
        ("comment-1", "Launceston"): ("mentioned", 0.8)}
    result = {m.text: m.relation for m in relate_thread(t, mentions(t, given))}
    assert result["Launceston"] == "mentioned"


def test_the_ends_of_a_stretch_that_locate_a_place_are_only_mentioned() -> None:
    t = Thread(sections=(
        Section("post", None, "Andalusia by car\nA week in April, where to stop?"),
        Section("comment-1", "Noor", (
            "We're doing it in October. Antequera looks like a perfect stop halfway between "
            "Granada and Seville.")),
        Section("comment-2", "Pilar", "We split our week between Granada and Seville last May."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Antequera"): ("planning", 0.9), ("comment-1", "Granada"): ("planning", 0.85),
        ("comment-1", "Seville"): ("planning", 0.85), ("comment-2", "Granada"): ("visited", 0.9),
        ("comment-2", "Seville"): ("visited", 0.9)}
    result = {(m.section, m.text): m.relation for m in relate_thread(t, mentions(t, given))}
    assert result[("comment-1", "Granada")] == result[("comment-1", "Seville")] == "mentioned"
    assert result[("comment-2", "Granada")] == result[("comment-2", "Seville")] == "visited"


def test_places_joined_by_and_share_the_surer_reading_of_the_first() -> None:
    t = Thread(sections=(
        Section("post", None, "Northern Portugal\nFour nights in Porto, what else?"),
        Section("comment-1", "Rui", (
            "If I were you I'd add a day trip to Amarante and Guimarães. We loved Braga, and "
            "Viana do Castelo is still on my list.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Amarante"): ("mentioned", 0.9),
        ("comment-1", "Guimarães"): ("wishlist", 0.5), ("comment-1", "Braga"): ("visited", 0.95),
        ("comment-1", "Viana do Castelo"): ("wishlist", 0.7)}
    found = mentions(t, given)
    found[0] = replace(found[0], advice="recommends")
    result = {m.text: (m.relation, m.advice) for m in relate_thread(t, found)}
    assert result["Guimarães"] == ("mentioned", "recommends")
    assert result["Viana do Castelo"] == ("wishlist", None)  # a clause of its own after "and"


def test_a_sentence_whose_places_disagree_is_no_route() -> None:
    t = Thread(sections=(
        Section("post", None, "Scotland in May\nEdinburgh first, then the Highlands?"),
        Section("comment-1", "Iain", "We loved Oban and Mull, and Skye is next on our list."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Oban"): ("visited", 0.9), ("comment-1", "Mull"): ("visited", 0.9),
        ("comment-1", "Skye"): ("wishlist", 0.5)}
    result = relate_thread(t, mentions(t, given))
    assert [(m.text, m.relation, m.relation_confidence) for m in result][-1] == (
        "Skye", "wishlist", 0.5)


def test_a_foil_in_a_route_is_not_made_sure() -> None:
    t = Thread(sections=(
        Section("post", None, "Ten days in Norway\nOslo to Bergen, thoughts?"),
        Section("comment-1", "Ola", (
            "In June we fly into Oslo, then Flåm and Bergen, and we've booked Geiranger "
            "instead of Lofoten.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", n): ("planning", c) for n, c in (
            ("Oslo", 0.95), ("Flåm", 0.9), ("Bergen", 0.6), ("Geiranger", 0.6),
            ("Lofoten", 0.55))}
    sure = {m.text: m.relation_confidence for m in relate_thread(t, mentions(t, given))}
    assert sure["Bergen"] == sure["Geiranger"] == 0.9
    assert sure["Lofoten"] == 0.55


def test_a_forum_profiles_location_is_the_writers_home_not_text() -> None:
    page = (
        "Trail Talk > Board index > Norway\n\nNight trains north\n\n"
        "midnight_mo\nPosts: 212\nJoined: May 4, 2019\nLocation: Bergen, Norway\n\n"
        "Night trains north\nPost by midnight_mo » Sat Mar 2, 2024 7:10 pm\n\n"
        "Is the night train from Oslo to Bodø worth it? We leave from Bergen in June.\n\n"
        "polar_pia\nPosts: 8\nJoined: Jan 9, 2024\n\n"
        "Re: Night trains north\nPost by polar_pia » Sun Mar 3, 2024 9:02 am\n\n"
        "We took it from Trondheim to Bodø last winter, slept fine.\n"
    )
    from itinerary.readers.formats import read_text

    t = read_text(page, source="forum.txt")
    assert [(s.author, s.home) for s in t.sections] == [("midnight_mo", "Bergen, Norway"),
                                                        ("polar_pia", None)]
    assert "Location" not in t.post.text
    found = mentions(t, {("post", "Bergen"): ("visited", 0.7), ("post", "Oslo"): ("planning", 0.9),
                         ("comment-1", "Trondheim"): ("visited", 0.9)})
    result = got(relate_thread(t, found))
    assert result[("post", "Bergen")] == "lives"
    assert result[("post", "Oslo")] == "planning"
    assert result[("comment-1", "Trondheim")] == "visited"


def test_a_home_the_place_pass_missed_still_makes_the_place_home() -> None:
    t = Thread(sections=(
        Section("post", None, "Through the Andes\nTwo weeks by bus, any tips?"),
        Section("comment-1", "Ana", "Soy de Salta! Stop in Salta for the empanadas."),
        Section("comment-2", "Bo", "We stopped in Salta for a night. Salta was lovely."),
    ))
    found = [m for m in mentions(t, {("comment-1", "Salta"): ("mentioned", 0.9),
                                     ("comment-2", "Salta"): ("visited", 0.9)})
             if m.start != t.sections[1].text.index("Salta")]  # the pass missed "Soy de Salta"
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Salta")] == "lives"
    assert result[("comment-2", "Salta")] == "visited"


def test_an_aside_done_before_a_planned_day_and_a_weak_home_in_it() -> None:
    t = Thread(sections=(Section("post", None, (
        "Kansai in May?\nWe land in Osaka on May 3, any tips?\n"
        "Day 1: Osaka castle\nDay 2: Nara (I saw Todai-ji years ago)\nDay 3: Kobe")),))
    found = mentions(t, {("post", "Osaka"): ("planning", 0.9), ("post", "Nara"): ("planning", 0.6),
                         ("post", "Todai-ji"): ("visited", 0.9), ("post", "Kobe"): ("lives", 0.3)})
    result = got(relate_thread(t, found))
    assert result[("post", "Todai-ji")] == "visited"  # "years ago", in its own aside
    assert result[("post", "Nara")] == "planning"  # the aside is not Nara's
    assert result[("post", "Kobe")] == "planning"  # a weak "home" in a day list is a stop


def test_a_place_written_two_ways_and_the_country_around_a_home(gazetteer: Gazetteer) -> None:
    t = tt.thread(
        tt.section("post", "The west coast\nÅlesund or Bergen for three nights?"),
        tt.section("comment-1", "We drove up to Ålesund last June. Alesund at dusk is the thing "
                             "to see.", "Ana"),
        tt.section("comment-2", "Greetings from Bergen! Norway in June hardly gets dark.", "Bo"),
        tt.section("comment-3", "Norway is on my list, Bergen first.", "Cy"),
        tt.section("comment-4", "We had a week in Tromsø. Norway was dear but worth it.", "Di"),
    )
    resolutions = tt.resolve(gazetteer, t, ["Ålesund", "Alesund", "Bergen", "Norway", "Tromsø"],
                             {("comment-1", "Ålesund"): "visited",
                              ("comment-2", "Bergen"): "lives",
                              ("comment-3", "Bergen"): "wishlist",
                              ("comment-4", "Tromsø"): "visited"})
    result = {(r.mention.section, r.mention.text): r.mention.relation
              for r in relate_places(resolutions)}
    assert result[("comment-1", "Alesund")] == "visited"  # the same place, spelt another way
    assert result[("comment-2", "Norway")] == "lives"  # the country of the writer's home
    assert result[("comment-3", "Norway")] == "mentioned"  # a wish is no home
    assert result[("comment-4", "Norway")] == "visited"  # the country of a place visited
    assert result[("post", "Ålesund")] == "mentioned"  # another writer's section


def test_a_visit_to_all_the_options_in_comment_style_and_advice_to_see_them_all() -> None:
    said = ["Been to all three, and Cuenca is the pick.", "Loved both of them!",
            "We did both last spring.", "Funny, I've actually visited each of them."]
    advised = ["You should see both.", "Visit all three if you can.",
               "We'd have loved both but ran out of time."]
    def says(text: str) -> bool:
        return collective_visits(Section("comment-1", "Ana", text), []) is not None

    assert [says(t) for t in said] == [True] * len(said)
    assert [says(t) for t in advised] == [False] * len(advised)


def test_a_place_named_to_locate_another_is_only_mentioned() -> None:
    t = Thread(sections=(
        Section("post", None, "Tuscany hill towns\nWe have a week in Siena, any tips?"),
        Section("comment-1", "Ana", "Next time we'd stay in Montepulciano, on the ridge above "
                                    "Pienza. We also loved Lucca, a short train from Pisa."),
        Section("comment-2", "Bo", "We drove from Florence to Pisa and loved it."),
    ))
    found = mentions(t, {("comment-1", "Montepulciano"): ("wishlist", 0.9),
                         ("comment-1", "Pienza"): ("wishlist", 0.9),
                         ("comment-1", "Lucca"): ("visited", 0.9),
                         ("comment-1", "Pisa"): ("visited", 0.7),
                         ("comment-2", "Florence"): ("visited", 0.9),
                         ("comment-2", "Pisa"): ("visited", 0.9)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Montepulciano")] == "wishlist"
    assert result[("comment-1", "Pienza")] == "mentioned"
    assert result[("comment-1", "Pisa")] == "mentioned"
    assert result[("comment-2", "Pisa")] == "visited"  # a stop, not a locator


def test_a_weak_reading_yields_to_what_the_comment_surely_says() -> None:
    """One writer, one place: an unsure plan beside a sure visit in the same comment is the
    visit; a sure plan to go back is kept, and another comment's reading is its own (the
    post's places follow its trip instead, see test_a_day_list_takes_its_trips_tense)."""
    t = Thread(sections=(
        Section("post", None, "Croatia in June\nA week on the coast, any tips?"),
        Section("comment-1", "Ana", "We took the fast boat to Vis, and we spent two nights on "
                                    "Vis last September."),
        Section("comment-2", "Bo", "We were on Korcula in 2019. We're going back to Korcula "
                                   "next June."),
        Section("comment-3", "Cy", "Vis looks lovely."),
    ))
    found = mentions(t, {("comment-1", "Vis"): ("visited", 0.95),
                         ("comment-2", "Korcula"): ("visited", 0.95),
                         ("comment-3", "Vis"): ("wishlist", 0.55)})
    found[0] = replace(found[0], relation="planning", relation_confidence=0.55)
    found[3] = replace(found[3], relation="planning", relation_confidence=0.9)
    result = relate_thread(t, found)
    assert [(m.section, m.relation) for m in result] == [
        ("comment-1", "visited"), ("comment-1", "visited"),
        ("comment-2", "visited"), ("comment-2", "planning"),
        ("comment-3", "wishlist")]


def test_a_town_inside_a_longer_home_name_is_no_home() -> None:
    t = Thread(sections=(
        Section("post", None, "Vermont in October\nFoliage drive, which towns?"),
        Section("comment-1", "Dee", (
            "Last fall we drove Burlington, Essex and Stowe. We live in Essex County, New "
            "Jersey, so the signs made us laugh.")),
    ))
    found = mentions(t, {("comment-1", "Burlington"): ("visited", 0.95),
                         ("comment-1", "Essex"): ("visited", 0.9),
                         ("comment-1", "Stowe"): ("visited", 0.9),
                         ("comment-1", "Essex County"): ("lives", 0.95),
                         ("comment-1", "New Jersey"): ("lives", 0.95)})
    county = t.sections[1].text.index("Essex County")
    found = [m for m in found if not (m.text == "Essex" and m.start == county)]
    result = [(m.text, m.start, m.relation) for m in relate_thread(t, found)]
    town = t.sections[1].text.index("Essex")
    assert ("Essex", town, "visited") in result
    assert ("Stowe", t.sections[1].text.index("Stowe"), "visited") in result
    assert ("Essex County", county, "lives") in result


def test_an_unsure_trip_takes_the_sure_one_of_its_sentence() -> None:
    t = Thread(sections=(
        Section("post", None, "Tasmania in a week\nHobart base, day trips?"),
        Section("comment-1", "Kit", (
            "From Hobart we spent a day at Mount Field and another on Bruny Island, back by "
            "dinner both times. We loved Hobart, but Maria Island is next on our list.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Hobart"): ("visited", 0.95), ("comment-1", "Mount Field"): ("visited", 0.45),
        ("comment-1", "Bruny Island"): ("wishlist", 0.6),
        ("comment-1", "Maria Island"): ("wishlist", 0.55)}
    result = {m.text: (m.relation, m.relation_confidence)
              for m in relate_thread(t, mentions(t, given))}
    assert result["Mount Field"] == ("visited", 0.95)
    assert result["Bruny Island"] == ("visited", 0.95)
    assert result["Maria Island"] == ("wishlist", 0.55)  # after "but": its own reading


def test_a_turn_of_tense_or_of_person_keeps_the_unsure_reading() -> None:
    t = Thread(sections=(
        Section("post", None, "Japan in spring\nTokyo and Kyoto, what else?"),
        Section("comment-1", "Rui",
                "We spent a week in Osaka and next spring we hope to add Nara."),
        Section("comment-2", "Ama", "We spent a week in Kyoto, and my sister went on to Kobe."),
        Section("comment-3", "Jun",
                "We spent a week in Sendai with our kids and a day in Matsushima."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Osaka"): ("visited", 0.95), ("comment-1", "Nara"): ("wishlist", 0.5),
        ("comment-2", "Kyoto"): ("visited", 0.95), ("comment-2", "Kobe"): ("visited", 0.5),
        ("comment-3", "Sendai"): ("visited", 0.95), ("comment-3", "Matsushima"): ("visited", 0.5)}
    result = {m.text: (m.relation, m.relation_confidence)
              for m in relate_thread(t, mentions(t, given))}
    assert result["Nara"] == ("wishlist", 0.5)
    assert result["Kobe"] == ("mentioned", 0.5)  # someone else's trip, not the writer's
    assert result["Matsushima"] == ("visited", 0.95)  # the kids came along: the writer's trip


def test_a_route_read_alike_lifts_its_weakest_stop_to_the_middle() -> None:
    t = Thread(sections=(
        Section("post", None, "Vietnam north to south\nThree weeks, thoughts?"),
        Section("comment-1", "Minh", "Our route last spring was Hanoi > Ninh Binh > Hue > Hoi An."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Hanoi"): ("visited", 0.75), ("comment-1", "Ninh Binh"): ("visited", 0.7),
        ("comment-1", "Hue"): ("visited", 0.72), ("comment-1", "Hoi An"): ("visited", 0.35)}
    result = {m.text: m.relation_confidence for m in relate_thread(t, mentions(t, given))}
    assert result == {"Hanoi": 0.75, "Ninh Binh": 0.7, "Hue": 0.72, "Hoi An": 0.7}


def test_places_a_commenter_is_still_choosing_between_are_wished_for() -> None:
    t = Thread(sections=(
        Section("post", None, "Portugal in May\nTen days, where to base?"),
        Section("comment-1", "Joana", (
            "We land in Lisbon in May for four nights, then either Porto or Évora. Leaning "
            "Porto for the wine.")),
        Section("comment-2", "Sam", (
            "Booked: two nights in Faro. Still torn between a boat trip to Benagil from "
            "Portimão or a lazy beach day. The leaning walls of Tavira are a must, we're "
            "stopping in Tavira on the way.")),
        Section("comment-3", "Lee", (
            "We couldn't decide between Sintra and Cascais, so we did both last year.")),
        Section("comment-4", "Ivo", (
            "In June we're taking the train Lisbon/Coimbra/Porto, then Braga or Guimarães.")),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Lisbon"): ("planning", 0.95), ("comment-1", "Porto"): ("planning", 0.95),
        ("comment-1", "Évora"): ("planning", 0.9), ("comment-2", "Faro"): ("planning", 0.9),
        ("comment-2", "Benagil"): ("visited", 0.85), ("comment-2", "Portimão"): ("visited", 0.85),
        ("comment-2", "Tavira"): ("planning", 0.9),
        ("comment-3", "Sintra"): ("visited", 0.9), ("comment-3", "Cascais"): ("visited", 0.9),
        ("comment-4", "Lisbon"): ("planning", 0.9), ("comment-4", "Coimbra"): ("planning", 0.9),
        ("comment-4", "Porto"): ("planning", 0.9), ("comment-4", "Braga"): ("planning", 0.9),
        ("comment-4", "Guimarães"): ("planning", 0.85)}
    result = [(m.section, m.text, m.relation) for m in relate_thread(t, mentions(t, given))]
    assert result == [
        ("comment-1", "Lisbon", "planning"), ("comment-1", "Porto", "wishlist"),
        ("comment-1", "Évora", "wishlist"), ("comment-1", "Porto", "wishlist"),
        ("comment-2", "Faro", "planning"), ("comment-2", "Benagil", "wishlist"),
        ("comment-2", "Portimão", "wishlist"), ("comment-2", "Tavira", "planning"),
        ("comment-2", "Tavira", "planning"), ("comment-3", "Sintra", "visited"),
        ("comment-3", "Cascais", "visited"), ("comment-4", "Lisbon", "planning"),
        ("comment-4", "Coimbra", "planning"), ("comment-4", "Porto", "planning"),
        ("comment-4", "Braga", "wishlist"), ("comment-4", "Guimarães", "wishlist")]


def test_an_unsure_plan_the_comment_says_no_word_of_is_only_a_mention() -> None:
    t = Thread(sections=(
        Section("post", None, "Patagonia in March\nGlaciers and hikes, tips?"),
        Section("comment-1", "Noor", (
            "Careful with the bus tickets: there is a small town of the same name up in "
            "Chubut province, a long way north.")),
        Section("comment-2", "Eli", "We\u2019re heading to Chubut province for the whales."),
        Section("comment-3", "Ros", "Thanks! I'm adding a night in Chubut and cutting one."),
        Section("comment-4", "Gil", "We always hire a car in Chubut, the buses are rare."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        (f"comment-{i}", "Chubut"): ("planning", 0.75) for i in (1, 2, 3)}
    given[("comment-4", "Chubut")] = ("visited", 0.7)
    result = got(relate_thread(t, mentions(t, given)))
    assert result == {("comment-1", "Chubut"): "mentioned", ("comment-2", "Chubut"): "planning",
                      ("comment-3", "Chubut"): "planning",  # a plan edited is a plan
                      ("comment-4", "Chubut"): "visited"}  # visits are told in many words


def test_both_stands_for_the_two_places_named_just_before() -> None:
    t = Thread(sections=(
        Section("post", None, "Petra in April\nOne day or two?"),
        Section("comment-1", "Claire", "Jerash and Madaba make a good day out of the capital. "
                "We saw both in one day with a driver."),
        Section("comment-2", "Sam", "Hue, Hoi An and Da Nang sit close together. We saw both "
                "on the way south."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Jerash"): ("mentioned", 0.3), ("comment-1", "Madaba"): ("mentioned", 0.8),
        ("comment-2", "Hue"): ("mentioned", 0.7), ("comment-2", "Hoi An"): ("mentioned", 0.7),
        ("comment-2", "Da Nang"): ("mentioned", 0.7)}
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("comment-1", "Jerash")] == result[("comment-1", "Madaba")] == "visited"
    # three places are not "both": which two, the text does not say
    assert {result[("comment-2", n)] for n in ("Hue", "Hoi An", "Da Nang")} == {"mentioned"}


def test_a_trip_clause_naming_no_place_visits_the_place_before() -> None:
    t = Thread(sections=(
        Section("post", None, "Peloponnese\nNafplio or Monemvasia for three nights?"),
        Section("comment-1", "Tom", "Monemvasia for sure. We stayed inside the walls in 2019."),
        Section("comment-2", "Ida", "Skip Tolo, the beach at Kardamyli is better. We went "
                "last June."),
        Section("comment-3", "Rui", "If you reach Mystras early, the upper town is quiet. We "
                "camped at Gythio in May."),
        Section("comment-4", "Eva", "Olympia is worth a stop. We never stayed overnight."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Monemvasia"): ("mentioned", 0.23),
        ("comment-2", "Tolo"): ("mentioned", 0.9), ("comment-2", "Kardamyli"): ("mentioned", 0.6),
        ("comment-3", "Mystras"): ("mentioned", 0.7),
        ("comment-4", "Olympia"): ("mentioned", 0.9)}
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("comment-1", "Monemvasia")] == "visited"
    assert result[("comment-2", "Tolo")] == "mentioned"  # one place set against another
    assert result[("comment-3", "Mystras")] == "mentioned"  # "Gythio": a name, not read here
    assert result[("comment-4", "Olympia")] == "mentioned"  # no trip told


def test_an_agreeing_reply_takes_the_sure_trip_of_the_comment_it_answers() -> None:
    t = Thread(sections=(
        Section("post", "will", "Petra: one day or two?\nWe land in Amman in April."),
        Section("comment-1", "Reem", "After Petra we went on to Wadi Rum and Aqaba."),
        Section("comment-2", "jonno", "+1 for Wadi Rum, loved it.", parent="comment-1"),
        Section("comment-3", "Ada", "Wadi Rum is far too hot in July.", parent="comment-1"),
        Section("comment-4", "Farid", "We're heading to Aqaba in May."),
        Section("comment-5", "Ines", "Ditto on Aqaba!", parent="comment-4"),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Wadi Rum"): ("visited", 0.99), ("comment-1", "Aqaba"): ("visited", 0.99),
        ("comment-2", "Wadi Rum"): ("mentioned", 0.66),
        ("comment-3", "Wadi Rum"): ("mentioned", 0.9),
        ("comment-4", "Aqaba"): ("planning", 1.0), ("comment-5", "Aqaba"): ("mentioned", 0.9)}
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("comment-2", "Wadi Rum")] == "visited"
    assert result[("comment-3", "Wadi Rum")] == "mentioned"  # answers, but does not agree
    assert result[("comment-5", "Aqaba")] == "planning"  # the trip of the comment answered


def test_the_comment_a_reply_answers() -> None:
    nested = Thread(sections=(
        Section("post", "will", "Title\nText."),
        Section("comment-1", "Reem", "First."),
        Section("comment-2", "Ada", "Second."),
        Section("comment-3", "jonno", "Same here.", parent="comment-1"),
    ))
    post, first, second, reply = nested.sections
    assert replied_to(nested, reply) is first
    assert replied_to(nested, second) is post  # a top comment of a nested page
    assert replied_to(nested, post) is None
    flat = Thread(sections=(post, first, second))
    assert replied_to(flat, second) is first  # a page that shows no nesting
    assert replied_to(flat, first) is post
    tagged = Section("comment-4", "Dev", "Reem yes! Two days was enough.")
    assert replied_to(Thread(sections=(post, first, second, tagged)), tagged) is first


def test_agreement_yes_and_names_left_unread() -> None:
    def opens(text: str) -> tuple[bool, bool]:
        section = Section("comment-1", "Ana", text)
        return agrees(section) is not None, answers_yes(section) is not None

    assert opens("Same here, Piran was the best of it!") == (True, False)
    assert opens("+1 for the ferry") == (True, False)
    assert opens("Same day we left, it snowed.") == (False, False)
    assert opens("Yes, twice!") == (False, True)
    assert opens("Yesterday we drove up.") == (False, False)
    assert opens("Sarah Jones same here!") == (True, False)  # a reply tagging the parent
    assert opens("@kev_b yep, did it in June") == (False, True)
    assert opens("Kotor is lovely, same here.") == (False, False)
    assert agrees(Section("comment-1", "Ana", "Sarah Jones same here!")) == "same here!"
    assert asks_visit("Has anyone been to Lunenburg?")
    assert asks_visit("Torun and Poznan are on my list, anyone been?")
    assert asks_visit("Anyone done the bus from Kotor to Sarajevo? Is it ok?")
    assert not asks_visit("We have been to Lunenburg twice.")
    assert not asks_visit("How long did you stay?")
    assert names_unread("We camped at Watchman in March.")
    assert not names_unread("We went in May and I loved it.")


def test_a_name_opening_its_own_clause_after_a_home_is_no_home() -> None:
    t = Thread(sections=(
        Section("post", None, "Kotor vs Budva\nWhich one for four nights?"),
        Section("comment-1", "Ivana", "I'm from Podgorica, Kotor is the answer."),
        Section("comment-2", "Dale", "Greetings from Boise, Idaho! Kotor for sure."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Podgorica"): ("lives", 1.0), ("comment-1", "Kotor"): ("mentioned", 0.9),
        ("comment-2", "Boise"): ("lives", 1.0), ("comment-2", "Idaho"): ("mentioned", 0.9),
        ("comment-2", "Kotor"): ("mentioned", 0.9)}
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("comment-1", "Kotor")] == "mentioned"
    assert result[("comment-2", "Idaho")] == "lives"


def test_a_clause_saying_it_is_planned_or_wished_for_takes_the_one_place_before() -> None:
    t = Thread(sections=(
        Section("post", None, "Sardinia\nCagliari or Alghero as a base?"),
        Section("comment-1", "Sofia", "Has anyone been to Orosei? Thinking of adding it."),
        Section("comment-2", "Nils", "Never made it to Bosa. It's high on our list though."),
        Section("comment-3", "Ugo", "Is Tharros or Nora better? Thinking of adding it."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Orosei"): ("mentioned", 0.94), ("comment-2", "Bosa"): ("mentioned", 0.7),
        ("comment-3", "Tharros"): ("mentioned", 0.9), ("comment-3", "Nora"): ("mentioned", 0.9)}
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("comment-1", "Orosei")] == "planning"
    assert result[("comment-2", "Bosa")] == "wishlist"
    assert result[("comment-3", "Tharros")] == result[("comment-3", "Nora")] == "mentioned"


def test_one_place_read_surely_does_not_decide_a_sections_trip() -> None:
    """A trip report that opens with the one place it once dreamt of: that sure wish is no
    vote for a trip to come over the whole day list; two places read alike are."""
    one = Section("post", None, (
        "Lisbon had been on my list for ages\nDay 1: Porto and the Ribeira\n"
        "Day 2: train to Coimbra\nDay 3: Aveiro"))
    t = Thread(sections=(one,))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("post", "Lisbon"): ("wishlist", 0.95), ("post", "Porto"): ("planning", 0.6),
        ("post", "Coimbra"): ("mentioned", 0.7), ("post", "Aveiro"): ("visited", 0.7)}
    assert trip_relation(one, mentions(t, given)) is None
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("post", "Aveiro")] == "visited"  # the model's own reading stays
    two = Section("post", None, (
        "Lisbon and Sintra had been on my list for ages\nDay 1: Porto and the Ribeira\n"
        "Day 2: train to Coimbra\nDay 3: Aveiro"))
    both = Thread(sections=(two,))
    given[("post", "Sintra")] = ("wishlist", 0.9)
    assert trip_relation(two, mentions(both, given)) == "planning"


def test_a_wish_or_plan_given_up_in_its_sentence_is_no_trip(analyzer: Analyzer) -> None:
    """One mechanism, the relation model's cue table: a plan or wish before the place and a
    give-up after it ("wanted to ... but ran out of time"), or "on the list ... but gave up";
    a wish put off ("but probably not this time") stays a wish, and "but" with no plan before
    ("we went to Sorrento but didn't do the boat trip") leaves a visit."""
    t = Thread(sections=(
        Section("post", "Lena", "Naples with kids\nFive nights in Naples in June, any tips?"),
        Section("comment-1", "Gio", (
            "We wanted to take the ferry to Ischia but ran out of time.\n"
            "We stayed on Procida for three days instead.")),
        Section("comment-2", "Pam", "We'd love to fit in Matera but probably not this time."),
        Section("comment-3", "Ed", "Had Capri on the list for years but gave up on it, crowds."),
        Section("comment-4", "Kim", "We went to Sorrento but didn't do the boat trip."),
        Section("comment-5", "Rui", (
            "I almost went to Paestum last year but the trains were on strike.")),
        Section("comment-6", "Sal", (
            "We were keen to get down to Amalfi but the coast road was closed.")),
    ), location="Naples, Italy")
    report = analyzer.analyze(t)
    relation = {(r.mention.author, r.mention.text): r.mention.relation for r in report.resolutions}
    assert relation[("Gio", "Ischia")] == "mentioned"
    assert relation[("Gio", "Procida")] == "visited"
    assert relation[("Pam", "Matera")] == "wishlist"
    assert relation[("Ed", "Capri")] == "mentioned"
    assert relation[("Kim", "Sorrento")] == "visited"
    assert relation[("Rui", "Paestum")] == "mentioned"
    assert relation[("Sal", "Amalfi")] == "mentioned"
    names = {p.place.id: p.place.name for p in report.places}
    listed = {(names[e.place_id], reader) for e in report.readers_also_went_to
              for reader in (*e.visited, *e.planning, *e.wishlist)}
    assert listed == {("Procida", "Gio"), ("Matera", "Pam"), ("Sorrento", "Kim")}


def test_telling_another_writer_what_to_do_tells_no_trip_of_ones_own() -> None:
    t = Thread(sections=(
        Section("post", "Marta", "Paris in April\nFour nights, first time, any tips?"),
        Section("comment-1", "Paolo", (
            "Marta, on your first morning take the funicular up to Montmartre.")),
        Section("comment-2", "Lou", "Marta, we took the funicular up to Montmartre, loved it."),
        Section("comment-3", "Sven", "Versailles took us a whole day."),
        Section("comment-4", "Ada", "@Sven how long was the train from Versailles to Giverny?"),
    ))
    found = mentions(t, {("comment-1", "Montmartre"): ("visited", 0.85),
                         ("comment-2", "Montmartre"): ("visited", 0.95),
                         ("comment-3", "Versailles"): ("visited", 0.9),
                         ("comment-4", "Giverny"): ("visited", 0.75)})
    result = got(relate_thread(t, found))
    assert result[("comment-4", "Giverny")] == "mentioned"  # a question about Sven's trip
    assert result[("comment-1", "Montmartre")] == "mentioned"
    assert result[("comment-2", "Montmartre")] == "visited"  # "we": the writer's own trip
    assert result[("comment-3", "Versailles")] == "visited"  # a sentence opening on a place


def test_a_greeting_in_another_language_and_a_sign_off_are_homes() -> None:
    t = Thread(sections=(
        Section("post", None, "Baltic by ferry\nTallinn to Stockholm in August, tips?"),
        Section("comment-1", "Elin", "Hälsningar från Uppsala! Take the night boat."),
        Section("comment-2", "Inge Moll", (
            "Bring a rain jacket, the wind never stops on deck.\n\nInge, Bremen")),
        Section("comment-3", "Jo", "Loved it.\n\nRiga, Vilnius, Kaunas"),
    ))
    found = mentions(t, {("comment-1", "Uppsala"): ("visited", 0.7),
                         ("comment-2", "Bremen"): ("mentioned", 0.4),
                         ("comment-3", "Riga"): ("visited", 0.7)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Uppsala")] == "lives"
    assert result[("comment-2", "Bremen")] == "lives"
    assert result[("comment-3", "Riga")] == "visited"  # a list of places, not a signature


def test_a_comments_day_list_dated_in_the_past_was_visited() -> None:
    t = Thread(sections=(
        Section("post", None, "Alps by train\nGeneva to Annecy in May, any tips?"),
        Section("comment-1", "Noor", "Our loop last October:\nOct 3 - Lyon\nOct 5 - Annecy"),
        Section("comment-2", "Ray", "Our plan for next June:\nJun 2 - Lyon\nJun 4 - Chamonix"),
    ))
    found = mentions(t, {("comment-1", "Lyon"): ("planning", 0.95),
                         ("comment-1", "Annecy"): ("planning", 0.9),
                         ("comment-2", "Lyon"): ("visited", 0.7),
                         ("comment-2", "Chamonix"): ("planning", 0.9)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Lyon")] == result[("comment-1", "Annecy")] == "visited"
    assert result[("comment-2", "Lyon")] == result[("comment-2", "Chamonix")] == "planning"


def test_a_place_set_against_another_is_only_mentioned() -> None:
    t = Thread(sections=(
        Section("post", None, "Vietnam in March\nThree weeks north to south, thoughts?"),
        Section("comment-1", "Lin", "For food Hoi An beats Hue every time."),
        Section("comment-2", "Max", "We picked Ninh Binh rather than Ha Long Bay."),
        Section("comment-3", "Ro", "Hanoi and Ninh Binh, did both in our first week."),
    ))
    found = mentions(t, {("comment-1", "Hoi An"): ("visited", 0.9),
                         ("comment-1", "Hue"): ("visited", 0.9),
                         ("comment-2", "Ninh Binh"): ("visited", 0.95),
                         ("comment-2", "Ha Long Bay"): ("visited", 0.85),
                         ("comment-3", "Hanoi"): ("mentioned", 0.6),
                         ("comment-3", "Ninh Binh"): ("mentioned", 0.6)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Hoi An")] == "visited"
    assert result[("comment-1", "Hue")] == "mentioned"
    assert result[("comment-2", "Ninh Binh")] == "visited"
    assert result[("comment-2", "Ha Long Bay")] == "mentioned"
    assert result[("comment-3", "Hanoi")] == result[("comment-3", "Ninh Binh")] == "visited"


def test_a_commenters_habit_is_a_visit_but_not_a_wish_of_always() -> None:
    t = Thread(sections=(
        Section("post", None, "Slovenia in July\nTen days by car, where should we base?"),
        Section("comment-1", "Uma", "These days we go every July to Bovec and camp by the river."),
        Section("comment-2", "Lev", "We always stay in Kobarid, it is cheaper."),
        Section("comment-3", "Ria", "I always wanted to go to Piran, it looks magical."),
        Section("comment-4", "Oto", "We usually go to Bled but this year we are trying Bohinj."),
    ))
    found = mentions(t, {("comment-1", "Bovec"): ("wishlist", 0.5),
                         ("comment-2", "Kobarid"): ("mentioned", 0.6),
                         ("comment-3", "Piran"): ("wishlist", 0.7),
                         ("comment-4", "Bohinj"): ("planning", 0.9)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Bovec")] == "visited"
    assert result[("comment-2", "Kobarid")] == "visited"
    assert result[("comment-3", "Piran")] == "wishlist"
    assert result[("comment-4", "Bohinj")] == "planning"


def test_places_sharing_a_subject_and_a_reply_adding_a_place_share_the_trip() -> None:
    t = Thread(sections=(
        Section("post", None, "Morocco in spring\nTwo weeks from Marrakech, what to add?"),
        Section("comment-1", "Ade", (
            "Ait Benhaddou and Ouarzazate were both worth the drive, did them in 2021.")),
        Section("comment-2", "Bo", "Same here! Skoura next door too, lovely palm groves.",
                parent="comment-1"),
        Section("comment-3", "Cy", "Essaouira is lovely and Agadir is not worth it."),
    ))
    found = mentions(t, {("comment-1", "Ait Benhaddou"): ("visited", 0.98),
                         ("comment-1", "Ouarzazate"): ("visited", 0.63),
                         ("comment-2", "Skoura"): ("mentioned", 0.8),
                         ("comment-3", "Essaouira"): ("visited", 0.9),
                         ("comment-3", "Agadir"): ("visited", 0.6)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Ouarzazate")] == "visited"
    assert result[("comment-2", "Skoura")] == "visited"
    assert result[("comment-3", "Agadir")] == "visited"  # unchanged: the model's own reading
    assert [m.relation_confidence for m in relate_thread(t, found)
            if m.text == "Agadir"] == [0.6]  # "X is …, and Y is …": its own clause


def test_a_yes_to_who_has_been_tells_of_the_visit_in_its_first_sentences() -> None:
    t = Thread(sections=(
        Section("post", None, "Laos in February\nThree weeks, first time in Asia."),
        Section("comment-1", "Ana Ruiz", "Has anyone been to the Plain of Jars?"),
        Section("comment-2", "Dev", "Ana Ruiz yes! Flew into Phonsavan from Vientiane.",
                parent="comment-1"),
        Section("comment-3", "Eva", "Yes, my sister did Luang Namtha and loved it.",
                parent="comment-1"),
    ))
    found = mentions(t, {("comment-1", "Plain of Jars"): ("mentioned", 0.7),
                         ("comment-2", "Phonsavan"): ("mentioned", 0.54),
                         ("comment-2", "Vientiane"): ("mentioned", 0.82),
                         ("comment-3", "Luang Namtha"): ("mentioned", 0.7)})
    result = got(relate_thread(t, found))
    assert result[("comment-2", "Phonsavan")] == result[("comment-2", "Vientiane")] == "visited"
    assert result[("comment-3", "Luang Namtha")] == "mentioned"  # the sister's trip


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("We tried to book Hvar but every ferry was full, so we went to Vis.", "Hvar", "mentioned"),
    ("We tried to book Hvar but every ferry was full, so we went to Vis.", "Vis", "visited"),
    ("Cinque Terre is overrated imo, we skipped it.", "Cinque Terre", "mentioned"),
    ("We wanted to add Terceira but the flights were booked up.", "Terceira", "mentioned"),
    ("We went to Sorrento but didn't do the boat trip.", "Sorrento", "visited"),
    ("The view over to Faial from the summit was unreal.", "Faial", "mentioned"),
])
def test_the_cue_table_rules_out_trips_not_made(english: Language, text: str, place: str,
                                                 expected: str) -> None:
    """The rows this summary needs in the relation model's cue table: a plan given up after a
    try or a wish ("tried to book X but ... full"), "X ..., we skipped it", a place only seen
    from another ("the view over to X"); a "but" with no plan before it keeps the visit."""
    assert predict(name_span(english, text, place))[0] == expected


def test_a_choice_made_in_the_readers_place_recommends_and_tells_no_trip() -> None:
    t = Thread(sections=(
        Section("post", None, "Montenegro in June\nKotor or Budva as a base for a week?"),
        Section("comment-1", "Ivo", "Kotor has the old town and the bay, so I'd pick it."),
        Section("comment-2", "Mia", "I would go with Budva for the beaches."),
        Section("comment-3", "Ed", "We stayed in Kotor twice and I'd pick it again."),
        Section("comment-4", "Zoe", "I'd love to see Perast one day."),
    ))
    found = mentions(t, {("comment-1", "Kotor"): ("wishlist", 0.95),
                         ("comment-2", "Budva"): ("wishlist", 0.7),
                         ("comment-3", "Kotor"): ("visited", 0.95),
                         ("comment-4", "Perast"): ("wishlist", 0.9)})
    related = relate_thread(t, found)
    result = got(related)
    assert result[("comment-1", "Kotor")] == result[("comment-2", "Budva")] == "mentioned"
    assert {m.advice for m in related if m.section in ("comment-1", "comment-2")} == {
        "recommends"}
    assert result[("comment-3", "Kotor")] == "visited"  # the writer's own stay
    assert result[("comment-4", "Perast")] == "wishlist"  # a wish of the writer's own


def test_a_sentence_that_only_agrees_on_a_place_tells_no_trip_of_its_own() -> None:
    t = Thread(sections=(
        Section("post", None, "Scotland in May\nEdinburgh first, then Skye or Mull?"),
        Section("comment-1", "Rab", "Skye for the scenery, stay north of Portree."),
        Section("comment-2", "Kat", "Agreed on Skye.", parent="comment-1"),
        Section("comment-3", "Ola", "We spent four nights on Mull in 2022."),
        Section("comment-4", "Sam", "Seconded on Mull.", parent="comment-3"),
        Section("comment-5", "Tam", "Agreed on Skye, we loved the Fairy Pools.",
                parent="comment-1"),
    ))
    found = mentions(t, {("comment-1", "Skye"): ("mentioned", 0.9),
                         ("comment-2", "Skye"): ("visited", 0.99),
                         ("comment-3", "Mull"): ("visited", 0.99),
                         ("comment-4", "Mull"): ("visited", 0.9),
                         ("comment-5", "Skye"): ("visited", 0.95)})
    result = got(relate_thread(t, found))
    assert result[("comment-2", "Skye")] == "mentioned"  # agrees with advice only
    assert result[("comment-4", "Mull")] == "visited"  # agrees with a stay: shares it
    assert result[("comment-5", "Skye")] == "visited"  # says more than the agreement


def test_a_place_a_comment_is_tempted_by_is_a_wish_not_a_visit() -> None:
    t = Thread(sections=(
        Section("post", None, "Vietnam in March\nHanoi for four nights, then where?"),
        Section("comment-1", "Kim", "Really tempted by Cat Ba this time, has anyone stayed there?"),
        Section("comment-2", "Lou", "We were tempted by Sapa but the weather turned."),
        Section("comment-3", "Per", "We loved Ninh Binh, considering Hue next."),
        Section("comment-4", "Ute", "Considering Hanoi was so hot, we stayed in Da Lat."),
    ))
    found = mentions(t, {("comment-1", "Cat Ba"): ("visited", 0.96),
                         ("comment-2", "Sapa"): ("visited", 0.9),
                         ("comment-3", "Ninh Binh"): ("visited", 0.99),
                         ("comment-3", "Hue"): ("visited", 0.85),
                         ("comment-4", "Hanoi"): ("visited", 0.9)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Cat Ba")] == "wishlist"
    assert result[("comment-2", "Sapa")] == "mentioned"  # a wish of then, not a visit
    assert result[("comment-3", "Ninh Binh")] == "visited"
    assert result[("comment-3", "Hue")] == "wishlist"
    assert result[("comment-4", "Hanoi")] == "mentioned"  # "considering" as "since": no wish


def test_a_yes_to_anyone_been_after_the_places_sentence_and_a_visit_told_after_it() -> None:
    t = Thread(sections=(
        Section("post", "Noa", "Slovenia in winter\nIs Bled worth it in January?\nAnyone been?"),
        Section("comment-1", "Ivan", "Noa yes! Bled right after New Year, the lake was frozen.",
                parent="post"),
        Section("comment-2", "Bea", "Piran is quiet off season, been twice."),
        Section("comment-3", "Cas", "Ljubljana is lovely, my parents went twice."),
    ))
    found = mentions(t, {("post", "Bled"): ("planning", 0.7),
                         ("comment-1", "Bled"): ("mentioned", 0.7),
                         ("comment-2", "Piran"): ("mentioned", 0.8),
                         ("comment-3", "Ljubljana"): ("mentioned", 0.8)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Bled")] == "visited"
    assert result[("comment-2", "Piran")] == "visited"
    assert result[("comment-3", "Ljubljana")] == "mentioned"  # the parents' visits


def test_a_place_a_comment_compares_another_to_is_only_mentioned() -> None:
    t = Thread(sections=(
        Section("post", None, "Portugal in May\nTen days, no car, where to base?"),
        Section("comment-1", "Rui", "Porto is cheaper compared to Lisbon, we did a week there."),
        Section("comment-2", "Ana", "Our route was Lisbon > Coimbra > Porto, all by train."),
    ))
    found = mentions(t, {("comment-1", "Porto"): ("visited", 0.95),
                         ("comment-1", "Lisbon"): ("visited", 0.9),
                         ("comment-2", "Lisbon"): ("visited", 0.9),
                         ("comment-2", "Coimbra"): ("visited", 0.9),
                         ("comment-2", "Porto"): ("visited", 0.9)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Porto")] == "visited"
    assert result[("comment-1", "Lisbon")] == "mentioned"
    assert {result[("comment-2", p)] for p in ("Lisbon", "Coimbra", "Porto")} == {"visited"}


def test_an_answer_to_a_question_about_the_writers_own_trip_tells_a_visit() -> None:
    """A short answer to "NAME, did you ...?" about the writer's trip is that trip, even with no
    verb of its own (the model reads "Two nights in X, then Y" as a plan); not an answer that
    denies or plans, one about a question to somebody else, nor another's trip."""
    t = Thread(sections=(
        Section("post", "Jo", "Azores in May\nSão Miguel only, or add a second island?"),
        Section("comment-1", "Rui Costa", "We did three islands last spring, loved Pico."),
        Section("comment-2", "Jo", "Thanks Rui Costa! Did you fly from Ponta Delgada to Pico "
                                   "or take the ferry from Faial?"),
        Section("comment-3", "Rui Costa", "Jo, flew to Horta, then the ferry across to "
                                          "Madalena. Easy."),
        Section("comment-4", "Lena", "Rui Costa, were you on Flores too?"),
        Section("comment-5", "Rui Costa", "Lena, no, Flores is for next year."),
        Section("comment-6", "Tom", "Lena, did you rent a car on Terceira?"),
        Section("comment-7", "Rui Costa", "Angra do Heroísmo is lovely for a night."),
        Section("comment-8", "Lena", "Tom, my brother did, a week in Praia da Vitória."),
        Section("comment-9", "Jo", "Rui Costa, did you stay in Lajes or Madalena?"),
        Section("comment-10", "Rui Costa", "Jo, Madalena, and I'd stay in Lajes next time."),
    ))
    found = mentions(t, {("comment-3", "Horta"): ("planning", 0.88),
                         ("comment-3", "Madalena"): ("mentioned", 0.6),
                         ("comment-5", "Flores"): ("planning", 0.7),
                         ("comment-7", "Angra do Heroísmo"): ("mentioned", 0.7),
                         ("comment-8", "Praia da Vitória"): ("mentioned", 0.6),
                         ("comment-10", "Lajes"): ("wishlist", 0.6)})
    result = got(relate_thread(t, found))
    assert result[("comment-3", "Horta")] == result[("comment-3", "Madalena")] == "visited"
    assert result[("comment-5", "Flores")] != "visited"  # "no": not been
    assert result[("comment-7", "Angra do Heroísmo")] == "mentioned"  # Tom asked Lena
    assert result[("comment-8", "Praia da Vitória")] == "mentioned"  # the brother's trip
    assert result[("comment-10", "Lajes")] == "wishlist"  # "I'd stay in Lajes next time"


def test_a_wish_that_outlives_a_plan_given_up_is_a_wish() -> None:
    """"Still on our list", "still want to ...", "hoping to try again next summer" after a plan
    given up keep the wish; a visit the model reads, though unsure, stays a visit."""
    t = Thread(sections=(
        Section("post", "Ola", "Slovenia in September\nLjubljana, Bled and the coast?"),
        Section("comment-1", "Nina", "We had Bohinj and Kranjska Gora booked for June but the "
                                     "car broke down. Still hoping to see both next summer."),
        Section("comment-2", "Marek", "Piran was the plan for our last day but the rain came "
                                      "in. It's still on our list."),
        Section("comment-3", "Ursa", "Izola was a lovely lunch stop. Still want to go back "
                                     "one day."),
        Section("comment-4", "Jure", "We meant to climb Triglav but the hut was full. Hoping "
                                     "to try again next summer."),
        Section("comment-5", "Ana", "Vršič was closed for snow and we turned back. Still want "
                                    "to go back for it."),
    ))
    found = mentions(t, {("comment-1", "Bohinj"): ("mentioned", 1.0),
                         ("comment-1", "Kranjska Gora"): ("mentioned", 1.0),
                         ("comment-2", "Piran"): ("mentioned", 1.0),
                         ("comment-3", "Izola"): ("visited", 0.7),
                         ("comment-4", "Triglav"): ("mentioned", 1.0),
                         ("comment-5", "Vršič"): ("mentioned", 1.0)})
    result = got(relate_thread(t, found))
    assert result[("comment-1", "Bohinj")] == result[("comment-1", "Kranjska Gora")] == "wishlist"
    assert result[("comment-2", "Piran")] == "wishlist"
    assert result[("comment-3", "Izola")] == "visited"
    assert result[("comment-4", "Triglav")] == result[("comment-5", "Vršič")] == "wishlist"


def test_a_verdict_on_the_posts_options_recommends_and_tells_no_trip() -> None:
    """"X, hands down" and "for X I'd say yes" answer the asker: advice, not the writer's trip;
    a verdict beside the writer's own visit, in its sentence or comment, keeps the visit."""
    t = Thread(sections=(
        Section("post", "Kim", "Lofoten in March\nSvolvær or Reine as a base? Is Å worth it?"),
        Section("comment-1", "Per", "Reine, hands down, the light on the peaks is unreal."),
        Section("comment-2", "Liv", "For Å I'd say yes, the stockfish museum is a gem."),
        Section("comment-3", "Odd", "We went to Henningsvær in 2022, best village, no question."),
        Section("comment-4", "Siv", "Nusfjord, hands down. We stayed in a rorbu there."),
    ))
    found = mentions(t, {("comment-1", "Reine"): ("visited", 0.7),
                         ("comment-2", "Å"): ("wishlist", 0.85),
                         ("comment-3", "Henningsvær"): ("visited", 0.95),
                         ("comment-4", "Nusfjord"): ("visited", 0.8)})
    related = {(m.section, m.text): m for m in relate_thread(t, found)}
    assert related[("comment-1", "Reine")].relation == "mentioned"
    assert related[("comment-1", "Reine")].advice == "recommends"
    assert related[("comment-2", "Å")].relation == "mentioned"
    assert related[("comment-3", "Henningsvær")].relation == "visited"
    assert related[("comment-4", "Nusfjord")].relation == "visited"  # the writer's own stay


def test_there_after_one_place_is_that_place() -> None:
    """"I'd never skip X. Camped there two nights" visits X."""
    t = Thread(sections=(
        Section("post", None, "Namibia\nTwo weeks in May, self-drive."),
        Section("comment-1", "Lena", "I'd never skip Brandberg. Camped there two nights."),
    ))
    given: dict[tuple[str, str], tuple[Relation, float]] = {
        ("comment-1", "Brandberg"): ("mentioned", 0.9)}
    result = got(relate_thread(t, mentions(t, given)))
    assert result[("comment-1", "Brandberg")] == "visited"
