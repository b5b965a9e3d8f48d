from pathlib import Path

from pydantic_settings import SettingsConfigDict

from chassis.settings import ServiceSettings

UPSTREAMS = ("loans", "products", "training", "volunteers")


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    service_name: str = "gateway"
    loans_url: str = "http://127.0.0.1:8001"
    products_url: str = "http://127.0.0.1:8002"
    training_url: str = "http://127.0.0.1:8003"
    volunteers_url: str = "http://127.0.0.1:8004"
    upstream_connect_timeout: float = 2.0
    upstream_read_timeout: float = 15.0
    dashboard_timeout: float = 3.0

    access_token_ttl_seconds: int = 900
    # The ES256 signing key: made on first start, kept here, never committed.
    signing_key_file: Path | None = None
    # The built SPA (frontend/dist); the gateway serves it at /.
    spa_dir: Path = Path("frontend/dist")

    def upstream_url(self, service: str) -> str:
        return str(getattr(self, f"{service}_url"))

    @property
    def resolved_signing_key_file(self) -> Path:
        return self.signing_key_file or self.data_dir / "gateway-signing-key.pem"
