import asyncio
import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from chassis import migrations
from chassis.crypto import FieldCipher
from chassis.db import make_engine
from chassis.testing import migrations_roundtrip, throwaway_database
from loans.config import Settings
from loans.models import Base

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
BEFORE_ENCRYPTED_SECRETS = "08f777d3288a"


def test_migrations_go_up_down_and_up_again_and_match_the_models() -> None:
    migrations_roundtrip(MIGRATIONS, Base.metadata, "loans")


def endpoint_table(secret_column: str, previous_column: str) -> sa.TableClause:
    return sa.table("webhook_endpoint", sa.column("id", sa.Uuid()), sa.column("owner", sa.String()),
                    sa.column("url", sa.String()), sa.column("active", sa.Boolean()),
                    sa.column(secret_column, sa.String()), sa.column(previous_column, sa.String()))


async def execute(url: str, statement: sa.Executable) -> list[Any]:
    engine = make_engine(Settings(database_url=url), url=url)
    try:
        async with engine.begin() as connection:
            result = await connection.execute(statement)
            return list(result.all()) if result.returns_rows else []
    finally:
        await engine.dispose()


def test_secrets_stored_before_are_encrypted_on_the_way_up_and_restored_on_the_way_down() -> None:
    cipher = FieldCipher(Settings().field_encryption_key.get_secret_value())
    plain = endpoint_table("secret", "previous_secret")
    encrypted = endpoint_table("secret_encrypted", "previous_secret_encrypted")
    with throwaway_database("loans_webhook_secrets") as url:
        migrations.upgrade(MIGRATIONS, url, BEFORE_ENCRYPTED_SECRETS)
        asyncio.run(execute(url, plain.insert().values(
            id=uuid.uuid4(), owner="bank:psbc", url="https://bank.example/hooks", active=True,
            secret="whsec_current", previous_secret="whsec_previous")))

        migrations.upgrade(MIGRATIONS, url)
        [(secret, previous)] = asyncio.run(execute(url, sa.select(
            encrypted.c.secret_encrypted, encrypted.c.previous_secret_encrypted)))
        assert "whsec" not in secret + previous
        assert (cipher.decrypt(secret), cipher.decrypt(previous)) == ("whsec_current", "whsec_previous")

        migrations.downgrade(MIGRATIONS, url, BEFORE_ENCRYPTED_SECRETS)
        assert asyncio.run(execute(url, sa.select(plain.c.secret, plain.c.previous_secret))) == [
            ("whsec_current", "whsec_previous")]


BEFORE_LOAN_LINKS = "7a3d91c0e5b2"
POLICY_2020 = uuid.UUID("3b1f6a52-2020-4c1e-9d3a-5e0c0a2020a1")


async def insert_lent_and_paid_records(url: str) -> tuple[uuid.UUID, uuid.UUID]:
    """One loan with an approved line on a paid claim and one on a claim not yet paid, written as they were
    stored before the loan links (only the columns of that revision, typed as the models type them)."""
    ids = {name: uuid.uuid4() for name in ("bank", "borrower", "application", "loan", "paid", "filed")}
    now = dt.datetime(2021, 4, 1, tzinfo=dt.UTC)
    stamps = {"created_at": now, "updated_at": now}
    line = {"loan_id": ids["loan"], "interest_paid": Decimal("2000.00"), "days": 92,
            "eligible_principal": Decimal("500000.00"), "cap_amount": Decimal("6452.78"),
            "contract_interest": Decimal("5000.00"), "flagged_excess": False}
    claim = {"bank_id": ids["bank"], "year": 2020, "period_start": dt.date(2020, 10, 1),
             "period_end": dt.date(2020, 12, 31), **stamps}
    rows = {
        "partner_bank": [{"id": ids["bank"], "name": "迁移测试银行", "bank_type": "other", "branches": [], **stamps}],
        "borrower": [{"id": ids["borrower"], "user_id": "migration", "name": "测试", "id_card_encrypted": "x",
                      "id_card_hash": "migration", "id_card_masked": "4418**********0000", "mobile_encrypted": "x",
                      "mobile_masked": "138****0000", "birth_date": dt.date(1995, 1, 1), "gender": "male",
                      "county_code": "441881", "town": "镇", "village": "村", "poor_household": False,
                      "education": "college", **stamps}],
        "loan_application": [{
            "id": ids["application"], "borrower_id": ids["borrower"], "applicant_user_id": "migration",
            "county_code": "441881", "status": "repaying", "project_name": "项目", "project_use": "planting",
            "project_description": "项目说明文字", "project_location": "村", "amount_requested": Decimal("600000.00"),
            "jobs_created": 1, "poor_households_driven": 1, "epidemic_affected": True, "demonstration": False,
            "bank_id": ids["bank"], **stamps}],
        "loan": [{"id": ids["loan"], "application_id": ids["application"], "bank_id": ids["bank"],
                  "contract_number": "M000001", "principal": Decimal("600000.00"), "annual_rate_pct": Decimal("4.35"),
                  "contract_date": dt.date(2020, 5, 10), "term_months": 36,
                  "first_repayment_date": dt.date(2020, 6, 10), "repayment_method": "equal_instalments",
                  "lpr_pct": Decimal("3.85"), "policy_version_id": POLICY_2020,
                  "outstanding_principal": Decimal("600000.00"), "days_past_due": 0, **stamps}],
        "subsidy_claim": [{"id": ids["paid"], "quarter": 3, "status": "paid", **claim},
                          {"id": ids["filed"], "quarter": 4, "status": "approved", **claim}],  # not paid yet
        "claim_line": [
            {"id": uuid.uuid4(), "claim_id": ids["paid"], "subsidy": Decimal("2000.00"), "decision": "approved",
             **line},
            {"id": uuid.uuid4(), "claim_id": ids["filed"], "subsidy": Decimal("1500.00"), "decision": "approved",
             **line}],
    }
    engine = make_engine(Settings(database_url=url), url=url)
    try:
        async with engine.begin() as connection:
            for name, values in rows.items():
                model = Base.metadata.tables[name]
                table = sa.table(name, *(sa.column(key, model.c[key].type) for key in values[0]))
                await connection.execute(table.insert(), values)
    finally:
        await engine.dispose()
    return ids["application"], ids["loan"]


def test_applications_learn_their_loan_and_loans_their_paid_subsidy_on_the_way_up() -> None:
    application = sa.table("loan_application", sa.column("id", sa.Uuid()), sa.column("loan_id", sa.Uuid()))
    loan = sa.table("loan", sa.column("id", sa.Uuid()), sa.column("subsidy_received", sa.Numeric(14, 2)))
    with throwaway_database("loans_loan_links") as url:
        migrations.upgrade(MIGRATIONS, url, BEFORE_LOAN_LINKS)
        application_id, loan_id = asyncio.run(insert_lent_and_paid_records(url))

        migrations.upgrade(MIGRATIONS, url)
        assert asyncio.run(execute(url, sa.select(application.c.loan_id).where(
            application.c.id == application_id))) == [(loan_id,)]
        # Only the approved line of the paid claim: the approved but unpaid claim is not received yet.
        assert asyncio.run(execute(url, sa.select(loan.c.subsidy_received))) == [(Decimal("2000.00"),)]

        migrations.downgrade(MIGRATIONS, url, BEFORE_LOAN_LINKS)
        migrations.upgrade(MIGRATIONS, url)


BEFORE_IDENTITY_FREEZE = "3e6b0f7d2a19"


def test_a_borrower_who_submitted_before_has_a_frozen_identity_on_the_way_up() -> None:
    application = sa.table("loan_application", sa.column("borrower_id", sa.Uuid()),
                           sa.column("submitted_at", sa.DateTime(timezone=True)))
    borrower = sa.table("borrower", sa.column("identity_frozen_at", sa.DateTime(timezone=True)),
                        sa.column("identity_disputed", sa.Boolean()))
    submitted = dt.datetime(2020, 4, 20, 9, 30, tzinfo=dt.UTC)
    with throwaway_database("loans_identity_freeze") as url:
        migrations.upgrade(MIGRATIONS, url, BEFORE_IDENTITY_FREEZE)
        asyncio.run(insert_lent_and_paid_records(url))
        asyncio.run(execute(url, application.update().values(submitted_at=submitted)))

        migrations.upgrade(MIGRATIONS, url)
        [(frozen_at, disputed)] = asyncio.run(execute(url, sa.select(borrower.c.identity_frozen_at,
                                                                     borrower.c.identity_disputed)))
        assert frozen_at.replace(tzinfo=dt.UTC) == submitted and disputed is False

        migrations.downgrade(MIGRATIONS, url, BEFORE_IDENTITY_FREEZE)
        migrations.upgrade(MIGRATIONS, url)
