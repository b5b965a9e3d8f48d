import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from loans.banks.models import BankType

BankName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100)]
BranchName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=100)]


class PartnerBankCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: BankName
    bank_type: BankType
    branches: list[BranchName] = Field(default_factory=list, max_length=200)


class PartnerBankRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    bank_type: BankType
    branches: list[str]
    created_at: datetime
