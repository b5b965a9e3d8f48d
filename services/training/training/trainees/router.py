import uuid
from typing import Annotated
from urllib.parse import unquote

from fastapi import APIRouter, BackgroundTasks, Header, Query, Request, Response, status

from chassis.auth.deps import Staff
from chassis.counties import CountyCode
from chassis.db import SessionDep
from chassis.excel import XLSX_MEDIA_TYPE, XLSX_RESPONSE, workbook_response
from chassis.pagination import Page, PageDep
from training.deps import CipherDep, Trainee
from training.trainees import queries, service
from training.trainees.schemas import ImportPreview, TraineeCreate, TraineeImportRead, TraineeRead

router = APIRouter(prefix="/api/v1/training/trainees", tags=["trainees"])

XLSX_BODY = {"requestBody": {"required": True, "content": {XLSX_MEDIA_TYPE: {"schema": {
    "type": "string", "format": "binary"}}}}}
Search = Annotated[str | None, Query(min_length=1, max_length=50, description="Name, or a whole mobile number")]
Filename = Annotated[str, Header(max_length=200, description="The uploaded file's name, percent-encoded (UTF-8)")]


@router.post("", status_code=status.HTTP_201_CREATED, summary="Register a trainee (county staff: their county)")
async def create_trainee(session: SessionDep, principal: Staff, cipher: CipherDep, data: TraineeCreate) -> TraineeRead:
    return await service.create_trainee(session=session, cipher=cipher, principal=principal, data=data)


@router.get("", summary="Trainees (county staff: their county's)")
async def list_trainees(session: SessionDep, principal: Staff, cipher: CipherDep, page: PageDep, q: Search = None,
                        county_code: CountyCode | None = None,
                        poor_household: bool | None = None) -> Page[TraineeRead]:
    return await queries.list_trainees(session=session, cipher=cipher, principal=principal, page=page, q=q,
                                       county_code=county_code, poor_household=poor_household)


@router.get("/export", summary="The trainees as an Excel sheet", response_class=Response, responses=XLSX_RESPONSE)
async def export_trainees(session: SessionDep, principal: Staff, cipher: CipherDep, q: Search = None,
                          county_code: CountyCode | None = None, poor_household: bool | None = None) -> Response:
    return workbook_response(await queries.export_trainees(session=session, cipher=cipher, principal=principal, q=q,
                                                  county_code=county_code, poor_household=poor_household),
                    "trainees.xlsx")


@router.get("/import-template", summary="The sheet to fill in for an import", response_class=Response,
            responses=XLSX_RESPONSE)
async def import_template(_: Staff) -> Response:
    return workbook_response(service.import_template(), "trainee-import-template.xlsx")


@router.post("/import-preview", summary="Every row of a sheet and its problems; nothing is written",
             openapi_extra=XLSX_BODY)
async def preview_import(session: SessionDep, principal: Staff, cipher: CipherDep, request: Request) -> ImportPreview:
    return await service.preview_import(session=session, cipher=cipher, principal=principal,
                                        content=await request.body())


@router.post("/imports", status_code=status.HTTP_202_ACCEPTED, openapi_extra=XLSX_BODY,
             summary="Import a sheet whose every row is good (else 422 naming each row; nothing is written)")
async def start_import(session: SessionDep, principal: Staff, cipher: CipherDep, request: Request,
                       background: BackgroundTasks, x_filename: Filename = "trainees.xlsx") -> TraineeImportRead:
    return TraineeImportRead.model_validate(await service.start_import(
        session=session, cipher=cipher, principal=principal, content=await request.body(), filename=unquote(x_filename),
        sessionmaker=request.app.state.sessionmaker, background=background))


@router.get("/imports/{import_id}", summary="An import's progress")
async def get_import(session: SessionDep, principal: Staff, import_id: uuid.UUID) -> TraineeImportRead:
    return TraineeImportRead.model_validate(
        await service.get_import(session=session, principal=principal, import_id=import_id))


@router.get("/me", summary="My trainee record")
async def get_own(session: SessionDep, principal: Trainee, cipher: CipherDep) -> TraineeRead:
    return await service.get_own(session=session, cipher=cipher, principal=principal)


@router.put("/me", summary="Make or correct my trainee record")
async def save_own(session: SessionDep, principal: Trainee, cipher: CipherDep, data: TraineeCreate) -> TraineeRead:
    return await service.save_own(session=session, cipher=cipher, principal=principal, data=data)


@router.get("/{trainee_id}", summary="One trainee")
async def get_trainee(session: SessionDep, principal: Staff, cipher: CipherDep, trainee_id: uuid.UUID) -> TraineeRead:
    return await service.get_trainee(session=session, cipher=cipher, principal=principal, trainee_id=trainee_id)
