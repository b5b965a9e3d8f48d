from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from training.config import Settings
from training.programmes.router import router as programmes_router
from training.sessions.router import router as sessions_router
from training.stats.router import router as stats_router


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        settings or Settings(),
        [programmes_router, sessions_router, stats_router],
        title="Xiangqing training",
        description="Training for rural youth: 领头雁 lead-goose classes, the 青农大讲堂 lecture hall, e-commerce.",
    )
