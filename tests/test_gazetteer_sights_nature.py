"""The derived sights-and-nature layer (sights_nature.tsv: Natural Earth's physical labels and the
World Heritage List) on the real default gazetteer: what it adds, and what it must not do to
ordinary text or to the curated table."""

from __future__ import annotations

import pytest
from mention_names import place_names
from spacy.language import Language

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from gazetteer.normalize import normalize_name
from gazetteer.sources import SIGHTS_NATURE, country_languages, generic_forms, read_table

DERIVED = ("ne:", "whc:")


def derived(place_id: str) -> bool:
    return place_id.startswith(DERIVED)


@pytest.mark.parametrize(
    ("name", "spot", "within_km"),
    [
        # The largest lakes of the world by area, and a point in each (the lakes are big: the
        # tolerance is about half the lake's length).
        ("Caspian Sea", (41.7, 50.6), 600),
        ("Lake Superior", (47.7, -87.5), 250),
        ("Lake Victoria", (-1.0, 33.0), 150),
        ("Lake Huron", (44.8, -82.4), 200),
        ("Lake Michigan", (44.0, -87.0), 250),
        ("Lake Tanganyika", (-6.0, 29.5), 350),
        ("Lake Baikal", (53.5, 108.0), 350),
        ("Great Bear Lake", (66.0, -121.0), 200),
        ("Lake Malawi", (-12.0, 34.5), 300),
        ("Great Slave Lake", (61.7, -114.0), 250),
        ("Lake Erie", (42.2, -81.2), 200),
        ("Lake Winnipeg", (52.5, -97.8), 250),
        ("Lake Ontario", (43.7, -77.9), 150),
        ("Lake Ladoga", (60.8, 31.5), 120),
        ("Lake Balkhash", (46.5, 74.9), 320),
        ("Lake Onega", (61.7, 35.4), 150),
        ("Lake Titicaca", (-15.9, -69.3), 120),
        ("Lake Athabasca", (59.2, -109.4), 150),
    ],
)
def test_the_worlds_largest_lakes(
    gazetteer: Gazetteer, name: str, spot: tuple[float, float], within_km: float
) -> None:
    lakes = [p for p in gazetteer.lookup(name) if p.kind == "natural"]
    assert lakes, name
    best = lakes[0]
    assert best.feature in ("lake", "sea"), best
    assert distance_km(best.lat, best.lon, *spot) < within_km, best


@pytest.mark.parametrize(
    ("name", "kind", "feature", "country", "spot", "within_km"),
    [
        # World Heritage sites the curated table does not have, at the site.
        ("Persepolis", "sight", "site", "IR", (29.935, 52.891), 5),
        ("Aphrodisias", "sight", "site", "TR", (37.71, 28.72), 10),
        ("Bryggen", "sight", "site", "NO", (60.397, 5.324), 5),
        ("Hatra", "sight", "site", "IQ", (35.59, 42.72), 5),
        # Natural Earth's labels: a desert, a lake, islands, a summit, a strait.
        ("Nubian Desert", "natural", "desert", None, (20.5, 33.0), 400),
        ("Lake Ohau", "natural", "lake", "NZ", (-44.23, 169.85), 15),
        ("Aitutaki", "natural", "island", "CK", (-18.86, -159.79), 15),
        ("Lesbos", "natural", "island", "GR", (39.2, 26.3), 40),
        ("Belukha", "natural", "mountain", "RU", (49.81, 86.59), 10),
        ("Bosporus", "natural", "sea", "TR", (41.1, 29.05), 30),
    ],
)
def test_sights_and_nature_of_the_derived_layer(
    gazetteer: Gazetteer,
    name: str,
    kind: str,
    feature: str,
    country: str | None,
    spot: tuple[float, float],
    within_km: float,
) -> None:
    found = [p for p in gazetteer.lookup(name) if p.kind == kind]
    assert found, name
    best = found[0]
    assert best.feature == feature, best
    assert country is None or best.country_code == country, best
    assert distance_km(best.lat, best.lon, *spot) < within_km, best


@pytest.mark.parametrize(
    ("short", "country", "spot"),
    [
        ("Summer Palace", "CN", (39.999, 116.275)),  # "Summer Palace, an Imperial Garden in ..."
        ("Serra da Capivara", "BR", (-8.68, -42.55)),  # "... National Park"
        ("Nanda Devi and Valley of Flowers", "IN", (30.7, 79.7)),  # "... National Parks"
    ],
)
def test_a_long_heritage_name_is_found_by_its_short_form(
    gazetteer: Gazetteer, short: str, country: str, spot: tuple[float, float]
) -> None:
    """The List's names run long; a post writes the part before the comma, the colon or
    "National Parks" (a row the curated table has by another of its names, as Valley of Flowers,
    gives the curated place its spellings)."""
    found = [p for p in gazetteer.lookup(short) if p.kind in ("natural", "sight")]
    assert found and found[0].country_code == country, found
    assert distance_km(found[0].lat, found[0].lon, *spot) < 60, found[0]


@pytest.mark.parametrize(
    ("written", "country", "spot"),
    [
        # The name left once the List's generic head is gone, before or after it.
        ("Monte Albán", "MX", (17.04, -96.77)),  # "Historic Centre of Oaxaca and ... of X"
        ("Uxmal", "MX", (20.36, -89.77)),  # "Pre-Hispanic Town of ..."
        ("Volubilis", "MA", (34.07, -5.55)),  # "Archaeological Site of ..."
        ("Leptis Magna", "LY", (32.64, 14.29)),
        ("Chan Chan", "PE", (-8.11, -79.07)),  # "... Archaeological Zone"
        ("Tiryns", "GR", (37.6, 22.8)),  # "Archaeological Sites of Mycenae and ...": a shared head
        ("Bassae", "GR", (37.43, 21.9)),  # "Temple of Apollo Epicurius at X": not the god
        ("Geghard", "AM", (40.14, 44.82)),  # "Monastery of ..."
        ("Joya de Cerén", "SV", (13.83, -89.37)),
    ],
)
def test_a_heritage_site_is_found_by_the_name_without_its_generic_head(
    gazetteer: Gazetteer, written: str, country: str, spot: tuple[float, float]
) -> None:
    found = [p for p in gazetteer.lookup(written) if p.kind == "sight"]
    assert found and found[0].country_code == country, found
    assert distance_km(found[0].lat, found[0].lon, *spot) < 40, found[0]


@pytest.mark.parametrize("town", ["Vienna", "Brugge", "Oaxaca", "Nessebar", "Prague"])
def test_a_historic_centre_is_not_a_second_place_for_its_town(
    gazetteer: Gazetteer, town: str
) -> None:
    """ "Historic Centre of Vienna" names the town the gazetteer has already: the town's bare
    name finds no derived sight."""
    assert [p.id for p in gazetteer.lookup(town, limit=50) if derived(p.id)] == []


@pytest.mark.parametrize(
    "spellings",
    [
        ("Ait-Ben-Haddou", "Ait Ben Haddou", "Aït Benhaddou", "Ait Benhaddou"),
        ("Popocatépetl", "Popocatepetl", "Volcán Popocatépetl", "Mount Popocatepetl"),
        ("Jebel Toubkal", "Mount Toubkal", "Toubkal"),
        ("Desierto de Atacama", "Atacama Desert"),
        ("Lago di Garda", "Lake Garda", "Garda Lake"),
        ("Ouzoud Falls", "Ouzoud waterfalls", "Cascades d'Ouzoud"),  # a curated row's head too
    ],
)
def test_the_spellings_of_one_place_meet(gazetteer: Gazetteer, spellings: tuple[str, ...]) -> None:
    """Hyphens, a particle written apart or joined, diacritics, and a local head ("Jebel",
    "Lago", "Desierto") or its English one before or after the name."""
    best = {spelling: gazetteer.lookup(spelling)[0].id for spelling in spellings}
    assert len(set(best.values())) == 1, best


@pytest.mark.parametrize(
    "word",
    [
        "Lister",  # Mount Lister: a person's name without its head
        "Wilhelm",
        "Jacques",  # Lac Jacques: a lake named in one word keeps its head
        "Heaven",  # Temple of Heaven
        "Norse",  # "Norse and Inuit Farming ..."
        "Teutonic Order",  # "Castle of the Teutonic Order in Malbork": the owner
        "Cultural Landscape",
    ],
)
def test_a_short_form_that_names_no_place_is_not_derived(gazetteer: Gazetteer, word: str) -> None:
    assert [p.id for p in gazetteer.lookup(word, limit=50) if derived(p.id)] == []


def test_a_sight_named_with_its_town_keeps_the_town(gazetteer: Gazetteer) -> None:
    """ "Piazza del Duomo, Pisa": many towns have a Piazza del Duomo, so the short form would
    send Milan's to Pisa; only the full name is indexed."""
    assert [p.id for p in gazetteer.lookup("Piazza del Duomo") if derived(p.id)] == []
    assert [p.country_code for p in gazetteer.lookup("Piazza del Duomo, Pisa")] == ["IT"]


@pytest.mark.parametrize("word", ["Superior", "Dam", "Long", "Mountain", "Temple", "Victoria"])
def test_an_ordinary_word_is_never_a_name_of_the_derived_layer(
    gazetteer: Gazetteer, word: str
) -> None:
    """ "Lake Superior" is in the layer; "Superior" alone must not be, nor any other word that
    English mostly writes in lower case, nor a lake's bare one-word name."""
    assert [p.id for p in gazetteer.lookup(word, limit=200) if derived(p.id)] == []


def test_a_curated_place_is_not_repeated_by_the_derived_layer(gazetteer: Gazetteer) -> None:
    """regions.tsv wins: no derived place shares a name with a curated one near it."""
    repeated = []
    for row in read_table("regions.tsv"):
        if row["kind"] == "region":
            continue
        for place in gazetteer.lookup(row["name"], limit=50):
            if (
                derived(place.id)
                and distance_km(place.lat, place.lon, float(row["lat"]), float(row["lon"])) < 40
            ):
                repeated.append((row["id"], place.id))
    assert repeated == []


def test_a_derived_row_is_left_out_only_for_a_curated_place(gazetteer: Gazetteer) -> None:
    """Every row of the table is in the gazetteer unless regions.tsv has the place by one of
    the row's spellings (Angkor, the Great Wall ...), its generic head written the other way
    included (Natural Earth's "Monte Etna" is the curated "Mount Etna")."""
    languages = country_languages()

    def spellings(row: dict[str, str]) -> set[str]:
        written = [n for n in (row["name"], *row["aliases"].split("|")) if n]
        language = languages.get(row["country"])
        forms = [f for n in written for f in generic_forms(n, row["feature"] or None, language)]
        return {normalize_name(n) for n in (*written, *forms)}

    curated = set().union(*(spellings(r) for r in read_table("regions.tsv")))
    rows = read_table(SIGHTS_NATURE)
    assert len(rows) > 5000
    kept = [r for r in rows if gazetteer.get(r["id"]) is not None]
    assert len(kept) > 5000
    assert [r["id"] for r in rows if r not in kept and not spellings(r) & curated] == []


def test_derived_names_are_found_in_running_text(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "From Izmir we drove inland to Aphrodisias and spent a night near Pamukkale. "
        "On the way home we stopped two nights in Shiraz to see Persepolis.",
    )
    assert {"Aphrodisias", "Shiraz", "Persepolis"} <= found


def test_short_forms_are_found_in_running_text(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "We spent four nights in Oaxaca and took the morning bus up to Monte Alban. "
        "In Morocco we slept in Ait Ben Haddou after crossing the mountains from Marrakech, "
        "and later drove from Meknes to Volubilis for the mosaics.",
    )
    assert {"Oaxaca", "Monte Alban", "Ait Ben Haddou", "Volubilis"} <= found


def test_ordinary_words_at_a_sentence_start_stay_words(place_nlp: Language) -> None:
    found = place_names(
        place_nlp,
        "Superior rooms were not worth the extra money. Long drives every day wore us out. "
        "Temple after temple, the kids got bored by noon. Dam building on the river has "
        "changed the valley. Ascension Day closed the shops, so we went to Lyon instead.",
    )
    assert found == {"Lyon"}


def test_a_town_record_named_after_its_municipality_keeps_the_towns_name(
    gazetteer: Gazetteer,
) -> None:
    """GeoNames calls the record of the town of Húsavík by its municipality's name,
    Norðurþing; the town's name is the one shown, and both still find it."""
    for query in ("Húsavík", "Husavik", "Norðurþing"):
        best = gazetteer.lookup(query)[0]
        assert (best.name, best.kind, best.country_code) == ("Húsavík", "city", "IS"), best
        assert distance_km(best.lat, best.lon, 66.045, -17.34) < 3
