from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from chassis import migrations
from chassis.db import make_engine, make_sessionmaker
from chassis.testing import app_client, throwaway_database
from gateway.config import Settings
from gateway.demo import load_demo
from gateway.main import create_app
from tests.helpers import login
from tests.upstreams import echo_app, free_port, serving, silent

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    with throwaway_database("gateway") as url:
        migrations.upgrade(MIGRATIONS, url)
        yield url


@pytest.fixture(scope="session")
def upstream_urls() -> Iterator[dict[str, str]]:
    """loans and volunteers echo, products hangs, training is not listening at all."""
    with serving(echo_app()) as echo, silent() as hanging:
        yield {"loans": echo, "volunteers": echo, "products": hanging, "training": f"http://127.0.0.1:{free_port()}"}


@pytest.fixture(scope="session")
def settings(database_url: str, upstream_urls: dict[str, str],
             tmp_path_factory: pytest.TempPathFactory) -> Settings:
    folder = tmp_path_factory.mktemp("gateway")
    spa = folder / "spa"
    (spa / "assets").mkdir(parents=True)
    (spa / "index.html").write_text("<!doctype html><title>乡青</title><div id=root></div>", encoding="utf-8")
    (spa / "assets" / "app.js").write_text("console.log('乡青')", encoding="utf-8")
    return Settings(database_url=database_url, data_dir=folder, spa_dir=spa, environment="test",
                    access_log=False, upstream_read_timeout=0.5, dashboard_timeout=0.5, dashboard_cache_seconds=0,
                    code_sender="memory",
                    redis_url="", registration_per_address=(1000, 1.0),
                    # Tests count the rejections they cause from one address; the limit's own test lowers it.
                    rejected_token_events_per_address=(100_000, 1000.0),
                    **{f"{name}_url": url for name, url in upstream_urls.items()})


@pytest.fixture(scope="session")
async def app(settings: Settings) -> FastAPI:
    engine = make_engine(settings)
    async with make_sessionmaker(engine)() as session, session.begin():
        await load_demo(session)
    await engine.dispose()
    return create_app(settings)


@pytest.fixture(scope="session")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app) as client:
        yield client


@pytest.fixture(scope="session")
async def city_token(client: httpx.AsyncClient) -> str:
    return await login(client, "city")


@pytest.fixture(scope="session")
async def county_token(client: httpx.AsyncClient) -> str:
    return await login(client, "county")


@pytest.fixture(scope="session")
async def entrepreneur_token(client: httpx.AsyncClient) -> str:
    return await login(client, "entrepreneur")


@pytest.fixture(scope="session")
async def admin_token(client: httpx.AsyncClient) -> str:
    return await login(client, "admin")
