from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from volunteers.activities.router import router as activities_router
from volunteers.config import Settings
from volunteers.stats.router import router as stats_router


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        settings or Settings(),
        [activities_router, stats_router],
        title="Xiangqing volunteers",
        description="University students in the villages: summer camps and industry revitalization service teams.",
    )
