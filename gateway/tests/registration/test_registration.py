import asyncio
import random
import re
import uuid

import httpx
from fastapi import FastAPI
from sqlalchemy import update

from chassis.db import utcnow
from chassis.testing import app_client
from gateway.config import Settings
from gateway.main import create_app
from gateway.registration.models import Registration
from tests.helpers import STRONG_PASSWORD, bearer, client_from, count_events, sent_codes, token_pair

REGISTER = "/api/v1/auth/registrations"


def new_mobile() -> str:
    return f"139{random.randrange(10**8):08d}"


def last_code(app: FastAPI, mobile: str) -> str:
    text = next(text for to, text in reversed(sent_codes(app).sent) if to == mobile)
    found = re.search(r"\d{6}", text)
    assert found, text
    return found.group()


async def start(client: httpx.AsyncClient, mobile: str, role: str = "entrepreneur") -> str:
    response = await client.post(REGISTER, json={"mobile": mobile, "role": role, "display_name": "创业青年 周"})
    assert response.status_code == 202, response.text
    assert response.json()["expires_in"] == 600
    return str(response.json()["id"])


async def test_registration_with_the_code_makes_an_account_and_logs_in(client: httpx.AsyncClient,
                                                                       app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile, role="volunteer")
    response = await client.post(f"{REGISTER}/{registration}/confirm",
                                 json={"code": last_code(app, mobile), "password": STRONG_PASSWORD})
    assert response.status_code == 201
    me = (await client.get("/api/v1/auth/me", headers=bearer(response.json()["access_token"]))).json()
    assert me["role"] == "volunteer"
    assert me["mobile_masked"] == mobile[:3] + "****" + mobile[-4:]
    # From now on the mobile number is the login.
    await token_pair(client, mobile, STRONG_PASSWORD)


async def test_a_code_confirms_once(client: httpx.AsyncClient, app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    body = {"code": last_code(app, mobile), "password": STRONG_PASSWORD}
    assert (await client.post(f"{REGISTER}/{registration}/confirm", json=body)).status_code == 201
    assert (await client.post(f"{REGISTER}/{registration}/confirm", json=body)).status_code == 400


async def test_a_wrong_code_is_refused_and_five_wrong_codes_end_the_registration(client: httpx.AsyncClient,
                                                                                app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    code = last_code(app, mobile)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    before = await count_events(app, "registration_code_failed")
    for _ in range(5):
        response = await client.post(f"{REGISTER}/{registration}/confirm",
                                     json={"code": wrong, "password": STRONG_PASSWORD})
        assert response.status_code == 400 and response.json()["type"].endswith("/invalid-code")
    assert await count_events(app, "registration_code_failed") == before + 5
    late = await client.post(f"{REGISTER}/{registration}/confirm", json={"code": code, "password": STRONG_PASSWORD})
    assert late.status_code == 400


async def test_guesses_sent_side_by_side_get_five_tries_between_them(client: httpx.AsyncClient,
                                                                    app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    code = last_code(app, mobile)
    guesses = [f"{(int(code) + n) % 10**6:06d}" for n in range(1, 21)]
    before = await count_events(app, "registration_code_failed")
    answers = await asyncio.gather(*(client.post(f"{REGISTER}/{registration}/confirm",
                                                 json={"code": guess, "password": STRONG_PASSWORD})
                                     for guess in guesses))
    assert {answer.status_code for answer in answers} == {400}
    assert await count_events(app, "registration_code_failed") == before + 5  # five compared, fifteen not
    late = await client.post(f"{REGISTER}/{registration}/confirm", json={"code": code, "password": STRONG_PASSWORD})
    assert late.status_code == 400


async def test_the_right_code_sent_twice_at_once_makes_one_account(client: httpx.AsyncClient, app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    body = {"code": last_code(app, mobile), "password": STRONG_PASSWORD}
    answers = await asyncio.gather(*(client.post(f"{REGISTER}/{registration}/confirm", json=body) for _ in range(4)))
    assert sorted(answer.status_code for answer in answers) == [201, 400, 400, 400]


async def test_an_expired_code_is_refused(client: httpx.AsyncClient, app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(update(Registration).where(Registration.id == uuid.UUID(registration))
                              .values(expires_at=utcnow()))
    response = await client.post(f"{REGISTER}/{registration}/confirm",
                                 json={"code": last_code(app, mobile), "password": STRONG_PASSWORD})
    assert response.status_code == 400


async def test_the_codes_are_stored_hashed(client: httpx.AsyncClient, app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    async with app.state.sessionmaker() as session:
        row = await session.get(Registration, uuid.UUID(registration))
    assert row is not None
    assert last_code(app, mobile) not in row.code_hash and len(row.code_hash) == 64
    assert mobile not in row.mobile_encrypted


async def test_a_weak_password_is_refused_and_the_code_still_works(client: httpx.AsyncClient, app: FastAPI) -> None:
    mobile = new_mobile()
    registration = await start(client, mobile)
    code = last_code(app, mobile)
    weak = await client.post(f"{REGISTER}/{registration}/confirm", json={"code": code, "password": mobile})
    assert weak.status_code == 422 and weak.json()["type"].endswith("/weak-password")
    short = await client.post(f"{REGISTER}/{registration}/confirm", json={"code": code, "password": "Ab1!"})
    assert short.status_code == 422
    good = await client.post(f"{REGISTER}/{registration}/confirm", json={"code": code, "password": STRONG_PASSWORD})
    assert good.status_code == 201


async def test_only_entrepreneurs_buyers_and_volunteers_register(client: httpx.AsyncClient) -> None:
    for body in ({"role": "admin"}, {"role": "bank_officer"}, {"role": "entrepreneur", "county_code": "441881"},
                 {"role": "buyer", "bank_id": str(uuid.uuid4())}):
        response = await client.post(REGISTER, json={"mobile": new_mobile(), "display_name": "x", **body})
        assert response.status_code == 422, body


async def test_a_bad_mobile_number_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post(REGISTER, json={"mobile": "12345", "role": "buyer", "display_name": "x"})
    assert response.status_code == 422


async def test_a_number_gets_one_code_a_minute(app: FastAPI, client: httpx.AsyncClient) -> None:
    mobile = new_mobile()
    await start(client, mobile)
    async with client_from(app) as elsewhere:
        again = await elsewhere.post(REGISTER, json={"mobile": mobile, "role": "buyer", "display_name": "x"})
    assert again.status_code == 429 and int(again.headers["retry-after"]) > 0


async def test_a_registered_number_is_told_so_and_the_caller_cannot_tell(client: httpx.AsyncClient,
                                                                          app: FastAPI) -> None:
    mobile = new_mobile()
    first = await start(client, mobile)
    await client.post(f"{REGISTER}/{first}/confirm", json={"code": last_code(app, mobile), "password": STRONG_PASSWORD})
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(update(Registration).where(Registration.id == uuid.UUID(first))
                              .values(created_at=utcnow().replace(year=2020)))
    second = await start(client, mobile)
    assert "已注册" in sent_codes(app).sent[-1][1]
    assert not re.search(r"\d{6}", sent_codes(app).sent[-1][1])
    refused = await client.post(f"{REGISTER}/{second}/confirm", json={"code": "000000", "password": STRONG_PASSWORD})
    assert refused.status_code == 400


async def test_one_address_starts_only_a_few_registrations(settings: Settings) -> None:
    tight = settings.model_copy(update={"registration_per_address": (2, 0.0001)})
    async with app_client(create_app(tight)) as client:
        codes = [(await client.post(REGISTER, json={"mobile": new_mobile(), "role": "buyer", "display_name": "x"}))
                 .status_code for _ in range(3)]
    assert codes == [202, 202, 429]
