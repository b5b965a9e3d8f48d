import asyncio
import json
import uuid
from datetime import timedelta
from decimal import Decimal

import httpx
import pytest
from sqlalchemy import select

from chassis import webhooks
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.outbox import Outbox
from chassis.webhook_receiver import Receiver

from .conftest import DeliveryAttempt, OutboxMessage, WebhookEndpoint, outbox
from .outbox_support import LOCAL, LoanApproved, Sessions, add_endpoint, attempts_of, box, enqueue, reload


async def test_an_event_enqueued_in_a_rolled_back_transaction_is_never_stored(sessions: Sessions) -> None:
    endpoint = await add_endpoint(sessions, "http://127.0.0.1:9/webhooks", webhooks.new_secret(), active=False)
    async with sessions() as session:
        outbox.enqueue(session, endpoint, "loan.approved", {"n": 1})
        await session.flush()
        await session.rollback()
    kept = await enqueue(sessions, endpoint)
    async with sessions() as session:
        stored = list(await session.scalars(select(OutboxMessage.id).where(OutboxMessage.endpoint_id == endpoint.id)))
    assert stored == [kept.id]


async def test_a_due_message_is_posted_signed_and_marked_delivered(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    endpoint = await add_endpoint(sessions, receiver.url, receiver.secret)
    message = await enqueue(sessions, endpoint)
    await outbox.deliver_due(sessions, http, box, rule=LOCAL)
    delivered = await reload(sessions, message)
    assert delivered.status == "delivered" and delivered.attempts == 1 and delivered.delivered_at
    [delivery] = [d for d in receiver.deliveries if d.headers["webhook-id"] == message.webhook_id]
    envelope = json.loads(delivery.body)
    assert envelope["type"] == "loan.approved" and envelope["data"] == message.payload
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status == 204 and attempt.error is None and attempt.duration_ms >= 0


async def test_a_failing_receiver_is_retried_further_and_further_apart(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    receiver.status = 500
    message = await enqueue(sessions, await add_endpoint(sessions, receiver.url, receiver.secret))
    now, gaps = utcnow(), []
    for _ in range(3):
        await outbox.deliver_due(sessions, http, box, now=now, rule=LOCAL)
        message = await reload(sessions, message)
        gaps.append(message.next_attempt_at - now)
        now = message.next_attempt_at
    assert timedelta(seconds=24) <= gaps[0] < gaps[1] < gaps[2]
    assert message.status == "pending" and message.attempts == 3
    assert message.last_error and message.last_error.startswith("HTTP 500")
    assert [a.response_status for a in await attempts_of(sessions, message)] == [500, 500, 500]


async def test_a_message_fails_for_good_after_the_last_attempt(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    receiver.status = 500
    impatient = Outbox(WebhookEndpoint, OutboxMessage, DeliveryAttempt, max_attempts=3,
                       base_delay=timedelta(seconds=1))
    message = await enqueue(sessions, await add_endpoint(sessions, receiver.url, receiver.secret))
    now = utcnow()
    for _ in range(3):
        await impatient.deliver_due(sessions, http, box, now=now, rule=LOCAL)
        message = await reload(sessions, message)
        now = message.next_attempt_at
    await impatient.deliver_due(sessions, http, box, now=now + timedelta(days=1), rule=LOCAL)
    message = await reload(sessions, message)
    assert message.status == "failed" and message.attempts == 3
    assert len(await attempts_of(sessions, message)) == 3


async def test_an_unreachable_receiver_is_a_failed_attempt_with_the_error(
    sessions: Sessions, http: httpx.AsyncClient
) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, "http://127.0.0.1:9/webhooks",
                                                         webhooks.new_secret()))
    await outbox.deliver_due(sessions, http, box, rule=LOCAL)
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status is None and attempt.error == "connection refused"
    assert (await reload(sessions, message)).status == "pending"


async def test_during_a_rotation_both_secrets_sign_and_either_verifies(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    previous = receiver.secret
    endpoint = await add_endpoint(sessions, receiver.url, previous)
    async with sessions() as session, session.begin():
        stored = await session.get_one(WebhookEndpoint, endpoint.id)
        current = stored.rotate_secret(box, now=utcnow())
    message = await enqueue(sessions, endpoint)
    await outbox.deliver_due(sessions, http, box, rule=LOCAL)
    assert (await reload(sessions, message)).status == "delivered"
    [delivery] = [d for d in receiver.deliveries if d.headers["webhook-id"] == message.webhook_id]
    assert len(delivery.headers["webhook-signature"].split(" ")) == 2
    webhooks.verify(current, delivery.body, delivery.headers)
    webhooks.verify(previous, delivery.body, delivery.headers)
    assert stored.signing_secrets(box, utcnow() + timedelta(hours=25)) == [current]


async def test_a_signing_secret_is_stored_encrypted_and_a_new_one_is_returned_once(sessions: Sessions) -> None:
    endpoint = WebhookEndpoint(id=uuid.uuid4(), owner=f"bank:{uuid.uuid4()}", url="https://bank.example/hooks")
    secret = endpoint.new_secret(box)
    async with sessions() as session, session.begin():
        session.add(endpoint)
    async with sessions() as session:
        stored = await session.get_one(WebhookEndpoint, endpoint.id)
    assert secret.startswith("whsec_") and secret not in stored.secret_encrypted
    assert stored.signing_secrets(box, utcnow()) == [secret]
    with pytest.raises(ValueError, match="decrypted"):
        stored.signing_secrets(FieldCipher("another-key"), utcnow())


async def test_messages_for_an_inactive_endpoint_wait(sessions: Sessions, http: httpx.AsyncClient,
                                                      receiver: Receiver) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, receiver.url, receiver.secret, active=False))
    await outbox.deliver_due(sessions, http, box, rule=LOCAL)
    assert (await reload(sessions, message)).attempts == 0


async def test_publish_enqueues_for_every_active_endpoint_of_the_owner(sessions: Sessions) -> None:
    owner = f"bank:{uuid.uuid4()}"
    first = await add_endpoint(sessions, "http://127.0.0.1:9/a", webhooks.new_secret(), owner=owner)
    second = await add_endpoint(sessions, "http://127.0.0.1:9/b", webhooks.new_secret(), owner=owner)
    await add_endpoint(sessions, "http://127.0.0.1:9/c", webhooks.new_secret(), owner=owner, active=False)
    await add_endpoint(sessions, "http://127.0.0.1:9/d", webhooks.new_secret())
    event = LoanApproved(loan_id=uuid.uuid4(), amount=Decimal("28000000"))
    async with sessions() as session:
        messages = await outbox.publish(session, owner=owner, event_type="loan.approved", payload=event)
        await session.rollback()
    assert {m.endpoint_id for m in messages} == {first.id, second.id}
    assert messages[0].payload == {"loan_id": str(event.loan_id), "amount": "28000000.00"}


async def test_two_workers_side_by_side_deliver_each_message_once(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    endpoint = await add_endpoint(sessions, receiver.url, receiver.secret)
    messages = [await enqueue(sessions, endpoint) for _ in range(20)]
    for _ in range(2):
        await asyncio.gather(*(outbox.deliver_due(sessions, http, box, batch=8, rule=LOCAL) for _ in range(3)))
    seen = [d.headers["webhook-id"] for d in receiver.deliveries]
    assert len(seen) == len(set(seen)) == 20
    assert {(await reload(sessions, m)).status for m in messages} == {"delivered"}


async def test_the_background_worker_delivers_until_stopped(sessions: Sessions, receiver: Receiver) -> None:
    endpoint = await add_endpoint(sessions, receiver.url, receiver.secret)
    async with outbox.running(sessions, box, interval_seconds=0.05, rule=LOCAL):
        message = await enqueue(sessions, endpoint)
        for _ in range(100):
            if (await reload(sessions, message)).status == "delivered":
                break
            await asyncio.sleep(0.05)
    assert (await reload(sessions, message)).status == "delivered"


async def test_a_held_message_waits_for_its_sender_who_attempts_it_alone(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    endpoint = await add_endpoint(sessions, receiver.url, receiver.secret)
    due = await enqueue(sessions, endpoint)
    async with sessions() as session, session.begin():
        held = outbox.enqueue(session, endpoint, "test.ping", {"n": 1}, held=True)
    attempt = await outbox.deliver_now(sessions, http, box, held.id, rule=LOCAL)
    assert attempt is not None and attempt.response_status == 204 and attempt.message_id == held.id
    assert [d.headers["webhook-id"] for d in receiver.deliveries] == [held.webhook_id]
    assert (await reload(sessions, due)).attempts == 0
    assert (await reload(sessions, held)).status == "delivered"
    await outbox.deliver_due(sessions, http, box, rule=LOCAL)
    assert sorted(d.headers["webhook-id"] for d in receiver.deliveries) == sorted([held.webhook_id, due.webhook_id])


async def test_a_held_message_is_sent_by_a_worker_when_its_sender_never_does(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    endpoint = await add_endpoint(sessions, receiver.url, receiver.secret)
    async with sessions() as session, session.begin():
        held = outbox.enqueue(session, endpoint, "test.ping", {"n": 1}, held=True)
    await outbox.deliver_due(sessions, http, box, rule=LOCAL)
    assert receiver.deliveries == []
    await outbox.deliver_due(sessions, http, box, now=utcnow() + outbox.lease, rule=LOCAL)
    assert [d.headers["webhook-id"] for d in receiver.deliveries] == [held.webhook_id]


async def test_a_message_of_an_inactive_endpoint_is_not_attempted_now(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    endpoint = await add_endpoint(sessions, receiver.url, receiver.secret, active=False)
    async with sessions() as session, session.begin():
        held = outbox.enqueue(session, endpoint, "test.ping", {"n": 1}, held=True)
    assert await outbox.deliver_now(sessions, http, box, held.id, rule=LOCAL) is None
    assert receiver.deliveries == [] and (await reload(sessions, held)).attempts == 0
