import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from chassis import migrations
from chassis.cli import main
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from products.config import Settings
from products.demo import DEMO_BUYER, DEMO_ENTREPRENEUR, load_demo
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


def test_the_demo_adds_the_seven_featured_products_and_a_market(demo_database: tuple[str, str]) -> None:
    assert demo_database[1] == ("products: 7 featured products, 5 sellers, 3 buyers, 8 lots, 5 demands, "
                                "7 season lots, demands and deals, 32 videos, 10 platforms, 3 notices, "
                                "5 pairings added")


def test_a_second_demo_run_adds_nothing(demo_database: tuple[str, str]) -> None:
    assert run_demo(demo_database[0]) == (
        "products: 0 featured products, 0 sellers, 0 buyers, 0 lots, 0 demands, 0 season lots, demands and deals, "
        "0 videos, 0 platforms, 0 notices, 0 pairings added")


def demo_app(url: str) -> FastAPI:
    return create_app(Settings(database_url=url, jwt_public_key=public_key(), environment="test", access_log=False))


async def test_the_demo_stats_are_the_reports(demo_database: tuple[str, str]) -> None:
    async with app_client(demo_app(demo_database[0])) as client:
        stats = (await client.get("/api/v1/products/stats", headers=auth_header("city_staff"))).json()
        tea = (await client.get("/api/v1/products/products", params={"q": "英德红茶"},
                                headers=auth_header("buyer"))).json()["items"][0]
    figures = {f["key"]: f["value"] for f in stats["figures"]}
    assert figures | {"featured_products": "7", "brand_products": "7", "certified_products": "1"} == figures
    per_county = {c["county_name"]: c["value"] for c in stats["by_county"] if c["value"]}
    assert per_county == {"连州市": 2, "佛冈县": 2, "英德市": 2, "连山壮族瑶族自治县": 1}
    assert [c["cert_type"] for c in tea["certifications"]] == ["geographical_indication"]


async def test_the_demo_entrepreneur_is_an_admitted_seller_with_lots(demo_database: tuple[str, str]) -> None:
    entrepreneur = auth_header("entrepreneur", sub=DEMO_ENTREPRENEUR.subject)
    async with app_client(demo_app(demo_database[0])) as client:
        seller = (await client.get("/api/v1/products/sellers/me", headers=entrepreneur)).json()
        lots = (await client.get("/api/v1/products/lots", headers=entrepreneur)).json()
    assert (seller["name"], seller["status"], seller["county_name"]) == ("黄小龙", "admitted", "英德市")
    assert {lot["product_name"] for lot in lots["items"]} == {"英德红茶", "红薯干"}


async def test_the_demo_buyer_is_a_buyer_whose_demands_have_matches(demo_database: tuple[str, str]) -> None:
    buyer = auth_header("buyer", sub=DEMO_BUYER.subject)
    async with app_client(demo_app(demo_database[0])) as client:
        me = (await client.get("/api/v1/products/buyers/me", headers=buyer)).json()
        demands = (await client.get("/api/v1/products/demands", headers=buyer)).json()["items"]
        oranges = next(d for d in demands if d["product_name"] == "连州砂糖橘")
        found = (await client.get(f"/api/v1/products/demands/{oranges['id']}/matches", headers=buyer)).json()
    assert (me["kind"], me["yearly_pledge"], len(demands)) == ("industrial_park", "600000.00", 5)
    assert [m["floor_price_per_kg"] for m in found["items"]] == ["5.00", "6.50"]
    assert found["items"][0]["unsold"] is True


async def test_the_demo_stats_reproduce_the_reports_programme_figures(demo_database: tuple[str, str]) -> None:
    """report_figures.csv, the rows the products service owns, computed from the demo's records."""
    async with app_client(demo_app(demo_database[0])) as client:
        stats = (await client.get("/api/v1/products/stats", headers=auth_header("city_staff"))).json()
    figures = {f["key"]: f["value"] for f in stats["figures"]}
    in_2020 = next(y for y in stats["by_year"] if y["year"] == 2020)
    assert figures["ecommerce_platforms"] == "10"  # youth e-commerce service platforms, cumulative
    assert in_2020["videos"] == 7  # promotion videos shot in 2020
    assert figures["promotion_videos"] == "32"  # promotion videos shot, cumulative
    assert in_2020["notices_published"] == 3  # unsold-product notices published in 2020
    assert in_2020["villages_paired"] == 4  # poor villages paired, first batch (2020)
    assert figures["pairing_funds_raised"] == "130000.00"  # funds raised, cumulative
    # The season's trade: three deals accepted (one proposal still waiting), on lots of unsold produce.
    assert (figures["deals_made"], figures["unsold_cleared_kg"], figures["deal_value"]) == (
        "3", "550.00", "21400.00")
    assert figures["unsold_listed_kg"] == "5300.00"


async def test_the_demo_public_page_shows_the_published_notices(demo_database: tuple[str, str]) -> None:
    async with app_client(demo_app(demo_database[0])) as client:
        page = (await client.get("/api/v1/products/public/notices")).json()
        inquiries = (await client.get("/api/v1/products/inquiries",
                                      headers=auth_header("entrepreneur", sub=DEMO_ENTREPRENEUR.subject))).json()
    assert [n["title"] for n in page["items"]] == ["英德红薯干、红茶滞销信息", "佛冈西瓜芭乐滞销信息"]
    assert {lot["product_name"] for lot in page["items"][0]["lots"]} == {"红薯干", "英德红茶"}
    assert [i["mobile"] for i in inquiries["items"]] == ["13926000601"]
