from datetime import date
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.cli import main
from volunteers.children.records import run_retention
from volunteers.config import Settings
from volunteers.demo import load_demo

settings = Settings()


async def anonymize_job(session: AsyncSession, on: str) -> str:
    run = await run_retention(session=session, principal=Principal(subject="retention-job", role=Role.service,
                                                                   name="定时任务 retention job"),
                              on_date=date.fromisoformat(on), keep_days=settings.children_keep_days)
    return (f"volunteers: {run.anonymized} children's records anonymized (camps ended more than {run.keep_days} "
            f"days before {run.on})")


main(settings, Path(__file__).resolve().parents[1] / "migrations", load_demo,
     jobs={"anonymize": ("anonymize children's records kept past the retention period (run daily)", anonymize_job,
                         {"on": "the date to run for, YYYY-MM-DD (usually today)"})})
