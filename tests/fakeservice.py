"""A stand-in for online geocoders on 127.0.0.1, speaking each service's real response format.

One server answers on every service's real path: Nominatim ``/search`` (JSON, with ``address``
and ``extratags`` only when asked for, as Nominatim does), Photon ``/api`` (GeoJSON), GeoNames
``/searchJSON`` (with its in-band ``status`` errors) and ArcGIS ``findAddressCandidates``. Tests
queue faults (status codes, delays, broken bodies) ahead of the normal answers, and read back every
request, stamped with the client's clock when they hand one in (a ``ManualClock``: spacing is then
read from the client's own time, never from arrival times on a busy machine).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from gazetteer.online.wrapper import Clock

GEONAMES_USER = "trip_notes"

NOMINATIM_LICENCE = "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright"
NOMINATIM: dict[str, dict[str, Any]] = {
    "roros": {
        "place_id": 205318877,
        "licence": NOMINATIM_LICENCE,
        "osm_type": "node",
        "osm_id": 26931546,
        "lat": "62.5747510",
        "lon": "11.3844250",
        "class": "place",
        "type": "town",
        "place_rank": 18,
        "importance": 0.4911,
        "addresstype": "town",
        "name": "Røros",
        "display_name": "Røros, Trøndelag, Norge",
        "address": {
            "town": "Røros",
            "municipality": "Røros",
            "state": "Trøndelag",
            "ISO3166-2-lvl4": "NO-50",
            "country": "Norge",
            "country_code": "no",
        },
        "extratags": {"population": "3 776"},
        "boundingbox": ["62.5347510", "62.6147510", "11.3444250", "11.4244250"],
    },
    "kjerag": {
        "place_id": 92014561,
        "licence": NOMINATIM_LICENCE,
        "osm_type": "node",
        "osm_id": 1226871329,
        "lat": "59.0319620",
        "lon": "6.5786250",
        "class": "natural",
        "type": "peak",
        "place_rank": 18,
        "importance": 0.3520,
        "addresstype": "peak",
        "name": "Kjerag",
        "display_name": "Kjerag, Sirdal, Agder, Norge",
        "address": {
            "peak": "Kjerag",
            "municipality": "Sirdal",
            "state": "Agder",
            "ISO3166-2-lvl4": "NO-42",
            "country": "Norge",
            "country_code": "no",
        },
        "extratags": {"ele": "1084"},
        "boundingbox": ["59.0319120", "59.0320120", "6.5785750", "6.5786750"],
    },
    "leknes airport": {
        "place_id": 87402219,
        "licence": NOMINATIM_LICENCE,
        "osm_type": "way",
        "osm_id": 37848315,
        "lat": "68.1525470",
        "lon": "13.6154120",
        "class": "aeroway",
        "type": "aerodrome",
        "place_rank": 30,
        "importance": 0.2871,
        "addresstype": "aeroway",
        "name": "Leknes lufthavn",
        "display_name": "Leknes lufthavn, Vestvågøy, Nordland, Norge",
        "address": {
            "aeroway": "Leknes lufthavn",
            "municipality": "Vestvågøy",
            "state": "Nordland",
            "ISO3166-2-lvl4": "NO-18",
            "country": "Norge",
            "country_code": "no",
        },
        "extratags": {"iata": "LKN", "icao": "ENLK"},
        "boundingbox": ["68.1478000", "68.1571000", "13.5920000", "13.6385000"],
    },
    "trondelag": {
        "place_id": 258374412,
        "licence": NOMINATIM_LICENCE,
        "osm_type": "relation",
        "osm_id": 406567,
        "lat": "63.5420000",
        "lon": "10.9367000",
        "class": "boundary",
        "type": "administrative",
        "place_rank": 8,
        "importance": 0.6120,
        "addresstype": "state",
        "name": "Trøndelag",
        "display_name": "Trøndelag, Norge",
        "address": {
            "state": "Trøndelag",
            "ISO3166-2-lvl4": "NO-50",
            "country": "Norge",
            "country_code": "no",
        },
        "extratags": {"population": "474131", "ref": "50"},
        "boundingbox": ["62.2543000", "65.4720000", "8.4530000", "14.3260000"],
    },
}

PHOTON: dict[str, dict[str, Any]] = {
    "reine": {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [13.0893, 67.9323]},
        "properties": {
            "osm_type": "N",
            "osm_id": 303297411,
            "osm_key": "place",
            "osm_value": "village",
            "type": "city",
            "name": "Reine",
            "postcode": "8390",
            "county": "Moskenes",
            "state": "Nordland",
            "country": "Norge",
            "countrycode": "NO",
        },
    },
    "lofoten": {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [13.9606, 68.2340]},
        "properties": {
            "osm_type": "R",
            "osm_id": 3545299,
            "osm_key": "place",
            "osm_value": "archipelago",
            "type": "other",
            "name": "Lofoten",
            "extent": [12.0, 68.7, 15.7, 67.5],
            "state": "Nordland",
            "country": "Norge",
            "countrycode": "NO",
        },
    },
    "trollstigen": {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [7.6648, 62.4542]},
        "properties": {
            "osm_type": "N",
            "osm_id": 2415962313,
            "osm_key": "tourism",
            "osm_value": "viewpoint",
            "type": "house",
            "name": "Trollstigen",
            "county": "Rauma",
            "state": "Møre og Romsdal",
            "country": "Norge",
            "countrycode": "NO",
        },
    },
}

GEONAMES: dict[str, dict[str, Any]] = {
    "reine": {
        "adminCode1": "18",
        "lng": "13.08943",
        "geonameId": 3141667,
        "toponymName": "Reine",
        "countryId": "3144096",
        "fcl": "P",
        "population": 329,
        "countryCode": "NO",
        "name": "Reine",
        "fclName": "city, village,...",
        "adminCodes1": {"ISO3166_2": "18"},
        "countryName": "Norway",
        "fcodeName": "populated place",
        "adminName1": "Nordland",
        "lat": "67.93214",
        "fcode": "PPL",
    },
    "preikestolen": {
        "adminCode1": "14",
        "lng": "6.19028",
        "geonameId": 6299731,
        "toponymName": "Preikestolen",
        "countryId": "3144096",
        "fcl": "T",
        "population": 0,
        "countryCode": "NO",
        "name": "Preikestolen",
        "fclName": "mountain,hill,rock,... ",
        "adminCodes1": {"ISO3166_2": "11"},
        "countryName": "Norway",
        "fcodeName": "cliff(s)",
        "adminName1": "Rogaland",
        "lat": "58.98639",
        "fcode": "CLF",
    },
    "trondelag": {
        "adminCode1": "21",
        "lng": "10.9317",
        "geonameId": 9611620,
        "toponymName": "Trøndelag",
        "countryId": "3144096",
        "fcl": "A",
        "population": 458744,
        "countryCode": "NO",
        "name": "Trøndelag",
        "fclName": "country, state, region,...",
        "adminCodes1": {"ISO3166_2": "50"},
        "countryName": "Norway",
        "fcodeName": "first-order administrative division",
        "adminName1": "Trøndelag",
        "lat": "63.54258",
        "fcode": "ADM1",
    },
}

ARCGIS: dict[str, dict[str, Any]] = {
    "geiranger": {
        "address": "Geiranger, Stranda, Møre og Romsdal",
        "location": {"x": 7.20671, "y": 62.10081},
        "score": 100,
        "attributes": {},
        "extent": {"xmin": 7.19671, "ymin": 62.09081, "xmax": 7.21671, "ymax": 62.11081},
    },
}


class ManualClock:
    """A client clock that moves only when the client sleeps, so the spacing it reads is exact
    whatever the machine's load; hand ``clock`` to the geocoder and ``now`` to the fake."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.time = start
        self.slept: list[float] = []

    def now(self) -> float:
        return self.time

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.time += max(seconds, 0.0)

    @property
    def clock(self) -> Clock:
        return Clock(now=self.now, sleep=self.sleep)


@dataclass(frozen=True)
class Seen:
    """One request as the server received it; ``at`` is the client's clock then, if known."""

    path: str
    params: dict[str, list[str]]
    user_agent: str
    at: float | None

    def param(self, name: str) -> str | None:
        values = self.params.get(name)
        return values[-1] if values else None


@dataclass(frozen=True)
class Reply:
    """A scripted reply; ``body=None`` means the service's normal answer (after ``delay`` s)."""

    status: int = 200
    body: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0


def _key(query: str | None) -> str:
    """How the fake finds its fixtures: case and the few Norwegian letters used here folded."""
    return (query or "").strip().casefold().replace("ø", "o")


def _nominatim(seen: Seen) -> Any:
    found = NOMINATIM.get(_key(seen.param("q")))
    if found is None:
        return []
    answer = dict(found)
    if seen.param("addressdetails") != "1":
        del answer["address"]
    if seen.param("extratags") not in ("1", "True"):
        del answer["extratags"]
    return [answer]


def _photon(seen: Seen) -> Any:
    found = PHOTON.get(_key(seen.param("q")))
    return {"type": "FeatureCollection", "features": [found] if found else []}


def _geonames(seen: Seen) -> Any:
    if seen.param("username") != GEONAMES_USER:
        return {"status": {"message": "user does not exist.", "value": 10}}
    found = GEONAMES.get(_key(seen.param("q")))
    return {"totalResultsCount": 1 if found else 0, "geonames": [found] if found else []}


def _arcgis(seen: Seen) -> Any:
    found = ARCGIS.get(_key(seen.param("singleLine")))
    return {
        "spatialReference": {"wkid": 4326, "latestWkid": 4326},
        "candidates": [found] if found else [],
    }


ROUTES: dict[str, Callable[[Seen], Any]] = {
    "/search": _nominatim,
    "/api": _photon,
    "/searchJSON": _geonames,
    "/arcgis/rest/services/World/GeocodeServer/findAddressCandidates": _arcgis,
}


class FakeGeocodingServer:
    """A threaded HTTP server on 127.0.0.1 at a free port; use as a context manager."""

    def __init__(self, client_clock: Callable[[], float] | None = None) -> None:
        self._client_clock = client_clock
        self._faults: deque[Reply] = deque()
        self._seen: list[Seen] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self._server.server_port}"

    @property
    def requests(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    def fail_next(self, *replies: Reply) -> None:
        """The next requests get these replies, one each, whatever they ask."""
        with self._lock:
            self._faults.extend(replies)

    def __enter__(self) -> FakeGeocodingServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _record(self, seen: Seen) -> Reply:
        with self._lock:
            self._seen.append(seen)
            return self._faults.popleft() if self._faults else Reply()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlsplit(self.path)
                seen = Seen(
                    url.path,
                    parse_qs(url.query),
                    self.headers.get("User-Agent", ""),
                    fake._client_clock() if fake._client_clock else None,
                )
                reply = fake._record(seen)
                time.sleep(reply.delay)
                route = ROUTES.get(url.path)
                if reply.body is not None:
                    status, body = reply.status, reply.body
                elif route is None:
                    status, body = 404, b'{"error": "not found"}'
                else:
                    status, body = reply.status, json.dumps(route(seen)).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
