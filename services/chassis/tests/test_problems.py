import httpx

from chassis.testing import auth_header

CITY = auth_header("city_staff")


async def test_validation_errors_are_problems_with_field_errors(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/demo/crops", json={"name": "", "owner_id": 1}, headers=CITY)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 422 and body["title"] == "Validation failed"
    assert {tuple(e["loc"]) for e in body["errors"]} == {("body", "name"), ("body", "owner_id")}
    assert body["instance"] == "/api/v1/demo/crops"


async def test_domain_conflicts_carry_their_extensions(client: httpx.AsyncClient) -> None:
    await client.post("/api/v1/demo/crops", json={"name": "茶"}, headers=CITY)
    response = await client.post("/api/v1/demo/crops", json={"name": "茶"}, headers=CITY)
    assert response.status_code == 409
    assert response.json()["allowed"] == ["rename"]


async def test_unexpected_errors_hide_the_stack_and_roll_back(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/demo/crops", json={"name": "boom-1"}, headers=CITY)
    assert response.status_code == 500
    assert "secret internal detail" not in response.text
    assert response.json()["title"] == "Internal server error"
    names = [c["name"] for c in (await client.get("/api/v1/demo/crops", headers=CITY)).json()["items"]]
    assert "boom-1" not in names


async def test_unknown_routes_and_methods_are_problems(client: httpx.AsyncClient) -> None:
    missing = await client.get("/api/v1/demo/nothing")
    assert missing.status_code == 404 and missing.json()["status"] == 404
    wrong = await client.delete("/api/v1/demo/crops", headers=CITY)
    assert wrong.status_code == 405 and wrong.headers["content-type"] == "application/problem+json"


async def test_money_is_a_two_decimal_string(client: httpx.AsyncClient) -> None:
    ok = await client.post("/api/v1/demo/price", json={"name": "米", "price": "12.5"}, headers=CITY)
    assert ok.json()["price"] == "12.50"
    for bad in ("1.234", "-1.00", "NaN", "1001.00"):
        response = await client.post("/api/v1/demo/price", json={"name": "米", "price": bad}, headers=CITY)
        assert response.status_code == 422, bad


async def test_money_with_a_huge_exponent_is_a_422_not_a_500(client: httpx.AsyncClient) -> None:
    # "1e30" cannot be quantized to the fen: decimal raises InvalidOperation, which is not a ValueError.
    for bad in ("1e30", "-1e30", "1E+400", "-9.99e999", 1e30, "1000000000000.00"):
        response = await client.post("/api/v1/demo/price", json={"name": "米", "price": bad}, headers=CITY)
        assert response.status_code == 422, bad
        assert response.headers["content-type"] == "application/problem+json"


async def test_openapi_declares_problem_responses(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    responses = document["paths"]["/api/v1/demo/crops"]["post"]["responses"]
    assert "application/problem+json" in responses["422"]["content"]
    # An unreadable body (400) and one over the limit (413) are refused before any route sees them.
    assert {"400", "413"} <= set(responses)
    assert "ProblemDetails" in document["components"]["schemas"]
    assert document["paths"]["/api/v1/demo/crops"]["post"]["operationId"] == "demo-add_crop"


async def test_a_lost_uniqueness_race_is_a_409_not_a_500(client: httpx.AsyncClient) -> None:
    await client.post("/api/v1/demo/crops/unchecked", json={"name": "薯"}, headers=CITY)
    response = await client.post("/api/v1/demo/crops/unchecked", json={"name": "薯"}, headers=CITY)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
