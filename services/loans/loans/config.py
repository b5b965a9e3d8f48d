from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from chassis.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="LOANS_", extra="ignore")

    service_name: str = "loans"
    # Encrypts ID-card and mobile numbers at rest; production refuses the development value.
    field_encryption_key: SecretStr = SecretStr("xiangqing-dev")
