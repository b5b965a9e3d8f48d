"""Straight-line distances between Qingyuan's county seats. Pure: no I/O beyond the packaged county list.

Distances are estimates between seats (haversine on a sphere), good enough to say "nearby" or "across the
city", not for routing. A lot and a demand in the same county are 0 km apart.
"""

from math import asin, cos, radians, sin, sqrt

from chassis.counties import counties

EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points given in degrees."""
    dlat, dlon = radians(lat2 - lat1), radians(lon2 - lon1)
    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * asin(sqrt(a))


def county_distance_km(a: str, b: str) -> float:
    """Between the seats of two counties (division codes); 0 for the same county."""
    if a == b:
        return 0.0
    one, other = counties()[a], counties()[b]
    return haversine_km(one.seat_lat, one.seat_lon, other.seat_lat, other.seat_lon)


def counties_within(origin: str, max_km: float | None) -> dict[str, float]:
    """Each county whose seat is within `max_km` of the origin's (all of them when None), with its distance."""
    found = {code: county_distance_km(origin, code) for code in counties()}
    return {code: km for code, km in found.items() if max_km is None or km <= max_km}
