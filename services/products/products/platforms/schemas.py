import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, computed_field

from chassis.counties import CountyCode, county_name
from chassis.text import Name


class PlatformCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    county_code: CountyCode
    operator: Name
    product_ids: list[uuid.UUID] = Field(default_factory=list, max_length=100,
                                         description="The featured products sold through the platform")


class PlatformProduct(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str


class PlatformRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    county_code: str
    operator: str
    products: list[PlatformProduct]
    created_at: datetime

    @computed_field  # type: ignore[prop-decorator]
    @property
    def county_name(self) -> str:
        return county_name(self.county_code)
