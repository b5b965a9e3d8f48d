from fastapi import APIRouter, status

from chassis.auth.deps import CityStaff, Staff
from chassis.db import SessionDep
from volunteers.children import records
from volunteers.children.schemas import RetentionRequest, RetentionRunRead
from volunteers.deps import SettingsDep

router = APIRouter(prefix="/api/v1/volunteers/retention/runs", tags=["children"])


@router.post("", status_code=status.HTTP_201_CREATED,
             summary="Anonymize the children's records of camps that ended more than the kept days before a date")
async def run_retention(session: SessionDep, principal: CityStaff, settings: SettingsDep,
                        data: RetentionRequest) -> RetentionRunRead:
    return RetentionRunRead.model_validate(await records.run_retention(
        session=session, principal=principal, on_date=data.on, keep_days=settings.children_keep_days))


@router.get("", summary="The retention job's runs, newest first")
async def list_runs(session: SessionDep, _: Staff) -> list[RetentionRunRead]:
    return [RetentionRunRead.model_validate(run) for run in await records.list_runs(session=session)]
