import pytest

from products.matching.distance import counties_within, county_distance_km, haversine_km


def test_one_degree_of_latitude_is_about_111_km() -> None:
    assert haversine_km(24.0, 113.0, 25.0, 113.0) == pytest.approx(111.2, abs=0.1)


def test_the_same_county_is_no_distance() -> None:
    assert county_distance_km("441881", "441881") == 0.0


def test_distances_between_seats_run_both_ways() -> None:
    assert county_distance_km("441882", "441821") == county_distance_km("441821", "441882")
    assert county_distance_km("441802", "441803") == pytest.approx(9.0, abs=1.0)  # 清城 and 清新 are neighbours
    assert county_distance_km("441825", "441821") == pytest.approx(165, abs=5)  # 连山 to 佛冈, across the city


def test_counties_within_a_radius_keep_their_distances() -> None:
    near = counties_within("441802", 60)
    assert set(near) == {"441802", "441803", "441821"}
    assert near["441802"] == 0.0
    assert len(counties_within("441802", None)) == 8
