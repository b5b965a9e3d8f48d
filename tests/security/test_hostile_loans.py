"""Hostile input to the loans service's write routes, and formulas in the claim sheet (the checks:
tests/security/hostile.py). Each write that needs a record to act on makes it through the API first."""

import itertools
import json
import uuid
from datetime import date, timedelta
from typing import Any

import httpx

from chassis.auth.principal import Role
from chassis.identity_numbers import id_card_check_char
from chassis.testing import auth_header, resolving
from tests.security.hostile import (
    FORMULAS,
    NUMBER,
    Call,
    WriteRoute,
    assert_exported_as_text,
    unique,
    write_route_tests,
)
from tests.security.seeded import app_fixtures

API = "/api/v1/loans"
YINGDE = "441881"
app, client = app_fixtures("loans", demo=False)
_serials = itertools.count(1)


def city() -> dict[str, str]:
    return auth_header(Role.city_staff, name="团市委 李敏")


def county() -> dict[str, str]:
    return auth_header(Role.county_staff, county=YINGDE, name="英德团市委 陈志强")


def bank_officer(bank_id: str) -> dict[str, str]:
    return auth_header(Role.bank_officer, bank_id=bank_id, name="合作银行 王芳")


def entrepreneur() -> dict[str, str]:
    return auth_header(Role.entrepreneur, sub=str(uuid.uuid4()), name="创业青年 黄小龙")


def profile(name: str = "黄小龙") -> dict[str, Any]:
    serial = next(_serials)
    first17 = f"{YINGDE}{date(1995, 3, 7) + timedelta(days=serial // 1000):%Y%m%d}{serial % 1000:03d}"
    return {"name": name, "id_card": first17 + id_card_check_char(first17), "mobile": "13812345678",
            "county_code": YINGDE, "town": "连江口镇", "village": "连樟村", "education": "college"}


def bank() -> dict[str, Any]:
    return {"name": unique("测试农商银行"), "bank_type": "rural_commercial", "branches": ["清城支行"]}


_days = itertools.count()


def policy() -> dict[str, Any]:
    starts = date(2099, 1, 1) + timedelta(days=next(_days))
    return {"name": unique("贴息政策"), "effective_from": starts.isoformat(), "principal_cap": "300000.00",
            "spread_bp": NUMBER, "subsidised_term_months": 24, "age_min": 18, "age_max": 40,
            "eligible_uses": ["planting"]}


def fixing() -> dict[str, Any]:
    return {"effective_date": (date(2090, 1, 20) + timedelta(days=next(_days))).isoformat(),
            "lpr_1y_pct": NUMBER, "lpr_5y_pct": "4.65"}


def project() -> dict[str, Any]:
    return {"project_name": unique("英德红茶种植"), "project_use": "planting",
            "project_description": "扩种英德红茶二十亩，建设初制茶厂，带动本村贫困户务工。",
            "project_location": "英德市连江口镇连樟村", "amount_requested": "200000.00", "jobs_created": NUMBER,
            "households_village": "连樟村"}


def contract() -> dict[str, Any]:
    return {"contract_number": unique("PSBC-QY-"), "principal": "200000.00", "annual_rate_pct": "4.35",
            "contract_date": "2020-05-10", "term_months": NUMBER, "first_repayment_date": "2020-06-10",
            "repayment_method": "equal_instalments"}


def repayment() -> dict[str, Any]:
    return {"bank_transaction_id": unique("TX"), "paid_on": "2020-06-10", "principal": "5000.00",
            "interest": NUMBER}


def claim() -> dict[str, Any]:
    return {"year": 2020, "quarter": NUMBER}


async def ok(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json())


async def new_bank(client: httpx.AsyncClient) -> str:
    return str((await ok(await client.post(f"{API}/banks", json=bank(), headers=city()), 201))["id"])


async def with_profile(client: httpx.AsyncClient, name: str = "黄小龙") -> dict[str, str]:
    applicant = entrepreneur()
    await ok(await client.put(f"{API}/borrowers/me", json=profile(name), headers=applicant))
    return applicant


async def approved(client: httpx.AsyncClient, borrower: str = "黄小龙") -> tuple[str, dict[str, str]]:
    """An application a new bank has approved, and that bank's officer."""
    bank_id, applicant = await new_bank(client), await with_profile(client, borrower)
    body = {**project(), "jobs_created": 3}
    application = (await ok(await client.post(f"{API}/applications", json=body, headers=applicant), 201))["id"]
    officer = bank_officer(bank_id)
    for action, who, step in (("submit", applicant, None), ("recommend", county(), None),
                              ("refer", city(), {"bank_id": bank_id}), ("approve", officer, None)):
        await ok(await client.post(f"{API}/applications/{application}/{action}", json=step,
                                   headers={**who, "Idempotency-Key": str(uuid.uuid4())}))
    return application, officer


async def disbursed(client: httpx.AsyncClient, borrower: str = "黄小龙",
                    contract_number: str | None = None) -> tuple[str, dict[str, str]]:
    """A loan a new bank has lent, and that bank's officer."""
    application, officer = await approved(client, borrower)
    body = {**contract(), "term_months": 36, **({"contract_number": contract_number} if contract_number else {})}
    loan = await ok(await client.post(f"{API}/applications/{application}/disburse", json=body,
                                      headers={**officer, "Idempotency-Key": str(uuid.uuid4())}), 201)
    return str(loan["id"]), officer


async def an_applicant(client: httpx.AsyncClient) -> Call:
    return Call(f"{API}/applications", await with_profile(client))


async def an_approved_application(client: httpx.AsyncClient) -> Call:
    application, officer = await approved(client)
    return Call(f"{API}/applications/{application}/disburse", officer)


async def a_loan(client: httpx.AsyncClient) -> Call:
    loan, officer = await disbursed(client)
    return Call(f"{API}/loans/{loan}/repayments", officer)


async def a_loan_to_claim_for(client: httpx.AsyncClient) -> Call:
    loan, officer = await disbursed(client)
    return Call(f"{API}/claims", officer, {"lines": [{"loan_id": loan, "interest_paid": "1450.00"}]})


ROUTES = [
    WriteRoute("add a bank", "POST", f"{API}/banks", "partner_bank", bank, headers=city, names=["name"]),
    WriteRoute("add a policy version", "POST", f"{API}/policies", "policy_version", policy, headers=city,
               number="spread_bp", names=["name"]),
    WriteRoute("add an LPR fixing", "POST", f"{API}/lpr", "lpr_fixing", fixing, headers=city, number="lpr_1y_pct"),
    WriteRoute("save a borrower's profile", "PUT", f"{API}/borrowers/me", "borrower", profile, headers=entrepreneur,
               names=["name", "town", "village"], status=200),
    WriteRoute("start an application", "POST", f"{API}/applications", "loan_application", project,
               prepare=an_applicant, number="jobs_created",
               names=["project_name", "project_description", "project_location", "households_village"]),
    WriteRoute("disburse a loan", "POST", "(an approved application)/disburse", "loan", contract,
               prepare=an_approved_application, number="term_months", names=["contract_number"]),
    WriteRoute("record a repayment", "POST", "(a loan)/repayments", "repayment", repayment, prepare=a_loan,
               number="interest", names=["bank_transaction_id"]),
    WriteRoute("file a claim", "POST", f"{API}/claims", "subsidy_claim", claim, prepare=a_loan_to_claim_for,
               number="quarter", valid_number="2"),
]
(test_the_valid_body_is_taken, test_an_unparsable_body_is_refused_and_nothing_written,
 test_a_control_character_in_a_name_is_refused_and_nothing_written,
 test_sql_in_a_name_is_stored_as_the_text_it_is) = write_route_tests(ROUTES)


async def test_formulas_are_stored_as_typed_and_the_claim_sheet_writes_them_as_text(
        client: httpx.AsyncClient) -> None:
    """A borrower's name, a bank's contract number, a reviewer's reason and the treasury's voucher: whoever
    typed them, the reviewer's Excel shows them as text and runs none of them."""
    borrower, contract_number, reason, voucher = FORMULAS
    loan, officer = await disbursed(client, borrower, contract_number)
    assert (await ok(await client.get(f"{API}/loans/{loan}", headers=city())))["contract_number"] == contract_number
    filing = {"year": 2020, "quarter": 2, "lines": [{"loan_id": loan, "interest_paid": "1450.00"}]}
    claim_id = (await ok(await client.post(f"{API}/claims", json=filing,
                                           headers={**officer, "Idempotency-Key": str(uuid.uuid4())}), 201))["id"]
    line = (await ok(await client.get(f"{API}/claims/{claim_id}/lines", headers=city())))["items"][0]
    assert (line["contract_number"], line["borrower_name"]) == (contract_number, borrower)
    decided = await ok(await client.post(f"{API}/claims/{claim_id}/lines/{line['id']}/decision",
                                         json={"decision": "rejected", "reason": reason}, headers=city()))
    assert decided["reason"] == reason
    await ok(await client.post(f"{API}/claims/{claim_id}/approve", headers=city()))
    paid = await ok(await client.post(f"{API}/claims/{claim_id}/pay", json={"voucher_number": voucher},
                                      headers=city()))
    assert paid["voucher_number"] == voucher
    sheet = await client.get(f"{API}/claims/{claim_id}/export.xlsx", headers=city())
    assert sheet.status_code == 200, sheet.text
    assert_exported_as_text(sheet.content, FORMULAS)


async def test_a_test_event_is_no_way_into_the_cluster(client: httpx.AsyncClient) -> None:
    """A bank sends its test event when it likes: an endpoint whose name now resolves to the cloud's metadata
    address gets no request, and the answer names the rule it broke, never the address."""
    officer = bank_officer(await new_bank(client))
    with resolving({"bank.example": ["93.184.216.34"]}) as dns:
        await ok(await client.put(f"{API}/webhooks/endpoint", json={"url": "https://bank.example/hooks"},
                                  headers=officer), 201)
        dns["bank.example"] = ["169.254.169.254"]
        sent = await ok(await client.post(f"{API}/webhooks/endpoint/test", headers=officer), 201)
    assert sent["attempt"]["response_status"] is None and sent["attempt"]["error"].startswith("refused: ")
    assert "169.254" not in json.dumps(sent)
