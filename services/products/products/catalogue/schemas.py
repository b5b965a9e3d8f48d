import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, computed_field, field_validator

from chassis.counties import CountyCode, county_name
from chassis.text import Description, PlainLine
from chassis.timezone import business_today
from products.catalogue.models import CertificationType, ProductCategory, StorageClass

ProductName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100), PlainLine]
Unit = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10), PlainLine]
Month = Annotated[int, Field(ge=1, le=12)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), PlainLine]
ShelfLife = Annotated[int, Field(ge=1, le=3650, description="Days from harvest (or making) to best-before")]


class CertificationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cert_type: CertificationType
    number: ShortText
    issuer: ShortText
    expires_on: date | None = Field(default=None, description="Empty: the certificate does not expire")


class CertificationRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    cert_type: CertificationType
    number: str
    issuer: str
    expires_on: date | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def expired(self) -> bool:
        """Past its expiry date: shown, but never counted (the stats, the matching score)."""
        return self.expires_on is not None and self.expires_on < business_today()


class FeaturedProductCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: ProductName
    category: ProductCategory
    county_code: CountyCode
    unit: Unit = Field(examples=["斤", "盒", "kg"])
    season_months: list[Month] = Field(min_length=1, max_length=12, examples=[[1, 11, 12]])
    brand: bool = Field(default=False, description="Promoted under the 山生山世·星计划 collective brand")
    storage_class: StorageClass = StorageClass.ambient
    shelf_life_days: ShelfLife = 30
    description: Description = ""
    certifications: list[CertificationCreate] = Field(default_factory=list, max_length=20)

    @field_validator("season_months")
    @classmethod
    def _distinct_months_ascending(cls, months: list[int]) -> list[int]:
        if len(set(months)) != len(months):
            raise ValueError("a month may appear only once")
        return sorted(months)


class FeaturedProductRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    category: ProductCategory
    county_code: str
    unit: str
    season_months: list[int]
    brand: bool
    storage_class: StorageClass
    shelf_life_days: int
    description: str
    certifications: list[CertificationRead]
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)
