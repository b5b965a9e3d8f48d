"""Every table of the gateway, imported in one place for Alembic."""

from gateway.audit.models import SecurityEvent
from gateway.clients.models import ApiClient
from gateway.db import Base
from gateway.guard.models import LoginThrottle
from gateway.identity.keystore import StoredSigningKey
from gateway.identity.models import User
from gateway.registration.models import Registration
from gateway.sessions.models import RefreshToken, UserSession

__all__ = ["ApiClient", "Base", "LoginThrottle", "RefreshToken", "Registration", "SecurityEvent", "StoredSigningKey",
           "User", "UserSession"]
