"""Importing trainees from Excel: a preview lists every row's problems before anything is written; an import
with any bad row is refused whole; a good one runs with progress."""

import asyncio
import io
import random
import uuid
from typing import Any
from urllib.parse import quote

import httpx
from openpyxl import Workbook

from chassis.excel import XLSX_MEDIA_TYPE
from chassis.testing import auth_header

URL = "/api/v1/training/trainees"
CITY = auth_header("city_staff")
YINGDE_STAFF = auth_header("county_staff", county="441881")
HEADER = ["姓名", "手机号码", "县（市、区）", "镇（街道）", "建档立卡贫困户", "群体", "身份证号码"]


def mobile() -> str:
    return f"137{random.randrange(10**8):08d}"


def workbook(rows: list[list[Any]], header: list[str] = HEADER) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def post(client: httpx.AsyncClient, path: str, content: bytes, headers: dict[str, str] = CITY) -> Any:
    return client.post(f"{URL}/{path}", content=content,
                       headers={**headers, "content-type": XLSX_MEDIA_TYPE, "x-filename": quote("名单.xlsx")})


async def count_named(client: httpx.AsyncClient, name: str) -> int:
    return int((await client.get(URL, params={"q": name}, headers=CITY)).json()["total"])


async def test_the_template_is_the_sheet_to_fill_in(client: httpx.AsyncClient) -> None:
    template = await client.get(f"{URL}/import-template", headers=CITY)
    assert template.status_code == 200
    preview = await post(client, "import-preview", template.content)
    assert preview.json()["total"] == 1  # the example row, which is fine


async def test_the_preview_lists_every_rows_problems_and_writes_nothing(client: httpx.AsyncClient) -> None:
    tag = uuid.uuid4().hex[:6]
    same = mobile()
    content = workbook([
        [f"好{tag}", mobile(), "英德市", "西牛镇", "是", "民宿主、农村电商青年", None],
        [f"坏{tag}", "12345", "广州市", None, "也许", "宇航员", "441881199805120010"],
        [f"重{tag}", same, "441882", None, "否", None, None],
        [f"复{tag}", same, "连州市", None, "否", None, None],
        [None, None, None, None, None, None, None],  # a blank row is skipped
    ])
    preview = await post(client, "import-preview", content)
    assert preview.status_code == 200, preview.text
    body = preview.json()
    assert (body["total"], body["valid"], body["invalid"]) == (4, 2, 2)
    rows = {r["row"]: r for r in body["rows"]}
    assert rows[2]["problems"] == [] and rows[2]["groups"] == ["homestay_owner", "ecommerce_youth"]
    assert rows[2]["poor_household"] is True and rows[2]["county_name"] == "英德市"
    assert {p["field"] for p in rows[3]["problems"]} == {"county_code", "poor_household", "groups", "mobile",
                                                         "id_card"}
    assert [p["field"] for p in rows[5]["problems"]] == ["mobile"]  # the same number as row 4
    assert await count_named(client, tag) == 0


async def test_an_import_with_a_bad_row_is_422_naming_it_and_writes_nothing(client: httpx.AsyncClient) -> None:
    tag = uuid.uuid4().hex[:6]
    content = workbook([[f"好{tag}", mobile(), "英德市", None, "否", None, None],
                        [f"坏{tag}", "123", "英德市", None, "否", None, None]])
    refused = await post(client, "imports", content)
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["errors"][0]["loc"] == ["body", "rows", 3, "mobile"]
    assert await count_named(client, tag) == 0


async def test_a_good_import_runs_with_progress_and_then_its_rows_are_known(client: httpx.AsyncClient) -> None:
    tag = uuid.uuid4().hex[:6]
    content = workbook([[f"导入{tag}{i}", mobile(), "英德市", "西牛镇", "否", "农村创业青年", None]
                        for i in range(600)])
    started = await post(client, "imports", content)
    assert started.status_code == 202, started.text
    job = started.json()
    assert (job["total"], job["filename"]) == (600, "名单.xlsx")
    for _ in range(100):
        job = (await client.get(f"{URL}/imports/{job['id']}", headers=CITY)).json()
        if job["status"] != "running":
            break
        await asyncio.sleep(0.05)
    assert (job["status"], job["done"], job["error"]) == ("done", 600, None)
    assert await count_named(client, f"导入{tag}") == 600
    again = await post(client, "import-preview", content)
    assert again.json()["invalid"] == 600  # every number is registered now


async def test_county_staff_import_only_their_county_and_see_only_their_imports(client: httpx.AsyncClient) -> None:
    content = workbook([[f"外县{uuid.uuid4().hex[:4]}", mobile(), "连州市", None, "否", None, None]])
    preview = await post(client, "import-preview", content, YINGDE_STAFF)
    assert preview.json()["rows"][0]["problems"] == [{"field": "county_code", "message": "not your county"}]
    mine = await post(client, "imports", workbook([[f"本县{uuid.uuid4().hex[:4]}", mobile(), "英德市", None, "否",
                                                     None, None]]), YINGDE_STAFF)
    assert mine.status_code == 202
    other = auth_header("county_staff", county="441882")
    assert (await client.get(f"{URL}/imports/{mine.json()['id']}", headers=other)).status_code == 404


async def test_a_file_that_is_not_a_workbook_or_lacks_columns_is_422(client: httpx.AsyncClient) -> None:
    not_excel = await post(client, "import-preview", b"name,mobile\n")
    assert not_excel.status_code == 422
    assert not_excel.json()["errors"][0]["loc"] == ["body", "file"]
    no_columns = await post(client, "import-preview", workbook([["x"]], header=["名字"]))
    assert no_columns.json()["rows"][0]["problems"][0]["field"] == "header"
    assert (await post(client, "imports", workbook([["x"]], header=["名字"]))).status_code == 422
