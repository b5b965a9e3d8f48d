import httpx

from chassis.testing import auth_header
from tests.factories import API, LIANZHOU, YINGDE, disbursed


def figures(stats: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {f["key"]: f["value"] for f in stats["figures"]}


async def test_stats_count_the_records(client: httpx.AsyncClient) -> None:
    before = (await client.get(f"{API}/stats", headers=auth_header("city_staff"))).json()
    await disbursed(client)
    after = (await client.get(f"{API}/stats", headers=auth_header("city_staff"))).json()
    assert int(figures(after)["loans_disbursed"]) == int(figures(before)["loans_disbursed"]) + 1
    assert int(figures(after)["poor_households_driven"]) == int(figures(before)["poor_households_driven"]) + 4
    banks = (await client.get(f"{API}/banks", headers=auth_header("city_staff"))).json()
    assert figures(after)["partner_banks"] == str(banks["total"])
    assert len(after["by_county"]) == 8
    year_2020 = next(row for row in after["by_year"] if row["key"] == "2020")
    assert year_2020["loans"] >= 1


async def test_county_staff_see_their_county_only(client: httpx.AsyncClient) -> None:
    await disbursed(client)
    yingde = (await client.get(f"{API}/stats", headers=auth_header("county_staff", county=YINGDE))).json()
    assert {row["key"] for row in yingde["by_county_detail"]} <= {YINGDE}
    lianzhou = (await client.get(f"{API}/stats", headers=auth_header("county_staff", county=LIANZHOU))).json()
    assert lianzhou["by_county_detail"] == []


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    for role in ("entrepreneur", "bank_officer", "buyer"):
        assert (await client.get(f"{API}/stats", headers=auth_header(role))).status_code == 403
