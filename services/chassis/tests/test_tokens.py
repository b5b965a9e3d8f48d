"""Every way a token can be wrong is a 401 problem; the right one is a typed Principal."""

import base64
import hashlib
import hmac
import json
import time

import httpx
import pytest
from jose import jwt as jose_jwt

from chassis.auth import jwt
from chassis.testing import mint_token, public_key

URL = "/api/v1/demo/crops"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _b64(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def unsigned_token() -> str:
    kid = jwt.key_id(public_key())
    now = int(time.time())
    claims = {"sub": "x", "role": "admin", "iss": "xiangqing-gateway", "aud": "xiangqing", "iat": now,
              "exp": now + 600}
    return f"{_b64({'alg': 'none', 'kid': kid})}.{_b64(claims)}."


def hs256_with_public_key() -> str:
    now = int(time.time())
    claims = {"sub": "x", "role": "admin", "iss": "xiangqing-gateway", "aud": "xiangqing", "iat": now,
              "exp": now + 600}
    signing_input = f"{_b64({'alg': 'HS256', 'kid': jwt.key_id(public_key())})}.{_b64(claims)}"
    mac = hmac.new(public_key().encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"


def tampered() -> str:
    header, payload, signature = mint_token("entrepreneur").split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims["role"] = "admin"
    return f"{header}.{_b64(claims)}.{signature}"


BAD_TOKENS = {
    "alg none": unsigned_token,
    "HS256 signed with the public key": hs256_with_public_key,
    "expired": lambda: mint_token("city_staff", now=int(time.time()) - 3600),
    "not yet valid": lambda: mint_token("city_staff", now=int(time.time()) + 3600),
    "wrong audience": lambda: mint_token("city_staff", audience="someone-else"),
    "wrong issuer": lambda: mint_token("city_staff", issuer="evil"),
    "unknown kid": lambda: mint_token("city_staff", private_key=jwt.generate_private_key_pem()),
    "tampered payload": tampered,
    "unknown role": lambda: mint_token("emperor"),
    "not a token": lambda: "abc.def",
}


@pytest.mark.parametrize("case", list(BAD_TOKENS))
async def test_bad_tokens_are_401(client: httpx.AsyncClient, case: str) -> None:
    response = await client.get(URL, headers=bearer(BAD_TOKENS[case]()))
    assert response.status_code == 401, case
    assert response.headers["content-type"] == "application/problem+json"


async def test_a_good_token_passes_and_a_role_not_allowed_is_403(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=bearer(mint_token("volunteer")))).status_code == 200
    refused = await client.post(URL, json={"name": "豆"}, headers=bearer(mint_token("volunteer")))
    assert refused.status_code == 403


@pytest.mark.parametrize(("scope", "expected"), [("chassis", 200), ("loans chassis", 200), ("loans", 403), ("", 403)])
async def test_a_clients_token_reaches_only_the_apis_its_scope_names(client: httpx.AsyncClient, scope: str,
                                                                     expected: int) -> None:
    token = mint_token("service", scope=scope, client_id="c0ffee")
    response = await client.get(URL, headers=bearer(token))
    assert response.status_code == expected
    if expected == 403:
        assert "scope" in response.json()["detail"]


async def test_a_persons_token_needs_no_scope(client: httpx.AsyncClient) -> None:
    assert (await client.get(URL, headers=bearer(mint_token("city_staff", scope="")))).status_code == 200


def test_verification_requires_every_registered_claim() -> None:
    key = jwt.generate_private_key_pem()
    keys = {jwt.key_id(jwt.public_key_pem(key)): jwt.public_jwk(jwt.public_key_pem(key))}
    now = int(time.time())
    full = {"sub": "u", "iss": "i", "aud": "a", "iat": now, "exp": now + 60}
    for missing in ("sub", "iss", "aud", "iat", "exp"):
        claims = {k: v for k, v in full.items() if k != missing}
        token = jose_jwt.encode(claims, key, algorithm="ES256",
                                headers={"kid": jwt.key_id(jwt.public_key_pem(key))})
        with pytest.raises(jwt.InvalidToken):
            jwt.verify(token, keys, issuer="i", audience="a")


async def test_a_revoked_users_token_stops_at_a_service_within_sixteen_minutes(client: httpx.AsyncClient) -> None:
    # Services verify without a lookup, so a token of a disabled user or an ended session works here until it
    # expires: 15 minutes after it was issued (the gateway refuses to sign longer) plus 30 s of clock leeway.
    issued = int(time.time())
    assert (await client.get(URL, headers=bearer(mint_token("city_staff", now=issued - 14 * 60)))).status_code == 200
    late = mint_token("city_staff", now=issued - 15 * 60 - 31)
    assert (await client.get(URL, headers=bearer(late))).status_code == 401
