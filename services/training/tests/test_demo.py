import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from chassis import migrations
from chassis.cli import main
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from training.config import Settings
from training.demo import load_demo
from training.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def run_demo(url: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(Settings(database_url=url), MIGRATIONS, load_demo, argv=["demo"])
    return out.getvalue().strip()


@pytest.fixture(scope="module")
def demo_database() -> Iterator[tuple[str, str]]:
    """A database of its own with the demo loaded once: (url, what the first run printed)."""
    with throwaway_database("training_demo") as url:
        migrations.upgrade(MIGRATIONS, url)
        yield url, run_demo(url)


def test_the_demo_adds_the_programmes_and_their_sessions(demo_database: tuple[str, str]) -> None:
    assert demo_database[1] == "training: 4 programmes and 95 sessions added"


def test_a_second_demo_run_adds_nothing(demo_database: tuple[str, str]) -> None:
    assert run_demo(demo_database[0]) == "training: 0 programmes and 0 sessions added"


async def test_the_demo_stats_are_the_reports(demo_database: tuple[str, str]) -> None:
    settings = Settings(database_url=demo_database[0], jwt_public_key=public_key(), environment="test",
                        access_log=False)
    async with app_client(create_app(settings)) as client:
        stats = (await client.get("/api/v1/training/stats", headers=auth_header("city_staff"))).json()
        lead_goose = (await client.get("/api/v1/training/programmes", params={"kind": "lead_goose"},
                                       headers=auth_header("entrepreneur"))).json()["items"][0]
        sessions = (await client.get("/api/v1/training/sessions", params={
            "programme_id": lead_goose["id"], "from": "2018-01-01", "to": "2020-12-31", "limit": 200,
        }, headers=auth_header("entrepreneur"))).json()
    figures = {f["key"]: int(f["value"]) for f in stats["figures"]}
    assert (figures["lead_goose_sessions"], figures["lecture_hall_sessions"], figures["ecommerce_classes"]) == (
        52, 20, 23)
    assert (figures["programmes"], figures["sessions"]) == (4, 95)
    assert figures["capacity"] >= 7000 + 1700 + 18000
    assert sessions["total"] == 52
    assert {s["level"] for s in sessions["items"]} == {"city", "county", "town"}
    assert sum(s["capacity"] for s in sessions["items"]) >= 7000
    assert all(c["value"] > 0 for c in stats["by_county"])
