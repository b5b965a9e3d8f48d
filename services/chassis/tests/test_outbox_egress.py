"""The outbox's way out: which addresses it may reach, what it records of a failure, TLS, and sending off."""

import contextlib
import ssl
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from chassis import webhooks
from chassis.egress import EgressRule
from chassis.outbox import check_endpoint_url
from chassis.problems import Unprocessable
from chassis.testing import resolving
from chassis.webhook_receiver import Receiver, serving

from .conftest import outbox
from .outbox_support import PUBLIC, Sessions, add_endpoint, attempts_of, box, enqueue, reload


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
