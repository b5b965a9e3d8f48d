import httpx

from chassis.testing import auth_header


async def test_stats_count_the_records(client: httpx.AsyncClient) -> None:
    stats = (await client.get("/api/v1/loans/stats", headers=auth_header("city_staff"))).json()
    figures = {f["key"]: f["value"] for f in stats["figures"]}
    lpr = (await client.get("/api/v1/loans/lpr", headers=auth_header("city_staff"))).json()
    banks = (await client.get("/api/v1/loans/banks", headers=auth_header("city_staff"))).json()
    assert figures["lpr_fixings"] == str(lpr["total"])
    assert figures["partner_banks"] == str(banks["total"])
    assert len(stats["by_county"]) == 8


async def test_stats_are_for_staff(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/loans/stats", headers=auth_header("entrepreneur"))
    assert response.status_code == 403
