"""itinerary: places and trips out of travel writing (a post and its reader comments)."""

__version__ = "0.1.0"
