import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from chassis.text import Name
from loans.banks.models import BankType

BankName = Name
BranchName = Name


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
