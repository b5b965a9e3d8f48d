from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from chassis.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="LOANS_", extra="ignore")

    service_name: str = "loans"
    # Encrypts ID-card and mobile numbers at rest; production refuses the development value.
    field_encryption_key: SecretStr = SecretStr("xiangqing-dev")
    # Webhook delivery and key purging beside the requests (tests that drive them directly turn it off).
    background_work: bool = True
