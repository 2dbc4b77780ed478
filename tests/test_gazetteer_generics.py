"""Generic heads written the other way (generics.tsv), names without their leading article
(articles.tsv) and the Wikipedia layer (wikipedia_features.tsv.gz) built from them: what they
add to the real default gazetteer, and that no town loses its name to them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

import pytest

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from gazetteer.models import Place
from gazetteer.normalize import normalize_name
from gazetteer.sources import WIKIPEDIA, Entry, generic_forms, read_table, short_forms


@pytest.mark.parametrize(
    ("name", "feature", "language", "expected"),
    [
        ("Lago di Carezza", "lake", "it", "Lake Carezza"),
        ("Passo Giau", "pass", "it", "Giau Pass"),
        ("Isla Navarino", "island", "es", "Navarino Island"),
        ("Islas Ballestas", "island", "es", "Ballestas Islands"),
        ("Glaciar Viedma", "glacier", "es", "Viedma Glacier"),
        ("Cueva de Nerja", "cave", "es", "Nerja Cave"),
        ("Cabo Polonio", "cape", "es", "Cape Polonio"),
        ("Salto Ángel", "waterfall", "es", "Ángel Falls"),
        ("Château de Chenonceau", "castle", "fr", "Chenonceau Castle"),
        # English to the country's own language, and the English head the other way round.
        ("Lake Garda", "lake", "it", "Lago di Garda"),
        ("Lake Garda", "lake", "it", "Lago Garda"),
        ("Moraine Lake", "lake", "en", "Lake Moraine"),
        ("Huka Falls", "waterfall", "en", "Huka Waterfalls"),
    ],
)
def test_a_generic_head_is_written_the_other_way(
    name: str, feature: str, language: str, expected: str
) -> None:
    assert expected in generic_forms(name, feature, language)


def test_the_longest_head_wins() -> None:
    forms = generic_forms("Parque Nacional Tayrona", "park", "es")
    assert "Tayrona National Park" in forms
    assert "Nacional Tayrona Park" not in forms


def test_a_head_of_another_feature_or_a_lower_case_rest_gives_nothing() -> None:
    assert generic_forms("Isla Navarino", "lake", "es") == []  # an island's head, not a lake's
    assert generic_forms("Isla de la Plata", "island", "es") == []  # "la Plata Island"
    assert generic_forms("Lake Garda", "lake", "sl") == ["Garda Lake"]  # no Slovene heads
    # French writes a fort as English does: no "Dallas Fort" to swallow "Dallas-Fort Worth".
    assert "Dallas Fort" not in generic_forms("Fort Dallas", "castle", "fr")


@pytest.mark.parametrize(
    ("query", "name", "kind", "feature", "country", "spot"),
    [
        ("Altamira Cave", "Cueva de Altamira", "natural", "cave", "ES", (43.38, -4.12)),
        ("Cueva de los Verdes", "Cueva de los Verdes", "natural", "cave", "ES", (29.16, -13.44)),
        # A title Spanish Wikipedia gave a place of a country that does not speak Spanish is
        # shown in English; in Spain, Mexico or Cuba the local title stays.
        ("Lituya Glacier", "Lituya Glacier", "natural", "glacier", "US", (58.74, -137.77)),
        ("Castillo Hirosaki", "Hirosaki Castle", "sight", "castle", "JP", (40.61, 140.46)),
        ("Loarre Castle", "Castillo de Loarre", "sight", "castle", "ES", (42.33, -0.61)),
        ("Cayo Guillermo", "Cayo Guillermo", "natural", "island", "CU", (22.6, -78.67)),
        ("Soumaya Museum", "Museo Soumaya", "sight", "museum", "MX", (19.34, -99.19)),
        # A curated English row found by its local forms.
        ("Lago di Como", "Lake Como", "natural", "lake", "IT", (46.0, 9.27)),
        ("Tour Eiffel", "Eiffel Tower", "sight", "tower", "FR", (48.86, 2.29)),
    ],
)
def test_new_natural_places_and_sights(
    gazetteer: Gazetteer,
    query: str,
    name: str,
    kind: str,
    feature: str,
    country: str,
    spot: tuple[float, float],
) -> None:
    best = gazetteer.lookup(query)[0]
    assert (best.name, best.kind, best.feature, best.country_code) == (
        name,
        kind,
        feature,
        country,
    )
    assert distance_km(best.lat, best.lon, *spot) < 10


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [("Spezia", "La Spezia", "IT"), ("Gouna", "El Gouna", "EG")],
)
def test_a_town_is_found_without_its_article(
    gazetteer: Gazetteer, query: str, name: str, country: str
) -> None:
    best = gazetteer.lookup(query)[0]
    assert (best.name, best.kind, best.country_code) == (name, "city", country)


def test_an_english_speaking_country_keeps_the_article(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("La Crosse")  # Wisconsin
    assert not gazetteer.lookup("Crosse")


@pytest.mark.parametrize("town", ["Playa del Carmen", "Monte Carlo", "Valle de Bravo"])
def test_a_town_named_like_a_feature_keeps_its_name(gazetteer: Gazetteer, town: str) -> None:
    assert gazetteer.lookup(town)[0].kind == "city"


def _place(name: str, country: str, kind: str = "city") -> Place:
    return Place(
        id=f"test:{name}:{country}",
        name=name,
        ascii_name=name,
        kind=kind,  # type: ignore[arg-type]
        country_code=country,
        admin1=None,
        lat=0.0,
        lon=0.0,
        population=0,
        prior=0.1,
    )


def test_a_short_form_two_places_would_share_or_one_place_has_is_dropped() -> None:
    entries = [
        Entry(_place("El Calafate", "AR"), ("El Calafate",)),
        Entry(_place("La Cumbre", "AR"), ("La Cumbre",)),
        Entry(_place("La Cumbre", "CO"), ("La Cumbre",)),
        Entry(_place("Le Tholonet", "FR"), ("Le Tholonet",)),
        Entry(_place("Les Baux", "FR"), ("Les Baux",)),
        Entry(_place("La Grange", "US"), ("La Grange",)),
        Entry(_place("El Nido", "PH"), ("El Nido",)),  # Philippines: English or Tagalog
    ]
    keys = dict(short_forms(entries, taken={"tholonet"}))
    assert keys == {"calafate": 1, "baux": 5}


def test_an_island_is_found_without_its_head_unless_the_name_is_taken() -> None:
    def island(name: str) -> Entry:
        place = replace(_place(name, "PT", "natural"), feature="island")
        return Entry(place, (name,))

    entries = [
        island("Graciosa Island"),
        island("Vancouver Island"),
        island("Ilha das Flores"),
        Entry(_place("Vancouver", "CA"), ("Vancouver",)),
    ]
    keys = dict(short_forms(entries, taken={"vancouver"}))
    assert keys == {"graciosa": 1, "flores": 3}


def test_the_wikipedia_table_holds_no_spelling_shared_far_apart() -> None:
    spots: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in read_table(WIKIPEDIA):
        spots[normalize_name(row["name"])].append((float(row["lat"]), float(row["lon"])))
    assert len(spots) > 10_000
    for key, points in spots.items():
        first = points[0]
        assert all(distance_km(*first, *other) <= 40 for other in points[1:]), key
