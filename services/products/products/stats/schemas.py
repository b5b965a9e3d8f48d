import uuid

from pydantic import BaseModel

from chassis.money import Money
from chassis.stats import ServiceStats


class Amount(BaseModel):
    """A sum of money under a key: a county, a product, a month (YYYY-MM)."""

    key: str
    label: str
    value: Money


class ProductAmount(BaseModel):
    product_id: uuid.UUID
    product_name: str
    value: Money


class YearFigures(BaseModel):
    """What the report counts by year: videos shot, notices published, villages paired."""

    year: int
    videos: int
    notices_published: int
    villages_paired: int


class ProductStats(ServiceStats):
    """The dashboard's figures (ServiceStats, which the gateway reads), and the breakdowns behind them."""

    deal_value_by_county: list[Amount]
    deal_value_by_product: list[ProductAmount]
    deal_value_by_month: list[Amount]
    by_year: list[YearFigures]
