"""Every table of the service, imported in one place for Alembic."""

from products.catalogue.models import Certification, FeaturedProduct
from products.clearing.models import ClearingAllocation, ClearingRun
from products.db import Base
from products.deals.models import Deal, DealTransition
from products.demands.models import Demand
from products.lots.models import Lot
from products.parties.models import Buyer, Seller, SellerTransition

__all__ = ["Base", "Buyer", "Certification", "Demand", "FeaturedProduct", "Lot", "Seller", "SellerTransition"]
__all__ += ["ClearingAllocation", "ClearingRun", "Deal", "DealTransition"]
