"""Offline gazetteer: any populated place, country, airport, admin or travel region, natural place
or sight by name.

The geopy-shaped geocoder is imported on first use, so a plain lookup stays light (geopy alone
costs a tenth of a second to import).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gazetteer import errors
from gazetteer.models import Candidate, Place
from gazetteer.normalize import normalize_name
from gazetteer.store import Gazetteer

if TYPE_CHECKING:
    from gazetteer.geocoder import GazetteerGeocoder

__all__ = ["Candidate", "Gazetteer", "GazetteerGeocoder", "Place", "errors", "normalize_name"]


def __getattr__(name: str) -> Any:
    if name == "GazetteerGeocoder":
        from gazetteer.geocoder import GazetteerGeocoder

        return GazetteerGeocoder
    raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
