"""What another service may read of a seller: its id, name and county, nothing more (no contact)."""

import uuid

import httpx

from chassis.testing import auth_header
from tests.factories import API, LIANZHOU, YINGDE, county_staff, new_seller

URL = f"{API}/references/sellers"


def service(scope: str = "loans products") -> dict[str, str]:
    return auth_header("service", client_id=str(uuid.uuid4()), scope=scope)


async def test_a_service_client_reads_a_sellers_name(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client)
    response = await client.get(f"{URL}/{seller['id']}", headers=service())
    assert response.status_code == 200, response.text
    assert response.json() == {"id": seller["id"], "name": seller["name"], "county_code": YINGDE}


async def test_county_staff_read_their_countys_sellers_only(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client, admitted=False)
    assert (await client.get(f"{URL}/{seller['id']}", headers=county_staff(YINGDE).headers)).status_code == 200
    assert (await client.get(f"{URL}/{seller['id']}", headers=county_staff(LIANZHOU).headers)).status_code == 404


async def test_others_may_not_and_an_unknown_seller_is_404(client: httpx.AsyncClient) -> None:
    _, seller = await new_seller(client)
    for role in ("entrepreneur", "buyer", "volunteer"):
        assert (await client.get(f"{URL}/{seller['id']}", headers=auth_header(role))).status_code == 403
    assert (await client.get(f"{URL}/{seller['id']}", headers=service(scope="loans"))).status_code == 403
    assert (await client.get(f"{URL}/{uuid.uuid4()}", headers=service())).status_code == 404
