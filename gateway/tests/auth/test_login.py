import httpx
from fastapi import FastAPI

from chassis.auth import jwt
from gateway.demo import DEMO_PASSWORD, PSBC_QINGYUAN
from tests.helpers import client_from


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_login_gives_a_short_lived_es256_token_that_the_jwks_verifies(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/auth/token", data={"username": "county", "password": DEMO_PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    keys = jwt.parse_jwks((await client.get("/.well-known/jwks.json")).json())
    claims = jwt.verify(body["access_token"], keys, issuer="xiangqing-gateway", audience="xiangqing")
    assert claims["role"] == "county_staff"
    assert claims["county"] == "441881"
    assert claims["name"] == "英德团市委 陈志强"  # so that services' audit trails name who acted
    assert claims["exp"] - claims["iat"] == 900
    assert {"sub", "iss", "aud", "jti"} <= claims.keys()


async def test_a_bank_officer_token_carries_the_bank(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/auth/token", data={"username": "bank", "password": DEMO_PASSWORD})
    keys = jwt.parse_jwks((await client.get("/.well-known/jwks.json")).json())
    claims = jwt.verify(response.json()["access_token"], keys, issuer="xiangqing-gateway",
                        audience="xiangqing")
    assert claims["bank_id"] == str(PSBC_QINGYUAN)


async def test_the_jwks_holds_public_keys_only(client: httpx.AsyncClient) -> None:
    keys = (await client.get("/.well-known/jwks.json")).json()["keys"]
    assert keys and all(k["kty"] == "EC" and k["alg"] == "ES256" and "d" not in k for k in keys)


async def test_a_wrong_password_and_an_unknown_user_get_the_same_401(client: httpx.AsyncClient, app: FastAPI) -> None:
    async with client_from(app) as elsewhere:
        wrong = await elsewhere.post("/api/v1/auth/token", data={"username": "city", "password": "not-it-at-all"})
        unknown = await elsewhere.post("/api/v1/auth/token", data={"username": "nobody", "password": "x" * 12})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.headers["content-type"] == "application/problem+json"
    assert wrong.json()["detail"] == unknown.json()["detail"]


async def test_me_describes_the_logged_in_user(client: httpx.AsyncClient, county_token: str) -> None:
    me = (await client.get("/api/v1/auth/me", headers=bearer(county_token))).json()
    assert me["username"] == "county"
    assert me["role"] == "county_staff"
    assert me["county_code"] == "441881"
    assert "password_hash" not in me


async def test_me_needs_a_valid_token(client: httpx.AsyncClient, county_token: str) -> None:
    tampered = county_token[:-4] + ("AAAA" if not county_token.endswith("AAAA") else "BBBB")
    assert (await client.get("/api/v1/auth/me")).status_code == 401
    assert (await client.get("/api/v1/auth/me", headers=bearer(tampered))).status_code == 401


async def test_the_login_form_must_be_complete(client: httpx.AsyncClient) -> None:
    response = await client.post("/api/v1/auth/token", data={"username": "city"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "password"]
