"""The five apps on databases of their own, with the demo data in them, and a caller of each role.

The sweep (test_sweep.py) and the hostile-input lists (test_hostile_*.py) call these. The demo data is the one
seed that puts a row in every table through the services' own functions, so list and detail routes answer
with real records (the services' own tests start from empty databases instead).
"""

import multiprocessing
import uuid
from collections.abc import AsyncIterator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from chassis import migrations
from chassis.auth.principal import Role
from chassis.db import make_engine, make_sessionmaker
from chassis.settings import ServiceSettings
from chassis.testing import app_client, auth_header, run_sync, throwaway_database
from gateway.clients.models import ApiClient, ClientKind
from gateway.clients.service import secret_hash
from gateway.config import Settings as GatewaySettings
from gateway.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, PSBC_QINGYUAN, YINGDE, demo_user_id
from gateway.identity.models import User
from gateway.identity.passwords import hash_password
from gateway.main import create_app as create_gateway
from tests.security.test_policy_matrix import create

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("loans", "products", "training", "volunteers")
APPS = (*SERVICES, "gateway")
# The apps by how long their demo data takes to load, the longest first.
SEED_ORDER = ("volunteers", "training", "loans", "products", "gateway")

# Whose records the demo data holds: the demo accounts' ids, Yingde's county staff, PSBC Qingyuan's officers.
CLAIMS: dict[Role, dict[str, Any]] = {
    Role.admin: {"sub": str(demo_user_id("admin"))},
    Role.city_staff: {"sub": str(demo_user_id("city"))},
    Role.county_staff: {"sub": str(demo_user_id("county")), "county": YINGDE},
    Role.bank_officer: {"sub": str(demo_user_id("bank")), "bank_id": PSBC_QINGYUAN},
    Role.entrepreneur: {"sub": str(demo_user_id("entrepreneur"))},
    Role.buyer: {"sub": str(demo_user_id("buyer"))},
    Role.volunteer: {"sub": str(demo_user_id("volunteer"))},
}
SERVICE_CLIENT_ID = uuid.UUID("6b1f0c4e-5d7a-4c39-9e55-3f0f6a1d2b70")
SERVICE_CLIENT_SECRET = "sweep-service-client-secret"
# Accounts the sweep may disable, edit and reset; the callers' own accounts are never a path parameter.
TARGET_USERNAMES = ("sweep-target-staff", "sweep-target-entrepreneur")

# Tables whose ids a path parameter of that name takes.
PATH_TABLES = {
    "loans": {"application_id": "loan_application", "bank_id": "partner_bank", "claim_id": "subsidy_claim",
              "line_id": "claim_line", "loan_id": "loan"},
    "products": {"product_id": "featured_product", "seller_id": "seller", "buyer_id": "buyer", "lot_id": "lot",
                 "demand_id": "demand", "deal_id": "deal", "run_id": "clearing_run", "video_id": "video",
                 "platform_id": "platform", "notice_id": "notice", "pairing_id": "pairing"},
    "training": {"programme_id": "programme", "session_id": "training_session"},
    "volunteers": {"activity_id": "activity", "profile_id": "volunteer_profile", "application_id": "application",
                   "team_id": "team", "member_id": "team_member", "camp_id": "camp", "child_id": "child",
                   "entry_id": "hours_entry", "visit_id": "site_visit", "placement_id": "internship_placement"},
    # The callers' own accounts, clients and sessions stay out: ending them would end the sweep's logins.
    "gateway": {"user_id": f"user_account WHERE username IN {TARGET_USERNAMES!r}",
                "client_id": f"api_client WHERE id != '{SERVICE_CLIENT_ID.hex}'"},
}


def service_headers(service: str, role: Role) -> dict[str, str]:
    """A token the service accepts, as the gateway would issue it to a demo account of that role."""
    if role is Role.service:
        return auth_header(role, scope=service, client_id=str(SERVICE_CLIENT_ID))
    return auth_header(role, **CLAIMS[role])


def migrations_dir(app: str) -> Path:
    return ROOT / ("gateway" if app == "gateway" else f"services/{app}") / "migrations"


async def _load(app: str, url: str) -> None:
    demo = __import__(f"{app}.demo", fromlist=["load_demo"])
    engine = make_engine(ServiceSettings(service_name=app, database_url=url))
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            await demo.load_demo(session)
            if app == "gateway":
                _add_gateway_extras(session)
    finally:
        await engine.dispose()


def _add_gateway_extras(session: Any) -> None:
    password = hash_password(DEMO_PASSWORD)
    for username in TARGET_USERNAMES:
        role = Role.county_staff if "staff" in username else Role.entrepreneur
        session.add(User(username=username, display_name=username, role=role, password_hash=password,
                         county_code=YINGDE if role is Role.county_staff else None))
    session.add(ApiClient(id=SERVICE_CLIENT_ID, name="sweep service", kind=ClientKind.service,
                          service_name="loans", scope=" ".join(SERVICES),
                          secret_hash=secret_hash(SERVICE_CLIENT_SECRET)))


def _seed(app: str, url: str, demo: bool = True) -> None:
    migrations.upgrade(migrations_dir(app), url)
    if demo:
        run_sync(_load(app, url))


@contextmanager
def seeded_database(app: str, *, demo: bool = True) -> Iterator[str]:
    """A migrated throwaway database of one app, with its demo data unless told; dropped afterwards."""
    with throwaway_database(f"{app}_seeded") as url:
        _seed(app, url, demo)
        yield url


@contextmanager
def seeded_databases(apps: Sequence[str]) -> Iterator[dict[str, str]]:
    """`seeded_database` of several apps, seeded side by side in processes of their own: the volunteers' demo data
    alone takes over a minute (its camps' children are recorded one ten-one at a time, through the service), and
    the others load on the second core meanwhile."""
    with ExitStack() as stack:
        urls = {app: stack.enter_context(throwaway_database(f"{app}_seeded")) for app in apps}
        with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
            # The longest first, so it never waits for a free worker.
            for seeding in [pool.submit(_seed, app, urls[app]) for app in sorted(apps, key=SEED_ORDER.index)]:
                seeding.result()
        yield urls


async def _ids(app: str, url: str) -> dict[str, list[str]]:
    engine = make_engine(ServiceSettings(service_name=app, database_url=url))
    found: dict[str, list[str]] = {}
    try:
        async with engine.connect() as connection:
            for name, source in PATH_TABLES[app].items():
                rows = await connection.execute(text(f"SELECT id FROM {source} ORDER BY id"))
                found[name] = [str(uuid.UUID(str(row[0]))) for row in rows]
    finally:
        await engine.dispose()
    return found


def known_ids(app: str, url: str) -> dict[str, list[str]]:
    """Ids of seeded records, by the name of the path parameter that takes them."""
    return run_sync(_ids(app, url))


def service_app(service: str, url: str) -> FastAPI:
    return create(service, url)


def gateway_app(data_dir: Path, url: str, **overrides: Any) -> FastAPI:
    """The gateway with generous buckets and login limits (the guard has tests of its own), upstreams that
    are not there (the dashboard answers for them), and registration codes kept in memory."""
    settings: dict[str, Any] = {
        "database_url": url, "data_dir": data_dir, "spa_dir": data_dir / "spa", "environment": "test",
        "access_log": False, "log_level": "WARNING", "code_sender": "memory", "redis_url": "",
        "rate_anonymous": (10**6, 10**6), "rate_user": (10**6, 10**6), "rate_bank_client": (10**6, 10**6),
        "rate_service_client": (10**6, 10**6), "registration_per_address": (10**6, 10**6),
        "login_free_failures": 10**6, "login_lock_failures": 10**6, "login_address_free_failures": 10**6,
        "login_address_lock_failures": 10**6, "login_slow_failures": 10**6, "dashboard_timeout": 0.5,
        **{f"{name}_url": "http://127.0.0.1:9" for name in SERVICES},
        **overrides,
    }
    return create_gateway(GatewaySettings(**settings))


def app_fixtures(name: str, *, demo: bool) -> tuple[Any, Any]:
    """A test module's `app` (on a database of its own) and `client` (an httpx client, lifespan running)."""

    @pytest.fixture(scope="module")
    def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
        with seeded_database(name, demo=demo) as url:
            yield gateway_app(tmp_path_factory.mktemp(name), url) if name == "gateway" else service_app(name, url)

    @pytest.fixture(scope="module")
    async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
        async with app_client(app) as client:
            yield client

    return app, client


def gateway_login_form(role: Role) -> dict[str, str]:
    """The token request of the demo account (or, for a service, the client) of a role."""
    if role is Role.service:
        return {"grant_type": "client_credentials", "client_id": str(SERVICE_CLIENT_ID),
                "client_secret": SERVICE_CLIENT_SECRET}
    username = next(name for name, _, account_role, _, _ in DEMO_ACCOUNTS if account_role is role)
    return {"grant_type": "password", "username": username, "password": DEMO_PASSWORD}
