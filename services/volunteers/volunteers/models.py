"""Every table of the service, imported in one place for Alembic."""

from volunteers.activities.models import Activity
from volunteers.db import Base

__all__ = ["Activity", "Base"]
