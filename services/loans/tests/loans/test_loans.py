"""The bank lends and reports repayments; staff and the borrower see the loan, its schedule and arrears."""

from datetime import date
from decimal import Decimal

import httpx

from loans.loans.arrears import arrears_bucket, days_past_due
from loans.repayments.schedule import RepaymentMethod, build_schedule
from tests.factories import API, act, city_staff, contract, county_staff, disbursed, keyed, referred


async def test_the_bank_disburses_and_the_contract_keeps_its_lpr(client: httpx.AsyncClient) -> None:
    pipeline, loan = await disbursed(client)
    assert loan["status"] == "disbursed"
    assert loan["lpr_pct"] == "3.85"  # in force on 2020-05-10
    assert loan["outstanding_principal"] == "200000.00"
    listed = (await client.get(f"{API}/loans", params={"limit": 200}, headers=city_staff().headers)).json()
    assert loan["id"] in {row["id"] for row in listed["items"]}
    mine = (await client.get(f"{API}/loans", headers=pipeline.applicant.headers)).json()
    assert [row["id"] for row in mine["items"]] == [loan["id"]]


async def test_the_application_names_the_loan_lent_on_it(client: httpx.AsyncClient) -> None:
    pipeline = await referred(client)
    url = f"{API}/applications/{pipeline.application_id}"
    assert (await client.get(url, headers=pipeline.bank.headers)).json()["loan_id"] is None
    await act(client, pipeline.application_id, "approve", pipeline.bank)
    lent = await client.post(f"{url}/disburse", json=contract(), headers=keyed(pipeline.bank.headers))
    assert (await client.get(url, headers=pipeline.applicant.headers)).json()["loan_id"] == lent.json()["id"]


async def test_the_schedule_repays_exactly_the_principal(client: httpx.AsyncClient) -> None:
    pipeline, loan = await disbursed(client)
    schedule = (await client.get(f"{API}/loans/{loan['id']}/schedule", headers=pipeline.applicant.headers)).json()
    assert len(schedule["instalments"]) == 36
    assert schedule["total_principal"] == "200000.00"
    assert schedule["instalments"][-1]["outstanding_after"] == "0.00"
    assert schedule["instalments"][0]["due_date"] == "2020-06-10"


async def test_a_disbursement_above_the_request_or_reusing_a_contract_number_is_refused(
    client: httpx.AsyncClient,
) -> None:
    pipeline = await referred(client)
    await act(client, pipeline.application_id, "approve", pipeline.bank)
    too_much = await client.post(
        f"{API}/applications/{pipeline.application_id}/disburse",
        json=contract(principal="250000.00"),
        headers=keyed(pipeline.bank.headers),
    )
    assert too_much.status_code == 422
    bad_dates = await client.post(
        f"{API}/applications/{pipeline.application_id}/disburse",
        json=contract(first_repayment_date="2020-05-01"),
        headers=keyed(pipeline.bank.headers),
    )
    assert bad_dates.status_code == 422
    status = (await client.get(f"{API}/applications/{pipeline.application_id}", headers=pipeline.bank.headers)).json()[
        "status"
    ]
    assert status == "approved"


async def test_repayments_lower_the_balance_and_paying_off_settles(client: httpx.AsyncClient) -> None:
    pipeline, loan = await disbursed(client)
    url = f"{API}/loans/{loan['id']}/repayments"
    first = await client.post(
        url,
        json={"bank_transaction_id": "T-1", "paid_on": "2020-06-10", "principal": "50000.00", "interest": "750.00"},
        headers=keyed(pipeline.bank.headers),
    )
    assert first.status_code == 201, first.text
    detail = (await client.get(f"{API}/loans/{loan['id']}", headers=pipeline.bank.headers)).json()
    assert (detail["status"], detail["outstanding_principal"]) == ("repaying", "150000.00")
    again = await client.post(
        url,
        json={"bank_transaction_id": "T-1", "paid_on": "2020-06-11", "principal": "1.00"},
        headers=keyed(pipeline.bank.headers),
    )
    assert again.status_code == 409
    too_much = await client.post(
        url,
        json={"bank_transaction_id": "T-2", "paid_on": "2020-07-10", "principal": "150000.01"},
        headers=keyed(pipeline.bank.headers),
    )
    assert too_much.status_code == 422
    rest = await client.post(
        url,
        json={"bank_transaction_id": "T-3", "paid_on": "2020-07-10", "principal": "150000.00", "interest": "500.00"},
        headers=keyed(pipeline.bank.headers),
    )
    assert rest.status_code == 201
    detail = (await client.get(f"{API}/loans/{loan['id']}", headers=pipeline.bank.headers)).json()
    assert (detail["status"], detail["outstanding_principal"]) == ("settled", "0.00")
    assert [r["bank_transaction_id"] for r in detail["repayments"]] == ["T-1", "T-3"]


async def test_only_the_lending_bank_reports_repayments(client: httpx.AsyncClient) -> None:
    _, loan = await disbursed(client)
    other, _ = await disbursed(client)
    response = await client.post(
        f"{API}/loans/{loan['id']}/repayments",
        json={"bank_transaction_id": "X", "paid_on": "2020-06-10", "principal": "1.00"},
        headers=keyed(other.bank.headers),
    )
    assert response.status_code == 404


async def test_the_overdue_job_marks_loans_behind_their_schedule_and_city_staff_write_off(
    client: httpx.AsyncClient,
) -> None:
    pipeline, loan = await disbursed(client)
    run = await client.post(f"{API}/overdue/mark", headers=city_staff().headers)
    assert run.status_code == 200 and run.json()["became_overdue"] >= 1
    detail = (await client.get(f"{API}/loans/{loan['id']}", headers=pipeline.bank.headers)).json()
    assert detail["status"] == "overdue" and detail["arrears_bucket"] == "91+"
    assert (
        await client.post(
            f"{API}/loans/{loan['id']}/write-off", json={"reason": "借款人失联"}, headers=county_staff().headers
        )
    ).status_code == 403
    written_off = await client.post(
        f"{API}/loans/{loan['id']}/write-off", json={"reason": "借款人失联"}, headers=city_staff().headers
    )
    assert written_off.status_code == 200 and written_off.json()["status"] == "written_off"


def test_days_past_due_counts_from_the_first_uncovered_instalment() -> None:
    schedule = build_schedule(
        principal=Decimal("12000.00"),
        annual_rate_pct=Decimal("4.35"),
        contract_date=date(2020, 5, 10),
        term_months=12,
        first_repayment_date=date(2020, 6, 10),
        method=RepaymentMethod.equal_principal,
    )
    first = schedule[0].payment
    assert days_past_due(schedule, [], date(2020, 6, 10)) == 0
    assert days_past_due(schedule, [], date(2020, 6, 15)) == 5
    assert days_past_due(schedule, [(date(2020, 6, 10), first)], date(2020, 7, 20)) == 10
    assert days_past_due(schedule, [(date(2020, 6, 10), first * 3)], date(2020, 7, 20)) == 0
    assert [arrears_bucket(d) for d in (0, 1, 30, 31, 90, 91)] == [None, "1-30", "1-30", "31-90", "31-90", "91+"]


async def test_the_ledger_finds_a_loan_by_contract_number(client: httpx.AsyncClient) -> None:
    _, loan = await disbursed(client, contract_number="QY-FIND-ME-0001")
    found = (await client.get(f"{API}/loans", params={"q": "FIND-ME"}, headers=city_staff().headers)).json()
    assert [row["id"] for row in found["items"]] == [loan["id"]]
