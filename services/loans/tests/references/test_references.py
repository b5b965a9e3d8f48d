"""What another service may read of a loan: its id, the project's name and county, nothing more."""

import uuid

import httpx

from chassis.testing import auth_header
from tests.factories import API, LIANZHOU, YINGDE, disbursed, project

URL = f"{API}/references/loans"


def service(scope: str = "loans products") -> dict[str, str]:
    return auth_header("service", client_id=str(uuid.uuid4()), scope=scope)


async def test_a_service_client_reads_a_loans_project_name(client: httpx.AsyncClient) -> None:
    _, loan = await disbursed(client)
    response = await client.get(f"{URL}/{loan['id']}", headers=service())
    assert response.status_code == 200, response.text
    assert response.json() == {"id": loan["id"], "name": project()["project_name"], "county_code": YINGDE}


async def test_county_staff_read_their_countys_loans_only(client: httpx.AsyncClient) -> None:
    _, loan = await disbursed(client)
    assert (await client.get(f"{URL}/{loan['id']}", headers=auth_header("county_staff", county=YINGDE))
            ).status_code == 200
    assert (await client.get(f"{URL}/{loan['id']}", headers=auth_header("county_staff", county=LIANZHOU))
            ).status_code == 404


async def test_others_may_not_and_an_unknown_loan_is_404(client: httpx.AsyncClient) -> None:
    _, loan = await disbursed(client)
    for role in ("entrepreneur", "bank_officer", "volunteer"):
        assert (await client.get(f"{URL}/{loan['id']}", headers=auth_header(role))).status_code == 403
    assert (await client.get(f"{URL}/{loan['id']}", headers=service(scope="products"))).status_code == 403
    assert (await client.get(f"{URL}/{uuid.uuid4()}", headers=service())).status_code == 404
