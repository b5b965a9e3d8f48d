"""Banks register an endpoint and receive signed events written in the same transaction as the change."""

import json
import uuid

import httpx
from fastapi import FastAPI

from chassis import webhooks
from chassis.db import utcnow
from chassis.testing import auth_header
from chassis.webhook_receiver import Receiver, serving
from loans.partners.models import WebhookEndpoint, outbox
from tests.factories import API, act, bank_officer, city_staff, new_bank, referred

ENDPOINT = f"{API}/webhooks/endpoint"


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
            while await outbox.deliver_due(app.state.sessionmaker, http, app.state.field_cipher):
                pass
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
            while await outbox.deliver_due(app.state.sessionmaker, http, app.state.field_cipher):
                pass
    assert receiver.deliveries
    for delivery in receiver.deliveries:
        webhooks.verify(new, delivery.body, delivery.headers)


async def test_a_bank_sees_only_its_deliveries_and_county_staff_none(client: httpx.AsyncClient) -> None:
    stranger = bank_officer(await new_bank(client))
    log = (await client.get(f"{API}/webhooks/deliveries", headers=stranger.headers)).json()
    assert log["total"] == 0
    county = auth_header("county_staff", county="441881")
    assert (await client.get(f"{API}/webhooks/deliveries", headers=county)).status_code == 403
