"""The guard and the routes share one verifier: a token's signature is checked once, its standing on every request."""

from typing import Any

import httpx
import pytest

from chassis.auth import jwt
from gateway.guard.middleware import bearer_token
from tests.helpers import bearer, token_pair

ME = "/api/v1/auth/me"


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token that reaches the signature check."""
    seen: list[str] = []
    real = jwt.verify

    def counting(token: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        seen.append(token)
        return real(token, *args, **kwargs)

    monkeypatch.setattr(jwt, "verify", counting)
    return seen


async def test_a_token_is_verified_once_for_the_guard_and_the_route(client: httpx.AsyncClient,
                                                                     verifications: list[str]) -> None:
    token = (await token_pair(client, "city"))["access_token"]
    for _ in range(3):
        assert (await client.get(ME, headers=bearer(token))).status_code == 200
    assert verifications.count(token) == 1


async def test_a_known_token_is_not_verified_again_on_the_way_to_a_service(client: httpx.AsyncClient,
                                                                            verifications: list[str]) -> None:
    token = (await token_pair(client, "city"))["access_token"]
    for _ in range(3):
        assert (await client.get("/api/v1/loans/echo/x", headers=bearer(token))).status_code == 200
    assert verifications.count(token) == 1


async def test_a_known_token_must_still_stand(client: httpx.AsyncClient) -> None:
    token = (await token_pair(client, "city"))["access_token"]
    assert (await client.get(ME, headers=bearer(token))).status_code == 200
    assert (await client.post("/api/v1/auth/logout", headers=bearer(token))).status_code == 204
    assert (await client.get(ME, headers=bearer(token))).status_code == 401


@pytest.mark.parametrize(("header", "token"), [
    (b"Bearer abc.def.ghi", "abc.def.ghi"), (b"bearer  abc ", "abc"), (b"Basic abc", None), (b"Bearer ", None),
    (b"Bearer", None), (None, None),
])
def test_the_bearer_token_is_read_from_the_raw_headers(header: bytes | None, token: str | None) -> None:
    headers = [(b"accept", b"*/*")] + ([(b"authorization", header)] if header is not None else [])
    assert bearer_token({"type": "http", "headers": headers}) == token
