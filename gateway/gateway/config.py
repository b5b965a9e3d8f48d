import ipaddress
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import SettingsConfigDict

from chassis.settings import Environment, ServiceSettings

UPSTREAMS = ("loans", "products", "training", "volunteers")


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    service_name: str = "gateway"
    clients_need_scope: bool = False
    # The gateway faces the internet: its /metrics is for a scraper with GATEWAY_METRICS_TOKEN only.
    metrics_public: bool = False
    loans_url: str = "http://127.0.0.1:8001"
    products_url: str = "http://127.0.0.1:8002"
    training_url: str = "http://127.0.0.1:8003"
    volunteers_url: str = "http://127.0.0.1:8004"
    # Each of the four may list several replicas, comma-separated (proxy/upstreams.py spreads the traffic).
    upstream_connect_timeout: float = 2.0
    upstream_read_timeout: float = 15.0
    # A pooled connection to a service is closed after its answer once it is this old, so the next one is made
    # anew: through a Kubernetes Service, that is when kube-proxy picks a pod, and a new replica gets its share.
    upstream_connection_lifetime: float = 30.0
    # Consecutive failures that open an upstream's circuit, and how long it stays open before a probe.
    breaker_failure_threshold: int = 5
    breaker_open_seconds: float = 10.0
    dashboard_timeout: float = 3.0
    # Each service's figures for a scope are kept this long per gateway process (0: fetched every time).
    dashboard_cache_seconds: float = 30.0

    # Services take a token without asking the gateway: its lifetime is how long a revoked one works there.
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=900)
    # A refresh token lives this long unused; a login session (its family) at most session_ttl_seconds.
    refresh_token_ttl_seconds: int = 14 * 24 * 3600
    session_ttl_seconds: int = 30 * 24 * 3600
    # ES256 signing keys live in the database (identity/keystore.py); this folder is only read once, to adopt the
    # PEM files of an installation from before that (and the single key file of one older still).
    signing_keys_dir: Path | None = None
    # The built SPA (frontend/dist); the gateway serves it at /.
    spa_dir: Path = Path("frontend/dist")
    # Encrypts mobile numbers at rest and keys the registration codes' hashes.
    field_encryption_key: SecretStr = SecretStr("xiangqing-dev")

    # Who delivers registration codes: "log" (development: the code is in the log), "memory" (tests),
    # or "package.module:Class" for an SMS provider's sender.
    code_sender: str = "log"
    registration_code_ttl_seconds: int = 600
    registration_code_attempts: int = 5
    registration_resend_seconds: int = 60
    # Codes cost money and annoy strangers: one address starts at most this many registrations (burst,
    # then per second; the default: 5, then 5 an hour).
    registration_per_address: tuple[int, float] = (5, 5 / 3600)

    # Login, per (account, address): failures before the delay starts, failures that lock, how long a lock lasts.
    login_free_failures: int = 5
    login_lock_failures: int = 10
    login_lock_seconds: int = 900
    # An address counts everyone behind it (an office's NAT): its own, higher thresholds.
    login_address_free_failures: int = 20
    login_address_lock_failures: int = 50
    # An account's failures from everywhere: after this many, unknown places wait (at most the seconds given).
    login_slow_failures: int = 20
    login_slow_max_seconds: int = 60
    # Peers whose X-Forwarded-For is believed (an ingress in front of the gateway): addresses or networks
    # (10.42.0.0/16, as a JSON list); empty: none.
    trusted_proxies: list[str] = Field(default_factory=list)

    # Token buckets: capacity (burst) and refill per second, per caller kind.
    redis_url: str = Field(default="", validation_alias=AliasChoices("GATEWAY_REDIS_URL", "REDIS_URL"))
    rate_limit_prefix: str = "xq:gateway:bucket:"
    rate_anonymous: tuple[int, float] = (120, 20.0)
    rate_user: tuple[int, float] = (600, 100.0)
    rate_bank_client: tuple[int, float] = (1200, 200.0)
    rate_service_client: tuple[int, float] = (1200, 200.0)
    max_query_bytes: int = 2048
    # Security events: kept this long (the purge job deletes older ones), and rejected tokens (the one event an
    # outsider can cause without end; logins and registrations are bounded by their own limits) written at
    # most this often per address (burst, then per second: 60, then 60 an hour), the rest only logged.
    security_event_retention_days: int = Field(default=400, ge=30)
    rejected_token_events_per_address: tuple[int, float] = (60, 60 / 3600)

    def upstream_urls(self, service: str) -> list[str]:
        """The service's replicas: `GATEWAY_<SERVICE>_URL` holds one URL or several, comma-separated."""
        return [url.strip().rstrip("/") for url in str(getattr(self, f"{service}_url")).split(",") if url.strip()]

    @property
    def resolved_signing_keys_dir(self) -> Path:
        return self.signing_keys_dir or self.data_dir / "signing-keys"

    @property
    def legacy_signing_key_file(self) -> Path:
        """Where the gateway kept its one key before rotation; adopted as the first key of the ring."""
        return self.data_dir / "gateway-signing-key.pem"

    @field_validator("trusted_proxies")
    @classmethod
    def _addresses_or_networks(cls, listed: list[str]) -> list[str]:
        for entry in listed:
            try:
                ipaddress.ip_network(entry, strict=False)
            except ValueError as exc:
                raise ValueError(f"trusted_proxies: {entry!r} is not an IP address or network") from exc
        return listed

    @model_validator(mode="after")
    def _shared_limits_in_production(self) -> "Settings":
        if self.environment is Environment.production and not self.redis_url:
            raise ValueError("GATEWAY_REDIS_URL must be set in production: rate limits kept in one process's memory "
                             "are multiplied by the number of gateway replicas")
        return self

    @model_validator(mode="after")
    def _no_logged_codes_in_production(self) -> "Settings":
        if self.environment is Environment.production and self.code_sender in ("log", "memory"):
            raise ValueError("code_sender must name a real SMS sender in production")
        return self
