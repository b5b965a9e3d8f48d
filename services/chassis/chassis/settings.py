"""Settings every process shares; a service subclasses with its own env prefix (LOANS_, PRODUCTS_, ...)."""

from enum import StrEnum
from pathlib import Path

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Secrets that are fine on a laptop and never anywhere else.
DEVELOPMENT_SECRETS = frozenset({"", "change-me", "development", "xiangqing-dev"})


class Environment(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore")

    service_name: str = "service"
    environment: Environment = Environment.development
    data_dir: Path = Path("data")
    # Empty: a SQLite file named after the service in data_dir.
    database_url: str = ""
    # PostgreSQL schema that holds this service's tables (and its alembic version table).
    db_schema: str = ""
    db_echo: bool = False

    jwt_issuer: str = "xiangqing-gateway"
    jwt_audience: str = "xiangqing"
    jwt_algorithms: tuple[str, ...] = ("ES256",)
    # Where the gateway publishes its public keys; or a PEM public key given directly (tests, air-gapped).
    jwks_url: str = "http://127.0.0.1:8000/.well-known/jwks.json"
    jwt_public_key: str = ""
    # A client's token (OAuth2 client credentials: a bank's system, another service) reaches this app only
    # when its scope names the app's service_name. The gateway, which hands out the scopes, turns it off.
    clients_need_scope: bool = True

    # /metrics answers anyone who reaches the process when public (a service inside the cluster), else only a
    # scraper that presents `Authorization: Bearer <metrics_token>`; without a token it is not there at all.
    metrics_public: bool = True
    metrics_token: SecretStr | None = None

    max_body_bytes: int = 1024 * 1024
    log_level: str = "INFO"
    access_log: bool = True

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / f'{self.service_name}.db').as_posix()}"

    @property
    def resolved_schema(self) -> str:
        return self.db_schema or self.service_name

    @model_validator(mode="after")
    def _refuse_development_secrets(self) -> "ServiceSettings":
        if self.environment is not Environment.production:
            return self
        for name, value in self:
            if isinstance(value, SecretStr) and value.get_secret_value() in DEVELOPMENT_SECRETS:
                raise ValueError(f"{name} must be set to a real secret in production")
        return self
