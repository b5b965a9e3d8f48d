"""A bank's system retries: the same key and body is applied once; concurrent duplicates too."""

import asyncio
import uuid

import httpx

from tests.factories import API, act, disbursed, keyed, referred


async def test_a_retried_disbursement_replays_the_first_answer(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client)
    await act(client, pipeline.application_id, "approve", pipeline.bank)
    headers = keyed(pipeline.bank.headers)
    body = {"contract_number": f"C-{uuid.uuid4().hex[:8]}", "principal": "100000.00", "annual_rate_pct": "4.35",
            "contract_date": "2020-06-01", "term_months": 24, "first_repayment_date": "2020-07-01",
            "repayment_method": "equal_principal"}
    url = f"{API}/applications/{pipeline.application_id}/disburse"
    first = await client.post(url, json=body, headers=headers)
    again = await client.post(url, json=body, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    changed = await client.post(url, json={**body, "principal": "90000.00"}, headers=headers)
    assert changed.status_code == 422
    loans = (await client.get(f"{API}/loans", headers=pipeline.applicant.headers)).json()
    assert loans["total"] == 1


async def test_a_missing_key_is_refused_before_anything_changes(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client)
    response = await client.post(f"{API}/applications/{pipeline.application_id}/approve",
                                 headers=pipeline.bank.headers)
    assert response.status_code == 422
    status = (await client.get(f"{API}/applications/{pipeline.application_id}",
                               headers=pipeline.bank.headers)).json()["status"]
    assert status == "referred"


async def test_concurrent_duplicate_repayments_are_applied_once(client: httpx.AsyncClient) -> None:
    pipeline, loan = await disbursed(client)
    headers = keyed(pipeline.bank.headers)
    body = {"bank_transaction_id": f"T-{uuid.uuid4().hex[:8]}", "paid_on": "2020-06-10",
            "principal": "10000.00", "interest": "700.00"}
    url = f"{API}/loans/{loan['id']}/repayments"
    answers = await asyncio.gather(*(client.post(url, json=body, headers=headers) for _ in range(8)))
    statuses = sorted(a.status_code for a in answers)
    assert statuses.count(201) >= 1 and set(statuses) <= {201, 409}
    detail = (await client.get(f"{API}/loans/{loan['id']}", headers=pipeline.bank.headers)).json()
    assert detail["outstanding_principal"] == "190000.00"
    assert len(detail["repayments"]) == 1


async def test_keys_belong_to_one_bank(client: httpx.AsyncClient) -> None:
    first, loan_a = await disbursed(client)
    second, loan_b = await disbursed(client)
    key = str(uuid.uuid4())
    body = {"bank_transaction_id": "SHARED-KEY", "paid_on": "2020-06-10", "principal": "1000.00"}
    a = await client.post(f"{API}/loans/{loan_a['id']}/repayments", json=body,
                          headers={**first.bank.headers, "Idempotency-Key": key})
    b = await client.post(f"{API}/loans/{loan_b['id']}/repayments", json=body,
                          headers={**second.bank.headers, "Idempotency-Key": key})
    assert a.status_code == b.status_code == 201
    assert "idempotent-replayed" not in b.headers
