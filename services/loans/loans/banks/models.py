from enum import StrEnum

from sqlalchemy import JSON, Enum, String
from sqlalchemy.orm import Mapped, mapped_column

from chassis.db import IdMixin, TimestampMixin
from loans.db import Base


class BankType(StrEnum):
    postal_savings = "postal_savings"
    rural_commercial = "rural_commercial"
    other = "other"


class PartnerBank(IdMixin, TimestampMixin, Base):
    """A bank that lends under the programme (邮储银行, 农商银行, ...)."""

    __tablename__ = "partner_bank"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    bank_type: Mapped[BankType] = mapped_column(Enum(BankType, native_enum=False, length=20))
    branches: Mapped[list[str]] = mapped_column(JSON, default=list)
