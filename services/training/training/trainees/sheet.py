"""The trainee import sheet: its columns, and each row read into a `TraineeCreate` or a list of problems (pure).

Staff fill the template (`GET /trainees/import-template`) or their own sheet with the same headers. A county is
written by name (英德市) or code (441881); 建档立卡贫困户 by 是/否; 群体 by names separated by 、 or commas.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from chassis.counties import counties
from chassis.identity_numbers import mask_mobile
from training.trainees.schemas import ImportRow, RowProblem, TraineeCreate, TraineeGroup

MAX_ROWS = 5000
COLUMNS = ("姓名", "手机号码", "县（市、区）", "镇（街道）", "建档立卡贫困户", "群体", "身份证号码")
FIELDS = ("name", "mobile", "county_code", "town", "poor_household", "groups", "id_card")
EXAMPLE = ("张小明", "13800138000", "英德市", "西牛镇", "否", "农村电商青年", "")
GROUP_NAMES = {"民宿主": TraineeGroup.homestay_owner, "农村电商青年": TraineeGroup.ecommerce_youth,
               "电商青年": TraineeGroup.ecommerce_youth, "农村创业青年": TraineeGroup.entrepreneur,
               "创业青年": TraineeGroup.entrepreneur, **{g.value: g for g in TraineeGroup}}
YES, NO = {"是", "y", "yes", "true", "1"}, {"否", "n", "no", "false", "0", ""}


@dataclass
class ReadRow:
    number: int
    values: dict[str, Any]
    trainee: TraineeCreate | None = None
    problems: list[RowProblem] = field(default_factory=list)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a mobile typed as a number
    return str(value).strip()


def county_code_of(value: str) -> str | None:
    if value in counties():
        return value
    return next((c.code for c in counties().values() if value in (c.name, c.name.removesuffix("区"))), None)


def read(rows: Sequence[tuple[Any, ...]]) -> list[ReadRow]:
    """Every data row, validated as the API validates a trainee; the header must name the template's columns."""
    if not rows:
        return [ReadRow(1, {}, problems=[RowProblem(field="header", message="the sheet is empty")])]
    header = [_text(v) for v in rows[0]]
    missing = [c for c in COLUMNS[:5] if c not in header]
    if missing:
        return [ReadRow(1, {}, problems=[RowProblem(field="header", message=f"missing columns: {'、'.join(missing)}")])]
    where = {name: header.index(column) for column, name in zip(COLUMNS, FIELDS, strict=True) if column in header}
    read_rows = []
    for number, row in enumerate(rows[1:], start=2):
        cells = {name: _text(row[i]) if i < len(row) else "" for name, i in where.items()}
        if not any(cells.values()):
            continue
        read_rows.append(_row(number, cells))
    return read_rows


def _row(number: int, cells: dict[str, str]) -> ReadRow:
    problems: list[RowProblem] = []
    county = county_code_of(cells.get("county_code", ""))
    if county is None:
        typed = cells.get("county_code") or "(empty)"
        problems.append(RowProblem(field="county_code", message=f"unknown county: {typed}"))
    poor = cells.get("poor_household", "").lower()
    if poor not in YES | NO:
        problems.append(RowProblem(field="poor_household", message="write 是 or 否"))
    groups = [g for g in re.split(r"[、,，;；\s]+", cells.get("groups", "")) if g]
    unknown = [g for g in groups if g not in GROUP_NAMES]
    if unknown:
        problems.append(RowProblem(field="groups", message=f"unknown groups: {'、'.join(unknown)}"))
    values: dict[str, Any] = {
        "name": cells.get("name", ""), "mobile": cells.get("mobile", ""), "county_code": county or "441802",
        "town": cells.get("town") or None, "poor_household": poor in YES,
        "groups": [GROUP_NAMES[g] for g in groups if g in GROUP_NAMES], "id_card": cells.get("id_card") or None,
    }
    trainee = None
    try:
        trainee = TraineeCreate(**values)
    except ValidationError as exc:
        problems.extend(RowProblem(field=str(e["loc"][0]) if e["loc"] else "row", message=e["msg"])
                        for e in exc.errors() if not (e["loc"] and e["loc"][0] == "county_code" and county is None))
    values["county_code"] = county
    return ReadRow(number, values, trainee if not problems else None, problems)


def preview_row(row: ReadRow) -> ImportRow:
    mobile = row.values.get("mobile") or None
    county = row.values.get("county_code")
    return ImportRow(
        row=row.number, name=row.values.get("name") or None,
        mobile=mask_mobile(mobile) if mobile and len(mobile) == 11 else mobile,
        county_code=county, county_name=counties()[county].name if county else None,
        town=row.values.get("town"), poor_household=row.values.get("poor_household"),
        groups=[str(g) for g in row.values.get("groups", [])], problems=row.problems)


def check_duplicates(rows: list[ReadRow]) -> None:
    """A mobile or ID-card number twice in the sheet is a problem on the second row."""
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        if row.trainee is None:
            continue
        for key in (("mobile", row.trainee.mobile), ("id_card", row.trainee.id_card or "")):
            if not key[1]:
                continue
            if key in seen:
                row.problems.append(RowProblem(field=key[0], message=f"the same number as row {seen[key]}"))
                row.trainee = None
                break
            seen[key] = row.number
