import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from chassis.identity_numbers import MobileNumber
from gateway.identity.passwords import NewPassword
from gateway.identity.schemas import DisplayName

# Only these roles register themselves; staff, bank officers and clients are made by staff.
SelfRegisteredRole = Literal["entrepreneur", "buyer", "volunteer"]
Code = Annotated[str, StringConstraints(pattern=r"^\d{6}$")]


class RegistrationStart(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mobile: MobileNumber
    role: SelfRegisteredRole
    display_name: DisplayName


class RegistrationStarted(BaseModel):
    id: uuid.UUID
    expires_in: int


class RegistrationConfirm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: Code
    password: NewPassword
