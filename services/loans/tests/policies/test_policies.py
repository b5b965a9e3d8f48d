"""Dated subsidy policy versions: city staff add them; a loan keeps the version of its contract date."""

from decimal import Decimal

import httpx

from chassis.testing import auth_header
from tests.factories import API, city_staff, county_staff

POLICIES = f"{API}/policies"


def version(**overrides: object) -> dict[str, object]:
    return {"name": "2099年贴息政策（测试）", "effective_from": "2099-01-01", "principal_cap": "300000.00",
            "spread_bp": 50, "subsidised_term_months": 24, "age_min": 18, "age_max": 40,
            "eligible_uses": ["planting", "homestay"], **overrides}


async def test_anyone_signed_in_reads_the_versions_newest_first(client: httpx.AsyncClient) -> None:
    listed = (await client.get(POLICIES, headers=auth_header("entrepreneur"))).json()
    dates = [p["effective_from"] for p in listed["items"]]
    assert "2020-01-01" in dates
    assert dates == sorted(dates, reverse=True)


async def test_a_later_version_governs_loans_contracted_after_it_and_not_before(client: httpx.AsyncClient) -> None:
    added = await client.post(POLICIES, json=version(), headers=city_staff().headers)
    assert added.status_code == 201, added.text
    same_day = await client.post(POLICIES, json=version(name="同日另一版本"), headers=city_staff().headers)
    assert same_day.status_code == 409
    quote = {"principal": "600000.00", "period_start": "2099-04-01", "period_end": "2099-06-30",
             "interest_paid": "90000.00"}
    bank = auth_header("bank_officer")
    later = (await client.post(f"{API}/subsidy/quote", json={**quote, "contract_date": "2099-03-01"},
                               headers=bank)).json()
    assert later["policy"]["effective_from"] == "2099-01-01"
    assert later["eligible_principal"] == "300000.00"
    assert Decimal(later["cap_rate_pct"]) == Decimal(later["lpr_pct"]) + Decimal("0.50")
    earlier = (await client.post(f"{API}/subsidy/quote", json={**quote, "contract_date": "2098-12-31"},
                                 headers=bank)).json()
    assert earlier["policy"]["effective_from"] == "2020-01-01"


async def test_only_city_staff_add_a_version(client: httpx.AsyncClient) -> None:
    for header in (county_staff().headers, auth_header("bank_officer"), auth_header("entrepreneur")):
        response = await client.post(POLICIES, json=version(effective_from="2098-01-01"), headers=header)
        assert response.status_code == 403


async def test_a_version_that_contradicts_itself_is_a_422(client: httpx.AsyncClient) -> None:
    for bad in ({"age_min": 40, "age_max": 30}, {"effective_to": "2097-01-01", "effective_from": "2097-06-01"},
                {"eligible_uses": []}, {"eligible_uses": ["gambling"]}, {"spread_bp": -1}, {"status": "active"}):
        response = await client.post(POLICIES, json=version(**{"effective_from": "2097-01-01", **bad}),
                                     headers=city_staff().headers)
        assert response.status_code == 422, bad
