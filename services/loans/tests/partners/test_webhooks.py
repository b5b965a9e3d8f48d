"""Banks register an endpoint and receive signed events written in the same transaction as the change."""

import json
import uuid
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI

from chassis import webhooks
from chassis.db import utcnow
from chassis.egress import EgressRule
from chassis.problems import PROBLEM_MEDIA_TYPE
from chassis.testing import auth_header, resolving
from chassis.webhook_receiver import Receiver, serving
from loans.partners.models import WebhookEndpoint, outbox
from tests.factories import API, act, bank_officer, city_staff, new_bank, referred

ENDPOINT = f"{API}/webhooks/endpoint"
PUBLIC = "93.184.216.34"


@pytest.fixture(autouse=True)
def dns() -> Iterator[dict[str, list[str]]]:
    """The names these tests use; a test changes an answer to play a DNS rebinding."""
    with resolving({"bank.example": [PUBLIC], "intranet.example": ["10.0.0.7"]}) as names:
        yield names


@pytest.fixture
def production_rule(app: FastAPI) -> Iterator[EgressRule]:
    """The app as outside development: the tests' allowance for receivers on loopback taken away."""
    settings = app.state.settings
    app.state.settings = settings.model_copy(update={"webhook_allow_private": False})
    try:
        yield EgressRule.of(app.state.settings)
    finally:
        app.state.settings = settings


async def deliver_all(app: FastAPI, http: httpx.AsyncClient, rule: EgressRule | None = None) -> None:
    rule = rule or EgressRule.of(app.state.settings)
    while await outbox.deliver_due(app.state.sessionmaker, http, app.state.field_cipher, rule=rule):
        pass


def bank_answering(status: int, body: bytes = b"") -> tuple[httpx.AsyncClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=body)

    return httpx.AsyncClient(transport=httpx.MockTransport(answer)), seen


async def test_a_bank_registers_its_endpoint_and_sees_the_secret_once(client: httpx.AsyncClient) -> None:
    bank = bank_officer(await new_bank(client))
    assert (await client.get(ENDPOINT, headers=bank.headers)).status_code == 404
    created = await client.put(ENDPOINT, json={"url": "https://bank.example/hooks"}, headers=bank.headers)
    assert created.status_code == 201 and created.json()["secret"].startswith("whsec_")
    changed = await client.put(ENDPOINT, json={"url": "https://bank.example/v2/hooks"}, headers=bank.headers)
    assert changed.status_code == 200 and "secret" not in changed.json()
    assert "secret" not in (await client.get(ENDPOINT, headers=bank.headers)).json()


async def test_the_secret_is_kept_encrypted_and_signs_after_a_rotation(app: FastAPI, client: httpx.AsyncClient) -> None:
    bank = bank_officer(await new_bank(client))
    first = (await client.put(ENDPOINT, json={"url": "https://bank.example/hooks"}, headers=bank.headers)).json()
    second = (await client.post(f"{ENDPOINT}/rotate-secret", headers=bank.headers)).json()
    async with app.state.sessionmaker() as session:
        stored = await session.get_one(WebhookEndpoint, uuid.UUID(first["id"]))
    assert first["secret"] not in stored.secret_encrypted + (stored.previous_secret_encrypted or "")
    assert stored.signing_secrets(app.state.field_cipher, utcnow()) == [second["secret"], first["secret"]]


async def test_a_bad_url_is_422(client: httpx.AsyncClient) -> None:
    bank = bank_officer(await new_bank(client))
    assert (await client.put(ENDPOINT, json={"url": "not a url"}, headers=bank.headers)).status_code == 422


async def test_a_referral_reaches_the_bank_signed_and_the_delivery_is_logged(
        app: FastAPI, client: httpx.AsyncClient) -> None:
    bank_id = await new_bank(client)
    bank = bank_officer(bank_id)
    with serving(Receiver(secret="")) as receiver:
        registered = await client.put(ENDPOINT, json={"url": receiver.url}, headers=bank.headers)
        receiver.secret = registered.json()["secret"]
        pipeline = await referred(client, bank_id=bank_id)
        async with httpx.AsyncClient() as http:
            await deliver_all(app, http)
    for delivery in receiver.deliveries:
        webhooks.verify(receiver.secret, delivery.body, delivery.headers)
    bodies = [json.loads(d.body) for d in receiver.deliveries]
    referral = next(b for b in bodies if b["type"] == "application.referred")
    assert referral["data"]["application_id"] == pipeline.application_id
    log = (await client.get(f"{API}/webhooks/deliveries", headers=bank.headers)).json()
    assert log["items"][0]["status"] == "delivered" and log["items"][0]["event_type"] == "application.referred"
    city_log = (await client.get(f"{API}/webhooks/deliveries", params={"limit": 200},
                                 headers=city_staff().headers)).json()
    assert log["items"][0]["id"] in {m["id"] for m in city_log["items"]}


async def test_rotation_keeps_the_old_secret_signing_for_a_while(app: FastAPI, client: httpx.AsyncClient) -> None:
    bank_id = await new_bank(client)
    bank = bank_officer(bank_id)
    with serving(Receiver(secret="")) as receiver:
        old = (await client.put(ENDPOINT, json={"url": receiver.url}, headers=bank.headers)).json()["secret"]
        new = (await client.post(f"{ENDPOINT}/rotate-secret", headers=bank.headers)).json()["secret"]
        assert new != old
        receiver.secret = old  # a receiver not yet switched still verifies
        pipeline = await referred(client, bank_id=bank_id)
        await act(client, pipeline.application_id, "decline", pipeline.bank, {"reason": "抵押不足"})
        async with httpx.AsyncClient() as http:
            await deliver_all(app, http)
    assert receiver.deliveries
    for delivery in receiver.deliveries:
        webhooks.verify(new, delivery.body, delivery.headers)


async def test_a_bank_sees_only_its_deliveries_and_county_staff_none(client: httpx.AsyncClient) -> None:
    stranger = bank_officer(await new_bank(client))
    log = (await client.get(f"{API}/webhooks/deliveries", headers=stranger.headers)).json()
    assert log["total"] == 0
    county = auth_header("county_staff", county="441881")
    assert (await client.get(f"{API}/webhooks/deliveries", headers=county)).status_code == 403


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8001/hooks", "https://localhost./hooks", "https://[::1]/hooks", "https://10.0.0.5/hooks",
    "https://169.254.169.254/latest/meta-data/", "https://2130706433/hooks", "https://bank.example@127.0.0.1/",
    "https://intranet.example/hooks",
])
async def test_an_endpoint_this_cluster_could_be_reached_through_is_422(
        client: httpx.AsyncClient, production_rule: EgressRule, url: str) -> None:
    bank = bank_officer(await new_bank(client))
    refused = await client.put(ENDPOINT, json={"url": url}, headers=bank.headers)
    assert refused.status_code == 422 and refused.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert refused.json()["detail"].startswith("This webhook URL cannot be used")
    assert (await client.get(ENDPOINT, headers=bank.headers)).status_code == 404


async def test_an_endpoint_must_be_https_outside_development(
        client: httpx.AsyncClient, production_rule: EgressRule) -> None:
    bank = bank_officer(await new_bank(client))
    refused = await client.put(ENDPOINT, json={"url": "http://bank.example/hooks"}, headers=bank.headers)
    assert refused.status_code == 422 and "https" in refused.json()["detail"]
    assert (await client.put(ENDPOINT, json={"url": "https://bank.example/hooks"},
                             headers=bank.headers)).status_code == 201


async def test_a_name_that_rebinds_to_a_private_address_gets_no_request(
        app: FastAPI, client: httpx.AsyncClient, production_rule: EgressRule, dns: dict[str, list[str]]) -> None:
    bank_id = await new_bank(client)
    bank = bank_officer(bank_id)
    assert (await client.put(ENDPOINT, json={"url": "https://bank.example/hooks"},
                             headers=bank.headers)).status_code == 201
    await referred(client, bank_id=bank_id)
    dns["bank.example"] = ["10.0.0.5"]
    http, seen = bank_answering(204)
    async with http:
        await deliver_all(app, http, production_rule)
    assert seen == []
    [message] = (await client.get(f"{API}/webhooks/deliveries", headers=bank.headers)).json()["items"]
    assert message["status"] == "pending" and message["last_error"].startswith("refused: ")


async def test_the_delivery_log_shows_the_banks_status_code_but_never_its_answer(
        app: FastAPI, client: httpx.AsyncClient, production_rule: EgressRule) -> None:
    bank_id = await new_bank(client)
    bank = bank_officer(bank_id)
    await client.put(ENDPOINT, json={"url": "https://bank.example/hooks"}, headers=bank.headers)
    await referred(client, bank_id=bank_id)
    http, seen = bank_answering(500, b"<h1>Internal</h1> redis at 10.0.3.4:6379 refused AUTH")
    async with http:
        await deliver_all(app, http, production_rule)
    assert seen and seen[0].url.host == PUBLIC and seen[0].headers["host"] == "bank.example"
    [message] = (await client.get(f"{API}/webhooks/deliveries", headers=bank.headers)).json()["items"]
    assert message["last_error"] == "HTTP 500"
