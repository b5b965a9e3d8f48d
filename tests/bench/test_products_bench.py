"""A clearing run over the whole city: 10,000 lots against 2,000 demands within 5 seconds on PostgreSQL, end to end.

End to end is the HTTP call a city staffer makes: read the lots and demands, find the eligible pairs and their
costs, solve the min-cost maximum flow, write the run, a proposed deal and its audit row per allocation and the
allocations, and answer with them all. The same market at double size (the catalogue stays the same, so each
product has twice the lots and twice the demands: about four times the eligible pairs) shows the growth.
Beside each: the pairs and the solver alone, on the same data in memory.

Prints its figures; asserts only that the runs succeeded and moved produce (timings belong here, read them).
"""

import asyncio
import random
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import insert

from chassis import migrations
from chassis.counties import counties
from chassis.db import make_engine, make_sessionmaker
from chassis.testing import app_client, auth_header, public_key, throwaway_database
from chassis.timezone import business_today
from products.catalogue.models import FeaturedProduct, ProductCategory
from products.clearing import solver
from products.clearing.pairs import DemandEntry, LotEntry, eligible_arcs
from products.config import Settings
from products.demands.lifecycle import DemandStatus
from products.demands.models import Demand
from products.lots.lifecycle import LotStatus
from products.lots.models import Lot
from products.main import create_app
from products.matching.eligibility import DemandFacts, LotFacts
from products.parties.lifecycle import SellerStatus
from products.parties.models import Buyer, Seller

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "products" / "migrations"
SIZES = [(10_000, 2_000), (20_000, 4_000)]
GOAL_SECONDS = 5.0
PRODUCTS_PER_CATEGORY = 5
SELLERS, BUYERS = 500, 400
CHUNK = 2_000


def _market(lots: int, demands: int, today: date) -> dict[str, list[dict[str, Any]]]:
    """A made-up city market: 40 products in 8 categories, lots and demands spread over the eight counties."""
    rng = random.Random(20261130)
    codes = sorted(counties())
    products = [{"id": uuid.uuid4(), "name": f"基准特产{c.value}{n}", "category": c, "unit": "kg",
                 "county_code": rng.choice(codes), "season_months": [1], "brand": False, "shelf_life_days": 30,
                 "description": ""} for c in ProductCategory for n in range(PRODUCTS_PER_CATEGORY)]
    sellers = [{"id": uuid.uuid4(), "user_id": None, "kind": "cooperative", "name": f"基准卖家{n}",
                "county_code": rng.choice(codes), "town": "镇", "contact_encrypted": "x",
                "contact_masked": "139****0000", "status": SellerStatus.admitted, "registered_by": "bench"}
               for n in range(SELLERS)]
    buyers = [{"id": uuid.uuid4(), "user_id": None, "kind": "enterprise_canteen", "name": f"基准买家{n}",
               "county_code": rng.choice(codes), "delivery_address": "清城区", "yearly_pledge": None,
               "pledge_year": None, "pledge_purchased": Decimal(0), "registered_by": "bench"} for n in range(BUYERS)]
    lot_rows = []
    for _ in range(lots):
        seller, product = rng.choice(sellers), rng.choice(products)
        quantity = Decimal(rng.randrange(5_000, 200_000)) / 100
        harvest = today - timedelta(days=rng.randrange(0, 10))
        lot_rows.append({"id": uuid.uuid4(), "seller_id": seller["id"], "product_id": product["id"],
                         "quantity_kg": quantity, "remaining_kg": quantity,
                         "floor_price_per_kg": Decimal(rng.randrange(300, 1_000)) / 100, "harvest_date": harvest,
                         "best_before": harvest + timedelta(days=rng.randrange(10, 60)),
                         "county_code": seller["county_code"], "town": None, "unsold": rng.random() < 0.2,
                         "note": None, "status": LotStatus.open, "listed_by": "bench"})
    demand_rows = []
    for _ in range(demands):
        buyer, product = rng.choice(buyers), rng.choice(products)
        by_category = rng.random() < 0.2
        quantity = Decimal(rng.randrange(20_000, 500_000)) / 100
        wanted_from = today + timedelta(days=rng.randrange(0, 7))
        demand_rows.append({"id": uuid.uuid4(), "buyer_id": buyer["id"],
                            "product_id": None if by_category else product["id"],
                            "category": product["category"] if by_category else None,
                            "quantity_kg": quantity, "remaining_kg": quantity,
                            "ceiling_price_per_kg": Decimal(rng.randrange(500, 1_200)) / 100,
                            "wanted_from": wanted_from,
                            "wanted_until": wanted_from + timedelta(days=rng.randrange(7, 30)),
                            "county_code": buyer["county_code"],
                            "max_distance_km": None if rng.random() < 0.3 else rng.randrange(50, 150),
                            "recurrence": "none", "status": DemandStatus.open, "posted_by": "bench"})
    return {"products": products, "sellers": sellers, "buyers": buyers, "lots": lot_rows, "demands": demand_rows}


async def _seed(url: str, market: dict[str, list[dict[str, Any]]]) -> None:
    engine = make_engine(Settings(database_url=url))
    async with make_sessionmaker(engine)() as session, session.begin():
        for model, rows in ((FeaturedProduct, market["products"]), (Seller, market["sellers"]),
                            (Buyer, market["buyers"]), (Lot, market["lots"]), (Demand, market["demands"])):
            for start in range(0, len(rows), CHUNK):
                await session.execute(insert(model), rows[start:start + CHUNK])
    await engine.dispose()


def _in_memory(market: dict[str, list[dict[str, Any]]], today: date) -> tuple[int, int, float, float]:
    """The pairs and the solver alone on the same market: (pairs, units moved, seconds for pairs, for solver)."""
    category = {p["id"]: p["category"] for p in market["products"]}
    lots = [LotEntry(id=r["id"], seller_id=r["seller_id"], unsold=r["unsold"], facts=LotFacts(
        status=r["status"], remaining_kg=r["remaining_kg"], product_id=r["product_id"],
        category=category[r["product_id"]], floor_price_per_kg=r["floor_price_per_kg"],
        harvest_date=r["harvest_date"], best_before=r["best_before"], county_code=r["county_code"],
        seller_status=SellerStatus.admitted)) for r in market["lots"]]
    demands = [DemandEntry(id=r["id"], buyer_id=r["buyer_id"], facts=DemandFacts(
        status=r["status"], remaining_kg=r["remaining_kg"], product_id=r["product_id"], category=r["category"],
        ceiling_price_per_kg=r["ceiling_price_per_kg"], wanted_from=r["wanted_from"],
        wanted_until=r["wanted_until"], county_code=r["county_code"], max_distance_km=r["max_distance_km"]))
        for r in market["demands"]]
    started = time.perf_counter()
    arcs = eligible_arcs(lots, demands, today)
    paired = time.perf_counter()
    flow = solver.solve(solver.Network(
        supply=np.array([solver.to_units(lot.facts.remaining_kg) for lot in lots], dtype=np.int64),
        wanted=np.array([solver.to_units(d.facts.remaining_kg) for d in demands], dtype=np.int64),
        arc_lot=arcs.lot, arc_demand=arcs.demand, arc_cost=arcs.cost))
    return len(arcs), flow.total_units, paired - started, time.perf_counter() - paired


async def _bench(lots: int, demands: int) -> dict[str, Any]:
    today = business_today()
    market = _market(lots, demands, today)
    with throwaway_database("products_bench") as url:
        await asyncio.to_thread(migrations.upgrade, MIGRATIONS, url)
        await _seed(url, market)
        settings = Settings(database_url=url, jwt_public_key=public_key(), environment="test", access_log=False)
        async with app_client(create_app(settings)) as client:
            started = time.perf_counter()
            response = await client.post("/api/v1/products/clearing-runs", json={},
                                         headers=auth_header("city_staff", name="基准 团市委"))
            seconds = time.perf_counter() - started
    assert response.status_code == 201, response.text
    run = response.json()
    pairs, units, pairing, solving = await asyncio.to_thread(_in_memory, market, today)
    assert run["eligible_pairs"] == pairs and run["total_kg"] == f"{solver.to_kg(units)}"
    return {"seconds": seconds, "run": run, "pairing": pairing, "solving": solving}


@pytest.mark.parametrize("backend", ["postgres"])
def test_a_clearing_run_over_the_whole_city(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XQ_TEST_DB", backend)
    results = [(lots, demands, asyncio.run(_bench(lots, demands))) for lots, demands in SIZES]
    print(f"\na clearing run over the whole city on {backend}, end to end through the API "
          f"(goal at 10,000 x 2,000: {GOAL_SECONDS:.0f} s):")
    for lots, demands, result in results:
        run = result["run"]
        assert float(run["total_kg"]) > 0
        print(f"  {lots:>6,} lots x {demands:>5,} demands  {result['seconds']:6.2f} s end to end   "
              f"{run['eligible_pairs']:>9,} eligible pairs  {len(run['allocations']):>6,} deals  "
              f"{Decimal(run['total_kg']):>14,} kg moved")
        print(f"  {'':>26}  pairs and costs {result['pairing']:5.2f} s, solver {result['solving']:5.2f} s "
              f"(in memory, same market)")
    (_, _, small), (_, _, large) = results
    print(f"  growth at double size: {large['seconds'] / small['seconds']:.1f}x the time for "
          f"{large['run']['eligible_pairs'] / small['run']['eligible_pairs']:.1f}x the eligible pairs")
