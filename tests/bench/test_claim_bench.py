"""Filing a quarterly subsidy claim is set-based: 10,000 lines within 2 seconds, on SQLite and PostgreSQL.

Prints the time for 1,000 to 10,000 lines so the growth is visible (it should be about linear).
"""

import asyncio
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert

from chassis import migrations
from chassis.auth.principal import Principal, Role
from chassis.db import make_engine, make_sessionmaker
from chassis.testing import throwaway_database
from loans.applications.lifecycle import ApplicationStatus
from loans.applications.models import LoanApplication
from loans.banks.models import PartnerBank
from loans.borrowers.models import Borrower
from loans.claims.schemas import ClaimFiling, ClaimLineIn
from loans.claims.service import file_claim
from loans.config import Settings
from loans.loans.models import Loan
from loans.repayments.models import Repayment

MIGRATIONS = Path(__file__).resolve().parents[2] / "services" / "loans" / "migrations"
POLICY_2020 = uuid.UUID("3b1f6a52-2020-4c1e-9d3a-5e0c0a2020a1")
SIZES = [(1_000, 2021, 1), (2_000, 2021, 2), (5_000, 2021, 3), (10_000, 2021, 4)]
LIMIT_SECONDS = 2.0


async def _seed(sessionmaker, bank_id: uuid.UUID, count: int) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    """`count` disbursed loans with a principal repayment each, written in bulk."""
    borrowers, applications, loans, repayments = [], [], [], []
    for n in range(count):
        borrower_id, application_id, loan_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        borrowers.append({"id": borrower_id, "user_id": f"bench-{n}", "name": "测试", "id_card_encrypted": "x",
                          "id_card_hash": f"bench-{n}", "id_card_masked": "4418**********0000",
                          "mobile_encrypted": "x", "mobile_masked": "138****0000", "birth_date": date(1995, 1, 1),
                          "gender": "male", "county_code": "441881", "town": "镇", "village": "村",
                          "poor_household": False, "education": "college"})
        applications.append({"id": application_id, "borrower_id": borrower_id, "applicant_user_id": f"bench-{n}",
                             "county_code": "441881", "status": ApplicationStatus.repaying.value,
                             "project_name": "项目", "project_use": "planting", "project_description": "项目说明文字",
                             "project_location": "村", "amount_requested": Decimal("600000.00"), "jobs_created": 1,
                             "poor_households_driven": 1, "epidemic_affected": True, "demonstration": False,
                             "bank_id": bank_id})
        contract_date = date(2020, 5, 10) + timedelta(days=n % 200)
        loans.append({"id": loan_id, "application_id": application_id, "bank_id": bank_id,
                      "contract_number": f"B{n:06d}", "principal": Decimal("600000.00"),
                      "annual_rate_pct": Decimal("4.35"), "contract_date": contract_date, "term_months": 36,
                      "first_repayment_date": contract_date + timedelta(days=31),
                      "repayment_method": "interest_monthly_principal_at_maturity", "lpr_pct": Decimal("3.85"),
                      "policy_version_id": POLICY_2020, "outstanding_principal": Decimal("500000.00"),
                      "days_past_due": 0})
        repayments.append({"id": uuid.uuid4(), "loan_id": loan_id, "bank_id": bank_id,
                           "bank_transaction_id": f"T{n:06d}", "paid_on": date(2021, 2, 1),
                           "principal": Decimal("100000.00"), "interest": Decimal("0.00"),
                           "penalty_interest": Decimal("0.00")})
    async with sessionmaker() as session, session.begin():
        for model, rows in ((Borrower, borrowers), (LoanApplication, applications), (Loan, loans),
                            (Repayment, repayments)):
            for start in range(0, len(rows), 2_000):
                await session.execute(insert(model), rows[start:start + 2_000])
    return [row["id"] for row in loans]


async def _bench() -> list[tuple[int, float]]:
    with throwaway_database("loans_bench") as url:
        await asyncio.to_thread(migrations.upgrade, MIGRATIONS, url)
        engine = make_engine(Settings(database_url=url))
        sessionmaker = make_sessionmaker(engine)
        bank_id = uuid.uuid4()
        async with sessionmaker() as session, session.begin():
            session.add(PartnerBank(id=bank_id, name="基准测试银行", bank_type="other", branches=[]))
        loan_ids = await _seed(sessionmaker, bank_id, max(size for size, _, _ in SIZES))
        bank = Principal(subject="bench", role=Role.bank_officer, bank_id=bank_id)
        timings = []
        for size, year, quarter in SIZES:
            filing = ClaimFiling(year=year, quarter=quarter, lines=[
                ClaimLineIn(loan_id=loan_id, interest_paid=Decimal("7000.00")) for loan_id in loan_ids[:size]])
            started = time.perf_counter()
            async with sessionmaker() as session, session.begin():
                await file_claim(session=session, principal=bank, data=filing)
            timings.append((size, time.perf_counter() - started))
        await engine.dispose()
    return timings


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_ten_thousand_line_claim_is_filed_within_two_seconds(backend: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XQ_TEST_DB", backend)
    timings = asyncio.run(_bench())
    print(f"\nfiling a quarterly claim on {backend} (compute every line, write them all):")
    for size, seconds in timings:
        print(f"  {size:>6,} lines  {seconds:6.3f} s  ({seconds / size * 1e6:6.1f} µs a line)")
    ten_thousand = dict(timings)[10_000]
    assert ten_thousand <= LIMIT_SECONDS, f"10,000 lines took {ten_thousand:.2f} s on {backend}"
