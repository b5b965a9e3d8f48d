import httpx
from fastapi import FastAPI
from pydantic import SecretStr

from chassis.testing import auth_header

CITY = auth_header("city_staff")


async def test_a_request_id_is_made_when_missing_and_kept_when_given(client: httpx.AsyncClient) -> None:
    made = await client.get("/healthz")
    assert len(made.headers["x-request-id"]) == 32
    kept = await client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert kept.headers["x-request-id"] == "abc-123"
    junk = await client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert junk.headers["x-request-id"] != "bad id\twith spaces"


async def test_health_readiness_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json()["status"] == "ok"
    assert (await client.get("/readyz")).json()["status"] == "ready"
    metrics = await client.get("/metrics")
    assert "http_requests_total" in metrics.text


async def test_metrics_behind_a_token_answer_only_the_scraper_that_has_it(app: FastAPI,
                                                                         client: httpx.AsyncClient) -> None:
    settings = app.state.settings
    app.state.settings = settings.model_copy(update={"metrics_public": False,
                                                     "metrics_token": SecretStr("scraper-secret")})
    try:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "scraper-secret"}):
            assert (await client.get("/metrics", headers=headers)).status_code == 404
        allowed = await client.get("/metrics", headers={"Authorization": "Bearer scraper-secret"})
        assert allowed.status_code == 200 and "http_requests_total" in allowed.text
    finally:
        app.state.settings = settings


async def test_bodies_over_the_limit_are_413_whether_declared_or_streamed(client: httpx.AsyncClient) -> None:
    declared = await client.post("/api/v1/demo/crops", content=b"x" * 4096, headers=CITY)
    assert declared.status_code == 413
    assert declared.headers["content-type"] == "application/problem+json"

    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(8):
            yield b"y" * 512

    streamed = await client.post("/api/v1/demo/crops", content=chunks(), headers=CITY)
    assert streamed.status_code == 413


async def test_pages_have_a_total_and_a_hard_maximum(client: httpx.AsyncClient) -> None:
    for name in ("稻", "麦", "粟"):
        await client.post("/api/v1/demo/crops", json={"name": name}, headers=CITY)
    page = (await client.get("/api/v1/demo/crops", params={"limit": 2}, headers=CITY)).json()
    assert len(page["items"]) == 2 and page["total"] >= 3 and page["limit"] == 2
    assert (await client.get("/api/v1/demo/crops", params={"limit": 201}, headers=CITY)).status_code == 422
    assert (await client.get("/api/v1/demo/crops", params={"offset": -1}, headers=CITY)).status_code == 422
