"""The demo reproduces the report's training figures from records: rosters, attendance, completions."""

import contextlib
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from chassis import migrations
from chassis.cli import main
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from training.config import Settings
from training.demo import DEMO_ENTREPRENEUR, load_demo
from training.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
CITY = auth_header("city_staff")


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


@pytest.fixture(scope="module")
async def seen(demo_database: tuple[str, str]) -> dict[str, Any]:
    """What staff and the demo entrepreneur see through the API."""
    settings = Settings(database_url=demo_database[0], jwt_public_key=public_key(), environment="test",
                        access_log=False, background_work=False)
    me = auth_header("entrepreneur", sub=DEMO_ENTREPRENEUR.subject)
    async with app_client(create_app(settings)) as client:
        return {
            "stats": (await client.get("/api/v1/training/stats", headers=CITY)).json(),
            "upcoming": (await client.get("/api/v1/training/sessions", params={"upcoming": True},
                                          headers=me)).json(),
            "mine": (await client.get("/api/v1/training/enrolments/me", headers=me)).json(),
            "certificates": (await client.get("/api/v1/training/certificates", headers=me)).json(),
        }


def test_the_demo_loads_once(demo_database: tuple[str, str]) -> None:
    assert demo_database[1] == ("training: 4 programmes, 8 lecturers, 9601 trainees, 96 sessions held and 3 open "
                                "for enrolment")
    assert run_demo(demo_database[0]) == "training: the demo is loaded already"


def test_the_reports_figures_come_from_the_records(seen: dict[str, Any]) -> None:
    figures = {f["key"]: Decimal(f["value"]) for f in seen["stats"]["figures"]}
    # 领头雁: 52 sessions at three levels, 7,000+ person-times, 4.4 million CNY of city funding.
    assert figures["lead_goose_sessions"] == 52 and figures["lead_goose_person_times"] >= 7000
    lead_goose = next(p for p in seen["stats"]["by_programme"] if p["kind"] == "lead_goose")
    assert Decimal(lead_goose["budget"]) == Decimal(lead_goose["cost"]) == Decimal("4400000")
    assert {row["level"] for row in seen["stats"]["by_level"] if row["sessions"]} == {"city", "county", "town"}
    # 5 targeted sessions in 2020 with 220+ trainees.
    assert figures["targeted_sessions"] == 5 and figures["targeted_trainees"] >= 220
    # The lecture hall's 20 sessions and 1,700+; 23 e-commerce classes and 18,000+; 135 online learners.
    assert figures["lecture_hall_sessions"] == 20 and figures["lecture_hall_person_times"] >= 1700
    assert figures["ecommerce_classes"] == 23 and figures["ecommerce_person_times"] >= 18000
    assert figures["online_learners"] == 135
    # Person-times against unique trainees: people came back.
    assert figures["trainees"] < figures["person_times"]
    assert figures["poor_households"] > 0 and figures["cost_per_person_time"] > 0
    assert [y["year"] for y in seen["stats"]["by_year"]] == [2018, 2019, 2020]
    assert all(c["value"] > 0 for c in seen["stats"]["by_county"])


def test_the_demo_entrepreneur_has_certificates_and_sessions_to_enrol_on(seen: dict[str, Any]) -> None:
    assert [e["status"] for e in seen["mine"]["items"]] == ["completed", "completed"]
    assert seen["certificates"]["total"] == 2
    open_now = [s for s in seen["upcoming"]["items"] if s["enrolment_open"]]
    assert len(open_now) == 3
    full = next(s for s in open_now if s["seats_left"] == 0)
    assert full["waitlist_count"] == 4
