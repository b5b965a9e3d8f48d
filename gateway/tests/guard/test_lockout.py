import uuid
from datetime import timedelta

import httpx
from fastapi import FastAPI

from gateway.guard.models import LoginThrottle
from gateway.guard.throttle import LoginPolicy
from tests.helpers import client_from, count_events, new_address, ready_account

TOKEN = "/api/v1/auth/token"


async def attempt(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    return await client.post(TOKEN, data={"username": username, "password": password})


async def let_the_delay_pass(app: FastAPI, *keys: str) -> None:
    """Moves the keys' last failure 40 s into the past: longer than any delay before the lock."""
    async with app.state.sessionmaker() as session, session.begin():
        for key in keys:
            row = await session.get(LoginThrottle, key)
            row.last_failure_at -= timedelta(seconds=40)


def test_the_delay_grows_after_five_failures_and_ten_lock_for_fifteen_minutes() -> None:
    policy = LoginPolicy()
    assert [policy.delay_seconds(n) for n in range(1, 11)] == [0, 0, 0, 0, 2, 4, 8, 16, 32, 900]


def test_an_address_counts_everyone_behind_it_so_waits_later_and_locks_at_fifty() -> None:
    policy = LoginPolicy()
    assert [policy.delay_seconds(n, address=True) for n in (19, 20, 21, 29, 50)] == [0, 2, 4, 900, 900]


def test_an_accounts_failures_from_everywhere_slow_it_for_a_minute_at_most_and_never_lock() -> None:
    policy = LoginPolicy()
    assert [policy.slow_seconds(n) for n in (19, 20, 21, 22, 25, 26, 1000)] == [0, 2, 4, 8, 60, 60, 60]


async def test_after_five_failures_from_one_address_it_waits_even_with_the_right_password(
        client: httpx.AsyncClient, app: FastAPI, admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    async with client_from(app) as attacker:
        for _ in range(5):
            assert (await attempt(attacker, account["username"], "wrong-password")).status_code == 401
        waiting = await attempt(attacker, account["username"], password)
    assert waiting.status_code == 429
    assert 1 <= int(waiting.headers["retry-after"]) <= 2
    assert waiting.json()["type"].endswith("/too-many-attempts")
    # The owner, elsewhere, is not made to wait for the attacker's guesses.
    async with client_from(app) as owner:
        assert (await attempt(owner, account["username"], password)).status_code == 200


async def test_ten_failures_from_one_address_lock_it_and_the_lock_does_not_tell_the_password(
        client: httpx.AsyncClient, app: FastAPI, admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    address = new_address()
    async with client_from(app, address) as attacker:
        for _ in range(10):
            assert (await attempt(attacker, account["username"], "wrong-password")).status_code == 401
            await let_the_delay_pass(app, f"account:{account['id']}@{address}")
        right = await attempt(attacker, account["username"], password)
        wrong = await attempt(attacker, account["username"], "wrong-password")
    assert right.status_code == wrong.status_code == 429
    assert right.json()["detail"].split(";")[0] == wrong.json()["detail"].split(";")[0]
    assert 800 < int(right.headers["retry-after"]) <= 900
    assert "access_token" not in right.text
    assert await count_events(app, "login_locked", subject_user_id=uuid.UUID(account["id"])) == 1
    async with client_from(app) as owner:
        assert (await attempt(owner, account["username"], password)).status_code == 200


async def test_failures_from_many_addresses_slow_strangers_alert_and_leave_the_owners_place_working(
        client: httpx.AsyncClient, app: FastAPI, admin_token: str) -> None:
    account, password = await ready_account(client, admin_token, role="city_staff")
    home = new_address()
    async with client_from(app, home) as owner:
        assert (await attempt(owner, account["username"], password)).status_code == 200
    for _ in range(20):  # a botnet: one guess per address, so no address and no (account, address) waits
        async with client_from(app) as bot:
            assert (await attempt(bot, account["username"], "wrong-password")).status_code == 401
    assert await count_events(app, "login_slowed", subject_user_id=uuid.UUID(account["id"])) == 1
    async with client_from(app) as stranger:
        slowed = await attempt(stranger, account["username"], password)
    assert slowed.status_code == 429 and 1 <= int(slowed.headers["retry-after"]) <= 60
    assert await count_events(app, "login_locked", subject_user_id=uuid.UUID(account["id"])) == 0
    async with client_from(app, home) as owner:
        assert (await attempt(owner, account["username"], password)).status_code == 200


async def test_failures_from_one_address_slow_that_address_for_every_account(client: httpx.AsyncClient,
                                                                             app: FastAPI) -> None:
    address = new_address()
    async with client_from(app, address) as guesser:
        for n in range(20):
            await attempt(guesser, f"nobody-{n}-{address}", "guess-guess")
        assert (await attempt(guesser, "city", "Demo@Qingyuan2026")).status_code == 429
    async with client_from(app) as elsewhere:
        assert (await attempt(elsewhere, "city", "Demo@Qingyuan2026")).status_code == 200


async def test_a_successful_login_clears_its_own_failures(client: httpx.AsyncClient, app: FastAPI,
                                                               admin_token: str) -> None:
    account, password = await ready_account(client, admin_token)
    for _ in range(2):
        async with client_from(app) as caller:
            for _ in range(4):
                assert (await attempt(caller, account["username"], "wrong-password")).status_code == 401
            assert (await attempt(caller, account["username"], password)).status_code == 200


async def test_unknown_accounts_are_throttled_like_real_ones(client: httpx.AsyncClient, app: FastAPI) -> None:
    async with client_from(app) as caller:
        for _ in range(5):
            await attempt(caller, "no-such-person", "guess-guess")
        assert (await attempt(caller, "no-such-person", "guess-guess")).status_code == 429
