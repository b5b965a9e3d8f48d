"""Shapes the whole gateway shares: a person's name, and the tokens it answers with."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from chassis.auth.principal import Role
from chassis.text import PlainLine

DisplayName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), PlainLine]


class TokenResponse(BaseModel):
    """What the token endpoint answers (RFC 6749 5.1). A password login also gets a refresh token; a client
    (client credentials) gets none and asks again."""

    access_token: str
    token_type: str = "bearer"  # noqa: S105
    expires_in: int
    refresh_token: str | None = None
    scope: str = ""


class UserRead(BaseModel):
    """A user as the gateway shows them: to themselves (`Me`) and to staff (`AccountRead`)."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    county_code: str | None
    bank_id: uuid.UUID | None
    mobile_masked: str | None
    last_login_at: datetime | None
