"""A town and the province or department named after it: a bare name is the town."""

from __future__ import annotations

import pytest
from test_resolve import thread_of

from gazetteer import Gazetteer
from itinerary.resolve import resolve


def picks(gazetteer: Gazetteer, *texts: str) -> dict[str, tuple[str, str]]:
    thread, mentions = thread_of(*texts)
    resolved = resolve(thread, mentions, gazetteer)
    return {
        r.mention.text: (r.place.kind, r.place.country_code)
        for r in resolved.resolutions
        if r.place is not None
    }


def test_a_list_of_italian_towns_stays_towns(gazetteer: Gazetteer) -> None:
    found = picks(
        gazetteer,
        "Two weeks by regional train: [[Verona]], [[Perugia]], [[Siena]], [[Pistoia]] and "
        "finally [[Salerno]] for the ferries.",
    )
    assert {name: kind for name, (kind, _) in found.items()} == dict.fromkeys(
        ["Verona", "Perugia", "Siena", "Pistoia", "Salerno"], "city"
    )


def test_spanish_towns_named_like_their_provinces(gazetteer: Gazetteer) -> None:
    found = picks(
        gazetteer,
        "From Madrid we went to [[Segovia]], [[Avila]] and [[Burgos]] by bus, then "
        "[[Cuenca]] for the hanging houses.",
    )
    assert found == dict.fromkeys(["Segovia", "Avila", "Burgos", "Cuenca"], ("city", "ES"))


@pytest.mark.parametrize("lead", ["the province of ", "Provincia di ", "the Province of "])
def test_the_province_of_x_stays_the_province(gazetteer: Gazetteer, lead: str) -> None:
    found = picks(
        gazetteer,
        f"We rented a farmhouse in {lead}[[Siena]], a long drive from [[Florence]].",
    )
    assert found["Siena"] == ("admin2", "IT")
    assert found["Florence"] == ("city", "IT")
