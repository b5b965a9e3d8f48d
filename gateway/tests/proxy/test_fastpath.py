"""The proxy's short way (`proxy/fastpath.py`): requests under a service's prefix skip FastAPI's router and
exception layers, keep every middleware, and still answer problem+json."""

import httpx
import pytest
from fastapi import FastAPI
from prometheus_client import REGISTRY

from gateway.proxy import forward
from gateway.proxy.forward import route_of


def test_only_paths_under_a_services_prefix_take_it() -> None:
    assert route_of("/api/v1/loans/applications") == ("/api/v1/loans/{path:path}", "loans")
    assert route_of("/api/v1/training/") == ("/api/v1/training/{path:path}", "training")
    for path in ("/api/v1/loans", "/api/v1/loansx/applications", "/api/v1/auth/token", "/api/v1/", "/loans/x",
                 "/api/v2/loans/x", "/"):
        assert route_of(path) is None, path


async def test_a_forwarded_answer_passes_every_middleware(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/echo/layers", headers={"X-Request-ID": "fast-1"})
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "fast-1"  # request context
    assert "ratelimit" in response.headers  # guard
    assert response.headers["content-security-policy"].startswith("default-src 'none'")  # security headers
    assert response.headers["vary"] == "Accept-Encoding"  # compression


async def test_the_services_date_and_server_headers_stay_behind(client: httpx.AsyncClient) -> None:
    """The gateway's own server writes the Date; passing the service's on as well gave every answer two."""
    response = await client.get("/api/v1/loans/echo/date")
    assert response.status_code == 200
    assert "date" not in response.headers and "server" not in response.headers


async def test_the_gateways_own_routes_do_not_take_it(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_an_unexpected_error_on_the_way_is_the_apps_500(app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(service: str, request: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(forward, "_proxy", broken)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get("/api/v1/loans/echo/x", headers={"X-Request-ID": "fast-500"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("internal-error")


async def test_a_request_the_guard_refuses_is_counted_under_its_route(client: httpx.AsyncClient) -> None:
    labels = {"service": "gateway", "method": "GET", "route": "/api/v1/loans/{path:path}", "status": "414"}
    before = REGISTRY.get_sample_value("http_requests_total", labels) or 0
    response = await client.get("/api/v1/loans/echo/long", params={"q": "x" * 10_000})
    assert response.status_code == 414
    assert REGISTRY.get_sample_value("http_requests_total", labels) == before + 1
