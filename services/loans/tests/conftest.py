from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import hypothesis
import pytest
from fastapi import FastAPI

from chassis import migrations
from chassis.testing import app_client, public_key, throwaway_database
from loans.config import Settings
from loans.main import create_app

# Property tests explore the same examples on every run: a failure in CI is one a developer can replay.
hypothesis.settings.register_profile("xiangqing", derandomize=True, deadline=None)
hypothesis.settings.load_profile("xiangqing")

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    with throwaway_database("loans") as url:
        migrations.upgrade(MIGRATIONS, url)
        yield url


@pytest.fixture(scope="session")
def app(database_url: str) -> FastAPI:
    # Webhook delivery is driven by the tests themselves (outbox.deliver_due), not by a background task.
    settings = Settings(database_url=database_url, jwt_public_key=public_key(), environment="test",
                        access_log=False, background_work=False)
    return create_app(settings)


@pytest.fixture(scope="session")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app) as client:
        yield client
