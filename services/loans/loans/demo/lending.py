"""The 2020 lending the committee reported: 140 loans, 28,000,000 CNY, 140 projects, 500+ poor households.

Every loan goes through the same service functions as the API (profile, application, the lifecycle with
its audit, disbursement at the LPR of its contract date), so the statistics compute the report's figures
from records. Most loans were repaid on schedule and settled; a few fell behind (one written off).
"""

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert, update
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from loans.applications import service as applications
from loans.applications.lifecycle import Action
from loans.applications.models import ApplicationTransition, LoanApplication
from loans.applications.schemas import ApplicationCreate
from loans.applications.transitions import SYSTEM, apply_action
from loans.borrowers.models import Education
from loans.borrowers.schemas import BorrowerProfile
from loans.borrowers.service import save_profile
from loans.demo.banks import demo_bank_id
from loans.demo.people import BANK_SYSTEM, CITY_REVIEWER, PLACES, county_reviewer, demo_id_card, demo_mobile, demo_name
from loans.loans import service as loan_service
from loans.loans.models import Loan
from loans.loans.schemas import LoanContract
from loans.policies.uses import LoanUse
from loans.repayments.models import Repayment
from loans.repayments.schedule import RepaymentMethod, build_schedule

LOANS_2020 = 140
AMOUNTS = [Decimal(a) for a in ("100000.00", "150000.00", "200000.00", "250000.00", "300000.00")]  # mean 200,000
HOUSEHOLDS = [2, 3, 4, 5, 6]  # mean 4: 560 households
COUNTIES = list(PLACES)
PROJECTS = [
    (LoanUse.planting, "{village}砂糖橘种植基地扩建", "扩种砂糖橘五十亩，配套水肥一体化设施，雇用本村贫困户务工。"),
    (LoanUse.livestock, "{village}清远鸡林下生态养殖", "建设林下养殖场，年出栏清远鸡两万羽，带动农户代养。"),
    (LoanUse.processing, "{village}红薯干初加工作坊", "购置烘干设备，收购周边农户红薯加工红薯干，统一包装销售。"),
    (LoanUse.ecommerce, "{village}农产品电商直播间", "建设直播间与分拣仓，通过青年电商服务平台销售本地特色农产品。"),
    (LoanUse.homestay, "{village}青年民宿改造", "将闲置农房改造为特色民宿，吸纳村民参与经营与服务。"),
    (LoanUse.rural_tourism, "{village}乡村旅游采摘园运营", "运营生态采摘园与农事体验项目，带动周边农户销售农产品。"),
]
STOPPED_PAYING = {7, 42, 77, 112}  # fell behind after a year
WRITTEN_OFF = 77
METHODS = list(RepaymentMethod)


def _bank_slug(county: str, n: int) -> str:
    local = {"441881": "yingde-rcb", "441882": "lianzhou-rcb"}.get(county, "qingyuan-rcb")
    return "psbc-qingyuan" if (n // len(COUNTIES)) % 2 == 0 else local


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 0), tzinfo=UTC)


async def load_lending(session: AsyncSession, cipher: FieldCipher) -> int:
    city = Principal(subject="demo-city-staff", role=Role.city_staff, name=CITY_REVIEWER)
    for n in range(LOANS_2020):
        county = COUNTIES[n % len(COUNTIES)]
        town, village = PLACES[county][n % 2]
        applicant = Principal(subject=f"demo-borrower-{n:03d}", role=Role.entrepreneur)
        reviewer = Principal(subject=f"demo-county-staff-{county}", role=Role.county_staff, county_code=county,
                             name=county_reviewer(county))
        bank = Principal(subject="demo-bank-system", role=Role.bank_officer,
                         bank_id=demo_bank_id(_bank_slug(county, n)), name=BANK_SYSTEM)
        contract_date = date(2020, 3, 2) + timedelta(days=2 * n)
        use, title, description = PROJECTS[n % len(PROJECTS)]
        amount = AMOUNTS[n % len(AMOUNTS)]

        await save_profile(session=session, cipher=cipher, principal=applicant, data=BorrowerProfile(
            name=demo_name(n), id_card=demo_id_card(n, county), mobile=demo_mobile(n), county_code=county,
            town=town, village=village, poor_household=n % 5 == 0, education=list(Education)[n % 7]))
        application = await applications.create_application(
            session=session, principal=applicant, data=ApplicationCreate(
            project_name=title.format(village=village), project_use=use, project_description=description,
            project_location=f"{town}{village}", amount_requested=amount, jobs_created=3 + n % 6,
            poor_households_driven=HOUSEHOLDS[n % len(HOUSEHOLDS)], households_village=village,
            epidemic_affected=True, demonstration=n % 3 == 0))
        for actor, action in ((applicant, Action.submit), (reviewer, Action.recommend), (city, Action.refer),
                              (bank, Action.approve)):
            await applications.perform(session=session, principal=actor, application=application, action=action,
                                       bank_id=bank.bank_id if action is Action.refer else None)
        contract = LoanContract(
            contract_number=f"QY2020{n + 1:04d}", principal=amount, annual_rate_pct=Decimal("4.35"),
            contract_date=contract_date, term_months=36, first_repayment_date=contract_date + timedelta(days=31),
            repayment_method=METHODS[n % len(METHODS)])
        loan = await loan_service.disburse(session=session, principal=bank, application=application, contract=contract)
        await _repay(session, application, loan, bank, stop_after=12 if n in STOPPED_PAYING else None)
        await _backdate(session, application, contract_date)
    return LOANS_2020


async def _repay(session: AsyncSession, application: LoanApplication, loan: Loan, bank: Principal,
                 stop_after: int | None) -> None:
    """The bank's repayment records, instalment by instalment, as it would have reported them."""
    schedule = build_schedule(principal=loan.principal, annual_rate_pct=loan.annual_rate_pct,
                              contract_date=loan.contract_date, term_months=loan.term_months,
                              first_repayment_date=loan.first_repayment_date, method=loan.repayment_method)
    paid = schedule[:stop_after] if stop_after else schedule
    await session.execute(insert(Repayment), [
        {"id": uuid.uuid4(), "loan_id": loan.id, "bank_id": loan.bank_id,
         "bank_transaction_id": f"{loan.contract_number}-{i.number:02d}", "paid_on": i.due_date,
         "principal": i.principal, "interest": i.interest, "penalty_interest": Decimal("0.00")}
        for i in paid])
    outstanding = paid[-1].outstanding_after
    await session.execute(update(Loan).where(Loan.id == loan.id).values(outstanding_principal=outstanding))
    await apply_action(session=session, application=application, action=Action.record_repayment, principal=bank)
    if outstanding == 0:
        await apply_action(session=session, application=application, action=Action.settle, principal=SYSTEM)


async def _backdate(session: AsyncSession, application: LoanApplication, contract_date: date) -> None:
    """The audit happened in 2020: dates counted back from the contract date, in lifecycle order."""
    offsets = {Action.submit: -40, Action.recommend: -30, Action.refer: -20, Action.approve: -10,
               Action.disburse: 0, Action.record_repayment: 31, Action.settle: 365 * 3}
    for action, days in offsets.items():
        await session.execute(update(ApplicationTransition).where(
            ApplicationTransition.application_id == application.id, ApplicationTransition.action == action)
            .values(at=_at(contract_date + timedelta(days=days))))
    await session.execute(update(LoanApplication).where(LoanApplication.id == application.id).values(
        created_at=_at(contract_date - timedelta(days=45)), submitted_at=_at(contract_date - timedelta(days=40))))
