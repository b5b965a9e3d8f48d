from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from chassis import migrations
from chassis.testing import app_client, public_key, throwaway_database
from training.config import Settings
from training.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    with throwaway_database("training") as url:
        migrations.upgrade(MIGRATIONS, url)
        yield url


@pytest.fixture(scope="session")
async def client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(database_url=database_url, jwt_public_key=public_key(), environment="test",
                        access_log=False)
    async with app_client(create_app(settings)) as client:
        yield client
