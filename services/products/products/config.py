from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict

from chassis.settings import ServiceSettings


class Settings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="PRODUCTS_", extra="ignore")

    service_name: str = "products"
    # Encrypts sellers' contact numbers at rest; production refuses the development value.
    field_encryption_key: SecretStr = SecretStr("xiangqing-dev")
