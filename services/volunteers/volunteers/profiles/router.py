import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from chassis.auth.deps import Staff
from chassis.db import SessionDep
from chassis.pagination import Page, PageDep
from volunteers.deps import CipherDep, Volunteer
from volunteers.profiles import service
from volunteers.profiles.models import Skill
from volunteers.profiles.schemas import ProfileCreate, ProfileRead, ProfileWrite

router = APIRouter(prefix="/api/v1/volunteers/profiles", tags=["profiles"])


@router.get("/me", summary="My volunteer profile (404 until I fill it in)")
async def my_profile(session: SessionDep, principal: Volunteer, cipher: CipherDep) -> ProfileRead:
    return await service.my_profile(session=session, principal=principal, cipher=cipher)


@router.put("/me", summary="Fill in or update my volunteer profile")
async def save_my_profile(session: SessionDep, principal: Volunteer, cipher: CipherDep,
                          data: ProfileWrite) -> ProfileRead:
    return await service.save_my_profile(session=session, principal=principal, cipher=cipher, data=data)


@router.get("", summary="Volunteer profiles, by name")
async def list_profiles(session: SessionDep, _: Staff, cipher: CipherDep, page: PageDep,
                        q: Annotated[str | None, Query(max_length=50, description="Part of the name or university")]
                        = None, skill: Skill | None = None, native: bool | None = None) -> Page[ProfileRead]:
    rows, total = await service.list_profiles(session=session, cipher=cipher, page=page, q=q, skill=skill,
                                              native=native)
    return Page[ProfileRead](items=rows, total=total, limit=page.limit, offset=page.offset)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Make a profile for a student")
async def create_profile(session: SessionDep, _: Staff, cipher: CipherDep, data: ProfileCreate) -> ProfileRead:
    return await service.create_profile(session=session, cipher=cipher, data=data)


@router.get("/{profile_id}", summary="One volunteer profile")
async def get_profile(session: SessionDep, _: Staff, cipher: CipherDep, profile_id: uuid.UUID) -> ProfileRead:
    return await service.get_profile(session=session, cipher=cipher, profile_id=profile_id)
