import uuid
from decimal import Decimal

from sqlalchemy import BigInteger, Enum, ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from products.catalogue.models import ProductCategory
from products.db import Base


class ClearingRun(IdMixin, TimestampMixin, Base):
    """One clearing of the lots on offer against the demands still wanted, in a scope (a product, a category, a
    county, or the whole city): what it considered, what it moved, and what it cost (see solver.py, cost.py)."""

    __tablename__ = "clearing_run"
    # A new run withdraws the unaccepted proposals of the earlier runs in the same scope.
    __table_args__ = (Index("ix_clearing_run_scope", "product_id", "category", "county_code"),)

    product_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("featured_product.id"))
    category: Mapped[ProductCategory | None] = mapped_column(Enum(ProductCategory, native_enum=False, length=20))
    # The lots' county (their buyers may be anywhere their demands reach); None: the whole city.
    county_code: Mapped[str | None] = mapped_column(String(6))
    lots_considered: Mapped[int]
    demands_considered: Mapped[int]
    eligible_pairs: Mapped[int]
    total_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # In cost.py's points: the sum over the allocations of units (0.01 kg) times the pair's cost per unit.
    total_cost: Mapped[int] = mapped_column(BigInteger)
    withdrawn_deals: Mapped[int]
    run_by: Mapped[str] = mapped_column(String(64))
    run_by_name: Mapped[str | None] = mapped_column(String(100))


class ClearingAllocation(IdMixin, Base):
    """A quantity of a lot the run allocated to a demand, at the lot's floor price, and the deal proposed for it."""

    __tablename__ = "clearing_allocation"

    run_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clearing_run.id", ondelete="CASCADE"), index=True)
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lot.id"), index=True)
    demand_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("demand.id"), index=True)
    deal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("deal.id"), unique=True)
    quantity_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    price_per_kg: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    # cost.py's points per unit (0.01 kg) for this pair.
    unit_cost: Mapped[int]
