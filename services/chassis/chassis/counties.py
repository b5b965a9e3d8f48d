"""The eight county-level divisions of Qingyuan: the one list every service validates counties against."""

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import AfterValidator, WithJsonSchema


@dataclass(frozen=True, slots=True)
class County:
    code: str
    name: str
    name_en: str
    seat_lat: float
    seat_lon: float


@cache
def counties() -> dict[str, County]:
    text = resources.files("chassis.data").joinpath("qingyuan_counties.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return {
        row["code"]: County(row["code"], row["name"], row["name_en"], float(row["seat_lat"]),
                            float(row["seat_lon"]))
        for row in rows
    }


def county_name(code: str) -> str:
    return counties()[code].name


def is_county(code: str) -> bool:
    return code in counties()


def _known_county(code: str) -> str:
    if not is_county(code):
        raise ValueError(f"{code!r} is not one of Qingyuan's county codes")
    return code


_CODES = ["441802", "441803", "441821", "441823", "441825", "441826", "441881", "441882"]
# The schema lists the codes so the generated client can offer them; the validator checks the data file.
CountyCode = Annotated[
    str,
    AfterValidator(_known_county),
    WithJsonSchema({"type": "string", "enum": _CODES, "description": "Division code of a Qingyuan county"}),
]
