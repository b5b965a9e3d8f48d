from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from products.catalogue.router import router as catalogue_router
from products.config import Settings
from products.stats.router import router as stats_router


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        settings or Settings(),
        [catalogue_router, stats_router],
        title="Xiangqing products",
        description="Qingyuan's featured farm products and the 山生山世·星计划 collective brand.",
    )
