"""A demand's matches: its eligible lots, best first, each with the parts of its score.

Set-based, for a demand against a hundred thousand lots: what is small is worked out first in Python (the
demand's products and their certificates in force, the counties within its radius and their distances, at most
eight; the sellers not admitted), the eligibility rules (eligibility.py) are a WHERE over the lots on offer,
and the score (score.py) is an expression the database orders by, over selected columns, never ORM objects.
Only the page that comes back is explained in Python, with the same functions.
"""

import uuid
from datetime import date
from typing import Any

from sqlalchemy import Float, Row, SQLColumnExpression, case, cast, func, literal, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from chassis.auth.principal import Principal
from chassis.counties import counties, county_name
from products.catalogue.models import Certification, FeaturedProduct, in_force
from products.demands.lifecycle import WANTED
from products.demands.models import Demand
from products.demands.queries import get_demand
from products.lots.lifecycle import ON_OFFER
from products.lots.models import Lot
from products.matching import score
from products.matching.distance import counties_within
from products.matching.schemas import Match, MatchList, ScoreParts
from products.parties.lifecycle import SellerStatus
from products.parties.models import Seller


async def matches(*, session: AsyncSession, principal: Principal, demand_id: uuid.UUID, limit: int,
                  today: date) -> MatchList:
    """The demand's matches, for its buyer and staff who see the demand (404 for anyone else)."""
    demand, _ = await get_demand(session=session, principal=principal, demand_id=demand_id)
    return MatchList(demand_id=demand.id, weights=score.WEIGHTS,
                     items=await rank(session=session, demand=demand, limit=limit, today=today))


async def rank(*, session: AsyncSession, demand: Demand, limit: int, today: date) -> list[Match]:
    """The `limit` best eligible lots for the demand, best first (ties: the lot's id)."""
    if demand.status not in WANTED or demand.remaining_kg <= 0:
        return []
    products = await _products(session, demand, today)
    if not products:
        return []
    near = counties_within(demand.county_code, demand.max_distance_km)
    start = score.delivery_start(demand.wanted_from, today)
    sql = _Sql(session.get_bind().dialect.name)
    parts = {
        "quantity": sql.ramp(score.quantity(float(demand.remaining_kg)), Lot.remaining_kg_float),
        "price": sql.ramp(score.price(float(demand.ceiling_price_per_kg)), Lot.floor_price_float),
        "distance": sql.lookup(Lot.county_code, {code: score.distance(km) for code, km in near.items()}),
        "freshness": sql.ramp(score.freshness(), sql.days_from(start, Lot.best_before)),
        "unsold": sql.lookup(Lot.unsold, {True: score.unsold(True), False: score.unsold(False)}),
        "certified": sql.lookup(Lot.product_id, {pid: score.certified(n) for pid, (_, n) in products.items()}),
    }
    total = sum((sql.number(score.WEIGHTS[name]) * part for name, part in parts.items()), start=sql.number(0.0))
    # The sellers not admitted (pending or suspended: few) are a list of constants the scan leaves out, so the
    # database keeps only the best `limit` rows as it scores (a bounded sort, not a sort of every eligible lot
    # joined to its seller afterwards); the page's sellers are read once it is known.
    not_admitted = list(await session.scalars(select(Seller.id).where(Seller.status != SellerStatus.admitted)))
    if sql.postgres:
        # Plan with this demand's values: a generic plan of the prepared statement would compare each lot with
        # every listed product and seller in turn, where a custom one looks them up in a hash.
        await session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    statement = (
        select(Lot.id, Lot.product_id, Lot.seller_id, Lot.remaining_kg, Lot.floor_price_per_kg, Lot.harvest_date,
               Lot.best_before, Lot.county_code, Lot.unsold)
        # The amounts compare as floats (generated columns): exact here, as every amount has two decimals and is
        # far below 2**53 hundredths, so two amounts compare as floats as they do as decimals.
        .where(Lot.status.in_(ON_OFFER), Lot.remaining_kg_float > 0, Lot.product_id.in_(list(products)),
               Lot.floor_price_float <= float(demand.ceiling_price_per_kg), Lot.best_before >= demand.wanted_from,
               Lot.harvest_date <= demand.wanted_until, Lot.seller_id.not_in(not_admitted))
        .order_by(total.desc(), Lot.id)
        .limit(limit)
    )
    if len(near) < len(counties()):
        statement = statement.where(Lot.county_code.in_(list(near)))
    rows = (await session.execute(statement)).all()
    if not rows:
        return []
    sellers = {seller_id: (name, county) for seller_id, name, county in await session.execute(
        select(Seller.id, Seller.name, Seller.county_code).where(Seller.id.in_(list({r.seller_id for r in rows}))))}
    return [_match(row, sellers[row.seller_id], demand, products, near, start) for row in rows]


async def _products(session: AsyncSession, demand: Demand, today: date) -> dict[uuid.UUID, tuple[str, int]]:
    """The products the demand takes (its product, or every product of its category): name and certificates
    in force."""
    wanted = (FeaturedProduct.id == demand.product_id if demand.product_id is not None
              else FeaturedProduct.category == demand.category)
    names = {pid: name for pid, name in await session.execute(
        select(FeaturedProduct.id, FeaturedProduct.name).where(wanted))}
    if not names:
        return {}
    certified = {pid: n for pid, n in await session.execute(
        select(Certification.product_id, func.count()).where(Certification.product_id.in_(list(names)), in_force(today))
        .group_by(Certification.product_id))}
    return {pid: (name, certified.get(pid, 0)) for pid, name in names.items()}


class _Sql:
    """score.py's pieces as SQL expressions, on either database."""

    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgresql"

    def number(self, value: float) -> ColumnElement[float]:
        return cast(literal(value), Float)

    def ramp(self, ramp: score.Ramp, x: SQLColumnExpression[Any]) -> ColumnElement[float]:
        """score.Ramp: slope * x + intercept, held to [0, 1] (GREATEST/LEAST; SQLite's MAX/MIN of several)."""
        line = self.number(ramp.slope) * x
        if ramp.intercept:
            line = line + self.number(ramp.intercept)
        greatest, least = (func.greatest, func.least) if self.postgres else (func.max, func.min)
        return greatest(self.number(0.0), least(self.number(1.0), line))

    def lookup(self, column: SQLColumnExpression[Any], values: dict[Any, float]) -> ColumnElement[float]:
        """The value for the column's value (a county's distance part, a product's certificate part); else 0."""
        whens = [(column == key, self.number(value)) for key, value in values.items() if value]
        return case(*whens, else_=self.number(0.0)) if whens else self.number(0.0)

    def days_from(self, start: date, day: SQLColumnExpression[date]) -> ColumnElement[float]:
        """Days from `start` to the date column, as a number."""
        if self.postgres:
            return cast(day - start, Float)  # date - date is a whole number of days
        return func.julianday(day) - func.julianday(start.isoformat())


def _match(row: Row[*tuple[Any, ...]], seller: tuple[str, str], demand: Demand,
           products: dict[uuid.UUID, tuple[str, int]], near: dict[str, float], start: date) -> Match:
    lot_id, product_id, seller_id, remaining_kg, floor_price, harvest_date, best_before, county_code, unsold = row
    seller_name, seller_county = seller
    product_name, certificates = products[product_id]
    parts = score.parts_of(score.Fit(
        lot_remaining_kg=float(remaining_kg), demand_remaining_kg=float(demand.remaining_kg),
        floor_price_per_kg=float(floor_price), ceiling_price_per_kg=float(demand.ceiling_price_per_kg),
        distance_km=near[county_code], days_to_best_before=(best_before - start).days, unsold=unsold,
        certificates_in_force=certificates))
    return Match(
        lot_id=lot_id, score=round(parts.score, 4),
        parts=ScoreParts(**{name: round(getattr(parts, name), 4) for name in ScoreParts.model_fields}),
        distance_km=round(near[county_code], 1), product_id=product_id, product_name=product_name,
        seller_id=seller_id, seller_name=seller_name, seller_county_code=seller_county,
        seller_county_name=county_name(seller_county), county_code=county_code, county_name=county_name(county_code),
        remaining_kg=remaining_kg, floor_price_per_kg=floor_price, harvest_date=harvest_date, best_before=best_before,
        unsold=unsold,
    )
