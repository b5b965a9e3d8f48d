"""Every way a token can be wrong is a 401 problem at the gateway, and each is recorded as a security event."""

import base64
import hashlib
import hmac
import json
import time
import uuid

import httpx
import pytest
from fastapi import FastAPI

from chassis.auth import jwt
from chassis.testing import mint_token
from gateway.demo import demo_user_id
from tests.helpers import bearer, client_from, count_events, ready_account, token_pair

ME = "/api/v1/auth/me"
CITY = str(demo_user_id("city"))


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _claims() -> dict[str, object]:
    now = int(time.time())
    return {"sub": CITY, "role": "admin", "iss": "xiangqing-gateway", "aud": "xiangqing", "iat": now,
            "exp": now + 600}


def _signed(app: FastAPI, **kwargs: object) -> str:
    """A token the gateway's own current key signed, with the claims bent as `kwargs` say."""
    return mint_token("city_staff", sub=CITY, private_key=app.state.key_ring.current.private_key_pem, **kwargs)


async def _live_session(client: httpx.AsyncClient) -> str:
    """The session id of a fresh login of the demo city-staff account."""
    access = (await token_pair(client, "city"))["access_token"]
    return str(json.loads(base64.urlsafe_b64decode(access.split(".")[1] + "=="))["sid"])


async def _refused_and_recorded(client: httpx.AsyncClient, app: FastAPI, token: str) -> None:
    before = await count_events(app, "token_rejected")
    response = await client.get(ME, headers=bearer(token))
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Bearer"
    assert await count_events(app, "token_rejected") == before + 1


async def test_a_token_signed_by_the_gateway_is_accepted(client: httpx.AsyncClient, app: FastAPI) -> None:
    assert (await client.get(ME, headers=bearer(_signed(app, sid=await _live_session(client))))).status_code == 200


async def test_a_well_signed_token_without_a_live_session_is_refused(client: httpx.AsyncClient,
                                                                     app: FastAPI) -> None:
    await _refused_and_recorded(client, app, _signed(app))
    await _refused_and_recorded(client, app, _signed(app, sid=str(uuid.uuid4())))


async def test_a_token_whose_role_the_account_no_longer_has_is_refused(client: httpx.AsyncClient,
                                                                       app: FastAPI) -> None:
    # The demo "city" account is city staff: a token of its live session that says admin does not stand.
    sid = await _live_session(client)
    token = mint_token("admin", sub=CITY, sid=sid, private_key=app.state.key_ring.current.private_key_pem)
    await _refused_and_recorded(client, app, token)


async def test_alg_none_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    kid = app.state.key_ring.current.kid
    await _refused_and_recorded(client, app, f"{_b64({'alg': 'none', 'kid': kid})}.{_b64(_claims())}.")


async def test_hs256_signed_with_the_public_key_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    key = app.state.key_ring.current
    signing_input = f"{_b64({'alg': 'HS256', 'typ': 'JWT', 'kid': key.kid})}.{_b64(_claims())}"
    mac = hmac.new(key.public_key_pem.encode(), signing_input.encode(), hashlib.sha256).digest()
    token = f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"
    await _refused_and_recorded(client, app, token)


async def test_an_expired_token_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    await _refused_and_recorded(client, app, _signed(app, now=int(time.time()) - 3600))


async def test_a_token_not_yet_valid_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    await _refused_and_recorded(client, app, _signed(app, now=int(time.time()) + 3600))


async def test_a_token_for_another_audience_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    await _refused_and_recorded(client, app, _signed(app, audience="another-system"))


async def test_a_token_from_another_issuer_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    await _refused_and_recorded(client, app, _signed(app, issuer="someone-else"))


async def test_a_token_with_an_unknown_kid_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    await _refused_and_recorded(client, app, mint_token("admin", sub=CITY,
                                                        private_key=jwt.generate_private_key_pem()))


async def test_a_tampered_payload_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    header, payload, signature = _signed(app).split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["role"] = "admin"
    await _refused_and_recorded(client, app, f"{header}.{_b64(claims)}.{signature}")


async def test_a_refresh_token_is_not_an_access_token(client: httpx.AsyncClient, app: FastAPI) -> None:
    pair = await token_pair(client, "city")
    await _refused_and_recorded(client, app, pair["refresh_token"])


async def test_a_disabled_users_token_is_refused_at_once(client: httpx.AsyncClient, app: FastAPI,
                                                         admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    pair = await token_pair(client, account["username"], password)
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200
    disabled = await client.post(f"/api/v1/auth/accounts/{account['id']}/disable", headers=bearer(admin_token))
    assert disabled.status_code == 200
    await _refused_and_recorded(client, app, pair["access_token"])
    refreshed = await client.post("/api/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert refreshed.status_code == 401




async def test_rejected_tokens_from_one_address_are_recorded_up_to_its_limit(
        app: FastAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    # The one event an outsider can cause without end: past the address's limit it is logged, not written.
    capacity = 8
    monkeypatch.setattr(app.state.settings, "rejected_token_events_per_address", (capacity, 1 / 3600))
    before = await count_events(app, "token_rejected")
    async with client_from(app) as noisy:
        for _ in range(capacity + 15):
            assert (await noisy.get(ME, headers=bearer("not-a-token"))).status_code == 401
    assert await count_events(app, "token_rejected") == before + capacity
    async with client_from(app) as other:
        assert (await other.get(ME, headers=bearer("not-a-token"))).status_code == 401
    assert await count_events(app, "token_rejected") == before + capacity + 1
