"""``OnlineGeocoder``: the cross-cutting wrappers around any geopy geocoder.

Requests are spaced and retried by geopy's ``RateLimiter``, answers are remembered by a
:class:`~gazetteer.cache.GeocodeCache`, and a failure for one name becomes that name's
``OnlineResult.error`` so a run never stops for a slow or unhappy service. Only a service that
refuses our credentials raises (``ServiceRefused``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from geopy.adapters import AdapterHTTPError, BaseAsyncAdapter
from geopy.exc import (
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderParseError,
    GeocoderQueryError,
    GeocoderQuotaExceeded,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer.cache import GeocodeCache
from gazetteer.errors import GeocoderConfigError, ServiceRefused
from gazetteer.models import Place
from gazetteer.online.answer import Malformed, Record, record
from gazetteer.online.parsers import parser_for
from gazetteer.store import check_name

# Names in a row that failed after every retry: the service is down, stop asking for this run.
GIVE_UP_AFTER = 3

# geopy's RateLimiter logs each retry with a traceback; without this, Python's last-resort
# handler would print it to stderr of a CLI that never configured logging.
logging.getLogger("geopy").addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class Clock:
    """Where the wrapper reads the time and how it waits. Wall time, because the cache's request
    slots are shared between processes; a test hands in a clock of its own and reads the spacing
    from it instead of from arrival times."""

    now: Callable[[], float] = field(default=time.time)
    sleep: Callable[[float], None] = field(default=time.sleep)


class _RateLimiter(RateLimiter):
    """geopy's RateLimiter on our clock (geopy reads ``_clock`` and ``_sleep`` for exactly this)."""

    def __init__(self, func: Callable[..., Any], *, clock: Clock, **options: Any) -> None:
        super().__init__(func, **options)
        self._our_clock = clock

    def _clock(self) -> float:
        return self._our_clock.now()

    def _sleep(self, seconds: float) -> None:
        self._our_clock.sleep(seconds)


@dataclass(frozen=True, slots=True)
class OnlineResult:
    """One name's answer: a place, a miss (both ``None``), or a short error for that name only."""

    query: str
    place: Place | None
    error: str | None
    cached: bool


class _GiveUp(Exception):
    """Carries a service error that retrying cannot cure past the RateLimiter, which retries
    every GeocoderServiceError."""

    def __init__(self, error: GeopyError) -> None:
        super().__init__(str(error))
        self.error = error


class OnlineGeocoder(AbstractContextManager["OnlineGeocoder"]):
    """A geopy geocoder behind a rate limiter, retries and a persistent cache.

    ``service`` names the answers: it prefixes place ids (``nominatim:R406118``), fills
    ``Place.source`` and keys the cache. How raw answers become places follows the geocoder's
    class (see ``gazetteer.online.parsers``).
    """

    def __init__(
        self,
        geocoder: Geocoder,
        *,
        service: str,
        cache: GeocodeCache | None,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        error_wait_seconds: float = 5.0,
        clock: Clock | None = None,
    ) -> None:
        if not service.strip():
            raise GeocoderConfigError("an online geocoder needs a service name")
        if min_delay_seconds < 0 or max_retries < 0 or error_wait_seconds < 0:
            raise GeocoderConfigError("delays and retries cannot be negative")
        if isinstance(geocoder.adapter, BaseAsyncAdapter):
            raise GeocoderConfigError(
                "an online geocoder needs a geopy geocoder with a sync adapter"
            )
        self.service = service
        self.cache = cache
        self.min_delay_seconds = min_delay_seconds
        self.max_retries = max_retries
        self.clock = clock or Clock()
        self._geocoder = geocoder
        self._parse, self._options = parser_for(geocoder)
        self._failures_in_a_row = 0
        self._last_failure = ""
        self._ask = _RateLimiter(
            self._fetch,
            clock=self.clock,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
            swallow_exceptions=False,
        )

    def lookup(self, name: str) -> OnlineResult:
        """Ask the cache, then the service; never raises for one name's service trouble.

        Raises InvalidQuery for a name that cannot be a place, ServiceRefused when the service
        rejects our credentials, GeocodeCacheError when the cache file fails.
        """
        check_name(name)
        if self.cache is not None:
            stored = self.cache.get(self.service, name)
            if stored is not None:
                return self._result(name, stored.answer, cached=True)
        if self._failures_in_a_row >= GIVE_UP_AFTER:
            message = f"not asked: {self.service} failed for {GIVE_UP_AFTER} names in a row"
            return OnlineResult(name, None, f"{message} ({self._last_failure})", cached=False)
        try:
            location = self._ask(name)
        except _GiveUp as stop:
            if isinstance(
                stop.error, GeocoderAuthenticationFailure | GeocoderInsufficientPrivileges
            ):
                raise ServiceRefused(
                    f"{self.service} refused the request: {first_line(stop.error)}"
                ) from stop.error
            return OnlineResult(name, None, self._describe(stop.error), cached=False)
        except GeocoderServiceError as error:
            tries = self.max_retries + 1
            self._last_failure = self._describe(error)
            self._failures_in_a_row += 1
            message = self._last_failure
            if tries > 1:
                message += f"; gave up after {tries} tries"
            return OnlineResult(name, None, message, cached=False)
        self._failures_in_a_row = 0
        answer = None if location is None else record(location)
        result = self._result(name, answer, cached=False)
        if self.cache is not None and result.error is None:
            self.cache.put(self.service, name, answer)
        return result

    def close(self) -> None:
        """Release the cache file and the geocoder's connections."""
        if self.cache is not None:
            self.cache.close()
        self._geocoder.__exit__(None, None, None)

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _fetch(self, name: str) -> Location | None:
        """One request; sorts geopy's errors into retried (service trouble) and final ones."""
        if self.cache is not None and self.min_delay_seconds > 0:
            # The RateLimiter spaces this process's requests; the cache file spaces those of
            # every process sharing it.
            while (
                wait := self.cache.claim_slot(
                    self.service, self.min_delay_seconds, now=self.clock.now
                )
            ) > 0:
                self.clock.sleep(wait)
        try:
            location = self._geocoder.geocode(name, exactly_one=True, **self._options)
        except GeocoderRateLimited:
            raise
        except (
            GeocoderQueryError,
            GeocoderQuotaExceeded,
            GeocoderAuthenticationFailure,
            GeocoderInsufficientPrivileges,
        ) as error:
            raise _GiveUp(error) from error
        except GeopyError:
            raise
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as error:
            # geopy's parsers index the JSON without checking its shape.
            raise GeocoderParseError(f"unexpected answer: {error!r}") from error
        if location is not None and not isinstance(location, Location):
            raise GeocoderParseError(f"unexpected answer: {location!r}")
        return location

    def _result(self, name: str, answer: Record | None, *, cached: bool) -> OnlineResult:
        if answer is None:
            return OnlineResult(name, None, None, cached)
        try:
            place = self._parse(self.service, answer)
        except (Malformed, KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            return OnlineResult(name, None, f"malformed answer ({error})", cached)
        return OnlineResult(name, place, None, cached)

    def _describe(self, error: GeopyError) -> str:
        """A short message for one name: the HTTP status when there was one."""
        cause = error.__cause__
        if isinstance(cause, AdapterHTTPError):
            status = cause.status_code
            if status == 429:
                return "rate limited (HTTP 429)"
            if status >= 500:
                return f"service error (HTTP {status})"
            return f"request rejected (HTTP {status})"
        if isinstance(error, GeocoderTimedOut):
            timeout = getattr(self._geocoder, "timeout", None)
            return f"no answer within {timeout:g} s" if timeout else "timed out"
        if isinstance(error, GeocoderUnavailable):
            refused = "refused" in str(error).lower()
            return "cannot connect: connection refused" if refused else "cannot connect"
        if isinstance(error, GeocoderParseError):
            return "malformed response"
        if isinstance(error, GeocoderQuotaExceeded):
            return f"quota exceeded: {first_line(error)}"
        if isinstance(error, GeocoderQueryError):
            return f"query rejected: {first_line(error)}"
        return f"service error: {first_line(error)}"


def first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__
