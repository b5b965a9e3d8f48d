"""Whatever the apps' documents mark deprecated keeps the promise: both dates, and a sunset at least 180 days after
the deprecation (chassis.versioning.policy_faults). None is deprecated today, so the check proves itself first on
a synthetic app, with the marks done right and done wrong."""

import importlib
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter, FastAPI, Query
from pydantic import BaseModel, Field

from chassis.versioning import deprecated, deprecated_field, policy_faults

ROOT = Path(__file__).resolve().parents[2]
APPS = ("gateway", "loans", "products", "training", "volunteers")
MERGED = ROOT / "gateway" / "gateway" / "reference" / "openapi.json"
SINCE, SUNSET = date(2026, 7, 1), date(2027, 1, 1)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GATEWAY_DATA_DIR", str(tmp_path_factory.mktemp("gateway")))  # its signing key
        yield {name: importlib.import_module(f"{name}.main").create_app().openapi() for name in APPS}


@pytest.mark.parametrize("name", APPS)
def test_every_deprecation_in_an_app_keeps_the_promise(documents: dict[str, dict[str, Any]], name: str) -> None:
    assert policy_faults(documents[name]) == []


def test_every_deprecation_in_the_merged_reference_keeps_the_promise() -> None:
    assert policy_faults(json.loads(MERGED.read_text(encoding="utf-8"))) == []


class Crop(BaseModel):
    name: str
    variety: str | None = Field(None, **deprecated_field(SINCE, SUNSET, replacement="name"))
    grade: str | None = Field(None, deprecated=True)  # no dates: a fault


def synthetic() -> dict[str, Any]:
    router = APIRouter(prefix="/api/v1/demo")

    @router.get("/crops", **deprecated(SINCE, SUNSET))
    async def kept_promise() -> Crop:
        raise NotImplementedError

    @router.get("/bare", deprecated=True)
    async def bare() -> None: ...

    @router.get("/hurried", deprecated=True,
                openapi_extra={"x-deprecated-since": "2026-07-01", "x-sunset": "2026-09-01"})
    async def hurried() -> None: ...

    @router.get("/query")
    async def old_query(county: str | None = Query(None, deprecated=True),
                        town: str | None = Query(None, **deprecated_field(SINCE, SUNSET))) -> None: ...

    app = FastAPI()
    app.include_router(router)
    return app.openapi()


def test_the_check_passes_marks_made_by_chassis_versioning() -> None:
    document = synthetic()
    assert document["paths"]["/api/v1/demo/crops"]["get"]["deprecated"] is True
    assert document["components"]["schemas"]["Crop"]["properties"]["variety"]["deprecated"] is True
    faults = "\n".join(policy_faults(document))
    assert "/paths/~1api~1v1~1demo~1crops/get:" not in faults
    assert "/properties/variety" not in faults
    assert "/parameters/1" not in faults


def test_the_check_finds_a_deprecation_without_dates_or_with_a_short_notice() -> None:
    faults = policy_faults(synthetic())
    assert sorted(faults) == [
        "/components/schemas/Crop/properties/grade: deprecated without x-deprecated-since and x-sunset dates "
        "(chassis.versioning)",
        "/paths/~1api~1v1~1demo~1bare/get: deprecated without x-deprecated-since and x-sunset dates "
        "(chassis.versioning)",
        "/paths/~1api~1v1~1demo~1hurried/get: sunset 2026-09-01 is 62 days after 2026-07-01, not at least 180",
        "/paths/~1api~1v1~1demo~1query/get/parameters/0: deprecated without x-deprecated-since and x-sunset dates "
        "(chassis.versioning)",
    ]
