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


class FakeOSRM(BaseHTTPRequestHandler):
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

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def osrm() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeOSRM)
    FakeOSRM.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


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


def test_geojson_draws_the_road(gazetteer: Gazetteer, osrm: str, tmp_path: Path) -> None:
    router = make_router("osrm", osrm, cache_path=tmp_path / "routes.json", delay=0.0)
    travel = Travel.from_gazetteer(gazetteer, router=router)
    trondheim, roros = place(gazetteer, "Trondheim"), place(gazetteer, "Røros")
    itinerary = Itinerary(kind="stated", stops=(trondheim.id, roros.id),
                          legs=(travel.leg(trondheim, roros),), section="post")
    places = tuple(ResolvedPlace(place=p, confidence=1.0, reason="test", alternatives=(),
                                 mentions=1, authors=()) for p in (trondheim, roros))
    report = Report(thread=Thread(sections=(Section(id="post", author=None, text="x"),)),
                    resolutions=(), places=places, itineraries=(itinerary,))
    (line,) = [f for f in feature_collection([report])["features"]
               if f["properties"].get("feature") == "itinerary"]
    assert len(line["geometry"]["coordinates"]) == 3
    assert "road geometry" in line["properties"]["line"]
