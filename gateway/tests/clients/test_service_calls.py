"""A service calls another through the gateway with its own token (chassis.auth.client_credentials)."""

import httpx
from fastapi import FastAPI

from chassis.auth.client_credentials import ClientCredentials
from tests.helpers import bearer, count_events


async def test_a_service_calls_another_through_the_gateway_with_its_own_token(client: httpx.AsyncClient,
                                                                             app: FastAPI, admin_token: str) -> None:
    made = (await client.post("/api/v1/auth/clients", json={"name": "volunteers service", "kind": "service",
                                                             "service_name": "volunteers", "scopes": ["loans"]},
                              headers=bearer(admin_token))).json()
    token = ClientCredentials(token_url="/api/v1/auth/token", client_id=made["client_id"],
                              client_secret=made["client_secret"], http=client)
    before = await count_events(app, "client_authenticated")
    first = await client.get("/api/v1/loans/echo/registrations", headers=await token.headers())
    second = await client.get("/api/v1/loans/echo/registrations", headers=await token.headers())
    assert first.status_code == second.status_code == 200
    assert first.json()["headers"]["authorization"].startswith("Bearer ")
    # One token, reused until shortly before it expires.
    assert first.json()["headers"]["authorization"] == second.json()["headers"]["authorization"]
    assert await count_events(app, "client_authenticated") == before + 1
