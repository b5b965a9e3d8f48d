from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from loans.banks.router import router as banks_router
from loans.config import Settings
from loans.lpr.router import router as lpr_router
from loans.stats.router import router as stats_router


def create_app(settings: Settings | None = None) -> FastAPI:
    return create_service_app(
        settings or Settings(),
        [banks_router, lpr_router, stats_router],
        title="Xiangqing loans",
        description="Subsidised micro-loans for rural youth entrepreneurs: partner banks, LPR, subsidy.",
    )
