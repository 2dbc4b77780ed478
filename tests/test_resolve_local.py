"""Resolution: what the words round a name and the places near it say, over the thread's drift.

Classes of mistake (issue #10, "local context beats thread context"): a town just across a border
from the thread's places; a word beside the name or in its sentence that says what sort of place
it is (a mountain, a town); a town's quarter called by a generic name ("the Old Town").
"""

from __future__ import annotations

import re

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from itinerary.models import Mention, Resolution, Section, Thread
from itinerary.pipeline import Analyzer
from itinerary.resolve import resolve


def resolved(analyzer: Analyzer, *texts: str) -> dict[tuple[str, str], Resolution]:
    """The whole pass on a post and its comments: (section, name as written) -> resolution."""
    sections = tuple(
        Section("post" if n == 0 else f"comment-{n}", None if n == 0 else f"Reader {n}", text)
        for n, text in enumerate(texts)
    )
    report = analyzer.analyze(Thread(sections))
    return {(r.mention.section, r.mention.text): r for r in report.resolutions}


def test_a_city_just_across_the_border_beats_a_village_of_the_threads_country(
    analyzer: Analyzer,
) -> None:
    """Lille beside a Belgian trip is the French city of 230,000, an hour from Ghent, not the
    village of Lille near Antwerp that merely shares Belgium with the thread."""
    found = resolved(
        analyzer,
        "A week in Flanders: we stayed in Ghent and took the train to Bruges and Antwerp.",
        "Nice report! I live in Lille and we often come over for the Christmas markets.",
    )
    lille = found[("comment-1", "Lille")]
    assert lille.place is not None and lille.place.country_code == "FR"
    assert lille.place.population > 200_000
    assert "across the border" in lille.reason
    ghent = found[("post", "Ghent")].place
    assert ghent is not None and ghent.country_code == "BE"


def test_the_village_stays_when_the_thread_is_around_it(analyzer: Analyzer) -> None:
    """In a cycling trip round the Kempen towns the village of Lille is the neighbour, and the
    French city, far beyond the border, gets no help from the thread's country."""
    found = resolved(
        analyzer,
        "Our cycling loop went from Herentals through Lille to Geel and back by the canal.",
    )
    lille = found[("post", "Lille")]
    assert lille.place is not None and lille.place.country_code == "BE"
    assert "across the border" not in lille.reason


def test_a_climbing_word_makes_the_mountain_of_a_town_name(analyzer: Analyzer) -> None:
    found = resolved(
        analyzer,
        "From Tokyo we took the highway bus west and climbed Fuji overnight for the sunrise.",
    )
    fuji = found[("post", "Fuji")]
    assert fuji.place is not None
    assert (fuji.place.kind, fuji.place.feature) == ("natural", "mountain")
    assert "\u201cclimbed\u201d" in fuji.reason


def test_the_town_of_keeps_the_town(analyzer: Analyzer) -> None:
    """The same name, said as a town, stays the city of some 250,000 people."""
    found = resolved(
        analyzer,
        "After Shizuoka we spent two nights in the town of Fuji before going on to Hakone.",
    )
    fuji = found[("post", "Fuji")]
    assert fuji.place is not None and fuji.place.kind == "city"
    assert fuji.place.country_code == "JP"


def test_the_old_town_is_the_quarter_of_the_town_named_before_it(analyzer: Analyzer) -> None:
    """Not Old Town, Maine, and the generic name does not drag Prague to Oklahoma either."""
    found = resolved(
        analyzer,
        "Three nights in Prague: our flat was in the Old Town, five minutes from the bridge.",
    )
    prague = found[("post", "Prague")].place
    old_town = found[("post", "Old Town")]
    assert prague is not None and prague.country_code == "CZ"
    assert old_town.place is not None and old_town.place.country_code == "CZ"
    assert distance_km(old_town.place.lat, old_town.place.lon, prague.lat, prague.lon) < 5
    assert "the part of Prague so called" in old_town.reason


def test_a_quarter_named_again_later_keeps_its_town(analyzer: Analyzer) -> None:
    """A comment that names no town before "the Old Quarter" shares the post's decision."""
    found = resolved(
        analyzer,
        "Hanoi to begin with; our guesthouse sat in the Old Quarter by the water.",
        "Same here, we booked our bay cruise through a hotel in the Old Quarter.",
    )
    for section in ("post", "comment-1"):
        quarter = found[(section, "Old Quarter")].place
        assert quarter is not None and quarter.country_code == "VN"
        assert distance_km(quarter.lat, quarter.lon, 21.03, 105.85) < 10


def test_the_sections_own_places_outweigh_a_reply_about_elsewhere(analyzer: Analyzer) -> None:
    """Banff beside Calgary in the post is the Canadian town, although the one reply, with three
    Scottish places, gives the thread more of Scotland (where there is a Banff too)."""
    found = resolved(
        analyzer,
        "We did Calgary and Banff, then drove south to Montana for a few days of hiking.",
        "Also worth it next time: Scotland's Perth, an hour north of Edinburgh.",
    )
    banff = found[("post", "Banff")].place
    assert banff is not None and banff.country_code == "CA"
    perth = found[("comment-1", "Perth")]
    assert perth.place is not None and perth.place.country_code == "GB"


def test_a_possessive_region_qualifies_the_name_after_it(analyzer: Analyzer) -> None:
    """ "Scotland's Perth" in a thread about Australia is Perth in Scotland, and the qualifier
    leaves the post's Perth in Western Australia."""
    found = resolved(
        analyzer,
        "Three weeks from Sydney to Melbourne and Adelaide, then the long flight over to Perth.",
        "Lovely trip. Scotland's Perth is worth a look too, if you are ever over there.",
    )
    assert found[("post", "Perth")].place.country_code == "AU"  # type: ignore[union-attr]
    scottish = found[("comment-1", "Perth")]
    assert scottish.place is not None and scottish.place.country_code == "GB"
    assert "qualifier Scotland" in scottish.reason


def test_a_lake_in_a_named_state_is_the_lake_of_that_state(analyzer: Analyzer) -> None:
    """The curated lakes carry no state of their own; "in California" still finds the Eagle
    Lake there rather than the one in Maine, where the rest of the thread is."""
    found = resolved(
        analyzer,
        "Our Maine road trip: Bangor, Bar Harbor and Acadia.",
        "Next summer we go west: we want to camp at Eagle Lake in California.",
    )
    lake = found[("comment-1", "Eagle Lake")]
    assert lake.place is not None and lake.place.kind == "natural"
    assert distance_km(lake.place.lat, lake.place.lon, 40.65, -120.73) < 30
    assert "in California, named in the same sentence" in lake.reason


def test_a_lake_and_its_state_beat_the_threads_town_of_that_name(analyzer: Analyzer) -> None:
    found = resolved(
        analyzer,
        "Two weeks in upstate New York: Albany, Saratoga Springs and the Adirondacks.",
        "In winter we prefer Lake George in Florida, where it is warm.",
    )
    lake = found[("comment-1", "Lake George")].place
    assert lake is not None and lake.kind == "natural" and lake.lat < 31


def test_the_beach_at_a_name_brings_the_beach_so_called(analyzer: Analyzer) -> None:
    """ "The beach at Whitehaven" is Whitehaven Beach in the Whitsundays, not the Cumbrian
    town, which is the only place called plain Whitehaven."""
    found = resolved(
        analyzer,
        "Three days sailing round the Whitsundays from Airlie Beach, then up to Cairns.",
        "The beach at Whitehaven was the whitest sand we have ever walked on.",
    )
    beach = found[("comment-1", "Whitehaven")]
    assert beach.place is not None and beach.place.feature == "beach"
    assert beach.place.country_code == "AU"
    assert "\u201cbeach\u201d beside it" in beach.reason


def test_without_the_word_the_town_keeps_its_name(analyzer: Analyzer) -> None:
    found = resolved(
        analyzer, "From Keswick we drove over the fells to the harbour at Whitehaven for lunch."
    )
    town = found[("post", "Whitehaven")].place
    assert town is not None and (town.kind, town.country_code) == ("city", "GB")


def test_the_lines_of_a_day_list_are_apart(gazetteer: Gazetteer) -> None:
    """A day list has no full stops, so the parser reads it as one sentence: a peninsula on the
    fifth day's line must not be taken to hold the towns of the first day's line."""
    marked = (
        "Our plan, day by day:\n"
        "Day 1: [[Reykjavik]] -> [[Selfoss]] -> [[Vik]]\n"
        "Day 2: [[Vik]] -> [[Hofn]]\n"
        "Day 5: [[Snaefellsnes]] peninsula\n"
        "Day 6: fly home"
    )
    text, spans, offset = "", [], 0
    for match in re.finditer(r"\[\[(.+?)\]\]", marked):
        text += marked[offset : match.start()]
        spans.append((match.group(1), len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        offset = match.end()
    text += marked[offset:]
    mentions = [
        Mention("post", None, name, start, end, "test", (0, len(text)))
        for name, start, end in spans
    ]
    resolved = resolve(Thread((Section("post", None, text),)), mentions, gazetteer)
    reasons = {r.mention.text: r.reason for r in resolved.resolutions}
    assert "Sn\u00e6fellsnes, named in the same sentence" not in reasons["Selfoss"]
    assert "holds" not in reasons["Snaefellsnes"]
    # Names of one line still stand together.
    assert "Reykjav\u00edk, named in the same sentence" in reasons["Selfoss"]


def test_a_town_the_thread_writes_in_full_keeps_its_short_name(analyzer: Analyzer) -> None:
    """Once a writer has said "Puerto Natales" or "Cortina d'Ampezzo", their "Natales" and
    "Cortina" are that town, not a village of the postal layer that bears the short name (one
    nearer the park, one two hundred kilometres off)."""
    found = resolved(
        analyzer,
        "We based ourselves in Puerto Natales for the park. The buses from Natales to Torres "
        "del Paine leave at seven.",
        "Cortina d'Ampezzo was our base for a week of hiking. Cortina is pricey, but the "
        "Dolomites round it are worth every euro.",
    )
    natales = found[("post", "Natales")].place
    assert natales is not None and natales.population > 10_000
    assert distance_km(natales.lat, natales.lon, -51.73, -72.51) < 5
    cortina = found[("comment-1", "Cortina")].place
    assert cortina is not None and distance_km(cortina.lat, cortina.lon, 46.54, 12.14) < 5


def test_a_short_name_with_a_real_town_of_its_own_stays_that_town(analyzer: Analyzer) -> None:
    """ "York" after "New York" is still the English city: the rule is for names whose only other
    senses are hamlets."""
    found = resolved(
        analyzer,
        "We flew into New York and then spent a week in England: London, then York and Durham.",
    )
    york = found[("post", "York")].place
    assert york is not None and york.country_code == "GB"


def test_a_country_is_not_the_short_name_of_its_capital(analyzer: Analyzer) -> None:
    found = resolved(
        analyzer,
        "Two weeks in Mexico: five days in Mexico City, then Puebla and Oaxaca.",
    )
    mexico = found[("post", "Mexico")].place
    assert mexico is not None and mexico.kind == "country"


def test_a_qualifier_that_holds_a_namesake_rules_out_the_threads_own(analyzer: Analyzer) -> None:
    """A Boston weekend names Cambridge, Massachusetts; a reader signing as "Cambridge, UK" is
    from the English one, however much the thread says Massachusetts."""
    found = resolved(
        analyzer,
        "Four days in Boston: the North End, then the T to Cambridge for Harvard Square.",
        "Greetings from Cambridge, UK! One day I will see the other one.",
    )
    home = found[("comment-1", "Cambridge")].place
    assert home is not None and (home.country_code, home.admin1) == ("GB", "ENG")
    trip = found[("post", "Cambridge")].place
    assert trip is not None and (trip.country_code, trip.admin1) == ("US", "MA")


def test_a_country_name_with_a_state_after_it_is_the_town(analyzer: Analyzer) -> None:
    """A reader from "Mexico, Missouri" in a thread about Oaxaca is from the small town of the
    state, not the country the rest of the thread is in."""
    found = resolved(
        analyzer,
        "Two weeks in Oaxaca and Puebla, then the coast at Puerto Escondido.",
        "Hi from Mexico, Missouri, where nobody believes where I live. Great photos!",
    )
    town = found[("comment-1", "Mexico")].place
    assert town is not None and (town.country_code, town.admin1, town.kind) == ("US", "MO", "city")


def test_the_french_one_after_a_name_picks_that_countrys_namesake(analyzer: Analyzer) -> None:
    """In an East Texas road trip, "Paris (the French one)" is the capital of France and the
    bare "Paris" of the trip stays the Texas town."""
    found = resolved(
        analyzer,
        "We drove from Tyler to Palestine and finished in Paris, the little Texas town.",
        "Funny, I live in Paris (the French one) and had never heard of it.",
    )
    home = found[("comment-1", "Paris")].place
    assert home is not None and home.country_code == "FR"
    trip = found[("post", "Paris")].place
    assert trip is not None and (trip.country_code, trip.admin1) == ("US", "TX")


def test_a_peoples_word_that_only_says_which_one_is_not_the_threads_country(
    gazetteer: Gazetteer,
) -> None:
    """Writing "Bergen - not the Dutch one" says which Bergen is not meant: the Dutch hint
    it brings is no sign that the thread is in the Netherlands: Bergen stays the Norwegian city."""
    text = "We had two rainy days in Bergen - not the Dutch one - and loved every minute."
    start = text.index("Bergen")
    mention = Mention("post", None, "Bergen", start, start + 6, "test", (0, len(text)))
    thread = Thread((Section("post", None, text),))
    found = resolve(thread, [mention], gazetteer, country_hints={"NL": 1}).resolutions[0]
    assert found.place is not None and found.place.country_code == "NO"


def test_a_quarter_in_brackets_after_its_town_is_not_a_village_abroad(
    analyzer: Analyzer,
) -> None:
    """A Santiago quarter the gazetteer lacks, written in brackets right after the city, is
    part of Santiago, not the Peruvian town that merely shares its name."""
    found = resolved(
        analyzer,
        "Flew into Santiago (two nights in Bellavista for the bars), then the bus to "
        "Valparaíso and Viña del Mar. Puerto Varas and Puerto Montt came last.",
    )
    quarter = found[("post", "Bellavista")]
    assert quarter.place is not None and quarter.place.country_code == "CL"
    santiago = found[("post", "Santiago")].place
    assert santiago is not None
    assert distance_km(quarter.place.lat, quarter.place.lon, santiago.lat, santiago.lon) < 20
    assert "Santiago" in quarter.reason


def test_a_barrio_in_brackets_after_its_city_is_part_of_it(analyzer: Analyzer) -> None:
    """Written as "Seville (Triana ...)", Triana is the barrio across the river, not a
    hamlet of that name in another province or a town in Alabama."""
    found = resolved(
        analyzer,
        "We had two nights in Seville (tapas in Triana every night!) and a day trip to "
        "Carmona before Granada.",
    )
    triana = found[("post", "Triana")].place
    assert triana is not None and triana.country_code == "ES"
    assert distance_km(triana.lat, triana.lon, 37.39, -5.99) < 15


def test_a_town_of_the_threads_country_is_not_pulled_into_the_town_before_it(
    analyzer: Analyzer,
) -> None:
    """A real town of the thread's own country keeps its place, even far from the town
    written before it: Kanazawa after a stay in Hiroshima is Kanazawa."""
    found = resolved(
        analyzer,
        "Tokyo, then Kyoto and two nights in Hiroshima.",
        "Next time go to Hiroshima again and then Kanazawa and Takayama.",
    )
    kanazawa = found[("comment-1", "Kanazawa")].place
    assert kanazawa is not None and kanazawa.name == "Kanazawa"


def test_a_hill_said_by_its_core_name_is_the_hill_near_the_thread(analyzer: Analyzer) -> None:
    """Said in a Barcelona trip, "Montserrat" is the mountain monastery an hour away, not the
    Caribbean island; the reason says which longer name it is short for."""
    found = resolved(
        analyzer,
        "Five nights in Barcelona, then the train up to Montserrat for the monastery and a "
        "day in Girona.",
    )
    hill = found[("post", "Montserrat")]
    assert hill.place is not None and hill.place.country_code == "ES"
    assert distance_km(hill.place.lat, hill.place.lon, 41.59, 1.84) < 10
    assert "short for" in hill.reason


def test_a_far_island_of_the_name_stays_when_the_thread_is_there(analyzer: Analyzer) -> None:
    """In a Caribbean island hop, Montserrat is the island: nothing near the thread's places
    is called so."""
    found = resolved(
        analyzer,
        "From Antigua we took the ferry to Montserrat for the volcano, then flew to Nevis.",
    )
    island = found[("post", "Montserrat")].place
    assert island is not None and island.country_code == "MS"


def test_a_big_town_abroad_or_one_of_the_towns_country_is_not_a_quarter(
    analyzer: Analyzer,
) -> None:
    """After a week in Tbilisi, Batumi is the Black Sea city of Georgia and the Las Vegas of a
    comparison stays in Nevada: neither is a part of the town written before them."""
    found = resolved(
        analyzer,
        "We spent a week in Tbilisi. It felt like Vegas some nights with all the casinos "
        "in Batumi.",
    )
    batumi = found[("post", "Batumi")].place
    assert batumi is not None and batumi.name == "Batumi"
    vegas = found[("post", "Vegas")].place
    assert vegas is not None and (vegas.country_code, vegas.admin1) == ("US", "NV")


def test_a_name_in_a_town_is_the_namesake_near_that_town(analyzer: Analyzer) -> None:
    """In a Lake Titicaca trip, "Copacabana in Rio" is the beach district of Rio de Janeiro,
    while the bare Copacabana of the trip stays the Bolivian lake town."""
    found = resolved(
        analyzer,
        "From Puno we crossed into Bolivia at Copacabana and finished in La Paz.",
        "I live near Copacabana in Rio and always get the two mixed up!",
    )
    beach = found[("comment-1", "Copacabana")].place
    assert beach is not None and beach.country_code == "BR"
    lake_town = found[("post", "Copacabana")].place
    assert lake_town is not None and lake_town.country_code == "BO"


def test_a_name_in_a_state_code_is_that_states_namesake(analyzer: Analyzer) -> None:
    """A reader in a Scottish thread who means "Perth in WA" means the Australian city."""
    found = resolved(
        analyzer,
        "Two nights in Perth, then Stirling and Pitlochry on the way to Inverness.",
        "I first thought you meant Perth in WA, where I grew up!",
    )
    home = found[("comment-1", "Perth")].place
    assert home is not None and home.country_code == "AU"
    trip = found[("post", "Perth")].place
    assert trip is not None and trip.country_code == "GB"


def test_a_name_written_without_its_article_is_the_threads_name(analyzer: Analyzer) -> None:
    """Written after "Las Setas" in a Seville thread, "Setas" is the same parasol, not Sète in
    France, which has Setas among its old names."""
    found = resolved(
        analyzer,
        "Four nights in Seville: the Alcázar, the cathedral and sunset on Las Setas.",
        "We walked under the Setas every evening but never went up.",
    )
    parasol = found[("post", "Las Setas")].place
    short = found[("comment-1", "Setas")]
    assert parasol is not None and short.place == parasol
    assert "short for Las Setas" in short.reason


def test_a_city_quarter_is_the_quarter_of_the_threads_city(analyzer: Analyzer) -> None:
    """Quarters travellers stay in that no town record has (Vesterbro, Silom, Ruzafa) are the
    quarters of the thread's city, within 15 km of its point (Thonglor lies 9 km from
    Bangkok's), not namesakes elsewhere."""
    for text, city, quarters in (
        (
            "Copenhagen on a budget: we stayed in Vesterbro, cycled to Nørrebro for dinner "
            "and spent a morning in Christianshavn.",
            "Copenhagen",
            ("Vesterbro", "Nørrebro"),
        ),
        (
            "Three nights in Bangkok. Our hotel was near Silom, we ate street food in Talat "
            "Noi and had drinks in Thonglor.",
            "Bangkok",
            ("Silom", "Talat Noi", "Thonglor"),
        ),
        (
            "Four days in Valencia: we stayed in Ruzafa, not by the beach, and went to El "
            "Cabanyal for paella.",
            "Valencia",
            ("Ruzafa", "El Cabanyal"),
        ),
    ):
        found = resolved(analyzer, text)
        centre = found[("post", city)].place
        assert centre is not None
        for quarter in quarters:
            place = found[("post", quarter)].place
            assert place is not None, quarter
            assert distance_km(place.lat, place.lon, centre.lat, centre.lon) < 15, place
