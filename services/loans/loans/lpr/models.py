from datetime import date
from decimal import Decimal

from sqlalchemy import Numeric
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base


class LprFixing(IdMixin, TimestampMixin, Base):
    """A change of the Loan Prime Rate: in force from its date until the next fixing."""

    __tablename__ = "lpr_fixing"

    effective_date: Mapped[date] = mapped_column(unique=True)
    lpr_1y_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    lpr_5y_pct: Mapped[Decimal] = mapped_column(Numeric(5, 2))
