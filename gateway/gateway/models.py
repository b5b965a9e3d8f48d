"""Every table of the gateway, imported in one place for Alembic."""

from gateway.db import Base
from gateway.identity.models import User

__all__ = ["Base", "User"]
