import asyncio
import contextlib
import json
import ssl
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis import webhooks
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.egress import EgressRule
from chassis.money import Money
from chassis.outbox import Outbox, check_endpoint_url
from chassis.problems import Unprocessable
from chassis.testing import resolving
from chassis.webhook_receiver import Receiver, serving

from .conftest import DeliveryAttempt, OutboxMessage, WebhookEndpoint, outbox

Sessions = async_sessionmaker[AsyncSession]
box = FieldCipher("test-webhook-secrets")
LOCAL = EgressRule(allow_http=True, allow_private=True)  # the receivers of these tests listen on loopback
PUBLIC = "93.184.216.34"


class LoanApproved(BaseModel):
    loan_id: uuid.UUID
    amount: Money


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with serving(Receiver(secret=webhooks.new_secret())) as receiver:
        yield receiver


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


async def add_endpoint(sessions: Sessions, url: str, secret: str, *, owner: str | None = None,
                       active: bool = True) -> WebhookEndpoint:
    async with sessions() as session, session.begin():
        endpoint = WebhookEndpoint(id=uuid.uuid4(), owner=owner or f"bank:{uuid.uuid4()}", url=url,
                                   secret_encrypted=box.encrypt(secret), active=active)
        session.add(endpoint)
    return endpoint


async def enqueue(sessions: Sessions, endpoint: WebhookEndpoint) -> OutboxMessage:
    async with sessions() as session, session.begin():
        return outbox.enqueue(session, endpoint, "loan.approved", {"loan_id": str(uuid.uuid4()), "amount": "1.00"})


async def reload(sessions: Sessions, message: OutboxMessage) -> OutboxMessage:
    async with sessions() as session:
        return await session.get_one(OutboxMessage, message.id)


async def attempts_of(sessions: Sessions, message: OutboxMessage) -> list[DeliveryAttempt]:
    async with sessions() as session:
        return list(await session.scalars(
            select(DeliveryAttempt).where(DeliveryAttempt.message_id == message.id)
            .order_by(DeliveryAttempt.attempted_at)))


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


@contextlib.asynccontextmanager
async def bank_answering(status: int, *, body: bytes = b"",
                         headers: dict[str, str] | None = None,
                         ) -> AsyncIterator[tuple[list[httpx.Request], httpx.AsyncClient]]:
    """A bank's server as a transport: answers every request alike and keeps what it saw. The client would
    follow redirects if the outbox let it."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=body, headers=headers)

    async with httpx.AsyncClient(transport=httpx.MockTransport(answer), follow_redirects=True) as client:
        yield seen, client


async def test_a_delivery_connects_to_the_address_checked_under_the_endpoints_name(sessions: Sessions) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, "https://bank.example/hooks", webhooks.new_secret()))
    with resolving({"bank.example": [PUBLIC]}):
        async with bank_answering(204) as (seen, client):
            await outbox.deliver_due(sessions, client, box)
    [request] = seen
    assert request.url == f"https://{PUBLIC}/hooks" and request.headers["host"] == "bank.example"
    assert request.extensions["sni_hostname"] == "bank.example"
    assert (await reload(sessions, message)).status == "delivered"


async def test_a_name_that_now_resolves_to_a_private_address_is_refused_without_a_request(
        sessions: Sessions) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, "https://bank.example/hooks", webhooks.new_secret()))
    with resolving({"bank.example": ["10.0.0.5"]}):  # it was public when registered: DNS rebinding
        async with bank_answering(204) as (seen, client):
            await outbox.deliver_due(sessions, client, box)
    assert seen == []
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status is None and attempt.error and attempt.error.startswith("refused: ")
    assert "non-public" in attempt.error and "10.0.0.5" not in attempt.error
    assert (await reload(sessions, message)).status == "pending"


async def test_a_redirect_is_not_followed_and_is_a_failed_attempt(sessions: Sessions) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, "https://bank.example/hooks", webhooks.new_secret()))
    with resolving({"bank.example": [PUBLIC]}):
        async with bank_answering(307, headers={"location": "http://169.254.169.254/latest/"}) as (seen, client):
            await outbox.deliver_due(sessions, client, box)
    assert len(seen) == 1
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status == 307 and attempt.error == "HTTP 307"
    assert (await reload(sessions, message)).status == "pending"


async def test_the_response_body_is_never_recorded(sessions: Sessions) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, "https://bank.example/hooks", webhooks.new_secret()))
    with resolving({"bank.example": [PUBLIC]}):
        async with bank_answering(500, body=b"Traceback: db password=hunter2") as (_, client):
            await outbox.deliver_due(sessions, client, box)
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status == 500 and attempt.error == "HTTP 500"
    assert (await reload(sessions, message)).last_error == "HTTP 500"


@pytest.mark.parametrize(("error", "recorded"), [
    (httpx.ReadTimeout("timed out reading from 10.0.3.4"), "timeout"),
    (httpx.RemoteProtocolError("illegal header from upstream redis"), "protocol error"),
    (httpx.ReadError("connection reset by 10.0.3.4"), "connection lost"),
])
async def test_a_failed_request_is_recorded_as_its_kind_never_its_text(
        sessions: Sessions, error: httpx.HTTPError, recorded: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error

    message = await enqueue(sessions, await add_endpoint(sessions, "https://bank.example/hooks", webhooks.new_secret()))
    with resolving({"bank.example": [PUBLIC]}):
        async with httpx.AsyncClient(transport=httpx.MockTransport(fail)) as client:
            await outbox.deliver_due(sessions, client, box)
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status is None and attempt.error == recorded


def certificate_for(name: str, folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for `name` and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(hours=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


async def test_tls_is_checked_against_the_endpoints_name_while_connecting_to_the_checked_address(
        sessions: Sessions, tmp_path: Path) -> None:
    cert_file, key_file = certificate_for("bank.test", tmp_path)
    trusting = ssl.create_default_context(cafile=str(cert_file))
    https_only = EgressRule(allow_private=True)  # the receiver is on loopback, but TLS is checked as in production
    with serving(Receiver(secret=webhooks.new_secret()), tls=(cert_file, key_file)) as receiver, \
            resolving({"bank.test": ["127.0.0.1"], "impostor.test": ["127.0.0.1"]}):
        port = httpx.URL(receiver.url).port
        bank = await add_endpoint(sessions, f"https://bank.test:{port}/webhooks", receiver.secret)
        impostor = await add_endpoint(sessions, f"https://impostor.test:{port}/webhooks", receiver.secret)
        # One client for both, as the worker keeps one: a connection it made and checked for bank.test, to
        # the same address, must not carry impostor.test's request.
        async with httpx.AsyncClient(verify=trusting) as client:
            right = await enqueue(sessions, bank)
            await outbox.deliver_due(sessions, client, box, rule=https_only)
            wrong = await enqueue(sessions, impostor)
            await outbox.deliver_due(sessions, client, box, rule=https_only)
    assert (await reload(sessions, right)).status == "delivered"
    assert [d.headers["host"] for d in receiver.deliveries] == [f"bank.test:{port}"]
    [refused] = await attempts_of(sessions, wrong)
    assert refused.response_status is None and refused.error == "TLS handshake failed"


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


async def test_registration_takes_a_name_that_does_not_resolve_yet_but_no_private_one() -> None:
    with resolving({"not-yet.example": [], "intranet.example": ["10.0.0.7"]}):
        await check_endpoint_url("https://not-yet.example/hooks", EgressRule())
        with pytest.raises(Unprocessable, match="non-public"):
            await check_endpoint_url("https://intranet.example/hooks", EgressRule())


async def test_with_sending_off_an_attempt_is_refused_and_nothing_reaches_the_receiver(
    sessions: Sessions, http: httpx.AsyncClient, receiver: Receiver
) -> None:
    message = await enqueue(sessions, await add_endpoint(sessions, receiver.url, receiver.secret))
    await outbox.deliver_due(sessions, http, box, rule=EgressRule(allow_http=True, allow_private=True, send=False))
    [attempt] = await attempts_of(sessions, message)
    assert attempt.response_status is None and (attempt.error or "").startswith("refused: sending is turned off")
    assert receiver.deliveries == []
    assert (await reload(sessions, message)).status == "pending"  # retried like any failed attempt
