import uuid

from pydantic import BaseModel


class LoanReference(BaseModel):
    id: uuid.UUID
    name: str
    county_code: str
