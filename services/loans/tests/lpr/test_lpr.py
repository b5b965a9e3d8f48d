import httpx

from chassis.testing import auth_header

URL = "/api/v1/loans/lpr"
ANYONE = auth_header("entrepreneur")


async def test_the_published_history_is_loaded_newest_first(client: httpx.AsyncClient) -> None:
    page = (await client.get(URL, params={"limit": 200}, headers=ANYONE)).json()
    dates = [f["effective_date"] for f in page["items"]]
    assert dates[-1] == "2019-08-20"
    assert dates == sorted(dates, reverse=True)
    first = page["items"][-1]
    assert (first["lpr_1y_pct"], first["lpr_5y_pct"]) == ("4.25", "4.85")


async def test_the_fixing_in_force_is_the_latest_on_or_before_the_date(client: httpx.AsyncClient) -> None:
    cases = {"2020-04-19": "4.05", "2020-04-20": "3.85", "2020-05-10": "3.85", "2025-06-01": "3.00"}
    for day, expected in cases.items():
        fixing = (await client.get(f"{URL}/in-force", params={"on": day}, headers=ANYONE)).json()
        assert fixing["lpr_1y_pct"] == expected, day


async def test_no_fixing_before_the_reform(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{URL}/in-force", params={"on": "2019-01-01"}, headers=ANYONE)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


async def test_city_staff_record_a_new_fixing(client: httpx.AsyncClient) -> None:
    body = {"effective_date": "2031-01-20", "lpr_1y_pct": "2.90", "lpr_5y_pct": "3.40"}
    created = await client.post(URL, json=body, headers=auth_header("city_staff"))
    assert created.status_code == 201, created.text
    assert created.json()["lpr_1y_pct"] == "2.90"
    again = await client.post(URL, json=body, headers=auth_header("city_staff"))
    assert again.status_code == 409


async def test_bad_rates_are_refused(client: httpx.AsyncClient) -> None:
    city = auth_header("city_staff")
    for rate in ("-1.00", "3.855", "abc", "25.00"):
        body = {"effective_date": "2032-01-20", "lpr_1y_pct": rate, "lpr_5y_pct": "3.40"}
        response = await client.post(URL, json=body, headers=city)
        assert response.status_code == 422, rate
        assert response.json()["errors"][0]["loc"] == ["body", "lpr_1y_pct"]


async def test_only_city_staff_record_fixings(client: httpx.AsyncClient) -> None:
    body = {"effective_date": "2033-01-20", "lpr_1y_pct": "2.90", "lpr_5y_pct": "3.40"}
    response = await client.post(URL, json=body, headers=auth_header("county_staff", county="441881"))
    assert response.status_code == 403
