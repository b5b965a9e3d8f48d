import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from chassis import migrations
from chassis.cli import main
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from products.config import Settings
from products.demo import load_demo
from products.main import create_app

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def run_demo(url: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(Settings(database_url=url), MIGRATIONS, load_demo, argv=["demo"])
    return out.getvalue().strip()


@pytest.fixture(scope="module")
def demo_database() -> Iterator[tuple[str, str]]:
    """A database of its own with the demo loaded once: (url, what the first run printed)."""
    with throwaway_database("products_demo") as url:
        migrations.upgrade(MIGRATIONS, url)
        yield url, run_demo(url)


def test_the_demo_adds_the_seven_featured_products(demo_database: tuple[str, str]) -> None:
    assert demo_database[1] == "products: 7 featured products added"


def test_a_second_demo_run_adds_nothing(demo_database: tuple[str, str]) -> None:
    assert run_demo(demo_database[0]) == "products: 0 featured products added"


async def test_the_demo_stats_are_the_reports(demo_database: tuple[str, str]) -> None:
    settings = Settings(database_url=demo_database[0], jwt_public_key=public_key(), environment="test",
                        access_log=False)
    async with app_client(create_app(settings)) as client:
        stats = (await client.get("/api/v1/products/stats", headers=auth_header("city_staff"))).json()
        tea = (await client.get("/api/v1/products/products", params={"q": "英德红茶"},
                                headers=auth_header("buyer"))).json()["items"][0]
    figures = {f["key"]: f["value"] for f in stats["figures"]}
    assert figures == {"featured_products": "7", "brand_products": "7", "certified_products": "1"}
    per_county = {c["county_name"]: c["value"] for c in stats["by_county"] if c["value"]}
    assert per_county == {"连州市": 2, "佛冈县": 2, "英德市": 2, "连山壮族瑶族自治县": 1}
    assert [c["cert_type"] for c in tea["certifications"]] == ["geographical_indication"]
