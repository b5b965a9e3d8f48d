"""Every table of the service, imported in one place for Alembic."""

from products.catalogue.models import Certification, FeaturedProduct
from products.db import Base

__all__ = ["Base", "Certification", "FeaturedProduct"]
