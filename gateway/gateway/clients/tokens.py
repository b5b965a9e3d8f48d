"""Access tokens for API clients (client credentials): a bank's system acts as a bank officer of its bank,
a service as a service; `client_id` (RFC 9068) marks the token as a client's."""

from typing import Any

from chassis.auth.principal import Role
from gateway.clients.models import ApiClient, ClientKind
from gateway.config import Settings
from gateway.identity.keys import KeyRing
from gateway.identity.tokens import sign


def client_access_token(*, client: ApiClient, scope: str, ring: KeyRing, settings: Settings) -> str:
    role = Role.bank_officer if client.kind is ClientKind.bank else Role.service
    claims: dict[str, Any] = {"sub": str(client.id), "client_id": str(client.id), "role": role.value,
                              "scope": scope, "name": client.name}
    if client.bank_id:
        claims["bank_id"] = str(client.bank_id)
    return sign(claims, ring, settings)
