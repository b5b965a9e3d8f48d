import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from chassis import migrations
from chassis.cli import main
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from volunteers.config import Settings
from volunteers.demo import load_demo
from volunteers.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def run_demo(url: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(Settings(database_url=url), MIGRATIONS, load_demo, argv=["demo"])
    return out.getvalue().strip()


@pytest.fixture(scope="module")
def demo_database() -> Iterator[tuple[str, str]]:
    """A database of its own with the demo loaded once: (url, what the first run printed)."""
    with throwaway_database("volunteers_demo") as url:
        migrations.upgrade(MIGRATIONS, url)
        yield url, run_demo(url)


def test_the_demo_adds_the_camps_and_the_teams(demo_database: tuple[str, str]) -> None:
    assert demo_database[1] == "volunteers: 37 activities added"


def test_a_second_demo_run_adds_nothing(demo_database: tuple[str, str]) -> None:
    assert run_demo(demo_database[0]) == "volunteers: 0 activities added"


async def test_the_demo_stats_are_the_reports(demo_database: tuple[str, str]) -> None:
    settings = Settings(database_url=demo_database[0], jwt_public_key=public_key(), environment="test",
                        access_log=False)
    async with app_client(create_app(settings)) as client:
        stats = (await client.get("/api/v1/volunteers/stats", headers=auth_header("city_staff"))).json()
        camps_2020 = (await client.get("/api/v1/volunteers/activities", params={
            "kind": "summer_camp", "open_on": "2020-06-01"}, headers=auth_header("volunteer"))).json()
    figures = {f["key"]: int(f["value"]) for f in stats["figures"]}
    assert figures == {"activities": 37, "places": 333, "summer_camps": 24, "service_teams": 13,
                       "service_points": 20}
    assert camps_2020["total"] == 12
    assert sum(c["value"] for c in stats["by_county"]) == 37
