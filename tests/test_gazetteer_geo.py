"""The one distance the project measures with (great circle, geopy)."""

from __future__ import annotations

import pytest

from gazetteer.geo import distance_km


def test_oslo_to_bergen() -> None:
    # About 305 km as the crow flies between the two city centres.
    assert 300 < distance_km(59.913, 10.752, 60.393, 5.324) < 310


def test_symmetric_and_zero_on_the_spot() -> None:
    there = distance_km(35.27, 23.96, 46.53, 10.45)
    assert there == pytest.approx(distance_km(46.53, 10.45, 35.27, 23.96))
    assert distance_km(46.53, 10.45, 46.53, 10.45) == 0


def test_across_the_date_line_and_to_the_antipode() -> None:
    # Fiji to Samoa is a short hop over the 180th meridian, not a trip round the world.
    assert distance_km(-18.1, 178.4, -13.8, -171.8) < 1_200
    assert distance_km(0, 0, 0, 180) == pytest.approx(20_015, rel=0.001)
