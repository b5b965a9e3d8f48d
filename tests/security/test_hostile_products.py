"""Hostile input to the products service's write routes (the checks: tests/security/hostile.py)."""

from typing import Any

import httpx

from chassis.auth.principal import Role
from tests.security.hostile import NUMBER, SQL, WriteRoute, assert_problem, unique, write_route_tests
from tests.security.seeded import app_fixtures, service_headers

API = "/api/v1/products"
app, client = app_fixtures("products", demo=False)


def product() -> dict[str, Any]:
    return {"name": unique("英德红茶"), "category": "tea", "county_code": "441881", "unit": "礼盒",
            "season_months": [4, NUMBER], "description": "英德红茶，金毫显露。",
            "certifications": [{"cert_type": "geographical_indication", "number": "GI-0001",
                                "issuer": "国家知识产权局"}]}


ROUTES = [
    WriteRoute("add a product", "POST", f"{API}/products", "featured_product", product,
               headers=lambda: service_headers("products", Role.city_staff), number="season_months",
               names=["name", "unit", "description"]),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)


async def test_sql_in_the_search_is_searched_for_as_text(client: httpx.AsyncClient) -> None:
    for payload in SQL:
        sql = payload.format(table="featured_product")
        response = await client.get(f"{API}/products", params={"q": sql},
                                    headers=service_headers("products", Role.buyer))
        assert response.status_code == 200, response.text
        assert all(sql in item["name"] for item in response.json()["items"])


async def test_a_nul_in_the_search_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{API}/products", params={"q": "红\x00茶"},
                                headers=service_headers("products", Role.buyer))
    assert_problem(response, 422)
