"""The shape of every service's `/stats`: the figures the committee's dashboard shows."""

from collections.abc import Iterable
from decimal import Decimal

from pydantic import BaseModel

from chassis.counties import counties


class Figure(BaseModel):
    key: str
    value: str
    unit: str


class CountyValue(BaseModel):
    county_code: str
    county_name: str
    value: int


class ServiceStats(BaseModel):
    service: str
    figures: list[Figure]
    by_county: list[CountyValue]


def figure(key: str, value: int | Decimal | str, unit: str) -> Figure:
    return Figure(key=key, value=str(value), unit=unit)


def by_county(rows: Iterable[tuple[str, int]]) -> list[CountyValue]:
    """One entry per county of Qingyuan, in the official order, zero where there is nothing."""
    found = dict(rows)
    return [CountyValue(county_code=c.code, county_name=c.name, value=int(found.get(c.code, 0)))
            for c in counties().values()]
