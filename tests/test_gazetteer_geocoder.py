"""The offline geocoder behaves like any geopy geocoder."""

from __future__ import annotations

import pytest
from geopy.adapters import RequestsAdapter, URLLibAdapter
from geopy.exc import GeocoderQueryError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer import Gazetteer, GazetteerGeocoder
from gazetteer.errors import InvalidQuery


def one(result: object) -> Location:
    assert isinstance(result, Location), result
    return result


@pytest.fixture(scope="module")
def geocoder(gazetteer: Gazetteer) -> GazetteerGeocoder:
    return GazetteerGeocoder(gazetteer)


def test_it_is_a_geopy_geocoder(geocoder: GazetteerGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)


def test_geocode_returns_one_location(geocoder: GazetteerGeocoder) -> None:
    location = one(geocoder.geocode("Alesund"))
    assert location.address == "Ålesund, Møre og Romsdal, Norway"
    assert (round(location.latitude, 2), round(location.longitude, 2)) == (62.47, 6.15)
    assert location.raw["id"] == "geonames:3163392" and location.raw["kind"] == "city"


def test_geocode_all_senses_best_first(geocoder: GazetteerGeocoder) -> None:
    locations = geocoder.geocode("Bergen", exactly_one=False)
    assert isinstance(locations, list) and len(locations) > 3
    assert locations[0].raw["id"] == "geonames:3161732"
    assert "geonames:2759154" in [loc.raw["id"] for loc in locations]
    limited = geocoder.geocode("Bergen", exactly_one=False, limit=2)
    assert isinstance(limited, list) and len(limited) == 2


@pytest.mark.parametrize(
    ("query", "country", "admin1"),
    [
        ("Bergen, Netherlands", "NL", "07"),
        ("Bergen, North Holland", "NL", "07"),
        ("Bergen, NL", "NL", "07"),
        ("Portland, OR", "US", "OR"),
        ("Portland, Maine", "US", "ME"),
        ("Paris, Texas", "US", "TX"),
        ("Paris", "FR", "11"),
    ],
)
def test_qualifiers_narrow_the_place(
    geocoder: GazetteerGeocoder, query: str, country: str, admin1: str
) -> None:
    location = one(geocoder.geocode(query))
    assert (location.raw["country_code"], location.raw["admin1"]) == (country, admin1)


def test_country_codes_and_kinds(geocoder: GazetteerGeocoder) -> None:
    assert one(geocoder.geocode("Bergen", country_codes="nl")).raw["country_code"] == "NL"
    assert one(geocoder.geocode("Bergen", country_codes=["DE"])).raw["country_code"] == "DE"
    assert one(geocoder.geocode("OSL", kinds={"airport"})).raw["id"] == "iata:OSL"


def test_nothing_found_is_none(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Xqzzyville") is None
    assert geocoder.geocode("Bergen, Xqzzyland") is None
    assert geocoder.geocode("Xqzzyville", exactly_one=False) is None


@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 10_000, "Bergen, " + "x" * 10_000, "Ber\x1bgen"]
)
def test_a_query_no_service_would_take_raises_geopys_query_error(
    geocoder: GazetteerGeocoder, query: str
) -> None:
    # What code written for any geopy geocoder catches when a service answers HTTP 400.
    with pytest.raises(GeocoderQueryError) as raised:
        geocoder.geocode(query)
    assert isinstance(raised.value.__cause__, InvalidQuery)


def test_no_http_adapter_is_built(geocoder: GazetteerGeocoder) -> None:
    assert not isinstance(geocoder.adapter, RequestsAdapter | URLLibAdapter)
    with geocoder:  # geopy's context manager still works: there is nothing to close
        assert geocoder.geocode("Alesund") is not None


def test_reverse_finds_the_nearest_town(geocoder: GazetteerGeocoder) -> None:
    assert one(geocoder.reverse("62.5747, 11.3842")).raw["id"] == "geonames:3141332"
    several = geocoder.reverse((62.5747, 11.3842), exactly_one=False)
    assert isinstance(several, list) and several[0].raw["id"] == "geonames:3141332"
    assert geocoder.reverse("0.0, -30.0") is None  # mid-Atlantic


def test_works_inside_geopys_rate_limiter(geocoder: GazetteerGeocoder) -> None:
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert one(geocode("Roros")).raw["id"] == "geonames:3141332"
