"""Every table of the service, imported in one place for Alembic."""

from loans.applications.models import ApplicationTransition, LoanApplication
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.claims.models import ClaimLine, SubsidyClaim
from loans.db import Base
from loans.idempotency import IdempotencyRecord
from loans.loans.models import Loan
from loans.lpr.models import LprFixing
from loans.partners.models import DeliveryAttempt, OutboxMessage, WebhookEndpoint
from loans.policies.models import PolicyVersion
from loans.repayments.models import Repayment

__all__ = [
    "ApplicationTransition", "Base", "Borrower", "ClaimLine", "DeliveryAttempt", "IdempotencyRecord", "Loan",
    "LoanApplication", "LprFixing", "OutboxMessage", "PartnerBank", "PolicyVersion", "Repayment", "SubsidyClaim",
    "WebhookEndpoint",
]
