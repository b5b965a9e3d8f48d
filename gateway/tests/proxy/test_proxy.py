import asyncio

import httpx
from fastapi import FastAPI

from chassis.testing import auth_header


async def test_requests_reach_the_service_with_path_query_and_body_unchanged(
        client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/loans/echo/a/b", params={"q": "连州", "n": "2"},
                                 content=b"x" * 5000, headers={"content-type": "application/octet-stream"})
    assert response.status_code == 200
    seen = response.json()
    assert seen["path"] == "/api/v1/loans/echo/a/b"
    assert httpx.QueryParams(seen["query"]) == httpx.QueryParams({"q": "连州", "n": "2"})
    assert seen["body_bytes"] == 5000
    assert seen["method"] == "POST"


async def test_the_request_id_travels_to_the_service_and_back(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/echo/id", headers={"X-Request-ID": "trace-123"})
    assert response.headers["x-request-id"] == "trace-123"
    assert response.json()["headers"]["x-request-id"] == "trace-123"


async def test_hop_by_hop_headers_stop_at_the_gateway(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/echo/h", headers={"Connection": "keep-alive, X-Secret-Hop",
                                                                  "X-Secret-Hop": "1", "TE": "trailers",
                                                                  "Authorization": "Bearer abc"})
    headers = response.json()["headers"]
    assert "x-secret-hop" not in headers
    assert "te" not in headers
    assert headers["authorization"] == "Bearer abc"


async def test_the_service_gets_one_x_forwarded_for_with_every_hop_in_order(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/echo/xff", headers=[("X-Forwarded-For", "1.2.3.4"),
                                                                  ("X-Forwarded-For", "198.51.100.7, 10.0.0.2")])
    hops = [hop.strip() for hop in response.json()["headers"]["x-forwarded-for"].split(",")]
    assert hops[:3] == ["1.2.3.4", "198.51.100.7", "10.0.0.2"]
    assert len(hops) == 4  # and the peer the gateway saw


async def test_a_refused_connection_is_503_naming_the_service(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/training/programmes")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["service"] == "training"


async def test_a_hanging_service_is_504_and_the_others_still_answer(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/products/products")
    assert response.status_code == 504
    assert response.json()["service"] == "products"
    assert (await client.get("/api/v1/volunteers/echo/ok")).status_code == 200


async def test_bodies_over_one_mebibyte_are_refused_at_the_door(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/loans/echo/big", content=b"x" * (1024 * 1024 + 1),
                                 headers=auth_header("city_staff"))
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"


async def test_readyz_lists_each_upstreams_circuit(client: httpx.AsyncClient) -> None:
    ready = (await client.get("/readyz")).json()
    assert set(ready["upstreams"]) == {"loans", "products", "training", "volunteers"}
    assert ready["upstreams"]["loans"] == "closed"


async def test_a_refused_service_opens_its_circuit_and_then_answers_503_without_trying(
        client: httpx.AsyncClient) -> None:
    for _ in range(6):
        response = await client.get("/api/v1/training/programmes")
        assert response.status_code == 503
    assert (await client.get("/readyz")).json()["upstreams"]["training"] == "open"
    assert "retry-after" in response.headers
    assert (await client.get("/api/v1/loans/echo/still-fine")).status_code == 200


async def raw_get(app: object, raw_path: bytes) -> tuple[int, bytes]:
    """A GET whose path reaches the app exactly as sent: an HTTP client would resolve the dots first."""
    path = raw_path.split(b"?", 1)[0].decode("latin-1")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": raw_path, "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 50000), "server": ("testserver", 80)}
    sent: list[dict[str, object]] = []
    requested, done = False, asyncio.Event()

    async def receive() -> dict[str, object]:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()  # the client stays until the whole answer is in
        return {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)
        if message["type"] == "http.response.body" and not message.get("more_body"):
            done.set()

    await app(scope, receive, send)  # type: ignore[operator]
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")  # type: ignore[misc]
    return int(start["status"]), body  # type: ignore[call-overload]


async def test_dot_segments_and_encoded_slashes_never_leave_the_service_prefix(app: FastAPI) -> None:
    for raw in (b"/api/v1/loans/../../../metrics", b"/api/v1/loans/./echo", b"/api/v1/loans/%2e%2e/%2e%2e/metrics",
                b"/api/v1/loans/echo%2F..%2F..%2Fmetrics", b"/api/v1/loans/..%5c..%5cmetrics",
                b"/api/v1/loans/a/%2E%2E/docs", b"/api/v1/loans/..\\..\\metrics"):
        status, body = await raw_get(app, raw)
        assert status == 400, raw
        assert b"dot segments" in body, raw


async def test_plain_paths_still_reach_the_service(app: FastAPI) -> None:
    status, body = await raw_get(app, b"/api/v1/loans/echo/a.b/c..d")
    assert status == 200 and b'"path":"/api/v1/loans/echo/a.b/c..d"' in body.replace(b" ", b"")


async def test_the_gateways_own_metrics_are_not_public(client: httpx.AsyncClient) -> None:
    assert (await client.get("/metrics")).status_code == 404
    assert (await client.get("/metrics", headers={"Authorization": "Bearer guess"})).status_code == 404
