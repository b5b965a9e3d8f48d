import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from chassis.text import Name
from gateway.clients.models import ClientKind

ServiceName = Literal["loans", "products", "training", "volunteers"]
ClientName = Name
# Partner banks' clients reach the loan API and nothing else.
BANK_SCOPE = "loans"


class ClientCreate(BaseModel):
    """A bank's client names its bank; a service's client names the service and the services it may call."""

    model_config = ConfigDict(extra="forbid")

    name: ClientName
    kind: ClientKind
    bank_id: uuid.UUID | None = None
    service_name: ServiceName | None = None
    scopes: list[ServiceName] | None = Field(default=None, max_length=4)

    @model_validator(mode="after")
    def _fits_kind(self) -> "ClientCreate":
        if self.kind is ClientKind.bank:
            if self.bank_id is None or self.service_name is not None:
                raise ValueError("a bank's client names a bank_id and no service_name")
            if self.scopes not in (None, [BANK_SCOPE]):
                raise ValueError("a bank's client may reach the loan API only (scope loans)")
        elif self.service_name is None or self.bank_id is not None:
            raise ValueError("a service's client names a service_name and no bank_id")
        return self

    def granted_scope(self) -> str:
        if self.kind is ClientKind.bank:
            return BANK_SCOPE
        chosen = self.scopes if self.scopes is not None else ["loans", "products", "training", "volunteers"]
        return " ".join(sorted(set(chosen) - {self.service_name}))


class ClientRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    kind: ClientKind
    bank_id: uuid.UUID | None
    service_name: str | None
    scope: str
    is_active: bool
    created_at: datetime
    secret_rotated_at: datetime | None
    previous_secret_expires_at: datetime | None
    last_used_at: datetime | None


class ClientWithSecret(BaseModel):
    """The only answer that carries the secret: keep it now, it is not shown again."""

    client: ClientRead
    client_id: str
    client_secret: str


class SecretRotation(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # How long the previous secret keeps working, so the bank can deploy the new one without an outage.
    overlap_hours: int = Field(default=24, ge=0, le=168)
