"""A deprecated route and a deprecated field on a tiny chassis app: the marks in its document, the headers on
every answer of the route (errors included) and on no other, and the 180 days' notice refused when short."""

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Annotated

import httpx
import pytest
from fastapi import APIRouter, FastAPI, Query
from pydantic import BaseModel, Field

from chassis.app import create_app
from chassis.auth.deps import AnyCaller
from chassis.settings import ServiceSettings
from chassis.testing import app_client, auth_header, public_key
from chassis.versioning import deprecated, deprecated_field

SINCE, SUNSET = date(2026, 7, 1), date(2027, 6, 30)
DOCS = "https://xiangqing.example/api/changes#crop-count"
CALLER = auth_header("city_staff")


class CropCount(BaseModel):
    total: int
    count: int | None = Field(None, description="Use total", **deprecated_field(SINCE, SUNSET, replacement="total"))


router = APIRouter(prefix="/api/v1/demo", tags=["demo"])


@router.get("/crop-count", **deprecated(SINCE, SUNSET, link=DOCS, replacement="GET /api/v1/demo/crops/total"))
async def count_crops(_: AnyCaller, county: Annotated[str, Query(pattern=r"^\d{6}$")] = "441802") -> CropCount:
    return CropCount(total=3, count=3)


@router.get("/crops/total")
async def total_crops(_: AnyCaller) -> CropCount:
    return CropCount(total=3)


@pytest.fixture(scope="module")
async def app() -> AsyncIterator[FastAPI]:
    settings = ServiceSettings(service_name="versioning", database_url="sqlite+aiosqlite:///:memory:",
                               jwt_public_key=public_key(), environment="test", access_log=False)
    yield create_app(settings, [router], title="versioning test")


@pytest.fixture(scope="module")
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app_client(app) as client:
        yield client


def assert_marked(response: httpx.Response) -> None:
    assert response.headers["deprecation"] == f"@{int(datetime(2026, 7, 1, tzinfo=UTC).timestamp())}"
    assert response.headers["sunset"] == "Wed, 30 Jun 2027 23:59:59 GMT"
    assert response.headers["link"] == f'<{DOCS}>; rel="deprecation", <{DOCS}>; rel="sunset"'


async def test_a_deprecated_route_answers_with_deprecation_sunset_and_link(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/demo/crop-count", headers=CALLER)
    assert response.status_code == 200
    assert_marked(response)


async def test_the_header_values_are_rfc_9745_and_8594_dates(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/demo/crop-count", headers=CALLER)
    deprecation = datetime.fromtimestamp(int(response.headers["deprecation"].removeprefix("@")), UTC)
    assert deprecation == datetime(2026, 7, 1, tzinfo=UTC)
    assert parsedate_to_datetime(response.headers["sunset"]) == datetime(2027, 6, 30, 23, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(("query", "headers", "status"), [
    ("", {}, 401),                    # refused by the policy dependency
    ("?county=Qingyuan", CALLER, 422),  # refused by validation
])
async def test_its_error_answers_carry_the_headers_too(
        client: httpx.AsyncClient, query: str, headers: dict[str, str], status: int) -> None:
    response = await client.get(f"/api/v1/demo/crop-count{query}", headers=headers)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert_marked(response)


async def test_other_routes_and_methods_carry_no_deprecation(client: httpx.AsyncClient) -> None:
    answers = [await client.get("/api/v1/demo/crops/total", headers=CALLER),
               await client.post("/api/v1/demo/crop-count", headers=CALLER),  # 405: the GET is deprecated
               await client.get("/api/v1/demo/nothing", headers=CALLER)]
    assert [a.status_code for a in answers] == [200, 405, 404]
    for answer in answers:
        assert not {"deprecation", "sunset", "link"} & set(answer.headers)


async def test_the_operation_is_marked_in_the_document(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    operation = paths["/api/v1/demo/crop-count"]["get"]
    assert operation["deprecated"] is True
    assert operation["x-deprecated-since"] == "2026-07-01" and operation["x-sunset"] == "2027-06-30"
    assert operation["x-deprecation-link"] == DOCS
    assert operation["x-replacement"] == "GET /api/v1/demo/crops/total"
    assert "deprecated" not in paths["/api/v1/demo/crops/total"]["get"]


async def test_a_deprecated_field_is_marked_in_the_document(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()["components"]["schemas"]["CropCount"]
    assert schema["properties"]["count"]["deprecated"] is True
    assert schema["properties"]["count"]["x-sunset"] == "2027-06-30"
    assert schema["properties"]["count"]["x-replacement"] == "total"
    assert "deprecated" not in schema["properties"]["total"]


def test_reading_a_deprecated_field_in_our_own_code_warns() -> None:
    with pytest.warns(DeprecationWarning):
        _ = CropCount(total=1, count=1).count


def test_the_route_keeps_its_own_openapi_extra() -> None:
    marks = deprecated(SINCE, SUNSET, openapi_extra={"requestBody": {"required": True}})
    assert marks["openapi_extra"]["requestBody"] == {"required": True}
    assert marks["openapi_extra"]["x-sunset"] == "2027-06-30"


def test_a_sunset_less_than_180_days_after_deprecation_is_refused() -> None:
    assert deprecated(date(2026, 1, 1), date(2026, 6, 30))["deprecated"] is True  # 180 days exactly
    with pytest.raises(ValueError, match="179 days"):
        deprecated(date(2026, 1, 1), date(2026, 6, 29))
    with pytest.raises(ValueError, match="at least 180"):
        deprecated_field(date(2026, 7, 1), date(2026, 6, 1))


@pytest.mark.parametrize("link", ["javascript:alert(1)", "https://x.example/a>; rel=next", "/a\r\nSet-Cookie: x"])
def test_a_link_that_could_break_the_header_is_refused(link: str) -> None:
    with pytest.raises(ValueError, match="link"):
        deprecated(SINCE, SUNSET, link=link)
