import uuid
from datetime import timedelta

import httpx

from chassis.testing import auth_header
from chassis.timezone import business_today
from tests.factories import API, new_product

CITY = auth_header("city_staff")


async def test_a_product_reads_back_every_field_its_creation_takes(client: httpx.AsyncClient) -> None:
    cert = {"cert_type": "green_food", "number": "LB-2", "issuer": "中国绿色食品发展中心",
            "expires_on": (business_today() + timedelta(days=100)).isoformat()}
    body = {"name": f"测试冻品{uuid.uuid4().hex[:8]}", "category": "meat", "county_code": "441882", "unit": "kg",
            "season_months": [1], "brand": True, "storage_class": "frozen", "shelf_life_days": 180,
            "description": "冷冻保存", "certifications": [cert]}
    product = await new_product(client, **body)
    for name, value in body.items():
        if name != "certifications":
            assert product[name] == value, name
    assert product["certifications"][0] | cert == product["certifications"][0]


async def test_storage_class_and_shelf_life_default_to_ambient_and_30_days(client: httpx.AsyncClient) -> None:
    body = {"name": f"默认特产{uuid.uuid4().hex[:8]}", "category": "tea", "county_code": "441881", "unit": "盒",
            "season_months": [4]}
    product = (await client.post(f"{API}/products", json=body, headers=CITY)).json()
    assert (product["storage_class"], product["shelf_life_days"]) == ("ambient", 30)


async def test_a_shelf_life_out_of_range_is_refused(client: httpx.AsyncClient) -> None:
    for shelf_life in (0, 3651):
        body = {"name": "保质期特产", "category": "tea", "county_code": "441881", "unit": "盒", "season_months": [4],
                "shelf_life_days": shelf_life}
        response = await client.post(f"{API}/products", json=body, headers=CITY)
        assert response.status_code == 422
        assert response.json()["errors"][0]["loc"] == ["body", "shelf_life_days"]


async def test_an_expired_certificate_reads_as_expired(client: httpx.AsyncClient) -> None:
    yesterday = (business_today() - timedelta(days=1)).isoformat()
    certs = [{"cert_type": "organic", "number": "O-OLD", "issuer": "某认证机构", "expires_on": yesterday},
             {"cert_type": "geographical_indication", "number": "GI-9", "issuer": "国家知识产权局"}]
    product = await new_product(client, certifications=certs)
    expired = {c["number"]: c["expired"] for c in product["certifications"]}
    assert expired == {"O-OLD": True, "GI-9": False}
