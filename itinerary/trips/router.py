"""Optional real road routing for legs, behind the same design as the online geocoders: one base
(:class:`Router`) with the on-disk cache and the rate limit, a small subclass per backend
(OSRM, Valhalla, openrouteservice, all through ``routingpy``), one error type.

A router answers a road leg with its time, distance and geometry (lon/lat pairs, for GeoJSON
lines and GPX tracks). Offline estimates stay the default: a router is used only when asked for
(``--router osrm --router-url http://localhost:5000``), and a leg it cannot route keeps its
estimate. A service that is down, slow, over its rate limit or answering nonsense costs the run
nothing but its estimates: such a leg is not cached (a later run asks again), and after a 429
the service is not asked again in this run. Self-hosting notes are in docs/trips.md.
"""

from __future__ import annotations

import json
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import requests
import routingpy
from routingpy import exceptions as routing_errors

from gazetteer.models import Place
from itinerary.errors import ItineraryError

__all__ = ["ROUTERS", "RoutedLeg", "Router", "RouterConfigError", "make_router"]


class RouterConfigError(ItineraryError, ValueError):
    """The router cannot be set up as asked (unknown backend, no URL, no key)."""


@dataclass(frozen=True, slots=True)
class RoutedLeg:
    hours: float
    km: float
    geometry: tuple[tuple[float, float], ...]  # (lon, lat) along the road


class Router:
    """A routing backend with a JSON cache on disk and at most one request per ``delay`` s."""

    profile: ClassVar[str] = "car"

    def __init__(self, url: str, *, cache_path: Path | None = None, delay: float = 1.0,
                 api_key: str | None = None, timeout: float = 10.0) -> None:
        if not url:
            raise RouterConfigError("a router needs --router-url (the service's base URL)")
        self.url = url.rstrip("/")
        self.delay = delay
        self.api_key = api_key
        self.timeout = timeout  # seconds per request, retries of a 503 included
        self.refused = False  # the service said 429: not asked again in this run
        self._cache_path = cache_path
        self._cache: dict[str, Any] = {}
        if cache_path is not None and cache_path.exists():
            self._cache = json.loads(cache_path.read_text(encoding="utf-8"))
        self._last = 0.0
        self._lock = threading.Lock()

    def client(self) -> Any:
        raise NotImplementedError

    def _client_options(self) -> dict[str, Any]:
        """No waiting out a 429 (the run keeps its estimates instead), and a 503 retried only
        within the request's ``timeout``."""
        return {"timeout": self.timeout, "retry_timeout": max(1, round(self.timeout)),
                "retry_over_query_limit": False}

    def _directions(self, locations: list[list[float]]) -> Any:
        return self.client().directions(locations=locations, profile=self.profile)

    def route(self, a: Place, b: Place) -> RoutedLeg | None:
        """The road leg from ``a`` to ``b``, or None when the service has no route."""
        key = f"{type(self).__name__}|{self.url}|{a.lon:.5f},{a.lat:.5f}|{b.lon:.5f},{b.lat:.5f}"
        if key not in self._cache:
            if self.refused:
                return None
            with self._lock:
                wait = self._last + self.delay - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                self._last = time.monotonic()
            try:
                with warnings.catch_warnings():  # routingpy warns as it retries a 503
                    warnings.simplefilter("ignore")
                    answer = self._directions([[a.lon, a.lat], [b.lon, b.lat]])
                found = {"s": float(answer.duration), "m": float(answer.distance),
                         "geometry": [[float(x), float(y)] for x, y in answer.geometry or ()]}
            except routing_errors.OverQueryLimit:
                self.refused = True
                return None
            except (routing_errors.RouterError, routing_errors.Timeout,
                    routing_errors.JSONParseError, requests.RequestException,
                    KeyError, IndexError, TypeError, ValueError):
                return None  # no route, or the service failed: the estimate stays
            self._cache[key] = found
            self._save()
        found = self._cache[key]
        return RoutedLeg(hours=found["s"] / 3600, km=found["m"] / 1000,
                         geometry=tuple((float(p[0]), float(p[1])) for p in found["geometry"]))

    def _save(self) -> None:
        """Atomic: the cache is whole or as it was."""
        if self._cache_path is None:
            return
        self._cache_path.parent.mkdir(parents=True, exist_ok=True)
        partial = self._cache_path.with_suffix(".tmp")
        partial.write_text(json.dumps(self._cache), encoding="utf-8")
        partial.replace(self._cache_path)


class OSRMRouter(Router):
    profile = "driving"

    def client(self) -> Any:
        return routingpy.OSRM(base_url=self.url, **self._client_options())

    def _directions(self, locations: list[list[float]]) -> Any:
        return self.client().directions(locations=locations, profile=self.profile,
                                        geometries="geojson", overview="full")


class ValhallaRouter(Router):
    profile = "auto"

    def client(self) -> Any:
        return routingpy.Valhalla(base_url=self.url, **self._client_options())


class OpenRouteServiceRouter(Router):
    profile = "driving-car"

    def client(self) -> Any:
        return routingpy.ORS(api_key=self.api_key, base_url=self.url, **self._client_options())


ROUTERS: dict[str, type[Router]] = {
    "osrm": OSRMRouter,
    "valhalla": ValhallaRouter,
    "openrouteservice": OpenRouteServiceRouter,
}


def make_router(name: str, url: str, *, cache_path: Path | None = None,
                delay: float = 1.0, api_key: str | None = None,
                timeout: float = 10.0) -> Router:
    if name not in ROUTERS:
        raise RouterConfigError(f"unknown router {name!r}; one of {', '.join(ROUTERS)}")
    return ROUTERS[name](url, cache_path=cache_path, delay=delay, api_key=api_key,
                         timeout=timeout)
