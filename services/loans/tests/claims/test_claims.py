"""A bank files a quarter's claim; the service computes each line; staff review, approve and pay it."""

import io
from datetime import date
from decimal import Decimal

import httpx
from openpyxl import load_workbook

from chassis.testing import auth_header
from loans.claims.service import quarter_bounds
from tests.factories import API, city_staff, county_staff, disbursed, keyed, new_bank

CLAIMS = f"{API}/claims"


async def two_loans_at_one_bank(client: httpx.AsyncClient) -> tuple[dict[str, str], str, str]:
    bank_id = await new_bank(client)
    first, loan_a = await disbursed(client, bank_id=bank_id)
    _, loan_b = await disbursed(client, bank_id=bank_id)
    return first.bank.headers, str(loan_a["id"]), str(loan_b["id"])


async def file(client: httpx.AsyncClient, bank: dict[str, str], lines: list[tuple[str, str]],
               year: int = 2020, quarter: int = 3) -> httpx.Response:
    body = {"year": year, "quarter": quarter,
            "lines": [{"loan_id": loan_id, "interest_paid": paid} for loan_id, paid in lines]}
    return await client.post(CLAIMS, json=body, headers=keyed(bank))


def test_quarters_have_their_calendar_bounds() -> None:
    assert quarter_bounds(2020, 1) == (date(2020, 1, 1), date(2020, 3, 31))
    assert quarter_bounds(2020, 4) == (date(2020, 10, 1), date(2020, 12, 31))


async def test_each_line_is_computed_from_the_loans_own_records(client: httpx.AsyncClient) -> None:
    bank, loan_a, loan_b = await two_loans_at_one_bank(client)
    filed = await file(client, bank, [(loan_a, "2000.00"), (loan_b, "3000.00")])
    assert filed.status_code == 201, filed.text
    claim = filed.json()
    assert (claim["status"], claim["line_count"], claim["pending_lines"]) == ("filed", 2, 2)
    lines = {line["loan_id"]: line for line in
             (await client.get(f"{CLAIMS}/{claim['id']}/lines", headers=bank)).json()["items"]}
    # 200,000.00 under the cap; 2020-07-01..09-30 is 92 days at 3.85 % + 1.20 %:
    # cap = 200000 x 5.05 % x 92 / 360 = 2581.11; the contract's 4.35 % allows 2223.33.
    a = lines[loan_a]
    assert (a["days"], a["eligible_principal"], a["cap_amount"]) == (92, "200000.00", "2581.11")
    assert (a["subsidy"], a["contract_interest"], a["flagged_excess"]) == ("2000.00", "2223.33", False)
    b = lines[loan_b]
    assert (b["subsidy"], b["flagged_excess"]) == ("2581.11", True)
    assert claim["computed_subsidy"] == "4581.11" and claim["flagged_lines"] == 1


async def test_lines_for_another_banks_loans_are_refused_and_nothing_is_filed(client: httpx.AsyncClient) -> None:
    bank, loan_a, _ = await two_loans_at_one_bank(client)
    _, stranger = await disbursed(client)
    refused = await file(client, bank, [(loan_a, "100.00"), (str(stranger["id"]), "100.00")])
    assert refused.status_code == 422
    assert refused.json()["unknown_loans"] == [str(stranger["id"])]
    assert (await file(client, bank, [(loan_a, "100.00")])).status_code == 201


async def test_a_quarter_is_claimed_once_and_only_after_it_ends(client: httpx.AsyncClient) -> None:
    bank, loan_a, _ = await two_loans_at_one_bank(client)
    assert (await file(client, bank, [(loan_a, "100.00")], quarter=4)).status_code == 201
    assert (await file(client, bank, [(loan_a, "100.00")], quarter=4)).status_code == 409
    assert (await file(client, bank, [(loan_a, "100.00")], year=2099)).status_code == 422


async def test_bad_claims_are_422(client: httpx.AsyncClient) -> None:
    bank, loan_a, _ = await two_loans_at_one_bank(client)
    for lines, quarter in (([(loan_a, "-1.00")], 3), ([(loan_a, "1.00"), (loan_a, "2.00")], 3),
                           ([(loan_a, "1.00")], 5), ([], 3)):
        assert (await file(client, bank, lines, quarter=quarter)).status_code == 422


async def test_review_approve_and_pay_then_the_borrower_sees_the_subsidy(client: httpx.AsyncClient) -> None:
    bank, loan_a, loan_b = await two_loans_at_one_bank(client)
    claim = (await file(client, bank, [(loan_a, "2000.00"), (loan_b, "3000.00")], quarter=4)).json()
    city = city_staff().headers
    assert (await client.post(f"{CLAIMS}/{claim['id']}/approve", headers=city)).status_code == 409
    bulk = await client.post(f"{CLAIMS}/{claim['id']}/lines/approve-unflagged", headers=city)
    assert bulk.json() == {"approved": 1}
    flagged = (await client.get(f"{CLAIMS}/{claim['id']}/lines", params={"flagged": True}, headers=city)).json()
    line_id = flagged["items"][0]["id"]
    decision = f"{CLAIMS}/{claim['id']}/lines/{line_id}/decision"
    assert (await client.post(decision, json={"decision": "rejected"}, headers=city)).status_code == 422
    rejected = await client.post(decision, json={"decision": "rejected", "reason": "利息超出合同约定"}, headers=city)
    assert rejected.json()["decision"] == "rejected"
    approved = (await client.post(f"{CLAIMS}/{claim['id']}/approve", headers=city)).json()
    assert approved["status"] == "approved"
    assert approved["approved_subsidy"] == "2000.00"
    assert (await client.post(decision, json={"decision": "approved"}, headers=city)).status_code == 409
    paid = (await client.post(f"{CLAIMS}/{claim['id']}/pay", json={"voucher_number": "QYGK-2021-000123"},
                              headers=city)).json()
    assert (paid["status"], paid["voucher_number"]) == ("paid", "QYGK-2021-000123")
    loan = (await client.get(f"{API}/loans/{loan_a}", headers=bank)).json()
    assert Decimal(loan["subsidy_received"]) == Decimal("2000.00")


async def test_the_claim_sheet_exports_every_line_and_the_totals(client: httpx.AsyncClient) -> None:
    bank, loan_a, loan_b = await two_loans_at_one_bank(client)
    claim = (await file(client, bank, [(loan_a, "2000.00"), (loan_b, "3000.00")])).json()
    response = await client.get(f"{CLAIMS}/{claim['id']}/export.xlsx", headers=city_staff().headers)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0].startswith("合同编号")
    assert len(rows) == 2 + 2 + 1
    assert rows[-1][0] == "合计 Total" and Decimal(str(rows[-1][6])) == Decimal("4581.11")


async def test_what_banks_and_staff_typed_reaches_the_sheet_as_text_not_formulas(client: httpx.AsyncClient) -> None:
    bank_id = await new_bank(client)
    pipeline, loan = await disbursed(client, bank_id=bank_id, contract_number='=HYPERLINK("http://evil.example","x")')
    claim = (await file(client, pipeline.bank.headers, [(str(loan["id"]), "5000.00")])).json()
    lines = (await client.get(f"{CLAIMS}/{claim['id']}/lines", headers=city_staff().headers)).json()["items"]
    decision = f"{CLAIMS}/{claim['id']}/lines/{lines[0]['id']}/decision"
    await client.post(decision, json={"decision": "rejected", "reason": "@SUM(1+1)*cmd"}, headers=city_staff().headers)
    response = await client.get(f"{CLAIMS}/{claim['id']}/export.xlsx", headers=city_staff().headers)
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    line = next(sheet.iter_rows(min_row=3, max_row=3))
    assert (line[0].data_type, line[0].value) == ("s", '\'=HYPERLINK("http://evil.example","x")')
    assert (line[10].data_type, line[10].value) == ("s", "'@SUM(1+1)*cmd")


async def test_banks_see_only_their_claims_and_county_staff_none(client: httpx.AsyncClient) -> None:
    bank, loan_a, _ = await two_loans_at_one_bank(client)
    claim = (await file(client, bank, [(loan_a, "100.00")])).json()
    other_bank = auth_header("bank_officer", bank_id=await new_bank(client))
    assert (await client.get(f"{CLAIMS}/{claim['id']}", headers=other_bank)).status_code == 404
    assert (await client.get(CLAIMS, headers=other_bank)).json()["total"] == 0
    assert (await client.get(CLAIMS, headers=county_staff().headers)).status_code == 403
    assert (await client.post(f"{CLAIMS}/{claim['id']}/approve", headers=bank)).status_code == 403
