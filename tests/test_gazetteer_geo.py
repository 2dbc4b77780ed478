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


@pytest.mark.parametrize(
    ("lat1", "lon1", "lat2", "lon2"),
    [
        (59.913, 10.752, 60.393, 5.324),  # Oslo - Bergen
        (-33.87, 151.21, 51.51, -0.13),  # Sydney - London, most of the way round
        (64.84, -147.72, 65.0, 179.9),  # Fairbanks - the far side of the date line
        (-16.5, -68.15, -16.5, -68.15),  # La Paz to itself
        (90.0, 0.0, -90.0, 180.0),  # pole to pole
    ],
)
def test_same_figure_as_geopy(lat1: float, lon1: float, lat2: float, lon2: float) -> None:
    # The formula is written out for speed; geopy stays the definition, to the last bit.
    from geopy.distance import great_circle

    expected = great_circle((lat1, lon1), (lat2, lon2)).km
    assert distance_km(lat1, lon1, lat2, lon2) == expected


def test_longitudes_past_the_date_line_are_wrapped_as_geopy_does() -> None:
    # 190 E is 170 W: the same spot, so no distance.
    assert distance_km(10.0, 190.0, 10.0, -170.0) == 0


@pytest.mark.filterwarnings("ignore:Latitude normalization")  # geopy's note before it refuses
def test_impossible_latitude_is_refused() -> None:
    with pytest.raises(ValueError, match="Latitude"):
        distance_km(91.0, 0.0, 0.0, 0.0)
