"""Real road legs from a router, tested against a fake OSRM on 127.0.0.1 that answers in OSRM's
own route format: time, distance and geometry used, cached on disk, requests spaced, and the
offline estimate kept when the service has no route."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from trips_threads import place

from gazetteer import Gazetteer
from itinerary.export.geojson import feature_collection
from itinerary.models import Itinerary, Report, ResolvedPlace, Section, Thread
from itinerary.trips.router import make_router
from itinerary.trips.travel import Travel


class _JSONHandler(BaseHTTPRequestHandler):
    """A fake service's plumbing: JSON answers, no request log on stderr."""

    def _send(self, status: int, body: dict[str, Any]) -> None:
        self._send_raw(status, json.dumps(body).encode())

    def _send_raw(self, status: int, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run ``handler`` on a free port of 127.0.0.1 for one test; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class FakeOSRM(_JSONHandler):
    """``/route/v1/driving/lon,lat;lon,lat``: a route for known pairs, NoRoute otherwise."""

    requests: ClassVar[list[tuple[str, float]]] = []

    def do_GET(self) -> None:
        FakeOSRM.requests.append((self.path, time.monotonic()))
        coords = self.path.split("/route/v1/driving/")[1].split("?")[0]
        (lon1, lat1), (lon2, lat2) = (map(float, c.split(",")) for c in coords.split(";"))
        if abs(lon1 - lon2) > 5:  # no road across the sea in this fake
            self._send(400, {"code": "NoRoute", "message": "Impossible route between points"})
            return
        line = [[lon1, lat1], [round((lon1 + lon2) / 2 + 0.1, 5), round((lat1 + lat2) / 2, 5)],
                [lon2, lat2]]
        leg = {"steps": [], "summary": "", "weight": 8523.1, "duration": 8400.0,
               "distance": 156000.0}
        self._send(200, {
            "code": "Ok",
            "routes": [{"geometry": {"coordinates": line, "type": "LineString"}, "legs": [leg],
                        "weight_name": "routability", "weight": 8523.1, "duration": 8400.0,
                        "distance": 156000.0}],
            "waypoints": [{"hint": "x", "distance": 3.2, "name": "", "location": line[0]},
                          {"hint": "y", "distance": 1.4, "name": "", "location": line[-1]}],
        })

@pytest.fixture
def osrm() -> Iterator[str]:
    FakeOSRM.requests = []
    yield from _serve(FakeOSRM)


def test_a_routed_leg_carries_the_road(gazetteer: Gazetteer, osrm: str, tmp_path: Path) -> None:
    router = make_router("osrm", osrm, cache_path=tmp_path / "routes.json", delay=0.2)
    travel = Travel.from_gazetteer(gazetteer, router=router)
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    leg = travel.leg(trondheim, roros)
    assert leg.travel_hours == pytest.approx(8400 / 3600) and leg.distance_km == 156.0
    assert leg.geometry[0] == (trondheim.lon, trondheim.lat) and len(leg.geometry) == 3
    assert leg.estimated_hours is not None and leg.estimated_km is not None
    assert leg.estimated_km < 156.0  # the great-circle distance stays beside the road's
    # Cached on disk: a second router on the same file asks nothing.
    again = make_router("osrm", osrm, cache_path=tmp_path / "routes.json")
    assert Travel.from_gazetteer(gazetteer, router=again).leg(trondheim, roros) == leg
    assert len(FakeOSRM.requests) == 1
    assert FakeOSRM.requests[0][0].startswith("/route/v1/driving/")


def test_requests_are_spaced_and_no_route_keeps_the_estimate(
        gazetteer: Gazetteer, osrm: str, tmp_path: Path) -> None:
    router = make_router("osrm", osrm, cache_path=tmp_path / "routes.json", delay=0.3)
    travel = Travel.from_gazetteer(gazetteer, router=router)
    oslo, bergen, trondheim = (place(gazetteer, n) for n in ("Oslo", "Bergen", "Trondheim"))
    travel.leg(oslo, trondheim)
    far = travel.leg(oslo, bergen)  # the fake has no road for it
    assert far.geometry == () and far.estimated_hours is None
    assert far.travel_hours == Travel.from_gazetteer(gazetteer).leg(oslo, bergen).travel_hours
    (_, first), (_, second) = FakeOSRM.requests
    # Spaced by the limiter (arrival jitter on a busy machine may eat a little of the 0.3 s;
    # without the limiter the gap is a few milliseconds).
    assert second - first >= 0.2


def routed_report(gazetteer: Gazetteer, router: Any) -> Report:
    """A report whose one stated itinerary is Trondheim -> Røros, its leg asked of ``router``."""
    travel = Travel.from_gazetteer(gazetteer, router=router)
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    itinerary = Itinerary(kind="stated", stops=(trondheim.id, roros.id),
                          legs=(travel.leg(trondheim, roros),), section="post")
    places = tuple(ResolvedPlace(place=p, confidence=1.0, reason="test", alternatives=(),
                                 mentions=1, authors=()) for p in (trondheim, roros))
    return Report(thread=Thread(sections=(Section(id="post", author=None, text="x"),)),
                  resolutions=(), places=places, itineraries=(itinerary,))


def test_geojson_draws_the_road(gazetteer: Gazetteer, osrm: str, tmp_path: Path) -> None:
    router = make_router("osrm", osrm, cache_path=tmp_path / "routes.json", delay=0.0)
    report = routed_report(gazetteer, router)
    (line,) = [f for f in feature_collection([report])["features"]
               if f["properties"].get("feature") == "itinerary"]
    assert len(line["geometry"]["coordinates"]) == 3
    assert "road geometry" in line["properties"]["line"]


# --- Valhalla and openrouteservice, each in its own response format --------------------------
#
# Valhalla (`POST /route`, docs: valhalla/docs/api/turn-by-turn/api-reference.md) answers a
# "trip" whose legs carry a `shape` (Google's polyline at 6 digits, lat/lon) and a `summary` with
# `time` in seconds and `length` in kilometres; a failure is an HTTP 400 with `error_code` (442:
# no path). openrouteservice (`POST /v2/directions/{profile}/geojson`) answers a GeoJSON
# FeatureCollection whose feature has a LineString and `properties.summary` with `distance` in
# metres and `duration` in seconds; its errors are `{"error": {"code": ..., "message": ...}}`.

LINE = [(10.39506, 63.43049), (10.9, 63.1), (11.38576, 62.57451)]  # Trondheim -> Røros


def polyline(points: list[tuple[float, float]], digits: int) -> str:
    """Google's encoded polyline of (lon, lat) points, as a router writes it (lat first)."""
    out, last = [], (0, 0)
    for lon, lat in points:
        here = (round(lat * 10**digits), round(lon * 10**digits))
        for value in (here[0] - last[0], here[1] - last[1]):
            value = ~(value << 1) if value < 0 else value << 1
            while value >= 0x20:
                out.append(chr((0x20 | (value & 0x1F)) + 63))
                value >>= 5
            out.append(chr(value + 63))
        last = here
    return "".join(out)


class FakeRoutingService(_JSONHandler):
    """Valhalla's `/route` and openrouteservice's `/v2/directions/...` on one port; ``mode``
    makes it fail the way real services do."""

    requests: ClassVar[list[tuple[str, dict[str, Any], dict[str, str]]]] = []
    mode: ClassVar[str] = "ok"

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeRoutingService.requests.append((self.path, body, dict(self.headers)))
        mode = FakeRoutingService.mode
        if mode == "slow":
            time.sleep(2.0)
        if mode == "429":
            self._send(429, {"error": "Rate limit exceeded"})
        elif mode == "500":
            self._send(500, {"error": "Internal Server Error"})
        elif mode == "malformed":
            self._send(200, {"trip": {"status": 0}, "type": "FeatureCollection", "features": []})
        elif mode == "not json":
            self._send_raw(200, b"<html>gateway</html>")
        elif self.path == "/route":
            self._valhalla(body)
        elif self.path.startswith("/ors/v2/directions/driving-car/geojson"):
            self._ors(body)
        else:
            self._send(404, {"error": "no such endpoint"})

    def _valhalla(self, body: dict[str, Any]) -> None:
        if abs(body["locations"][0]["lon"] - body["locations"][1]["lon"]) > 5:
            self._send(400, {"error_code": 442, "error": "No path could be found for input",
                             "status_code": 400, "status": "Bad Request"})
            return
        summary = {"has_time_restrictions": False, "min_lat": 62.57, "min_lon": 10.39,
                   "max_lat": 63.43, "max_lon": 11.39, "time": 8400.123, "length": 156.0,
                   "cost": 9000.5}
        self._send(200, {"trip": {
            "locations": [{"type": "break", "lat": 63.43049, "lon": 10.39506,
                           "original_index": 0},
                          {"type": "break", "lat": 62.57451, "lon": 11.38576,
                           "original_index": 1}],
            "legs": [{"maneuvers": [], "summary": summary, "shape": polyline(LINE, 6)}],
            "summary": summary, "status_message": "Found route between points", "status": 0,
            "units": "kilometers", "language": "en-US"}})

    def _ors(self, body: dict[str, Any]) -> None:
        (lon1, _), (lon2, _) = body["coordinates"]
        if abs(lon1 - lon2) > 5:
            self._send(404, {"error": {"code": 2009, "message": "Route could not be found - "
                                       "Unable to find a route between points"}})
            return
        summary = {"distance": 156000.0, "duration": 8400.0}
        self._send(200, {
            "type": "FeatureCollection", "bbox": [10.39, 62.57, 11.39, 63.43],
            "features": [{"bbox": [10.39, 62.57, 11.39, 63.43], "type": "Feature",
                          "properties": {"segments": [{**summary, "steps": []}],
                                         "summary": summary, "way_points": [0, 2]},
                          "geometry": {"coordinates": [list(p) for p in LINE],
                                       "type": "LineString"}}],
            "metadata": {"attribution": "openrouteservice.org | OpenStreetMap contributors",
                         "service": "routing", "query": body}})

@pytest.fixture
def service() -> Iterator[str]:
    FakeRoutingService.requests = []
    FakeRoutingService.mode = "ok"
    yield from _serve(FakeRoutingService)


BACKENDS = [("valhalla", ""), ("openrouteservice", "/ors")]


@pytest.mark.parametrize(("backend", "prefix"), BACKENDS)
def test_each_backend_reads_its_services_answer(gazetteer: Gazetteer, service: str,
                                                tmp_path: Path, backend: str,
                                                prefix: str) -> None:
    router = make_router(backend, service + prefix, cache_path=tmp_path / "routes.json",
                         delay=0.0, api_key="k-123")
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    leg = Travel.from_gazetteer(gazetteer, router=router).leg(trondheim, roros)
    assert leg.travel_hours == pytest.approx(8400 / 3600, abs=1e-3)
    assert leg.distance_km == pytest.approx(156.0)
    assert [(round(x, 5), round(y, 5)) for x, y in leg.geometry] == LINE
    (path, body, headers), = FakeRoutingService.requests
    if backend == "valhalla":
        assert path == "/route" and body["costing"] == "auto"
        assert body["locations"][0] == {"lon": trondheim.lon, "lat": trondheim.lat}
    else:
        assert path == "/ors/v2/directions/driving-car/geojson"
        assert body["coordinates"][0] == [trondheim.lon, trondheim.lat]
        assert headers["Authorization"] == "k-123"
    # Cached on disk: a new router on the same file asks nothing.
    again = make_router(backend, service + prefix, cache_path=tmp_path / "routes.json")
    assert Travel.from_gazetteer(gazetteer, router=again).leg(trondheim, roros) == leg
    assert len(FakeRoutingService.requests) == 1


@pytest.mark.parametrize(("backend", "prefix"), BACKENDS)
def test_each_backend_draws_the_road_in_geojson_and_gpx(gazetteer: Gazetteer, service: str,
                                                        tmp_path: Path, backend: str,
                                                        prefix: str) -> None:
    import gpxpy

    from itinerary.export.gpx import gpx_xml, to_gpx

    router = make_router(backend, service + prefix, delay=0.0)
    report = routed_report(gazetteer, router)
    (line,) = [f for f in feature_collection([report])["features"]
               if f["properties"].get("feature") == "itinerary"]
    assert [tuple(p) for p in line["geometry"]["coordinates"]] == LINE
    assert "road geometry" in line["properties"]["line"]
    (track,) = gpxpy.parse(gpx_xml(to_gpx([report]))).tracks
    assert [(p.longitude, p.latitude) for p in track.segments[0].points] == LINE


@pytest.mark.parametrize(("backend", "prefix"), BACKENDS)
def test_no_route_keeps_the_estimate_and_requests_are_spaced(
        gazetteer: Gazetteer, service: str, backend: str, prefix: str) -> None:
    router = make_router(backend, service + prefix, delay=0.3)
    travel = Travel.from_gazetteer(gazetteer, router=router)
    oslo, bergen, trondheim = (place(gazetteer, n) for n in ("Oslo", "Bergen", "Trondheim"))
    assert travel.leg(oslo, trondheim).geometry  # routed
    far = travel.leg(oslo, bergen)  # the fake has no road for it
    assert far.geometry == () and far.estimated_hours is None
    assert far.travel_hours == Travel.from_gazetteer(gazetteer).leg(oslo, bergen).travel_hours
    assert len(FakeRoutingService.requests) == 2


@pytest.mark.parametrize("mode", ["500", "malformed", "not json", "slow"])
@pytest.mark.parametrize(("backend", "prefix"), BACKENDS)
def test_a_failing_service_leaves_the_estimate_and_is_asked_again_later(
        gazetteer: Gazetteer, service: str, tmp_path: Path, backend: str, prefix: str,
        mode: str) -> None:
    FakeRoutingService.mode = mode
    cache = tmp_path / "routes.json"
    router = make_router(backend, service + prefix, cache_path=cache, delay=0.0, timeout=0.5)
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    leg = Travel.from_gazetteer(gazetteer, router=router).leg(trondheim, roros)
    assert leg == Travel.from_gazetteer(gazetteer).leg(trondheim, roros)
    assert not cache.exists()  # a failure is not remembered as "no road"
    FakeRoutingService.mode = "ok"
    assert router.route(trondheim, roros) is not None  # asked again, now answered


@pytest.mark.parametrize(("backend", "prefix"), BACKENDS)
def test_after_a_429_the_service_is_left_alone_for_the_run(
        gazetteer: Gazetteer, service: str, backend: str, prefix: str) -> None:
    FakeRoutingService.mode = "429"
    router = make_router(backend, service + prefix, delay=0.0)
    travel = Travel.from_gazetteer(gazetteer, router=router)
    oslo, bergen, trondheim = (place(gazetteer, n) for n in ("Oslo", "Bergen", "Trondheim"))
    offline = Travel.from_gazetteer(gazetteer)
    assert travel.leg(oslo, trondheim) == offline.leg(oslo, trondheim)
    FakeRoutingService.mode = "ok"
    assert travel.leg(trondheim, bergen) == offline.leg(trondheim, bergen)
    assert len(FakeRoutingService.requests) == 1  # not asked again, not retried


def test_a_service_nobody_answers_at_leaves_the_estimate(gazetteer: Gazetteer) -> None:
    import socket

    with socket.socket() as unused:  # a port with nothing listening
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    router = make_router("valhalla", f"http://127.0.0.1:{port}", delay=0.0, timeout=0.5)
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    assert router.route(trondheim, roros) is None
