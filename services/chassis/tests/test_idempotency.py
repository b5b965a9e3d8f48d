import asyncio
import json
import uuid
from datetime import timedelta

import httpx
import pytest
from fastapi import Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from chassis.db import utcnow
from chassis.idempotency import Idempotency, RequestInFlight, claim, purge, request_hash
from chassis.testing import auth_header

from .conftest import IdempotencyRecord, Transfer, TransferOut

URL = "/api/v1/demo/transfers"
BANK = auth_header("bank_officer", bank_id=uuid.uuid4())


def keyed(key: str, caller: dict[str, str] = BANK) -> dict[str, str]:
    return {**caller, "Idempotency-Key": key}


def new_transfer(**extra: object) -> dict[str, object]:
    return {"reference": uuid.uuid4().hex[:12], "amount": 100, **extra}


async def applications(sessions: async_sessionmaker[AsyncSession], reference: object) -> int:
    async with sessions() as session:
        return int(await session.scalar(select(func.count()).where(Transfer.reference == reference)) or 0)


async def test_a_retry_replays_the_stored_response_and_applies_once(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    first = await client.post(URL, json=body, headers=keyed(key))
    again = await client.post(URL, json=body, headers=keyed(key))
    assert first.status_code == again.status_code == 201
    assert again.content == first.content
    assert again.json()["note"] == "已入账"
    assert "idempotent-replayed" not in first.headers
    assert again.headers["idempotent-replayed"] == "true"
    assert await applications(sessions, body["reference"]) == 1


async def test_the_same_json_in_another_key_order_is_the_same_request(client: httpx.AsyncClient) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    await client.post(URL, json=body, headers=keyed(key))
    reordered = json.dumps(dict(reversed(list(body.items()))), indent=2)
    again = await client.post(URL, content=reordered, headers={**keyed(key), "content-type": "application/json"})
    assert again.headers["idempotent-replayed"] == "true"


async def test_a_quoted_key_is_the_same_key_as_a_bare_one(client: httpx.AsyncClient) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    await client.post(URL, json=body, headers=keyed(f'"{key}"'))
    again = await client.post(URL, json=body, headers=keyed(key))
    assert again.headers["idempotent-replayed"] == "true"


async def test_the_same_key_with_another_body_is_422_and_applies_nothing(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    await client.post(URL, json=body, headers=keyed(key))
    other = await client.post(URL, json={**body, "amount": 999}, headers=keyed(key))
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert other.json()["type"].endswith("/idempotency-key-reused")
    assert await applications(sessions, body["reference"]) == 1


@pytest.mark.parametrize("delay_ms", [0, 150])
async def test_simultaneous_duplicates_apply_once_and_the_rest_wait_or_replay(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession], delay_ms: int
) -> None:
    body, key = new_transfer(delay_ms=delay_ms), str(uuid.uuid4())
    responses = await asyncio.gather(*(client.post(URL, json=body, headers=keyed(key)) for _ in range(10)))
    applied = [r for r in responses if r.status_code == 201 and "idempotent-replayed" not in r.headers]
    replayed = [r for r in responses if r.headers.get("idempotent-replayed") == "true"]
    in_flight = [r for r in responses if r.status_code == 409]
    assert len(applied) == 1
    assert len(applied) + len(replayed) + len(in_flight) == 10
    assert all(r.content == applied[0].content for r in replayed)
    assert all(r.json()["type"].endswith("/idempotency-request-in-flight") for r in in_flight)
    assert await applications(sessions, body["reference"]) == 1
    if delay_ms:
        assert in_flight, "duplicates arriving while the first runs are told it is in progress"


async def test_a_request_in_progress_is_409_with_retry_after(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    body, key = new_transfer(delay_ms=300), str(uuid.uuid4())
    first = asyncio.create_task(client.post(URL, json=body, headers=keyed(key)))
    await asyncio.sleep(0.1)
    during = await client.post(URL, json=body, headers=keyed(key))
    assert during.status_code == 409 and during.headers["retry-after"] == "1"
    assert (await first).status_code == 201


@pytest.mark.parametrize(("fail", "status"), [("crash", 500), ("refuse", 400)])
async def test_a_failed_request_stores_nothing_and_its_key_can_be_retried(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession], fail: str, status: int
) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    failed = await client.post(URL, json={**body, "fail": fail}, headers=keyed(key))
    assert failed.status_code == status
    assert await applications(sessions, body["reference"]) == 0
    retried = await client.post(URL, json=body, headers=keyed(key))
    assert retried.status_code == 201 and "idempotent-replayed" not in retried.headers
    assert await applications(sessions, body["reference"]) == 1


async def test_an_invalid_body_leaves_the_key_free(client: httpx.AsyncClient) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    assert (await client.post(URL, json={**body, "amount": "lots"}, headers=keyed(key))).status_code == 422
    assert (await client.post(URL, json=body, headers=keyed(key))).status_code == 201


async def test_keys_are_scoped_to_the_bank(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    bank_id = uuid.uuid4()
    officer = auth_header("bank_officer", bank_id=bank_id)
    colleague = auth_header("bank_officer", bank_id=bank_id)
    other_bank = auth_header("bank_officer", bank_id=uuid.uuid4())
    body, key = new_transfer(), str(uuid.uuid4())
    assert (await client.post(URL, json=body, headers=keyed(key, officer))).status_code == 201
    shared = await client.post(URL, json=body, headers=keyed(key, colleague))
    assert shared.headers["idempotent-replayed"] == "true"
    independent = await client.post(URL, json=body, headers=keyed(key, other_bank))
    assert independent.status_code == 201 and "idempotent-replayed" not in independent.headers
    assert await applications(sessions, body["reference"]) == 2


async def test_callers_without_a_bank_have_keys_of_their_own(client: httpx.AsyncClient) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    for caller in (auth_header("city_staff"), auth_header("city_staff")):
        response = await client.post(URL, json=body, headers=keyed(key, caller))
        assert response.status_code == 201 and "idempotent-replayed" not in response.headers


async def test_a_missing_key_is_a_422_problem_naming_the_header(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=new_transfer(), headers=BANK)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]


async def test_openapi_documents_the_header_as_required(client: httpx.AsyncClient) -> None:
    operation = (await client.get("/openapi.json")).json()["paths"][URL]["post"]
    header = next(p for p in operation["parameters"] if p["name"] == "Idempotency-Key")
    assert header["in"] == "header" and header["required"] is True


async def test_a_claim_abandoned_past_its_lease_is_taken_over(
    client: httpx.AsyncClient, sessions: async_sessionmaker[AsyncSession]
) -> None:
    body, key = new_transfer(), str(uuid.uuid4())
    fingerprint = request_hash("POST", URL, "", json.dumps(body).encode())
    scope = f"bank:{uuid.UUID(int=0)}"
    bank = auth_header("bank_officer", bank_id=uuid.UUID(int=0))
    await claim(sessions, IdempotencyRecord, scope=scope, key=key, fingerprint=fingerprint,
                now=utcnow() - timedelta(minutes=3))
    taken_over = await client.post(URL, json=body, headers=keyed(key, bank))
    assert taken_over.status_code == 201
    assert await applications(sessions, body["reference"]) == 1


async def test_a_request_whose_claim_was_taken_over_cannot_complete(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    key = str(uuid.uuid4())
    slow = await claim(sessions, IdempotencyRecord, scope="s", key=key, fingerprint="f",
                       now=utcnow() - timedelta(minutes=3))
    await claim(sessions, IdempotencyRecord, scope="s", key=key, fingerprint="f", now=utcnow())
    async with sessions() as session:
        idem = Idempotency(session, Response(), IdempotencyRecord, slow, 201)
        with pytest.raises(RequestInFlight):
            await idem.respond(TransferOut(id=uuid.uuid4(), reference="late", amount=1))


async def test_purge_removes_records_older_than_24_hours(sessions: async_sessionmaker[AsyncSession]) -> None:
    now = utcnow()
    old, recent = str(uuid.uuid4()), str(uuid.uuid4())
    await claim(sessions, IdempotencyRecord, scope="purge", key=old, fingerprint="f", now=now - timedelta(hours=25))
    await claim(sessions, IdempotencyRecord, scope="purge", key=recent, fingerprint="f", now=now - timedelta(hours=23))
    async with sessions() as session, session.begin():
        assert await purge(session, IdempotencyRecord, now=now) >= 1
    async with sessions() as session:
        kept = set(await session.scalars(select(IdempotencyRecord.key).where(IdempotencyRecord.scope == "purge")))
    assert kept == {recent}
