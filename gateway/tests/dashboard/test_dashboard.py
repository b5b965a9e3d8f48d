import httpx


async def test_the_dashboard_shows_every_service_and_marks_the_ones_down(
        client: httpx.AsyncClient, city_token: str) -> None:
    response = await client.get("/api/v1/dashboard", headers={"Authorization": f"Bearer {city_token}"})
    assert response.status_code == 200
    services = {s["service"]: s for s in response.json()["services"]}
    assert list(services) == ["loans", "products", "training", "volunteers"]
    assert services["loans"]["available"] and services["volunteers"]["available"]
    assert services["loans"]["stats"]["figures"] == [{"key": "token_seen", "value": "1", "unit": "flag"}]
    assert services["products"] == {"service": "products", "available": False, "detail": "timed out",
                                    "stats": None}
    assert services["training"]["available"] is False
    assert services["training"]["detail"] == "unreachable"


async def test_the_dashboard_is_for_staff(client: httpx.AsyncClient, entrepreneur_token: str) -> None:
    response = await client.get("/api/v1/dashboard", headers={"Authorization": f"Bearer {entrepreneur_token}"})
    assert response.status_code == 403
