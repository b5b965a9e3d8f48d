from fastapi import FastAPI

from chassis.app import create_app as create_service_app
from chassis.crypto import FieldCipher
from loans.applications.router import router as applications_router
from loans.banks.router import router as banks_router
from loans.borrowers.router import router as borrowers_router
from loans.claims.router import router as claims_router
from loans.config import Settings
from loans.housekeeping import background_work
from loans.loans.router import router as loans_router
from loans.lpr.router import router as lpr_router
from loans.partners.router import router as partners_router
from loans.partners.webhooks import webhooks as partners_webhooks
from loans.policies.router import router as policies_router
from loans.references.router import router as references_router
from loans.stats.router import router as stats_router
from loans.subsidy.router import router as subsidy_router


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = create_service_app(
        settings,
        [banks_router, lpr_router, policies_router, borrowers_router, applications_router, loans_router,
         subsidy_router, claims_router, partners_router, stats_router, references_router],
        title="Xiangqing loans",
        description="Subsidised micro-loans for rural youth entrepreneurs: applications, partner banks, "
                    "loans and repayments, the LPR and the interest subsidy.",
        lifespan=background_work,
    )
    app.state.field_cipher = FieldCipher(settings.field_encryption_key.get_secret_value())
    app.webhooks.include_router(partners_webhooks)  # the events banks receive, in the document's `webhooks`
    return app
