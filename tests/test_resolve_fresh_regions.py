# ruff: noqa: RUF001  (Turkish place names are written with the dotless i)
"""Each labelled name of the fresh threads (``resolve_fresh_regions.py``: regions;
``resolve_fresh_places.py``: quarters, villages with bigger namesakes, qualifiers after "on";
``resolve_fresh_translit.py``: names spelt several ways, regions full of namesakes)
resolves to within its tolerance of the point the writer means.

Names the place pass does not find are left to the mention tests. Cases the resolver or the
gazetteer still gets wrong are strict xfails with the class of error, so that a change that fixes
one is seen.
"""

from __future__ import annotations

import pytest
from resolve_fresh_places import QUALIFIED
from resolve_fresh_places import THREADS as PLACES
from resolve_fresh_regions import THREADS
from resolve_fresh_translit import THREADS as TRANSLIT

from gazetteer.geo import distance_km
from itinerary.models import Resolution, Section, Thread
from itinerary.pipeline import Analyzer

# Classes still wrong on these threads: (thread, section, name) -> why.
KNOWN_GAPS = {
    ("istanbul-coast", "post", "Cihangir"): "gazetteer: Istanbul's quarters are missing from "
    "cities500; Cihangir is only an alternate name of a village 100 km away",
    ("istanbul-coast", "comment-1", "Cihangir"): "likewise",
    ("bali-lombok", "post", "Amed"): "gazetteer: the village on Bali is missing; Amed is only an "
    "alternate name of Diyarbakır, rightly refused (found since 'Amed for snorkelling' is a stop)",
    ("istanbul-coast", "post", "Karaköy"): "gazetteer: the quarter is missing; a village of "
    "the name 145 km away wins",
    ("istanbul-coast", "post", "Kadıköy"): "gazetteer: the district is missing; a village of "
    "the name in the province's west wins",
    ("istanbul-coast", "post", "Moda"): "gazetteer: the quarter is missing",
    ("istanbul-coast", "post", "Fener"): "gazetteer: the quarter is missing; Fenerköy, which "
    "has it as an alternate name, wins",
    ("istanbul-coast", "comment-1", "Ortaköy"): "gazetteer: the quarter is missing; a village "
    "of the name 55 km away wins",
    ("bali-lombok", "post", "Kuta"): "resolver: the island named in the clause before ('we "
    "crossed to Lombok and stayed in Kuta') does not contain the village against the Bali "
    "resort beside the thread's other places",
    ("colombia", "post", "Palomino"): "resolver: a town that has the name only as an alternate "
    "one, 800 km away, outranks the village so called near the places of its own sentence",
    ("chile", "post", "Bellavista"): "a quarter the gazetteer lacks, after its city outside "
    "brackets, loses to a town of that name abroad (see test_resolve_namesakes)",
    ("chile", "post", "Cerro Alegre"): "gazetteer: the hill quarter of Valparaíso is missing",
    ("amalfi", "post", "Fornillo"): "gazetteer: its only Fornillo lies 19 km from Positano's "
    "beach quarter",
    ("nicaragua", "post", "Cerro Negro"): "gazetteer: the volcano is missing; a village of the "
    "name in Brazil, the only place so called, is taken",
    ("peru", "post", "San Blas"): "gazetteer: Cusco's quarter is missing; a town of the name "
    "in Mexico is taken",
    ("north-vietnam", "post", "Quan Ba"): "resolver: District 3 of Ho Chi Minh City (Quận Ba, "
    "190,000 people) outranks the Ha Giang district beside the thread's other places",
    ("sumatra-sulawesi", "post", "Tuk Tuk"): "gazetteer: the Samosir village is left out: its "
    "name is also the vehicle",
    ("serbia-macedonia", "comment-1", "Mavrovo"): "resolver: a Greek village with the name as "
    "an alternate one, 140 km away, outranks the Macedonian village of the thread's country",
    ("malta-gozo", "post", "Blue Lagoon"): "gazetteer: Comino's lagoon is missing; Iceland's "
    "Blue Lagoon, the only one so called, is taken",
}


def _report(analyzer: Analyzer, texts: tuple[str, ...]) -> dict[tuple[str, str], Resolution]:
    sections = tuple(
        Section("post" if n == 0 else f"comment-{n}", None if n == 0 else f"Reader {n}", text)
        for n, text in enumerate(texts)
    )
    report = analyzer.analyze(Thread(sections))
    return {(r.mention.section, r.mention.text): r for r in report.resolutions}


def _params() -> list[object]:
    params: list[object] = []
    for thread, texts, gold in (*THREADS, *PLACES, *QUALIFIED, *TRANSLIT):
        for section, name, lat, lon, tol in gold:
            gap = KNOWN_GAPS.get((thread, section, name))
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            params.append(
                pytest.param(
                    thread,
                    texts,
                    section,
                    name,
                    (lat, lon, tol),
                    id=f"{thread}:{section}:{name}",
                    marks=marks,
                )
            )
    return params


_REPORTS: dict[str, dict[tuple[str, str], Resolution]] = {}


@pytest.mark.parametrize(("thread", "texts", "section", "name", "spot"), _params())
def test_each_small_place_is_the_one_the_writer_means(
    analyzer: Analyzer,
    thread: str,
    texts: tuple[str, ...],
    section: str,
    name: str,
    spot: tuple[float, float, float],
) -> None:
    if thread not in _REPORTS:
        _REPORTS[thread] = _report(analyzer, texts)
    found = _REPORTS[thread].get((section, name))
    if found is None:
        pytest.skip(f"{name!r} is not found as a mention (the place pass's concern)")
    lat, lon, tol = spot
    assert found.place is not None, found.reason
    km = distance_km(lat, lon, found.place.lat, found.place.lon)
    assert km <= tol, f"{found.place.name}, {found.place.country_code}: {km:.0f} km off"
