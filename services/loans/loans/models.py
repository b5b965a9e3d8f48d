"""Every table of the service, imported in one place for Alembic."""

from loans.banks.models import PartnerBank
from loans.db import Base
from loans.lpr.models import LprFixing

__all__ = ["Base", "LprFixing", "PartnerBank"]
