from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.cli import main
from chassis.timezone import business_today
from loans.config import Settings
from loans.demo import load_demo
from loans.loans.service import mark_overdue


async def overdue_job(session: AsyncSession) -> str:
    counts = await mark_overdue(session=session, today=business_today())
    return f"loans: {counts['checked']} checked, {counts['became_overdue']} became overdue, {counts['cured']} cured"


main(Settings(), Path(__file__).resolve().parents[1] / "migrations", load_demo,
     jobs={"mark-overdue": ("mark loans behind their schedule overdue (run daily)", overdue_job)})
