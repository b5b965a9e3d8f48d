"""The demo data reproduces the report's 2020 figures, computed from records, and loads once."""

import asyncio
from decimal import Decimal
from pathlib import Path

from chassis import migrations
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from loans.config import Settings
from loans.demo import load_demo
from loans.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


async def test_the_demo_reproduces_the_reports_2020_lending() -> None:
    with throwaway_database("loans_demo") as url:
        await asyncio.to_thread(migrations.upgrade, MIGRATIONS, url)
        settings = Settings(database_url=url, jwt_public_key=public_key(), environment="test", access_log=False,
                            background_work=False)
        app = create_app(settings)
        async with app_client(app) as client:
            for _ in range(2):  # a second run adds nothing
                async with app.state.sessionmaker() as session, session.begin():
                    await load_demo(session)
            stats = (await client.get("/api/v1/loans/stats", params={"year": 2020},
                                      headers=auth_header("city_staff"))).json()
            loans = await client.get("/api/v1/loans/loans", params={"year": 2020, "limit": 1},
                                     headers=auth_header("city_staff"))
    figures = {f["key"]: f["value"] for f in stats["figures"]}
    assert figures["loans_disbursed"] == "140"
    assert figures["amount_disbursed"] == "28000000.00"
    assert figures["projects"] == "140"
    assert int(figures["poor_households_driven"]) > 500
    assert Decimal(figures["subsidy_paid"]) > 0
    assert loans.json()["total"] == 140
