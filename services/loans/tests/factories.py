"""Builders for tests: people with tokens, a borrower profile, an application moved to any state."""

import itertools
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

import httpx

from chassis.identity_numbers import id_card_check_char
from chassis.testing import auth_header

YINGDE = "441881"
LIANZHOU = "441882"
API = "/api/v1/loans"


_serials = itertools.count(uuid.uuid4().int % 500)


def id_card(born: date = date(1995, 3, 7), county: str = YINGDE) -> str:
    """A valid, unique number: the serial walks a thousand per birth day, then moves the day on."""
    serial = next(_serials)
    born = born + timedelta(days=serial // 1000)
    first17 = f"{county}{born:%Y%m%d}{serial % 1000:03d}"
    return first17 + id_card_check_char(first17)


@dataclass
class Person:
    headers: dict[str, str]
    subject: str = field(default_factory=lambda: str(uuid.uuid4()))


def entrepreneur() -> Person:
    subject = str(uuid.uuid4())
    return Person(auth_header("entrepreneur", sub=subject, name="创业青年 黄小龙"), subject)


def county_staff(county: str = YINGDE) -> Person:
    subject = str(uuid.uuid4())
    return Person(auth_header("county_staff", sub=subject, county=county, name="县团委 陈志强"), subject)


def city_staff() -> Person:
    subject = str(uuid.uuid4())
    return Person(auth_header("city_staff", sub=subject, name="团市委 李敏"), subject)


def bank_officer(bank_id: str) -> Person:
    return Person(auth_header("bank_officer", bank_id=bank_id, name="合作银行 王芳"))


def profile(county: str = YINGDE, born: date = date(1995, 3, 7)) -> dict[str, object]:
    return {"name": "黄小龙", "id_card": id_card(born, county), "mobile": "13812345678", "county_code": county,
            "town": "连江口镇", "village": "连樟村", "poor_household": False, "education": "college"}


def project(**overrides: object) -> dict[str, object]:
    return {"project_name": "连樟村英德红茶种植", "project_use": "planting",
            "project_description": "扩种英德红茶二十亩，建设初制茶厂，带动本村贫困户务工。",
            "project_location": "英德市连江口镇连樟村", "amount_requested": "200000.00", "jobs_created": 6,
            "poor_households_driven": 4, "households_village": "连樟村", "epidemic_affected": True,
            "demonstration": True, **overrides}


async def new_bank(client: httpx.AsyncClient) -> str:
    body = {"name": f"测试农商银行{uuid.uuid4().hex[:8]}", "bank_type": "rural_commercial", "branches": []}
    response = await client.post(f"{API}/banks", json=body, headers=city_staff().headers)
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def draft(client: httpx.AsyncClient, applicant: Person, county: str = YINGDE,
                **overrides: object) -> dict[str, object]:
    saved = await client.put(f"{API}/borrowers/me", json=profile(county), headers=applicant.headers)
    assert saved.status_code == 200, saved.text
    created = await client.post(f"{API}/applications", json=project(**overrides), headers=applicant.headers)
    assert created.status_code == 201, created.text
    return dict(created.json())


def keyed(headers: dict[str, str]) -> dict[str, str]:
    """A bank's write: a fresh Idempotency-Key, as a bank's system sends one per operation."""
    return {**headers, "Idempotency-Key": str(uuid.uuid4())}


async def act(client: httpx.AsyncClient, application_id: object, action: str, who: Person,
              body: dict[str, object] | None = None, expect: int = 200) -> dict[str, object]:
    response = await client.post(f"{API}/applications/{application_id}/{action}", json=body,
                                 headers=keyed(who.headers))
    assert response.status_code == expect, response.text
    return dict(response.json())


@dataclass
class Pipeline:
    """An application taken to `referred`, with everyone who touched it."""

    application_id: str
    applicant: Person
    county: Person
    city: Person
    bank: Person
    bank_id: str


async def referred(client: httpx.AsyncClient, county_code: str = YINGDE, bank_id: str | None = None,
                   **overrides: object) -> Pipeline:
    applicant, county, city = entrepreneur(), county_staff(county_code), city_staff()
    bank_id = bank_id or await new_bank(client)
    application = await draft(client, applicant, county_code, **overrides)
    await act(client, application["id"], "submit", applicant)
    await act(client, application["id"], "recommend", county)
    await act(client, application["id"], "refer", city, {"bank_id": bank_id})
    return Pipeline(str(application["id"]), applicant, county, city, bank_officer(bank_id), bank_id)


def contract(**overrides: object) -> dict[str, object]:
    return {"contract_number": f"PSBC-QY-{uuid.uuid4().hex[:10]}", "principal": "200000.00",
            "annual_rate_pct": "4.35", "contract_date": "2020-05-10", "term_months": 36,
            "first_repayment_date": "2020-06-10", "repayment_method": "equal_instalments", **overrides}


async def disbursed(client: httpx.AsyncClient, bank_id: str | None = None,
                    **overrides: object) -> tuple[Pipeline, dict[str, object]]:
    pipeline = await referred(client, bank_id=bank_id)
    await act(client, pipeline.application_id, "approve", pipeline.bank)
    response = await client.post(f"{API}/applications/{pipeline.application_id}/disburse",
                                 json=contract(**overrides), headers=keyed(pipeline.bank.headers))
    assert response.status_code == 201, response.text
    return pipeline, dict(response.json())
