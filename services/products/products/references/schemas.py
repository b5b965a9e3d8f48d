import uuid

from pydantic import BaseModel


class SellerReference(BaseModel):
    id: uuid.UUID
    name: str
    county_code: str
