from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from gateway.identity.passwords import GivenPassword, NewPassword
from gateway.identity.schemas import DisplayName, UserRead

Login = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]


class RefreshRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class Me(UserRead):
    password_changed_at: datetime | None


class MeUpdate(BaseModel):
    """What users may change about themselves: their name. Role, county and bank are staff's to set."""

    model_config = ConfigDict(extra="forbid")

    display_name: DisplayName


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: GivenPassword
    new_password: NewPassword


class ForcedPasswordChange(BaseModel):
    """After a staff reset: the user proves the temporary password and chooses their own, and is logged in."""

    model_config = ConfigDict(extra="forbid")

    username: Login
    current_password: GivenPassword
    new_password: NewPassword
