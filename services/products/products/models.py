"""Every table of the service, imported in one place for Alembic."""

from products.catalogue.models import Certification, FeaturedProduct
from products.clearing.models import ClearingAllocation, ClearingRun
from products.db import Base
from products.deals.models import Deal, DealTransition
from products.demands.models import Demand
from products.lots.models import Lot
from products.notices.models import Inquiry, Notice, NoticeTransition, notice_lot
from products.pairings.models import Pairing
from products.parties.models import Buyer, Seller, SellerTransition
from products.platforms.models import Platform, platform_product
from products.promotion.models import Video

__all__ = ["Base", "Buyer", "Certification", "Demand", "FeaturedProduct", "Lot", "Seller", "SellerTransition"]
__all__ += ["ClearingAllocation", "ClearingRun", "Deal", "DealTransition"]
__all__ += ["Inquiry", "Notice", "NoticeTransition", "Pairing", "Platform", "Video", "notice_lot", "platform_product"]
