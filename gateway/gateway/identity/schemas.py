import uuid

from pydantic import BaseModel, ConfigDict

from chassis.auth.principal import Role


class AccessToken(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105
    expires_in: int


class Me(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    county_code: str | None
    bank_id: uuid.UUID | None
