"""A bank sends itself a signed test.ping through the outbox and sees at once what its endpoint answered."""

import json
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from chassis import webhooks
from chassis.auth.principal import Role
from chassis.db import utcnow
from chassis.egress import EgressRule
from chassis.problems import PROBLEM_MEDIA_TYPE
from chassis.testing import auth_header, resolving
from chassis.webhook_receiver import Receiver, serving
from loans.partners import service
from loans.partners.models import OutboxMessage, outbox
from tests.factories import API, Person, bank_officer, city_staff, new_bank, referred

ENDPOINT = f"{API}/webhooks/endpoint"
TEST = f"{ENDPOINT}/test"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """The bank's endpoint on loopback; it verifies each signature with `secret` (401 if it fails)."""
    with serving(Receiver(secret="")) as receiver:
        yield receiver


async def registered(client: httpx.AsyncClient, receiver: Receiver, *, bank_id: str | None = None) -> Person:
    """A new bank's officer, with `receiver` registered as the bank's endpoint and given its secret."""
    officer = bank_officer(bank_id or await new_bank(client))
    created = await client.put(ENDPOINT, json={"url": receiver.url}, headers=officer.headers)
    assert created.status_code == 201, created.text
    receiver.secret = created.json()["secret"]
    return officer


async def test_the_endpoint_gets_one_signed_ping_and_the_answer_shows_its_2xx(
        client: httpx.AsyncClient, receiver: Receiver) -> None:
    officer = await registered(client, receiver)
    sent = await client.post(TEST, headers=officer.headers)
    assert sent.status_code == 201, sent.text
    [delivery] = receiver.deliveries
    webhooks.verify(receiver.secret, delivery.body, delivery.headers)
    body = json.loads(delivery.body)
    endpoint = (await client.get(ENDPOINT, headers=officer.headers)).json()
    assert body["type"] == "test.ping" and body["data"]["endpoint_id"] == endpoint["id"]
    answer = sent.json()
    assert answer["message"]["webhook_id"] == delivery.headers["webhook-id"]
    assert answer["message"]["status"] == "delivered" and answer["message"]["attempts"] == 1
    assert answer["attempt"]["response_status"] == 204 and answer["attempt"]["error"] is None
    assert answer["attempt"]["duration_ms"] >= 0


async def test_the_ping_is_in_the_delivery_log(client: httpx.AsyncClient, receiver: Receiver) -> None:
    officer = await registered(client, receiver)
    sent = (await client.post(TEST, headers=officer.headers)).json()
    log = (await client.get(f"{API}/webhooks/deliveries", params={"event_type": "test.ping"},
                            headers=officer.headers)).json()
    assert [(m["id"], m["status"]) for m in log["items"]] == [(sent["message"]["id"], "delivered")]


async def test_a_banks_system_sends_itself_a_ping_too(client: httpx.AsyncClient, receiver: Receiver) -> None:
    bank_id = await new_bank(client)
    await registered(client, receiver, bank_id=bank_id)
    system = auth_header(Role.bank_officer, bank_id=bank_id, client_id=str(uuid.uuid4()), scope="loans")
    assert (await client.post(TEST, headers=system)).status_code == 201
    assert len(receiver.deliveries) == 1


async def test_no_other_pending_event_is_sent_early(client: httpx.AsyncClient, receiver: Receiver) -> None:
    bank_id = await new_bank(client)
    officer = await registered(client, receiver, bank_id=bank_id)
    await referred(client, bank_id=bank_id)  # an application.referred waits in the outbox
    assert (await client.post(TEST, headers=officer.headers)).status_code == 201
    assert [json.loads(d.body)["type"] for d in receiver.deliveries] == ["test.ping"]
    waiting = (await client.get(f"{API}/webhooks/deliveries", params={"event_type": "application.referred"},
                                headers=officer.headers)).json()["items"]
    assert [(m["status"], m["attempts"]) for m in waiting] == [("pending", 0)]


async def test_a_refusing_endpoint_shows_its_status_and_the_ping_is_retried_later(
        client: httpx.AsyncClient, receiver: Receiver) -> None:
    officer = await registered(client, receiver)
    receiver.status = 503
    answer = (await client.post(TEST, headers=officer.headers)).json()
    assert answer["attempt"]["response_status"] == 503 and answer["attempt"]["error"] == "HTTP 503"
    message = answer["message"]
    assert message["status"] == "pending" and message["last_error"] == "HTTP 503"
    assert datetime.fromisoformat(message["next_attempt_at"]) > utcnow()


async def test_an_endpoint_that_is_not_listening_shows_the_kind_of_failure(client: httpx.AsyncClient) -> None:
    with serving(Receiver(secret="")) as gone:
        pass  # its port is closed again
    officer = await registered(client, gone)
    answer = await client.post(TEST, headers=officer.headers)
    assert answer.status_code == 201
    attempt = answer.json()["attempt"]
    assert attempt["response_status"] is None and attempt["error"] == "connection refused"


async def test_an_endpoint_the_egress_rule_refuses_gets_no_request(
        app: FastAPI, client: httpx.AsyncClient) -> None:
    officer = bank_officer(await new_bank(client))
    with resolving({"bank.example": ["93.184.216.34"]}) as dns:
        await client.put(ENDPOINT, json={"url": "https://bank.example/hooks"}, headers=officer.headers)
        dns["bank.example"] = ["10.0.0.5"]
        settings = app.state.settings
        app.state.settings = settings.model_copy(update={"webhook_allow_private": False})
        try:
            answer = (await client.post(TEST, headers=officer.headers)).json()
        finally:
            app.state.settings = settings
    assert answer["attempt"]["response_status"] is None
    assert answer["attempt"]["error"].startswith("refused: its host is at a non-public address")


async def test_without_an_endpoint_it_is_404(client: httpx.AsyncClient) -> None:
    officer = bank_officer(await new_bank(client))
    refused = await client.post(TEST, headers=officer.headers)
    assert refused.status_code == 404 and refused.headers["content-type"] == PROBLEM_MEDIA_TYPE


async def test_an_inactive_endpoint_is_409_and_gets_nothing(client: httpx.AsyncClient, receiver: Receiver) -> None:
    officer = await registered(client, receiver)
    await client.put(ENDPOINT, json={"url": receiver.url, "active": False}, headers=officer.headers)
    refused = await client.post(TEST, headers=officer.headers)
    assert refused.status_code == 409 and refused.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert receiver.deliveries == []
    log = (await client.get(f"{API}/webhooks/deliveries", headers=officer.headers)).json()
    assert log["total"] == 0


async def test_a_ping_not_attempted_in_time_is_202_and_a_worker_sends_it_later(
        app: FastAPI, client: httpx.AsyncClient, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    officer = await registered(client, receiver)
    monkeypatch.setattr(service, "TEST_EVENT_WAIT_SECONDS", 0)
    accepted = await client.post(TEST, headers=officer.headers)
    assert accepted.status_code == 202 and accepted.json()["attempt"] is None
    assert receiver.deliveries == []
    message_id = uuid.UUID(accepted.json()["message"]["id"])
    async with httpx.AsyncClient() as http:
        rule = EgressRule.of(app.state.settings)
        await outbox.deliver_due(app.state.sessionmaker, http, app.state.field_cipher, rule=rule)
        assert receiver.deliveries == []  # held for the request that gave up waiting
        async with app.state.sessionmaker() as session, session.begin():  # until the hold ends
            await session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id)
                                  .values(next_attempt_at=utcnow() - timedelta(seconds=1)))
        await outbox.deliver_due(app.state.sessionmaker, http, app.state.field_cipher, rule=rule)
    assert [d.headers["webhook-id"] for d in receiver.deliveries] == [accepted.json()["message"]["webhook_id"]]


async def test_each_attempt_is_listed_for_the_bank_and_city_staff_only(
        client: httpx.AsyncClient, receiver: Receiver) -> None:
    officer = await registered(client, receiver)
    receiver.status = 500
    sent = (await client.post(TEST, headers=officer.headers)).json()
    attempts = f"{API}/webhooks/deliveries/{sent['message']['id']}/attempts"
    listed = (await client.get(attempts, headers=officer.headers)).json()
    assert listed == [sent["attempt"]] and listed[0]["error"] == "HTTP 500"
    assert (await client.get(attempts, headers=city_staff().headers)).json() == listed
    stranger = bank_officer(await new_bank(client))
    assert (await client.get(attempts, headers=stranger.headers)).status_code == 404


async def test_a_name_that_does_not_resolve_yet_is_taken_and_the_ping_says_so(client: httpx.AsyncClient) -> None:
    officer = bank_officer(await new_bank(client))
    with resolving({"hooks.bank.example": []}):
        created = await client.put(ENDPOINT, json={"url": "https://hooks.bank.example/xiangqing"},
                                   headers=officer.headers)
        assert created.status_code == 201, created.text
        attempt = (await client.post(TEST, headers=officer.headers)).json()["attempt"]
    assert attempt["error"] == "refused: its host name does not resolve" and attempt["response_status"] is None
