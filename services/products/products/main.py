from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from chassis.crypto import FieldCipher
from products.catalogue.router import router as catalogue_router
from products.clearing.router import router as clearing_router
from products.config import Settings
from products.deals.router import router as deals_router
from products.demands.router import router as demands_router
from products.lots.router import router as lots_router
from products.matching.router import router as matching_router
from products.notices.router import inquiries as inquiries_router
from products.notices.router import notices as notices_router
from products.notices.router import public as public_router
from products.pairings.router import router as pairings_router
from products.parties.router import buyers as buyers_router
from products.parties.router import sellers as sellers_router
from products.platforms.router import router as platforms_router
from products.promotion.router import router as promotion_router
from products.references.router import router as references_router
from products.stats.router import router as stats_router


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = create_service_app(
        settings,
        [catalogue_router, sellers_router, buyers_router, lots_router, demands_router, matching_router,
         stats_router, clearing_router, deals_router, promotion_router, platforms_router, notices_router,
         public_router, inquiries_router, pairings_router, references_router],
        title="Xiangqing products",
        description="Qingyuan's featured farm products and the 山生山世·星计划 collective brand; sellers' lots, "
                    "buyers' demands, and the matching of one to the other.",
    )
    app.state.field_cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    return app
