from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base


class PolicyVersion(IdMixin, TimestampMixin, Base):
    """The subsidy policy in force between two dates. A loan keeps the version of its contract date."""

    __tablename__ = "policy_version"

    name: Mapped[str] = mapped_column(String(100))
    effective_from: Mapped[date] = mapped_column(unique=True)
    effective_to: Mapped[date | None]
    principal_cap: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    spread_bp: Mapped[int]
    lpr_tenor: Mapped[str] = mapped_column(String(3))
    subsidised_term_months: Mapped[int]
    age_min: Mapped[int]
    age_max: Mapped[int]
    eligible_uses: Mapped[list[str]] = mapped_column(JSON)
