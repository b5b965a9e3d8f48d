"""The demo: the report's volunteer figures counted from records, and this season dated from today so the
privacy rules can be seen working."""

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chassis import migrations
from chassis.cli import main
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from volunteers.config import Settings
from volunteers.demo import load_demo
from volunteers.demo.today import DEMO_VOLUNTEER
from volunteers.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
API = "/api/v1/volunteers"


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


def _settings(url: str) -> Settings:
    return Settings(database_url=url, jwt_public_key=public_key(), environment="test", access_log=False)


def test_a_second_demo_run_adds_nothing(demo_database: tuple[str, str]) -> None:
    assert demo_database[1].startswith("volunteers: demo loaded (20 service points")
    assert run_demo(demo_database[0]) == "volunteers: the demo is already loaded"


async def test_the_demo_reproduces_the_reports_volunteer_figures(demo_database: tuple[str, str]) -> None:
    async with app_client(create_app(_settings(demo_database[0]))) as client:
        stats = (await client.get(f"{API}/stats", headers=auth_header("city_staff"))).json()
    report = [row for row in stats["by_year"] if row["year"] in (2019, 2020)]

    def total(kind: str, key: str) -> Any:
        return sum(row[key] for row in report if row["kind"] == kind)

    # Summer camps: 10 to 12 villages a year; 800+ students applied and 160 took part; 750+ children.
    assert [row["service_points"] for row in report if row["kind"] == "summer_camp"] == [12, 12]
    assert total("summer_camp", "applicants") > 800
    assert total("summer_camp", "accepted") == total("summer_camp", "students") == 160
    assert total("summer_camp", "children") > 750
    # The 2020 城乡少年手拉手 camps: 350 children.
    assert next(r["children"] for r in report if r["year"] == 2020 and r["kind"] == "summer_camp") == 350
    # Industry service teams: 13 teams and 170+ students; with the camp villages, 20 service points.
    assert total("service_team", "teams") == 13
    assert total("service_team", "students") > 170
    figures = {f["key"]: f["value"] for f in stats["figures"]}
    assert figures["service_points"] == "20"
    # The spread-wings internships: 3,120 positions for students from poor families.
    assert figures["internship_positions"] == "3120"
    assert int(figures["approved_hours"]) > 0
    assert min(r["ten_ones_completion"] for r in report if r["kind"] == "summer_camp") > 0.9


async def test_the_demo_volunteer_sees_their_camps_children_and_no_other(demo_database: tuple[str, str]) -> None:
    me = auth_header("volunteer", sub=DEMO_VOLUNTEER.subject)
    async with app_client(create_app(_settings(demo_database[0]))) as client:
        teams = (await client.get(f"{API}/teams/me", headers=me)).json()
        mine = (await client.get(f"{API}/children", headers=me)).json()
        everyone = (await client.get(f"{API}/children", params={"limit": 100, "q": "村"},
                                     headers=auth_header("city_staff"))).json()
        current = [c for c in everyone["items"] if c["camp_id"] not in {c["camp_id"] for c in mine["items"]}
                   and "周末营" in c["camp_name"]]
        others = [(await client.get(f"{API}/children/{c['id']}", headers=me)).status_code for c in current]
        one_of_mine = await client.get(f"{API}/children/{mine['items'][0]['id']}", headers=me)
    assert [t["i_lead"] for t in teams if "周末营" in t["activity_name"]] == [True]
    assert mine["total"] == 12 and one_of_mine.status_code == 200
    assert current and set(others) == {404}
