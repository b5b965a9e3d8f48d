import uuid

import httpx

from chassis.testing import auth_header

URL = "/api/v1/loans/subsidy/quote"
BANK = auth_header("bank_officer", bank_id=uuid.uuid4())
# The worked example of the domain notes (see test_calculator.py for the arithmetic).
EXAMPLE = {"principal": "600000.00", "contract_date": "2020-05-10", "period_start": "2020-07-01",
           "period_end": "2020-09-30", "interest_paid": "8000.00",
           "principal_repayments": [{"date": "2020-08-01", "amount": "100000.00"}], "term_months": 36}


async def test_a_bank_quotes_the_worked_example(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=EXAMPLE, headers=BANK)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "lpr_pct": "3.85", "cap_rate_pct": "5.05", "eligible_principal": "500000.00", "days": 92,
        "cap_amount": "6452.78", "subsidy": "6452.78", "capped": True, "subsidised_term_months": 36,
        "segments": [
            {"first_date": "2020-07-01", "last_date": "2020-07-31", "principal": "500000.00", "days": 31},
            {"first_date": "2020-08-01", "last_date": "2020-09-30", "principal": "500000.00", "days": 61},
        ],
        "policy": {"effective_from": "2020-01-01", "principal_cap": "500000.00", "spread_bp": 120,
                   "subsidised_term_months": 36},
    }


async def test_staff_may_quote_too(client: httpx.AsyncClient) -> None:
    for header in (auth_header("city_staff"), auth_header("county_staff", county="441881")):
        assert (await client.post(URL, json=EXAMPLE, headers=header)).status_code == 200


async def test_repayments_and_term_are_optional(client: httpx.AsyncClient) -> None:
    body = {k: v for k, v in EXAMPLE.items() if k not in ("principal_repayments", "term_months")}
    quote = (await client.post(URL, json=body, headers=BANK)).json()
    assert (quote["eligible_principal"], quote["subsidy"]) == ("500000.00", "6452.78")


async def test_a_shorter_loan_term_limits_the_subsidised_days(client: httpx.AsyncClient) -> None:
    # A 2-month loan from 2020-05-10: its term ends 2020-07-10, so 1-9 July, 9 days at 500,000:
    # 500,000 x 5.05 x 9 / 36,000 = 631.25
    quote = (await client.post(URL, json={**EXAMPLE, "term_months": 2}, headers=BANK)).json()
    assert (quote["days"], quote["subsidy"], quote["subsidised_term_months"]) == (9, "631.25", 2)
    assert quote["segments"] == [
        {"first_date": "2020-07-01", "last_date": "2020-07-09", "principal": "500000.00", "days": 9}]


async def test_a_period_ending_before_it_starts_is_a_422_problem(client: httpx.AsyncClient) -> None:
    body = {**EXAMPLE, "period_start": "2020-09-30", "period_end": "2020-07-01"}
    response = await client.post(URL, json=body, headers=BANK)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "period_end" in response.json()["errors"][0]["msg"]


async def test_unknown_fields_are_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json={**EXAMPLE, "subsidy": "99999.00"}, headers=BANK)
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "subsidy"]
    repayment = {"date": "2020-08-01", "amount": "1.00", "approved": True}
    response = await client.post(URL, json={**EXAMPLE, "principal_repayments": [repayment]}, headers=BANK)
    assert response.json()["errors"][0]["loc"] == ["body", "principal_repayments", 0, "approved"]


async def test_negative_or_unbounded_amounts_are_refused(client: httpx.AsyncClient) -> None:
    for field, amount in (("interest_paid", "-1.00"), ("principal", "0.00"), ("principal", "100000000.01"),
                          ("interest_paid", "1.005")):
        response = await client.post(URL, json={**EXAMPLE, field: amount}, headers=BANK)
        assert response.status_code == 422, (field, amount)
        assert response.json()["errors"][0]["loc"] == ["body", field]
    negative = [{"date": "2020-08-01", "amount": "-100000.00"}]
    response = await client.post(URL, json={**EXAMPLE, "principal_repayments": negative}, headers=BANK)
    assert response.status_code == 422


async def test_repayments_must_fall_within_the_loan(client: httpx.AsyncClient) -> None:
    early = [{"date": "2020-05-09", "amount": "1.00"}]
    too_much = [{"date": "2020-08-01", "amount": "400000.00"}, {"date": "2020-09-01", "amount": "200000.01"}]
    for repayments in (early, too_much):
        response = await client.post(URL, json={**EXAMPLE, "principal_repayments": repayments}, headers=BANK)
        assert response.status_code == 422, repayments


async def test_entrepreneurs_may_not_quote(client: httpx.AsyncClient) -> None:
    response = await client.post(URL, json=EXAMPLE, headers=auth_header("entrepreneur"))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"


async def test_without_a_token_the_answer_is_401(client: httpx.AsyncClient) -> None:
    assert (await client.post(URL, json=EXAMPLE)).status_code == 401


async def test_no_lpr_before_the_reform_is_a_404_problem(client: httpx.AsyncClient) -> None:
    body = {**EXAMPLE, "contract_date": "2019-08-19", "principal_repayments": []}
    response = await client.post(URL, json=body, headers=BANK)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "LPR" in response.json()["detail"]


async def test_no_policy_before_2020_is_a_404_problem(client: httpx.AsyncClient) -> None:
    body = {**EXAMPLE, "contract_date": "2019-12-31", "principal_repayments": []}
    response = await client.post(URL, json=body, headers=BANK)
    assert response.status_code == 404
    assert "policy" in response.json()["detail"]
