"""Hostile input to the volunteers service's write routes (the checks: tests/security/hostile.py)."""

from typing import Any

from chassis.auth.principal import Role
from tests.security.hostile import NUMBER, WriteRoute, unique, write_route_tests
from tests.security.seeded import app_fixtures, service_headers

API = "/api/v1/volunteers"
app, client = app_fixtures("volunteers", demo=False)


def activity() -> dict[str, Any]:
    return {"name": unique("关爱留守儿童夏令营"), "kind": "summer_camp", "county_code": "441821", "town": "龙山镇",
            "village": "大营村", "recruit_from": "2033-05-01", "recruit_until": "2033-06-01", "places": NUMBER,
            "description": "陪伴留守儿童度过暑假。"}


ROUTES = [
    WriteRoute("add an activity", "POST", f"{API}/activities", "activity", activity,
               headers=lambda: service_headers("volunteers", Role.city_staff), number="places",
               names=["name", "town", "village", "description"]),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)
