"""Children's records: consent and the age range are required, the ten ones are recorded once each (a phone
may send the same one again), the export is masked, and photos need photo consent."""

import asyncio
import io
from datetime import timedelta

import httpx
from fastapi import FastAPI
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.people import API, CITY, camp_with_volunteer, child_body, today
from volunteers.children.models import Child, TenOneRecord


async def _count(app: FastAPI, model: type) -> int:
    async with app.state.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_bad_children_are_refused_and_nothing_is_written(client: httpx.AsyncClient, app: FastAPI) -> None:
    camp, _, _ = await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    before = await _count(app, Child)
    for bad in ({"birth_year": today().year - 2, "birth_month": 1},  # two years old
                {"birth_year": today().year - 19},  # nineteen
                {"consent_records": False},  # no consent
                {"consent_on": (today() + timedelta(days=1)).isoformat()}):
        response = await client.post(f"{API}/children", json=child_body(camp["id"], **bad), headers=CITY)
        assert response.status_code == 422, (bad, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    consent = await client.post(f"{API}/children", json=child_body(camp["id"], consent_records=False), headers=CITY)
    assert "consent" in consent.text
    assert await _count(app, Child) == before


async def test_a_ten_one_is_recorded_once_even_when_the_phone_sends_it_twice(client: httpx.AsyncClient,
                                                                             app: FastAPI) -> None:
    _, me, the_child = await camp_with_volunteer(client, starts=today() - timedelta(days=1),
                                                 ends=today() + timedelta(days=5))
    url = f"{API}/children/{the_child['id']}/ten-ones"
    before = await _count(app, TenOneRecord)
    body = {"item": "home_visit", "on": today().isoformat(), "note": "与奶奶聊了学习情况"}
    first = await client.post(url, json=body, headers={**me, "Idempotency-Key": "visit-1"})
    again = await client.post(url, json=body, headers={**me, "Idempotency-Key": "visit-1"})
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true" and again.json() == first.json()
    assert first.json()["volunteer_name"] == "陈同学"
    # Another attempt (a new key) at the same item: it is already done.
    other = await client.post(url, json=body, headers={**me, "Idempotency-Key": "visit-2"})
    assert other.status_code == 409 and other.json()["reason"] == "already-recorded"
    assert await _count(app, TenOneRecord) == before + 1
    read = (await client.get(f"{API}/children/{the_child['id']}", headers=me)).json()
    assert read["done"] == ["home_visit"] and read["completion"] == 0.1


async def test_bad_ten_ones_are_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    _, me, the_child = await camp_with_volunteer(client, starts=today() - timedelta(days=1),
                                                 ends=today() + timedelta(days=5))
    url = f"{API}/children/{the_child['id']}/ten-ones"
    before = await _count(app, TenOneRecord)
    unknown = await client.post(url, json={"item": "swimming", "on": today().isoformat()},
                                headers={**me, "Idempotency-Key": "a"})
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["loc"][-1] == "item"
    before_camp = await client.post(url, json={"item": "games", "on": (today() - timedelta(days=3)).isoformat()},
                                    headers={**me, "Idempotency-Key": "b"})
    assert before_camp.status_code == 422
    no_key = await client.post(url, json={"item": "games", "on": today().isoformat()}, headers=me)
    assert no_key.status_code == 422
    assert await _count(app, TenOneRecord) == before


async def test_the_export_masks_names_and_drops_guardians(client: httpx.AsyncClient) -> None:
    camp, _, _ = await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    await client.post(f"{API}/children", json=child_body(camp["id"], name="=HYPERLINK(1)"), headers=CITY)
    response = await client.get(f"{API}/children/export.xlsx", params={"camp_id": camp["id"]}, headers=CITY)
    assert response.status_code == 200
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    cells = [str(cell) for row in rows for cell in row if cell is not None]
    assert "张*明" in cells and "张小明" not in cells
    assert not any("13712345678" in cell or "张奶奶" in cell for cell in cells)
    assert not any(cell.startswith("=") for cell in cells)


async def test_photos_need_the_guardians_photo_consent(client: httpx.AsyncClient) -> None:
    camp, me, no_photos = await camp_with_volunteer(client, starts=today(), ends=today() + timedelta(days=5))
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    refused = await client.post(f"{API}/children/{no_photos['id']}/photos", content=png,
                                headers={**me, "content-type": "image/png"})
    assert refused.status_code == 409 and refused.json()["reason"] == "no-photo-consent"
    body = child_body(camp["id"], name="李小红", consent_photos=True)
    with_consent = (await client.post(f"{API}/children", json=body, headers=CITY)).json()
    added = await client.post(f"{API}/children/{with_consent['id']}/photos", content=png,
                              headers={**me, "content-type": "image/png", "x-caption": "%E5%AE%B6%E8%AE%BF"})
    assert added.status_code == 201 and added.json()["caption"] == "家访"
    photo = await client.get(f"{API}/children/{with_consent['id']}/photos/{added.json()['id']}", headers=me)
    assert photo.content == png and photo.headers["content-type"] == "image/png"
    not_an_image = await client.post(f"{API}/children/{with_consent['id']}/photos", content=b"hello",
                                     headers={**me, "content-type": "image/png"})
    assert not_an_image.status_code == 422


async def test_retention_anonymizes_records_long_after_their_camp_and_is_audited(client: httpx.AsyncClient) -> None:
    _, _, old = await camp_with_volunteer(client, starts=today() - timedelta(days=200),
                                          ends=today() - timedelta(days=190))
    _, _, recent = await camp_with_volunteer(client, starts=today() - timedelta(days=20),
                                             ends=today() - timedelta(days=10))
    run = await client.post(f"{API}/retention/runs", json={"on": today().isoformat()}, headers=CITY)
    assert run.status_code == 201 and run.json()["anonymized"] == 1 and run.json()["keep_days"] == 180
    gone = (await client.get(f"{API}/children/{old['id']}", headers=CITY)).json()
    assert gone["anonymized"] and gone["name"] == "（已匿名）" and gone["guardian_phone"] is None
    assert gone["birth_year"] == old["birth_year"] and gone["birth_month"] is None
    assert not (await client.get(f"{API}/children/{recent['id']}", headers=CITY)).json()["anonymized"]
    again = await client.post(f"{API}/retention/runs", json={"on": today().isoformat()}, headers=CITY)
    assert again.json()["anonymized"] == 0
    runs = (await client.get(f"{API}/retention/runs", headers=CITY)).json()
    assert [r["anonymized"] for r in runs] == [0, 1] and runs[0]["actor_name"] == "王市团委"


async def test_a_phone_sending_the_same_item_many_times_at_once_records_it_once(client: httpx.AsyncClient,
                                                                               app: FastAPI) -> None:
    _, me, the_child = await camp_with_volunteer(client, starts=today() - timedelta(days=1),
                                                 ends=today() + timedelta(days=5))
    url = f"{API}/children/{the_child['id']}/ten-ones"
    body = {"item": "red_education", "on": today().isoformat()}
    before = await _count(app, TenOneRecord)
    same_key = await asyncio.gather(*(client.post(url, json=body, headers={**me, "Idempotency-Key": "burst"})
                                      for _ in range(6)))
    # One is applied; the others are its replay, or told it is still in progress (and to retry).
    assert {r.status_code for r in same_key} <= {201, 409}
    created = [r.json() for r in same_key if r.status_code == 201]
    assert created and all(c["id"] == created[0]["id"] for c in created)
    other_keys = await asyncio.gather(*(client.post(url, json=body, headers={**me, "Idempotency-Key": f"k{n}"})
                                        for n in range(4)))
    assert {r.status_code for r in other_keys} == {409}
    assert await _count(app, TenOneRecord) == before + 1
