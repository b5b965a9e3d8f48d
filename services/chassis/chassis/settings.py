"""Settings every process shares; a service subclasses with its own env prefix (LOANS_, PRODUCTS_, ...)."""

import ipaddress
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

    # Webhooks (chassis.egress) go to https on public addresses only; http is fine in development. This
    # allowance also lets them reach loopback and private addresses over http (a receiver on this machine, for
    # tests and a local demo); production refuses it.
    webhook_allow_private: bool = False
    # Off: every webhook attempt is refused before its host is looked up (a failed attempt, retried as any other).
    # For test runs that call every route with generated URLs, such as the API sweep.
    webhook_send: bool = True

    # TLS ends in front of this process (an ingress): browsers are told to use https only (HSTS).
    behind_tls: bool = False

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

    def development_secrets(self) -> list[str]:
        """The secrets still at a value fine on a laptop and never anywhere else."""
        return [name for name, value in self
                if isinstance(value, SecretStr) and value.get_secret_value() in DEVELOPMENT_SECRETS]

    def ensure_safe_to_serve(self, host: str) -> None:
        """Development secrets are for one laptop: refused, whatever the environment says, when the process
        listens where others reach it or keeps its data in PostgreSQL (a shared, lasting database)."""
        reasons = []
        if not _is_loopback(host):
            reasons.append(f"it listens on {host}, not loopback")
        if self.resolved_database_url.startswith("postgresql"):
            reasons.append("its database is PostgreSQL")
        if reasons and (secrets := self.development_secrets()):
            prefix = str(self.model_config.get("env_prefix", ""))
            raise ValueError(f"{self.service_name} will not start with development secrets, since "
                             f"{' and '.join(reasons)}: set {', '.join(prefix + name.upper() for name in secrets)}")

    @model_validator(mode="after")
    def _refuse_development_secrets(self) -> "ServiceSettings":
        if self.environment is Environment.production and (secrets := self.development_secrets()):
            raise ValueError(f"{secrets[0]} must be set to a real secret in production")
        return self

    @model_validator(mode="after")
    def _refuse_private_webhooks_in_production(self) -> "ServiceSettings":
        if self.environment is Environment.production and self.webhook_allow_private:
            raise ValueError("webhook_allow_private is for development and tests: production sends webhooks "
                             "only to public addresses")
        return self


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name: whoever resolves it reaches the process
