"""Online geocoding against a local fake of each service (never the real one)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from fakeservice import GEONAMES_USER, FakeGeocodingServer, ManualClock, Reply, closed_port
from geopy.adapters import BaseAsyncAdapter
from geopy.geocoders import ArcGIS, Photon

from gazetteer.cache import GeocodeCache
from gazetteer.errors import GazetteerError, InvalidQuery
from gazetteer.models import Place
from gazetteer.online import (
    GeocoderConfigError,
    OnlineGeocoder,
    OnlineResult,
    ServiceRefused,
    online_geocoder,
)
from gazetteer.priors import prior

# The fake answers on 127.0.0.1: no proxy may stand in between.
LOCAL = {"scheme": "http", "proxies": {}}
OPTIONS: dict[str, dict[str, Any]] = {
    "nominatim": {},
    "photon": {},
    "geonames": {"username": GEONAMES_USER},
}
# A name each fake knows, and the place it must become (written from the fixtures by hand).
HITS: dict[str, tuple[str, Place]] = {
    "nominatim": (
        "Røros",
        Place(
            id="nominatim:N26931546",
            name="Røros",
            ascii_name="Roros",
            kind="city",
            country_code="NO",
            admin1=None,
            lat=62.574751,
            lon=11.384425,
            population=3776,
            prior=prior("city", 3776),
            source="nominatim",
        ),
    ),
    "photon": (
        "Reine",
        Place(
            id="photon:N303297411",
            name="Reine",
            ascii_name="Reine",
            kind="city",
            country_code="NO",
            admin1=None,
            lat=67.9323,
            lon=13.0893,
            population=0,
            prior=prior("city", 0),
            source="photon",
        ),
    ),
    "geonames": (
        "Preikestolen",
        Place(
            id="geonames:6299731",
            name="Preikestolen",
            ascii_name="Preikestolen",
            kind="natural",
            country_code="NO",
            admin1="14",
            lat=58.98639,
            lon=6.19028,
            population=0,
            prior=prior("natural", 0),
            source="geonames",
        ),
    ),
}
SERVICES = sorted(HITS)


@pytest.fixture
def fake() -> Iterator[FakeGeocodingServer]:
    with FakeGeocodingServer() as server:
        yield server


def make(service: str, fake_domain: str, tmp_path: Path, **overrides: Any) -> OnlineGeocoder:
    settings: dict[str, Any] = {
        "user_agent": "itinerary-tests/1.0 (tests@example.org)",
        "domain": fake_domain,
        "timeout": 10.0,  # the fake answers at once; only a stalled machine takes longer
        "min_delay_seconds": 0.0,
        "max_retries": 0,
        "error_wait_seconds": 0.0,
        "cache_path": tmp_path / "geocode.sqlite3",
        **LOCAL,
        **OPTIONS[service],
        **overrides,
    }
    return online_geocoder(service, **settings)


# --- the services' formats ---------------------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_a_hit_becomes_a_place(service: str, fake: FakeGeocodingServer, tmp_path: Path) -> None:
    name, expected = HITS[service]
    result = make(service, fake.domain, tmp_path).lookup(name)
    assert result == OnlineResult(query=name, place=expected, error=None, cached=False)


@pytest.mark.parametrize(
    ("service", "name", "kind", "place_id"),
    [
        ("nominatim", "Kjerag", "natural", "nominatim:N1226871329"),
        ("nominatim", "Trøndelag", "admin1", "nominatim:R406567"),
        ("nominatim", "Leknes airport", "airport", "nominatim:W37848315"),
        ("photon", "Lofoten", "natural", "photon:R3545299"),
        ("photon", "Trollstigen", "region", "photon:N2415962313"),
        ("geonames", "Reine", "city", "geonames:3141667"),
        ("geonames", "Trøndelag", "admin1", "geonames:9611620"),
    ],
)
def test_kinds_follow_the_services_classes(
    service: str, name: str, kind: str, place_id: str, fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    place = make(service, fake.domain, tmp_path).lookup(name).place
    assert place is not None
    assert (place.id, place.kind, place.country_code) == (place_id, kind, "NO")


def test_nominatim_is_asked_for_address_details_with_our_user_agent(
    fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    make("nominatim", fake.domain, tmp_path).lookup("Kjerag")
    [seen] = fake.requests
    assert seen.path == "/search"
    assert seen.user_agent == "itinerary-tests/1.0 (tests@example.org)"
    assert (seen.param("q"), seen.param("format"), seen.param("addressdetails")) == (
        "Kjerag",
        "json",
        "1",
    )


def test_geonames_sends_the_username(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    make("geonames", fake.domain, tmp_path).lookup("Reine")
    [seen] = fake.requests
    assert (seen.path, seen.param("username")) == ("/searchJSON", GEONAMES_USER)


@pytest.mark.parametrize("service", SERVICES)
def test_a_miss_is_no_place_and_no_error(
    service: str, fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    result = make(service, fake.domain, tmp_path).lookup("Nowhereville")
    assert result == OnlineResult("Nowhereville", None, None, cached=False)
    assert len(fake.requests) == 1


def test_any_geopy_geocoder_gives_places_from_address_and_point(
    fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    arcgis = ArcGIS(domain=fake.domain, timeout=10, **LOCAL)
    geocoder = OnlineGeocoder(arcgis, service="arcgis", cache=None, min_delay_seconds=0)
    place = geocoder.lookup("Geiranger").place
    assert place is not None
    assert (place.id, place.name, place.kind, place.source) == (
        "arcgis:62.10081,7.20671",
        "Geiranger",
        "region",
        "arcgis",
    )
    assert (place.lat, place.lon, place.country_code) == (62.10081, 7.20671, None)


# --- the cache ---------------------------------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_a_name_is_asked_once(service: str, fake: FakeGeocodingServer, tmp_path: Path) -> None:
    name, expected = HITS[service]
    geocoder = make(service, fake.domain, tmp_path)
    first = geocoder.lookup(name)
    again = geocoder.lookup(name.upper())
    assert (first.cached, again.cached) == (False, True)
    assert again.place == expected
    assert len(fake.requests) == 1


def test_the_cache_outlives_the_geocoder(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    with make("nominatim", fake.domain, tmp_path) as first:
        first.lookup("Røros")
        first.lookup("Nowhereville")
    with make("nominatim", fake.domain, tmp_path) as later:
        hit, miss = later.lookup("Roros"), later.lookup("nowhereville")
    assert hit.place == HITS["nominatim"][1] and hit.cached
    assert miss == OnlineResult("nowhereville", None, None, cached=True)
    assert len(fake.requests) == 2


def test_services_do_not_share_answers(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    make("photon", fake.domain, tmp_path).lookup("Reine")
    result = make("geonames", fake.domain, tmp_path).lookup("Reine")
    assert result.place is not None and result.place.id == "geonames:3141667"
    assert not result.cached
    assert [seen.path for seen in fake.requests] == ["/api", "/searchJSON"]


def test_without_a_cache_every_lookup_asks(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    arcgis = ArcGIS(domain=fake.domain, timeout=10, **LOCAL)
    geocoder = OnlineGeocoder(arcgis, service="arcgis", cache=None, min_delay_seconds=0)
    geocoder.lookup("Geiranger")
    assert not geocoder.lookup("Geiranger").cached
    assert len(fake.requests) == 2


# --- politeness: spacing and retries -----------------------------------------------------------


@pytest.mark.parametrize("service", SERVICES)
def test_requests_are_spaced_by_the_minimum_delay(service: str, tmp_path: Path) -> None:
    # Spacing is read from the client's own clock, which moves only when the client waits:
    # exact on any machine, and the test never sleeps.
    manual = ManualClock()
    with FakeGeocodingServer(client_clock=manual.now) as fake:
        geocoder = make(service, fake.domain, tmp_path, min_delay_seconds=0.2, clock=manual.clock)
        for name in ("Reine", "Kjerag", "Lofoten", "Preikestolen"):
            geocoder.lookup(name)
        sent = [seen.at for seen in fake.requests if seen.at is not None]
    assert len(sent) == 4
    gaps = [later - earlier for earlier, later in pairwise(sent)]
    assert gaps == pytest.approx([0.2, 0.2, 0.2], abs=1e-6)


def test_no_wait_without_a_minimum_delay(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    manual = ManualClock()
    geocoder = make("photon", fake.domain, tmp_path, min_delay_seconds=0.0, clock=manual.clock)
    for name in ("Reine", "Kjerag", "Lofoten"):
        geocoder.lookup(name)
    assert len(fake.requests) == 3 and sum(manual.slept) == 0.0


SHARED_RUN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from geopy.geocoders import Photon
    from gazetteer.cache import GeocodeCache
    from gazetteer.online import OnlineGeocoder
    from gazetteer.online.wrapper import Clock

    domain, cache_path, start_at = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
    read = []

    def now():
        read.append(time.time())
        return read[-1]

    photon = Photon(domain=domain, scheme="http", proxies={}, user_agent="itinerary-tests/1.0")
    ask = photon.geocode

    def geocode(*args, **kwargs):
        # The last time this client read before sending: the slot it was granted.
        print(repr(read[-1]), flush=True)
        return ask(*args, **kwargs)

    photon.geocode = geocode
    geocoder = OnlineGeocoder(
        photon, service="photon", cache=GeocodeCache(cache_path), min_delay_seconds=0.3,
        clock=Clock(now=now),
    )
    time.sleep(max(0.0, start_at - time.time()))
    for name in sys.argv[4:]:
        assert geocoder.lookup(name).error is None
    """
)


def test_processes_sharing_a_cache_share_the_spacing(
    fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    # Both processes start asking at about the same moment; alone, each would only space its
    # own. Each reports the slot times it was granted, on its own clock.
    start_at = str(time.time() + 1.5)
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                SHARED_RUN,
                fake.domain,
                str(tmp_path / "c.sqlite3"),
                start_at,
                *names,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for names in (["Reine", "Lofoten"], ["Trollstigen", "Kjerag"])
    ]
    outputs = [run.communicate(timeout=600)[0] for run in runs]  # a busy machine's ceiling
    assert [run.returncode for run in runs] == [0, 0]
    granted = sorted(float(line) for out in outputs for line in out.split())
    assert len(granted) == 4 == len(fake.requests)
    assert min(later - earlier for earlier, later in pairwise(granted)) >= 0.3


def test_a_transient_failure_is_retried(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    fake.fail_next(Reply(status=503))
    geocoder = make("nominatim", fake.domain, tmp_path, max_retries=2, error_wait_seconds=0.05)
    result = geocoder.lookup("Røros")
    assert result.place == HITS["nominatim"][1] and result.error is None
    assert len(fake.requests) == 2


# --- service trouble is one name's error, and the run goes on ----------------------------------


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(status=429, headers={"Retry-After": "1"}), "rate limited (HTTP 429)"),
        (Reply(status=500, body=b"Internal Server Error"), "service error (HTTP 500)"),
        (Reply(status=503, body=b"<html>busy</html>"), "service error (HTTP 503)"),
        (Reply(body=b"<html><body>Bad gateway</body></html>"), "malformed response"),
        (Reply(body=b'[{"lat": "62.5"'), "malformed response"),
    ],
)
@pytest.mark.parametrize("service", SERVICES)
def test_service_trouble_is_reported_for_that_name(
    service: str, reply: Reply, message: str, fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    name, expected = HITS[service]
    fake.fail_next(reply, reply)
    geocoder = make(service, fake.domain, tmp_path, max_retries=1, error_wait_seconds=0.01)
    failed = geocoder.lookup(name)
    assert failed == OnlineResult(name, None, f"{message}; gave up after 2 tries", cached=False)
    # Errors are not cached: the next lookup asks again, and the service answers.
    assert geocoder.lookup(name) == OnlineResult(name, expected, None, cached=False)
    assert len(fake.requests) == 3


@pytest.mark.parametrize(
    ("service", "body"),
    [
        ("nominatim", b'{"unexpected": true}'),
        ("photon", b'{"type": "FeatureCollection"}'),
        ("photon", b'{"type": "FeatureCollection", "features": [{"properties": {}}]}'),
        ("geonames", b'{"geonames": [{"name": "Reine", "lat": "67.9", "lng": "13.1"}]}'),
    ],
)
def test_json_of_the_wrong_shape_is_an_error(
    service: str, body: bytes, fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    fake.fail_next(Reply(body=body))
    cache = GeocodeCache(tmp_path / "shapes.sqlite3")
    geocoder = make(service, fake.domain, tmp_path, cache_path=cache.path)
    result = geocoder.lookup("Reine")
    assert result.place is None
    assert result.error is not None and "malformed" in result.error
    assert cache.get(service, "Reine") is None


def test_a_slow_service_times_out(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    # The margins are wide (an answer three times later than the timeout; a normal one has four
    # seconds) so a busy machine cannot turn either side around.
    fake.fail_next(Reply(delay=12.0), Reply(delay=12.0))
    geocoder = make("photon", fake.domain, tmp_path, timeout=4.0, max_retries=1)
    result = geocoder.lookup("Reine")
    assert result == OnlineResult(
        "Reine", None, "no answer within 4 s; gave up after 2 tries", cached=False
    )
    assert geocoder.lookup("Lofoten").place is not None
    # Two tries for Reine, one for Lofoten: no hidden retries below the RateLimiter.
    assert len(fake.requests) == 3


def test_a_closed_port_is_a_connection_error(tmp_path: Path) -> None:
    geocoder = make("nominatim", f"127.0.0.1:{closed_port()}", tmp_path)
    result = geocoder.lookup("Røros")
    assert result == OnlineResult("Røros", None, "cannot connect: connection refused", False)


def test_a_service_that_keeps_failing_is_no_longer_asked(
    fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    geocoder = make("photon", fake.domain, tmp_path)
    fake.fail_next(Reply(status=500, body=b"oops"), Reply(status=500, body=b"oops"))
    assert geocoder.lookup("Reine").error == "service error (HTTP 500)"
    assert geocoder.lookup("Lofoten").error == "service error (HTTP 500)"
    assert geocoder.lookup("Trollstigen").error is None  # a success resets the count
    fake.fail_next(*[Reply(status=502, body=b"bad gateway")] * 3)
    for name in ("Reine", "Lofoten", "Kjerag"):
        assert geocoder.lookup(name).error == "service error (HTTP 502)"
    assert geocoder.lookup("Reine") == OnlineResult(
        "Reine",
        None,
        "not asked: photon failed for 3 names in a row (service error (HTTP 502))",
        cached=False,
    )
    assert geocoder.lookup("Trollstigen").cached  # answers already known are still given
    assert len(fake.requests) == 6


def test_an_exhausted_geonames_quota_is_not_retried(
    fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    quota = (
        b'{"status": {"message": "the hourly limit of 1000 credits has been exceeded.",'
        b' "value": 19}}'
    )
    fake.fail_next(Reply(body=quota))
    result = make("geonames", fake.domain, tmp_path, max_retries=2).lookup("Reine")
    assert result.error == "quota exceeded: the hourly limit of 1000 credits has been exceeded."
    assert len(fake.requests) == 1


def test_a_rejected_query_is_not_retried(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    fake.fail_next(Reply(status=400, body=b'{"error": {"code": 400, "message": "Bad request"}}'))
    result = make("nominatim", fake.domain, tmp_path, max_retries=2).lookup("Røros")
    assert result.error == "request rejected (HTTP 400)"
    assert len(fake.requests) == 1


# --- misconfiguration raises, once, with one line ----------------------------------------------


def test_a_wrong_geonames_username_stops_the_run(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    geocoder = make("geonames", fake.domain, tmp_path, username="nobody_here", max_retries=2)
    with pytest.raises(ServiceRefused, match="geonames refused the request: user does not exist"):
        geocoder.lookup("Reine")
    assert len(fake.requests) == 1


def test_a_blocked_user_agent_stops_the_run(fake: FakeGeocodingServer, tmp_path: Path) -> None:
    fake.fail_next(Reply(status=403, body=b"<html>Access blocked</html>"))
    with pytest.raises(ServiceRefused, match="nominatim refused the request"):
        make("nominatim", fake.domain, tmp_path).lookup("Røros")


@pytest.mark.parametrize(
    ("service", "settings", "message"),
    [
        ("mapquest", {}, "unknown geocoding service 'mapquest'; choose one of"),
        ("nominatim", {"user_agent": "  "}, "Nominatim needs a user agent"),
        ("geonames", {}, "GeoNames needs the username"),
        ("geonames", {"username": ""}, "GeoNames needs the username"),
        ("nominatim", {"min_delay_seconds": 0.5}, "the public Nominatim allows one request per"),
        ("nominatim", {"domain": "127.0.0.1:1", "language": "en"}, "nominatim: "),
        ("photon", {"scheme": "ftp"}, "photon: Supported schemes are"),
        ("photon", {"max_retries": -1}, "delays and retries cannot be negative"),
    ],
)
def test_misconfiguration_raises_one_line(
    service: str, settings: dict[str, Any], message: str, tmp_path: Path
) -> None:
    options = {"user_agent": "itinerary-tests/1.0", "cache_path": tmp_path / "c.sqlite3"}
    with pytest.raises(GeocoderConfigError, match=message) as raised:
        online_geocoder(service, **{**options, **settings})
    assert isinstance(raised.value, GazetteerError)
    assert "\n" not in str(raised.value)


class AsyncOnly(BaseAsyncAdapter):
    """The shape of geopy's aiohttp adapter, which this environment does not install."""

    async def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        raise AssertionError("never called")

    async def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        raise AssertionError("never called")


def test_an_async_geocoder_is_refused() -> None:
    photon = Photon(adapter_factory=AsyncOnly, proxies={})
    with pytest.raises(GeocoderConfigError, match="sync adapter"):
        OnlineGeocoder(photon, service="photon", cache=None)


def test_photon_without_a_user_agent_names_itinerary(
    fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    make("photon", fake.domain, tmp_path, user_agent="").lookup("Reine")
    assert fake.requests[0].user_agent.startswith("itinerary/")


@pytest.mark.parametrize("name", ["", "   ", "!!!", "Ber\x00gen", "x" * 201])
def test_names_that_cannot_be_places_are_refused_without_asking(
    name: str, fake: FakeGeocodingServer, tmp_path: Path
) -> None:
    with pytest.raises(InvalidQuery):
        make("nominatim", fake.domain, tmp_path).lookup(name)
    assert fake.requests == []
