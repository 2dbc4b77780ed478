"""The whole pass over a thread: mentions -> resolutions -> trips -> Report.

An Analyzer holds what is costly to load (the spaCy pipeline, the gazetteer) and is reused for every
thread; ``analyze_many`` streams threads through one ``nlp.pipe``.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from itertools import tee
from typing import TYPE_CHECKING, Any

from threadpoolctl import threadpool_limits

from gazetteer import Gazetteer
from itinerary.models import Report, Thread
from itinerary.nlp import find_demonyms, find_names_many, load_pipeline
from itinerary.nlp.relations_thread import relate_places, relate_thread
from itinerary.resolve import resolve
from itinerary.trips import plan_trips

if TYPE_CHECKING:
    from gazetteer.online import OnlineGeocoder
    from itinerary.trips.router import Router


class Analyzer:
    """Turns threads into reports; one per process (spaCy and SQLite handles are not shared)."""

    def __init__(
        self,
        *,
        model: str | None = None,
        statistical: bool = True,
        gazetteer: Gazetteer | None = None,
        geocoder: OnlineGeocoder | None = None,
        day_trip_hours: float = 3.0,
        nlp_config: Mapping[str, Mapping[str, Any]] | None = None,
        router: Router | None = None,
    ) -> None:
        """``nlp_config`` sets the spaCy components (``itinerary.nlp.NEWS_CONFIG`` for news-style
        annotation, which counts demonyms and names inside organisations as places)."""
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open()
        self.nlp = load_pipeline(
            model, gazetteer=self.gazetteer, statistical=statistical, config=nlp_config
        )
        self.geocoder = geocoder
        self.day_trip_hours = day_trip_hours
        self.router = router  # real road legs when given; offline estimates otherwise
        # The model's and the gazetteer's objects live as long as the Analyzer: kept out of the
        # cycle collector's generations, a full collection (which a first pass over new text
        # sets off) no longer walks them all, most of the collector's 0.2 s there.
        gc.freeze()

    def analyze(self, thread: Thread) -> Report:
        return next(self.analyze_many([thread]))

    def analyze_many(self, threads: Iterable[Thread]) -> Iterator[Report]:
        """Reports of the threads, in order. While it runs, numpy's BLAS (which the model's
        matrix products use, ``load_pipeline``) keeps to one thread: the products are small,
        and a second thread spends more processor time waiting than it saves."""
        with threadpool_limits(limits=1, user_api="blas"):
            yield from self._analyze_many(threads)

    def _analyze_many(self, threads: Iterable[Thread]) -> Iterator[Report]:
        for_nlp, for_reports = tee(threads)
        found = find_names_many(for_nlp, self.nlp)
        for thread, (mentions, rejected) in zip(for_reports, found, strict=True):
            resolved = resolve(
                thread,
                relate_thread(thread, mentions),
                self.gazetteer,
                online=self.geocoder,
                country_hints=country_hints(thread),
            )
            resolutions = relate_places(resolved.resolutions)
            trips = plan_trips(
                thread,
                resolutions,
                resolved.places,
                self.gazetteer,
                day_trip_hours=self.day_trip_hours,
                router=self.router,
            )
            yield Report(
                thread=thread,
                resolutions=resolutions,
                places=(*resolved.places, *trips.homes),
                itineraries=trips.itineraries,
                day_trips=trips.day_trips,
                possible_day_trips=trips.possible_day_trips,
                plan=trips.plan,
                readers_also_went_to=trips.readers_also_went_to,
                place_pairs=trips.place_pairs,
                warnings=resolved.warnings,
                rejected=rejected,
            )


def country_hints(thread: Thread) -> Counter[str]:
    """Countries the thread's demonyms point to ("a Norwegian village"): context, not mentions."""
    return Counter(
        country
        for section in thread.sections
        for _, _, demonym in find_demonyms(section.text)
        for country in demonym.countries
    )
